#!/usr/bin/python3
"""Blind round r352 - Ulvsjö kommun, delår 2025: a plain inbox of a mid-size kommun.

Builds every file of the round plus namnder.csv, files.csv and expected.csv, deterministically.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round352"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, dest_name):
    """Convert src with LibreOffice into HERE/dest_name."""
    tmpout = tempfile.mkdtemp(prefix="r352conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpout, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpout)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpout, produced[0]), out(dest_name))
    shutil.rmtree(tmpout)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def fix_xlsx_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain Excel template, status as words
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning internkontroll KS delår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Ulvsjö kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Datum:"
    ws["B4"] = "2025-09-10"
    ws["A5"] = "Statusalternativ: Genomförd / Genomförd med anmärkning / Pågår / Ej påbörjad / Ej aktuell"
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar/resultat"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Redovisningschef", "Genomförd", "Stickprov på 30 fakturor (feb, maj, aug). Samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation och andra förtroendekänsliga poster redovisas enligt riktlinjen",
         "Stickprov 20 verifikationer", "Ekonomichef", "Genomförd med anmärkning",
         "3 av 20 verifikationer saknade deltagarförteckning och syfte. Påminnelse har skickats till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet – inköp sker från upphandlade leverantörer",
         "Analys av leverantörsreskontra jan–jun", "Upphandlingschef", "Pågår",
         "Analysen av första halvåret pågår och redovisas i samband med bokslut.", "DELVIS", ""),
        ("Personal", "Kontroll av att lönebeslut och utbetald lön överensstämmer", "Stickprov 25 anställda",
         "HR-chef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Behörigheter i ekonomi- och lönesystem tas bort när anställning upphör",
         "Jämförelse avslutade anställningar mot behörighetslistor", "IT-chef", "Genomförd",
         "Två konton var fortfarande aktiva efter avslutad anställning. Kontona har stängts och rutinen förtydligats.",
         "GENOMFORD", "ja"),
        ("Styrning och ledning", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av delegationslistor", "Kanslichef", "Ej påbörjad", "Planeras till oktober.",
         "EJ_GENOMFORD", ""),
        ("Styrning och ledning", "Uppföljning av att beslut i kommunfullmäktige verkställs",
         "Genomgång av beslutsuppföljningslista", "Kanslichef", "Ej aktuell",
         "Kontrollen utgår efter beslut KS 2025-05-14 § 87 och ersätts av ny rutin för ärendebevakning.",
         "UTGAR", ""),
        ("Säkerhet", "Kommunens krisledningsplan är uppdaterad och övad", "Dokumentgranskning",
         "Säkerhetssamordnare", None, None, "SAKNAS", ""),
    ]
    r = 8
    for i, (proc, km, metod, ansv, status, komm, es, ea) in enumerate(rows, 1):
        vals = [i, proc, km, metod, ansv, status, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanfattning: 4 av 8 kontroller är genomförda per 31 augusti.").font = Font(italic=True)
    ws.cell(row=r + 3, column=1, value="Godkänd av: Anna Lindqvist, kommundirektör")
    for col, w in zip("ABCDEFG", [5, 20, 48, 30, 20, 22, 60]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb, "Maria Berg")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word, one table with group heading rows
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning IKP delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Ulvsjö kommun\tBarn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden – delårsrapport per 31 augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (BUN 2024/214). Planen omfattar åtta "
        "kontrollmoment inom ekonomi, verksamhet och personal. Nedan redovisas resultatet av de kontroller som "
        "genomförts under perioden januari–augusti. Kontroller med helårsfrekvens redovisas slutligt i samband med "
        "årsbokslutet.")
    hdr = ["Process/rutin", "Risk", "Kontrollmoment", "Resultat av kontroll", "Status"]
    groups = [
        ("Ekonomi", [
            ("Inköp och upphandling", "Inköp görs utanför avtal eller utan korrekt direktupphandling",
             "Kontroll av att inköp över 100 000 kr föregås av upphandling eller dokumenterad direktupphandling",
             "Stickprov 15 inköp. Två direktupphandlingar saknade dokumentation enligt riktlinjen.",
             "Genomförd, avvikelse", "GENOMFORD", "ja"),
            ("Avgifter förskola/fritidshem", "Felaktiga avgifter debiteras",
             "Kontroll av att inkomstuppgifter för barnomsorgsavgift har inhämtats och avgiften debiterats korrekt",
             "Kontroll av 40 hushåll. Inga felaktigheter upptäcktes.", "Genomförd", "GENOMFORD", "nej"),
            ("Skolskjuts", "Kostnadsökning genom beviljad skolskjuts utanför riktlinjerna",
             "Kontroll av att beviljad skolskjuts följer riktlinjer för skolskjuts",
             "Stickprov gjort för vårterminens beslut. Höstterminens beslut granskas i oktober.",
             "Delvis genomförd", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling", "Anmälningar om kränkande behandling hanteras inte skyndsamt",
             "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
             "Genomgång av samtliga anmälningar jan–jun. 12 % rapporterades till huvudman senare än fem arbetsdagar.",
             "Genomförd", "GENOMFORD", "ja"),
            ("Närvaro", "Hög frånvaro upptäcks inte i tid",
             "Uppföljning av att rutinen för hög frånvaro tillämpas på samtliga grundskolor",
             "Kontrollen har inte kunnat genomföras på grund av byte av elevregistreringssystem under våren.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("Särskilt stöd", "Elever med behov av särskilt stöd får inte det stöd de har rätt till",
             "Kontroll av att åtgärdsprogram upprättas när beslut om särskilt stöd fattats",
             "Se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Personal", [
            ("Rekrytering", "Anställning av personal utan kontroll av belastningsregister",
             "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
             "Samtliga 34 nyanställningar under perioden kontrollerade. Utdrag fanns i samtliga fall.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Arbetsmiljö", "Brister i arbetsmiljön upptäcks inte",
             "Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt plan",
             "Skyddsronder genomförda på 18 av 22 enheter. Resterande fyra enheter genomför skyddsrond i september.",
             "Delvis genomförd", "DELVIS", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for gname, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, gname, bold=True, size=10)
        shade(m, "F2F2F2")
        for proc, risk, km, res, st, es, ea in items:
            row = t.add_row()
            for i, v in enumerate([proc, risk, km, res, st]):
                set_cell(row.cells[i], v)
            exp(fil, N, km, es, ea)
    widths = [Cm(3.5), Cm(4.5), Cm(6), Cm(8), Cm(3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Ulvsjö 2025-09-05")
    d.add_paragraph("Per Holm\nFörvaltningschef, barn- och utbildningsförvaltningen")
    fix_docx_props(d, "Per Holm")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys export - two nämnder, T1 and Delår columns side by side
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_20250912.csv"
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    hdr = ["Organisation", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status Tertial 1 2025", "Kommentar Tertial 1 2025", "Status Delår 2025", "Kommentar Delår 2025"]
    o_sn = "Ulvsjö kommun > Socialnämnden"
    o_von = "Ulvsjö kommun > Vård- och omsorgsnämnden"
    rows = [
        (o_sn, SN, "Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd", "12",
         "Kontroll av att utbetalning av ekonomiskt bistånd grundar sig på ett fattat beslut",
         "Enhetschef försörjningsstöd", "Tertial",
         "Slutförd", "Stickprov 20 ärenden jan–apr, inga avvikelser.",
         "Slutförd", "Stickprov 20 ärenden maj–aug. Ett ärende saknade beslut, återkrav har initierats.",
         "GENOMFORD", "ja"),
        (o_sn, SN, "Myndighetsutövning barn och unga", "Utredningstiden överskrids", "9",
         "Barnavårdsutredningar avslutas inom fyra månader",
         "Enhetschef barn och unga", "Tertial",
         "Pågående", "Uppföljning påbörjad.",
         "Pågående", "68 % av utredningarna avslutades inom lagstadgad tid.\nÅtgärdsplan tas fram under hösten.",
         "DELVIS", "ja"),
        (o_sn, SN, "Myndighetsutövning barn och unga", "Förhandsbedömning görs inte inom 14 dagar", "9",
         "Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar",
         "Enhetschef mottagning", "Delår",
         "", "",
         "Slutförd", "Samtliga förhandsbedömningar under perioden gjordes inom 14 dagar.",
         "GENOMFORD", "nej"),
        (o_sn, SN, "Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter", "8",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", "Tertial",
         "Slutförd", "Loggkontroll genomförd, ingen otillbörlig åtkomst upptäcktes.",
         "", "",
         "GENOMFORD", "nej"),
        (o_sn, SN, "Köp av verksamhet", "Placeringar görs utanför ramavtal", "6",
         "Kontroll av att externa placeringar sker enligt ramavtal",
         "Verksamhetscontroller", "Helår",
         "", "", "", "",
         "SAKNAS", ""),
        (o_sn, SN, "Delegation", "Beslut fattas utan delegation", "4",
         "Delegationsbeslut anmäls till socialnämnden",
         "Nämndsekreterare", "Tertial",
         "Avbruten", "Kontrollen avbryts enligt beslut SN 2025-04-23 § 45.",
         "Avbruten", "",
         "UTGAR", ""),
        (o_von, VON, "Hemtjänst", "Debitering stämmer inte med utförd tid", "12",
         "Kontroll av att debiterad hemtjänsttid överensstämmer med utförd tid",
         "Avgiftshandläggare", "Delår",
         "", "",
         "Slutförd", "Jämförelse gjord för juni. Skillnad under 2 %, inom fastställd tolerans.",
         "GENOMFORD", "nej"),
        (o_von, VON, "Hälso- och sjukvård", "Brister i läkemedelshanteringen", "12",
         "Egenkontroll av läkemedelshantering på särskilda boenden",
         "MAS", "Tertial",
         "Pågående", "Genomförd på fyra av nio boenden.",
         "Slutförd", "Genomförd på samtliga nio boenden. Brister i signeringslistor på två boenden, "
                     "handlingsplan upprättad.",
         "GENOMFORD", "ja"),
        (o_von, VON, "Avgifter", "Felaktiga omsorgsavgifter", "9",
         "Kontroll av att omsorgsavgifter beräknas utifrån aktuella inkomstuppgifter",
         "Enhetschef administration", "Delår",
         "", "",
         "Försenad", "Kontrollen senareläggs till oktober på grund av vakans på avgiftshandläggartjänst.",
         "EJ_GENOMFORD", ""),
        (o_von, VON, "Bemanning", "Timanställda arbetar utan introduktion", "8",
         "Kontroll av att timanställda genomgått introduktion innan första arbetspasset",
         "Bemanningschef", "Delår",
         "", "",
         "Pågående", "Stickprov klart i två av fyra områden.",
         "DELVIS", ""),
        (o_von, VON, "Kvalitet", "Avvikelser utreds och återkopplas inte", "8",
         "Avvikelserapporter utreds och återkopplas till rapportören inom 30 dagar",
         "Kvalitetsutvecklare", "Delår",
         "", "",
         "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
        (o_von, VON, "Inköp", "Inköp sker utanför avtal", "6",
         "Inköp av förbrukningsmaterial sker via e-handelssystemet",
         "Controller", "Delår",
         "", "",
         "Slutförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (org, n, proc, risk, rv, km, ansv, frek, s1, k1, s2, k2, es, ea) in rows:
            w.writerow([org, proc, risk, rv, km, ansv, frek, s1, k1, s2, k2])
            exp(fil, n, km, es, ea)
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - Excel, traffic-light fills only, nämnd in print header
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN_IK_delår_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Ulvsjö kommun"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status anges med färg i kolumn H, se förklaring nedanför tabellen."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig", "Status",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Bygglov", "Beslut fattas inte inom lagstadgad tid", 3, 3,
         "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef", GREEN,
         "Samtliga 112 beslut under perioden fattades inom tid.", "GENOMFORD", "nej"),
        ("Bygglov", "Felaktig avgift tas ut", 2, 3,
         "Kontroll av att bygglovsavgift debiteras enligt gällande taxa", "Bygglovschef", GREEN,
         "Stickprov 15 ärenden. En felaktig avgift, faktura har krediterats och korrigerats.", "GENOMFORD", "ja"),
        ("Detaljplanering", "Planarbete påbörjas utan avtal", 2, 4,
         "Planavtal är tecknat innan planarbete påbörjas", "Planchef", YELLOW,
         "Genomgång av 2 av 5 pågående planer klar.", "DELVIS", ""),
        ("Lantmäteri", "Förrättningskostnader debiteras inte", 2, 2,
         "Kontroll av att lantmäteriförrättningar debiteras enligt taxa", "Stadsingenjör", RED,
         "Ej genomförd p.g.a. resursbrist. Flyttas till T3.", "EJ_GENOMFORD", ""),
        ("Bostadsanpassning", "Bidrag beviljas utan grund", 2, 3,
         "Beslut om bostadsanpassningsbidrag är fattade enligt delegationsordningen", "Handläggare BAB", GREEN,
         None, "GENOMFORD", ""),
        ("Geodata", "Kartunderlag är inaktuellt", 3, 2,
         "Primärkartan uppdateras löpande vid nybyggnation", "GIS-samordnare", GREY,
         "Utgår 2025, ingår i översyn av kartrutiner.", "UTGAR", ""),
        ("Tillsyn PBL", "Anmälda ovårdade tomter hanteras inte", 2, 2,
         "Tillsynsärenden enligt PBL registreras och handläggs", "Bygglovschef", None,
         None, "SAKNAS", ""),
    ]
    r = 5
    for proc, risk, s, k, km, ansv, fill, komm, es, ea in rows:
        vals = [proc, risk, s, k, s * k, km, ansv, None, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if fill:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, es, ea)
        r += 1
    # Bygglov spans two rows
    ws.merge_cells(start_row=5, start_column=1, end_row=6, end_column=1)
    r += 1
    ws.cell(row=r, column=6, value="Förklaring status").font = Font(bold=True)
    for fill, text in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                       (RED, "Ej genomförd"), (GREY, "Utgår")]:
        r += 1
        ws.cell(row=r, column=7, value=text)
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=8).border = BOX
    for col, w in zip("ABCDEFGHI", [18, 30, 11, 11, 10, 45, 18, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"
    fix_xlsx_props(wb, "Jonas Åberg")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - Word (.doc), text only, one section per control
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fil = "Kultur- och fritid uppföljning internkontroll delår 2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Kultur- och fritidsnämnden").bold = True
    d.add_paragraph("Diarienummer: KFN 2025/88")
    d.add_paragraph(
        "Kultur- och fritidsnämnden fastställde internkontrollplanen för 2025 den 28 januari. Planen innehåller sex "
        "kontrollmoment. Förvaltningen redovisar här resultatet av kontrollerna för perioden januari–augusti. "
        "Under sommaren har verksamheten präglats av ombyggnaden av simhallen, vilket påverkat möjligheten att "
        "genomföra vissa kontroller.")
    items = [
        ("1. Kontanthantering",
         "Kassainventering av kontantkassor på bibliotek och simhall genomförs och dokumenteras varje månad",
         "Inventering har gjorts varje månad januari–augusti. Vid ett tillfälle i april saknades 150 kr i "
         "simhallens kassa. Händelsen är utredd och rutinen för kassaöverlämning har skärpts.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("2. Föreningsbidrag",
         "Kontroll av att utbetalda föreningsbidrag har beslut och att föreningens redovisning har inkommit",
         "Kontrollen genomförs i samband med höstens bidragsomgång.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("3. Lokaluthyrning",
         "Avgifter för uthyrning av idrottshallar debiteras enligt fastställd taxa",
         "Stickprov av 25 bokningar i bokningssystemet har jämförts med fakturor. Samtliga hade debiterats "
         "korrekt. Kontrollen är därmed genomförd utan anmärkning.",
         None, "GENOMFORD", "nej"),
        ("4. Lotterier",
         "Registrering av lotterier handläggs enligt spellagen",
         None,
         "Ej aktuell. Inga ansökningar har inkommit och handläggningen har enligt beslut KFN 2025-03-18 § 19 "
         "flyttats till kommunstyrelsens kansli.", "UTGAR", ""),
        ("5. Inventarier",
         "Inventering av stöldbegärlig utrustning (datorer, projektorer, ljudutrustning)",
         "Inventering genomförd på huvudbiblioteket och filialerna. Inventering på fritidsgårdarna kvarstår.",
         "Delvis genomförd.", "DELVIS", ""),
        ("6. Barn och unga",
         "Registerkontroll av ledare i sommarlovsverksamheten",
         "Samtliga 41 ledare har uppvisat utdrag ur belastningsregistret innan anställningens början.",
         "Genomförd.", "GENOMFORD", "nej"),
    ]
    for head, km, res, bed, es, ea in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        if res:
            p = d.add_paragraph()
            p.add_run("Resultat: ").bold = True
            p.add_run(res)
        if bed:
            p = d.add_paragraph()
            p.add_run("Bedömning: ").bold = True
            p.add_run(bed)
        exp(fil, N, km, es, ea)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Kvarstående "
                    "kontroller genomförs under hösten och redovisas i årsbokslutet.")
    d.add_paragraph("Karin Sjöström\nKultur- och fritidschef")
    fix_docx_props(d, "Karin Sjöström")
    src = os.path.join(tmp, "kfn_delar_2025.docx")
    d.save(src)
    soffice_convert(src, "doc", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - .xls, coded status 1-4, T1/T2/T3 blocks side by side
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden IK T2 2025.xls"
    N = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    small = xlwt.easyxf("font: italic on, height 180")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: wrap on, vert top, horiz center")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: vert top, horiz center")
    ws.write(0, 0, "Tekniska förvaltningen", bold)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning tertial 2", title)
    ws.write(2, 0, "Statuskoder: 1 = Genomförd   2 = Delvis genomförd   3 = Ej genomförd   4 = Utgår", small)
    # two header rows
    ws.write_merge(4, 5, 0, 0, "Process", hdr)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", hdr)
    ws.write_merge(4, 5, 2, 2, "Frekvens", hdr)
    ws.write_merge(4, 5, 3, 3, "Ansvarig", hdr)
    for i, t in enumerate(["Tertial 1 (jan–apr)", "Tertial 2 (maj–aug)", "Tertial 3 (sep–dec)"]):
        c = 4 + 2 * i
        ws.write_merge(4, 4, c, c + 1, t, hdr)
        ws.write(5, c, "Status", hdr)
        ws.write(5, c + 1, "Kommentar", hdr)
    groups = [
        ("VA", [
            ("Kontroll av att anläggningsavgifter debiteras enligt VA-taxan", "Tertialvis", "VA-chef",
             1, "Inga fel.", 1, "Inga fel.", "GENOMFORD", "nej"),
            ("Vattenprovtagning sker enligt fastställt kontrollprogram", "Månadsvis", "Driftchef VA",
             1, "", 2, "Provtagningen i juli uteblev vid två vattenverk p.g.a. semesterbemanning.",
             "DELVIS", "ja"),
            ("Mätarbyten registreras i kundsystemet", "Tertialvis", "Kundtjänst VA",
             1, "Stickprov 30 mätarbyten, inga avvikelser.", None, "", "GENOMFORD", "nej"),
        ]),
        ("Gata/park", [
            ("Kontroll av att vinterväghållning utförs enligt avtal med entreprenör", "Tertialvis", "Gatuchef",
             2, "Körjournaler för februari saknas.", 1,
             "Samtliga körjournaler genomgångna. Brister i februari har reglerats med entreprenören.",
             "GENOMFORD", "ja"),
            ("Besiktning av lekplatser enligt SS-EN 1176", "Helår", "Parkchef",
             None, "", None, "Besiktningen är beställd och utförs i september.", "EJ_GENOMFORD", ""),
            ("Grävtillstånd har utfärdats innan schaktarbete i allmän mark påbörjas", "Tertialvis", "Gatuchef",
             3, "Ej hunnit.", 2, "Stickprov gjort på hälften av ärendena.", "DELVIS", ""),
        ]),
        ("Fastighet", [
            ("Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade", "Helår", "Fastighetschef",
             4, "Utgår enligt beslut TN 2025-03-20 § 31.", 4, "", "UTGAR", ""),
            ("Obligatorisk ventilationskontroll (OVK) genomförs enligt plan", "Tertialvis", "Driftchef fastighet",
             1, "", 3, "Tre skolor försenade, entreprenören har inte utfört besiktningarna.", "EJ_GENOMFORD", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Tertialvis", "Controller",
             1, "Stickprov 20 fakturor, inga avvikelser.", 1, "Stickprov 20 fakturor, inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for gname, items in groups:
        start = r
        for km, frek, ansv, s1, k1, s2, k2, es, ea in items:
            ws.write(r, 1, km, cellst)
            ws.write(r, 2, frek, cellst)
            ws.write(r, 3, ansv, cellst)
            ws.write(r, 4, s1 if s1 is not None else "", code)
            ws.write(r, 5, k1, cellst)
            ws.write(r, 6, s2 if s2 is not None else "", code)
            ws.write(r, 7, k2, cellst)
            ws.write(r, 8, "", code)
            ws.write(r, 9, "", cellst)
            exp(fil, N, km, es, ea)
            r += 1
        ws.write_merge(start, r - 1, 0, 0, gname, xlwt.easyxf(
            "font: bold on; borders: left thin, right thin, top thin, bottom thin; alignment: vert top"))
    ws.write(r + 1, 0, "Rapporterad av: Lena Ek, controller, 2025-09-09")
    for c, w in enumerate([12, 50, 12, 18, 8, 35, 8, 45, 8, 30]):
        ws.col(c).width = 256 * w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden - Word, tick columns, two tables
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "MHN_uppföljning_internkontroll_2025_delår.docx"
    N = "Miljö- och hälsoskyddsnämnden"
    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("MILJÖ- OCH HÄLSOSKYDDSNÄMNDEN")
    r.bold = True
    r.font.size = Pt(11)
    d.add_heading("Uppföljning internkontrollplan 2025 – delårsbokslut 31 augusti", level=1)
    d.add_paragraph("Markera med X i den kolumn som motsvarar kontrollens status vid uppföljningstillfället. "
                    "Kommentera resultat och eventuella avvikelser.")
    hdr = ["Nr", "Kontrollmoment", "Genomförd", "Delvis genomförd", "Ej genomförd", "Kommentar"]

    def table(rows, start_nr):
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "E2EFDA")
        nr = start_nr
        for km, marks, komm, es, ea in rows:
            row = t.add_row()
            set_cell(row.cells[0], str(nr))
            set_cell(row.cells[1], km)
            for j in range(3):
                set_cell(row.cells[2 + j], "X" if j in marks else "")
                row.cells[2 + j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cell(row.cells[5], komm)
            exp(fil, N, km, es, ea)
            nr += 1
        widths = [Cm(1), Cm(6.5), Cm(1.8), Cm(1.8), Cm(1.8), Cm(5.5)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        return nr

    rows1 = [
        ("Tillsynsavgifter debiteras enligt taxa för prövning och tillsyn inom miljöbalkens område", [0],
         "Stickprov 20 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("Livsmedelskontroll utförs enligt fastställd kontrollplan", [1],
         "62 % av planerade kontroller genomförda per augusti. Prognos att planen nås vid årets slut.",
         "DELVIS", ""),
        ("Handläggare redovisar bisysslor och eventuellt jäv årligen", [0],
         "Två handläggare hade inte lämnat redovisning. Åtgärdat i juni.", "GENOMFORD", "ja"),
        ("Inkomna klagomål diarieförs inom en arbetsdag", [2], "", "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", [0, 2], "", "OKLAR", ""),
        ("Avgift för handläggning av ansökan om enskilt avlopp tas ut enligt taxa", [], "", "SAKNAS", ""),
    ]
    nr = table(rows1, 1)
    d.add_paragraph()
    d.add_paragraph("Tillkommande kontroll enligt beslut MHN 2025-04-10 § 22").runs[0].bold = True
    rows2 = [
        ("Förelägganden med vite följs upp inom angiven tid", [0],
         "Samtliga fyra förelägganden har följts upp inom tid.", "GENOMFORD", "nej"),
    ]
    table(rows2, nr)
    d.add_paragraph()
    d.add_paragraph("Sammanställt av: Erik Nyström, miljöchef, 2025-09-03")
    fix_docx_props(d, "Erik Nyström")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: KFN driftredovisning (budget report, no follow-up)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "KFN_driftredovisning_augusti_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Driftredovisning per augusti 2025 (tkr)"
    ws["A2"].font = Font(bold=True, size=14)
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Förbrukat %", "Prognos helår", "Avvikelse mot budget",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ("Nämnd och förvaltningsledning", 4200, 2710, None, 4150, None, ""),
        ("Bibliotek", 18300, 12050, None, 18300, None, ""),
        ("Fritidsgårdar", 9800, 6890, None, 10250, None, "Ökade vaktkostnader, kvällsöppet under sommaren."),
        ("Simhall", 12600, 9420, None, 13400, None, "Intäktsbortfall under ombyggnad."),
        ("Föreningsbidrag", 7500, 5100, None, 7500, None, ""),
        ("Kulturskola", 11200, 7130, None, 11000, None, ""),
        ("Allmänkultur och evenemang", 3900, 2880, None, 3900, None, ""),
    ]
    r = 5
    for v in rows:
        ws.cell(row=r, column=1, value=v[0])
        ws.cell(row=r, column=2, value=v[1])
        ws.cell(row=r, column=3, value=v[2])
        ws.cell(row=r, column=4, value=f"=C{r}/B{r}").number_format = "0%"
        ws.cell(row=r, column=5, value=v[4])
        ws.cell(row=r, column=6, value=f"=B{r}-E{r}")
        ws.cell(row=r, column=7, value=v[6])
        for c in range(1, 8):
            ws.cell(row=r, column=c).border = BOX
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for c, col in [(2, "B"), (3, "C"), (5, "E"), (6, "F")]:
        ws.cell(row=r, column=c, value=f"=SUM({col}5:{col}{r-1})").font = Font(bold=True)
    ws.cell(row=r, column=4, value=f"=C{r}/B{r}").number_format = "0%"
    ws.cell(row=r + 2, column=1, value="Prognosen visar ett underskott på 1 250 tkr, främst till följd av "
                                      "ombyggnaden av simhallen.")
    for col, w in zip("ABCDEFG", [32, 14, 16, 12, 14, 20, 50]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb, "Karin Sjöström")
    wb.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r352build")
    try:
        file_ks()
        file_bun()
        file_stratsys()
        file_sbn()
        file_kfn(tmp)
        file_tn()
        file_mhn()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
