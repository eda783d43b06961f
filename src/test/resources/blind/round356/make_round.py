#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r356 - Norrbyås kommun, inbox for tertial 1 2025.

Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; writes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round356"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Gemensamma lönenämnden Norrbyås–Lerbäck",
     "Lönenämnden|Gemensamma lönenämnden|Gemensam lönenämnd|GLN|Lönecenter Norrbyås–Lerbäck"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Norrbyås Bostäder AB", "NBAB|Norrbyåshem|Norrbyås Bostäder"),
    ("Norrbyås Energi AB", "NEAB|Norrbyås Energi|Norrbyås Energi & Vatten"),
]


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_xlsx_props(wb):
    wb.properties.creator = "Norrbyås kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_docx_props(d):
    cp = d.core_properties
    cp.author = "Norrbyås kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Norrbyås kommun"
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


# =====================================================================
# F1  Kommunstyrelsen - plain xlsx, title rows, status words, summary row
# =====================================================================
def f1():
    fil = "Uppföljning IK T1 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Norrbyås kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Period:"
    ws["B4"] = "Tertial 1 (januari–april)"
    for c in ("A3", "A4"):
        ws[c].font = Font(bold=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollfrekvens", "Ansvarig", "Status T1", "Kommentar"]
    r0 = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertialvis", "Ekonomichef",
         "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation följer riktlinjen för representation och gåvor", "Halvår",
         "Controller", "Ej påbörjad", "Görs i samband med delårsbokslutet.", "EJ_GENOMFORD", ""),
        ("Upphandling", "Kontroll att direktupphandlingar över 100 tkr\ndokumenteras enligt riktlinjen",
         "Tertialvis", "Upphandlingssamordnare", "Genomförd med anmärkning",
         "2 av 10 direktupphandlingar saknade dokumentation. Påminnelse skickad till berörda chefer.",
         "GENOMFORD", "ja"),
        ("Personal", "Kontroll av att bisysslor har anmälts och prövats", "Årligen", "HR-chef",
         "Pågår", "Enkät utskickad till samtliga chefer i mars, svar inväntas.", "DELVIS", ""),
        ("Personal", "Behörigheter i lönesystemet stäms av mot aktuella anställningar", "Tertialvis",
         "HR-chef", "Genomförd", "Tre konton för avslutade anställningar fanns kvar och har spärrats.",
         "GENOMFORD", "ja"),
        ("IT och informationssäkerhet", "Avslutade användarkonton tas bort inom 30 dagar efter avslutad anställning",
         "Halvår", "IT-chef", "", "", "SAKNAS", ""),
        ("Ärendehantering", "Allmänna handlingar diarieförs inom fastställd tid", "Tertialvis", "Kanslichef",
         "Delvis genomförd", "Stickprov gjort för januari–februari, mars–april återstår.", "DELVIS", ""),
        ("Säkerhet", "Uppdatering av kommunens krisledningsplan", "Årligen", "Säkerhetssamordnare",
         "Utgår", "Ersätts av ny plan för civilt försvar, beslut KS 2025-02-18 § 23.", "UTGAR", ""),
        ("Ekonomi", "Avstämning av kommunens bankkonton mot huvudboken", "Månadsvis", "Redovisningsansvarig",
         "Genomförd", "Avstämt jan–apr, inga differenser.", "GENOMFORD", "nej"),
    ]
    for i, (proc, km, frek, ansv, st, kom, est, eav) in enumerate(rows, 1):
        r = r0 + i
        vals = [i, proc, km, frek, ansv, st, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, N, km, est, eav)
    r = r0 + len(rows) + 2
    ws.cell(r, 1, "Sammanfattning: 4 av 9 kontroller genomförda under tertial 1.").font = Font(italic=True)
    ws.cell(r + 1, 1, "Upprättad 2025-05-12 av Karin Lund, controller")
    widths = [5, 22, 50, 14, 22, 22, 55]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =====================================================================
# F2  BUN - docx, one table, merged process heading rows, code legend after table
# =====================================================================
def f2():
    fil = "BUN_IK_uppfoljning_T1_2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_docx_props(d)
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Norrbyås kommun\tBarn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). Nedan redovisas "
        "resultatet av de kontroller som har genomförts under perioden januari–april. Kontroller som "
        "enligt planen ska utföras senare under året redovisas vid delårs- respektive helårsuppföljningen.")
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat T1", "Status"]
    groups = [
        ("Ekonomi", [
            ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Controller", "Samtliga kontrollerade fakturor var korrekt attesterade.",
             "G", "GENOMFORD", "nej"),
            ("Skolskjuts", "Kontroll av skolskjutskostnader mot gällande avtal",
             "Genomgång av fakturor jan–mars", "Skolskjutssamordnare",
             "Två fakturor med fel timpris. Kreditering har begärts från entreprenören.",
             "GA", "GENOMFORD", "ja"),
            ("Avgifter", "Intäkter för barnomsorgsavgifter stäms av mot placeringar",
             "Månadsvis avstämning", "Avgiftshandläggare",
             "Avstämning januari–mars gjord, april återstår.", "D", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling", "Anmälan om kränkande behandling rapporteras till huvudman inom fastställd tid",
             "Genomgång av ärenden i ärendesystemet", "Rektorer", "Genomgång planerad till oktober.",
             "E", "EJ_GENOMFORD", ""),
            ("Frånvaro", "Kontakt med vårdnadshavare samma dag vid ogiltig frånvaro",
             "Stickprov på två skolor", "Verksamhetschef grundskola", "", "", "SAKNAS", ""),
            ("Rekrytering", "Registerkontroll vid anställning i förskola och skola",
             "Stickprov nyanställda", "HR-partner",
             "Kontrollerat 12 nyanställningar, utdrag ur belastningsregistret fanns i samtliga fall.",
             "G", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("Arbetsmiljö", "Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
             "Sammanställning från enheterna", "Förvaltningschef",
             "Kontrollen utgår 2025 enligt beslut BUN 2025-03-20 § 31.", "U", "UTGAR", ""),
            ("Lön", "Löneutbetalning till timavlönade stäms av mot tidrapporter",
             "Stickprov", "Lönecontroller", "Se bilaga 2.", "", "OKLAR", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    r = 1
    for gname, items in groups:
        m = t.cell(r, 0).merge(t.cell(r, len(hdr) - 1))
        set_cell(m, gname, bold=True)
        shade(m, "F2F2F2")
        r += 1
        for proc, km, met, ansv, res, st, est, eav in items:
            for j, v in enumerate([proc, km, met, ansv, res, st]):
                set_cell(t.cell(r, j), v)
            exp(fil, N, km, est, eav)
            r += 1
    d.add_paragraph()
    d.add_paragraph("Teckenförklaring status: G = Genomförd utan avvikelse, GA = Genomförd med avvikelse, "
                    "D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår").runs[0].italic = True
    d.add_paragraph("Bilaga 2: Sammanställning löneutbetalningar timavlönade (skickas separat).")
    d.add_paragraph("Norrbyås 2025-05-09\nPer Sjöberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =====================================================================
# F3  Socialnämnden - .xls (xlwt), periods side by side, symbol legend
# =====================================================================
def f3():
    fil = "Socialnämnden internkontroll 2025.xls"
    N = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    title = xlwt.easyxf("font: bold on, height 280")
    norm = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    cen = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Socialnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", xlwt.easyxf("font: bold on"))
    ws.write(2, 0, "Status: ✓ = genomförd   ◑ = pågår/delvis genomförd   ✗ = ej genomförd   – = utgår")
    # two header rows
    ws.write_merge(4, 5, 0, 0, "Process", bold)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", bold)
    ws.write_merge(4, 5, 2, 2, "Ansvarig", bold)
    ws.write_merge(4, 5, 3, 3, "Tidpunkt", bold)
    ws.write_merge(4, 4, 4, 5, "Tertial 1", bold)
    ws.write_merge(4, 4, 6, 7, "Tertial 2", bold)
    ws.write_merge(4, 4, 8, 9, "Helår", bold)
    for j in (4, 6, 8):
        ws.write(5, j, "Status", bold)
        ws.write(5, j + 1, "Kommentar", bold)
    rows = [
        ("Ekonomiskt bistånd", "Handläggning av ansökan om ekonomiskt bistånd sker inom 14 dagar",
         "Enhetschef IFO vuxen", "Varje tertial", "✓", "Stickprov 15 ärenden, samtliga inom tid.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut",
         "Enhetschef IFO vuxen", "Varje tertial", "✓",
         "Ett ärende med dubbel utbetalning upptäcktes, återkrav upprättat.", "GENOMFORD", "ja"),
        ("Kvalitet", "Anmälningar enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Kvalitetsutvecklare", "T2", "", "", "SAKNAS", ""),
        ("Hemtjänst", "Genomförandeplaner inom hemtjänsten är upprättade och uppdaterade",
         "Enhetschef hemtjänst", "Varje tertial", "◑", "Två av fyra hemtjänstgrupper granskade.", "DELVIS", ""),
        ("Avgifter", "Avgifter inom äldreomsorgen debiteras enligt beslut",
         "Avgiftshandläggare", "Helår", "", "Genomförs i november.", "EJ_GENOMFORD", ""),
        ("Myndighetsutövning", "Beslut om bistånd enligt SoL följs upp minst en gång per år",
         "Enhetschef biståndsenheten", "T1 och T3", "✗",
         "Ej genomförd p.g.a. vakanser, flyttas till T2.", "EJ_GENOMFORD", ""),
        ("Särskilt boende", "Hantering av brukares privata medel på särskilt boende",
         "Enhetschef SÄBO", "Varje tertial", "✓", "Kassaböckerna stämmer på samtliga boenden.", "GENOMFORD", "nej"),
        ("Barn och familj", "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och familj", "Varje tertial", "–",
         "Utgår – området granskas i IVO:s tillsyn 2025.", "UTGAR", ""),
        ("Placeringar", "Avtalstrohet vid köp av HVB-placeringar",
         "Enhetschef IFO", "Helår", "", "", "SAKNAS", ""),
    ]
    for i, (proc, km, ansv, tid, st, kom, est, eav) in enumerate(rows):
        r = 6 + i
        ws.write(r, 0, proc, norm)
        ws.write(r, 1, km, norm)
        ws.write(r, 2, ansv, norm)
        ws.write(r, 3, tid, norm)
        ws.write(r, 4, st, cen)
        ws.write(r, 5, kom, norm)
        for j in range(6, 10):
            ws.write(r, j, "", norm)
        exp(fil, N, km, est, eav)
    widths = [18, 45, 22, 12, 7, 40, 7, 30, 7, 30]
    for j, w in enumerate(widths):
        ws.col(j).width = w * 256
    ws.write(6 + len(rows) + 1, 0, "Rapporterad till socialnämnden 2025-05-21")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =====================================================================
# F4  Stratsys-like CSV export, two nämnder (SBN + KFN)
# =====================================================================
def f4():
    fil = "Stratsys_export_internkontroll_T1_2025.csv"
    SBN = "Samhällsbyggnadsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Period", "Status",
           "Avvikelse", "Kommentar"]
    org_s = "Norrbyås kommun/Samhällsbyggnadsnämnden"
    org_k = "Norrbyås kommun/Kultur- och fritidsnämnden"
    rows = [
        (org_s, SBN, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Tertial",
         "Bygglovschef", "Genomförd", "Nej", "Samtliga 34 ärenden avgjorda inom tid.", "GENOMFORD", "nej"),
        (org_s, SBN, "Bygglov", "Fakturering av bygglovsavgifter sker enligt gällande taxa", "Tertial",
         "Administratör", "Genomförd", "Ja", "3 av 20 fakturor hade fel taxa,\nkorrigerade i april.",
         "GENOMFORD", "ja"),
        (org_s, SBN, "VA", "Kontroll av att VA-anslutningsavgifter debiteras vid nyanslutning", "Tertial",
         "VA-chef", "Pågående", "", "Avstämning mot nyanslutningar pågår.", "DELVIS", ""),
        (org_s, SBN, "Miljö och hälsa", "Tillsyn av livsmedelsverksamheter genomförs enligt kontrollplan",
         "Halvår", "Miljöchef", "Ej påbörjad", "", "Planerad till tertial 2.", "EJ_GENOMFORD", ""),
        (org_s, SBN, "Investeringar", "ÄTA-arbeten i entreprenader är beställda skriftligt", "Halvår",
         "Projektledare", "Utgår", "", "Inga pågående entreprenader under 2025.", "UTGAR", ""),
        (org_s, SBN, "Investeringar", "Avstämning av anläggningsregister mot aktiverade investeringar",
         "Helår", "Controller", "", "", "", "SAKNAS", ""),
        (org_k, KFN, "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt beslutade regler",
         "Tertial", "Fritidskonsulent", "Genomförd", "Nej", "Stickprov 10 utbetalningar.", "GENOMFORD", "nej"),
        (org_k, KFN, "Kontanthantering", "Kontantkassor i simhall och bibliotek stäms av", "Tertial",
         "Enhetschef fritid", "Genomförd", "Ja", "Kassadifferens 450 kr i simhallen, rutinen förtydligad.",
         "GENOMFORD", "ja"),
        (org_k, KFN, "Uthyrning", "Uthyrning av lokaler debiteras enligt bokningssystemet", "Tertial",
         "Bokningsansvarig", "Ej genomförd", "",
         "Bokningssystemet byts under våren, kontrollen skjuts till tertial 2.", "EJ_GENOMFORD", ""),
        (org_k, KFN, "Inventarier", "Inventering av inventarier i kulturhuset", "Helår",
         "Kulturhuschef", "Pågående", "", "", "DELVIS", ""),
        (org_k, KFN, "Föreningsbidrag", "Föreningarnas medlemsuppgifter är verifierade", "Helår",
         "Fritidskonsulent", "Ej påbörjad", "", "Görs i samband med höstens bidragsansökan.",
         "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Rapport: Internkontroll - uppföljning;;;;;;;;\r\n")
        fh.write("Utskriven 2025-05-08 10:14 av anna.berg;;;;;;;;\r\n")
        fh.write(";;;;;;;;\r\n")
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, n, proc, km, frek, ansv, st, av, kom, est, eav in rows:
            w.writerow([org, proc, km, frek, ansv, "Tertial 1 2025", st, av, kom])
            exp(fil, n, km, est, eav)
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))


# =====================================================================
# F5  Gemensamma lönenämnden - ODT, text only
# =====================================================================
def f5():
    fil = "Lönenämnden uppföljning intern kontroll T1 2025.odt"
    N = "Gemensamma lönenämnden Norrbyås–Lerbäck"
    doc = OpenDocumentText()
    hs = Style(name="Heading 1", family="paragraph")
    hs.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    bs = Style(name="Bold", family="text")
    bs.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(hs)
    doc.styles.addElement(h2)
    doc.automaticstyles.addElement(bs)

    def para(label, text):
        p = P()
        if label:
            p.addElement(Span(stylename=bs, text=label + " "))
        p.addText(text)
        doc.text.addElement(p)

    doc.text.addElement(H(outlinelevel=1, stylename=hs,
                          text="Gemensamma lönenämnden Norrbyås–Lerbäck"))
    para("", "Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)")
    para("", "Lönenämnden är gemensam för Norrbyås kommun och Lerbäcks kommun. Norrbyås kommun är "
             "värdkommun och nämnden ingår i Norrbyås kommuns organisation. Uppföljningen omfattar "
             "lönecentrets hantering för båda kommunerna.")
    controls = [
        ("Registrering av nyanställdas löneuppgifter kontrolleras mot anställningsavtal",
         "Stickprov på 20 nyanställningar, tio i varje kommun. I två fall var fel lönearter "
         "registrerade, vilket rättades innan utbetalning.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Förändringar av fasta lönetillägg är attesterade av behörig chef",
         "Samtliga 15 kontrollerade förändringar var attesterade. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Semesterlöneskulden stäms av mot semestersaldon i lönesystemet",
         "Kontrollen genomförs i samband med delårsbokslutet per 31 augusti.",
         "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Arvoden till förtroendevalda i båda kommunerna kontrolleras mot närvarolistor",
         "Granskning av januari och februari är klar, mars och april återstår.",
         "Delvis genomförd", "DELVIS", ""),
        ("Behörigheter i lönesystemet ses över",
         "Genomgång gjord 2025-04-15. Fyra behörigheter togs bort för personal som bytt tjänst.",
         "Genomförd", "GENOMFORD", "ja"),
    ]
    for i, (km, res, bed, est, eav) in enumerate(controls, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Kontroll %d" % i))
        para("Kontrollmoment:", km)
        para("Resultat:", res)
        para("Bedömning:", bed)
        exp(fil, N, km, est, eav)
    para("", "")
    para("", "Norrbyås 2025-05-14")
    para("", "Maria Holm, lönechef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =====================================================================
# F6  Norrbyås Bostäder AB - xlsx, risk matrix + traffic-light fills, bolag only in print header/filename
# =====================================================================
def f6():
    fil = "NBAB_IK2025_T1.xlsx"
    N = "Norrbyås Bostäder AB"
    GREEN, YELLOW, ORANGE, RED = "00B050", "FFFF00", "FFC000", "FF0000"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws.oddHeader.left.text = "Norrbyås Bostäder AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 2025-04-30"
    hdr = ["Område", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment",
           "Ansvarig", "När", "Uppföljning T1", "Kommentar"]
    r0 = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Hyresadministration", "Felaktiga hyresavier", 2, 3,
         "Hyresdebitering stäms av mot gällande hyreskontrakt", "Ekonomichef", "Tertialvis", GREEN,
         "Avstämning jan–apr utan differenser.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Kundförluster", 3, 2,
         "Påminnelse- och inkassorutin följs för hyresfordringar äldre än 30 dagar", "Hyresadministratör",
         "Tertialvis", ORANGE, "Fem ärenden skickades för sent till inkasso.", "GENOMFORD", "ja"),
        ("Upphandling", "Otillåten direktupphandling", 2, 4,
         "Inköp över 100 tkr har föregåtts av upphandling eller avrop", "VD", "Halvår", YELLOW,
         "Genomgång av januari–februari gjord.", "DELVIS", ""),
        ("Fastighetsunderhåll", "Eftersatt underhåll", 3, 3,
         "Underhållsplanen följs upp mot budget", "Fastighetschef", "Helår", None, "", "SAKNAS", ""),
        ("Fastighetsunderhåll", "Brand", 2, 4,
         "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter", "Fastighetschef",
         "Årligen", RED, "Ej genomförd p.g.a. sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Jäv", 1, 3,
         "Attest av VD:s utlägg och representation görs av styrelsens ordförande", "Styrelseordförande",
         "Tertialvis", GREEN, "", "GENOMFORD", "nej"),
        ("Nyckelhantering", "Obehörigt tillträde", 2, 3,
         "Inventering av huvudnycklar och passerbrickor", "Förvaltare", "Årligen", None,
         "Planeras till september.", "EJ_GENOMFORD", ""),
    ]
    for i, (omr, risk, s, k, km, ansv, nar, fill, kom, est, eav) in enumerate(rows, 1):
        r = r0 + i
        vals = [omr, risk, s, k, None, km, ansv, nar, None, kom or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(r, 5, "=C%d*D%d" % (r, r))
        if fill:
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, est, eav)
    r = r0 + len(rows) + 2
    ws.cell(r, 8, "Förklaring:").font = Font(bold=True)
    for k, (col, txt) in enumerate([(GREEN, "Genomförd, inga anmärkningar"),
                                     (ORANGE, "Genomförd med anmärkning"),
                                     (YELLOW, "Pågår / delvis genomförd"),
                                     (RED, "Ej genomförd")]):
        ws.cell(r + 1 + k, 9).fill = PatternFill("solid", fgColor=col)
        ws.cell(r + 1 + k, 9).border = BORDER
        ws.cell(r + 1 + k, 10, txt)
    widths = {"A": 18, "B": 20, "C": 11, "D": 11, "E": 9, "F": 48, "G": 18, "H": 11, "I": 12, "J": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "landscape"
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# =====================================================================
# F7  Norrbyås Energi AB - .doc, plan table + follow-up table with tick columns
# =====================================================================
def f7(tmp):
    fil = "Norrbyås Energi AB - IK-plan 2025 med uppföljning T1.doc"
    N = "Norrbyås Energi AB"
    d = docx.Document()
    fix_docx_props(d)
    d.add_heading("Norrbyås Energi AB", level=1)
    d.add_paragraph("Internkontrollplan 2025 samt uppföljning per tertial 1").runs[0].bold = True
    d.add_paragraph("Planen fastställdes av styrelsen 2025-01-28. Uppföljningen avser perioden "
                    "1 januari – 30 april 2025 och redovisas för styrelsen 2025-05-27.")
    ctrls = [
        ("Mätarställningar för fjärrvärme läses av och stäms av mot debitering", "Felaktig debitering",
         "Avstämning av avläsningar mot faktureringsunderlag", "Kundtjänstchef", "Månadsvis",
         "X", "", "", "Avstämt januari–april, inga differenser.", "GENOMFORD", "nej"),
        ("Elnätsavgifter debiteras enligt gällande tariff", "Intäktsbortfall",
         "Stickprov 30 kunder", "Ekonomichef", "Tertialvis",
         "X", "", "", "Två kunder hade fel säkringsstorlek registrerad, rättat i april.", "GENOMFORD", "ja"),
        ("Avtal med entreprenörer för ledningsarbeten följs upp mot fakturering", "Felaktiga betalningar",
         "Genomgång av avtal och fakturor", "Nätchef", "Halvår",
         "", "X", "", "Kontrollerat 3 av 6 avtal.", "DELVIS", ""),
        ("Leverantörers F-skatt och registrering kontrolleras innan avtal tecknas", "Oseriösa leverantörer",
         "Stickprov nya leverantörer", "Inköpsansvarig", "Halvår",
         "", "", "X", "Ej påbörjad, görs under hösten.", "EJ_GENOMFORD", ""),
        ("Behörigheter i driftövervakningssystemet (SCADA) ses över", "Obehörig åtkomst",
         "Behörighetslista mot personalförteckning", "IT-samordnare", "Årligen",
         "", "", "", "", "SAKNAS", ""),
        ("Miljörapport för värmeverket lämnas till tillsynsmyndigheten i tid", "Sanktionsavgift",
         "Kontroll av inlämningsdatum", "Driftchef värme", "Årligen",
         "X", "", "X", "", "OKLAR", ""),
    ]
    d.add_heading("1. Internkontrollplan 2025", level=2)
    t1 = d.add_table(rows=1 + len(ctrls), cols=6)
    t1.style = "Table Grid"
    for j, h in enumerate(["Nr", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Frekvens"]):
        set_cell(t1.cell(0, j), h, bold=True)
    for i, c in enumerate(ctrls, 1):
        for j, v in enumerate([str(i), c[0], c[1], c[2], c[3], c[4]]):
            set_cell(t1.cell(i, j), v)
    d.add_paragraph()
    d.add_heading("2. Uppföljning tertial 1 2025", level=2)
    d.add_paragraph("Markera med X om kontrollen är utförd.")
    t2 = d.add_table(rows=2 + len(ctrls), cols=6)
    t2.style = "Table Grid"
    set_cell(t2.cell(0, 0).merge(t2.cell(1, 0)), "Nr", bold=True)
    set_cell(t2.cell(0, 1).merge(t2.cell(1, 1)), "Kontrollmoment", bold=True)
    set_cell(t2.cell(0, 2).merge(t2.cell(0, 4)), "Utförd", bold=True)
    set_cell(t2.cell(1, 2), "Ja", bold=True)
    set_cell(t2.cell(1, 3), "Delvis", bold=True)
    set_cell(t2.cell(1, 4), "Nej", bold=True)
    set_cell(t2.cell(0, 5).merge(t2.cell(1, 5)), "Kommentar", bold=True)
    for i, c in enumerate(ctrls, 1):
        for j, v in enumerate([str(i), c[0], c[5], c[6], c[7], c[8]]):
            set_cell(t2.cell(1 + i, j), v)
        exp(fil, N, c[0], c[9], c[10])
    d.add_paragraph()
    d.add_paragraph("Jonas Åberg, VD")
    src = os.path.join(tmp, "neab.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copyfile(os.path.join(tmp, "neab.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =====================================================================
# F8  rejected: Excel owner lock file left in the folder
# =====================================================================
def f8(locked):
    fil = "~$" + locked
    user = "Lena Ek"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so reruns give identical bytes."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    pat = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            if name in ("docProps/core.xml", "meta.xml"):
                data = pat.sub(b"2025-05-12T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 5, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    # clean previously generated files (keep this script and README.md)
    for f in os.listdir(OUT):
        if f in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r356_")
    try:
        f1()
        f2()
        f3()
        f4()
        f5()
        nbab = f6()
        f7(tmp)
        f8(nbab)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        if f.endswith((".xlsx", ".docx", ".odt")) and not f.startswith("~$"):
            normalize_zip(os.path.join(OUT, f))
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
