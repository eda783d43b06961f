#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r503 - Mora kommun, delår 2025: an inbox of Word forms.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
into the folder this script lives in.  Deterministic: fixed texts, fixed document
properties and fixed zip timestamps.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 9, 10, 8, 30, 0)
ZIP_DT = (2025, 9, 10, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

CHK = "\u2612"   # ☒
UNCHK = "\u2610"  # ☐


# ----------------------------------------------------------------- helpers
def normalise_zip(path, first=None):
    """Rewrite a zip with fixed timestamps (and optionally a stored first member)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if first:
        items.sort(key=lambda t: 0 if t[0] == first else 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if name == first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def new_doc(author, title):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def save_doc(d, name):
    path = os.path.join(OUT, name)
    d.save(path)
    normalise_zip(path)
    return path


def set_cell_bg(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcol)))


def cell_write(cell, text, bold=False, size=None):
    """Write text (\n = new paragraph, \v = soft line break) into a cell."""
    cell.text = ""
    paras = text.split("\n")
    for i, ptxt in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        parts = ptxt.split("\v")
        for j, part in enumerate(parts):
            r = p.add_run(part)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if j < len(parts) - 1:
                r.add_break()
    return cell


def add_label_line(d, label, text, soft_breaks=False):
    p = d.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    parts = text.split("\v")
    for j, part in enumerate(parts):
        rr = p.add_run(part)
        if j < len(parts) - 1:
            rr.add_break()
    return p


def km(text):
    """Kontrollmoment as a careful reader writes it: soft breaks/newlines -> space."""
    return " ".join(text.replace("\v", " ").replace("\n", " ").split())


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, km(text), status, avv))


# Content controls ------------------------------------------------------------
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sdt_dropdown(paragraph, alias, items, value=None, placeholder="Välj ett objekt."):
    """Append a run-level drop-down content control to a paragraph."""
    li = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (_esc(i), _esc(i)) for i in items)
    if value is None:
        plc = "<w:showingPlcHdr/>"
        run = ('<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
               % _esc(placeholder))
        last = ""
    else:
        plc = ""
        run = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _esc(value)
        last = ' w:lastValue="%s"' % _esc(value)
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s'
           '<w:dropDownList%s><w:listItem w:value=""/>%s</w:dropDownList></w:sdtPr>'
           '<w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (nsdecls("w"), _esc(alias), _esc(alias.lower()), plc, last, li, run))
    paragraph._p.append(parse_xml(xml))


def sdt_text(paragraph, alias, value=None, placeholder="Klicka eller tryck här för att ange text.",
             rich=False):
    if value is None:
        plc = "<w:showingPlcHdr/>"
        run = ('<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
               % _esc(placeholder))
    else:
        plc = ""
        run = '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % _esc(value)
    kind = "" if rich else "<w:text/>"
    xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/>%s%s</w:sdtPr>'
           '<w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (nsdecls("w"), _esc(alias), _esc(alias.lower()), plc, kind, run))
    paragraph._p.append(parse_xml(xml))


def sdt_checkbox(paragraph, checked):
    ch = CHK if checked else UNCHK
    xml = ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
           'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
           % (nsdecls("w"), W14, 1 if checked else 0, ch))
    paragraph._p.append(parse_xml(xml))


def header_text(section, left, right=""):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(9)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(9)


def footer_text(section, text):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(8)


# ============================================================ F1 Socialnämnden
def build_sn():
    fil = "SN Uppföljning internkontroll delår 2025.docx"
    N = "Socialnämnden"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    d = new_doc("Karin Mattsson", "Uppföljning intern kontroll")
    sec = d.sections[0]
    header_text(sec, "MORA KOMMUN", "Socialförvaltningen")
    footer_text(sec, "Blankett IK-2 Uppföljning av kontrollmoment, version 2023-01")

    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    add_label_line(d, "Nämnd:", "Socialnämnden")
    add_label_line(d, "Uppföljningsperiod:", "Delår, 1 januari – 31 augusti 2025")
    add_label_line(d, "Sammanställd av:", "Karin Mattsson, verksamhetscontroller")
    p = d.add_paragraph()
    r = p.add_run("Instruktion: Fyll i en blankett per kontrollmoment i internkontrollplanen. "
                  "Markera med X om kontrollen är genomförd. Beskriv vad kontrollen visat under "
                  "Iakttagelser och vilka åtgärder som vidtas eller föreslås under Åtgärder. "
                  "Blanketterna lämnas till ekonomiavdelningen senast 10 september.")
    r.italic = True
    r.font.size = Pt(9)

    # (område, kontrollmoment, metod, ansvarig, ja, nej, iakttagelser, åtgärder, status, avvikelse)
    forms = [
        ("Ekonomi",
         "Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Stickprov om 25 fakturor ur ekonomisystemet", "Controller", True, False,
         "25 fakturor granskade. Samtliga attesterade av behörig beslutsattestant och "
         "mottagningsattest finns.",
         "Inga.", "GENOMFORD", "nej"),
        ("Myndighetsutövning – försörjningsstöd",
         "Utbetalning av ekonomiskt bistånd – kontroll att beslut finns innan utbetalning sker",
         "Stickprov 30 utbetalningar januari–juni", "Enhetschef försörjningsstöd", True, False,
         "Av 30 granskade utbetalningar saknades underskrivet beslut i 2 fall. "
         "Utbetalningarna var korrekta till belopp.",
         "Påminnelse till samtliga handläggare om rutinen. Ny kontroll görs i november.",
         "GENOMFORD", "ja"),
        ("Kvalitet",
         "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter i avvikelsesystemet", "Kvalitetsstrateg", True, False,
         "7 rapporter under perioden, samtliga utredda inom tid. En anmälan till IVO, "
         "gjord inom två veckor. Inga avvikelser.",
         "", "GENOMFORD", "nej"),
        ("Myndighetsutövning – barn och unga",
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar\venligt 11 kap. 1 a § SoL",
         "Stickprov 15 orosanmälningar per tertial", "Enhetschef barn och unga", False, True,
         "Stickprov gjort för perioden januari–april (15 anmälningar). 3 förhandsbedömningar "
         "överskred 14 dagar. Perioden maj–augusti granskas under september.",
         "Veckovis genomgång av inkomna anmälningar införd i mottagningsgruppen.",
         "DELVIS", "ja"),
        ("Avtal",
         "Hyresavtal för externa HVB-placeringar och stödboenden är påskrivna och diarieförda",
         "Genomgång av avtalsdatabasen mot placeringslistan", "Administrativ chef", False, True,
         "Kontrollen har inte genomförts på grund av vakans på administratörstjänsten.",
         "Genomförs under oktober när ny administratör är på plats.",
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet",
         "Årlig genomgång av behörigheter i verksamhetssystemet Lifecare",
         "Behörighetslista jämförs med personalförteckning", "Systemförvaltare", True, True,
         "", "", "OKLAR", ""),
        ("Vård och omsorg",
         "Läkemedelshantering på särskilt boende – egenkontroll enligt lokal rutin",
         "Egenkontroll på tre boenden", "Medicinskt ansvarig sjuksköterska", False, False,
         "", "", "SAKNAS", ""),
        ("Ekonomi – avgifter",
         "Avgiftsdebitering inom hemtjänsten stäms av mot beslutade och utförda timmar",
         "Stickprov 20 brukare", "Avgiftshandläggare", False, False,
         "Kontrollmomentet utgår enligt beslut i socialnämnden 2025-05-21 § 64. Ersätts av en "
         "granskning i samband med att det nya debiteringssystemet tas i bruk 2026.",
         "", "UTGAR", ""),
        ("Personal",
         "Utdrag ur belastningsregistret har visats före anställning inom LSS-verksamheten",
         "Samtliga nyanställningar under perioden", "HR-partner", True, False,
         "12 nyanställda kontrollerade. Utdrag fanns i 11 fall; i ett fall visades utdraget "
         "först efter att anställningen påbörjats.",
         "Rutinen har förtydligats för chefer vid arbetsplatsträff i juni.",
         "GENOMFORD", "ja"),
    ]
    for i, (omr, text, metod, ansv, ja, nej, iakt, atg, status, avv) in enumerate(forms, 1):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        h = d.add_paragraph()
        rr = h.add_run("Blankett %d (%d) – Uppföljning av kontrollmoment" % (i, len(forms)))
        rr.bold = True
        rr.font.size = Pt(13)
        add_label_line(d, "Kontrollområde:", omr)
        add_label_line(d, "Kontrollmoment:", text)
        add_label_line(d, "Kontrollmetod:", metod)
        add_label_line(d, "Ansvarig för kontrollen:", ansv)
        p = d.add_paragraph()
        r = p.add_run("Genomförd: ")
        r.bold = True
        p.add_run("Ja %s   Nej %s" % (CHK if ja else UNCHK, CHK if nej else UNCHK))
        p = d.add_paragraph()
        r = p.add_run("Iakttagelser:")
        r.bold = True
        d.add_paragraph(iakt)
        p = d.add_paragraph()
        r = p.add_run("Åtgärder:")
        r.bold = True
        d.add_paragraph(atg)
        exp(fil, N, text, status, avv)

    d.add_paragraph()
    add_label_line(d, "Datum:", "2025-09-08")
    add_label_line(d, "Förvaltningschef:", "Anders Hedlund")
    save_doc(d, fil)


# ===================================================== F2 Barn- och utbildning
def build_bun():
    fil = "BUN_internkontroll_delarsrapport_2025.docx"
    N = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    d = new_doc("Elin Backlund", "Internkontroll BUF delår")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(sec, "Mora kommun – Barn- och utbildningsförvaltningen", "Dnr BUN 2024/318")

    t = d.add_paragraph()
    rr = t.add_run("Barn- och utbildningsförvaltningen")
    rr.bold = True
    rr.font.size = Pt(16)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti")
    d.add_paragraph("Internkontrollplanen antogs av barn- och utbildningsnämnden 2024-12-10 § 112. "
                    "Kontrollerna följs upp i april (T1), i augusti (delår) och i december (helår). "
                    "Under varje rubrik redovisas kontrollmomentet med status per uppföljningstillfälle.")
    p = d.add_paragraph()
    r = p.add_run("Statuskoder: ")
    r.bold = True
    p.add_run("G = Genomförd utan anmärkning   GA = Genomförd med anmärkning   "
              "P = Påbörjad/pågår   EG = Ej genomförd   U = Utgår   – = ej planerad för perioden")

    cols = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "Delår", "Kommentar"]
    widths = [Cm(7.0), Cm(4.2), Cm(3.2), Cm(1.3), Cm(1.3), Cm(8.0)]

    def control_table(rows):
        tb = d.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for c, name in enumerate(cols):
            cell_write(tb.rows[0].cells[c], name, bold=True, size=9)
            set_cell_bg(tb.rows[0].cells[c], "D9E2F3")
        for row in rows:
            cells = tb.add_row().cells
            for c, val in enumerate(row[:6]):
                cell_write(cells[c], val, size=9)
            exp(fil, N, row[0], row[6], row[7])
        for rw in tb.rows:
            for c, w in enumerate(widths):
                rw.cells[c].width = w
        d.add_paragraph()

    struct = [
        ("1 Ekonomi", [
            ("1.1 Attest och utanordning", [
                ("Attest av leverantörsfakturor enligt attestordningen",
                 "Stickprov 20 fakturor per tertial", "Controller BUF", "G", "G",
                 "T1: 20 fakturor, inga fel.\nDelår: 20 fakturor, inga fel.", "GENOMFORD", "nej")]),
            ("1.2 Representation", [
                ("Representation och interna möten följer kommunens riktlinjer\v(syfte och deltagare anges på underlaget)",
                 "Genomgång av samtliga representationsfakturor", "Ekonomiassistent", "GA", "",
                 "T1: 3 av 15 fakturor saknade deltagarförteckning. Berörda rektorer har kompletterat.",
                 "GENOMFORD", "ja")]),
            ("1.3 Inköp och direktupphandling", [
                ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen för direktupphandling",
                 "Urval ur leverantörsreskontran", "Upphandlingssamordnare", "EG", "P",
                 "Urval framtaget (12 köp). Granskning pågår och redovisas i helårsuppföljningen.",
                 "DELVIS", "")]),
        ]),
        ("2 Verksamhet", [
            ("2.1 Skolplikt och frånvaro", [
                ("Rutin för uppföljning av elevers frånvaro och anmälan till huvudman tillämpas",
                 "Kontroll på fyra grundskolor", "Verksamhetschef grundskola", "–", "GA",
                 "Rutinen följs, men 2 ärenden om upprepad frånvaro anmäldes sent till huvudmannen.",
                 "GENOMFORD", "ja")]),
            ("2.2 Kränkande behandling", [
                ("Anmälan om kränkande behandling rapporteras till huvudman inom 5 arbetsdagar",
                 "Uttag ur Draftit", "Kvalitetsutvecklare", "G", "GA",
                 "Delår: 2 av 48 anmälningar rapporterades efter 5 arbetsdagar.", "GENOMFORD", "ja"),
                ("Utredning av kränkande behandling påbörjas skyndsamt och dokumenteras",
                 "Stickprov 3 utredningar per enhet", "Kvalitetsutvecklare", "", "P",
                 "Granskning klar på 2 av 6 enheter.", "DELVIS", "")]),
            ("2.3 Särskilt stöd", [
                ("Åtgärdsprogram upprättas och följs upp för elever i behov av särskilt stöd",
                 "Stickprov 10 elever", "Elevhälsochef", "", "EG",
                 "Ej genomförd på grund av sjukskrivning. Flyttas till helårsuppföljningen.",
                 "EJ_GENOMFORD", "")]),
        ]),
        ("3 Personal och arbetsmiljö", [
            ("3.1 Rekrytering", [
                ("Kontroll av att utdrag ur belastningsregistret visats vid anställning inom förskola och skola",
                 "Samtliga nyanställningar", "HR-specialist", "G", "G",
                 "Samtliga 34 nyanställningar kontrollerade.", "GENOMFORD", "nej")]),
            ("3.2 Systematiskt arbetsmiljöarbete", [
                ("Skyddsronder genomförs på samtliga enheter enligt årshjulet",
                 "Sammanställning av protokoll", "Förvaltningschef", "", "U",
                 "Utgår – ersätts av kommunövergripande uppföljning i HR-systemet (BUN 2025-03-18 § 28).",
                 "UTGAR", "")]),
        ]),
        ("4 Informationssäkerhet", [
            ("4.1 Behörigheter", [
                ("Behörighetsgenomgång i elevdokumentationssystemen IST och Unikum",
                 "Behörighetslistor mot personalregister", "Systemförvaltare", "", "",
                 "Se bilaga 3.", "OKLAR", "")]),
            ("4.2 Personuppgiftsincidenter", [
                ("Personuppgiftsincidenter anmäls till dataskyddsombudet inom 24 timmar",
                 "Genomgång av incidentloggen", "Informationssäkerhetssamordnare", "", "",
                 "", "SAKNAS", "")]),
        ]),
    ]
    for h1, subs in struct:
        d.add_heading(h1, level=1)
        for h2, rows in subs:
            d.add_heading(h2, level=2)
            control_table(rows)

    d.add_paragraph("Bilaga 3 Behörighetsgenomgång (lämnas separat)")
    d.add_paragraph("Mora 2025-09-05")
    d.add_paragraph("Elin Backlund, controller")
    save_doc(d, fil)


# ==================================================== F3 Tekniska nämnden (SDT)
def build_tn():
    fil = "Rapport internkontroll aug 2025 TF.docx"
    N = "Tekniska nämnden"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    d = new_doc("Tekniska förvaltningen", "Rapport – uppföljning av internkontroll")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(sec, "MORA KOMMUN", "Mall: Rapport internkontroll (KS-mall 2024)")

    t = d.add_paragraph()
    rr = t.add_run("Rapport – uppföljning av internkontroll")
    rr.bold = True
    rr.font.size = Pt(16)
    d.add_paragraph("Fyll i rapporten i de grå fälten. Välj status och avvikelse i listorna. "
                    "Rapporten skickas till ekonomiavdelningen.").runs[0].italic = True

    head = d.add_table(rows=5, cols=2)
    head.style = "Table Grid"
    labels = ["Nämnd", "Förvaltning", "Uppföljningsperiod", "År", "Rapportör"]
    for i, lab in enumerate(labels):
        cell_write(head.rows[i].cells[0], lab, bold=True)
        head.rows[i].cells[1].text = ""
        p = head.rows[i].cells[1].paragraphs[0]
        if lab == "Nämnd":
            sdt_text(p, "Nämnd", "Tekniska nämnden")
        elif lab == "Förvaltning":
            sdt_text(p, "Förvaltning", "Tekniska förvaltningen")
        elif lab == "Uppföljningsperiod":
            sdt_dropdown(p, "Period", ["Tertial 1 (jan–apr)", "Delår (jan–aug)", "Helår (jan–dec)"],
                         "Delår (jan–aug)")
        elif lab == "År":
            sdt_text(p, "År", "2025")
        else:
            sdt_text(p, "Rapportör", "Jonas Ers, kvalitetssamordnare")
        head.rows[i].cells[0].width = Cm(5)
        head.rows[i].cells[1].width = Cm(10)
    d.add_paragraph()

    STATUS = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    AVV = ["Ja", "Nej"]
    rows = [
        ("Avstämning av leverantörsfakturor mot avtalade á-priser vid köp av entreprenadtjänster (vinterväghållning)",
         "Stickprov 10 fakturor", "Genomförd", "Nej",
         "10 fakturor stämda mot avtalade á-priser, inga avvikelser.", "GENOMFORD", "nej"),
        ("Fordonsbränsle betalas med drivmedelskort kopplat till fordonets registreringsnummer",
         "Uttag från kortleverantör", "Genomförd", "Ja",
         "2 tankningar gjorda med fel kort. Åtgärdat, förarna informerade.", "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av förbrukningsmaterial",
         "Spendanalys", "Delvis genomförd", None,
         "Analys för januari–juni klar, juli–augusti återstår.", "DELVIS", ""),
        ("Egenkontroll av lekplatser enligt SS-EN 1176 – besiktningsprotokoll finns för samtliga lekplatser",
         "Genomgång av protokoll", None, None, None, "SAKNAS", ""),
        ("Hyresavtal för externt inhyrda lokaler – bevakning av uppsägningstider och indexuppräkning",
         "Genomgång av avtalsdatabasen", None, "Nej",
         "Kontrollen genomförd i juni. Samtliga 14 avtal har bevakning i avtalsdatabasen.",
         "GENOMFORD", "nej"),
        ("Byggarbetsmiljösamordnare (BAS-P/BAS-U) är utsedd skriftligen innan byggstart",
         "Kontroll per investeringsprojekt", "Ej genomförd", None,
         "Ingen byggstart under perioden. Kontrollen görs vid byggstart för Noretskolans ombyggnad i oktober.",
         "EJ_GENOMFORD", ""),
        ("Kassahantering vid återvinningscentralen – dagsavstämning av kontantkassa",
         "Stickprov 10 dagar", "Utgår", None,
         "Kontanthanteringen upphörde 2025-03-01, endast kortbetalning.", "UTGAR", ""),
        ("Fakturering av markupplåtelse och torghandel sker enligt taxa",
         "Stickprov 15 upplåtelser", "Genomförd", "Nej", None, "GENOMFORD", "nej"),
        ("Vinterväghållning – utförarens körjournaler stäms av mot avtal och fakturor",
         "Stickprov 2 veckor jan–mars", None, None, "Se bilaga.", "OKLAR", ""),
    ]
    cols = ["Nr", "Kontrollmoment", "Kontrollmetod", "Status", "Avvikelse", "Kommentar"]
    widths = [Cm(1.0), Cm(8.5), Cm(4.0), Cm(3.4), Cm(2.4), Cm(6.5)]
    tb = d.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for c, name in enumerate(cols):
        cell_write(tb.rows[0].cells[c], name, bold=True)
        set_cell_bg(tb.rows[0].cells[c], "BFBFBF")
    for i, (text, metod, st, av, kom, status, avv) in enumerate(rows, 1):
        cells = tb.add_row().cells
        cell_write(cells[0], str(i))
        cell_write(cells[1], text)
        cell_write(cells[2], metod)
        cells[3].text = ""
        sdt_dropdown(cells[3].paragraphs[0], "Status", STATUS, st)
        cells[4].text = ""
        sdt_dropdown(cells[4].paragraphs[0], "Avvikelse", AVV, av)
        cells[5].text = ""
        sdt_text(cells[5].paragraphs[0], "Kommentar", kom, rich=True)
        for c in (3, 4, 5):
            set_cell_bg(cells[c], "F2F2F2")
        exp(fil, N, text, status, avv)
    for rw in tb.rows:
        for c, w in enumerate(widths):
            rw.cells[c].width = w
    d.add_paragraph()
    p = d.add_paragraph("Datum: ")
    sdt_text(p, "Datum", "2025-09-04")
    p = d.add_paragraph("Förvaltningschef: ")
    sdt_text(p, "Underskrift", None)
    save_doc(d, fil)


# ================================================ F4 Kommunstyrelsen (key-value)
def build_ks():
    fil = "Uppföljning intern kontroll delår augusti 2025.docx"
    N = "Kommunstyrelsen"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    d = new_doc("Maria Jansson", "Uppföljning intern kontroll")
    sec = d.sections[0]
    header_text(sec, "Mora kommun | Kommunstyrelsen", "Dnr KS 2024/00412")
    footer_text(sec, "Kommunstyrelseförvaltningen, Ekonomiavdelningen")

    d.add_heading("Uppföljning intern kontroll – delårsbokslut augusti 2025", level=1)
    d.add_paragraph("Internkontrollplan 2025 antogs 2024-11-26 § 210. Nedan redovisas varje kontroll "
                    "med resultat från uppföljningen i april och i augusti. Helårsuppföljning sker i "
                    "januari 2026.")

    # keys
    K = ["Process", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig",
         "Uppföljning april", "Uppföljning augusti", "Avvikelse", "Kommentar/åtgärd"]
    ctrls = [
        ("Lön", "Löneutbetalning till nyanställda överensstämmer med anställningsavtalet",
         "Felaktig lön betalas ut", "Stickprov 15 nyanställda", "Lönechef",
         "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Ekonomi – leverantörsreskontra",
         "Ändring av bankgiro/kontonummer i leverantörsregistret verifieras genom kontakt med leverantören",
         "Bedrägeri, felaktig utbetalning", "Samtliga ändringar under perioden", "Redovisningschef",
         "Genomförd, inga avvikelser", "Genomförd. 1 av 23 ändringar saknade dokumenterad verifiering.",
         "Ja", "Rutinen har kompletterats med checklista.", "GENOMFORD", "ja"),
        ("Inköp", "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Brott mot LOU, högre kostnader", "Spendanalys", "Upphandlingschef",
         "Ej påbörjad", "Pågår – spendanalys klar för januari–juni.", "", "", "DELVIS", ""),
        ("Politisk beslutsprocess",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Beslut fattas utan mandat", "Genomgång av delegationslistor", "Kanslichef",
         "Genomförd", "", "Nej", "Samtliga delegationsbeslut anmälda vid sammanträdet i april.",
         "GENOMFORD", "nej"),
        ("Dokument- och ärendehantering",
         "Inkomna allmänna handlingar diarieförs inom två arbetsdagar",
         "Handlingar kan inte lämnas ut skyndsamt", "Stickprov 30 handlingar", "Registrator",
         "", "Ej genomförd – flyttas till helårsuppföljningen.", "", "", "EJ_GENOMFORD", ""),
        ("Ekonomi – representation",
         "Förtäring vid interna möten följer riktlinjen för representation",
         "Otillåten representation", "Genomgång av fakturor konto 7620", "Ekonomichef",
         "", "Avbruten genom beslut KS 2025-04-08 § 61.", "", "", "UTGAR", ""),
        ("Informationssäkerhet",
         "Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning",
         "Obehörig åtkomst", "Avslutade anställningar mot behörighetslista", "Systemförvaltare ekonomi",
         "", "", "Nej",
         "Kontrollen genomförd i augusti: 18 avslutade anställningar kontrollerade, samtliga "
         "behörigheter var borttagna.", "GENOMFORD", "nej"),
        ("Krisberedskap", "Reservkraft i kommunhuset testkörs enligt underhållsplan",
         "Avbrott i samhällsviktig verksamhet", "Kontroll av driftjournal", "Säkerhetssamordnare",
         "", "", "", "", "SAKNAS", ""),
        ("Personal", "Chefer har inhämtat uppgift om bisysslor från samtliga medarbetare",
         "Förtroendeskadlig bisyssla", "Sammanställning per avdelning", "HR-chef",
         "Påbörjad", "Delvis – 6 av 9 avdelningar har redovisat.", "Ja",
         "Påminnelse till berörda chefer.", "DELVIS", "ja"),
    ]
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for i, c in enumerate(ctrls, 1):
        r = tb.add_row()
        m = r.cells[0].merge(r.cells[1])
        cell_write(m, "Kontroll %d" % i, bold=True)
        set_cell_bg(m, "C5E0B3")
        for k, v in zip(K, c[:9]):
            r = tb.add_row()
            cell_write(r.cells[0], k, bold=True)
            cell_write(r.cells[1], v)
        exp(fil, N, c[1], c[9], c[10])
    for rw in tb.rows:
        rw.cells[0].width = Cm(4.5)
        rw.cells[1].width = Cm(11.5)
    d.add_paragraph()
    d.add_paragraph("Ekonomiavdelningen 2025-09-09")
    save_doc(d, fil)


# ======================================================= F5 Miljö och bygg (.odt)
def build_mbn():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties)
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf import meta, dc

    fil = "MBN IK-rapport delår 2025.odt"
    N = "Miljö- och byggnadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

    doc = OpenDocumentText()
    doc.meta.addElement(dc.Creator(text="Samhällsbyggnadsförvaltningen"))
    doc.meta.addElement(meta.CreationDate(text="2025-09-03T10:00:00"))
    doc.meta.addElement(dc.Date(text="2025-09-03T10:00:00"))
    doc.meta.addElement(meta.Generator(text="LibreOffice/7.6"))

    s_title = Style(name="Rubrik", family="paragraph")
    s_title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    s_title.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(s_title)
    s_bold = Style(name="Fet", family="text")
    s_bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s_bold)
    s_small = Style(name="Liten", family="paragraph")
    s_small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.automaticstyles.addElement(s_small)
    s_tab = Style(name="Tab1", family="table")
    s_tab.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(s_tab)
    widths = ["0.9cm", "2.6cm", "5.2cm", "2.6cm", "4.4cm", "1.3cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    s_cell = Style(name="Cell", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(s_cell)
    s_hcell = Style(name="HCell", family="table-cell")
    s_hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#DDDDDD"))
    doc.automaticstyles.addElement(s_hcell)
    s_gcell = Style(name="GCell", family="table-cell")
    s_gcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#EAF1DD"))
    doc.automaticstyles.addElement(s_gcell)

    def para(text, style=None):
        return P(stylename=style, text=text) if style else P(text=text)

    def labelled(label, value):
        p = P()
        p.addElement(Span(stylename=s_bold, text=label + " "))
        p.addText(value)
        return p

    body = doc.text
    body.addElement(para("MILJÖ- OCH BYGGNADSNÄMNDEN", s_title))
    body.addElement(para("Rapport internkontroll 2025"))
    body.addElement(labelled("Rapporteringstillfälle:", "Delårsbokslut per 31 augusti 2025"))
    body.addElement(labelled("Förvaltning:", "Samhällsbyggnadsförvaltningen, miljö- och byggavdelningen"))
    body.addElement(labelled("Uppgiftslämnare:", "Per Olsson, avdelningschef"))
    body.addElement(para(""))

    rows = [
        ("G", "Myndighetsutövning"),
        ("1", "Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 20 ärenden",
         "19 av 20 inom tid. 1 ärende hade förlängd handläggningstid utan beslut om förlängning.",
         "\u2714*", "GENOMFORD", "ja"),
        ("2", "Livsmedelstillsyn", "Tillsyn av livsmedelsanläggningar sker enligt fastställd tillsynsplan",
         "Uppföljning mot tillsynsplan",
         "54 % av årets planerade kontroller utförda t.o.m. augusti, vilket följer planen.",
         "\u25D1", "DELVIS", "nej"),
        ("3", "Avgifter", "Timavgift för tillsyn debiteras enligt taxa och faktureras inom en månad",
         "Stickprov 15 fakturor", "Korrekt debitering i samtliga 15 fall.", "\u2714",
         "GENOMFORD", "nej"),
        ("4", "Delegation", "Delegationsbeslut inom miljöbalkens område återrapporteras till nämnden",
         "Jämförelse ärendesystem – protokoll", "", "\u2716", "EJ_GENOMFORD", ""),
        ("G", "Ekonomi"),
        ("5", "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 10 fakturor", "Utförd av ekonomienheten, inga fel.", "\u2714", "GENOMFORD", "nej"),
        ("6", "Sanktionsavgifter", "Miljösanktionsavgifter beslutas och faktureras",
         "Samtliga ärenden", "Inga ärenden om miljösanktionsavgift under året – ej aktuellt.",
         "\u2298", "UTGAR", ""),
        ("G", "Administration"),
        ("7", "Arkiv", "Avslutade byggärenden arkiveras i e-arkivet",
         "Kontroll av ärenden avslutade 2023–2024", "Påbörjad, 2023 års ärenden är arkiverade.",
         "\u25D1", "DELVIS", ""),
        ("8", "Allmänna handlingar", "Begäran om utlämnande av allmän handling hanteras skyndsamt",
         "Stickprov 10 begäranden", "", "", "SAKNAS", ""),
        ("9", "Jäv", "Handläggare anmäler jäv i ärenden där jäv kan föreligga",
         "Genomgång av 10 ärenden", "Granskat 10 ärenden, se även kommentar i bilaga.",
         "\u2714 \u2716", "OKLAR", ""),
    ]

    tbl = Table(name="Internkontroll", stylename=s_tab)
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))
    hdr = TableRow()
    for h in ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Resultat", "Markering"]:
        c = TableCell(stylename=s_hcell, valuetype="string")
        p = P()
        p.addElement(Span(stylename=s_bold, text=h))
        c.addElement(p)
        hdr.addElement(c)
    tbl.addElement(hdr)
    for r in rows:
        tr = TableRow()
        if r[0] == "G":
            c = TableCell(stylename=s_gcell, valuetype="string", numbercolumnsspanned=6)
            p = P()
            p.addElement(Span(stylename=s_bold, text=r[1]))
            c.addElement(p)
            tr.addElement(c)
            for _ in range(5):
                tr.addElement(CoveredTableCell())
        else:
            for v in r[:6]:
                c = TableCell(stylename=s_cell, valuetype="string")
                c.addElement(P(text=v))
                tr.addElement(c)
            exp(fil, N, r[2], r[6], r[7])
        tbl.addElement(tr)
    body.addElement(tbl)
    body.addElement(para(""))
    body.addElement(para("Teckenförklaring: \u2714 = utförd utan anmärkning   \u2714* = utförd, avvikelse "
                         "noterad   \u25D1 = delvis utförd   \u2716 = ej utförd   \u2298 = utgår/ej aktuell",
                         s_small))
    body.addElement(para(""))
    body.addElement(para("Mora 2025-09-03"))
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalise_zip(path, first="mimetype")


# ====================================== F6/F7 Kultur- och fritidsnämnden, 2 periods
KFN_CTRLS = [
    ("Kontanthantering i receptionen på Mora simhall – dagskassan stäms av mot kassarapporten",
     "Enhetschef bad"),
    ("Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Föreningshandläggare"),
    ("Uthyrning av lokaler och idrottsanläggningar faktureras enligt taxa", "Bokningsansvarig"),
    ("Inventering av kommunens konstsamling – placering av konstverk kontrolleras",
     "Kulturstrateg"),
    ("Attest av leverantörsfakturor enligt attestordningen", "Controller"),
    ("Registerutdrag ur belastningsregistret finns för ledare i kulturskolan och på fritidsgårdarna",
     "Enhetschef fritid"),
    ("Avtal med arrangörer och artister under Vasaloppsveckan är skriftliga och undertecknade",
     "Evenemangssamordnare"),
]


def build_kfn(period):
    N = "Kultur- och fritidsnämnden"
    if period == "T1":
        fil = "KFN uppföljning IKP 2025 april.docx"
        values = [
            ("Ja", "Nej", "Avstämning januari–april, samtliga dagar stämde.", "GENOMFORD", "nej"),
            ("Delvis", "", "Vårens aktivitetsbidrag kontrollerade. Höstens utbetalning återstår.",
             "DELVIS", ""),
            ("Nej", "", "Planeras till maj.", "EJ_GENOMFORD", ""),
            ("", "", "", "SAKNAS", ""),
            ("Ja", "Ja", "1 av 20 fakturor attesterad av attestant som var jävig (egen resa).",
             "GENOMFORD", "ja"),
            ("Nej", "", "Planerad till augusti inför höstterminen.", "EJ_GENOMFORD", ""),
            ("Ja", "Nej", "Samtliga 9 avtal under Vasaloppsveckan fanns undertecknade.",
             "GENOMFORD", "nej"),
        ]
        checks = (True, False, False)
        date = "2025-05-06"
    else:
        fil = "KFN uppföljning IKP 2025 augusti.docx"
        values = [
            ("Ja", "Ja", "T1: samtliga dagar stämde.\nDelår: avstämning maj–augusti. Differens 200 kr "
             "den 14 juli, utredd och förklarad (felslag).", "GENOMFORD", "ja"),
            ("Ja", "Nej", "T1: vårens aktivitetsbidrag kontrollerade.\nDelår: höstens utbetalning "
             "(juni) kontrollerad, inga fel.", "GENOMFORD", "nej"),
            ("Delvis", "Ja", "20 uthyrningar kontrollerade, 2 var inte fakturerade och har fakturerats "
             "i efterhand. Resterande granskas i oktober.", "DELVIS", "ja"),
            ("Nej", "", "Inventeringen flyttas till 2026 på grund av flytt av konstförrådet.",
             "EJ_GENOMFORD", ""),
            ("Ja", "Nej", "Delår: 20 fakturor, inga fel.", "GENOMFORD", "nej"),
            ("Utgår", "", "Ersätts av kommunens gemensamma rutin för registerkontroll, "
             "beslut KFN 2025-06-10 § 45.", "UTGAR", ""),
            ("Ja", "Nej", "(T1) Samtliga 9 avtal under Vasaloppsveckan fanns undertecknade.",
             "GENOMFORD", "nej"),
        ]
        checks = (False, True, False)
        date = "2025-09-02"
    FILES.append((fil, "INLAST", N, "2025", period))

    d = new_doc("Lena Wiik", "Uppföljning internkontrollplan KFN")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(sec, "Mora kommun", "Kultur och fritid")

    t = d.add_paragraph()
    rr = t.add_run("Kultur- och fritidsnämnden")
    rr.bold = True
    rr.font.size = Pt(15)
    d.add_paragraph("Uppföljning av internkontrollplan 2025")
    p = d.add_paragraph()
    r = p.add_run("Uppföljningstillfälle:  ")
    r.bold = True
    labels = ["T1 (jan–apr)", "Delår (jan–aug)", "Helår (jan–dec)"]
    for lab, ch in zip(labels, checks):
        sdt_checkbox(p, ch)
        p.add_run(" " + lab + "     ")
    d.add_paragraph("Ange i kolumnen Utförd: Ja, Nej eller Delvis. Ange Ja i kolumnen Avvikelse om "
                    "kontrollen visat fel eller brister och beskriv åtgärden i kommentaren.").runs[0].font.size = Pt(9)

    cols = ["Nr", "Kontrollmoment", "Ansvarig", "Utförd\n(Ja/Nej/Delvis)", "Avvikelse\n(Ja/Nej)",
            "Kommentar/åtgärd"]
    widths = [Cm(1.0), Cm(8.0), Cm(3.5), Cm(2.5), Cm(2.2), Cm(8.5)]
    tb = d.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    for c, name in enumerate(cols):
        cell_write(tb.rows[0].cells[c], name, bold=True, size=10)
        set_cell_bg(tb.rows[0].cells[c], "FCE4D6")
    for i, ((text, ansv), (utf, av, kom, status, avv)) in enumerate(zip(KFN_CTRLS, values), 1):
        cells = tb.add_row().cells
        for c, v in enumerate([str(i), text, ansv, utf, av, kom]):
            cell_write(cells[c], v, size=10)
        exp(fil, N, text, status, avv)
    for rw in tb.rows:
        for c, w in enumerate(widths):
            rw.cells[c].width = w
    d.add_paragraph()
    d.add_paragraph("Datum: %s" % date)
    d.add_paragraph("Ansvarig chef: Lena Wiik, kultur- och fritidschef")
    save_doc(d, fil)


# ============================================== F8 picture renamed .docx (reject)
def build_picture():
    from PIL import Image, ImageDraw, ImageFont
    fil = "Morastrand AB internkontroll delår 2025.docx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    img = Image.new("RGB", (1240, 1754), (236, 233, 225))
    dr = ImageDraw.Draw(img)
    try:
        f_big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 38)
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 24)
    except Exception:
        f_big = f = ImageFont.load_default()
    dr.text((90, 110), "Morastrand AB", font=f_big, fill=(40, 40, 40))
    dr.text((90, 170), "Uppföljning intern kontroll – delår 2025", font=f, fill=(40, 40, 40))
    y = 260
    lines = ["Kontrollmoment", "Hyresdebitering enligt hyresavtal", "Genomförd: Ja [X]  Nej [ ]",
             "Iakttagelser: ....................................",
             "", "Kontrollmoment", "Attest av leverantörsfakturor", "Genomförd: Ja [X]  Nej [ ]",
             "", "Underskrift: ________________   (skannad med mobilen)"]
    for ln in lines:
        dr.text((90, y), ln, font=f, fill=(60, 60, 60))
        y += 48
    for k in range(0, 1754, 7):          # a little scan noise / shadow
        dr.line([(1180 + (k % 13), k), (1240, k)], fill=(200, 196, 188))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(buf.getvalue())


# ======================================================================= CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|KSF|Kommunledningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggavdelningen|Samhällsbyggnadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Morastrand AB", "Morastrand|Bostadsbolaget"),
    ("Nodava AB", "Nodava|Vatten och avfall"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_sn()
    build_bun()
    build_tn()
    build_ks()
    build_mbn()
    build_kfn("T1")
    build_kfn("DELAR")
    build_picture()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files: %d, controls: %d" % (len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
