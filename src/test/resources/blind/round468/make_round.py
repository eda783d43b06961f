#!/usr/bin/python3
"""Blind round 468 - Habo kommun, T1 (jan-april) 2025.

Builds every file of the round plus namnder.csv, files.csv, expected.csv into the
folder this script lives in. Deterministic (fixed document properties; LibreOffice
conversions may embed their own timestamps, the content is fixed).
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
import xlwt
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 14, 9, 30, 0)
LO_PROFILE = "file:///tmp/lo-round468"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows, merged process cells, word statuses
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "IK-uppföljning T1 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # process, km, metod, ansvarig, status, kommentar, exp_status, exp_avv
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Redovisningsansvarig", "Genomförd",
         "20 fakturor granskade, samtliga korrekt attesterade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Ändring av bankuppgifter i leverantörsregistret görs endast efter verifiering med leverantören",
         "Genomgång av ändringslogg i Raindance", "Ekonomichef", "Genomförd med avvikelse",
         "2 av 14 ändringar saknade dokumenterad återkontakt med leverantören. Rutinen har förtydligats och gåtts igenom med ekonomiassistenterna.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Representation och förtroendekänsliga poster redovisas med syfte och deltagare",
         "Stickprov 10 verifikationer", "Controller", "Pågår",
         "6 av 10 verifikationer granskade utan anmärkning. Resterande granskas i maj.", "DELVIS", "nej"),
        ("Upphandling och inköp", "Avtalstrohet vid inköp av varor och tjänster",
         "Analys av inköpsdata (spendanalys)", "Upphandlare", "Ej påbörjad",
         "Planeras till tertial 2 när nytt analysverktyg är på plats.", "EJ_GENOMFORD", ""),
        ("Upphandling och inköp", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "Genomgång av samtliga direktupphandlingar jan–april", "Upphandlingschef", "Genomförd",
         "Tre av elva direktupphandlingar saknade dokumentation. Påminnelse har skickats till berörda chefer.",
         "GENOMFORD", "ja"),
        ("HR och personal", "Löneutbetalningar till personer som avslutat sin anställning",
         "Kontroll av avslutade anställningar mot lönefil", "HR-chef", "Genomförd",
         "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("HR och personal", "Rehabiliteringsärenden dokumenteras enligt rutin för rehabilitering",
         "Genomgång av pågående ärenden i Adato", "HR-specialist", "Delvis genomförd",
         "Rutinen följs i huvudsak, men två ärenden saknade upprättad rehabiliteringsplan.", "DELVIS", "ja"),
        ("Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Behörighetsgenomgång", "Systemförvaltare", "Genomförd", "", "GENOMFORD", ""),
        ("Informationssäkerhet", "Diarieföring av inkomna allmänna handlingar sker utan dröjsmål",
         "Stickprov i W3D3", "Registrator", "Utgår",
         "Kontrollen utgår enligt KS beslut 2025-03-04 § 41 och ersätts av en granskning av e-arkivet under hösten.",
         "UTGAR", ""),
        ("Politisk styrning", "Verkställighet av kommunstyrelsens beslut följs upp",
         "Genomgång av beslutslista", "Kanslichef", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    fix_props(wb, "Ekonomienheten Habo kommun")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Tertial 1 (januari–april 2025)"
    ws["A4"] = "Upprättad av: Ekonomienheten, 2025-05-12"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(bold=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Kommentar / iakttagelser"]
    r0 = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    r = r0 + 1
    start = {}
    for n, (proc, km, met, ans, st, kom, es, ea) in enumerate(rows, 1):
        vals = [n, proc, km, met, ans, st or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        start.setdefault(proc, []).append(r)
        exp(fil, N, km, es, ea)
        r += 1
    for proc, rr in start.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 10")
    ws.cell(row=r + 2, column=1, value="Godkänd av: Anna Lindqvist, kommundirektör")
    ws.cell(row=r + 3, column=1, value="Datum: 2025-05-12")
    for col, w in zip("ABCDEFG", (5, 20, 48, 30, 20, 22, 60)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Habo kommun – Kommunstyrelsen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, statuses only as fills, legend on top
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN uppföljning internkontroll tertial 1 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    GREEN, ORANGE, YELLOW, RED, GREY = "00B050", "FFC000", "FFFF00", "FF0000", "BFBFBF"
    rows = [
        ("Ekonomi", "Felaktiga avgifter", "Kontroll av att barnomsorgsavgifter debiteras enligt gällande maxtaxa",
         "Tertial", "Avgiftshandläggare", GREEN, "Stickprov 15 hushåll, korrekt debitering.", "GENOMFORD", "nej"),
        ("Ekonomi", "Betalning för ej utförda tjänster",
         "Skolskjutsar – kontroll av att fakturerade turer överensstämmer med avtal",
         "Tertial", "Controller BUF", YELLOW, "Granskning av januari–februari klar, mars–april pågår.", "DELVIS", ""),
        ("Elevhälsa och trygghet", "Kränkningar utreds inte",
         "Anmälan till huvudman om kränkande behandling sker skyndsamt",
         "Tertial", "Rektorer", ORANGE,
         "3 av 12 anmälningar gjordes senare än fem arbetsdagar efter händelsen. Påminnelse om rutinen på rektorsmöte 2025-04-22.",
         "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Elever med hög frånvaro fångas inte upp",
         "Uppföljning av elevers frånvaro enligt rutin för problematisk skolfrånvaro",
         "Tertial", "Elevhälsochef", YELLOW, "Pågår på samtliga skolor.", "DELVIS", ""),
        ("Personal", "Olämplig person anställs",
         "Utdrag ur belastningsregistret har uppvisats vid nyanställning inom förskola och skola",
         "Tertial", "HR-partner", GREEN, "Samtliga 23 nyanställningar kontrollerade.", "GENOMFORD", "nej"),
        ("Personal", "Obehörig undervisning",
         "Lärarlegitimation och behörighet kontrolleras vid anställning",
         "Två ggr/år", "HR-partner", RED, "Ej påbörjad, görs i samband med höstens rekrytering.", "EJ_GENOMFORD", ""),
        ("Systematiskt kvalitetsarbete", "Brister i uppföljning",
         "Rektorernas kvalitetsrapporter lämnas enligt årshjulet",
         "Helår", "Verksamhetsutvecklare", GREY, "Utgår 2025, ersätts av nytt kvalitetssystem (BUN 2025-02-18 § 12).",
         "UTGAR", ""),
        ("Systematiskt kvalitetsarbete", "Elever får inte det stöd de har rätt till",
         "Beslut om särskilt stöd dokumenteras i åtgärdsprogram",
         "Tertial", "Rektorer", None, "", "SAKNAS", ""),
        ("Arbetsmiljö", "Tillbud rapporteras inte",
         "Tillbud och arbetsskador i förskolan rapporteras i KIA",
         "Tertial", "Förskolechefer", None, "Klart – samtliga enheter rapporterar, inga brister noterade.",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    fix_props(wb, "BUF Habo")
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025, uppföljning tertial 1"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    legend = [(GREEN, "Genomförd utan avvikelse"), (ORANGE, "Genomförd med avvikelse"),
              (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd / ej påbörjad"), (GREY, "Utgår")]
    # legend laid out as colour/text pairs: row 2 B/C, D/E, F/G; row 3 B/C, D/E
    ws["A2"] = "Teckenförklaring:"
    ws["A2"].font = Font(bold=True)
    pos = [(2, 2), (2, 4), (2, 6), (3, 2), (3, 4)]
    for (rr, cc), (color, text) in zip(pos, legend):
        ws.cell(row=rr, column=cc).fill = PatternFill("solid", fgColor=color)
        ws.cell(row=rr, column=cc).border = BOX
        ws.cell(row=rr, column=cc + 1, value=text)
    ws["A4"] = "Markera status för respektive tertial med färg enligt teckenförklaringen. Kommentera alltid avvikelser."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Område", "Risk", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Kommentar T1"]
    r0 = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BOX
        c.alignment = WRAP
    r = r0 + 1
    groups = {}
    for (omr, risk, km, frek, ans, color, kom, es, ea) in rows:
        vals = [omr, risk, km, frek, ans, None, None, None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        if color:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=color)
        groups.setdefault(omr, []).append(r)
        exp(fil, N, km, es, ea)
        r += 1
    for omr, rr in groups.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=1, end_row=rr[-1], end_column=1)
    for col, w in zip("ABCDEFGHI", (22, 26, 50, 11, 20, 7, 7, 7, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, prose + two tables, word statuses, "Se bilaga"
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def f3_sn():
    fil = "Uppföljning internkontroll T1 2025 - Socialnämnden.docx"
    N = "Socialnämnden"
    ifo = [
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 20 akter", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur Lifecare jan–april", "Genomförd med avvikelse",
         "88 % av förhandsbedömningarna gjordes inom 14 dagar. Avvikelserna beror på hög arbetsbelastning i februari. Bemanningen har förstärkts.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Barnavårdsutredningar avslutas inom fyra månader",
         "Uttag ur Lifecare", "Delvis",
         "Underlag för januari–mars har tagits fram, april redovisas i T2.", "DELVIS", ""),
        ("Placeringar", "Avtal och fakturor för externa placeringar stäms av",
         "Avstämning av samtliga placeringar", "Ej genomförd",
         "Har inte hunnits med på grund av vakanser. Genomförs under maj–juni.", "EJ_GENOMFORD", ""),
    ]
    voo = [
        ("Hemtjänst", "Beviljade hemtjänsttimmar stäms av mot utförda timmar",
         "Jämförelse beslut/utfört i TES", "Pågår",
         "Avstämningen för januari visar 4 % fler utförda än beviljade timmar, analys pågår.", "DELVIS", "ja"),
        ("Hälso- och sjukvård", "Läkemedelshantering på särskilda boenden sker enligt rutin",
         "Egenkontroll MAS", "Genomförd", "Egenkontroll genomförd på samtliga boenden utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Se bilaga 2", "", "OKLAR", ""),
        ("Avgifter", "Omsorgsavgifter beräknas utifrån aktuella inkomstuppgifter",
         "Stickprov 15 avgiftsbeslut", "Ej aktuell",
         "Avgiftshanteringen har flyttats till kommunstyrelsens ekonomienhet från 1 januari 2025.", "UTGAR", ""),
    ]
    d = docx.Document()
    fix_docx_props(d, "Socialförvaltningen")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Habo kommun\tSocialförvaltningen\t2025-05-13"
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Planen omfattar åtta "
        "kontrollmoment inom individ- och familjeomsorgen samt vård och omsorg. Nedan redovisas status efter "
        "första tertialet (januari–april). Kontrollmoment som ännu inte är genomförda följs upp i tertial 2.")
    d.add_paragraph(
        "Sammanfattningsvis har tre kontrollmoment genomförts, varav ett med avvikelse. Förvaltningen bedömer "
        "att den interna kontrollen hittills under året är tillräcklig.")

    def table(title, data):
        d.add_heading(title, level=3)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Process", "Kontrollmoment", "Metod/omfattning", "Status", "Resultat och åtgärder"]):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            set_cell_bg(c, "D9E2F3")
        for (proc, km, met, stat, kom, es, ea) in data:
            cells = t.add_row().cells
            for i, v in enumerate([proc, km, met, stat, kom]):
                cells[i].text = v
            exp(fil, N, km, es, ea)

    table("Individ- och familjeomsorg", ifo)
    d.add_paragraph()
    table("Vård och omsorg", voo)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning lex Sarah-rapporter jan–april 2025 (separat dokument).")
    d.add_paragraph("Maria Holm\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .xls (xlwt), codes + legend below, T1/T2/Helår
# ---------------------------------------------------------------------------
def f4_kfn():
    fil = "KFN_IKP_uppf_2025.xls"
    N = "Kultur- och fritidsnämnden"
    data = [
        ("Intäkter och kassor", None),
        ("Kassahantering i simhallen stäms av dagligen mot kassasystemet", ("Badmästare", "Löpande", "G",
          "Stickprov 10 dagar utan anmärkning.", "GENOMFORD", "nej")),
        ("Uthyrning av lokaler och anläggningar faktureras enligt bokning", ("Bokningsansvarig", "Tertial", "P",
          "Avstämning Interbook mot fakturering klar för jan–feb.", "DELVIS", "")),
        ("Bidrag och föreningar", None),
        ("Föreningsbidrag betalas ut enligt beslutade riktlinjer", ("Fritidskonsulent", "Tertial", "GA",
          "Två föreningar hade fått lokalbidrag utan inlämnad verksamhetsberättelse. Återkrav utreds.",
          "GENOMFORD", "ja")),
        ("Avtal med extern driftentreprenör för Habo Camping följs upp", ("Fritidschef", "Tertial", "",
          "Se bilaga.", "OKLAR", "")),
        ("Tillgångar och säkerhet", None),
        ("Inventering av konst och inventarier", ("Kulturchef", "Helår", "E",
          "Planeras till hösten.", "EJ_GENOMFORD", "")),
        ("Systematiskt brandskyddsarbete på fritidsgårdarna dokumenteras", ("Fritidsgårdsföreståndare", "Tertial", "",
          "", "SAKNAS", "")),
        ("Bibliotekets hantering av personuppgifter i lånesystemet", ("Bibliotekschef", "Helår", "U",
          "Utgår – ingår i kommungemensam granskning av GDPR 2025.", "UTGAR", "")),
        ("Inköp", None),
        ("Attestordningen följs vid inköp inom fritidsverksamheten", ("Controller", "Tertial", "G",
          "Inga avvikelser.", "GENOMFORD", "nej")),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Kultur- och fritidsnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning per 30 april 2025", bold)
    ws.write(2, 0, "Fyll i statuskod per period enligt teckenförklaringen under tabellen.")
    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Helår", "Kommentar"]
    r = 4
    for i, h in enumerate(heads):
        ws.write(r, i, h, hdr)
    r += 1
    n = 0
    for km, info in data:
        if info is None:
            ws.write_merge(r, r, 0, 7, km, grp)
        else:
            n += 1
            ans, frek, c1, kom, es, ea = info
            ws.write(r, 0, n, code)
            ws.write(r, 1, km, cell)
            ws.write(r, 2, ans, cell)
            ws.write(r, 3, frek, cell)
            ws.write(r, 4, c1, code)
            ws.write(r, 5, "", code)
            ws.write(r, 6, "", code)
            ws.write(r, 7, kom, cell)
            exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.write(r, 1, "Teckenförklaring statuskoder:", bold)
    for txt in ["G = Genomförd utan avvikelse", "GA = Genomförd med avvikelse", "P = Pågår",
                "E = Ej påbörjad / ej genomförd", "U = Utgår"]:
        r += 1
        ws.write(r, 1, txt)
    r += 2
    ws.write(r, 1, "Rapportör: Lena Bergström, kultur- och fritidschef")
    for i, w in enumerate((5, 55, 22, 11, 7, 7, 7, 55)):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Stratsys CSV export - two nämnder (Tekniska nämnden, Miljö- och byggnämnden)
# ---------------------------------------------------------------------------
def f5_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-15.csv"
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnämnden"
    rows = [
        (TN, "Tekniska nämnden", "VA-verksamhet", "Anslutningsavgifter för VA debiteras enligt gällande VA-taxa",
         "Driftchef VA", "Genomförd", "Stickprov 8 nyanslutningar, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        (TN, "Tekniska nämnden", "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Parkingenjör", "Pågående", "Besiktning av 12 av 31 lekplatser klar.", "DELVIS", ""),
        (TN, "Tekniska nämnden", "Gata/park", "Fakturor från entreprenörer för vinterväghållning stäms av mot körjournaler",
         "Gatuchef", "Genomförd med avvikelse",
         "Felaktigt debiterade timmar i februari (36 tim). Kreditering har begärts.", "GENOMFORD", "ja"),
        (TN, "Tekniska nämnden", "Avfall", "Avtalsuppföljning av entreprenad för insamling av hushållsavfall",
         "Avfallssamordnare", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        (TN, "Tekniska nämnden", "Fordon", "Drivmedelskort och körjournaler för kommunens fordon kontrolleras",
         "Fordonssamordnare", "Genomförd", "", "GENOMFORD", ""),
        (TN, "Tekniska nämnden", "Gata/park", "Tillstånd för grävning i allmän mark följs upp",
         "Gatuchef", "Ej aktuell", "Kontrollmomentet har strukits ur planen (TN 2025-03-11 § 22).", "UTGAR", ""),
        (MBN, "Miljö- och byggnämnden", "Bygglov", "Handläggningstid för bygglov inom lagstadgade tio veckor",
         "Bygglovschef", "Genomförd med avvikelse",
         "3 av 57 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        (MBN, "Miljö- och byggnämnden", "Miljötillsyn", "Timavgifter för tillsyn enligt miljöbalken debiteras",
         "Miljöchef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Miljö- och byggnämnden", "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Pågående", "", "DELVIS", ""),
        (MBN, "Miljö- och byggnämnden", "Miljötillsyn", "Jäv och bisysslor hos inspektörer dokumenteras",
         "Miljöchef", "Ej påbörjad", "Görs i T2.", "EJ_GENOMFORD", ""),
        (MBN, "Miljö- och byggnämnden", "Livsmedelskontroll", "Kontrollplanen för livsmedelskontroll följs",
         "Livsmedelsinspektör", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        f.write("Internkontroll 2025 - Uppföljning tertial 1;;;;;;;\r\n")
        f.write(";;;;;;;\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
                    "Senast ändrad"])
        for i, (nm, org, proc, km, ans, stat, kom, es, ea) in enumerate(rows):
            w.writerow([org, proc, km, ans, "T1 2025", stat, kom, f"2025-05-{5 + i % 9:02d}"])
            exp(fil, nm, km, es, ea)
    FILES.append((fil, "INLAST", TN, "2025", "T1"))
    FILES.append((fil, "INLAST", MBN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Habobostäder AB - Word .doc (via LibreOffice), X tick columns
# ---------------------------------------------------------------------------
def f6_hbab(tmp):
    fil = "Habobostäder internkontroll T1 2025.doc"
    N = "Habobostäder AB"
    rows = [
        ("Hyresavier och hyresförändringar registreras korrekt i fastighetssystemet", "G", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Felanmälningar från hyresgäster åtgärdas inom 14 dagar", "D",
         "78 % åtgärdade inom 14 dagar (mål 90 %). Orsak: vakans i driftgruppen.", "DELVIS", "ja"),
        ("Upphandlade ramavtal för underhåll används", "E", "Skjuts till T2.", "EJ_GENOMFORD", ""),
        ("Attest av fakturor enligt bolagets attestordning", "GE", "", "OKLAR", ""),
        ("Nyckelhantering och passersystem – utkvitterade nycklar och behörigheter stäms av", "G",
         "Två huvudnycklar kunde inte redovisas, låscylindrar har bytts i berörda trapphus.", "GENOMFORD", "ja"),
        ("Kundfordringar och inkassoärenden följs upp månadsvis", "", "", "SAKNAS", ""),
        ("Systematiskt brandskyddsarbete i gemensamma utrymmen", "",
         "Genomfört i samtliga 14 bostadsområden i mars, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    fix_docx_props(d, "Habobostäder AB")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("HABOBOSTÄDER AB")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    d.add_paragraph("Rapport intern kontroll – första tertialet 2025").runs[0].bold = True
    d.add_paragraph("Till styrelsen för Habobostäder AB och för kännedom till kommunstyrelsen i Habo kommun. "
                    "Kryssa i den kolumn som bäst beskriver läget per 30 april.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollpunkt", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for n, (km, mark, kom, es, ea) in enumerate(rows, 1):
        c = t.add_row().cells
        c[0].text = str(n)
        c[1].text = km
        c[2].text = "X" if "G" in mark else ""
        c[3].text = "X" if "D" in mark else ""
        c[4].text = "X" if "E" in mark else ""
        c[5].text = kom
        for k in (2, 3, 4):
            c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Habo 2025-05-09\nPer Sandberg, VD")
    src = os.path.join(tmp, "Habobostäder internkontroll T1 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - ODS (via LibreOffice), instruction sheet first,
#    nämnd only in file name + sheet name
# ---------------------------------------------------------------------------
def f7_ofn(tmp):
    fil = "ÖFN uppföljning IK T1 2025.ods"
    N = "Överförmyndarnämnden"
    rows = [
        ("Årsräkningar granskas inom fastställd tid", "Handläggare", "2025-04-30",
         "64 av 112 inkomna årsräkningar granskade, arbetet pågår enligt plan.", "Pågår", "DELVIS", ""),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Handläggare", "2025-04-15",
         "Stickprov 10 arvodesbeslut, samtliga enligt riktlinjerna.", "OK", "GENOMFORD", "nej"),
        ("Nya ställföreträdare har lämplighetsprövats (belastningsregister och kreditupplysning)",
         "Samordnare", "2025-04-22",
         "2 av 9 nya ställföreträdare saknade kreditupplysning i akten. Kompletterat.", "Brister", "GENOMFORD", "ja"),
        ("Uttag från överförmyndarspärrade konton kontrolleras", "Samordnare", "",
         "Planeras till juni.", "Ej utfört", "EJ_GENOMFORD", ""),
        ("Förteckningar inkommer inom två månader efter förordnande", "Handläggare", "2025-04-28",
         "", "OK", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb, "Överförmyndarenheten")
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av intern kontroll",
        "",
        "1. Fyll i fliken för aktuell period. Ange datum då kontrollen utfördes och vem som utförde den.",
        "2. Beskriv resultatet kortfattat i kolumnen Resultat.",
        "3. Bedömning anges som: OK = genomförd utan brister, Brister = genomförd, brister konstaterade, "
        "Pågår = påbörjad men ej klar, Ej utfört = ej påbörjad.",
        "4. Skicka filen till ekonomienheten senast 15 maj.",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=l)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 110
    ws = wb.create_sheet("ÖFN")
    ws["A1"] = "Uppföljning internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljningsperiod: 2025-01-01 – 2025-04-30"
    hdr = ["Kontrollmoment", "Utförd av", "Datum", "Resultat", "Bedömning"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for r, (km, av, dat, res, bed, es, ea) in enumerate(rows, 5):
        for i, v in enumerate([km, av, dat or None, res or None, bed], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, N, km, es, ea)
    ws.cell(row=11, column=1, value="Handläggare: Karin Ek, 2025-05-07")
    for col, w in zip("ABCDE", (60, 14, 12, 60, 12)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    src = os.path.join(tmp, "ÖFN uppföljning IK T1 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: Office owner/lock file left in the inbox
# ---------------------------------------------------------------------------
def f8_lock():
    fil = "~$IK-uppföljning T1 2025 Kommunstyrelsen.xlsx"
    user = "Ekonomi Habo"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Habobostäder AB", "Habobostäder|HBAB"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def main():
    # clean previously generated outputs (keep script and README)
    for name in os.listdir(OUT):
        if name in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, name)
        if os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r468build-")
    try:
        f1_ks()
        f2_bun()
        f3_sn()
        f4_kfn()
        f5_stratsys()
        f6_hbab(tmp)
        f7_ofn(tmp)
        f8_lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    registry()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
