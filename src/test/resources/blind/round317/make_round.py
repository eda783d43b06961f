#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 317 - Åbyholm kommun, helår 2025, mostly Word inbox.

Builds every follow-up file of the round into ./inkorg plus namnder.csv,
files.csv and expected.csv.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inkorg")
LO_PROFILE = "file:///tmp/lo-round317"
FIXED_DT = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
def fix_core(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    """Write text to a cell; '\n' makes new paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    p.text = ""
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def set_header(section, text, right=None):
    hp = section.header.paragraphs[0]
    hp.text = text
    if right:
        hp.add_run("\t\t" + right)
    hp.style.font.size = Pt(8)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================
# 1. Kommunstyrelsen - Word, table Kontrollmoment / Resultat / Bedömning
# ======================================================================
def file_ks():
    fil = "Bilaga 3 Uppföljning internkontrollplan 2025 KS.docx"
    N = "Kommunstyrelsen"
    doc = Document()
    fix_core(doc, "Maria Sandberg")
    sec = doc.sections[0]
    set_header(sec, "Åbyholms kommun\tBilaga 3\tDnr KS 2025/0412")

    # title page
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Helårsuppföljning")
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kommunstyrelsen").font.size = Pt(14)
    for _ in range(10):
        doc.add_paragraph()
    p = doc.add_paragraph("Kommunledningsförvaltningen\nEkonomiavdelningen\nDatum: 2026-01-21\nDiarienummer: KS 2025/0412")
    page_break(doc)

    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025 (§ 18). Planen omfattar "
        "nio kontrollmoment som har valts ut utifrån förvaltningens risk- och väsentlighetsanalys. I denna "
        "bilaga redovisas resultatet av samtliga kontroller för helåret 2025 samt förvaltningens bedömning.")
    doc.add_paragraph(
        "Bedömningen anges som Genomförd, Genomförd med anmärkning, Delvis genomförd, Ej genomförd eller Utgår.")
    doc.add_heading("Resultat av kontrollerna", level=1)

    rows = [
        ("group", "Ekonomi och redovisning"),
        ("c", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov på 40 fakturor under perioden januari–november. Samtliga attesterade av behörig attestant. "
         "I två fall saknades mottagningsattest men beslutsattest fanns.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("c", "Kontroll av representation och förtroendekänsliga poster",
         "Genomgång av samtliga representationsfakturor över 2 000 kr. Syfte och deltagare framgår i samtliga fall.",
         "Genomförd", "GENOMFORD", "nej"),
        ("c", "Avstämning av balanskonton vid månadsbokslut",
         "Avstämningar har gjorts för april, augusti och december. Avstämningarna för juni och oktober "
         "saknas och kommer att kompletteras.",
         "Delvis genomförd", "DELVIS", ""),
        ("group", "Upphandling och avtal"),
        ("c", "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Analys i inköpsanalysverktyget av inköp över 100 tkr. Avtalstroheten uppgår till 86 %. "
         "Sex inköp har gjorts utan avtal, samtliga inom IT-området. Åtgärd: information till IT-avdelningen.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("c", "Direktupphandlingar dokumenteras enligt riktlinjen",
         "Kontrollen har ersatts av den kommunövergripande granskning som revisionen genomförde hösten 2025.",
         "Utgår", "UTGAR", ""),
        ("group", "Personal"),
        ("c", "Löneutbetalningar efter avslutad anställning",
         "Kontroll av samtliga avslutade anställningar under året mot lönesystemet. Inga felaktiga "
         "utbetalningar har hittats.",
         "Genomförd", "GENOMFORD", "nej"),
        ("c", "Uppföljning av rutin för hot och våld mot förtroendevalda",
         "Arbetet har inte kunnat påbörjas på grund av vakans som säkerhetssamordnare. Flyttas till "
         "internkontrollplan 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("group", "Informationssäkerhet"),
        ("c", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
         "Jämförelse av aktiva användare mot HR-systemet i oktober. Tre konton för personer som slutat var "
         "fortfarande aktiva; dessa har stängts.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("c", "Diarieföring av inkomna handlingar inom föreskriven tid",
         "Stickprov av 30 handlingar i november. Kontrollen av december månads handlingar pågår och "
         "redovisas i mars 2026.",
         "Delvis genomförd", "DELVIS", ""),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Resultat av kontrollen", "Bedömning"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "1F4E79")
        for rr in t.rows[0].cells[i].paragraphs[0].runs:
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "group":
            m = cells[0].merge(cells[2])
            cell_text(m, row[1], bold=True)
            shade(m, "DEEAF6")
            continue
        _, km, res, bed, st, av = row
        cell_text(cells[0], km, size=10)
        cell_text(cells[1], res, size=10)
        cell_text(cells[2], bed, size=10)
        exp(fil, N, km, st, av)
    set_col_widths(t, [5.0, 8.5, 3.0])

    doc.add_paragraph()
    doc.add_heading("Sammanfattande bedömning", level=1)
    doc.add_paragraph(
        "Av nio kontrollmoment har fem genomförts, varav tre med anmärkning. Två är delvis genomförda, ett har "
        "inte genomförts och ett har utgått. Förvaltningen bedömer att den interna kontrollen i huvudsak är "
        "tillräcklig.")
    doc.add_paragraph()
    doc.add_paragraph("Åbyholm 2026-01-21")
    doc.add_paragraph()
    doc.add_paragraph("Anna Lindqvist\nKommundirektör")
    doc.add_paragraph("Maria Sandberg\nEkonomichef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 2. Barn- och utbildning - Word, one column per tertial
# ======================================================================
def file_bun():
    fil = "IK-uppföljning helår 2025 BUF.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_core(doc, "Jonas Berg")
    sec = doc.sections[0]
    landscape(sec)
    set_header(sec, "Barn- och utbildningsförvaltningen", "Åbyholms kommun")

    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Barn- och utbildningsförvaltningen – rapport till nämnden, sammanträde 2026-02-10")
    doc.add_paragraph(
        "Kontrollerna följs upp tertialvis. I kolumnerna T1 (jan–apr), T2 (maj–aug) och T3 (sep–dec) anges "
        "status: Genomförd, Pågår, Ej påbörjad eller Utgår. Kontroller som enligt planen görs en gång per år "
        "redovisas i den tertial då de genomförts. Avvikelser beskrivs i kommentarskolumnen.")

    # nr, km, ansvarig, T1, T2, T3, kommentar, status, avv
    rows = [
        ("1", "Kontroll av att registerutdrag från belastningsregistret uppvisats vid anställning",
         "HR-specialist", "Genomförd", "Genomförd", "Genomförd",
         "Stickprov 15 nyanställningar per tertial. Utdrag fanns i samtliga fall.", "GENOMFORD", "nej"),
        ("2", "Anmälan till huvudman om kränkande behandling inom fem arbetsdagar",
         "Verksamhetschef grundskola", "Pågår", "Pågår", "Genomförd",
         "I T3 var 4 av 52 anmälningar inkomna efter mer än fem dagar. Rektorer har påmints om rutinen.",
         "GENOMFORD", "ja"),
        ("3", "Uppföljning av elevers frånvaro och rutin för ökad närvaro",
         "Elevhälsochef", "Ej påbörjad", "Pågår", "Pågår",
         "Nytt närvarosystem infördes i augusti. Uppföljningen fortsätter under våren 2026.", "DELVIS", ""),
        ("4", "Fakturering av förskoleavgifter stämmer mot placeringsschema",
         "Controller", "–", "Genomförd", "",
         "Kontrollen görs en gång per år. Inga differenser.", "GENOMFORD", "nej"),
        ("5", "Skolskjutsar: beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutssamordnare", "–", "–", "Ej påbörjad",
         "Ej genomförd p.g.a. byte av handläggare. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("6", "Kontroll av att elevdokumentation i lärplattformen hanteras enligt GDPR",
         "Systemförvaltare", "Utgår", "", "",
         "Utgår enligt nämndbeslut 2025-03-11 § 34 då lärplattformen byts ut.", "UTGAR", ""),
        ("7", "Inventarier och digitala enheter finns förtecknade i inventarieregister",
         "IT-samordnare", "", "", "",
         "", "SAKNAS", ""),
        ("8", "Kontroll av att tillsyn av fristående förskolor genomförs enligt tillsynsplan",
         "Utredare", "Pågår", "Pågår", "Genomförd",
         "Samtliga 6 planerade tillsyner genomförda. Brister i en förskola gällande "
         "systematiskt kvalitetsarbete; föreläggande har meddelats.", "GENOMFORD", "ja"),
        ("9", "Kostnader för modersmålsundervisning följs upp mot budget",
         "Controller", "Genomförd", "Pågår", "",
         "Uppföljning per tertial i samband med prognos.", "DELVIS", ""),
    ]
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    top = t.rows[0].cells
    cell_text(top[0], "Nr", bold=True)
    cell_text(top[1], "Kontrollmoment", bold=True)
    cell_text(top[2], "Ansvarig", bold=True)
    m = top[3].merge(top[5])
    cell_text(m, "Status 2025", bold=True)
    cell_text(top[6], "Kommentar / avvikelser", bold=True)
    sub = t.rows[1].cells
    for i, h in zip((3, 4, 5), ("T1", "T2", "T3")):
        cell_text(sub[i], h, bold=True)
    for i in (0, 1, 2, 6):
        t.cell(0, i).merge(t.cell(1, i))
    for c in list(t.rows[0].cells) + list(t.rows[1].cells):
        shade(c, "D9E2F3")
    for nr, km, ans, t1, t2, t3, kom, st, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate((nr, km, ans, t1, t2, t3, kom)):
            cell_text(cells[i], v, size=9)
        exp(fil, N, km, st, av)
    set_col_widths(t, [1.0, 7.0, 3.2, 2.2, 2.2, 2.2, 7.5])

    doc.add_paragraph()
    doc.add_paragraph("Sammanställt av Jonas Berg, controller, 2026-01-26")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 3. Socialnämnden - Word report, heading + paragraph + status line
# ======================================================================
def file_sn():
    fil = "Socialnämnden uppföljning intern kontroll helår 2025.docx"
    N = "Socialnämnden"
    doc = Document()
    fix_core(doc, "Lena Holm")
    sec = doc.sections[0]
    set_header(sec, "Socialförvaltningen\t\tSN 2026/0031")

    p = doc.add_paragraph()
    r = p.add_run("Tjänsteskrivelse")
    r.italic = True
    doc.add_heading("Uppföljning av internkontrollplan helår 2025", level=0)
    doc.add_paragraph("Socialnämnden\nHandläggare: Lena Holm, kvalitetsutvecklare\nDatum: 2026-01-19")
    doc.add_heading("Förslag till beslut", level=1)
    doc.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025 och överlämnar den "
                      "till kommunstyrelsen.")
    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i januari. Planen innehåller sju kontrollmoment. "
        "Nedan redovisas varje kontroll med en kort beskrivning av hur den har genomförts, resultatet och "
        "status för helåret.")
    doc.add_heading("Redovisning av kontrollmomenten", level=1)

    items = [
        ("Utbetalning av ekonomiskt bistånd",
         ["Kontroll av att utbetalt försörjningsstöd överensstämmer med beslut. Stickprov om 25 ärenden per "
          "halvår har dragits ur verksamhetssystemet.",
          "Samtliga granskade utbetalningar stämde med beslut och underlag. Inga avvikelser."],
         "Status: Genomförd", "GENOMFORD", "nej"),
        ("Handläggningstid för förhandsbedömningar",
         ["Kontroll av att beslut om att inleda eller inte inleda utredning fattas inom 14 dagar. Samtliga "
          "anmälningar under september har granskats.",
          "81 % av förhandsbedömningarna var klara inom lagstadgad tid. Orsaken till förseningarna är hög "
          "arbetsbelastning under sommaren. En åtgärdsplan har tagits fram."],
         "Status: Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Uppföljning av placerade barn",
         ["Kontroll av att socialsekreterare besöker placerade barn enligt 11 kap. 3 § SoL."],
         "Status: Delvis genomförd – granskningen av barn placerade i familjehem är klar, granskningen av "
         "HVB-placeringar slutförs i februari 2026.", "DELVIS", ""),
        ("Kontroll av loggar i verksamhetssystemet",
         ["Kontroll av att åtkomst till personakter sker av behörig personal. Loggar för 10 slumpvis "
          "valda akter har granskats.",
          "Ett fall av otillbörlig åtkomst har konstaterats och hanterats enligt rutin, inklusive anmälan "
          "till IMY."],
         "Status: Genomförd", "GENOMFORD", "ja"),
        ("Avtalsuppföljning av köpta platser",
         ["Kontrollen skulle omfatta uppföljning av avtal med externa utförare av HVB och stödboende."],
         "Status: Ej genomförd. Kontrollen har flyttats till 2026 eftersom den nya ramavtalsupphandlingen "
         "försenats.", "EJ_GENOMFORD", ""),
        ("Rutin för hot och våld",
         ["Kontroll av att rutinen för hot och våld har gåtts igenom på arbetsplatsträff i samtliga "
          "enheter. Minnesanteckningar från APT har begärts in."],
         "Status: Genomförd", "GENOMFORD", "nej"),
        ("Hantering av kontanter på boenden",
         ["Kontrollmomentet beslutades utgå av nämnden 2025-05-20 § 61 eftersom kontanthanteringen "
          "på boendena har upphört."],
         "Status: Utgår", "UTGAR", ""),
    ]
    for head, paras, status_line, st, av in items:
        doc.add_heading(head, level=2)
        for ptxt in paras:
            doc.add_paragraph(ptxt)
        sp = doc.add_paragraph()
        sp.add_run(status_line).bold = True
        exp(fil, N, head, st, av)

    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Fyra av sju kontrollmoment har genomförts, varav ett med avvikelse. Ett kontrollmoment är delvis "
        "genomfört, ett har inte genomförts och ett har utgått under året.")
    doc.add_paragraph()
    doc.add_paragraph("Karin Ekström\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 4. Vård- och omsorg - Word table, status = coloured cell + legend
# ======================================================================
def file_von():
    fil = "VON internkontroll 2025 helår.docx"
    N = "Vård- och omsorgsnämnden"
    doc = Document()
    fix_core(doc, "Peter Nyman")
    sec = doc.sections[0]
    landscape(sec)
    set_header(sec, "Åbyholms kommun – Vård- och omsorgsförvaltningen\tBilaga 2")

    p = doc.add_paragraph()
    r = p.add_run("Vård- och omsorgsnämnden\nUppföljning internkontrollplan 2025 – Helår")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Ärende 7, nämndsammanträde 2026-02-12")

    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    rows = [
        ("Läkemedelshantering", "Signeringslistor för läkemedel är fullständigt ifyllda",
         "Stickprov 3 enheter/kvartal", "Sjuksköterska",
         GREEN, "Inga brister noterade.", "GENOMFORD", "nej"),
        ("Läkemedelshantering", "Förvaring av narkotikaklassade läkemedel och kontroll av förbrukningsjournal",
         "Inventering", "MAS",
         GREEN, "Differens på en enhet i maj, avvikelse rapporterad och utredd.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Utförd tid i hemtjänsten stämmer mot beviljad tid",
         "Jämförelse planeringssystem/beslut", "Enhetschef hemtjänst",
         YELLOW, "Kontrollen genomförd för två av fyra områden. Resterande under 2026.", "DELVIS", ""),
        ("Hemtjänst", "Nyckelhantering i hemtjänsten enligt rutin",
         "Egenkontroll", "Enhetschef hemtjänst",
         RED, "Ej genomförd, ny rutin för digitala lås ska tas fram först.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Debitering av omsorgsavgifter är korrekt",
         "Stickprov 20 kunder", "Avgiftshandläggare",
         GREEN, "", "GENOMFORD", ""),
        ("Ekonomi", "Hantering av brukares privata medel på särskilt boende",
         "Kontroll av kassabok och kvitton", "Enhetschef SÄBO",
         GREY, "Utgår – brukarna hanterar nu sina medel via god man/anhöriga.", "UTGAR", ""),
        ("Bemanning", "Användning av timanställda följer rutin för introduktion",
         "Enkät till enhetschefer", "HR-konsult",
         None, "", "SAKNAS", ""),
        ("Bemanning", "Kontroll av att legitimation finns för inhyrda sjuksköterskor",
         "Kontroll mot Socialstyrelsens register", "MAS",
         GREEN, "Samtliga 14 inhyrda sjuksköterskor hade giltig legitimation.", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "F2F2F2")
    prev_proc, start = None, None
    for proc, km, met, ans, col, kom, st, av in rows:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        if proc != prev_proc:
            cell_text(cells[0], proc, size=10)
            prev_proc, start = proc, idx
        else:
            t.cell(start, 0).merge(t.cell(idx, 0))
        cell_text(cells[1], km, size=10)
        cell_text(cells[2], met, size=10)
        cell_text(cells[3], ans, size=10)
        if col:
            shade(cells[4], col)
        cell_text(cells[5], kom, size=10)
        exp(fil, N, km, st, av)
    set_col_widths(t, [3.0, 7.5, 4.0, 3.5, 1.8, 6.5])

    doc.add_paragraph()
    doc.add_paragraph().add_run("Teckenförklaring status").bold = True
    lg = doc.add_table(rows=4, cols=2)
    lg.style = "Table Grid"
    for i, (c, txt) in enumerate([(GREEN, "Kontrollen genomförd"),
                                  (YELLOW, "Kontrollen delvis genomförd / pågår"),
                                  (RED, "Kontrollen ej genomförd"),
                                  (GREY, "Kontrollen utgår")]):
        shade(lg.rows[i].cells[0], c)
        cell_text(lg.rows[i].cells[1], txt, size=9)
    set_col_widths(lg, [1.0, 7.0])
    doc.add_paragraph()
    doc.add_paragraph("Peter Nyman, kvalitetsstrateg")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 5. Miljö- och byggnadsnämnden - old .doc, tick columns
# ======================================================================
def file_mbn():
    fil = "MBN uppfoljning IKP 2025.doc"
    N = "Miljö- och byggnadsnämnden"
    doc = Document()
    fix_core(doc, "Sofia Åberg")
    sec = doc.sections[0]
    landscape(sec)
    set_header(sec, "Miljö- och byggförvaltningen, Åbyholms kommun")

    p = doc.add_paragraph()
    r = p.add_run("UPPFÖLJNING AV INTERNKONTROLLPLAN 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Nämnd: Miljö- och byggnadsnämnden")
    doc.add_paragraph("Uppföljningsperiod: Helår (januari–december 2025)")
    doc.add_paragraph("Markera med X om kontrollen är genomförd eller ej genomförd. Ange om avvikelse har "
                      "upptäckts (Ja/Nej) och kommentera.")

    rows = [
        ("1", "Debitering av bygglovsavgifter enligt gällande taxa", "Bygglovschef",
         "X", "", "Nej", "Stickprov 20 ärenden, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("2", "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         "X", "", "Ja", "3 av 45 ärenden överskred tiden. Avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("3", "Livsmedelskontroller genomförs enligt kontrollplan", "Miljöchef",
         "", "X", "", "Kontrollen har inte hunnit genomföras p.g.a. vakanser inom livsmedelsenheten. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("4", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "X", "", "Nej", "", "GENOMFORD", "nej"),
        ("5", "Fakturering av årlig tillsynsavgift miljöfarlig verksamhet", "Administratör",
         "X", "X", "", "Se kommentar i delårsrapporten.", "OKLAR", ""),
        ("6", "Diarieföring av inkomna klagomål inom tre arbetsdagar", "Registrator",
         "X", "", "Nej", "Samtliga klagomål diarieförda i tid.", "GENOMFORD", "nej"),
        ("7", "Jäv vid handläggning av ärenden – kontroll av jävsdeklarationer", "Förvaltningschef",
         "", "", "", "Påbörjad i december, slutförs i januari 2026.", "DELVIS", ""),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Genomförd", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "E2EFD9")
    for nr, km, ans, g, ej, av_txt, kom, st, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate((nr, km, ans, g, ej, av_txt, kom)):
            cell_text(cells[i], v, size=9)
            if i in (3, 4, 5):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, st, av)
    set_col_widths(t, [0.9, 7.5, 3.2, 2.0, 2.0, 2.2, 7.5])

    doc.add_paragraph()
    doc.add_paragraph("Datum: 2026-01-15\t\tUnderskrift: ______________________")
    doc.add_paragraph("Sofia Åberg, förvaltningschef")
    with tempfile.TemporaryDirectory() as td:
        tmp = os.path.join(td, "MBN uppfoljning IKP 2025.docx")
        doc.save(tmp)
        soffice_convert(tmp, "doc", td)
        shutil.copy(os.path.join(td, "MBN uppfoljning IKP 2025.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 6. Kultur- och fritidsnämnden - Excel, plain list with word statuses
# ======================================================================
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def fix_wb(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def file_kfn():
    fil = "KFN Uppföljning internkontroll 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb, "Erik Dahl")
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Helår"
    ws["A4"] = "Status anges som Klar, Pågår, Ej påbörjad eller Ej aktuell."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
         "Kontroll av att beviljade aktivitetsbidrag stämmer mot inrapporterade sammankomster",
         "Fritidskonsulent", "Klar", "Stickprov 10 föreningar. En förening hade rapporterat dubbla "
         "sammankomster, bidrag återkrävt.", "GENOMFORD", "ja"),
        ("Föreningsbidrag", "Bidrag till föreningar som inte uppfyller villkoren",
         "Kontroll av att föreningar som fått bidrag har lämnat in verksamhetsberättelse och årsbokslut",
         "Fritidskonsulent", "Klar", "Samtliga handlingar inlämnade.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler", "Intäktsbortfall",
         "Bokningar i bokningssystemet faktureras",
         "Bokningsansvarig", "Pågår", "Avstämning jan–aug klar, sep–dec pågår.", "DELVIS", ""),
        ("Uthyrning av lokaler", "Obehörigt tillträde",
         "Passerkort spärras när hyresavtal upphör",
         "Fastighetssamordnare", "Ej påbörjad", "Nytt passersystem installeras 2026.", "EJ_GENOMFORD", ""),
        ("Bibliotek", "Förlust av medier",
         "Inventering av mediebestånd på filialerna",
         "Bibliotekschef", "Ej aktuell", "Ersätts av RFID-inventering, beslut KFN 2025-04-09.", "UTGAR", ""),
        ("Kulturskolan", "Felaktiga avgifter",
         "Terminsavgifter i kulturskolan debiteras enligt taxa och syskonrabatt",
         "Kulturskolechef", "Klar", "", "GENOMFORD", ""),
    ]
    r = 7
    start = {}
    for proc, risk, km, ans, st_txt, kom, st, av in rows:
        vals = [proc, risk, km, ans, st_txt, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top")
        start.setdefault(proc, []).append(r)
        exp(fil, N, km, st, av)
        r += 1
    for proc, rs in start.items():
        if len(rs) > 1:
            for rr in rs[1:]:
                ws.cell(row=rr, column=1, value=None)
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Erik Dahl, verksamhetscontroller, 2026-01-20")
    for col, w in zip("ABCDEF", (20, 28, 48, 20, 14, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 7. Tekniska nämnden - Excel, plan columns + delår/helår codes, legend
# ======================================================================
def file_tn():
    fil = "Internkontroll TN 2025 helår.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb, "Tekniska förvaltningen")
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=12)
    ins["A3"] = "Fyll i status för delår och helår i fliken 'Uppföljning'. Använd koderna i teckenförklaringen."
    ins["A4"] = "Lämna filen till ekonomiavdelningen senast 2026-01-23."
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Tekniska förvaltningen – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Antagen av tekniska nämnden 2025-01-29 § 9"
    ws["A2"].font = Font(italic=True)
    hdr1 = ["Nr", "Process", "Kontrollmoment", "Riskvärde", "Frekvens", "Ansvarig",
            "Uppföljning", None, None]
    hdr2 = [None, None, None, None, None, None, "Delår", "Helår", "Kommentar helår"]
    for i, (a, b) in enumerate(zip(hdr1, hdr2), 1):
        for rr, v in ((4, a), (5, b)):
            c = ws.cell(row=rr, column=i, value=v)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FCE4D6")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.merge_cells("G4:I4")
    for col in "ABCDEF":
        ws.merge_cells(f"{col}4:{col}5")

    rows = [
        ("1", "Gata/park", "Snöröjning utförs enligt avtal med entreprenör – kontroll av körjournaler",
         12, "Vintersäsong", "Driftchef gata", 1, 1, "Inga avvikelser mot avtal.", "GENOMFORD", "nej"),
        ("2", "Gata/park", "Kontroll av att lekplatser besiktigas årligen enligt SS-EN 1176",
         9, "1 ggr/år", "Parkingenjör", None, 2, "Besiktning genomförd på 18 av 24 lekplatser.", "DELVIS", ""),
        ("3", "VA", "Provtagning av dricksvatten enligt kontrollprogram",
         16, "Löpande", "VA-chef", 1, 1,
         "Ett prov i Norrby visade förhöjda halter av koliforma bakterier, kokningsrekommendation utfärdades.",
         "GENOMFORD", "ja"),
        ("4", "VA", "Debitering av VA-avgifter mot mätarställning",
         8, "2 ggr/år", "Kundtjänst VA", 1, None, None, "GENOMFORD", ""),
        ("5", "Fastighet", "Brandskyddskontroller (SBA) dokumenteras i kommunens fastigheter",
         12, "1 ggr/år", "Fastighetschef", 2, 3,
         "Dokumentationen ej genomförd, systemstöd saknas.", "EJ_GENOMFORD", ""),
        ("6", "Fastighet", "Avtalsuppföljning av städentreprenad",
         6, "1 ggr/år", "Lokalvårdschef", None, 4, "Avtalet upphörde 2025-06-30, egen regi.", "UTGAR", ""),
        ("7", "Ekonomi", "Attest av fakturor för ramavtalsentreprenader",
         9, "2 ggr/år", "Controller", None, None, None, "SAKNAS", ""),
        ("8", "Ekonomi", "Kontroll av att fordon i fordonsflottan har giltig besiktning",
         4, "1 ggr/år", "Fordonssamordnare", None, 1, "Samtliga 57 fordon besiktigade.", "GENOMFORD", "nej"),
    ]
    r = 6
    for nr, proc, km, rv, frek, ans, d, h, kom, st, av in rows:
        vals = [nr, proc, km, rv, frek, ans, d, h, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (1, 4, 7, 8) else None)
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    legend = [(1, "Genomförd"), (2, "Delvis genomförd / pågår"), (3, "Ej genomförd"), (4, "Utgår")]
    for code, txt in legend:
        r += 1
        ws.cell(row=r, column=2, value=code).alignment = Alignment(horizontal="right")
        ws.cell(row=r, column=3, value=txt)
    for col, w in zip("ABCDEFGHI", (5, 14, 55, 10, 14, 18, 9, 9, 50)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tekniska nämnden"
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ======================================================================
# 8. Rejected - Word owner/lock file
# ======================================================================
def file_lock():
    fil = "~$-uppföljning helår 2025 BUF.docx"
    user = "Jonas Berg"
    data = bytes([len(user)]) + user.encode("latin-1")
    data = data.ljust(54, b"\x00")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(162, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------- CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Åbyholms Bostäder AB", "ÅBAB|Åbyholmshem"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    file_ks()
    file_bun()
    file_sn()
    file_von()
    file_mbn()
    file_kfn()
    file_tn()
    file_lock()
    for f in sorted(os.listdir(OUT)):
        if f.endswith((".docx", ".xlsx")) and not f.startswith("~$"):
            normalize_zip(os.path.join(OUT, f))
    write_csvs()
    print(len(FILES), "files rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
