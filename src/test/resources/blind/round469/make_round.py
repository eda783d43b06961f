#!/usr/bin/python3
"""Blind round 469 - Gnosjö kommun, delår (jan-aug) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round469"
FIXED_DT = datetime.datetime(2025, 9, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def fix_xlsx_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
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


# ---------------------------------------------------------------------------
# 1. Stratsys CSV export - Socialnämnden (T1 and Delår rows per control)
# ---------------------------------------------------------------------------
def build_sn_csv():
    fil = "Stratsys_export_internkontroll_SN_20250905.csv"
    N = "Socialnämnden"
    # (process, kontrollmoment, ansvarig, frekvens, (t1status, t1komm), (delstatus, delkomm), exp status, avv)
    rows = [
        ("Ekonomiskt bistånd",
         "Kontroll att utbetalningar av ekonomiskt bistånd har beslut och är attesterade enligt delegationsordningen",
         "Enhetschef försörjningsstöd", "Tertialvis",
         ("Genomförd", "Stickprov 20 ärenden januari–april. Inga avvikelser."),
         ("Genomförd", "Stickprov 25 ärenden maj–augusti.\nInga avvikelser."),
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Ansökningar om ekonomiskt bistånd handläggs inom tio arbetsdagar",
         "Enhetschef försörjningsstöd", "Tertialvis",
         ("Pågående", "Uttag ur Lifecare beställt."),
         ("Genomförd med avvikelse", "3 av 30 granskade ärenden handlades på mer än tio arbetsdagar (semesterperioden).\nRutin för bemanning under sommaren ses över."),
         "GENOMFORD", "ja"),
        ("Myndighetsutövning barn och unga",
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Enhetschef barn och familj", "Tertialvis",
         ("Genomförd", "Samtliga 37 anmälningar bedömda inom 14 dagar."),
         ("Genomförd med avvikelse", "I juli överskreds tiden i 4 av 41 anmälningar. Samtliga bedömda inom 18 dagar. Åtgärd: jourschema ses över."),
         "GENOMFORD", "ja"),
        ("Myndighetsutövning barn och unga",
         "Barnavårdsutredningar avslutas inom fyra månader",
         "Enhetschef barn och familj", "Halvår",
         ("Ej påbörjad", ""),
         ("Pågående", "Genomgång av utredningar avslutade januari–juni klar, hittills inga överskridna utredningstider. Juli–augusti återstår."),
         "DELVIS", "nej"),
        ("Hemtjänst",
         "Beviljade hemtjänsttimmar stäms av mot utförd tid i planeringssystemet",
         "Verksamhetschef äldreomsorg", "Halvår",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Skjuts till hösten p.g.a. byte av planeringssystem i juni."),
         "EJ_GENOMFORD", ""),
        ("Kvalitet och patientsäkerhet",
         "Avvikelser enligt SOSFS 2011:9 följs upp och åtgärdas",
         "Medicinskt ansvarig sjuksköterska", "Tertialvis",
         ("Genomförd", "Samtliga avvikelser har hanterats och avslutats i Lifecare. Inga brister."),
         ("", ""),
         "GENOMFORD", "nej"),
        ("Läkemedelshantering",
         "Signeringslistor för läkemedel kontrolleras på särskilt boende",
         "Medicinskt ansvarig sjuksköterska", "Tertialvis",
         ("Genomförd", "Furugården och Tallbacken kontrollerade, inga osignerade doser."),
         ("Pågående", "Kontroll på Furugården klar utan anmärkning. Tallbacken kontrolleras i september."),
         "DELVIS", "nej"),
        ("Personal",
         "Utdrag ur belastningsregistret begärs in vid nyanställning inom LSS-verksamhet",
         "Verksamhetschef LSS", "Tertialvis",
         ("Genomförd", "5 nyanställda, utdrag finns för samtliga."),
         ("Genomförd", "12 nyanställningar inför sommaren, utdrag finns för samtliga."),
         "GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet Lifecare",
         "Systemförvaltare", "Tertialvis",
         ("Ej påbörjad", ""),
         ("Utgår", "Utgår enligt beslut SN 2025-05-21 § 48 – ersätts av kommungemensam loggkontroll."),
         "UTGAR", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
                    "Uppföljningsperiod", "Status", "Kommentar", "Senast ändrad"])
        for i, (proc, km, ans, frek, t1, dl, st, avv) in enumerate(rows):
            w.writerow([N, proc, km, ans, frek, "Tertial 1 2025", t1[0], t1[1],
                        "2025-05-%02d" % (6 + i)])
            w.writerow([N, proc, km, ans, frek, "Delår 2025", dl[0], dl[1],
                        "" if not dl[0] else "2025-09-%02d" % (1 + i % 4)])
            exp(fil, N, km, st, avv)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Hypergene xlsx export - Tekniska nämnden + Miljö- och byggnämnden
# ---------------------------------------------------------------------------
def build_hypergene_xlsx():
    fil = "Rapport_internkontroll_2025-09-09.xlsx"
    blocks = [
        ("Tekniska nämnden", [
            ("Inköp och upphandling", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
             "Stickprov 40 fakturor", "Inköpssamordnare", "Genomförd",
             "6 av 40 köp gjordes utanför avtal (15 %). Information har gått ut till beställarna.",
             "GENOMFORD", "ja"),
            ("Inköp och upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar", "Förvaltningschef", "Delvis genomförd",
             "Granskning av första halvåret klar: 2 av 7 saknade dokumentation. Juli–augusti granskas i september.",
             "DELVIS", "ja"),
            ("Fastighet", "Lagstadgade besiktningar (OVK, hissar, brandlarm) genomförs enligt plan",
             "Avstämning mot besiktningsplan", "Fastighetschef", "Genomförd",
             "Samtliga besiktningar utförda enligt plan.", "GENOMFORD", "nej"),
            ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter",
             "Genomgång av SBA-pärmar", "Fastighetschef", "Ej genomförd",
             "Ej påbörjad på grund av vakant tjänst som fastighetsingenjör. Flyttas till tertial 3.",
             "EJ_GENOMFORD", ""),
            ("Vatten och avlopp", "Provtagning av dricksvatten sker enligt kontrollprogrammet",
             "Avstämning mot provtagningsschema", "VA-chef", "Genomförd",
             "Alla prover från Gnosjö, Hillerstorp och Kulltorp bedömda som tjänliga.",
             "GENOMFORD", "nej"),
            ("Fordon", "Körjournaler för kommunens fordon förs och kontrolleras",
             "Stickprov 5 fordon", "Gatuchef", "", "", "SAKNAS", ""),
        ]),
        ("Miljö- och byggnämnden", [
            ("Myndighetsutövning", "Bygglov beslutas inom tio veckor enligt plan- och bygglagen",
             "Uttag ur ärendesystemet", "Bygglovschef", "Genomförd",
             "Samtliga 58 beslut fattade inom lagstadgad tid.", "GENOMFORD", "nej"),
            ("Myndighetsutövning", "Delegationsbeslut anmäls till nämnden",
             "Avstämning delegationslistor mot protokoll", "Nämndsekreterare", "Genomförd", "",
             "GENOMFORD", ""),
            ("Tillsyn", "Tillsyn enligt miljöbalken genomförs enligt tillsynsplanen",
             "Avstämning mot tillsynsplan", "Miljöchef", "Delvis genomförd",
             "62 % av planerade tillsynsbesök utförda t.o.m. augusti. Resterande planeras under hösten.",
             "DELVIS", ""),
            ("Tillsyn", "Tillsynsavgifter debiteras enligt taxa",
             "Stickprov 15 ärenden", "Miljöchef", "Genomförd",
             "En felaktig timdebitering hittades och har rättats.", "GENOMFORD", "ja"),
            ("Alkohol och tobak", "Handläggning av serveringstillstånd sker enligt alkohollagen",
             "Stickprov 5 ärenden", "Alkoholhandläggare", "Ej aktuell",
             "Ej aktuell – handläggningen sköts sedan 1 juli av Gislaveds kommun enligt samverkansavtal.",
             "UTGAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Delår augusti 2025"
    ws["A3"] = "Urval: Tekniska nämnden; Miljö- och byggnämnden"
    ws["A4"] = "Utskriven 2025-09-09 14:32 av Lena Berg"
    ws["A4"].font = Font(italic=True, color="808080")
    hdr = ["Organisation", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Bedömning", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    fills = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE",
             "Ej aktuell": "D9D9D9"}
    thin = Side(style="thin", color="BFBFBF")
    for namnd, items in blocks:
        first = True
        for (omr, km, metod, ans, bed, komm, st, avv) in items:
            r += 1
            vals = [namnd if first else None, omr, km, metod, ans, bed or None, komm or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if first:
                ws.cell(row=r, column=1).font = Font(bold=True)
            if bed in fills:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[bed])
            first = False
            exp(fil, namnd, km, st, avv)
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    r += 2
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 11")
    widths = [24, 22, 50, 32, 22, 18, 60]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = wdt
    ws.freeze_panes = "A7"
    info = wb.create_sheet("Rapportinfo")
    info["A1"] = "Rapport"
    info["B1"] = "IK Uppföljning kontrollmoment (standard)"
    info["A2"] = "Källa"
    info["B2"] = "Hypergene"
    info["A3"] = "Period"
    info["B3"] = "2025-08"
    info["A4"] = "Organisationer"
    info["B4"] = "Tekniska nämnden, Miljö- och byggnämnden"
    fix_xlsx_props(wb, "Lena Berg")
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 3. Word, table per process, status codes with legend - Barn- och utbildningsnämnden
# ---------------------------------------------------------------------------
def build_bun_docx():
    fil = "BUN uppföljning internkontrollplan delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    processes = [
        ("Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
             "Ekonom", "Stickprov 30 fakturor jan–aug. Samtliga attesterade av behörig attestant.",
             "G", "GENOMFORD", "nej"),
            ("Inköp sker från avtalade leverantörer", "Stickprov 25 fakturor",
             "Ekonom", "4 av 25 köp gjordes utanför avtal (läromedel). Rektorerna har informerats om avtalen.",
             "GA", "GENOMFORD", "ja"),
        ]),
        ("Elevhälsa och trygghet", [
            ("Kränkande behandling anmäls till huvudmannen enligt skollagen 6 kap. 10 §",
             "Genomgång av anmälningar", "Verksamhetschef grundskola",
             "Samtliga anmälningar januari–juni granskade, inga brister i granskade ärenden.\nHöstterminens ärenden granskas i oktober.",
             "P", "DELVIS", "nej"),
            ("Rutinen vid upprepad ogiltig frånvaro följs",
             "Stickprov 10 elever", "Elevhälsochef",
             "Kontrollen flyttad till hösten.", "EP", "EJ_GENOMFORD", ""),
            ("Extra anpassningar och åtgärdsprogram dokumenteras",
             "Stickprov i elevakter", "Elevhälsochef", "Se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Förskola", [
            ("Barngruppernas storlek i förhållande till Skolverkets riktmärken",
             "Uttag ur placeringssystemet 15/3 och 15/8", "Verksamhetschef förskola",
             "3 av 14 avdelningar ligger över riktmärket (Hillerstorp och Åsenhöga).",
             "GA", "GENOMFORD", "ja"),
            ("Registerutdrag begärs in vid anställning i förskola och skola",
             "Stickprov 15 anställningar", "HR-konsult", "", "G", "GENOMFORD", ""),
        ]),
        ("Skolskjuts", [
            ("Beslut om skolskjuts fattas enligt kommunens riktlinjer",
             "Stickprov 10 beslut", "Skolskjutssamordnare",
             "Kontrollen görs av Kommunstyrelsen som ansvarar för upphandlad skolskjuts från 2025.",
             "U", "UTGAR", ""),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("GNOSJÖ KOMMUN")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x78)
    p.add_run("\tBarn- och utbildningsförvaltningen")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsbokslut", level=1)
    doc.add_paragraph("Nämnd: Barn- och utbildningsnämnden\nPeriod: januari–augusti 2025\nDnr: BUN 2024/112")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 98). Planen omfattar åtta "
        "kontrollmoment inom fyra processer. Nedan redovisas resultatet av kontrollerna för perioden "
        "januari–augusti. Kontroller som ska genomföras senare under året redovisas i helårsuppföljningen.")
    lg = doc.add_paragraph()
    lg.add_run("Teckenförklaring status: ").bold = True
    lg.add_run("G = Genomförd, GA = Genomförd med avvikelse, P = Påbörjad/pågår, "
               "EP = Ej påbörjad, U = Utgår")
    for i, (proc, items) in enumerate(processes, 1):
        doc.add_heading("%d. Process: %s" % (i, proc), level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Metod", "Ansvarig", "Resultat delår", "Status"]):
            cell_text(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "DDEBF7")
        for (km, metod, ans, res, code, stt, avv) in items:
            cells = t.add_row().cells
            for c, v in enumerate([km, metod, ans, res, code]):
                cell_text(cells[c], v)
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, km, stt, avv)
        doc.add_paragraph()
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Avvikelserna rörande "
        "inköp och barngruppernas storlek följs upp i helårsuppföljningen.")
    doc.add_paragraph("Gnosjö 2025-09-12\n\nAnna Svensson\nFörvaltningschef")
    fix_docx_props(doc, "Anna Svensson")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Word, one table per process with merged title row and traffic-light fills - Kommunstyrelsen
# ---------------------------------------------------------------------------
def build_ks_docx():
    fil = "Delårsuppföljning IK 2025 Kommunstyrelsen.docx"
    N = "Kommunstyrelsen"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    processes = [
        ("Löneprocessen", [
            ("Löneutbetalningar till nyanställda överensstämmer med anställningsavtal",
             "Stickprov 20 nyanställningar", "Stickprov 20 nyanställningar jan–aug, inga fel.",
             GREEN, "", "GENOMFORD", "nej"),
            ("Utbetald övertidsersättning är attesterad av behörig chef",
             "Stickprov 25 poster", "2 av 25 poster attesterade av ersättare som saknade delegation. Ny instruktion till chefer.",
             YELLOW, "", "GENOMFORD", "ja"),
            ("Lön betalas inte ut efter avslutad anställning",
             "Kontroll mot avslutslista", "Inga felaktiga utbetalningar.",
             GREEN, "", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och redovisning", [
            ("Förtroendekänsliga poster – representation, resor och gåvor följer riktlinjerna",
             "Stickprov 30 verifikationer", "Tre representationsfakturor saknade deltagarförteckning och syfte.",
             YELLOW, "", "GENOMFORD", "ja"),
            ("Avstämning av balanskonton inför delårsbokslutet",
             "Samtliga balanskonton", "Avstämning klar för 19 av 24 konton.",
             None, "Pågår", "DELVIS", ""),
            ("Ändrade bankuppgifter i leverantörsregistret kontrolleras (bedrägeriförsök)",
             "Samtliga ändringar", "Ej genomförd under perioden på grund av byte av ekonomisystem i maj.",
             RED, "", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
             "Helgenomgång", "Genomförd i april. 4 konton för avslutade anställda var fortfarande aktiva och har stängts.",
             YELLOW, "", "GENOMFORD", "ja"),
            ("Säkerhetskopiering av verksamhetssystem fungerar (återläsningstest)",
             "Test av återläsning", "Utgår – ansvaret har förts över till den gemensamma IT-driften enligt avtal.",
             GREY, "", "UTGAR", ""),
        ]),
        ("Upphandling och avtal", [
            ("Avtal registreras i avtalsdatabasen",
             "Jämförelse mot leverantörsreskontra", "", None, "", "SAKNAS", ""),
        ]),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "Gnosjö kommun – Kommunledningsförvaltningen\t\tDnr KS 2024/389"
    doc.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph("Kommunstyrelsen – uppföljning per 31 augusti 2025")
    doc.add_paragraph(
        "Kontrollerna har utförts av kommunledningsförvaltningens ekonomi-, löne- och IT-enheter. "
        "Bedömningen anges med färg i kolumnen Bedömning, se förklaring efter tabellerna.")
    n = 0
    for proc, items in processes:
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        cell_text(top, "Process: " + proc, bold=True, size=12)
        shade(top, "D9E1F2")
        for c, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod/omfattning",
                               "Resultat jan–aug 2025", "Bedömning"]):
            cell_text(t.rows[1].cells[c], h, bold=True)
        for (km, metod, res, fill, txt, stt, avv) in items:
            n += 1
            cells = t.add_row().cells
            for c, v in enumerate([str(n), km, metod, res, txt]):
                cell_text(cells[c], v)
            if fill:
                shade(cells[4], fill)
            exp(fil, N, km, stt, avv)
        for row in t.rows:
            row.cells[0].width = Cm(1.2)
            row.cells[4].width = Cm(2.5)
        doc.add_paragraph()
    doc.add_paragraph().add_run("Förklaring till bedömning").bold = True
    lt = doc.add_table(rows=4, cols=2)
    lt.style = "Table Grid"
    for i, (fill, txt) in enumerate([(GREEN, "Genomförd utan anmärkning"),
                                     (YELLOW, "Genomförd med anmärkning – avvikelse noterad"),
                                     (RED, "Ej genomförd"),
                                     (GREY, "Utgår")]):
        shade(lt.rows[i].cells[0], fill)
        cell_text(lt.rows[i].cells[1], txt)
    doc.add_paragraph()
    doc.add_paragraph("Kontroller som pågår anges med text i stället för färg.")
    doc.add_paragraph("Gnosjö den 11 september 2025\n\nPer Lindqvist\nEkonomichef")
    fix_docx_props(doc, "Per Lindqvist")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. OpenDocument text - Kultur- och fritidsnämnden (nämnd only in the page header)
# ---------------------------------------------------------------------------
def build_kfn_odt(tmp):
    fil = "Uppföljning intern kontroll delår 2025.odt"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Genomförd", "Samtliga 23 aktivitetsbidrag kontrollerade mot närvarorapporter. Inga fel.",
         "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Föreningar som fått bidrag har lämnat verksamhetsberättelse och årsbokslut",
         "Pågår", "Kontrollen pågår, 15 av 23 föreningar granskade.", "DELVIS", ""),
        ("Kassahantering", "Dagskassor i simhallen stäms av mot kassasystemet",
         "Genomförd med avvikelse", "Differens på 340 kr vid en avstämning i juni. Utrett, felslag i kassan.",
         "GENOMFORD", "ja"),
        ("Bibliotek", "Inventering av medier och inventarier på biblioteken i Gnosjö och Hillerstorp",
         "Ej genomförd", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Lokaluthyrning", "Uthyrning av idrottshallar och lokaler faktureras enligt taxa",
         "", "Kontrollen är genomförd. Samtliga bokningar juni–augusti är fakturerade enligt taxa.",
         "GENOMFORD", "nej"),
        ("Arbetsmiljö och säkerhet", "Systematiskt brandskyddsarbete på fritidsgården",
         "Avbruten", "Avbruten genom beslut KFN 2025-04-10 § 22, fritidsgården är stängd för renovering.",
         "UTGAR", ""),
    ]
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsförvaltningen\tGnosjö kommun\t"
    fp = sec.footer.paragraphs[0]
    fp.text = "Tjänsteskrivelse KFN 2025/41"
    doc.add_heading("Uppföljning intern kontroll – delår 2025", level=1)
    doc.add_paragraph("Perioden avser januari–augusti 2025. Status anges per 31 augusti.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["Kontrollområde", "Kontrollmoment", "Status 31/8", "Kommentar"]):
        cell_text(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "E2EFDA")
    start = {}
    for (omr, km, status, komm, stt, avv) in rows:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        if omr in start:
            cell_text(cells[1], km)
        else:
            start[omr] = idx
            cell_text(cells[0], omr)
            cell_text(cells[1], km)
        cell_text(cells[2], status)
        cell_text(cells[3], komm)
        exp(fil, N, km, stt, avv)
    # vertical merge of Kontrollområde for the two Föreningsbidrag rows
    a = t.cell(1, 0)
    a.merge(t.cell(2, 0))
    cell_text(t.cell(1, 0), "Föreningsbidrag")
    doc.add_paragraph()
    doc.add_paragraph("Sammantaget bedöms den interna kontrollen vara tillräcklig. Avvikelsen i "
                      "kassahanteringen har lett till att rutinen för dubbelkontroll vid dagsavslut skärpts.")
    doc.add_paragraph("Maria Holm, kultur- och fritidschef")
    fix_docx_props(doc, "Maria Holm")
    src = os.path.join(tmp, "Uppföljning intern kontroll delår 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Excel plan with T1, delår and helår columns side by side - Arbetsmarknads- och integrationsnämnden
# ---------------------------------------------------------------------------
def build_ain_xlsx():
    fil = "AIN internkontrollplan 2025 med uppföljning.xlsx"
    N = "Arbetsmarknads- och integrationsnämnden"
    # process, risk, riskvärde, km, ansvarig, frekvens, (t1 st, komm), (del st, komm), exp, avv
    rows = [
        ("Arbetsmarknadsinsatser", "Felaktiga utbetalningar av anställningsstöd", 9,
         "Utbetalda anställningsstöd motsvarar beslut från Arbetsförmedlingen",
         "Enhetschef AME", "Tertialvis",
         ("Klar", "10 ärenden, ok."), ("Klar", "Ytterligare 10 ärenden, ok."), "GENOMFORD", "nej"),
        ("Arbetsmarknadsinsatser", "Ersättning betalas ut utan närvaro", 12,
         "Närvarorapportering i arbetsmarknadsinsatser ligger till grund för ersättning",
         "Enhetschef AME", "Tertialvis",
         ("Pågår", ""), ("Klar", "2 fall av felaktigt rapporterad närvaro. Återkrav gjort."), "GENOMFORD", "ja"),
        ("Arbetsmarknadsinsatser", "Bristande dokumentation", 6,
         "Praktikplatser har giltigt praktikavtal",
         "Arbetsmarknadskonsulent", "1 gång/år",
         ("Klar", "Samtliga 31 praktikplatser har avtal."), ("", ""), "GENOMFORD", "nej"),
        ("Integration", "Rättsosäkert beslutsfattande", 8,
         "Handläggning av etableringsärenden dokumenteras i verksamhetssystemet",
         "Integrationssamordnare", "Halvår",
         ("Ej påbörjad", ""), ("Pågår", ""), "DELVIS", ""),
        ("Integration", "Kurser läses utan planering", 4,
         "SFI-elever har individuell studieplan",
         "Rektor vuxenutbildning", "1 gång/år",
         ("Utgår", "SFI flyttad till BUN (vuxenutbildningen) från 2025-03-01."), ("", ""), "UTGAR", ""),
        ("Integration", "Försörjningsstöd utan aktivitetskrav", 9,
         "Ekonomiskt bistånd samordnas med arbetsmarknadsinsats (aktivitetskrav)",
         "Enhetschef AME", "Halvår",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Inväntar ny samverkansrutin med socialförvaltningen."),
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Svinn och stöld", 6,
         "Inventering av utrustning och verktyg i arbetsmarknadsenhetens verkstad",
         "Arbetsledare verkstad", "1 gång/år",
         ("", ""), ("", "Genomförd 2025-06-18, inga differenser mot inventarieförteckningen."),
         "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktig attest", 6,
         "Attest av fakturor för köpta utbildningsplatser",
         "Ekonom", "Tertialvis",
         ("Klar", "Stickprov 10 fakturor, ok."), ("Pågår", "Stickprov för maj–augusti pågår."),
         "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = "Arbetsmarknads- och integrationsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Antagen AIN 2025-01-23 § 7. Uppföljning redovisas per tertial."
    groups = [("Plan", 1, 6), ("Uppföljning T1 (jan–apr)", 7, 8),
              ("Uppföljning delår (jan–aug)", 9, 10), ("Uppföljning helår", 11, 12)]
    gfill = {"Plan": "D9D9D9", "Uppföljning T1 (jan–apr)": "DDEBF7",
             "Uppföljning delår (jan–aug)": "FCE4D6", "Uppföljning helår": "E2EFDA"}
    for name, c1, c2 in groups:
        ws.cell(row=5, column=c1, value=name).font = Font(bold=True)
        ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        for c in range(c1, c2 + 1):
            ws.cell(row=5, column=c).fill = PatternFill("solid", fgColor=gfill[name])
        ws.cell(row=5, column=c1).alignment = Alignment(horizontal="center")
    hdr = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sfill = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    thin = Side(style="thin", color="999999")
    r = 6
    proc_start = {}
    for (proc, risk, rv, km, ans, frek, t1, dl, stt, avv) in rows:
        r += 1
        vals = [proc, risk, rv, km, ans, frek, t1[0] or None, t1[1] or None,
                dl[0] or None, dl[1] or None, None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for c, s in ((7, t1[0]), (9, dl[0])):
            if s in sfill:
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=sfill[s])
        proc_start.setdefault(proc, [r, r])[1] = r
        exp(fil, N, km, stt, avv)
    for proc, (a, b) in proc_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    r += 2
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = Font(bold=True)
    for i, (k, v) in enumerate([("Klar", "Kontrollen är genomförd"),
                                ("Pågår", "Kontrollen är påbörjad men inte avslutad"),
                                ("Ej påbörjad", "Kontrollen har inte påbörjats"),
                                ("Utgår", "Kontrollen utgår efter beslut")]):
        c = ws.cell(row=r + 1 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=sfill[k])
        ws.cell(row=r + 1 + i, column=2, value=v)
    ws.cell(row=r + 6, column=1, value="Riskvärde = sannolikhet × konsekvens (1–4).")
    widths = [20, 28, 10, 46, 22, 12, 12, 34, 12, 40, 12, 30]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = wdt
    fix_xlsx_props(wb, "Karin Ek")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Old .xls with tick columns - Överförmyndarnämnden
# ---------------------------------------------------------------------------
def build_ofn_xls():
    fil = "ÖFN IK delår 2025.xls"
    N = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar påbörjas senast 1 mars", "X", "", "",
         "Samtliga 142 årsräkningar granskade per 30/6.", "GENOMFORD", "nej"),
        ("Ställföreträdare har aktuellt utdrag ur belastningsregistret", "", "X", "",
         "Nya ställföreträdare kontrolleras. Befintliga återstår.", "DELVIS", ""),
        ("Arvodesbeslut följer nämndens riktlinjer", "X", "", "",
         "Stickprov 20 beslut. Ett arvode felberäknat, rättat.", "GENOMFORD", "ja"),
        ("Förteckningar inkommer inom två månader från förordnande", "", "", "X",
         "Kontrollen ej gjord p.g.a. hög arbetsbelastning.", "EJ_GENOMFORD", ""),
        ("Uttag från spärrade konton sker endast med överförmyndarens samtycke", "X", "", "X",
         "", "OKLAR", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Delår 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Överförmyndarnämnden – uppföljning av internkontrollplan", title)
    ws.write(1, 0, "Delår 2025 (t.o.m. 2025-08-31)")
    ws.write(2, 0, "Markera med X i den kolumn som stämmer.")
    for c, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        ws.write(4, c, h, head)
    for i, (km, g, d, e, komm, stt, avv) in enumerate(rows):
        r = 5 + i
        ws.write(r, 0, km, body)
        ws.write(r, 1, g, tick)
        ws.write(r, 2, d, tick)
        ws.write(r, 3, e, tick)
        ws.write(r, 4, komm, body)
        exp(fil, N, km, stt, avv)
    ws.write(12, 0, "Ifylld av: Eva Nordin, handläggare, 2025-09-03", bold)
    ws.col(0).width = 256 * 55
    for c in (1, 2, 3):
        ws.col(c).width = 256 * 12
    ws.col(4).width = 256 * 50
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) with no follow-up in it
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv uppföljning intern kontroll delår 2025 - Socialnämnden.docx"
    doc = Document()
    doc.add_paragraph("GNOSJÖ KOMMUN\nSocialförvaltningen")
    doc.add_paragraph("2025-09-18\t\t\tDnr SN 2025/17")
    doc.add_paragraph("Till: Kommunstyrelsen, ekonomiavdelningen")
    doc.add_heading("Missiv – Uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph(
        "Socialnämnden behandlade uppföljningen av internkontrollplanen för perioden januari–augusti "
        "2025 vid sitt sammanträde den 17 september 2025 (§ 71). Uppföljningen har exporterats från "
        "Stratsys och skickas som separat fil till ekonomiavdelningen.")
    doc.add_paragraph(
        "Nämnden vill särskilt uppmärksamma att två kontrollmoment visat avvikelser under sommaren, "
        "vilket har föranlett åtgärder inom myndighetsutövningen. En kontroll har utgått efter beslut i "
        "maj. Nämnden bedömer i övrigt att den interna kontrollen är tillräcklig.")
    doc.add_paragraph("Protokollsutdrag bifogas.")
    doc.add_paragraph("Med vänlig hälsning\n\nJohan Ahlberg\nSocialchef")
    fix_docx_props(doc, "Johan Ahlberg")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_registry():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Socialtjänsten"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och fastighet"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsenheten|AME|Integrationsenheten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Gnosjö Energi AB", "GEAB|Gnosjö Energi"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def write_csvs():
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
    tmp = tempfile.mkdtemp(prefix="round469-")
    try:
        build_sn_csv()
        build_hypergene_xlsx()
        build_bun_docx()
        build_ks_docx()
        build_kfn_odt(tmp)
        build_ain_xlsx()
        build_ofn_xls()
        build_missiv()
        write_registry()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
