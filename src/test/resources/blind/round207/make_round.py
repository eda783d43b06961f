#!/usr/bin/python3
"""Blind round r207 - Norrhamns kommun, delår 2025: documents that went through review."""
import os, csv, subprocess, shutil, glob
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round207"
DATE = "2025-09-08T10:15:00Z"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ----------------------------------------------------------------------------- Word helpers
class Tracker:
    def __init__(self):
        self.rev = 100
        self.comments = []  # (id, author, initials, text)
    def nid(self):
        self.rev += 1
        return self.rev

def run_xml(text, bold=False, deleted=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'

def para_xml(tr, segs, bold=False, size=None):
    """segs: str | ('ins',text,author) | ('del',text,author) | ('c', text_anchor, author, comment)"""
    body = ""
    for s in segs:
        if isinstance(s, str):
            body += run_xml(s, bold, size=size)
        elif s[0] == "ins":
            body += f'<w:ins w:id="{tr.nid()}" w:author="{s[2]}" w:date="{DATE}">{run_xml(s[1], bold, size=size)}</w:ins>'
        elif s[0] == "del":
            body += f'<w:del w:id="{tr.nid()}" w:author="{s[2]}" w:date="{DATE}">{run_xml(s[1], bold, True, size)}</w:del>'
        elif s[0] == "c":   # comment anchored on text (text may itself be a nested list of segs)
            cid = len(tr.comments)
            tr.comments.append((cid, s[2], "".join(w[0] for w in s[2].split()[:2]), s[3]))
            inner = s[1] if isinstance(s[1], list) else [s[1]]
            body += f'<w:commentRangeStart w:id="{cid}"/>'
            body += para_xml(tr, inner, bold, size)[len(f"<w:p {W}>"):-len("</w:p>")]
            body += (f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                     f'<w:commentReference w:id="{cid}"/></w:r>')
    return f"<w:p {W}>{body}</w:p>"

def set_cell(tr, cell, paras, bold=False, size=None):
    """paras: list of paragraphs; each paragraph is a str or a list of segs"""
    tc = cell._tc
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    if isinstance(paras, str):
        paras = [paras]
    for p in paras:
        segs = [p] if isinstance(p, str) else p
        tc.append(parse_xml(para_xml(tr, segs, bold, size)))

def add_comments_part(doc, tr):
    if not tr.comments:
        return
    xml = f'<w:comments {W}>'
    for cid, author, ini, text in tr.comments:
        xml += (f'<w:comment w:id="{cid}" w:author="{escape(author)}" w:date="{DATE}" w:initials="{ini}">'
                f'<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:comment>')
    xml += "</w:comments>"
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))

def accepted(segs):
    """text of a cell after accepting all tracked changes (paragraphs joined with a space)"""
    if isinstance(segs, str):
        return segs
    if segs and isinstance(segs[0], list):      # list of paragraphs
        return " ".join(accepted(p) for p in segs)
    out = ""
    for s in segs:
        if isinstance(s, str): out += s
        elif s[0] == "ins": out += s[1]
        elif s[0] == "c": out += accepted(s[1] if isinstance(s[1], list) else [s[1]])
    return out

# ----------------------------------------------------------------------------- 1. BUN (tracked changes + comments)
def make_bun():
    fil = "BUN_IK_delar2025_granskad.docx"
    tr = Tracker()
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("NORRHAMNS KOMMUN").runs[0].bold = True
    doc.add_heading("Barn- och utbildningsnämnden", level=1)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)", level=2)
    p = doc.add_paragraph()
    p._p.getparent().replace(p._p, parse_xml(para_xml(tr, [
        "Version efter granskning av förvaltningens controller 2025-09-08. ",
        ("ins", "Ändringar är markerade med spårade ändringar och ska godkännas innan ärendet går till nämnden.", "Lena Holm"),
    ])))
    LH, MB = "Lena Holm", "Mats Berg"
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         [("c", [("del", "Pågår", LH), ("ins", "Genomförd", LH)], LH,
           "Ändrat efter avstämning med rektorsområde Öst – de sista stickproven är nu gjorda.")],
         "Stickprov 30 fakturor. 2 fakturor saknade andra attest, åtgärdat och påtalat för berörda chefer.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomi", ["Kontroll av att representation ", ("del", "och gåvor ", LH), "följer riktlinjerna för representation"],
         "Controller", "Genomförd", "Samtliga 18 representationstillfällen granskade, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3", "Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-specialist",
         [("c", [("del", "Genomförd", MB), ("ins", "Delvis genomförd", MB)], MB,
           "Kan vi verkligen skriva genomförd när bara 12 av 40 anställningar är kontrollerade?")],
         ["12 av 40 nyanställningar kontrollerade, 3 saknade registrerat utdrag i personalakten.",
          ("ins", " Resterande anställningar granskas i oktober.", MB)],
         "DELVIS", "ja"),
        ("4", "Elevhälsa", "Anmälningar om kränkande behandling rapporteras till huvudman utan dröjsmål",
         "Verksamhetschef elevhälsa", "Ej påbörjad", "Flyttas till hösten på grund av byte av system för anmälningar.",
         "EJ_GENOMFORD", ""),
        ("5", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutshandläggare",
         "Genomförd", "Samtliga 25 beslut i stickprovet fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("6", "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet tas bort vid avslutad anställning",
         "Systemförvaltare",
         [("c", [("ins", "Utgår", LH)], LH,
           "Ersätts av kommunstyrelsens kommungemensamma behörighetskontroll, beslut BUN 2025-06-12 § 58.")],
         "", "UTGAR", ""),
        ("7", "Förskola", ["Placering i förskola erbjuds inom fyra månader från ansökan",
                          ("ins", " enligt 8 kap. 14 § skollagen", LH)],
         "Placeringsenheten", "Pågår", "Uttag ur e-tjänsten för januari–juni gjort, juli–augusti återstår.",
         "DELVIS", ""),
        ("8", "Lokaler", "Systematiskt brandskyddsarbete dokumenteras på samtliga enheter", "Rektorer/förskolechefer",
         "Pågår", "", "DELVIS", ""),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar/resultat"]):
        set_cell(tr, c, h, bold=True)
        shade(c, "D9E2F3")
    for nr, proc, km, ans, st, kom, exp, avv in rows:
        cells = t.add_row().cells
        set_cell(tr, cells[0], nr); set_cell(tr, cells[1], proc)
        set_cell(tr, cells[2], [km] if isinstance(km, list) else km)
        set_cell(tr, cells[3], ans)
        set_cell(tr, cells[4], [st] if isinstance(st, list) else st)
        set_cell(tr, cells[5], [kom] if isinstance(kom, list) else kom)
        EXPECTED.append((fil, "Barn- och utbildningsnämnden", accepted(km), exp, avv))
    doc.add_paragraph("")
    doc.add_paragraph("Statusförklaring: Genomförd / Delvis genomförd / Pågår / Ej påbörjad / Utgår")
    doc.add_paragraph("Ansvarig för uppföljningen: Anna Sjöberg, förvaltningschef")
    add_comments_part(doc, tr)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    # Word lock file left in the folder by the reviewer -> reject
    lock = "~$N_IK_delar2025_granskad.docx"
    name = "Lena Holm"
    b = bytes([len(name)]) + name.encode("latin-1")
    b = b.ljust(54, b"\x20")
    b += len(name).to_bytes(2, "little") + name.encode("utf-16-le")
    b = b.ljust(162, b"\x00")
    with open(os.path.join(OUT, lock), "wb") as f:
        f.write(b)
    FILES.append((lock, "AVVISAD", "", "", ""))

# ----------------------------------------------------------------------------- 2. SN (long table, repeated header, multi-paragraph cells)
def make_sn():
    fil = "Socialnämnden uppföljning IKP delår 2025.docx"
    tr = Tracker()
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("Socialnämnden – uppföljning av intern kontroll, delårsrapport 2025", level=1)
    doc.add_paragraph("Diarienummer SN 2025/112. Uppföljningen avser perioden 1 januari – 31 augusti 2025. "
                      "Kontrollerna har genomförts enligt den av nämnden antagna internkontrollplanen (SN 2024-12-11 § 143). "
                      "Resultatet har granskats av förvaltningens ledningsgrupp.")
    doc.add_paragraph("Socialförvaltningen, kvalitets- och utvecklingsenheten")
    long = ("Granskningen har genomförts genom stickprov i verksamhetssystemet Procapita samt genomgång av "
            "akter tillsammans med respektive enhetschef. Resultatet har redovisats på ledningsgruppens möte och "
            "kommer att följas upp på nytt i samband med årsbokslutet.")
    groups = [
        ("Myndighetsutövning – individ- och familjeomsorg", [
            (["Utredningstid barnavård", "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader"],
             "Uttag ur verksamhetssystemet, samtliga avslutade utredningar jan–jun", "Enhetschef barn och unga",
             ["Av 64 avslutade utredningar överskred 9 fyra månader utan beslut om förlängning.",
              "Orsaken är främst vakanser under våren. Åtgärd: inhyrda konsulter t.o.m. oktober.", long],
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Skyddsbedömning görs samma dag som orosanmälan inkommer", "Stickprov 20 anmälningar", "Enhetschef mottagning",
             ["Samtliga 20 anmälningar hade dokumenterad skyddsbedömning samma dag."], "Genomförd", "GENOMFORD", "nej"),
            (["Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen"],
             "Stickprov 30 beslut", "Enhetschef försörjningsstöd",
             ["Stickprov på 15 av planerade 30 beslut. Inga fel hittills.", "Resterande 15 granskas i september."],
             "Delvis genomförd", "DELVIS", "nej"),
            ("Uppföljning av placerade barn och unga sker enligt vårdplan", "Genomgång av akter", "Enhetschef barn och unga",
             ["Kontrollen genomfördes i juni. Samtliga granskade akter hade aktuell vårdplan och dokumenterade besök, inga avvikelser noterades.", long],
             "", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Utbetalningar av ekonomiskt bistånd sker till rätt mottagare", "Avstämning utbetalningslista mot beslut",
             "Controller", ["Se bilaga 2."], "", "OKLAR", ""),
            ("Fakturor för köpt vård stäms av mot avtal och beslut", "Stickprov 15 fakturor", "Controller",
             ["Stickprov 15 fakturor.", "2 fakturor avsåg dygn efter utskrivning och har krediterats.", long],
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Hantering av klienters kontanta medel", "Inventering av kassor", "Enhetschefer",
             ["Ej genomförd under perioden. Planeras till november."], "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("Personal och kompetens", [
            (["Introduktion av nyanställda socialsekreterare", "Checklista för introduktion följs och dokumenteras"],
             "Enkät till nyanställda", "HR-partner",
             ["Enkäten har skickats ut, svar sammanställs under hösten."], "Pågår", "DELVIS", ""),
            ("Arbetsmiljöronder genomförs enligt årshjulet", "Kontroll av protokoll", "Avdelningschef",
             ["Kontrollen har ersatts av kommunens gemensamma arbetsmiljöuppföljning enligt beslut i SN 2025-03-19 § 31."],
             "Utgår", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroller i journalsystemet genomförs månadsvis", "Logguttag och stickprov", "Systemförvaltare",
             ["Loggkontroller genomförda jan–aug enligt plan.", "En obehörig åtkomst upptäcktes i april, anmäld till IMY och hanterad som personalärende.", long],
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Behörigheter i verksamhetssystemet ses över vid byte av tjänst", "Jämförelse behörighetslista mot personallista",
             "Systemförvaltare", ["Översynen har påbörjats, klar i oktober."], "Delvis genomförd", "DELVIS", ""),
            ("Sekretessförbindelser finns undertecknade för all personal", "Stickprov 25 personalakter", "HR-partner",
             ["Samtliga 25 hade undertecknad förbindelse."], "Genomförd", "GENOMFORD", "nej"),
        ]),
    ]
    headers = ["Kontrollmoment", "Metod", "Ansvarig", "Resultat delår 2025", "Bedömning"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        set_cell(tr, c, h, bold=True); shade(c, "BFBFBF")
    repeat_header(t.rows[0])
    for gname, items in groups:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[4])
        set_cell(tr, m, "Process: " + gname, bold=True); shade(m, "EDEDED")
        for i, (km, met, ans, res, bed, exp, avv) in enumerate(items):
            cells = t.add_row().cells
            set_cell(tr, cells[0], km)
            set_cell(tr, cells[1], met); set_cell(tr, cells[2], ans)
            if km == "Skyddsbedömning görs samma dag som orosanmälan inkommer":
                set_cell(tr, cells[3], [[("c", res[0], "Karin Öberg", "Bra! Kan vi skriva hur många anmälningar som kom in totalt?")]])
            else:
                set_cell(tr, cells[3], res)
            set_cell(tr, cells[4], bed)
            EXPECTED.append((fil, "Socialnämnden", accepted(km) if isinstance(km, str) else " ".join(km), exp, avv))
    doc.add_paragraph("")
    doc.add_paragraph("Bedömning: Genomförd – Genomförd med avvikelse – Delvis genomförd – Pågår – Ej genomförd – Utgår")
    doc.add_paragraph("Norrhamn 2025-09-05")
    doc.add_paragraph("Eva Lindqvist, socialchef")
    add_comments_part(doc, tr)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))

# ----------------------------------------------------------------------------- 3. KFN (T1 + delår side by side, symbols, nämnd in page header only)
def make_kfn():
    fil = "KFN delårsuppföljning internkontroll 2025 (kommentarer).docx"
    tr = Tracker()
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Kultur- och fritidsförvaltningen\tNorrhamns kommun\t2025-09-04"
    doc.add_heading("Internkontroll 2025 – uppföljning per 31 augusti", level=1)
    doc.add_paragraph("Nedan redovisas status för nämndens kontrollmoment vid tertial 1 och vid delårsbokslutet. "
                      "Teckenförklaring finns under tabellen.")
    AK = "Anders Kvist"
    rows = [
        ("Bidrag till föreningar", "Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "◐", "✔",
         "Stickprov 20 utbetalningar, inga fel.", "GENOMFORD", "nej"),
        ("Kassahantering", "Dagskassor i simhallen och på huvudbiblioteket stäms av mot kassarapport", "✔", "✔",
         [("c", "En differens på 340 kr i juni, utredd och rättad.", AK, "Har differensen rapporterats till ekonomienheten?")],
         "GENOMFORD", "ja"),
        ("Lokaluthyrning", "Fakturering av uthyrda lokaler sker enligt bokningssystemet", "◐", "◐",
         "Avstämning jan–apr klar, maj–aug pågår.", "DELVIS", ""),
        ("Inventarier", "Inventering av konst och musikinstrument", "✖",
         [("c", " ", AK, "Ingen uppgift för delår – kontrollera med kulturenheten.")], "", "EJ_GENOMFORD", ""),
        ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "",
         [("del", "◐", AK), ("ins", "✔", AK)], "12 direktupphandlingar granskade, samtliga dokumenterade.",
         "GENOMFORD", "nej"),
        ("Barn och unga", "Registerutdrag kontrolleras för ledare i sommarlovsverksamheten", "", "Se bilaga 3", "",
         "OKLAR", ""),
        ("Dokumenthantering", "Allmänna handlingar diarieförs inom en vecka", "✖", "✖",
         "Ej genomförd p.g.a. vakans på registratortjänsten.", "EJ_GENOMFORD", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ["Kontrollområde", "Kontrollmoment", "T1", "Delår", "Kommentar"]):
        set_cell(tr, c, h, bold=True)
    for omr, km, t1, d, kom, exp, avv in rows:
        cells = t.add_row().cells
        set_cell(tr, cells[0], omr); set_cell(tr, cells[1], km)
        set_cell(tr, cells[2], t1)
        set_cell(tr, cells[3], [d] if isinstance(d, list) else d)
        set_cell(tr, cells[4], [kom] if isinstance(kom, list) else kom)
        EXPECTED.append((fil, "Kultur- och fritidsnämnden", km, exp, avv))
    doc.add_paragraph("")
    doc.add_paragraph("Teckenförklaring:  ✔ = Klar/genomförd   ◐ = Pågår   ✖ = Ej startad")
    add_comments_part(doc, tr)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))

# ----------------------------------------------------------------------------- Excel helpers
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREEN, YELLOW, RED, GREY = "92D050", "FFEB84", "FF7C80", "BFBFBF"

def fill(c):
    return PatternFill("solid", fgColor=c)

def comment(text, author):
    cm = Comment(text, author)
    cm.width, cm.height = 260, 110
    return cm

# ----------------------------------------------------------------------------- 4. TN (comments, struck row, status edited by controller)
def make_tn():
    fil = "Tekniska_nämnden_IK_delår_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning delår"
    ws["A1"] = "Norrhamns kommun"; ws["A1"].font = Font(italic=True)
    ws["A2"] = "Tekniska nämnden – Internkontrollplan 2025, uppföljning delår (jan–aug)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–16)."
    hdr = ["Id", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Riskvärde", "Status delår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("305496"); c.border = BOX
    KE = "Karin Ek (controller)"
    rows = [
        ("TN-01", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Ekonom", 9, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej", None),
        ("TN-02", "Ekonomi", "Intäktsbortfall", "Fakturering av VA-anslutningsavgifter sker i samband med beslut",
         "Avstämning beslut mot fakturor", "VA-ekonom", 12, "Genomförd med avvikelse",
         "3 av 40 anslutningar ofakturerade, nu fakturerade.", "GENOMFORD", "ja", None),
        ("TN-03", "VA", "Bristande dricksvattenkvalitet", "Provtagning av dricksvatten sker enligt kontrollprogrammet",
         "Jämförelse provschema mot analysprotokoll", "Driftchef VA", 16, "Genomförd",
         "Alla prover tagna enligt schema.", "GENOMFORD", "nej",
         ("H", "Ändrat från Pågår till Genomförd 2025-09-04 efter att VA-enheten redovisat återstående analysprotokoll. /Karin Ek", KE)),
        ("TN-04", "Gata/park", "Skadeståndsanspråk", "Skaderonder på lekplatser genomförs och dokumenteras",
         "Kontroll av protokoll", "Parkchef", 12, "Pågår", "Vårens ronder klara, höstens kvar.", "DELVIS", "", None),
        ("TN-05", "Fastighet", "Brand/personskada", "Egenkontroll av brandlarm i kommunens fastigheter",
         "Kontroll av loggbok", "Fastighetsförvaltare", 8, "Ej påbörjad", "", "EJ_GENOMFORD", "", None),
        ("TN-06", "Fastighet", "Felaktig hyressättning", "Internhyror räknas om enligt hyresmodellen vid ombyggnad",
         "Stickprov 5 objekt", "Fastighetsekonom", 6, "Ej påbörjad", "", "UTGAR", "",
         ("D", "Struken av nämnden 2025-05-21 § 72. Hyresmodellen ses över och kontrollen återkommer 2026.", "Nämndsekreterare")),
        ("TN-07", "Upphandling", "Avtalstrohet", "Inköp av entreprenadtjänster görs från upphandlade leverantörer",
         "Leverantörsreskontra mot avtalsdatabas", "Upphandlare", 9, "Genomförd",
         "Två inköp utanför avtal, påtalat för beställare.", "GENOMFORD", "ja", None),
        ("TN-08", "Arbetsmiljö", "Olycksfall", "Riskbedömning inför arbete vid väg dokumenteras",
         "Stickprov 10 arbetsorder", "Gatuchef", 12, "Delvis",
         "Enligt enhetschef genomförd.", "DELVIS", "",
         ("H", "Enhetschefen uppger att kontrollen är klar men dokumentationen saknas för 4 av 10 arbetsorder – bedömt som Delvis. /KE", KE)),
        ("TN-09", "Avfall", "Felaktig taxa", "Renhållningstaxa debiteras enligt abonnemang",
         "Stickprov 30 abonnemang", "Avfallsingenjör", 6, "Genomförd", "Inga fel.", "GENOMFORD", "nej", None),
    ]
    r = 6
    for row in rows:
        vals, exp, avv, cmt = row[:9], row[9], row[10], row[11]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        st = ws.cell(r, 8)
        st.fill = fill({"Genomförd": GREEN, "Genomförd med avvikelse": GREEN, "Pågår": YELLOW, "Delvis": YELLOW,
                        "Ej påbörjad": RED}[vals[7]])
        if row[0] == "TN-06":
            for i in range(1, 10):
                ws.cell(r, i).font = Font(strike=True, color="808080")
            ws.cell(r, 8).fill = PatternFill()
        if cmt:
            ws[f"{cmt[0]}{r}"].comment = comment(cmt[1], cmt[2])
        EXPECTED.append((fil, "Tekniska nämnden", vals[3], exp, avv))
        r += 1
    ws.merge_cells("B6:B7")   # Ekonomi process spans two rows
    ws.merge_cells("B10:B11")  # Fastighet
    ws["D6"].comment = comment("Gäller även e-fakturor från Proceedo.", "Per Lund")
    r += 1
    ws.cell(r, 1, "Godkänd av förvaltningschef Tommy Sandberg 2025-09-05")
    for col, w in zip("ABCDEFGHI", [8, 14, 22, 48, 28, 18, 10, 20, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))

# ----------------------------------------------------------------------------- 5. MBN (codes + legend, T1/Delår/Helår, note-only status, struck control)
def make_mbn():
    fil = "MBN IKP 2025 uppföljning.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Miljö- och byggnadsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A3"] = "Rapporterande förvaltning: Samhällsbyggnadsförvaltningen      Rapporttillfälle: Delår (1 jan – 31 aug)"
    ws["A4"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("D6:F6"); ws["D6"] = "Uppföljning"
    for c, h in zip("ABCGH", ["Kontrollmoment", "Kontrollmetod", "Planerad", "Avvikelse (J/N)", "Kommentar"]):
        ws.merge_cells(f"{c}6:{c}7"); ws[f"{c}6"] = h
    for c, h in zip("DEF", ["T1", "Delår", "Helår"]):
        ws[f"{c}7"] = h
    for row in ws["A6:H7"]:
        for c in row:
            c.font = Font(bold=True); c.fill = fill("E2EFDA"); c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Kvartalsvis", "D", "G", "", "J",
         "2 ärenden över 10 veckor, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("Tillsynsavgifter debiteras enligt fastställd taxa", "Stickprov 15 beslut", "T1", "G", "", "", "N", "", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista mot protokoll", "Löpande", "G", "D", "", "J",
         "Beslut från juli har ännu inte anmälts.", "DELVIS", "ja"),
        ("Uppföljning på plats av beviljade strandskyddsdispenser", "Platsbesök 5 dispenser", "Delår", "E", "", "", "", "",
         "UTGAR", ""),
        ("Livsmedelskontroller genomförs enligt den årliga kontrollplanen", "Uttag ur ärendesystemet", "Delår", "", "", "", "",
         "", "GENOMFORD", "nej"),
        ("Ärenden om ovårdade tomter följs upp inom sex månader", "Genomgång av öppna ärenden", "Helår", "", "", "", "", "",
         "SAKNAS", ""),
        ("Fakturor för bygglovsavgifter skickas inom 14 dagar efter beslut", "Stickprov 20 beslut", "Delår", "E", "E", "", "J",
         "Eftersläpning efter byte av ekonomisystem.", "EJ_GENOMFORD", "ja"),
        ("Handläggare med jäv byter ärende och det dokumenteras", "Genomgång av jävsanmälningar", "Delår", "G", "G", "", "N", "",
         "GENOMFORD", "nej"),
        ("Inkomna anmälningar diarieförs inom två arbetsdagar", "Stickprov 25 handlingar", "Kvartalsvis", "D", "D", "", "N",
         "Rutinen ses över.", "DELVIS", "nej"),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(r, i, v if v != "" else None); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 4 <= i <= 7 else "left")
        if row[0].startswith("Uppföljning på plats"):
            for i in range(1, 9):
                ws.cell(r, i).font = Font(strike=True)
        if row[0].startswith("Livsmedelskontroller"):
            ws.cell(r, 5).comment = comment("Genomförd 2025-08-20, samtliga planerade kontroller gjorda, inga avvikelser. /Åsa Karlsson", "Åsa Karlsson")
        if row[0].startswith("Bygglov"):
            ws.cell(r, 1).comment = comment("Lagstadgad tid enligt 9 kap. 27 § PBL.", "Jonas Wik")
        EXPECTED.append((fil, "Miljö- och byggnadsnämnden", row[0], row[8], row[9]))
        r += 1
    ws.cell(r + 1, 1, "Genomstruken kontroll = utgår enligt nämndbeslut (MBN 2025-04-09 § 41).").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [50, 30, 12, 7, 7, 7, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B8"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "DELAR"))

# ----------------------------------------------------------------------------- 6. KS + ÖFN governance-system export
def make_ks():
    fil = "Kommunstyrelsen_uppfoljning_internkontroll_delar_2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    meta = ["Stratsys – Rapport: Internkontroll, uppföljning", "Organisation: Norrhamns kommun / Kommunstyrelsen (inkl. underliggande nämnder)",
            "Period: 2025 Delår augusti", "Utskriftsdatum: 2025-09-10 08:42"]
    for i, m in enumerate(meta, 1):
        ws.cell(i, 1, m)
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Organisation", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Senast ändrad av"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True); c.fill = fill("DDEBF7")
    KS, OF = "Kommunstyrelsen", "Överförmyndarnämnden"
    rows = [
        (KS, "Efterlevnad av delegationsordningen vid personalbeslut", "HR-chef", "Genomförd", "Stickprov 30 beslut, inga avvikelser.", "Maria Nord", "GENOMFORD", "nej", None),
        (KS, "Avtalstrohet vid inköp av konsulttjänster", "Upphandlingschef", "Genomförd med avvikelse", "4 av 25 inköp saknade avtal. Utbildning planeras.", "Maria Nord", "GENOMFORD", "ja", None),
        (KS, "Kontroll av att leverantörer inte har skulder hos Kronofogden", "Upphandlingschef", "Påbörjad", "", "Olle Ryd", "DELVIS", "", None),
        (KS, "Behörighetskontroll i kommunens ekonomisystem", "Ekonomichef", "Genomförd", "Behörigheter för 14 avslutade anställningar borttagna sent.", "Karin Ek", "GENOMFORD", "ja",
         "Status ändrad från Påbörjad till Genomförd av Karin Ek 2025-09-09: behörighetsgenomgången slutförd, avvikelsen åtgärdad."),
        (KS, "Hantering av bisysslor för chefer", "HR-chef", "Ej påbörjad", "Skjuts till hösten.", "Maria Nord", "EJ_GENOMFORD", "", None),
        (KS, "Uppföljning av kommunens säkerhetsskyddsanalys", "Säkerhetschef", "Avbruten", "", "Olle Ryd", "UTGAR", "",
         "Avbruten genom beslut i KS 2025-04-02 § 51 – hanteras i den nya säkerhetsskyddsplanen."),
        (KS, "Kontroll av att representation och gåvor redovisas korrekt", "Controller", "Genomförd", "", "Karin Ek", "GENOMFORD", "", None),
        (OF, "Årsräkningar granskas inom sex månader från inlämnande", "Enhetschef överförmyndarenheten", "Genomförd", "Samtliga granskade i tid.", "Sara Öst", "GENOMFORD", "nej", None),
        (OF, "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Handläggare", "Påbörjad", "Stickprov 10 av 20 klart.", "Sara Öst", "DELVIS", "", None),
        (OF, "Registerkontroll av nya gode män och förvaltare", "Handläggare", "Genomförd med avvikelse", "1 av 12 saknade registerutdrag vid förordnande.", "Sara Öst", "GENOMFORD", "ja", None),
        (OF, "Uttag från spärrade konton sker efter samtycke från överförmyndaren", "Enhetschef överförmyndarenheten", "", "", "", "SAKNAS", "", None),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            ws.cell(r, i, v if v else None)
        if row[8]:
            ws.cell(r, 4).comment = comment(row[8], "Karin Ek" if "Karin" in row[8] else "Olle Ryd")
        EXPECTED.append((fil, row[0], row[1], row[6], row[7]))
        r += 1
    for col, w in zip("ABCDEF", [24, 60, 30, 24, 55, 18]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = f"A6:F{r-1}"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OF, "2025", "DELAR"))

# ----------------------------------------------------------------------------- 7. VON traffic-light colours, cell notes -> .xls
def make_von():
    base = "VON delår 2025 intern kontroll"
    tmp = os.path.join("/tmp", "r207_build"); os.makedirs(tmp, exist_ok=True)
    wb = Workbook(); ws = wb.active; ws.title = "Delår"
    ws["A1"] = "Vård- och omsorgsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontroll – delår 2025"
    ws["A3"] = "Färgmarkering i kolumn E:"; ws["B3"] = "Genomförd"; ws["B3"].fill = fill(GREEN)
    ws["C3"] = "Påbörjad/delvis"; ws["C3"].fill = fill(YELLOW)
    ws["D3"] = "Ej genomförd"; ws["D3"].fill = fill(RED)
    ws["E3"] = "Utgår"; ws["E3"].fill = fill(GREY)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Frekvens", "Delår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = BOX; c.fill = fill("D9D9D9")
    MAS = "Maria Alm (MAS)"
    rows = [
        (1, "Läkemedel", "Läkemedelsavvikelser rapporteras och åtgärdas enligt rutin", "Tertial", GREEN,
         "Genomgång av 48 avvikelser, samtliga åtgärdade.", "GENOMFORD", "nej", None),
        (2, "Läkemedel", "Narkotikaklassade läkemedel inventeras på samtliga särskilda boenden", "Kvartal", GREEN,
         "Differens på ett boende i maj, utredd och anmäld.", "GENOMFORD", "ja",
         "Ändrad från gul till grön av MAS 2025-09-02 – samtliga boenden inventerade och differensen utredd."),
        (3, "Hemtjänst", "Beviljade insatser stämmer med utförd tid enligt planeringssystemet", "Tertial", YELLOW,
         "Jämförelse gjord för två av fyra hemtjänstområden.", "DELVIS", "", None),
        (4, "Hemtjänst", "Nyckelhantering – kvittering av nycklar till brukare", "Halvår", RED,
         "Inte genomförd, ny nyckelrutin införs i höst.", "EJ_GENOMFORD", "", None),
        (5, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Tertial", YELLOW,
         "Stickprov 20 brukare, 6 saknade plan i tid.", "DELVIS", "ja", None),
        (6, "Bemanning", "Timanställda har genomgått introduktion innan första arbetspass", "Halvår", None, "", "SAKNAS", "", None),
        (7, "Ekonomi", "Brukares privata medel på boenden redovisas och stäms av månadsvis", "Månad", GREY,
         "Hanteras numera av överförmyndare/gode män, kontrollen utgår.", "UTGAR", "", None),
        (8, "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Löpande", GREEN,
         "", "GENOMFORD", "",
         None),
    ]
    r = 6
    for nr, omr, km, fr, col, kom, exp, avv, cmt in rows:
        for i, v in enumerate([nr, omr, km, fr, None, kom if kom else None], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        if col:
            ws.cell(r, 5).fill = fill(col)
        if cmt:
            ws.cell(r, 5).comment = comment(cmt, MAS)
        EXPECTED.append((base + ".xls", "Vård- och omsorgsnämnden", km, exp, avv))
        r += 1
    ws.cell(8, 3).comment = comment("Fråga: gäller detta även korttidsboendet? /EL", "Erik Lund")
    for c, w in zip("ABCDEF", [5, 16, 55, 10, 10, 50]):
        ws.column_dimensions[c].width = w
    src = os.path.join(tmp, base + ".xlsx")
    wb.save(src)
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, base + ".xls"), os.path.join(OUT, base + ".xls"))
    FILES.append((base + ".xls", "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))

# ----------------------------------------------------------------------------- register + CSVs
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Räddningsnämnden", "RN|Räddningstjänsten Norrhamn|Räddningstjänsten"),
        ("Norrhamns Hamn AB", "Hamnbolaget|NHAB"),
    ]
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header); cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], reg)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)

if __name__ == "__main__":
    for f in glob.glob(os.path.join(OUT, "*")):
        if os.path.basename(f) not in ("make_round.py", "README.md"):
            os.remove(f)
    make_bun(); make_sn(); make_kfn(); make_tn(); make_mbn(); make_ks(); make_von()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
