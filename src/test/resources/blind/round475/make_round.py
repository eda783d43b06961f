#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r475 - Åtvidabergs kommun, helår 2025 (verksamhetsberättelse).

Builds every follow-up file of the round directly in this folder, plus
namnder.csv, files.csv and expected.csv.  Run:  /usr/bin/python3 make_round.py
Intermediate files (docx before .doc conversion) are made in /tmp/r475-build.
"""
import csv
import datetime
import os
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r475-build"
LO_PROFILE = "file:///tmp/lo-round475"
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(HERE, name)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def docx_props(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Word, one heading per control, "Resultat:" / "Åtgärd:"
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS Uppföljning internkontrollplan helår 2025.docx"
    N = "Kommunstyrelsen"
    d = docx.Document()
    docx_props(d, "Uppföljning internkontrollplan 2025", "Anna Lindqvist")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ÅTVIDABERGS KOMMUN\tTJÄNSTESKRIVELSE\t2026-01-28"
    sec.footer.paragraphs[0].text = "Kommunledningsförvaltningen, 597 80 Åtvidaberg"

    d.add_paragraph("Dnr KS 2025/0047")
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025 – helår", level=0)
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplan för 2025 den 18 december 2024 (§ 212). Planen omfattar "
        "åtta kontrollmoment inom ekonomi, personal och informationshantering. Nedan redovisas resultatet "
        "av varje kontroll för helåret samt de åtgärder som förvaltningen föreslår. Uppföljningen ingår "
        "som en del i kommunstyrelsens verksamhetsberättelse 2025.")
    d.add_paragraph(
        "Fem av kontrollerna har genomförts under året. En kontroll har endast delvis genomförts, en "
        "kontroll har skjutits upp till 2026 och för en kontroll har resultat ännu inte redovisats. "
        "Förvaltningen bedömer att den interna kontrollen i allt väsentligt har varit tillräcklig.")

    controls = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov, 40 fakturor ur Raindance", "Controller",
             "Stickprov om 40 fakturor från oktober och november. Samtliga fakturor var attesterade av behörig "
             "beslutsattestant enligt gällande attestförteckning. Inga avvikelser noterades.",
             "Ingen åtgärd krävs.", "GENOMFORD", "nej"),
            ("Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
             "Genomgång av samtliga fakturor konterade på konto 7610–7630", "Ekonomichef",
             "Granskningen är gjord för hela året (62 verifikationer). I två fall saknades deltagarförteckning "
             "och i ett fall angavs inget syfte med representationen.",
             "Information om riktlinjerna för representation har lämnats på chefsträff i december. "
             "Verifikationerna har kompletterats.", "GENOMFORD", "ja"),
            ("Avtalstrohet vid inköp av förbrukningsmaterial och kontorsmaterial",
             "Analys av inköpsdata i Visma Spendanalys", "Upphandlare",
             "Analysen för första halvåret är klar och visar en avtalstrohet på 87 procent. Inköpsdata för "
             "andra halvåret har ännu inte analyserats.",
             "Analysen slutförs under första kvartalet 2026 och redovisas till kommunstyrelsens arbetsutskott.",
             "DELVIS", ""),
        ]),
        ("Personal och lön", [
            ("Lönetillägg och särskilda ersättningar är beslutade enligt delegationsordningen",
             "Stickprov, 25 tillägg i lönesystemet", "HR-chef",
             "Flyttas till 2026. Kontrollen kunde inte genomföras under hösten eftersom kommunen bytte "
             "lönesystem den 1 oktober.",
             "Kontrollen tas med i internkontrollplan 2026.", "EJ_GENOMFORD", ""),
            ("Rehabiliteringsutredning upprättas vid sjukfrånvaro längre än 28 dagar",
             "Uttag ur Adato, jämförelse med frånvarostatistik", "HR-specialist",
             "Genomförd. Rehabiliteringsutredning fanns upprättad i samtliga 14 ärenden med sammanhängande "
             "sjukfrånvaro över 28 dagar.",
             "–", "GENOMFORD", "nej"),
        ]),
        ("Informationshantering och säkerhet", [
            ("Behörigheter i ekonomisystemet följs upp och avslutas när anställning upphör",
             "Behörighetslista jämförs med personalregister", "Systemförvaltare ekonomi",
             "Genomgången gjordes i november. Fyra användare som slutat sin anställning hade fortfarande "
             "aktiva behörigheter. Behörigheterna har nu tagits bort.",
             "Rutinen för avslut av behörighet ses över tillsammans med HR så att beställning sker vid "
             "avslutad anställning.", "GENOMFORD", "ja"),
            ("Inkomna handlingar diarieförs inom en vecka",
             "Stickprov i Ciceron, 30 ärenden", "Kommunsekreterare",
             "", "", "SAKNAS", ""),
            ("Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse mellan delegationslistor och protokoll", "Kommunsekreterare",
             "Stickprov på 15 delegationsbeslut. Samtliga beslut hade anmälts till kommunstyrelsen vid nästa "
             "sammanträde. Inga avvikelser.",
             "Ingen åtgärd.", "GENOMFORD", "nej"),
        ]),
    ]

    d.add_heading("Resultat per kontrollmoment", level=1)
    for area, items in controls:
        d.add_heading(area, level=1)
        for km, metod, ansv, res, atg, status, avv in items:
            d.add_heading(km, level=2)
            p = d.add_paragraph()
            p.add_run("Kontrollmetod: ").bold = True
            p.add_run(metod)
            p = d.add_paragraph()
            p.add_run("Ansvarig: ").bold = True
            p.add_run(ansv)
            p = d.add_paragraph()
            p.add_run("Resultat:").bold = True
            if res:
                p.add_run(" " + res)
            p = d.add_paragraph()
            p.add_run("Åtgärd:").bold = True
            if atg:
                p.add_run(" " + atg)
            exp(fil, N, km, status, avv)

    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025 och lägger den till handlingarna.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist\nEkonomichef")
    d.add_paragraph("Mats Forsberg\nKommundirektör")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word table Kontrollmoment|Metod|Frekvens|Utfört|Kommentar
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN IK-uppföljning 2025 helår.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    docx_props(d, "Uppföljning intern kontroll 2025", "Maria Ek")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen"

    t = d.add_paragraph()
    r = t.add_run("Barn- och utbildningsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    t = d.add_paragraph()
    r = t.add_run("Uppföljning av intern kontroll 2025 – helår")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Instruktion: Ange Ja, Nej eller Delvis i kolumnen Utfört. Beskriv resultatet och eventuella "
        "avvikelser i kommentarsfältet. Rapporten lämnas till ekonomienheten senast 2026-01-23.")

    rows = [
        ("Personal", None),
        ("Utdrag ur belastningsregistret har uppvisats vid anställning inom förskola, fritidshem och skola",
         "Stickprov 20 nyanställda", "Helår", "Ja",
         "Samtliga 20 hade uppvisat utdrag före anställningens början.", "GENOMFORD", "nej"),
        ("Anmälan om kränkande behandling görs till huvudmannen utan dröjsmål",
         "Genomgång av anmälningar i DF Respons", "Tertialvis", "Ja",
         "Kontrollen genomförd, två avvikelser hittades. Två anmälningar registrerades mer än fem "
         "arbetsdagar efter händelsen. Rektorerna har påmints om rutinen.", "GENOMFORD", "ja"),
        ("Elevfrånvaro följs upp och vårdnadshavare kontaktas enligt rutin",
         "Uttag ur frånvarosystemet", "Månadsvis", "Nej",
         "Flyttas till 2026. Nytt frånvarosystem infördes i augusti och rutinen behöver revideras innan "
         "kontrollen kan göras.", "EJ_GENOMFORD", ""),
        ("Ekonomi", None),
        ("Barn i förskolan är korrekt registrerade i placeringssystemet så att avgifter debiteras rätt",
         "Jämförelse närvarolistor och Tieto Edu", "Två ggr/år", "Ja",
         "Tre felaktiga placeringar upptäcktes och har rättats. Felaktigt debiterade avgifter har "
         "återbetalats till vårdnadshavarna.", "GENOMFORD", "ja"),
        ("Skolskjuts beviljas enligt gällande riktlinjer",
         "Stickprov 15 beslut", "Helår", "Delvis",
         "Grundskolans skolskjutsbeslut har granskats. Gymnasieelevernas beslut om busskort återstår.",
         "DELVIS", ""),
        ("Inköp av läromedel sker från upphandlade leverantörer",
         "Stickprov 30 fakturor", "Helår", "", "", "SAKNAS", ""),
        ("Statsbidrag återrapporteras till Skolverket inom angiven tid",
         "Genomgång av bidragsförteckning", "Helår", "Ja",
         "Samtliga återrapporteringar gjorda inom tidsfrist.", "GENOMFORD", "nej"),
        ("Säkerhet och miljö", None),
        ("Systematiskt brandskyddsarbete dokumenteras på samtliga enheter",
         "Egenkontroll enligt checklista", "Helår", "",
         "Genomfört på alla enheter utom Alléskolan, där egenkontrollen inte har gjorts.", "DELVIS", ""),
        ("Livsmedelshantering i skolköken följer egenkontrollprogrammet",
         "Stickprov på tre kök", "Helår", "", "Se bilaga 2.", "OKLAR", ""),
    ]

    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    hdr = ["Kontrollmoment", "Metod", "Frekvens", "Utfört (Ja/Nej/Delvis)", "Kommentar"]
    for i, h in enumerate(hdr):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "BDD7EE")
    repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        if row[1] is None:
            m = cells[0].merge(cells[4])
            set_cell(m, row[0], bold=True)
            shade(m, "E7E6E6")
            continue
        km, metod, frek, utf, kom, status, avv = row
        for i, v in enumerate([km, metod, frek, utf, kom]):
            set_cell(cells[i], v, size=10)
        exp(fil, N, km, status, avv)
    widths = [Cm(7), Cm(4.5), Cm(2.5), Cm(2.8), Cm(8.5)]
    for r_ in table.rows:
        for i, c in enumerate(r_.cells):
            c.width = widths[i]

    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Rapport livsmedelskontroll skolkök (separat dokument)")
    d.add_paragraph("Sammanställd av: Maria Ek, förvaltningsekonom, 2026-01-20")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word table, process rows with controls numbered 1.1, 1.2 ...
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden uppföljning IKP 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    docx_props(d, "Socialnämnden uppföljning internkontrollplan 2025", "Karin Holm")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)

    p = d.add_paragraph()
    r = p.add_run("Socialnämnden\nÅtvidabergs kommun")
    r.bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Rapport helår (januari–december 2025). Dnr SN 2025/12")
    d.add_paragraph(
        "Internkontrollplanen för 2025 innehåller nio kontrollmoment fördelade på fyra processer. "
        "Kontrollerna har utförts av kontrollansvariga och sammanställts av förvaltningens "
        "kvalitetsutvecklare. Status avser läget per 31 december 2025.")

    rows = [
        ("1", "Ekonomiskt bistånd", None),
        ("1.1", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef IFO vuxen",
         "Genomförd", "Stickprov 25 beslut. Samtliga beslut fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("1.2", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i Viva", "Controller",
         "Genomförd med avvikelse",
         "En dubbelutbetalning om 6 450 kr upptäcktes. Beloppet har återkrävts och rutinen för "
         "manuella utbetalningar har förtydligats.", "GENOMFORD", "ja"),
        ("2", "Barn och unga", None),
        ("2.1", "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga",
         "Pågående",
         "Första halvåret är granskat: 92 % av förhandsbedömningarna gjordes inom 14 dagar. Andra "
         "halvåret granskas i februari 2026.", "DELVIS", "ja"),
        ("2.2", "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader", "Enhetschef barn och unga",
         "Genomförd",
         "Av 48 avslutade utredningar överskred 6 tidsgränsen utan beslut om förlängd utredningstid.",
         "GENOMFORD", "ja"),
        ("3", "Äldreomsorg", None),
        ("3.1", "Avgiftsbeslut inom hemtjänst och särskilt boende är korrekta", "Avgiftshandläggare",
         "Genomförd", "Stickprov 30 avgiftsbeslut. Inga avvikelser.", "GENOMFORD", "nej"),
        ("3.2", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Enhetschefer äldreomsorg",
         "Ej aktuell",
         "Ej aktuell p.g.a. omorganisation. Ansvaret för genomförandeplaner flyttades under hösten till "
         "den nya enheten för vård och omsorg.", "UTGAR", ""),
        ("3.3", "Signeringslistor för läkemedelsöverlämning kontrolleras", "MAS",
         "Ej genomförd", "Har inte hunnits med på grund av vakant MAS-tjänst under andra halvåret.",
         "EJ_GENOMFORD", ""),
        ("4", "Funktionsstöd (LSS)", None),
        ("4.1", "Tidsredovisning för personlig assistans stämmer mot beslut", "Handläggare LSS",
         "", "", "SAKNAS", ""),
        ("4.2", "Ej verkställda beslut rapporteras till IVO inom föreskriven tid", "Enhetschef funktionsstöd",
         "Genomförd",
         "Två ej verkställda beslut har rapporterats till IVO inom föreskriven tid. Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    hdr = ["Nr", "Process / kontrollmoment", "Kontrollansvarig", "Status helår", "Resultat och kommentar"]
    for i, h in enumerate(hdr):
        set_cell(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "1F4E79")
        for par in table.rows[0].cells[i].paragraphs:
            for run in par.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        if row[2] is None:
            set_cell(cells[0], row[0], bold=True)
            m = cells[1].merge(cells[4])
            set_cell(m, row[1], bold=True)
            shade(cells[0], "DEEAF6")
            shade(m, "DEEAF6")
            continue
        nr, km, ansv, st, kom, status, avv = row
        for i, v in enumerate([nr, km, ansv, st, kom]):
            set_cell(cells[i], v, size=10)
        exp(fil, N, km, status, avv)
    widths = [Cm(1.2), Cm(8), Cm(4), Cm(3.2), Cm(9)]
    for r_ in table.rows:
        for i, c in enumerate(r_.cells):
            c.width = widths[i]

    d.add_paragraph("")
    d.add_paragraph("Statusförklaring: Genomförd – Genomförd med avvikelse – Pågående – Ej genomförd – Ej aktuell")
    d.add_paragraph("Karin Holm, kvalitetsutvecklare, 2026-01-26")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - old Word .doc, two-column table, nämnd only in page header
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "Uppföljning intern kontroll 2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    docx_props(d, "Uppföljning intern kontroll", "psjo")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsnämnden\tÅtvidabergs kommun"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning intern kontroll 2025"

    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll – helår 2025")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph(
        "Nedan redovisas resultatet av de kontroller som ingår i internkontrollplanen för 2025. "
        "Uppföljningen har gjorts av förvaltningens enhetschefer och sammanställts i januari 2026.")

    rows = [
        ("Kontantkassor på biblioteket och simhallen stäms av mot kassarapport",
         "Oanmälda kassainventeringar har gjorts vid tre tillfällen på biblioteket och två tillfällen på "
         "simhallen. Kassorna stämde i samtliga fall.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Samtliga 34 ansökningar om aktivitetsbidrag har kontrollerats mot närvarokort. En förening hade "
         "redovisat för många sammankomster och bidraget har justerats.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt fastställd taxa",
         "Kontrollen av bokningssystemet mot fakturering har påbörjats men inte slutförts på grund av "
         "personalbyte på bokningen.", "DELVIS", ""),
        ("Hyresavtal för föreningslokaler är aktuella och undertecknade",
         "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Inventarieförteckning över kulturskolans instrument är uppdaterad",
         "Utgår. Kulturskolan flyttades organisatoriskt till barn- och utbildningsnämnden den 1 juli 2025.",
         "UTGAR", ""),
        ("Säkerhetsplan följs vid större evenemang (Bruksdagarna)",
         "Genomgång av säkerhetsplan och incidentrapporter efter evenemanget. Planen följdes och inga "
         "incidenter rapporterades.", "GENOMFORD", "nej"),
        ("Bidrag till studieförbund följs upp mot verksamhetsredovisning",
         "Uppföljning gjord vid dialogmöte med studieförbunden i oktober. Samtliga verksamhetsredovisningar "
         "var kompletta.", "GENOMFORD", "nej"),
    ]
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    set_cell(table.rows[0].cells[0], "Kontrollmoment", bold=True)
    set_cell(table.rows[0].cells[1], "Resultat", bold=True)
    for km, res, status, avv in rows:
        c = table.add_row().cells
        set_cell(c[0], km)
        set_cell(c[1], res)
        exp(fil, N, km, status, avv)
    for r_ in table.rows:
        r_.cells[0].width = Cm(6.5)
        r_.cells[1].width = Cm(10)

    d.add_paragraph("")
    d.add_paragraph("Åtvidaberg 2026-01-22")
    d.add_paragraph("Peter Sjöberg\nFörvaltningschef")
    os.makedirs(BUILD, exist_ok=True)
    tmp_docx = os.path.join(BUILD, "Uppföljning intern kontroll 2025.docx")
    d.save(tmp_docx)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc:MS Word 97", "--outdir", BUILD, tmp_docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(BUILD, "Uppföljning intern kontroll 2025.doc"), out(fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - xlsx, T1 | T2 | Helår status columns side by side, code legend
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN internkontroll 2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Johan Berg"
    wb.properties.lastModifiedBy = "Johan Berg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IK 2025"
    bold = Font(bold=True)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {
        "G": PatternFill("solid", fgColor="92D050"),
        "D": PatternFill("solid", fgColor="FFEB84"),
        "E": PatternFill("solid", fgColor="FF7C80"),
        "U": PatternFill("solid", fgColor="BFBFBF"),
    }
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Samhällsbyggnadsnämnden"
    ws["A2"].font = bold
    ws["A3"] = "Statuskoder: G = Genomförd   D = Delvis genomförd / pågår   E = Ej genomförd   U = Utgår   – = ingen kontroll denna period"
    ws["A3"].font = Font(italic=True)

    headers1 = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                "Uppföljning", None, None, "Kommentar (senaste uppföljning)"]
    headers2 = [None, None, None, None, None, None, "T1", "T2", "Helår", None]
    for i, h in enumerate(headers1, 1):
        if h:
            ws.cell(5, i, h)
    for i, h in enumerate(headers2, 1):
        if h:
            ws.cell(6, i, h)
    for col in (1, 2, 3, 4, 5, 6, 10):
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.merge_cells(start_row=5, start_column=7, end_row=5, end_column=9)
    for r in (5, 6):
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.font = bold
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = border

    data = [
        ("Bygglov", [
            ("Beslut fattas inte inom lagstadgad tid", "Bygglovsbeslut fattas inom lagstadgad tid (10 veckor)",
             "Bygglovschef", "Tertialvis", "G", "G", "G",
             "Samtliga beslut inom tidsfrist. I ett ärende förlängdes handläggningstiden med stöd av 9 kap. 27 § PBL.",
             "GENOMFORD", "nej"),
            ("Felaktig debitering", "Avgifter för bygglov debiteras enligt gällande taxa",
             "Administratör bygglov", "Tertialvis", "G", "D", "",
             "T2: stickprov 10 ärenden, två ärenden felaktigt debiterade. Rättat.",
             "DELVIS", "ja"),
        ]),
        ("Gata och park", [
            ("Olycksrisk på lekplatser", "Egenkontroll av lekplatser enligt SS-EN 1176",
             "Parkingenjör", "Två ggr/år", "–", "G", "G",
             "Besiktning utförd i maj och oktober. Inga allvarliga anmärkningar.",
             "GENOMFORD", "nej"),
            ("Betalning för ej utförda tjänster",
             "Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler",
             "Gatuchef", "Tertialvis", "G", "–", "E",
             "Körjournaler för november och december har inte inkommit från entreprenören.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Mark och exploatering", [
            ("Otillbörlig fördelning av tomter", "Försäljning av tomtmark sker enligt tomtkö och fastställd prislista",
             "Mark- och exploateringsingenjör", "Helår", "", "", "G",
             "Fem tomter sålda under året, samtliga enligt kö och prislista.",
             "GENOMFORD", "nej"),
            ("Intäktsbortfall", "Arrendeavgifter indexuppräknas och faktureras",
             "Mark- och exploateringsingenjör", "Helår", "", "", "E",
             "Flyttas till 2026 p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet och lokaler", [
            ("Brand i kommunala lokaler", "Systematiskt brandskyddsarbete i kommunens fastigheter dokumenteras",
             "Fastighetschef", "Helår", "", "D", "G",
             "Kontrollen genomförd, två avvikelser hittades (brandskyddsronder saknades för Centralskolan och "
             "Grebo skola). Åtgärdat.", "GENOMFORD", "ja"),
            ("Hög energiförbrukning", "Energiuppföljning av kommunala fastigheter",
             "Energisamordnare", "Tertialvis", "G", "G", "", "",
             "GENOMFORD", ""),
            ("Felaktiga utbetalningar", "Bostadsanpassningsbidrag betalas ut mot beslut och attesterad faktura",
             "Handläggare bostadsanpassning", "Tertialvis", "G", "G", "U",
             "Handläggningen av bostadsanpassning överfördes till socialnämnden 1 september 2025.",
             "UTGAR", ""),
        ]),
        ("Planering", [
            ("Försenade planer", "Detaljplaner handläggs enligt beslutad tidplan",
             "Planchef", "Helår", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 7
    nr = 1
    for process, items in data:
        start = r
        for risk, km, ansv, frek, t1, t2, hel, kom, status, avv in items:
            vals = [nr, process if r == start else None, risk, km, ansv, frek, t1 or None, t2 or None,
                    hel or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = border
                cell.alignment = Alignment(vertical="top", wrap_text=True,
                                           horizontal="center" if c in (1, 7, 8, 9) else None)
                if c in (7, 8, 9) and v in fills:
                    cell.fill = fills[v]
            exp(fil, N, km, status, avv)
            r += 1
            nr += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Sammanställt 2026-01-15 av Johan Berg, nämndsekreterare. Behandlad i samhällsbyggnadsnämnden 2026-02-04.")
    ws.cell(r, 1).font = Font(italic=True, size=9)

    widths = [5, 16, 22, 42, 22, 12, 7, 7, 8, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E7"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:6"

    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Så fyller du i uppföljningen"
    ws2["A1"].font = bold
    ws2["A2"] = "Fyll i statuskod i kolumnen för aktuell period (T1 = jan–apr, T2 = maj–aug, Helår = jan–dec)."
    ws2["A3"] = "Skriv kommentar vid D, E eller U samt när avvikelser har upptäckts."
    ws2["A4"] = "Skicka filen till ekonomienheten."
    ws2.column_dimensions["A"].width = 100
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Räddningstjänsten Östra Götaland (kommunalförbund) - .xls, Följer plan / Avvikelse columns
# ---------------------------------------------------------------------------
def build_rog():
    fil = "RÖG Intern kontroll 2025 uppföljning helår.xls"
    N = "Räddningstjänsten Östra Götaland"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    title = xlwt.easyxf("font: bold on, height 280;")
    sub = xlwt.easyxf("font: italic on, height 180; align: wrap on, vert top;")
    hdr = xlwt.easyxf("font: bold on, colour white; pattern: pattern solid, fore_colour dark_red; "
                      "align: wrap on, vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin;")
    cellf = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin;")
    centf = xlwt.easyxf("align: wrap on, vert top, horiz centre; borders: left thin, right thin, top thin, bottom thin;")
    areaf = xlwt.easyxf("font: bold on; align: wrap on, vert top; pattern: pattern solid, fore_colour ice_blue; "
                        "borders: left thin, right thin, top thin, bottom thin;")

    ws.write_merge(0, 0, 0, 6, "Räddningstjänsten Östra Götaland – Intern kontroll 2025", title)
    ws.write_merge(1, 1, 0, 6, "Uppföljning helår, redovisas för direktionen 2026-02-12", xlwt.easyxf("font: bold on;"))
    ws.write_merge(2, 3, 0, 6,
                   "Följer plan: Ja = kontrollen har genomförts enligt internkontrollplanen, Nej = kontrollen har inte "
                   "genomförts enligt plan. Avvikelse: Ja = brister har konstaterats vid kontrollen. "
                   "Kommentera alltid Nej-svar.", sub)
    headers = ["Område", "Kontrollmoment", "Kontrollmetod", "Följer plan (Ja/Nej)", "Avvikelse (Ja/Nej)",
               "Kommentar", "Åtgärd"]
    for c, h in enumerate(headers):
        ws.write(5, c, h, hdr)
    ws.row(5).height_mismatch = True
    ws.row(5).height = 600

    data = [
        ("Förebyggande", [
            ("Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Uppföljning i verksamhetssystemet",
             "Ja", "Nej", "Samtliga planerade tillsyner för 2025 är genomförda.", "", "GENOMFORD", "nej"),
            ("Fakturering av onödiga automatiska brandlarm sker enligt taxa", "Stickprov 20 larm",
             "Ja", "Ja", "Tre larm hade inte fakturerats. Fakturor har skickats i efterhand.",
             "Rutin för överföring av larmlista till ekonomi ses över.", "GENOMFORD", "ja"),
        ]),
        ("Operativ verksamhet", [
            ("Insatsrapporter upprättas och kvalitetssäkras inom 14 dagar", "Uttag ur insatsrapportsystemet",
             "Ja", "Ja", "12 % av insatsrapporterna var inte kvalitetssäkrade inom 14 dagar.",
             "Påminnelse till styrkeledare, ny uppföljning T1 2026.", "GENOMFORD", "ja"),
            ("Fordon besiktigas och servas enligt underhållsplan", "Genomgång av fordonsregistret",
             "Delvis", "Nej",
             "Kontrollen är gjord för stationerna i Linköping och Åtvidaberg. Övriga stationer återstår.",
             "Slutförs under våren 2026.", "DELVIS", "nej"),
            ("Rökdykarnas fysiska arbetsprov genomförs årligen", "Kontroll mot testprotokoll",
             "Nej", "", "Arbetsproven sköts upp till januari 2026 på grund av ombyggnad av övningsanläggningen.",
             "", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
             "Ja", "Nej", "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("Avtal med medlemskommunerna om tjänster utöver grunduppdraget följs upp", "Avtalsgenomgång",
             "", "", "Utgår enligt direktionens beslut 2025-06-12 § 34.", "", "UTGAR", ""),
            ("Behörigheter i ledningsstödssystemet ses över två gånger per år", "Behörighetslista mot personalregister",
             "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for area, items in data:
        start = r
        for km, metod, fp, av, kom, atg, status, avv in items:
            ws.write(r, 1, km, cellf)
            ws.write(r, 2, metod, cellf)
            ws.write(r, 3, fp, centf)
            ws.write(r, 4, av, centf)
            ws.write(r, 5, kom, cellf)
            ws.write(r, 6, atg, cellf)
            exp(fil, N, km, status, avv)
            r += 1
        ws.write_merge(start, r - 1, 0, 0, area, areaf)
    r += 1
    ws.write(r, 0, "Upprättad av: Lena Åkesson, controller RÖG", xlwt.easyxf("font: italic on;"))
    ws.write(r + 1, 0, "Datum: 2026-01-27", xlwt.easyxf("font: italic on;"))
    for c, w in enumerate([20, 45, 28, 12, 12, 50, 35]):
        ws.col(c).width = 256 * w
    ws._Worksheet__header_str = "&CRäddningstjänsten Östra Götaland"  # xlwt setter is broken on py3
    ws._Worksheet__footer_str = "&RSida &P"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Bolagen - Stratsys CSV export, two bolag, one row per control and period (Delår / Helår)
# ---------------------------------------------------------------------------
def build_bolag():
    fil = "Stratsys_IK_bolag_2025.csv"
    VA = "Åtvidabergs Vatten AB"
    HUS = "Åtvidabergshus AB"
    rows = [
        # enhet, område, kontrollmoment, ansvarig, [(period, status, kommentar)], expected status, avv
        (VA, "Ekonomi", "Debitering av VA-avgifter sker enligt gällande VA-taxa", "Ekonomiansvarig",
         [("Delår 2025", "Klar", "Stickprov 50 kunder, inga fel."),
          ("Helår 2025", "Klar", "Stickprov 50 kunder andra halvåret, inga fel.")], "GENOMFORD", "nej"),
        (VA, "Drift", "Provtagning av dricksvatten enligt kontrollprogram", "Driftchef",
         [("Delår 2025", "Pågående", "Provtagning enligt plan t.o.m. augusti."),
          ("Helår 2025", "Klar", "Samtliga provtagningar genomförda. Ett prov i Björsäter visade otjänligt "
                                 "vatten (koliforma bakterier).\nKokningsrekommendation utfärdades och ledningsnätet "
                                 "spolades; uppföljande prov u.a.")], "GENOMFORD", "ja"),
        (VA, "Drift", "Byte av vattenmätare enligt mätarbytesplan", "Driftingenjör",
         [("Delår 2025", "Pågående", "Cirka 40 % av årets planerade mätarbyten utförda."),
          ("Helår 2025", "", "")], "DELVIS", ""),
        (VA, "Inköp", "Upphandlingar över direktupphandlingsgränsen annonseras", "VD",
         [("Delår 2025", "Ej påbörjad", ""),
          ("Helår 2025", "Ej påbörjad", "Flyttas till 2026.")], "EJ_GENOMFORD", ""),
        (VA, "IT-säkerhet", "Behörighetsöversyn i driftövervakningssystemet (SCADA)", "IT-samordnare",
         [("Delår 2025", "Ej påbörjad", ""),
          ("Helår 2025", "", "Genomförd i december. Två konton utan ägare stängdes.")], "GENOMFORD", "ja"),
        (HUS, "Uthyrning", "Hyresavisering och hyreshöjningar genomförs enligt förhandlingsöverenskommelse",
         "Ekonomichef",
         [("Delår 2025", "Klar", "Hyreshöjning 2025 avierad från 1 april."),
          ("Helår 2025", "Klar", "Inga avvikelser.")], "GENOMFORD", "nej"),
        (HUS, "Uthyrning", "Lägenheter fördelas enligt bolagets uthyrningspolicy", "Uthyrningschef",
         [("Delår 2025", "Pågående", ""),
          ("Helår 2025", "Klar", "Granskning av 20 nya kontrakt. I ett fall saknades dokumenterad kreditprövning.")],
         "GENOMFORD", "ja"),
        (HUS, "Fastighetsförvaltning", "Obligatorisk ventilationskontroll (OVK) genomförs enligt plan",
         "Förvaltare",
         [("Delår 2025", "Pågående", "6 av 16 fastigheter besiktigade."),
          ("Helår 2025", "Pågående", "12 av 16 fastigheter besiktigade, resterande besiktigas i mars 2026.")],
         "DELVIS", ""),
        (HUS, "Ekonomi", "Hyresfordringar och inkassoärenden följs upp månadsvis", "Ekonomichef",
         [("Delår 2025", "Klar", "Uppföljning sker månadsvis."),
          ("Helår 2025", "Avbruten", "Avbruten genom styrelsebeslut 2025-10-20, funktionen köps från kommunens "
                                     "ekonomienhet från 1 november.")], "UTGAR", ""),
        (HUS, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         [("Delår 2025", "", ""),
          ("Helår 2025", "", "")], "SAKNAS", ""),
    ]
    path = out(fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Rapport: Internkontroll koncernbolag;;;;;;\r\n")
        f.write("Urval: Åtvidabergs kommun koncern, 2025;;;;;;\r\n")
        f.write("Utskriven: 2026-01-30 08:47;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Kommentar"])
        for enhet, omr, km, ansv, periods, status, avv in rows:
            for per, st, kom in periods:
                w.writerow([enhet, omr, km, ansv, per, st, kom])
            exp(fil, enhet, km, status, avv)
    FILES.append((fil, "INLAST", VA, YEAR, "HELAR"))
    FILES.append((fil, "INLAST", HUS, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject - covering e-mail from socialförvaltningen saved as .docx
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Följebrev IK helår 2025 Socialnämnden.docx"
    d = docx.Document()
    docx_props(d, "VB: Uppföljning internkontroll helår 2025", "Karin Holm")
    lines = [
        ("Från:", "Karin Holm <karin.holm@atvidaberg.se>"),
        ("Skickat:", "den 26 januari 2026 15:12"),
        ("Till:", "Ekonomienheten <ekonomi@atvidaberg.se>"),
        ("Kopia:", "Socialchef Åsa Nyberg"),
        ("Ämne:", "Uppföljning internkontroll helår 2025 – Socialnämnden"),
        ("Bifogade filer:", "Socialnämnden uppföljning IKP 2025.docx"),
    ]
    for k, v in lines:
        p = d.add_paragraph()
        p.add_run(k + " ").bold = True
        p.add_run(v)
    d.add_paragraph("")
    for t in [
        "Hej!",
        "Här kommer socialnämndens uppföljning av internkontrollplanen för helåret 2025. Ärendet behandlas "
        "av socialnämndens arbetsutskott den 4 februari och av nämnden den 18 februari.",
        "Kort sammanfattning: de flesta kontrollerna är genomförda. Läkemedelskontrollen har inte hunnits med "
        "på grund av vakansen på MAS-tjänsten och kontrollen av genomförandeplaner bortföll i samband med "
        "omorganisationen. Resultatet för LSS kompletteras när enhetschefen är tillbaka efter ledighet.",
        "Hör av dig om något är oklart eller om ni behöver underlaget i ett annat format.",
        "Vänliga hälsningar",
        "Karin Holm\nKvalitetsutvecklare\nSocialförvaltningen, Åtvidabergs kommun\nTel 0120-831 00",
    ]:
        d.add_paragraph(t)
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
    ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid|KoF"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Räddningstjänsten Östra Götaland", "RÖG|Räddningstjänstförbundet|Räddningstjänsten"),
    ("Åtvidabergs Vatten AB", "ÅVAB|Åtvidabergs Vatten|Vattenbolaget"),
    ("Åtvidabergshus AB", "ÅHAB|Åtvidabergshus|Bostadsbolaget"),
]


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(BUILD, exist_ok=True)
    build_ks()
    build_bun()
    build_sn()
    build_kfn()
    build_sbn()
    build_rog()
    build_bolag()
    build_reject()
    write_csvs()
    names = {n for n, _ in NAMNDER}
    for f in FILES:
        assert os.path.exists(out(f[0])), f[0]
        if f[1] == "INLAST":
            assert f[2] in names, f[2]
    for e in EXPECTED:
        assert (e[0], "INLAST", e[1]) in {(f[0], f[1], f[2]) for f in FILES}, e
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
