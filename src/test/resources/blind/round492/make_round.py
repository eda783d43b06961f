#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r492 - Nora kommun, ordinary T1 inbox 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv, deterministically, in the folder this script lives in.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, Header,
                       ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad Nora"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Nora Bostäder AB", "NBAB|Norabostäder|Nora Bostäder"),
]


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx with title rows over the standard columns
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_Internkontroll_uppfoljning_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        # process, risk, km, metod, ansvarig, status, kommentar, (exp status, avv)
        ("Ekonomi – inköp", "Felaktiga eller obehöriga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial", "Ekonomichef", "Genomförd",
         "Inga avvikelser. Samtliga fakturor attesterade av behörig attestant.", "GENOMFORD", "nej"),
        ("Ekonomi – inköp", "Köp utanför avtal, brott mot LOU",
         "Avtalstrohet vid inköp av varor och tjänster",
         "Analys av leverantörsreskontra mot avtalsdatabasen", "Upphandlare", "Genomförd med avvikelse",
         "4 % av inköpsvolymen utanför avtal, främst kontorsmaterial och hantverkstjänster. "
         "Information till samtliga chefer på ledningsgruppen i maj.", "GENOMFORD", "ja"),
        ("Ekonomi", "Representation hanteras felaktigt",
         "Representation och andra förtroendekänsliga poster följer kommunens riktlinjer",
         "Granskning av samtliga representationsfakturor", "Redovisningsansvarig", "Pågår",
         "Januari–mars granskade, april återstår.", "DELVIS", ""),
        ("Personal", "Felaktiga löneutbetalningar",
         "Kontroll av att lönetillägg och ersättningar är beslutade och attesterade",
         "Stickprov 20 lönespecifikationer", "HR-chef", "Ej påbörjad",
         "Planeras till september.", "EJ_GENOMFORD", ""),
        ("Personal", "Ohälsa och hög sjukfrånvaro",
         "Uppföljning av sjukfrånvaro och pågående rehabiliteringsärenden",
         "Rapport ur HR-systemet, genomgång med chefer", "HR-chef", "Genomförd",
         "Sjukfrånvaron 5,1 %. Samtliga rehabiliteringsärenden har en aktuell plan.", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Obehörig åtkomst till system",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "Avstämning behörighetslista mot personalregistret", "IT-chef", "Genomförd",
         "Tre konton tillhörande avslutade anställda var fortfarande aktiva och har nu spärrats.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Förlust av data",
         "Test av återläsning av säkerhetskopior",
         "Återläsningstest av utvalda system", "IT-chef", "Utgår",
         "Driften ingår från 2025 i den gemensamma IT-samverkan och kontrolleras där.", "UTGAR", ""),
        ("Ärendehantering", "Handlingar registreras inte eller registreras för sent",
         "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov 30 inkomna handlingar", "Kommunsekreterare/\nregistrator", "",
         "Kontrollen genomfördes i april. Samtliga 30 stickprov var diarieförda i tid.", "GENOMFORD", "nej"),
        ("Ärendehantering", "Beslut fattas utan giltig delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationsbeslut mot anmälningslistor", "Kommunsekreterare", "", "",
         "SAKNAS", ""),
        ("Säkerhet och beredskap", "Bristande förmåga vid kris",
         "Krisledningsplanen är uppdaterad och känd av krisledningsgruppen",
         "Genomgång av planen samt övning", "Säkerhetssamordnare", "Delvis",
         "Planen uppdaterad i mars. Övningen med krisledningsgruppen är flyttad till hösten.",
         "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Nora kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: tertial 1 (januari–april 2025)"
    ws["A4"] = "Redovisas för kommunstyrelsens arbetsutskott 2025-05-20"
    ws["A4"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status T1", "Kommentar"]
    hr = 6
    fill = PatternFill("solid", fgColor="1F4E78")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.border = thin_border()
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = thin_border()
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställning: 10 kontrollmoment, varav 5 genomförda, 2 delvis, "
                                   "1 ej påbörjad, 1 utgår och 1 ej rapporterad.").font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Sammanställt av: Karin Holm, controller, 2025-05-08")
    for col, w in zip("ABCDEFG", (20, 28, 42, 30, 18, 14, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    ws2 = wb.create_sheet("Instruktion")
    instr = [
        "Instruktion för uppföljning",
        "Ange status för varje kontrollmoment i kolumnen Status T1:",
        "Genomförd / Genomförd med avvikelse / Delvis / Pågår / Ej påbörjad / Utgår",
        "Beskriv i kolumnen Kommentar vad som kontrollerats och eventuella avvikelser samt åtgärder.",
        "Skicka ifylld mall till ekonomiavdelningen senast 2025-05-09.",
    ]
    for i, t in enumerate(instr, 1):
        ws2.cell(row=i, column=1, value=t)
    ws2["A1"].font = Font(bold=True)
    wb.properties.creator = "Karin Holm"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word table with Ja/Nej/Delvis
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()


def fix_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def make_sn():
    fil = "SN_Uppfoljning_intern_kontroll_T1_2025.docx"
    N = "Socialnämnden"
    rows = [
        ("1", "Utbetalning av ekonomiskt bistånd sker i enlighet med fattade beslut", "Ja", "Nej",
         "Stickprov på 30 utbetalningar, samtliga överensstämde med beslut.", "GENOMFORD", "nej"),
        ("2", "Orosanmälningar förhandsbedöms inom 14 dagar", "Ja", "Ja",
         "3 av 25 anmälningar förhandsbedömdes efter 15–18 dagar. Rutinen för bevakning har "
         "förtydligats i mottagningsgruppen.", "GENOMFORD", "ja"),
        ("3", "Uppföljning av placerade barn och unga sker enligt socialtjänstlagen", "Delvis", "Nej",
         "Granskning av 8 av 15 akter klar, resterande granskas i maj.", "DELVIS", "nej"),
        ("4", "Avgifter inom äldreomsorgen debiteras korrekt", "Nej", "",
         "Kontrollen flyttas till T2 på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ("5", "Delegationsbeslut inom individ- och familjeomsorgen anmäls till nämnden", "Ja", "Nej",
         "", "GENOMFORD", "nej"),
        ("6", "Hantering av brukares privata medel på gruppboenden", "Ja", "Ja",
         "Kvittoredovisning saknades för två brukare på Kärrgårdens gruppboende. "
         "Kompletterat och rutinen gåtts igenom med personalen.", "GENOMFORD", "ja"),
        ("7", "Lex Sarah-rapporter utreds och dokumenteras", "", "",
         "Samtliga fyra rapporter under perioden är utredda och dokumenterade. "
         "Kontrollen genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("8", "Genomförandeplaner inom LSS upprättas och följs upp", "–", "",
         "Utgår enligt beslut i SN 2025-03-18 § 27.", "UTGAR", ""),
        ("9", "Registerkontroll vid nyanställning inom barn- och ungdomsvården", "Se bilaga 1", "",
         "", "OKLAR", ""),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Nora kommun\tSocialförvaltningen\tDnr SN 2025/34"
    d.add_heading("Uppföljning av intern kontroll tertial 1 2025", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 17 december 2024, § 142. "
        "Denna uppföljning avser perioden januari–april 2025 och redovisar de kontrollmoment som "
        "enligt planen ska följas upp under tertial 1. Ett kontrollmoment har strukits genom "
        "beslut i nämnden i mars.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Kontrollmoment", "Kontroll genomförd\n(Ja/Nej/Delvis)", "Avvikelse\n(Ja/Nej)",
           "Kommentar / åtgärd"]
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            set_cell(cells[i], v)
        exp(fil, N, row[1], row[5], row[6])
    widths = (Cm(1.0), Cm(8.0), Cm(3.2), Cm(2.5), Cm(11.0))
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 1: Sammanställning registerkontroller (lämnas separat).")
    d.add_paragraph("Nora 2025-05-14")
    d.add_paragraph("Eva Bergström\nSocialchef")
    fix_core(d, "Eva Bergström")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 3. Governance-system export (CSV) holding two nämnder
# ---------------------------------------------------------------------------
def make_export():
    fil = "Hypergene_export_Internkontroll_2025-05-15.csv"
    head = ["Organisation", "Plan", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Period",
            "Status", "Kommentar", "Senast ändrad", "Ändrad av"]
    K = "Nora kommun > Kultur- och fritidsnämnden"
    V = "Nora kommun > Vård- och omsorgsnämnden"
    plan = "Internkontrollplan 2025"
    per = "Tertial 1 2025"
    rows = [
        (K, "Föreningsstöd", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Årligen",
         "Fritidskonsulent", "Klar", "Samtliga 14 ansökningar om aktivitetsstöd kontrollerade mot "
         "regelverket. Inga felaktigheter.", "2025-05-06", "Johan Ek", "Kultur- och fritidsnämnden",
         "GENOMFORD", "nej"),
        (K, "Kontanthantering", "Kassahantering i simhallen och på biblioteket", "Tertial",
         "Enhetschef fritid", "Klar med avvikelse",
         "Kassadifferens på 340 kr vid ett tillfälle i simhallen; utrett och dokumenterat.",
         "2025-05-07", "Johan Ek", "Kultur- och fritidsnämnden", "GENOMFORD", "ja"),
        (K, "Avtal", "Hyresavtal för föreningslokaler är aktuella och undertecknade", "Årligen",
         "Kultur- och fritidschef", "Ej påbörjad", "", "2025-04-30", "Maria Lund",
         "Kultur- och fritidsnämnden", "EJ_GENOMFORD", ""),
        (K, "Barn och unga", "Utdrag ur belastningsregistret begärs för ledare på sommarlovsaktiviteter",
         "Tertial", "Fritidsgårdsföreståndare", "Pågående",
         "Utdrag inhämtat för 9 av 22 sommarledare.\nÖvriga begärs vid anställning i maj.",
         "2025-05-12", "Maria Lund", "Kultur- och fritidsnämnden", "DELVIS", ""),
        (K, "Bibliotek", "Gallring av medier sker enligt gallringsplan", "Årligen", "Bibliotekschef",
         "Ej aktuell", "Gallringsplanen revideras under 2025, kontrollen utgår i år.", "2025-03-11",
         "Sofia Berg", "Kultur- och fritidsnämnden", "UTGAR", ""),
        (K, "Inventarier", "Inventering av stöldbegärlig utrustning", "Årligen", "Kultur- och fritidschef",
         "", "", "", "", "Kultur- och fritidsnämnden", "SAKNAS", ""),
        (V, "Läkemedel", "Läkemedelshantering på särskilda boenden följer gällande rutin", "Tertial",
         "MAS", "Klar", "Egenkontroll genomförd på Prästgårdens, Bergsgårdens och Tallbackens boenden. "
         "Inga avvikelser.", "2025-05-05", "Anna Strand", "Vård- och omsorgsnämnden", "GENOMFORD", "nej"),
        (V, "Myndighetsutövning", "Biståndsbeslut inom hemtjänsten verkställs inom 14 dagar", "Tertial",
         "Enhetschef biståndsenheten", "Klar med avvikelse",
         "Två beslut verkställdes efter 18 respektive 21 dagar; orsak semesterplanering.",
         "2025-05-09", "Anna Strand", "Vård- och omsorgsnämnden", "GENOMFORD", "ja"),
        (V, "Avgifter", "Fakturering av hemtjänstavgifter stäms av mot utförd tid", "Tertial",
         "Avgiftshandläggare", "Pågående", "Avstämning för januari–mars klar, april pågår.",
         "2025-05-13", "Per Nyberg", "Vård- och omsorgsnämnden", "DELVIS", ""),
        (V, "Bemanning", "Bemanningsscheman följer budgeterad bemanning", "Månadsvis", "Verksamhetschef",
         "Klar", "Följs upp månadsvis i ledningsgruppen.\nInga avvikelser mot budgeterad bemanning.",
         "2025-05-02", "Per Nyberg", "Vård- och omsorgsnämnden", "GENOMFORD", "nej"),
        (V, "Vårdhygien", "Basala hygienrutiner och klädregler följs (punktprevalensmätning)", "Årligen",
         "MAS", "Ej påbörjad", "Mätningen görs vecka 40 enligt regional plan.", "2025-04-28",
         "Anna Strand", "Vård- och omsorgsnämnden", "EJ_GENOMFORD", ""),
        (V, "Kvalitet", "Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar", "Tertial",
         "Kvalitetsutvecklare", "Avbruten",
         "Avbruten genom beslut i VON 2025-04-22 § 41; ersätts av ny kontroll i plan 2026.",
         "2025-04-24", "Per Nyberg", "Vård- och omsorgsnämnden", "UTGAR", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    for r in rows:
        org, proc, km, frek, ansv, st, kom, dat, av, namnd, es, ea = r
        w.writerow([org, plan, proc, km, frek, ansv, per, st, kom, dat, av])
        exp(fil, namnd, km, es, ea)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - .ods, status by traffic-light fill, legend below,
#    nämnd only in page header and file name (SBN)
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "SBN_internkontroll_T1.ods"
    N = "Samhällsbyggnadsnämnden"
    G, Y, R, GR = "#00B050", "#FFFF00", "#FF0000", "#BFBFBF"
    rows = [
        ("Gata/park", "Snöröjning och halkbekämpning utförs enligt entreprenadavtal",
         "Stickprov av körjournaler", "Gatuchef", G,
         "Körjournaler för 10 tillfällen kontrollerade, utan anmärkning.", "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-avgifter stäms av mot avlästa mätarställningar",
         "Avstämning mot mätarregistret", "VA-chef", G,
         "12 felaktiga mätarställningar hittades och har korrigerats.", "GENOMFORD", "ja"),
        ("Fastighet", "Lagstadgade besiktningar av hissar och lekplatser genomförs",
         "Genomgång av besiktningsprotokoll", "Fastighetschef", Y,
         "Hissar besiktade. Lekplatserna besiktas i maj.", "DELVIS", ""),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av dokumentation", "Förvaltningschef", R,
         "Har inte hunnits med under tertialet.", "EJ_GENOMFORD", ""),
        ("Kost", "Livsmedelshantering i tillagningskök följer egenkontrollprogrammet",
         "Egenkontroll enligt program", "Kostchef", G, "", "GENOMFORD", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs korrekt", "Stickprov 5 fordon",
         "Fordonsansvarig", GR, "Fordonsfrågorna har flyttats till kommunstyrelsen.", "UTGAR", ""),
        ("Mark och exploatering", "Arrendeavgifter faktureras enligt avtal",
         "Avstämning mot arrendeavtal", "Mark- och exploateringsingenjör", None, "", "SAKNAS", ""),
        ("Renhållning", "Slamtömning utförs enligt tömningsschema", "Rapport från entreprenör",
         "Renhållningsansvarig", Y, "Rapport för januari–februari inkommen, mars–april saknas.",
         "DELVIS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(printorientation="landscape", pagewidth="29.7cm",
                                       pageheight="21cm", margin="1.5cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Default", pagelayoutname=pl)
    h = Header()
    h.addElement(P(text="Samhällsbyggnadsförvaltningen – Nora kommun"))
    mp.addElement(h)
    doc.masterstyles.addElement(mp)

    ta = Style(name="ta1", family="table", masterpagename="Default")
    ta.addElement(TableProperties(display="true"))
    doc.automaticstyles.addElement(ta)

    def colstyle(name, width):
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(s)
        return s
    cols = [colstyle("co%d" % i, w) for i, w in
            enumerate(("3.5cm", "8cm", "5cm", "4.5cm", "2.2cm", "9cm"), 1)]

    def cellstyle(name, bg=None, bold=False, size=None, border=True, wrap=True):
        s = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if border:
            kw["border"] = "0.5pt solid #000000"
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        s.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if size:
            tk["fontsize"] = size
        if tk:
            s.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(s)
        return s
    st_title = cellstyle("ceT", bold=True, size="14pt", border=False, wrap=False)
    st_sub = cellstyle("ceS", border=False, wrap=False)
    st_hdr = cellstyle("ceH", bg="#D9D9D9", bold=True)
    st_txt = cellstyle("ceX")
    st_plain = cellstyle("ceP", border=False, wrap=False)
    fills = {c: cellstyle("ceF%d" % i, bg=c) for i, c in enumerate((G, Y, R, GR), 1)}

    tab = Table(name="IK 2025", stylename=ta)
    for c in cols:
        tab.addElement(TableColumn(stylename=c))

    def add_row(values, styles):
        tr = TableRow()
        for v, s in zip(values, styles):
            kw = {"stylename": s} if s is not None else {}
            if v:
                tc = TableCell(valuetype="string", **kw)
                for ln in v.split("\n"):
                    tc.addElement(P(text=ln))
            else:
                tc = TableCell(**kw)
            tr.addElement(tc)
        tab.addElement(tr)

    add_row(["Internkontroll 2025"], [st_title])
    add_row(["Uppföljning per den 30 april 2025"], [st_sub])
    add_row([""], [None])
    add_row(["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"], [st_hdr] * 6)
    for omr, km, met, ansv, col, kom, es, ea in rows:
        add_row([omr, km, met, ansv, "", kom],
                [st_txt, st_txt, st_txt, st_txt, fills[col] if col else st_txt, st_txt])
        exp(fil, N, km, es, ea)
    add_row([""], [None])
    add_row(["Teckenförklaring status"], [cellstyle("ceL", bold=True, border=False, wrap=False)])
    for col, txt in ((G, "Genomförd"), (Y, "Påbörjad / delvis genomförd"), (R, "Ej genomförd"),
                     (GR, "Utgår")):
        add_row(["", txt], [fills[col], st_plain])
    add_row([""], [None])
    add_row(["Uppgiftslämnare: Mikael Sandberg, förvaltningsekonom"], [st_plain])
    doc.spreadsheet.addElement(tab)
    path = os.path.join(OUT, fil)
    doc.save(path)
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 5. Nora Bostäder AB - workbook, codes 1/2/3 explained above the table,
#    T1/T2/T3 columns side by side
# ---------------------------------------------------------------------------
def make_nbab():
    fil = "Nora_Bostader_AB_intern_kontroll_2025.xlsx"
    N = "Nora Bostäder AB"
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Löpande",
         1, "", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Hyresavier stäms av mot gällande hyresavtal", "Ekonomiassistent", "Tertial", 2,
         "Två avier hade fel hyresnivå efter omförhandlingen 2025; rättade i april.", "GENOMFORD", "ja"),
        (3, "Uthyrning", "Lägenheter fördelas enligt bolagets uthyrningspolicy", "Uthyrningschef",
         "Tertial", 1, "Stickprov på 15 nya kontrakt.", "GENOMFORD", "nej"),
        (4, "Fastighet", "Obligatorisk ventilationskontroll (OVK) utförs enligt besiktningsplan",
         "Fastighetschef", "Årligen", 3, "Upphandling av ny besiktningsman pågår.", "EJ_GENOMFORD", ""),
        (5, "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter",
         "Drifttekniker", "Tertial", 1, "", "GENOMFORD", "nej"),
        (6, "Inköp", "Ramavtal används vid beställning av entreprenader", "VD", "Tertial", None,
         "Stickprov pågår, redovisas i sin helhet i T2.", "DELVIS", ""),
        (7, "Styrning", "Styrelsebeslut verkställs och återrapporteras till styrelsen", "VD", "Årligen",
         "Utgår", "Ersätts av uppföljning av ägardirektiven enligt styrelsebeslut 2025-02-12.",
         "UTGAR", ""),
        (8, "IT", "Behörigheter i hyressystemet stäms av mot anställda", "IT-ansvarig", "Årligen", None,
         "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Nora Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning av kontrollplan"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Statuskoder:"
    ws["A4"].font = Font(bold=True)
    ws["B5"] = "1 = Kontrollen utförd utan anmärkning"
    ws["B6"] = "2 = Kontrollen utförd, avvikelse noterad (se kommentar)"
    ws["B7"] = "3 = Kontrollen ej utförd"
    ws["B8"] = "Kod anges i kolumnen för den tertial som redovisas (T1 = jan–apr, T2 = maj–aug, T3 = sep–dec)."
    ws["B8"].font = Font(italic=True)
    hr = 10
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Kommentar"]
    fill = PatternFill("solid", fgColor="C6E0B4")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.border = thin_border()
        cell.alignment = Alignment(horizontal="center" if c in (1, 6, 7, 8) else "left")
    r = hr + 1
    for nr, omr, km, ansv, frek, t1, kom, es, ea in rows:
        vals = [nr, omr, km, ansv, frek, t1, None, None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = thin_border()
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (1, 6, 7, 8) else "left")
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av VD: Henrik Sjöberg, 2025-05-07")
    for col, w in zip("ABCDEFGHI", (5, 12, 48, 16, 10, 6, 6, 6, 50)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.right.text = "Nora Bostäder AB"
    ws2 = wb.create_sheet("Riskanalys")
    ws2.append(["Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde"])
    for risk, s, k in (("Felaktiga utbetalningar", 2, 3), ("Felaktiga hyresnivåer", 2, 2),
                       ("Brister i brandskydd", 1, 4), ("Köp utanför ramavtal", 3, 2),
                       ("Obehörig åtkomst till hyressystemet", 2, 3)):
        ws2.append([risk, s, k, s * k])
    ws2.column_dimensions["A"].width = 40
    wb.properties.creator = "Henrik Sjöberg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - short Word document, prose per control
# ---------------------------------------------------------------------------
def make_mbn():
    fil = "MBN_uppfoljning_internkontroll_T1_2025.docx"
    N = "Miljö- och byggnadsnämnden"
    ctrls = [
        ("Handläggningstid för bygglov inom tio veckor",
         "Samtliga 42 bygglovsärenden som beslutades under perioden har kontrollerats. Alla utom ett "
         "beslutades inom tio veckor. I ett ärende överskreds tidsfristen med fem dagar och avgiften "
         "har reducerats enligt plan- och bygglagen.", "GENOMFORD", "ja"),
        ("Avgifter för tillsyn debiteras enligt gällande taxa",
         "Kontroll av 20 fakturerade tillsynsärenden visade att samtliga debiterats enligt taxan. "
         "Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Tillsynsplanen för livsmedelskontroll följs",
         "Av de 35 inspektioner som planerats för tertialet har 21 genomförts. Resterande planeras in "
         "under maj och juni.", "DELVIS", ""),
        ("Delegationsbeslut anmäls till nämnden",
         "Kontrollen har inte genomförts under tertialet på grund av vakans som nämndsekreterare. "
         "Den genomförs i stället under tertial 2.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna klagomål inom miljöområdet",
         "Stickprov på 15 klagomål visar att alla diarieförts, men i fyra fall senare än en vecka "
         "efter ankomst. Rutinen ses över.", "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 1", level=1)
    p = d.add_paragraph()
    p.add_run("Miljö- och byggnadsnämnden").bold = True
    d.add_paragraph(
        "Nedan redovisas resultatet av nämndens kontrollmoment för perioden januari–april 2025. "
        "Kontrollmoment med årlig frekvens som ska följas upp senare under året redovisas inte här.")
    for km, txt, es, ea in ctrls:
        d.add_heading(km, level=2)
        d.add_paragraph(txt)
        exp(fil, N, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Nora den 9 maj 2025")
    d.add_paragraph("Lars Öberg, miljö- och byggchef")
    fix_core(d, "Lars Öberg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 7. Barn- och utbildningsnämnden - .xls, process cells merged down,
#    plan columns beside T1 and (empty) T2 follow-up columns
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN IK-plan med uppfoljning T1 2025.xls"
    N = "Barn- och utbildningsnämnden"
    groups = [
        ("Elevhälsa och skolplikt", [
            ("Elever med frånvaro över 15 % uppmärksammas och åtgärdas",
             "Genomgång av frånvarostatistik", "Månadsvis", "Rektor", "Klar",
             "Frånvarorapporter genomgångna för samtliga skolor. Alla berörda elever har åtgärdsplan.",
             "GENOMFORD", "nej"),
            ("Anmälningar om kränkande behandling utreds skyndsamt", "Stickprov 10 ärenden", "Tertial",
             "Rektor", "Pågår", "6 av 10 ärenden granskade.", "DELVIS", ""),
            ("Skolplikten bevakas för elever som inte går i kommunens skolor",
             "Avstämning mot folkbokföringen", "Tertial", "Skolchef/\nadministratör", "Klar",
             "Två elever saknade skolplacering; ärendena är nu utredda och åtgärdade.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Tertial",
             "Controller", "Klar", "Ingen avvikelse.", "GENOMFORD", "nej"),
            ("Interkommunala ersättningar faktureras korrekt", "Avstämning mot elevregistret", "Tertial",
             "Controller", "Ej startad", "Görs efter läsårets slut.", "EJ_GENOMFORD", ""),
            ("Barnomsorgsavgifter debiteras enligt maxtaxan", "Stickprov 25 hushåll", "Årligen",
             "Administratör", "Klar", "Ett hushåll felaktigt debiterat, korrigerat i april.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret kontrolleras vid nyanställning", "Stickprov nyanställda",
             "Tertial", "HR-partner", "Klar", "", "GENOMFORD", ""),
            ("Legitimation och behörighet kontrolleras för lärare",
             "Kontroll mot Skolverkets lärarregister", "Årligen", "Rektor", "Utgår",
             "Ersatt av central kontroll i kommunstyrelsens plan.", "UTGAR", ""),
        ]),
        ("Skolskjuts", [
            ("Skolskjuts beviljas enligt gällande riktlinjer", "Stickprov beslut", "Årligen",
             "Skolskjutshandläggare", "", "", "SAKNAS", ""),
        ]),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: italic on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    hdr_fu = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; "
                         "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    txt = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    proc = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert centre")
    ws.write(0, 0, "Barn- och utbildningsförvaltningen", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning")
    ws.write(2, 0, "Uppföljning tertial 1 ifylld 2025-05-09", sub)
    # two-level header: plan part and follow-up part
    ws.write_merge(4, 4, 0, 4, "Plan (antagen av BUN 2024-12-10 § 98)", hdr)
    ws.write_merge(4, 4, 5, 6, "Uppföljning T1", hdr_fu)
    ws.write_merge(4, 4, 7, 8, "Uppföljning T2", hdr_fu)
    heads = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(heads):
        ws.write(5, c, h, hdr_fu if c >= 5 else hdr)
    r = 6
    for pname, ctrls in groups:
        if len(ctrls) > 1:
            ws.write_merge(r, r + len(ctrls) - 1, 0, 0, pname, proc)
        else:
            ws.write(r, 0, pname, proc)
        for km, met, frek, ansv, st, kom, es, ea in ctrls:
            for c, v in enumerate([km, met, frek, ansv, st, kom, "", ""], 1):
                ws.write(r, c, v, txt)
            exp(fil, N, km, es, ea)
            r += 1
    ws.write(r + 1, 0, "Kontaktperson: Sara Lindgren, controller barn och utbildning")
    for c, w in enumerate((18, 40, 26, 11, 16, 11, 40, 11, 30)):
        ws.col(c).width = w * 256
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(6)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))
    return fil


# ---------------------------------------------------------------------------
# 8. Lock file left by Excel while the KS workbook was open -> rejected
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$KS_Internkontroll_uppfoljning_T1_2025.xlsx"
    user = "Karin Holm"
    b = bytes([len(user)]) + user.encode("ascii")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    make_ks()
    make_sn()
    make_export()
    make_sbn()
    make_nbab()
    make_mbn()
    make_bun()
    make_lock()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("%d files, %d file rows, %d controls" % (len(set(f[0] for f in FILES)), len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
