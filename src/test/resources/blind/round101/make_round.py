#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 101 – Ljungådals kommun (Västernorrland), delår 2025: a difficult inbox.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KOMMUN = "Ljungådals kommun"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. BUN – plan (left) and follow-up (right) side by side on one sheet (.xlsx)
# ---------------------------------------------------------------------------
def build_bun():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "Internkontroll BUN 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    head_fill_l = PatternFill("solid", fgColor="DDEBF7")
    head_fill_r = PatternFill("solid", fgColor="E2EFDA")

    # left table A..G, gap H, right table I..M
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Antagen av BUN 2024-12-10, § 98. Dnr BUN 2024/311"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")

    ws["I1"] = "Uppföljning delår 2025 (per 31 augusti)"
    ws["I1"].font = Font(bold=True, size=14)
    ws.merge_cells("I1:M1")
    ws["I2"] = "Rapporteras till nämnden 2025-09-23. Ifylld av förvaltningens controller."
    ws["I2"].font = Font(italic=True)
    ws.merge_cells("I2:M2")

    lh = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]
    rh = ["Nr", "Status", "Resultat/kommentar", "Avvikelse (J/N)", "Åtgärd"]
    for i, h in enumerate(lh):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font, c.fill, c.border, c.alignment = bold, head_fill_l, border, wrap
    for i, h in enumerate(rh):
        c = ws.cell(row=4, column=9 + i, value=h)
        c.font, c.fill, c.border, c.alignment = bold, head_fill_r, border, wrap

    # (nr, process, risk, kontrollmoment, metod, frekvens, ansvarig,
    #  status, kommentar, avv_cell, atgard, EXPECTED status, EXPECTED avvikelse)
    rows = [
        ("1.1", "Ekonomi – inköp och betalning",
         "Fakturor attesteras av obehörig",
         "Attest av leverantörsfakturor – att attest sker av behörig attestant enligt attestförteckningen",
         "Stickprov 20 fakturor per kvartal", "Kvartalsvis", "Controller",
         "Genomförd", "40 fakturor granskade. 2 fakturor attesterade av ersättare som saknade gällande attestbeslut.",
         "J", "Attestförteckningen uppdaterad juni 2025.", "GENOMFORD", "ja"),
        ("1.2", None,
         "Inköp görs utanför avtal",
         "Avtalstrohet vid inköp av läromedel och skolmaterial",
         "Genomgång av leverantörsreskontra mot avtalsdatabasen", "Halvår", "Ekonomichef",
         "Delvis genomförd", "Vårterminens inköp kontrollerade i samråd med kommunstyrelsens upphandlingsenhet. Höstterminen återstår.",
         "N", "", "DELVIS", "nej"),
        ("1.3", None,
         "Förtroendeskada",
         "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Samtliga verifikat konto 7610–7690", "Halvår", "Controller",
         "Genomförd", "Inga avvikelser.", "N", "", "GENOMFORD", "nej"),
        ("2.1", "Personal",
         "Olämplig person anställs i verksamhet med barn",
         "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning i förskola och skola",
         "Stickprov 25 nyanställningar", "Halvår", "HR-specialist",
         "Genomförd", "3 av 25 personakter saknade dokumenterad registerkontroll.", "J",
         "Påminnelse till rektorer, ny checklista.", "GENOMFORD", "ja"),
        ("2.2", None,
         "Felaktig lön",
         "Korrekt löneutbetalning vid timanställning (timlista attesterad av chef)",
         "Stickprov 15 timlistor", "Kvartalsvis", "Löneadministratör",
         "Pågår", "Stickprov för T1 klart, T2 pågår.", "N", "", "DELVIS", "nej"),
        ("3.1", "Verksamhet",
         "Kränkningar utreds inte",
         "Anmälan om kränkande behandling anmäls till huvudmannen inom 5 arbetsdagar",
         "Uttag ur DF Respons", "Tertial", "Verksamhetsutvecklare",
         "Ej genomförd", "Kontrollen flyttas till hösten på grund av byte av system för anmälningar.",
         "N", "", "EJ_GENOMFORD", "nej"),
        ("3.2", None,
         "Beslut fattas utan delegation",
         "Beslut om skolskjuts fattas enligt delegationsordningen och anmäls till nämnden",
         "Genomgång av samtliga beslut", "Halvår", "Nämndsekreterare",
         "", "", "", "", "SAKNAS", "nej"),
        ("3.3", None,
         "Elever med problematisk frånvaro uppmärksammas inte",
         "Uppföljning av elevfrånvaro – rutin för problematisk frånvaro följs på samtliga skolenheter",
         "Enkät till rektorer + stickprov", "Halvår", "Skolchef",
         "Genomförd", "Rutinen följs på samtliga 9 enheter.", "N", "", "GENOMFORD", "nej"),
        ("3.4", None,
         "Obehörig åtkomst till elevuppgifter",
         "Behörigheter i elevregistret avslutas när anställning upphör",
         "Jämförelse behörighetslista – HR-system", "Halvår", "Systemförvaltare",
         "Utgår", "Kontrollen utgår enligt beslut BUN 2025-04-15 § 31; ersätts av kommungemensam behörighetskontroll.",
         "", "", "UTGAR", "nej"),
    ]
    r = 5
    group_start = None
    for row in rows:
        (nr, proc, risk, km, metod, frekv, ansv, st, kom, avv, atg, e_st, e_avv) = row
        vals_l = [nr, proc, risk, km, metod, frekv, ansv]
        for i, v in enumerate(vals_l):
            c = ws.cell(row=r, column=1 + i, value=v)
            c.border, c.alignment = border, wrap
        vals_r = [nr, st or None, kom or None, avv or None, atg or None]
        for i, v in enumerate(vals_r):
            c = ws.cell(row=r, column=9 + i, value=v)
            c.border, c.alignment = border, wrap
        if proc is not None:
            if group_start is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)
            group_start = r
        exp(fil, namnd, km, e_st, e_avv)
        r += 1
    if group_start is not None and r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)

    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: 9").font = bold
    ws.cell(row=r + 1, column=9,
            value="Sammanställning: Genomförd 4 · Delvis/pågår 2 · Ej genomförd 1 · Utgår 1 · Ej rapporterad 1").font = bold
    ws.merge_cells(start_row=r + 1, start_column=9, end_row=r + 1, end_column=13)

    widths = {"A": 6, "B": 18, "C": 24, "D": 44, "E": 26, "F": 11, "G": 16, "H": 3,
              "I": 6, "J": 16, "K": 46, "L": 10, "M": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))

    # Excel owner/lock file of the same workbook, left on the share
    lock = "~$Internkontroll BUN 2025.xlsx"
    user = "Maria Sjölander"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(lock, "wb") as f:
        f.write(b)
    FILES.append((lock, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 2. SN – Word document, status only as cell shading, legend paragraph after table
# ---------------------------------------------------------------------------
def build_sn():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    fil = "SN uppföljning intern kontroll delår 2025.docx"
    namnd = "Socialnämnden"

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolor)
        tcPr.append(shd)

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "LJUNGÅDALS KOMMUN\tSocialförvaltningen\tTjänsteskrivelse"
    sec.footer.paragraphs[0].text = "Dnr SN 2025/187"

    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    p = doc.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Socialnämnden")
    p = doc.add_paragraph()
    p.add_run("Handläggare: ").bold = True
    p.add_run("Johan Edlund, kvalitetscontroller")

    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 17 december 2024 (§ 142). Planen omfattar nio "
        "kontrollmoment inom myndighetsutövning, ekonomi och informationssäkerhet. I tabellen nedan redovisas "
        "status för respektive kontrollmoment per den 31 augusti. Status markeras med färg i kolumnen Status, "
        "se förklaring efter tabellen. Kontroller som inte är klara redovisas på nytt i helårsuppföljningen.")

    hdr = ["Process", "Kontrollmoment", "Metod/omfattning", "Status", "Kommentar"]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F4E79")

    GREEN, YELLOW, RED, ORANGE, GREY, BLUE = "00B050", "FFFF00", "FF0000", "FFC000", "BFBFBF", "00B0F0"
    blocks = [
        ("Myndighetsutövning", [
            ("Individ- och familjeomsorg",
             "Beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen",
             "Stickprov 30 beslut", GREEN,
             "Stickprov 30 beslut, samtliga fattade av behörig delegat.", "GENOMFORD", "nej"),
            ("Funktionsstöd",
             "LSS-beslut verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
             "Samtliga beslut jan–jun", ORANGE,
             "Två beslut om bostad med särskild service har inte verkställts inom tre månader. Båda är "
             "rapporterade till IVO och nämnden.", "GENOMFORD", "ja"),
            ("Individ- och familjeomsorg",
             "Orosanmälningar – förhandsbedömning görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", YELLOW,
             "Genomgång av januari–juni klar, juli–augusti återstår.", "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("Ekonomiskt bistånd",
             "Utbetalning av ekonomiskt bistånd – kontroll mot underlag",
             "Stickprov 25 utbetalningar", RED,
             "Kontrollen har inte genomförts på grund av vakant controllertjänst. Planeras till oktober.",
             "EJ_GENOMFORD", "nej"),
            ("Vård och omsorg",
             "Fakturering av avgifter inom hemtjänst enligt maxtaxa",
             "Stickprov 20 avgiftsbeslut", BLUE,
             "Se separat rapport.", "OKLAR", "nej"),
            ("Köpta platser",
             "Attest av leverantörsfakturor för köpta platser (HVB och familjehem)",
             "Samtliga fakturor > 50 tkr", None,
             "Kontrollen har genomförts i juni. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Dokumentation",
             "Loggkontroll i verksamhetssystemet Treserva",
             "Slumpvis urval av 10 användare/månad", GREY,
             "Kontrollen utgår 2025 – ersätts av den regiongemensamma loggranskningen.", "UTGAR", "nej"),
            ("Behörigheter",
             "Behörigheter i verksamhetssystemet tas bort vid avslutad anställning",
             "Jämförelse mot HR-systemet", YELLOW,
             "Pågår.", "DELVIS", "nej"),
            ("Registratur",
             "Hantering av allmänna handlingar och sekretessprövning vid utlämnande",
             "Stickprov 10 begäranden", None,
             "", "SAKNAS", "nej"),
        ]),
    ]
    for heading, items in blocks:
        row = table.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = ""
        run = m.paragraphs[0].add_run(heading)
        run.bold = True
        run.italic = True
        for proc, km, metod, color, kom, e_st, e_avv in items:
            cells = table.add_row().cells
            cells[0].text = proc
            cells[1].text = km
            cells[2].text = metod
            cells[3].text = ""
            if color:
                shade(cells[3], color)
            cells[4].text = kom
            exp(fil, namnd, km, e_st, e_avv)

    widths = [Cm(3.0), Cm(5.6), Cm(3.4), Cm(1.6), Cm(5.4)]
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Förklaring till färgerna i kolumnen Status: ").bold = True
    p.add_run("Grön = kontrollen är genomförd utan väsentliga avvikelser. "
              "Orange = kontrollen är genomförd men avvikelser har konstaterats. "
              "Gul = kontrollen är påbörjad eller delvis genomförd. "
              "Röd = kontrollen är inte genomförd. "
              "Grå = kontrollmomentet utgår.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Socialnämnden godkänner delårsuppföljningen av internkontrollplan 2025 och lägger den till handlingarna.")
    p = doc.add_paragraph("Anna-Karin Westman\nSocialchef")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Gemensam överförmyndarnämnd hosted by Sörfjärdens kommun (.ods)
# ---------------------------------------------------------------------------
def build_ofn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TextProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    fil = "ÖFN Sörfjärden-Ljungådal IK-uppföljning aug 2025.ods"
    namnd = "Gemensamma överförmyndarnämnden"

    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(cellst)
    colw = []
    for i, w in enumerate(["1.2cm", "3.5cm", "7.5cm", "3.2cm", "2.6cm", "2.4cm", "8cm"]):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colw.append(s)

    t = Table(name="Uppföljning 2025")
    for s in colw:
        t.addElement(TableColumn(stylename=s))

    def row(values, style=None, span=None):
        tr = TableRow()
        for i, v in enumerate(values):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span and i == 0:
                kw["numbercolumnsspanned"] = span
            tc = TableCell(valuetype="string", **kw) if v not in (None, "") else TableCell(**kw)
            if v not in (None, ""):
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            if span and i == 0:
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
                break
        t.addElement(tr)

    row(["Sörfjärdens kommun"], style=bold)
    row(["Överförmyndarnämnden för Sörfjärdens och Ljungådals kommuner (gemensam nämnd)"], style=title, span=7)
    row(["Uppföljning av internkontrollplan 2025 – delår 1 januari–31 augusti 2025"], style=bold, span=7)
    row(["Värdkommun: Sörfjärdens kommun. Den gemensamma nämnden ingår i Sörfjärdens kommuns organisation. "
         "Uppföljningen delges kommunstyrelsen i Ljungådals kommun för kännedom."], span=7)
    row([""])
    row(["Nr", "Område", "Kontrollmoment", "Avser", "Utfört (Ja/Nej/Delvis)", "Avvikelse", "Kommentar"], style=head)

    items = [
        ("1", "Tillsyn", "Granskning av årsräkningar – inkomna årsräkningar granskas inom sex månader",
         "Båda kommunerna", "Ja", "Ja",
         "12 av 340 årsräkningar granskades senare än sex månader efter inkommen redovisning.", "GENOMFORD", "ja"),
        ("2", "Arvoden", "Arvodesbeslut till ställföreträdare följer nämndens riktlinjer",
         "Båda kommunerna", "Ja", "Nej", "Stickprov 20 beslut.", "GENOMFORD", "nej"),
        ("3", "Tillsyn", "Kontroll av överförmyndarspärr på bankkonton för omyndiga",
         "Båda kommunerna", "Delvis", "Nej",
         "Ljungådals ärenden kontrollerade. Sörfjärdens ärenden pågår och redovisas i helårsuppföljningen.",
         "DELVIS", "nej"),
        ("4", "Rekrytering", "Lämplighetsprövning av nya gode män och förvaltare (belastningsregister och kreditupplysning)",
         "Båda kommunerna", "Ja", "Nej", "Samtliga 14 nya ställföreträdare prövade.", "GENOMFORD", "nej"),
        ("5", "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Båda kommunerna", "Nej", "",
         "Ej genomförd under perioden på grund av byte av verksamhetssystem (Wärna).", "EJ_GENOMFORD", "nej"),
        ("6", "Dataskydd", "Gallring av personuppgifter i avslutade akter enligt dokumenthanteringsplanen",
         "Sörfjärden", "Utgår", "",
         "Kontrollmomentet utgår enligt beslut ÖFN 2025-03-12 § 14 då e-arkivprojektet har avbrutits.",
         "UTGAR", "nej"),
        ("7", "Ekonomi", "Fakturering av kostnader mellan värdkommunen och Ljungådals kommun enligt samverkansavtalet",
         "Ljungådal", "Ja", "Nej", "Fakturering per kvartal enligt avtal, stämmer mot bokföringen.", "GENOMFORD", "nej"),
    ]
    for nr, omr, km, avser, utf, avv, kom, e_st, e_avv in items:
        row([nr, omr, km, avser, utf, avv, kom], style=cellst)
        exp(fil, namnd, km, e_st, e_avv)
    row([""])
    row(["Justeras: Ingrid Nordlander, ordförande          Per-Olof Kjellin, vice ordförande"], span=7)
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. KFN – spreadsheet where the nämnd is only in the print header (.xlsx)
# ---------------------------------------------------------------------------
def build_kfn():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "Uppföljning IK delår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.left.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.center.text = "Internkontroll – uppföljning"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "&F"
    ws.oddFooter.right.text = "Utskrivet &D"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:4"

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="top")

    ws["A1"] = "Uppföljning av intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljningsperiod: tertial 2 (delår jan–aug 2025)"
    ws["A3"] = "Markera med x i den kolumn som stämmer. Beskriv iakttagelser och eventuella avvikelser."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Iakttagelser", "Avvikelse?"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = border
        c.alignment = wrap

    items = [
        ("Kontanthantering", "Dagskassan i simhallens reception stäms av mot kassarapport",
         "x", "", "", "Kassadifferens 450 kr i maj, utredd och rapporterad.", "Ja", "GENOMFORD", "ja"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "x", "", "", "10 ansökningar granskade.", "Nej", "GENOMFORD", "nej"),
        ("Uthyrning", "Uthyrning av lokaler – fakturering sker för samtliga bokningar",
         "", "x", "", "Sporthallarna klara, samlingslokaler återstår.", "Nej", "DELVIS", "nej"),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial till biblioteken",
         "x", "x", "", "", "", "OKLAR", "nej"),
        ("IT", "Behörigheter och loggning på biblioteksdatorer enligt IT-policyn",
         "", "", "X", "Ej hunnits med under perioden.", "", "EJ_GENOMFORD", "nej"),
        ("Inventarier", "Inventarieförteckning för fritidsgårdarna är uppdaterad",
         "", "", "", "", "", "SAKNAS", "nej"),
        ("Representation", "Kontroll att syfte och deltagare anges vid representation",
         "x", "", "", "Inga anmärkningar.", "Nej", "GENOMFORD", "nej"),
        ("Lön", "Lönetillägg för helgarbete i badhuset stäms av mot schema",
         "", "", "", "Kontrollen gjord i juni, inga fel hittades.", "Nej", "GENOMFORD", "nej"),
    ]
    r = 5
    for omr, km, g, d, e, iakt, avv, e_st, e_avv in items:
        vals = [omr, km, g or None, d or None, e or None, iakt or None, avv or None]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + i, value=v)
            c.border = border
            c.alignment = center if i in (2, 3, 4, 6) else wrap
        exp(fil, namnd, km, e_st, e_avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen har stämts av i förvaltningens ledningsgrupp 2025-09-04.")
    for k, v in {"A": 17, "B": 48, "C": 11, "D": 9, "E": 12, "F": 44, "G": 11}.items():
        ws.column_dimensions[k].width = v
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. SBN – PDF-like fixed-width text export (.txt) from a governance system
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN_internkontroll_rapport_20250908.txt"
    namnd = "Samhällsbyggnadsnämnden"
    W = [4, 36, 16, 13, 13, 40]   # Nr, Kontrollmoment, Ansvarig, Status T1, Status Delår, Kommentar
    WIDTH = sum(W) + len(W) - 1

    def fmt(cells):
        cols = [textwrap.wrap(c, w) if c else [""] for c, w in zip(cells, W)]
        n = max(len(c) for c in cols)
        out = []
        for i in range(n):
            parts = []
            for c, w in zip(cols, W):
                parts.append((c[i] if i < len(c) else "").ljust(w))
            out.append(" ".join(parts).rstrip())
        return out

    def page_header(page, pages):
        left = KOMMUN
        right = "Utskrivet 2025-09-08 14:32"
        lines = [left + right.rjust(WIDTH - len(left)),
                 "Internkontroll – Uppföljning" + ("Sida %d (%d)" % (page, pages)).rjust(WIDTH - 28),
                 "Organisation: Samhällsbyggnadsnämnden",
                 "Plan: Internkontrollplan 2025        Period: Delår augusti 2025",
                 ""]
        lines += fmt(["Nr", "Kontrollmoment", "Ansvarig", "Status T1", "Status Delår", "Kommentar"])
        lines.append(" ".join("-" * w for w in W))
        return lines

    procs = [
        ("Process: Bygglov och tillsyn", [
            ("1", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (tio veckor)", "Bygglovschef",
             "Pågående", "Klar m. anm.",
             "3 av 60 ärenden överskred tiden; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("2", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", "Nämndsekreterare",
             "Klar", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("3", "Debitering av bygglovsavgift sker enligt gällande taxa", "Controller",
             "Ej påbörjad", "Pågående", "Stickprov 15 ärenden, 9 granskade hittills.", "DELVIS", "nej"),
        ]),
        ("Process: Miljö- och livsmedelstillsyn", [
            ("4", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Miljöchef",
             "Pågående", "Försenad",
             "Kontrollen har inte genomförts, två inspektörstjänster är vakanta sedan april.", "EJ_GENOMFORD", "nej"),
            ("5", "Fakturering av timavgift för tillsyn och kontroll", "Administratör",
             "", "Klar", "Samtliga tillsynsbesök t.o.m. juli fakturerade.", "GENOMFORD", "nej"),
        ]),
        ("Process: Gata/park och upphandling", [
            ("6", "Avtalstrohet vid köp av entreprenadtjänster för vinterväghållning", "Gatuchef",
             "", "Utgår",
             "Avtalet upphörde 2025-04-30. Kontrollen utgår enligt beslut SBN 2025-05-20 § 61.", "UTGAR", "nej"),
            ("7", "Dubbel attest av fakturor över 100 tkr", "Controller",
             "Klar", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("8", "Behörigheter i ärendehanteringssystemet gås igenom två gånger per år", "Systemförvaltare",
             "", "", "", "SAKNAS", "nej"),
            ("9", "Förteckningen över personuppgiftsbehandlingar (GDPR) är uppdaterad", "Dataskyddsombud",
             "Ej påbörjad", "Pågående", "", "DELVIS", "nej"),
        ]),
    ]
    pages = [procs[:2], procs[2:]]
    out = []
    for pi, pg in enumerate(pages, 1):
        out += page_header(pi, len(pages))
        for pname, items in pg:
            out.append("")
            out.append(pname)
            for nr, km, ansv, t1, dl, kom, e_st, e_avv in items:
                out += fmt([nr, km, ansv, t1, dl, kom])
                out.append("")
                exp(fil, namnd, km, e_st, e_avv)
        if pi == len(pages):
            out.append("")
            out.append("Sammanställning delår: Klar 4 (varav 1 med anmärkning)   Pågående 2   Försenad 1   Utgår 1   Ej rapporterad 1")
        out.append("")
        out.append("Stratsys rapportgenerator".ljust(WIDTH - 12) + ("Sida %d (%d)" % (pi, len(pages))).rjust(12))
        if pi < len(pages):
            out.append("\f")
    with open(fil, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(out).replace("\n\f\n", "\n\f") + "\n")
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. KS – last year's helår follow-up sent again by mistake (.xls, xlwt)
# ---------------------------------------------------------------------------
def build_ks_2024():
    import xlwt

    fil = "KS_internkontroll_uppfoljning_2025-09-03.xls"
    namnd = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    t = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                    "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")

    ws.write_merge(0, 0, 0, 5, "Uppföljning internkontrollplan 2024", t)
    ws.write(2, 0, "Nämnd/enhet:", b)
    ws.write(2, 1, "Kommunstyrelsen (kommunledningsförvaltningen)")
    ws.write(3, 0, "År:", b)
    ws.write(3, 1, "2024")
    ws.write(4, 0, "Period:", b)
    ws.write(4, 1, "Helår – T3, per 31 december")
    ws.write(5, 0, "Rapportdatum:", b)
    ws.write(5, 1, "2025-01-21")

    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status"]
    for i, v in enumerate(hdr):
        ws.write(7, i, v, h)
    items = [
        ("1", "Löner", "Nyanställda registreras med rätt lön enligt anställningsavtal",
         "Inga avvikelser i stickprov om 20 anställningar.", "Ingen åtgärd", "Granskning genomförd",
         "GENOMFORD", "nej"),
        ("2", "Leverantörsregister", "Ändring av bankgiro verifieras mot leverantören innan registrering",
         "En ändring (oktober) registrerades utan verifiering. Ingen felaktig utbetalning.",
         "Rutinen förtydligad för leverantörsreskontran.", "Granskning genomförd", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "", "Kontrollen flyttas till plan 2025.", "Granskning ej genomförd", "EJ_GENOMFORD", "nej"),
        ("4", "Arvoden", "Politiska arvoden betalas ut enligt arvodesreglementet",
         "Ingen identifierad avvikelse.", "Ingen åtgärd", "Granskning genomförd", "GENOMFORD", "nej"),
        ("5", "IT", "Årlig översyn av behörigheter i ekonomisystemet",
         "Översyn gjord för ekonomienheten, övriga förvaltningar återstår.", "Slutförs Q1 2025.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("6", "Informationssäkerhet", "Kontinuitetsplan för IT-driften finns och är aktuell",
         "Planen har inte uppdaterats sedan 2021.", "Revidering beställd av IT-enheten.",
         "Granskning genomförd", "GENOMFORD", "ja"),
        ("7", "Representation", "Kommunledningens representation följer riktlinjer för representation",
         "", "", "", "SAKNAS", "nej"),
    ]
    r = 8
    for idx, proc, km, avv, atg, status, e_st, e_avv in items:
        for i, v in enumerate([idx, proc, km, avv, atg, status]):
            ws.write(r, i, v, c)
        exp(fil, namnd, km, e_st, e_avv)
        r += 1
    ws.write(r + 1, 0, "Sammanfattande bedömning: den interna kontrollen 2024 bedöms i huvudsak som tillräcklig.")
    for i, w in enumerate([5, 20, 42, 42, 34, 24]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# 7. TN – Hypergene-like CSV export (semicolon, Windows-1252), T1 + delår columns
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Hypergene_export_IK_Tekniska_2025-09-05.csv"
    namnd = "Tekniska nämnden"
    rows = [
        ["Rapport: Intern kontroll - uppföljning", "", "", "", "", "", ""],
        ["Organisation: Tekniska förvaltningen", "", "", "", "", "", ""],
        ["Period: 2025 Delår (aug)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Kontrollmoment", "Kontrolltyp", "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår", "Avvikelse"],
    ]
    items = [
        ("Debitering av anslutningsavgifter enligt VA-taxan", "Stickprov",
         "Delvis genomförd", "Påbörjad i april", "Genomförd", "20 ärenden kontrollerade utan anmärkning.", "Nej",
         "GENOMFORD", "nej"),
        ("Körjournaler förs för kommunens fordon", "Stickprov",
         "", "", "Ej genomförd", "Skjuts till 2026 när nya fordonssystemet är infört.", "Nej",
         "EJ_GENOMFORD", "nej"),
        ("Avtalstrohet vid livsmedelsinköp i kostenheten", "Analys",
         "Genomförd", "", "Genomförd", "8 % av inköpen gjordes utanför avtal, främst mejeriprodukter.", "Ja",
         "GENOMFORD", "ja"),
        ("Skyddsronder på avfallsanläggningen genomförs enligt plan", "Egenkontroll",
         "", "", "Delvis genomförd", "2 av 4 skyddsronder genomförda.", "Nej", "DELVIS", "nej"),
        ("Bidrag till enskilda vägar betalas ut enligt beslut", "Stickprov",
         "", "", "Ej aktuell", "Bidragen har upphört enligt KF-beslut 2025-02-24 § 12.", "",
         "UTGAR", "nej"),
        ("Attest av fakturor för fastighetsunderhåll", "Stickprov",
         "Genomförd", "", "?", "", "", "OKLAR", "nej"),
    ]
    for km, typ, s1, k1, s2, k2, avv, e_st, e_avv in items:
        rows.append([km, typ, s1, k1, s2, k2, avv])
        exp(fil, namnd, km, e_st, e_avv)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(rows)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Gemensamma överförmyndarnämnden", "ÖFN|Överförmyndarnämnden|Överförmyndarnämnden för Sörfjärdens och Ljungådals kommuner|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def main():
    build_bun()
    build_sn()
    build_ofn()
    build_kfn()
    build_sbn()
    build_ks_2024()
    build_tn()
    write_register()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
