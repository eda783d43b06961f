#!/usr/bin/python3
# Round 285 - "one cell says it all" - Lövstrands kommun, 2025
import os, csv, shutil, subprocess, tempfile, datetime, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round285"]
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)

FILES = []      # rows for files.csv
EXPECTED = []   # rows for expected.csv


def exp(fil, namnd, km, status, avv):
    EXPECTED.append([fil, namnd, km, status, avv])


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Lövstrands Bostäder AB", "LBAB|Lövstrandsbostäder"),
]


# ================================================================ 1. KS xlsx
def make_ks():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    fil = "KS_uppfoljning_IK_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekonomiavdelningen"
    ws["A1"] = "Lövstrands kommun"
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A3"] = "Period: delårsbokslut januari–augusti 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"].font = Font(bold=True, size=14)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Uppföljning delår 2025 (status och kommentar)"]
    ws.append([])
    ws.append(hdr)
    thin = Side(style="thin")
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ("H", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Redovisningschef",
         "Genomförd. 20 fakturor granskades, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll av att representationsfakturor har deltagarförteckning och syfte",
         "Samtliga representationsfakturor jan–jun", "Controller",
         "Genomförd med anmärkning. 4 av 15 fakturor saknade deltagarförteckning, återkoppling har skett till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton per månad",
         "Avstämningsblanketter kontrolleras", "Redovisningschef",
         "Delvis – avstämning gjord för jan–jun, juli och augusti återstår p.g.a. semester.", "DELVIS", ""),
        ("H", "Personal"),
        ("2.1", "Lön", "Kontroll av att löneutbetalningar sker enligt beslutade lönelistor",
         "Stickprov 30 anställda", "Lönechef",
         "Kontroll av 30 anställdas löner mot lönelistor, inga avvikelser (klar)", "GENOMFORD", "nej"),
        ("2.2", "Lön", "Uppföljning av att arbetsgivarintyg utfärdas inom 14 dagar",
         "Uttag ur HR-systemet", "HR-chef",
         "Ej genomförd. Kontrollen flyttas till hösten då HR-systemet byts i september.", "EJ_GENOMFORD", ""),
        ("2.3", "Förtroende", "Kontroll av bisysslor hos chefer",
         "Enkät till samtliga chefer", "HR-chef",
         "Pågår – enkät skickad till 42 chefer, 30 svar inkomna hittills.", "DELVIS", ""),
        ("H", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter",
         "Behörighetskontroll i ekonomisystemet – borttag av avslutade användare",
         "Jämförelse behörighetslista mot avslutade anställningar", "Systemförvaltare",
         "Avvikelse: 6 konton för avslutade medarbetare var fortfarande aktiva. Kontrollen är genomförd och kontona spärrades 2025-05-14.",
         "GENOMFORD", "ja"),
        ("3.2", "Loggning", "Kontroll av att loggar i verksamhetssystem följs upp",
         "Granskning av loggrapporter", "IT-chef",
         "Ej påbörjad (planeras till kvartal 4)", "EJ_GENOMFORD", ""),
        ("H", "Upphandling och avtal"),
        ("4.1", "Avtalstrohet", "Kontroll av köp utan avtal (avtalstrohet)",
         "Analys av leverantörsreskontra", "Upphandlingschef",
         "Delvis genomförd. Analys av inköp jan–apr visar att 12 % av inköpsvolymen saknar avtal; maj–aug analyseras i oktober.",
         "DELVIS", "ja"),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef",
         "Utgår – ersätts av kommunövergripande kontroll enligt KS beslut 2025-04-02 § 58.", "UTGAR", ""),
        ("4.3", "Avtalsregister", "Kontroll av att avtal registreras i avtalsdatabasen",
         "Nya avtal under perioden", "Kanslichef",
         "Klar. Samtliga 18 nya avtal under perioden fanns registrerade.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            for i, v in enumerate(row[:6]):
                c = ws.cell(r, i + 1, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            exp(fil, N, row[2], row[6], row[7])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                  "Åtgärder vidtas för behörigheter och representation.")
    ws.cell(r + 2, 1, "Upprättad av: Karin Holm, ekonomichef, 2025-09-12")
    for col, w in zip("ABCDEF", (6, 20, 48, 30, 18, 70)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ================================================================ 2. BUN docx
def cell_lines(cell, lines, bold_first=False):
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        if bold_first and i == 0:
            run.bold = True
        if i < len(lines) - 1:
            run.add_break()


def make_bun():
    from docx import Document
    from docx.shared import Pt
    fil = "BUN uppföljning intern kontroll T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (BUN § 9). "
                    "Nedan redovisas uppföljningen per den 31 augusti. Status och kommentar anges i samma "
                    "kolumn enligt mallen från ekonomiavdelningen.")
    rows = [
        ("Ekonomi", "Kontroll av att inköp görs via e-handelssystemet",
         ["Status: Genomförd. Kommentar: 30 inköp på tre skolor granskades; 2 gjordes utanför e-handeln, rektorerna har informerats."],
         "Controller", "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor på skolenheterna",
         ["Status: Genomförd utan anmärkning."], "Controller", "GENOMFORD", "nej"),
        ("Elevhälsa", "Anmälan om kränkande behandling rapporteras till huvudman inom fem dagar",
         ["Status: Delvis genomförd.",
          "Kommentar: Kontroll gjord på grundskolan, gymnasiet återstår. Av 48 anmälningar rapporterades 41 i tid."],
         "Verksamhetschef elevhälsa", "DELVIS", "ja"),
        ("Elevhälsa", "Uppföljning av elevers frånvaro enligt rutin för problematisk skolfrånvaro",
         ["Status: Ej genomförd. Orsak: Ny rutin antogs i juni, kontrollen görs under tertial 3."],
         "Verksamhetschef elevhälsa", "EJ_GENOMFORD", ""),
        ("Förskola", "Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
         ["Status: Genomförd med avvikelse. Kommentar: 3 av 50 hushåll hade inaktuell inkomstuppgift; rättelse har skett."],
         "Avgiftshandläggare", "GENOMFORD", "ja"),
        ("Förskola", "Köhantering förskola – placering sker enligt turordningsregler",
         ["Status: Pågår.", "Kommentar: Stickprov påbörjat i augusti, klart i oktober."],
         "Placeringsassistent", "DELVIS", ""),
        ("Personal", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning",
         ["Status: Genomförd", "Kommentar: Samtliga 64 nyanställda hade uppvisat utdrag."],
         "HR-specialist", "GENOMFORD", "nej"),
        ("Personal", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs på alla enheter",
         ["Status: Utgår. Kommentar: Ingår i kommunstyrelsens gemensamma kontroll 2025 (BUN 2025-03-12 § 24)."],
         "Förvaltningschef", "UTGAR", ""),
        ("Skolskjuts", "Skolskjutsbeslut fattas enligt delegationsordningen",
         ["Status: –", "Kommentar: Se separat rapport från skolskjutsenheten."],
         "Skolskjutssamordnare", "OKLAR", ""),
        ("Skolskjuts", "Kontroll av att modersmålsundervisning faktureras korrekt",
         ["Status:"], "Controller", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Uppföljning T2 2025", "Ansvarig"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for omr, km, lines, ans, st, av in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cell_lines(cells[2], lines)
        cells[3].text = ans
        exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Lövstrand 2025-09-18")
    d.add_paragraph("Eva Lindqvist, förvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])


# ================================================================ ODF helpers
def odf_text_doc():
    from odf.opendocument import OpenDocumentText
    return OpenDocumentText()


def odf_para(text_lines, style=None):
    from odf.text import P, LineBreak
    p = P(stylename=style) if style else P()
    for i, ln in enumerate(text_lines):
        if i:
            p.addElement(LineBreak())
        p.addText(ln)
    return p


# ================================================================ 3. SN odt
def make_sn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import H, P
    from odf.table import Table, TableColumn, TableRow, TableCell
    fil = "Socialnämnden_IK_helår_2025.odt"
    N = "Socialnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="H1x", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(h1)
    cellst = Style(name="CellB", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(cellst)
    widths = ["3cm", "5.5cm", "2cm", "6.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name="Col%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)
    doc.text.addElement(P(stylename=h1, text="Socialnämnden"))
    doc.text.addElement(P(stylename=bold, text="Uppföljning av internkontrollplan – helår 2025"))
    doc.text.addElement(P(text="Socialförvaltningen har följt upp de kontrollmoment som nämnden beslutade om i "
                               "internkontrollplanen 2025. I kolumnen Resultat anges status på första raden och "
                               "därefter en kort kommentar."))
    rows = [
        ("Myndighetsutövning IFO", "Utredningar barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)", "Kvartal",
         ["Delvis genomförd", "Kvartal 1–3 kontrollerade. 7 av 52 utredningar överskred tidsgränsen utan beslut om förlängning."],
         "DELVIS", "ja"),
        ("", "Förhandsbedömningar görs inom 14 dagar", "Halvår",
         ["Genomförd", "Samtliga 120 aktualiseringar under året granskades, 118 var bedömda inom 14 dagar. De 2 avvikelserna har analyserats."],
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan (SSBTEK) innan utbetalning av ekonomiskt bistånd", "Halvår",
         ["Genomförd", "Stickprov 30 ärenden, inga avvikelser."], "GENOMFORD", "nej"),
        ("", "Utbetalningar av ekonomiskt bistånd attesteras av två handläggare", "Kvartal",
         ["Genomförd med anmärkning", "I 2 av 40 fall saknades den andra attesten."], "GENOMFORD", "ja"),
        ("Äldreomsorg", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Helår",
         ["Ej genomförd", "Kontrollen har inte hunnits med på grund av vakanser; flyttas till plan 2026."],
         "EJ_GENOMFORD", ""),
        ("", "Avvikelser enligt lex Sarah utreds och rapporteras", "Löpande",
         ["Klar", "9 rapporter under året, samtliga utredda inom fastställd tid."], "GENOMFORD", "nej"),
        ("", "Hantering av brukarnas privata medel på särskilt boende", "Halvår",
         ["Se bilaga 3"], "OKLAR", ""),
        ("", "Kontroll av kontantkassor på boenden", "Halvår", [], "SAKNAS", ""),
        ("LSS", "Beslut om insatser enligt LSS följs upp minst en gång per år", "Helår",
         ["Pågår", "Uppföljning gjord för 85 av 130 beslut. Resterande planeras januari–februari 2026."],
         "DELVIS", ""),
        ("", "Ramavtal för köp av placeringar används vid extern placering", "Helår",
         ["Utgår", "Beslut SN 2025-05-20 § 71: ersatt av central avtalsuppföljning."], "UTGAR", ""),
        ("Personal", "Kontroll av att timavlönade inte överskrider LAS-gränsen", "Helår",
         ["Kontroll utförd i november, inga överträdelser noterades (klar)"], "GENOMFORD", "nej"),
        ("Dokumentation", "Anteckningar i journal görs inom fem arbetsdagar", "Halvår",
         ["Genomförd", "Avvikelse: 14 % av anteckningarna registrerades senare än fem arbetsdagar."], "GENOMFORD", "ja"),
    ]
    tab = Table(name="IK")
    for s in colstyles:
        tab.addElement(TableColumn(stylename=s))
    hr = TableRow()
    for h in ["Process", "Kontrollmoment", "Frekvens", "Resultat helår 2025"]:
        c = TableCell(stylename=cellst, valuetype="string")
        c.addElement(P(stylename=bold, text=h))
        hr.addElement(c)
    tab.addElement(hr)
    for proc, km, frek, res, st, av in rows:
        tr = TableRow()
        for val in (proc, km, frek):
            c = TableCell(stylename=cellst, valuetype="string")
            c.addElement(P(text=val))
            tr.addElement(c)
        c = TableCell(stylename=cellst, valuetype="string")
        if res:
            # first line (status) as its own paragraph for some rows, line break for others
            if len(res) == 2 and st in ("GENOMFORD", "UTGAR") and "Avvikelse" not in res[1]:
                c.addElement(P(stylename=bold, text=res[0]))
                c.addElement(P(text=res[1]))
            else:
                c.addElement(odf_para(res))
        else:
            c.addElement(P())
        tr.addElement(c)
        tab.addElement(tr)
        exp(fil, N, km, st, av)
    doc.text.addElement(tab)
    doc.text.addElement(P())
    doc.text.addElement(P(text="Bedömning: Nämndens interna kontroll bedöms som delvis tillräcklig. "
                               "Handläggningstider inom IFO och dokumentation följs upp särskilt 2026."))
    doc.text.addElement(P(text="Bilaga 3: Granskning av privata medel (separat dokument)."))
    doc.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ================================================================ 4. Stratsys CSV (SBN + TN)
def make_csv():
    fil = "stratsys_export_IK_T1_2025.csv"
    hdr = ["Organisation", "Internkontrollplan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    plan = "Internkontrollplan 2025"
    per = "Tertial 1 2025"
    rows = [
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Bygglov",
         "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef",
         "Klar med avvikelse", "4 av 60 ärenden överskred tiden; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Bygglov",
         "Debitering av bygglovsavgift enligt taxa", "Bygglovschef",
         "Klar", "Stickprov 15 ärenden, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Planering",
         "Detaljplaner följer tidplan i planprogrammet", "Planchef",
         "Pågående", "Uppföljning görs inför T2.", "DELVIS", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Lantmäteri",
         "Registrering av adresser i belägenhetsadressregistret", "Kart- och mätchef",
         "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Administrativ chef",
         "", "Kontrollen genomförd i april, inga avvikelser.", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "VA",
         "Avläsning och debitering av VA-abonnemang", "VA-chef",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Gata/park",
         "Kontroll av att vinterväghållning utförs enligt avtal", "Gatuchef",
         "Klar med avvikelse", "Entreprenören uppfyllde inte kravet på plogstart vid 2 tillfällen,\nvite har tagits ut.", "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Fastighet",
         "Lagstadgade besiktningar (OVK, hiss) genomförs i tid", "Fastighetschef",
         "Pågående", "Hissbesiktningar klara, OVK pågår.", "DELVIS", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Avfall",
         "Fakturering av avfallsabonnemang", "Avfallschef",
         "Utgår", "Verksamheten överförd till Lövstrands Renhållning AB från 2025-01-01.", "UTGAR", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Fordon",
         "Körjournaler förs för kommunens fordon", "Fordonssamordnare",
         "", "", "SAKNAS", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Fordon",
         "Kontroll av att inköp av drivmedel sker med kommunens drivmedelskort", "Fordonssamordnare",
         "Ej påbörjad", "Senareläggs till T2.", "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, nmd, proc, km, ans, st_txt, kom, st, av in rows:
            w.writerow([org, plan, proc, km, ans, per, st_txt, kom])
            exp(fil, nmd, km, st, av)
    FILES.append([fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T1"])
    FILES.append([fil, "INLAST", "Tekniska nämnden", "2025", "T1"])


# ================================================================ 5. KFN ods
def ods_cell(text, style=None, span=None):
    from odf.table import TableCell
    from odf.text import P
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span:
        kw["numbercolumnsspanned"] = span
    if text is None or text == "":
        return TableCell(**kw)
    c = TableCell(valuetype="string", **kw)
    for ln in str(text).split("\n"):
        c.addElement(P(text=ln))
    return c


def make_kfn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, CoveredTableCell
    fil = "KFN uppföljning internkontroll delår 2025.ods"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    b = Style(name="b", family="table-cell")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(wrap)
    cols = []
    for i, w in enumerate(["1.2cm", "14cm", "4cm", "2.8cm"]):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        cols.append(s)
    t = Table(name="Delår 2025")
    for s in cols:
        t.addElement(TableColumn(stylename=s))

    def row(*cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    row(ods_cell("Kultur- och fritidsnämnden", b))
    row(ods_cell("Internkontroll 2025 – uppföljning per 31 augusti (delår)"))
    row(ods_cell(""))
    row(ods_cell("Nr", b), ods_cell("Kontrollmoment och uppföljning", b), ods_cell("Ansvarig", b), ods_cell("Datum", b))
    items = [
        ("Attest av fakturor", "Attest av fakturor – Genomförd utan anmärkning",
         "Ekonom", "2025-05-30", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt bidragsregler",
         "Föreningsbidrag betalas ut enligt bidragsregler: Delvis. 12 av 20 ansökningar granskade, två föreningar hade inte lämnat verksamhetsberättelse.",
         "Föreningskonsulent", "2025-08-20", "DELVIS", "ja"),
        ("Kontroll av kassor i sim- och sporthallen",
         "Kontroll av kassor i sim- och sporthallen – Genomförd. Differens på 450 kr i juni, utredd och rättad.",
         "Badchef", "2025-07-01", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler debiteras enligt taxa",
         "Uthyrning av lokaler debiteras enligt taxa — Ej genomförd, görs under hösten",
         "Bokningsansvarig", "", "EJ_GENOMFORD", ""),
        ("Inventering av konstsamlingen (stickprov 50 verk)",
         "Inventering av konstsamlingen (stickprov 50 verk) – Pågår, 31 av 50 verk lokaliserade hittills",
         "Kulturchef", "2025-08-28", "DELVIS", ""),
        ("Biblioteksmedier: kontroll av gallring och avskrivning",
         "Biblioteksmedier: kontroll av gallring och avskrivning. Klar – inga avvikelser.",
         "Bibliotekschef", "2025-06-10", "GENOMFORD", "nej"),
        ("Lönerapportering för timanställda inom fritidsgårdar",
         "Lönerapportering för timanställda inom fritidsgårdar – Utgår (ingår i KS kontroll)",
         "Fritidschef", "", "UTGAR", ""),
        ("Kontroll av att lotterier har registreringsbevis",
         "Kontroll av att lotterier har registreringsbevis –",
         "Föreningskonsulent", "", "SAKNAS", ""),
        ("Avtal med studieförbund följs upp årligen",
         "Avtal med studieförbund följs upp årligen – Genomförd med avvikelse: ett avtal saknade underskrift, kompletterat.",
         "Kulturchef", "2025-08-15", "GENOMFORD", "ja"),
    ]
    for i, (km, cell, ans, dat, st, av) in enumerate(items, 1):
        row(ods_cell(str(i), wrap), ods_cell(cell, wrap), ods_cell(ans, wrap), ods_cell(dat, wrap))
        exp(fil, N, km, st, av)
    row(ods_cell(""))
    row(ods_cell("Sammanställt av Jonas Ek, controller, 2025-09-10"))
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ================================================================ 6. MHN xlsx (symbols, T1+T2)
def make_mhn():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill
    fil = "MHN IK-uppföljning 2025 T2.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.left.text = "Utskrivet &D"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status anges med symbol före kommentaren, teckenförklaring längst ned."
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(["Risk/process", "Kontrollmoment", "Riskvärde", "Tertial 1", "Tertial 2"])
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
    rows = [
        ("Tillsyn", "Tillsynsplanen följs – planerade inspektioner livsmedel", 12,
         "◐ 40 av 110 inspektioner utförda", "◐ 82 av 110 utförda, resterande planeras nov–dec", "DELVIS", ""),
        ("Tillsyn", "Avgifter för årlig tillsyn debiteras enligt taxa", 9,
         "✔ Stickprov 20 objekt, korrekt debiterade", "✔ Ingen ny kontroll, se T1", "GENOMFORD", "nej"),
        ("Handläggning", "Handläggningstid för anmälningsärenden enskilda avlopp", 8,
         "✖ ej påbörjad", "✔ 25 ärenden granskade, 3 överskred 6 veckor", "GENOMFORD", "ja"),
        ("Handläggning", "Diarieföring av inkomna handlingar inom 2 dagar", 6,
         "✔ Inga avvikelser", None, "GENOMFORD", "nej"),
        ("Handläggning", "Jäv – kontroll att inspektörer inte handlägger ärenden där jäv föreligger", 8,
         None, "✖ Ej genomförd, skjuts till 2026", "EJ_GENOMFORD", ""),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", 4,
         "✔", "✔ Samtliga beslut anmälda", "GENOMFORD", "nej"),
        ("Tillsyn", "Kontroll av provtagning dricksvatten enligt kontrollprogram", 6,
         "– Utgår, ansvaret överfört till Tekniska nämnden", "–", "UTGAR", ""),
        ("Sanktioner", "Miljösanktionsavgifter beslutas och verkställs enligt miljöbalken", 9,
         "◐ pågår", "✔ ✖ 2 beslut kontrollerade", "OKLAR", ""),
        ("IT", "Behörigheter i verksamhetssystemet ses över", 6,
         None, None, "SAKNAS", ""),
        ("Service", "Klagomålsärenden besvaras inom 5 arbetsdagar", 4,
         None, "✔ Genomförd med avvikelse: 6 av 40 besvarades senare.", "GENOMFORD", "ja"),
    ]
    r = 5
    for proc, km, rv, t1, t2, st, av in rows:
        for i, v in enumerate((proc, km, rv, t1, t2)):
            c = ws.cell(r, i + 1, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "✔ = Genomförd")
    ws.cell(r + 2, 1, "◐ = Delvis genomförd / pågår")
    ws.cell(r + 3, 1, "✖ = Ej genomförd")
    ws.cell(r + 4, 1, "– = Utgår")
    for col, w in zip("ABCDE", (16, 55, 10, 40, 45)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])


# ================================================================ 7. ÖFN doc (classic separate columns)
def convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ofn(tmp):
    from docx import Document
    fil = "Överförmyndarnämnden uppföljning helår 2025.doc"
    N = "Överförmyndarnämnden"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Överförmyndarnämnden – Uppföljning internkontrollplan 2025 (helår)", level=1)
    d.add_paragraph("Nämnd: Överförmyndarnämnden\nÅr: 2025\nPeriod: Helår")
    rows = [
        ("Granskning av årsräkningar sker inom sex månader", "Uttag ur verksamhetssystemet",
         "Genomförd", "Samtliga 212 årsräkningar granskade inom tiden.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt riktlinjer", "Stickprov 25 arvoden",
         "Genomförd med avvikelse", "2 arvoden felberäknade, rättade.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har registerkontroll innan förordnande", "Samtliga nya ställföreträdare",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Spärrade konton – uttagsbeslut fattas enligt delegation", "Stickprov 10 beslut",
         "Delvis genomförd", "Kontroll gjord för första halvåret.", "DELVIS", ""),
        ("Förteckningar inkommer inom två månader efter förordnande", "Bevakningslista",
         "Ej genomförd", "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("Arkivering av avslutade akter", "Genomgång av arkivförteckning",
         "Utgår", "Ersatt av e-arkiv, kontroll i plan 2026.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
    for i, (km, met, sttxt, kom, st, av) in enumerate(rows, 1):
        c = t.add_row().cells
        c[0].text = str(i)
        c[1].text = km
        c[2].text = met
        c[3].text = sttxt
        c[4].text = kom
        exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Beslutad av överförmyndarnämnden 2026-01-28 § 4.")
    src = os.path.join(tmp, "Överförmyndarnämnden uppföljning helår 2025.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", HERE)
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])


# ================================================================ 8. rejected: covering letter
def make_missiv():
    from docx import Document
    fil = "Missiv intern kontroll BUN T2 2025.docx"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Lövstrands kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Missiv – uppföljning av intern kontroll tertial 2 2025", level=1)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate([("Ärende", "Uppföljning intern kontroll T2 2025"),
                                ("Bilaga", "BUN uppföljning intern kontroll T2 2025.docx"),
                                ("Status", "Genomförd – se bilaga")]):
        t.rows[r].cells[0].text = a
        t.rows[r].cells[1].text = b
    d.add_paragraph("")
    d.add_paragraph("Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för "
                    "tertial 2. Av tio kontrollmoment är fyra genomförda och övriga pågår eller redovisas senare. "
                    "Uppföljningen behandlas av nämnden den 24 september.")
    d.add_paragraph("Med vänlig hälsning\nEva Lindqvist\nFörvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append([fil, "AVVISAD", "", "", ""])


# ================================================================ main
def main():
    for f in os.listdir(HERE):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(HERE, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r285_")
    try:
        make_ks()
        make_bun()
        make_sn()
        make_csv()
        make_kfn()
        make_mhn()
        make_ofn(tmp)
        make_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows;", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
