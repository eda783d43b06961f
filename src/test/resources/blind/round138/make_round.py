#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 138 – Lindsjö kommun, tertial 2 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv."""
import os, csv, io, zipfile, shutil

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableColumnProperties, TextProperties, TableCellProperties,
                       ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, graded results, merged process cells, legend below
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS Uppföljning intern kontroll T2 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Lindsjö kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: tertial 2 (januari–augusti)"
    ws["E3"] = "Rapportdatum: 2025-09-15"
    ws["A4"] = "Kommunledningsförvaltningen, ekonomiavdelningen"
    ws["A4"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod / omfattning", "Ansvarig",
           "Resultat", "Iakttagelser", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    grade_fill = {
        "Tillfredsställande": "C6EFCE",
        "Godkänt med anmärkning": "FFEB9C",
        "Brister": "F8CBAD",
        "Ej tillfredsställande": "FF7C80",
        "Pågår": "DDEBF7",
        "Utgår": "D9D9D9",
    }
    rows = [
        ("Ekonomi",
         "Attest av leverantörsfakturor – rätt attestant enligt gällande attestförteckning",
         "Stickprov 30 fakturor maj–aug", "Controller", "Tillfredsställande",
         "30 av 30 fakturor korrekt attesterade.", "", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Jäv vid attest – egna utlägg och representation attesteras av överordnad",
         "Samtliga representationsfakturor maj–aug (22 st)", "Ekonomichef", "Godkänt med anmärkning",
         "En faktura (lunch 2025-05-14) attesterad av en av deltagarna. Rättad i efterhand.",
         "Påminnelse till samtliga chefer i ledningsgruppen.", "GENOMFORD", "ja"),
        ("Ekonomi",
         "Avtalstrohet – inköp över 100 tkr kontrolleras mot avtalsdatabasen",
         "Samtliga inköp > 100 tkr jan–aug", "Upphandlingschef", "Ej tillfredsställande",
         "Avtalstrohet 71 % (mål 90 %). Direktköp av IT-tillbehör och konsulttjänster utan avtal.",
         "Utbildning i e-handel och inköpsregler hösten 2025.", "GENOMFORD", "ja"),
        ("HR/Lön",
         "Löneutbetalningar – nyanställda och avslutade stäms av mot lönesystemet",
         "Stickprov 20 anställningsärenden", "Löneenheten", "Tillfredsställande",
         "Inga avvikelser noterade.", "", "GENOMFORD", "nej"),
        ("HR/Lön",
         "Felaktigt utbetald lön efter avslutad anställning",
         "Samtliga avslut januari–juli", "HR-chef", "Brister",
         "3 fall av lön utbetald efter sista anställningsdag, totalt 41 tkr. Återkrav skickade.",
         "Ny checklista vid avslut införs.", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet",
         "IT-behörigheter – behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Helgenomgång av behörighetslistan", "IT-chef", "",
         "Kontrollen har inte hunnit genomföras p.g.a. bytet av ekonomisystem i juni. Görs under T3.",
         "", "EJ_GENOMFORD", "nej"),
        ("IT och informationssäkerhet",
         "Dataskydd – registerförteckning enligt GDPR art. 30 är uppdaterad",
         "Genomgång av samtliga behandlingar", "Dataskyddssamordnare", "Pågår",
         "Hälften av förvaltningens behandlingar genomgångna, resten under hösten.",
         "", "DELVIS", "nej"),
        ("Nämndadministration",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov 15 beslut", "Nämndsekreterare", "Tillfredsställande",
         "", "", "GENOMFORD", "nej"),
        ("Nämndadministration",
         "Diarieföring av inkomna handlingar inom två arbetsdagar",
         "Stickprov 25 handlingar", "Registrator", "Utgår",
         "Utgår enligt KS beslut 2025-04-09 § 62, ersätts av kontroll inom e-arkivprojektet.",
         "", "UTGAR", "nej"),
    ]
    r = 7
    start = {}
    for n, row in enumerate(rows, 1):
        proc, km, metod, ansv, res, iakt, atg, st, avv = row
        ws.cell(row=r, column=1, value=n)
        if proc not in start:
            start[proc] = r
            ws.cell(row=r, column=2, value=proc)
        ws.cell(row=r, column=3, value=km)
        ws.cell(row=r, column=4, value=metod)
        ws.cell(row=r, column=5, value=ansv)
        c = ws.cell(row=r, column=6, value=res if res else None)
        if res:
            c.fill = PatternFill("solid", fgColor=grade_fill[res])
        ws.cell(row=r, column=7, value=iakt if iakt else None)
        ws.cell(row=r, column=8, value=atg if atg else None)
        for col in range(1, 9):
            ws.cell(row=r, column=col).border = BORDER
            ws.cell(row=r, column=col).alignment = WRAP
        exp(fil, nm, km, st, avv)
        r += 1
    # merge process cells
    procs = list(start.items())
    for i, (p, s) in enumerate(procs):
        e = (procs[i + 1][1] - 1) if i + 1 < len(procs) else r - 1
        if e > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
    r += 1
    ws.cell(row=r, column=2, value="Bedömningsskala").font = Font(bold=True)
    legend = [
        ("Tillfredsställande", "Inga eller obetydliga fel."),
        ("Godkänt med anmärkning", "Enstaka fel som har rättats, rutinen fungerar i huvudsak."),
        ("Brister", "Fel som kräver åtgärd av förvaltningen."),
        ("Ej tillfredsställande", "Väsentliga fel – rutinen fungerar inte."),
    ]
    for g, t in legend:
        r += 1
        c = ws.cell(row=r, column=2, value=g)
        c.fill = PatternFill("solid", fgColor=grade_fill[g])
        ws.cell(row=r, column=3, value=t)
    r += 2
    ws.cell(row=r, column=2, value="Sammanfattande bedömning:").font = Font(bold=True)
    ws.cell(row=r, column=3, value=("Den interna kontrollen bedöms i huvudsak fungera. Avtalstroheten och "
                                    "lönehanteringen vid avslut kräver fortsatta åtgärder."))
    r += 2
    ws.cell(row=r, column=2, value="Upprättad av: Karin Ek, controller")
    widths = [5, 18, 48, 30, 18, 22, 50, 36]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx tjänsteskrivelse, % checked / % error-free
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN uppföljning internkontroll tertial 2 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "LINDSJÖ KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/0087"
    d.add_paragraph("Tjänsteskrivelse").runs[0].bold = True
    d.add_paragraph("2025-09-10")
    d.add_paragraph("Till Barn- och utbildningsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 141). Kontrollerna genomförs i "
        "huvudsak som stickprov. I tabellen nedan redovisas hur stor andel av det planerade urvalet som har "
        "kontrollerats per den 31 augusti samt hur stor andel av de granskade posterna som var utan fel. "
        "Kontroller där hela urvalet är granskat räknas som genomförda.")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig men att rutinerna för åtgärdsprogram "
        "och avslut av behörigheter behöver stärkas.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    hdr = ["Kontrollmoment", "Planerat urval", "Kontrollerat (andel av urval)", "Felfria (andel av kontrollerade)", "Kommentar"]
    blocks = [
        ("Ekonomiadministration", [
            ("Leverantörsfakturor – kontering och attest på skolenheterna", "40 fakturor", "100 %", "95 %",
             "2 fakturor felkonterade (moms på livsmedel). Rättade.", "GENOMFORD", "ja"),
            ("Representation och gåvor till personal följer kommunens riktlinje", "20 verifikationer", "100 %",
             "100 %", "", "GENOMFORD", "nej"),
            ("Bidrag till fristående förskolor – rätt antal barn i underlaget", "Samtliga huvudmän", "–", "–",
             "Kontrollen utgår 2025 eftersom bidragsmodulen byts. Flyttas till internkontrollplan 2026.",
             "UTGAR", "nej"),
        ]),
        ("Verksamhet", [
            ("Åtgärdsprogram – beslut om särskilt stöd är dokumenterade", "30 elever", "60 %", "89 %",
             "2 av 18 granskade saknade beslut. Resterande urval granskas i september.", "DELVIS", "ja"),
            ("Skolskjuts – beslut fattas enligt riktlinjer", "25 beslut", "100 %", "100 %", "", "GENOMFORD", "nej"),
            ("Upprepad frånvaro anmäls till rektor och elevhälsoteam", "15 ärenden", "0 %", "–",
             "Ej påbörjad – ansvarig specialpedagog har varit sjukskriven.", "EJ_GENOMFORD", "nej"),
            ("Placering i förskola inom garantitiden fyra månader", "Samtliga ansökningar jan–aug", "100 %",
             "97 %", "4 av 131 placeringar erbjöds efter garantitiden.", "GENOMFORD", "ja"),
        ]),
        ("Personal och IT", [
            ("Utdrag ur belastningsregistret har visats vid nyanställning", "20 nyanställda", "100 %", "100 %",
             "", "GENOMFORD", "nej"),
            ("Behörigheter i elevdokumentationssystemet avslutas när anställningen upphör", "30 avslut",
             "50 %", "80 %", "3 av 15 kontrollerade konton var fortfarande aktiva – nu stängda.", "DELVIS", "ja"),
        ]),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for title, rows in blocks:
        rc = t.add_row().cells
        m = rc[0].merge(rc[4])
        m.text = title
        m.paragraphs[0].runs[0].bold = True
        m.paragraphs[0].runs[0].italic = True
        for km, urval, kontr, felfri, kom, stt, avv in rows:
            rc = t.add_row().cells
            for i, v in enumerate([km, urval, kontr, felfri, kom]):
                rc[i].text = v
            exp(fil, nm, km, stt, avv)
    d.add_paragraph()
    d.add_heading("Fortsatt arbete", level=2)
    d.add_paragraph(
        "Kontrollerna som inte är slutförda redovisas i helårsuppföljningen i samband med verksamhetsberättelsen. "
        "Förvaltningen föreslår att nämnden godkänner uppföljningen.")
    d.add_paragraph()
    d.add_paragraph("Maria Lundgren\nFörvaltningschef")
    d.add_paragraph("Anders Wik\nEkonomichef")
    d.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – ods with T1, T2, T3 columns (T3 empty), code letters + legend
# ---------------------------------------------------------------------------
def ods_cell(text, style=None, span=None):
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span:
        kw["numbercolumnsspanned"] = span
    if text is None or text == "":
        return TableCell(**kw)
    c = TableCell(valuetype="string", **kw)
    for line in str(text).split("\n"):
        c.addElement(P(text=line))
    return c


def make_sn():
    fil = "Socialnämnden IK 2025 T1-T3.ods"
    nm = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdr = Style(name="hdr", family="table-cell")
    hdr.addElement(TextProperties(fontweight="bold"))
    hdr.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.5pt solid #000000"))
    proc = Style(name="proc", family="table-cell")
    proc.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    proc.addElement(TableCellProperties(backgroundcolor="#F2F2F2"))
    cellst = Style(name="cellst", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    for s in (bold, title, hdr, proc, cellst):
        doc.automaticstyles.addElement(s)
    widths = ["1.0cm", "4.5cm", "9.5cm", "2.5cm", "1.4cm", "1.4cm", "1.4cm", "8cm", "1cm", "7cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    tbl = Table(name="IKP 2025")
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        tbl.addElement(tr)

    legend = ["Teckenförklaring", "G = genomförd utan anmärkning", "GA = genomförd med anmärkning",
              "P = påbörjad", "E = ej genomförd", "U = utgår"]
    row([ods_cell("Socialnämnden – internkontrollplan 2025, löpande uppföljning", title)])
    row([ods_cell("Socialförvaltningen, stab/kvalitet")])
    row([ods_cell("Uppdaterad: 2025-09-05 (tertial 2)")])
    row([])
    heads = ["Nr", "Rutin/process", "Kontrollmoment", "Frekvens", "T1", "T2", "T3", "Kommentar T2"]
    row([ods_cell(h, hdr) for h in heads] + [ods_cell(""), ods_cell(legend[0], bold)])
    data = [
        ("Ekonomiskt bistånd", [
            ("1", "Utbetalningar av ekonomiskt bistånd har beslut och rätt belopp", "Månadsvis", "G", "G", "",
             "Stickprov 10 ärenden per månad, inga fel.", "GENOMFORD", "nej"),
            ("2", "Dubbelutbetalningar – kontroll mot Försäkringskassan via SSBTEK", "Tertial", "G", "GA", "",
             "Två ärenden med parallell utbetalning från FK, återkrav beslutat.", "GENOMFORD", "ja"),
        ]),
        ("Funktionsnedsättning (LSS)", [
            ("3", "LSS-beslut verkställs inom tre månader", "Tertial", "P", "G", "", "", "GENOMFORD", "nej"),
            ("4", "Ej verkställda beslut rapporteras till IVO varje kvartal", "Kvartal", "G", "E", "",
             "Rapporteringen för kvartal 2 är inte gjord – ny handläggare. Åtgärdas omgående.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Barn och unga", [
            ("5", "Orosanmälningar – förhandsbedömning inom 14 dagar", "Tertial", "G", "P", "",
             "Granskning av maj–augusti pågår.", "DELVIS", "nej"),
            ("6", "Placerade barn – besök enligt SoL 6 kap. 7 b §", "Halvår", "", "G", "",
             "", "GENOMFORD", "nej"),
        ]),
        ("Gemensamt", [
            ("7", "Delegationsbeslut anmäls till nämnden", "Tertial", "G", "", "", "", "SAKNAS", "nej"),
            ("8", "Loggkontroll av behörigheter i verksamhetssystemet", "Tertial", "G", "X", "", "",
             "OKLAR", "nej"),
            ("9", "Kontanthantering på boenden – handkassor inventeras", "Tertial", "U", "U", "",
             "Utgår – samtliga handkassor avvecklades i februari 2025.", "UTGAR", "nej"),
            ("10", "Hyresavtal för sociala kontrakt är undertecknade av båda parter", "Årlig", "G", "", "",
             "Genomförd under T1 (årlig kontroll), inget ytterligare att rapportera.", "GENOMFORD", "nej"),
        ]),
    ]
    li = 1
    for pname, rows in data:
        tr_cells = [ods_cell(""), ods_cell(pname, proc)]
        extra = []
        if li < len(legend):
            extra = [ods_cell(""), ods_cell(""), ods_cell(""), ods_cell(""), ods_cell(""), ods_cell(""),
                     ods_cell(""), ods_cell(legend[li])]
            li += 1
        row(tr_cells + extra)
        for nr, km, frek, t1, t2, t3, kom, stt, avv in rows:
            cells = [ods_cell(nr, cellst), ods_cell("", cellst), ods_cell(km, cellst), ods_cell(frek, cellst),
                     ods_cell(t1, cellst), ods_cell(t2, cellst), ods_cell(t3, cellst), ods_cell(kom, cellst)]
            if li < len(legend):
                cells += [ods_cell(""), ods_cell(legend[li])]
                li += 1
            row(cells)
            exp(fil, nm, km, stt, avv)
    row([])
    row([ods_cell("Kommentar till nämnden: T3 fylls i inför verksamhetsberättelsen 2025.")])
    doc.spreadsheet.addElement(tbl)
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – xlsx risk-and-result matrix (X per result level), delår
# ---------------------------------------------------------------------------
def make_von():
    fil = "VON delårsuppföljning IK jan-aug 2025.xlsx"
    nm = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delårsuppföljning av intern kontroll, januari–augusti 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Vård- och omsorgsförvaltningen, 2025-09-09"
    # two-row header
    top = ["Id", "Process", "Kontrollmoment", "Risk", None, None, "Resultat av kontroll", None, None, None,
           "Kommentar"]
    sub = [None, None, None, "S", "K", "S×K", "Utan anmärkning", "Mindre avvikelse", "Väsentlig avvikelse",
           "Ej kontrollerad", None]
    for i, v in enumerate(top, 1):
        c = ws.cell(row=5, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BORDER
    for i, v in enumerate(sub, 1):
        c = ws.cell(row=6, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.border = BORDER
    ws.merge_cells("D5:F5")
    ws.merge_cells("G5:J5")
    for col in ("A", "B", "C", "K"):
        ws.merge_cells("%s5:%s6" % (col, col))
    rows = [
        ("Avgifter", "Avgiftsbeslut hemtjänst – rätt taxa och aktuell inkomstuppgift", 3, 3, "M",
         "3 av 40 beslut byggde på inaktuell inkomstuppgift, omprövade.", "GENOMFORD", "ja"),
        ("Avgifter", "Fakturering från LOV-utförare stäms av mot registrerad tid i TES", 3, 4, "V",
         "En utförare har fakturerat 212 timmar mer än registrerat. Ärendet utreds, betalning stoppad.",
         "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Läkemedelsavvikelser rapporteras och åtgärdas enligt rutin", 2, 4, "U",
         "", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Delegering av hälso- och sjukvårdsuppgifter förnyas årligen", 2, 4, "U",
         "Samtliga 56 delegeringar aktuella.", "GENOMFORD", "nej"),
        ("Brukarnära ekonomi", "Brukarmedel – kontantkassor på särskilt boende inventeras", 2, 3, "E",
         "Flyttas till hösten.", "EJ_GENOMFORD", "nej"),
        ("Myndighetsutövning", "Beslut enligt SoL är dokumenterade och kommunicerade med den enskilde",
         2, 3, "U", "", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Behörighet i journalsystemet spärras vid avslutad anställning", 3, 3, "UM",
         "", "OKLAR", "nej"),
        ("Personal", "Timanställdas pass i Time Care stäms av mot lön", 3, 2, "",
         "Pågår, beräknas klar i oktober.", "DELVIS", "nej"),
        ("Personal", "Bisysslor för chefer är redovisade och prövade", 1, 2, "", "", "SAKNAS", "nej"),
    ]
    colmap = {"U": 7, "M": 8, "V": 9, "E": 10}
    r = 7
    for i, (proc, km, s, k, res, kom, stt, avv) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=proc)
        ws.cell(row=r, column=3, value=km)
        ws.cell(row=r, column=4, value=s)
        ws.cell(row=r, column=5, value=k)
        rc = ws.cell(row=r, column=6, value="=D%d*E%d" % (r, r))
        rv = s * k
        rc.fill = PatternFill("solid", fgColor=("FF7C80" if rv >= 9 else "FFEB9C" if rv >= 5 else "C6EFCE"))
        for ch in res:
            ws.cell(row=r, column=colmap[ch], value="X").alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=11, value=kom if kom else None)
        for col in range(1, 12):
            ws.cell(row=r, column=col).border = BORDER
            if col in (2, 3, 11):
                ws.cell(row=r, column=col).alignment = WRAP
        exp(fil, nm, km, stt, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=3, value="Antal kontroller per resultatnivå").font = Font(bold=True)
    for col in range(7, 11):
        L = chr(64 + col)
        ws.cell(row=r, column=col, value='=COUNTIF(%s7:%s15,"X")' % (L, L))
    r += 2
    ws.cell(row=r, column=2, value="Riskvärde (S×K):")
    ws.cell(row=r, column=3, value="1–4 låg (grön), 5–8 medel (gul), 9–16 hög (röd). Färgen avser risken, inte resultatet.")
    r += 1
    ws.cell(row=r, column=2, value="S = sannolikhet, K = konsekvens, skala 1–4.")
    widths = {"A": 4, "B": 20, "C": 52, "D": 5, "E": 5, "F": 6, "G": 12, "H": 12, "I": 12, "J": 12, "K": 50}
    for k_, w in widths.items():
        ws.column_dimensions[k_].width = w
    # second sheet: the risk matrix itself (no controls, only Id numbers)
    m = wb.create_sheet("Riskmatris")
    m["A1"] = "Riskmatris – placering av kontrollmomenten (Id)"
    m["A1"].font = Font(bold=True, size=12)
    m["A3"] = "Konsekvens →"
    m["A4"] = "Sannolikhet ↓"
    for k_ in range(1, 5):
        m.cell(row=4, column=1 + k_, value=k_).font = Font(bold=True)
    place = {}
    for i, row_ in enumerate(rows, 1):
        place.setdefault((row_[2], row_[3]), []).append(str(i))
    for s in range(4, 0, -1):
        rr = 5 + (4 - s)
        m.cell(row=rr, column=1, value=s).font = Font(bold=True)
        for k_ in range(1, 5):
            c = m.cell(row=rr, column=1 + k_, value=", ".join(place.get((s, k_), [])) or None)
            v = s * k_
            c.fill = PatternFill("solid", fgColor=("FF7C80" if v >= 9 else "FFEB9C" if v >= 5 else "C6EFCE"))
            c.border = BORDER
            c.alignment = Alignment(horizontal="center")
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden – the plan (real .xls) with an added "Utfall T2 2025" column
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "SBN Internkontrollplan 2025 med utfall T2.xls"
    nm = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontrollplan 2025")
    h1 = xlwt.easyxf("font: bold on, height 280;")
    b = xlwt.easyxf("font: bold on;")
    it = xlwt.easyxf("font: italic on;")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                     "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    hd_added = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; "
                           "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    nc = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    added = xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; "
                        "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    ws.write(0, 0, "Internkontrollplan 2025 – Samhällsbyggnadsnämnden", h1)
    ws.write(1, 0, "Antagen av samhällsbyggnadsnämnden 2024-12-10 § 187. Dnr SBN 2024/412", it)
    ws.write(2, 0, "Instruktion: Kolumn I (Utfall) fylls i av ansvarig vid varje uppföljning. Gult = tillagt vid uppföljning.", it)
    ws.write(2, 8, "Utfall ifyllt 2025-09-08 /AL", it)
    heads = ["Process/rutin", "Risk", "Riskbedömning (S/K)", "Kontrollmoment", "Kontrollmetod", "Frekvens",
             "Ansvarig", "Rapport till nämnd", "Utfall T2 2025"]
    for i, h in enumerate(heads):
        ws.write(4, i, h, hd_added if i == 8 else hd)
    rows = [
        ("Bygglov", "Handläggningstid överskrids, avgift ska reduceras", "3/3",
         "Handläggningstid för bygglov inom 10 veckor (PBL 9 kap. 27 §)", "Stickprov 20 ärenden", "Tertial",
         "Bygglovschef", "T1, T2, helår",
         "Genomfört. 18 av 20 inom tid, 2 ärenden tog 11 veckor – avgiften reducerad.", "GENOMFORD", "ja"),
        ("Bygglov", "Felaktig avgift tas ut", "2/2", "Avgiftsuttag enligt gällande taxa vid bygglov",
         "Stickprov 15 ärenden", "Tertial", "Bygglovschef", "T2, helår",
         "Genomfört utan anmärkning.", "GENOMFORD", "nej"),
        ("Mark och exploatering", "Markanvisning sker utan konkurrens", "2/4",
         "Markanvisningar följer antagen markanvisningspolicy", "Genomgång av samtliga markanvisningar",
         "Årlig", "Exploateringschef", "Helår", "", "SAKNAS", "nej"),
        ("Ekonomi", "Projekt startas utan beslut", "2/3",
         "Investeringsprojekt – beslut om igångsättning finns före start", "Samtliga projekt > 1 mnkr",
         "Tertial", "Controller", "T1, T2, helår",
         "Delvis genomfört: 6 av 11 projekt granskade, inga fel hittills.", "DELVIS", "nej"),
        ("Ekonomi", "Betalning för ej beställt arbete", "3/3",
         "Fakturor för entreprenader stäms av mot ÄTA-beslut", "Stickprov 10 fakturor", "Tertial",
         "Controller", "T2, helår",
         "Ej genomfört – resursbrist på ekonomienheten under sommaren.", "EJ_GENOMFORD", "nej"),
        ("Lantmäteri/GIS", "Adresser registreras inte", "2/2",
         "Adressättning – beslut registreras i belägenhetsadressregistret", "Stickprov 10 beslut",
         "Halvår", "GIS-samordnare", "T2, helår",
         "Utgår – uppgiften överförd till KS (GIS-enheten) från 2025-03-01.", "UTGAR", "nej"),
        ("Tillsyn", "Ärenden blir liggande", "3/2",
         "Ärenden om ovårdade tomter handläggs enligt rutin", "Genomgång av öppna ärenden", "Tertial",
         "Enhetschef tillsyn", "T1, T2, helår", "Pågår", "DELVIS", "nej"),
        ("Dataskydd", "Personuppgifter behandlas utan avtal", "2/4",
         "Personuppgiftsbiträdesavtal finns för samtliga system", "Genomgång av systemförteckningen",
         "Årlig", "Förvaltningsjurist", "T2",
         "Klart. Ett avtal saknades (kartportalen), nu tecknat.", "GENOMFORD", "ja"),
        ("Säkerhet", "Nycklar och passerkort kommer på avvägar", "2/3",
         "Nyckel- och passerkortshantering – kvittenser finns för utlämnade nycklar",
         "Stickprov 20 kvittenser", "Halvår", "Administrativ chef", "T2, helår", "Se bilaga 2", "OKLAR", "nej"),
    ]
    r = 5
    for row in rows:
        vals = row[:9]
        for i, v in enumerate(vals):
            ws.write(r, i, v, added if i == 8 else nc)
        exp(fil, nm, row[3], row[9], row[10])
        r += 1
    r += 1
    ws.write(r, 0, "S = sannolikhet, K = konsekvens (1–4).", it)
    ws.write(r + 1, 0, "Planen följs upp vid T1, T2 och i verksamhetsberättelsen.", it)
    for i, w in enumerate([18, 30, 10, 45, 28, 10, 18, 14, 48]):
        ws.col(i).width = 256 * w
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Stratsys export – CSV cp1252, two nämnder (KFN + Teknik- och serviceförvaltningen)
# ---------------------------------------------------------------------------
def make_csv():
    fil = "Stratsys_export_internkontroll_2025-09-12.csv"
    kfn = "Kultur- och fritidsnämnden"
    tn = "Tekniska nämnden"
    lines = []
    lines.append("Rapport: Internkontroll – uppföljning kontrollmoment;;;;;;;")
    lines.append("Urval: Period = 2025 Tertial 2; Enhet = Kultur- och fritidsnämnden, Teknik- och serviceförvaltningen;;;;;;")
    lines.append("Enhet;Process;Kontrollmoment;Period;Status;Bedömning;Kommentar;Senast ändrad")
    rows = [
        ("Kultur- och fritidsnämnden", kfn, "Föreningsstöd",
         "Föreningsbidrag – ansökningar har underlag (medlemsförteckning, årsmötesprotokoll)",
         "Klar", "Tillfredsställande", "", "2025-08-28", "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", kfn, "Kassahantering",
         "Kontanthantering i simhallens kassa – dagsavstämning", "Klar", "Brister",
         "Kassadifferenser vid 4 tillfällen, största 1 250 kr. Rutinen ses över.", "2025-09-02",
         "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", kfn, "Lokalbokning",
         "Bokningar av idrottslokaler faktureras", "Klar", "Ej tillfredsställande",
         "12 % av bokningarna i stickprovet var inte fakturerade.", "2025-09-01", "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", kfn, "Ekonomi",
         "Representation – syfte och deltagare anges på underlaget", "Pågående", "", "", "2025-08-15",
         "DELVIS", "nej"),
        ("Kultur- och fritidsnämnden", kfn, "IT",
         "Bibliotekets IT-behörigheter – konton för avslutade anställda tas bort", "", "", "", "",
         "SAKNAS", "nej"),
        ("Teknik- och serviceförvaltningen", tn, "Fastighet",
         "Hyresavtal – indexuppräkning av externa hyror genomförd", "Klar", "Tillfredsställande", "",
         "2025-08-20", "GENOMFORD", "nej"),
        ("Teknik- och serviceförvaltningen", tn, "Gata/park",
         "Vinterväghållning – entreprenörens fakturor mot körjournaler", "Klar", "Ej tillfredsställande",
         "Differens 38 timmar mot körjournal, kreditfaktura erhållen.", "2025-06-30", "GENOMFORD", "ja"),
        ("Teknik- och serviceförvaltningen", tn, "VA",
         "VA-anslutningsavgifter debiteras enligt taxa", "Pågående", "", "", "2025-09-05", "DELVIS", "nej"),
        ("Teknik- och serviceförvaltningen", tn, "Kost",
         "Livsmedelsinköp – avtalstrohet mot ramavtal", "Klar", "Godkänt med anmärkning",
         "Avtalstrohet 88 %, köp utanför avtal i två kök.", "2025-08-29", "GENOMFORD", "ja"),
        ("Teknik- och serviceförvaltningen", tn, "Fordon",
         "Drivmedelskort – tankningar kontrolleras mot fordon och körjournal", "Ej påbörjad", "",
         "Startar i oktober.", "2025-05-12", "EJ_GENOMFORD", "nej"),
        ("Teknik- och serviceförvaltningen", tn, "Fastighet",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens lokaler", "Avbruten", "",
         "Avbruten genom beslut i TN 2025-05-20 § 44 – hanteras i räddningstjänstens tillsyn.",
         "2025-05-21", "UTGAR", "nej"),
    ]
    for enh, nmn, proc, km, status, bed, kom, dat, stt, avv in rows:
        vals = [enh, proc, km, "2025 Tertial 2", status, bed, kom, dat]
        out = []
        for v in vals:
            if ";" in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            out.append(v)
        lines.append(";".join(out))
        exp(fil, nmn, km, stt, avv)
    lines.append("Antal rader: %d;;;;;;;" % len(rows))
    with open(fil, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", kfn, "2025", "T2"))
    FILES.append((fil, "INLAST", tn, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – odt, free text only
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndarnämnden uppföljning IK 2025.odt"
    nm = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm"))
    bst = Style(name="B", family="text")
    bst.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.automaticstyles.addElement(bst)
    doc.text.addElement(P(text="Lindsjö kommun – Överförmyndarenheten"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll – tertial 2 2025 (per 31 augusti)"))
    doc.text.addElement(P(text="Till Överförmyndarnämnden, sammanträde 2025-09-24"))
    doc.text.addElement(P(text=(
        "Nämnden har i internkontrollplanen för 2025 beslutat om sex kontrollmoment. Nedan redovisas "
        "resultatet av de kontroller som skulle vara utförda under årets två första tertial. Kontrollerna "
        "utförs av enhetens handläggare enligt fördelning i planen.")))
    items = [
        ("Kontrollmoment 1: Granskning av samtliga årsräkningar för 2024 senast 30 juni 2025",
         "Genomgång av granskningsstatus i ärendesystemet (Wärna).",
         "412 av 438 årsräkningar (94 %) var granskade den 30 juni, de återstående 26 granskades i juli. "
         "Målet om full granskning före 30 juni uppnåddes därmed inte.", "GENOMFORD", "ja"),
        ("Kontrollmoment 2: Arvoden till ställföreträdare beslutas med rätt belopp enligt riktlinjen",
         "Stickprov på 15 arvodesbeslut.",
         "Kontrollen är genomförd. Inga fel noterades.", "GENOMFORD", "nej"),
        ("Kontrollmoment 3: Förteckning lämnas in inom två månader vid nya ställföreträdarskap",
         "Genomgång av samtliga nya ärenden januari–juni.",
         "Kontrollen pågår och redovisas i sin helhet i helårsuppföljningen.", "DELVIS", "nej"),
        ("Kontrollmoment 4: Lämplighetsprövning – belastningsregister och kreditupplysning inhämtas före förordnande",
         "Stickprov på 10 nya förordnanden.",
         "Ej genomförd under perioden. Kontrollen senareläggs till tertial 3 på grund av personalomsättning.",
         "EJ_GENOMFORD", "nej"),
        ("Kontrollmoment 5: Delegationsbeslut redovisas för nämnden varje månad",
         "Jämförelse mellan beslutslista i Wärna och nämndens protokoll.",
         "Tillfredsställande – samtliga delegationsbeslut har anmälts.", "GENOMFORD", "nej"),
        ("Kontrollmoment 6: Sekretessprövning dokumenteras vid utlämnande av allmän handling",
         "Stickprov på 20 utlämnanden.",
         "Genomförd med anmärkning: i 2 av 20 fall saknades dokumenterad sekretessprövning. Rutinen har "
         "gåtts igenom på enhetsmöte.", "GENOMFORD", "ja"),
    ]
    for title, metod, res, stt, avv in items:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=title))
        p = P()
        p.addElement(Span(stylename=bst, text="Metod: "))
        p.addText(metod)
        doc.text.addElement(p)
        p = P()
        p.addElement(Span(stylename=bst, text="Resultat: "))
        p.addText(res)
        doc.text.addElement(p)
        exp(fil, nm, title, stt, avv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Enheten bedömer att den interna kontrollen i huvudsak är tillräcklig. Granskningen av årsräkningar "
        "och dokumentationen av sekretessprövningar behöver förbättras.")))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Lindsjö 2025-09-04"))
    doc.text.addElement(P(text="Eva Holm, handläggare"))
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Gymnasie- och vuxenutbildningsnämnden – xlsm, tick boxes + grade + "Utfall 2024" column
# ---------------------------------------------------------------------------
def make_gvn():
    fil = "GVN_IK_uppf_T2_2025.xlsm"
    nm = "Gymnasie- och vuxenutbildningsnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion för uppföljning av internkontroll"
    ins["A1"].font = Font(bold=True, size=13)
    txt = [
        "1. Markera med ✓ i en av kolumnerna Genomförd / Delvis genomförd / Ej genomförd.",
        "2. Ange resultat: Tillfredsställande, Godkänt med anmärkning, Brister eller Ej tillfredsställande.",
        "3. Kommentera alltid avvikelser och åtgärder.",
        "4. Kolumnen Utfall 2024 är förifylld från föregående års verksamhetsberättelse.",
        "Exempel: Kontroll av kaffekassan | ✓ | | | Tillfredsställande | Inga fel.",
    ]
    for i, t in enumerate(txt, 3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110
    ws = wb.create_sheet("Uppföljning")
    ws.merge_cells("A1:I1")
    ws["A1"] = "Gymnasie- och vuxenutbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2")
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A2"].font = Font(size=12)
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Utfall 2024", "Genomförd", "Delvis genomförd",
             "Ej genomförd", "Resultat", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA" if i != 4 else "EDEDED")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    T = "✓"
    rows = [
        ("Ekonomi", "Inköp via e-handelssystemet – andel av totala inköp", "Genomförd", "G", "Godkänt med anmärkning",
         "Andel e-handel 64 %, målet är 70 %.", "GENOMFORD", "ja"),
        ("Ekonomi", "Studieresor – kostnader och attester granskas", "Ej genomförd", "D", "",
         "Hälften av vårterminens resor granskade.", "DELVIS", "nej"),
        ("Vuxenutbildning", "Betyg registreras inom två veckor efter avslutad kurs", "Genomförd", "G",
         "Tillfredsställande", "", "GENOMFORD", "nej"),
        ("Vuxenutbildning", "Köpt utbildning – fakturor från utbildningsanordnare mot deltagarlistor", "Genomförd",
         "G", "Brister", "Fakturerat för 7 deltagare som avbrutit. Krediteras.", "GENOMFORD", "ja"),
        ("Gymnasium", "Interkommunal ersättning (IKE) – elevunderlag stäms av mot folkbokföring", "Delvis genomförd",
         "E", "", "Ej gjord på grund av byte av elevsystem.", "EJ_GENOMFORD", "nej"),
        ("Gymnasium", "Inackorderingstillägg – beslut enligt riktlinje", "Genomförd", "GD", "", "",
         "OKLAR", "nej"),
        ("Personal och IT", "Behörigheter i elevregistret stäms av två gånger per år", "Genomförd", "", "", "",
         "SAKNAS", "nej"),
        ("Personal och IT", "Rehabiliteringsutredning påbörjas inom 30 dagars sjukfrånvaro", "– (ny 2025)", "G",
         "Ej tillfredsställande", "I 5 av 12 fall påbörjades utredningen efter dag 30.", "GENOMFORD", "ja"),
    ]
    r = 5
    prev = None
    for i, (omr, km, u24, ticks, res, kom, stt, avv) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=omr if omr != prev else None)
        prev = omr
        ws.cell(row=r, column=3, value=km)
        c = ws.cell(row=r, column=4, value=u24)
        c.font = Font(color="808080", italic=True)
        for ch, col in (("G", 5), ("D", 6), ("E", 7)):
            if ch in ticks:
                ws.cell(row=r, column=col, value=T).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=8, value=res if res else None)
        ws.cell(row=r, column=9, value=kom if kom else None)
        for col in range(1, 10):
            ws.cell(row=r, column=col).border = BORDER
            if col in (2, 3, 9):
                ws.cell(row=r, column=col).alignment = WRAP
        exp(fil, nm, km, stt, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Ansvarig: Jonas Berg, förvaltningsekonom")
    ws.cell(row=r + 1, column=2, value="Behandlad i förvaltningens ledningsgrupp 2025-09-11")
    for k_, w in {"A": 4, "B": 18, "C": 55, "D": 14, "E": 11, "F": 11, "G": 11, "H": 22, "I": 45}.items():
        ws.column_dimensions[k_].width = w
    wb.active = 1
    tmp = "_tmp_gvn.xlsx"
    wb.save(tmp)
    # turn into a proper macro-enabled package (content type of an .xlsm workbook)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(fil, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zout.writestr(item, data)
    os.remove(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 9. Excel lock file for the KS workbook – must be rejected
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$KS Uppföljning intern kontroll T2 2025.xlsx"
    user = "Karin Ek"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += len(user).to_bytes(2, "little") + (user + " " * (54 - len(user))).encode("utf-16-le")
    b = b[:165].ljust(165, b"\x00")
    with open(fil, "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen|GVF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Teknik- och serviceförvaltningen|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def write_csvs():
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


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_sn()
    make_von()
    make_sbn()
    make_csv()
    make_ofn()
    make_gvn()
    make_lock()
    write_register()
    write_csvs()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
