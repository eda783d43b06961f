#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r508 - Gagnefs kommun, delår 2025.

Builds 7 follow-up files + 1 empty document (to be rejected), and
namnder.csv, files.csv, expected.csv. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round508"
FIXED = datetime.datetime(2025, 9, 5, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert "\n" not in km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpdir = tempfile.mkdtemp(prefix="r508conv_")
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", tmpdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpdir)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpdir, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpdir, ignore_errors=True)


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps (byte-deterministic output)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 5, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if name.startswith("docProps/core.xml"):
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-09-05T10:00:00Z\g<2>", data)
            z.writestr(zi, data)


def fixed_props_xlsx(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fixed_props_docx(d, author, title=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, status OK / Ej OK / Pågår / Utgår with legend
# ---------------------------------------------------------------------------
def build_ks():
    fil = "IK delår 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Gagnefs kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Förvaltning: Kommunledningsförvaltningen"
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Planerad klar", "Ansvarig", "Status delår", "Kommentar/resultat"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor per tertial", "Tertial", "Löpande", "Ekonomichef", "OK",
             "Stickprov om sammanlagt 50 fakturor (T1 och T2). Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll att representation och förtroendekänsliga poster följer riktlinjerna (syfte och deltagare anges)",
             "Genomgång av samtliga representationsfakturor", "Halvår", "Delår", "Redovisningsekonom", "Ej OK",
             "4 av 18 fakturor saknade deltagarförteckning. Påminnelse om riktlinjerna har skickats till samtliga chefer.", "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Månatlig avstämning av balanskonton mot underliggande specifikationer",
             "Avstämning mot huvudbok", "Månadsvis", "Löpande", "Redovisningsekonom", "OK",
             "Utförd för januari–juli.", "GENOMFORD", "nej"),
        ]),
        ("2. Personal", [
            ("2.1", "Lön", "Kontroll av att löneutbetalningar upphör vid avslutad anställning",
             "Lista över avslutade anställningar körs mot utbetalningar", "Kvartal", "Löpande", "HR-chef", "Pågår",
             "Kvartal 1 kontrollerat utan anmärkning, kvartal 2 pågår.", "DELVIS", "nej"),
            ("2.2", "Bisysslor", "Kontroll att samtliga chefer har redovisat eventuella bisysslor",
             "Enkät till chefer och genomgång av svar", "Årligen", "Delår", "HR-chef", "",
             "Ej påbörjad. Flyttas till hösten på grund av byte av HR-system.", "EJ_GENOMFORD", ""),
            ("2.3", "Rehabilitering", "Uppföljning av att rehabiliteringsutredning påbörjas inom 30 dagar vid upprepad korttidsfrånvaro",
             "Uttag ur HR-systemet, samtliga ärenden", "Halvår", "Delår", "HR-konsult", "OK",
             "Kontroll genomförd. I 2 av 11 ärenden påbörjades utredningen senare än 30 dagar.", "GENOMFORD", "ja"),
        ]),
        ("3. IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Kontroll av behörigheter i ekonomisystemet – endast behöriga har attesträtt",
             "Behörighetslista jämförs mot attestförteckning", "Årligen", "Helår", "Systemförvaltare ekonomi", "Pågår",
             "Uttag av behörighetslista gjort, jämförelse pågår.", "DELVIS", ""),
            ("3.2", "Informationssäkerhet", "Genomförande av informationssäkerhetsutbildning för nyanställda",
             "Uttag ur utbildningsplattformen", "Halvår", "Delår", "Informationssäkerhetssamordnare", "Utgår",
             "Utgår enligt KS beslut 2025-04-08 § 62, ersätts av kommungemensam kontroll.", "UTGAR", ""),
        ]),
        ("4. Upphandling", [
            ("4.1", "Direktupphandling", "Dokumentation av direktupphandlingar över 100 000 kr",
             "Stickprov 10 direktupphandlingar", "Halvår", "Delår", "Upphandlare", "Ej OK",
             "Dokumentation saknades helt eller delvis i 3 av 10 fall.", "GENOMFORD", "ja"),
            ("4.2", "Avtalstrohet", "Kontroll av avtalstrohet vid inköp av kontorsmaterial",
             "Leverantörsanalys i inköpsanalysverktyget", "Årligen", "Helår", "Upphandlingschef", "", "", "SAKNAS", ""),
        ]),
    ]
    status_fill = {"OK": GREEN, "Ej OK": RED, "Pågår": YELLOW, "Utgår": GREY}
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = BOLD
        ws.cell(r, 1).fill = fill("F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for row in rows:
            vals = row[:9]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border = BORDER
                cell.alignment = WRAP
            st = vals[7]
            if st in status_fill:
                ws.cell(r, 8).fill = fill(status_fill[st])
            exp(fil, N, vals[2], row[9], row[10])
            r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring status:").font = BOLD
    legend = [
        "OK = Kontrollen är genomförd och inga brister har noterats",
        "Ej OK = Kontrollen är genomförd och brister har noterats (se kommentar)",
        "Pågår = Kontrollen är påbörjad men inte avslutad",
        "Utgår = Kontrollmomentet har strukits genom beslut",
        "Tom ruta = ingen uppgift lämnad",
    ]
    for line in legend:
        r += 1
        ws.cell(r, 2, line)
    r += 2
    ws.cell(r, 1, "Upprättad av: Maria Hedlund, controller, 2025-09-05")
    widths = [6, 20, 48, 32, 11, 12, 22, 12, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Internkontroll 2025 – Kommunstyrelsen"
    fixed_props_xlsx(wb, "Maria Hedlund")
    wb.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - docx, percentage done per control
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def build_bun():
    fil = "BUN Uppföljning internkontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixed_props_docx(d, "Eva Berglund", "Uppföljning internkontroll delår 2025")
    p = d.add_paragraph()
    r = p.add_run("GAGNEFS KOMMUN")
    r.bold = True
    p.add_run("\tTjänsteskrivelse\nBarn- och utbildningsförvaltningen\tDnr BUN 2025/14")
    d.add_heading("Uppföljning av intern kontroll – delår 1 januari–31 augusti 2025", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 februari 2025 (§ 9). "
        "Nedan redovisas i vilken grad respektive kontrollmoment har genomförts fram till och med "
        "augusti. Andelen anges i procent av planerad kontroll för helåret; kontroller som ska vara "
        "slutförda vid delår ska ha 100 %.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen per 31 augusti 2025.")
    d.add_heading("Resultat per kontrollmoment", level=2)

    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "100 %",
         "Stickprov om 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att avgifter för förskola och fritidshem debiteras enligt beslutad taxa", "Administratör", "100 %",
         "40 avgiftsbeslut granskade. Fel taxa tillämpad i 2 fall, rättat och återbetalt.", "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Anmälan till huvudman om kränkande behandling sker skyndsamt (inom 5 arbetsdagar)", "Rektorer", "60 %",
         "Sammanställning klar för vårterminen.\nHöstterminen återstår.", "DELVIS", ""),
        ("Trygghet och studiero", "Uppföljning av elevers frånvaro – att hög frånvaro (över 15 %) utreds", "Elevhälsochef", "0 %",
         "Ej påbörjad, rutinen för frånvarouppföljning revideras under hösten.", "EJ_GENOMFORD", ""),
        ("Trygghet och studiero", "Inventering av att samtliga förskolor har aktuell krisplan", "Förskolechefer", "50 %",
         "Fem av tio förskolor har reviderat sin krisplan.", "DELVIS", ""),
        ("Myndighetsutövning", "Handläggning av ansökningar om skolskjuts inom 4 veckor", "Skolskjutshandläggare", "100%",
         "", "GENOMFORD", ""),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning", "HR-specialist", "100 %",
         "25 nyanställningar kontrollerade, samtliga hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("Personal", "Kontroll av att lärarlegitimation finns för undervisande personal", "HR-specialist", "80 %",
         "Kontroll genomförd på 4 av 5 skolor. Djurås skola återstår.", "DELVIS", ""),
        ("Informationssäkerhet", "Loggkontroll i elevdokumentationssystemet", "Systemförvaltare", "–",
         "", "SAKNAS", ""),
        ("Informationssäkerhet", "Gallring av elevakter enligt informationshanteringsplanen", "Arkivansvarig", "Utgår",
         "Ej aktuell 2025, flyttas till plan 2026 enligt BUN beslut 2025-05-13 § 33.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomfört (%)", "Kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    start = {}
    for idx, row in enumerate(rows):
        cells = t.add_row().cells
        for i in range(5):
            set_cell(cells[i], row[i])
        exp(fil, N, row[1], row[5], row[6])
    # merge Kontrollområde vertically per group
    groups = []
    for idx, row in enumerate(rows, 1):
        if groups and groups[-1][0] == row[0]:
            groups[-1][2] = idx
        else:
            groups.append([row[0], idx, idx])
    for name, a, b in groups:
        if b > a:
            merged = t.cell(a, 0).merge(t.cell(b, 0))
            set_cell(merged, name)
    tot = t.add_row().cells
    set_cell(tot[0], "Totalt", bold=True)
    set_cell(tot[3], "66 %", bold=True)
    set_cell(tot[4], "Genomsnitt för de kontrollmoment som ingår i planen", bold=True)
    widths = [Cm(3.0), Cm(6.0), Cm(2.8), Cm(2.2), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Samlad bedömning: förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "De kontrollmoment som inte är slutförda kommer att redovisas i helårsuppföljningen.")
    d.add_paragraph()
    d.add_paragraph("Gagnef 2025-09-09")
    d.add_paragraph("Eva Berglund\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Socialnämnden - ods (via LibreOffice), "Klar" + date, T1 and delår side by side
# ---------------------------------------------------------------------------
def build_sn(tmp):
    fil = "Socialnämnden IK-plan 2025 uppföljning T1 och delår.ods"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 (jan–apr) och delår (jan–aug)"
    ws["A3"] = ("Instruktion: skriv \"Klar\" och datum när kontrollen är slutförd, annars \"Pågår\" "
                "eller \"Ej påbörjad\". Avvikelser beskrivs i kommentarsfältet.")
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    # two-level header
    ws.cell(5, 1, "Plan")
    ws.merge_cells("A5:E5")
    ws.cell(5, 6, "Uppföljning")
    ws.merge_cells("F5:H5")
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
           "T1 (jan–apr)", "Delår (jan–aug)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(6, c, h)
    for rr in (5, 6):
        for c in range(1, 9):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).fill = fill("DDEBF7")
            ws.cell(rr, c).border = BORDER
            ws.cell(rr, c).alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Enhetschef IFO", "Tertial", "Klar 2025-04-25", "Klar 2025-08-22",
         "Stickprov 20 ärenden per tertial, inga avvikelser.", "GENOMFORD", "nej"),
        ("Barn och unga", "Barn i behov av skydd uppmärksammas inte i tid",
         "Förhandsbedömning av orosanmälningar inom 14 dagar",
         "Enhetschef IFO", "Tertial", "Pågår", "Klar 12/6",
         "92 av 101 anmälningar bedömda inom 14 dagar.\nOrsaker till förseningar analyseras.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Insatser utförs inte enligt beslut",
         "Kontroll av att genomförandeplaner finns och är uppdaterade inom hemtjänsten",
         "Enhetschef hemtjänst", "Årligen", "Klar 2025-03-31", "",
         "Kontrollen gjordes på hela ärendemängden i mars. Inga brister.", "GENOMFORD", "nej"),
        ("Kvalitet", "Missförhållanden åtgärdas inte",
         "Kontroll av att avvikelser och lex Sarah-rapporter utreds och återkopplas",
         "Kvalitetsutvecklare", "Tertial", "Ej påbörjad", "Pågår",
         "Genomgång av 30 av 55 avvikelser gjord.", "DELVIS", ""),
        ("LSS", "Beslut verkställs inte inom skälig tid",
         "Uppföljning av att beslut om insatser enligt LSS verkställs inom tre månader",
         "Enhetschef LSS", "Halvår", "", "Ej påbörjad",
         "Skjuts till tertial 3 på grund av vakant tjänst som verksamhetsutvecklare.", "EJ_GENOMFORD", ""),
        ("Särskilt boende", "Brukares pengar hanteras felaktigt",
         "Kontroll av hantering av brukares privata medel på särskilda boenden",
         "Enhetschef SÄBO", "Tertial", "Klar 2025-02-14", "Klar med avvikelse 2025-06-30",
         "Kassaboken på Mockfjärdsgården var inte avstämd april–maj. Åtgärdat i juni.", "GENOMFORD", "ja"),
        ("Dokumentation", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", "Tertial", "Klar", "Klar 2025-08-15", "", "GENOMFORD", ""),
        ("Bemanning", "Brott mot LAS",
         "Kontroll av att timanställda inte överskrider tillåten anställningstid enligt LAS",
         "HR-konsult", "Tertial", "Pågår", "Pågår", "", "DELVIS", ""),
        ("Avgifter", "Felaktig debitering",
         "Kontroll av att hemtjänstavgifter debiteras enligt beslut och taxa",
         "Avgiftshandläggare", "Halvår", "", "", "", "SAKNAS", ""),
        ("Placeringar", "Köpta placeringar följs inte upp",
         "Avtalsuppföljning av köpta HVB-placeringar",
         "Enhetschef IFO", "Halvår", "Ej aktuell", "",
         "Inga köpta HVB-placeringar under perioden.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställd av Lena Forsberg, kvalitetsutvecklare, 2025-09-03")
    for i, w in enumerate([18, 28, 50, 20, 10, 16, 24, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fixed_props_xlsx(wb, "Lena Forsberg")
    src = os.path.join(tmp, "sn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  Gagnefs Bostäder AB - xlsx, ticks per month
# ---------------------------------------------------------------------------
def build_gbab():
    fil = "GBAB internkontroll 2025 avstämning jan-aug.xlsx"
    N = "Gagnefs Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Avstämning 2025"
    ws["A1"] = "Gagnefs Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – avstämning per månad, rapport till styrelsen per 31 augusti 2025"
    ws["A2"].font = Font(bold=True)
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    ws.cell(4, 4, "Utförd kontroll 2025")
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=15)
    ws.cell(4, 4).alignment = Alignment(horizontal="center")
    hdr = ["Kontrollmoment", "Frekvens", "Ansvarig"] + months + ["Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
    ws.cell(4, 4).font = BOLD
    T, X, D = "✓", "!", "–"
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Månad", "Ekonomiansvarig",
         [T] * 8, "", "GENOMFORD", "nej"),
        ("Avstämning av hyresreskontra mot huvudbok", "Månad", "Ekonomiansvarig",
         [T, T, T, T, X, T, T, T], "Maj: differens 3 450 kr, utredd och rättad i juni.", "GENOMFORD", "ja"),
        ("Kontroll av hyresavier mot hyresavtal vid nyuthyrning", "Månad", "Uthyrare",
         [T, T, T, T, T, T, D, D], "Ej utfört juli–augusti p.g.a. semester.", "DELVIS", ""),
        ("Uppföljning av hyresfordringar och inkassoärenden", "Kvartal", "VD",
         ["", "", T, "", "", T, "", ""], "", "GENOMFORD", "nej"),
        ("Kontroll av nyckel- och passerkortsregister", "Halvår", "Fastighetschef",
         ["", "", "", "", "", X, "", ""], "12 passerbrickor ej återlämnade av avflyttade hyresgäster, spärrade.", "GENOMFORD", "ja"),
        ("Systematiskt brandskyddsarbete (SBA) – kontroll i samtliga fastigheter", "Årligen", "Fastighetschef",
         ["", "", "", T, "", "", "", ""], "Genomförd i samband med vårronderna.", "GENOMFORD", "nej"),
        ("Kontroll av att ramavtal följs vid beställning av entreprenader", "Kvartal", "VD",
         ["", "", T, "", "", D, "", ""], "Kvartal 2 ej utförd.", "DELVIS", ""),
        ("Uppföljning av energiförbrukning per fastighet", "Årligen", "Drifttekniker",
         [""] * 8, "Ej påbörjad – görs i samband med bokslutet.", "EJ_GENOMFORD", ""),
        ("Kontroll av anställdas bisysslor", "Årligen", "VD",
         [""] * 8, "", "SAKNAS", ""),
    ]
    r = 6
    for km, frek, ans, ticks, kom, st, avv in rows:
        vals = [km, frek, ans] + ticks + [""] * 4 + [kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            if 4 <= c <= 15:
                cell.alignment = Alignment(horizontal="center")
                if v == X:
                    cell.font = Font(bold=True, color="C00000")
            else:
                cell.alignment = WRAP
        # grey out months after the period
        for c in range(12, 16):
            ws.cell(r, c).fill = fill("F2F2F2")
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    r += 1
    ws.cell(r, 1, "✓ = kontroll utförd utan anmärkning    ! = kontroll utförd, avvikelse noterad (se kommentar)    "
                  "– = planerad kontroll ej utförd    tom ruta = ingen kontroll planerad denna månad")
    r += 2
    ws.cell(r, 1, "Avstämt av: Per Andersson, VD, 2025-09-04")
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 17
    for c in range(4, 16):
        ws.column_dimensions[get_column_letter(c)].width = 5
    ws.column_dimensions["P"].width = 55
    # an instruction sheet
    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Instruktion för avstämning"
    ws2["A1"].font = BOLD
    ws2["A3"] = "Markera varje månad då kontrollen har utförts. Kontroller med frekvens kvartal/halvår/år markeras den månad de utförs."
    ws2["A4"] = "Avvikelser ska alltid kommenteras och rapporteras till VD."
    ws2["A5"] = "Sammanställningen rapporteras till styrelsen i samband med delårsbokslutet och årsbokslutet."
    fixed_props_xlsx(wb, "Per Andersson")
    wb.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  Samhällsbyggnadsnämnden - xls (via LibreOffice), status mixing words and colours
# ---------------------------------------------------------------------------
def build_sbn(tmp):
    fil = "SBN IK 2025 delår.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (t.o.m. augusti)"
    ws["A3"] = "Samhällsbyggnadsförvaltningen, Gagnefs kommun"
    # legend top right
    ws["F1"] = "Färgförklaring"
    ws["F1"].font = BOLD
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend, 2):
        ws.cell(i, 6).fill = fill(col)
        ws.cell(i, 6).border = BORDER
        ws.cell(i, 7, txt)
    hdr = ["Område", "Kontrollmoment", "Omfattning", "Ansvarig", "Status", "Resultat/kommentar", "Åtgärd"]
    R0 = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(R0, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.border = BORDER
    rows = [
        ("Bygglov", "Handläggningstid för bygglov – beslut inom 10 veckor enligt PBL", "Samtliga ärenden jan–jun",
         "Bygglovschef", GREEN, "", "146 ärenden, samtliga beslutade inom lagstadgad tid.", "", "GENOMFORD", "nej"),
        ("Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt taxa", "Stickprov 15 ärenden",
         "Bygglovschef", GREEN, "Klar", "Fel timdebitering i 2 ärenden.", "Korrigerade fakturor skickade.", "GENOMFORD", "ja"),
        ("Bygglov", "Diarieföring och arkivering av avslutade bygglovsärenden", "Stickprov 20 ärenden",
         "Nämndsekreterare", YELLOW, "", "Hälften av stickproven genomgångna.", "", "DELVIS", ""),
        ("Miljö", "Tillsynsplanen följs – planerade inspektioner genomförs", "Uppföljning mot tillsynsplan",
         "Miljöchef", YELLOW, "Gul", "58 % av planerade inspektioner utförda per 31/8.", "Extra resurs under hösten.", "DELVIS", ""),
        ("Miljö", "Kontroll av att årliga tillsynsavgifter faktureras", "Avstämning mot ärendesystemet",
         "Miljöchef", None, "Pågår", "", "", "DELVIS", ""),
        ("Livsmedel", "Kontrollrapporter för livsmedelskontroll skickas inom 14 dagar", "Stickprov 10 kontrollrapporter",
         "Livsmedelsinspektör", RED, "", "Ej genomförd – personalbrist under våren.", "Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("GIS", "Rutin för inmätning och uppdatering av primärkartan följs", "Genomgång av 2025 års inmätningar",
         "GIS-ingenjör", RED, "Genomförd", "", "", "OKLAR", ""),
        ("Planering", "Kontroll av att planavtal tecknas innan planarbete påbörjas", "Samtliga planuppdrag",
         "Planchef", GREY, "Utgår", "Inga nya planuppdrag under 2025.", "", "UTGAR", ""),
        ("Bostadsanpassning", "Beslut om bostadsanpassningsbidrag fattas inom 8 veckor", "Stickprov 10 ärenden",
         "Handläggare BAB", GREEN, "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Trafik", "Parkeringstillstånd för rörelsehindrade prövas enligt riktlinje", "Stickprov 10 ärenden",
         "Trafikhandläggare", None, "", "", "", "SAKNAS", ""),
    ]
    r = R0 + 1
    for omr, km, omf, ans, col, sttxt, res, atg, st, avv in rows:
        vals = [omr, km, omf, ans, sttxt, res, atg]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        if col:
            ws.cell(r, 5).fill = fill(col)
        ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Beslutad av samhällsbyggnadsnämnden 2025-09-16, § 87")
    for i, w in enumerate([16, 50, 26, 18, 12, 45, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fixed_props_xlsx(wb, "Samhällsbyggnadsförvaltningen")
    src = os.path.join(tmp, "sbn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Stratsys export - csv (cp1252), two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_Internkontroll_Delar2025_export.csv"
    TN, VN = "Tekniska nämnden", "Valnämnden"
    org = {TN: "Gagnefs kommun > Tekniska nämnden", VN: "Gagnefs kommun > Valnämnden"}
    colour = {"Genomförd": "Grön", "Genomförd med avvikelse": "Grön", "Pågående": "Gul",
              "Ej påbörjad": "Röd", "Ej aktuell": "Grå", "": ""}
    # (nämnd, process, km, ansvarig, frekvens, (T1 status, T1 komm), (Delår status, delår komm), exp status, avv)
    ctrls = [
        (TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom teknik", "Tertial",
         ("Genomförd", "Stickprov 15 fakturor, inga avvikelser."),
         ("Genomförd", "Stickprov 20 fakturor, inga avvikelser."), "GENOMFORD", "nej"),
        (TN, "Fordon", "Kontroll av körjournaler för kommunens fordon", "Fordonssamordnare", "Tertial",
         ("Pågående", "Insamling av körjournaler pågår."),
         ("Genomförd med avvikelse", "Körjournal saknades för 2 fordon i mars. Rutinen har förtydligats."), "GENOMFORD", "ja"),
        (TN, "Gata/park", "Uppföljning av att entreprenörer för vinterväghållning följer avtalet", "Gatuchef", "Årligen",
         ("Genomförd", "Avtalsuppföljning gjord vid säsongsavslut i april, inga avvikelser."),
         ("", ""), "GENOMFORD", "nej"),
        (TN, "Lokalvård", "Kontroll av att lokalvård utförs enligt serviceavtal", "Lokalvårdschef", "Tertial",
         ("Ej påbörjad", ""),
         ("Pågående", "Kontroll gjord på 6 av 14 enheter."), "DELVIS", ""),
        (TN, "Ekonomi", "Kontroll av att inventarier över ett prisbasbelopp registreras i anläggningsregistret", "Ekonom teknik", "Årligen",
         ("", ""),
         ("Ej påbörjad", "Planeras till oktober."), "EJ_GENOMFORD", ""),
        (TN, "Arbetsmiljö", "Skyddsronder i kommunens förråd och verkstäder", "Driftchef", "Halvår",
         ("", ""),
         ("Ej aktuell", "Kontrollmomentet struket av TN 2025-05-20 § 48, ingår i arbetsmiljöuppföljningen."), "UTGAR", ""),
        (TN, "Kost", "Kontroll av fakturering av måltider till externa kunder", "Kostchef", "Tertial",
         ("", ""), ("", ""), "SAKNAS", ""),
        (VN, "Val 2026", "Rekrytering och utbildning av röstmottagare inför valet 2026 enligt tidplan", "Valsamordnare", "Årligen",
         ("", ""),
         ("Pågående", "Rekrytering påbörjad, utbildningar planeras våren 2026."), "DELVIS", ""),
        (VN, "Val 2026", "Säker förvaring av valsedlar och valmaterial i låst utrymme", "Valsamordnare", "Årligen",
         ("", ""),
         ("Genomförd", "Inventering gjord 2025-06-10, inga brister."), "GENOMFORD", "nej"),
    ]
    lines = []
    lines.append(["Rapport: Intern kontroll - uppföljning kontrollmoment", "", "", "", "", "", "", "", ""])
    lines.append(["Urval: Gagnefs kommun, 2025, Tertial 1 2025; Delår 2025", "", "", "", "", "", "", "", ""])
    lines.append(["Utskriven: 2025-09-02 14:31 av ekonomiavdelningen", "", "", "", "", "", "", "", ""])
    lines.append([])
    lines.append(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
                  "Period", "Status", "Statusfärg", "Kommentar"])
    for n, proc, km, ans, frek, t1, dl, st, avv in ctrls:
        for per, (s, k) in (("Tertial 1 2025", t1), ("Delår 2025", dl)):
            lines.append([org[n], proc, km, ans, frek, per, s, colour[s], k])
        exp(fil, n, km, st, avv)
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", VN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F7  Kultur- och fritidsnämnden - .doc (via LibreOffice), stars with legend,
#     nämnd only in page header and file name
# ---------------------------------------------------------------------------
def build_kfn(tmp):
    fil = "IK uppföljning delår 2025 Kultur och fritid.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fixed_props_docx(d, "Karin Nyström", "Internkontroll delår 2025")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsnämnden\tGagnefs kommun\t2025-09-08"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida 1"
    d.add_heading("Uppföljning av internkontrollplan 2025, delår", level=1)
    d.add_paragraph(
        "Uppföljningen avser perioden januari–augusti 2025. Varje kontrollmoment har bedömts av "
        "ansvarig tjänsteperson. Bedömningen redovisas med stjärnor enligt förklaringen under tabellen.")
    rows = [
        ("1", "Kontroll av att bidrag till föreningar betalas ut enligt beslut och bidragsregler", "Fritidskonsulent",
         "***", "Samtliga 34 utbetalningar kontrollerade.", "GENOMFORD", "nej"),
        ("2", "Kontroll av kassahantering och dagskassor på biblioteken", "Bibliotekschef",
         "**", "Differens i dagskassan vid två tillfällen, under 200 kr vardera.", "GENOMFORD", "ja"),
        ("3", "Kontroll av att uthyrning av idrottshallar faktureras enligt taxa", "Bokningsansvarig",
         "*", "Januari–april kontrollerat, maj–augusti återstår.", "DELVIS", ""),
        ("4", "Uppföljning av driftsavtal med föreningar för idrottsanläggningar", "Kultur- och fritidschef",
         "0", "Skjuts till 2026 då nya avtal tecknas.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av att konstinventariet är uppdaterat", "Kultursekreterare",
         "Se bilaga 2", "", "OKLAR", ""),
        ("6", "Kontroll av att studieförbundens redovisningar kommer in i rätt tid", "Fritidskonsulent",
         "***", "", "GENOMFORD", "nej"),
        ("7", "Kontroll av att ledare i fritidsgårdsverksamheten har lämnat utdrag ur belastningsregistret",
         "Fritidsgårdsföreståndare", "**", "Utdrag saknades för 1 av 9 ledare, inhämtat i juni.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Bedömning", "Kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            set_cell(cells[i], row[i], size=10)
        exp(fil, N, row[1], row[5], row[6])
    widths = [Cm(1.0), Cm(6.5), Cm(3.2), Cm(2.3), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Förklaring bedömning").bold = True
    d.add_paragraph("***  Kontrollen genomförd utan anmärkning")
    d.add_paragraph("**  Kontrollen genomförd med anmärkning – avvikelse har noterats och åtgärdas")
    d.add_paragraph("*  Kontrollen påbörjad men inte slutförd")
    d.add_paragraph("0  Kontrollen ej påbörjad")
    d.add_paragraph()
    d.add_paragraph("Karin Nyström\nKultur- och fritidschef")
    src = os.path.join(tmp, "kfn.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F8  Överförmyndarnämnden - an empty Word document (must be rejected)
# ---------------------------------------------------------------------------
def build_empty():
    fil = "Uppföljning internkontroll delår 2025 Överförmyndarnämnden.docx"
    d = docx.Document()
    fixed_props_docx(d, "Överförmyndarenheten", "")
    d.save(os.path.join(HERE, fil))
    normalize_zip(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Bygg och miljö"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|KoF|Kultur- och fritidsförvaltningen"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Krisledningsnämnden", "KLN"),
    ("Gagnefs Bostäder AB", "GBAB|Gagnefs Bostäder|Bostadsbolaget"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    produced = [
        "IK delår 2025 Kommunstyrelsen.xlsx",
        "BUN Uppföljning internkontroll delår 2025.docx",
        "Socialnämnden IK-plan 2025 uppföljning T1 och delår.ods",
        "GBAB internkontroll 2025 avstämning jan-aug.xlsx",
        "SBN IK 2025 delår.xls",
        "Stratsys_Internkontroll_Delar2025_export.csv",
        "IK uppföljning delår 2025 Kultur och fritid.doc",
        "Uppföljning internkontroll delår 2025 Överförmyndarnämnden.docx",
    ]
    for p in produced:
        if os.path.exists(os.path.join(HERE, p)):
            os.remove(os.path.join(HERE, p))
    tmp = tempfile.mkdtemp(prefix="r508build_")
    try:
        build_ks()
        build_bun()
        build_sn(tmp)
        build_gbab()
        build_sbn(tmp)
        build_stratsys()
        build_kfn(tmp)
        build_empty()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    # consistency
    reg = {n for n, _ in NAMNDER}
    inl = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, km, st, av in EXPECTED:
        assert (f, n) in inl, (f, n)
        assert n in reg, n
        assert st in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"}, st
        assert av in {"ja", "nej", ""}, av
    for f, u, n, _, _ in FILES:
        assert os.path.exists(os.path.join(HERE, f)), f
        if u == "INLAST":
            assert n in reg
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
