#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 130 – Kungsöra kommun, helår 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import os, csv, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round130"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
BUN = "Barn- och utbildningsnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnadsnämnden"
OFN = "Gemensamma överförmyndarnämnden Kungsöra–Hjälmsta"
VN = "Valnämnden"
KBAB = "Styrelsen för Kungsöra Bostads AB"
KVAB = "Styrelsen för Kungsöra Vatten AB"

REGISTER = [
    (KS, ["KS", "Kommunledningsförvaltningen", "Kommunledningskontoret", "KLF"]),
    (SN, ["SN", "Socialförvaltningen", "SOF", "Individ- och familjeomsorgen"]),
    (VON, ["VON", "Vård- och omsorgsförvaltningen", "Vård och omsorg", "Äldreomsorgen"]),
    (BUN, ["BUN", "Barn- och utbildningsförvaltningen", "BUF", "Utbildningsförvaltningen"]),
    (TN, ["TN", "Tekniska förvaltningen", "Teknik och service"]),
    (KFN, ["KFN", "Kultur- och fritidsförvaltningen", "Kultur & fritid"]),
    (MBN, ["MBN", "Miljö- och byggförvaltningen", "Bygg och miljö", "Miljö- och byggnadsförvaltningen"]),
    (OFN, ["ÖFN", "Överförmyndarnämnden", "Gemensam överförmyndarnämnd",
           "Överförmyndarnämnden Kungsöra-Hjälmsta", "Överförmyndarenheten",
           "Gemensam överförmyndarnämnd för Kungsöra och Hjälmsta kommuner"]),
    (VN, ["VN", "Valkansliet"]),
    (KBAB, ["KBAB", "Kungsöra Bostads AB", "Kungsörabostäder", "Bostadsbolaget"]),
    (KVAB, ["KVAB", "Kungsöra Vatten AB", "Kungsöra Vatten"]),
]


def write_register():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in REGISTER:
            f.write(n + ";" + "|".join(al) + "\n")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, title rows, process heading rows, T2 + T3 columns
# ---------------------------------------------------------------------------
def build_ks():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    fil = "KS_Uppföljning_internkontrollplan_2025_helår.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdrfill = PatternFill("solid", fgColor="1F4E78")
    procfill = PatternFill("solid", fgColor="DDEBF7")

    ws["A1"] = "Kungsöra kommun"
    ws["A1"].font = Font(bold=True, size=10, color="666666")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=16)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Nämnd/styrelse:"
    ws["C3"] = "Kommunstyrelsen"
    ws["A4"] = "Förvaltning:"
    ws["C4"] = "Kommunledningsförvaltningen"
    ws["A5"] = "Uppföljningsperiod:"
    ws["C5"] = "Helår (T3) 2025"
    ws["A6"] = "Rapportdatum:"
    ws["C6"] = "2026-01-19"
    for r in range(3, 7):
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)

    headers = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
               "Status T2", "Status T3 (helår)", "Avvikelse?", "Kommentar/åtgärd"]
    hr = 8
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = hdrfill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border

    rows = [
        ("EKONOMI",),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestreglementet",
         "Stickprov 30 fakturor per halvår", "Ekonomichef", "Klar", "Klar m. anm.", "Ja",
         "2 av 30 fakturor i höstens stickprov var beslutsattesterade av person som saknade behörighet. Attestförteckningen är uppdaterad.",
         "GENOMFORD", "ja"),
        ("1.2", "Representation", "Representation och förtroendekänsliga poster – syfte och deltagare anges",
         "Stickprov 20 verifikationer", "Redovisningsansvarig", "Pågår", "Klar", "Nej",
         "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
        ("1.3", "Inköp", "Avtalstrohet vid inköp över 100 tkr",
         "Analys av leverantörsreskontra", "Upphandlingschef", "Pågår", "Pågår", "Ja",
         "Analys klar för jan–sep; 4 inköp utanför avtal identifierade. Kvartal 4 analyseras i februari 2026.",
         "DELVIS", "ja"),
        ("HR / PERSONAL",),
        ("2.1", "Lön", "Lönetillägg och engångsbelopp är beslutade av behörig chef",
         "Stickprov i lönesystemet", "HR-chef", "Ej påbörjad", "Ej påbörjad", "",
         "Skjuts till 2026 p.g.a. byte av lönesystem under hösten.", "EJ_GENOMFORD", "nej"),
        ("2.2", "Avslut av anställning", "Avslutade anställningar – lön och behörigheter stängs i tid",
         "Genomgång av samtliga avslut jan–maj", "HR-chef", "Klar", "", "Nej",
         "Kontrollen genomförd i juni: 15 avslut granskade, inga avvikelser. Ingen ytterligare kontroll planerad.",
         "GENOMFORD", "nej"),
        ("IT OCH INFORMATIONSSÄKERHET",),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet (Raindance) motsvarar befattning",
         "Behörighetslista mot personalregister", "Systemförvaltare", "Pågår", "Klar", "Ja",
         "3 konton för avslutade konsulter var fortfarande aktiva och har spärrats.", "GENOMFORD", "ja"),
        ("3.2", "Loggkontroll", "Loggkontroll i ärendehanteringssystemet (Public 360)",
         "Kvartalsvis loggutdrag", "Informationssäkerhetssamordnare", "Pågår", "Stryks", "",
         "Utgår enligt beslut KS 2025-09-16 § 141; ersätts av centralt loggverktyg 2026.", "UTGAR", "nej"),
        ("ÄRENDEHANTERING",),
        ("4.1", "Delegation", "Delegationsbeslut anmäls till KS inom föreskriven tid",
         "Jämförelse delegationslista – protokoll", "Kanslichef", "Klar", "Klar", "Nej",
         "", "GENOMFORD", "nej"),
        ("4.2", "Diarieföring", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 50 handlingar", "Registrator", "Pågår", "?", "",
         "Osäkert om stickprovet hann göras före årsskiftet – återkommer.", "OKLAR", "nej"),
        ("4.3", "Dataskydd", "Dataskydd: registerförteckning enligt GDPR art. 30 är uppdaterad",
         "Genomgång med dataskyddsombud", "Kanslichef", "", "Ej påbörjad", "Nej",
         "Dataskyddsombudet har varit tjänstledigt.", "EJ_GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = procfill
                ws.cell(row=r, column=c).border = border
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for c, v in enumerate(row[:9], 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = border
            exp(fil, KS, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r, column=3, value=10)
    r += 1
    ws.cell(row=r, column=2, value="varav Klar / Klar m. anm. (T3)").font = Font(bold=True)
    ws.cell(row=r, column=3, value=4)
    r += 2
    ws.cell(row=r, column=1, value="Statusförklaring: Klar = kontrollen genomförd. Klar m. anm. = genomförd, "
            "brister noterade. Pågår = påbörjad men ej slutförd. Ej påbörjad = ej genomförd. "
            "Stryks = kontrollmomentet utgår efter beslut.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    widths = [6, 20, 42, 28, 20, 12, 14, 11, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A9"

    # Second sheet: the risk analysis of the plan (no follow-up, no statuses)
    ws2 = wb.create_sheet("Riskbedömning (plan)")
    ws2["A1"] = "Risk- och väsentlighetsanalys inför internkontrollplan 2025 (antagen KS 2024-12-03 § 201)"
    ws2["A1"].font = Font(bold=True)
    ws2.append([])
    ws2.append(["Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Hantering"])
    for c in range(1, 6):
        ws2.cell(row=3, column=c).font = Font(bold=True)
    for rr in [
        ("Felaktig attest av fakturor", 2, 4, 8, "Kontrollmoment i IKP"),
        ("Inköp utanför avtal", 3, 3, 9, "Kontrollmoment i IKP"),
        ("Otillbörlig åtkomst till system", 2, 4, 8, "Kontrollmoment i IKP"),
        ("Bristande kompetensförsörjning", 3, 2, 6, "Hanteras i HR-plan"),
        ("Felaktig diarieföring", 2, 2, 4, "Kontrollmoment i IKP"),
    ]:
        ws2.append(list(rr))
    ws2.column_dimensions["A"].width = 40
    ws2.column_dimensions["E"].width = 28

    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – docx, prose + two tables (header repeated), process rows merged
# ---------------------------------------------------------------------------
def build_sn():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    fil = "Socialnämnden uppföljning IKP helår 2025.docx"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "KUNGSÖRA KOMMUN   Socialförvaltningen        Dnr SN 2025/14"

    d.add_heading("Uppföljning av internkontrollplan 2025 – Socialnämnden", level=1)
    p = d.add_paragraph("Bilaga 4 till verksamhetsberättelse 2025")
    p.runs[0].italic = True
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (SN 2024-12-11 § 142). "
        "Planen omfattar åtta kontrollmoment inom tre processer. Planen reviderades i juni 2025. "
        "Nedan redovisas utfallet för helåret 2025. Bedömningen anges som Utfört, Delvis utfört, "
        "Ej utfört eller Ej aktuellt.")
    d.add_heading("Resultat per kontrollmoment", level=2)

    hdr = ["Process", "Kontrollmoment", "Hur / frekvens", "Bedömning helår", "Resultat och kommentar"]
    data1 = [
        ("Myndighetsutövning IFO",),
        ("Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Stickprov 25 akter per halvår", "Utfört",
         "50 akter granskade. Ett beslut över beloppsgränsen hade fattats av handläggare utan delegation. "
         "Påminnelse om delegationsordningen har getts på APT.", "GENOMFORD", "ja"),
        ("Barn och unga",
         "Utredningstid för barnavårdsutredningar (fyra månader, 11 kap. 2 § SoL)",
         "Uttag ur verksamhetssystemet, halvår", "Delvis utfört",
         "Granskning klar för januari–juni: 7 % av utredningarna överskred fyra månader utan beslut om "
         "förlängning. Andra halvåret granskas i februari 2026.", "DELVIS", "ja"),
        ("Barn och unga",
         "Orosanmälningar – skyddsbedömning görs inom 24 timmar",
         "Stickprov 20 anmälningar per kvartal", "Utfört",
         "Samtliga anmälningar i stickproven hade skyddsbedömning inom 24 timmar.", "GENOMFORD", "nej"),
        ("Funktionsstöd LSS",),
        ("LSS",
         "LSS-beslut verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
         "Genomgång av samtliga gynnande beslut", "Ej utfört",
         "Kontrollen har inte kunnat genomföras på grund av vakans på LSS-handläggartjänsten. "
         "Den ordinarie kvartalsrapporteringen till IVO har gjorts.", "EJ_GENOMFORD", "nej"),
    ]
    data2 = [
        ("Funktionsstöd LSS (forts.)",),
        ("Personlig assistans",
         "Assistansersättning – tidsredovisningar stäms av mot beviljade timmar",
         "Samtliga ärenden med kommunal assistans, helår", "",
         "Avstämning gjord för samtliga 14 ärenden. I två ärenden hade fler timmar redovisats än beviljat; "
         "återkrav har initierats.", "GENOMFORD", "ja"),
        ("Ekonomi och administration",),
        ("Utbetalningar",
         "Utbetalningar av försörjningsstöd går till rätt mottagare (kontroll mot folkbokföring)",
         "Månatlig kontroll via SSBTEK", "Utfört",
         "Kontroll gjord varje månad. Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("Avgifter",
         "Egenavgifter för placeringar debiteras enligt beslut",
         "Stickprov", "Ej aktuellt",
         "Kontrollmomentet togs bort vid revideringen av planen (SN 2025-06-18 § 77) eftersom "
         "debiteringen flyttats till Vård- och omsorgsnämnden.", "UTGAR", "nej"),
        ("Informationssäkerhet",
         "Behörigheter i verksamhetssystemet (Lifecare) följs upp två gånger per år",
         "Behörighetslista mot bemanning", "",
         "Se bilaga 2.", "OKLAR", "nej"),
    ]

    def make_table(data):
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for row in data:
            cells = t.add_row().cells
            if len(row) == 1:
                m = cells[0].merge(cells[4])
                m.text = row[0]
                m.paragraphs[0].runs[0].bold = True
            else:
                for i in range(5):
                    cells[i].text = row[i]
                exp(fil, SN, row[1], row[5], row[6])
        widths = [Cm(3.5), Cm(6.5), Cm(4), Cm(3), Cm(8.5)]
        for r in t.rows:
            for i, c in enumerate(r.cells):
                c.width = widths[i]
        return t

    make_table(data1)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    make_table(data2)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Socialnämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit "
                    "tillräcklig. Kontrollen av LSS-beslut förs över till internkontrollplanen 2026.")
    d.add_paragraph("Kungsöra 2026-01-28")
    d.add_paragraph("Anna Berglund\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. BUN – ods, traffic-light fills T1/T2/T3, legend top right, merged Område
# ---------------------------------------------------------------------------
def build_bun():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, ParagraphProperties
    from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
    from odf.text import P
    fil = "BUN_IK-uppföljning_2025_T3.ods"
    doc = OpenDocumentSpreadsheet()

    def cellstyle(name, bg=None, bold=False, wrap=True, size=None):
        s = Style(name=name, family="table-cell")
        kw = {"border": "0.5pt solid #808080", "verticalalign": "top"}
        if wrap:
            kw["wrapoption"] = "wrap"
        if bg:
            kw["backgroundcolor"] = bg
        s.addElement(TableCellProperties(**kw))
        tkw = {}
        if bold:
            tkw["fontweight"] = "bold"
        if size:
            tkw["fontsize"] = size
        if tkw:
            s.addElement(TextProperties(**tkw))
        doc.automaticstyles.addElement(s)
        return s

    plain = cellstyle("plain")
    bold = cellstyle("bold", bg="#D9D9D9", bold=True)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    colors = {"G": "#00B050", "Y": "#FFFF00", "R": "#FF0000", "S": "#BFBFBF", "B": "#00B0F0"}
    fills = {k: cellstyle("fill" + k, bg=v) for k, v in colors.items()}

    widths = ["3.2cm", "1.0cm", "7.5cm", "3cm", "2.5cm", "1.4cm", "1.4cm", "1.4cm", "8cm", "0.6cm", "1.2cm", "4.5cm"]
    t = Table(name="Uppföljning")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def tc(val=None, style=None, rowspan=None, colspan=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if rowspan:
            kw["numberrowsspanned"] = rowspan
        if colspan:
            kw["numbercolumnsspanned"] = colspan
        if val is not None and val != "":
            kw["valuetype"] = "string"
        c = TableCell(**kw)
        if val:
            for line in str(val).split("\n"):
                c.addElement(P(text=line))
        return c

    def row(cells):
        r = TableRow()
        for c in cells:
            r.addElement(c)
        t.addElement(r)

    legend = [("Teckenförklaring", None), ("Genomförd", "G"), ("Påbörjad / delvis genomförd", "Y"),
              ("Ej genomförd", "R"), ("Ej aktuell", "S")]
    top = [
        ["BUF – Intern kontroll 2025"],
        ["Uppföljning tertial 3 (helår). Rapporteras till BUN 2026-02-18"],
        ["Barn- och utbildningsförvaltningen, Kungsöra kommun"],
        [""],
        [""],
    ]
    for i in range(5):
        cells = [tc(top[i][0], title if i == 0 else None)] + [tc() for _ in range(9)]
        lab, col = legend[i]
        if col is None:
            cells += [tc(), tc(lab, bold)]
        else:
            cells += [tc(None, fills[col]), tc(lab, plain)]
        row(cells)
    row([tc()])
    hdr = ["Område", "Nr", "Kontrollaktivitet", "Kontrollant", "Frekvens", "T1", "T2", "T3", "Iakttagelser / åtgärder"]
    row([tc(h, bold) for h in hdr])

    # (område, nr, text, kontrollant, frekvens, T1, T2, T3 (colour, text), comment, status, avv)
    data = [
        ("Ekonomi", [
            ("E1", "Leverantörsfakturor – attest och kontering (stickprov 20 per tertial)", "Ekonom", "Tertial",
             ("G", ""), ("G", ""), ("R", ""),
             "Stickprovet för T3 gjordes inte p.g.a. sjukskrivning hos ansvarig ekonom.", "EJ_GENOMFORD", "nej"),
            ("E2", "Skolpeng och interkommunal ersättning – elevlistor stäms av mot folkbokföring", "Controller", "Tertial",
             ("G", ""), ("G", ""), ("G", "OK"),
             "Två elever var felaktigt debiterade Hjälmsta kommun; rättat i december.", "GENOMFORD", "ja"),
            ("E3", "Inventarieförteckning för IT-utrustning (elevdatorer) är uppdaterad", "IT-samordnare", "Årligen",
             (None, "–"), ("Y", ""), ("Y", "Pågår"),
             "Inventering klar på 5 av 9 skolor.", "DELVIS", "nej"),
        ]),
        ("Myndighetsutövning", [
            ("M1", "Skolskjutsbeslut fattas enligt riktlinjer och delegationsordning", "Skolskjutshandläggare", "Tertial",
             ("Y", ""), ("G", ""), ("G", ""),
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("M2", "Modersmålsundervisning – beslut och debitering mellan kommuner", "Administratör", "Tertial",
             ("S", ""), ("S", ""), ("S", ""),
             "Ej aktuell 2025 – debiteringen hanteras av KS ekonomienhet.", "UTGAR", "nej"),
        ]),
        ("Elevhälsa och trygghet", [
            ("EH1", "Kränkande behandling – anmälan till huvudman inom en vecka", "Rektor", "Tertial",
             ("G", ""), ("G", ""), ("Y", ""),
             "Vårterminen granskad utan anmärkning. Genomgång av höstterminens ärenden pågår.", "DELVIS", "nej"),
            ("EH2", "Frånvaro registreras i Skolplattformen enligt rutin", "Rektor", "Tertial",
             ("G", ""), ("Y", ""), ("G", ""),
             "Tre skolor hade inte rapporterat frånvaro inom rutinens tid; påpekat till rektorerna.", "GENOMFORD", "ja"),
            ("EH3", "Utdrag ur belastningsregistret kontrolleras vid nyanställning", "HR-konsult", "Tertial",
             ("G", ""), ("G", ""), ("B", ""),
             "", "OKLAR", "nej"),
        ]),
    ]
    for omr, items in data:
        for k, it in enumerate(items):
            nr, text, kontr, frekv, t1, t2, t3, com, st, avv = it
            cells = []
            if k == 0:
                cells.append(tc(omr, plain, rowspan=len(items)))
            else:
                cells.append(CoveredTableCell())
            cells += [tc(nr, plain), tc(text, plain), tc(kontr, plain), tc(frekv, plain)]
            for col, txt in (t1, t2, t3):
                cells.append(tc(txt, fills[col] if col else plain))
            cells.append(tc(com, plain))
            row(cells)
            exp(fil, BUN, text, st, avv)
    row([tc()])
    row([tc("Upprättad av: Maria Lind, controller BUF", None, colspan=3)])
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Instruktion")
    for line in ["Instruktion för ifyllnad",
                 "Markera utfallet för varje tertial med cellfärg enligt teckenförklaringen på fliken Uppföljning.",
                 "Beskriv iakttagelser och åtgärder i kolumn I. Exempel: \"Stickprov 20 fakturor, 1 saknade attest\".",
                 "Skicka filen till ekonomienheten senast 15 januari."]:
        r = TableRow()
        c = TableCell(valuetype="string")
        c.addElement(P(text=line))
        r.addElement(c)
        t2.addElement(r)
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Gemensam överförmyndarnämnd – real .xls (xlwt), numeric codes, 2024 + 2025 columns
# ---------------------------------------------------------------------------
def build_ofn():
    import xlwt
    fil = "ÖFN Kungsöra-Hjälmsta IKP uppföljning 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    h1 = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                    "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    n = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    it = xlwt.easyxf("font: italic on; align: wrap on, vert top")

    ws.write_merge(0, 0, 0, 6, "Gemensam överförmyndarnämnd för Kungsöra och Hjälmsta kommuner", h1)
    ws.write_merge(1, 1, 0, 6, "Uppföljning av internkontrollplan – årsbokslut per 2025-12-31")
    ws.write_merge(2, 2, 0, 6, "Värdkommun: Kungsöra kommun. Rapporteras till kommunfullmäktige i Kungsöra och Hjälmsta.")
    ws.write_merge(4, 4, 4, 6,
                   "Bedömning: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, "
                   "3 = Ej genomförd, 4 = Delvis genomförd, 0 = Ej aktuellt", it)
    ws.row(4).height_mismatch = True
    ws.row(4).height = 600
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Omfattning", "Utfall 2024", "Utfall 2025", "Kommentar 2025"]
    for i, h in enumerate(hdr):
        ws.write(6, i, h, b)
    data = [
        (1, "Årsräkningar", "Årsräkningar granskas inom sex månader från inlämnandet",
         "Samtliga årsräkningar", 3, 2,
         "91 % granskade i tid, 14 ärenden överskred sex månader.", "GENOMFORD", "ja"),
        (2, "Arvoden", "Arvode till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 25 arvodesbeslut", 1, 1, "", "GENOMFORD", "nej"),
        (3, "Rekrytering", "Kontroll av belastningsregister och kreditupplysning före förordnande av ställföreträdare",
         "Samtliga nya förordnanden", 2, 4,
         "Kreditupplysning saknades i 2 av 18 nya förordnanden; rutinen ses över.", "DELVIS", "ja"),
        (4, "Spärrade medel", "Uttag från spärrade konton sker endast efter nämndens samtycke",
         "Stickprov 10 ärenden", 1, 3,
         "Ej hunnit p.g.a. omorganisation av överförmyndarenheten; flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        (5, "IT", "Behörigheter i Wärna för handläggare i båda kommunerna",
         "Behörighetslista", "–", 1, "Ny kontroll 2025.", "GENOMFORD", "nej"),
        (6, "Delegation", "Delegationsbeslut återrapporteras till nämnden",
         "Protokollgranskning", 1, "X", "", "OKLAR", "nej"),
        (7, "Ekonomi", "Fakturering av Hjälmsta kommuns andel enligt samverkansavtalet",
         "Halvårsvis", 1, 0,
         "Ej aktuellt – ny kostnadsfördelning från 2025-01-01 sker via bokslutsreglering.", "UTGAR", "nej"),
        (8, "Förteckningar", "Förteckning över huvudmannens tillgångar lämnas inom två månader",
         "Samtliga nya ärenden", 2, "", "", "SAKNAS", "nej"),
    ]
    r = 7
    for d in data:
        for i, v in enumerate(d[:7]):
            ws.write(r, i, v, c if i in (0, 4, 5) else n)
        exp(fil, OFN, d[2], d[7], d[8])
        r += 1
    ws.write(r + 1, 1, "Antal kontrollmoment:")
    ws.write(r + 1, 2, 8)
    ws.write(r + 3, 1, "Justerat av ordförande Per-Olof Nyström (Kungsöra) och vice ordförande Lena Ek (Hjälmsta)")
    for i, w in enumerate([5, 16, 45, 24, 11, 11, 55]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kungsöra Bostads AB – xlsm (converted by LibreOffice), tick-box columns
# ---------------------------------------------------------------------------
def build_kbab(tmp):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    fil = "KBAB internkontroll 2025 bokslut.xlsm"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    thin = Side(style="thin")
    br = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kungsöra Bostads AB (publ. org.nr 556xxx-1234) – Styrelsen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helårsrapport intern kontroll 2025 enligt ägardirektiv § 9"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Styrelsemöte 2026-02-12, ärende 6"
    ws["A4"] = "Markera med x i en av kolumnerna D–G."
    ws["A4"].font = Font(italic=True, size=9)
    ws["D6"] = "Status helår 2025"
    ws.merge_cells("D6:G6")
    ws["D6"].alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Riskområde", "Kontrollpunkt", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell",
           "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=i, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = br
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    for col in "DEFG":
        ws[col + "6"].fill = PatternFill("solid", fgColor="E2EFDA")
        ws[col + "6"].font = Font(bold=True)
    # marks: index 0..3 for D..G
    data = [
        (1, "Hyresintäkter", "Nya hyresavtal stäms av mot hyresdebitering i fastighetssystemet",
         {0: "x"}, "N", "", "GENOMFORD", "nej"),
        (2, "Kundfordringar", "Avskrivning av hyresfordringar beslutas enligt attestordningen",
         {0: "x"}, "J", "En avskrivning (12 tkr) saknade VD:s beslut; godkänd i efterhand.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Upphandling av entreprenader över tröskelvärdet följer LOU",
         {1: "x"}, "N", "Två av tre upphandlingar granskade, den tredje granskas i mars.", "DELVIS", "nej"),
        (4, "Underhåll", "Planerat underhåll utförs enligt underhållsplan och budget",
         {2: "x"}, "N", "Kontrollen flyttad till 2026 på grund av byte av fastighetssystem.", "EJ_GENOMFORD", "nej"),
        (5, "Jäv och bisysslor", "Bisysslor hos anställda med inköpsansvar är anmälda och prövade",
         {0: "x", 2: "x"}, "", "", "OKLAR", "nej"),
        (6, "Säkerhet", "Nyckel- och passerhantering (taggar) i bostadsområdena",
         {3: "x"}, "N", "Utgår – ersatt av digitala lås, styrelsebeslut 2025-04-24 § 7.", "UTGAR", "nej"),
        (7, "Representation", "Representation och gåvor följer bolagets policy",
         {}, "N", "Genomfört, inga avvikelser i stickprov om 15 verifikationer.", "GENOMFORD", "nej"),
        (8, "Leverantörer", "Ändring av leverantörs bankgiro verifieras med leverantören (bedrägeriförsök)",
         {0: "X"}, "J", "Ett försök till fakturabedrägeri (falskt bankgiro) stoppades i oktober.", "GENOMFORD", "ja"),
    ]
    r = 8
    for d in data:
        vals = [d[0], d[1], d[2], None, None, None, None, d[4], d[5] or None]
        for k, v in d[3].items():
            vals[3 + k] = v
        for i, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=i, value=v)
            cell.border = br
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 4 <= i <= 8 else None)
        exp(fil, KBAB, d[2], d[6], d[7])
        r += 1
    r += 2
    ws.cell(row=r, column=2, value="Kungsöra 2026-02-03")
    ws.cell(row=r + 1, column=2, value="Jonas Ahlgren, VD")
    for col, w in zip("ABCDEFGHI", [5, 18, 50, 11, 9, 12, 10, 10, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "KBAB internkontroll 2025 bokslut.xlsx")
    wb.save(src)
    soffice_convert(src, 'xlsm:Calc MS Excel 2007 VBA XML', tmp)
    shutil.move(os.path.join(tmp, "KBAB internkontroll 2025 bokslut.xlsm"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KBAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys export – CSV (Windows-1252), two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "export_stratsys_internkontroll_20260115.csv"
    lines = [
        "Rapport: Internkontroll – uppföljning kontrollmoment",
        "Urval: Kungsöra kommun; Plan: Internkontrollplan 2025; Perioder: Tertial 1 2025 – Helår 2025",
        "Exporterad: 2026-01-15 08:42 av KUNGSORA\\hannaj",
        "",
    ]
    cols = ["Organisation", "Plan", "Id", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
            "Avvikelse", "Senast ändrad"]
    lines.append(";".join(cols))
    org_tn = "Kungsöra kommun/Tekniska nämnden"
    org_kfn = "Kungsöra kommun/Kultur- och fritidsnämnden"
    P1, P2, PH = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    # control: (org, id, text, ansvarig, [(period, status, comment, avvikelse, date)], exp status, exp avv)
    ctrls = [
        (org_tn, "TN-01", "Avtalstrohet – inköp av entreprenadtjänster sker från ramavtal", "Upphandlare",
         [(P2, "Pågår enligt plan", "Första stickprovet klart.", "Nej", "2025-09-10"),
          (PH, "Slutförd", "Två inköp utanför avtal (grus, snöröjning) – dialog med beställare.", "Ja", "2026-01-09")],
         "GENOMFORD", "ja"),
        (org_tn, "TN-02", "Attest av leverantörsfakturor – beslutsattest av behörig attestant", "Ekonom TF",
         [(PH, "Slutförd", "Stickprov 40 fakturor utan anmärkning.", "Nej", "2026-01-08")],
         "GENOMFORD", "nej"),
        (org_tn, "TN-03", "Drivmedelskort – tankningar stäms av mot körjournal", "Fordonssamordnare",
         [(P1, "Ej påbörjad", "", "", "2025-05-02"),
          (P2, "Pågår enligt plan", "Avstämning påbörjad.", "Nej", "2025-09-12"),
          (PH, "Pågår med avvikelse", "Klart för 11 av 14 fordon; en tankning till privat fordon upptäckt och återbetald.",
           "Ja", "2026-01-12")],
         "DELVIS", "ja"),
        (org_tn, "TN-04", "Debitering av VA-anslutningsavgift för nyanslutna fastigheter", "VA-chef",
         [(PH, "Ej påbörjad", "Skjuts till 2026 i väntan på ny VA-taxa.", "Nej", "2026-01-07")],
         "EJ_GENOMFORD", "nej"),
        (org_tn, "TN-05", "Vinterväghållning – entreprenörens tidrapporter kontrolleras", "Gatuchef",
         [(P1, "Pågår enligt plan", "", "", "2025-04-28"),
          (PH, "Makulerad", "Beslut TN 2025-05-14 § 45: kontrollen utgår och hanteras i entreprenadavtalets uppföljning.",
           "", "2025-05-20")],
         "UTGAR", "nej"),
        (org_tn, "TN-06", "Skyddsronder enligt SAM på utomhusarbetsplatser", "Driftchef",
         [(P2, "Slutförd", "Samtliga skyddsronder gjorda, inga allvarliga brister.", "Nej", "2025-09-01"),
          (PH, "", "Slutförd under T2, se tidigare rapport.", "Nej", "2026-01-05")],
         "GENOMFORD", "nej"),
        (org_kfn, "KFN-01", "Föreningsbidrag – ansökningar kontrolleras mot medlemsregister och LOK-stöd", "Fritidskonsulent",
         [(PH, "Slutförd", "En förening hade redovisat fel antal deltagare och återbetalar 8 400 kr.", "Ja", "2026-01-13")],
         "GENOMFORD", "ja"),
        (org_kfn, "KFN-02", "Kontanthantering i kassor (simhall, bibliotek) – dagsavstämning", "Enhetschef fritid",
         [(P1, "Pågår enligt plan", "", "", "2025-04-30"),
          (P2, "Pågår enligt plan", "", "", "2025-08-29"),
          (PH, "Slutförd", "Dagsavstämningar stämmer för samtliga stickprovsdagar.", "Nej", "2026-01-10")],
         "GENOMFORD", "nej"),
        (org_kfn, "KFN-03", "Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig",
         [(PH, "Pågår enligt plan", "Bokningssystemet byttes i oktober; kontroll av kvartal 4 pågår.", "Nej", "2026-01-14")],
         "DELVIS", "nej"),
        (org_kfn, "KFN-04", "Gallring av låntagaruppgifter i bibliotekssystemet (GDPR)", "Bibliotekschef",
         [(P2, "Ej påbörjad", "", "", "2025-09-03"),
          (PH, "Ej påbörjad", "Leverantören har inte levererat gallringsfunktionen.", "Nej", "2026-01-14")],
         "EJ_GENOMFORD", "nej"),
        (org_kfn, "KFN-05", "Inventering av kommunens konstsamling", "Kulturchef",
         [(PH, "Slutförd", "Sex verk kunde inte lokaliseras; eftersökning pågår och polisanmälan övervägs.", "Ja",
           "2026-01-11")],
         "GENOMFORD", "ja"),
    ]
    nrows = 0
    for org, cid, text, ansv, periods, st, avv in ctrls:
        for per, status, com, av, dat in periods:
            vals = [org, "Internkontrollplan 2025", cid, text, ansv, per, status, com, av, dat]
            lines.append(";".join('"%s"' % v if (" " in v or "," in v or ";" in v) else v for v in vals))
            nrows += 1
        exp(fil, TN if org == org_tn else KFN, text, st, avv)
    lines.append("")
    lines.append("Antal rader: %d" % nrows)
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden – odt, free text only
# ---------------------------------------------------------------------------
def build_mbn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, Span
    fil = "MBN verksamhetsberättelse 2025 bilaga intern kontroll.odt"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    boldsp = Style(name="B", family="text")
    boldsp.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldsp)

    def para(text, label=None):
        p = P()
        if label:
            p.addElement(Span(stylename=boldsp, text=label + " "))
        p.addText(text)
        doc.text.addElement(p)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Miljö- och byggnadsnämnden"))
    para("Verksamhetsberättelse 2025 – bilaga 2: Uppföljning av intern kontroll")
    para("Nämnden fastställde sin internkontrollplan den 23 januari 2025 (§ 4). Planen innehåller sex "
         "kontrollmoment. Uppföljningen avser hela verksamhetsåret 2025 och har sammanställts av "
         "förvaltningens kvalitetssamordnare i januari 2026.")
    items = [
        ("Kontrollmoment 1 – Handläggningstid för bygglov inom tio veckor enligt PBL",
         "Uttag ur ärendesystemet av samtliga beslut om lov.",
         "Samtliga 212 beslut under året har granskats. I nio ärenden överskreds tiden, vilket har "
         "medfört reducerad avgift enligt 12 kap. 8 a § PBL. Kontrollen är genomförd.",
         "GENOMFORD", "ja"),
        ("Kontrollmoment 2 – Debitering av årliga tillsynsavgifter enligt miljöbalken",
         "Stickprov av objekt i tillsynsregistret mot fakturering.",
         "Kontrollen påbörjades i oktober men kunde inte slutföras före årsskiftet. Hittills har 40 av 120 "
         "objekt granskats utan anmärkning.",
         "DELVIS", "nej"),
        ("Kontrollmoment 3 – Delegationsbeslut anmäls till nämnden",
         "Jämförelse mellan delegationslistor och protokoll.",
         "Alla delegationsbeslut har anmälts vid närmast följande sammanträde. Inga brister.",
         "GENOMFORD", "nej"),
        ("Kontrollmoment 4 – Jäv och bisysslor hos inspektörer och bygglovshandläggare",
         "Enkät och genomgång av bisyssleanmälningar.",
         "Kontrollen har inte genomförts under 2025. Den förs över till internkontrollplanen 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Kontrollmoment 5 – Arkivering av avslutade bygglovsärenden",
         "Stickprov 20 avslutade ärenden.",
         "Se bilaga 5.",
         "OKLAR", "nej"),
        ("Kontrollmoment 6 – Strandskyddsdispenser som överprövas av länsstyrelsen",
         "Genomgång av länsstyrelsens överprövningar.",
         "Nämnden beslutade 2025-03-20 § 31 att stryka kontrollmomentet ur planen eftersom länsstyrelsen "
         "har ändrat sin granskningsrutin.",
         "UTGAR", "nej"),
    ]
    for head, metod, res, st, avv in items:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=head))
        para(metod, "Metod:")
        para(res, "Resultat:")
        exp(fil, MBN, head.split(" – ", 1)[1], st, avv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattning"))
    para("Av sex kontrollmoment har två genomförts i sin helhet och ett delvis. Ett har inte genomförts, "
         "ett har strukits efter beslut och resultatet för arkiveringen redovisas i separat bilaga. "
         "Nämnden bedömer att den interna kontrollen har varit tillräcklig.")
    para("Kungsöra den 21 januari 2026")
    para("Karin Sjöberg, förvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Vård- och omsorgsnämnden – .doc (docx converted by LibreOffice), symbols + legend
# ---------------------------------------------------------------------------
def build_von(tmp):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    fil = "VON IK uppföljning 2025.doc"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = d.add_paragraph()
    r = p.add_run("Vård- och omsorgsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delår och helår")
    d.add_paragraph("Till nämndens sammanträde 2026-02-05. Handläggare: Eva Holm, kvalitetsstrateg.")
    hdr = ["Kontrollmoment", "Metod", "Delår 31/8", "Helår 31/12", "Kommentar"]
    data = [
        ("Hemtjänst: utförda timmar i TES stäms av mot beviljade timmar innan fakturering",
         "Månadsvis avstämning, stickprov 30 brukare", "◐", "✔",
         "Avvikelse över 10 % i tre ärenden, fakturorna korrigerade.", "GENOMFORD", "ja"),
        ("Läkemedelshantering – delegeringar är aktuella och signeringslistor kompletta",
         "Genomgång på samtliga särskilda boenden", "✔", "",
         "Kontrollen gjordes i maj utan anmärkning. Ingen ny kontroll var planerad för hösten.", "GENOMFORD", "nej"),
        ("Avgiftsbeslut (maxtaxa) – inkomstuppgifter uppdateras årligen",
         "Utskick och registrering av inkomstförfrågan", "✘", "◐",
         "Utskick gjort i oktober, 60 % av svaren inkomna och registrerade.", "DELVIS", "nej"),
        ("Lex Sarah-rapporter utreds och återkopplas inom fastställd tid",
         "Genomgång av samtliga rapporter", "✔", "✔", "", "GENOMFORD", "nej"),
        ("Avvikelser enligt HSL följs upp av MAS",
         "Kvartalsvis rapport från MAS", "◐", "✘",
         "MAS-tjänsten har varit vakant sedan september.", "EJ_GENOMFORD", "nej"),
        ("Bilkörning i tjänsten – körjournaler och körkortskontroll",
         "Stickprov", "–", "–",
         "Ej aktuellt; leasingbilarna har elektronisk körjournal.", "UTGAR", "nej"),
        ("Köp av platser – fakturor från privata utförare kontrolleras mot biståndsbeslut",
         "Stickprov 20 fakturor", "◐", "○", "", "OKLAR", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in data:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        exp(fil, VON, row[0], row[5], row[6])
    widths = [Cm(7), Cm(5), Cm(2.2), Cm(2.2), Cm(8)]
    for rr in t.rows:
        for i, c in enumerate(rr.cells):
            c.width = widths[i]
    d.add_paragraph("")
    p = d.add_paragraph("Teckenförklaring: ✔ = klart   ◐ = pågår/delvis   ✘ = ej genomfört   – = ej aktuellt")
    p.runs[0].font.size = Pt(9)
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen i huvudsak fungerat, men att "
                    "uppföljningen av HSL-avvikelser behöver säkras när MAS-funktionen är bemannad igen.")
    src = os.path.join(tmp, "VON IK uppföljning 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.move(os.path.join(tmp, "VON IK uppföljning 2025.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Excel owner/lock file left by someone who had the KS file open – must be rejected
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$_Uppföljning_internkontrollplan_2025_helår.xlsx"
    user = "Hanna Johansson"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # clean earlier outputs (keep scripts and README)
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(OUT):
        if fn not in keep and os.path.isfile(os.path.join(OUT, fn)):
            os.remove(os.path.join(OUT, fn))
    tmp = tempfile.mkdtemp(prefix="r130_")
    write_register()
    build_ks()
    build_lock()
    build_sn()
    build_bun()
    build_ofn()
    build_kbab(tmp)
    build_stratsys()
    build_mbn()
    build_von(tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2], r
            f.write(";".join(r) + "\n")
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
