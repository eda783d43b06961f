#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 291 – the January year-end inbox (helår / verksamhetsberättelse 2025).

Björkvikens kommun. Builds every follow-up file of the round plus namnder.csv,
files.csv and expected.csv, deterministically.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round291"
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps (byte-stable output)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def fixed_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fixed_props_docx(d, author, title=""):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
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


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1 + 2. Barn- och utbildningsnämnden – version 1 and version 2 (korrigerad)
# ---------------------------------------------------------------------------
BUN = "Barn- och utbildningsnämnden"
FILL = {"G": "C6EFCE", "GA": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}


def bun_rows(version):
    """Each row: (nr, kontrollmoment, ansvarig, frekvens, t1, t2, t3, kommentar)
    or ('GROUP', title)."""
    v2 = version == 2
    return [
        ("GROUP", "1. Ekonomi"),
        ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Per tertial", "G", "G", "G",
         "Stickprov 3 x 20 fakturor. Inga avvikelser."),
        ("1.2", "Kontroll av att representation redovisas med syfte och deltagare",
         "Controller", "T1, T3", "G", "", "GA",
         "Genomförd. 3 av 15 granskade fakturor saknade deltagarförteckning.\nPåminnelse skickad till rektorer."),
        ("1.3", "Uppföljning av att inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Inköpssamordnare", "Årlig (T1)", "G", "", "Se T1", ""),
        ("GROUP", "2. Verksamhet"),
        ("2.1*" if v2 else "2.1",
         "Kontroll av att anmälningar om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
         "Verksamhetschef grundskola", "Per tertial", "G", "D",
         "G" if v2 else "",
         "Rutinen följs efter utbildning av rektorer i september. Inga avvikelser under T3." if v2 else ""),
        ("2.2", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutshandläggare", "Årlig (T1)", "G", "", "Se T1", ""),
        ("2.3", "Uppföljning av elevers frånvaro – rutin för anmälan av problematisk skolfrånvaro",
         "Rektorer", "T2, T3", "", "E", "E",
         "Ej genomförd. Ny rutin för frånvarohantering beslutas i mars 2026.\nFlyttas till plan 2026."),
        ("2.4*" if v2 else "2.4",
         "Registerkontroll i belastningsregistret vid nyanställning",
         "HR-partner", "Per tertial", "G", "G",
         "GA" if v2 else "",
         "Ett fall där registerutdrag visades först efter anställningsstart. Rutinen förtydligad i november." if v2 else ""),
        ("GROUP", "3. Personal och arbetsmiljö"),
        ("3.1", "Kontroll av att lönetillägg och övertid är attesterade före utbetalning",
         "Förvaltningsekonom", "T3", "", "", "U",
         "Utgår – kontrollen görs centralt av lönecenter från och med 2025."),
        ("3.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "HR-chef", "T1, T3", "D", "", "D",
         "Rehabiliteringsplan upprättad i 14 av 19 ärenden. Fem ärenden saknar plan, åtgärdas Q1 2026."),
        ("3.3*" if v2 else "3.3",
         "Kontroll av att skyddsronder genomförs och dokumenteras på samtliga enheter",
         "Rektorer/förskolechefer", "T2, T3", "", "D",
         "E" if v2 else "G",
         "Ej genomförd under hösten på grund av vakans som arbetsmiljösamordnare.\nFlyttas till plan 2026."),
    ]


def build_bun(version):
    fname = "BUN_IK-uppfoljning_2025.xlsx" if version == 1 else "BUN_IK-uppfoljning_2025_korrigerad.xlsx"
    wb = openpyxl.Workbook()
    fixed_props_xlsx(wb, "Maria Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = BUN
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    if version == 1:
        ws["A3"] = "Version 1 – 2026-01-14. Handläggare: Maria Lindqvist, controller"
    else:
        ws["A3"] = ("Version 2 (korrigerad) – 2026-01-21. Ersätter version 1 av 2026-01-14. "
                    "Ändrade rader markerade med * i kolumn Nr.")
        ws["A3"].font = Font(bold=True, color="C00000")
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "T1", "T2", "T3/Helår",
           "Kommentar/resultat helår"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    r = hr + 1
    for row in bun_rows(version):
        if row[0] == "GROUP":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            r += 1
            continue
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (5, 6, 7) and v in FILL:
                cell.fill = PatternFill("solid", fgColor=FILL[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    legend = ["G = Genomförd utan anmärkning", "GA = Genomförd med avvikelse",
              "D = Delvis genomförd/pågår", "E = Ej genomförd", "U = Utgår",
              "Se T1 = kontrollen genomfördes och redovisades i tertial 1"]
    for i, l in enumerate(legend):
        ws.cell(row=r + 1 + i, column=2, value=l)
    r += len(legend) + 2
    sam = ("Nämndens samlade bedömning: den interna kontrollen är tillräcklig."
           if version == 1 else
           "Nämndens samlade bedömning: den interna kontrollen är i allt väsentligt tillräcklig. "
           "Skyddsronder och frånvarorutin flyttas till internkontrollplan 2026.")
    ws.cell(row=r, column=1, value=sam).font = Font(bold=True, italic=True)
    ws.cell(row=r + 2, column=1, value="Beslutas av nämnden 2026-02-11.")
    widths = [7, 52, 22, 12, 8, 8, 10, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(HERE, fname))

    FILES.append((fname, "INLAST", BUN, "2025", "HELAR"))
    st = {}
    for row in bun_rows(version):
        if row[0] != "GROUP":
            st[row[0].rstrip("*")] = row[1]
    km = st
    exp(fname, BUN, km["1.1"], "GENOMFORD", "nej")
    exp(fname, BUN, km["1.2"], "GENOMFORD", "ja")
    exp(fname, BUN, km["1.3"], "GENOMFORD", "")
    if version == 1:
        exp(fname, BUN, km["2.1"], "DELVIS", "")        # helår blank -> T2 'D'
    else:
        exp(fname, BUN, km["2.1"], "GENOMFORD", "nej")
    exp(fname, BUN, km["2.2"], "GENOMFORD", "")
    exp(fname, BUN, km["2.3"], "EJ_GENOMFORD", "")
    if version == 1:
        exp(fname, BUN, km["2.4"], "GENOMFORD", "")     # helår blank -> T2 'G'
    else:
        exp(fname, BUN, km["2.4"], "GENOMFORD", "ja")
    exp(fname, BUN, km["3.1"], "UTGAR", "")
    exp(fname, BUN, km["3.2"], "DELVIS", "ja")
    if version == 1:
        exp(fname, BUN, km["3.3"], "OKLAR", "")         # code G vs comment 'Ej genomförd'
    else:
        exp(fname, BUN, km["3.3"], "EJ_GENOMFORD", "")


# ---------------------------------------------------------------------------
# 3. Socialnämnden – Word bilaga to verksamhetsberättelse
# ---------------------------------------------------------------------------
SN = "Socialnämnden"


def build_sn():
    fname = "Socialnamnden_VB2025_bilaga2_intern_kontroll.docx"
    d = docx.Document()
    fixed_props_docx(d, "Anna Berg", "Verksamhetsberättelse 2025 – bilaga 2")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Björkvikens kommun · Socialförvaltningen · Dnr SN 2026/14"
    d.add_heading("Verksamhetsberättelse 2025", level=1)
    d.add_heading("Bilaga 2 – Uppföljning av internkontrollplan 2025", level=2)
    p = d.add_paragraph()
    r = p.add_run("Nämndens samlade bedömning: den interna kontrollen är tillräcklig.")
    r.bold = True
    d.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 2024-12-11 (§ 187). Planen "
        "omfattar tio kontrollmoment inom myndighetsutövning, äldreomsorg och ekonomi. Kontrollerna "
        "följs upp per tertial; kolumnen Helårsbedömning är förvaltningens samlade bedömning av "
        "kontrollmomentet för hela året. Kontroller som inte har kunnat genomföras flyttas till "
        "internkontrollplan 2026.")
    hdr = ["Kontrollmoment", "T1", "T2", "T3", "Helårsbedömning", "Kommentar"]
    rows = [
        ("GROUP", "Myndighetsutövning – individ- och familjeomsorg"),
        ("Kontroll av att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan",
         "Genomförd", "Genomförd", "Genomförd", "Genomförd med anmärkning",
         "Tidsgränsen överskreds i 6 av 40 granskade ärenden under T3 (hög ärendemängd i oktober)."),
        ("Kontroll av att utredningar inom barn och unga avslutas inom fyra månader",
         "Pågår", "Pågår", "Genomförd", "Genomförd utan anmärkning", ""),
        ("Uppföljning av att beslut om försörjningsstöd fattas enligt delegationsordningen",
         "Genomförd", "–", "–", "Se T1", "Kontrollen görs en gång per år."),
        ("GROUP", "Äldreomsorg"),
        ("Granskning av genomförandeplaner inom hemtjänsten – upprättade och uppdaterade senast var sjätte månad",
         "Ej påbörjad", "Pågår", "Pågår", "Delvis genomförd",
         "Granskning gjord i två av fyra hemtjänstområden. Återstående områden flyttas till plan 2026."),
        ("Kontroll av att rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Genomförd", "Genomförd", "Genomförd", "Genomförd utan anmärkning", ""),
        ("Kontroll av läkemedelshantering på särskilda boenden (signeringslistor)",
         "–", "Ej påbörjad", "Ej påbörjad", "Ej genomförd",
         "Flyttas till plan 2026 på grund av att ny MAS tillträdde i november."),
        ("Uppföljning av att nyckelkvittenser finns för samtliga nycklar i hemtjänsten",
         "Genomförd", "–", "–", "", ""),
        ("GROUP", "Ekonomi"),
        ("Avstämning av att fakturerade avgifter inom äldreomsorgen överensstämmer med beslut",
         "Genomförd", "Genomförd", "Ej genomförd", "Ej genomförd",
         "T3-kontrollen kunde inte göras på grund av byte av verksamhetssystem i december. "
         "Flyttas till plan 2026."),
        ("Kontroll av att ersättning till familjehem betalas ut enligt gällande avtal",
         "Ej aktuell", "Ej aktuell", "Ej aktuell", "Utgår",
         "Kontrollen ersattes av kommunstyrelsens granskning av familjehemsersättningar, "
         "beslut SN 2025-03-12 § 41."),
        ("Kontroll av att privata medel för boende hanteras enligt rutin (kassabok och kvitton)",
         "Genomförd", "–", "", "Se bilaga 3", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    helfill = {"Genomförd utan anmärkning": "C6EFCE", "Genomförd med anmärkning": "FFEB9C",
               "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True)
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        if row[4] in helfill:
            shade(cells[4], helfill[row[4]])
    widths = [Cm(8.5), Cm(2.0), Cm(2.0), Cm(2.0), Cm(3.6), Cm(8.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattning: av tio kontrollmoment har fem genomförts, ett genomförts delvis, två har inte "
        "genomförts och ett har utgått. Tre kontrollmoment flyttas helt eller delvis till "
        "internkontrollplan 2026.")
    d.add_paragraph("Björkviken 2026-01-19")
    d.add_paragraph("Anna Berg\nSocialchef")
    d.save(os.path.join(HERE, fname))

    FILES.append((fname, "INLAST", SN, "2025", "HELAR"))
    k = [r for r in rows if r[0] != "GROUP"]
    exp(fname, SN, k[0][0], "GENOMFORD", "ja")
    exp(fname, SN, k[1][0], "GENOMFORD", "nej")
    exp(fname, SN, k[2][0], "GENOMFORD", "")
    exp(fname, SN, k[3][0], "DELVIS", "")
    exp(fname, SN, k[4][0], "GENOMFORD", "nej")
    exp(fname, SN, k[5][0], "EJ_GENOMFORD", "")
    exp(fname, SN, k[6][0], "GENOMFORD", "")
    exp(fname, SN, k[7][0], "EJ_GENOMFORD", "")
    exp(fname, SN, k[8][0], "UTGAR", "")
    exp(fname, SN, k[9][0], "OKLAR", "")


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden – .ods (made as xlsx, converted by LibreOffice)
# ---------------------------------------------------------------------------
TN = "Tekniska nämnden"


def build_tn(tmp):
    fname = "Tekniska_IK_helar_2025.ods"
    wb = openpyxl.Workbook()
    fixed_props_xlsx(wb, "Johan Eklund")
    ws = wb.active
    ws.title = "IK helår 2025"
    ws["A1"] = "Tekniska förvaltningen – Internkontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning helår 2025 (tertial 1–3)"
    ws["A3"] = ("Nämndens samlade bedömning: Den interna kontrollen bedöms vara tillräcklig, "
                "med förbättringsområden inom fordonshantering och handläggningstider.")
    ws["A3"].font = Font(italic=True)
    ws["A4"] = "Statusvärden: Klar / Pågår / Ej påbörjad / Ej aktuell. Årliga kontroller redovisas i den tertial de görs."
    ws["A4"].font = Font(size=8, color="595959")
    hdr = ["Id", "Risk", "Kontrollmoment", "Riskvärde", "Status T1", "Status T2", "Status helår",
           "Avvikelse (Ja/Nej)", "Åtgärd / kommentar"]
    hr = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("TN-01", "Felaktig debitering, förlorade intäkter",
         "Kontroll av att debitering av VA-avgifter sker enligt gällande taxa", 6,
         "Klar", "Klar", "Klar", "Nej", ""),
        ("TN-02", "Privat användning av kommunens fordon",
         "Kontroll av körjournaler för kommunens fordon", 9,
         "Pågår", "Klar", "Klar", "Ja",
         "Körjournal saknades för 4 av 31 fordon.\nPåminnelse skickad till enhetscheferna."),
        ("TN-03", "Betalning för arbete som inte beställts",
         "Kontroll av att entreprenörers fakturor stämmer mot avtal och ÄTA-beslut", 8,
         "Klar", "", "", "Nej", "Årlig kontroll, genomförd i T1."),
        ("TN-04", "Bristande avtalsuppföljning",
         "Kontroll av att vinterväghållning utförs enligt avtal (stickprov mot väderlogg)", 6,
         "Klar", "", "", "", ""),
        ("TN-05", "Svinn",
         "Inventering av förråd och verktyg vid driftenheten", 4,
         "", "", "Pågår", "", "Inventeringen påbörjad i december, slutförs i januari 2026."),
        ("TN-06", "Felaktig debitering",
         "Kontroll av att avfallstaxa debiteras rätt vid ändrat abonnemang", 6,
         "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "", "Flyttas till plan 2026."),
        ("TN-07", "Överskridna investeringsbudgetar",
         "Kontroll av att byggprojekt över 5 mnkr har beslutad projektbudget före byggstart", 8,
         "", "", "Ej aktuell", "", "Inga nya projekt över 5 mnkr startade under 2025."),
        ("TN-08", "Eftersatt underhåll",
         "Uppföljning av att drift- och underhållsplaner för gator och broar är uppdaterade", 6,
         "", "", "", "", ""),
        ("TN-09", "Långa handläggningstider",
         "Kontroll av att ansökningar om grävtillstånd i allmän mark handläggs inom tio arbetsdagar", 4,
         "Klar", "Klar", "Klar", "Ja", "Handläggningstiden överskreds i 3 ärenden under semesterperioden."),
    ]
    colors = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Ej aktuell": "D9D9D9"}
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (5, 6, 7) and v in colors:
                cell.fill = PatternFill("solid", fgColor=colors[v])
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 9")
    ws.cell(row=r + 2, column=1, value="Uppföljningen sammanställd 2026-01-16 av Johan Eklund, verksamhetscontroller.")
    for col, w in zip("ABCDEFGHI", [7, 28, 50, 9, 11, 11, 11, 10, 48]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tekniska nämnden"
    src = os.path.join(tmp, "Tekniska_IK_helar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", HERE)

    FILES.append((fname, "INLAST", TN, "2025", "HELAR"))
    k = [x[2] for x in rows]
    exp(fname, TN, k[0], "GENOMFORD", "nej")
    exp(fname, TN, k[1], "GENOMFORD", "ja")
    exp(fname, TN, k[2], "GENOMFORD", "nej")
    exp(fname, TN, k[3], "GENOMFORD", "")
    exp(fname, TN, k[4], "DELVIS", "")
    exp(fname, TN, k[5], "EJ_GENOMFORD", "")
    exp(fname, TN, k[6], "UTGAR", "")
    exp(fname, TN, k[7], "SAKNAS", "")
    exp(fname, TN, k[8], "GENOMFORD", "ja")


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – DELÅR 2025 resent in January (.odt)
# ---------------------------------------------------------------------------
KFN = "Kultur- och fritidsnämnden"


def build_kfn(tmp):
    fname = "KFN_uppfoljning_internkontroll_2025.odt"
    d = docx.Document()
    fixed_props_docx(d, "Lena Holm", "Uppföljning internkontroll")
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delårsrapport januari–augusti 2025", level=2)
    d.add_paragraph("Avser perioden 2025-01-01 – 2025-08-31. Behandlad i nämnden 2025-09-24, § 58.")
    d.add_paragraph(
        "Förvaltningens bedömning vid delåret är att den interna kontrollen i huvudsak fungerar. "
        "Kontroller som planeras till hösten redovisas i helårsuppföljningen i samband med "
        "verksamhetsberättelsen.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Status delår", "Kommentar"]
    rows = [
        ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsnormer",
         "✔", "Stickprov på 10 utbetalningar. Inga avvikelser."),
        ("Bidrag", "Kontroll av att redovisning av lokalt aktivitetsstöd styrks med närvarolistor",
         "◐", "Vårterminens redovisningar granskade, höstterminen återstår."),
        ("Kontanthantering", "Kassainventering i simhallen och på huvudbiblioteket",
         "✔", "Differens på 340 kr i simhallens kassa i maj. Utrett, rutin för kassaavslut förtydligad."),
        ("Kontanthantering", "Kontroll av att fritidsgårdarnas kioskkassor redovisas månadsvis",
         "◐", "Redovisning saknas för juni och juli från två fritidsgårdar."),
        ("Intäkter", "Kontroll av att lokalbokningar faktureras (bokningssystemet mot fakturering)",
         "✖", "Planeras under hösten."),
        ("Personal", "Kontroll av registerutdrag för ledare i sommarverksamheten",
         "✔", ""),
        ("Tillgångar", "Inventering av att konstverk i kommunens samling finns på registrerad plats",
         "–", "Inventeringen görs vartannat år, nästa gång 2026."),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    prev = None
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            if i == 0 and v == prev:
                v = ""
            set_cell(cells[i], v, size=10)
        cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        prev = row[0]
    d.add_paragraph()
    d.add_paragraph("Teckenförklaring: ✔ genomförd   ◐ påbörjad/delvis genomförd   ✖ ej påbörjad   – ej aktuell")
    d.add_paragraph("Lena Holm, kultur- och fritidschef")
    src = os.path.join(tmp, "KFN_uppfoljning_internkontroll_2025.docx")
    d.save(src)
    soffice_convert(src, "odt", HERE)

    FILES.append((fname, "INLAST", KFN, "2025", "DELAR"))
    exp(fname, KFN, rows[0][1], "GENOMFORD", "nej")
    exp(fname, KFN, rows[1][1], "DELVIS", "")
    exp(fname, KFN, rows[2][1], "GENOMFORD", "ja")
    exp(fname, KFN, rows[3][1], "DELVIS", "ja")
    exp(fname, KFN, rows[4][1], "EJ_GENOMFORD", "")
    exp(fname, KFN, rows[5][1], "GENOMFORD", "")
    exp(fname, KFN, rows[6][1], "UTGAR", "")


# ---------------------------------------------------------------------------
# 6. Björkvikens Bostäder AB (Björkvikshem) – bolag's årsrapport (.xls, xlwt)
# ---------------------------------------------------------------------------
BOST = "Björkvikens Bostäder AB"


def build_bostader():
    fname = "Bjorkvikshem_arsrapport_internkontroll_2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                      "borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Björkvikshem – Björkvikens Bostäder AB", big)
    ws.write(1, 0, "Årsrapport intern kontroll 2025", bold)
    ws.write(2, 0, "Rapport till styrelsen 2026-01-29 och till kommunstyrelsen enligt ägardirektiv")
    hdr = ["Område", "Kontrollaktivitet", "Kontrolltillfälle", "Utförd (Ja/Nej/Delvis)", "Avvikelse",
           "Åtgärd", "Kommentar"]
    hr = 4
    for c, h in enumerate(hdr):
        ws.write(hr, c, h, head)
    rows = [
        ("GROUP", "Hyresadministration"),
        ("Hyra", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelse är korrekt inlagda i hyressystemet",
         "Februari", "Ja", "Nej", "", "Stickprov 25 lägenheter."),
        ("Uthyrning", "Kontroll av att bostäder förmedlas enligt kö- och uthyrningspolicyn",
         "Maj, november", "Ja", "Ja", "Uthyrningsrutinen förtydligad, utbildning för uthyrare i december.",
         "2 av 30 granskade kontrakt avvek från köordningen utan dokumenterat skäl."),
        ("Kundfordringar", "Uppföljning av hyresfordringar och inkassoärenden",
         "Kvartalsvis", "Ja", "Nej", "", ""),
        ("GROUP", "Fastighetsförvaltning"),
        ("Besiktning", "Kontroll av att OVK (obligatorisk ventilationskontroll) är genomförd enligt plan",
         "Löpande", "Delvis", "Ja", "Återstående 3 fastigheter besiktigas Q1 2026.",
         "OVK genomförd i 14 av 17 fastigheter."),
        ("Projekt", "Kontroll av att ÄTA-arbeten i ombyggnadsprojekt är beställda skriftligen",
         "Oktober", "Nej", "", "", "Flyttas till plan 2026 – projektet Lärkan 4 försenat."),
        ("Lås och nycklar", "Kontroll av att passerbrickor spärras vid avflyttning",
         "Halvår", "Ja", "Ja", "Rutin i avflyttningschecklistan.",
         "11 brickor av 240 var inte spärrade vid kontrolltillfället i juni."),
        ("GROUP", "Ekonomi"),
        ("Attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Kvartalsvis", "Ja", "Nej", "", ""),
        ("Moms", "Kontroll av momsredovisning vid frivillig skattskyldighet för lokaler",
         "", "Ej aktuell 2025", "", "", "Ersätts av extern revisors granskning 2025."),
    ]
    r = hr + 1
    for row in rows:
        if row[0] == "GROUP":
            ws.write_merge(r, r, 0, len(hdr) - 1, row[1], grp)
        else:
            for c, v in enumerate(row):
                ws.write(r, c, v, body)
        r += 1
    r += 1
    ws.write(r, 0, "Styrelsens bedömning: den interna kontrollen under 2025 är tillräcklig.", bold)
    ws.write(r + 2, 0, "Per Sandberg, vd")
    for c, w in enumerate([16, 55, 14, 14, 10, 40, 45]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(HERE, fname))

    FILES.append((fname, "INLAST", BOST, "2025", "HELAR"))
    k = [x for x in rows if x[0] != "GROUP"]
    exp(fname, BOST, k[0][1], "GENOMFORD", "nej")
    exp(fname, BOST, k[1][1], "GENOMFORD", "ja")
    exp(fname, BOST, k[2][1], "GENOMFORD", "nej")
    exp(fname, BOST, k[3][1], "DELVIS", "ja")
    exp(fname, BOST, k[4][1], "EJ_GENOMFORD", "")
    exp(fname, BOST, k[5][1], "GENOMFORD", "ja")
    exp(fname, BOST, k[6][1], "GENOMFORD", "nej")
    exp(fname, BOST, k[7][1], "UTGAR", "")


# ---------------------------------------------------------------------------
# 7. Stratsys export – Kommunstyrelsen + Överförmyndarnämnden, long format (.csv)
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
OFN = "Överförmyndarnämnden"


def build_stratsys():
    fname = "Stratsys_export_internkontroll_helar_2025.csv"
    KLF = "Kommunledningsförvaltningen"
    ON = "Överförmyndarnämnden"
    # (organisation, process, kontrollmoment, [(period, status, kommentar)], ansvarig, expected, avv)
    ctrls = [
        (KLF, "Ärendehantering", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         [("T1 2025", "Genomförd", ""), ("T2 2025", "Genomförd", ""), ("Helår 2025", "Genomförd", "Inga avvikelser.")],
         "Kanslichef", "GENOMFORD", "nej"),
        (KLF, "Ärendehantering", "Kontroll av att inkommande handlingar diarieförs inom två arbetsdagar",
         [("T1 2025", "Pågående", "Mätperiod 1 klar."), ("T2 2025", "Pågående", ""),
          ("Helår 2025", "Pågående", "Mätning 3 av 4 klar, resultat redovisas i februari. Fortsätter i plan 2026.")],
         "Registrator", "DELVIS", ""),
        (KLF, "Ekonomi", "Kontroll av behörigheter i ekonomisystemet – konton för avslutade anställningar",
         [("T1 2025", "Genomförd med avvikelse", "2 konton var aktiva efter avslutad anställning, spärrade 2025-04-22."),
          ("T2 2025", "", ""), ("Helår 2025", "", "Se T1")],
         "Ekonomichef", "GENOMFORD", "ja"),
        (KLF, "Ekonomi", "Kontroll av att beslutade investeringsprojekt följs upp mot budget",
         [("T2 2025", "Genomförd", ""), ("Helår 2025", "Genomförd", "Avvikelse mot budget förklarad i samtliga projekt.")],
         "Controller", "GENOMFORD", "nej"),
        (KLF, "Upphandling", "Uppföljning av att upphandlingar över direktupphandlingsgränsen annonseras",
         [("T1 2025", "Genomförd", "Årlig kontroll.")],
         "Upphandlingschef", "GENOMFORD", ""),
        (KLF, "Personal", "Kontroll av att löneutbetalningar till nyanställda stämmer mot anställningsavtal",
         [("T1 2025", "", ""), ("T2 2025", "", ""), ("Helår 2025", "", "")],
         "HR-chef", "SAKNAS", ""),
        (KLF, "Personal", "Kontroll av att chefer redovisar bisysslor årligen",
         [("Helår 2025", "Ej aktuell", "Utgår enligt KS beslut 2025-06-10 § 112, hanteras i HR-processen.")],
         "HR-chef", "UTGAR", ""),
        (ON, "Tillsyn", "Granskning av årsräkningar – samtliga inkomna årsräkningar granskas senast 30 juni",
         [("T1 2025", "Pågående", ""), ("T2 2025", "Genomförd", "412 av 412 granskade 2025-06-27."),
          ("Helår 2025", "", "Se T2")],
         "Enhetschef överförmyndarenheten", "GENOMFORD", ""),
        (ON, "Tillsyn", "Kontroll av att uttag från spärrade konton har överförmyndarens samtycke",
         [("Helår 2025", "Genomförd med avvikelse", "1 uttag utan samtycke, ärendet utrett och återbetalt.")],
         "Handläggare", "GENOMFORD", "ja"),
        (ON, "Ställföreträdare", "Kontroll av att nya ställföreträdare har giltigt utdrag ur belastningsregistret",
         [("T1 2025", "Genomförd", ""), ("Helår 2025", "Genomförd", "")],
         "Handläggare", "GENOMFORD", ""),
        (ON, "Ställföreträdare", "Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         [("T1 2025", "Ej påbörjad", ""), ("T2 2025", "Ej påbörjad", ""),
          ("Helår 2025", "Ej påbörjad", "Flyttas till plan 2026.")],
         "Enhetschef överförmyndarenheten", "EJ_GENOMFORD", ""),
    ]
    header = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar",
              "Ansvarig", "Senast ändrad"]
    lines = []
    dates = {"T1 2025": "2025-05-12", "T2 2025": "2025-09-18", "Helår 2025": "2026-01-15"}
    for org, proc, km, periods, ans, _, _ in ctrls:
        for per, st, kom in periods:
            lines.append([org, "Internkontrollplan 2025", proc, km, per, st, kom, ans, dates[per]])
    with open(os.path.join(HERE, fname), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for l in lines:
            w.writerow(l)

    FILES.append((fname, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fname, "INLAST", OFN, "2025", "HELAR"))
    for org, proc, km, periods, ans, st, avv in ctrls:
        exp(fname, KS if org == KLF else OFN, km, st, avv)


# ---------------------------------------------------------------------------
# 8. Rejected: Miljö- och byggnämndens följebrev (covering letter, no follow-up)
# ---------------------------------------------------------------------------
def build_letter():
    fname = "MBN_foljebrev_verksamhetsberattelse_2025.docx"
    d = docx.Document()
    fixed_props_docx(d, "Karin Nyström", "Följebrev verksamhetsberättelse 2025")
    d.sections[0].header.paragraphs[0].text = "Björkvikens kommun · Miljö- och byggförvaltningen"
    d.add_paragraph("2026-01-22")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Följebrev – Miljö- och byggnämndens verksamhetsberättelse 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Miljö- och byggnämndens verksamhetsberättelse för 2025 inför "
        "kommunstyrelsens sammanställning av årsredovisningen. Nämnden behandlar "
        "verksamhetsberättelsen på sitt sammanträde 2026-02-05.")
    d.add_paragraph(
        "Nämndens samlade bedömning är att den interna kontrollen är tillräcklig. Uppföljningen av "
        "internkontrollplanen 2025 är inte klar eftersom två kontroller av tillsynsdebitering slutförs "
        "i januari; den eftersänds senast 2026-01-30.")
    d.add_paragraph("Bilagor:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Bilaga", "Innehåll", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for row in [("1", "Verksamhetsberättelse 2025", "Bifogas"),
                ("2", "Uppföljning av internkontrollplan 2025", "Eftersänds"),
                ("3", "Internkontrollplan 2026 (förslag)", "Bifogas")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=10)
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Karin Nyström\nFörvaltningschef, miljö- och byggförvaltningen")
    d.save(os.path.join(HERE, fname))
    FILES.append((fname, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Björkvikens Bostäder AB", "Björkvikshem|BBAB|Björkvikshem AB"),
    ("Björkvikens Energi AB", "BEAB|Björkviken Energi"),
]


def main():
    # remove earlier outputs (but keep this script and README)
    for fn in os.listdir(HERE):
        if fn not in ("make_round.py", "README.md") and not fn.startswith("."):
            p = os.path.join(HERE, fn)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r291-")
    try:
        build_bun(1)
        build_bun(2)
        build_sn()
        build_tn(tmp)
        build_kfn(tmp)
        build_bostader()
        build_stratsys()
        build_letter()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2], row
            f.write(";".join(row) + "\n")
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(HERE, fn))


if __name__ == "__main__":
    main()
