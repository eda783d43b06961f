#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r564 - Växjö kommun, internkontroll tertial 2 (T2) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r564_build"
LO_PROFILE = "file:///tmp/lo-round564"
FIXED_DT = datetime.datetime(2025, 9, 15, 8, 42, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
UN = "Utbildningsnämnden"
ON = "Omsorgsnämnden"
NAV = "Nämnden för arbete och välfärd"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"
BN = "Byggnadsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
KLN = "Krisledningsnämnden"
VRT = "Värends räddningstjänstförbund"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props(wb):
    wb.properties.creator = "Växjö kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "Växjö kommun"


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the output is stable."""
    tmp = path + ".tmpzip"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 42, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            zout.writestr(ni, data)
    os.replace(tmp, path)


def soffice_convert(src, fmt):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", OUT, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. Stratsys export, all nämnder in Stratsys in one sheet, nämnd heading rows
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_Internkontroll_uppfoljning_T2_2025.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Växjö kommun  |  Urval: Samtliga nämnder med plan i Stratsys  |  Period: Tertial 2 2025"
    ws["A3"] = "Exporterad 2025-09-15 08:42 av ekonomiavdelningen, kommunledningsförvaltningen"
    ws["A3"].font = Font(italic=True, size=9, color="606060")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1", "Status T2", "Kommentar T2"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP

    # (process, risk, km, metod, frekvens, ansvarig, t1, t2, kommentar, exp_status, exp_avv)
    data = [
        (KS, [
            ("Inköp och upphandling", "Direktupphandlingar görs utan konkurrensutsättning",
             "Stickprov på direktupphandlingar över 100 000 kr – dokumentation enligt riktlinjer för direktupphandling",
             "Stickprov 10 st", "Två gånger per år", "Upphandlingschef", "Pågår", "Genomförd med avvikelse",
             "10 stickprov granskade. I 3 fall saknades dokumentation av konkurrensutsättning. Information till berörda beställare genomförs i september.",
             "GENOMFORD", "ja"),
            ("Ekonomi", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor", "Tertialvis", "Redovisningschef", "Genomförd", "Genomförd",
             "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("Personal och lön", "Lön betalas ut efter avslutad anställning",
             "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
             "Avstämning HR-system mot lönesystem", "Tertialvis", "HR-chef", "", "Pågår",
             "Avstämning mot HR-systemet pågår, beräknas klar i oktober.", "DELVIS", ""),
            ("Informationssäkerhet", "Obehöriga har åtkomst till ekonomisystemet",
             "Årlig genomgång av behörigheter i ekonomisystemet Raindance",
             "Genomgång av behörighetslista", "En gång per år (mars)", "Systemförvaltare ekonomi", "Genomförd", "",
             "", "GENOMFORD", ""),
            ("Delegering", "Beslut fattas utan delegation",
             "Anmälan av delegationsbeslut till kommunstyrelsen",
             "Genomgång av delegationslistor", "Tertialvis", "Kanslichef", "Genomförd", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Ekonomi", "Otillåten representation",
             "Kontroll av representation och förtroendekänsliga poster enligt riktlinje",
             "Stickprov 15 verifikationer", "Två gånger per år", "Controller", "Ej påbörjad", "Ej genomförd",
             "Flyttas till tertial 3 på grund av resursbrist på ekonomiavdelningen.", "EJ_GENOMFORD", ""),
        ]),
        (TN, [
            ("VA-verksamhet", "Felaktig debitering",
             "Kontroll av att debitering av VA-avgifter sker enligt gällande taxa",
             "Stickprov 20 abonnenter", "En gång per år", "VA-ekonom", "", "Genomförd",
             "Stickprov 20 abonnenter, inga fel.", "GENOMFORD", "nej"),
            ("Investeringar", "Avslutade projekt redovisas inte",
             "Uppföljning av investeringsprojekt – slutredovisning av avslutade projekt inom sex månader",
             "Genomgång av projektlista", "Tertialvis", "Controller TF", "Pågår", "Delvis genomförd",
             "4 av 7 avslutade projekt slutredovisade. Två projekt har överskridit sexmånadersgränsen, övriga redovisas i november.",
             "DELVIS", "ja"),
            ("Arbetsmiljö", "Brister i fysisk arbetsmiljö upptäcks inte",
             "Skyddsronder genomförs på samtliga arbetsplatser enligt plan",
             "Genomgång av protokoll", "En gång per år", "Avdelningschefer", "Pågår", "Genomförd",
             "Samtliga skyddsronder genomförda.", "GENOMFORD", "nej"),
            ("Inköp och upphandling", "Köp utanför avtal",
             "Avtalstrohet vid inköp av entreprenadtjänster",
             "Stickprov 20 fakturor", "Två gånger per år", "Inköpssamordnare", "", "Utgår",
             "Kontrollen utgår enligt beslut TN 2025-05-21 § 78, ingår i kommunstyrelsens gemensamma granskning av avtalstrohet.",
             "UTGAR", ""),
            ("Fordon", "Privat användning av tjänstefordon",
             "Körjournaler för förmånsbilar och tjänstefordon förs korrekt",
             "Stickprov 10 fordon", "En gång per år", "Fordonssamordnare", "", "Ej genomförd",
             "", "EJ_GENOMFORD", ""),
            ("Gata och park", "Olycksrisk på lekplatser",
             "Tillsyn av lekplatser enligt SS-EN 1176",
             "Kontroll av besiktningsprotokoll", "En gång per år", "Parkchef", "", "",
             "", "SAKNAS", ""),
        ]),
        (BN, [
            ("Bygglov", "Lagstadgad handläggningstid överskrids",
             "Handläggningstid för bygglov – beslut inom tio veckor från komplett ansökan",
             "Stickprov 30 ärenden", "Tertialvis", "Bygglovschef", "Genomförd", "Genomförd med avvikelse",
             "Stickprov 30 ärenden, 2 ärenden överskred tidsfristen. Avgiften har reducerats enligt PBL 12 kap. 8 a §.",
             "GENOMFORD", "ja"),
            ("Bygglov", "Felaktig avgift",
             "Debitering av bygglovsavgifter enligt taxa",
             "Stickprov 15 ärenden", "Två gånger per år", "Administrativ chef", "", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Ärendehantering", "Handlingar registreras inte",
             "Diarieföring av inkomna handlingar inom två arbetsdagar",
             "Stickprov i W3D3", "Tertialvis", "Registrator", "", "Pågår",
             "Granskningen påbörjades i augusti.", "DELVIS", ""),
            ("Delegering", "Beslut fattas utan delegation",
             "Delegationsbeslut anmäls till nämnden",
             "Genomgång av delegationslistor", "Löpande", "Nämndsekreterare", "Genomförd", "Genomförd",
             "", "GENOMFORD", ""),
            ("Tillsyn", "Anmälningar om olovligt byggande handläggs inte",
             "Tillsynsärenden – handläggning av anmälningar om olovligt byggande",
             "Genomgång av öppna tillsynsärenden", "En gång per år", "Byggnadsinspektör", "", "Ej genomförd",
             "Ej genomförd p.g.a. sjukskrivning, görs under hösten.", "EJ_GENOMFORD", ""),
        ]),
        (MHN, [
            ("Livsmedelskontroll", "Planerad kontroll genomförs inte",
             "Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplan",
             "Uppföljning i Ecos", "Tertialvis", "Enhetschef livsmedel", "Pågår", "Pågår",
             "62 % av planerade kontroller utförda per 31/8.", "DELVIS", ""),
            ("Avgifter", "Avgifter faktureras inte",
             "Fakturering av årliga tillsynsavgifter",
             "Avstämning Ecos mot fakturering", "En gång per år", "Administratör", "Genomförd", "Genomförd",
             "Samtliga årsavgifter fakturerades i mars, inga avvikelser.", "GENOMFORD", "nej"),
            ("Myndighetsutövning", "Jäv vid handläggning",
             "Jäv – kontroll av att inspektörer inte handlägger ärenden där jäv kan föreligga",
             "Stickprov 15 ärenden", "En gång per år", "Miljöchef", "", "Genomförd",
             "Genomgång av 15 ärenden utan anmärkning.", "GENOMFORD", "nej"),
            ("Ärendehantering", "Allmänna handlingar lämnas inte ut skyndsamt",
             "Hantering av allmänna handlingar och utlämnande",
             "Stickprov", "En gång per år", "Registrator", "", "Utgår",
             "Ersätts av kontroll i kommunstyrelsens plan.", "UTGAR", ""),
            ("Avgifter", "Sanktionsavgifter tas inte ut",
             "Uppföljning av miljösanktionsavgifter",
             "Genomgång av ärenden", "En gång per år", "Miljöchef", "", "Ej genomförd",
             "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ]),
    ]

    r = 6
    total = 0
    for namnd, rows in data:
        ws.cell(row=r, column=1, value=namnd)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for row in rows:
            vals = row[:9]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, namnd, row[2], row[9], row[10])
            r += 1
            total += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment i urvalet: %d" % total).font = Font(italic=True)
    set_widths(ws, {"A": 20, "B": 28, "C": 45, "D": 24, "E": 16, "F": 20, "G": 14, "H": 20, "I": 50})
    ws.freeze_panes = "A6"
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    for n, _ in data:
        FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Omsorgsnämnden – Word, status only as cell shading (no text), legend table
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def fixed_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "Växjö kommun"
    cp.last_modified_by = "Växjö kommun"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def build_omsorg():
    fil = "Omsorgsnämnden uppföljning internkontroll T2 2025.docx"
    GREEN, YELLOW, ORANGE, RED, GREY = "00B050", "FFFF00", "FFC000", "FF0000", "BFBFBF"
    doc = Document()
    fixed_docx_props(doc, "Uppföljning internkontrollplan 2025 T2")
    sec = doc.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Omsorgsförvaltningen\tTjänsteskrivelse\tDnr ON 2024/0312"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    doc.add_paragraph("Omsorgsnämnden")
    doc.add_paragraph(
        "Omsorgsnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 187). Planen omfattar nio "
        "kontrollmoment. I denna rapport redovisas utfallet för perioden januari–augusti 2025. Status för varje "
        "kontrollmoment anges med färg i kolumnen Status enligt förklaringen nedan.")
    doc.add_paragraph("Förklaring till statusfärger").runs[0].bold = True
    legend = [
        (GREEN, "Kontrollen genomförd utan anmärkning"),
        (YELLOW, "Kontrollen genomförd med anmärkning/avvikelse"),
        (ORANGE, "Kontrollen påbörjad men inte slutförd"),
        (RED, "Kontrollen ej genomförd"),
        (GREY, "Utgår"),
    ]
    lt = doc.add_table(rows=len(legend), cols=2)
    lt.style = "Table Grid"
    for i, (col, txt) in enumerate(legend):
        shade(lt.cell(i, 0), col)
        cell_text(lt.cell(i, 1), txt)
        lt.cell(i, 0).width = Cm(1.2)
        lt.cell(i, 1).width = Cm(9)
    doc.add_paragraph()

    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor, tertialvis",
         "Stickprov på 30 fakturor från maj–augusti. Samtliga attesterade av behörig attestant.",
         GREEN, "GENOMFORD", "nej"),
        ("2", "Avgifter",
         "Avgiftsbeslut för hemtjänst och särskilt boende är korrekta och grundade på aktuella inkomstuppgifter",
         "Stickprov 20 beslut, två gånger per år",
         "Stickprov 20 beslut. I 2 fall saknades aktuell inkomstförfrågan, avgiften var beräknad på 2023 års "
         "inkomst. Besluten har rättats och avgiftshandläggarna har fått information.",
         YELLOW, "GENOMFORD", "ja"),
        ("3", "Hemtjänst", "Utförd tid i hemtjänsten stämmer mot beviljad tid",
         "Jämförelse TES mot beslut, tertialvis",
         "Jämförelse gjord för två av fyra hemtjänstområden (Norr och Öster). Inga avvikelser hittills. "
         "Resterande områden följs upp i oktober.",
         ORANGE, "DELVIS", "nej"),
        ("4", "Hälso- och sjukvård", "Läkemedelshantering på särskilda boenden – signeringslistor",
         "Egenkontroll, två gånger per år",
         "Egenkontroll genomförd på samtliga 14 särskilda boenden. Signeringslistorna var kompletta.",
         GREEN, "GENOMFORD", "nej"),
        ("5", "Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls inom fastställd tid",
         "Genomgång av samtliga rapporter, tertialvis",
         "Ej genomförd under perioden på grund av byte av verksamhetssystem. Genomförs under tertial 3.",
         RED, "EJ_GENOMFORD", ""),
        ("6", "Ekonomi", "Hantering av brukares privata medel på särskilt boende",
         "Kassainventering, två gånger per år",
         "Kontrollen genomförd i juni på sex boenden. Samtliga kassor stämde mot kassabok.",
         None, "GENOMFORD", "nej"),
        ("7", "Personal", "Kontroll av att timanställda inte överskrider LAS-dagar",
         "Rapport ur Personec, tertialvis",
         "Utgår – hanteras centralt av HR-avdelningen enligt beslut ON 2025-04-23 § 54.",
         GREY, "UTGAR", ""),
        ("8", "Dokumentation", "Social dokumentation – genomförandeplaner upprättas inom 14 dagar",
         "Stickprov 25 akter, två gånger per år",
         "Stickprov pågår, 12 av 25 akter granskade.",
         ORANGE, "DELVIS", ""),
        ("9", "Avtal", "Uppföljning av avtal med privata utförare i hemtjänsten (LOV)",
         "Avtalsuppföljning, en gång per år",
         "",
         None, "SAKNAS", ""),
    ]
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/frekvens", "Resultat och kommentar", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    widths = [Cm(0.9), Cm(2.5), Cm(4.5), Cm(3.2), Cm(5.5), Cm(1.4)]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cell_text(cells[i], row[i])
        cells[5].text = ""
        if row[5]:
            shade(cells[5], row[5])
        exp(fil, ON, row[2], row[6], row[7])
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak fungerar. "
        "Avvikelsen avseende avgiftsbeslut har åtgärdats. Kontrollmoment 5 och 8 slutförs under tertial 3.")
    doc.add_paragraph("Växjö 2025-09-18")
    doc.add_paragraph("Anna Lindqvist\nFörvaltningschef, omsorgsförvaltningen")
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", ON, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Nämnden för arbete och välfärd – Hypergene export, TAB separated, cp1252,
#    long format: one row per control and period (T1, T2)
# ---------------------------------------------------------------------------
def build_nav():
    fil = "NAV_IK_export_2025T2.csv"
    org = "Nämnden för arbete och välfärd"
    plan = "Internkontrollplan 2025"
    hdr = ["Organisation", "Plan", "Uppföljningsperiod", "Process", "Kontrollmoment", "Ansvarig",
           "Status", "Kommentar", "Senast ändrad"]
    km1 = "Utbetalning av ekonomiskt bistånd sker enligt beslut och riktlinjer"
    km2 = "Kontroll av dubbelutbetalningar i verksamhetssystemet Viva"
    km3 = "Placeringar HVB – avtal finns och fakturor stäms av mot beslut"
    km4 = "Arbetsmarknadsinsatser – närvarorapportering som underlag för aktivitetsersättning"
    km5 = "Orosanmälningar – förhandsbedömning inom 14 dagar"
    km6 = "Behörigheter i Viva – årlig genomgång av aktiva användare"
    km7 = "Delegationsbeslut anmäls till nämnden"
    km8 = "Föreningsbidrag inom socialt område – redovisning av använda medel"
    rows = [
        ("2025 T1", "Ekonomiskt bistånd", km1, "Enhetschef försörjningsstöd", "Genomförd",
         "Stickprov 40 akter, inga avvikelser.", "2025-05-08"),
        ("2025 T2", "Ekonomiskt bistånd", km1, "Enhetschef försörjningsstöd", "Genomförd med avvikelse",
         "Stickprov 40 akter. I 3 fall saknades kontroll mot Försäkringskassan (SSBTEK) före utbetalning. "
         "Handläggarna har påmints om rutinen.", "2025-09-04"),
        ("2025 T2", "Ekonomiskt bistånd", km2, "Systemförvaltare Viva", "Pågående",
         "Kontrollrapport körs månadsvis. Juli ej genomförd på grund av semester.", "2025-09-04"),
        ("2025 T1", "Placeringar", km3, "Enhetschef barn och unga", "Pågående",
         "", "2025-05-10"),
        ("2025 T2", "Placeringar", km3, "Enhetschef barn och unga", "Genomförd",
         "Samtliga 12 placeringar kontrollerade. En faktura avsåg fel period och har krediterats.", "2025-09-05"),
        ("2025 T1", "Arbetsmarknad", km4, "Enhetschef arbetsmarknad", "Genomförd",
         "Kontrollen genomfördes i april, inga avvikelser. Kontrollen görs en gång per år.", "2025-05-06"),
        ("2025 T1", "Barn och unga", km5, "Enhetschef mottagning", "Ej påbörjad", "", "2025-05-10"),
        ("2025 T2", "Barn och unga", km5, "Enhetschef mottagning", "Ej genomförd",
         "Kontrollen har skjutits upp.\nOrsak: omorganisation av mottagningsenheten.\nNy plan: november 2025.",
         "2025-09-08"),
        ("2025 T2", "Informationssäkerhet", km6, "Systemförvaltare Viva", "Ej aktuell",
         "Ersatt av central behörighetskontroll i kommunstyrelsens plan.", "2025-06-12"),
        ("2025 T1", "Delegering", km7, "Nämndsekreterare", "Genomförd", "", "2025-05-02"),
        ("2025 T2", "Delegering", km7, "Nämndsekreterare", "Genomförd", "Inga avvikelser.", "2025-09-01"),
        ("2025 T2", "Föreningsbidrag", km8, "Verksamhetsutvecklare", "", "Se bifogad rapport.", "2025-09-09"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for r in rows:
            w.writerow([org, plan, r[0], r[1], r[2], r[3], r[4], r[5], r[6]])
    exp(fil, NAV, km1, "GENOMFORD", "ja")
    exp(fil, NAV, km2, "DELVIS", "")
    exp(fil, NAV, km3, "GENOMFORD", "ja")
    exp(fil, NAV, km4, "GENOMFORD", "nej")
    exp(fil, NAV, km5, "EJ_GENOMFORD", "")
    exp(fil, NAV, km6, "UTGAR", "")
    exp(fil, NAV, km7, "GENOMFORD", "nej")
    exp(fil, NAV, km8, "OKLAR", "")
    FILES.append((fil, "INLAST", NAV, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Utbildningsnämnden – xlsx, several controls share one merged result cell
# ---------------------------------------------------------------------------
def build_un():
    fil = "UN_Internkontroll_uppfoljning_T2_2025.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=11)
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Metod", "Resultat T2", "Bedömning"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = WRAP

    # groups: (process, [ (risk, km, ansvarig, metod, exp_status, exp_avv) ], resultat, bedömning)
    # resultat/bedömning may be a list (one per row) or a str (merged across the group)
    groups = [
        ("Skolskjuts", [
            ("Felaktiga beslut om skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer för skolskjuts",
             "Skolskjutssamordnare", "Stickprov 25 beslut", "GENOMFORD", "nej"),
            ("Betalning för ej utförda turer", "Fakturor från skolskjutsentreprenör stäms av mot beställda turer",
             "Controller", "Avstämning 3 månadsfakturor", "GENOMFORD", "nej"),
            ("Elever saknar giltigt färdbevis", "Kontroll av att elever med skolskjuts har giltigt busskort",
             "Skolskjutssamordnare", "Registerkontroll", "GENOMFORD", "nej"),
        ], "Kontrollerna genomfördes gemensamt i maj. 25 beslut och tre månadsfakturor granskades och "
           "busskortsregistret stämdes av mot elevregistret. Inga avvikelser.", "Genomförd"),
        ("Elevhälsa och trygghet", [
            ("Elever med hög frånvaro uppmärksammas inte",
             "Uppföljning av elevers frånvaro – anmälan till rektor vid upprepad ogiltig frånvaro",
             "Rektorer", "Stickprov fyra skolor", "GENOMFORD", "nej"),
            ("Kränkningar anmäls inte till huvudman",
             "Kränkande behandling – anmälan till huvudman sker skyndsamt",
             "Rektorer", "Stickprov fyra skolor", "GENOMFORD", "ja"),
        ], "Stickprov på fyra skolor (Furuboda, Hovshaga, Teleborg, Östrabo).\nFrånvaro: rutinen följs, inga "
           "avvikelser.\nKränkande behandling: på en skola anmäldes två ärenden till huvudman först efter tre "
           "veckor. Dialog med rektor har genomförts.", "Genomförd med avvikelse"),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
             "Ekonomichef", "Stickprov 20 fakturor", "GENOMFORD", "ja"),
            ("Felaktiga avgifter", "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket",
             "Avgiftshandläggare", "Stickprov 30 hushåll", "DELVIS", ""),
        ], ["Stickprov 20 fakturor, en faktura var attesterad av person utan attesträtt. Rättad.",
            "Pågår, klart i oktober."], ["Genomförd", "Delvis"]),
        ("Säkerhet", [
            ("Brand i förskolans lokaler",
             "Systematiskt brandskyddsarbete – brandskyddsronder på förskolor",
             "Förskolechefer", "Genomgång av protokoll", "EJ_GENOMFORD", ""),
            ("Brand i skolans lokaler",
             "Systematiskt brandskyddsarbete – brandskyddsronder på grundskolor",
             "Rektorer", "Genomgång av protokoll", "EJ_GENOMFORD", ""),
        ], "Ej genomförd. En ny gemensam rutin för brandskyddsronder tas fram tillsammans med Värends "
           "räddningstjänst och följs upp under tertial 3.", "Ej genomförd"),
        ("Personal", [
            ("Olämplig person anställs", "Registerkontroll – utdrag ur belastningsregistret vid nyanställning",
             "HR-specialist", "Stickprov 20 nyanställda", "OKLAR", ""),
        ], ["Se bilaga 2."], [""]),
        ("Fristående skolor", [
            ("Felaktig skolpeng", "Skolpeng till fristående skolor – elevunderlag stäms av mot folkbokföring",
             "Controller", "Avstämning per månad", "UTGAR", ""),
        ], ["Utgår enligt beslut UN 2025-06-10 § 88. Kontrollen ersätts av ny rutin i elevregistret."],
           ["Utgår"]),
    ]
    r = 5
    for proc, rows, res, bed in groups:
        start = r
        for risk, km, ans, met, st, av in rows:
            ws.cell(row=r, column=2, value=risk)
            ws.cell(row=r, column=3, value=km)
            ws.cell(row=r, column=4, value=ans)
            ws.cell(row=r, column=5, value=met)
            exp(fil, UN, km, st, av)
            r += 1
        end = r - 1
        ws.cell(row=start, column=1, value=proc)
        if isinstance(res, str):
            ws.cell(row=start, column=6, value=res)
            ws.cell(row=start, column=7, value=bed)
            if end > start:
                ws.merge_cells(start_row=start, start_column=6, end_row=end, end_column=6)
                ws.merge_cells(start_row=start, start_column=7, end_row=end, end_column=7)
        else:
            for k in range(len(res)):
                ws.cell(row=start + k, column=6, value=res[k] or None)
                ws.cell(row=start + k, column=7, value=bed[k] or None)
        if end > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
        for rr in range(start, end + 1):
            for cc in range(1, 8):
                ws.cell(row=rr, column=cc).border = BOX
                ws.cell(row=rr, column=cc).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1, value="Bedömning: Genomförd / Genomförd med avvikelse / Delvis / Ej genomförd / Utgår")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Rapporterad av: Johan Bergkvist, controller utbildningsförvaltningen, 2025-09-12")
    set_widths(ws, {"A": 18, "B": 28, "C": 48, "D": 20, "E": 22, "F": 55, "G": 20})
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", UN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Värends räddningstjänstförbund – .ods, plan + T1/T2 columns, letter codes
# ---------------------------------------------------------------------------
def build_vrt():
    fil = "Värends räddningstjänst IK 2025 T2.ods"
    stem = os.path.splitext(fil)[0]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Värends Räddningstjänst – kommunalförbund för Alvesta och Växjö"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A3"] = "Uppföljning per tertial 2 (2025-08-31). Behandlad av förbundsdirektionen 2025-09-25."
    ws["A4"] = ("Teckenförklaring: G = Genomförd   A = Genomförd med avvikelse   D = Delvis genomförd   "
                "E = Ej genomförd   U = Utgår")
    ws["A4"].font = Font(italic=True, size=9)
    # two header rows: group heading over columns
    ws["A6"] = "Plan"
    ws.merge_cells("A6:I6")
    ws["J6"] = "Uppföljning"
    ws.merge_cells("J6:L6")
    for c in ("A6", "J6"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="F8CBAD")
    hdr = ["Nr", "Område", "Kontrollmoment", "Risk", "S", "K", "Riskvärde", "Frekvens", "Ansvarig",
           "T1", "T2", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor", "Felaktiga utbetalningar", 2, 3, "Tertialvis",
         "Ekonomichef", "G", "G", "Stickprov 20 fakturor per tertial. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplan",
         "Lagkrav uppfylls inte", 3, 3, "Tertialvis", "Chef förebyggande", "D", "D",
         "58 av 90 planerade tillsyner genomförda per 31/8.", "DELVIS", ""),
        ("3", "Ekonomi", "Fakturering av automatlarm (onödiga larm) enligt taxa",
         "Intäkter uteblir", 3, 2, "Tertialvis", "Administrativ chef", "G", "A",
         "3 onödiga larm i juli ej fakturerade, rättat i augusti.", "GENOMFORD", "ja"),
        ("4", "Personal",
         "Kontroll av att RIB-personal (deltidsbrandmän) har giltiga körkort och hälsoundersökningar",
         "Personal saknar behörighet", 2, 4, "En gång per år", "Stationschefer", None, "E",
         "Görs i samband med höstens övningar.", "EJ_GENOMFORD", ""),
        ("5", "Utrustning", "Underhåll och kontroll av andningsskydd enligt AFS 2025:1",
         "Utrustning fungerar inte vid insats", 2, 5, "Tertialvis", "Verkstadsansvarig", "G", "G", None,
         "GENOMFORD", ""),
        ("6", "Förebyggande", "Sotning och brandskyddskontroll – uppföljning av utförarens fristider",
         "Fristider hålls inte", 2, 2, "En gång per år", "Chef förebyggande", "U", None,
         "Utgår, överförs till respektive medlemskommuns plan.", "UTGAR", ""),
        ("7", "Ekonomi", "Lönerapportering för beredskap och utryckning",
         "Felaktig ersättning", 3, 2, "Tertialvis", "Löneadministratör", None, "D",
         "Stickprov juni klart, augusti återstår.", "DELVIS", ""),
        ("8", "Utrustning", "Inventering av utrustning på brandstationerna",
         "Stöld och svinn", 2, 2, "En gång per år (december)", "Stationschefer", None, None, None,
         "SAKNAS", ""),
    ]
    r = 8
    for row in rows:
        nr, omr, km, risk, s, k, frek, ans, t1, t2, kom, st, av = row
        vals = [nr, omr, km, risk, s, k, None, frek, ans, t1, t2, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=7, value="=E%d*F%d" % (r, r)).border = BOX
        exp(fil, VRT, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="S = sannolikhet (1–4), K = konsekvens (1–5), riskvärde = S × K")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    set_widths(ws, {"A": 5, "B": 14, "C": 50, "D": 28, "E": 4, "F": 4, "G": 10, "H": 18, "I": 20,
                    "J": 6, "K": 6, "L": 50})
    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Instruktion"
    ws2["A1"].font = Font(bold=True)
    ws2["A2"] = "Ange status per tertial med bokstavskod enligt teckenförklaringen på fliken IK-plan 2025."
    ws2["A3"] = "Kommentera alltid avvikelser och ej genomförda kontroller."
    ws2["A4"] = "Kontaktperson: Maria Holm, administrativ chef"
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, stem + ".xlsx")
    wb.save(src)
    soffice_convert(src, "ods")
    normalize_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VRT, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – Word, X tick columns
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN_uppfoljning_internkontroll_tertial2_2025.docx"
    doc = Document()
    fixed_docx_props(doc, "Uppföljning internkontroll T2 2025")
    doc.add_heading("Kultur- och fritidsnämnden", level=1)
    doc.add_heading("Uppföljning internkontroll tertial 2, 2025", level=2)
    doc.add_paragraph(
        "Kultur- och fritidsförvaltningen redovisar här uppföljningen av nämndens internkontrollplan för "
        "perioden januari–augusti 2025. Markera med X i den kolumn som stämmer för respektive kontrollmoment.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt regelverk och beslut", "X", "", "",
         "Stickprov 15 föreningar, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontanthantering i receptionen på Arenastaden och Simhallen", "X", "", "",
         "Kassadifferens på 450 kr vid ett tillfälle i juni, utrett och dokumenterat.", "GENOMFORD", "ja"),
        ("Inköp", "Inköp av medier till biblioteken följer avtal", "", "X", "",
         "Avtalsuppföljning för e-medier pågår.", "DELVIS", ""),
        ("Lokaler och anläggningar",
         "Uthyrning av lokaler och anläggningar faktureras korrekt (Interbook Go)", "X", "", "X",
         "", "OKLAR", ""),
        ("Personal", "Registerutdrag för anställda som arbetar med barn (fritidsgårdar)", "", "", "X",
         "Skjuts till tertial 3.", "EJ_GENOMFORD", ""),
        ("Evenemang", "Sponsringsavtal följer kommunens riktlinjer för sponsring", "", "", "",
         "Ej aktuellt 2025 – inga nya sponsringsavtal har tecknats.", "UTGAR", ""),
        ("Säkerhet", "Badvaktsbemanning enligt säkerhetsplan i simhallen", "X", "", "",
         "", "GENOMFORD", ""),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    for row in rows:
        cells = t.add_row().cells
        for i in range(6):
            cell_text(cells[i], row[i], size=10)
            if i in (2, 3, 4):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, KFN, row[1], row[6], row[7])
    widths = [Cm(3), Cm(5.5), Cm(1.8), Cm(1.5), Cm(1.8), Cm(5)]
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Uppföljningen har stämts av med förvaltningens ledningsgrupp 2025-09-10.")
    doc.add_paragraph("Lena Sjöberg, kvalitetsstrateg")
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – small .xls; nämnd only in print header / file name
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Överförmyndarenheten IK T2 2025.xls"
    stem = os.path.splitext(fil)[0]
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "T2 2025"
    ws["A1"] = "Kontrollplan intern kontroll"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning per 2025-08-31 (tertial 2)"
    hdr = ["Kontrollmoment", "Hur", "När", "Utfört", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        ("Granskning av årsräkningar – samtliga inkomna årsräkningar granskas före 30 september",
         "Uttag ur Wärna", "Löpande", "Pågår", "78 % av inkomna årsräkningar granskade per 31/8.",
         "DELVIS", ""),
        ("Kontroll av att ställföreträdare har registerutdrag innan förordnande",
         "Stickprov 15 ärenden", "Maj", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arvoden till gode män beräknas och betalas ut enligt nämndens riktlinjer",
         "Stickprov 20 ärenden", "Juni", "Ja",
         "Ett arvode var felaktigt beräknat (för högt), beloppet har återkrävts.", "GENOMFORD", "ja"),
        ("Spärrade bankkonton – kontroll av uttagsmedgivanden",
         "Stickprov 10 ärenden", "Augusti", "Nej", "Prioriteras under hösten.", "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden", "Genomgång av delegationslista", "Varje sammanträde", "Ja",
         None, "GENOMFORD", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:5], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, OFN, row[0], row[5], row[6])
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppdaterad 2025-09-03 /KE")
    set_widths(ws, {"A": 55, "B": 24, "C": 16, "D": 9, "E": 45})
    ws.oddHeader.center.text = "Överförmyndarnämnden i Växjö kommun"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "&F"
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, stem + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls")
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. REJECTED – Tekniska nämnden's economic follow-up (budget report), not IK
# ---------------------------------------------------------------------------
def build_rejected():
    fil = "TN_ekonomisk_uppfoljning_aug_2025.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Tekniska nämnden – ekonomisk uppföljning per augusti 2025 (tertial 2)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr. Prognos avser helår 2025."
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget",
           "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        ("Nämnd och förvaltningsledning", 14200, 9350, 14000, "Lägre kostnader för konsulter."),
        ("Gata och park", 118500, 81200, 121300, "Högre kostnader för vinterväghållning jan–mars."),
        ("Kollektivtrafik och skolskjuts", 42600, 27900, 42600, ""),
        ("Måltidsservice", 6100, 3800, 5200, "Ökade intäkter från försäljning till omsorgen."),
        ("Fordon och verkstad", -300, -520, -600, ""),
        ("VA-verksamhet (taxefinansierad)", 0, 2100, 0, "Resultatet regleras mot VA-fonden."),
        ("Avfall (taxefinansierad)", 0, -1400, 0, ""),
    ]
    r = 5
    for v, b, u, p, k in rows:
        ws.cell(row=r, column=1, value=v)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=p)
        ws.cell(row=r, column=5, value="=B%d-D%d" % (r, r))
        ws.cell(row=r, column=6, value=k or None)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for col in "BCDE":
        ws["%s%d" % (col, r)] = "=SUM(%s5:%s%d)" % (col, col, r - 1)
        ws["%s%d" % (col, r)].font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Åtgärder för budget i balans redovisas i tertialrapporten, avsnitt 4.")
    set_widths(ws, {"A": 34, "B": 13, "C": 15, "D": 14, "E": 20, "F": 50})
    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        (KS, "KS|Kommunledningsförvaltningen|KLF"),
        (UN, "UN|Utbildningsförvaltningen|UBF"),
        (ON, "ON|Omsorgsförvaltningen"),
        (NAV, "NAV|Arbete och välfärd|Förvaltningen för arbete och välfärd"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        (TN, "TN|Tekniska förvaltningen|TF"),
        (BN, "BN|Plan- och byggförvaltningen"),
        (MHN, "MHN|Miljö- och hälsoskyddsförvaltningen|Miljö och hälsa"),
        (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        (VN, "VN"),
        (KLN, "KLN"),
        (VRT, "Värends räddningstjänst|Värends Räddningstjänst|VRTJ|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in reg:
            w.writerow(row)


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
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_stratsys()
    build_omsorg()
    build_nav()
    build_un()
    build_vrt()
    build_kfn()
    build_ofn()
    build_rejected()
    write_register()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
