#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r530 – Marks kommun, uppföljning internkontroll tertial 1 (T1) 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, in the folder of this script.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 5, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round530"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def flat(text):
    """Control text as a careful reader writes it on one line."""
    return " ".join(text.split())


def add_expected(fil, namnd, kontroll, status, avv):
    EXPECTED.append((fil, namnd, flat(kontroll), status, avv))


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Marks kommun"
    wb.properties.lastModifiedBy = "Marks kommun"


def fix_doc(d, title):
    cp = d.core_properties
    cp.author = "Marks kommun"
    cp.last_modified_by = "Marks kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
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


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.5))
    s.top_margin = s.bottom_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx with T1/T2/T3 column pairs, only T1 filled
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS Internkontrollplan 2025 - uppföljning T1.xlsx"
    namnd = "Kommunstyrelsen"
    # (nr, process, risk, kontrollmoment, metod, frekvens, ansvarig, statusT1, kommentarT1, exp_status, exp_avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar, jäv",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Varje tertial", "Ekonomichef",
             "Genomförd",
             "30 fakturor granskade. 2 fakturor var attesterade av person som inte fanns i attestlistan "
             "(attestlistan ej uppdaterad efter omorganisationen). Attestlistan uppdaterad 2025-04-15.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Representation utan tydligt syfte",
             "Kontroll av att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "T1 och T3", "Redovisningsansvarig",
             "Genomförd", "15 verifikationer kontrollerade, samtliga med syfte och deltagarförteckning. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("1.3", "Bokslut", "Felaktig redovisning",
             "Avstämning av balanskonton vid månadsbokslut",
             "Genomgång av avstämningsmall", "Månadsvis", "Redovisningsansvarig",
             "Pågår", "Januari–mars avstämda. April stäms av i samband med delårsbokslutet.",
             "DELVIS", ""),
        ]),
        ("HR/Personal", [
            ("2.1", "Lön", "Lön betalas ut efter avslutad anställning",
             "Kontroll av att löneutbetalningar inte sker efter avslutad anställning",
             "Matchning avslutade anställningar mot lönefil", "Månadsvis", "HR-chef",
             "Genomförd", "En felaktig utbetalning upptäckt i februari (semesterersättning betald två gånger). "
             "Återkrav skickat.",
             "GENOMFORD", "ja"),
            ("2.2", "Medarbetarsamtal", "Bristande kompetensutveckling",
             "Uppföljning av att medarbetarsamtal genomförs enligt rutin",
             "Enkät till samtliga chefer", "T3", "HR-chef",
             "", "Kontrollen genomförs under kvartal 4",
             "EJ_GENOMFORD", ""),
            ("2.3", "Rekrytering", "Anställning av olämplig person",
             "Kontroll av att registerutdrag begärs vid nyanställning inom barnomsorg och skola",
             "Stickprov 20 anställningar", "T2", "HR-specialist",
             "Görs i T2", "",
             "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("3.1", "Behörigheter", "Obehörig åtkomst i ekonomisystemet",
             "Kontroll av behörigheter i ekonomisystemet (Raindance) – borttag vid avslutad anställning",
             "Jämförelse behörighetslista mot HR-system", "En gång per år", "Systemförvaltare ekonomi",
             "Ej påbörjad – planerad till hösten", "",
             "EJ_GENOMFORD", ""),
            ("3.2", "Loggkontroll", "Otillbörlig åtkomst till personuppgifter",
             "Uppföljning av att loggkontroller i verksamhetssystem genomförs",
             "Genomgång av loggprotokoll", "T1, T3", "Informationssäkerhetssamordnare",
             "", "",
             "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Avtalstrohet", "Inköp utanför avtal",
             "Avtalstrohet – stickprov av inköp utan avtal\n(fakturor över 25 tkr)",
             "Stickprov 40 fakturor ur leverantörsreskontran", "T1 och T3", "Upphandlingschef",
             "Genomförd", "Av 40 stickprov saknade 6 inköp avtal (främst konsulttjänster inom IT). "
             "Information lämnad till berörda chefer.",
             "GENOMFORD", "ja"),
            ("4.2", "Direktupphandling", "Brister i dokumentation",
             "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "Genomgång av upphandlingsdiariet", "T2", "Upphandlingschef",
             "Utgår", "Utgår enligt KS beslut 2025-03-12 § 45 – ingår i revisionens granskning av inköpsprocessen.",
             "UTGAR", ""),
        ]),
    ]

    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ncol = 13
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Uppföljning per tertial. Fyll i status och kommentar för aktuell tertial. "
                "Statusval: Genomförd / Pågår / Ej påbörjad / Utgår.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Senast uppdaterad: 2025-05-07. Sammanställd av: Lina Bergqvist, controller kommunstyrelseförvaltningen"
    ws["A3"].font = Font(size=9)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)

    grp_fill = PatternFill("solid", fgColor="DDEBF7")
    hdr_fill = PatternFill("solid", fgColor="1F4E78")
    t_fills = ["E2EFDA", "FFF2CC", "FCE4D6"]
    # group header row 5
    ws.cell(row=5, column=1, value="Plan")
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=7)
    for i, lab in enumerate(["Tertial 1 (jan–apr)", "Tertial 2 (maj–aug)", "Tertial 3 (sep–dec)"]):
        c0 = 8 + 2 * i
        ws.cell(row=5, column=c0, value=lab)
        ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c0 + 1)
        for c in (c0, c0 + 1):
            ws.cell(row=5, column=c).fill = PatternFill("solid", fgColor=t_fills[i])
    for c in range(1, ncol + 1):
        ws.cell(row=5, column=c).font = BOLD
        ws.cell(row=5, column=c).alignment = Alignment(horizontal="center")
        ws.cell(row=5, column=c).border = BORDER
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens/tidpunkt", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hdr_fill
        cell.alignment = WRAP
        cell.border = BORDER
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = grp_fill
        r += 1
        for row in rows:
            vals = list(row[:9]) + ["", "", "", ""]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.alignment = WRAP
                cell.border = BORDER
            add_expected(fil, namnd, row[3], row[9], row[10])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen T1 behandlad i kommunstyrelsens arbetsutskott 2025-05-21.")
    ws.cell(row=r + 1, column=1, value="Kommundirektör: Johan Ekström")
    widths = [6, 18, 24, 42, 28, 14, 18, 16, 44, 12, 30, 12, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D7"
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Word, one wide table, "Genomförd enligt plan?" Ja/Nej/Delvis
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN - Uppföljning internkontroll tertial 1 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    rows = [
        ("Ekonomi", "Kontroll av att inköp görs via e-handelssystemet",
         "Stickprov 20 inköp", "Ekonomichef BUF", "T1, T3", "Ja",
         "18 av 20 inköp gjorda via e-handel. 2 kortköp utan giltigt skäl (förbrukningsmaterial).",
         "Påminnelse om inköpsrutin i rektorsgruppen 2025-04-10.", "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Anmälan av kränkande behandling till huvudman inom föreskriven tid",
         "Genomgång av ärenden i DF Respons", "Verksamhetschefer", "Varje tertial", "Delvis",
         "Kontroll gjord för grundskolan. Förskolan kontrolleras i T2.", "", "DELVIS", ""),
        ("Skolplikt", "Uppföljning av elever med hög frånvaro (över 20 %) och att utredning har startats",
         "Frånvarorapport ur IST jämförs med elevhälsans ärendelista", "Elevhälsochef", "Varje tertial", "Ja",
         "Samtliga 14 elever med hög frånvaro har en pågående utredning. Ingen avvikelse.", "–",
         "GENOMFORD", "nej"),
        ("Avgifter", "Kontroll av att barnomsorgsavgifter debiteras enligt gällande taxa",
         "Stickprov 25 fakturor mot inkomstuppgift", "Handläggare barnomsorg", "T3", "Nej",
         "Planerad till september i samband med inkomstkontrollen.", "", "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning",
         "Stickprov 25 nyanställda inkl. vikarier", "Rektorer/HR", "T1", "Ja",
         "1 av 25 (timvikarie) saknade registerutdrag vid anställningen. Utdrag har uppvisats i efterhand.",
         "Rutinen för timvikarier förtydligas.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Säkerställa att beslut om skolskjuts fattas enligt delegationsordningen",
         "Genomgång av 20 beslut", "Skolskjutshandläggare", "T1", "Ej aktuell",
         "Ansvaret för skolskjuts flyttades till Tekniska nämnden 2025-01-01.", "", "UTGAR", ""),
        ("Säkerhet", "Uppföljning av att systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet",
         "Egenkontroll-lista från varje enhet", "Säkerhetssamordnare", "T3", "Nej",
         "Ej påbörjad – planerad till hösten.", "", "EJ_GENOMFORD", ""),
        ("Betyg", "Kontroll av att betyg registreras i IST inom fastställd tid",
         "Rapport ur IST", "Rektorer", "T2", "",
         "Görs i samband med vårterminens slut (T2).", "", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Hantering av personuppgifter i lärplattformen enligt GDPR",
         "Granskning av behörigheter och delade mappar", "IT-samordnare", "T1", "",
         "Se bilaga 3.", "", "OKLAR", ""),
        ("Statsbidrag", "Kontroll av att statsbidrag återrapporteras i rätt tid",
         "Genomgång av Skolverkets återrapporteringar", "Controller BUF", "T1, T3", "Ja",
         "Återrapportering av Likvärdig skola lämnades 2025-03-28, inom angiven tid.", "",
         "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    landscape(d)
    fix_doc(d, "Uppföljning internkontroll T1 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Marks kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2024/187"
    p = d.add_paragraph()
    r = p.add_run("Barn- och utbildningsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph().add_run("Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 10 december 2024 (§ 142). Nedan redovisas "
        "uppföljningen efter årets första tertial. Flera kontroller är planerade till senare delen av året "
        "och har därför inte genomförts ännu. Avvikelser och åtgärder redovisas i respektive rad.")
    heads = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "När",
             "Genomförd enligt plan?\n(Ja/Nej/Delvis)", "Resultat/kommentar", "Åtgärd vid avvikelse"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:8]):
            set_cell(cells[i], v)
        add_expected(fil, namnd, row[1], row[8], row[9])
    widths = [Cm(2.6), Cm(5.2), Cm(3.6), Cm(2.6), Cm(1.8), Cm(2.4), Cm(5.6), Cm(3.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 3: Granskning av behörigheter i lärplattformen (separat dokument).")
    d.add_paragraph("Kinna 2025-05-06")
    d.add_paragraph("Maria Sandberg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. CSV export from governance system – two nämnder, metadata lines on top
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_internkontroll_2025-05-12.csv"
    rows = [
        # (Enhet, Process, Kontrollmoment, Ansvarig, Planerad, Status, Kommentar, Avvikelse, exp_status, exp_avv)
        ("Socialnämnden", "Myndighetsutövning",
         "Kontroll av att beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen",
         "Enhetschef myndighet", "T1", "Genomförd",
         "Stickprov 25 beslut; samtliga fattade av behörig delegat.", "Nej", "GENOMFORD", "nej"),
        ("Socialnämnden", "Avgifter",
         "Kontroll av att avgifter inom hemtjänst debiteras enligt beslutad insats",
         "Avgiftshandläggare", "T1, T3", "Genomförd med avvikelse",
         "3 av 30 kunder felaktigt debiterade (insats ändrad utan att avgiften justerats). Rättelse gjord i april.",
         "Ja", "GENOMFORD", "ja"),
        ("Socialnämnden", "Barn och unga",
         "Uppföljning av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och unga", "Varje tertial", "Pågående",
         "Januari–februari granskade, 92 % förhandsbedömda inom 14 dagar. Mars–april granskas i maj.",
         "Ja", "DELVIS", "ja"),
        ("Socialnämnden", "Vård och omsorg",
         "Kontroll av läkemedelshantering på särskilda boenden",
         "MAS", "T3", "Ej påbörjad",
         "Planerad till hösten i samverkan med MAS.", "", "EJ_GENOMFORD", ""),
        ("Socialnämnden", "Vård och omsorg",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar från verkställighet",
         "Verksamhetschef äldreomsorg", "T3", "",
         "Kontrollen genomförs under kvartal 4", "", "EJ_GENOMFORD", ""),
        ("Socialnämnden", "Kvalitet",
         "Kontroll av att lex Sarah-rapporter utreds och vid behov anmäls till IVO",
         "Kvalitetsutvecklare", "T1", "Utgår",
         "Ersätts av uppföljning i ledningssystemet enligt beslut SN 2025-02-18 § 12.", "", "UTGAR", ""),
        ("Arbetslivsnämnden", "Ekonomiskt bistånd",
         "Kontroll av att utbetalning av ekonomiskt bistånd sker mot fattat beslut",
         "Enhetschef försörjningsstöd", "Varje tertial", "Genomförd",
         "Stickprov 40 utbetalningar, inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Arbetslivsnämnden", "Ekonomiskt bistånd",
         "Kontroll av dubbelutbetalningar genom avstämning mot Försäkringskassan (SSBTEK)",
         "Enhetschef försörjningsstöd", "T1", "Försenad",
         "Byte av verksamhetssystem har försenat kontrollen. Genomförs i T2.", "", "EJ_GENOMFORD", ""),
        ("Arbetslivsnämnden", "Arbetsmarknad",
         "Uppföljning av att deltagare i arbetsmarknadsinsatser har en aktuell handlingsplan",
         "Enhetschef arbetsmarknad", "T1, T2", "Pågående",
         "Hälften av enheterna granskade hittills, övriga i maj.", "", "DELVIS", ""),
        ("Arbetslivsnämnden", "Statsbidrag",
         "Kontroll av att statsbidrag för extratjänster återsöks korrekt",
         "Controller", "T1, T3", "Genomförd",
         "Ansökningar för januari–mars inskickade. Ett ärende saknade underlag och har kompletterats.",
         "Ja", "GENOMFORD", "ja"),
        ("Arbetslivsnämnden", "Arbetsmarknad",
         "Kontroll av att avslutssamtal genomförs med deltagare som avslutar insats",
         "Enhetschef arbetsmarknad", "T1", "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    ncols = 8
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Uppföljning internkontrollplan"] + [""] * (ncols - 1))
        w.writerow(["Organisation: Marks kommun"] + [""] * (ncols - 1))
        w.writerow(["Period: Tertial 1 2025 (2025-01-01 – 2025-04-30)"] + [""] * (ncols - 1))
        w.writerow(["Urval: Socialnämnden, Arbetslivsnämnden"] + [""] * (ncols - 1))
        w.writerow(["Utskriven: 2025-05-12 08:41 av anna.lind"] + [""] * (ncols - 1))
        w.writerow([""] * ncols)
        w.writerow(["Nämnd", "Process", "Kontrollmoment", "Ansvarig", "Planerad tidpunkt",
                    "Status", "Kommentar", "Avvikelse"])
        for row in rows:
            w.writerow(row[:8])
            add_expected(fil, row[0], row[2], row[8], row[9])
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Arbetslivsnämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnadsnämnden – nämnd only in the sheet name ("MBN T1 2025")
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "Uppföljning internkontroll T1 2025.xlsx"
    namnd = "Miljö- och byggnadsnämnden"
    fills = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej startad": "FFC7CE", "Ej aktuell 2025": "D9D9D9"}
    rows = [
        ("Tillsyn", "Kontroll av att tillsynsplanen för livsmedelskontroll följs", "Miljöchef", "Pågår",
         "31 av planerade 95 kontroller utförda (33 %), i fas med planen.", "2025-04-30", "DELVIS", ""),
        ("Tillsyn", "Kontroll av att avgifter för tillsyn debiteras enligt taxa", "Administrativ chef", "Klar",
         "Stickprov 20 ärenden. 1 felaktig timdebitering har rättats.", "2025-04-22", "GENOMFORD", "ja"),
        ("Bygglov", "Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan", "Bygglovschef",
         "Klar", "Samtliga 47 beslut under perioden fattades inom lagstadgad tid.", "2025-04-29", "GENOMFORD", "nej"),
        ("Nämndadministration", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Klar", "Inga avvikelser.", "2025-04-15", "GENOMFORD", "nej"),
        ("Tillsyn", "Kontroll av att ovårdade tomter följs upp efter föreläggande", "Byggnadsinspektör",
         "Ej startad", "Ej påbörjad – planerad till hösten", "", "EJ_GENOMFORD", ""),
        ("Strandskydd", "Kontroll av att beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
         "Planarkitekt", "Ej aktuell 2025", "Kontrollmomentet utgår efter beslut MBN 2025-02-20 § 18.", "",
         "UTGAR", ""),
        ("Arkiv", "Kontroll av att avslutade ärenden arkiveras i ärendehanteringssystemet", "Registrator",
         "", "", "", "SAKNAS", ""),
        ("Byggnadstillsyn", "Kontroll av att OVK-protokoll (obligatorisk ventilationskontroll) följs upp",
         "Byggnadsinspektör", "", "Görs i T2", "", "EJ_GENOMFORD", ""),
    ]
    wb = Workbook()
    fix_wb(wb)
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = "Fyll i status för varje kontrollmoment: Klar, Pågår, Ej startad eller Ej aktuell 2025."
    ins["A4"] = "Kommentera alltid avvikelser och åtgärder. Lämna in till ekonomikontoret senast 9 maj."
    ins["A5"] = "Färgmarkering: grönt = klar, gult = pågår, rött = ej startad, grått = ej aktuell."
    ins.column_dimensions["A"].width = 100
    ws = wb.create_sheet("MBN T1 2025")
    ws["A1"] = "Uppföljning internkontroll 2025 – Tertial 1"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Redovisning januari–april"
    heads = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Datum kontroll"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = WRAP
            cell.border = BORDER
        if row[3] in fills:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=fills[row[3]])
        add_expected(fil, namnd, row[1], row[6], row[7])
        r += 1
    for i, w in enumerate([20, 55, 20, 16, 55, 14], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – status codes 1–4, legend on separate sheet
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN Internkontroll 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        (1, "Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", 9,
         "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent",
         "T1", 2, "2 föreningar hade fått aktivitetsbidrag utan inlämnad verksamhetsberättelse. Återkrav utreds.",
         "GENOMFORD", "ja"),
        (2, "Lokalbokning", "Intäktsbortfall", 6,
         "Kontroll av att lokalbokningar faktureras korrekt", "Bokningsansvarig", "T1, T3", 1,
         "Stickprov 30 bokningar utan anmärkning.", "GENOMFORD", "nej"),
        (3, "Kontanthantering", "Förskingring", 8,
         "Kontroll av kontanthantering och dagskassor på simhallen", "Badmästare", "Varje tertial", 3,
         "Genomförd för januari–februari, fortsätter.", "DELVIS", ""),
        (4, "Inventarier", "Stöld, svinn", 4,
         "Inventering av utlånade inventarier och konstsamlingen", "Kulturchef", "T3", None,
         "Kontrollen genomförs under kvartal 4", "EJ_GENOMFORD", ""),
        (5, "Personal", "Olämpliga ledare i verksamhet för barn", 12,
         "Kontroll av att registerutdrag finns för ledare i sommarlovsaktiviteter", "Fritidschef", "T2", 4,
         "Görs i T2 inför sommarlovet.", "EJ_GENOMFORD", ""),
        (6, "Avtal", "Avtal följs inte", 4,
         "Uppföljning av att avtal med studieförbunden följs", "Kultursekreterare", "T1", "Utgår",
         "Utgår – nytt avtal tecknas under 2025.", "UTGAR", ""),
        (7, "Inköp", "Inköp utanför avtal", 6,
         "Kontroll av att bibliotekets medieinköp sker enligt avtal", "Bibliotekschef", "T1", None, None,
         "SAKNAS", ""),
        (8, "Öppen fritidsverksamhet", "Verksamheten når inte målgruppen", 6,
         "Kontroll av att ungdomsgårdarnas öppettider följs", "Fritidschef", "T1", 1, None,
         "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status anges med siffra enligt fliken Teckenförklaring."
    ws["A3"].font = Font(italic=True)
    heads = ["Nr", "Rutin/process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Tidpunkt",
             "Status T1", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 6
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        add_expected(fil, namnd, row[4], row[9], row[10])
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen redovisas för nämnden 2025-05-27.")
    for i, w in enumerate([5, 20, 28, 9, 50, 18, 12, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring status"
    lg["A1"].font = Font(bold=True, size=12)
    lg["A3"], lg["B3"] = "Kod", "Betydelse"
    lg["A3"].font = lg["B3"].font = BOLD
    legend = [(1, "Genomförd utan avvikelse"), (2, "Genomförd, avvikelse noterad (se kommentar)"),
              (3, "Påbörjad/pågår"), (4, "Ej påbörjad")]
    for i, (k, v) in enumerate(legend, 4):
        lg.cell(row=i, column=1, value=k)
        lg.cell(row=i, column=2, value=v)
    lg.cell(row=9, column=1, value="Riskvärde = sannolikhet × konsekvens (1–16).")
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 48
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Marks Bostads AB – Word with two tables: plan, then follow-up
# ---------------------------------------------------------------------------
def build_mbab():
    fil = "Marks Bostads AB - Internkontrollplan 2025 med uppföljning T1.docx"
    namnd = "Marks Bostads AB"
    controls = [
        ("Hyresadministration", "Hyresintäkter uteblir", "2", "3",
         "Kontroll av att hyresavier skapas för samtliga uthyrda lägenheter",
         "Avstämning objektregister mot aviseringslista", "Mars", "Ekonomichef",
         "Genomförd", "Avstämning gjord mars 2025, inga differenser.", "–", "GENOMFORD", "nej"),
        ("Hyresadministration", "Kundförluster", "3", "3",
         "Kontroll av att hyresfordringar äldre än 60 dagar hanteras enligt inkassorutin",
         "Genomgång av kundreskontra", "T1, T3", "Ekonomichef",
         "Genomförd", "12 ärenden granskade, 2 hade inte skickats till inkasso i tid.",
         "Inkassorutinen uppdaterad och genomgången med kundtjänst.", "GENOMFORD", "ja"),
        ("Upphandling", "Köp utanför avtal", "3", "2",
         "Kontroll av avtalstrohet vid köp av entreprenadtjänster",
         "Stickprov 15 fakturor per område", "T1", "Fastighetschef",
         "Delvis genomförd", "Stickprov gjort för Kinna-området. Skene och Fritsla återstår.", "", "DELVIS", ""),
        ("Fastighetsunderhåll", "Eftersatt underhåll", "3", "4",
         "Uppföljning av att planerat underhåll genomförs enligt underhållsplanen",
         "Avstämning utfall mot underhållsplan", "September", "Fastighetschef",
         "Ej aktuell i T1", "Följs upp i september enligt plan.", "", "EJ_GENOMFORD", ""),
        ("Fastighetsunderhåll", "Personskador, vite", "2", "4",
         "Kontroll av att lagstadgade besiktningar (hiss, OVK, lekplatser) genomförs",
         "Genomgång av besiktningsprotokoll", "T1, T2", "Driftchef",
         "Pågår", "Hissbesiktningar klara. OVK pågår, lekplatser besiktigas i maj.", "", "DELVIS", ""),
        ("Ekonomi", "Felaktiga utbetalningar", "2", "3",
         "Kontroll av att attest av fakturor sker enligt attestinstruktionen",
         "Stickprov 25 fakturor", "T1", "Ekonomichef",
         "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Obehörig åtkomst", "2", "3",
         "Kontroll av behörigheter i fastighetssystemet",
         "Behörighetslista mot personallista", "T1", "IT-ansvarig",
         "Ej genomförd", "Sköts upp på grund av systemuppgradering, ny tid i T2.", "", "EJ_GENOMFORD", ""),
    ]
    d = docx.Document()
    landscape(d)
    fix_doc(d, "Internkontrollplan 2025 med uppföljning T1")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Marks Bostads AB")
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph()
    r = p.add_run("Internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Fastställd av styrelsen 2024-12-10. Planen bygger på bolagets risk- och väsentlighetsanalys. "
                    "Risken bedöms som sannolikhet (S) × konsekvens (K) på en skala 1–4.")
    d.add_paragraph().add_run("Tabell 1. Plan för intern kontroll 2025").bold = True
    heads1 = ["Process", "Risk", "S", "K", "Kontrollmoment", "Metod", "Tidpunkt", "Ansvarig"]
    t1 = d.add_table(rows=1, cols=len(heads1))
    t1.style = "Table Grid"
    for i, h in enumerate(heads1):
        set_cell(t1.rows[0].cells[i], h, bold=True)
        shade(t1.rows[0].cells[i], "E7E6E6")
    for c in controls:
        cells = t1.add_row().cells
        for i, v in enumerate(c[:8]):
            set_cell(cells[i], v)
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Uppföljning tertial 1 2025")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Uppföljningen avser perioden januari–april 2025 och rapporteras till styrelsen 2025-05-20 "
                    "samt till Marks kommun som ägare.")
    d.add_paragraph().add_run("Tabell 2. Uppföljning T1").bold = True
    heads2 = ["Kontrollmoment", "Status", "Iakttagelser", "Åtgärd"]
    t2 = d.add_table(rows=1, cols=len(heads2))
    t2.style = "Table Grid"
    for i, h in enumerate(heads2):
        set_cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "E7E6E6")
    for c in controls:
        cells = t2.add_row().cells
        for i, v in enumerate([c[4], c[8], c[9], c[10]]):
            set_cell(cells[i], v)
        add_expected(fil, namnd, c[4], c[11], c[12])
    for row in t2.rows:
        for i, w in enumerate([Cm(8), Cm(3.5), Cm(9), Cm(6)]):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Skene 2025-05-08\nPer Johansson, VD Marks Bostads AB")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Södra Älvsborgs Räddningstjänstförbund – tick columns (X), ODS via LibreOffice
# ---------------------------------------------------------------------------
def build_sarf(tmp):
    fil = "SÄRF uppföljning internkontroll T1-2025.ods"
    namnd = "Södra Älvsborgs Räddningstjänstförbund"
    # (område, kontrollmoment, ansvarig, G, P, E, EA, kommentar, exp_status, exp_avv)
    groups = [
        ("Ekonomi", [
            ("Kontroll av att onödiga automatlarm faktureras enligt taxa", "Ekonomichef",
             "X", "", "", "", "Samtliga 38 onödiga automatlarm under perioden har fakturerats.", "GENOMFORD", "nej"),
            ("Kontroll av att attest sker enligt attestreglementet", "Ekonomichef",
             "X", "", "", "", "1 faktura attesterad av jävig attestant. Åtgärdat, attestlistan uppdaterad.",
             "GENOMFORD", "ja"),
        ]),
        ("Tillsyn och tillstånd", [
            ("Uppföljning av att tillsyn enligt LSO genomförs enligt tillsynsplanen", "Enhetschef förebyggande",
             "", "X", "", "", "42 av 150 planerade tillsyner genomförda.", "DELVIS", ""),
            ("Kontroll av att tillståndsärenden för brandfarlig vara handläggs inom två månader",
             "Enhetschef förebyggande", "", "", "X", "", "Planerad till T3.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal och utrustning", [
            ("Kontroll av att samtliga rökdykare genomfört årligt arbetsprov", "Stationschefer",
             "X", "X", "", "", "", "OKLAR", ""),
            ("Kontroll av att fordon och utrustning besiktigas enligt underhållsplan", "Fordonsansvarig",
             "", "", "", "X", "Utgår 2025 – hanteras i nytt underhållssystem.", "UTGAR", ""),
            ("Kontroll av drivmedelskort – användning mot körjournal", "Fordonsansvarig",
             "", "", "", "", "Kontrollen genomförs under kvartal 4", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Södra Älvsborgs Räddningstjänstförbund"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning intern kontroll 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: januari–april (T1)"
    heads = ["Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Pågår", "Ej påbörjad", "Ej aktuell",
             "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="F8CBAD")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 6
    for gname, rows in groups:
        start = r
        for row in rows:
            for c, v in enumerate(row[:7], 2):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.border = BORDER
                cell.alignment = Alignment(horizontal="center", vertical="top") if 4 <= c <= 7 else WRAP
            ws.cell(row=r, column=1).border = BORDER
            add_expected(fil, namnd, row[0], row[7], row[8])
            r += 1
        ws.cell(row=start, column=1, value=gname).font = BOLD
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Markera med X i den kolumn som gäller för perioden.")
    ws.cell(row=r + 2, column=1, value="Rapporteras till förbundsdirektionen 2025-05-23.")
    for i, w in enumerate([20, 55, 22, 11, 9, 11, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmp, "sarf_t1_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copyfile(os.path.join(tmp, "sarf_t1_2025.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Reject: meeting invitation (no follow-up)
# ---------------------------------------------------------------------------
def build_invitation():
    fil = "Inbjudan genomgång intern kontroll T1 2025.docx"
    d = docx.Document()
    fix_doc(d, "Inbjudan")
    p = d.add_paragraph()
    r = p.add_run("Inbjudan: Genomgång av uppföljning intern kontroll, tertial 1 2025")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Till: Förvaltningschefer, controllers och internkontrollsamordnare i Marks kommun "
                    "samt kontaktpersoner i Marks Bostads AB och Södra Älvsborgs Räddningstjänstförbund")
    d.add_paragraph("Tid: Torsdag 22 maj 2025 kl. 13.00–15.00")
    d.add_paragraph("Plats: Sammanträdesrum Ätran, kommunhuset i Kinna, samt via Teams")
    d.add_paragraph(
        "Ekonomikontoret bjuder in till en gemensam genomgång av nämndernas och bolagens uppföljning av "
        "internkontrollplanerna efter tertial 1. Kom ihåg att skicka in er uppföljning senast fredag 9 maj. "
        "Använd gärna er egen mall, men ange alltid status för varje kontrollmoment.")
    d.add_paragraph().add_run("Dagordning").bold = True
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Tid", "Punkt", "Föredragande"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for row in [("13.00", "Välkommen och syfte", "Ekonomichef"),
                ("13.10", "Sammanställning av status per nämnd efter T1", "Controller"),
                ("13.40", "Avvikelser som kräver åtgärd", "Samtliga"),
                ("14.20", "Inför delårsuppföljningen – tidplan och mall", "Controller"),
                ("14.50", "Övriga frågor", "")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=10)
    d.add_paragraph()
    d.add_paragraph("Anmäl förhinder till ekonomikontoret@mark.se.")
    d.add_paragraph("Välkomna!\nEkonomikontoret, Marks kommun")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Arbetslivsnämnden", "ALN|Arbetslivsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadsförvaltningen|Miljö och bygg"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Marks Bostads AB", "MBAB|Marks Bostad|Marksbostäder"),
    ("Södra Älvsborgs Räddningstjänstförbund", "SÄRF|Räddningstjänsten|Södra Älvsborgs räddningstjänst"),
]


def write_csvs():
    def wr(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow(r)
    wr("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wr("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wr("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    # remove earlier outputs (everything except this script and README.md)
    keep = {"make_round.py", "README.md"}
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if n not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r530-")
    try:
        build_ks()
        build_bun()
        build_csv()
        build_mbn()
        build_kfn()
        build_mbab()
        build_sarf(tmp)
        build_invitation()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
