#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 92 – Hallstahammars kommun, helår 2025.
A controller collects the nämnders' answers on internkontroll and forwards them as they came.
Builds every file of the round plus namnder.csv, files.csv, expected.csv in this folder."""
import csv
import os
import re
import shutil
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

G, D, E, U, O, S = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"

KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
AVN = "Arbetsmarknads- och vuxenutbildningsnämnden"
BMN = "Bygg- och miljönämnden"
OFN = "Överförmyndarnämnden"
SN = "Socialnämnden"
BUN = "Barn- och utbildningsnämnden"
VON = "Vård- och omsorgsnämnden"
KS = "Kommunstyrelsen"
TN = "Tekniska nämnden"


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, "ja" if avv else "nej"))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1 – the controller's compilation: each nämnd's answer pasted under a heading row
# ---------------------------------------------------------------------------
def f1():
    fil = "Sammanställning IK helår 2025 - inkomna svar.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Inkommet"
    for col, w in zip("ABCDEFG", (14, 26, 48, 30, 18, 16, 44)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Hallstahammars kommun – uppföljning av internkontrollplan 2025, helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Nämndernas svar inklistrade i den form de inkom, ej redigerade. "
                "Underlag till KS-beredning 2026-02-10. /Lena Öberg, controller")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("OBS! BMN och ÖFN har skickat ett gemensamt Word-dokument och SN, BUN, VON, TN och KS "
                "har egna filer – de ligger i samma mapp och är inte inklistrade här.")
    ws["A3"].font = Font(italic=True, color="C00000")
    r = 5

    def block_heading(text, fill):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=True, size=12, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=fill)
        r += 1

    def header(cols, fill="D9D9D9"):
        nonlocal r
        for i, h in enumerate(cols, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor=fill)
            c.border = BORDER
            c.alignment = WRAP
        r += 1

    def row(values, fills=None):
        nonlocal r
        for i, v in enumerate(values, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if fills and i in fills:
                c.fill = PatternFill("solid", fgColor=fills[i])
        r += 1

    # --- block 1: Kultur- och fritidsnämnden (its own template: Nr/Process/Kontrollmoment/Metod/Ansvarig/Status/Kommentar)
    block_heading("KULTUR- OCH FRITIDSNÄMNDEN   (inkom 2026-01-16 via mejl från förvaltningschef)", "1F4E78")
    header(["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status helår", "Kommentar"])
    kfn = [
        (1, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsregler",
         "Stickprov 10 utbetalningar", "Kultursekreterare", "Genomförd", "Inga avvikelser.", G, False),
        (2, "Kontanthantering", "Dagskassor på bibliotek och simhall stäms av mot kassarapport",
         "Månadsvis avstämning", "Enhetschef", "Genomförd med anmärkning",
         "Differens 340 kr i simhallens kassa i juni, utrett och rapporterat till förvaltningschef.", G, True),
        (3, "Inköp", "Inköp av förbrukningsmaterial görs från avtalad leverantör",
         "Stickprov 15 fakturor", "Controller", "Delvis genomförd",
         "Vårens stickprov gjort utan anmärkning. Höstens stickprov ej gjort p.g.a. vakans.", D, False),
        (4, "Uthyrning", "Bokade lokaler och idrottsanläggningar faktureras enligt taxa",
         "Bokningslista mot kundfakturor", "Fritidsadministratör", "Ej genomförd",
         "Flyttas till IK-plan 2026.", E, False),
    ]
    for nr, proc, km, met, ans, st, kom, exp, avv in kfn:
        row([nr, proc, km, met, ans, st, kom])
        expect(fil, KFN, km, exp, avv)
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 4 – varav genomförda: 2").font = Font(italic=True)
    r += 3

    # --- block 2: Samhällsbyggnadsförvaltningen for SBN (delår + helår columns)
    block_heading("Samhällsbyggnadsförvaltningen – svar för Samhällsbyggnadsnämnden (mejl 2026-01-20, inklistrat)",
                  "375623")
    header(["Kontrollområde", "Kontroll", "Ansvarig", "Delår 31/8", "Helår", "Avvikelse?", "Åtgärd/kommentar"])
    sbn = [
        ("Leverantörsfakturor",
         "Attest av leverantörsfakturor sker av behörig attestant enligt attestförteckning",
         "Ekonom", "Pågår", "Klar", "Nej", "Stickprov 30 fakturor, samtliga rätt attesterade.", G, False),
        ("Delegation", "Delegationsbeslut inom gatu- och trafikområdet anmäls till nämnden",
         "Nämndsekreterare", "Klar", None, "Nej", None, G, False),
        ("Investeringar", "Avslutade investeringsprojekt aktiveras i anläggningsregistret",
         "Controller", "Ej påbörjad", "Pågår", "Ja",
         "3 projekt från 2024 ej aktiverade, åtgärdas i bokslutet.", D, True),
        ("Informationssäkerhet", "Behörigheter i GIS- och ärendesystem ses över vid avslutad anställning",
         "Systemförvaltare", "Pågår", "Se bilaga 2", None, None, O, False),
    ]
    for omr, km, ans, dl, hl, av, kom, exp, avv in sbn:
        row([omr, km, ans, dl, hl, av, kom])
        expect(fil, SBN, km, exp, avv)
    r += 2

    # --- block 3: AVN, pasted from their colour template (status shown only by fill colour)
    block_heading("AVN – Arbetsmarknads- och vuxenutbildningsnämnden (inkom 2026-01-22, sent)", "7F6000")
    header(["Kontrollmoment", "Hur har kontrollen gjorts", "Resultat", "Bedömning"], fill="FFF2CC")
    green, yellow, red, blue = "00B050", "FFFF00", "FF0000", "00B0F0"
    avn = [
        ("Utbetalning av anställningsstöd och praktikersättning stäms av mot närvarorapporter",
         "Stickprov 20 utbetalningar", "Inga fel hittade.", green, G, False),
        ("Avtalstrohet vid köp av utbildningsplatser från extern anordnare",
         "Genomgång av fakturor", "Första halvåret kontrollerat, andra halvåret återstår.", yellow, D, False),
        ("Registerförteckning enligt dataskyddsförordningen (art. 30) är uppdaterad",
         "Genomgång med dataskyddsombud", "Har inte hunnits med under året.", red, E, False),
        ("Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista mot protokoll", None, blue, O, False),
    ]
    for km, hur, res, fill, exp, avv in avn:
        row([km, hur, res, None], fills={4: fill})
        expect(fil, AVN, km, exp, avv)
    ws.cell(row=r, column=1,
            value="Färg i kolumn Bedömning: grönt = genomförd, gult = pågår/delvis, rött = ej genomförd").font = \
        Font(italic=True, size=9)
    r += 3
    ws.cell(row=r, column=1, value="Ej inkommit per 2026-01-23: Valnämnden, Krisledningsnämnden "
                                   "(nämnderna hade inga kontrollmoment 2025).").font = Font(italic=True)
    ws.freeze_panes = "A5"
    wb.save(fil)
    for n in (KFN, SBN, AVN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F2 – Word document, two nämnders' tables under their own headings
# ---------------------------------------------------------------------------
def f2():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    fil = "Uppföljning intern kontroll 2025 BMN och ÖFN.docx"
    d = docx.Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Bygg- och miljöförvaltningen\tHallstahammars kommun\tDnr BMN 2026/14"
    p = d.add_paragraph()
    rr = p.add_run("Uppföljning av intern kontroll 2025 – helårsrapport")
    rr.bold = True
    rr.font.size = Pt(18)
    d.add_paragraph("Datum: 2026-01-14\nHandläggare: Johan Ekström, verksamhetscontroller")
    d.add_paragraph(
        "Bygg- och miljöförvaltningen är gemensam tjänstemannaorganisation för Bygg- och miljönämnden och "
        "Överförmyndarnämnden. Respektive nämnds uppföljning av internkontrollplanen för 2025 redovisas under "
        "egen rubrik nedan. Ärendet behandlas i BMN 2026-02-04 och i ÖFN 2026-02-05.")

    d.add_heading("1. Bygg- och miljönämnden", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Omfattning", "Resultat", "Status"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    bmn = [
        ("Handläggningstid bygglov – beslut inom 10 veckor enligt PBL", "Samtliga ärenden 2025 (212 st)",
         "199 ärenden (94 %) beslutade inom tid, 13 ärenden försenade. Avgiftsreduktion tillämpad.",
         "Genomförd, avvikelse", G, True),
        ("Avgiftsuttag för tillsyn (miljö och livsmedel) enligt fastställd taxa", "Stickprov 20 ärenden",
         "Inga fel.", "Genomförd", G, False),
        ("Delegationsbeslut anmäls till nämnden", "Samtliga beslut",
         "Anmälts löpande på varje sammanträde.", "Genomförd", G, False),
        ("Jäv – handläggare har inte handlagt ärenden där jäv föreligger", "Stickprov 15 ärenden",
         "Kontrollen kunde inte utföras på grund av byte av ärendesystem under hösten.", "Ej genomförd", E, False),
        ("Diarieföring av inkomna handlingar sker inom en arbetsdag", "Stickprov 2 veckor per halvår",
         "Våren kontrollerad utan anmärkning, hösten pågår – klart februari 2026.", "Pågår", D, False),
        ("Sanktionsavgifter debiteras enligt beslut", "Samtliga sanktionsbeslut",
         "Inga sanktionsbeslut fattades 2025.", "Ej aktuell", U, False),
    ]
    for km, om, res, st, exp, avv in bmn:
        cells = t.add_row().cells
        for c, v in zip(cells, (km, om, res, st)):
            c.text = v
        expect(fil, BMN, km, exp, avv)
    pn = d.add_paragraph()
    rn = pn.add_run("Statusbegrepp: Genomförd / Pågår / Ej genomförd / Ej aktuell")
    rn.italic = True
    rn.font.size = Pt(8)

    d.add_heading("2. Överförmyndarnämnden", level=1)
    d.add_paragraph("Överförmyndarnämndens kontroller följs upp av överförmyndarenheten. Kolumnen "
                    "”Granskat” anger om kontrollen är utförd för 2025.")
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Kontroll", "Granskat", "Avvikelser", "Kommentar"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    ofn = [
        ("Årsräkningar granskas inom sex månader från inlämning", "Ja", "Ja",
         "12 av 180 årsräkningar granskades först efter sex månader.", G, True),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinje", "Ja", "Nej", "", G, False),
        ("Förteckningar inkommer inom två månader efter förordnande", "Delvis", "Nej",
         "Kontroll av kvartal 4 ej klar.", D, False),
        ("Uttag från spärrat konto sker endast efter nämndens samtycke", "Nej", "–",
         "Ej hunnit, flyttas till 2026.", E, False),
        ("Nya ställföreträdare kontrolleras mot belastnings- och kronofogderegistret", "", "",
         "Samtliga 14 nya gode män och förvaltare kontrollerade mot båda registren före förordnande, "
         "inga anmärkningar.", G, False),
    ]
    for km, gr, av, kom, exp, avv in ofn:
        cells = t2.add_row().cells
        for c, v in zip(cells, (km, gr, av, kom)):
            c.text = v
        expect(fil, OFN, km, exp, avv)
    d.add_paragraph()
    d.add_paragraph("Hallstahammar 2026-01-14")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, Bygg- och miljöförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", BMN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F3 – UTF-16 tab-separated export ("Unicode-text" from Excel of a Stratsys report), long format
# ---------------------------------------------------------------------------
def f3():
    fil = "IK Socialnämnden 2025 export (Unicode-text).txt"
    lines = [
        ["Internkontroll 2025 – Socialnämnden", "", "", "", "", "", ""],
        ["Rapport: Uppföljning per period", "", "", "", "", "Utskriven: 2026-01-21 08:14", ""],
        ["", "", "", "", "", "", ""],
        ["Enhet", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar"],
    ]
    sn = [
        ("Socialförvaltningen - IFO", "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd föregås av beslut av behörig handläggare",
         ("Genomförd", "Nej", "Stickprov 25 utbetalningar."),
         ("Genomförd", "Nej", "Stickprov 25 utbetalningar, inga fel."), G, False),
        ("Socialförvaltningen - IFO", "Ekonomiskt bistånd",
         "Kontroll av dubbla utbetalningar (samma mottagare och belopp)",
         ("Pågående", "", ""),
         ("Genomförd", "Ja", "Två dubbelutbetalningar upptäcktes (maj och oktober).\nBeloppen är återkrävda."),
         G, True),
        ("Socialförvaltningen - IFO", "Barn och unga",
         "Orosanmälningar – skyddsbedömning görs inom 24 timmar",
         ("Genomförd", "Nej", "Samtliga 146 anmälningar jan–aug kontrollerade."),
         ("", "", ""), G, False),
        ("Socialförvaltningen - LSS", "LSS",
         "Gynnande LSS-beslut verkställs inom tre månader",
         ("Pågående", "Ja", "4 ej verkställda beslut rapporterade till IVO."),
         ("Pågående", "Ja", "Fortfarande 3 ej verkställda beslut, rapporterade till IVO och KF."), D, True),
        ("Socialförvaltningen - IFO", "Placeringar",
         "Placeringar på HVB görs enligt ramavtal (avtalstrohet)",
         ("Ej påbörjad", "", ""),
         ("Ej genomförd", "", "Ej prioriterat under året."), E, False),
        ("Socialförvaltningen", "Dataskydd",
         "Loggkontroll i verksamhetssystemet Treserva",
         ("Pågående", "", ""),
         ("Genomförd", "Nej", "20 loggar kontrollerade, ingen otillbörlig åtkomst."), G, False),
        ("Socialförvaltningen - IFO", "Familjehem",
         "Arvoden och omkostnader till familjehem följer SKR:s riktlinjer",
         ("Ej påbörjad", "", ""),
         ("Avbruten", "", "Avbruten genom beslut SN 2025-10-22 § 88, ersätts av extern granskning 2026."), U, False),
        ("Socialförvaltningen", "Personal",
         "Lönetillägg och OB-ersättning registreras korrekt i lönesystemet",
         ("", "", ""), ("", "", ""), S, False),
    ]
    for enh, proc, km, dl, hl, exp, avv in sn:
        lines.append([enh, proc, km, "Delår 2025"] + list(dl))
        lines.append([enh, proc, km, "Helår 2025"] + list(hl))
        expect(fil, SN, km, exp, avv)

    def q(v):
        if any(ch in v for ch in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v

    text = "\r\n".join("\t".join(q(v) for v in ln) for ln in lines) + "\r\n"
    with open(fil, "w", encoding="utf-16", newline="") as fh:
        fh.write(text)
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F4 – xlsx with status symbols, legend in a text box (drawing injected), a cell comment
# ---------------------------------------------------------------------------
TEXTBOX_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor>
<xdr:from><xdr:col>9</xdr:col><xdr:colOff>152400</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>12</xdr:col><xdr:colOff>400000</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:sp macro="" textlink="">
<xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>
<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="FFFFE1"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></xdr:spPr>
<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>
<a:p><a:r><a:rPr lang="sv-SE" sz="1100" b="1"/><a:t>Teckenförklaring</a:t></a:r></a:p>
<a:p><a:r><a:rPr lang="sv-SE" sz="1100"/><a:t>✔  = Genomförd</a:t></a:r></a:p>
<a:p><a:r><a:rPr lang="sv-SE" sz="1100"/><a:t>◐  = Påbörjad / delvis genomförd</a:t></a:r></a:p>
<a:p><a:r><a:rPr lang="sv-SE" sz="1100"/><a:t>✖  = Ej genomförd</a:t></a:r></a:p>
<a:p><a:r><a:rPr lang="sv-SE" sz="1100"/><a:t>–  = Ej aktuellt / utgår</a:t></a:r></a:p>
</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>
</xdr:wsDr>
"""


def inject_textbox(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        rels_name = "xl/worksheets/_rels/sheet1.xml.rels"
        for n in names:
            data = zin.read(n)
            if n == "[Content_Types].xml":
                s = data.decode("utf-8")
                s = s.replace("</Types>",
                              '<Override PartName="/xl/drawings/drawingTb1.xml" '
                              'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
                data = s.encode("utf-8")
            elif n == "xl/worksheets/sheet1.xml":
                s = data.decode("utf-8")
                tag = '<drawing r:id="rIdTb1"/>'
                if 'xmlns:r=' not in s[:600]:
                    s = s.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/'
                                                  'officeDocument/2006/relationships" ', 1)
                if "<legacyDrawing" in s:
                    s = s.replace("<legacyDrawing", tag + "<legacyDrawing", 1)
                elif "<tableParts" in s:
                    s = s.replace("<tableParts", tag + "<tableParts", 1)
                else:
                    s = s.replace("</worksheet>", tag + "</worksheet>")
                data = s.encode("utf-8")
            elif n == rels_name:
                s = data.decode("utf-8")
                s = s.replace("</Relationships>",
                              '<Relationship Id="rIdTb1" Type="http://schemas.openxmlformats.org/officeDocument/'
                              '2006/relationships/drawing" Target="../drawings/drawingTb1.xml"/></Relationships>')
                data = s.encode("utf-8")
            zout.writestr(n, data)
        if rels_name not in names:
            zout.writestr(rels_name,
                          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                          'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTb1" '
                          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
                          'Target="../drawings/drawingTb1.xml"/></Relationships>')
        zout.writestr("xl/drawings/drawingTb1.xml", TEXTBOX_XML)
    shutil.move(tmp, path)


def f4():
    fil = "BUN internkontroll 2025 uppföljning T3.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    widths = (5, 16, 50, 30, 7, 7, 7, 46)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning T3"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.border = BORDER
        c.alignment = Alignment(horizontal="center" if i in (1, 5, 6, 7) else "left", vertical="center")
    bun = [
        ("Ekonomi", "Attest av leverantörsfakturor – attestant enligt gällande attestlista",
         "Stickprov 25 fakturor per tertial", "✔", "✔", "✔", "", G, False),
        ("Ekonomi", "Interkommunal ersättning och skolpeng debiteras korrekt",
         "Avstämning elevregister mot fakturering", "◐", "◐", "✔",
         "Fel i 3 debiteringar till grannkommuner, korrigerat i november.", G, True),
        ("Personal", "Nyanställda registreras med rätt lön enligt anställningsavtal",
         "Stickprov 10 nyanställningar", "✔", "✖", "◐", "T2 ej gjord pga semester, T3 halva stickprovet klart.",
         D, False),
        ("Myndighetsutövning", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Genomgång av samtliga beslut", "–", "–", "✖", "Ej genomförd, personalbrist på skolskjutsenheten.",
         E, False),
        ("Elevhälsa", "Anmälan om kränkande behandling till huvudman inom fem dagar",
         "Genomgång av anmälningar i ärendesystemet", "–", "◐", None, "Rutin under revidering.", D, False),
        ("IT", "IT-behörigheter i elevregistret tas bort när anställning upphör",
         "Kontroll mot HR-lista över avslutade", "✖", "◐", "✔✖", "", O, False),
        ("Inköp", "Avtalstrohet vid inköp av läromedel",
         "Stickprov 20 fakturor", "–", "–", "–", "Utgår 2025 – nytt läromedelsavtal upphandlas 2026.", U, False),
        ("Förskola", "Inkomstuppgifter för barnomsorgsavgift (maxtaxa) kontrolleras",
         "Stickprov 30 hushåll mot Skatteverket", "◐", "✔", "✔", "", G, True),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga enheter",
         "Sammanställning av protokoll", "◐", "◐", "◐", "Skyddsronder gjorda på 11 av 15 enheter.", D, False),
    ]
    r = 5
    for nr, (omr, km, met, t1, t2, t3, kom, exp, avv) in enumerate(bun, 1):
        vals = [nr, omr, km, met, t1, t2, t3, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (1, 5, 6, 7) else "left")
            if i in (5, 6, 7):
                c.font = Font(size=13)
        expect(fil, BUN, km, exp, avv)
        r += 1
    # cell comment on T3 of the maxtaxa row (row 12)
    ws.cell(row=12, column=7).comment = Comment(
        "2 hushåll hade fått för låg avgift sedan våren – efterdebiterade i december. /Maria, förskolekontoret",
        "Maria Holm")
    r += 1
    ws.cell(row=r, column=3, value="Antal genomförda (✔) T3:").font = Font(bold=True)
    ws.cell(row=r, column=7, value='=COUNTIF(G5:G13,"✔")')
    r += 2
    ws.cell(row=r, column=1, value="Beslutad av BUN 2026-01-28 § 7").font = Font(italic=True)
    wb.save(fil)
    inject_textbox(fil)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F5 – real .xls (xlwt) with J/N and a deviation column
# ---------------------------------------------------------------------------
def f5():
    import xlwt
    fil = "VON Intern kontroll 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cen = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                      "alignment: horiz center, vert top")
    ital = xlwt.easyxf("font: italic on")
    for i, w in enumerate((5, 55, 20, 12, 14, 55)):
        ws.col(i).width = w * 256
    ws.write_merge(0, 0, 0, 5, "Vård- och omsorgsnämnden", title)
    ws.write_merge(1, 1, 0, 5, "Uppföljning av internkontrollplan – verksamhetsår 2025")
    ws.write_merge(2, 2, 0, 5, "Rapportperiod: 2025-01-01 -- 2025-12-31")
    hdr = ["Nr", "Kontrollmoment", "Kontrollant", "Utförd (J/N)", "Avvikelse (J/N)",
           "Beskrivning av avvikelse / åtgärd"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, bold)
    von = [
        ("Fakturor från hemtjänstutförare (LOV) stäms av mot registrerad tid i TES", "Enhetschef", "J", "J",
         "Överdebitering 46 timmar hos en utförare, kreditfaktura erhållen.", G, True),
        ("Avgifter inom äldreomsorgen beräknas enligt maxtaxa och aktuella inkomstuppgifter", "Avgiftshandläggare",
         "J", "N", "", G, False),
        ("Läkemedelshantering – signeringslistor kontrolleras", "MAS", "J", "J",
         "Brister på 2 enheter, handlingsplan upprättad.", G, True),
        ("Privata medel för boende på särskilt boende redovisas kvartalsvis", "Enhetschef", "N", "",
         "Ej genomförd på grund av omorganisation.", E, False),
        ("Bisysslor – anmälan och bedömning för samtliga medarbetare", "HR-konsult", "Delvis", "N",
         "Enkät utskickad i november, svar saknas från 2 enheter.", D, False),
        ("Behörigheter i journalsystemet spärras när medarbetare slutar", "Systemförvaltare", "J", "N", "", G, False),
        ("Biståndsbeslut enligt SoL fattade på delegation anmäls till nämnden", "Nämndsekreterare", "J/N", "", "",
         O, False),
        ("Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid", "Kvalitetsutvecklare", "", "", "",
         S, False),
        ("Matleveranser följs upp mot kostavtalet", "Upphandlare", "Ej aktuellt", "",
         "Avtalet förlängdes i mars, uppföljning sker 2026.", U, False),
    ]
    r = 5
    for nr, (km, kontr, utf, avv_jn, besk, exp, avv) in enumerate(von, 1):
        ws.write(r, 0, nr, cen)
        ws.write(r, 1, km, cell)
        ws.write(r, 2, kontr, cell)
        ws.write(r, 3, utf, cen)
        ws.write(r, 4, avv_jn, cen)
        ws.write(r, 5, besk, cell)
        expect(fil, VON, km, exp, avv)
        r += 1
    r += 1
    ws.write(r, 0, "J = Ja, N = Nej", ital)
    r += 2
    ws.write(r, 0, "Hallstahammar 2026-01-20")
    ws.write(r + 1, 0, "Eva Sundberg, förvaltningschef Vård- och omsorgsförvaltningen")
    wb.save(fil)
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F6 – .odt, prose with a paragraph per control
# ---------------------------------------------------------------------------
def f6():
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TextProperties
    from odf.text import H, P, Span

    fil = "Kommunstyrelsen uppföljning internkontroll 2025.odt"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    titel = Style(name="Titel1", family="paragraph")
    titel.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.automaticstyles.addElement(titel)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.automaticstyles.addElement(h2)
    body = Style(name="Brod", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.25cm"))
    doc.automaticstyles.addElement(body)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.automaticstyles.addElement(small)

    doc.text.addElement(P(stylename=small, text="Hallstahammars kommun · Kommunledningsförvaltningen · "
                                                "Dnr KS 2026/031"))
    doc.text.addElement(P(stylename=titel, text="Kommunstyrelsens uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(stylename=body, text="Bilaga 3 till verksamhetsberättelse 2025"))
    doc.text.addElement(H(outlinelevel=1, stylename=h2, text="Bakgrund"))
    doc.text.addElement(P(stylename=body, text=(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 3 februari 2025 (§ 12). Planen omfattar åtta "
        "kontrollmoment inom kommunledningsförvaltningens ansvarsområde. Föregående år genomfördes samtliga "
        "kontroller utan väsentliga avvikelser. Nedan redovisas resultatet för helåret 2025, ett stycke per "
        "kontrollmoment.")))
    doc.text.addElement(H(outlinelevel=1, stylename=h2, text="Resultat per kontrollmoment"))
    ks = [
        ("Attest av leverantörsfakturor inom kommunledningsförvaltningen.",
         " Ett stickprov om 40 fakturor togs ut i oktober. Samtliga var attesterade av behörig attestant enligt "
         "gällande attestförteckning och inga avvikelser noterades.", G, False),
        ("Representation och förtroendekänsliga poster.",
         " Samtliga 62 representationsfakturor under året har gåtts igenom. I fem fall saknades uppgift om "
         "deltagare och syfte. Berörda chefer har kompletterat underlagen och riktlinjen har förtydligats vid "
         "chefsforum i november.", G, True),
        ("Löneutbetalningar – kontroll av manuellt registrerade lönetillägg.",
         " Kontrollen påbörjades i november men har på grund av övergången till nytt lönesystem inte kunnat "
         "slutföras. De 25 av planerade 60 tillägg som hittills granskats visar inga fel. Kontrollen slutförs "
         "under första kvartalet 2026.", D, False),
        ("Dataskydd – registerförteckning och personuppgiftsbiträdesavtal.",
         " Kontrollen har inte genomförts under 2025. Tjänsten som dataskyddsombud har varit vakant sedan maj och "
         "ny rekrytering är klar först i februari 2026. Kontrollmomentet föreslås ingå i planen för 2026.",
         E, False),
        ("IT-behörigheter vid avslutad anställning.",
         " Avstämning mellan HR-systemets lista över avslutade anställningar och aktiva konton i AD har gjorts "
         "varje tertial. Vid kontrollen i december var sju konton fortfarande aktiva. Dessa har spärrats och "
         "rutinen för avslutsbeställning mellan HR och IT har setts över.", G, True),
        ("Avtalstrohet vid inköp av konsulttjänster.",
         " Kontrollmomentet ströks ur planen genom kommunstyrelsens beslut 2025-06-09 § 98, eftersom kommunens "
         "revisorer genomför en fördjupad granskning av området under hösten.", U, False),
        ("Delegationsbeslut anmäls till kommunstyrelsen.",
         " Se bilaga 4.", O, False),
        ("Krisberedskap – kontinuitetsplaner för samhällsviktig verksamhet.",
         " Arbetet med att uppdatera kontinuitetsplanerna pågår. Fyra av nio samhällsviktiga verksamheter har "
         "reviderade planer; övriga beräknas vara klara under våren 2026.", D, False),
    ]
    for km, txt, exp, avv in ks:
        p = P(stylename=body)
        p.addElement(Span(stylename=bold, text=km))
        p.addText(txt)
        doc.text.addElement(p)
        expect(fil, KS, km, exp, avv)
    doc.text.addElement(H(outlinelevel=1, stylename=h2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(stylename=body, text=(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. De brister "
        "som framkommit har åtgärdats eller förs vidare till internkontrollplanen för 2026.")))
    doc.text.addElement(P(stylename=body, text="Hallstahammar den 19 januari 2026"))
    doc.text.addElement(P(stylename=body, text="Per Andersson, kommundirektör"))
    doc.save(fil)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F7 – xlsx with "Se föregående år" / "Som förra året" in some 2025 status cells
# ---------------------------------------------------------------------------
def f7():
    fil = "Tekniska nämnden IK 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    for col, w in zip("ABCDEFG", (20, 52, 18, 12, 16, 18, 50)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "TEKNISKA NÄMNDEN"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan helår 2025 (mall från 2024, uppdaterad)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Tekniska förvaltningen, 2026-01-19"
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Status 2024", "Status 2025", "Kommentar 2025"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4" if i != 5 else "D9D9D9")
        c.border = BORDER
        c.alignment = WRAP
    tn = [
        ("VA-taxa", "Debitering av VA-avgifter enligt beslutad taxa", "VA-ekonom", "Årlig",
         "Genomförd", "Som förra året", "Stickprov 50 abonnenter, inga fel.", G, False),
        ("Leverantörsfakturor", "Dubbelattest av fakturor över 100 tkr", "Controller", "Tertial",
         "Genomförd", "Se föregående år", None, G, False),
        ("Fordon", "Körjournaler för kommunens fordon förs och kontrolleras", "Fordonssamordnare", "Halvår",
         "(nytt 2025)", "Se föregående år", None, O, False),
        ("Avfall", "Vägning och fakturering av avfall vid återvinningscentralen", "Avfallschef", "Kvartal",
         "Ej genomförd", "Genomförd",
         "Kontroll gjord Q2 och Q4. Felaktig kalibrering av vågen upptäcktes i Q2 och är åtgärdad.", G, True),
        ("Gata/park", "Entreprenörens fakturor för snöröjning stäms av mot körrapporter", "Driftchef",
         "Vintersäsong", "Genomförd", "Som förra året",
         "Avvikelse: dubbeldebitering januari 2025, krediterad i mars.", G, True),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlare", "Löpande",
         "Delvis", "Som förra året", "Dokumentation saknas fortfarande i några ärenden.", D, True),
        ("Arbetsmiljö", "Skyddsronder på förråd och verkstad", "Arbetsledare", "Årlig",
         "Genomförd", "Pågår", "Verkstaden klar, förrådet i januari 2026.", D, False),
        ("Informationssäkerhet", "Behörigheter i driftövervakningssystemet (SCADA) ses över", "IT-samordnare",
         "Årlig", "Ej genomförd", "Ej genomförd", "Flyttas till 2026.", E, False),
        ("Fastighet", "Hyresavtal med externa hyresgäster indexuppräknas", "Fastighetsekonom", "Årlig",
         "Genomförd", "Utgår", "Fastigheterna överlåtna till det kommunala bostadsbolaget 2025-07-01.", U, False),
        ("Bidrag", "Bidrag till enskilda vägar betalas ut enligt beslut", "Handläggare", "Årlig",
         "Genomförd", None, None, S, False),
    ]
    r = 6
    for vals in tn:
        for i, v in enumerate(vals[:7], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if i == 5:
                c.font = Font(color="7F7F7F")
        expect(fil, TN, vals[1], vals[7], vals[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status anges: Genomförd / Delvis / Pågår / Ej genomförd / Utgår").font = \
        Font(italic=True, size=9)
    wb.save(fil)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F8 – Excel lock file of the controller's open compilation (must be rejected)
# ---------------------------------------------------------------------------
def f8():
    fil = "~$Sammanställning IK helår 2025 - inkomna svar.xlsx"
    user = "Lena Öberg"
    a = user.encode("cp1252")
    data = bytes([len(a)]) + a
    data += b" " * (54 - len(data))
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data += b"\x20\x00" * ((165 - len(data)) // 2)
    data = data[:165].ljust(165, b"\x00")
    with open(fil, "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


NAMNDER = [
    (KS, "KS|Kommunstyrelsen Hallstahammar|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOC|Socialtjänsten|IFO"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF|Äldreomsorgen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (TN, "TN|Tekniska förvaltningen|Tekniska kontoret"),
    (BMN, "BMN|Bygg- och miljöförvaltningen|Miljö- och byggnadskontoret"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (AVN, "AVN|Arbetsmarknads- och vuxenutbildningsförvaltningen|Arbetsmarknadsenheten|Vuxenutbildningen|Komvux"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN|Krisledning"),
]


def main():
    for f in os.listdir("."):
        if f not in ("make_round.py", "README.md") and not f.startswith("."):
            p = os.path.join(".", f)
            if os.path.isfile(p):
                os.remove(p)
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(set(f[0] for f in FILES)), "files,", len(FILES), "files.csv rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
