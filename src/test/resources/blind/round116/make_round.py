#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 116 – Sjövik kommun, T1 2025: statuses expressed visually and by scales.
Builds every file of the round in this folder, plus namnder.csv, files.csv, expected.csv."""
import csv, io, os, re, shutil, subprocess, zipfile, zlib, struct

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import CellIsRule
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

# remove earlier output (keep the script and README)
KEEP = {"make_round.py", "README.md"}
for f in os.listdir(HERE):
    if f not in KEEP and os.path.isfile(f):
        os.remove(f)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def expect(fil, namnd, rows):
    for r in rows:
        EXPECTED.append((fil, namnd, r["k"], r["st"], r["av"]))

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")

def fit_rows(ws, r0, r1):
    """Set row heights so wrapped text is visible (openpyxl cannot autofit)."""
    import math
    for r in range(r0, r1 + 1):
        lines = 1
        merged = {str(m).split(":")[0] for m in ws.merged_cells.ranges}
        for c in ws[r]:
            if c.value is None or not isinstance(c.value, str) or c.coordinate in merged:
                continue
            w = ws.column_dimensions[c.column_letter].width or 10
            n = sum(max(1, math.ceil(len(part) / max(1.0, w * 1.05))) for part in c.value.split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = 14.5 * lines + 2

def landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – traffic-light fills, no words in the status column
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Uppföljning internkontroll T1 2025.xlsx"
    GREEN, LGREEN, YELLOW, RED, GREY = "00B050", "92D050", "FFC000", "FF0000", "BFBFBF"
    rows = [
        {"head": "Ekonomiprocesser"},
        {"p": "Attest", "k": "Kontroll att attestförteckningen är uppdaterad och att beslutsattestanter har rätt behörighet i ekonomisystemet",
         "m": "Stickprov 15 attestanter", "a": "Ekonomichef", "fill": GREEN,
         "c": "Stickprov på 15 attestanter genomfört, inga avvikelser.", "st": "GENOMFORD", "av": "nej"},
        {"p": "Leverantörsfakturor", "k": "Stickprov 25 leverantörsfakturor: kontering, attest och momsavdrag",
         "m": "Stickprov", "a": "Redovisningsansvarig", "fill": GREEN,
         "c": "2 fakturor hade felaktig momskod (ingående moms på representation). Rättat i april.", "st": "GENOMFORD", "av": "ja"},
        {"p": "Representation", "k": "Representation följer riktlinjen (syfte, deltagarförteckning, alkohol)",
         "m": "Genomgång av samtliga representationsfakturor", "a": "Controller", "fill": YELLOW,
         "c": "Januari–februari granskade, mars–april återstår.", "st": "DELVIS", "av": "nej"},
        {"p": "Löner", "k": "Manuella löneutbetalningar och engångsbelopp kontrolleras mot underlag",
         "m": "Stickprov 10 utbetalningar/månad", "a": "HR-chef", "fill": YELLOW,
         "c": "Kontrollen pågår tillsammans med lönecentrum.", "st": "DELVIS", "av": "nej"},
        {"head": "Styrning, personal och IT"},
        {"p": "Delegationsbeslut", "k": "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "m": "Jämförelse beslutslogg – anmälningslistor", "a": "Kanslichef", "fill": RED,
         "c": "Ej genomförd på grund av vakans som nämndsekreterare.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"p": "IT-behörigheter", "k": "Behörigheter i HR- och lönesystemet tas bort när anställning upphör",
         "m": "Avstämning avslutade anställningar mot aktiva konton", "a": "IT-chef", "fill": LGREEN,
         "c": "5 konton för avslutade anställningar var fortfarande aktiva – har stängts.", "st": "GENOMFORD", "av": "ja"},
        {"p": "Avtalstrohet", "k": "Uppföljning av inköp utanför avtal via spendanalys",
         "m": "Spendanalys", "a": "Upphandlingschef", "fill": None,
         "c": "Spendanalysen är inte påbörjad, planeras till T2.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"p": "Bisysslor", "k": "Inventering av bisysslor hos chefer i kommunledningskontoret",
         "m": "Enkät till samtliga chefer", "a": "HR-chef", "fill": GREEN,
         "c": "", "st": "GENOMFORD", "av": "nej"},
        {"p": "Dataskydd", "k": "Registerförteckningen enligt dataskyddsförordningen är aktuell",
         "m": "Genomgång med dataskyddsombud", "a": "Kanslichef", "fill": GREY,
         "c": "", "st": "OKLAR", "av": "nej"},
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Sjövik kommun"
    ws["A1"].font = Font(size=9, color="666666")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Tertial 1 (januari–april)  ·  Rapportör: Kommunledningskontoret, ekonomienheten"
    ws.merge_cells("A3:G3")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True); c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    r = 6; nr = 0
    for row in rows:
        if "head" in row:
            c = ws.cell(row=r, column=1, value=row["head"])
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        nr += 1
        vals = [nr, row["p"], row["k"], row["m"], row["a"], None, row["c"] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER; c.alignment = WRAP
        if row["fill"]:
            ws.cell(row=r, column=6).fill = fill(row["fill"])
        r += 1
    for col, w in zip("ABCDEFG", [5, 18, 48, 30, 18, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    fit_rows(ws, 6, r - 1)
    # legend on its own sheet
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Färgförklaring statuskolumn"
    lg["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Kontrollen är genomförd"),
                                    (YELLOW, "Kontrollen är påbörjad / delvis genomförd"),
                                    (RED, "Kontrollen är inte genomförd")], 3):
        lg.cell(row=i, column=1).fill = fill(col)
        lg.cell(row=i, column=2, value=txt)
    lg["B7"] = "Eventuella avvikelser beskrivs i kommentarskolumnen."
    lg.column_dimensions["A"].width = 6
    lg.column_dimensions["B"].width = 48
    landscape(ws)
    wb.save(fil)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T1"))
    expect(fil, "Kommunstyrelsen", [x for x in rows if "k" in x])

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – emoji 🟢🟡🔴, legend in the header cell
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK-uppfoljning_T1_2025.xlsx"
    rows = [
        {"o": "Skolskjuts", "k": "Beviljad skolskjuts följer riktlinjer och fattade beslut", "f": "Tertial",
         "s24": "🟢", "s": "🟢", "c": "Stickprov 20 beslut, inga avvikelser.", "st": "GENOMFORD", "av": "nej"},
        {"o": "Tilläggsbelopp", "k": "Tilläggsbelopp till fristående skolor – underlag och beslut granskas", "f": "Halvår",
         "s24": "🔴", "s": "🟡", "c": "Hälften av underlagen granskade.", "st": "DELVIS", "av": "nej"},
        {"o": "Kränkande behandling", "k": "Anmälan om kränkande behandling når huvudmannen inom 5 arbetsdagar", "f": "Tertial",
         "s24": "🟡", "s": "🟢", "c": "Kontroll gjord: 12 av 41 anmälningar kom in för sent. Påminnelse till rektorer.", "st": "GENOMFORD", "av": "ja"},
        {"o": "Frånvaro", "k": "Uppföljning av ogiltig frånvaro och kontakt med vårdnadshavare", "f": "Tertial",
         "s24": "🟢", "s": "🔴", "c": "Ej genomförd under perioden.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"o": "Skolmåltider", "k": "Attest av leverantörsfakturor inom skolmåltidsverksamheten", "f": "Tertial",
         "s24": "", "s": "🟢", "c": "", "st": "GENOMFORD", "av": "nej"},
        {"o": "Rekrytering", "k": "Utdrag ur belastningsregistret finns för samtliga nyanställda", "f": "Tertial",
         "s24": "🟢", "s": "🟡", "c": "Förskolan klar, grundskolan pågår.", "st": "DELVIS", "av": "nej"},
        {"o": "Inköp", "k": "Avtalstrohet vid inköp av läromedel", "f": "Årligen",
         "s24": "🔴", "s": "⚪", "c": "", "st": "OKLAR", "av": "nej"},
        {"o": "Avgifter", "k": "Inkomstuppgifter för barnomsorgsavgifter i förskola kontrolleras", "f": "Årligen",
         "s24": "🟢", "s": "", "c": "Utgår 2025 enligt nämndbeslut BUN § 14, ersätts av central kontroll.", "st": "UTGAR", "av": "nej"},
        {"o": "IT-behörigheter", "k": "Behörigheter i elevregistret (Unikum) tas bort för personal som slutat", "f": "Tertial",
         "s24": "🟡", "s": "🟢", "c": "Avstämt mot HR-lista, inga kvarstående konton.", "st": "GENOMFORD", "av": "nej"},
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=12, color="1F4E78")
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 1"
    ws["A2"].font = Font(bold=True, size=14)
    hdr = ["Nr", "Område", "Kontrollmoment", "Frekvens", "Status helår 2024",
           "Status T1 2025\n🟢 = klart\n🟡 = pågår\n🔴 = ej påbörjat", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True); c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    ws.row_dimensions[4].height = 62
    for n, row in enumerate(rows, 1):
        r = 4 + n
        vals = [n, row["o"], row["k"], row["f"], row["s24"] or None, row["s"] or None, row["c"] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(row=5 + len(rows) + 1, column=1,
            value="Statusen för 2024 visas som jämförelse. Beslut om åtgärder tas vid BUN:s sammanträde i juni.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [5, 20, 52, 10, 12, 16, 52]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 5, 4 + len(rows))
    landscape(ws)
    wb.save(fil)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T1"))
    expect(fil, "Barn- och utbildningsnämnden", rows)

# ---------------------------------------------------------------------------
# 3. Socialnämnden – ✅⚠️❌➖, legend only in a floating text box
# ---------------------------------------------------------------------------
TEXTBOX_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor>
<xdr:from><xdr:col>7</xdr:col><xdr:colOff>150000</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>10</xdr:col><xdr:colOff>300000</xdr:colOff><xdr:row>11</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:sp macro="" textlink="">
<xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>
<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="FFFFF0"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></xdr:spPr>
<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>
{paras}
</xdr:txBody>
</xdr:sp>
<xdr:clientData/>
</xdr:twoCellAnchor>
</xdr:wsDr>
"""

def para(text, bold=False):
    b = ' b="1"' if bold else ""
    return ('<a:p><a:r><a:rPr lang="sv-SE" sz="1000"%s/><a:t>%s</a:t></a:r></a:p>' % (b, text))

def add_textbox(path, lines):
    """Post-process an openpyxl xlsx: add a drawing with one text box to sheet1."""
    tmp = path + ".tmp"
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    paras = "\n".join(para(t, i == 0) for i, t in enumerate(lines))
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.decode("utf-8").replace(
                "</Types>",
                '<Override PartName="/xl/drawings/drawing1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>').encode("utf-8")
        elif item.filename == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            s = s.replace("</worksheet>",
                          '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdTb1"/></worksheet>')
            data = s.encode("utf-8")
        zout.writestr(item, data)
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in zin.namelist()
    zout.writestr("xl/worksheets/_rels/sheet1.xml.rels",
                  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rIdTb1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
                  'Target="../drawings/drawing1.xml"/></Relationships>')
    zout.writestr("xl/drawings/drawing1.xml", TEXTBOX_XML.format(paras=paras))
    zout.close(); zin.close()
    os.replace(tmp, path)

def file_sn():
    fil = "Socialnämnden IK uppföljning april 2025.xlsx"
    rows = [
        {"p": "Ekonomiskt bistånd", "r": "Felaktiga utbetalningar",
         "k": "Stickprov 20 utbetalningar av ekonomiskt bistånd jämförs mot beslut", "m": "Stickprov",
         "s": "✅", "c": "Samtliga utbetalningar överensstämde med beslut.", "st": "GENOMFORD", "av": "nej"},
        {"p": None, "r": "Dubbla utbetalningar",
         "k": "Kontroll av dubbelutbetalningar (samma mottagare och belopp) i verksamhetssystemet", "m": "Systemrapport",
         "s": "⚠️", "c": "En dubbelutbetalning på 4 300 kr upptäcktes, återkrav upprättat.", "st": "GENOMFORD", "av": "ja"},
        {"p": "LSS", "r": "Beslut verkställs inte i tid",
         "k": "LSS-beslut verkställs inom tre månader, ej verkställda beslut rapporteras till IVO", "m": "Genomgång av samtliga beslut",
         "s": "⚠️", "c": "Två ej verkställda beslut hade inte rapporterats till IVO i tid. Rapporterade i april.", "st": "GENOMFORD", "av": "ja"},
        {"p": "Placeringar", "r": "Köp utanför avtal",
         "k": "Köp av HVB-placeringar sker enligt ramavtal", "m": "Genomgång placeringar jan–apr",
         "s": "❌", "c": "Inte utförd p.g.a. resursbrist. Flyttas till T2.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"p": "Dokumentation", "r": "Otillåten åtkomst",
         "k": "Loggkontroll – otillåten åtkomst till personakter", "m": "30 slumpvisa loggar",
         "s": "✅", "c": "30 loggar kontrollerade, ingen otillåten åtkomst.", "st": "GENOMFORD", "av": "nej"},
        {"p": "Delegation", "r": "Beslut fattas utan delegation",
         "k": "Delegationsbeslut anmäls till nämnden varje månad", "m": "Avstämning mot beslutslistor",
         "s": "✅", "c": "", "st": "GENOMFORD", "av": "nej"},
        {"p": "Kontaktpersoner", "r": "Felaktiga arvoden",
         "k": "Arvoden till kontaktpersoner följer SKR:s riktlinjer", "m": "Stickprov 10 uppdrag",
         "s": "➖", "c": "Verksamheten överfördes till Omsorgsnämnden 1 januari 2025.", "st": "UTGAR", "av": "nej"},
        {"p": "Arbetsmiljö", "r": "Hot och våld rapporteras inte",
         "k": "Hot- och våldssituationer rapporteras i KIA", "m": "Jämförelse KIA – enhetsrapporter",
         "s": "", "c": "", "st": "SAKNAS", "av": "nej"},
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Socialnämndens internkontrollplan 2025 – uppföljning per 30 april"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Socialförvaltningen, kvalitet och utveckling"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Resultat", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True); c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    for n, row in enumerate(rows):
        r = 5 + n
        vals = [row["p"], row["r"], row["k"], row["m"], row["s"] or None, row["c"] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
    ws.merge_cells("A5:A6")
    for col, w in zip("ABCDEF", [16, 22, 46, 24, 9, 46]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 5, 4 + len(rows))
    landscape(ws)
    wb.save(fil)
    add_textbox(fil, ["Förklaring, kolumnen Resultat",
                      "✅  Kontrollen utförd – inga avvikelser",
                      "⚠️  Kontrollen utförd – avvikelse konstaterad (se kommentar)",
                      "❌  Kontrollen inte utförd",
                      "➖  Utgår"])
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T1"))
    expect(fil, "Socialnämnden", rows)

# ---------------------------------------------------------------------------
# 4. Omsorgsnämnden – reversed 1–4 scale explained on sheet "Instruktion" (.ods)
# ---------------------------------------------------------------------------
def file_on():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties, TableRowProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    fil = "Omsorgsnämnden_IK_T1_2025.ods"
    rows = [
        {"o": "Avgifter", "k": "Avgiftsbeslut hemtjänst stämmer med beviljade och utförda timmar", "a": "Avgiftshandläggare",
         "b": "1", "c": "20 beslut kontrollerade.", "st": "GENOMFORD", "av": "nej"},
        {"o": "Brukarnas medel", "k": "Hantering av brukares privata medel på särskilda boenden (kassabok och kvitton)", "a": "Enhetschefer SÄBO",
         "b": "2", "c": "Kvitton saknades för 3 uttag på Ekbacken. Rutinen har gåtts igenom med personalen.", "st": "GENOMFORD", "av": "ja"},
        {"o": "Läkemedel", "k": "Signeringslistor för läkemedel är kompletta", "a": "MAS",
         "b": "3", "c": "Två av fem boenden granskade.", "st": "DELVIS", "av": "nej"},
        {"o": "Inköp", "k": "Fakturor från bemanningsföretag stäms av mot avtalade priser", "a": "Controller",
         "b": "4", "c": "", "st": "EJ_GENOMFORD", "av": "nej"},
        {"o": "Hemtjänst", "k": "Tidsregistrering i hemtjänsten (TES) jämförs med beviljad tid", "a": "Enhetschefer hemtjänst",
         "b": "1", "c": "", "st": "GENOMFORD", "av": "nej"},
        {"o": "Lex Sarah", "k": "Rapporter enligt lex Sarah utreds och avslutas inom 2 månader", "a": "Kvalitetsstrateg",
         "b": "2-3", "c": "Se separat rapport.", "st": "OKLAR", "av": "nej"},
        {"o": "Hygien", "k": "Samtliga nyanställda har genomgått utbildning i basal hygien", "a": "MAS",
         "b": "X", "c": "Ersätts av MAS egenkontroll enligt beslut ON 2025-02-20 § 9.", "st": "UTGAR", "av": "nej"},
        {"o": "IT", "k": "Behörigheter i verksamhetssystemet Lifecare motsvarar aktuell tjänst", "a": "Systemförvaltare",
         "b": "3", "c": "Inventering pågår, klar i juni.", "st": "DELVIS", "av": "nej"},
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
    big = Style(name="big", family="table-cell"); big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #808080", wrapoption="wrap"))
    cellst = Style(name="cellst", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap", verticalalign="top"))
    center = Style(name="center", family="table-cell")
    center.addElement(TableCellProperties(border="0.5pt solid #808080", verticalalign="top"))
    center.addElement(ParagraphProperties(textalign="center"))
    ital = Style(name="ital", family="table-cell"); ital.addElement(TextProperties(fontstyle="italic", color="#595959"))
    for s in (bold, big, head, cellst, center, ital):
        doc.automaticstyles.addElement(s)
    colstyles = []
    for i, w in enumerate(["1.0cm", "3.2cm", "9.5cm", "4.0cm", "2.6cm", "9.0cm"]):
        cs = Style(name="co%d" % i, family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs); colstyles.append(cs)

    tall = Style(name="ro2", family="table-row")
    tall.addElement(TableRowProperties(rowheight="0.95cm", useoptimalrowheight="false"))
    doc.automaticstyles.addElement(tall)

    def addrow(t, vals, styles=None, rowstyle=None):
        tr = TableRow(stylename=rowstyle) if rowstyle else TableRow()
        for i, v in enumerate(vals):
            st = styles[i] if styles else None
            kw = {"stylename": st} if st is not None else {}
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw); tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)

    ins = Table(name="Instruktion")
    for i, w in enumerate(["3.0cm", "14.0cm"]):
        cs = Style(name="ins%d" % i, family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        ins.addElement(TableColumn(stylename=cs))
    addrow(ins, ["Instruktion – uppföljning av internkontrollplan"], [big])
    addrow(ins, [""])
    addrow(ins, ["Fyll i kolumnen Bedömning på fliken Uppföljning T1 för varje kontrollmoment."])
    addrow(ins, ["Använd skalan 1–4 nedan. Observera att 1 är bästa värdet."])
    addrow(ins, [""])
    addrow(ins, ["Bedömning", "Innebörd"], [head, head])
    for a, b in [("1", "Kontrollen genomförd utan anmärkning"),
                 ("2", "Kontrollen genomförd – brister/avvikelser konstaterade (beskriv i kommentar)"),
                 ("3", "Kontrollen påbörjad men inte slutförd"),
                 ("4", "Kontrollen inte påbörjad"),
                 ("X", "Kontrollen utgår (ange beslut i kommentaren)")]:
        addrow(ins, [a, b], [center, cellst])
    addrow(ins, [""])
    addrow(ins, ["Exempel:"], [bold])
    addrow(ins, ["Kontrollmoment", "Bedömning / kommentar"], [head, head])
    addrow(ins, ["Attest av leverantörsfakturor – stickprov 10 fakturor", "2 – två fakturor saknade attest, rättat"], [cellst, cellst])
    addrow(ins, [""])
    addrow(ins, ["Skicka filen till ekonomienheten senast 10 maj."], [ital])
    doc.spreadsheet.addElement(ins)

    t = Table(name="Uppföljning T1")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    addrow(t, ["Omsorgsnämnden – internkontroll 2025, uppföljning 1 (januari–april)"], [big])
    addrow(t, ["Omsorgsförvaltningen"], [ital])
    addrow(t, [""])
    addrow(t, ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Bedömning (1–4)", "Kommentar"], [head] * 6)
    for n, row in enumerate(rows, 1):
        b = int(row["b"]) if row["b"].isdigit() else row["b"]
        addrow(t, [n, row["o"], row["k"], row["a"], b, row["c"]], [center, cellst, cellst, cellst, center, cellst], tall)
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", "Omsorgsnämnden", "2025", "T1"))
    expect(fil, "Omsorgsnämnden", rows)

# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – Harvey balls in a Word table
# ---------------------------------------------------------------------------
def file_kfn():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    fil = "KFN tertialuppföljning 1 2025 internkontroll.docx"
    rows = [
        {"head": "Ekonomi"},
        {"k": "Kontanthantering i kassan på Sjöviksbadet – dagskassor stäms av mot kassarapport", "m": "Stickprov 10 dagskassor",
         "a": "Badchef", "s": "●", "c": "Två kassadifferenser (under 100 kr) noterade och dokumenterade.", "st": "GENOMFORD", "av": "ja"},
        {"k": "Föreningsbidrag – underlag för lokalt aktivitetsstöd kontrolleras", "m": "Stickprov 8 föreningar",
         "a": "Föreningskonsulent", "s": "◐", "c": "Fem av åtta föreningar granskade.", "st": "DELVIS", "av": "nej"},
        {"k": "Uthyrning av lokaler – samtliga bokningar i bokningssystemet faktureras", "m": "Avstämning bokning – faktura",
         "a": "Bokningsansvarig", "s": "○", "c": "Ej påbörjad.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"k": "Representation och interna möten följer riktlinjerna", "m": "Genomgång av fakturor",
         "a": "Förvaltningschef", "s": "●", "c": "Inga avvikelser.", "st": "GENOMFORD", "av": "nej"},
        {"head": "Inköp och avtal"},
        {"k": "Direktupphandlingar av evenemangstjänster dokumenteras", "m": "Stickprov 10 inköp",
         "a": "Evenemangssamordnare", "s": "●", "c": "Dokumentation saknades för 3 av 10 inköp. Utbildning planeras.", "st": "GENOMFORD", "av": "ja"},
        {"k": "Inventarieförteckningar på bibliotek och fritidsgårdar är uppdaterade", "m": "Inventering",
         "a": "Enhetschefer", "s": "◑", "c": "Biblioteken klara, fritidsgårdarna återstår.", "st": "DELVIS", "av": "nej"},
        {"k": "Överenskommelser med studieförbunden följs upp", "m": "Dialogmöten",
         "a": "Kulturchef", "s": "Utgår", "c": "Överenskommelserna sägs upp, se beslut KFN 2025-03-12 § 22.", "st": "UTGAR", "av": "nej"},
    ]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_paragraph("Sjövik kommun").runs[0].font.size = Pt(9)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – tertialuppföljning 1, 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Nedan redovisas hur långt "
        "kontrollerna kommit vid utgången av april. Status anges med symbol, se teckenförklaring under tabellen. "
        "Avvikelser och planerade åtgärder beskrivs i kommentarskolumnen.")
    hdr = ["Kontrollmoment", "Metod / omfattning", "Ansvarig", "Status", "Kommentar"]
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell = tbl.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h); run.bold = True
    for row in rows:
        cells = tbl.add_row().cells
        if "head" in row:
            m = cells[0].merge(cells[4])
            m.text = ""
            r = m.paragraphs[0].add_run(row["head"]); r.bold = True; r.italic = True
            continue
        for i, v in enumerate([row["k"], row["m"], row["a"], row["s"], row["c"]]):
            cells[i].text = v
        p = cells[3].paragraphs[0]
        p.alignment = 1
        if row["s"] in "●◐◑○":
            for r in p.runs:
                r.font.size = Pt(14); r.font.name = "Segoe UI Symbol"
    widths = [Cm(6), Cm(3.5), Cm(3), Cm(1.5), Cm(5.5)]
    tbl.autofit = False
    for i, col in enumerate(tbl.columns):
        col.width = widths[i]
    for r in tbl.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    d.add_paragraph()
    d.add_paragraph("Teckenförklaring:  ● Genomförd     ◐ Påbörjad / delvis genomförd     ○ Ej påbörjad")
    d.add_paragraph()
    d.add_paragraph("Sjövik den 6 maj 2025")
    d.add_paragraph("Lena Vikström\nFörvaltningschef, Kultur- och fritidsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T1"))
    expect(fil, "Kultur- och fritidsnämnden", [x for x in rows if "k" in x])

# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – numeric 1/2/3, meaning only via conditional formatting
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN internkontroll 2025.xlsx"
    rows = [
        {"id": "TN-01", "p": "Taxor och avgifter", "k": "VA-anslutningsavgifter faktureras enligt gällande taxa",
         "m": "Stickprov 10 anslutningar", "a": "VA-chef", "t1": 1, "c": "", "st": "GENOMFORD", "av": "nej"},
        {"id": "TN-02", "p": "Leverantörsfakturor", "k": "Stickprov av attest på leverantörsfakturor för entreprenader",
         "m": "Stickprov 20 fakturor", "a": "Ekonom", "t1": 1,
         "c": "3 av 20 fakturor saknade beställarens attest. Rutinen förtydligad.", "st": "GENOMFORD", "av": "ja"},
        {"id": "TN-03", "p": "Inköp", "k": "Avtalstrohet vid inköp av drivmedel och fordonsservice",
         "m": "Spendanalys", "a": "Fordonssamordnare", "t1": 2, "c": "Drivmedel klart, service återstår.", "st": "DELVIS", "av": "nej"},
        {"id": "TN-04", "p": "Fordon", "k": "Körjournaler för kommunens fordon är ifyllda och attesterade",
         "m": "Genomgång av 15 fordon", "a": "Fordonssamordnare", "t1": 3, "c": "", "st": "EJ_GENOMFORD", "av": "nej"},
        {"id": "TN-05", "p": "Livsmedel", "k": "Egenkontroll livsmedel i kostenhetens tillagningskök",
         "m": "Checklista", "a": "Kostchef", "t1": 1, "c": "Utan anmärkning.", "st": "GENOMFORD", "av": "nej"},
        {"id": "TN-06", "p": "Investeringar", "k": "ÄTA-arbeten i investeringsprojekt stäms av mot avtal",
         "m": "Genomgång av 3 projekt", "a": "Projektchef", "t1": 4, "c": "", "st": "OKLAR", "av": "nej"},
        {"id": "TN-07", "p": "Gata/park", "k": "Felanmälningar åtgärdas inom utlovad tid",
         "m": "Rapport ur felanmälningssystemet", "a": "Driftchef", "t1": 2, "c": "", "st": "DELVIS", "av": "nej"},
        {"id": "TN-08", "p": "IT", "k": "Behörigheter i fastighetssystemet motsvarar aktuell roll",
         "m": "Avstämning mot personallista", "a": "Systemförvaltare", "t1": 3,
         "c": "Skjuts till hösten.", "st": "EJ_GENOMFORD", "av": "nej"},
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Internkontroll 2025"
    ws["A1"] = "Tekniska nämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Teknik- och serviceförvaltningen  ·  senast uppdaterad 2025-05-07"
    ws["A3"] = "Färgmarkering i statuskolumnerna:  grön = genomförd,  gul = påbörjad/delvis,  röd = ej genomförd"
    ws["A3"].font = Font(italic=True)
    hdr = ["ID", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True); c.fill = HEAD_FILL; c.border = BORDER; c.alignment = WRAP
    for n, row in enumerate(rows):
        r = 6 + n
        vals = [row["id"], row["p"], row["k"], row["m"], row["a"], row["t1"], None, None, row["c"] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        for col in (6, 7, 8):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
    last = 5 + len(rows)
    ws.cell(row=last + 2, column=5, value="Antal gröna").font = Font(bold=True)
    for col in "FGH":
        ws["%s%d" % (col, last + 2)] = '=COUNTIF(%s6:%s%d,1)' % (col, col, last)
        ws["%s%d" % (col, last + 2)].alignment = Alignment(horizontal="center")
    rng = "F6:H%d" % last
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill("00B050"), font=Font(color="00B050")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill("FFEB3B"), font=Font(color="FFEB3B")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill("FF0000"), font=Font(color="FF0000")))
    for col, w in zip("ABCDEFGHI", [7, 18, 48, 28, 18, 6, 6, 6, 44]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 6, last)
    landscape(ws)
    wb.save(fil)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T1"))
    expect(fil, "Tekniska nämnden", rows)

# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden – G/D/E/U, legend only in the page footer (.xls)
# ---------------------------------------------------------------------------
def file_mbn():
    import xlwt
    fil = "MBN uppföljning IK 2025.xls"
    rows = [
        {"k": "Tillsynsavgifter (miljö) debiteras enligt taxa", "a": "Miljöchef", "f": "Tertial",
         "b": "G", "c": "", "st": "GENOMFORD", "av": "nej"},
        {"k": "Bygglov: beslut inom 10 veckor enligt PBL", "a": "Bygglovschef", "f": "Tertial",
         "b": "G", "c": "6 av 40 ärenden överskred 10 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.", "st": "GENOMFORD", "av": "ja"},
        {"k": "Delegationsbeslut anmäls till nämnden", "a": "Nämndsekreterare", "f": "Månad",
         "b": "G", "c": "", "st": "GENOMFORD", "av": "nej"},
        {"k": "Miljösanktionsavgifter beslutas enligt förordningen", "a": "Miljöchef", "f": "Halvår",
         "b": "E", "c": "Planeras till hösten.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"k": "Jävsdeklarationer är undertecknade av samtliga handläggare", "a": "Förvaltningschef", "f": "Årligen",
         "b": "D", "c": "Bygglov klart, miljö återstår.", "st": "DELVIS", "av": "nej"},
        {"k": "Gallring i ärendesystemet enligt dokumenthanteringsplan", "a": "Registrator", "f": "Årligen",
         "b": "U", "c": "Ny dokumenthanteringsplan beslutas först i juni.", "st": "UTGAR", "av": "nej"},
        {"k": "Konsultkostnader stäms av mot avrop från ramavtal", "a": "Controller", "f": "Tertial",
         "b": "G/D", "c": "", "st": "OKLAR", "av": "nej"},
        {"k": "Inkomna handlingar diarieförs inom 2 arbetsdagar", "a": "Registrator", "f": "Tertial",
         "b": "D", "c": "Stickprov vecka 10–14 klart.", "st": "DELVIS", "av": "nej"},
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("MBN")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: italic on")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                     "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cc = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Miljö- och byggnadsnämnden", title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025", sub)
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Frekvens", "Bedömn.", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, hd)
    for n, row in enumerate(rows):
        r = 4 + n
        ws.write(r, 0, row["k"], cs); ws.write(r, 1, row["a"], cs); ws.write(r, 2, row["f"], cs)
        ws.write(r, 3, row["b"], cc); ws.write(r, 4, row["c"], cs)
        if len(row["c"]) > 60:
            ws.row(r).height_mismatch = True
            ws.row(r).height = 2 * 260
    for i, w in enumerate([50, 18, 10, 10, 60]):
        ws.col(i).width = 256 * w
    ws._Worksheet__header_str = "&LSjövik kommun&CMiljö- och byggförvaltningen&R&D"  # xlwt setter is broken for non-ASCII str on py3
    ws._Worksheet__footer_str = "&LBedömning: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår&RSida &P av &N"
    ws.set_portrait(False)
    wb.save(fil)
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", ""))
    expect(fil, "Miljö- och byggnadsnämnden", rows)

# ---------------------------------------------------------------------------
# 8. Stratsys export – two nämnder, status as colour names
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-09.csv"
    gan = "Gymnasie- och arbetsmarknadsnämnden"
    ofn = "Överförmyndarnämnden"
    rows = [
        {"org": "Gymnasie- och arbetsmarknadsnämnden", "n": gan, "id": "GAN-IK-1",
         "k": "Rapportering av studerandes frånvaro till CSN", "s": "Grön",
         "c": "Kontroll gjord för samtliga program, inga avvikelser.", "st": "GENOMFORD", "av": "nej"},
        {"org": "Gymnasie- och arbetsmarknadsnämnden", "n": gan, "id": "GAN-IK-2",
         "k": "Feriepraktik: lönerapportering stäms av mot närvarolistor", "s": "Gul",
         "c": "Påbörjad, slutförs efter sommarens feriepraktik.", "st": "DELVIS", "av": "nej"},
        {"org": "Gymnasie- och arbetsmarknadsnämnden", "n": gan, "id": "GAN-IK-3",
         "k": "APL-avtal finns för samtliga elever på yrkesprogram", "s": "Röd",
         "c": "Ej påbörjad.", "st": "EJ_GENOMFORD", "av": "nej"},
        {"org": "Gymnasie- och arbetsmarknadsnämnden", "n": gan, "id": "GAN-IK-4",
         "k": "Stickprov anställningsstöd: beslut jämförs mot utbetalning", "s": "Grön",
         "c": "En felaktig utbetalning upptäcktes och har återkrävts.", "st": "GENOMFORD", "av": "ja"},
        {"org": "Gymnasie- och arbetsmarknadsnämnden", "n": gan, "id": "GAN-IK-5",
         "k": "Fakturor för köpt vuxenutbildning stäms av mot avtal", "s": "Grå",
         "c": "", "st": "SAKNAS", "av": "nej"},
        {"org": "Överförmyndarnämnden", "n": ofn, "id": "ÖFN-IK-1",
         "k": "Årsräkningar granskas inom sex månader", "s": "Gul",
         "c": "62 % granskade per 30/4.", "st": "DELVIS", "av": "nej"},
        {"org": "Överförmyndarnämnden", "n": ofn, "id": "ÖFN-IK-2",
         "k": "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "s": "Grön",
         "c": "", "st": "GENOMFORD", "av": "nej"},
        {"org": "Överförmyndarnämnden", "n": ofn, "id": "ÖFN-IK-3",
         "k": "Utdrag ur belastningsregistret för nya gode män", "s": "Grön",
         "c": "Samtliga 7 nya uppdrag kontrollerade.", "st": "GENOMFORD", "av": "nej"},
        {"org": "Överförmyndarnämnden", "n": ofn, "id": "ÖFN-IK-4",
         "k": "Överförmyndarspärr finns på huvudmännens konton", "s": "Röd",
         "c": "Kontrollen har inte kunnat göras, banken har inte levererat underlag.", "st": "EJ_GENOMFORD", "av": "nej"},
    ]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Plan", "Id", "Kontrollmoment", "Period", "Status", "Kommentar", "Senast ändrad"])
    dates = ["2025-05-05", "2025-05-05", "2025-04-28", "2025-05-06", "", "2025-05-02", "2025-05-02", "2025-05-02", "2025-05-08"]
    for row, dt in zip(rows, dates):
        w.writerow([row["org"], "Internkontrollplan 2025", row["id"], row["k"], "Tertial 1 2025", row["s"], row["c"], dt])
    w.writerow([])
    w.writerow(["Statusfärger: Grön = Genomförd; Gul = Påbörjad; Röd = Ej genomförd; Grå = Ej bedömd"])
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())
    FILES.append((fil, "INLAST", gan, "2025", "T1"))
    FILES.append((fil, "INLAST", ofn, "2025", "T1"))
    for row in rows:
        EXPECTED.append((fil, row["n"], row["k"], row["st"], row["av"]))

# ---------------------------------------------------------------------------
# 9. Rejected: a screenshot (PNG) saved with an .xlsx name
# ---------------------------------------------------------------------------
def file_picture():
    from PIL import Image, ImageDraw
    fil = "Skärmklipp statusrapport IK.xlsx"
    img = Image.new("RGB", (640, 260), "white")
    dr = ImageDraw.Draw(img)
    dr.text((12, 10), "Internkontroll 2025 - status", fill="black")
    cols = [(0, 176, 80), (255, 192, 0), (255, 0, 0), (0, 176, 80), (0, 176, 80)]
    for i, c in enumerate(cols):
        y = 40 + i * 40
        dr.rectangle((10, y, 500, y + 36), outline=(150, 150, 150))
        dr.text((18, y + 12), "Kontrollmoment %d" % (i + 1), fill="black")
        dr.rectangle((520, y, 620, y + 36), fill=c, outline=(150, 150, 150))
    img.save(fil, format="PNG")
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
def write_meta():
    reg = [
        ("Kommunstyrelsen", ["KS", "Kommunledningskontoret", "KLK"]),
        ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
        ("Gymnasie- och arbetsmarknadsnämnden", ["GAN", "Gymnasie- och arbetsmarknadsförvaltningen"]),
        ("Socialnämnden", ["SN", "SOC", "Socialförvaltningen"]),
        ("Omsorgsnämnden", ["ON", "Omsorgsförvaltningen", "Vård och omsorg"]),
        ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen"]),
        ("Tekniska nämnden", ["TN", "Teknik- och serviceförvaltningen"]),
        ("Miljö- och byggnadsnämnden", ["MBN", "Miljö- och byggförvaltningen"]),
        ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarverksamheten"]),
        ("Valnämnden", ["VN"]),
        ("Krisledningsnämnden", ["KLN"]),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, "|".join(a)))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)

if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_on()
    file_kfn()
    file_tn()
    file_mbn()
    file_stratsys()
    file_picture()
    write_meta()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
