#!/usr/bin/python3
"""Round 586 – Höörs kommun, delårsuppföljning av internkontrollplaner 2025.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableColumnProperties, TableCellProperties, TextProperties,
                       ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round586"
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Tekniska avdelningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg och miljö|Bygg- och miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarnämnden Mittskåne"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, title rows, process group rows, status words
# ---------------------------------------------------------------------------
def build_ks():
    fil = "IK_uppfoljning_KS_delar2025.xlsx"
    N = "Kommunstyrelsen"
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor/månad", "Ekonomichef", "Månadsvis", "Genomförd",
             "Stickprov 140 fakturor jan–aug. 3 fakturor saknade andra attest, återkopplat till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.2", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
             "Genomgång av avstämningsunderlag", "Redovisningsansvarig", "Tertial", "Genomförd",
             "Samtliga balanskonton avstämda per 2025-08-31, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Förtroendekänsliga poster", "Kontroll av representation och förtroendekänsliga poster",
             "Stickprov 10 verifikationer/tertial", "Controller", "Tertial", "Pågår",
             "Stickprov jan–apr klart, inga avvikelser hittills. Maj–aug granskas i september.",
             "DELVIS", "nej"),
        ]),
        ("2. Personal", [
            ("2.1", "Lön", "Kontroll att löneutbetalningar sker enligt beslutade lönerevisioner",
             "Avstämning lönelistor mot RALS-beslut", "HR-chef", "Årligen", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Rehabilitering", "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato",
             "Genomgång av pågående ärenden", "HR-konsult", "Halvår", "Ej genomförd",
             "Skjuts till hösten p.g.a. vakans på HR-avdelningen.", "EJ_GENOMFORD", ""),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Inköp", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Analys i Visma Spendanalys", "Upphandlingschef", "Tertial", "Genomförd med anmärkning",
             "Avtalstrohet 87 %, målet är 90 %. Köp utanför avtal främst inom IT-förbrukning.",
             "GENOMFORD", "ja"),
            ("3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr är dokumenterade",
             "Stickprov 5 direktupphandlingar", "Upphandlare", "Halvår", "Utgår",
             "Utgår enligt KS beslut 2025-04-02 § 58, ersätts av central kontroll i upphandlingsenheten.",
             "UTGAR", ""),
        ]),
        ("4. IT och informationshantering", [
            ("4.1", "Behörigheter", "Behörigheter i ekonomisystemet Unit4 stäms av mot anställningar",
             "Avstämning behörighetslista mot HR-system", "Systemförvaltare", "Halvår", None, None,
             "SAKNAS", ""),
            ("4.2", "Diarieföring", "Diarieföring av inkomna handlingar sker inom 2 arbetsdagar",
             "Stickprov i W3D3", "Kommunsekreterare", "Tertial", "Delvis genomförd",
             "Kontroll gjord för kansliet, övriga avdelningar återstår.", "DELVIS", ""),
            ("4.3", "IT-säkerhet", "Säkerhetskopiering och återläsningstest av verksamhetssystem",
             "Dokumenterat återläsningstest", "IT-chef", "Årligen", None, "Se bilaga 2.",
             "OKLAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekonomiavdelningen Höörs kommun"
    ws = wb.active
    ws.title = "Uppföljning delår"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Delårsrapport januari–augusti 2025"
    ws["A4"] = "Upprättad av: Ekonomiavdelningen, 2025-09-08"
    for c in ("A2", "A3", "A4"):
        ws[c].font = bold
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status delår", "Kommentar / åtgärd"]
    r = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    r += 1
    n = 0
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = bold
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (nr, proc, km, metod, ansv, frekv, status, komm, st, avv) in rows:
            vals = [nr, proc, km, metod, ansv, frekv, status, komm]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = border
            exp(fil, N, km, st, avv)
            n += 1
            r += 1
    r += 1
    ws.cell(r, 1, f"Totalt antal kontrollmoment: {n}").font = bold
    r += 2
    ws.cell(r, 1, "Godkänd av kommundirektör Anna Lindqvist, 2025-09-09")
    for col, w in zip("ABCDEFGH", [6, 22, 48, 32, 20, 12, 22, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx, status by cell colour + legend table
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


GREEN, YELLOW, RED, BLUE = "00B050", "FFFF00", "FF0000", "5B9BD5"


def build_bun():
    fil = "BUN - Uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    rows = [
        ("Ekonomi", "Felaktig debitering ger intäktsbortfall",
         "Kontroll av att barnomsorgsavgifter debiteras enligt fastställd taxa",
         "Stickprov 30 hushåll, korrekt debitering i samtliga fall.", GREEN, "GENOMFORD", "nej"),
        ("Ekonomi", "Oegentligheter, felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Två fakturor attesterade av jävig attestant. Rutinen har förtydligats på rektorsmöte 2025-06-03.",
         YELLOW, "GENOMFORD", "ja"),
        ("Personal", "Olämplig person anställs i verksamhet med barn",
         "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "42 nyanställningar kontrollerade, samtliga utdrag uppvisade.", GREEN, "GENOMFORD", "nej"),
        ("Personal", "Bristande kvalitet och säkerhet vid korttidsfrånvaro",
         "Kontroll av vikariers introduktion enligt checklista",
         "Genomförd på 4 av 9 förskolor. Resterande följs upp under hösten.", BLUE, "DELVIS", ""),
        ("Elevhälsa och trygghet", "Elevers rätt till trygg miljö tillgodoses inte",
         "Anmälan av kränkande behandling till huvudman sker inom fem dagar",
         "Ej genomförd under perioden, planeras till oktober.", RED, "EJ_GENOMFORD", ""),
        ("Elevhälsa och trygghet", "Elever med hög frånvaro fångas inte upp",
         "Uppföljning av elevers frånvaro och skolpliktsbevakning",
         "Rutinen följs inte fullt ut på två skolor; tre elever saknade åtgärdsplan. Åtgärdat i augusti.",
         YELLOW, "GENOMFORD", "ja"),
        ("Lokaler och säkerhet", "Brand- och personskador",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "", None, "SAKNAS", ""),
        ("Skolskjuts", "Felaktiga beslut, ökade kostnader",
         "Skolskjutsbeslut fattas enligt gällande riktlinjer och delegationsordning",
         "Stickprov 15 beslut. Inga avvikelser.", GREEN, "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Höörs kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/0112"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delårsbokslut per 31 augusti 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Nedan redovisas "
        "resultatet av de kontroller som genomförts under perioden januari–augusti 2025. Status "
        "anges med färg enligt teckenförklaringen under tabellen.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Process", "Risk", "Kontrollmoment", "Resultat / kommentar", "Status"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9D9D9")
    set_repeat_header(t.rows[0])
    start_idx = {}
    for proc, risk, km, res, color, st, avv in rows:
        row = t.add_row()
        cells = row.cells
        cells[0].text = proc
        cells[1].text = risk
        cells[2].text = km
        cells[3].text = res
        cells[4].text = ""
        if color:
            shade(cells[4], color)
        exp(fil, N, km, st, avv)
    # merge process cells vertically
    i = 1
    while i < len(t.rows):
        j = i
        while j + 1 < len(t.rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            a = t.cell(i, 0)
            b = t.cell(j, 0)
            a.merge(b)
            # merge concatenates the texts; keep only one
            for p in a.paragraphs[1:]:
                p._p.getparent().remove(p._p)
            a.paragraphs[0].text = rows[i - 1][0]
        i = j + 1
    widths = [Cm(2.8), Cm(4.0), Cm(5.2), Cm(5.0), Cm(1.6)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Teckenförklaring status").bold = True
    lt = d.add_table(rows=4, cols=2)
    lt.style = "Table Grid"
    legend = [(GREEN, "Kontrollen genomförd – inga avvikelser"),
              (YELLOW, "Kontrollen genomförd – avvikelser har noterats"),
              (BLUE, "Kontrollen påbörjad men inte slutförd"),
              (RED, "Kontrollen ej genomförd")]
    for r, (col, txt) in enumerate(legend):
        shade(lt.cell(r, 0), col)
        lt.cell(r, 0).width = Cm(1.2)
        lt.cell(r, 1).text = txt
        lt.cell(r, 1).width = Cm(9)
    d.add_paragraph()
    d.add_paragraph("Höör den 9 september 2025")
    d.add_paragraph("Maria Svensson\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys-export – CSV with two nämnder, T1/Delår/Helår columns side by side
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_Internkontroll_export_20250910.csv"
    VON = "Vård- och omsorgsnämnden"
    SN = "Socialnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår",
           "Status Helår", "Kommentar Helår"]
    org_von = "Höörs kommun/Vård- och omsorgsnämnden"
    org_sn = "Höörs kommun/Socialnämnden"
    rows = [
        (org_von, VON, "Läkemedelshantering",
         "Signeringslistor för läkemedel är kompletta på särskilda boenden",
         "MAS", "Tertial", "Pågående", "Två av fyra boenden granskade.",
         "Genomförd med avvikelse",
         "Ofullständig signering på Björkhaga vid 6 tillfällen.\nHandlingsplan upprättad tillsammans med enhetschef.",
         "GENOMFORD", "ja"),
        (org_von, VON, "Avvikelsehantering",
         "Avvikelser enligt SoL och HSL rapporteras i Lifecare inom 48 timmar",
         "Kvalitetsutvecklare", "Tertial", "Genomförd", "Inga avvikelser.",
         "Genomförd", "Stickprov 25 ärenden, samtliga rapporterade i tid.", "GENOMFORD", "nej"),
        (org_von, VON, "Dokumentation",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Enhetschef hemtjänst", "Halvår", "Ej påbörjad", "",
         "Pågående", "Kontroll pågår inom hemtjänsten, särskilt boende återstår.", "DELVIS", ""),
        (org_von, VON, "Avgifter",
         "Debitering av hemtjänstavgifter stämmer mot beviljad insats",
         "Avgiftshandläggare", "Årligen", "Genomförd", "Stickprov 20 brukare, inga fel.",
         "", "", "GENOMFORD", "nej"),
        (org_von, VON, "Brukarnas medel",
         "Hantering av brukares privata medel sker enligt rutin",
         "Enhetschef SÄBO", "Halvår", "", "",
         "Ej påbörjad", "Flyttas till T3 på grund av personalbrist.", "EJ_GENOMFORD", ""),
        (org_von, VON, "Bemanning",
         "Kontroll av bemanning och timanställdas arbetstid mot schema",
         "Verksamhetschef", "Tertial", "", "", "", "", "SAKNAS", ""),
        (org_sn, SN, "Myndighetsutövning barn och unga",
         "Utredningar inom barn och unga avslutas inom fyra månader",
         "Enhetschef BoU", "Tertial", "Genomförd med avvikelse",
         "8 av 31 utredningar överskred tidsgränsen.",
         "Genomförd med avvikelse", "5 av 28 utredningar överskred tidsgränsen, främst p.g.a. sjukfrånvaro.",
         "GENOMFORD", "ja"),
        (org_sn, SN, "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Enhetschef vuxen", "Halvår", "", "",
         "Genomförd", "Stickprov 40 utbetalningar, inga avvikelser.", "GENOMFORD", "nej"),
        (org_sn, SN, "Placeringar",
         "Kontroll av att LVU-placeringar följs upp enligt vårdplan",
         "Enhetschef BoU", "Halvår", "", "",
         "Ej aktuell", "Kontrollmomentet har utgått efter beslut i SN 2025-05-14 § 71.", "UTGAR", ""),
        (org_sn, SN, "Myndighetsutövning barn och unga",
         "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef BoU", "Tertial", "Pågående", "Stickprov januari–april.",
         "Pågående", "Stickprov maj–juni klart, juli–augusti återstår.", "DELVIS", ""),
        (org_sn, SN, "Inköp",
         "Fakturor från externa vårdgivare kontrolleras mot avtal",
         "Controller", "Tertial", "", "", "", "Se bifogad rapport.", "OKLAR", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(hdr)
    for (org, n, proc, km, ansv, frekv, s1, k1, s2, k2, st, avv) in rows:
        w.writerow([org, proc, km, ansv, frekv, s1, k1, s2, k2, "", ""])
        exp(fil, n, km, st, avv)
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – ODS with X tick columns
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "Kultur och fritid IK 2025 delår.ods"
    N = "Kultur- och fritidsnämnden"
    # (område, km, ansvarig, genomf, delvis, ej, avvikelse, kommentar, status, avv)
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent",
         "X", "", "", "Nej", "Kontroll av 12 föreningars ansökningar.", "GENOMFORD", "nej"),
        ("Bidrag", "Redovisning av lokalt aktivitetsstöd stäms av mot närvarokort", "Fritidskonsulent",
         "", "X", "", "", "Hälften av föreningarna kontrollerade.", "DELVIS", ""),
        ("Bidrag", "Kontroll av stipendiehantering", "Kulturchef",
         "", "", "", "", "Utgår – inga stipendier delas ut 2025 enligt beslut KFN 2025-02-11 § 9.",
         "UTGAR", ""),
        ("Kassa", "Kassahantering i simhallen och biblioteket stäms av dagligen", "Enhetschef fritid",
         "X", "", "", "Ja", "Kassadifferens 450 kr i simhallen i juni, utredd och rapporterad.",
         "GENOMFORD", "ja"),
        ("Kassa", "Kontanthantering vid evenemang sker med två personer", "Evenemangssamordnare",
         "", "", "X", "", "Kontrollen är inte utförd, sker under höstens evenemang.",
         "EJ_GENOMFORD", ""),
        ("Lokaler", "Bokningar i bokningssystemet faktureras korrekt", "Bokningsansvarig",
         "X", "", "X", "", "", "OKLAR", ""),
        ("Lokaler", "Nycklar och passerkort till Höörs bibliotek inventeras", "Bibliotekschef",
         "", "", "", "", "", "SAKNAS", ""),
        ("Avtal", "Avtal med externa arrangörer är undertecknade före evenemang", "Kulturchef",
         "X", "", "", "Nej", "Samtliga 9 avtal påskrivna i tid.", "GENOMFORD", "nej"),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TextProperties(fontweight="bold"))
    hdrst.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000",
                                         wrapoption="wrap"))
    doc.automaticstyles.addElement(hdrst)
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    doc.automaticstyles.addElement(cellst)
    widths = ["3cm", "8.5cm", "4cm", "2.2cm", "2.2cm", "2.2cm", "2.2cm", "9cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="IK 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            kw = {"stylename": style} if style else {}
            if v not in (None, ""):
                kw["valuetype"] = "string"
            tc = TableCell(**kw)
            if v not in (None, ""):
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Kultur- och fritidsnämnden – Internkontroll 2025"], title)
    row(["Uppföljning per 2025-08-31 (delårsrapport)"], bold)
    row(["Markera med X i den kolumn som gäller. Ange Ja/Nej om avvikelse har upptäckts."])
    row([])
    row(["Område", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis genomförd",
         "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar"], hdrst)
    for (omr, km, ansv, g, dv, ej, av, komm, st, avv) in rows:
        row([omr, km, ansv, g, dv, ej, av, komm], cellst)
        exp(fil, N, km, st, avv)
    row([])
    row(["Uppföljningen sammanställd av: Lena Holm, kultur- och fritidschef, 2025-09-04"])
    doc.spreadsheet.addElement(t)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden – ODT, free text only
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN uppföljning internkontroll augusti 2025.odt"
    N = "Samhällsbyggnadsnämnden"
    items = [
        ("Kontroll av att VA-anslutningsavgifter debiteras enligt VA-taxan",
         ["Kontrollen har genomförts genom stickprov av 15 nya anslutningar under perioden. "
          "Samtliga var korrekt debiterade enligt gällande VA-taxa. Kontrollen är genomförd "
          "utan anmärkning."], "GENOMFORD", "nej"),
        ("Uppföljning av att entreprenader faktureras enligt avtalade á-priser",
         ["Kontrollen är genomförd. Vid granskning av två pågående entreprenader (Norra "
          "Rörvägen och Frostavallen) upptäcktes att ÄTA-arbeten fakturerats utan skriftlig "
          "beställning vid tre tillfällen.",
          "Rutinen för beställning av ÄTA-arbeten ses över och projektledarna har informerats."],
         "GENOMFORD", "ja"),
        ("Kontroll av att felanmälningar i Infracontrol åtgärdas inom utlovad tid",
         ["Kontrollen har påbörjats men är inte slutförd. Hittills har ärenden från "
          "januari–april gåtts igenom; resterande månader granskas under september."],
         "DELVIS", ""),
        ("Besiktning av kommunens lekplatser enligt säkerhetsstandard SS-EN 1176",
         ["Den årliga huvudbesiktningen har ännu inte genomförts. Besiktning är beställd "
          "till vecka 41."], "EJ_GENOMFORD", ""),
        ("Dokumentation av skyddsronder i fältverksamheten",
         ["Kontrollmomentet har utgått efter beslut i nämnden 2025-03-19 § 34, eftersom det "
          "ingår i förvaltningens uppföljning av det systematiska arbetsmiljöarbetet."],
         "UTGAR", ""),
        ("Körjournaler för kommunens fordon förs enligt rutin",
         ["Kontrollen är genomförd för tekniska avdelningens fordon utan avvikelser. Kontroll "
          "av gatu- och parkenhetens fordon återstår och görs under hösten."], "DELVIS", "nej"),
    ]
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    body = Style(name="Body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(body)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", color="#555555"))
    doc.styles.addElement(small)
    T = doc.text
    T.addElement(P(stylename=small, text="Höörs kommun · Samhällsbyggnadsförvaltningen · Dnr SBN 2025/87"))
    T.addElement(H(outlinelevel=1, stylename=h1, text="Samhällsbyggnadsnämnden"))
    T.addElement(H(outlinelevel=1, stylename=h1,
                   text="Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti"))
    T.addElement(P(stylename=body, text=(
        "Samhällsbyggnadsnämnden antog internkontrollplanen för 2025 den 11 december 2024. "
        "Planen omfattar sex kontrollmoment. Nedan redovisas utfallet av respektive kontroll "
        "per den 31 augusti 2025. En samlad bedömning görs i samband med årsbokslutet.")))
    for km, paras, st, avv in items:
        T.addElement(H(outlinelevel=2, stylename=h2, text=km))
        for ptxt in paras:
            T.addElement(P(stylename=body, text=ptxt))
        exp(fil, N, km, st, avv)
    T.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
    T.addElement(P(stylename=body, text=(
        "Förvaltningen bedömer att den interna kontrollen hittills under året i huvudsak varit "
        "tillräcklig. Kvarvarande kontroller slutförs under tertial 3.")))
    T.addElement(P(stylename=body, text="Höör 2025-09-05"))
    T.addElement(P(stylename=body, text="Johan Berg, förvaltningschef"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Bygg- och miljönämnden – legacy .xls, nämnd only in print header,
#    symbol statuses with legend, plan columns beside follow-up columns
# ---------------------------------------------------------------------------
def build_bmn():
    fil = "Uppföljning internkontrollplan delår 2025.xls"
    N = "Bygg- och miljönämnden"
    OK, OKA, HALF, NO, STRUCK = "✓", "✓!", "◐", "✗", "—"
    # nr, process, km, riskvärde, plan T1,T2,T3, utfall T1, utfall delår, kommentar, status, avv
    rows = [
        ("1", "Bygglov", "Handläggningstid för bygglov understiger tio veckor enligt PBL", "12",
         "x", "x", "x", HALF, OKA,
         "3 ärenden överskred tidsfristen, avgiften har reducerats enligt 12 kap. 8 a § PBL.",
         "GENOMFORD", "ja"),
        ("2", "Bygglov", "Debitering av bygglovsavgifter enligt fastställd taxa", "9",
         "x", "x", "", OK, OK, "Stickprov 20 ärenden.", "GENOMFORD", "nej"),
        ("3", "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "6",
         "", "x", "", "", OK, "Anmälda vid varje sammanträde.", "GENOMFORD", "nej"),
        ("4", "Tillsyn", "Tillsynsplanen för enskilda avlopp följs", "12",
         "x", "x", "x", HALF, HALF, "62 av 150 planerade tillsynsbesök genomförda.", "DELVIS", ""),
        ("5", "Tillsyn", "Ärenden om ovårdade tomter följs upp inom sex månader", "8",
         "", "x", "", "", NO, "Ej påbörjad p.g.a. resursbrist.", "EJ_GENOMFORD", ""),
        ("6", "Registrering", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "4",
         "", "x", "", "", STRUCK, "Ingår i kommunstyrelsens kontroll.", "UTGAR", ""),
        ("7", "Registrering", "Arkivering av avslutade ärenden enligt dokumenthanteringsplan", "6",
         "x", "", "", OK, "", "", "GENOMFORD", "nej"),
        ("8", "Byggnadstekniska frågor", "Kontroll av att OVK-protokoll inkommer och registreras",
         "8", "", "", "x", "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Delår 2025")
    # xlwt's setter only accepts bytes and then fails on non-ASCII; store str directly
    ws._Worksheet__header_str = "&LBygg- och miljönämnden&CHöörs kommun&RDnr BMN 2025/41"
    ws.footer_str = b"&LUtskrivet &D&RSida &P av &N"
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_b = xlwt.easyxf("font: bold on")
    st_hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                         "borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert center, horiz center")
    st_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: wrap on, vert top")
    st_sym = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: horiz center, vert top; font: height 240")
    ws.write(0, 0, "Internkontrollplan 2025 – uppföljning per 31 augusti", st_title)
    ws.write(1, 0, "Teckenförklaring:", st_b)
    ws.write(1, 2, f"{OK} = Genomförd utan avvikelse    {OKA} = Genomförd med avvikelse    "
                   f"{HALF} = Påbörjad/delvis genomförd    {NO} = Ej genomförd    {STRUCK} = Utgår")
    ws.write(2, 2, "x i planeringskolumnerna anger när kontrollen ska utföras.")
    r0 = 4
    ws.write_merge(r0, r0 + 1, 0, 0, "Nr", st_hdr)
    ws.write_merge(r0, r0 + 1, 1, 1, "Rutin/process", st_hdr)
    ws.write_merge(r0, r0 + 1, 2, 2, "Kontrollmoment", st_hdr)
    ws.write_merge(r0, r0 + 1, 3, 3, "Riskvärde", st_hdr)
    ws.write_merge(r0, r0, 4, 6, "Planerad kontroll", st_hdr)
    ws.write_merge(r0, r0, 7, 8, "Utfall", st_hdr)
    ws.write_merge(r0, r0 + 1, 9, 9, "Kommentar", st_hdr)
    for i, h in enumerate(["T1", "T2", "T3", "T1", "Delår"]):
        ws.write(r0 + 1, 4 + i, h, st_hdr)
    r = r0 + 2
    for (nr, proc, km, rv, p1, p2, p3, u1, u2, komm, st, avv) in rows:
        vals = [nr, proc, km, rv, p1, p2, p3, u1, u2, komm]
        for c, v in enumerate(vals):
            if c == 3:
                ws.write(r, c, int(v), st_cell)
            elif c in (4, 5, 6, 7, 8):
                ws.write(r, c, v, st_sym)
            else:
                ws.write(r, c, v, st_cell)
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Uppföljningen har behandlats i nämndens arbetsutskott 2025-09-11.")
    for c, w in enumerate([5, 20, 50, 10, 6, 6, 6, 7, 7, 55]):
        ws.col(c).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – Word 97 .doc (converted), one table per area with
#    repeated header, results as text per period (T1 / Delår)
# ---------------------------------------------------------------------------
def build_ofn(tmpdir):
    fil = "ÖFN internkontroll uppföljning 2025.doc"
    N = "Överförmyndarnämnden"
    areas = [
        ("Område: Granskning av redovisningar", [
            ("Samtliga årsräkningar för 2024 granskas senast 30 juni",
             "Genomgång av ärendelista i Wärna",
             "Pågår, cirka 60 % granskade.",
             "Genomförd utan anmärkning. Samtliga 215 årsräkningar granskade per 2025-06-27.", "GENOMFORD", "nej"),
            ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
             "Stickprov 15 arvodesbeslut",
             "",
             "Genomförd med anmärkning: 2 arvoden felberäknade, rättade och utbetalda i juli.",
             "GENOMFORD", "ja"),
        ]),
        ("Område: Ärendehandläggning", [
            ("Lämplighetsprövning av nya ställföreträdare inklusive kontroll mot belastningsregistret",
             "Kontroll av samtliga nya förordnanden",
             "Genomförd, inga avvikelser.",
             "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
            ("Förteckningar inkommer inom två månader från förordnande",
             "Stickprov 10 ärenden",
             "Ej påbörjad.",
             "Påbörjad, stickprov pågår.", "DELVIS", ""),
            ("Uttagsmedgivanden från spärrade konton dokumenteras i akten",
             "Stickprov 10 ärenden",
             "Ej genomförd.",
             "Ej genomförd – skjuts upp till helår på grund av systembytet.", "EJ_GENOMFORD", ""),
            ("Behörigheter i verksamhetssystemet Wärna följs upp",
             "Avstämning mot personalförteckning",
             "",
             "Avbruten genom beslut i nämnden 2025-04-10 § 22 (ingår i IT-avdelningens kontroll).",
             "UTGAR", ""),
        ]),
    ]
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Överförmyndarenheten"
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    d.add_heading("Uppföljning av intern kontroll 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Överförmyndarnämnden i Höörs kommun")
    p = d.add_paragraph()
    p.add_run("Uppföljningstillfälle: ").bold = True
    p.add_run("Delår (1 januari – 31 augusti 2025)")
    d.add_paragraph("Uppföljningen har sammanställts av överförmyndarenheten. För varje "
                    "kontrollaktivitet redovisas resultatet vid tertial 1 respektive delår.")
    for area, rows in areas:
        ap = d.add_paragraph()
        ap.add_run(area).bold = True
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollaktivitet", "Kontrollmetod", "Resultat T1", "Resultat delår"]):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "DDEBF7")
        for km, metod, r1, r2, st, avv in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = r1
            cells[3].text = r2
            exp(fil, N, km, st, avv)
        d.add_paragraph()
    d.add_paragraph("Höör 2025-09-03\nKarin Nilsson, enhetschef överförmyndarenheten")
    src = os.path.join(tmpdir, "ofn.docx")
    d.save(src)
    convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, "ofn.doc"), out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev), no follow-up in it
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Följebrev intern kontroll delår 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Ekonomiavdelningen"
    d.add_paragraph("Höörs kommun\nKommunledningsförvaltningen, ekonomiavdelningen")
    d.add_paragraph("2025-09-12")
    d.add_paragraph("Till: Kommunstyrelsens arbetsutskott")
    d.add_heading("Följebrev – nämndernas uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska varje nämnd i samband med delårsrapporten "
        "följa upp sin internkontrollplan och rapportera resultatet till kommunstyrelsen. "
        "Ekonomiavdelningen har tagit emot uppföljningar från kommunstyrelsen, barn- och "
        "utbildningsnämnden, vård- och omsorgsnämnden, socialnämnden, kultur- och fritidsnämnden, "
        "samhällsbyggnadsnämnden, bygg- och miljönämnden samt överförmyndarnämnden.")
    d.add_paragraph(
        "Uppföljningarna bifogas i sin helhet. Valnämnden och krisledningsnämnden har inte "
        "antagit någon internkontrollplan för 2025. En sammanställning av samtliga nämnders "
        "resultat redovisas i kommunstyrelsens delårsrapport.")
    d.add_paragraph("Förslag till beslut: Kommunstyrelsen noterar informationen.")
    d.add_paragraph("Med vänlig hälsning\n\nPeter Åkesson\nEkonomichef")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r586-")
    try:
        build_ks()
        build_bun()
        build_stratsys()
        build_kfn()
        build_sbn()
        build_bmn()
        build_ofn(tmpdir)
        build_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
