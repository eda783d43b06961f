#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 461 - Svenljunga kommun, delår 2025.

Small nämnder, two kommunala bolag and a förbund send handmade follow-ups of
their internkontrollplan 2025 (delår = jan-aug). Builds every file of the round
plus namnder.csv, files.csv and expected.csv, deterministically.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import re
import shutil
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
BUILD = os.path.join(HERE, "_build")
LO_PROFILE = "file:///tmp/lo-round461"
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# --------------------------------------------------------------------------
# register
# --------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Miljö- och byggnadsnämnden|Samhällsbyggnad bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Svenljunga Bostäder AB", "Svenljungabostäder|SvBo|Bostadsbolaget"),
    ("Svenljunga Vatten AB", "SVAB|Svenljunga Vatten|VA-bolaget"),
    ("Räddningstjänstförbundet Svenljunga-Tranemo", "RTF|Räddningstjänsten|Räddningstjänstförbundet|RSTF"),
]


def soffice(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fixed_core(doc, author):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 9, 10, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 12, 14, 30, 0)
    cp.revision = 2
    cp.title = ""
    cp.comments = ""


def fixed_wb(wb, author):
    import datetime
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 9, 8, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 11, 16, 0, 0)


def normalize_zip(path):
    """Rewrite a zip container (docx/xlsx/odt) with fixed timestamps so the build is reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename == "settings.xml":   # LibreOffice writes a random Rsid
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1428225", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 14, 30, 0))
            zi.external_attr = info.external_attr
            ctype = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data, compress_type=ctype)


def add(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# --------------------------------------------------------------------------
# 1. Överförmyndarnämnden - Word letter, bulleted list, bold control + sentence
# --------------------------------------------------------------------------
def file1():
    fil = "ÖFN uppföljning IK delår 2025.docx"
    namnd = "Överförmyndarnämnden"
    controls = [
        ("Granskning av inkomna årsräkningar inom fastställd tid",
         "Samtliga 142 årsräkningar för 2024 är granskade per den 31 augusti. Inga anmärkningar utöver "
         "några kompletteringar som begärts in på vanligt sätt.", "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Vi har hittills kontrollerat 30 av 85 ställföreträdare, inga avvikelser. Resten görs under hösten.",
         "DELVIS", "nej"),
        ("Uppföljning av arvoden till gode män och förvaltare mot beslut",
         "Stickprov på 15 arvodesbeslut visade att två arvoden betalats ut med fel belopp. Beloppen är "
         "återkrävda och rutinen för registrering är uppdaterad.", "GENOMFORD", "ja"),
        ("Kontroll av överförmyndarspärr på bankkonton för omyndiga",
         "Har inte hunnits med på grund av sjukskrivning på enheten. Flyttas till hösten.",
         "EJ_GENOMFORD", ""),
        ("Handläggningstid för ansökningar om god man",
         "Ej påbörjad, mäts i samband med helårsuppföljningen.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna handlingar",
         "Se bifogad sammanställning från kansliet.", "OKLAR", ""),
    ]
    d = Document()
    fixed_core(d, "Anna Berglund")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("SVENLJUNGA KOMMUN")
    r.bold = True
    d.add_paragraph("Överförmyndarnämnden")
    p = d.add_paragraph("Datum: 2025-09-12")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Ekonomiavdelningen, Anders Holm")
    d.add_paragraph("")
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – delår")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Här kommer överförmyndarnämndens uppföljning av den interna kontrollen för perioden "
        "januari–augusti 2025. Nämnden har sex kontroller i planen och vi har gjort följande:")
    for km, txt, _, _ in controls:
        p = d.add_paragraph(style="List Bullet")
        r = p.add_run(km + ":")
        r.bold = True
        p.add_run(" " + txt)
    d.add_paragraph("")
    d.add_paragraph(
        "Uppföljningen anmäls till nämnden på sammanträdet den 24 september. Hör av dig om något är oklart!")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Anna Berglund\nNämndsekreterare, Överförmyndarnämnden\n0325-181 00")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, [(c[0], c[2], c[3]) for c in controls])


# --------------------------------------------------------------------------
# 2. Kultur- och fritidsnämnden - docx, two-column table Kontroll | Kommentar
# --------------------------------------------------------------------------
def file2():
    fil = "Kultur och fritid - intern kontroll delår 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    groups = [
        ("Bidrag", [
            ("Kontroll att föreningsbidrag betalas ut enligt gällande riktlinjer",
             "Genomgång av alla 38 ansökningar om aktivitetsstöd för våren 2025. Allt var enligt riktlinjerna.",
             "GENOMFORD", "nej"),
            ("Anläggningsbidrag – föreningarna har lämnat verksamhetsberättelse och årsbokslut",
             "Fem föreningar har inte lämnat in verksamhetsberättelse. Påminnelse är skickad och bidraget "
             "hålls inne tills handlingarna kommit in.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Hantering av kontanter och dagskassa i simhallen",
             "Kassainventering gjord i mars och juni. I juni saknades 350 kr, det är utrett och "
             "rapporterat till ekonomichefen.", "GENOMFORD", "ja"),
            ("Attest av leverantörsfakturor enligt attestordningen", "", "SAKNAS", ""),
            ("Avgifter för uthyrning av lokaler och anläggningar debiteras enligt taxa",
             "Pågår. Bokningarna för januari–april är genomgångna, maj–augusti återstår.", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Utdrag ur belastningsregistret för ledare på sommarlovsaktiviteter",
             "Utdrag begärdes in för alla 22 ledare innan start i juni. Alla ok.", "GENOMFORD", "nej"),
            ("Inventering av konst i kommunens lokaler",
             "Utgår 2025 enligt nämndens beslut 2025-04-15 (§ 31). Görs 2026 istället.", "UTGAR", ""),
            ("Gallring av personuppgifter i bibliotekets lånesystem",
             "Ja, gjort.", "GENOMFORD", ""),
        ]),
    ]
    d = Document()
    fixed_core(d, "Lina Sjöberg")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    h = d.add_paragraph()
    r = h.add_run("Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning intern kontroll – delår 2025 (jan–aug)")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Kontrollerna i nämndens internkontrollplan 2025 och vad som gjorts hittills under året.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Kontroll"
    t.rows[0].cells[1].text = "Kommentar"
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    rows = []
    for g, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        m.text = g
        m.paragraphs[0].runs[0].bold = True
        m.paragraphs[0].runs[0].italic = True
        for km, kom, stt, av in items:
            row = t.add_row()
            row.cells[0].text = km
            row.cells[1].text = kom
            rows.append((km, stt, av))
    for row in t.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(9.0)
    d.add_paragraph("")
    d.add_paragraph("Sammantaget bedömer förvaltningen att den interna kontrollen hittills under året är tillräcklig.")
    d.add_paragraph("Svenljunga 2025-09-09\nLina Sjöberg, förvaltningschef kultur och fritid")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, rows)


# --------------------------------------------------------------------------
# 3. Bygg- och miljönämnden - xlsx, comments only, merged process cells
# --------------------------------------------------------------------------
def file3():
    fil = "BMN internkontroll 2025 delår.xlsx"
    namnd = "Bygg- och miljönämnden"
    data = [
        ("Bygglov", [
            ("Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef", "Tertialvis",
             "Snitt 6,2 veckor. 3 av 118 ärenden gick över 10 veckor,\navgiften reducerades enligt PBL.",
             "GENOMFORD", "ja"),
            ("Debitering av bygglovsavgift enligt taxa", "Bygglovshandläggare", "Halvår",
             "Stickprov 20 ärenden, samtliga rätt debiterade.", "GENOMFORD", "nej"),
        ]),
        ("Tillsyn", [
            ("Uppföljning av tillsynsplan för livsmedelskontroll", "Miljöchef", "Tertialvis",
             "58 av planerade 95 kontroller utförda. Ligger lite efter men räknar med att komma ikapp under hösten.",
             "DELVIS", ""),
            ("Fakturering av timavgift för tillsyn enligt miljöbalken", "Administratör", "Helår",
             None, "SAKNAS", ""),
            ("Registrering av inventerade enskilda avlopp i verksamhetssystemet", "Miljöinspektör", "Löpande",
             "Inte påbörjat – systembytet har försenat detta.", "EJ_GENOMFORD", ""),
        ]),
        ("Administration", [
            ("Diarieföring och arkivering av avslutade bygglovsärenden", "Nämndsekreterare", "Halvår",
             "Klart. Några ärenden saknade slutbesked i diariet – rättat.", "GENOMFORD", "ja"),
            ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Varje sammanträde",
             "Anmäls på varje sammanträde, inga brister.", "GENOMFORD", "nej"),
            ("Inventering av bisysslor hos handläggare", "Förvaltningschef", "Vartannat år",
             "Ej aktuellt i år, gjordes 2024.", "UTGAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fixed_wb(wb, "Jonas Ek")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Bygg- och miljöförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (t.o.m. 31/8)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Antagen av nämnden 2024-12-12 § 98"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Kommentar delår"]
    thin = Side(style="thin")
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = b
    r = 6
    nr = 1
    rows = []
    for proc, items in data:
        start = r
        for km, ans, frek, kom, stt, av in items:
            ws.cell(row=r, column=1, value=nr)
            ws.cell(row=r, column=2, value=proc)
            ws.cell(row=r, column=3, value=km)
            ws.cell(row=r, column=4, value=ans)
            ws.cell(row=r, column=5, value=frek)
            ws.cell(row=r, column=6, value=kom)
            for col in range(1, 7):
                ws.cell(row=r, column=col).border = b
                ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
            rows.append((km, stt, av))
            r += 1
            nr += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=r + 1, column=1, value="Uppföljningen redovisas för nämnden 2025-09-25.")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEF", [5, 16, 48, 20, 16, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, rows)


# --------------------------------------------------------------------------
# 4. Räddningstjänstförbundet - .xls, status T1 and status delår side by side
# --------------------------------------------------------------------------
def file4():
    fil = "RTF IK-plan 2025 uppf T1 o delår.xls"
    namnd = "Räddningstjänstförbundet Svenljunga-Tranemo"
    data = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor/tertial",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Fakturering av onödiga automatlarm", "Larmlista jämförs mot utställda fakturor",
         "Delvis", "Genomförd", "4 larm hade inte fakturerats, fakturerade i efterhand i juli.", "GENOMFORD", "ja"),
        ("Personal", "Deltidsbrandmän har genomfört årligt fystest", "Lista från övningsansvarig",
         "Ej genomförd", "Delvis", "31 av 40 klara, resterande i september.", "DELVIS", ""),
        ("Personal", "Rökdykarnas medicinska kontroller är giltiga", "Kontroll mot register",
         "Genomförd", "", "", "GENOMFORD", ""),
        ("Tillsyn", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "Uppföljning i verksamhetssystem",
         "Delvis", "Delvis", "42 av 70 planerade tillsyner gjorda.", "DELVIS", ""),
        ("Fordon och materiel", "Besiktning och service av fordon enligt serviceplan", "Genomgång av servicelogg",
         "", "Genomförd", "Höjdfordonet missade besiktningen i juni och fick körförbud, ombesiktigat i augusti.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Behörigheter i insatsrapporteringssystemet ses över", "Behörighetslista",
         "", "Utgår", "Systemet byts ut hösten 2025, kontrollen flyttas till 2026.", "UTGAR", ""),
    ]
    # xlwt cannot write a non-ASCII print header under Python 3, so the sheet is built with
    # openpyxl and saved as .xls (BIFF8) by LibreOffice.
    wb = openpyxl.Workbook()
    fixed_wb(wb, "Karin Nyström")
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Räddningstjänstförbundet Svenljunga-Tranemo"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P"
    thin = Side(style="thin")
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Räddningstjänstförbundet Svenljunga-Tranemo"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning tertial 1 och delår (jan–aug)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Förbundsdirektionen 2025-09-19"
    heads = ["Område", "Kontrollmoment", "Metod", "Status T1", "Status delår", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = b
        c.alignment = Alignment(wrap_text=True)
    rows = []
    for j, (omr, km, met, t1, dl, kom, stt, av) in enumerate(data):
        r = 6 + j
        for i, v in enumerate([omr, km, met, t1, dl, kom], 1):
            c = ws.cell(row=r, column=i, value=v if v else None)
            c.border = b
            c.alignment = Alignment(wrap_text=True, vertical="top")
        rows.append((km, stt, av))
    r = 6 + len(data) + 1
    ws.cell(row=r, column=1,
            value="Statusvärden: Genomförd / Delvis / Ej genomförd / Utgår. Tom ruta = ej följd upp den perioden.")
    ws.cell(row=r + 1, column=1, value="Ansvarig för sammanställning: Karin Nyström, förbundsekonom")
    for col, w in zip("ABCDEF", [20, 45, 32, 13, 13, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(BUILD, "rtf.xlsx")
    wb.save(src)
    soffice(src, "xls", BUILD)
    shutil.move(os.path.join(BUILD, "rtf.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, rows)


# --------------------------------------------------------------------------
# 5. Svenljunga Bostäder AB - .odt, bolag named only in the heading
# --------------------------------------------------------------------------
def file5():
    fil = "Uppföljning intern kontroll aug 2025.odt"
    namnd = "Svenljunga Bostäder AB"
    data = [
        ("Hyresadministration", "Hyresavier efter hyreshöjningen 2025 stämmer mot förhandlat utfall", "Ja",
         "Kontrollerat 40 lägenheter, rätt hyra på alla.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresskulder äldre än 60 dagar lämnas till inkasso", "Ja",
         "Två ärenden hade legat kvar för länge, överlämnades i juni.", "GENOMFORD", "ja"),
        ("Inköp", "Inköp över direktupphandlingsgränsen har föregåtts av upphandling", "Delvis",
         "Genomgång av ramavtalen pågår.", "DELVIS", ""),
        ("Inköp", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Ja", "",
         "GENOMFORD", ""),
        ("Fastighet", "Lagstadgade besiktningar (OVK, hissar) utförs i tid", "Nej",
         "Hinns inte före delår, görs i oktober.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Borttappade nyckeltaggar spärras i låssystemet", "Ja",
         "Alla anmälda borttappade taggar spärrades samma dag.", "GENOMFORD", "nej"),
        ("IT", "Behörigheter i fastighetssystemet tas bort för personal som slutat", "",
         "Se bilaga från IT-leverantören.", "OKLAR", ""),
    ]
    d = Document()
    fixed_core(d, "Peter Lindqvist")
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Svenljungabostäder – intern kontroll 2025", level=1)
    d.add_paragraph("Uppföljning per den 31 augusti 2025")
    d.add_paragraph(
        "Styrelsen antog bolagets internkontrollplan i februari. Nedan en kort genomgång av vad som "
        "kontrollerats under årets första åtta månader. Utfört = Ja, Nej eller Delvis.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Utfört", "Notering"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    rows = []
    for omr, km, utf, note, stt, av in data:
        row = t.add_row()
        for i, v in enumerate([omr, km, utf, note]):
            row.cells[i].text = v
        rows.append((km, stt, av))
    d.add_paragraph("")
    d.add_paragraph("Styrelsen har tagit del av uppföljningen vid sammanträdet 2025-09-18.")
    d.add_paragraph("Peter Lindqvist\nVD")
    src = os.path.join(BUILD, "svbo.docx")
    d.save(src)
    soffice(src, "odt", BUILD)
    shutil.move(os.path.join(BUILD, "svbo.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, rows)


# --------------------------------------------------------------------------
# 6. Svenljunga Vatten AB - xlsx, bolag only in file name, inconsistent status words
# --------------------------------------------------------------------------
def file6():
    fil = "Svenljunga Vatten - IK aug 2025.xlsx"
    namnd = "Svenljunga Vatten AB"
    data = [
        ("Provtagning av dricksvatten enligt kontrollprogrammet", "Driftchef", "genomförd",
         "Alla prover tjänliga.", "GENOMFORD", "nej"),
        ("Avläsning av vattenmätare och fakturering av förbrukning", "Kundtjänst", "Genomfört",
         "12 mätare hade inte lästs av och fick schablondebitering, rättat i juli.", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor", "Ekonomi", "klar", None, "GENOMFORD", ""),
        ("Rutin för larmhantering vid driftstörning testas", "Driftchef", "påbörjad",
         "Testat på två av fem verk.", "DELVIS", ""),
        ("Inventering av reservdelslager", "Förråd", "ej startad", None, "EJ_GENOMFORD", ""),
        ("Anslutningsavgifter debiteras enligt VA-taxan", "Ekonomi", "pågår",
         "Stickprov på nya anslutningar 2025", "DELVIS", ""),
        ("Behörigheter i styrsystemet (SCADA) ses över", "IT-samordnare", "inte gjord",
         "Flyttas till nästa år", "EJ_GENOMFORD", ""),
        ("Skyddsrond och egenkontroll av arbetsmiljön på reningsverket", "Skyddsombud", "Klar",
         "Skyddsrond i maj, två brister hittades och är åtgärdade.", "GENOMFORD", "ja"),
        ("Entreprenörer följer avtalade villkor för grävarbeten", "VD", None,
         "Inte gjort än, görs i november.", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fixed_wb(wb, "Maria Dahl")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: jan-aug"
    heads = ["Kontroll", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
    rows = []
    for j, (km, ans, stt_w, kom, stt, av) in enumerate(data):
        r = 5 + j
        ws.cell(row=r, column=1, value=km)
        ws.cell(row=r, column=2, value=ans)
        ws.cell(row=r, column=3, value=stt_w)
        ws.cell(row=r, column=4, value=kom)
        rows.append((km, stt, av))
    for col, w in zip("ABCD", [55, 16, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, rows)


# --------------------------------------------------------------------------
# 7. Valnämnden - .doc letter, numbered list, comment in an indented paragraph
# --------------------------------------------------------------------------
def file7():
    fil = "Valnämnden delår 2025 internkontroll.doc"
    namnd = "Valnämnden"
    data = [
        ("Säkerhetsgenomgång av vallokaler och förtidsröstningslokaler inför valet 2026",
         "Inventeringen av kommunens 14 lokaler har påbörjats, 9 är besökta. Resten besöks i september.",
         "DELVIS", ""),
        ("Rutin för förvaring av valsedlar och valmaterial",
         "Rutinen gicks igenom och uppdaterades i maj. Ett förråd saknade lås, det är nu åtgärdat.",
         "GENOMFORD", "ja"),
        ("Rekrytering och utbildning av röstmottagare enligt plan",
         "Ej påbörjad. Rekryteringen startar i januari 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av att nämndens beslut verkställs",
         "Genomförd utan anmärkning, samtliga beslut från våren är verkställda.", "GENOMFORD", "nej"),
    ]
    d = Document()
    fixed_core(d, "Erik Ström")
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("Valnämnden – Svenljunga kommun")
    r.bold = True
    d.add_paragraph("2025-09-05")
    p = d.add_paragraph()
    r = p.add_run("Valnämndens uppföljning av intern kontroll, delårsrapport 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Valnämnden har i sin internkontrollplan för 2025 fyra kontrollmoment. Nedan redovisas hur de har "
        "följts upp under perioden januari–augusti 2025.")
    rows = []
    for km, kom, stt, av in data:
        d.add_paragraph(km, style="List Number")
        p = d.add_paragraph(kom)
        p.paragraph_format.left_indent = Cm(1.27)
        rows.append((km, stt, av))
    d.add_paragraph("")
    d.add_paragraph("Valnämnden bedömer att den interna kontrollen fungerar tillfredsställande.")
    d.add_paragraph("Erik Ström\nValsamordnare")
    src = os.path.join(BUILD, "valn.docx")
    d.save(src)
    soffice(src, "doc", BUILD)
    shutil.move(os.path.join(BUILD, "valn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))
    add(fil, namnd, rows)


# --------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) for KFN's delårsrapport, no follow-up in it
# --------------------------------------------------------------------------
def file8():
    fil = "Missiv delårsrapport 2025 KFN.docx"
    d = Document()
    fixed_core(d, "Lina Sjöberg")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Tjänsteskrivelse")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Kultur- och fritidsnämnden\nDnr KFN 2025/41\n2025-09-09")
    p = d.add_paragraph()
    r = p.add_run("Delårsrapport januari–augusti 2025 för kultur- och fritidsnämnden")
    r.bold = True
    d.add_paragraph("Förslag till beslut")
    d.add_paragraph("Kultur- och fritidsnämnden godkänner delårsrapporten för perioden januari–augusti 2025 "
                    "och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Sammanfattning")
    d.add_paragraph(
        "Nämnden redovisar ett överskott på 0,6 mnkr för perioden och prognosen för helåret är ett "
        "resultat i balans. Intäkterna från simhallen är högre än budgeterat medan kostnaderna för "
        "föreningsbidrag ligger något över plan. Besöksantalet på biblioteken har ökat med 8 procent "
        "jämfört med samma period 2024.")
    d.add_paragraph(
        "Uppföljningen av nämndens internkontrollplan 2025 redovisas i ett separat dokument och "
        "bifogas inte denna skrivelse.")
    d.add_paragraph("Beslutsunderlag")
    d.add_paragraph("Delårsrapport 2025 kultur- och fritidsnämnden\nTjänsteskrivelse 2025-09-09")
    d.add_paragraph("Lina Sjöberg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(OUT):
        p = os.path.join(OUT, fn)
        if fn not in keep and os.path.isfile(p):
            os.remove(p)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    for fn in (file1, file2, file3, file4, file5, file6, file7, file8):
        fn()
    shutil.rmtree(BUILD)
    for fil, *_ in FILES:
        if fil.endswith((".docx", ".xlsx", ".odt")):
            normalize_zip(os.path.join(OUT, fil))
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
