#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 314 - Gnarpsund kommun, delår 2025, review rounds (tracked changes, comments, notes, v2/slutlig)."""
import os, re, shutil, subprocess, zipfile, csv, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round314"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# ---------------------------------------------------------------- docx revision helpers
class Rev:
    def __init__(self):
        self.rid = 100
        self.comments = []  # (id, author, initials, date, text)
    def nid(self):
        self.rid += 1
        return self.rid

def _run(text, kind, rev, author, date):
    t = escape(text)
    if kind == 't':
        return '<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (W, t)
    if kind == 'ins':
        return ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                % (W, rev.nid(), author, date, t))
    if kind == 'del':
        return ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                % (W, rev.nid(), author, date, t))
    raise ValueError(kind)

def fill_par(p, segs, rev, author="Anna Berg", date="2025-09-08T10:12:00Z", mark=None, bold=False):
    """segs: list of (kind, text) kind in t/ins/del, or ('cstart', cid)/('cend', cid). mark: paragraph mark ins/del."""
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for kind, val in segs:
        if kind == 'cstart':
            p._p.append(parse_xml('<w:commentRangeStart %s w:id="%d"/>' % (W, val)))
        elif kind == 'cend':
            p._p.append(parse_xml('<w:commentRangeEnd %s w:id="%d"/>' % (W, val)))
            p._p.append(parse_xml('<w:r %s><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>' % (W, val)))
        else:
            el = parse_xml(_run(val, kind, rev, author, date))
            if bold:
                rr = el if el.tag == qn('w:r') else el.find(qn('w:r'))
                rr.insert(0, parse_xml('<w:rPr %s><w:b/></w:rPr>' % W))
            p._p.append(el)
    if mark:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:rPr %s><w:%s w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (W, mark, rev.nid(), author, date)))

def add_comment(rev, author, initials, date, text):
    cid = len(rev.comments)
    rev.comments.append((cid, author, initials, date, text))
    return cid

def mark_row(row, kind, rev, author, date):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:%s %s w:id="%d" w:author="%s" w:date="%s"/>' % (kind, W, rev.nid(), author, date)))

def set_cell(cell, segs, rev, author="Anna Berg", date="2025-09-08T10:12:00Z", mark=None, bold=False):
    ps = cell.paragraphs
    fill_par(ps[0], segs, rev, author, date, mark, bold)

def write_comments(path, rev):
    """Post-process the docx: add comments part."""
    if not rev.comments:
        return
    tmp = path + ".tmp"
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">']
    for cid, a, ini, d, text in rev.comments:
        cx.append('<w:comment w:id="%d" w:author="%s" w:initials="%s" w:date="%s"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                  '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
                  % (cid, a, ini, d, escape(text)))
    cx.append('</w:comments>')
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.decode("utf-8").replace("</Types>",
                '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>').encode("utf-8")
        elif item.filename == "word/_rels/document.xml.rels":
            data = data.decode("utf-8").replace("</Relationships>",
                '<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>').encode("utf-8")
        zout.writestr(item, data)
    zout.writestr("word/comments.xml", "\n".join(cx).encode("utf-8"))
    zout.close(); zin.close()
    os.replace(tmp, path)

def fixed_props(doc, title, author):
    cp = doc.core_properties
    import datetime
    cp.title = title; cp.author = author; cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 12, 14, 0, 0)
    cp.revision = 3

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)

def shade(cell, hexcol):
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (W, hexcol)))

def make_zip_deterministic(path):
    tmp = path + ".tmp"
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 12, 14, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, zin.read(item.filename))
    zout.close(); zin.close()
    os.replace(tmp, path)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ================================================================ File A: KS + Valnämnden, Word table with tracked changes
def file_ks():
    fn = "KS och VN uppföljning internkontroll delår 2025.docx"
    rev = Rev()
    doc = Document(); landscape(doc)
    fixed_props(doc, "Uppföljning internkontroll delår 2025", "Anna Berg")
    doc.sections[0].header.paragraphs[0].text = "Gnarpsunds kommun – Kommunledningsförvaltningen\tDnr KS 2025/0112"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", 0)
    doc.add_paragraph("Kommunledningsförvaltningen redovisar här uppföljningen av kommunstyrelsens och valnämndens "
                      "internkontrollplaner för perioden januari–augusti 2025. Dokumentet har granskats av "
                      "ekonomienheten i två omgångar innan det lämnas till nämnderna.")
    doc.add_paragraph("Statusbegrepp: Genomförd, Pågår, Ej påbörjad, Utgår.")

    def table(rows):
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar/åtgärd"]):
            set_cell(c, [('t', h)], rev, bold=True); shade(c, "D9E2F3")
        for r in rows:
            row = t.add_row()
            kind = r.get('row')
            for i, key in enumerate(["proc", "km", "ans", "st", "kom"]):
                v = r[key]
                segs = v if isinstance(v, list) else ([] if v == "" else [('t', v)])
                if kind:
                    segs = [(kind, s[1]) if s[0] == 't' else s for s in segs]
                set_cell(row.cells[i], segs, rev, author=r.get('author', "Anna Berg"), date=r.get('date', "2025-09-08T10:12:00Z"), mark=kind)
            if kind:
                mark_row(row, kind, rev, r.get('author', "Anna Berg"), r.get('date', "2025-09-08T10:12:00Z"))
        return t

    c1 = add_comment(rev, "Johan Ek (controller)", "JE", "2025-09-05T09:30:00Z", "Ska avvikelsen även rapporteras till KS arbetsutskott?")
    c2 = add_comment(rev, "Johan Ek (controller)", "JE", "2025-09-05T09:41:00Z", "Bilaga 2 saknas i utskicket – kan ni komplettera?")
    c3 = add_comment(rev, "Anna Berg", "AB", "2025-09-08T10:20:00Z", "Ändrat efter avstämning med kanslichefen, granskningen är inte klar.")
    c4 = add_comment(rev, "Johan Ek (controller)", "JE", "2025-09-05T09:50:00Z", "Stämmer detta? Raden fanns inte i den antagna planen.")
    doc.add_heading("Kommunstyrelsen", 1)
    ks = [
        dict(proc="Ekonomi", km="Attest av leverantörsfakturor enligt attestordningen", ans="Ekonomichef",
             st=[('del', "Pågår"), ('ins', "Genomförd")],
             kom=[('cstart', c1), ('t', "Stickprov 40 fakturor. Två fakturor saknade andra attest, rutinen har påmints på APT."), ('cend', c1)]),
        dict(proc="Ekonomi", km="Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", ans="Kanslichef",
             st="Genomförd", kom="Samtliga beslut jan–jun anmälda. Inga avvikelser."),
        dict(proc="Inköp", km="Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial", ans="Upphandlingschef",
             st="Pågår", kom="Analys av inköpsdata jan–jun pågår, beräknas klar i oktober."),
        dict(row='del', author="Johan Ek (controller)", date="2025-09-05T10:02:00Z",
             proc="Ekonomi", km="Kontroll av representation och gåvor", ans="Ekonomichef",
             st="Genomförd", kom="Stickprov 10 representationstillfällen, inga avvikelser."),
        dict(proc="IT", km="Behörighetskontroll i ekonomisystemet (Raindance)", ans="IT-chef",
             st="Ej påbörjad", kom="Flyttas till hösten på grund av systembyte."),
        dict(proc="Personal", km="Kontroll av att timanställdas tidrapporter attesteras före utbetalning", ans="HR-chef",
             st=[('t', "Genomförd"), ('ins', " med anmärkning")], kom="3 av 25 tidrapporter attesterades efter utbetalning."),
        dict(proc="Kansli", km="Rutin för hantering av allmänna handlingar och diarieföring", ans="Registrator",
             st="", kom=[('cstart', c2), ('t', "Se bilaga 2."), ('cend', c2)]),
        dict(proc="Kansli", km="Uppföljning av kommunstyrelsens beslut (verkställighet)", ans="Kanslichef",
             st=[('cstart', c3), ('del', "Genomförd"), ('ins', "Pågår"), ('cend', c3)],
             kom="Genomgång av beslut t.o.m. juni är klar, resterande beslut granskas i september."),
        dict(row='ins', proc="Informationssäkerhet", km="Kontroll av att registerförteckningen enligt GDPR är uppdaterad",
             ans="Dataskyddssamordnare", st="Genomförd",
             kom="Förteckningen uppdaterad i juni, inga brister noterade."),
    ]
    table(ks)
    # comment c4 on inserted row: attach to km cell of last row
    t = doc.tables[0]; last = t.rows[-1].cells[1].paragraphs[0]
    last._p.insert(1 if last._p.pPr is not None else 0, parse_xml('<w:commentRangeStart %s w:id="%d"/>' % (W, c4)))
    last._p.append(parse_xml('<w:commentRangeEnd %s w:id="%d"/>' % (W, c4)))
    last._p.append(parse_xml('<w:r %s><w:commentReference w:id="%d"/></w:r>' % (W, c4)))

    doc.add_paragraph("")
    doc.add_heading("Valnämnden", 1)
    vn = [
        dict(proc="Val", km="Kontroll av att valmaterial förvaras säkert enligt rutin", ans="Valsamordnare",
             st="Utgår", kom="Inga val 2025, kontrollen utgår enligt beslut VN 2025-02-12 § 4."),
        dict(proc="Val", km="Kontroll av att röstmottagare har genomgått utbildning", ans="Valsamordnare",
             st=[('del', "Pågår"), ('ins', "Ej aktuell")], kom="Ingen utbildning 2025, genomförs inför valet 2026."),
        dict(proc="Ekonomi", km="Kontroll av att arvoden till valnämndens ledamöter betalas ut korrekt", ans="Nämndsekreterare",
             st="Genomförd", kom=[('t', "Samtliga arvoden kontrollerade"), ('del', ", två felaktigheter"), ('t', ". Inga avvikelser.")]),
    ]
    table(vn)
    doc.add_paragraph("")
    doc.add_paragraph("Gnarpsund 2025-09-12\nAnna Berg, ekonomichef")
    p = os.path.join(OUT, fn); doc.save(p); write_comments(p, rev); make_zip_deterministic(p)
    FILES.append((fn, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    FILES.append((fn, "INLAST", "Valnämnden", "2025", "DELAR"))
    for r in ks:
        if r.get('row') == 'del':
            continue
        km = r['km']
        EXPECTED.append((fn, "Kommunstyrelsen", km, *{
            "Attest av leverantörsfakturor enligt attestordningen": ("GENOMFORD", "ja"),
            "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen": ("GENOMFORD", "nej"),
            "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial": ("DELVIS", ""),
            "Behörighetskontroll i ekonomisystemet (Raindance)": ("EJ_GENOMFORD", ""),
            "Kontroll av att timanställdas tidrapporter attesteras före utbetalning": ("GENOMFORD", "ja"),
            "Rutin för hantering av allmänna handlingar och diarieföring": ("OKLAR", ""),
            "Uppföljning av kommunstyrelsens beslut (verkställighet)": ("DELVIS", ""),
            "Kontroll av att registerförteckningen enligt GDPR är uppdaterad": ("GENOMFORD", "nej"),
        }[km]))
    EXPECTED.append((fn, "Valnämnden", vn[0]['km'], "UTGAR", ""))
    EXPECTED.append((fn, "Valnämnden", vn[1]['km'], "UTGAR", ""))
    EXPECTED.append((fn, "Valnämnden", vn[2]['km'], "GENOMFORD", "nej"))

# ================================================================ File B: BUN text-only, v2 and slutlig
BUN_KM = [
    "Kontroll av att frånvaro registreras och följs upp enligt rutin för elevfrånvaro",
    "Kontroll av att utdrag ur belastningsregistret begärs vid nyanställning",
    "Attest av fakturor inom förskoleverksamheten",
    "Kontroll av att kränkande behandling anmäls till huvudman inom fem arbetsdagar",
    "Uppföljning av skolskjutsbeslut mot gällande riktlinjer",
    "Kontroll av att barnomsorgsavgifter debiteras enligt gällande taxa",
    "Kontroll av rutin för hantering av skyddade personuppgifter",
]

def file_bun(version):
    fn = "BUN uppföljning IK delår 2025 %s.docx" % version
    rev = Rev()
    doc = Document()
    fixed_props(doc, "BUN uppföljning intern kontroll delår 2025", "Karin Sjöberg")
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = ("Barn- och utbildningsförvaltningen – VERSION 2, utkast för granskning" if version == "v2"
                else "Barn- och utbildningsförvaltningen – SLUTLIG VERSION 2025-09-15")
    doc.add_heading("Barn- och utbildningsnämnden", 0)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)").runs[0].bold = True
    doc.add_paragraph("Nämnden antog internkontrollplanen 2024-12-11 § 98. Nedan redovisas varje kontrollmoment med "
                      "kontrollansvarig, status och resultat per den 31 augusti 2025.")
    A = "Karin Sjöberg"; D = "2025-09-14T16:05:00Z"
    if version == "v2":
        items = [
            (BUN_KM[0], "Rektor/verksamhetschef", [('t', "Pågår")], "Stickprov genomfört på två av fyra skolor hittills."),
            (BUN_KM[1], "HR-konsult", [('t', "Genomförd")], "Samtliga 34 nyanställda kontrollerade, inga avvikelser."),
            (BUN_KM[2], "Förskolechef", [('t', "Ej påbörjad")], "Planeras till september."),
            (BUN_KM[3], "Skolchef", [('t', "Pågår")], "Sammanställning pågår."),
            (BUN_KM[4], "Skolskjutssamordnare", [('t', "Pågår")], "Genomgång av beslut läsåret 25/26 pågår."),
            (BUN_KM[5], "Controller", [('t', "Ej påbörjad")], ""),
        ]
        ins_item = None; del_idx = None
    else:
        cA = add_comment(rev, "Per Lund (controller)", "PL", "2025-09-12T11:00:00Z", "Stämmer detta? I T1 stod Pågår.")
        cB = add_comment(rev, "Karin Sjöberg", "KS", "2025-09-14T16:10:00Z", "Ja, stickprovet slutfördes i juni.")
        cC = add_comment(rev, "Per Lund (controller)", "PL", "2025-09-12T11:07:00Z", "Flyttas till 2026 års plan enligt BUN 2025-09-10 § 71, stryk här.")
        items = [
            (BUN_KM[0], "Rektor/verksamhetschef", [('cstart', cA), ('t', "Genomförd"), ('cend', cA), ('cstart', cB), ('cend', cB)],
             "Stickprov på fyra skolor. En skola saknade dokumenterad uppföljning vid upprepad frånvaro; åtgärdsplan upprättad."),
            (BUN_KM[1], "HR-konsult", [('t', "Genomförd")], "Samtliga 34 nyanställda kontrollerade, inga avvikelser."),
            (BUN_KM[2], "Förskolechef", [('del', "Ej påbörjad"), ('ins', "Pågår")], "Stickprov för jan–jun klart, juli–aug återstår."),
            (BUN_KM[3], "Skolchef", [('del', "Pågår"), ('ins', "Genomförd med avvikelse")],
             "9 av 41 anmälningar kom till huvudmannen senare än fem arbetsdagar."),
            (BUN_KM[4], "Skolskjutssamordnare", [('t', "Pågår")], "Genomgång av beslut läsåret 25/26 pågår."),
            (BUN_KM[5], "Controller", [], "Kontrollen är inte genomförd under perioden på grund av vakans på ekonomienheten. Genomförs i november."),
        ]
        ins_item = (BUN_KM[6], "Dataskyddsombud", [('t', "Genomförd")], "Rutinen följs, inga avvikelser.")
        del_idx = 4
    n = 0
    for idx, (km, ans, st, res) in enumerate(items + ([ins_item] if ins_item else [])):
        mark = None
        if del_idx is not None and idx == del_idx:
            mark = 'del'
        if ins_item is not None and idx == len(items):
            mark = 'ins'
        n += 1
        def conv(segs):
            return [(mark, s[1]) if (mark and s[0] == 't') else s for s in segs]
        hp = doc.add_paragraph(style="Heading 2")
        segs = [('t', "%d. Kontrollmoment: %s" % (n, km))]
        if mark == 'del':
            segs = [('cstart', cC)] + conv(segs) + [('cend', cC)]
        fill_par(hp, conv(segs), rev, A, D, mark)
        fill_par(doc.add_paragraph(), conv([('t', "Kontrollansvarig: " + ans)]), rev, A, D, mark)
        fill_par(doc.add_paragraph(), conv([('t', "Status: ")] + st), rev, A, D, mark)
        fill_par(doc.add_paragraph(), conv([('t', "Resultat: " + res)]), rev, A, D, mark)
    doc.add_paragraph("")
    doc.add_paragraph("Karin Sjöberg, förvaltningsekonom, Barn- och utbildningsförvaltningen")
    p = os.path.join(OUT, fn); doc.save(p); write_comments(p, rev); make_zip_deterministic(p)
    if version == "v2":
        FILES.append((fn, "AVVISAD", "", "", ""))
    else:
        FILES.append((fn, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
        exp = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", ""), ("GENOMFORD", "ja"), None,
               ("EJ_GENOMFORD", ""), ("GENOMFORD", "nej")]
        for km, e in zip(BUN_KM, exp):
            if e:
                EXPECTED.append((fn, "Barn- och utbildningsnämnden", km, e[0], e[1]))
        # lock file left by Word while the slutlig version was open
        lock = "~$N uppföljning IK delår 2025 slutlig.docx"
        name = "Karin Sjöberg"
        b = bytes([len(name)]) + name.encode("cp1252")
        b = b + b"\x20" * (54 - len(b))
        b += bytes([len(name), 0]) + name.encode("utf-16-le")
        b = b + b"\x00" * (162 - len(b))
        open(os.path.join(OUT, lock), "wb").write(b[:162])
        FILES.append((lock, "AVVISAD", "", "", ""))

# ================================================================ File C: Socialnämnden xlsx with controller notes
def file_sn():
    fn = "Socialnämnden IK-plan 2025 uppföljning delår.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    wb.properties.creator = "Socialförvaltningen"; wb.properties.title = "Internkontrollplan 2025"
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 9, 10, 9, 0)
    ctrl = "Eva Lind, controller"
    thin = Side(style="thin", color="999999"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning T1 (jan–apr) och delår (jan–aug). Statusbegrepp: Genomförd / Genomförd med avvikelse / Pågår / Ej genomförd / Utgår."
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–16)."
    hdr = ["Nr", "Process", "Kontrollmoment", "Riskvärde", "Kontrollmetod", "Ansvarig", "Status T1", "Status delår", "Kommentar delår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = border
    rows = [
        ("G", "Myndighetsutövning"),
        ("1.1", "Myndighetsutövning", "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", 12,
         "Uttag ur Treserva, samtliga utredningar", "Enhetschef IFO", "Pågår", "Genomförd med avvikelse",
         "12 av 48 utredningar överskred fyra månader. Åtgärdsplan beslutad."),
        ("1.2", "Myndighetsutövning", "Kontroll av att beslut om försörjningsstöd fattas enligt delegationsordningen", 9,
         "Stickprov 20 beslut", "Enhetschef försörjningsstöd", "Genomförd", "Genomförd", "Inga avvikelser."),
        ("1.3", "Myndighetsutövning", "Kontroll av att anmälningar om oro för barn förhandsbedöms inom 14 dagar", 12,
         "Uttag ur Treserva", "Enhetschef IFO", None, None, None),
        ("G", "Vård och omsorg"),
        ("2.1", "Vård och omsorg", "Kontroll av att genomförandeplaner upprättas inom 14 dagar inom hemtjänsten", 8,
         "Stickprov 15 brukare", "Enhetschef hemtjänst", "Pågår", None, None),
        ("2.2", "Vård och omsorg", "Avvikelsehantering enligt Lex Sarah", 12,
         "Genomgång av samtliga rapporter", "MAS/Kvalitetsstrateg", "Pågår", "Pågår",
         "Två rapporter är fortfarande under utredning."),
        ("2.3", "Vård och omsorg", "Kontroll av att läkemedelshantering på särskilt boende följer rutin", 16,
         "Egenkontroll, 3 boenden", "MAS", "Ej genomförd", "Ej genomförd", "Kontrollen skjuts till oktober."),
        ("2.4", "Vård och omsorg", "Kontroll av att privata medel för brukare hanteras enligt rutin", 9,
         "Stickprov kassaböcker", "Enhetschef SÄBO", "Pågår", "Se bilaga", None),
        ("G", "Ekonomi och personal"),
        ("3.1", "Ekonomi", "Kontroll av att avgifter för hemtjänst debiteras korrekt", 8,
         "Stickprov 30 fakturor", "Avgiftshandläggare", "Pågår", "Genomförd",
         "4 av 30 avgifter var felaktiga och har korrigerats."),
        ("3.2", "Personal", "Kontroll av att timanställda inte överskrider tillåten arbetstid enligt LAS", 6,
         "Uttag ur Personec", "HR-specialist", "Utgår", "Utgår", "Ersätts av central kontroll i kommunstyrelsens plan."),
    ]
    r = 6
    notes = {}
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = border
            notes[row[0]] = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av socialförvaltningens kvalitetsenhet 2025-09-10")
    # controller notes
    ws.cell(row=notes["1.2"], column=8).comment = Comment("Eva Lind:\nStämmer detta? Är det samma stickprov som i T1?", ctrl)
    ws.cell(row=notes["2.1"], column=8).comment = Comment("Eva Lind:\nStämmer detta? Ingen uppgift för delår – kan ni komplettera?", ctrl)
    ws.cell(row=notes["3.1"], column=8).comment = Comment("Eva Lind:\nStämmer detta? Borde väl vara Genomförd med avvikelse när fyra avgifter var fel?", ctrl)
    ws.cell(row=notes["2.4"], column=8).comment = Comment("Eva Lind:\nBilagan har inte kommit in.", ctrl)
    for col, w in zip("ABCDEFGHI", [6, 18, 50, 9, 24, 22, 13, 22, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D6"
    p = os.path.join(OUT, fn); wb.save(p); make_zip_deterministic(p)
    FILES.append((fn, "INLAST", "Socialnämnden", "2025", "DELAR"))
    N = "Socialnämnden"
    EXPECTED.extend([
        (fn, N, rows[1][2], "GENOMFORD", "ja"),
        (fn, N, rows[2][2], "GENOMFORD", "nej"),
        (fn, N, rows[3][2], "SAKNAS", ""),
        (fn, N, rows[5][2], "DELVIS", ""),
        (fn, N, rows[6][2], "DELVIS", ""),
        (fn, N, rows[7][2], "EJ_GENOMFORD", ""),
        (fn, N, rows[8][2], "OKLAR", ""),
        (fn, N, rows[10][2], "GENOMFORD", "ja"),
        (fn, N, rows[11][2], "UTGAR", ""),
    ])

# ================================================================ File D: Tekniska nämnden, traffic-light fills + notes
def file_tn():
    fn = "Tekniska_IK_2025_delar.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    import datetime
    wb.properties.creator = "Tekniska förvaltningen"; wb.properties.created = wb.properties.modified = datetime.datetime(2025, 9, 9, 13, 0)
    GREEN, YEL, RED, GREY = "00B050", "FFC000", "FF0000", "BFBFBF"
    ws["A1"] = "Tekniska nämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 31 augusti"
    ws["E1"] = "Teckenförklaring utfall:"; ws["E1"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd"), (YEL, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=1 + i, column=6).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=1 + i, column=7, value=txt)
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Q1", "Q2", "Q3", "Q4", "Utfall delår", "Avvikelse (ja/nej)", "Kommentar"]
    HR = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.cell(row=HR - 1, column=4, value="Planerad kontroll (x)")
    ws.merge_cells(start_row=HR - 1, start_column=4, end_row=HR - 1, end_column=7)
    rows = [
        ("Gata/park", "Kontroll av att entreprenörer debiterar enligt upphandlade à-priser (vinterväghållning)", "Stickprov 20 fakturor", "x", "", "", "x", GREEN, "nej", "Inga avvikelser."),
        ("Gata/park", "Kontroll av att fakturor för vinterväghållning stäms av mot körjournaler", "Avstämning jan–mar", "x", "", "", "", GREEN, "ja", "2 fakturor avvek mot körjournal, kreditering begärd."),
        ("Gata/park", "Kontroll av att lagstadgade besiktningar av lekplatser genomförts", "Genomgång besiktningsprotokoll", "", "x", "x", "", YEL, "", "8 av 11 lekplatser besiktigade, 3 återstår."),
        ("Kost", "Kontroll av att livsmedelshanteringen i kommunens kök följer egenkontrollprogrammet", "Egenkontroll 6 kök", "", "x", "", "", RED, "", "Ej genomförd pga personalbrist, flyttas till Q4."),
        ("Fordon", "Kontroll av att drivmedelskort används enligt riktlinjer", "Stickprov transaktioner", "", "x", "", "", GREY, "", "Utgår – drivmedelskorten avvecklades i april 2025."),
        ("Fastighet", "Kontroll av att hyresavtal för externt inhyrda lokaler följs upp och indexuppräknas", "Genomgång av avtalsregister", "", "", "x", "", GREEN, "nej", "Samtliga 14 avtal genomgångna."),
        ("Fastighet", "Kontroll av att felanmälningar åtgärdas inom avtalad tid", "Uttag ur felanmälningssystemet", "", "", "", "x", None, "", "Genomförs i november enligt plan."),
        ("Ekonomi", "Kontroll av att investeringsprojekt har beslut före start", "Genomgång projektlista", "", "", "x", "", None, "", ""),
    ]
    r = HR + 1
    rowidx = {}
    for row in rows:
        for i, v in enumerate(row, 1):
            if i == 8:
                c = ws.cell(row=r, column=i)
                if v:
                    c.fill = PatternFill("solid", fgColor=v)
            else:
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        rowidx[row[1]] = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Ansvarig: Lars Holm, teknisk chef. Uppföljningen behandlas av tekniska nämnden 2025-09-24.")
    ctrl = "Per Lund, controller"
    ws.cell(row=rowidx[rows[5][1]], column=8).comment = Comment("Stämmer detta? Kontrollen var planerad till Q3, är den redan klar?", ctrl)
    ws.cell(row=rowidx[rows[2][1]], column=10).comment = Comment("Stämmer detta? Vilka lekplatser återstår?", ctrl)
    ws.cell(row=rowidx[rows[7][1]], column=8).comment = Comment("Utfall saknas – fyll i innan nämndens sammanträde.", ctrl)
    for col, w in zip("ABCDEFGHIJ", [12, 60, 28, 5, 5, 5, 5, 13, 12, 50]):
        ws.column_dimensions[col].width = w
    p = os.path.join(OUT, fn); wb.save(p); make_zip_deterministic(p)
    FILES.append((fn, "INLAST", "Tekniska nämnden", "2025", "DELAR"))
    N = "Tekniska nämnden"
    exp = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("DELVIS", ""), ("EJ_GENOMFORD", ""), ("UTGAR", ""),
           ("GENOMFORD", "nej"), ("EJ_GENOMFORD", ""), ("SAKNAS", "")]
    for row, e in zip(rows, exp):
        EXPECTED.append((fn, N, row[1], e[0], e[1]))

# ================================================================ docx sources converted by LibreOffice
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def file_kfn(tmpdir):
    fn = "KFN intern kontroll jan-aug 2025.odt"
    rev = Rev()
    doc = Document()
    fixed_props(doc, "Intern kontroll jan-aug 2025", "Sara Nyberg")
    doc.add_heading("Kultur- och fritidsnämnden", 1)
    doc.add_paragraph("Uppföljning av intern kontroll januari–augusti 2025")
    doc.add_paragraph("Genomförande anges med Ja (kontrollen genomförd), Delvis eller Nej. Iakttagelser redovisas i sista kolumnen.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollområde", "Kontrollmoment", "Metod", "Genomförd (Ja/Delvis/Nej)", "Iakttagelser"]):
        set_cell(c, [('t', h)], rev, bold=True)
    A = "Sara Nyberg"; D = "2025-09-11T08:45:00Z"
    cm1 = add_comment(rev, "Per Lund (controller)", "PL", "2025-09-10T15:00:00Z", "Stämmer detta? Inga ärenden alls under perioden?")
    cm2 = add_comment(rev, "Sara Nyberg", "SN", "2025-09-11T08:50:00Z", "Nytt kontrollmoment enligt nämndens beslut 2025-06-18 § 45.")
    rows = [
        (None, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Stickprov 15 bidrag",
         [('del', "Nej"), ('ins', "Ja")], [('t', "Inga avvikelser.")], ("GENOMFORD", "nej")),
        (None, "Kontanthantering", "Kontroll av kassahantering i simhallen och på biblioteket", "Oanmäld kassainventering",
         [('t', "Delvis")], [('t', "Simhallen kontrollerad utan anmärkning, biblioteket återstår.")], ("DELVIS", "")),
        (None, "Intäkter", "Kontroll av att lokalbokningar faktureras", "Avstämning bokningssystem mot fakturering",
         [('t', "Ja")], [('t', "2 bokningar hade inte fakturerats, fakturerat i efterhand.")], ("GENOMFORD", "ja")),
        ('del', "Bidrag", "Kontroll av att bidrag till studieförbund redovisas enligt villkor", "Granskning av redovisningar",
         [('t', "Delvis")], [('t', "Två redovisningar saknas.")], None),
        (None, "Tillgångar", "Kontroll av inventarieförteckning för den kommunala konstsamlingen", "Inventering",
         [('t', "Nej")], [('t', "Genomförs under hösten.")], ("EJ_GENOMFORD", "")),
        (None, "Myndighet", "Kontroll av att lotteritillstånd handläggs inom fastställd tid", "Uttag ur ärendesystemet",
         [('cstart', cm1), ('t', "Ja"), ('cend', cm1)], [('t', "Samtliga 6 ärenden handlagda inom tid.")], ("GENOMFORD", "nej")),
        ('ins', "IT", "Kontroll av behörigheter i bokningssystemet", "Behörighetslista mot personalförteckning",
         [('t', "Delvis")], [('cstart', cm2), ('t', "Behörigheter för fritidsgårdarna kvar att gå igenom."), ('cend', cm2)], ("DELVIS", "")),
    ]
    for kind, omr, km, met, st, iak, e in rows:
        row = t.add_row()
        for i, v in enumerate([[('t', omr)], [('t', km)], [('t', met)], st, iak]):
            segs = [(kind, s[1]) if (kind and s[0] == 't') else s for s in v]
            set_cell(row.cells[i], segs, rev, A, D, kind)
        if kind:
            mark_row(row, kind, rev, A, D)
    doc.add_paragraph("")
    doc.add_paragraph("Sara Nyberg, nämndsekreterare, Kultur- och fritidsförvaltningen")
    src = os.path.join(tmpdir, "KFN intern kontroll jan-aug 2025.docx")
    doc.save(src); write_comments(src, rev)
    soffice(src, "odt", OUT)
    FILES.append((fn, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    for kind, omr, km, met, st, iak, e in rows:
        if e:
            EXPECTED.append((fn, "Kultur- och fritidsnämnden", km, e[0], e[1]))

def file_mbn(tmpdir):
    fn = "Samhällsbyggnad IK delår 2025.doc"
    rev = Rev()
    doc = Document(); landscape(doc)
    fixed_props(doc, "IK delår 2025", "Mikael Strand")
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Miljö- och byggnämnden, Gnarpsunds kommun\tUppföljning internkontroll\tdelår 2025"
    doc.add_paragraph("Samhällsbyggnadsförvaltningen").runs[0].bold = True
    doc.add_heading("Uppföljning intern kontroll januari–augusti 2025", 1)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]):
        set_cell(c, [('t', h)], rev, bold=True); shade(c, "E2EFDA")
    A = "Mikael Strand"; D = "2025-09-09T09:15:00Z"
    cm = add_comment(rev, "Mikael Strand", "MS", "2025-09-09T09:20:00Z", "Osäkert – vi återkommer efter avstämning med länsstyrelsen.")
    cm2 = add_comment(rev, "Per Lund (controller)", "PL", "2025-09-08T14:00:00Z", "Stämmer detta? 7 ärenden över tid är väl en avvikelse?")
    rows = [
        ("1", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [('t', "✔")], [('cstart', cm2), ('t', "7 av 60 ärenden överskred tiden, avgiften har reducerats enligt PBL."), ('cend', cm2)], ("GENOMFORD", "ja")),
        ("2", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Miljöchef",
         [('del', "◐"), ('ins', "✔")], [('t', "Inga avvikelser.")], ("GENOMFORD", "nej")),
        ("3", "Kontroll av att delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare",
         [('t', "✔")], [('t', "")], ("GENOMFORD", "")),
        ("4", "Kontroll av att inspektioner enligt tillsynsplanen genomförs", "Miljöchef",
         [('t', "◐")], [('t', "58 % av planerade inspektioner genomförda t.o.m. augusti.")], ("DELVIS", "")),
        ("5", "Kontroll av jäv vid handläggning av ärenden", "Förvaltningschef",
         [('t', "✘")], [('t', "Ny rutin tas fram, kontroll görs när rutinen är beslutad.")], ("EJ_GENOMFORD", "")),
        ("6", "Kontroll av att beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka", "Bygglovschef",
         [('cstart', cm), ('t', "✔ / ◐"), ('cend', cm)], [], ("OKLAR", "")),
    ]
    for nr, km, ans, st, kom, e in rows:
        row = t.add_row()
        for i, v in enumerate([[('t', nr)], [('t', km)], [('t', ans)], st, kom]):
            set_cell(row.cells[i], [s for s in v if not (s[0] == 't' and s[1] == "")], rev, A, D)
    doc.add_paragraph("")
    doc.add_paragraph("Teckenförklaring: ✔ = genomförd   ◐ = pågår/delvis genomförd   ✘ = ej genomförd   – = utgår")
    doc.add_paragraph("Avvikelser som framkommit redovisas i kommentarskolumnen.")
    src = os.path.join(tmpdir, "Samhällsbyggnad IK delår 2025.docx")
    doc.save(src); write_comments(src, rev)
    soffice(src, "doc", OUT)
    FILES.append((fn, "INLAST", "Miljö- och byggnämnden", "2025", "DELAR"))
    for nr, km, ans, st, kom, e in rows:
        EXPECTED.append((fn, "Miljö- och byggnämnden", km, e[0], e[1]))

# ================================================================ register + CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad|Miljö och bygg"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Gnarpsunds Bostäder AB", "GBAB|Gnarpsundsbostäder|Bostadsbolaget"),
]

def main():
    tmpdir = "/tmp/r314-build"
    shutil.rmtree(tmpdir, ignore_errors=True); os.makedirs(tmpdir)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep:
            os.remove(os.path.join(OUT, f))
    file_ks()
    file_bun("v2")
    file_bun("slutlig")
    file_sn()
    file_tn()
    file_kfn(tmpdir)
    file_mbn(tmpdir)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    shutil.rmtree(tmpdir, ignore_errors=True)

if __name__ == "__main__":
    main()
