#!/usr/bin/python3
"""Blind round r364 - Svartå kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, in the folder of this script.
"""
import csv
import os
import zipfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

FIXED_DT = (2026, 1, 20, 9, 0, 0)


def fix_zip_dates(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def set_core(props, author, title):
    import datetime
    props.creator = author
    props.title = title
    d = datetime.datetime(2026, 1, 20, 9, 0, 0)
    props.created = d
    props.modified = d
    try:
        props.last_modified_by = author
    except Exception:
        pass


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="BFBFBF")


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen - the kommun's common template, filled in as meant
# ---------------------------------------------------------------------------
def file_ks():
    fn = "KS_uppfoljning_IK_2025_helar.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Svartå kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – kommungemensam mall"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"], ws["B4"] = "Nämnd:", "Kommunstyrelsen"
    ws["A5"], ws["B5"] = "År:", 2025
    ws["A6"], ws["B6"] = "Period:", "Helår"
    ws["A7"], ws["B7"] = "Ifylld av:", "Karin Lindqvist, controller kommunledningsförvaltningen"
    for r in range(4, 8):
        ws.cell(r, 1).font = Font(bold=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    HR = 9
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.fill, cell.font, cell.border, cell.alignment = HEAD_FILL, HEAD_FONT, BORDER, WRAP
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "1 ggr/år", "Ekonomichef", "Genomförd", "Nej",
         "30 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Förtroendeskada", "Kontroll av representation och förtroendekänsliga poster mot riktlinjer",
         "Stickprov 25 verifikationer", "2 ggr/år", "Redovisningsansvarig", "Genomförd", "Ja",
         "3 av 25 verifikationer saknade deltagarförteckning. Information till chefsgruppen i november.",
         "GENOMFORD", "ja"),
        ("Inköp", "Köp utanför avtal", "Avtalstrohet vid inköp av varor och tjänster",
         "Analys av leverantörsreskontra", "Kvartalsvis", "Upphandlingschef", "Delvis genomförd", "Ja",
         "Analys av kvartal 1–3 klar. Köp utanför avtal har hittats inom IT-tillbehör. Kvartal 4 analyseras i februari 2026.",
         "DELVIS", "ja"),
        ("Informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Avstämning behörighetslista", "2 ggr/år", "Systemförvaltare", "Genomförd", "Nej",
         "Avstämt i juni och december.", "GENOMFORD", "nej"),
        ("Delegation", "Beslut fattas utan mandat", "Anmälan av delegationsbeslut till kommunstyrelsen",
         "Genomgång av delegationslistor", "Löpande", "Kommunsekreterare", "Genomförd", "Nej",
         "", "GENOMFORD", "nej"),
        ("Personal", "Felaktiga löner", "Lönebildning – kontroll av manuella lönetillägg",
         "Stickprov 20 lönetillägg", "1 ggr/år", "HR-chef", "Ej genomförd", "",
         "Skjuts till 2026 på grund av byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("Administration", "Handlingar blir inte allmänt tillgängliga",
         "Diarieföring av inkommande handlingar inom fem arbetsdagar",
         "Stickprov i ärendehanteringssystemet", "1 ggr/år", "Registrator", "Genomförd med avvikelse", "Ja",
         "12 av 50 handlingar diarieförda senare än fem arbetsdagar. Rutin förtydligad.", "GENOMFORD", "ja"),
        ("Säkerhet", "Bristande krisberedskap", "Uppdatering av krisledningsplan",
         "Granskning av planen", "1 ggr/år", "Säkerhetssamordnare", "Utgår", "",
         "Utgår enligt KS beslut 2025-05-14 § 88, ersätts av ny plan för civilt försvar.", "UTGAR", ""),
        ("Personal", "Otillåtna bisysslor", "Redovisning av bisysslor för chefer",
         "Enkät till samtliga chefer", "1 ggr/år", "HR-chef", "Genomförd", "Nej",
         "Samtliga 41 chefer har redovisat.", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Brott mot dataskyddsförordningen",
         "Registerförteckning enligt GDPR är uppdaterad",
         "Genomgång av registerförteckning", "1 ggr/år", "Dataskyddssamordnare", "", "",
         "", "SAKNAS", ""),
    ]
    r = HR + 1
    for i, row in enumerate(rows, 1):
        vals = (i,) + row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border, cell.alignment = BORDER, WRAP
        EXPECTED.append((fn, nm, row[2], row[9], row[10]))
        r += 1
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H{HR+1}:H{r-1}")
    ws.cell(r + 1, 1, "Sammanställt 2026-01-20. Rapporteras till kommunstyrelsen 2026-02-04.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [5, 16, 24, 45, 26, 11, 20, 20, 12, 55]):
        ws.column_dimensions[col].width = w
    set_core(wb.properties, "Karin Lindqvist", "Uppföljning internkontrollplan 2025")
    wb.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 2: BUN - common template with extra columns, T2 + helår, own words, colours
# ---------------------------------------------------------------------------
def file_bun():
    fn = "BUN IKP 2025 uppföljning helår.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning helår (tertial 3). Kolumnen Status T2 är kopierad från tertialrapport 2."
    ws["A2"].font = Font(italic=True)
    ws["H1"] = "Förklaring status:"
    ws["H1"].font = Font(bold=True)
    legend = [("Klar", GREEN), ("Pågår", YELLOW), ("Ej påbörjad", RED), ("Stryks", GREY)]
    for i, (w, f) in enumerate(legend):
        c = ws.cell(1, 9 + i, w)
        c.fill = f
        c.border = BORDER
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Avvikelse",
           "Kommentar", "Åtgärd", "Klart datum"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.fill = PatternFill("solid", fgColor="548235")
        cell.font, cell.border, cell.alignment = HEAD_FONT, BORDER, WRAP
    groups = [
        ("Process: Ekonomi", [
            ("1.1", "Kontroll av att fakturor för skolskjuts stäms av mot avtal", "Ekonom BUF",
             "Pågår", "Klar", "Nej", "Samtliga fakturor aug–dec avstämda mot avtal.", "", "2025-12-15",
             "GENOMFORD", "nej"),
            ("1.2", "Attest av leverantörsfakturor – stickprov 20 fakturor per rektorsområde", "Controller",
             "Klar", "Klar", "Ja", "2 fakturor attesterade av fel person (ej behörig attestant).",
             "Påminnelse om attestordningen till rektorer.", "2025-11-30", "GENOMFORD", "ja"),
            ("1.3", "Interkommunal ersättning – fakturering av elever från andra kommuner", "Ekonom BUF",
             "Pågår", "Pågår", "", "Fakturering VT klar, HT faktureras januari 2026.", "", "",
             "DELVIS", ""),
        ]),
        ("Process: Personal", [
            ("2.1", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning", "HR-konsult",
             "Klar", "", "Nej", "", "", "", "GENOMFORD", "nej"),
            ("2.2", "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
             "Förvaltningschef", "Ej påbörjad", "Pågår", "",
             "Skyddsronder genomförda på 11 av 14 enheter.", "Resterande tre enheter under mars 2026.",
             "2026-03-31", "DELVIS", ""),
        ]),
        ("Process: Verksamhet", [
            ("3.1", "Anmälan om kränkande behandling till huvudman sker utan dröjsmål", "Verksamhetschef grundskola",
             "Klar", "Klar", "Ja", "I 4 fall skedde anmälan senare än 5 dagar.",
             "Utbildning för nya rektorer.", "", "GENOMFORD", "ja"),
            ("3.2", "Elevers frånvaro följs upp enligt rutin", "Elevhälsochef",
             "", "Ej påbörjad", "", "Rutinen revideras, kontrollen görs VT 2026.", "", "",
             "EJ_GENOMFORD", ""),
            ("3.3", "Modersmålsundervisning – beslut och dokumentation", "Verksamhetschef grundskola",
             "Pågår", "Stryks", "", "Stryks enligt BUN 2025-10-22 § 71.", "", "", "UTGAR", ""),
            ("3.4", "Placering i förskola sker enligt antagna placeringsregler", "Antagningshandläggare",
             "Klar", "Klar", "Nej", "Stickprov 30 placeringar, inga avvikelser.", "", "", "GENOMFORD", "nej"),
        ]),
    ]
    fillmap = dict(legend)
    r = HR + 1
    for gname, items in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E2EFDA")
        r += 1
        for it in items:
            for c, v in enumerate(it[:9], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border, cell.alignment = BORDER, WRAP
            for c in (4, 5):
                v = it[c - 1]
                if v in fillmap:
                    ws.cell(r, c).fill = fillmap[v]
            EXPECTED.append((fn, nm, it[1], it[9], it[10]))
            r += 1
    ws.cell(r + 1, 2, "Antal klara helår: 4 av 9").font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJKL", [6, 50, 22, 12, 12, 10, 45, 35, 12, 10, 12, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    set_core(wb.properties, "Anders Holm", "Internkontroll BUF 2025")
    wb.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def new_doc(author, title):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    set_core(d.core_properties, author, title)
    return d


# ---------------------------------------------------------------------------
# File 3: Socialnämnden - Word, intro prose + one table, merged process cells
# ---------------------------------------------------------------------------
def file_sn():
    fn = "Socialnämnden_IK_helår_2025.docx"
    nm = "Socialnämnden"
    d = new_doc("Maria Eriksson", "Uppföljning internkontrollplan 2025")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Svartå kommun\tSocialförvaltningen\tDnr SN 2025/14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Planen omfattar "
        "åtta kontrollmoment inom ekonomiskt bistånd, barn och unga, äldreomsorg, LSS och informationssäkerhet. "
        "Flertalet kontroller har genomförts under året. I tre kontroller har avvikelser noterats och "
        "åtgärder har vidtagits eller planeras. Kontrollen av läkemedelshantering har inte kunnat genomföras "
        "på grund av vakans på tjänsten som medicinskt ansvarig sjuksköterska.")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i allt väsentligt har varit tillräcklig.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    rows = [
        ("Ekonomiskt bistånd",
         "Kontroll att utbetalning av ekonomiskt bistånd överensstämmer med beslut\n(stickprov 40 akter)",
         "40 akter granskade. I två fall hade utbetalning skett med för högt belopp. Återkrav har upprättats.",
         "Genomförd, avvikelse", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "92 % av förhandsbedömningarna gjordes inom 14 dagar. Förseningarna gällde semesterperioden.",
         "Genomförd, avvikelse", "GENOMFORD", "ja"),
        ("Barn och unga",
         "Uppföljning av placerade barn – samtal med barnet dokumenteras",
         "Granskning pågår. Hälften av akterna (18 av 36) är granskade, hittills utan anmärkning.",
         "Pågående", "DELVIS", "nej"),
        ("Äldreomsorg",
         "Hemtjänst: avstämning av utförd tid mot beviljad tid",
         "Se bilaga 2.", "", "OKLAR", ""),
        ("Äldreomsorg",
         "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet",
         "Ingen kontroll gjord på grund av vakans MAS. Flyttas till plan 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("LSS",
         "Avgifter för boende enligt LSS debiteras korrekt",
         "Kontrollen genomfördes i november. Inga fel hittades.", "", "GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet",
         "Loggkontroll har genomförts månadsvis. En obehörig åtkomst upptäcktes och har anmälts till IMY.",
         "Genomförd", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Resultat och kommentar", "Bedömning"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    start = {}
    for pr, km, res, bed, st, av in rows:
        cells = t.add_row().cells
        cell_text(cells[0], pr)
        cell_text(cells[1], km)
        cell_text(cells[2], res)
        cell_text(cells[3], bed)
        EXPECTED.append((fn, nm, km.replace("\n", " "), st, av))
    # merge process cells vertically
    i = 1
    while i < len(t.rows):
        j = i
        while j + 1 < len(t.rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            top = t.cell(i, 0)
            txt = rows[i - 1][0]
            m = top.merge(t.cell(j, 0))
            cell_text(m, txt)
        i = j + 1
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Avstämning hemtjänst 2025 (separat dokument)")
    d.add_paragraph("Svartå 2026-01-28")
    d.add_paragraph("Maria Eriksson\nSocialchef")
    d.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: SBN - status by fill colour only, legend below, nämnd only in page header/file name
# ---------------------------------------------------------------------------
def file_sbn():
    fn = "SBN uppföljning internkontroll 2025.xlsx"
    nm = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Uppföljning IK 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning – rapporteras till nämnd 2026-02-11"
    hdr = ["Id", "Verksamhet", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tid (tim)",
           "Status", "Kommentar"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.fill, cell.font, cell.border, cell.alignment = HEAD_FILL, HEAD_FONT, BORDER, WRAP
    rows = [
        ("SB1", "Gata/park", "Besiktning av lekplatser enligt besiktningsplan", "Genomgång av besiktningsprotokoll",
         "Parkchef", 6, GREEN, "Samtliga 23 lekplatser besiktigade.", "GENOMFORD", "nej"),
        ("SB2", "VA", "Debitering av VA-avgifter stämmer mot gällande taxa", "Stickprov 50 abonnemang",
         "VA-chef", 12, GREEN, "Fel taxekategori på 6 fastigheter, rättat och kreditfakturor skickade.",
         "GENOMFORD", "ja"),
        ("SB3", "Fastighet", "Kontroll av att planerat underhåll utförs enligt underhållsplan",
         "Jämförelse plan/utfall", "Fastighetschef", 8, YELLOW,
         "Kontroll gjord för 5 av 8 fastigheter, övriga tre kontrolleras i februari 2026.", "DELVIS", ""),
        ("SB4", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av direktupphandlingar", "Förvaltningschef", 0, RED, "Ej hunnit.", "EJ_GENOMFORD", ""),
        ("SB5", "Färdtjänst", "Färdtjänstresor stäms av mot tillstånd", "Stickprov resor",
         "Färdtjänsthandläggare", 0, GREY, "Färdtjänsten överförd till regionen 2025-07-01.", "UTGAR", ""),
        ("SB6", "Bostadsanpassning", "Handläggningstid för bostadsanpassningsbidrag",
         "Uttag ur ärendesystem", "Handläggare BAB", 4, GREEN, "", "GENOMFORD", ""),
        ("SB7", "Fordon", "Körjournaler förs för kommunens fordon", "Stickprov körjournaler",
         "Fordonssamordnare", None, None, "", "SAKNAS", ""),
        ("SB8", "Mark och exploatering", "Markanvisningar följer riktlinjer för markanvisning",
         "Granskning av avtal", "Exploateringschef", 5, YELLOW,
         "1 av 2 markanvisningar granskad, den andra granskas i januari 2026.", "DELVIS", ""),
    ]
    r = HR + 1
    for row in rows:
        vals = list(row[:6]) + [None, row[7]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border, cell.alignment = BORDER, WRAP
        if row[6] is not None:
            ws.cell(r, 7).fill = row[6]
        EXPECTED.append((fn, nm, row[2], row[8], row[9]))
        r += 1
    ws.cell(r, 5, "Summa tid").font = Font(bold=True)
    ws.cell(r, 6, f"=SUM(F{HR+1}:F{r-1})").font = Font(bold=True)
    r += 2
    ws.cell(r, 2, "Teckenförklaring").font = Font(bold=True)
    for f, t in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd"), (RED, "Ej genomförd"),
                 (GREY, "Ej aktuell")]:
        r += 1
        ws.cell(r, 2).fill = f
        ws.cell(r, 2).border = BORDER
        ws.cell(r, 3, t)
    for col, w in zip("ABCDEFGH", [6, 20, 48, 30, 20, 9, 9, 55]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    set_core(wb.properties, "Lena Sjöberg", "IK SBN helår")
    wb.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: Kultur- och fritidsnämnden - Word, text only, one heading per control
# ---------------------------------------------------------------------------
def file_kfn():
    fn = "Kultur och fritid - uppföljning intern kontroll 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    d = new_doc("Johan Berg", "Uppföljning intern kontroll 2025")
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – helår 2025").runs[0].bold = True
    d.add_paragraph(
        "Nämnden beslutade om sex kontrollmoment i internkontrollplanen för 2025 (KFN 2025-01-30 § 5). "
        "Nedan redovisas resultatet av respektive kontroll. Uppföljningen har sammanställts av "
        "förvaltningens administrativa enhet med underlag från enhetscheferna.")
    items = [
        ("1. Bidrag till föreningar",
         "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         ["Resultat: 15 av 62 utbetalda aktivitetsbidrag granskades mot inlämnade närvarolistor. "
          "Två föreningar hade fått för högt bidrag; beloppen har återkrävts.",
          "Status: Genomförd"], "GENOMFORD", "ja"),
        ("2. Kontanthantering",
         "Dagskassor i simhallens kassa stäms av mot kassarapport",
         ["Resultat: Avstämning januari–juni är gjord utan anmärkning. Hösten återstår på grund av "
          "personalbyte i receptionen.",
          "Status: Delvis genomförd"], "DELVIS", "nej"),
        ("3. Uthyrning av lokaler",
         "Uthyrning av lokaler och anläggningar faktureras enligt taxa",
         ["Bedömning: Ej genomförd. Kontrollen prioriterades bort under hösten och läggs in i planen för 2026."],
         "EJ_GENOMFORD", ""),
        ("4. Inventarier",
         "Inventarieförteckning för bibliotek och fritidsgårdar är aktuell",
         ["Inventering genomfördes i oktober och förteckningen är uppdaterad. Inga saknade inventarier.",
          "Status: –"], "GENOMFORD", "nej"),
        ("5. Säkerhet vid arrangemang",
         "Riskbedömning görs inför större evenemang",
         ["Riskbedömning gjordes inför Svartådagarna, nationaldagsfirandet och julmarknaden.",
          "Inga avvikelser. Status: Genomförd"], "GENOMFORD", "nej"),
        ("6. Avtal med studieförbund",
         "Avtal med studieförbund följs upp",
         ["Kontrollen är inte aktuell 2025 eftersom avtalen omförhandlas. Status: Utgår"], "UTGAR", ""),
    ]
    for head, km, paras, st, av in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        for t in paras:
            d.add_paragraph(t)
        EXPECTED.append((fn, nm, km, st, av))
    d.add_paragraph()
    d.add_paragraph("Johan Berg, kultur- och fritidschef")
    d.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: MBN - old .xls version of the template, letter codes with legend, delår + helår
# ---------------------------------------------------------------------------
def file_mbn():
    fn = "MBN_IKP_2025_helar.xls"
    nm = "Miljö- och byggnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "MBN – Internkontroll 2025", title)
    ws.write(1, 0, "Uppföljning helår, avser perioden 2025-01-01 – 2025-12-31")
    ws.write(2, 0, "Statuskoder: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår", bold)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Delår (aug)", "Helår", "Avvikelse J/N", "Kommentar"]
    HR = 4
    for c, h in enumerate(hdr):
        ws.write(HR, c, h, head)
    rows = [
        ("Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Bygglovschef", "D", "G", "J",
         "3 ärenden av 214 överskred tiden.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter för livsmedel enligt taxa", "Miljöchef", "D", "D", "",
         "Fakturering för andra halvåret kontrolleras i februari.", "DELVIS", ""),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "G", "G", "N", "", "GENOMFORD", "nej"),
        ("Jävsdeklarationer för inspektörer finns och är aktuella", "Miljöchef", "E", "E", "",
         "Mall för jävsdeklaration tas fram 2026.", "EJ_GENOMFORD", ""),
        ("Avslutade ärenden arkiveras i e-arkivet", "Registrator", "", "U", "",
         "Ingår i kommungemensam kontroll från 2025.", "UTGAR", ""),
        ("Förelägganden följs upp inom angiven tid", "Miljöinspektör", "D", "", "",
         "", "DELVIS", ""),
        ("Avgifter för miljöprövning debiteras enligt taxa", "Miljöchef", "", "", "", "", "SAKNAS", ""),
    ]
    r = HR + 1
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:6])
        for c, v in enumerate(vals):
            ws.write(r, c, v, body)
        EXPECTED.append((fn, nm, row[0], row[6], row[7]))
        r += 1
    ws.write(r + 1, 0, "Sammanställt av: Per Nyström, nämndsekreterare")
    for c, w in enumerate([5, 50, 18, 11, 9, 12, 45]):
        ws.col(c).width = w * 256
    wb.save(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7: Överförmyndarnämnden - Word table with X tick columns under a merged header
# ---------------------------------------------------------------------------
def file_ofn():
    fn = "Överförmyndarnämnden uppföljning IK helår 2025.docx"
    nm = "Överförmyndarnämnden"
    d = new_doc("Sofia Ahmadi", "Uppföljning IK 2025")
    p = d.add_paragraph()
    r = p.add_run("Överförmyndarenheten, Svartå kommun")
    r.bold = True
    d.add_heading("Uppföljning av internkontrollplan helår 2025", level=1)
    d.add_paragraph("Överförmyndarnämnden. Redovisning av kontrollerna enligt plan antagen 2025-02-06.")
    rows = [
        ("Granskning av årsräkningar – samtliga inkomna före 1 mars granskas före 31 oktober",
         "X", "", "", "Alla 212 årsräkningar granskade i tid.", "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "", "X", "", "Kontrollerat för nya ställföreträdare, äldre uppdrag kontrolleras 2026.", "DELVIS", ""),
        ("Uttag från spärrade konton kontrolleras mot överförmyndarens medgivande",
         "X", "", "", "Ett uttag utan medgivande upptäcktes, ärendet utreds.", "GENOMFORD", "ja"),
        ("Arvoden till gode män beräknas enligt SKR:s riktlinjer",
         "X", "", "X", "", "OKLAR", ""),
        ("Förteckningar lämnas in inom två månader från förordnandet",
         "", "", "X", "Påminnelser har skickats, uppföljning saknas.", "EJ_GENOMFORD", ""),
        ("Gallring av akter enligt dokumenthanteringsplanen", "", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "Kontrollmoment", bold=True)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    cell_text(b, "Status (markera med X)", bold=True)
    for i, h in enumerate(["Genomförd", "Delvis", "Ej genomförd"]):
        cell_text(t.cell(1, 1 + i), h, bold=True, size=9)
    e = t.cell(0, 4).merge(t.cell(1, 4))
    cell_text(e, "Kommentar", bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cell_text(cells[i], row[i])
            if i in (1, 2, 3):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        EXPECTED.append((fn, nm, row[0], row[5], row[6]))
    d.add_paragraph()
    d.add_paragraph("Sofia Ahmadi, enhetschef överförmyndarenheten, 2026-01-22")
    d.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8 (reject): a covering letter from BUN, no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fn = "Missiv BUN internkontroll 2025.docx"
    d = new_doc("Anders Holm", "Missiv")
    d.add_paragraph("Barn- och utbildningsförvaltningen\t\t2026-01-23")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Missiv – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025 "
        "i den kommungemensamma mallen. Uppföljningen behandlas av nämnden vid sammanträdet den "
        "11 februari 2026 och protokollsutdrag skickas därefter.")
    d.add_paragraph(
        "Observera att vi har lagt till en kolumn för status tertial 2 så att utvecklingen under året "
        "syns. Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Anders Holm\nController, barn- och utbildningsförvaltningen\nanders.holm@svarta.se")
    d.save(fn)
    fix_zip_dates(fn)
    FILES.append((fn, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Svartå Energi AB", "Svartå Energi|SEAB"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_kfn()
    file_mbn()
    file_ofn()
    file_missiv()
    write_csvs()
    print(f"{len(FILES)} files, {len(EXPECTED)} controls")
