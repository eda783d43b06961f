#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 55 – Arvika kommun (Värmland), helårsuppföljning internkontroll 2025.

Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import os, re, shutil, subprocess, tempfile, zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    assert ";" not in km and "\n" not in km
    EXPECTED.append((fil, namnd, km, status, avv))


def clean():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill("solid", start_color=hexrgb, end_color=hexrgb)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – wide xlsx: risk matrix | plan | delår | helår side by side
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_IKP_2025_uppfoljning_helar.xlsx"
    namnd = "Kommunstyrelsen"
    # (process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig,
    #  status delår, kommentar delår, status helår, resultat helår, avvikelse J/N, åtgärd, expected, avv)
    rows = [
        ("Inköp och upphandling",
         "Inköp görs utanför avtal vilket ger högre kostnader och bryter mot LOU", 3, 3,
         "Stickprov av 20 leverantörsfakturor mot avtal avseende pris och leverantör",
         "Stickprov i Raindance, jämförelse mot avtalsdatabasen", "2 ggr/år", "Upphandlingschef",
         "Pågår", "Första stickprovet (10 fakturor) klart i juni, inga avvikelser.",
         "Genomförd", "Andra stickprovet i november: 3 av 10 fakturor hade högre pris än avtalat (kontorsmaterial). Leverantören har krediterat mellanskillnaden.",
         "J", "Påminnelse till beställare om avtalskatalogen.", "GENOMFORD", "ja"),
        ("", "Direktupphandlingar dokumenteras inte enligt 19 kap. 30 § LOU", 3, 4,
         "Kontroll att direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinje",
         "Genomgång av direktupphandlingar i diariet", "1 gång/år", "Upphandlingschef",
         "Ej påbörjad", "Planeras till hösten.",
         "Delvis", "12 av 25 direktupphandlingar kontrollerade. Två saknade dokumentation av konkurrensutsättning.",
         "J", "Resterande kontrolleras i början av 2026. Utbildning för beställare i mars.", "DELVIS", "ja"),
        ("Ekonomi och redovisning",
         "Felaktig attest – beslutsattestanter saknar aktuell behörighet", 2, 3,
         "Kontroll av att attestförteckningen är aktuell och stämmer mot behörigheter i ekonomisystemet",
         "Avstämning attestförteckning mot Raindance", "2 ggr/år", "Redovisningsansvarig",
         "Genomförd", "Attestförteckningen reviderad, KS 2025-03-18 § 41.",
         "Genomförd", "Ny avstämning i december utan anmärkning.",
         "N", "", "GENOMFORD", "nej"),
        ("", "Förtroendekänsliga poster (representation, resor, gåvor) hanteras felaktigt", 3, 3,
         "Stickprov av 15 verifikationer avseende representation och förtroendekänsliga poster",
         "Granskning av syfte, deltagarlista och moms", "1 gång/år", "Controller",
         "", "",
         "Genomförd med anmärkning", "4 av 15 verifikationer saknade deltagarlista, i ett fall felaktigt avdragen moms.",
         "J", "Rättelse av moms gjord. Rutin för representation skickas ut på nytt.", "GENOMFORD", "ja"),
        ("Behörigheter och IT",
         "Avslutade medarbetare har kvar behörighet i ekonomi- och lönesystem", 2, 4,
         "Kontroll av att behörigheter i Raindance och Heroma avslutas när anställning upphör",
         "Jämförelse av aktiva konton mot avslutade anställningar", "1 gång/år", "Systemförvaltare",
         "Pågår", "Underlag beställt från HR.",
         "", "Genomförd i oktober. Två konton för avslutade anställda var fortfarande aktiva och har spärrats.",
         "J", "Ny checklista vid avslut av anställning.", "GENOMFORD", "ja"),
        ("", "Förlust av data vid driftstörning eller cyberangrepp", 2, 4,
         "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
         "Återläsningstest i testmiljö", "1 gång/år", "IT-chef",
         "", "",
         "Ej genomförd", "Testet har skjutits upp till 2026 på grund av byte av driftleverantör.",
         "N", "Genomförs efter migreringen, senast april 2026.", "EJ_GENOMFORD", "nej"),
        ("Personal och lön",
         "Felaktig lön vid nyanställning (fel lönebelopp eller anställningsform)", 3, 2,
         "Stickprov av 10 nyanställningar – kontroll av lönebelopp och anställningsform mot anställningsavtal",
         "Stickprov i Heroma mot avtal i personakt", "2 ggr/år", "HR-chef",
         "Pågår", "Första stickprovet klart, inga fel.",
         "", "",
         "", "", "DELVIS", "nej"),
        ("Informationshantering",
         "Personuppgifter behandlas utan att finnas i registerförteckningen (GDPR art. 30)", 2, 3,
         "Kontroll av att förvaltningens registerförteckning över personuppgiftsbehandlingar är komplett",
         "Genomgång med dataskyddsombudet", "1 gång/år", "Kanslichef",
         "Ej genomförd", "",
         "Utgår", "Ersätts av dataskyddsombudets granskning, beslut KS 2025-09-16 § 142.",
         "N", "", "UTGAR", "nej"),
        ("", "Delegationsbeslut anmäls inte till kommunstyrelsen", 2, 2,
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov i ärendehanteringssystemet Public 360", "2 ggr/år", "Kanslichef",
         "", "",
         "", "",
         "", "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ncol = 16
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Arvika kommun  |  Uppföljning helår 2025 (per 31 december)  |  "
                "Sammanställd av ekonomienheten, kommunledningsförvaltningen 2026-01-27")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    groups = [(1, 6, "RISKBEDÖMNING", "D9D9D9"), (7, 10, "PLAN 2025", "DDEBF7"),
              (11, 12, "UPPFÖLJNING DELÅR (per 31/8)", "FFF2CC"), (13, 16, "UPPFÖLJNING HELÅR", "E2EFDA")]
    for c1, c2, text, col in groups:
        cell = ws.cell(row=4, column=c1, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
        for c in range(c1, c2 + 1):
            ws.cell(row=4, column=c).fill = fill(col)
            ws.cell(row=4, column=c).border = BOX
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
    heads = ["Nr", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
             "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Status delår", "Kommentar delår",
             "Status helår", "Resultat/kommentar helår", "Avvikelse (J/N)", "Åtgärd/förslag"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        c.fill = fill(groups[[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3][i - 1]][3])
    r = 6
    proc_start = None
    nr = 0
    for row in rows:
        (proc, risk, s, k, km, metod, frek, ansv, sd, kd, sh, rh, avj, atg, st, avv) = row
        nr += 1
        if proc:
            if proc_start is not None and r - 1 > proc_start:
                ws.merge_cells(start_row=proc_start, start_column=2, end_row=r - 1, end_column=2)
            proc_start = r
        rv = s * k
        vals = [nr, proc or None, risk, s, k, rv, km, metod, frek, ansv,
                sd or None, kd or None, sh or None, rh or None, avj or None, atg or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        # risk matrix colour on the riskvärde cell (NOT a status)
        ws.cell(row=r, column=6).fill = fill("FF7C80" if rv >= 10 else ("FFE699" if rv >= 5 else "A9D08E"))
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, st, avv)
        r += 1
    if proc_start is not None and r - 1 > proc_start:
        ws.merge_cells(start_row=proc_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens. Färgmarkering av riskvärde: "
            "grön 1–4 låg risk, gul 5–9 medelhög risk, röd 10–16 hög risk.").font = Font(italic=True, size=9)
    ws.cell(row=r + 1, column=1, value="Status anges som Genomförd / Delvis / Ej genomförd / Utgår. "
            "Avvikelse anges med J eller N.").font = Font(italic=True, size=9)
    widths = [5, 18, 32, 11, 11, 9, 45, 28, 11, 18, 12, 30, 14, 50, 10, 34]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    # second sheet: the 4x4 risk matrix
    m = wb.create_sheet("Riskmatris")
    m["A1"] = "Riskmatris – sannolikhet × konsekvens"
    m["A1"].font = Font(bold=True, size=12)
    m["A3"] = "Sannolikhet \\ Konsekvens"
    for k in range(1, 5):
        m.cell(row=3, column=k + 1, value=k).font = Font(bold=True)
    for s in range(4, 0, -1):
        rr = 3 + (5 - s)
        m.cell(row=rr, column=1, value=s).font = Font(bold=True)
        for k in range(1, 5):
            v = s * k
            c = m.cell(row=rr, column=k + 1, value=v)
            c.fill = fill("FF7C80" if v >= 10 else ("FFE699" if v >= 5 else "A9D08E"))
            c.border = BOX
    m["A9"] = "1 = Osannolik/Försumbar, 2 = Mindre sannolik/Lindrig, 3 = Möjlig/Kännbar, 4 = Sannolik/Allvarlig"
    m.column_dimensions["A"].width = 24
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – docx, one table per process, "Följer plan (Ja/Nej/Delvis)"
# ---------------------------------------------------------------------------
def shade(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def build_sn():
    fil = "Socialnämnden helårsuppföljning internkontroll 2025.docx"
    namnd = "Socialnämnden"
    procs = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar av ekonomiskt bistånd", "9",
             "Stickprov av 15 utbetalningar av ekonomiskt bistånd per kvartal mot beslut och underlag",
             "Ja", "Genomfört alla fyra kvartal. Inga felaktiga utbetalningar upptäcktes.", "GENOMFORD", "nej"),
            ("Beslut fattas utan delegation", "6",
             "Kontroll att beslut om ekonomiskt bistånd fattas enligt gällande delegationsordning",
             "Ja", "Kontrollen visade att beslut i två ärenden fattats av handläggare utan delegation "
                   "(akuta beslut under semesterperioden). Rutinen för vikarierande handläggare har förtydligats.",
             "GENOMFORD", "ja"),
        ]),
        ("Myndighetsutövning barn och unga", [
            ("Barn som far illa uppmärksammas inte i tid", "12",
             "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Delvis", "Kontroll gjord för januari–juni. 87 % av förhandsbedömningarna gjordes inom 14 dagar, "
                       "övriga inom 21 dagar. Andra halvåret har inte kontrollerats.", "DELVIS", "ja"),
            ("Utredningstiden överskrids", "9",
             "Kontroll att barnavårdsutredningar avslutas inom fyra månader enligt 11 kap. 2 § SoL",
             "Nej", "Ej genomförd p.g.a. vakanser på barn- och ungdomsenheten under hösten. "
                    "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
            ("Placerade barn saknar aktuell vård- och genomförandeplan", "8",
             "Genomgång av att vårdplan och genomförandeplan finns för samtliga placerade barn",
             "", "Granskningen påbörjades i november och slutförs i februari 2026.", "DELVIS", "nej"),
        ]),
        ("Dokumentation och informationssäkerhet", [
            ("Otillbörlig åtkomst till personuppgifter i verksamhetssystemet", "8",
             "Loggkontroll i Treserva, 10 slumpvis valda akter per månad",
             "Ja", "Genomförd månadsvis. Vid ett tillfälle upptäcktes otillbörlig åtkomst. "
                   "Ärendet har hanterats av ansvarig chef tillsammans med HR.", "GENOMFORD", "ja"),
            ("Sekretessbelagda handlingar skickas till fel mottagare", "8",
             "Kontroll av att sekretessbelagda handlingar skickas med säker e-post eller rekommenderat brev",
             "Utgår", "Kontrollmomentet ströks av nämnden 2025-04-23 § 51 eftersom ny tjänst för säker "
                      "digital post har införts.", "UTGAR", "nej"),
            ("Synpunkter och klagomål tas inte tillvara", "6",
             "Kontroll att synpunkter och klagomål besvaras inom 10 arbetsdagar",
             "", "", "SAKNAS", "nej"),
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hdr = sec.header.paragraphs[0]
    hdr.text = "ARVIKA KOMMUN\tSocialförvaltningen\t2026-01-22"
    d.add_heading("Helårsuppföljning av Socialnämndens internkontrollplan 2025", level=1)
    d.add_paragraph("Dnr SN 2024/187")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (SN § 162). Planen bygger på "
        "en risk- och väsentlighetsanalys där risker med riskvärde 6 eller högre har lagts in i planen.")
    d.add_paragraph(
        "I tabellerna nedan redovisas per process om kontrollen har följt planen samt en kommentar om "
        "resultat och eventuella avvikelser. Uppföljningen avser hela året 2025.")
    d.add_heading("Uppföljning per process", level=2)
    for proc, items in procs:
        d.add_heading("Process: " + proc, level=3)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        heads = ["Risk", "Riskvärde", "Kontrollmoment", "Följer plan (Ja/Nej/Delvis)", "Kommentar"]
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for (risk, rv, km, fp, kom, stx, avv) in items:
            cells = t.add_row().cells
            for i, v in enumerate([risk, rv, km, fp, kom]):
                set_cell(cells[i], v)
            exp(fil, namnd, km, stx, avv)
        for row in t.rows:
            for i, w in enumerate([Cm(3.6), Cm(1.6), Cm(4.4), Cm(2.0), Cm(5.4)]):
                row.cells[i].width = w
        d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig. Bristerna inom "
        "myndighetsutövning barn och unga hänger samman med personalsituationen och hanteras i "
        "internkontrollplanen för 2026.")
    d.add_paragraph("Linnea Berglund\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – .ods, status words + comments column
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN uppföljning intern kontroll 2025.ods"
    namnd = "Barn- och utbildningsnämnden"
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Uppföljning av att avgifter i förskola och fritidshem debiteras enligt maxtaxan",
             "Stickprov 30 hushåll", "Ekonom BUF", "Klar",
             "Stickprov gjort i april. 2 hushåll hade felaktig inkomstuppgift, rättat och fakturerat.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll av skolskjutsfakturor mot körlistor från entreprenören",
             "Avstämning månadsvis", "Skolskjutssamordnare", "",
             "Genomförd för vt och ht. Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Kontroll av att statsbidrag rekvireras och återredovisas i tid",
             "Genomgång av Skolverkets beslut mot bokföring", "Controller", "Pågår",
             "Återredovisning av bidraget för likvärdig skola pågår, klart mars 2026.", "DELVIS", "nej"),
        ]),
        ("2. Verksamhet", [
            ("2.1", "Uppföljning av att kränkande behandling anmäls till huvudmannen inom en vecka",
             "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", "Klar",
             "Kontrollen har inte gjorts för fritidshemmen.", "GENOMFORD", "nej"),
            ("2.2", "Kontroll av att ogiltig frånvaro i Skola24 följs upp och meddelas vårdnadshavare",
             "Stickprov 3 skolor", "Rektorer", "",
             "Påbörjad, fortsätter under våren 2026.", "DELVIS", "nej"),
            ("2.3", "Kontroll att extra anpassningar och åtgärdsprogram dokumenteras enligt rutin",
             "Stickprov 20 elever", "Elevhälsochef", "",
             "Se bilaga", "OKLAR", "nej"),
            ("2.4", "Kontroll av att utdrag ur belastningsregistret har visats vid alla nyanställningar",
             "Genomgång av anställningar 2025", "HR-konsult", "Ej klar",
             "Ej genomförd, flyttas till plan 2026.", "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Personal", [
            ("3.1", "Kontroll av att lönetillägg och lönerevision beslutas enligt delegationsordningen",
             "Stickprov 10 beslut", "Förvaltningschef", "", "", "SAKNAS", "nej"),
            ("3.2", "Stickprov av timanställdas tidrapporter mot schema och underskrift av chef",
             "Stickprov 20 tidrapporter", "Löneadministratör", "",
             "Inte genomförd under året på grund av bytet av lönesystem.", "EJ_GENOMFORD", "nej"),
        ]),
    ]
    doc = OpenDocumentSpreadsheet()
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#c6d9f1", border="0.5pt solid #808080", wrapoption="wrap"))
    grp = Style(name="grp", family="table-cell")
    grp.addElement(TextProperties(fontweight="bold"))
    grp.addElement(TableCellProperties(backgroundcolor="#eeeeee"))
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap", verticalalign="top"))
    for s in (title, head, grp, body):
        doc.automaticstyles.addElement(s)
    colstyles = []
    for i, w in enumerate(["1.2cm", "8.5cm", "4.5cm", "4cm", "2.5cm", "9cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="Helår 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Uppföljning intern kontroll 2025 – Barn- och utbildningsnämnden"], title)
    row(["Period: helår (jan–dec 2025). Status anges som Klar, Pågår eller Ej klar."])
    row(["Uppgiftslämnare: Peter Nyström, controller, barn- och utbildningsförvaltningen"])
    row([])
    row(["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"], head)
    for gname, items in groups:
        row([gname, "", "", "", "", ""], grp)
        for (nr, km, met, ansv, stat, kom, stx, avv) in items:
            row([nr, km, met, ansv, stat, kom], body)
            exp(fil, namnd, km, stx, avv)
    row([])
    row(["", "Behandlad i nämnden 2026-02-12"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. CSV export (Hypergene-like), two förvaltningar, one row per control and period, cp1252
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Export_internkontroll_KFF_SBF_2025.csv"
    D, H = "2025 Delår (jan–aug)", "2025 Helår"
    data = [
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", [
            ("Kontanthantering", "Kontroll av kassahantering i simhallen – dagskassor mot kassarapport", "Badhuschef",
             [(D, "Genomförd", "Kontroll i mars och juni utan anmärkning.", "Nej", "2025-09-04"),
              (H, "Genomförd", "Vid kontrollen i oktober saknades 1 240 kr i dagskassan från juli. Incidentrapport upprättad.", "Ja", "2026-01-19")],
             "GENOMFORD", "ja"),
            ("Bidragshantering", "Kontroll av att föreningsbidrag betalas ut enligt gällande regelverk", "Fritidskonsulent",
             [(D, "Påbörjad", "Aktivitetsbidrag vt kontrollerat.", "Nej", "2025-09-04"),
              (H, "Delvis genomförd", "Lokalbidragen har inte hunnit kontrolleras.", "Nej", "2026-01-19")],
             "DELVIS", "nej"),
            ("Skydd av tillgångar", "Inventering av konstsamlingen – stickprov 40 verk mot förteckning", "Kultursekreterare",
             [(D, "Ej påbörjad", "Planeras till hösten.", "", "2025-09-05"),
              (H, "", "", "", "2026-01-20")],
             "EJ_GENOMFORD", "nej"),
            ("Intäkter", "Kontroll av att bokningar av idrottshallar och lokaler faktureras", "Bokningsansvarig",
             [(D, "Pågående", "Jämförelse bokningssystem mot kundreskontra pågår.", "", "2025-09-05")],
             "DELVIS", "nej"),
            ("Avtalsuppföljning", "Uppföljning av avtal med driftentreprenör för Ingestrandsbadet", "Fritidschef",
             [(D, "", "", "", "2025-09-05"),
              (H, "Utgår", "Avtalet upphörde 2025-05-31, badet drivs i egen regi.", "Nej", "2026-01-20")],
             "UTGAR", "nej"),
        ]),
        ("Samhällsbyggnadsförvaltningen", "Miljö- och byggnämnden", [
            ("Myndighetsutövning", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
             [(D, "Pågående", "Uppföljning månadsvis.", "", "2025-09-08"),
              (H, "Genomförd", "3 av 48 kontrollerade ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "Ja", "2026-01-21")],
             "GENOMFORD", "ja"),
            ("Avgifter", "Kontroll av att tillsynsavgifter inom miljöbalken debiteras enligt taxa", "Miljöchef",
             [(H, "Genomförd", "Stickprov 20 fakturor, samtliga korrekta.", "Nej", "2026-01-21")],
             "GENOMFORD", "nej"),
            ("Delegation", "Kontroll att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
             [(D, "Genomförd", "Kontroll gjord för perioden jan–jun.", "Nej", "2025-09-08"),
              (H, "Ej genomförd", "Höstens kontroll ej genomförd p.g.a. sjukskrivning.", "Nej", "2026-01-21")],
             "EJ_GENOMFORD", "nej"),
            ("Livsmedelskontroll", "Uppföljning av kontrollplan för livsmedel – andel genomförda inspektioner", "Miljöchef",
             [(D, "Pågående", "", "", "2025-09-08"),
              (H, "Delvis genomförd", "78 % av planerade inspektioner genomförda. Kontrollskulden förs över till 2026.", "Ja", "2026-01-22")],
             "DELVIS", "ja"),
            ("Dokumenthantering", "Kontroll av att inkomna handlingar diarieförs i Castor inom tre arbetsdagar", "Registrator",
             [(D, "", "", "", "2025-09-08"),
              (H, "", "", "", "2026-01-22")],
             "SAKNAS", "nej"),
        ]),
    ]
    lines = ["Förvaltning;Internkontrollplan;Process;Kontrollmoment;Ansvarig;Period;Status;Kommentar;Avvikelse;Senast ändrad"]
    for forv, namnd, items in data:
        for (proc, km, ansv, periods, stx, avv) in items:
            for (per, stat, kom, av, dt) in periods:
                plan = "Internkontrollplan 2025 " + namnd
                vals = [forv, plan, proc, km, ansv, per, stat, kom, av, dt]
                out = []
                for v in vals:
                    if ";" in v or '"' in v:
                        v = '"' + v.replace('"', '""') + '"'
                    out.append(v)
                lines.append(";".join(out))
            exp(fil, namnd, km, stx, avv)
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden – .xls with traffic-light fills and a colour legend beside the table
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"


def build_tn():
    fil = "TN internkontroll helår 2025.xls"
    namnd = "Tekniska nämnden"
    rows = [
        ("Investeringar och entreprenader",
         "Kontroll av att fakturor för entreprenader stäms av mot ÄTA-beslut", "Projektledare", GREEN, "",
         "5 projekt kontrollerade. I ett projekt (ombyggnad Rackstadskolan) saknades skriftligt ÄTA-beslut för 86 tkr.",
         "GENOMFORD", "ja"),
        ("", "Kontroll av att återkommande besiktningar av hissar och automatiska portar utförs", "Fastighetschef", GREEN, "",
         "", "GENOMFORD", "nej"),
        ("Fordon och drivmedel",
         "Kontroll av drivmedelskort – stickprov av tankningar mot körjournal", "Fordonssamordnare", YELLOW, "",
         "Kontroll gjord för januari–juni. Andra halvåret kontrolleras i februari.", "DELVIS", "nej"),
        ("Gata, park och VA",
         "Kontroll av att egenkontroll av kommunens lekplatser genomförs enligt plan", "Parkchef", GREEN, "",
         "Samtliga 34 lekplatser besiktigade, åtgärder enligt besiktningsprotokoll.", "GENOMFORD", "nej"),
        ("", "Kontroll av att avtalet för vinterväghållning följs upp mot entreprenörens rapporter", "Gatuchef", RED, "",
         "Ej gjort.", "EJ_GENOMFORD", "nej"),
        ("", "Uppföljning av VA-taxans debitering – stickprov 25 abonnenter", "VA-chef", GREEN, "OK",
         "Inga fel.", "GENOMFORD", "nej"),
        ("Arbetsmiljö och säkerhet",
         "Kontroll av kemikalieförteckningen för förråd och verkstad", "Driftchef", GREY, "",
         "Ansvaret flyttat till miljöenheten från 1 maj.", "UTGAR", "nej"),
        ("", "Kontroll av att skyddsronder genomförs på samtliga arbetsplatser", "Teknisk chef", None, "",
         "", "SAKNAS", "nej"),
        ("", "Kontroll av att inventarier i kommunens lokaler märks och registreras", "Lokalsamordnare", None, "",
         "Genomförd i september. Brister i märkningen på två skolor, åtgärdas under våren.", "GENOMFORD", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Tekniska nämnden – uppföljning av internkontrollplan, helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tekniska förvaltningen, Arvika kommun. Status markeras med färg enligt teckenförklaringen."
    heads = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
    r = 5
    for (proc, km, ansv, col, txt, kom, stx, avv) in rows:
        vals = [proc or None, km, ansv, txt or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if col:
            ws.cell(row=r, column=4).fill = fill(col)
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, stx, avv)
        r += 1
    # legend beside the table
    ws["G4"] = "Teckenförklaring"
    ws["G4"].font = Font(bold=True)
    for i, (col, text) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                     (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(row=5 + i, column=7).fill = fill(col)
        ws.cell(row=5 + i, column=7).border = BOX
        ws.cell(row=5 + i, column=8, value=text)
    ws.cell(row=r + 1, column=1, value="Upprättad 2026-01-26 av Jonas Håkansson, teknisk chef").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [26, 52, 18, 10, 55, 3, 6, 26]):
        ws.column_dimensions[col].width = w
    tmpdir = tempfile.mkdtemp(prefix="r55_")
    src = os.path.join(tmpdir, "TN internkontroll helår 2025.xlsx")
    wb.save(src)
    prof = tempfile.mkdtemp(prefix="r55_lo_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "xls",
                    "--outdir", tmpdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "TN internkontroll helår 2025.xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmpdir, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – Word form per control (label/value table, ☒/☐)
# ---------------------------------------------------------------------------
def boxes(options, ticked):
    return "   ".join(("☒ " if o in ticked else "☐ ") + o for o in options)


def build_ofn():
    fil = "ÖFN Uppföljning IKP 2025.docx"
    namnd = "Överförmyndarnämnden"
    forms = [
        ("Tillsyn över ställföreträdare", "Granskning av att samtliga årsräkningar har lämnats in senast 1 mars",
         "Handläggare överförmyndarenheten", "Januari–april 2025", ["Ja"],
         "Av 412 årsräkningar inkom 12 först efter påminnelse. Vitesföreläggande i 2 ärenden.", ["Ja"],
         "Påminnelse skickas i februari 2026 till samtliga ställföreträdare.", "GENOMFORD", "ja"),
        ("Tillsyn över ställföreträdare", "Stickprovskontroll av 10 % av årsräkningarna mot kontoutdrag och verifikationer",
         "Handläggare överförmyndarenheten", "Maj–december 2025", ["Delvis"],
         "30 av planerade 41 årsräkningar har granskats mot underlag. Resterande granskas i januari.", ["Nej"],
         "", "DELVIS", "nej"),
        ("Rekrytering av ställföreträdare", "Kontroll av att nya ställföreträdare har uppvisat utdrag ur belastningsregistret",
         "Enhetschef", "Helår 2025", ["Ja", "Delvis"],
         "Kontroll av 18 nya ställföreträdare.", [],
         "", "OKLAR", "nej"),
        ("Arvoden", "Kontroll av att arvoden beslutas och betalas ut enligt nämndens riktlinje",
         "Ekonom", "Helår 2025", [],
         "Kontrollen är genomförd för samtliga arvodesbeslut 2025. Inga avvikelser.", ["Nej"],
         "", "GENOMFORD", "nej"),
        ("Ärendehantering", "Kontroll av att nya ärenden registreras i Wärna inom en vecka",
         "Administratör", "Helår 2025", [],
         "", [],
         "", "SAKNAS", "nej"),
        ("Informationssäkerhet", "Kontroll av att handlingar med känsliga personuppgifter skickas rekommenderat",
         "Enhetschef", "Helår 2025", ["Nej"],
         "Kontrollen har inte genomförts, prioriterades bort vid årsräkningsgranskningen.", ["Nej"],
         "Läggs in i planen för 2026.", "EJ_GENOMFORD", "nej"),
    ]
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Överförmyndarnämnden i Arvika kommun")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår")
    d.add_paragraph("Blanketten fylls i för varje kontrollmoment och lämnas till ekonomienheten senast 31 januari.")
    for i, (omr, km, ansv, per, utf, iakt, avv_t, atg, stx, avv) in enumerate(forms, 1):
        h = d.add_paragraph()
        rr = h.add_run("Kontroll %d" % i)
        rr.bold = True
        rr.font.size = Pt(11)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        pairs = [("Kontrollområde", omr), ("Kontrollmoment", km), ("Ansvarig", ansv),
                 ("Kontrollperiod", per), ("Utfört", boxes(["Ja", "Delvis", "Nej"], utf)),
                 ("Iakttagelser/resultat", iakt), ("Avvikelse", boxes(["Ja", "Nej"], avv_t)),
                 ("Åtgärder", atg)]
        for lab, val in pairs:
            cells = t.add_row().cells
            set_cell(cells[0], lab, bold=True, size=10)
            shade(cells[0], "F2F2F2")
            set_cell(cells[1], val, size=10)
            cells[0].width = Cm(4)
            cells[1].width = Cm(12)
        d.add_paragraph()
        exp(fil, namnd, km, stx, avv)
    d.add_paragraph("Arvika 2026-01-29")
    d.add_paragraph("Karin Olsson, enhetschef överförmyndarenheten")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Arbetsmarknads- och integrationsnämnden – .docx numbered list, Status:/Kommentar: paragraphs
# ---------------------------------------------------------------------------
def build_ain():
    fil = "AIN_internkontroll_helar_2025.docx"
    namnd = "Arbetsmarknads- och integrationsnämnden"
    sections = [
        ("Ekonomi", [
            ("Kontroll av att utbetalningar av anställningsstöd och praktikersättning stämmer mot beslut",
             "Genomförd", "Stickprov 20 utbetalningar. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att statsbidrag för regionalt yrkesvux redovisas korrekt och i tid",
             "Genomförd med anmärkning", "Redovisningen till Skolverket lämnades två veckor för sent.", "GENOMFORD", "ja"),
            ("Kontroll av att interkommunal ersättning för SFI-elever från andra kommuner faktureras varje termin",
             "Pågår", "Vt fakturerad. Ht faktureras i januari 2026.", "DELVIS", "nej"),
        ]),
        ("Verksamhet", [
            ("Kontroll av att handlingsplan upprättas inom 30 dagar för deltagare i arbetsmarknadsinsats",
             "", "Kontrollen har inte hunnits med under 2025.", "EJ_GENOMFORD", "nej"),
            ("Kontroll av närvarorapportering för deltagare med aktivitetsersättning",
             "Se bilaga", "", "OKLAR", "nej"),
            ("Kontroll att betyg i vuxenutbildningen dokumenteras i Alvis inom en vecka efter kursslut",
             "Ej genomförd", "Ny rutin tas fram först, kontrollen görs 2026.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Kontroll av att behörigheter i verksamhetssystemet avslutas för medarbetare som slutat",
             "Klar", "Tre behörigheter som borde ha avslutats togs bort i samband med kontrollen.", "GENOMFORD", "ja"),
            ("Kontroll av att personuppgiftsbiträdesavtal finns med externa utbildningsanordnare",
             "Utgår", "Ingår i den kommunövergripande granskningen som kommunstyrelsen gör.", "UTGAR", "nej"),
        ]),
    ]
    d = docx.Document()
    d.add_heading("Uppföljning internkontroll helår 2025", level=1)
    d.add_paragraph("Arbetsmarknads- och integrationsnämnden, Arvika kommun")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Nedan redovisas varje kontrollmoment "
        "med status och kommentar efter årets slut. Delårsuppföljningen redovisades för nämnden i september.")
    for head, items in sections:
        d.add_heading(head, level=2)
        for (km, stat, kom, stx, avv) in items:
            d.add_paragraph(km, style="List Number")
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.25)
            r = p.add_run("Status: ")
            r.bold = True
            p.add_run(stat)
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.25)
            r = p.add_run("Kommentar: ")
            r.bold = True
            p.add_run(kom)
            exp(fil, namnd, km, stx, avv)
    d.add_paragraph()
    d.add_paragraph("Arvika 2026-01-30")
    d.add_paragraph("Maria Ek\nFörvaltningschef, arbetsmarknad och vuxenutbildning")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Vård- och omsorgsnämnden – .xlsx with ✔/✖/◐ per tertial, legend in a text box (drawing shape)
# ---------------------------------------------------------------------------
TEXTBOX_LINES = [
    ("Teckenförklaring", True),
    ("✔  = Genomförd", False),
    ("◐  = Delvis genomförd / pågår", False),
    ("✖  = Ej genomförd", False),
    ("U  = Utgår (beslut i nämnd)", False),
    ("Fyll i symbol för varje tertial.", False),
]


def add_textbox(path, sheet_index=1):
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    paras = []
    for text, bold in TEXTBOX_LINES:
        b = ' b="1"' if bold else ""
        text = text.replace("&", "&amp;").replace("<", "&lt;")
        paras.append('<a:p><a:r><a:rPr lang="sv-SE" sz="1000"%s/><a:t>%s</a:t></a:r></a:p>' % (b, text))
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="%s">'
        '<xdr:twoCellAnchor editAs="oneCell">'
        '<xdr:from><xdr:col>9</xdr:col><xdr:colOff>152400</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
        '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>300000</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>100000</xdr:rowOff></xdr:to>'
        '<xdr:sp macro="" textlink="">'
        '<xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="1300000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFE1"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></xdr:spPr>'
        '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/>'
        '<a:lstStyle/>%s</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
    ) % (a, "".join(paras))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdDr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
            'Target="../drawings/drawing1.xml"/></Relationships>')
    tmp = path + ".tmp"
    sheet = "xl/worksheets/sheet%d.xml" % sheet_index
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        assert "xl/worksheets/_rels/sheet%d.xml.rels" % sheet_index not in names
        for n in names:
            data = zin.read(n)
            if n == sheet:
                s = data.decode("utf-8")
                tag = ('<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                       'r:id="rIdDr1"/>')
                m = re.search(r"<(legacyDrawing|tableParts|extLst)\b", s)
                pos = m.start() if m else s.rindex("</worksheet>")
                s = s[:pos] + tag + s[pos:]
                data = s.encode("utf-8")
            elif n == "[Content_Types].xml":
                s = data.decode("utf-8")
                s = s.replace("</Types>",
                              '<Override PartName="/xl/drawings/drawing1.xml" '
                              'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
                data = s.encode("utf-8")
            zout.writestr(n, data)
        zout.writestr("xl/drawings/drawing1.xml", drawing.encode("utf-8"))
        zout.writestr("xl/worksheets/_rels/sheet%d.xml.rels" % sheet_index, rels.encode("utf-8"))
    os.replace(tmp, path)


def build_von():
    fil = "VON uppföljning internkontrollplan 2025 T3.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    rows = [
        ("Hälso- och sjukvård", "Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas",
         "Genomgång av avvikelser i Procapita", "MAS", "✔", "✔", "✔", "", "GENOMFORD", "nej"),
        ("", "Kontroll av att delegeringar av HSL-insatser till omsorgspersonal är aktuella",
         "Stickprov 2 enheter per tertial", "MAS", "", "", "?", "", "OKLAR", "nej"),
        ("", "Kontroll av att riskbedömningar för fall, nutrition och trycksår registreras i Senior alert",
         "Uttag ur Senior alert", "Sjuksköterskor", "", "", "✖",
         "Ej genomförd p.g.a. införandet av nytt verksamhetssystem.", "EJ_GENOMFORD", "nej"),
        ("Hemtjänst", "Stickprov av 10 genomförandeplaner per enhet i hemtjänsten",
         "Granskning av genomförandeplaner", "Enhetschefer", "◐", "◐", "✔",
         "Brister i 4 planer (ej uppdaterade efter ändrat beslut). Planerna är nu uppdaterade.", "GENOMFORD", "ja"),
        ("", "Kontroll av att utförda hemtjänsttimmar i TES stämmer mot beviljade timmar",
         "Avstämning TES mot beslut", "Biståndshandläggare", "✖", "◐", "",
         "Kontroll för T2 pågår.", "DELVIS", "nej"),
        ("", "Kontroll av att larmkvittenser följs upp inom 30 minuter",
         "Rapport från larmcentralen", "Enhetschef larm", "", "", "", "", "SAKNAS", "nej"),
        ("Särskilt boende", "Kontroll av hanteringen av brukarnas privata medel på särskilda boenden",
         "Kassagranskning", "Enhetschefer", "✔", "✔", "✔",
         "Differens på 2 300 kr upptäckt på Solbacken i november, polisanmälan gjord.", "GENOMFORD", "ja"),
        ("", "Kontroll av att nattbemanningen följer beslutad bemanningsplan",
         "Schemagenomgång", "Verksamhetschef", "", "", "U",
         "Utgår enl. beslut VON 2025-06-11 § 63.", "UTGAR", "nej"),
        ("Ekonomi", "Kontroll av att fakturor för köpta platser stäms av mot beslut",
         "Avstämning faktura mot beslut", "Controller", "", "✔", "", "", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Vård- och omsorgsnämnden – uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per tertial. T3 = helår. Senast uppdaterad 2026-01-23."
    heads = ["Område", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "T3 (helår)", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D6DCE4")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center" if 5 <= i <= 7 else "left")
    r = 5
    for (omr, km, met, ansv, t1, t2, t3, kom, stx, avv) in rows:
        vals = [omr or None, km, met, ansv, t1 or None, t2 or None, t3 or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 5 <= i <= 7 else None)
            if 5 <= i <= 7:
                c.font = Font(size=12)
        exp(fil, namnd, km, stx, avv)
        r += 1
    for col, w in zip("ABCDEFGH", [18, 52, 26, 18, 7, 7, 10, 50]):
        ws.column_dimensions[col].width = w
    path = os.path.join(OUT, fil)
    wb.save(path)
    add_textbox(path)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknad och vuxenutbildning|Arbetsmarknadsenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write("%s;%s\n" % (n, a))
    reg = {n for n, _ in namnder}
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            assert row[2] in reg, row
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert row[1] in reg, row
            f.write(";".join(row) + "\n")


def main():
    clean()
    build_ks()
    build_sn()
    build_bun()
    build_csv()
    build_tn()
    build_ofn()
    build_ain()
    build_von()
    write_csvs()
    print("files:", len({f[0] for f in FILES}), "nämnd rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
