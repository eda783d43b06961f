#!/usr/bin/python3
"""Builds blind round 2 (Norrvik kommun, run year 2025).

Run with /usr/bin/python3 (openpyxl, python-docx, odfpy) and LibreOffice on PATH:
    /usr/bin/python3 make_round.py
Writes the follow-up files plus namnder.csv, files.csv and expected.csv into this folder.
"""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "_build")
KOMMUN = "Norrvik kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def expect(fil, namnd, text, status, avv):
    t = " ".join(text.split()).replace(";", ",")
    EXPECTED.append((fil, namnd, t, status, avv))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    s.left_margin = s.right_margin = Cm(1.8)


def header_text(doc, text):
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = text
    for r in hp.runs:
        r.font.size = Pt(9)


# ====================================================================== FILE 1
def file1():
    fil = "Uppföljning internkontrollplan 2025 helår - Socialnämnden.docx"
    N = "Socialnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    doc = Document()
    landscape(doc)
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.core_properties.author = "Socialförvaltningen, Norrvik kommun"
    header_text(doc, "Norrvik kommun\tSocialförvaltningen\tDnr SN 2025/0047")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", 0)
    doc.add_paragraph("Socialnämnden, Norrvik kommun")
    doc.add_heading("Bakgrund", 1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (SN § 142). Planen bygger "
        "på en risk- och väsentlighetsanalys där elva kontrollmoment inom fyra processer valdes ut.")
    doc.add_paragraph(
        "I tabellen nedan redovisas resultatet av kontrollerna för helåret. Delårsuppföljningen "
        "rapporterades till nämnden i september. Där status saknas framgår resultatet av kommentaren. "
        "Avvikelser som kräver åtgärd har förts in i förvaltningens förbättringsplan.")
    doc.add_heading("Resultat per process", 1)

    hdr = ["Process", "Risk", "Kontrollmoment", "Metod / frekvens",
           "Resultat och iakttagelser", "Status", "Åtgärd"]
    widths = [Cm(3.0), Cm(3.6), Cm(4.8), Cm(2.6), Cm(6.4), Cm(2.4), Cm(3.2)]

    # (process, risk, kontroll, metod, resultat, status, atgard, expected_status, avv)
    part1 = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Stickprov på 20 utbetalningar per kvartal avseende korrekt beslut och attest",
         "Stickprov, kvartalsvis",
         "Samtliga fyra stickprov genomförda. I två av 80 ärenden saknades attest av andra handläggare; rättat i efterhand.",
         "Genomförd med anmärkning", "Påminnelse om attestrutin på APT", "GENOMFORD", "ja"),
        (None, "Bistånd beviljas trots att sökande har inkomster",
         "Kontroll av att inkomster stäms av mot SSBTEK vid nyansökan",
         "Stickprov 40 ärenden, helår",
         "Kontroll gjord i 40 ärenden. Avstämning fanns dokumenterad i samtliga.",
         "Genomförd", "–", "GENOMFORD", "nej"),
        (None, "Återkrav preskriberas",
         "Uppföljning av att återkrav registreras och bevakas",
         "Genomgång av reskontra, helår",
         "Genomgången påbörjades i oktober och blir klar under första kvartalet 2026 på grund av vakans på ekonomienheten.",
         "Pågående", "Slutförs Q1 2026", "DELVIS", "nej"),
        ("Barn och unga", "Orosanmälningar förhandsbedöms inte inom 14 dagar",
         "Månatlig uppföljning av andel förhandsbedömningar klara inom 14 dagar",
         "Rapport ur Lifecare, månadsvis",
         "Uppföljning gjord varje månad. Andelen låg på 78 % under sommaren, under målet 95 %. Åtgärdsplan framtagen.",
         "Genomförd", "Bemanningsplan sommar 2026", "GENOMFORD", "ja"),
        (None, "Utredningar drar ut på tiden",
         "Kontroll av att barnutredningar avslutas inom fyra månader (SoL 11 kap. 2 §)",
         "Listning ur verksamhetssystemet, halvår",
         "Kontrollen har inte hunnits med under året. Flyttas till internkontrollplan 2026.",
         "Ej genomförd", "Ingår i plan 2026", "EJ_GENOMFORD", "nej"),
        (None, "Vårdnadshavare får inte del av beslut",
         "Granskning av att vårdnadshavare informerats om beslut om placering",
         "Aktgranskning 10 ärenden",
         "Se bilaga 2.",
         "", "", "OKLAR", "nej"),
    ]
    part2 = [
        ("Barn och unga (forts.)", "Placerade barn i familjehem utan aktuell utredning",
         "Kontroll av att familjehem har aktuell utredning och avtal",
         "Genomgång av samtliga familjehem",
         "12 av 14 familjehem hade aktuellt avtal. Två avtal förnyas i januari 2026.",
         "Delvis", "Avtal förnyas jan 2026", "DELVIS", "ja"),
        ("Informationssäkerhet", "Obehörig åtkomst till personakter",
         "Loggkontroll i Lifecare, 10 slumpvis valda användare per halvår",
         "Loggkontroll, halvår",
         "Genomförd vår och höst. Ingen otillbörlig åtkomst upptäcktes.",
         "Genomförd", "–", "GENOMFORD", "nej"),
        (None, "Behörigheter ligger kvar efter avslutad anställning",
         "Kontroll av att behörigheter tas bort när anställning upphör",
         "Avstämning mot HR-systemet",
         "Ej aktuell 2025 – kontrollen hanteras centralt av kommunledningskontoret efter beslut SN 2025-03-12 § 34.",
         "Utgår", "", "UTGAR", "nej"),
        ("Personal", "Olämplig person anställs inom HVB",
         "Uppföljning av att registerutdrag kontrolleras vid anställning inom HVB",
         "Samtliga nyanställningar",
         "Samtliga 9 nyanställningar under året kontrollerade, utdrag fanns i alla fall.",
         "", "–", "GENOMFORD", "nej"),
        (None, "Hot och våld mot personal rapporteras inte",
         "Kontroll av att hot- och våldssituationer rapporteras i KIA",
         "Jämförelse KIA / incidentlogg",
         "", "", "", "SAKNAS", "nej"),
    ]

    def build_table(rows, cont=False):
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
            shade(t.rows[0].cells[i], "D9E2F3")
        repeat_header(t.rows[0])
        start = None
        for r in rows:
            row = t.add_row()
            cant_split(row)
            vals = r[:7]
            for i, v in enumerate(vals):
                if i == 0 and v is None:
                    continue
                set_cell(row.cells[i], v or "", size=9)
            if r[0] is not None:
                start = row.cells[0]
            else:
                start.merge(row.cells[0])
            expect(fil, N, r[2], r[7], r[8])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        return t

    build_table(part1)
    p = doc.add_paragraph()
    p.add_run("Tabellen fortsätter på nästa sida.").italic = True
    p.add_run().add_break(WD_BREAK.PAGE)
    build_table(part2)
    doc.add_paragraph()
    doc.add_paragraph("Samlad bedömning: Förvaltningen bedömer att den interna kontrollen i huvudsak har "
                      "varit tillräcklig. Kontroller som inte genomförts förs över till 2026 års plan.")
    doc.add_paragraph("Norrvik 2026-01-20")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(os.path.join(HERE, fil))


# ====================================================================== FILE 2
def file2():
    fil = "BUN delårsuppföljning intern kontroll aug 2025.docx"
    N = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    doc = Document()
    doc.core_properties.title = "Delårsuppföljning intern kontroll"
    header_text(doc, "Barn- och utbildningsnämnden\tNorrvik kommun\tDelårsrapport 2025")
    doc.add_heading("Uppföljning av intern kontroll per 31 augusti", 0)
    doc.add_paragraph(
        "Här redovisas läget för nämndens kontrollaktiviteter efter årets första åtta månader. "
        "Läget markeras med färg i den högra kolumnen enligt förklaringen nedan. Kontroller som ännu "
        "inte rapporterats lämnas utan färg.")
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    legend = doc.add_table(rows=4, cols=2)
    legend.style = "Table Grid"
    for i, (fill, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                                     (RED, "Ej genomförd"), (GREY, "Utgår enligt beslut")]):
        shade(legend.rows[i].cells[0], fill)
        set_cell(legend.rows[i].cells[1], txt, size=9)
        legend.rows[i].cells[0].width = Cm(1.2)
        legend.rows[i].cells[1].width = Cm(6)
    doc.add_paragraph()

    areas = [
        ("Område: Ekonomi", [
            ("Stickprov av 15 leverantörsfakturor per månad mot avtal och attestordning", "Controller",
             "Stickprov januari–augusti utförda. Inga avvikelser.", GREEN, "GENOMFORD", "nej"),
            ("Kontroll av att representation och förtroendekänsliga poster har korrekt underlag", "Ekonomichef",
             "Genomgång av 30 verifikationer. Tre saknade deltagarförteckning, återkopplat till berörda rektorer.",
             GREEN, "GENOMFORD", "ja"),
            ("Avstämning av interkommunala ersättningar mot elevregistret", "Skoladministratör",
             "Vårterminen avstämd. Höstterminen stäms av i oktober.", YELLOW, "DELVIS", "nej"),
        ]),
        ("Område: Personal", [
            ("Kontroll av att utdrag ur belastningsregistret finns för all nyanställd personal", "HR-specialist",
             "42 nyanställningar granskade. Utdrag saknades för en vikarie i förskolan; vikarien har inte arbetat sedan upptäckten.",
             GREEN, "GENOMFORD", "ja"),
            ("Uppföljning av att lönetillägg upphör vid tidsbegränsade uppdrag", "Lönehandläggare",
             "Ej påbörjad. Planeras till september.", RED, "EJ_GENOMFORD", "nej"),
            ("Granskning av att arbetsmiljöronder genomförs på alla enheter", "Förvaltningschef",
             "Enligt nämndbeslut 2025-04-15 § 51.", GREY, "UTGAR", "nej"),
        ]),
        ("Område: Verksamhet", [
            ("Kontroll av att kränkningsanmälningar anmäls till huvudman inom fem dagar", "Kvalitetsstrateg",
             "Kontroll gjord för vårterminen: 87 % anmäldes inom fem dagar. Påminnelse har gått ut till rektorer.",
             YELLOW, "DELVIS", "ja"),
            ("Uppföljning av att hög frånvaro (över 15 %) utreds av elevhälsan", "Elevhälsochef",
             "Genomförd för vårterminen.", GREEN, "GENOMFORD", "nej"),
            ("Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", "Skolskjutshandläggare",
             "Se kommentar i bilaga.", None, "OKLAR", "nej"),
            ("Granskning av att betyg registreras i tid i Edlevo", "Skoladministratör",
             "", None, "SAKNAS", "nej"),
        ]),
    ]
    n_green = 0
    for heading, rows in areas:
        doc.add_heading(heading, 2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Aktivitet", "Ansvarig", "Utfall", ""]):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        for txt, ans, utf, fill, st, avv in rows:
            row = t.add_row()
            set_cell(row.cells[0], txt, size=9)
            set_cell(row.cells[1], ans, size=9)
            set_cell(row.cells[2], utf, size=9)
            set_cell(row.cells[3], "", size=9)
            if fill:
                shade(row.cells[3], fill)
            if fill == GREEN:
                n_green += 1
            expect(fil, N, txt, st, avv)
        for row in t.rows:
            for i, w in enumerate([Cm(6.2), Cm(3.0), Cm(6.5), Cm(1.3)]):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_paragraph(f"Antal genomförda per 31 augusti: {n_green} av 10.")
    doc.add_paragraph("Sammanställt av: Erik Sundberg, controller, 2025-09-08")
    doc.save(os.path.join(HERE, fil))


# ====================================================================== FILE 3
def file3():
    fil = "Uppföljning IK 2025 Kultur och fritid.docx"
    N = "Kultur- och fritidsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    doc = Document()
    doc.core_properties.title = "Uppföljning av internkontrollplan 2025, helår"
    doc.core_properties.subject = "Kultur- och fritidsnämnden"
    header_text(doc, "Kultur- och fritidsnämnden\t\tNorrvik kommun")
    doc.add_heading("Helårsuppföljning internkontrollplan", 0)
    doc.add_paragraph(
        "Kultur- och fritidsförvaltningen redovisar här uppföljningen av nämndens kontroller. "
        "Varje kontroll redovisas för sig med resultat och status vid årets slut.")
    controls = [
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer",
         "Bidrag betalas ut till förening som inte uppfyller villkoren", "Bidragshandläggare",
         "Stickprov på 12 utbetalningar. Samtliga var i enlighet med beslut.", "Utförd enl. plan", "Ingen",
         "GENOMFORD", "nej"),
        ("Kontroll av kassaredovisning i simhallen och på huvudbiblioteket",
         "Svinn eller stöld av kontanter", "Enhetschef bad / bibliotek",
         "Kassaredovisning kontrollerad månadsvis. En kassadifferens på 1 250 kr i juni; utredd och polisanmäld.",
         "Slutförd", "Två personer vid kassaavslut införs", "GENOMFORD", "ja"),
        ("Uppföljning av att hyresavtal för lokaler och anläggningar är aktuella",
         "Avtal löper på med felaktiga villkor", "Administrativ chef",
         "Inventering av 34 avtal pågår, 20 är klara.", "Pågående", "Klart mars 2026",
         "DELVIS", "nej"),
        ("Kontroll av att lotteritillstånd handläggs inom tre veckor",
         "Sökande får vänta för länge på beslut", "Handläggare lotterier",
         "Ej utförd på grund av långvarig sjukskrivning hos handläggaren.", "Ej påbörjad", "Förs över till 2026",
         "EJ_GENOMFORD", "nej"),
        ("Kontroll av att bokningar i Interbook faktureras",
         "Intäktsbortfall", "Bokningsansvarig",
         "Jämförelse bokningar/fakturor för mars och oktober. 18 bokningar hade inte fakturerats (ca 23 000 kr); de är nu fakturerade.",
         "Åtgärdad", "Månatlig avstämning införd", "GENOMFORD", "ja"),
        ("Kontroll av att registerutdrag begärs för ledare i sommarlovsverksamheten",
         "Olämpliga personer i verksamhet med barn", "Fritidschef",
         "Sommarlovsverksamheten genomfördes inte 2025.", "Ej aktuell", "–", "UTGAR", "nej"),
        ("Granskning av inköp av konst mot kommunens inköpspolicy",
         "Inköp sker utanför avtal och policy", "Kulturchef",
         "Se bilaga", "Se bilaga", "", "OKLAR", "nej"),
        ("Uppföljning av tillgänglighetsanpassning enligt handlingsplan",
         "Lokaler är inte tillgängliga för alla", "Fastighetssamordnare",
         "Osäkert om åtgärderna i handlingsplanen hunnit genomföras – fastighetsägaren har inte återrapporterat.",
         "Osäkert", "Ny avstämning med fastighetsägaren", "OKLAR", "nej"),
        ("Kontroll av att attestförteckningen är aktuell",
         "Attest görs av fel person", "Ekonom",
         "", "", "", "SAKNAS", "nej"),
    ]
    for i, (km, risk, ans, res, st, atg, exp, avv) in enumerate(controls, 1):
        doc.add_heading(f"Kontroll {i}", 2)
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        for j, (lab, val) in enumerate([("Kontrollmoment:", km), ("Risk:", risk), ("Ansvarig:", ans),
                                         ("Resultat:", res), ("Status:", st), ("Åtgärd:", atg)]):
            set_cell(t.rows[j].cells[0], lab, bold=True, size=10)
            set_cell(t.rows[j].cells[1], val, size=10)
            t.rows[j].cells[0].width = Cm(3.5)
            t.rows[j].cells[1].width = Cm(12.5)
        expect(fil, N, km, exp, avv)
        doc.add_paragraph()
    doc.add_heading("Nämndens samlade bedömning", 1)
    p = doc.add_paragraph()
    p.add_run("Bedömning av den interna kontrollen: ").bold = True
    p.add_run("Tillräcklig")
    doc.add_paragraph("Förvaltningen bedömer att de brister som framkommit är av begränsad omfattning "
                      "och att åtgärder har vidtagits eller planeras.")
    doc.add_paragraph("Norrvik den 5 februari 2026\nJohan Berg, kultur- och fritidschef")
    doc.save(os.path.join(HERE, fil))


# ====================================================================== FILE 4 (odt)
def file4():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P, H
    from odf import meta, dc

    fil = "Intern kontroll 2025 MBN.odt"
    N = "Miljö- och byggnadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", ""))
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Intern kontroll 2025"))
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="10pt"))
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="10pt"))
    title = Style(name="Title1", family="paragraph")
    title.addElement(TextProperties(fontweight="bold", fontsize="16pt"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#E2EFDA"))
    for s in (bold, small, title):
        doc.styles.addElement(s)
    for s in (cellst, hcell):
        doc.automaticstyles.addElement(s)
    colw = []
    for i, w in enumerate(["3.2cm", "6.2cm", "2.2cm", "5.4cm"]):
        cs = Style(name=f"Col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colw.append(cs)

    doc.text.addElement(P(stylename=title, text="Miljö- och byggnadsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Kontrollerna har följts upp av respektive enhetschef. J = kontrollen är utförd, "
                               "N = kontrollen är inte utförd. Kommentar lämnas vid behov."))
    doc.text.addElement(P(text=""))

    groups = [
        ("Bygglov", [
            ("Att bygglovsbeslut fattas inom lagstadgad tid (10 veckor)", "J",
             "Stickprov 25 ärenden, 23 inom tid. Två ärenden överskred tiden på grund av sena kompletteringar.",
             "GENOMFORD", "ja"),
            ("Att avgifter debiteras enligt gällande taxa", "J", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Att slutbesked utfärdas innan byggnad tas i bruk", "N", "Hann inte genomföras 2025.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Miljötillsyn", [
            ("Att planerade tillsynsbesök enligt tillsynsplanen genomförs", "",
             "Kontrollen gjord för första halvåret, andra halvåret återstår.", "DELVIS", "nej"),
            ("Att tillsynsavgifter faktureras för alla registrerade objekt", "J",
             "Tre objekt saknade fakturering, åtgärdat i november.", "GENOMFORD", "ja"),
        ]),
        ("Livsmedelskontroll", [
            ("Att jäv hanteras – inspektörer kontrollerar inte närståendes verksamheter", "J", "",
             "GENOMFORD", "nej"),
            ("Att provtagningsresultat återkopplas till verksamhetsutövaren", "",
             "Utgår – ingen provtagning gjordes 2025 enligt beslut i nämnden.", "UTGAR", "nej"),
        ]),
        ("Administration", [
            ("Att diarieföring sker inom två arbetsdagar", "", "", "SAKNAS", "nej"),
            ("Att delegationsbeslut anmäls till nämnden", "J", "Se bilaga 1.", "GENOMFORD", "nej"),
        ]),
    ]
    tbl = Table(name="Kontroller")
    for cs in colw:
        tbl.addElement(TableColumn(stylename=cs))
    hr = TableRow()
    for h in ["Granskningsområde", "Vad kontrolleras", "Utförd (J/N)", "Kommentar"]:
        c = TableCell(stylename=hcell)
        c.addElement(P(stylename=bold, text=h))
        hr.addElement(c)
    tbl.addElement(hr)
    for area, rows in groups:
        for k, (what, jn, comment, st, avv) in enumerate(rows):
            tr = TableRow()
            if k == 0:
                c = TableCell(stylename=cellst, numberrowsspanned=len(rows))
                c.addElement(P(stylename=small, text=area))
                tr.addElement(c)
            else:
                tr.addElement(CoveredTableCell())
            for v in (what, jn, comment):
                c = TableCell(stylename=cellst)
                c.addElement(P(stylename=small, text=v))
                tr.addElement(c)
            tbl.addElement(tr)
            expect(fil, N, what, st, avv)
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Upprättad av Maria Ek, miljö- och byggchef"))
    doc.save(os.path.join(HERE, fil))


# ====================================================================== FILE 5 (ods via xlsx)
def file5():
    fil = "TN internkontroll uppföljning 2025.ods"
    N = "Tekniska nämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFC000")
    R = PatternFill("solid", fgColor="FF0000")
    GR = PatternFill("solid", fgColor="A6A6A6")
    fills = {"G": G, "Y": Y, "R": R, "X": GR, None: None}

    ws["A1"] = "Tekniska nämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Uppföljning tertial 1 och helår. Status anges med färg, se förklaring under tabellen."
    ws.merge_cells("A2:F2")
    heads = ["Process", "Kontroll", "Frekvens", "T1", "Helår", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = box
    groups = [
        ("Gata och park", [
            ("Kontroll av att vinterväghållning utförs enligt avtal (stickprov i entreprenörens körjournaler)",
             "Varje månad nov–mars", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Besiktning av lekplatser enligt SS-EN 1176", "En gång per år", None, "Y",
             "18 av 27 lekplatser besiktigade, resterande i mars 2026.", "DELVIS", "nej"),
            ("Kontroll av att grävtillstånd finns för alla schakter i gatumark", "Stickprov per tertial", "R", "G",
             "Stickprov 15 schakter, två saknade tillstånd – sanktionsavgift har tagits ut.", "GENOMFORD", "ja"),
        ]),
        ("Vatten och avlopp", [
            ("Avstämning av debiterad VA-taxa mot antal abonnemang i kundregistret", "Per tertial", "Y", "G",
             "", "GENOMFORD", "nej"),
            ("Kontroll av reservkraft vid avloppspumpstationer", "Vår och höst", "G", "R",
             "Provkörning under hösten ej utförd på grund av personalbrist.", "EJ_GENOMFORD", "nej"),
            ("Uppföljning av att dricksvattenprover tas enligt provtagningsplan", "Löpande", "G", "G",
             "Alla prover tagna. Ett prov visade förhöjd halt koliforma bakterier; kokningsrekommendation utfärdades i två dygn.",
             "GENOMFORD", "ja"),
        ]),
        ("Fastighet", [
            ("Kontroll av att OVK är utförd i alla verksamhetslokaler", "En gång per år", "Y", "Y",
             "Fyra skolor återstår.", "DELVIS", "nej"),
            ("Kontroll av att fakturor för ramavtal stämmer med avtalade priser", "Stickprov per tertial", "G", None,
             "", "SAKNAS", "nej"),
            ("Kontroll av att nycklar och passerkort återlämnas vid avslutad anställning", "Löpande", "X", "X",
             "Utgår, ersätts av nytt passersystem.", "UTGAR", "nej"),
        ]),
        ("Måltid", [
            ("Egenkontroll av livsmedelshantering i kommunens kök", "Per tertial", "G", "G",
             "Genomförd i samtliga 14 kök.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for proc, rows in groups:
        start = r
        for txt, freq, t1, hel, kom, st, avv in rows:
            ws.cell(row=r, column=2, value=txt)
            ws.cell(row=r, column=3, value=freq)
            ws.cell(row=r, column=6, value=kom if kom else None)
            for col, f in ((4, t1), (5, hel)):
                if fills[f] is not None:
                    ws.cell(row=r, column=col).fill = fills[f]
            for col in range(1, 7):
                ws.cell(row=r, column=col).border = box
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            expect(fil, N, txt, st, avv)
            r += 1
        ws.cell(row=start, column=1, value=proc)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Förklaring").font = Font(bold=True)
    r += 1
    for f, txt in ((G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"),
                   (GR, "Utgår")):
        ws.cell(row=r, column=1).fill = f
        ws.cell(row=r, column=1).border = box
        ws.cell(row=r, column=2, value=txt)
        r += 1
    ws.cell(row=r, column=1).border = box
    ws.cell(row=r, column=2, value="Ingen färg = ej rapporterad")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["D"].width = 8
    ws.column_dimensions["E"].width = 8
    ws.column_dimensions["F"].width = 50
    ws.oddHeader.right.text = "Tekniska förvaltningen"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    tmp = os.path.join(BUILD, "TN internkontroll uppföljning 2025.xlsx")
    wb.save(tmp)
    soffice("ods", tmp, HERE)


# ====================================================================== FILE 6 (UTF-16 txt)
def file6():
    fil = "IK-export Stratsys 2026-01-14.txt"
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    rows = [
        ("Kommunstyrelsen", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Redovisningsekonom",
         "1", "Gjord varje månad.", "N", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Ekonomi", "Kontroll av behörigheter i ekonomisystemet Raindance", "Systemförvaltare",
         "1", "Fem användare hade kvar behörighet efter byte av tjänst; behörigheterna är borttagna.", "J",
         "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Upphandling", "Stickprov avtalstrohet, 25 inköp per halvår", "Upphandlingschef",
         "2", "Första halvåret klart, andra halvåret pågår.", "N", "DELVIS", "nej"),
        ("Kommunstyrelsen", "HR", "Kontroll av att lönerevisionen registrerats korrekt", "HR-chef",
         "1", "", "N", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Informationssäkerhet",
         "Uppföljning av genomförd utbildning i informationssäkerhet för nyanställda", "Informationssäkerhetssamordnare",
         "3", "Utbildningsplattformen har inte varit i drift under året.", "N", "EJ_GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Ärendehantering", "Kontroll av att allmänna handlingar diarieförs utan dröjsmål",
         "Registrator", "", "", "", "SAKNAS", "nej"),
        ("Överförmyndarnämnden", "Tillsyn", "Granskning av årsräkningar inom lagstadgad tid", "Handläggare",
         "2", "83 % granskade per 31/12. Resterande klara i februari.", "N", "DELVIS", "nej"),
        ("Överförmyndarnämnden", "Tillsyn", "Kontroll av att ställföreträdare har aktuellt registerutdrag",
         "Handläggare", "1", "Två saknade utdrag, har begärts in.", "J", "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Tillsyn", "Stickprov av uttag från spärrade konton", "Samordnare",
         "4", "Utgår enligt beslut ÖFN 2025-05-20 § 12.", "N", "UTGAR", "nej"),
        ("Överförmyndarnämnden", "Ekonomi", "Kontroll av arvoden till gode män och förvaltare", "Ekonom",
         "1", "Stickprov 30 ärenden.\nEtt arvode felberäknat (för högt), beloppet återkrävt.", "J",
         "GENOMFORD", "ja"),
    ]

    def q(v):
        if any(ch in v for ch in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v

    ncol = 7
    lines = [
        ["Rapport: Uppföljning internkontroll"] + [""] * (ncol - 1),
        [f"Organisation: {KOMMUN}"] + [""] * (ncol - 1),
        ["Period: Helår 2025"] + [""] * (ncol - 1),
        ["Utskriven: 2026-01-14 09:42"] + [""] * (ncol - 1),
        [""] * ncol,
        ["Nämnd", "Process", "Kontrollaktivitet", "Kontrollansvarig", "Status", "Resultat", "Avvikelse (J/N)"],
    ]
    for r in rows:
        lines.append(list(r[:7]))
        expect(fil, r[0], r[2], r[7], r[8])
    lines.append([""] * ncol)
    lines.append(["Statuskod: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd, 4 = Utgår"] + [""] * (ncol - 1))
    text = "\r\n".join("\t".join(q(v) for v in ln) for ln in lines) + "\r\n"
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


# ====================================================================== FILE 7 (.doc via docx)
def file7():
    fil = "VON uppföljning internkontroll T2 2025.doc"
    N = "Vård- och omsorgsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    doc = Document()
    landscape(doc)
    header_text(doc, "Vård- och omsorgsnämnden – Norrvik kommun")
    doc.add_heading("Uppföljning intern kontroll, tertial 2 (jan–aug)", 0)
    doc.add_paragraph("Markera med X i den kolumn som stämmer. Kommentera alltid vid delvis eller ej genomförd.")
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    groups = [
        ("Hemtjänst", [
            ("Kontroll av att utförd tid i TES stämmer med beviljad tid", 1,
             "Avvikelse i 6 % av besöken, utreds vidare med enhetscheferna.", "GENOMFORD", "ja"),
            ("Kontroll av att genomförandeplan upprättas inom 14 dagar", 2,
             "Kontrollerat på två av fyra enheter.", "DELVIS", "nej"),
            ("Kontroll av nyckelhantering (kvittenser för nycklar till brukare)", 3,
             "Flyttas till hösten.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Särskilt boende", [
            ("Kontroll av läkemedelshantering – avvikelser och signeringslistor", 1, "", "GENOMFORD", "nej"),
            ("Kontroll av att brukarnas privata medel redovisas kvartalsvis", 1,
             "En redovisning saknade kvitton på 640 kr.", "GENOMFORD", "ja"),
            ("Kontroll av att fallriskbedömning görs vid inflyttning", 0,
             "Se kommentar under avsnitt 3.", "OKLAR", "nej"),
        ]),
        ("LSS", [
            ("Kontroll av att LSS-beslut verkställs inom tre månader", 2,
             "Två ej verkställda beslut har rapporterats till IVO.", "DELVIS", "ja"),
            ("Kontroll av att egen tillsyn av personlig assistans genomförs", 0,
             "Kontrollen utgår 2025 enligt beslut i nämnden 2025-02-18 § 19.", "UTGAR", "nej"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "FCE4D6")
    repeat_header(t.rows[0])
    counts = [0, 0, 0]
    for g, rows in groups:
        gr = t.add_row()
        m = gr.cells[0].merge(gr.cells[4])
        set_cell(m, g, bold=True, size=10)
        shade(m, "EDEDED")
        for txt, col, kom, st, avv in rows:
            row = t.add_row()
            set_cell(row.cells[0], txt, size=10)
            for k in (1, 2, 3):
                set_cell(row.cells[k], "X" if col == k else "", size=10)
            if col:
                counts[col - 1] += 1
            set_cell(row.cells[4], kom, size=10)
            expect(fil, N, txt, st, avv)
    sr = t.add_row()
    set_cell(sr.cells[0], "Summa", bold=True, size=10)
    for k in range(3):
        set_cell(sr.cells[k + 1], str(counts[k]), bold=True, size=10)
    for row in t.rows:
        for i, w in enumerate([Cm(8.5), Cm(2.3), Cm(2.0), Cm(2.5), Cm(9.0)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Uppföljningen redovisas för nämnden i samband med delårsrapporten.")
    doc.add_paragraph("Lena Holm, kvalitetsutvecklare, 2025-09-12")
    tmp = os.path.join(BUILD, "VON uppföljning internkontroll T2 2025.docx")
    doc.save(tmp)
    soffice("doc", tmp, HERE)


# ====================================================================== FILE 8 (xlsx blocks)
def file8():
    fil = "AMN Internkontroll 2025 uppföljning.xlsx"
    N = "Arbetsmarknadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Arbetsmarknadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår och helår"
    ws["A2"].font = Font(italic=True)
    blocks = [
        ("Kontroll av att utbetalning av anställningsstöd matchar beslut",
         "Felaktiga utbetalningar", "Ekonom", "Pågående", "Slutförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uppföljning av deltagarnas närvaro i arbetsmarknadsinsatser",
         "Ersättning betalas för dagar utan närvaro", "Enhetschef Jobbcenter", "Slutförd", "Slutförd",
         "Närvaron var felaktigt rapporterad i 4 av 50 fall. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Kontroll av att extratjänster har giltigt beslut från Arbetsförmedlingen",
         "Kommunen går miste om statlig ersättning", "Arbetsmarknadssekreterare", "Ej påbörjad", "Pågående",
         "Halva underlaget genomgånget.", "DELVIS", "nej"),
        ("Stickprov av fakturor från externa utbildningsanordnare",
         "Fakturering utan motprestation", "Controller", "Ej påbörjad", "Ej påbörjad",
         "Resursbrist under hösten.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av försörjningsstöd vid samtidig aktivitet i jobbcenter",
         "Dubbla ersättningar", "Utredare", "Pågående", "Se bilaga", "", "OKLAR", "nej"),
        ("Kontroll av att kompetenskrav för handledare uppfylls",
         "Bristande handledning", "Verksamhetschef", "Utgår", "Utgår",
         "Enligt beslut AMN 2025-03-11 § 22.", "UTGAR", "nej"),
        ("Uppföljning av SFI-elevers studieplaner",
         "Elever saknar individuell studieplan", "Rektor vuxenutbildning", "Slutförd", "Åtgärdad",
         "Brister i dokumentationen av studieplaner, åtgärdade under hösten.", "GENOMFORD", "ja"),
        ("Kontroll av arkivering av deltagarakter",
         "Handlingar gallras eller förkommer", "Administratör", "", "", "", "SAKNAS", "nej"),
    ]
    lab = Font(bold=True)
    r = 4
    for km, risk, ans, d, h, kom, st, avv in blocks:
        for label, val in (("Kontrollmoment:", km), ("Risk:", risk), ("Ansvarig:", ans),
                           ("Status delår:", d), ("Status helår:", h), ("Kommentar:", kom)):
            ws.cell(row=r, column=1, value=label).font = lab
            ws.cell(row=r, column=2, value=val if val else None)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True)
            if label == "Kontrollmoment:":
                ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9D9D9")
                ws.cell(row=r, column=2).fill = PatternFill("solid", fgColor="D9D9D9")
            r += 1
        expect(fil, N, km, st, avv)
        r += 1
    ws.cell(row=r, column=1, value="Godkänd av förvaltningsledningen 2026-01-28")
    ws.column_dimensions["A"].width = 18
    for c in "BCDE":
        ws.column_dimensions[c].width = 24
    ws.oddHeader.left.text = "Arbetsmarknadsförvaltningen"
    ws.oddHeader.right.text = "Utskrift &D"
    wb.save(os.path.join(HERE, fil))


# ====================================================================== FILE 9 (PDF, unreadable)
def file9():
    fil = "Räddningsnämnden uppföljning intern kontroll 2025.pdf"
    N = "Räddningsnämnden"
    FILES.append((fil, "AVVISAD", N, "2025", "HELAR"))
    doc = Document()
    header_text(doc, "Räddningsnämnden – Räddningstjänsten Norrvik")
    doc.add_heading("Uppföljning intern kontroll helår 2025", 0)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for km, s, k in [
        ("Kontroll av att tillsyn enligt LSO genomförs enligt plan", "Genomförd", ""),
        ("Kontroll av att larmkvittens sker inom 90 sekunder", "Delvis", "Mål ej nått under juli."),
        ("Kontroll av att rökdykarutrustning besiktigas", "Genomförd", ""),
        ("Kontroll av fakturering av onödiga automatlarm", "Ej genomförd", "Nytt system."),
    ]:
        row = t.add_row()
        set_cell(row.cells[0], km)
        set_cell(row.cells[1], s)
        set_cell(row.cells[2], k)
    tmp = os.path.join(BUILD, "Räddningsnämnden uppföljning intern kontroll 2025.docx")
    doc.save(tmp)
    soffice("pdf", tmp, HERE)


# ---------------------------------------------------------------- soffice
def soffice(fmt, src, outdir):
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0] + "." + fmt
    if not os.path.exists(os.path.join(outdir, base)):
        raise SystemExit(f"conversion failed: {src} -> {fmt}")


def main():
    os.makedirs(BUILD, exist_ok=True)
    for f in (file1, file2, file3, file4, file5, file6, file7, file8, file9):
        f()
    shutil.rmtree(BUILD, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
            ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Räddningsnämnden", "RN|Räddningstjänsten Norrvik"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert all(";" not in x for x in row)
            f.write(";".join(row) + "\n")
    print(len(FILES), "file lines,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
