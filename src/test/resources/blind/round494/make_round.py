#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r494 - Lindesbergs kommun, delår 2025: an inbox of Word documents.

Builds 7 follow-up files (.docx, .doc, .odt) + 1 meeting invitation (.docx, to be rejected),
plus namnder.csv, files.csv and expected.csv.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round494-work"
LO_PROFILE = "file:///tmp/lo-round494"
FIXED = datetime.datetime(2025, 9, 5, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, rows):
    for r in rows:
        EXPECTED.append((fil, namnd, r["km"], r["st"], r["av"]))


# ----------------------------------------------------------------------------------------
# generic helpers
# ----------------------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip (docx/odt) with fixed timestamps so the build is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 5, 10, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    os.replace(tmp, path)


def new_doc(author, title, landscape=False, font="Calibri", size=10):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(1.8)
    return d


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


def set_text(cell, text, bold=False, size=None, italic=False):
    """Set cell text; '\n' gives new paragraphs inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def page_number_footer(section, prefix="Sida "):
    p = section.footer.paragraphs[0]
    p.text = prefix
    run = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    normalize_zip(path)
    return path


# ----------------------------------------------------------------------------------------
# 1. Kommunstyrelsen + Överförmyndarnämnden: one long table, header row repeated on every
#    page (w:tblHeader), process group rows merged across; second table for ÖFN under a heading
# ----------------------------------------------------------------------------------------
F1 = "KS delårsuppföljning intern kontroll 2025.docx"

KS_ROWS = [
    ("G", "Ekonomi"),
    ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor per tertial", "Redovisningsansvarig", "Genomförd", "Nej",
     "Stickprov 50 fakturor januari–augusti. Samtliga attesterade av behörig attestant enligt gällande attestförteckning.",
     "GENOMFORD", "nej"),
    ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
     "Stickprov 15 verifikat", "Controller", "Genomförd", "Ja",
     "3 av 15 verifikat saknade deltagarförteckning.\nPåminnelse om riktlinjer för representation skickad till samtliga chefer.",
     "GENOMFORD", "ja"),
    ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
     "Samtliga balanskonton, inför delår och bokslut", "Redovisningsansvarig", "Pågår", "",
     "Avstämning klar för ca 80 % av kontona. Resterande konton stäms av senast vecka 38.",
     "DELVIS", ""),
    ("G", "Personal och lön"),
    ("2.1", "Löneutbetalning", "Kontroll att löneutbetalningar endast görs till anställda med giltig anställning",
     "Jämförelse mellan HR-system och utbetalningsfil, två gånger per år", "HR-chef", "Genomförd", "Nej",
     "Kontroll genomförd i maj. Inga felaktiga utbetalningar identifierades.",
     "GENOMFORD", "nej"),
    ("2.2", "Rehabilitering", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato",
     "Stickprov 10 ärenden", "HR-specialist", "Ej påbörjad", "",
     "Genomförs under hösten på grund av vakans på HR-avdelningen.",
     "EJ_GENOMFORD", ""),
    ("G", "IT och informationssäkerhet"),
    ("3.1", "Behörigheter", "Behörighetsgranskning i ekonomisystemet Raindance",
     "Årlig genomgång av samtliga aktiva användare", "Systemförvaltare ekonomi", "Genomförd", "Ja",
     "Fyra konton tillhörande avslutade anställda var fortfarande aktiva. Kontona har stängts och rutinen för avslut av behörighet har förtydligats.",
     "GENOMFORD", "ja"),
    ("3.2", "Säkerhetskopiering", "Kontroll av att säkerhetskopiering och återläsningstest genomförs",
     "Loggkontroll kvartalsvis, återläsningstest årligen", "IT-chef", "Pågår", "Nej",
     "Loggar för kvartal 1 och 2 kontrollerade utan anmärkning. Återläsningstest planerat till oktober.",
     "DELVIS", "nej"),
    ("G", "Upphandling och inköp"),
    ("4.1", "Avtalstrohet", "Avtalstrohet vid inköp av förbrukningsmaterial",
     "Analys av leverantörsreskontra", "Upphandlingschef", "Genomförd med anmärkning", "",
     "Inköp utanför avtal har skett hos två leverantörer, totalt 84 tkr. Berörda enheter har informerats om gällande ramavtal.",
     "GENOMFORD", "ja"),
    ("4.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjerna",
     "Stickprov", "Upphandlare", "Utgår", "",
     "Utgår enligt KS beslut 2025-04-08 § 61. Ingår i kommunövergripande granskning som revisionen genomför.",
     "UTGAR", ""),
    ("G", "Ärendehantering och nämndadministration"),
    ("5.1", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
     "Avstämning mot diariet, två gånger per år", "Kommunsekreterare", "Genomförd", "Nej",
     "Samtliga delegationsbeslut för perioden har anmälts.",
     "GENOMFORD", "nej"),
    ("5.2", "Allmänna handlingar", "Begäran om utlämnande av allmän handling hanteras skyndsamt",
     "Stickprov 10 begäranden", "Registrator", "", "", "",
     "SAKNAS", ""),
]

OFN_ROWS = [
    ("Ö1", "Ställföreträdarskap", "Granskning av årsräkningar sker inom fastställd tid",
     "Uppföljning i Wärna", "Handläggare överförmyndare", "Genomförd", "Nej",
     "Samtliga inkomna årsräkningar var granskade senast 30 juni.", "GENOMFORD", "nej"),
    ("Ö2", "Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer",
     "Stickprov 10 arvodesbeslut", "Handläggare överförmyndare", "Genomförd", "Ja",
     "Ett arvode var felberäknat (för lågt). Beslutet har rättats och mellanskillnaden betalats ut.",
     "GENOMFORD", "ja"),
    ("Ö3", "Förordnande", "Kontroll av att ställföreträdare har genomgått registerkontroll före förordnande",
     "Stickprov 10 förordnanden", "Enhetschef", "Pågår", "",
     "Stickprov 5 av 10 genomfört.", "DELVIS", ""),
    ("Ö4", "Förvaltarskap", "Kontroll av att överförmyndarspärrade konton är spärrade hos banken",
     "Stickprov", "Handläggare överförmyndare", "Ej aktuell", "",
     "Kontrollen ersätts av automatisk avstämning i Wärna från 2025.", "UTGAR", ""),
]

HDR1 = ["Nr", "Rutin/system", "Kontrollmoment", "Kontrollmetod och frekvens", "Ansvarig",
        "Status delår", "Avvikelse", "Kommentar"]
W1 = [1.0, 2.7, 5.0, 3.6, 2.8, 2.4, 1.8, 6.4]


def ks_table(d, rows):
    t = d.add_table(rows=1, cols=len(HDR1))
    t.style = "Table Grid"
    for i, h in enumerate(HDR1):
        c = t.rows[0].cells[i]
        set_text(c, h, bold=True, size=9)
        shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for row in rows:
        r = t.add_row()
        if row[0] == "G":
            a = r.cells[0].merge(r.cells[-1])
            set_text(a, row[1], bold=True, size=9)
            shade(a, "DEEAF6")
            continue
        cant_split(r)
        for i, v in enumerate(row[:8]):
            set_text(r.cells[i], v, size=9)
    col_widths(t, W1)
    return t


def build_f1():
    d = new_doc("Maria Höglund", "Uppföljning internkontrollplan 2025 delår", landscape=True)
    d.sections[0].header.paragraphs[0].text = "LINDESBERGS KOMMUN\tKommunledningsförvaltningen\tDnr KS 2025/112"
    page_number_footer(d.sections[0])
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)", level=1)
    d.add_paragraph("Kommunstyrelsen, Lindesbergs kommun")
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplan för 2025 den 10 december 2024. Enligt reglementet för intern "
        "kontroll ska uppföljning rapporteras till styrelsen i samband med delårsrapporten och årsredovisningen. "
        "I tabellen nedan redovisas status per den 31 augusti 2025 för varje kontrollmoment.")
    d.add_paragraph(
        "Status anges som Genomförd, Pågår, Ej påbörjad eller Utgår. I kolumnen Avvikelse anges Ja om kontrollen "
        "har visat på brister. Kontrollmoment som ska följas upp först vid helår är markerade i planen.")
    ks_table(d, KS_ROWS)
    d.add_paragraph("")
    d.add_heading("Överförmyndarnämnden", level=2)
    d.add_paragraph(
        "Överförmyndarnämndens internkontrollplan administreras av kommunledningsförvaltningen och "
        "redovisas därför i samma dokument. Uppföljningen avser perioden januari–augusti 2025.")
    ks_table(d, OFN_ROWS)
    d.add_paragraph("")
    d.add_paragraph("Lindesberg 2025-09-05")
    d.add_paragraph("Maria Höglund\nEkonomichef")
    save_docx(d, F1)
    exp(F1, "Kommunstyrelsen", [dict(km=r[2], st=r[8], av=r[9]) for r in KS_ROWS if r[0] != "G"])
    exp(F1, "Överförmyndarnämnden", [dict(km=r[2], st=r[8], av=r[9]) for r in OFN_ROWS])
    FILES.append((F1, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    FILES.append((F1, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 2. Bildningsnämnden: one small table per process under a numbered heading, status as symbols
#    with a legend at the top
# ----------------------------------------------------------------------------------------
F2 = "Bildningsförvaltningen - uppföljning IK delår 2025.docx"

BIN_PROC = [
    ("1. Skolskjuts", [
        ("Kontroll att beviljad skolskjuts följer riktlinjer för skolskjuts", "20 beslut", "Skolskjutssamordnare",
         "●", "Samtliga 20 granskade beslut följer riktlinjerna.", "GENOMFORD", "nej"),
        ("Fakturor från skolskjutsentreprenör stäms av mot körorder", "Månadsvis", "Ekonom",
         "◐", "Avstämning gjord för januari–maj. Juni–augusti återstår.", "DELVIS", ""),
    ]),
    ("2. Elevhälsans medicinska insats", [
        ("Journalföring i elevhälsans medicinska insats sker enligt patientdatalagen", "Granskning av 10 journaler",
         "Verksamhetschef EMI", "●",
         "Två journalanteckningar saknade signering. Berörd personal har fått information och anteckningarna är signerade.",
         "GENOMFORD", "ja"),
        ("Loggkontroll i journalsystemet PMO", "Kvartalsvis", "Medicinskt ledningsansvarig skolsköterska",
         "○", "Ej genomförd på grund av sjukskrivning. Genomförs i september.", "EJ_GENOMFORD", ""),
    ]),
    ("3. Undervisning och elevers rättigheter", [
        ("Rutin för dokumentation av betygsunderlag följs", "Stickprov på två skolor", "Rektorer",
         "–", "Utgår – området granskas av Skolinspektionen under 2025.", "UTGAR", ""),
        ("Kontroll av att upprepad frånvaro anmäls till huvudmannen", "Stickprov två skolor",
         "Skolchef grundskola", "●", "Rutinen följs. Inga avvikelser.", "GENOMFORD", "nej"),
    ]),
    ("4. Avgifter förskola och fritidshem", [
        ("Avgifter för förskola debiteras enligt maxtaxa och aktuell inkomstuppgift", "Stickprov 30 hushåll",
         "Avgiftshandläggare", "", "Se bilaga 2.", "OKLAR", ""),
        ("Inkomstuppgifter för barnomsorgsavgift stäms av mot Skatteverket", "Årlig", "Avgiftshandläggare",
         "●", "Avstämning gjord i april. 6 hushåll har fått rättad faktura.", "GENOMFORD", "ja"),
    ]),
]


def build_f2():
    d = new_doc("Jonas Ek", "Intern kontroll 2025 uppföljning", font="Arial", size=10)
    d.sections[0].header.paragraphs[0].text = "Bildningsförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("Intern kontroll 2025 – uppföljning per 31 augusti")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Redovisas för bildningsnämnden 2025-09-18. Handläggare: Jonas Ek, nämndcontroller.")
    d.add_paragraph(
        "Bildningsnämndens internkontrollplan för 2025 omfattar fyra processer. Under varje process redovisas "
        "kontrollmomenten med status efter årets första åtta månader.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("●  Genomförd     ◐  Delvis genomförd / pågår     ○  Ej genomförd     –  Utgår")
    for heading, rows in BIN_PROC:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Light Grid Accent 1"
        for i, h in enumerate(["Kontrollmoment", "Omfattning", "Ansvarig", "Status", "Resultat/kommentar"]):
            set_text(t.rows[0].cells[i], h, bold=True)
        for row in rows:
            c = t.add_row().cells
            for i in range(5):
                set_text(c[i], row[i], size=14 if i == 3 else None)
        col_widths(t, [5.2, 2.6, 2.8, 1.3, 5.5])
        d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Stickprovsredovisning avgifter förskola (separat dokument).")
    save_docx(d, F2)
    exp(F2, "Bildningsnämnden", [dict(km=r[0], st=r[5], av=r[6]) for _, rows in BIN_PROC for r in rows])
    FILES.append((F2, "INLAST", "Bildningsnämnden", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 3. Socialnämnden: process and risk cells merged vertically, status cell merged over several
#    controls (one status for the whole block)
# ----------------------------------------------------------------------------------------
F3 = "Socialnämnden IKP uppföljning delår 2025.docx"

# blocks: process, risk, [ (kontrollmoment, ansvarig, kommentar or None, st, av) ], merged status, merged comment
SN_BLOCKS = [
    ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd", [
        ("Kontroll av att utbetalt ekonomiskt bistånd överensstämmer med beslut", "Enhetschef försörjningsstöd", None, "GENOMFORD", "nej"),
        ("Kontroll mot Försäkringskassan och a-kassa (SSBTEK) före beslut", "Enhetschef försörjningsstöd", None, "GENOMFORD", "nej"),
        ("Återkrav registreras och bevakas", "Handläggare ekonomi", None, "GENOMFORD", "nej"),
    ], "Genomförd",
     "Stickprov 30 ärenden januari–juni. Inga felaktiga utbetalningar konstaterades. SSBTEK används i samtliga ärenden. Återkrav bevakas månadsvis."),
    ("Hemtjänst", "Utförd tid överensstämmer inte med beviljad tid", [
        ("Jämförelse mellan beviljad och utförd tid i hemtjänsten", "Enhetschefer hemtjänst",
         "Jämförelse klar för grupp Norr och Väster. Grupp Söder och Frövi återstår.", "DELVIS", ""),
        ("Kontroll av att genomförandeplan upprättas inom 14 dagar från beslut", "Enhetschefer hemtjänst",
         "8 av 20 granskade genomförandeplaner upprättades senare än 14 dagar. Påminnelse till samordnare.", "DELVIS", "ja"),
    ], "Delvis genomförd", None),
    ("LSS", "Insatser följs inte upp", [
        ("Beslut om personlig assistans följs upp minst en gång per år", "Enhetschef LSS-handläggning",
         "Uppföljningarna har skjutits till hösten på grund av personalbrist.", "EJ_GENOMFORD", ""),
    ], "Ej genomförd", None),
    ("Hälso- och sjukvård", "Brister i läkemedelshantering och avvikelsehantering", [
        ("Läkemedelshantering – kontroll av narkotikaförteckning på särskilt boende", "MAS",
         "Kontroll på fyra boenden. Differens i förteckningen på ett boende, utredd och åtgärdad.", "GENOMFORD", "ja"),
        ("Avvikelser enligt HSL rapporteras och analyseras i Lifecare", "MAS",
         "Avvikelser analyseras månadsvis i kvalitetsrådet. Inga brister i rapporteringen.", "GENOMFORD", "nej"),
    ], "Genomförd", None),
    ("Dokumentation och informationssäkerhet", "Obehörig åtkomst till personuppgifter", [
        ("Kontroll av behörigheter och loggar i verksamhetssystemet Lifecare", "Systemförvaltare",
         "Loggkontroll genomförd för individ- och familjeomsorg. Återstår för vård och omsorg.", "DELVIS", ""),
    ], "Pågår", None),
    ("Kvalitet", "Missförhållanden utreds inte", [
        ("Lex Sarah-rapporter utreds och åtgärdas inom fastställd tid", "Kvalitetsstrateg",
         "Sex rapporter under perioden, samtliga utredda inom tid.", "GENOMFORD", "nej"),
    ], "Genomförd", None),
    ("Särskilt boende", "Brister i hantering av brukares kontanter", [
        ("Kontroll av kontanthantering för brukare på särskilda boenden", "Enhetschefer särskilt boende",
         "Kontanthanteringen avvecklades 2024, brukarna har egna kort.", "UTGAR", ""),
    ], "Utgår", None),
]


def build_f3():
    d = new_doc("Anna Berglund", "Socialnämnden uppföljning IKP delår 2025", landscape=True, font="Times New Roman", size=11)
    d.sections[0].header.paragraphs[0].text = "Lindesbergs kommun – Socialförvaltningen"
    d.add_heading("Socialnämnden – Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Delårsrapport augusti 2025")
    d.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 22 januari 2025 (§ 9). Flera kontrollmoment "
        "som hör till samma process redovisas med en gemensam statusbedömning.")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar/åtgärd"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for proc, risk, ctrls, status, mcomment in SN_BLOCKS:
        first = len(t.rows)
        for km, ans, kom, _, _ in ctrls:
            c = t.add_row().cells
            set_text(c[2], km)
            set_text(c[3], ans)
            if mcomment is None:
                set_text(c[5], kom)
        last = len(t.rows) - 1
        top = t.rows[first].cells
        if last > first:
            bot = t.rows[last].cells
            for ci in (0, 1, 4):
                top[ci].merge(bot[ci])
            if mcomment is not None:
                top[5].merge(bot[5])
        set_text(t.rows[first].cells[0], proc, bold=True)
        set_text(t.rows[first].cells[1], risk)
        set_text(t.rows[first].cells[4], status)
        if mcomment is not None:
            set_text(t.rows[first].cells[5], mcomment)
    col_widths(t, [3.2, 3.8, 6.0, 3.2, 2.4, 7.0])
    d.add_paragraph("")
    d.add_paragraph("Lindesberg 2025-09-10")
    d.add_paragraph("Anna Berglund, socialchef")
    save_docx(d, F3)
    rows = []
    for proc, risk, ctrls, status, mcomment in SN_BLOCKS:
        for km, ans, kom, st, av in ctrls:
            rows.append(dict(km=km, st=st, av=av))
    exp(F3, "Socialnämnden", rows)
    FILES.append((F3, "INLAST", "Socialnämnden", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden: old .doc (Word 97) with tick columns marked X
# ----------------------------------------------------------------------------------------
F4 = "Kultur och fritid delår IK 2025.doc"

KFN_ROWS = [
    ("Kassahantering", "Kontanthantering i simhallens kassa stäms av dagligen mot kassarapport", "Badhuschef",
     "Dagligen", "X", "", "", "Stickprov 10 dagar. Differens 40 kr en dag, utredd.", "GENOMFORD", "ja"),
    ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslutade regler och mot korrekt underlag",
     "Föreningskonsulent", "2 ggr/år", "X", "", "", "Vårens bidrag kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Föreningsbidrag", "Kontroll av att bidragsmottagande förening har lämnat in verksamhetsberättelse",
     "Föreningskonsulent", "Årligen", "", "X", "",
     "Tre föreningar har inte lämnat in verksamhetsberättelse. Påminnelse skickad.", "DELVIS", "ja"),
    ("Bibliotek", "Inventering av mediabestånd och avskrivningar", "Bibliotekschef", "Årligen", "", "", "X",
     "Planerad till november.", "EJ_GENOMFORD", ""),
    ("Uthyrning", "Debitering av lokaluthyrning sker enligt taxa", "Bokningsansvarig", "Kvartalsvis",
     "X", "", "X", "Kontroll gjord för kvartal 1.", "OKLAR", ""),
    ("Inventarier", "Stöldbegärlig utrustning (datorer, ljud- och ljusutrustning) finns registrerad i inventarieförteckning",
     "Kulturchef", "Årligen", "", "", "", "", "SAKNAS", ""),
    ("Avtal", "Avtal med studieförbund och arrangörer är undertecknade av behörig person",
     "Kultur- och fritidschef", "Årligen", "X", "", "", "", "GENOMFORD", ""),
    ("Nämndadministration", "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare",
     "Varje sammanträde", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
]


def build_f4():
    d = new_doc("kfn", "Internkontroll", font="Times New Roman", size=11)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    p = d.add_paragraph()
    r = p.add_run("KULTUR- OCH FRITIDSNÄMNDEN")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning intern kontroll – delårsbokslut 2025-08-31")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Markera med X i den kolumn som gäller. Kommentera alltid vid Delvis eller Ej genomförd.")
    hdr = ["Rutin/system", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Genomförd", "Delvis",
           "Ej genomförd", "Kommentar"]
    t = d.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True, size=10)
    for row in KFN_ROWS:
        c = t.add_row().cells
        for i in range(8):
            set_text(c[i], row[i], size=10)
            if 4 <= i <= 6:
                c[i].paragraphs[0].alignment = 1
    col_widths(t, [3.0, 6.5, 3.0, 2.4, 1.9, 1.6, 1.9, 5.4])
    d.add_paragraph("")
    d.add_paragraph("Upprättad av: Karin Lund, kultur- och fritidschef        Datum: 2025-09-02")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, F4[:-4] + ".docx")
    d.save(src)
    out = os.path.join(HERE, F4)
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to",
                    "doc:MS Word 97", "--outdir", HERE, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(out), out
    exp(F4, "Kultur- och fritidsnämnden", [dict(km=r[1], st=r[8], av=r[9]) for r in KFN_ROWS])
    FILES.append((F4, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 5. Bergslagens miljö- och byggnämnd: .odt, T1 and Delår status columns side by side, codes
#    G/P/E/U with the legend below the table
# ----------------------------------------------------------------------------------------
F5 = "BMB delår 2025 internkontroll.odt"

BMB_ROWS = [
    ("1", "Tillsyn", "Planerad tillsyn enligt tillsynsplan för miljöbalken genomförs", "Uppföljning i Ecos",
     "Miljöchef", "P", "P", "62 % av planerade tillsynsbesök genomförda per 31/8.", "DELVIS", ""),
    ("2", "Avgifter", "Timavgift debiteras enligt taxa och med korrekt antal timmar", "Stickprov 15 ärenden",
     "Administratör", "G", "G", "Två ärenden hade felaktig timavgift. Fakturorna är krediterade och rättade.",
     "GENOMFORD", "ja"),
    ("3", "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Rapport ur Ecos",
     "Bygglovschef", "P", "G", "94 % inom tid. Fem ärenden överskred tiden, avgiften reducerad enligt PBL.",
     "GENOMFORD", "ja"),
    ("4", "Delegation", "Delegationsbeslut anmäls till nämnden", "Avstämning mot diariet",
     "Nämndsekreterare", "G", "", "", "GENOMFORD", ""),
    ("5", "Livsmedel", "Årlig kontrollavgift för livsmedelsanläggningar debiteras", "Avstämning mot anläggningsregister",
     "Livsmedelsinspektör", "E", "P", "Fakturering skickad för 80 % av anläggningarna.", "DELVIS", ""),
    ("6", "Arkiv", "Ärenden avslutas och arkiveras enligt dokumenthanteringsplan", "Stickprov 20 ärenden",
     "Registrator", "E", "E", "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
    ("7", "Jäv", "Jävsdeklarationer finns för samtliga inspektörer", "Genomgång personalakter",
     "Förvaltningschef", "U", "U", "Utgår, hanteras i personalprocessen.", "UTGAR", ""),
    ("8", "Strandskydd", "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom tre veckor",
     "Stickprov", "Bygglovschef", "", "", "Ej påbörjad, kontrollen görs inför helårsuppföljningen.", "EJ_GENOMFORD", ""),
]


def build_f5():
    from odf.opendocument import OpenDocumentText
    from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                           TableCellProperties, TableProperties)
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    from odf.dc import Creator
    doc.meta.addElement(Creator(text="Lena Sjöberg"))
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    tstyle = Style(name="Tab1", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#C6E0B4"))
    doc.automaticstyles.addElement(hcell)
    widths = ["0.8cm", "2.0cm", "4.4cm", "2.6cm", "2.2cm", "0.9cm", "1.1cm", "3.0cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Bergslagens miljö- och byggnämnd"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Nämnden är gemensam för Hällefors, Lindesberg, Ljusnarsberg och Nora kommuner med "
                               "Lindesbergs kommun som värdkommun."))
    doc.text.addElement(P(text="Uppföljningstillfällen: T1 (per 30 april) och delår (per 31 augusti). "
                               "Helårsuppföljning redovisas i februari 2026."))
    t = Table(name="Internkontroll", stylename=tstyle)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "T1", "Delår", "Kommentar"]
    tr = TableRow()
    for h in hdr:
        tc = TableCell(stylename=hcell, valuetype="string")
        p = P()
        p.addElement(Span(stylename=bold, text=h))
        tc.addElement(p)
        tr.addElement(tc)
    t.addElement(tr)
    for row in BMB_ROWS:
        tr = TableRow()
        for v in row[:8]:
            tc = TableCell(stylename=cellst, valuetype="string")
            tc.addElement(P(stylename=small, text=v))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    doc.text.addElement(P(stylename=small, text="G = Genomförd   P = Påbörjad/pågår   E = Ej genomförd   U = Utgår"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Nora 2025-09-08"))
    doc.text.addElement(P(text="Lena Sjöberg, förvaltningschef Bergslagens miljö- och byggförvaltning"))
    path = os.path.join(HERE, F5)
    doc.save(path)
    normalize_zip(path)
    exp(F5, "Bergslagens miljö- och byggnämnd", [dict(km=r[2], st=r[8], av=r[9]) for r in BMB_ROWS])
    FILES.append((F5, "INLAST", "Bergslagens miljö- och byggnämnd", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 6. Bergslagens räddningstjänst: one two-column form per control ("Kontrollmoment:" / "Resultat:"),
#    the förbund named only in the page header and (as BRT) in the file name
# ----------------------------------------------------------------------------------------
F6 = "BRT uppföljning IK jan-aug 2025.docx"

BRT_FORMS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonomichef",
     "20 fakturor granskade, samtliga korrekt attesterade.", "Genomförd", "GENOMFORD", "nej"),
    ("Tillsyn", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Uppföljning mot tillsynsplan",
     "Avdelningschef förebyggande",
     "58 av 110 planerade tillsyner är genomförda. Resterande planeras under hösten.", "Pågående", "DELVIS", ""),
    ("Räddningsinsats", "Insatsrapporter upprättas och godkänns inom 7 dagar", "Stickprov 30 insatsrapporter",
     "Avdelningschef operativ", "Fyra av 30 rapporter godkändes senare än 7 dagar efter insatsen.",
     "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ("Personal", "Rökdykare har genomgått årligt arbetsprov och medicinsk kontroll", "Genomgång av utbildningsregister",
     "HR-strateg",
     "Samtliga rökdykare i Lindesberg och Nora har genomfört arbetsprov och medicinsk kontroll. I Hällefors har två "
     "rökdykare inte genomfört medicinsk kontroll och har tagits ur tjänst som rökdykare tills vidare.",
     "", "GENOMFORD", "ja"),
    ("Fordon", "Besiktning och service av utryckningsfordon sker enligt plan", "Kontroll mot fordonsregister",
     "Fordonsansvarig", "", "", "SAKNAS", ""),
    ("Förebyggande", "Brandskyddskontroll och sotning utförs enligt fastställda frister",
     "Kontroll av entreprenörens rapportering", "Avdelningschef förebyggande",
     "Kontrollen planeras till oktober.", "Ej påbörjad", "EJ_GENOMFORD", ""),
    ("Informationssäkerhet", "Kontroll av behörigheter i ärendesystemet Daedalos", "Genomgång av användarlista",
     "Systemansvarig", "Se bilaga 1.", "", "OKLAR", ""),
    ("Kompetens", "Utbildning för räddningspersonal i beredskap (RiB) genomförs enligt utbildningsplan",
     "Uppföljning av närvarolistor", "Utbildningsansvarig",
     "Kontrollen avbröts genom direktionens beslut 2025-05-22 § 18, ersätts av regional utbildningsplan.",
     "Avbruten", "UTGAR", ""),
]


def build_f6():
    d = new_doc("Per Lindqvist", "Uppföljning intern kontroll", font="Calibri", size=11)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Bergslagens Räddningstjänst\tUppföljning intern kontroll\t2025"
    page_number_footer(d.sections[0], prefix="")
    d.add_heading("Uppföljning av intern kontroll januari – augusti 2025", level=1)
    d.add_paragraph(
        "Direktionen antog förbundets internkontrollplan för 2025 den 30 januari 2025. Nedan redovisas resultatet "
        "av de kontroller som ingår i planen, en blankett per kontroll.")
    for n, f in enumerate(BRT_FORMS, 1):
        d.add_heading("Kontroll %d" % n, level=3)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        labels = ["Kontrollområde:", "Kontrollmoment:", "Metod:", "Ansvarig:", "Resultat:", "Status:"]
        vals = [f[0], f[1], f[2], f[3], f[4], f[5]]
        for i in range(6):
            set_text(t.rows[i].cells[0], labels[i], bold=True)
            shade(t.rows[i].cells[0], "F2F2F2")
            set_text(t.rows[i].cells[1], vals[i])
        col_widths(t, [3.6, 13.0])
        d.add_paragraph("")
    d.add_paragraph("Kopparberg 2025-09-04")
    d.add_paragraph("Per Lindqvist, räddningschef")
    save_docx(d, F6)
    exp(F6, "Bergslagens räddningstjänst", [dict(km=f[1], st=f[6], av=f[7]) for f in BRT_FORMS])
    FILES.append((F6, "INLAST", "Bergslagens räddningstjänst", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 7. Samhällsbyggnadsnämnden: a PDF pasted into Word - tab-aligned lines, cells wrapped over
#    several paragraphs, page header text + column header repeated on every 'page',
#    one comment continuing over the page break
# ----------------------------------------------------------------------------------------
F7 = "Uppföljning internkontrollplan samhällsbyggnad 2025-08-31.docx"

# Nr, Process, Kontrollmoment, Ansvarig, Status, Kommentar  (+ expected)
SBN_ROWS = [
    ("1", "Fastighet", "Kontroll av att felanmälningar åtgärdas inom avtalad tid", "Fastighetschef", "Genomförd",
     "Stickprov 40 felanmälningar, 36 åtgärdade inom tid. Fyra ärenden försenade p.g.a. materialbrist.",
     "GENOMFORD", "ja"),
    ("2", "Gata/park", "Vinterväghållning debiteras enligt avtal med entreprenör", "Gatuchef", "Genomförd",
     "Fakturor jan–mars kontrollerade mot körjournaler. Inga avvikelser mot avtal.", "GENOMFORD", "nej"),
    ("3", "VA", "Kontroll av att VA-anslutningsavgifter faktureras vid nyanslutning", "VA-chef",
     "Delvis genomförd", "Kontroll av 2024 års anslutningar klar, 2025 återstår.", "DELVIS", ""),
    ("4", "Bostadsanpassning", "Bidrag för bostadsanpassning beviljas enligt lagen om bostadsanpassningsbidrag",
     "Handläggare BAB", "Genomförd", "Stickprov 10 ärenden utan anmärkning.", "GENOMFORD", "nej"),
    ("5", "Kost", "Egenkontroll enligt livsmedelslagstiftningen i kommunens tillagningskök", "Kostchef",
     "Ej genomförd", "Ny rutin för egenkontroll tas fram. Kontroll sker efter införandet.", "EJ_GENOMFORD", ""),
    ("6", "Upphandling", "Ramavtal för entreprenader används vid beställning av mindre byggarbeten",
     "Förvaltningschef", "Genomförd",
     "Genomgång av 25 beställningar. Tre beställningar gjordes utanför ramavtal hos ej upphandlad leverantör. "
     "Åtgärd: information till arbetsledare.", "GENOMFORD", "ja"),
    ("7", "Trafik", "Parkeringstillstånd för rörelsehindrade handläggs enligt riktlinjer", "Trafikhandläggare",
     "Utgår", "Handläggningen överförd till socialnämnden från 2025-03-01.", "UTGAR", ""),
    ("8", "Fastighet", "Energiuppföljning av kommunens fastigheter görs månadsvis", "Energistrateg", "Pågår",
     "Uppföljning januari–juni klar.", "DELVIS", ""),
    ("9", "Ekonomi", "Investeringsprojekt följs upp mot beslutad budget", "Controller", "Genomförd",
     "Avvikelse i projekt Vasaskolan, +3,2 mnkr mot budget. Rapporterat till kommunstyrelsen i juni.",
     "GENOMFORD", "ja"),
]

SBN_WIDTH = [3, 14, 34, 18, 17, 40]   # characters per 'column' when the PDF text was wrapped


def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines or [""]


def build_f7():
    d = new_doc("Acrobat PDFMaker", "Microsoft Word - IK uppföljning SBN delår", font="Arial", size=8)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    stops = [Cm(1.0), Cm(4.0), Cm(11.0), Cm(14.6), Cm(17.6)]

    def line(cols, bold=False):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        for s in stops:
            pf.tab_stops.add_tab_stop(s, WD_TAB_ALIGNMENT.LEFT)
        r = p.add_run("\t".join(cols))
        r.bold = bold
        return p

    def page_top(n):
        p = d.add_paragraph()
        r = p.add_run("Samhällsbyggnadsnämnden")
        r.bold = True
        r.font.size = Pt(11)
        p = d.add_paragraph()
        r = p.add_run("Uppföljning internkontrollplan 2025 – delår per 2025-08-31")
        r.font.size = Pt(10)
        d.add_paragraph("")
        line(["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"], bold=True)
        line(["", "", "", "", "", ""])

    def page_bottom(n, total):
        d.add_paragraph("")
        p = d.add_paragraph("Lindesbergs kommun\t\t\t\t\t\t\t\t\tSida %d av %d" % (n, total))
        p.paragraph_format.space_before = Pt(12)

    def emit(row, only_comment_lines=None, from_line=0):
        cells = [wrap(v, w) for v, w in zip(row[:6], SBN_WIDTH)]
        n = max(len(c) for c in cells)
        for i in range(n):
            cols = [c[i] if i < len(c) else "" for c in cells]
            line(cols)
        line(["", "", "", "", "", ""])

    total = 2
    page_top(1)
    for row in SBN_ROWS[:5]:
        emit(row)
    # row 6: comment split over the page break
    r6 = SBN_ROWS[5]
    cells = [wrap(v, w) for v, w in zip(r6[:6], SBN_WIDTH)]
    cut = 2   # first two comment lines stay on page 1
    n = max(len(c) for c in cells)
    for i in range(n):
        cols = [c[i] if i < len(c) else "" for c in cells]
        if i >= cut:
            cols[5] = ""
        line(cols)
    page_bottom(1, total)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    page_top(2)
    for extra in cells[5][cut:]:
        line(["", "", "", "", "", extra])
    line(["", "", "", "", "", ""])
    for row in SBN_ROWS[6:]:
        emit(row)
    d.add_paragraph("")
    d.add_paragraph("Status: Genomförd / Delvis genomförd / Pågår / Ej genomförd / Utgår")
    d.add_paragraph("Beslutad av samhällsbyggnadsnämnden 2025-09-16, § 87.")
    page_bottom(2, total)
    save_docx(d, F7)
    exp(F7, "Samhällsbyggnadsnämnden", [dict(km=r[2], st=r[6], av=r[7]) for r in SBN_ROWS])
    FILES.append((F7, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))


# ----------------------------------------------------------------------------------------
# 8. Rejected: a meeting invitation (kallelse) with an agenda table that mentions intern kontroll
# ----------------------------------------------------------------------------------------
F8 = "Kallelse socialnämnden 2025-09-24.docx"


def build_f8():
    d = new_doc("Nämndsekreterare", "Kallelse", font="Garamond", size=12)
    d.sections[0].header.paragraphs[0].text = "LINDESBERGS KOMMUN\tKALLELSE\t2025-09-12"
    d.add_heading("Kallelse till sammanträde med socialnämnden", level=1)
    d.add_paragraph("Tid: Onsdag 24 september 2025 kl. 08.30\nPlats: Sammanträdesrum Linden, Stadshuset, Lindesberg")
    d.add_paragraph("Ledamot som är förhindrad att delta meddelar detta till nämndsekreteraren så snart som möjligt "
                    "så att ersättare kan kallas in.")
    d.add_heading("Ärenden", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Ärende", "Dnr"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    items = [
        ("1", "Val av justerare", ""),
        ("2", "Godkännande av dagordning", ""),
        ("3", "Ekonomisk uppföljning augusti 2025", "SN 2025/45"),
        ("4", "Delårsrapport 2025 för socialnämnden", "SN 2025/46"),
        ("5", "Uppföljning av internkontrollplan 2025, delår", "SN 2025/12"),
        ("6", "Internkontrollplan 2026 – risk- och väsentlighetsanalys (information)", "SN 2025/98"),
        ("7", "Redovisning av delegationsbeslut", ""),
        ("8", "Meddelanden", ""),
    ]
    for it in items:
        c = t.add_row().cells
        for i in range(3):
            set_text(c[i], it[i])
    col_widths(t, [1.2, 11.0, 3.5])
    d.add_paragraph("")
    d.add_paragraph("Handlingar finns tillgängliga i Netpublicator från den 17 september.")
    d.add_paragraph("Eva Nordin\nOrdförande\n\nSofia Karlsson\nNämndsekreterare")
    save_docx(d, F8)
    FILES.append((F8, "AVVISAD", "", "", ""))


# ----------------------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Bildningsnämnden", "BIN|Bildningsförvaltningen|Barn- och utbildningsnämnden"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Bergslagens miljö- och byggnämnd", "BMB|Bergslagens miljö- och byggförvaltning|Miljö- och byggnämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Lindesbergsbostäder AB", "LIBO|Lindesbergsbostäder"),
    ("Bergslagens räddningstjänst", "BRT|Bergslagens Räddningstjänst|Räddningstjänstförbundet|Räddningstjänsten"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    build_f8()
    shutil.rmtree(TMP, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
