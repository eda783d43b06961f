#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 111 – Lindesjö kommun, T1 2025: one day's inbox of internkontroll follow-ups.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import re
import shutil
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Socialnämnden – .xlsm with autofilter and hidden rows
# ---------------------------------------------------------------------------
def make_xlsm():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    fil = "IKP_2025_Socialnamnden_uppfoljning.xlsm"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    t1_fill = PatternFill("solid", fgColor="DDEBF7")
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 inkl. uppföljning"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:M1")
    ws["A2"] = "Förvaltning: Socialförvaltningen"
    ws["A3"] = "Uppföljning: Tertial 1 (jan–april)"
    ws["E3"] = "Senast uppdaterad: 2025-05-08 / controller"
    ws["A3"].font = Font(bold=True)

    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
               "Kontrolltillfälle", "Status T1", "Kommentar T1", "Status T2", "Kommentar T2",
               "Status T3/helår", "Kommentar T3/helår"]
    HR = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border

    # (nr, process, risk, kontrollmoment, metod, ansvarig, tillfälle, statusT1, kommentarT1,
    #  manually_hidden, expected_status, avvikelse)
    rows = [
        ("0", "(Exempel) Inköp", "(Exempel) Inköp görs utanför avtal",
         "Exempel: Stickprov 10 fakturor – kontrollera att avtal finns", "Stickprov", "Controller",
         "T1", "Genomförd", "Exempel på kommentar: 10 fakturor kontrollerade, inga avvikelser.",
         True, None, None),
        ("1", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprov 15 utbetalningar av ekonomiskt bistånd per tertial – kontroll mot beslut och underlag",
         "Stickprov", "Enhetschef försörjningsstöd", "T1, T2, T3", "Genomförd",
         "15 ärenden kontrollerade. 1 utbetalning saknade underskrivet beslut – återkopplat till handläggargruppen.",
         False, "GENOMFORD", "ja"),
        ("2", "Ekonomiskt bistånd", "Dubbla utbetalningar",
         "Kontroll av dubbla utbetalningar via månadsvis körning i verksamhetssystemet",
         "Systemrapport", "Systemförvaltare", "Löpande", "Genomförd",
         "Körning jan, feb, mar, apr. Inga dubbelutbetalningar.",
         False, "GENOMFORD", "nej"),
        ("3", "Myndighetsutövning barn och unga", "Utredningstiden överskrids",
         "Andel barnavårdsutredningar avslutade inom 4 månader (11 kap. 2 § SoL)",
         "Uttag ur verksamhetssystem", "Enhetschef BoU", "T1, T2, T3", "Delvis genomförd",
         "Uttag gjort för jan–mars, april saknas p.g.a. systembyte. 6 av 41 utredningar överskred 4 mån utan beslut om förlängning.",
         False, "DELVIS", "ja"),
        ("4", "Delegation", "Beslut fattas utan delegation / anmäls inte",
         "Kontroll att delegationsbeslut anmäls till nämnden månadsvis",
         "Genomgång av delegationslistor", "Nämndsekreterare", "Löpande", "Genomförd",
         "Samtliga delegationslistor jan–april anmälda enligt rutin.",
         False, "GENOMFORD", "nej"),
        ("5", "LSS", "Beslut verkställs inte i tid",
         "Ej verkställda LSS-beslut rapporteras till IVO inom tre månader",
         "Genomgång av rapporteringslista", "Enhetschef LSS-handläggning", "T2", None, None,
         False, "SAKNAS", "nej"),
        ("6", "Familjehemsvård", "Brister i utredning av familjehem",
         "Kontroll att familjehemsutredningar är kompletta (belastningsregister, referenser) före placering",
         "Stickprov 5 ärenden", "Enhetschef familjehem", "T2", None, None,
         False, "SAKNAS", "nej"),
        ("7", "Attest", "Attest av obehörig",
         "Kontroll att attestförteckningen är uppdaterad efter omorganisationen 1 januari",
         "Jämförelse attestlista – organisation", "Controller", "T1", "Ej genomförd",
         "Kontrollen ej utförd p.g.a. vakans på controllertjänsten.",
         False, "EJ_GENOMFORD", "nej"),
        ("8", "Dataskydd", "Obehörig åtkomst till skyddade personuppgifter",
         "Loggkontroll: stickprov på åtkomst till personer med skyddade personuppgifter",
         "Logguttag", "Systemförvaltare", "Löpande", "Pågår",
         "Loggar jan–feb granskade utan anmärkning, mars–april pågår.",
         False, "DELVIS", "nej"),
        ("9", "Kontanthantering", "Förlust/stöld av kontanter",
         "Kontroll av handkassor och kontanthantering på boenden (socialpsykiatri)",
         "Inventering handkassor", "Enhetschef socialpsykiatri", "T1", "Utgår",
         "Handkassorna avvecklades 2025-01-31. Kontrollen utgår enligt SN 2025-02-19 § 22.",
         True, "UTGAR", "nej"),
        ("10", "Representation", "Representation utan tydligt syfte",
         "Kontroll av representation och förtroendekänsliga poster (syfte, deltagare)",
         "Genomgång av fakturor konto 7xxx", "Controller", "T3", "Genomförd",
         "Tidigarelagd – gjordes i mars i samband med revisionens granskning. 2 av 14 fakturor saknade deltagarförteckning.",
         False, "GENOMFORD", "ja"),
        ("11", "Inköp", "Köp utanför avtal",
         "Stickprov 20 leverantörsfakturor – inköp mot ramavtal (avtalstrohet)",
         "Stickprov", "Controller", "T1, T3", "Genomförd",
         "18 av 20 mot avtal. 2 köp av konsulttjänst utan avtal, åtgärdat genom avrop på ramavtal.",
         False, "GENOMFORD", "ja"),
        ("12", "Arbetsmiljö", "Hot och våld mot personal",
         "Kontroll att medarbetare i myndighetsutövning genomgått utbildning i hot och våld",
         "Utdrag ur utbildningsportalen", "HR-partner", "T3", None, None,
         False, "SAKNAS", "nej"),
    ]
    shown = {"T1, T2, T3", "Löpande", "T1", "T1, T3"}
    first = HR + 1
    r = first
    for row in rows:
        (nr, proc, risk, km, metod, ansv, tillf, st, kom, mhidden, est, avv) = row
        vals = [int(nr) if nr.isdigit() else nr, proc, risk, km, metod, ansv, tillf, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.border = border
        for c in range(10, 14):
            ws.cell(row=r, column=c).border = border
        ws.cell(row=r, column=8).fill = t1_fill
        ws.cell(row=r, column=9).fill = t1_fill
        if nr == "0":
            for c in range(1, 14):
                ws.cell(row=r, column=c).font = Font(italic=True, color="808080")
        hidden = mhidden or (tillf not in shown)
        if hidden:
            ws.row_dimensions[r].hidden = True
        if est:
            exp(fil, namnd, km, est, avv)
        r += 1
    last = r - 1

    ws.auto_filter.ref = "A%d:M%d" % (HR, last)
    ws.auto_filter.add_filter_column(6, sorted(shown))

    r = last + 2
    ws.cell(row=r, column=7, value="Antal genomförda T1").font = Font(bold=True)
    ws.cell(row=r, column=8, value=5).font = Font(bold=True)
    ws.cell(row=r + 1, column=7, value="Antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r + 1, column=8, value=12).font = Font(bold=True)
    ws.cell(row=r + 3, column=1,
            value="Status väljs i rullistan (Genomförd / Delvis genomförd / Pågår / Ej genomförd / Utgår). "
                  "Filtrera på Kontrolltillfälle för att se aktuella kontroller för perioden.").font = Font(italic=True, size=9)

    widths = [5, 20, 24, 48, 22, 20, 14, 16, 50, 12, 30, 14, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "E6"

    lists = wb.create_sheet("Listor")
    lists["A1"] = "Statusval"
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Pågår", "Ej genomförd", "Utgår"], 2):
        lists.cell(row=i, column=1, value=v)
    lists["C1"] = "Kontrolltillfälle"
    for i, v in enumerate(["T1", "T2", "T3", "T1, T3", "T1, T2, T3", "Löpande"], 2):
        lists.cell(row=i, column=3, value=v)
    lists.sheet_state = "hidden"

    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("H%d:H%d" % (first, last))
    dv.add("J%d:J%d" % (first, last))
    dv.add("L%d:L%d" % (first, last))

    ins = wb.create_sheet("Instruktion")
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan",
        "1. Fyll i status och kommentar för varje kontrollmoment i kolumnerna för aktuell period.",
        "2. Kommentaren ska beskriva omfattning (antal kontrollerade) och eventuella avvikelser.",
        "3. Avvikelser ska även rapporteras i avvikelsesystemet.",
        "4. Skicka filen till ekonomiavdelningen senast 15 maj (T1), 15 september (T2) resp. 31 januari (T3).",
    ], 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 100

    tmp = fil + ".tmp.xlsx"
    wb.save(tmp)
    # make it a real macro-enabled workbook package (content type of the workbook part)
    zin = zipfile.ZipFile(tmp)
    zout = zipfile.ZipFile(fil, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        if item.filename == "xl/workbook.xml":
            # defined name for the filter range, as Excel writes it
            s = data.decode("utf-8")
            if "_xlnm._FilterDatabase" not in s:
                dn = ('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'
                      "'IKP 2025'!$A$%d:$M$%d</definedName>" % (HR, last))
                if "<definedNames>" in s:
                    s = s.replace("<definedNames>", "<definedNames>" + dn, 1)
                elif "<definedNames/>" in s:
                    s = s.replace("<definedNames/>", "<definedNames>" + dn + "</definedNames>", 1)
                else:
                    s = s.replace("</sheets>", "</sheets><definedNames>" + dn + "</definedNames>", 1)
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.close()
    zin.close()
    os.remove(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – .docx, one table per process under headings
# ---------------------------------------------------------------------------
def make_docx():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT

    fil = "BUN uppföljning internkontroll T1 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tTjänsteskrivelse\tDnr BUN 2024/412"

    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=0)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Datum: 2025-05-09\nHandläggare: Karin Berg, kvalitetsutvecklare")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplan för 2025 den 10 december 2024 (§ 118). "
        "Planen omfattar nio kontrollmoment fördelade på fyra processer. I denna rapport redovisas "
        "utfallet av de kontroller som skulle genomföras under årets första tertial (januari–april). "
        "Kontroller som inte har genomförts redovisas med orsak.")
    lg = d.add_paragraph()
    lg.add_run("Teckenförklaring, kolumnen Bedömning: ").bold = True
    lg.add_run("✔ = genomförd utan anmärkning   ✔* = genomförd, avvikelse noterad   "
               "◐ = påbörjad / pågår   ✘ = ej genomförd   – = utgår")

    hdr = ["Kontrollmoment", "Metod / omfattning", "Ansvarig", "Resultat T1", "Bedömning"]

    def table(rows):
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for (km, metod, ansv, res, bed, est, avv) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, metod, ansv, res, bed]):
                cells[i].text = v
            exp(fil, namnd, km, est, avv)
        widths = [Cm(6.5), Cm(4), Cm(3.2), Cm(8.5), Cm(2.2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        d.add_paragraph()

    d.add_heading("1. Ekonomiadministration", level=2)
    table([
        ("Attest av leverantörsfakturor sker av behörig attestant enligt attestförteckning",
         "Stickprov 25 fakturor", "Ekonom BUF",
         "25 fakturor granskade. Samtliga attesterade av behörig attestant.", "✔",
         "GENOMFORD", "nej"),
        ("Kontroll av inköp med inköpskort på skolenheterna",
         "Stickprov 10 kortköp per rektorsområde", "Controller",
         "Två av fem rektorsområden kontrollerade, inga avvikelser hittills. Resterande kontrolleras i maj.",
         "◐", "DELVIS", "nej"),
        ("Skolskjutsfakturor stäms av mot avtal och körda turer",
         "Samtliga fakturor jan–mars", "Skolskjutssamordnare",
         "Tre felaktiga fakturor (dubbeldebitering av samma tur) upptäcktes och har krediterats av entreprenören.",
         "✔*", "GENOMFORD", "ja"),
    ])

    d.add_heading("2. Myndighetsutövning och delegation", level=2)
    table([
        ("Beslut om skolskjuts fattas enligt delegationsordningen och anmäls till nämnden",
         "Genomgång av samtliga beslut", "Nämndsekreterare",
         "Genomgång av samtliga 58 beslut jan–april är gjord. Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Handläggningstid för mottagande i anpassad grundskola",
         "Uttag ur ärendesystemet", "Elevhälsochef",
         "Kontrollen flyttas till T2 då ny rutin för mottagande införs i maj.", "✘",
         "EJ_GENOMFORD", "nej"),
    ])

    # third process: heading typed as bold text, not a heading style
    p = d.add_paragraph()
    r = p.add_run("3. Personal och lön")
    r.bold = True
    r.font.size = Pt(13)
    table([
        ("Löneutbetalningar till timavlönade överensstämmer med tidrapporter",
         "Stickprov 20 utbetalningar", "HR-konsult",
         "20 utbetalningar kontrollerade. 1 felaktig OB-ersättning (för mycket utbetalt 1 150 kr), rättad på majlönen.",
         "✔*", "GENOMFORD", "ja"),
        ("Utdrag ur belastningsregistret finns för nyanställda i förskola och skola",
         "Samtliga nyanställningar", "Rektorer / HR",
         "Samtliga 34 nyanställningar jan–april kontrollerade; utdrag fanns i alla fall.", "✔",
         "GENOMFORD", "nej"),
    ])

    d.add_heading("4. Informationssäkerhet och dataskydd", level=2)
    table([
        ("Behörigheter i lärplattformen och elevdokumentationen tas bort vid avslutad anställning",
         "Jämförelse HR-lista – behörighetslista", "IT-samordnare",
         "Se bilaga 2.", "●", "OKLAR", "nej"),
        ("Registerförteckning enligt art. 30 GDPR är uppdaterad",
         "Genomgång av förteckningen", "Dataskyddssamordnare",
         "Kontrollen utgår 2025 enligt beslut BUN 2025-03-18 § 31; hanteras av kommunens dataskyddsombud.",
         "–", "UTGAR", "nej"),
    ])

    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Av nio kontrollmoment är fem genomförda, varav två med avvikelser som har åtgärdats. En kontroll pågår, "
        "en har flyttats till tertial 2 och en utgår enligt nämndens beslut. Förvaltningen bedömer att den interna "
        "kontrollen i huvudsak fungerar.")
    d.add_paragraph("\nEva Sandström\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsförvaltningen – .ods, MBN and TN on separate sheets
# ---------------------------------------------------------------------------
def make_ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties,
                           ParagraphProperties)
    from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
    from odf.text import P

    fil = "Internkontroll_T1_2025_SBF.ods"
    doc = OpenDocumentSpreadsheet()

    def cellstyle(name, bg=None, bold=False, size=None, wrapit=True, italic=False):
        s = Style(name=name, family="table-cell")
        kw = {"border": "0.5pt solid #808080"} if name not in ("title", "note", "legend") else {}
        if bg:
            kw["backgroundcolor"] = bg
        if wrapit:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        s.addElement(TableCellProperties(**kw))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if italic:
            tp["fontstyle"] = "italic"
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    st = {
        "title": cellstyle("title", bold=True, size="14pt", wrapit=False),
        "note": cellstyle("note", italic=True, wrapit=False),
        "legend": cellstyle("legend", size="9pt", wrapit=False),
        "head": cellstyle("head", bg="#D9D9D9", bold=True),
        "body": cellstyle("body"),
        "s1": cellstyle("s1", bg="#92D050"),
        "s2": cellstyle("s2", bg="#FFFF00"),
        "s3": cellstyle("s3", bg="#FF5050"),
        "s4": cellstyle("s4", bg="#BFBFBF"),
        "s5": cellstyle("s5", bg="#9DC3E6"),
    }
    colstyles = {}

    def colstyle(w):
        if w not in colstyles:
            s = Style(name="co%s" % w.replace(".", "_"), family="table-column")
            s.addElement(TableColumnProperties(columnwidth=w))
            doc.automaticstyles.addElement(s)
            colstyles[w] = s
        return colstyles[w]

    def mkcell(v, style, span=1):
        if v is None or v == "":
            c = TableCell(stylename=style)
        elif isinstance(v, (int, float)):
            c = TableCell(valuetype="float", value=v, stylename=style)
            c.addElement(P(text=str(v)))
        else:
            c = TableCell(valuetype="string", stylename=style)
            for line in str(v).split("\n"):
                c.addElement(P(text=line))
        if span > 1:
            c.setAttribute("numbercolumnsspanned", span)
            c.setAttribute("numberrowsspanned", 1)
        return c

    def addrow(t, cells):
        tr = TableRow()
        if not cells:
            tr.addElement(TableCell())
        for item in cells:
            v, style, span = (item + (1,))[:3] if isinstance(item, tuple) else (item, st["body"], 1)
            tr.addElement(mkcell(v, style, span))
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)

    # ---- sheet 1: Miljö- och byggnämnden
    namnd = "Miljö- och byggnämnden"
    t = Table(name="Miljö- och byggnämnden")
    for w in ["1.4cm", "3.5cm", "8cm", "3cm", "1.8cm", "7cm", "5cm"]:
        t.addElement(TableColumn(stylename=colstyle(w)))
    addrow(t, [("Miljö- och byggnämnden – uppföljning av internkontroll, tertial 1 2025", st["title"], 7)])
    addrow(t, [("Samhällsbyggnadsförvaltningen, avdelning miljö och bygg. Sammanställt 2025-05-07.", st["note"], 7)])
    addrow(t, [("Statuskod: 1 = Genomförd, 2 = Pågår, 3 = Ej påbörjad, 4 = Utgår", st["legend"], 7)])
    addrow(t, [])
    addrow(t, [(h, st["head"]) for h in ["Ref", "Område", "Kontrollmoment", "Kontrollant", "Status",
                                         "Iakttagelser", "Åtgärd"]])
    mbn = [
        ("MB1", "Myndighetsutövning", "Bygglov beslutas inom lagstadgad tid (10 veckor) – stickprov 20 ärenden",
         "Bygglovschef", 1, "19 av 20 inom tid. Ett ärende 11 veckor (begärd komplettering registrerades sent).",
         "Påminnelse om registrering i ärendesystemet.", "GENOMFORD", "ja"),
        ("MB2", "Myndighetsutövning", "Tillsynsavgifter debiteras enligt taxa – stickprov 15 fakturor",
         "Miljöchef", 1, "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("MB3", "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", 2, "Jan–mars anmälda. April anmäls på nämnden i juni.", "", "DELVIS", "nej"),
        ("MB4", "Ekonomi", "Kontroll av att jäv inte föreligger vid attest av fakturor",
         "Controller", 3, "Ej påbörjad, prioriterat bort under bokslutsarbetet.", "Görs T2.",
         "EJ_GENOMFORD", "nej"),
        ("MB5", "Ekonomi", "Byggsanktionsavgifter beslutas och debiteras korrekt",
         "Bygglovschef", 4, "Utgår enligt nämndens beslut 2025-02-13 § 9 (ingår i plan för tillsyn).", "",
         "UTGAR", "nej"),
        ("MB6", "Dokumenthantering", "Inkomna handlingar diarieförs inom en arbetsdag",
         "Registrator", None, "", "", "SAKNAS", "nej"),
    ]
    for (ref, omr, km, kontr, code, iakt, atg, est, avv) in mbn:
        addrow(t, [ref, omr, km, kontr, (code, st["s%d" % code] if code else st["body"]), iakt, atg])
        exp(fil, namnd, km, est, avv)
    doc.spreadsheet.addElement(t)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))

    # ---- sheet 2: Tekniska nämnden
    namnd = "Tekniska nämnden"
    t = Table(name="Tekniska nämnden")
    for w in ["3.2cm", "8cm", "3.6cm", "2.4cm", "8cm"]:
        t.addElement(TableColumn(stylename=colstyle(w)))
    addrow(t, [("Tekniska nämnden", st["title"], 5)])
    addrow(t, [("IK-uppföljning T1 2025 (per 30/4)", st["note"], 5)])
    addrow(t, [])
    addrow(t, [(h, st["head"]) for h in ["Process", "Kontrollmoment", "Resultat 2024 (helår)",
                                         "Status T1 2025", "Kommentar"]])
    tn = [
        ("Upphandling", "Avtalstrohet – stickprov 30 fakturor inom VA och gata/park",
         "Genomförd, 4 avvikelser", 1, "27 av 30 mot avtal. 3 köp av maskinhyra utan avtal.",
         "GENOMFORD", "ja"),
        ("Fordon", "Körjournaler för kommunens fordon förs och kontrolleras",
         "Ej genomförd", 2, "Ny rutin införd i mars, 8 av 22 fordon kontrollerade.", "DELVIS", "nej"),
        ("Fordon", "Drivmedelskort stäms av mot fordon och förare",
         "Genomförd", 1, "", "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-anslutningsavgifter sker enligt gällande taxa",
         "–", 5, "Se bilaga", "OKLAR", "nej"),
        ("Investeringar", "Färdigställda investeringsprojekt aktiveras i anläggningsregistret",
         "Delvis", 3, "Påbörjas T2 när bokslutet för 2024 är klart.", "EJ_GENOMFORD", "nej"),
        ("Ekonomi", "Leverantörsfakturer betalas i tid (inga påminnelseavgifter)",
         "Genomförd", 1, "Påminnelseavgifter 1 240 kr på 3 fakturor, orsak sen attest.", "GENOMFORD", "ja"),
        ("Personal", "Beredskapsersättning stäms av mot beredskapsschema",
         "Genomförd", 1, "Inga avvikelser jan–april.", "GENOMFORD", "nej"),
    ]
    for (proc, km, r24, code, kom, est, avv) in tn:
        addrow(t, [proc, km, r24, (code, st["s%d" % code]), kom])
        exp(fil, namnd, km, est, avv)
    addrow(t, [])
    addrow(t, [("Förklaring statuskod", st["legend"], 2)])
    for txt in ["1 = Genomförd (grön)", "2 = Pågår (gul)", "3 = Ej påbörjad (röd)", "4 = Utgår (grå)"]:
        addrow(t, [(txt, st["legend"], 2)])
    addrow(t, [])
    addrow(t, [("Ansvarig: Lars Nyberg, teknisk chef", st["note"], 3)])
    doc.spreadsheet.addElement(t)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))
    doc.save(fil)


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen – governance-system .xlsx export, Status + Bedömning
# ---------------------------------------------------------------------------
def make_export():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment

    fil = "Export_IK_Kommunstyrelsen_2025-05-12.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Internkontroll – uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Organisation: Kommunstyrelsen (inkl. underliggande enheter)"
    ws["A3"] = "Period: 2025 Tertial 1"
    ws["A4"] = "Exporterad: 2025-05-12 09:14 av anna.k.lund"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Period", "Status", "Bedömning", "Kommentar", "Senast uppdaterad"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    grp_fill = PatternFill("solid", fgColor="F2F2F2")
    data = [
        ("Ekonomi", None),
        (("KLF/Ekonomiavdelningen", "Ekonomi",
          "Behörigheter i ekonomisystemet stäms av mot anställningsförteckning",
          "Systemuttag och jämförelse", "Redovisningschef", "2025 T1", "Genomförd", "Mindre avvikelse",
          "3 konton för avslutade anställningar fanns kvar, inaktiverade 2025-04-22.", "2025-04-22"),
         "GENOMFORD", "ja"),
        (("KLF/Ekonomiavdelningen", "Ekonomi",
          "Avstämning av balanskonton månadsvis",
          "Avstämningsprotokoll", "Redovisningsekonom", "2025 T1", "Genomförd", "Ingen avvikelse",
          "Samtliga månader avstämda och signerade.", "2025-05-05"),
         "GENOMFORD", "nej"),
        (("KLF/Ekonomiavdelningen", "Ekonomi",
          "Ändring av bankgiro/kontonummer i leverantörsregistret verifieras med återringning",
          "Stickprov ändringar", "Ekonomiassistent", "2025 T1", "Pågående", "Ej bedömd",
          "Rutin dokumenterad, stickprov görs i maj.", "2025-04-30"),
         "DELVIS", "nej"),
        ("HR och lön", None),
        (("KLF/HR-avdelningen", "HR och lön",
          "Stickprov löneutbetalningar: nyanställningar och lönerevision registreras korrekt",
          "Stickprov 25 anställningar", "Lönechef", "2025 T1", "Genomförd", "Väsentlig avvikelse",
          "Felaktig lönenivå för 2 nyanställda sedan januari. Återkrav 18 400 kr initierat.", "2025-05-02"),
         "GENOMFORD", "ja"),
        ("Kansli och styrning", None),
        (("KLF/Kansliavdelningen", "Kansli och styrning",
          "Kommunstyrelsens delegationsbeslut anmäls och protokollförs",
          "Genomgång delegationslistor", "Kanslichef", "2025 T1", "Ej påbörjad", "",
          "Planeras till juni.", "2025-03-15"),
         "EJ_GENOMFORD", "nej"),
        (("KLF/Upphandlingsenheten", "Kansli och styrning",
          "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
          "Genomgång av direktupphandlingar", "Upphandlingschef", "2025 T1", "", "Väsentlig avvikelse",
          "Kontroll gjord av 12 direktupphandlingar jan–april, 5 saknade dokumentation.", "2025-05-09"),
         "GENOMFORD", "ja"),
        (("KLF/Kommunikationsenheten", "Kansli och styrning",
          "Representation och gåvor: syfte och deltagarförteckning finns på fakturan",
          "Stickprov 15 fakturor", "Kommunikationschef", "2025 T1", "Genomförd", "Ingen avvikelse",
          "", "2025-04-28"),
         "GENOMFORD", "nej"),
        ("IT och säkerhet", None),
        (("KLF/IT-enheten", "IT och säkerhet",
          "Granskning av administratörsbehörigheter i AD och e-postsystem",
          "Systemuttag", "IT-chef", "2025 T1", "Avbruten", "Ej bedömd",
          "Avbruten genom beslut KS 2025-03-04 § 45 – ersätts av extern säkerhetsgranskning.", "2025-03-05"),
         "UTGAR", "nej"),
        (("KLF/Säkerhetsenheten", "IT och säkerhet",
          "Krisledningsplan och kontaktlistor är uppdaterade",
          "Dokumentgranskning", "Säkerhetssamordnare", "2025 T1", "Pågående", "Mindre avvikelse",
          "Kontaktlistor uppdaterade. Krisledningsplanen från 2021 är inaktuell och revideras.", "2025-04-17"),
         "DELVIS", "ja"),
        (("KLF/Kansliavdelningen", "IT och säkerhet",
          "Personuppgiftsbiträdesavtal finns för samtliga system som behandlar personuppgifter",
          "Jämförelse systemförteckning – avtal", "Dataskyddssamordnare", "2025 T1", "Genomförd",
          "Mindre avvikelse",
          "2 avtal saknades (lokalbokning, enkätverktyg), nu tecknade.", "2025-04-11"),
         "GENOMFORD", "ja"),
    ]
    r = 7
    for item in data:
        if item[1] is None:
            c = ws.cell(row=r, column=1, value=item[0])
            c.font = Font(bold=True)
            for cc in range(1, 11):
                ws.cell(row=r, column=cc).fill = grp_fill
        else:
            vals, est, avv = item
            for c, v in enumerate(vals, 1):
                if v != "":
                    ws.cell(row=r, column=c, value=v).alignment = Alignment(wrap_text=(c in (3, 9)),
                                                                            vertical="top")
            exp(fil, namnd, vals[2], est, avv)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [26, 20, 50, 28, 20, 10, 13, 20, 55, 16]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A6:J%d" % (r - 1)
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – forwarded e-mail, table pasted as text
# ---------------------------------------------------------------------------
def make_eml():
    fil = "VB IK uppfoljning t1 KFN.eml"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsbidrag – kontroll att beviljade bidrag följer bidragsreglerna", "Föreningskonsulent",
         "Klar", "Stickprov 10 ansökningar. 1 förening fick för högt aktivitetsstöd (felräknat antal sammankomster), återkrav skickat.",
         "GENOMFORD", "ja"),
        ("Dagskassor i simhallen stäms av mot kassasystemet", "Badchef",
         "Klar", "Inga differenser över 50 kr.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler och idrottshallar debiteras enligt taxa", "Bokningsansvarig",
         "Pågår", "Jan–feb kontrollerat, mars–april återstår.", "DELVIS", "nej"),
        ("Inventarieförteckning på biblioteken är uppdaterad", "Bibliotekschef",
         "Ej gjord", "Skjuts till hösten pga personalbrist.", "EJ_GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp till fritidsgårdarna", "Fritidschef",
         "Klar", "10 fakturor. Avvikelser:\n- möbler köpta utanför avtal (2 fakturor)\n- övrigt ok", "GENOMFORD", "ja"),
        ("Konstinköp beslutas enligt delegation och förs in i konstregistret", "Kultursekreterare",
         "Utgår", "Inga konstinköp 2025, anslaget pausat. Utgår enl. beslut KFN 12/2.", "UTGAR", "nej"),
        ("Behörigheter i bibliotekssystemet ses över", "Bibliotekschef",
         "?", "", "OKLAR", "nej"),
        ("Timanställda fritidsledare – tidrapport attesteras av chef före utbetalning", "Fritidschef",
         "Klar", "", "GENOMFORD", "nej"),
    ]

    def q(v):
        return '"%s"' % v.replace('"', '""') if ("\n" in v or '"' in v) else v
    table = ["Kontrollmoment\tAnsvarig\tResultat per 30/4\tKommentar"]
    for (km, ansv, res, kom, est, avv) in rows:
        table.append("\t".join([q(km), q(ansv), q(res), q(kom)]))
        exp(fil, namnd, km, est, avv)
    body = (
        "Hej!\n\n"
        "Vidarebefordrar KFN:s uppföljning av internkontrollplanen 2025 per 30 april. Förvaltningen hann inte "
        "lägga in den i mallen så tabellen ligger inklistrad nedan. Protokollsutdrag kommer efter nämndens "
        "sammanträde 22 maj.\n\n"
        "Mvh\nMats Ek\nController, Ekonomiavdelningen\nLindesjö kommun\n\n"
        "________________________________\n"
        "Från: Sara Holm <sara.holm@lindesjo.se>\n"
        "Skickat: den 6 maj 2025 14:02\n"
        "Till: Mats Ek <mats.ek@lindesjo.se>\n"
        "Ämne: IK uppföljning t1\n\n"
        "Hej Mats,\n\n"
        "här kommer tabellen för kultur och fritid. Status som vi pratade om: Klar / Pågår / Ej gjord / Utgår.\n\n"
        + "\n".join(table) + "\n\n"
        "Hör av dig om något är oklart!\n\n"
        "Sara Holm\nKvalitetsstrateg\nKultur- och fritidsförvaltningen\n"
    )
    msg = EmailMessage()
    msg["From"] = "Mats Ek <mats.ek@lindesjo.se>"
    msg["To"] = "Ekonomi internkontroll <internkontroll@lindesjo.se>"
    msg["Subject"] = "VB: IK uppföljning t1"
    msg["Date"] = format_datetime(dt.datetime(2025, 5, 7, 8, 41, 12,
                                              tzinfo=dt.timezone(dt.timedelta(hours=2))))
    msg["Message-ID"] = "<AM9PR02MB7731E2C0F41A8B2@AM9PR02MB7731.eurprd02.prod.outlook.com>"
    msg["Thread-Topic"] = "IK uppföljning t1"
    msg["Content-Language"] = "sv-SE"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    with open(fil, "wb") as f:
        f.write(bytes(msg))
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – CSV, comma separated, quoted fields
# ---------------------------------------------------------------------------
def make_csv():
    fil = "von_internkontroll_export.csv"
    namnd = "Vård- och omsorgsnämnden"
    hdr = ["Nämnd", "Kontrollområde", "Kontrollmoment", "Frekvens", "Period", "Status",
           "Antal kontrollerade", "Antal avvikelser", "Kommentar"]
    N = "VON – Vård- och omsorgsnämnden"
    rows = [
        (N, "Avgifter", "Avgiftsberäkning för hemtjänst och särskilt boende – inkomstuppgifter, bostadskostnad, maxtaxa",
         "Helår", "2024-T3", "Genomförd", 25, 3, "Tre felaktiga avgiftsbeslut, korrigerade.", None, None),
        (N, "Läkemedel", "Kontroll av läkemedelsförråd och narkotikaklassade läkemedel på särskilda boenden",
         "Tertial", "2024-T3", "Genomförd", 6, 0, "", None, None),
        (N, "Myndighetsutövning", "Beslut om hemtjänst (4 kap. 1 § SoL) fattas av behörig enligt delegationsordningen",
         "Tertial", "2025-T1", "Genomförd", 20, 0, "Stickprov 20 beslut, samtliga enligt delegation.",
         "GENOMFORD", "nej"),
        (N, "Avgifter", "Avgiftsberäkning för hemtjänst och särskilt boende – inkomstuppgifter, bostadskostnad, maxtaxa",
         "Tertial", "2025-T1", "Genomförd", 25, 2,
         "2 brukare hade felaktig bostadskostnad, korrigerat, retroaktiv justering gjord i april.",
         "GENOMFORD", "ja"),
        (N, "LSS", "Ej verkställda LSS-beslut rapporteras kvartalsvis till IVO och KF",
         "Kvartal", "2025-T1", "Genomförd", 4, 0, "Rapport Q1 inskickad 2025-04-08.", "GENOMFORD", "nej"),
        (N, "Läkemedel", "Kontroll av läkemedelsförråd och narkotikaklassade läkemedel på särskilda boenden",
         "Tertial", "2025-T1", "Delvis genomförd", 3, 1,
         "3 av 6 boenden kontrollerade.\nPå Björkgården saknades signering i narkotikajournal vid 2 tillfällen.",
         "DELVIS", "ja"),
        (N, "Brukarmedel", "Hantering av brukares privata medel (kontanter, kvitton) på gruppbostäder",
         "Tertial", "2025-T1", "Ej genomförd", 0, 0, "Kontrollen ej utförd under T1, planeras i juni.",
         "EJ_GENOMFORD", "nej"),
        (N, "Bemanning och lön", "Timanställdas tidrapporter i schemasystemet stäms av mot lön",
         "Tertial", "2025-T1", "Genomförd", 40, 5,
         "5 pass med felaktig OB-kod, rättade i \"aprillönen\".", "GENOMFORD", "ja"),
        (N, "Informationssäkerhet", "Loggkontroll i journalsystemet – obehörig åtkomst till patientjournal",
         "Tertial", "2025-T1", "", "", "", "", "SAKNAS", "nej"),
        (N, "Inköp", "Förbrukningsmaterial beställs via e-handel från avtalad leverantör",
         "Tertial", "2025-T1", "Ej aktuell", "", "",
         "Kontrollen utgår 2025, ersatt av central kontroll i KS internkontrollplan.", "UTGAR", "nej"),
        (N, "Avtal", "Privata utförare i hemtjänst (LOV): fakturerad tid stäms av mot utförd tid",
         "Tertial", "2025-T1", "Delvis genomförd", 2, 0, "Ett av tre företag kontrollerat, inga avvikelser.",
         "DELVIS", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    w.writerow(hdr)
    for row in rows:
        w.writerow(list(row[:9]))
        if row[9]:
            exp(fil, namnd, row[2], row[9], row[10])
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", namnd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Covering letter (PDF) without controls – AVVISAD
# ---------------------------------------------------------------------------
def make_letter():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    fil = "Foljebrev_IK_T1_2025_Socialnamnden.pdf"
    c = canvas.Canvas(fil, pagesize=A4)
    c.setTitle("Följebrev uppföljning internkontroll T1 2025")
    W, H = A4
    y = H - 60
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, y, "LINDESJÖ KOMMUN")
    c.setFont("Helvetica", 9)
    c.drawString(60, y - 13, "Socialförvaltningen")
    c.drawRightString(W - 60, y, "2025-05-22")
    c.drawRightString(W - 60, y - 13, "Dnr SN 2024/198")
    y -= 70
    c.setFont("Helvetica", 10)
    for line in ["Till: Ekonomiavdelningen, Kommunledningsförvaltningen",
                 "Kopia: Kommunens revisorer"]:
        c.drawString(60, y, line)
        y -= 14
    y -= 20
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, "Följebrev – uppföljning av internkontrollplan 2025, tertial 1")
    y -= 28
    c.setFont("Helvetica", 10.5)
    text = [
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för 2025 avseende",
        "tertial 1. Själva uppföljningen finns i bifogad Excelfil (IKP_2025_Socialnamnden_uppfoljning.xlsm).",
        "",
        "Socialnämnden behandlade uppföljningen vid sammanträdet 2025-05-21, § 54, och beslutade att",
        "godkänna redovisningen samt att uppdra åt förvaltningen att återkomma i tertial 2 med en",
        "redovisning av de kontroller som inte kunnat genomföras under perioden.",
        "",
        "Observera att filen är filtrerad på kontrolltillfälle. Ta bort filtret för att se samtliga",
        "kontrollmoment i planen.",
        "",
        "Vid frågor, kontakta undertecknad.",
        "",
        "Med vänlig hälsning",
        "",
        "Johan Åkesson",
        "Controller, Socialförvaltningen",
        "johan.akesson@lindesjo.se, 0470-12 34 56",
    ]
    for line in text:
        c.drawString(60, y, line)
        y -= 15
    c.setFont("Helvetica", 8)
    c.drawString(60, 40, "Lindesjö kommun · Storgatan 12 · 350 10 Lindesjö · www.lindesjo.se")
    c.showPage()
    c.save()
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_meta(order):
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF|Kultur och fritid"),
            ("Miljö- och byggnämnden", "MBN|Miljö och bygg"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
        ]:
            f.write("%s;%s\n" % (n, a))
    files = sorted(FILES, key=lambda r: order.index(r[0]))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in files:
            f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        exps = sorted(EXPECTED, key=lambda r: order.index(r[0]))  # stable: keeps file order
        for r in exps:
            km = r[2].replace("\n", " ").replace(";", ",")
            f.write(";".join([r[0], r[1], km, r[3], r[4]]) + "\n")


if __name__ == "__main__":
    make_xlsm()
    make_docx()
    make_ods()
    make_export()
    make_eml()
    make_csv()
    make_letter()
    order = [
        "IKP_2025_Socialnamnden_uppfoljning.xlsm",
        "BUN uppföljning internkontroll T1 2025.docx",
        "Internkontroll_T1_2025_SBF.ods",
        "Export_IK_Kommunstyrelsen_2025-05-12.xlsx",
        "VB IK uppfoljning t1 KFN.eml",
        "von_internkontroll_export.csv",
        "Foljebrev_IK_T1_2025_Socialnamnden.pdf",
    ]
    write_meta(order)
    print("files:", len(order), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
