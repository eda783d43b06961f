#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 286 - Brännlösa kommun: Word working copies as several people edited them.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv, deterministically.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Brännlösa kommun"
YEAR = 2025
LO_PROFILE = "file:///tmp/lo-round286"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = 'xmlns:w="%s" xmlns:w14="%s"' % (W_NS, W14_NS)
FIXED_DT = datetime.datetime(2025, 9, 10, 8, 0, 0)


# ---------------------------------------------------------------------------
# low-level WordprocessingML helpers
# ---------------------------------------------------------------------------
class Ids:
    """Unique ids for revisions, comments and content controls (per document)."""

    def __init__(self):
        self.n = 100

    def next(self):
        self.n += 1
        return self.n


def t_el(text, tag="w:t"):
    return '<%s xml:space="preserve">%s</%s>' % (tag, escape(text), tag)


def rpr_xml(bold=False, size=None, color=None, hidden=False, font=None, italic=False, strike=False):
    parts = []
    if font:
        parts.append('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>' % (font, font, font))
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if strike:
        parts.append("<w:strike/>")
    if hidden:
        parts.append("<w:vanish/>")
    if color:
        parts.append('<w:color w:val="%s"/>' % color)
    if size:
        parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2))
    return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""


def run_xml(text, **fmt):
    return "<w:r>%s%s</w:r>" % (rpr_xml(**fmt), t_el(text))


def seg_xml(seg, ids, default_fmt):
    """Turn one segment tuple into XML for inside a <w:p>."""
    kind = seg[0]
    fmt = dict(default_fmt)
    if kind == "t":  # plain text
        if len(seg) > 2:
            fmt.update(seg[2])
        return run_xml(seg[1], **fmt)
    if kind == "ins":  # tracked insertion: ('ins', text, author, date)
        return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
            ids.next(), escape(seg[2]), seg[3], run_xml(seg[1], **fmt))
    if kind == "del":  # tracked deletion: ('del', text, author, date)
        return '<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s%s</w:r></w:del>' % (
            ids.next(), escape(seg[2]), seg[3], rpr_xml(**fmt), t_el(seg[1], "w:delText"))
    if kind == "hid":  # hidden text (w:vanish)
        fmt["hidden"] = True
        if len(seg) > 2:
            fmt.update(seg[2])
        return run_xml(seg[1], **fmt)
    if kind == "cstart":
        return '<w:commentRangeStart w:id="%d"/>' % seg[1]
    if kind == "cend":
        return ('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                '<w:commentReference w:id="%d"/></w:r>' % (seg[1], seg[1]))
    if kind == "dd":  # drop-down content control: ('dd', value or None, items, alias)
        value, items = seg[1], seg[2]
        alias = seg[3] if len(seg) > 3 else "Status"
        plc = "Välj ett objekt."
        lst = ['<w:listItem w:displayText="%s" w:value=""/>' % plc]
        lst += ['<w:listItem w:displayText="%s" w:value="%s"/>' % (escape(i), escape(i)) for i in items]
        if value is None:
            content = run_xml(plc, color="808080", **{k: v for k, v in fmt.items() if k != "color"})
            showing = "<w:showingPlcHdr/>"
        else:
            content = run_xml(value, **fmt)
            showing = ""
        return ('<w:sdt><w:sdtPr>%s<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
                '<w:dropDownList>%s</w:dropDownList></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            '<w:rPr><w:color w:val="808080"/></w:rPr>' if value is None else "",
            escape(alias), escape(alias.lower()), ids.next(), showing, "".join(lst), content)
    if kind == "txt":  # plain-text content control: ('txt', text or None, alias)
        value = seg[1]
        alias = seg[2] if len(seg) > 2 else "Text"
        plc = "Klicka eller tryck här för att skriva text."
        if value is None:
            content = run_xml(plc, color="808080", **{k: v for k, v in fmt.items() if k != "color"})
            showing = "<w:showingPlcHdr/>"
        else:
            content = run_xml(value, **fmt)
            showing = ""
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s<w:text w:multiLine="1"/>'
                '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            escape(alias), escape(alias.lower()), ids.next(), showing, content)
    if kind == "cb":  # checkbox content control: ('cb', checked, alias)
        checked = seg[1]
        alias = seg[2] if len(seg) > 2 else "Kryssruta"
        glyph = "\u2612" if checked else "\u2610"
        return ('<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
                '<w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (
            escape(alias), escape(alias.lower()), ids.next(), 1 if checked else 0,
            run_xml(glyph, font="MS Gothic", size=fmt.get("size")))
    raise ValueError(kind)


def para_xml(segs, ids, default_fmt=None, align=None, style=None, keep=False):
    default_fmt = default_fmt or {}
    ppr = ""
    bits = []
    if style:
        bits.append('<w:pStyle w:val="%s"/>' % style)
    if keep:
        bits.append("<w:keepNext/>")
    bits.append('<w:spacing w:before="0" w:after="40"/>')
    if align:
        bits.append('<w:jc w:val="%s"/>' % align)
    ppr = "<w:pPr>%s</w:pPr>" % "".join(bits)
    return '<w:p %s>%s%s</w:p>' % (NS, ppr, "".join(seg_xml(s, ids, default_fmt) for s in segs))


def norm_paras(content):
    """content: str | list of segments | list of list of segments (paragraphs)."""
    if not content:
        return [[]]
    if isinstance(content, str):
        return [[("t", line)] for line in content.split("\n")]
    if content and isinstance(content[0], tuple):
        return [content]
    return content


def fill_cell(cell, content, ids, fmt=None, shade=None, align=None):
    tc = cell._tc
    for p in list(tc.findall("{%s}p" % W_NS)):
        tc.remove(p)
    for segs in norm_paras(content):
        tc.append(parse_xml(para_xml(segs, ids, fmt, align=align)))
    if shade:
        tcPr = tc.get_or_add_tcPr()
        tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (NS, shade)))


def set_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def row_trpr(row, header=False, cant_split=False, ins=None, dele=None, ids=None):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    if cant_split:
        trPr.append(parse_xml("<w:cantSplit %s/>" % NS))
    if header:
        trPr.append(parse_xml("<w:tblHeader %s/>" % NS))
    if ins:
        trPr.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"/>' % (NS, ids.next(), ins[0], ins[1])))
    if dele:
        trPr.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"/>' % (NS, ids.next(), dele[0], dele[1])))


def add_para(doc, segs, ids, fmt=None, align=None, style=None):
    """Append a paragraph built from segments before the body's sectPr."""
    body = doc.element.body
    p = parse_xml(para_xml(segs, ids, fmt, align=align, style=style))
    body.insert(len(body) - 1, p)  # before sectPr
    return p


def add_comments_part(doc, comments):
    """comments: list of (id, author, initials, date, text)."""
    xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % NS]
    for cid, author, initials, date, text in comments:
        xml.append(
            '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:r><w:annotationRef/></w:r>'
            '%s</w:p></w:comment>' % (cid, escape(author), date, escape(initials), run_xml(text)))
    xml.append("</w:comments>")
    blob = "".join(xml).encode("utf-8")
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)


def set_track_revisions(doc):
    settings = doc.settings.element
    anchor = settings.find("{%s}proofState" % W_NS)
    if anchor is None:
        anchor = settings.find("{%s}zoom" % W_NS)
    anchor.addnext(parse_xml("<w:trackRevisions %s/>" % NS))


def new_doc(author, last_by, title, landscape=True):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 7
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    return doc


def header_text(doc, text):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    p.text = text
    for r in p.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def heading(doc, text, level=1):
    doc.add_heading(text, level=level)


def make_table(doc, ncols, widths):
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    return t


def finish_doc(doc, path):
    doc.save(path)
    # python-docx writes core props we set; make zip timestamps deterministic
    normalize_zip(path)


def normalize_zip(path):
    import zipfile
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def lo_convert(src, fmt, final_name):
    """Convert src with LibreOffice into OUT and rename to final_name."""
    tmpdir = tempfile.mkdtemp(prefix="r286conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpdir)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpdir, produced[0]), os.path.join(OUT, final_name))
    shutil.rmtree(tmpdir, ignore_errors=True)


EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen - tracked changes + Word comments, delår
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppföljning internkontrollplan delår 2025_rev AL_MS.docx"
    namnd = "Kommunstyrelsen"
    ids = Ids()
    AL, MS, JB = "Anna Lindqvist", "Magnus Sjöberg", "Johan Berg"
    d1, d2, d3 = "2025-09-03T09:14:00Z", "2025-09-04T13:41:00Z", "2025-09-05T08:02:00Z"
    doc = new_doc(JB, MS, "Uppföljning internkontrollplan KS delår 2025")
    header_text(doc, "Kommunledningsförvaltningen  |  Brännlösa kommun  |  Arbetsversion – ej för publicering")
    set_track_revisions(doc)
    add_para(doc, [("t", "Kommunstyrelsen")], ids, {"bold": True, "size": 16})
    add_para(doc, [("t", "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti")], ids,
             {"bold": True, "size": 13})
    add_para(doc, [("t", "Diarienummer KS 2024/0412. Uppföljningen avser perioden januari–augusti 2025. "
                         "Ansvariga controllers har fyllt i status och iakttagelser; ändringar efter "
                         "avstämningsmötet den 3 september är gjorda med spårade ändringar.")], ids)
    add_para(doc, [], ids)

    comments = []

    def com(author, ini, date, text):
        cid = ids.next()
        comments.append((cid, author, ini, date, text))
        return cid

    t = make_table(doc, 7, None)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod och omfattning", "Ansvarig",
           "Status delår", "Iakttagelser/kommentar"]
    widths = [1.0, 3.0, 6.0, 4.5, 2.6, 3.0, 5.6]
    r = t.add_row()
    for i, h in enumerate(hdr):
        fill_cell(r.cells[i], [("t", h)], ids, {"bold": True}, shade="D9E2F3")
    row_trpr(r, header=True)

    c_upph = com(MS, "MS", d2, "Bara 12 av 15 direktupphandlingar hade dokumentation – kan vi verkligen skriva "
                               "Genomförd? Ändrar till Delvis. /MS")
    c_it = com(AL, "AL", d1, "Ska inte detta vara Delvis? Andra genomgången görs i november.")
    c_it2 = com(JB, "JB", d3, "Kontrollen för delåret avser vårens genomgång, den är klar. Låter Genomförd stå.")
    c_kassa = com(AL, "AL", d1, "Handkassorna är avvecklade – ska raden ens vara kvar?")
    c_bis = com(MS, "MS", d2, "Tog bort statusen tills alla svar har kommit in.")

    rows = [
        # nr, process, kontrollmoment, metod, ansvarig, status segs, kommentar segs, row-flags
        ("1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial", "Ekonomichef",
         [("del", "Ej genomförd", AL, d1), ("ins", "Genomförd", AL, d1)],
         [("del", "Stickprov ej påbörjat.", AL, d1),
          ("ins", "Stickprov av 25 fakturor genomfört i juni. Två fakturor saknade beslutsattest; "
                  "återkopplat till berörda enheter.", AL, d1)], None),
        ("2", "Löner", "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Avstämning mot HR-systemet, samtliga avslut mars–maj", "Lönechef",
         [("t", "Genomförd")], [("t", "Inga avvikelser.")], None),
        ("3", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Granskning av 15 direktupphandlingar", "Upphandlingschef",
         [("cstart", c_upph), ("del", "Genomförd", MS, d2), ("ins", "Delvis genomförd", MS, d2), ("cend", c_upph)],
         [("t", "Dokumentation saknades i 3 av 15 granskade direktupphandlingar.")], None),
        ("4", "IT-säkerhet", "Behörigheter i ekonomisystemet följs upp två gånger per år",
         "Genomgång av behörighetslista med respektive chef", "IT-chef",
         [("cstart", c_it), ("cstart", c_it2), ("t", "Genomförd"), ("cend", c_it), ("cend", c_it2)],
         [("t", "Vårens genomgång klar i maj, inga felaktiga behörigheter.")], None),
        ("5", "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
         "Stickprov 40 handlingar", "Kanslichef",
         [("ins", "Ej genomförd", JB, d3)],
         [("ins", "Skjuts till hösten på grund av byte av ärendehanteringssystem.", JB, d3)], None),
        ("6", "Kontanthantering", "Inventering av handkassor på samtliga enheter",
         "Oanmäld inventering två gånger per år", "Redovisningsansvarig",
         [("cstart", c_kassa), ("del", "Genomförd", JB, d3), ("ins", "Utgår", JB, d3), ("cend", c_kassa)],
         [("ins", "Handkassorna avvecklades i mars 2025 (KS 2025-03-11 § 45).", JB, d3)], None),
        ("7", "Representation", "Representationsfakturor innehåller syfte och deltagarförteckning",
         "Stickprov 20 fakturor", "Ekonomichef",
         [("del", "Genomförd", MS, d2)],
         [("del", "Två fakturor saknade deltagarförteckning.", MS, d2)], "del"),
        ("8", "Inköp", "Avtalstrohet vid inköp av kontorsmaterial",
         "Analys av leverantörsreskontra, fyra månader", "Upphandlingschef",
         [("ins", "Delvis genomförd", MS, d2)],
         [("ins", "Analys gjord för två av fyra planerade månader (mars och april).", MS, d2)], "ins"),
        ("9", "Bisysslor", "Redovisning av bisysslor för samtliga chefer",
         "Enkät till samtliga chefer", "HR-chef",
         [("cstart", c_bis), ("del", "Genomförd", MS, d2), ("cend", c_bis)],
         [("t", "Redovisning inkommen från 34 av 41 chefer, påminnelse skickad i augusti.")], None),
        ("10", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationsbeslut i ärendesystemet mot anmälda beslut", "Kanslichef",
         [("t", "Genomförd"), ("ins", " med anmärkning", AL, d1)],
         [("t", "Två delegationsbeslut inom personalområdet anmäldes först efter fyra månader.")], None),
    ]
    for nr, proc, km, met, ans, st, kom, flag in rows:
        r = t.add_row()
        if flag == "del":
            conv = lambda txt: [("del", txt, MS, d2)]
            fill_cell(r.cells[0], conv(nr), ids)
            fill_cell(r.cells[1], conv(proc), ids)
            fill_cell(r.cells[2], conv(km), ids)
            fill_cell(r.cells[3], conv(met), ids)
            fill_cell(r.cells[4], conv(ans), ids)
            row_trpr(r, dele=(MS, d2), ids=ids)
        elif flag == "ins":
            conv = lambda txt: [("ins", txt, MS, d2)]
            fill_cell(r.cells[0], conv(nr), ids)
            fill_cell(r.cells[1], conv(proc), ids)
            fill_cell(r.cells[2], conv(km), ids)
            fill_cell(r.cells[3], conv(met), ids)
            fill_cell(r.cells[4], conv(ans), ids)
            row_trpr(r, ins=(MS, d2), ids=ids)
        else:
            for i, v in enumerate([nr, proc, km, met, ans]):
                fill_cell(r.cells[i], [("t", v)], ids)
        fill_cell(r.cells[5], st, ids)
        fill_cell(r.cells[6], kom, ids)
    set_widths(t, widths)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Brännlösa den 10 september 2025")], ids)
    add_para(doc, [("t", "Johan Berg, controller, Kommunledningsförvaltningen")], ids)
    add_comments_part(doc, comments)
    finish_doc(doc, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    exp(fil, namnd, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja")
    exp(fil, namnd, "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid", "GENOMFORD", "nej")
    exp(fil, namnd, "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "DELVIS", "ja")
    exp(fil, namnd, "Behörigheter i ekonomisystemet följs upp två gånger per år", "GENOMFORD", "nej")
    exp(fil, namnd, "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Inventering av handkassor på samtliga enheter", "UTGAR", "")
    # row 7 is a tracked deletion of the whole row -> gone after accepting
    exp(fil, namnd, "Avtalstrohet vid inköp av kontorsmaterial", "DELVIS", "")
    exp(fil, namnd, "Redovisning av bisysslor för samtliga chefer", "DELVIS", "")
    exp(fil, namnd, "Delegationsbeslut anmäls till kommunstyrelsen", "GENOMFORD", "ja")
    return fil


# ---------------------------------------------------------------------------
# File 2: Barn- och utbildningsnämnden - content controls, placeholders, repeated header, T2
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning IK T2 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    ids = Ids()
    doc = new_doc("Karin Åberg", "Per Nyström", "Mall - Uppföljning internkontrollplan")
    header_text(doc, "Barn- och utbildningsförvaltningen – Mall för uppföljning av internkontrollplan (version 2024-11)")
    add_para(doc, [("t", "Uppföljning av internkontrollplan")], ids, {"bold": True, "size": 16})
    add_para(doc, [("t", "Nämnd: ", {"bold": True}), ("txt", "Barn- och utbildningsnämnden", "Nämnd")], ids)
    add_para(doc, [("t", "År: ", {"bold": True}), ("txt", "2025", "År"),
                   ("t", "     Uppföljningsperiod: ", {"bold": True}),
                   ("dd", "Tertial 2 (jan–aug)", ["Tertial 1 (jan–apr)", "Tertial 2 (jan–aug)", "Helår"], "Period")],
             ids)
    add_para(doc, [("t", "Uppgiftslämnare: ", {"bold": True}), ("txt", None, "Uppgiftslämnare")], ids)
    add_para(doc, [("t", "Instruktion: Välj status i listan för varje kontrollmoment. Markera rutan Avvikelse om "
                         "kontrollen visat fel eller brister och beskriv dem i kommentarsfältet. Lämna till "
                         "nämndsekreteraren senast 15 september.", {"italic": True, "size": 9})], ids)
    add_para(doc, [], ids)

    status_items = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    t = make_table(doc, 7, None)
    widths = [6.2, 5.2, 2.0, 2.6, 3.2, 1.8, 5.0]
    hdr = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    r = t.add_row()
    for i, h in enumerate(hdr):
        fill_cell(r.cells[i], [("t", h, {"color": "FFFFFF"})], ids, {"bold": True}, shade="1F4E79")
    row_trpr(r, header=True, cant_split=True)

    def group(title):
        r = t.add_row()
        m = r.cells[0].merge(r.cells[6])
        fill_cell(m, [("t", title)], ids, {"bold": True}, shade="DEEAF6")
        row_trpr(r, cant_split=True)

    long_met = ("Stickprov enligt kontrollplan. Urvalet dokumenteras i kontrollbilagan och resultatet "
                "redovisas för förvaltningens ledningsgrupp innan rapportering till nämnden. ")

    def row(km, met, freq, ans, status, avv, kom):
        r = t.add_row()
        fill_cell(r.cells[0], km, ids)
        fill_cell(r.cells[1], met, ids)
        fill_cell(r.cells[2], freq, ids)
        fill_cell(r.cells[3], ans, ids)
        fill_cell(r.cells[4], [("dd", status, status_items, "Status")], ids)
        fill_cell(r.cells[5], [("cb", avv, "Avvikelse")], ids, align="center")
        fill_cell(r.cells[6], [("txt", kom, "Kommentar")], ids)
        row_trpr(r, cant_split=True)

    group("Område: Ekonomi")
    row("Attest av leverantörsfakturor enligt attestordningen",
        long_met + "20 fakturor per tertial.", "Tertialvis", "Ekonomichef BUF",
        "Genomförd", False, "20 fakturor granskade utan anmärkning.")
    row("Kontroll av att skolskjutsfakturor stämmer mot avtal",
        "Jämförelse av fakturerade körningar mot körschema och avtalade priser. " + long_met,
        "Tertialvis", "Skolskjutssamordnare",
        "Delvis genomförd", True,
        "Fakturor för januari–april kontrollerade; felaktig kilometerersättning i en faktura. "
        "Maj–augusti kontrolleras under hösten.")
    row("Kontroll av interkommunala ersättningar (IKE) för elever i annan kommun",
        "Avstämning av fakturerade IKE mot elevregistret. " + long_met,
        "Halvår", "Controller BUF", None, False, None)
    row("Avgifter för fritidshem debiteras enligt fastställd taxa",
        "Stickprov 30 placeringar; inkomstuppgift, taxa och faktura jämförs. " + long_met,
        "Årligen", "Avgiftshandläggare", None, True, None)

    group("Område: Personal")
    row("Registerkontroll av personal som anställs i förskola och skola",
        "Samtliga nyanställningar under perioden kontrolleras mot anställningsakten. " + long_met,
        "Tertialvis", "HR-konsult BUF", "Genomförd", False,
        "Samtliga 46 nyanställda har visat utdrag ur belastningsregistret före anställning.")
    row("Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
        "Genomgång av rehabiliteringsärenden med fler än sex tillfällen på tolv månader. " + long_met,
        "Halvår", "HR-konsult BUF", "Ej genomförd", False,
        "Flyttas till tertial 3 på grund av vakans på HR.")

    group("Område: Verksamhet och elevhälsa")
    row("Anmälan om kränkande behandling lämnas till huvudmannen inom fem arbetsdagar",
        "Genomgång av samtliga anmälningar i ärendesystemet. " + long_met,
        "Tertialvis", "Verksamhetschef grundskola", None, True,
        "Kontrollen är genomförd. 3 av 28 anmälningar kom in senare än fem arbetsdagar; rektorerna har "
        "påmints om rutinen.")
    row("Elever med hög frånvaro följs upp enligt rutin för frånvarouppföljning",
        "Stickprov 15 elever med mer än 15 % frånvaro. " + long_met,
        "Tertialvis", "Elevhälsochef", "Genomförd", False, None)
    row("Åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd",
        "Granskning av 20 åtgärdsprogram. " + long_met,
        "Årligen", "Elevhälsochef", "Utgår", False,
        "Kontrollen utgår enligt beslut BUN 2025-04-15 § 52; området granskas av Skolinspektionen under året.")
    row("Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga skolenheter",
        "Enkät till rektorerna och stickprov på tre enheter. " + long_met,
        "Årligen", "Säkerhetssamordnare", "Delvis genomförd", False,
        "12 av 19 enheter har redovisat; övriga följs upp i oktober.")
    row("Behörighetsloggar i elevdokumentationssystemet kontrolleras",
        "Loggkontroll av 10 slumpvis valda elevakter. " + long_met,
        "Halvår", "Systemförvaltare", "Ej genomförd", False, None)
    row("Egenkontroll av livsmedelshantering i skolkök",
        "Genomgång av egenkontrollprogram och temperaturloggar. " + long_met,
        "Tertialvis", "Kostchef", "Genomförd", True,
        "Brister i temperaturloggningen på två kök; åtgärdat i juni.")
    set_widths(t, widths)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Bilagor: ", {"bold": True}), ("txt", None, "Bilagor")], ids)
    add_para(doc, [("t", "Datum: ", {"bold": True}), ("txt", "2025-09-12", "Datum")], ids)
    finish_doc(doc, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    exp(fil, namnd, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej")
    exp(fil, namnd, "Kontroll av att skolskjutsfakturor stämmer mot avtal", "DELVIS", "ja")
    exp(fil, namnd, "Kontroll av interkommunala ersättningar (IKE) för elever i annan kommun", "SAKNAS", "")
    exp(fil, namnd, "Avgifter för fritidshem debiteras enligt fastställd taxa", "OKLAR", "ja")
    exp(fil, namnd, "Registerkontroll av personal som anställs i förskola och skola", "GENOMFORD", "nej")
    exp(fil, namnd, "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Anmälan om kränkande behandling lämnas till huvudmannen inom fem arbetsdagar",
        "GENOMFORD", "ja")
    exp(fil, namnd, "Elever med hög frånvaro följs upp enligt rutin för frånvarouppföljning", "GENOMFORD", "nej")
    exp(fil, namnd, "Åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd", "UTGAR", "")
    exp(fil, namnd, "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga skolenheter", "DELVIS", "nej")
    exp(fil, namnd, "Behörighetsloggar i elevdokumentationssystemet kontrolleras", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Egenkontroll av livsmedelshantering i skolkök", "GENOMFORD", "ja")
    return fil


# ---------------------------------------------------------------------------
# File 3: Socialnämnden - checkbox columns, nämnd only in page header (förvaltning), helår
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN IK-uppföljning helår 2025 (slutversion).docx"
    namnd = "Socialnämnden"
    ids = Ids()
    doc = new_doc("Lena Holm", "Sara Ek", "Uppföljning intern kontroll helår")
    header_text(doc, "Socialförvaltningen  •  Brännlösa kommun  •  Dnr SN 2025/118")
    add_para(doc, [("t", "Uppföljning av internkontrollplan 2025 – helår")], ids, {"bold": True, "size": 15})
    add_para(doc, [("t", "Kryssa i den ruta som stämmer för respektive kontrollmoment och beskriv resultatet. "
                         "Uppföljningen avser hela verksamhetsåret 2025.")], ids, {"size": 9, "italic": True})
    add_para(doc, [], ids)
    t = make_table(doc, 7, None)
    widths = [3.4, 7.0, 1.9, 1.9, 1.9, 1.9, 7.6]
    r = t.add_row()
    hdr = ["Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell", "Resultat och kommentar"]
    for i, h in enumerate(hdr):
        fill_cell(r.cells[i], [("t", h)], ids, {"bold": True, "size": 9}, shade="E2EFDA", align="center" if 2 <= i <= 5 else None)
    row_trpr(r, header=True)

    def row(proc, km, marks, kom):
        r = t.add_row()
        fill_cell(r.cells[0], proc, ids)
        fill_cell(r.cells[1], km, ids)
        for j in range(4):
            fill_cell(r.cells[2 + j], [("cb", marks[j], hdr[2 + j])], ids, {"size": 11}, align="center")
        fill_cell(r.cells[6], [("txt", kom, "Resultat")], ids)

    row("Ekonomiskt bistånd", "Utredning av ekonomiskt bistånd beslutas inom fyra veckor från ansökan",
        (True, False, False, False), "30 ärenden granskade, samtliga beslutade inom fyra veckor.")
    row("Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut",
        (True, False, True, False), None)
    row("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
        (False, True, False, False), "Granskning gjord för första halvåret; andra halvåret är inte granskat.")
    row("Barn och unga", "Placeringar på HVB sker hos upphandlade leverantörer",
        (False, False, True, False), "Skjuts till 2026 på grund av ny upphandling.")
    row("Äldreomsorg", "Avgifter inom hemtjänsten debiteras enligt fattade beslut",
        (False, False, False, False), None)
    row("Äldreomsorg", "Hantering av brukares kontanta medel på särskilt boende",
        (False, False, False, True), "Verksamheten överfördes till Vård- och omsorgsnämnden 1 januari 2025.")
    row("Kvalitet", "Lex Sarah-rapporter utreds och dokumenteras enligt rutin",
        (True, False, False, False), "Genomförd med avvikelse: två utredningar saknade beslut om åtgärd.")
    row("LSS", "Beviljade insatser enligt LSS följs upp minst en gång per år",
        (False, False, False, False), "Genomförd utan anmärkning, 25 akter granskade.")
    row("Dokumentation", "Journalanteckningar förs inom föreskriven tid",
        (True, False, False, False), "Inga avvikelser.")
    set_widths(t, widths)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Sara Ek, kvalitetsutvecklare")], ids)
    finish_doc(doc, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, "Utredning av ekonomiskt bistånd beslutas inom fyra veckor från ansökan", "GENOMFORD", "nej")
    exp(fil, namnd, "Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "OKLAR", "")
    exp(fil, namnd, "Förhandsbedömning av orosanmälan görs inom 14 dagar", "DELVIS", "")
    exp(fil, namnd, "Placeringar på HVB sker hos upphandlade leverantörer", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Avgifter inom hemtjänsten debiteras enligt fattade beslut", "SAKNAS", "")
    exp(fil, namnd, "Hantering av brukares kontanta medel på särskilt boende", "UTGAR", "")
    exp(fil, namnd, "Lex Sarah-rapporter utreds och dokumenteras enligt rutin", "GENOMFORD", "ja")
    exp(fil, namnd, "Beviljade insatser enligt LSS följs upp minst en gång per år", "GENOMFORD", "nej")
    exp(fil, namnd, "Journalanteckningar förs inom föreskriven tid", "GENOMFORD", "nej")
    return fil


# ---------------------------------------------------------------------------
# File 4: Samhällsbyggnadsförvaltningen - two nämnder, words vs. symbols, legend, delår
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnad IK delår 2025 TN+MBN.docx"
    ids = Ids()
    doc = new_doc("Erik Dahl", "Maria Falk", "Internkontroll delår 2025")
    header_text(doc, "Samhällsbyggnadsförvaltningen, Brännlösa kommun")
    add_para(doc, [("t", "Delårsuppföljning av intern kontroll per 2025-08-31")], ids, {"bold": True, "size": 15})
    add_para(doc, [("t", "Samhällsbyggnadsförvaltningen redovisar här uppföljningen för de två nämnder "
                         "förvaltningen arbetar åt. Tekniska nämndens del är ifylld av Erik Dahl, Miljö- och "
                         "byggnadsnämndens del av Maria Falk.")], ids)
    add_para(doc, [("t", "Teckenförklaring: ", {"bold": True}),
                   ("t", "✔ = genomförd    ◐ = delvis genomförd/pågår    ✘ = ej genomförd    – = utgår")], ids)
    add_para(doc, [], ids)

    def table(rows):
        t = make_table(doc, 5, None)
        widths = [1.0, 8.5, 4.0, 2.2, 9.5]
        r = t.add_row()
        for i, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
            fill_cell(r.cells[i], [("t", h)], ids, {"bold": True}, shade="FFF2CC")
        row_trpr(r, header=True)
        for nr, km, ans, st, kom in rows:
            r = t.add_row()
            fill_cell(r.cells[0], nr, ids)
            fill_cell(r.cells[1], km, ids)
            fill_cell(r.cells[2], ans, ids)
            if st and st[0] in "✔◐✘–":
                fill_cell(r.cells[3], [("t", st, {"font": "Segoe UI Symbol", "size": 12})], ids, align="center")
            else:
                fill_cell(r.cells[3], st, ids)
            fill_cell(r.cells[4], kom, ids)
        set_widths(t, widths)

    add_para(doc, [("t", "Tekniska nämnden")], ids, {"bold": True, "size": 13})
    tn = [
        ("1", "Entreprenörers fakturor stäms av mot avtal och beslutade ÄTA-arbeten", "Projektchef",
         "Genomförd", "Tre projekt granskade. En faktura hade felaktig indexuppräkning, korrigerad."),
        ("2", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "Pågår",
         "Hälften av lekplatserna besiktigade, resten i september."),
        ("3", "Vinterväghållning: utryckningstider följs upp mot avtal", "Gatuchef", "✔", "Inga avvikelser."),
        ("4", "Inventering av verktyg och maskiner i förråden", "Driftchef", "Ej påbörjad", ""),
        ("5", "Felanmälningar av gatubelysning åtgärdas inom avtalad tid", "Gatuchef", "◐",
         "Rapport från entreprenören saknas för juli."),
        ("6", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom SBF", "Genomförd",
         "Inga anmärkningar."),
    ]
    table(tn)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Miljö- och byggnadsnämnden")], ids, {"bold": True, "size": 13})
    mbn = [
        ("1", "Handläggningstiden för bygglov (tio veckor) hålls", "Bygglovschef", "✔",
         "42 av 44 ärenden inom tid, två ärenden överskred tiden."),
        ("2", "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef", "◐",
         "68 % av planerade kontroller utförda."),
        ("3", "Avgifter för tillsyn debiteras enligt taxa", "Miljöchef", "✘", "Ej gjord pga sjukskrivning."),
        ("4", "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", "Genomförd", ""),
        ("5", "Handläggare lämnar jävsdeklaration inför tillsynsärenden", "Miljöchef", "–",
         "Ersatt av den kommungemensamma rutinen för jäv."),
        ("6", "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "Registrator", "✔ ✘", "Se bilaga."),
    ]
    table(mbn)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Bilaga: Arkivgenomgång 2025 (separat fil).", {"italic": True})], ids)
    finish_doc(doc, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", YEAR, "DELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", YEAR, "DELAR"))
    n = "Tekniska nämnden"
    exp(fil, n, "Entreprenörers fakturor stäms av mot avtal och beslutade ÄTA-arbeten", "GENOMFORD", "ja")
    exp(fil, n, "Egenkontroll av lekplatser enligt SS-EN 1176", "DELVIS", "")
    exp(fil, n, "Vinterväghållning: utryckningstider följs upp mot avtal", "GENOMFORD", "nej")
    exp(fil, n, "Inventering av verktyg och maskiner i förråden", "EJ_GENOMFORD", "")
    exp(fil, n, "Felanmälningar av gatubelysning åtgärdas inom avtalad tid", "DELVIS", "")
    exp(fil, n, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej")
    n = "Miljö- och byggnadsnämnden"
    exp(fil, n, "Handläggningstiden för bygglov (tio veckor) hålls", "GENOMFORD", "ja")
    exp(fil, n, "Tillsynsplanen för livsmedelskontroll följs", "DELVIS", "")
    exp(fil, n, "Avgifter för tillsyn debiteras enligt taxa", "EJ_GENOMFORD", "")
    exp(fil, n, "Delegationsbeslut återrapporteras till nämnden", "GENOMFORD", "")
    exp(fil, n, "Handläggare lämnar jävsdeklaration inför tillsynsärenden", "UTGAR", "")
    exp(fil, n, "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen", "OKLAR", "")
    return fil


# ---------------------------------------------------------------------------
# File 5: Kultur- och fritidsnämnden - text only, tracked changes, converted to .odt, T1
# ---------------------------------------------------------------------------
def file_kfn(tmpdir):
    fil = "Kultur och fritid - uppföljning intern kontroll T1 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    ids = Ids()
    HN, OL = "Helena Nord", "Oskar Lund"
    d1, d2 = "2025-05-06T10:20:00Z", "2025-05-08T15:05:00Z"
    doc = new_doc(HN, OL, "Uppföljning intern kontroll T1", landscape=False)
    header_text(doc, "Kultur- och fritidsförvaltningen")
    add_para(doc, [("t", "Kultur- och fritidsnämnden")], ids, {"bold": True, "size": 16})
    add_para(doc, [("t", "Uppföljning av intern kontroll, tertial 1 2025 (januari–april)")], ids,
             {"bold": True, "size": 13})
    add_para(doc, [("t", "Nedan redovisas status för de kontrollmoment i internkontrollplanen 2025 som ska "
                         "följas upp efter första tertialet. Texten har gåtts igenom av verksamhetscheferna; "
                         "deras ändringar syns som spårade ändringar.")], ids)
    add_para(doc, [], ids)

    def block(n, title, km, met, status, res):
        add_para(doc, [("t", "%d. %s" % (n, title))], ids, {"bold": True, "size": 12})
        add_para(doc, [("t", "Kontrollmoment: ", {"bold": True}), ("t", km)], ids)
        add_para(doc, [("t", "Metod: ", {"bold": True}), ("t", met)], ids)
        add_para(doc, [("t", "Status: ", {"bold": True})] + status, ids)
        add_para(doc, [("t", "Resultat: ", {"bold": True})] + res, ids)
        add_para(doc, [], ids)

    block(1, "Föreningsbidrag",
          "Kontroll av att föreningsbidrag betalas ut enligt gällande regler och beslut",
          "Stickprov 15 bidragsansökningar", [("del", "Pågår", OL, d2), ("ins", "Genomförd", OL, d2)],
          [("t", "15 ansökningar granskade. "),
           ("ins", "Ett aktivitetsbidrag betalades ut med för högt belopp och har återkrävts.", OL, d2)])
    block(2, "Kassahantering",
          "Kassainventering i simhallens reception",
          "Oanmäld kassainventering", [("t", "Ej genomförd")],
          [("ins", "Kassainventeringen är planerad till maj och redovisas i tertial 2.", HN, d1)])
    block(3, "Konstsamlingen",
          "Inventering av konst placerad i offentliga lokaler",
          "Inventering mot konstregistret, 60 verk", [("t", "Delvis genomförd")],
          [("t", "40 av 60 verk inventerade. "), ("del", "Samtliga inventerade verk återfanns.", HN, d1),
           ("ins", "Två verk kunde inte lokaliseras; utredning pågår.", HN, d1)])
    block(4, "Lokaluthyrning",
          "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
          "Avstämning bokningssystem mot fakturering",
          [("del", "Ej påbörjad", OL, d2), ("ins", "Utgår", OL, d2)],
          [("ins", "Kontrollen utgår enligt beslut KFN 2025-03-20 § 18 eftersom bokningssystemet byts.", OL, d2)])
    block(5, "Biblioteket",
          "Hantering av låntagares personuppgifter följer dataskyddsförordningen",
          "Genomgång av gallringsrutin och behörigheter", [], [])
    block(6, "Löner",
          "Timanställdas tidrapporter attesteras före löneutbetalning",
          "Stickprov 20 tidrapporter", [("del", "Genomförd", HN, d1)],
          [("t", "Granskningen är inte gjord ännu och flyttas till tertial 2.")])
    add_para(doc, [("t", "Helena Nord, förvaltningschef")], ids)
    src = os.path.join(tmpdir, "kfn_src.docx")
    doc.save(src)
    lo_convert(src, "odt", fil)
    FILES.append((fil, "INLAST", namnd, YEAR, "T1"))
    exp(fil, namnd, "Kontroll av att föreningsbidrag betalas ut enligt gällande regler och beslut", "GENOMFORD", "ja")
    exp(fil, namnd, "Kassainventering i simhallens reception", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Inventering av konst placerad i offentliga lokaler", "DELVIS", "ja")
    exp(fil, namnd, "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "UTGAR", "")
    exp(fil, namnd, "Hantering av låntagares personuppgifter följer dataskyddsförordningen", "SAKNAS", "")
    exp(fil, namnd, "Timanställdas tidrapporter attesteras före löneutbetalning", "EJ_GENOMFORD", "")
    return fil


# ---------------------------------------------------------------------------
# File 6: Överförmyndarnämnden - legacy .doc, hidden text, helår
# ---------------------------------------------------------------------------
def file_ofn(tmpdir):
    fil = "Överförmyndarnämnden uppföljning internkontroll helår 2025.doc"
    namnd = "Överförmyndarnämnden"
    ids = Ids()
    doc = new_doc("Lena Hedin", "Lena Hedin", "Uppföljning internkontroll", landscape=False)
    add_para(doc, [("t", "Överförmyndarnämnden i Brännlösa kommun")], ids, {"bold": True, "size": 14})
    add_para(doc, [("t", "Uppföljning av internkontrollplan – helår 2025")], ids, {"bold": True, "size": 12})
    add_para(doc, [("hid", "Mallinstruktion: Fyll i kolumnen Genomförd med Ja, Nej eller Delvis. Texten i grått "
                           "är dold och skrivs inte ut.", {"color": "808080"})], ids)
    add_para(doc, [], ids)
    t = make_table(doc, 4, None)
    widths = [0.9, 7.0, 2.3, 6.8]
    r = t.add_row()
    for i, h in enumerate(["Nr", "Kontrollmoment", "Genomförd", "Resultat"]):
        fill_cell(r.cells[i], [("t", h)], ids, {"bold": True}, shade="D9D9D9")
    row_trpr(r, header=True)
    rows = [
        ("1", "Årsräkningar granskas inom sex månader från inlämning", [("t", "Ja")],
         [("t", "Samtliga 212 årsräkningar granskade inom tid.")]),
        ("2", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", [
            ("t", "Ja"), ("hid", " [UTKAST – ej klart, stäm av med Lena]", {"color": "C00000"})],
         [("t", "Stickprov 20 ärenden, inga fel.")]),
        ("3", "Ställföreträdare kontrolleras mot Kronofogdens register före förordnande", [
            ("hid", "Ange Ja/Nej/Delvis", {"color": "808080"})],
         [("hid", "Beskriv resultatet här.", {"color": "808080"})]),
        ("4", "Förteckningar inkommer inom två månader från förordnande", [("t", "Delvis")],
         [("t", "Påminnelser skickade i 11 ärenden; 4 förteckningar saknas fortfarande.")]),
        ("5", "Uttag från spärrade konton sker endast efter överförmyndarens medgivande", [("t", "Nej")],
         [("t", "Ej genomförd på grund av personalbrist, görs under första kvartalet 2026.")]),
        ("6", "Akter gallras enligt dokumenthanteringsplanen", [("t", "Ja")],
         [("t", "Gallring genomförd i november."),
          ("hid", " Obs! 30 akter från 2013 är inte gallrade.", {"color": "C00000"})]),
    ]
    for nr, km, st, res in rows:
        r = t.add_row()
        fill_cell(r.cells[0], nr, ids)
        fill_cell(r.cells[1], km, ids)
        fill_cell(r.cells[2], st, ids)
        fill_cell(r.cells[3], res, ids)
    set_widths(t, widths)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Beslutad av överförmyndarnämnden 2026-01-22 § 4.")], ids)
    src = os.path.join(tmpdir, "ofn_src.docx")
    doc.save(src)
    lo_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, "Årsräkningar granskas inom sex månader från inlämning", "GENOMFORD", "nej")
    exp(fil, namnd, "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "GENOMFORD", "nej")
    exp(fil, namnd, "Ställföreträdare kontrolleras mot Kronofogdens register före förordnande", "SAKNAS", "")
    exp(fil, namnd, "Förteckningar inkommer inom två månader från förordnande", "DELVIS", "ja")
    exp(fil, namnd, "Uttag från spärrade konton sker endast efter överförmyndarens medgivande", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Akter gallras enligt dokumenthanteringsplanen", "GENOMFORD", "")
    return fil


# ---------------------------------------------------------------------------
# File 7: Brännlösa Energi AB - T1/T2/Helår side by side, tracked changes + comments
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Brännlösa Energi AB IK 2025 helår_kommentarer MS.docx"
    namnd = "Brännlösa Energi AB"
    ids = Ids()
    MS, TV = "Mikael Strand", "Therese Vik"
    d1, d2 = "2026-01-14T11:00:00Z", "2026-01-16T09:30:00Z"
    doc = new_doc(TV, MS, "Intern kontroll 2025")
    header_text(doc, "BEAB – Brännlösa Energi AB (helägt av Brännlösa kommun)")
    set_track_revisions(doc)
    add_para(doc, [("t", "Intern kontroll 2025 – uppföljning helår")], ids, {"bold": True, "size": 15})
    add_para(doc, [("t", "Rapport till styrelsen för Brännlösa Energi AB och för kännedom till kommunstyrelsen. "
                         "Tabellen visar status per tertial; kolumnen Helår avser läget vid årets slut.")], ids)
    add_para(doc, [], ids)
    comments = []

    def com(author, ini, date, text):
        cid = ids.next()
        comments.append((cid, author, ini, date, text))
        return cid

    t = make_table(doc, 6, None)
    widths = [7.5, 3.0, 2.4, 2.4, 3.6, 6.8]
    r = t.add_row()
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]):
        fill_cell(r.cells[i], [("t", h)], ids, {"bold": True}, shade="C6E0B4")
    row_trpr(r, header=True)
    c_scada = com(MS, "MS", d1, "Leverantören har inte levererat loggen – ändrat. /MS")
    c_avtal = com(TV, "TV", d2, "Vem fyller i denna? Inköp har inte svarat.")
    c_matare = com(TV, "TV", d2, "OK enligt mätaravdelningen.")
    rows = [
        ("Avläsning av elmätare – kontroll av avvikande förbrukning", "Mätchef",
         "Pågår", "Pågår", [("cstart", c_matare), ("t", "Genomförd"), ("cend", c_matare)],
         [("t", "Inga avvikelser utöver kända mätarbyten.")]),
        ("Påminnelse- och inkassorutinen för kundfordringar följs", "Kundtjänstchef",
         "Genomförd", "Genomförd", [], []),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Genomförd", [("del", "Genomförd", MS, d1), ("ins", "Genomförd med avvikelse", MS, d1)],
         [("ins", "Två fakturor i oktober attesterades av person utan attesträtt.", MS, d1)]),
        ("Egenkontroll av nätstationer enligt elsäkerhetsprogrammet", "Elnätschef",
         "Ej påbörjad", "Pågår", [("ins", "Delvis genomförd", MS, d1)],
         [("ins", "38 av 52 nätstationer kontrollerade.", MS, d1)]),
        ("Behörigheter i driftövervakningssystemet (SCADA) gås igenom", "IT-ansvarig",
         "–", "–", [("cstart", c_scada), ("del", "Genomförd", MS, d1), ("ins", "Ej genomförd", MS, d1),
                    ("cend", c_scada)],
         [("t", "Genomgången kräver logg från leverantören.")]),
        ("Rapportering av utsläpp till länsstyrelsen sker enligt miljötillståndet", "Miljösamordnare",
         "Utgår", "Utgår", [("t", "Utgår")],
         [("t", "Värmeverket såldes 2024, tillståndet har upphört.")]),
        ("Avtalstrohet vid inköp av förbrukningsmaterial", "Inköpsansvarig",
         "Genomförd", "Pågår", [("cstart", c_avtal), ("cend", c_avtal)], []),
    ]
    for km, ans, t1, t2, hel, kom in rows:
        r = t.add_row()
        fill_cell(r.cells[0], km, ids)
        fill_cell(r.cells[1], ans, ids)
        fill_cell(r.cells[2], t1, ids, align="center")
        fill_cell(r.cells[3], t2, ids, align="center")
        fill_cell(r.cells[4], hel, ids, align="center")
        fill_cell(r.cells[5], kom, ids)
    set_widths(t, widths)
    add_para(doc, [], ids)
    add_para(doc, [("t", "Therese Vik, VD-assistent / Mikael Strand, ekonomichef")], ids)
    add_comments_part(doc, comments)
    finish_doc(doc, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, "Avläsning av elmätare – kontroll av avvikande förbrukning", "GENOMFORD", "nej")
    exp(fil, namnd, "Påminnelse- och inkassorutinen för kundfordringar följs", "GENOMFORD", "")
    exp(fil, namnd, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja")
    exp(fil, namnd, "Egenkontroll av nätstationer enligt elsäkerhetsprogrammet", "DELVIS", "")
    exp(fil, namnd, "Behörigheter i driftövervakningssystemet (SCADA) gås igenom", "EJ_GENOMFORD", "")
    exp(fil, namnd, "Rapportering av utsläpp till länsstyrelsen sker enligt miljötillståndet", "UTGAR", "")
    exp(fil, namnd, "Avtalstrohet vid inköp av förbrukningsmaterial", "DELVIS", "")
    return fil


# ---------------------------------------------------------------------------
# File 8 (reject): Word owner/lock file left by an open working copy
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$_Uppföljning internkontrollplan delår 2025_rev AL_MS.docx"
    user = "Magnus Sjöberg"
    ascii_user = user.encode("latin-1")
    b = bytearray()
    b.append(len(ascii_user))
    b += ascii_user
    b += b"\x00" * (54 - len(b))
    b += len(user).to_bytes(2, "little")
    b += user.encode("utf-16-le")
    b += b"\x00" * (162 - len(b))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(bytes(b[:162]))
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Brännlösa Energi AB", "BEAB|Energibolaget|Brännlösa Energi"),
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
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if f not in keep and os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="r286src")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_sbf()
        file_kfn(tmpdir)
        file_ofn(tmpdir)
        file_energi()
        file_lock()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
