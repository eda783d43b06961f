#!/usr/bin/python3
"""Blind round r325 - Vindeby kommun, T2 2025, LibreOffice inbox."""
import csv, os, shutil, subprocess, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r325build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round325"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    expected.append((fil, namnd, km, status, avv))

def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", fmt,
                    "--outdir", HERE, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Äldrenämnden", "ÄN|Äldreomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Vindeby Energi AB", "Vindeby Energi|VEAB"),
]

# ================================================================ 1. KS .ods (odfpy)
def make_ks():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.table import Table, TableRow, TableCell, CoveredTableCell, TableColumn
    from odf.text import P
    fil = "KS_internkontroll_T2_2025.ods"
    doc = OpenDocumentSpreadsheet()
    def cellstyle(name, bg=None, bold=False, size=None, wrap=True):
        s = Style(name=name, family="table-cell")
        kw = {}
        if bg: kw["backgroundcolor"] = bg
        if wrap: kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        s.addElement(TableCellProperties(**kw))
        tk = {}
        if bold: tk["fontweight"] = "bold"
        if size: tk["fontsize"] = size
        if tk: s.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(s)
        return s
    st = {
        "title": cellstyle("ctitle", bold=True, size="14pt", wrap=False),
        "bold": cellstyle("cbold", bold=True, wrap=False),
        "head": cellstyle("chead", bg="#d9d9d9", bold=True),
        "group": cellstyle("cgroup", bg="#dde7f3", bold=True, wrap=False),
        "n": cellstyle("cnorm"),
        "Genomförd": cellstyle("cgreen", bg="#c6efce"),
        "Pågår": cellstyle("cyellow", bg="#ffeb9c"),
        "Delvis genomförd": cellstyle("cyellow2", bg="#ffeb9c"),
        "Ej påbörjad": cellstyle("cred", bg="#ffc7ce"),
        "Utgår": cellstyle("cgrey", bg="#bfbfbf"),
    }
    widths = ["1.1cm", "3.2cm", "6.5cm", "4cm", "3.2cm", "2.2cm", "2.6cm", "2.6cm", "7cm"]
    t = Table(name="Uppföljning T2")
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    NC = len(widths)
    def row(values, styles=None, span=None):
        tr = TableRow()
        if span:
            c = TableCell(stylename=styles, numbercolumnsspanned=NC, valuetype="string")
            c.addElement(P(text=values))
            tr.addElement(c)
            for _ in range(NC - 1):
                tr.addElement(CoveredTableCell())
        else:
            for j, v in enumerate(values):
                s = styles[j] if isinstance(styles, list) else (styles or st["n"])
                if v == "" or v is None:
                    tr.addElement(TableCell(stylename=s))
                else:
                    c = TableCell(stylename=s, valuetype="string")
                    for line in str(v).split("\n"):
                        c.addElement(P(text=line))
                    tr.addElement(c)
        t.addElement(tr)
    row("Vindeby kommun", st["bold"], span=True)
    row("Uppföljning av internkontrollplan 2025 – Kommunstyrelsen", st["title"], span=True)
    row("Period: Tertial 2 (januari–augusti 2025). Upprättad 2025-09-05 av Kommunledningskontoret, ekonomiavdelningen.", st["n"], span=True)
    row([""] * NC)
    row("Färgmarkering i statuskolumnerna: grön = Genomförd, gul = Pågår/Delvis genomförd, röd = Ej påbörjad, grå = Utgår.", st["n"], span=True)
    row(["Nr", "Process/rutin", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "Status T1", "Status T2", "Kommentar T2"], st["head"])
    data = [
        ("G", "1. Ekonomiska processer"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Redovisningschef", "Tertial", "Genomförd", "Genomförd", "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll att representation och förtroendekänsliga poster följer kommunens riktlinjer", "Stickprov 10 verifikat", "Controller", "Tertial", "Genomförd", "Genomförd", "2 av 10 verifikat saknade deltagarförteckning. Återkoppling har skett till berörda chefer.", "GENOMFORD", "ja"),
        ("1.3", "Löner och arvoden", "Utbetalda arvoden till förtroendevalda stämmer mot närvarolistor", "Avstämning mot protokoll", "Lönechef", "Halvår", "", "Pågår", "Avstämning för januari–juni pågår, beräknas klar i september.", "DELVIS", ""),
        ("1.4", "Inköp", "Köp görs från upphandlade leverantörer (avtalstrohet)", "Analys av leverantörsreskontra", "Upphandlingschef", "Årlig", "", "Ej påbörjad", "Genomförs under hösten 2025.", "EJ_GENOMFORD", ""),
        ("G", "2. IT och informationssäkerhet"),
        ("2.1", "Behörigheter", "Behörighetsgranskning i ekonomisystemet Raindance", "Genomgång av behörighetslistor med respektive chef", "Systemförvaltare ekonomi", "Årlig", "Genomförd", "", "", "GENOMFORD", ""),
        ("2.2", "Informationssäkerhet", "Avslutade medarbetares konton i AD stängs inom fem arbetsdagar", "Stickprov 15 avslutade anställningar", "IT-chef", "Tertial", "Pågår", "Genomförd", "3 av 15 konton hade inte stängts i tid. Rutinen mellan HR och IT har setts över.", "GENOMFORD", "ja"),
        ("2.3", "Dataskydd", "Registerförteckningen över personuppgiftsbehandlingar är uppdaterad", "Genomgång av förteckningen", "Dataskyddssamordnare", "Årlig", "Ej påbörjad", "Utgår", "Utgår enligt KS beslut 2025-05-20 § 87, ersätts av dataskyddsombudets granskning.", "UTGAR", ""),
        ("G", "3. Styrning och ärendehantering"),
        ("3.1", "Diarieföring", "Inkomna handlingar diarieförs inom två arbetsdagar", "Stickprov 30 handlingar", "Registrator", "Tertial", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3.2", "Delegering", "Delegationsbeslut anmäls till kommunstyrelsen", "Avstämning beslutslista mot protokoll", "Kanslichef", "Tertial", "Genomförd", "Delvis genomförd", "Beslut för juni–augusti anmäls på KS 2025-09-23.", "DELVIS", ""),
        ("3.3", "Avtal", "Tecknade avtal registreras i avtalsdatabasen", "Stickprov 10 avtal", "Upphandlare", "Årlig", "", "", "", "SAKNAS", ""),
    ]
    for d in data:
        if d[0] == "G":
            row(d[1], st["group"], span=True)
            continue
        vals = list(d[:9])
        styles = [st["n"]] * 6 + [st.get(vals[6], st["n"]) if vals[6] else st["n"],
                                   st.get(vals[7], st["n"]) if vals[7] else st["n"], st["n"]]
        row(vals, styles)
        # 2.1: comment in T2 left empty; T1 says Genomförd (yearly control done in T1)
        exp(fil, "Kommunstyrelsen", d[2], d[9], d[10])
    row([""] * NC)
    row("Godkänd av kommundirektör Eva Lindqvist 2025-09-05", st["n"], span=True)
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    files.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))
    # the LibreOffice lock file left behind by the economist who had it open -> rejected
    lock = ".~lock." + fil + "#"
    with open(os.path.join(HERE, lock), "w", encoding="utf-8") as f:
        f.write("Anna Berg,anbe,VINDEBY-LT0412,05.09.2025 14:37,file:///C:/Users/anbe/AppData/Roaming/LibreOffice/4;")
    files.append((lock, "AVVISAD", "", "", ""))

# ================================================================ 2. BUN .odt (odfpy)
def make_bun():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, TableProperties
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    fil = "BUN uppföljning internkontroll T2 2025.odt"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    bold = Style(name="Bold", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    headst = Style(name="HeadCell", family="table-cell")
    headst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#e6e6e6"))
    doc.automaticstyles.addElement(headst)

    doc.text.addElement(P(stylename=small, text="Vindeby kommun – Barn- och utbildningsförvaltningen            Dnr BUN 2025/0142"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av intern kontroll, tertial 2 2025"))
    doc.text.addElement(P(stylename=bold, text="Barn- och utbildningsnämnden"))
    doc.text.addElement(P(text="Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). "
                          "I denna rapport redovisas resultatet av kontrollerna till och med den 31 augusti 2025. "
                          "Kontrollerna har genomförts av förvaltningens controller och berörda rektorer."))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Resultat per kontrollmoment"))
    doc.text.addElement(P(text="Teckenförklaring status:  ✔ = Genomförd utan avvikelse   ✔! = Genomförd, avvikelse noterad   "
                          "◐ = Påbörjad/delvis genomförd   ✖ = Ej genomförd   — = Utgår"))
    widths = ["0.8cm", "2.6cm", "4.4cm", "3.2cm", "4.6cm", "1.4cm"]
    t = Table(name="Kontroller", stylename=tstyle)
    for i, w in enumerate(widths):
        cs = Style(name=f"bc{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    def trow(vals, head=False):
        tr = TableRow()
        for v in vals:
            c = TableCell(stylename=headst if head else cellst, valuetype="string")
            for line in v.split("\n"):
                c.addElement(P(stylename=bold if head else None, text=line) if head else P(text=line))
            tr.addElement(c)
        t.addElement(tr)
    trow(["Nr", "Område", "Kontrollmoment", "Hur kontrollen genomförs", "Resultat/kommentar", "Status"], head=True)
    data = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor per tertial", "Samtliga granskade fakturor korrekt attesterade.", "✔", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Hantering av kontantkassor på skolor och fritidshem", "Oanmäld kassainventering på fyra enheter", "Inventering på fyra enheter. Differens på 340 kr i kassan på Norrskolan, redovisad till rektor och polisanmäld.", "✔!", "GENOMFORD", "ja"),
        ("3", "Elevhälsa", "Anmälan till huvudman om kränkande behandling görs skyndsamt", "Uttag ur DF Respons", "Inte genomförd under perioden p.g.a. byte av ärendesystem. Skjuts till tertial 3.", "✖", "EJ_GENOMFORD", ""),
        ("4", "Elevhälsa", "Upprättade åtgärdsprogram följs upp och utvärderas", "Stickprov 10 elever på två skolor", "Granskningen är gjord på Vindeby skola, Östra skolan återstår.", "◐", "DELVIS", ""),
        ("5", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 20 beslut", "Se bilaga 2.", "Se bilaga 2", "OKLAR", ""),
        ("6", "Personal", "Registerkontroll av personal i förskola och skola görs innan anställning", "Stickprov 25 nyanställda", "25 av 25 hade lämnat utdrag ur belastningsregistret före anställning.", "✔", "GENOMFORD", "nej"),
        ("7", "Förskola", "Erbjudande om förskoleplats lämnas inom fyra månader", "Uppföljning av kölistan", "Utgår enligt beslut BUN 2025-04-10 § 34.", "—", "UTGAR", ""),
        ("8", "Närvaro", "Elever med hög frånvaro anmäls till elevhälsan", "Uttag ur Skola24", "", "", "SAKNAS", ""),
    ]
    for d in data:
        trow(list(d[:6]))
        exp(fil, "Barn- och utbildningsnämnden", d[2], d[6], d[7])
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Bilaga 2 (skolskjutsbeslut) skickas separat."))
    doc.text.addElement(P(text="Vindeby 2025-09-03"))
    doc.text.addElement(P(text="Johan Ek, förvaltningschef"))
    doc.save(os.path.join(HERE, fil))
    files.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))

# ================================================================ 3. SN .xlsx (openpyxl, MS Office)
def make_sn():
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
    fil = "Socialnämnden IKP 2025 uppföljning T2.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    F = {k: PatternFill("solid", fgColor=v) for k, v in {
        "G": "00B050", "Y": "FFFF00", "O": "FFC000", "R": "FF0000", "S": "A6A6A6", "H": "D9E1F2"}.items()}
    thin = Side(style="thin", color="808080")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning tertial 2"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Socialförvaltningen, Vindeby kommun – upprättad 2025-09-08"
    hdr = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Uppföljning T1", "Uppföljning T2", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True); c.fill = F["H"]; c.border = B
        c.alignment = Alignment(wrap_text=True, vertical="center")
    groups = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", 12, "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 20 akter per tertial", "Enhetschef försörjningsstöd", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Beslut saknar besvärshänvisning", 9, "Beslut om avslag innehåller besvärshänvisning", "Stickprov 10 avslagsbeslut", "Enhetschef försörjningsstöd", "G", "Y", "2 av 10 beslut saknade besvärshänvisning. Genomgång med handläggarna 2025-08-28.", "GENOMFORD", "ja"),
            ("Bidragsbrott upptäcks inte", 8, "Kontroll mot Försäkringskassan och CSN via SSBTEK görs inför beslut", "Stickprov 15 beslut", "Enhetschef försörjningsstöd", "G", "O", "Kontrollen är gjord för juni och juli, augusti återstår.", "DELVIS", ""),
        ]),
        ("Barn och unga", [
            ("Barn far illa när anmälan inte bedöms i tid", 16, "Orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur Treserva", "Enhetschef barn och unga", "Y", "Y", "87 % bedömda inom 14 dagar. 6 ärenden över tidsgränsen under maj–augusti.", "GENOMFORD", "ja"),
            ("Utredningstid överskrids", 12, "Utredningar avslutas inom fyra månader", "Uttag ur Treserva", "Enhetschef barn och unga", "R", "R", "Ej genomförd p.g.a. personalbrist på enheten. Görs i oktober.", "EJ_GENOMFORD", ""),
            ("Placerade barn följs inte upp", 12, "Placerade barn har en utsedd socialsekreterare och besöks enligt plan", "Genomgång av samtliga placeringar", "Enhetschef barn och unga", None, "G", "Samtliga 14 placerade barn har besökts under perioden.", "GENOMFORD", "nej"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Olämplig person anställs", 8, "Registerutdrag kontrolleras vid anställning inom HVB och stödboende", "Stickprov 10 anställningar", "HR-konsult", "G", "S", "Utgår – kontrollen är flyttad till HR-avdelningens plan enligt SN 2025-06-17 § 58.", "UTGAR", ""),
            ("Ohälsa hos personal", 6, "Sjukfrånvaro följs upp enligt rehabiliteringsrutinen", "Uttag ur Adato", "HR-konsult", None, None, "", "SAKNAS", ""),
        ]),
        ("Dokumentation", [
            ("Bristande dokumentation", 9, "Journalanteckningar förs inom tre arbetsdagar enligt SoL", "Stickprov 20 akter", "Kvalitetsutvecklare", None, None, "Granskningen genomförd i augusti, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for proc, rows in groups:
        start = r
        for (risk, rv, km, metod, ansv, t1, t2, kom, status, avv) in rows:
            vals = [proc if r == start else None, risk, rv, km, metod, ansv, None, None, kom]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = B
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if t1: ws.cell(row=r, column=7).fill = F[t1]
            if t2: ws.cell(row=r, column=8).fill = F[t2]
            exp(fil, "Socialnämnden", km, status, avv)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Förklaring färger uppföljning").font = Font(bold=True)
    for code, txt in [("G", "Genomförd utan avvikelse"), ("Y", "Genomförd med avvikelse"),
                      ("O", "Pågår/delvis genomförd"), ("R", "Ej genomförd"), ("S", "Utgår")]:
        r += 1
        ws.cell(row=r, column=1).fill = F[code]
        ws.cell(row=r, column=1).border = B
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet (1–4) × konsekvens (1–4).")
    for col, w in zip("ABCDEFGHI", [18, 24, 10, 40, 24, 20, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Socialförvaltningen"
    ws.oddHeader.right.text = "Uppföljning IKP T2 2025"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    files.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))

# ================================================================ 4. ÄN .docx (python-docx, MS Office)
def make_an():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    fil = "Äldrenämnden uppföljning intern kontroll T2 2025.docx"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Socialförvaltningen – Vindeby kommun\tTJÄNSTESKRIVELSE\t2025-09-09"
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", level=1)
    p = d.add_paragraph(); p.add_run("Äldrenämnden").bold = True
    d.add_paragraph("Diarienummer: ÄN 2025/37")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Äldrenämndens internkontrollplan för 2025 omfattar sju kontrollmoment inom fyra kontrollområden. "
                    "Till och med augusti har fyra kontroller genomförts, varav två med anmärkning. En kontroll pågår, "
                    "en har inte påbörjats och en kontroll utgår.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    rows = [
        ("Avgifter", "Omsorgsavgifter debiteras enligt fattade beslut och maxtaxa", "Stickprov 20 kunder", "Samtliga avgifter korrekta.", "Utan anmärkning", "GENOMFORD", "nej"),
        ("Avgifter", "Inkomstförfrågan skickas årligen till alla med hemtjänst", "Samtliga kunder", "Utskick gjort i maj. 12 % har inte svarat och debiteras maxtaxa; påminnelse skickad.", "Med anmärkning", "GENOMFORD", "ja"),
        ("Hemtjänst", "Utförd tid i hemtjänsten stämmer med beviljad tid", "Jämförelse TES mot beslut, tre hemtjänstgrupper", "Två grupper klara utan avvikelser, Centrumgruppen granskas i september.", "Pågående", "DELVIS", ""),
        ("Hemtjänst", "Genomförandeplan upprättas inom 14 dagar efter beslut", "Stickprov 15 nya ärenden", "11 av 15 genomförandeplaner upprättade inom 14 dagar.", "Med anmärkning", "GENOMFORD", "ja"),
        ("Särskilt boende", "Läkemedelshanteringen följer rutinen för signeringslistor", "Egenkontroll på två boenden", "Görs inte i år, ersätts av medicinskt ansvarig sjuksköterskas egen granskning.", "Utgår", "UTGAR", ""),
        ("Särskilt boende", "Fallriskbedömning enligt Senior alert görs vid inflyttning", "Stickprov 10 inflyttningar", "Ej påbörjad – prioriteras under tertial 3.", "Ej utförd", "EJ_GENOMFORD", ""),
        ("Lex Sarah", "Rapporter enligt lex Sarah utreds och dokumenteras skyndsamt", "Genomgång av samtliga rapporter", "Fyra rapporter under perioden, samtliga utredda inom rutinens tidsgräns.", "Utan anmärkning", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollområde", "Kontrollmoment", "Omfattning", "Resultat T2", "Bedömning"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    first_of = {}
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        if r[0] not in first_of:
            first_of[r[0]] = i + 1
            cells[0].text = r[0]
        for j in range(1, 5):
            cells[j].text = r[j]
        exp(fil, "Äldrenämnden", r[1], r[5], r[6])
    # vertical merges of Kontrollområde
    keys = [r[0] for r in rows]
    for k, start in first_of.items():
        n = keys.count(k)
        if n > 1:
            t.cell(start, 0).merge(t.cell(start + n - 1, 0))
            # merged cell keeps paragraphs of all; reset to one
            t.cell(start, 0).text = k
    for row in t.rows:
        for w, c in zip([Cm(3.2), Cm(6.5), Cm(4.5), Cm(7.5), Cm(3)], row.cells):
            c.width = w
    d.add_paragraph()
    d.add_heading("Förvaltningens bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelserna rörande "
                    "genomförandeplaner och inkomstförfrågningar åtgärdas genom utbildningsinsatser under hösten.")
    d.add_paragraph("Karin Sjöberg\nSocialchef")
    d.save(os.path.join(HERE, fil))
    files.append((fil, "INLAST", "Äldrenämnden", "2025", "T2"))

# ================================================================ 5. SBN .ods (xlsx -> LibreOffice)
def make_sbn():
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
    fil = "SBN_IK-uppföljning_T2_2025.ods"
    src = os.path.join(TMP, "SBN_IK-uppföljning_T2_2025.xlsx")
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    for i, line in enumerate([
        "Instruktion för uppföljning av intern kontroll",
        "Markera med X i den kolumn som bäst beskriver kontrollens status vid periodens slut.",
        "Ange i kolumnen Avvikelse Ja om kontrollen visat fel eller brister, annars Nej.",
        "Beskriv kortfattat resultatet och eventuella åtgärder i kommentarsfältet.",
        "Skicka ifylld fil till ekonomiavdelningen senast 2025-09-10."], 1):
        ins.cell(row=i, column=1, value=line)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Uppföljning")
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9D9D9")
    ws["A1"] = "Samhällsbyggnadsnämnden – intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: T2 (per 2025-08-31)"
    ws["A3"] = "Uppgiftslämnare: Samhällsbyggnadsförvaltningen, controller Per Nilsson"
    # two header rows
    ws["A5"] = "Nr"; ws["B5"] = "Kontrollmoment"; ws["C5"] = "Ansvarig"; ws["D5"] = "Status"
    ws["G5"] = "Avvikelse (Ja/Nej)"; ws["H5"] = "Kommentar"
    ws["D6"] = "Genomförd"; ws["E6"] = "Delvis"; ws["F6"] = "Ej genomförd"
    ws.merge_cells("D5:F5")
    for col in "ABCGH":
        ws.merge_cells(f"{col}5:{col}6")
    for r in (5, 6):
        for c in range(1, 9):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True); cell.fill = grey; cell.border = B
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "X", "", "", "Nej", "15 fakturor kontrollerade.", "GENOMFORD", "nej"),
        ("Faktura för VA-anslutningsavgift skickas inom 30 dagar efter anslutning", "VA-chef", "", "X", "", "Ja", "Kontroll gjord för kvartal 1–2; tre fakturor skickades för sent.", "DELVIS", "ja"),
        ("Entreprenörer har F-skatt och inga skulder hos Kronofogden", "Upphandlare", "X", "", "", "Nej", "Kontroll via Creditsafe för 12 leverantörer.", "GENOMFORD", "nej"),
        ("Beslut om färdtjänst fattas inom tre veckor", "Handläggare färdtjänst", "", "", "X", "", "Ej gjord p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ("Uppföljning av avtalet om parkeringsövervakning", "Gatuchef", "X", "X", "", "Nej", "Avstämningsmöte med entreprenören 2025-06-12.", "OKLAR", "nej"),
        ("Felanmälningar av gatubelysning åtgärdas inom avtalad tid", "Gatuchef", "X", "", "", "Ja", "9 av 40 felanmälningar åtgärdades efter avtalad tid. Vite har debiterats.", "GENOMFORD", "ja"),
        ("Besiktning av kommunens lekplatser enligt SS-EN 1176", "Parkchef", "", "", "", "", "", "SAKNAS", ""),
        ("Hyresavtal för inhyrda lokaler är uppdaterade", "Fastighetschef", "", "", "", "", "Utgår, ingår i lokalförsörjningsplanen.", "UTGAR", ""),
        ("Snöröjningsentreprenörens rapporterade timmar stäms av mot körjournal", "Driftchef", "", "X", "", "Nej", "Stickprov för januari–februari klart, inga avvikelser. Mars återstår.", "DELVIS", "nej"),
    ]
    r = 7
    for i, d in enumerate(data, 1):
        vals = [i] + list(d[:7])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if j in (1, 4, 5, 6, 7) else None)
        exp(fil, "Samhällsbyggnadsnämnden", d[0], d[7], d[8])
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = Font(bold=True)
    for j, n in zip((4, 5, 6), (4, 3, 1)):
        ws.cell(row=r, column=j, value=n).font = Font(bold=True)
        ws.cell(row=r, column=j).alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFGH", [5, 48, 20, 11, 9, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(src)
    soffice(src, "ods")
    files.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))

# ================================================================ 6. KFN .odt (docx -> LibreOffice), text only
def make_kfn():
    from docx import Document
    fil = "KFN IK T2 2025.odt"
    src = os.path.join(TMP, "KFN IK T2 2025.docx")
    d = Document()
    d.add_paragraph("Vindeby kommun\nKultur- och fritidsförvaltningen")
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=2)
    d.add_paragraph("Nämnden beslutade i december 2024 om sex kontrollmoment för 2025. Nedan redovisas "
                    "läget per den 31 augusti 2025. Helårsuppföljningen redovisas för nämnden i februari 2026.")
    items = [
        ("1. Kontantkassor i bibliotek och simhall",
         "Kassaavstämning av kontantkassor i bibliotek och simhall görs månadsvis och attesteras av enhetschef.",
         "Avstämning gjord för samtliga månader. I simhallens kassa saknades attest för maj månad, vilket har åtgärdats.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("2. Föreningsbidrag",
         "Utbetalda föreningsbidrag överensstämmer med beslut och inlämnade underlag.",
         "Stickprov på 12 föreningar. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("3. Uthyrning av idrottshallar",
         "Uthyrning av idrottshallar faktureras enligt fastställd taxa.",
         "Granskningen har påbörjats men har inte kunnat slutföras eftersom bokningssystemet byts i september.",
         "Pågår", "DELVIS", ""),
        ("4. Konstsamlingen",
         "Inventering av kommunens konstsamling.",
         "Planerad till oktober–november 2025.",
         "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("5. Tidrapportering fritidsgårdar",
         "Timanställda inom fritidsgårdarna rapporterar arbetad tid i Personec enligt rutin.",
         "Kontrollen utgår eftersom fritidsgårdarna från den 1 maj tillhör Barn- och utbildningsnämnden.",
         "Utgår", "UTGAR", ""),
        ("6. Skötselavtal",
         "Avtal med föreningar om skötsel av anläggningar följs upp årligen.",
         "", "", "SAKNAS", ""),
    ]
    for head, km, res, status, code, avv in items:
        d.add_heading(head, level=3)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Resultat T2: ").bold = True; p.add_run(res)
        p = d.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(status)
        exp(fil, "Kultur- och fritidsnämnden", km, code, avv)
    d.add_paragraph("")
    d.add_paragraph("Vindeby 2025-09-04\nMaria Holm, förvaltningschef")
    d.save(src)
    soffice(src, "odt")
    files.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))

# ================================================================ 7. CSV export, two nämnder, one row per period
def make_csv():
    fil = "Stratsys_export_IK_2025-09-10.csv"
    hdr = ["Organisation", "Nämnd", "Kontrollmoment", "Ansvarig", "Period", "Status", "Avvikelse", "Kommentar"]
    MB = ("Miljö- och byggförvaltningen", "Miljö- och byggnadsnämnden")
    OF = ("Överförmyndarenheten", "Överförmyndarnämnden")
    ctrls = [
        (MB, "Bygglovsavgifter debiteras enligt gällande taxa", "Bygglovschef",
         ("Klar", "Nej", "20 lov granskade."), ("Klar", "Ja", "1 av 20 lov hade fel timfaktor, rättat och ny faktura skickad."), "GENOMFORD", "ja"),
        (MB, "Beslut om bygglov fattas inom lagstadgad tid (10 veckor)", "Bygglovschef",
         ("Pågående", "", ""), ("Klar", "Nej", "Samtliga 48 beslut inom tidsfristen."), "GENOMFORD", "nej"),
        (MB, "Tillsynsplanen för livsmedelskontroll följs", "Miljöchef",
         ("Pågående", "", "31 % av planerade kontroller utförda."), ("Pågående", "", "62 % av planerade kontroller utförda."), "DELVIS", ""),
        (MB, "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare",
         ("Klar", "Nej", ""), ("Ej aktuell", "", "Kontrollen utgår enligt beslut MBN 2025-06-11 § 72."), "UTGAR", ""),
        (MB, "Klagomål inom miljöområdet handläggs inom fem arbetsdagar", "Miljöchef",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Flyttas till 2026 års plan."), "EJ_GENOMFORD", ""),
        (OF, "Årsräkningar granskas senast 30 juni", "Enhetschef överförmyndare",
         ("Pågående", "", ""), ("Klar", "Ja", "96 % granskade i tid, 8 ärenden försenade."), "GENOMFORD", "ja"),
        (OF, "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Handläggare",
         ("", "", ""), ("Klar", "Nej", "Stickprov 15 arvodesbeslut, inga fel."), "GENOMFORD", "nej"),
        (OF, "Ställföreträdare har registerutdrag inför förordnande", "Handläggare",
         ("Klar", "Nej", "10 förordnanden kontrollerade."), ("Pågående", "", "Stickprov för maj–augusti pågår."), "DELVIS", ""),
        (OF, "Förteckningar över huvudmannens tillgångar inkommer inom två månader", "Handläggare",
         ("", "", ""), ("", "", ""), "SAKNAS", ""),
    ]
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (org, namnd), km, ansv, t1, t2, code, avv in ctrls:
            w.writerow([org, namnd, km, ansv, "Tertial 1 2025", *t1])
            w.writerow([org, namnd, km, ansv, "Tertial 2 2025", *t2])
            exp(fil, namnd, km, code, avv)
    files.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "T2"))
    files.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "T2"))

# ================================================================ main
def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    for name in os.listdir(HERE):
        if name not in ("make_round.py", "README.md"):
            os.remove(os.path.join(HERE, name))
    make_ks(); make_bun(); make_sn(); make_an(); make_sbn(); make_kfn(); make_csv()
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(expected)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(files), "file rows,", len(expected), "controls")

if __name__ == "__main__":
    main()
