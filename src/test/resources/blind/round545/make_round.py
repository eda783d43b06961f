#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r545 - Tjörns kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv, deterministically.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# Fixed zip timestamps so that xlsx/docx/ods are byte-stable between runs
FIXED_DT = (2026, 1, 20, 9, 0, 0)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (keeps mimetype first, stored)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.external_attr = info.external_attr
            if info.filename == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_core_props(wb):
    import datetime
    wb.properties.creator = "Tjörns kommun"
    wb.properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL_GREEN = PatternFill("solid", fgColor="C6EFCE")
FILL_YELLOW = PatternFill("solid", fgColor="FFEB9C")
FILL_RED = PatternFill("solid", fgColor="FFC7CE")
FILL_GREY = PatternFill("solid", fgColor="D9D9D9")
FILL_HEAD = PatternFill("solid", fgColor="1F4E78")
FILL_GROUP = PatternFill("solid", fgColor="DDEBF7")

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelseförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Sektor barn och utbildning"),
    ("Socialnämnden", "SN|Socialförvaltningen|Sektor socialtjänst"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Sektor samhällsbyggnad"),
    ("Tekniska nämnden", "TN|Teknisk förvaltning|Sektor teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Miljö- och byggenheten"),
    ("Tjörns Bostads AB", "TBAB|Tjörns Bostäder|Tjörns Bostäder AB|Tjörnbostäder"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
]

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, T1 / T2 / Helår side by side
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Kommunstyrelsen_IK-uppföljning_2025.xlsx"
    namnd = "Kommunstyrelsen"
    # (nr, kontrollmoment, ansvarig, T1, T2, helår, avvikelse-kol, kommentar, exp_status, exp_avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsansvarig",
             "Pågår", "Pågår", "Genomförd", "Ja",
             "Stickprov 40 fakturor. 3 fakturor attesterade av person utan delegation. Attestlistan uppdaterad i oktober.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)", "Controller",
             "Ej påbörjad", "Genomförd", "", "",
             "Genomförd under T2, inga avvikelser noterade.",
             "GENOMFORD", "nej"),
            ("1.3", "Avstämning av balanskonton vid månadsbokslut", "Redovisningsansvarig",
             "Genomförd", "Genomförd", "Genomförd", "Nej",
             "Samtliga balanskonton avstämda per 2025-12-31.",
             "GENOMFORD", "nej"),
        ]),
        ("Personal och lön", [
            ("2.1", "Kontroll att löneutbetalningar överensstämmer med anställningsavtal", "Lönechef",
             "", "Pågår", "Delvis genomförd", "Ja",
             "25 av planerade 50 anställningar kontrollerade. 2 felaktiga lönetillägg har återkrävts.",
             "DELVIS", "ja"),
            ("2.2", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
             "Pågår", "Pågår", "Ej genomförd", "",
             "Ej genomförd p.g.a. byte av HR-system. Flyttas till internkontrollplan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörighetskontroll i ekonomisystemet – avslutade anställningar", "IT-chef",
             "", "Genomförd", "Genomförd", "Nej",
             "Inga aktiva konton för avslutade anställda vid kontrolltillfällena.",
             "GENOMFORD", "nej"),
            ("3.2", "Kontroll av säkerhetskopiering och återläsningstest", "IT-chef",
             "", "", "Utgår", "",
             "Utgår enligt KS beslut 2025-06-11 § 98; ingår i nytt avtal för IT-drift.",
             "UTGAR", ""),
        ]),
        ("Upphandling", [
            ("4.1", "Avtalstrohet – inköp utanför ramavtal", "Upphandlingschef",
             "Pågår", "Pågår", "", "",
             "",
             "DELVIS", ""),
            ("4.2", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "Upphandlingschef",
             "", "", "Genomförd", "Ja",
             "12 direktupphandlingar granskade, 4 saknade dokumentation. Utbildning för beställare genomförd i november.",
             "GENOMFORD", "ja"),
        ]),
        ("Kansli", [
            ("5.1", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
             "Genomförd", "Genomförd", "Genomförd", "Nej",
             "Samtliga delegationsbeslut anmälda.",
             "GENOMFORD", "nej"),
            ("5.2", "Diarieföring av inkomna handlingar inom fem arbetsdagar", "Registrator",
             "", "", "", "",
             "",
             "SAKNAS", ""),
        ]),
    ]

    wb = openpyxl.Workbook()
    fix_core_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Tjörns kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = ("Rapporteringstillfällen: T1 (jan–apr), T2 (maj–aug), Helår (sep–dec). "
                "Ange status: Genomförd / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår.")
    ws["A3"].font = Font(size=9, italic=True)
    ws.merge_cells("A3:I3")
    headers = ["Nr", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2", "Status helår",
               "Avvikelse (ja/nej)", "Kommentar helår", "Senast uppdaterad"]
    hr = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL_HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = hr + 1

    def status_fill(s):
        s = s.lower()
        if s == "genomförd":
            return FILL_GREEN
        if s in ("pågår", "delvis genomförd"):
            return FILL_YELLOW
        if s in ("ej genomförd", "ej påbörjad"):
            return FILL_RED
        if s == "utgår":
            return FILL_GREY
        return None

    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = FILL_GROUP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for (nr, km, ans, t1, t2, hel, avv, kom, es, ea) in rows:
            vals = [nr, km, ans, t1, t2, hel, avv, kom, "2026-01-19" if (hel or kom) else ""]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (4, 5, 6) and v:
                    f = status_fill(v)
                    if f:
                        cell.fill = f
            exp(fil, namnd, km, es, ea)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Anna Karlsson, ekonomiavdelningen, 2026-01-20")
    ws.cell(row=r + 1, column=1, value="Behandlas av kommunstyrelsen 2026-02-11.")
    widths = [6, 48, 20, 13, 13, 15, 11, 55, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"

    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Varje kontrollansvarig fyller i status för respektive rapporteringstillfälle.",
        "Vid avvikelse anges ”Ja” i kolumnen Avvikelse och avvikelsen beskrivs i kommentaren.",
        "Kontroller som genomförts vid tidigare tillfälle behöver inte fyllas i igen.",
        "Statusfärger: grön = genomförd, gul = pågår/delvis, röd = ej genomförd/ej påbörjad, grå = utgår.",
        "Frågor: ekonomiavdelningen, ekonomi@tjorn.se",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 100
    wb.save(fil)
    normalize_zip(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - docx, status symbols with legend under the table
# ---------------------------------------------------------------------------
def build_sn():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    fil = "Socialnämnden - Uppföljning internkontroll helår 2025.docx"
    namnd = "Socialnämnden"
    rows = [
        ("Ekonomiskt bistånd",
         "Kontroll att utbetalningar av ekonomiskt bistånd har beslut och är korrekt beräknade",
         "Stickprov 30 ärenden per halvår", "✓",
         "60 ärenden granskade. I 2 ärenden saknades underskrift på beslutet; har rättats.",
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Kontroll mot Försäkringskassan och CSN för att upptäcka dubbla utbetalningar",
         "Månadsvis avstämning i SSBTEK", "✓",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur Treserva per tertial", "◐",
         "Granskning gjord för januari–augusti: 87 % av förhandsbedömningarna klara inom 14 dagar. "
         "September–december återstår på grund av byte av verksamhetssystem.",
         "DELVIS", "ja"),
        ("Barn och unga",
         "Utredningstiden för barnavårdsutredningar överstiger inte fyra månader",
         "Uttag ur Treserva", "✗",
         "Ej genomförd, resursbrist under hösten. Överförs till 2026.",
         "EJ_GENOMFORD", ""),
        ("Äldreomsorg",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 20 brukare", "✓",
         "18 av 20 brukare hade aktuell genomförandeplan. Påminnelse till enhetscheferna.",
         "GENOMFORD", "ja"),
        ("Äldreomsorg",
         "Läkemedelshantering – signeringslistor i hemtjänsten",
         "Egenkontroll av MAS", "◐",
         "Två av fyra hemtjänstgrupper granskade.",
         "DELVIS", ""),
        ("Äldreomsorg",
         "Avgifter inom äldreomsorgen debiteras enligt maxtaxa",
         "Stickprov 25 fakturor", "–",
         "Ej aktuell 2025, ingår i kommunstyrelsens granskning av debiteringsprocessen.",
         "UTGAR", ""),
        ("Funktionsstöd",
         "Tidredovisning och fakturering från privata assistansanordnare",
         "Stickprov 10 ärenden", "✓",
         "Genomförd, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Funktionsstöd",
         "Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov",
         "Genomgång av samtliga rapporter", "",
         "Se bilaga 2.",
         "OKLAR", ""),
        ("Personal",
         "Kontroll av utdrag ur belastningsregistret vid anställning",
         "Stickprov 15 anställningar", "✓",
         "15 av 15 hade uppvisat registerutdrag.",
         "GENOMFORD", "nej"),
        ("Nämndadministration",
         "Delegationsbeslut anmäls till nämnden",
         "Genomgång av delegationslistor", "",
         "",
         "SAKNAS", ""),
    ]

    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Tjörns kommun\tSocialförvaltningen\t2026-01-28"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Socialnämnden")
    p = d.add_paragraph()
    p.add_run("Diarienummer: ").bold = True
    p.add_run("SN 2025/112")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplan 2025 den 11 december 2024. Planen omfattar elva "
        "kontrollmoment. Nedan redovisas resultatet för helåret. Kontroller som inte kunnat "
        "genomföras under året har bedömts inför arbetet med internkontrollplan 2026.")
    d.add_heading("Resultat per kontrollmoment", level=2)

    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Område", "Kontrollmoment", "Metod", "Status*", "Resultat/kommentar"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        tcPr = c._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        tcPr.append(shd)
    for (omr, km, metod, sym, kom, es, ea) in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cells[2].text = metod
        cells[3].text = sym
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[4].text = kom
        exp(fil, namnd, km, es, ea)
    # merge the Område column for consecutive equal values
    i = 1
    n = len(rows)
    while i <= n:
        j = i
        while j + 1 <= n and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            top = t.cell(i, 0)
            merged = top.merge(t.cell(j, 0))
            # keep only one text
            for para in merged.paragraphs[1:]:
                para._element.getparent().remove(para._element)
            merged.paragraphs[0].text = rows[i - 1][0]
        i = j + 1
    widths = [Cm(3.0), Cm(5.5), Cm(3.2), Cm(1.3), Cm(6.0)]
    for row in t.rows:
        for k, w in enumerate(widths):
            row.cells[k].width = w

    leg = d.add_paragraph()
    r = leg.add_run("* Teckenförklaring status: ✓ = genomförd   ◐ = delvis genomförd/pågår   "
                    "✗ = ej genomförd   – = utgår/ej aktuell")
    r.italic = True
    r.font.size = Pt(8)

    d.add_paragraph()
    d.add_paragraph(
        "Samlad bedömning: Förvaltningen bedömer att den interna kontrollen i huvudsak varit "
        "tillräcklig. De kontroller som inte genomförts förs över till plan 2026.")
    d.add_paragraph("Maria Olsson\nförvaltningschef, Socialförvaltningen")
    cp = d.core_properties
    import datetime
    cp.author = "Maria Olsson"
    cp.created = datetime.datetime(2026, 1, 28, 10, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 28, 10, 0, 0)
    d.save(fil)
    normalize_zip(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - ods, Delår + Helår columns
# ---------------------------------------------------------------------------
def build_bun():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import (Style, TableColumnProperties, TableCellProperties,
                           TextProperties, ParagraphProperties)
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P

    fil = "BUN_internkontroll_2025_helår.ods"
    namnd = "Barn- och utbildningsnämnden"
    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Skolskjutssamordnare", "Pågår", "Klar",
         "20 beslut granskade, samtliga enligt riktlinjer.", "GENOMFORD", "nej"),
        ("Elevhälsa", "Kränkande behandling anmäls till huvudmannen utan dröjsmål",
         "Rektorer", "Klar", "Klar",
         "3 anmälningar kom in senare än en vecka efter händelsen. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Pågår", "Pågår",
         "Kontroll för september–december pågår, klar i februari 2026.", "DELVIS", ""),
        ("Ekonomi", "Skolpeng till fristående skolor baseras på korrekt elevantal",
         "Controller", "Klar", "", "", "GENOMFORD", ""),
        ("Förskola", "Placering i förskola sker enligt kötid och placeringsregler",
         "Förskolechef", "Ej påbörjad", "Ej påbörjad",
         "Ej genomförd under året, prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("Förskola", "Avgifter för förskola och fritidshem debiteras enligt maxtaxa",
         "Avgiftshandläggare", "Pågår", "Klar",
         "Inkomstkontroll mot Skatteverket visade 14 hushåll med för låg avgift; efterdebitering gjord.",
         "GENOMFORD", "ja"),
        ("Grundskola", "Ledighetsansökningar hanteras enligt riktlinje om elevers ledighet",
         "Rektorer", "Ej påbörjad", "Avbruten",
         "Avbruten genom nämndens beslut 2025-09-17 § 64.", "UTGAR", ""),
        ("Grundskola", "Frånvarorapportering och uppföljning av problematisk skolfrånvaro",
         "Rektorer", "Pågår", "Delvis klar",
         "Genomförd på 4 av 6 skolor.", "DELVIS", ""),
        ("Informationssäkerhet", "Behörigheter i elevregistret tas bort när anställning avslutas",
         "Systemförvaltare", "-", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Gymnasium och vuxenutbildning", "Interkommunal ersättning (IKE) faktureras och betalas korrekt",
         "Ekonom", "", "", "", "SAKNAS", ""),
    ]

    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #808080",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(body)
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    colw = ["3.5cm", "8cm", "3.5cm", "3cm", "3cm", "8cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    tbl = Table(name="IK 2025")
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def row(values, style=None, spans=None):
        tr = TableRow()
        spans = spans or {}
        skip = 0
        for i, v in enumerate(values):
            if skip:
                tr.addElement(CoveredTableCell())
                skip -= 1
                continue
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if i in spans:
                kw["numbercolumnsspanned"] = spans[i]
                skip = spans[i] - 1
            if v == "" or v is None:
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        tbl.addElement(tr)

    row(["Barn- och utbildningsförvaltningen"], style=bold)
    row(["Internkontrollplan 2025 – uppföljning delår och helår"], style=title)
    row(["Status anges som: Klar, Delvis klar, Pågår, Ej påbörjad, Avbruten"], style=small)
    row([""])
    row(["Process", "Kontrollmoment", "Kontrollansvarig", "Uppföljning", "", "Kommentar"],
        style=head, spans={3: 2})
    row(["", "", "", "Delår 2025\n(jan–aug)", "Helår 2025", ""], style=head)
    for (proc, km, ans, d, h, kom, es, ea) in rows:
        row([proc, km, ans, d, h, kom], style=body)
        exp(fil, namnd, km, es, ea)
    row([""])
    row(["Uppföljningen redovisas för nämnden 2026-02-18. Kontaktperson: Erik Lindqvist, kvalitetsstrateg."],
        style=small)
    doc.spreadsheet.addElement(tbl)
    doc.save(fil)
    normalize_zip(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - .xls (xlwt), one period, "Granskning genomförd"
# ---------------------------------------------------------------------------
def build_sbn():
    import xlwt
    fil = "SBN IK-uppföljning 2025.xls"
    namnd = "Samhällsbyggnadsnämnden"
    rows = [
        ("SB1", "Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL",
         "6 av 40 granskade ärenden överskred tio veckor; avgiften reducerades enligt PBL.",
         "Översyn av ärendefördelningen i bygglovsgruppen.", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        ("SB2", "Planering", "Planavtal upprättas innan planarbete påbörjas",
         "Ingen avvikelse.", "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        ("SB3", "Exploatering", "Exploateringsavtal följs upp mot faktiskt utfall",
         "Två av fem avtal granskade. Resterande granskas under första kvartalet 2026.",
         "", "Granskning delvis genomförd", "Delår 2026",
         "DELVIS", ""),
        ("SB4", "Lantmäteri", "Avgifter för lantmäteriförrättningar debiteras enligt taxa",
         "Inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        ("SB5", "Mark och exploatering",
         "Försäljning av kommunal mark sker enligt riktlinjer och oberoende värdering",
         "Granskningen har inte hunnits med under året.", "Överförs till plan 2026.",
         "Granskning ej genomförd", "Delår 2026",
         "EJ_GENOMFORD", ""),
        ("SB6", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "1 av 30 fakturor saknade attest av behörig attestant.", "Påminnelse till attestanter.",
         "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        ("SB7", "Arkiv", "Handlingar i bygglovsärenden arkiveras enligt dokumenthanteringsplan",
         "", "", "", "",
         "SAKNAS", ""),
        ("SB8", "Dataskydd", "Personuppgifter i e-tjänster gallras enligt gallringsbeslut",
         "Gallring har inte genomförts under 2025, e-tjänsteplattformen saknar gallringsfunktion.",
         "Beställning av gallringsfunktion hos leverantören.", "", "Delår 2026",
         "EJ_GENOMFORD", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    ws.header_str = b"&L&F&RTjorns kommun"
    ws.footer_str = b"&CSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert centre")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert top")
    ws.write_merge(0, 0, 0, 6, "Uppföljning internkontrollplan 2025", title)
    ws.write(2, 0, "Nämnd/enhet:", bold)
    ws.write_merge(2, 2, 1, 3, "Samhällsbyggnadsnämnden")
    ws.write(3, 0, "År:", bold)
    ws.write(3, 1, "2025")
    ws.write(4, 0, "Period:", bold)
    ws.write(4, 1, "Helår")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
           "Status", "Återredovisas"]
    for c, h in enumerate(hdr):
        ws.write(6, c, h, head)
    r = 7
    for (i, proc, km, av, atg, stt, ater, es, ea) in rows:
        for c, v in enumerate([i, proc, km, av, atg, stt, ater]):
            ws.write(r, c, v, body)
        exp(fil, namnd, km, es, ea)
        r += 1
    ws.write(r + 1, 0, "Upprättad 2026-01-23 av Johan Berg, administrativ chef, samhällsbyggnadsförvaltningen")
    for c, w in enumerate([6, 18, 40, 45, 32, 22, 13]):
        ws.col(c).width = 256 * w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - xlsx, adopted plan columns beside follow-up columns
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Tekniska nämnden IKP 2025 plan och uppföljning.xlsx"
    namnd = "Tekniska nämnden"
    # process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig, T2, helår, avv, kommentar, es, ea
    rows = [
        ("VA", "Felaktig debitering av VA-avgifter", 2, 3,
         "Kontroll att VA-debitering sker enligt gällande VA-taxa", "Stickprov 30 abonnenter",
         "Två gånger per år", "VA-chef", "Genomförd", "Genomförd", "Nej",
         "60 abonnenter kontrollerade under året, inga fel.", "GENOMFORD", "nej"),
        ("VA", "Bristande egenkontroll av dricksvatten", 2, 4,
         "Provtagning av dricksvatten enligt fastställt provtagningsprogram", "Genomgång av provsvar",
         "Månadsvis", "Driftchef VA", "Genomförd", "Delvis genomförd", "Ja",
         "Provtagningen i oktober uteblev vid Kållekärrs vattenverk. Två prover med anmärkning (koliforma bakterier), åtgärdat.",
         "DELVIS", "ja"),
        ("Avfall", "Felaktig fakturering av renhållningsavgift", 2, 2,
         "Avstämning av abonnemangsregister mot fakturering", "Registeravstämning",
         "Årligen", "Avfallschef", "Ej påbörjad", "Genomförd", "Ja",
         "12 abonnemang med fel kärlstorlek har rättats.", "GENOMFORD", "ja"),
        ("Gata/park", "Bristande tillsyn av lekplatser", 3, 3,
         "Besiktning av lekplatser enligt SS-EN 1176", "Protokoll från besiktning",
         "Årligen", "Gatuchef", "Pågår", "Ej genomförd", "",
         "Upphandling av besiktningsman försenad; besiktning genomförs våren 2026.",
         "EJ_GENOMFORD", ""),
        ("Gata/park", "Fakturering av vinterväghållning stämmer inte med utfört arbete", 2, 3,
         "Kontroll av entreprenörens körjournaler mot fakturor", "Stickprov 10 fakturor",
         "Vintersäsong", "Gatuchef", "Genomförd", "", "", "",
         "GENOMFORD", ""),
        ("Fastighet", "Eftersatt underhåll", 3, 4,
         "Underhållsplanen följs upp mot utfört underhåll", "Avstämning mot underhållsplan",
         "Halvår", "Fastighetschef", "Pågår", "Pågår", "",
         "Uppföljning påbörjad, beräknas klar mars 2026.", "DELVIS", ""),
        ("Fastighet", "Byggnader saknar godkänd OVK", 2, 3,
         "Kontroll att obligatorisk ventilationskontroll (OVK) är genomförd och godkänd",
         "Uttag ur fastighetssystemet", "Årligen", "Fastighetschef", "", "Genomförd", "Ja",
         "3 av 41 byggnader saknade godkänd OVK; åtgärder beställda.", "GENOMFORD", "ja"),
        ("Hamnar", "Felaktig debitering av båtplatsavgifter", 2, 2,
         "Kontroll att båtplatsavgifter debiteras enligt taxa", "Stickprov 20 båtplatser",
         "Årligen", "Hamnansvarig", "", "Utgår", "",
         "Utgår – gästhamnsverksamheten överläts till extern aktör 2025-07-01.", "UTGAR", ""),
        ("Ekonomi", "Inköp görs utanför avtal", 3, 2,
         "Avtalstrohet vid inköp av material och tjänster", "Spendanalys",
         "Årligen", "Controller", "", "", "", "", "SAKNAS", ""),
        ("Arbetsmiljö", "Tillbud och olycksfall rapporteras inte", 2, 3,
         "Tillbud och arbetsskador rapporteras i KIA", "Genomgång av KIA-rapporter",
         "Tertialvis", "Förvaltningschef", "Genomförd", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_core_props(wb)
    ws = wb.active
    ws.title = "Plan och uppföljning"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Planen antagen av tekniska nämnden 2024-12-12 § 87. Uppföljning T2 och helår."
    ws["A2"].font = Font(italic=True, size=9)
    # two-level header
    ws["A4"] = "ANTAGEN PLAN"
    ws.merge_cells("A4:I4")
    ws["J4"] = "UPPFÖLJNING"
    ws.merge_cells("J4:M4")
    for c in ("A4", "J4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].alignment = Alignment(horizontal="center")
    for col in range(1, 10):
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="2F5597")
    for col in range(10, 14):
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="548235")
    hdr = ["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status T2", "Status helår", "Avvikelse", "Resultat/kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2" if c <= 9 else "E2EFDA")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for (proc, risk, s, k, km, metod, frek, ans, t2, hel, avv, kom, es, ea) in rows:
        rv = s * k
        vals = [proc, risk, s, k, rv, km, metod, frek, ans, t2, hel, avv, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=(None if v == "" else v))
            cell.alignment = WRAP
            cell.border = BOX
        rc = ws.cell(row=r, column=5)
        rc.fill = FILL_RED if rv >= 9 else (FILL_YELLOW if rv >= 5 else FILL_GREEN)
        exp(fil, namnd, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens. 1–4 låg (grön), 5–8 medel (gul), 9–16 hög (röd).")
    ws.cell(row=r, column=1).font = Font(size=8, italic=True)
    ws.cell(row=r + 1, column=1, value="Uppföljningen sammanställd 2026-01-26, Lena Svensson, verksamhetscontroller.")
    ws.cell(row=r + 1, column=1).font = Font(size=8, italic=True)
    widths = [11, 30, 11, 11, 9, 42, 24, 13, 16, 13, 15, 10, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.page_setup.orientation = "landscape"
    wb.save(fil)
    normalize_zip(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - nämnd only in the file name
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "IK-uppföljning helår 2025 - Kultur och fritid.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        (1, "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna och med korrekt underlag", "Ja",
         "15 ansökningar granskade. En förening hade fått aktivitetsstöd för fel antal deltagare; beloppet återkrävt.",
         "Förtydliga ansökningsblanketten.", "GENOMFORD", "ja"),
        (2, "Bidrag", "Uppföljning av verksamhetsbidrag till studieförbund", "Ja",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        (3, "Kulturskolan", "Avgifter i kulturskolan debiteras enligt beslutad taxa", "Delvis",
         "Vårterminen kontrollerad utan anmärkning. Höstterminen kontrolleras i januari 2026.", "",
         "DELVIS", ""),
        (4, "Bibliotek", "Kontantkassor i biblioteken stäms av och redovisas", "Ja",
         "Kassadifferens på 340 kr i Skärhamns bibliotek i juni, utredd och redovisad.",
         "Dubbelkontroll vid kassaavstämning.", "GENOMFORD", "ja"),
        (5, "Anläggningar", "Uthyrning av idrottshallar och planer faktureras enligt taxa", "Nej",
         "Ej genomförd – nytt bokningssystem infördes i oktober.", "Görs 2026.",
         "EJ_GENOMFORD", ""),
        (6, "Anläggningar", "Säkerhetsbesiktning av badplatser och bryggor före badsäsongen", "Ja",
         "", "", "GENOMFORD", ""),
        (7, "Personal", "Kontroll av belastningsregister vid anställning av fritidsledare", "Ja",
         "Samtliga 9 nyanställda hade visat utdrag.", "", "GENOMFORD", "nej"),
        (8, "Ekonomi", "Representation och andra förtroendekänsliga poster", "",
         "Kontrollen utgår för 2025, görs centralt av ekonomiavdelningen.", "",
         "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_core_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning av intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: helår"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Genomförd? (Ja/Nej/Delvis)", "Iakttagelser", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    r = 5
    for (nr, omr, km, gen, iakt, atg, es, ea) in rows:
        for c, v in enumerate([nr, omr, km, gen, iakt, atg], 1):
            cell = ws.cell(row=r, column=c, value=(None if v == "" else v))
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, namnd, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Ifylld av: Karin Johansson 2026-01-15")
    for i, w in enumerate([5, 16, 48, 14, 55, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(fil)
    normalize_zip(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Stratsys export (CSV) - two organisations, Delår and Helår as rows
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    bmn = "Bygg- och miljönämnden"
    tbab = "Tjörns Bostads AB"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status",
           "Avvikelse", "Kommentar", "Senast ändrad", "Ändrad av"]
    out = []
    # (org_in_file, reg_name, process, km, [(period, status, avv, kommentar, date)], es, ea)
    ctrls = [
        ("Bygg- och miljönämnden", bmn, "Tillsyn",
         "Tillsyn av livsmedelsanläggningar enligt fastställd kontrollplan",
         [("Delår 2025", "Delvis genomförd", "Nej", "60 % av planerade kontroller utförda.", "2025-09-10"),
          ("Helår 2025", "Genomförd", "Nej", "Samtliga 142 planerade kontroller utförda.", "2026-01-14")],
         "GENOMFORD", "nej"),
        ("Bygg- och miljönämnden", bmn, "Avgifter",
         "Timavgift för tillsyn debiteras enligt gällande taxa",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-09-10"),
          ("Helår 2025", "Genomförd", "Ja", "Fel timtaxa tillämpad i 5 ärenden under januari–februari; fakturorna har krediterats och rättats.", "2026-01-14")],
         "GENOMFORD", "ja"),
        ("Bygg- och miljönämnden", bmn, "Handläggning",
         "Delegationsbeslut enligt miljöbalken fattas av behörig handläggare",
         [("Delår 2025", "Genomförd", "Nej", "", "2025-09-11"),
          ("Helår 2025", "Genomförd", "Nej", "Inga avvikelser i stickprov om 25 beslut.", "2026-01-15")],
         "GENOMFORD", "nej"),
        ("Bygg- och miljönämnden", bmn, "Handläggning",
         "Handläggningstid för ansökan om strandskyddsdispens",
         [("Delår 2025", "Delvis genomförd", "", "", "2025-09-11"),
          ("Helår 2025", "Delvis genomförd", "Ja", "10 av 20 ärenden granskade; 3 överskred handläggningstiden.", "2026-01-15")],
         "DELVIS", "ja"),
        ("Bygg- och miljönämnden", bmn, "Tillsyn",
         "Inventering av enskilda avlopp enligt tillsynsplan",
         [("Delår 2025", "Ej påbörjad", "", "", "2025-09-11"),
          ("Helår 2025", "Ej genomförd", "", "Personalbrist under hösten. Flyttas till 2026.", "2026-01-15")],
         "EJ_GENOMFORD", ""),
        ("Bygg- och miljönämnden", bmn, "Registratur",
         "Inkomna klagomål registreras i ärendesystemet",
         [("Delår 2025", "Genomförd", "Nej", "Inga avvikelser.", "2025-09-12"),
          ("Helår 2025", "", "", "", "")],
         "GENOMFORD", "nej"),
        ("Tjörns Bostäder AB", tbab, "Hyresadministration",
         "Hyresavier skickas ut enligt gällande hyresavtal och hyresnivå",
         [("Helår 2025", "Genomförd", "Nej", "Stickprov 40 avtal utan anmärkning.", "2026-01-09")],
         "GENOMFORD", "nej"),
        ("Tjörns Bostäder AB", tbab, "Hyresadministration",
         "Kravhantering av hyresskulder sker enligt rutin",
         [("Helår 2025", "Delvis genomförd", "Ja", "Rutinen följd i 16 av 20 granskade ärenden.", "2026-01-09")],
         "DELVIS", "ja"),
        ("Tjörns Bostäder AB", tbab, "Underhåll",
         "Planerat underhåll genomförs enligt underhållsplan",
         [("Helår 2025", "Ej påbörjad", "", "Underhållsplanen revideras, kontroll görs 2026.", "2026-01-09")],
         "EJ_GENOMFORD", ""),
        ("Tjörns Bostäder AB", tbab, "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         [("Helår 2025", "Genomförd", "Nej", "", "2026-01-12")],
         "GENOMFORD", "nej"),
        ("Tjörns Bostäder AB", tbab, "Uthyrning",
         "Lägenheter fördelas enligt uthyrningspolicyn och bostadskön",
         [("Helår 2025", "Utgår", "", "Ersätts av extern granskning av bostadskön beslutad av styrelsen.", "2026-01-12")],
         "UTGAR", ""),
    ]
    for (org, reg, proc, km, periods, es, ea) in ctrls:
        plan = "Internkontrollplan 2025"
        for (per, stt, avv, kom, dt) in periods:
            who = "" if not dt else ("Sara Nilsson" if reg == bmn else "Per Andersson")
            out.append([org, plan, proc, km, per, stt, avv, kom, dt, who])
        exp(fil, reg, km, es, ea)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for row in out:
        w.writerow(row)
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", bmn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", tbab, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: truncated xlsx from Överförmyndarnämnden
# ---------------------------------------------------------------------------
def build_rejected():
    fil = "Överförmyndarnämnden uppföljning IK 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_core_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Överförmyndarnämnden – uppföljning internkontrollplan 2025, helår"
    ws.append([])
    ws.append(["Kontrollmoment", "Status", "Kommentar"])
    data = [
        ("Granskning av årsräkningar sker inom fastställd tid", "Genomförd", "Samtliga årsräkningar granskade före 30 september."),
        ("Arvoden till ställföreträdare beslutas enligt riktlinjer", "Genomförd", "Inga avvikelser."),
        ("Förteckningar inkommer inom två månader efter förordnande", "Delvis", "8 av 11 i tid."),
        ("Kontroll av ställföreträdares lämplighet", "Genomförd", ""),
    ]
    for d in data:
        ws.append(list(d))
    # pad with a long comment sheet so that truncation removes the central directory
    notes = wb.create_sheet("Noteringar")
    for i in range(1, 120):
        notes.append(["Ärende %04d" % i, "Granskad", "Årsräkning för huvudman %d granskad utan anmärkning." % i])
    tmp = fil + ".full"
    wb.save(tmp)
    normalize_zip(tmp)
    with open(tmp, "rb") as f:
        data_b = f.read()
    with open(fil, "wb") as f:
        f.write(data_b[: int(len(data_b) * 0.55)])
    os.remove(tmp)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in NAMNDER:
            w.writerow([n, a])
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    build_ks()
    build_sn()
    build_bun()
    build_sbn()
    build_tn()
    build_kfn()
    build_stratsys()
    build_rejected()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
