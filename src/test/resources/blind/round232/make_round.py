#!/usr/bin/python3
"""Blind round 232 - Ekeryds kommun, helår 2025.
Theme: Word forms with checkboxes (☒/☐, ✔, [X]/[ ]), plus one Excel file and one plain docx table.
Run: /usr/bin/python3 make_round.py   (builds every file and the CSVs in this folder)
"""
import csv
import datetime
import os
import shutil
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # the follow-up files sit directly in the round folder
FIXED = datetime.datetime(2026, 1, 26, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 26, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(landscape=False, author="Ekeryds kommun"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if landscape:
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(1.8)
    return d


def save_doc(d, name):
    p = os.path.join(OUT, name)
    d.save(p)
    normalize_zip(p)
    return name


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def set_cell(cell, text, bold=False, size=None, font=None):
    """Set cell text; '\n' makes separate paragraphs."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return cell


def header_row(table, labels, fill="D9E2F3"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, size=9.5)
        shade(c, fill)
    # repeat header row on each page
    trPr = table.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml(r'<w:tblHeader %s/>' % nsdecls("w")))


def box(checked):
    return "☒" if checked else "☐"


def add_checkbox_cc(paragraph, checked):
    """Insert a Word 2010 checkbox content control (w14:checkbox) with its glyph, as Word forms do."""
    glyph = "☒" if checked else "☐"
    xml = (
        '<w:sdt %s>'
        '<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        '</w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        '<w:sz w:val="24"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent>'
        '</w:sdt>'
    ) % (nsdecls("w", "w14"), add_checkbox_cc.counter, 1 if checked else 0, glyph)
    add_checkbox_cc.counter += 1
    paragraph._p.append(parse_xml(xml))


add_checkbox_cc.counter = 1840201


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - status cell with three checkbox lines (☒/☐ text glyphs)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontrollplan helår 2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc(landscape=True, author="Maria Ekholm")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Ekeryds kommun\tKommunledningskontoret\tDnr KS 2025/0031"
    d.add_heading("Uppföljning av internkontrollplan 2025 – Kommunstyrelsen", level=1)
    d.add_paragraph("Uppföljningsperiod: Helår 2025 (januari–december)")
    d.add_paragraph("Redovisas för kommunstyrelsen 2026-02-04. Markera aktuell status med kryss (☒) "
                    "i kolumnen Status. Vid Delvis eller Ej genomförd ska orsak och åtgärd anges.")
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         "G", "Stickprov på 40 fakturor. Två fakturor saknade andra attest (beloppsgräns). Påminnelse om attestordningen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagarförteckning", "Controller",
         "G", "20 verifikationer granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Upphandling", "Köp utanför ramavtal (avtalstrohet) för inköp över 100 000 kr", "Upphandlingschef",
         "D", "Analys genomförd för kvartal 1–3, där tre direktköp utan avtal upptäcktes. Kvartal 4 analyseras i februari 2026.",
         "DELVIS", "ja"),
        ("1.4", "Personal", "Bisysslor anmäls och prövas enligt riktlinje för bisysslor", "HR-chef",
         "E", "Ej genomförd p.g.a. byte av HR-system under hösten. Kontrollen flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("1.5", "IT", "Behörighetsuppföljning i ekonomisystemet – avslutade anställda har tagits bort", "IT-chef",
         "GD", "Se bilaga 2.", "OKLAR", ""),
        ("1.6", "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Kommunsekreterare",
         "G", "Mätning vecka 12 och 43, genomsnitt 1,4 dagar. Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.7", "Säkerhet", "Krisledningsplanen är uppdaterad och har övats under året", "Säkerhetssamordnare",
         "G", "Planen reviderad i maj, stabsövning genomförd 2025-10-15.", "GENOMFORD", "nej"),
        ("1.8", "Löner", "Kontroll av manuella löneutbetalningar och retroaktiva ersättningar", "Lönechef",
         "G", "Samtliga manuella utbetalningar över 10 000 kr granskade. En felaktig OB-ersättning upptäcktes och har återkrävts.",
         "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status helår\n(markera med X)", "Kommentar / iakttagelser"])
    for nr, proc, km, ans, st, kom, status, avv in rows:
        c = t.add_row().cells
        set_cell(c[0], nr)
        set_cell(c[1], proc)
        set_cell(c[2], km)
        set_cell(c[3], ans)
        lines = "%s Genomförd\n%s Delvis genomförd\n%s Ej genomförd" % (box("G" in st), box("D" in st), box("E" in st))
        set_cell(c[4], lines, size=9.5)
        set_cell(c[5], kom)
        exp(fil, N, km, status, avv)
    col_widths(t, [1.1, 2.8, 7.0, 3.0, 3.8, 8.3])
    d.add_paragraph()
    d.add_paragraph("Ekeryd 2026-01-20")
    d.add_paragraph("Anna Lindqvist\nKommundirektör")
    FILES.append((save_doc(d, fil), "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - one column per status, content-control checkboxes
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK 2025 helårsuppföljning.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc(landscape=True, author="Per Sjöberg")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Barn- och utbildningsförvaltningen, Ekeryds kommun"
    d.add_heading("Internkontroll 2025 – uppföljning helår", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Barn- och utbildningsnämnden")
    p = d.add_paragraph()
    p.add_run("Ansvarig tjänsteperson: ").bold = True
    p.add_run("Per Sjöberg, verksamhetscontroller")
    d.add_paragraph("Instruktion: Klicka i rutan (☒) i den kolumn som stämmer för respektive kontrollmoment. "
                    "Endast en ruta per rad. Delvis och Ej genomförd ska alltid kommenteras.")
    groups = [
        ("Process: Personal och kompetensförsörjning", [
            ("Utdrag ur belastningsregistret har begärts vid anställning i förskola och skola",
             "Stickprov 20 nyanställda", "G", "Samtliga 20 hade uppvisat utdrag före anställning.", "GENOMFORD", "nej"),
            ("Legitimation och behörighet hos lärare kontrolleras vid tillsvidareanställning",
             "Kontroll mot Skolverkets lärarregister", "D", "Kontroll klar för grundskolan. Gymnasieskolan återstår och slutförs i mars 2026.", "DELVIS", ""),
            ("Introduktion av nyanställda sker enligt checklista",
             "Enkät till nyanställda", "E", "Enkäten skickades inte ut under året på grund av vakant HR-tjänst.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Elevhälsa och trygghet", [
            ("Anmälan till huvudman om kränkande behandling görs inom föreskriven tid",
             "Genomgång av ärenden i DF Respons", "G", "4 av 62 anmälningar gjordes senare än fem dagar. Rektorerna har påmints om rutinen.", "GENOMFORD", "ja"),
            ("Frånvarouppföljning – kontakt tas med vårdnadshavare vid upprepad ogiltig frånvaro",
             "Stickprov i Skola24", "", "", "SAKNAS", ""),
            ("Orosanmälningar till socialtjänsten dokumenteras i elevakten",
             "Stickprov 15 ärenden", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Process: Ekonomi och administration", [
            ("Debitering av barnomsorgsavgifter – inkomstuppgifter kontrolleras mot maxtaxa",
             "Avstämning mot inkomstuppgifter", "G", "", "GENOMFORD", ""),
            ("Fakturor för skolskjuts stämmer mot beställda turer",
             "Stickprov två månader", "D", "Oktober kontrollerad utan anmärkning, november pågår.", "DELVIS", ""),
            ("Inventarieförteckning över elevdatorer och läsplattor är aktuell",
             "Inventering per enhet", "", "Utgår – ersätts av central IT-inventering enligt beslut BUN 2025-05-20 § 41.", "UTGAR", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Kontrollmoment", "Metod", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"])
    for gname, items in groups:
        r = t.add_row().cells
        m = r[0].merge(r[5])
        set_cell(m, gname, bold=True)
        shade(m, "F2F2F2")
        for km, met, st, kom, status, avv in items:
            c = t.add_row().cells
            set_cell(c[0], km)
            set_cell(c[1], met)
            for i, code in ((2, "G"), (3, "D"), (4, "E")):
                c[i].text = ""
                add_checkbox_cc(c[i].paragraphs[0], st == code)
            set_cell(c[5], kom)
            exp(fil, N, km, status, avv)
    col_widths(t, [8.0, 4.0, 2.0, 1.7, 2.2, 8.2])
    d.add_paragraph()
    d.add_paragraph("Uppföljningen behandlades i barn- och utbildningsnämnden 2026-01-29 § 7.")
    FILES.append((save_doc(d, fil), "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - text only, status line of checkboxes per control
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden helårsuppföljning intern kontroll 2025.docx"
    N = "Socialnämnden"
    d = new_doc(author="Lena Ahmadi")
    d.sections[0].header.paragraphs[0].text = "Socialförvaltningen\tTjänsteskrivelse\tSN 2026/0012"
    d.add_heading("Uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
                    "Socialnämnden antog internkontrollplan 2025 den 11 december 2024 (§ 162). Planen innehåller sex "
                    "kontrollmoment som följs upp nedan. Status anges med kryss i den ruta som gäller.")
    d.add_heading("Resultat av kontrollerna", level=2)
    items = [
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Stickprov av 30 beslut under perioden januari–november.",
         "Samtliga granskade beslut var fattade av behörig delegat. Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker till rätt mottagare (kontroll mot folkbokföring och kontouppgifter)",
         "Registerkontroll av samtliga utbetalningar i oktober.",
         "Kontrollen genomförd med avvikelse: två utbetalningar hade gått till fel bankkonto. Återkrav har inletts och rutinen för ändring av kontouppgifter har skärpts.",
         "G", "GENOMFORD", "ja"),
        ("Barn och unga", "Utredningstiden inom barn- och ungdomsvården överstiger inte fyra månader",
         "Uttag ur verksamhetssystemet Procapita.",
         "45 av 52 avslutade utredningar klarade fyramånadersgränsen. Sju utredningar överskred tiden. Utredningar avslutade i december är ännu inte granskade.",
         "D", "DELVIS", "ja"),
        ("Funktionsnedsättning", "Ej verkställda beslut enligt LSS rapporteras till IVO inom tre månader",
         "Genomgång av kvartalsrapporter.",
         "Kontrollen har inte genomförts under året på grund av vakanser på myndighetsenheten. Den återkommer i planen för 2026.",
         "E", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Hantering av brukares kontanta medel på särskilt boende",
         "Kassainventering på två boenden.",
         "Kontrollen utgår enligt beslut SN 2025-06-11 § 88 då den ingår i kommunrevisionens granskning 2025.",
         "U", "UTGAR", ""),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och åtgärdas inom fastställd tid",
         "Genomgång av samtliga rapporter.",
         "Tolv rapporter inkom under 2025. Samtliga är utredda inom tid och åtgärder är vidtagna.",
         "G", "GENOMFORD", "nej"),
    ]
    for i, (proc, km, met, res, st, status, avv) in enumerate(items, 1):
        d.add_heading("%d. %s" % (i, proc), level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Metod: ").bold = True
        p.add_run(met)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run("%s Genomförd   %s Delvis genomförd   %s Ej genomförd   %s Utgår" % (
            box(st == "G"), box(st == "D"), box(st == "E"), box(st == "U")))
        exp(fil, N, km, status, avv)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. "
                    "De avvikelser som upptäckts har åtgärdats eller följs upp i internkontrollplan 2026.")
    d.add_paragraph("Lena Ahmadi\nSocialchef")
    FILES.append((save_doc(d, fil), "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - Excel, T2 and helår status side by side (words)
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBF_internkontroll_2025_uppfoljning.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    wb.properties.creator = "Jonas Berg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="999999")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning:"
    ws["B2"] = "Samhällsbyggnadsförvaltningen"
    ws["A3"] = "Uppföljningsperiod:"
    ws["B3"] = "Helår 2025"
    ws["A4"] = "Senast uppdaterad:"
    ws["B4"] = datetime.date(2026, 1, 16)
    ws["B4"].number_format = "yyyy-mm-dd"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    hdr = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar helår"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = bd
    rows = [
        (1, "Bygglov", "Handläggningstiden överskrider lagstadgad tid och avgiften sätts ned", 9,
         "Bygglovsbeslut meddelas inom lagstadgad handläggningstid", "Bygglovschef",
         "Pågår", "Genomförd", "95 % av besluten inom tid. Sex ärenden överskred tiden och avgiften reducerades.", "GENOMFORD", "ja"),
        (2, "Gata och park", "Felaktig fakturering från entreprenör", 8,
         "Entreprenörsfakturor för vinterväghållning stämmer mot körjournaler", "Gatuchef",
         "Pågår", "Pågår", "Januari–mars kontrollerat. November–december kontrolleras när fakturorna inkommit.", "DELVIS", ""),
        (3, "Mark och exploatering", "Exploateringsbidrag uteblir", 6,
         "Uppföljning av exploateringsavtal – erlagda exploateringsbidrag", "Mark- och exploateringschef",
         "Ej påbörjad", "Ej genomförd", "Flyttas till 2026 på grund av resursbrist.", "EJ_GENOMFORD", ""),
        (4, "Bostadsanpassning", "Bidrag beviljas i strid med lagen", 6,
         "Beslut om bostadsanpassningsbidrag följer lag och riktlinjer", "Enhetschef bostadsanpassning",
         "Genomförd", None, None, "GENOMFORD", ""),
        (5, "Lantmäteri", "Avgifter tas inte ut enligt taxa", 4,
         "Avgifter för nybyggnadskartor debiteras enligt plan- och bygglovstaxan", "Stadsingenjör",
         "Pågår", "Genomförd", "Samtliga 38 kartbeställningar kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        (6, "GIS", "Obehöriga har åtkomst till känsliga skikt", 4,
         "Behörigheter i GIS-systemet följs upp två gånger per år", "GIS-samordnare",
         "Utgår", "Utgår", "Utgår – systembyte till ny GIS-plattform, behörigheter hanteras centralt av IT.", "UTGAR", ""),
        (7, "Fordon", "Privat användning av tjänstefordon", 6,
         "Körjournaler förs för förvaltningens fordon", "Förvaltningschef",
         None, "Genomförd", "3 av 25 fordon saknade fullständig körjournal. Berörda chefer informerade.", "GENOMFORD", "ja"),
    ]
    for nr, proc, risk, rv, km, ans, t2, hel, kom, status, avv in rows:
        ws.append([nr, proc, risk, rv, km, ans, t2, hel, kom])
        for c in ws[ws.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = bd
        exp(fil, N, km, status, avv)
    last = ws.max_row
    dv = DataValidation(type="list", formula1='"Genomförd,Pågår,Ej påbörjad,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G%d:H%d" % (hr + 1, last))
    ws.append([])
    ws.append(["Statusalternativ: Genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår. Riskvärde = sannolikhet × konsekvens (1–16)."])
    ws.cell(row=ws.max_row, column=1).font = Font(italic=True, size=9)
    widths = [5, 16, 34, 9, 44, 20, 12, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A%d" % (hr + 1)
    ws.print_title_rows = "%d:%d" % (hr, hr)
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden"
    p = os.path.join(OUT, fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - plain docx table, status as words
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid - uppföljning internkontroll 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = new_doc(landscape=True, author="Sara Holm")
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – årsbokslut (per 2025-12-31)")
    rows = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag stämmer mot beslut och redovisat medlemsantal", "Årligen",
         "Kontroll av 15 föreningar. En förening hade uppgett felaktigt antal medlemmar; bidraget har justerats.", "Genomförd",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Dagskassor i simhallens kassa stäms av mot kassasystemet", "Kvartalsvis",
         "Avstämning gjord varje kvartal utan anmärkning.", "Genomförd", "GENOMFORD", "nej"),
        ("Lokaluthyrning", "Uthyrning av idrottshallar och lokaler faktureras enligt taxa", "Halvårsvis",
         "Första halvåret kontrollerat. Andra halvåret har inte hunnits med.", "Delvis genomförd", "DELVIS", ""),
        ("Bibliotek", "Inköp av medier sker enligt gällande avtal", "Årligen",
         "Har inte genomförts på grund av långtidssjukskrivning.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Evenemang", "Tillstånd och säkerhetsplan finns för kommunens offentliga evenemang", "Per evenemang",
         "Inga egna evenemang med fler än 500 deltagare genomfördes 2025.", "Ej aktuell", "UTGAR", ""),
        ("Konst", "Inventering av kommunens konstsamling", "Vartannat år",
         "Inventering genomförd. Fyra verk kunde inte lokaliseras och har polisanmälts.", "Genomförd", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Område", "Kontrollmoment", "Frekvens", "Resultat 2025", "Bedömning"], fill="E2EFDA")
    for omr, km, frek, res, bed, status, avv in rows:
        c = t.add_row().cells
        for cell, v in zip(c, (omr, km, frek, res, bed)):
            set_cell(cell, v)
        exp(fil, N, km, status, avv)
    col_widths(t, [3.2, 7.5, 2.8, 9.0, 3.5])
    d.add_paragraph()
    d.add_paragraph("Sara Holm, kultur- och fritidschef")
    FILES.append((save_doc(d, fil), "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden - [X]/[ ] text checkboxes, two tick questions;
#    nämnd only in the print header (förvaltning name) - body says only "nämnden"
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "IK_uppf_2025_T3.docx"
    N = "Miljö- och hälsoskyddsnämnden"
    d = new_doc(author="Karin Dahl")
    d.sections[0].header.paragraphs[0].text = "Miljöförvaltningen, Ekeryds kommun"
    fp = d.sections[0].footer.paragraphs[0]
    fp.text = "Blankett IK-03, version 2024-11"
    d.add_heading("Uppföljning av internkontroll – Tertial 3 2025", level=1)
    d.add_paragraph("Fyll i en rad per kontrollmoment i nämndens internkontrollplan. Kryssa [X] i rätt ruta. "
                    "Lämnas till ekonomikontoret senast 2026-01-23.")
    rows = [
        ("Tillsynsavgifter debiteras enligt taxa och tillsynsplan", "J", "J",
         "Två objekt var felklassade i riskklass och har rättats."),
        ("Livsmedelskontroller genomförs enligt fastställd kontrollplan", "D", "N",
         "82 % av planerade kontroller utförda, resterande flyttade till kv 1 2026."),
        ("Handläggare med jäv deltar inte i handläggning av ärenden", "J", "N", ""),
        ("Beslut fattade med stöd av delegation anmäls till nämnden", "J", "N", "Anmälda vid varje sammanträde."),
        ("Miljösanktionsavgifter tas ut enligt miljöbalken och förordningen", "N", "",
         "Ej genomförd – prioriterades bort till förmån för livsmedelskontrollen."),
        ("Tillsynsärenden arkiveras och gallras enligt dokumenthanteringsplanen", "J", "J",
         "Brister i gallringen av avslutade ärenden 2019–2020. Åtgärdsplan tas fram."),
    ]
    status_map = {"J": "GENOMFORD", "D": "DELVIS", "N": "EJ_GENOMFORD"}
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Kontrollmoment", "Kontrollen genomförd?", "Avvikelse upptäckt?", "Kommentar"], fill="FFF2CC")
    for i, (km, g, a, kom) in enumerate(rows, 1):
        c = t.add_row().cells
        set_cell(c[0], str(i))
        set_cell(c[1], km)
        set_cell(c[2], "[%s] Ja  [%s] Delvis  [%s] Nej" % ("X" if g == "J" else " ", "X" if g == "D" else " ", "X" if g == "N" else " "))
        set_cell(c[3], "[%s] Ja  [%s] Nej" % ("X" if a == "J" else " ", "X" if a == "N" else " "))
        set_cell(c[4], kom)
        avv = {"J": "ja", "N": "nej", "": ""}[a]
        exp(fil, N, km, status_map[g], avv)
    col_widths(t, [0.9, 5.8, 3.2, 2.6, 4.8])
    d.add_paragraph()
    d.add_paragraph("Uppgiftslämnare: Karin Dahl, miljöchef        Datum: 2026-01-19")
    FILES.append((save_doc(d, fil), "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - ✔ in one of four status columns under a merged header,
#    plan columns (sannolikhet/konsekvens) beside
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden årsuppföljning IKP 2025.docx"
    N = "Tekniska nämnden"
    d = new_doc(landscape=True, author="Ola Nyström")
    d.sections[0].header.paragraphs[0].text = "Tekniska förvaltningen"
    d.add_heading("Årsuppföljning internkontrollplan 2025", level=1)
    d.add_paragraph("Tekniska nämnden, Ekeryds kommun. Bilaga 3 till verksamhetsberättelse 2025.")
    d.add_paragraph("S = sannolikhet, K = konsekvens (1–4). Status markeras med ✔.")
    rows = [
        ("VA", "Vattenmätare avläses och debiteras korrekt", 3, 3, "G",
         "12 av 4 300 mätare hade felaktig avläsning, fakturorna är korrigerade.", "GENOMFORD", "ja"),
        ("Avfall", "Renhållningsavgift debiteras enligt beslutad avfallstaxa", 2, 3, "G",
         "Stickprov 50 abonnemang, inga avvikelser.", "GENOMFORD", "nej"),
        ("Fastighet", "Planerat underhåll utförs enligt underhållsplanen", 3, 4, "D",
         "70 % av planerade åtgärder utförda. Takbyte på Norrskolan skjuts till 2026.", "DELVIS", ""),
        ("Kost", "Livsmedelsinköp sker från upphandlade leverantörer", 2, 2, "G",
         "Avtalstrohet 97 %, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Fordon", "Drivmedelskort används endast för tjänstefordon", 2, 3, "E",
         "Ej genomförd, ny rutin för drivmedelskort införs 2026.", "EJ_GENOMFORD", ""),
        ("Lokalvård", "Kvalitetskontroll av städentreprenad enligt avtal", 2, 2, "U",
         "Avtalet avslutades 2025-03-31, lokalvården bedrivs nu i egen regi.", "UTGAR", ""),
        ("Gata", "Skadeanmälningar från allmänheten hanteras inom 14 dagar", 3, 2, "G",
         "", "GENOMFORD", ""),
    ]
    t = d.add_table(rows=2, cols=9)
    t.style = "Table Grid"
    h1, h2 = t.rows[0].cells, t.rows[1].cells
    labels = ["Verksamhet", "Kontrollmoment", "S", "K"]
    for i, lab in enumerate(labels):
        m = h1[i].merge(h2[i])
        set_cell(m, lab, bold=True, size=9.5)
        shade(m, "DDEBF7")
    m = h1[4].merge(h1[7])
    set_cell(m, "Status helår 2025", bold=True, size=9.5)
    shade(m, "DDEBF7")
    for i, lab in zip(range(4, 8), ["Genomförd", "Delvis", "Ej genomförd", "Utgår"]):
        set_cell(h2[i], lab, bold=True, size=9)
        shade(h2[i], "DDEBF7")
    m = h1[8].merge(h2[8])
    set_cell(m, "Kommentar", bold=True, size=9.5)
    shade(m, "DDEBF7")
    for verks, km, s, k, st, kom, status, avv in rows:
        c = t.add_row().cells
        set_cell(c[0], verks)
        set_cell(c[1], km)
        set_cell(c[2], str(s))
        set_cell(c[3], str(k))
        for i, code in zip(range(4, 8), "GDEU"):
            set_cell(c[i], "✔" if st == code else "")
            c[i].paragraphs[0].alignment = 1
        set_cell(c[8], kom)
        exp(fil, N, km, status, avv)
    col_widths(t, [2.4, 7.0, 0.8, 0.8, 2.0, 1.6, 2.0, 1.5, 8.0])
    d.add_paragraph()
    d.add_paragraph("Ola Nyström, teknisk chef")
    FILES.append((save_doc(d, fil), "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) with attachment checkboxes but no follow-up
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev internkontroll Socialnämnden 2025.docx"
    d = new_doc(author="Lena Ahmadi")
    d.sections[0].header.paragraphs[0].text = "Socialförvaltningen"
    d.add_paragraph("Till: Ekonomikontoret, Ekeryds kommun")
    d.add_paragraph("Datum: 2026-01-30")
    d.add_heading("Följebrev – uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för helåret 2025, "
                    "behandlad av nämnden 2026-01-28 § 5. Uppföljningen finns i separat fil.")
    d.add_paragraph("Bifogade handlingar:")
    d.add_paragraph("☒ Uppföljning av intern kontroll helår 2025")
    d.add_paragraph("☒ Protokollsutdrag SN 2026-01-28 § 5")
    d.add_paragraph("☐ Internkontrollplan 2026 (översänds efter beslut i februari)")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nLena Ahmadi\nSocialchef")
    FILES.append((save_doc(d, fil), "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Ekeryds Bostäder AB", "EBAB|Ekerydshem"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if n not in keep and os.path.isfile(p):
            os.remove(p)
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_kfn()
    file_mhn()
    file_tn()
    file_reject()

    def wcsv(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], sorted(FILES))
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
