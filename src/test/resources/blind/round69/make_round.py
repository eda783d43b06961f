#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 69 – Härnösands kommun, delår 2025 (per 31 augusti).
Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch."""
import os, sys, glob, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                       ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
for f in glob.glob(os.path.join(OUT, '*')):
    if os.path.basename(f) in ('make_round.py', 'README.md'):
        continue
    if os.path.isdir(f):
        shutil.rmtree(f)
    else:
        os.remove(f)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, controls):
    for c in controls:
        EXPECTED.append((fil, namnd, c['k'], c['st'], c['av']))


# ---------------------------------------------------------------- ODS helpers
def ods_styles(doc):
    st = {}
    b = Style(name="bold", family="table-cell")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b); st['bold'] = b
    t = Style(name="title", family="table-cell")
    t.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(t); st['title'] = t
    h = Style(name="head", family="table-cell")
    h.addElement(TextProperties(fontweight="bold"))
    h.addElement(TableCellProperties(backgroundcolor="#D9E1F2", wrapoption="wrap"))
    doc.automaticstyles.addElement(h); st['head'] = h
    w = Style(name="wrap", family="table-cell")
    w.addElement(TableCellProperties(wrapoption="wrap"))
    doc.automaticstyles.addElement(w); st['wrap'] = w
    for i, wd in enumerate(["1.2cm", "7cm", "5cm", "3.2cm", "3.2cm", "3.5cm", "3.5cm", "8cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cs); st['co%d' % i] = cs
    return st


def ods_row(st, cells, style=None):
    """cells: list of str / None / (str, stylekey, span)"""
    tr = TableRow()
    for c in cells:
        span = 1; sk = style
        if isinstance(c, tuple):
            c, sk, span = c
        kw = {}
        if sk:
            kw['stylename'] = st[sk]
        if span > 1:
            kw['numbercolumnsspanned'] = span
        if c is None or c == '':
            tc = TableCell(**kw)
        else:
            tc = TableCell(valuetype="string", **kw)
            for line in str(c).split('\n'):
                tc.addElement(P(text=line))
        tr.addElement(tc)
        for _ in range(span - 1):
            tr.addElement(CoveredTableCell())
    return tr


def ods_table(doc, st, name, rows, widths):
    t = Table(name=name)
    for w in widths:
        t.addElement(TableColumn(stylename=st['co%d' % w]))
    for r in rows:
        if not isinstance(r, list):
            t.addElement(r)
        else:
            t.addElement(ods_row(st, r, 'wrap'))
    doc.spreadsheet.addElement(t)


# ---------------------------------------------------------------- ODT helpers
def odt_new():
    doc = OpenDocumentText()
    st = {}
    b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b); st['B'] = b
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1); st['H1'] = h1
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h2); st['H2'] = h2
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.styles.addElement(small); st['Small'] = small
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cell); st['Cell'] = cell
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                         backgroundcolor="#E2EFDA"))
    doc.automaticstyles.addElement(hcell); st['HCell'] = hcell
    return doc, st


def odt_table(doc, st, name, rows, header=True, boldfirstcol=False):
    ncol = max(len(r) for r in rows)
    t = Table(name=name)
    from odf.table import TableColumn as TC
    t.addElement(TC(numbercolumnsrepeated=ncol))
    for i, r in enumerate(rows):
        tr = TableRow()
        for j, c in enumerate(r):
            ish = (header and i == 0)
            tc = TableCell(stylename=st['HCell'] if ish else st['Cell'], valuetype="string")
            for line in (c or '').split('\n') if c else ['']:
                p = P()
                if (ish or (boldfirstcol and j == 0)) and line:
                    p.addElement(Span(stylename=st['B'], text=line))
                elif line:
                    p.addText(line)
                tc.addElement(p)
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)


# =====================================================================
# Register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|KSF|Kommunledningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Miljö- och byggförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsförvaltningen|Samhällsbyggnad"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|Arbete och integration"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Overformyndarnamnden"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
]

# =====================================================================
# A. Kommunstyrelsen – .ods, one sheet per process, Ja/Nej/Delvis in two question columns
FA = "KS_Internkontroll_uppfoljning_delar_2025.ods"
A_SHEETS = [
    ("Ekonomi", "Risk för felaktiga utbetalningar och bristande attest", [
        dict(k="Stickprov av 20 leverantörsfakturor per tertial avseende attest enligt attestordning",
             m="Stickprov i Raindance", a="Ekonomichef", f="Tertial",
             g="Ja", b="Nej", c="Stickprov av 20 fakturor jan–aug. Samtliga korrekt attesterade.",
             st="GENOMFORD", av="nej"),
        dict(k="Kontroll av att representationsfakturor innehåller syfte och deltagarförteckning",
             m="Genomgång av samtliga representationsfakturor", a="Redovisningsansvarig", f="Halvår",
             g="Ja", b="Ja", c="3 av 15 fakturor saknade deltagarförteckning. Påminnelse om rutinen skickad till berörda chefer 2025-06-18.",
             st="GENOMFORD", av="ja"),
    ]),
    ("Inköp och upphandling", "Risk för inköp utanför avtal", [
        dict(k="Avtalstrohet – stickprov av 25 inköp mot gällande ramavtal",
             m="Stickprov ur e-handelssystemet", a="Upphandlingschef", f="Tertial",
             g="Delvis", b="Ja", c="Stickprov gjort för T1, T2 återstår. 4 inköp av kontorsmaterial gjordes utanför avtal.",
             st="DELVIS", av="ja"),
        dict(k="Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             m="Genomgång av dokumentation i diariet", a="Upphandlingschef", f="Årligen",
             g="Nej", b="", c="Planeras till oktober p.g.a. vakans på upphandlingsenheten.",
             st="EJ_GENOMFORD", av="nej"),
    ]),
    ("HR och lön", "Risk för felaktiga löneutbetalningar och brister vid rekrytering", [
        dict(k="Stickprov av 10 nyanställningar – korrekt lön och anställningsavtal i Heroma",
             m="Stickprov", a="HR-chef", f="Halvår",
             g="Ja", b="Nej", c="",
             st="GENOMFORD", av="nej"),
        dict(k="Kontroll av att utdrag ur belastningsregistret begärts vid anställning där det krävs",
             m="Stickprov 10 anställningar", a="HR-specialist", f="Halvår",
             g="", b="Nej", c="Kontrollen är genomförd i maj, inga avvikelser.",
             st="GENOMFORD", av="nej"),
    ]),
    ("IT och informationssäkerhet", "Risk för obehörig åtkomst", [
        dict(k="Granskning av behörigheter i ekonomisystemet (Raindance) – avslutade anställningar",
             m="Jämförelse behörighetslista mot Heroma", a="Systemförvaltare", f="Halvår",
             g="Ja", b="Ja", c="Två konton för avslutade anställda var fortfarande aktiva, stängda 2025-06-12.",
             st="GENOMFORD", av="ja"),
        dict(k="Kontroll av att backup av verksamhetskritiska system testats genom återläsningstest",
             m="Intyg från driftleverantör", a="IT-chef", f="Årligen",
             g="Ej aktuell", b="", c="Kontrollmomentet ströks av KS 2025-03-04 § 41, ansvaret ligger hos driftleverantören enligt avtal.",
             st="UTGAR", av="nej"),
    ]),
    ("Dokumenthantering", "Risk att allmänna handlingar inte registreras", [
        dict(k="Kontroll av att inkomna allmänna handlingar diarieförs inom en vecka",
             m="Stickprov i Platina", a="Kanslichef", f="Tertial",
             g="", b="", c="",
             st="SAKNAS", av="nej"),
        dict(k="Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
             m="Jämförelse delegationslistor mot protokoll", a="Nämndsekreterare", f="Tertial",
             g="Delvis", b="", c="Uppföljning gjord för januari–maj. Ett beslut om färdtjänst anmäldes först efter fyra månader.",
             st="DELVIS", av="ja"),
    ]),
]


def build_A():
    doc = OpenDocumentSpreadsheet()
    st = ods_styles(doc)
    rows = [
        [("Instruktion – uppföljning av internkontrollplan 2025", 'title', 1)],
        [""],
        ["Fyll i en rad per kontrollmoment på respektive processflik."],
        ["Kolumnen \"Har kontrollen genomförts?\" besvaras med Ja / Nej / Delvis."],
        ["Kolumnen \"Har brister upptäckts?\" besvaras med Ja / Nej. Beskriv bristerna och vidtagna åtgärder i kommentaren."],
        ["Om ett kontrollmoment har strukits genom beslut anges det i kommentaren med paragrafhänvisning."],
        [""],
        ["Uppföljningen lämnas till ekonomienheten senast 2025-09-08."],
        ["Kontaktperson: Lena Westin, controller, tfn 0611-34 80 00"],
    ]
    ods_table(doc, st, "Instruktion", rows, [1])
    for sheet, risk, ctrls in A_SHEETS:
        rows = [
            [("Kommunstyrelsen – Uppföljning internkontrollplan 2025", 'title', 8)],
            [("Delårsuppföljning per 2025-08-31", 'bold', 8)],
            [("Process: " + sheet, 'bold', 4), ("Risk: " + risk, None, 4)],
            [""],
            ods_row(st, ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
                         "Har kontrollen genomförts?", "Har brister upptäckts?", "Kommentar / åtgärd"], 'head'),
        ]
        for i, c in enumerate(ctrls, 1):
            rows.append([str(i), c['k'], c['m'], c['a'], c['f'], c['g'], c['b'], c['c']])
        rows.append([""])
        rows.append([("Ifylld av: " + ("Lena Westin" if sheet == "Ekonomi" else "Per-Olof Näslund"), None, 4)])
        ods_table(doc, st, sheet, rows, [0, 1, 2, 3, 4, 5, 6, 7])
    doc.save(FA)
    FILES.append((FA, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    for _, _, ctrls in A_SHEETS:
        exp(FA, "Kommunstyrelsen", ctrls)


# =====================================================================
# B. Socialnämnden – .odt, table per process, traffic-light emoji, legend at the end
FB = "Socialnamnden_IKP_uppfoljning_delar_2025.odt"
B_PROC = [
    ("Myndighetsutövning individ- och familjeomsorg", [
        dict(k="Kontroll att skyddsbedömning görs inom 24 timmar efter inkommen orosanmälan",
             m="Stickprov 30 anmälningar i Lifecare", s="🟢",
             c="Samtliga 30 skyddsbedömningar gjorda inom 24 timmar.", st="GENOMFORD", av="nej"),
        dict(k="Kontroll att utredningar inom barn och unga avslutas inom fyra månader",
             m="Uttag ur verksamhetssystemet", s="🟠",
             c="7 av 25 utredningar överskred fyra månader utan beslut om förlängning. Genomgång med arbetsledningen gjord i juni.",
             st="GENOMFORD", av="ja"),
        dict(k="Stickprov av beslut om ekonomiskt bistånd – att beslut fattas enligt delegationsordning",
             m="Stickprov 20 beslut", s="🟡",
             c="Granskningen påbörjades i juni och slutförs under september.", st="DELVIS", av="nej"),
    ]),
    ("Äldreomsorg och hemtjänst", [
        dict(k="Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut",
             m="Stickprov 15 brukare per område", s="🔴",
             c="Ej genomförd på grund av bemanningsläget under sommaren. Planeras till oktober.",
             st="EJ_GENOMFORD", av="nej"),
        dict(k="Uppföljning av signeringslistor för läkemedel på särskilda boenden",
             m="Genomgång av signeringslistor en vecka per boende", s="🟢🟡",
             c="Solgläntan klart, Kastanjen återstår.", st="OKLAR", av="nej"),
        dict(k="Kontroll av att trygghetslarm testas månadsvis",
             m="Testprotokoll", s="",
             c="Larmtester har genomförts varje månad enligt rutin, inga fel har noterats.",
             st="GENOMFORD", av="nej"),
    ]),
    ("Funktionshinderomsorg (LSS)", [
        dict(k="Kontroll av att beslut om insatser enligt LSS verkställs inom tre månader",
             m="Rapport ej verkställda beslut", s="⚪",
             c="Kontrollmomentet utgår enligt SN 2025-04-23 § 58 och ersätts av kvartalsrapporteringen till IVO.",
             st="UTGAR", av="nej"),
        dict(k="Stickprov av 10 fakturor från assistansanordnare mot beviljade timmar",
             m="Stickprov", s="", c="", st="SAKNAS", av="nej"),
    ]),
    ("Administration och ekonomi", [
        dict(k="Kontroll av att brukares privata medel på boenden redovisas och kvitteras",
             m="Genomgång av kassaböcker", s="🟡 Pågår",
             c="Redovisningen kontrollerad för 3 av 6 enheter. På en enhet saknades kvitton för två uttag.",
             st="DELVIS", av="ja"),
    ]),
]


def build_B():
    doc, st = odt_new()
    doc.text.addElement(H(outlinelevel=1, stylename=st['H1'],
                          text="Socialnämnden – Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Delårsuppföljning per den 31 augusti 2025"))
    doc.text.addElement(P(text="Dnr SN 2025/000112"))
    doc.text.addElement(P(text=(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar nio "
        "kontrollmoment fördelade på fyra processer. Nedan redovisas läget per den 31 augusti. "
        "Status markeras med symboler enligt teckenförklaringen sist i dokumentet.")))
    for i, (proc, ctrls) in enumerate(B_PROC, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=st['H2'], text="Process: " + proc))
        rows = [["Kontrollmoment", "Metod", "Status", "Resultat och kommentar"]]
        for c in ctrls:
            rows.append([c['k'], c['m'], c['s'], c['c']])
        odt_table(doc, st, "Process%d" % i, rows)
        doc.text.addElement(P(text=""))
    doc.text.addElement(H(outlinelevel=2, stylename=st['H2'], text="Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar men att handläggningstiderna "
        "inom barn och unga behöver följas upp särskilt under hösten.")))
    doc.text.addElement(P(text=""))
    leg = P(stylename=st['Small'])
    leg.addElement(Span(stylename=st['B'], text="Teckenförklaring: "))
    leg.addText("🟢 = Kontrollen genomförd utan avvikelser   🟠 = Kontrollen genomförd, avvikelser har upptäckts   "
                "🟡 = Kontrollen delvis genomförd / pågår   🔴 = Kontrollen ej genomförd   ⚪ = Utgår")
    doc.text.addElement(leg)
    doc.text.addElement(P(text="Härnösand 2025-09-04"))
    doc.text.addElement(P(text="Maria Sjödin, socialchef"))
    doc.save(FB)
    FILES.append((FB, "INLAST", "Socialnämnden", "2025", "DELAR"))
    for _, ctrls in B_PROC:
        exp(FB, "Socialnämnden", ctrls)


# =====================================================================
# C. Barn- och utbildningsnämnden – .docx, headings, status in bold at the start of each comment paragraph
FC = "BUN_uppfoljning_internkontroll_delar_2025.docx"
C_PROC = [
    ("Trygghet och studiero", [
        dict(k="Kontroll att anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
             meta="Metod: uttag ur DF Respons. Ansvarig: verksamhetschef grundskola.",
             b="Genomförd med anmärkning.",
             c=" Av 48 anmälningar under perioden rapporterades 6 senare än fem arbetsdagar. Rektorerna har påmints om rutinen.",
             st="GENOMFORD", av="ja"),
        dict(k="Kontroll att elevhälsans journaler förs enligt patientdatalagen (stickprov 15 journaler)",
             meta="Metod: stickprov. Ansvarig: verksamhetschef elevhälsa.",
             b="Genomförd.", c=" Stickprov av 15 journaler visade inga avvikelser.",
             st="GENOMFORD", av="nej"),
    ]),
    ("Närvaro och skolplikt", [
        dict(k="Uppföljning av att hög frånvaro (över 15 procent) utreds och anmäls till rektor",
             meta="Metod: frånvarorapport i IST. Ansvarig: rektorer.",
             b="Pågår.", c=" Sammanställningen för vårterminen är klar. Höstterminens uppföljning görs i oktober.",
             st="DELVIS", av="nej"),
        dict(k="Kontroll av skolpliktsbevakning för elever folkbokförda i kommunen utan skolplacering",
             meta="Metod: avstämning mot folkbokföringen. Ansvarig: utredare.",
             b="", c="Kontrollen har inte genomförts under perioden eftersom elevregistret byttes i maj. Den görs under hösten.",
             st="EJ_GENOMFORD", av="nej"),
    ]),
    ("Ekonomi och resursfördelning", [
        dict(k="Kontroll av att interkommunala ersättningar faktureras och betalas med korrekt belopp",
             meta="Metod: avstämning mot elevregister. Ansvarig: ekonom.",
             b="Delvis genomförd", c=" – vårterminens fakturor är kontrollerade. Två felaktiga belopp mot Sundsvalls kommun har upptäckts och korrigerats.",
             st="DELVIS", av="ja"),
        dict(k="Stickprov av 15 inköp på skolenheterna mot gällande avtal",
             meta="Metod: stickprov i e-handeln. Ansvarig: controller.",
             b="Ej genomförd.", c=" Skjuts till helårsuppföljningen.",
             st="EJ_GENOMFORD", av="nej"),
        dict(k="Kontroll av att betyg registreras och signeras i IST inom föreskriven tid",
             meta="Metod: rapport ur IST. Ansvarig: rektorer gymnasiet.",
             b="Oklart.", c=" Rektorerna har ännu inte lämnat underlag, avstämning sker i september.",
             st="OKLAR", av="nej"),
    ]),
    ("Förskola", [
        dict(k="Kontroll av barngruppernas storlek mot Skolverkets riktmärke",
             meta="Metod: statistik per avdelning. Ansvarig: verksamhetschef förskola.",
             b="Utgår.", c=" Kontrollmomentet ströks vid revideringen av planen (BUN 2025-03-19 § 22).",
             st="UTGAR", av="nej"),
        dict(k="Kontroll av att placering i förskola erbjuds inom fyra månader från ansökan",
             meta="Metod: kölista. Ansvarig: placeringshandläggare.",
             b="Genomförd.", c=" Två vårdnadshavare erbjöds inte plats inom fyra månader under våren, vilket har rapporterats till nämnden.",
             st="GENOMFORD", av="ja"),
    ]),
]


def build_C():
    d = Document()
    d.styles['Normal'].font.name = 'Calibri'
    d.styles['Normal'].font.size = Pt(11)
    d.add_heading("Barn- och utbildningsnämnden", 0)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport 2025 (januari–augusti)")
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller nio kontrollmoment. Varje kontrollmoment redovisas "
        "nedan med status i fetstil först i kommentaren, följt av resultat och eventuella åtgärder.")
    n = 0
    for proc, ctrls in C_PROC:
        d.add_heading("Process: " + proc, 1)
        for c in ctrls:
            n += 1
            d.add_heading(c['k'], 2)
            p = d.add_paragraph(c['meta'])
            p.runs[0].italic = True
            p = d.add_paragraph()
            if c['b']:
                r = p.add_run(c['b']); r.bold = True
            p.add_run(c['c'])
    d.add_heading("Sammanfattning", 1)
    d.add_paragraph("Förvaltningen följer upp de kontrollmoment som inte är slutförda i helårsuppföljningen.")
    d.add_paragraph("Härnösand den 3 september 2025\nJohan Edlund, förvaltningschef")
    d.save(FC)
    FILES.append((FC, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    for _, ctrls in C_PROC:
        exp(FC, "Barn- och utbildningsnämnden", ctrls)


# =====================================================================
# D. Kultur- och fritidsnämnden – .xlsx, symbols with legend at the bottom, Delår | Helår columns
FD = "KFN_IK-uppfoljning_2025.xlsx"
D_PROC = [
    ("FÖRENINGSBIDRAG", "Bidrag betalas ut på felaktiga grunder", [
        dict(k="Stickprov av 10 beviljade aktivitetsbidrag mot inlämnade närvarolistor",
             a="Föreningskonsulent", d="●", h="", c="Inga avvikelser.", st="GENOMFORD", av="nej"),
        dict(k="Kontroll av att föreningar med driftbidrag lämnat årsredovisning och verksamhetsberättelse",
             a="Föreningskonsulent", d="◐", h="", c="12 av 19 föreningar har lämnat, granskning pågår.",
             st="DELVIS", av="nej"),
    ]),
    ("FRITIDSANLÄGGNINGAR", "Brister i säkerhet och egenkontroll", [
        dict(k="Kontroll av att egenkontroll av badvattenkvalitet i simhallen dokumenteras dagligen",
             a="Badmästare", d="○", h="",
             c="Dokumentationen brast under juli när ordinarie personal hade semester, 9 dagar saknas.",
             st="EJ_GENOMFORD", av="ja"),
        dict(k="Kontroll av att uthyrning av idrottshallar i bokningssystemet faktureras",
             a="Bokningsansvarig", d="", h="", c="Se bilaga", st="OKLAR", av="nej"),
    ]),
    ("BIBLIOTEK", "Otillåten behandling av personuppgifter", [
        dict(k="Kontroll av att låntagares personuppgifter gallras enligt informationshanteringsplanen",
             a="Bibliotekschef", d="◐", h="●", c="Gallring slutförd 2025-08-28.", st="GENOMFORD", av="nej"),
        dict(k="Kontroll av att inköp av media sker inom ramavtal",
             a="Bibliotekschef", d="x", h="", c="", st="OKLAR", av="nej"),
    ]),
    ("KASSAHANTERING", "Förlust av kontanta medel", [
        dict(k="Kontroll av dagskassor mot bankinsättningar (stickprov 10 dagar)",
             a="Enhetschef Sälstens fritidsområde", d="●", h="",
             c="Differens på 350 kr vid ett tillfälle, utredd och dokumenterad.", st="GENOMFORD", av="ja"),
        dict(k="Kontroll av att kassaansvariga har skriftligt förordnande",
             a="Enhetschef", d="–", h="", c="Ej aktuellt, kontanthanteringen avvecklades 1 april.",
             st="UTGAR", av="nej"),
    ]),
]


def build_D():
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    bold = Font(bold=True); thin = Side(style="thin", color="999999")
    ws["A1"] = "Kultur- och fritidsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"; ws["A2"].font = bold
    ws["A3"] = "Rapporteringstillfälle: Delår 31 aug"
    hdr = ["Risk", "Kontrollmoment", "Ansvarig", "Delår", "Helår", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for i in range(1, 7):
        c = ws.cell(5, i); c.font = bold; c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 6
    for proc, risk, ctrls in D_PROC:
        ws.cell(r, 1, proc).font = bold
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for j, c in enumerate(ctrls):
            vals = [risk if j == 0 else None, c['k'], c['a'],
                    c['d'] or None, c['h'] or None, c['c'] or None]
            for i, v in enumerate(vals, 1):
                cell = ws.cell(r, i, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if i in (4, 5) else None)
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            r += 1
    r += 1
    ws.cell(r, 2, "Antal genomförda kontrollmoment per delår: 2 av 8").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Förklaring:").font = bold
    ws.cell(r, 2, "● Genomförd    ◐ Delvis genomförd / pågår    ○ Ej genomförd    – Utgår / ej aktuell")
    r += 1
    ws.cell(r, 1, "Sammanställt av: Karin Öhman, kultur- och fritidschef, 2025-09-02")
    for col, w in zip("ABCDEF", [28, 52, 22, 8, 8, 48]):
        ws.column_dimensions[col].width = w
    wb.save(FD)
    FILES.append((FD, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    for _, _, ctrls in D_PROC:
        exp(FD, "Kultur- och fritidsnämnden", ctrls)


# =====================================================================
# E. Miljö- och byggnadsnämnden – .xls (via soffice), traffic-light fills with legend cells, T1 | T2
FE = "MBN_internkontroll_T2_2025.xls"
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
E_CTRL = [
    ("Tillsyn", [
        dict(k="Kontroll att tillsynsbesök enligt tillsynsplanen för livsmedel genomförs",
             a="Miljöchef", t1=(YELLOW, ""), t2=(GREEN, ""), c="I fas med tillsynsplanen.",
             st="GENOMFORD", av="nej"),
        dict(k="Kontroll av att tillsynsavgifter debiteras enligt taxa (stickprov 15 ärenden)",
             a="Administratör", t1=(None, ""), t2=(RED, "Ej genomförd"), c="Görs i november.",
             st="EJ_GENOMFORD", av="nej"),
    ]),
    ("Bygglov", [
        dict(k="Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             a="Bygglovschef", t1=(GREEN, ""), t2=(GREEN, "OK"),
             c="2 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.",
             st="GENOMFORD", av="ja"),
        dict(k="Kontroll av att delegationsbeslut i bygglovsärenden anmäls till nämnden",
             a="Nämndsekreterare", t1=(GREEN, ""), t2=(None, ""), c="",
             st="GENOMFORD", av="nej"),
        dict(k="Stickprov av slutbesked – att kontrollplan och intyg finns i akten",
             a="Byggnadsinspektör", t1=(None, ""), t2=(YELLOW, ""), c="10 av 20 akter granskade.",
             st="DELVIS", av="nej"),
    ]),
    ("Administration", [
        dict(k="Kontroll av att e-post från allmänheten besvaras inom två arbetsdagar",
             a="Förvaltningschef", t1=(None, ""), t2=(GREY, ""), c="Ersatt av kommunövergripande mätning.",
             st="UTGAR", av="nej"),
        dict(k="Kontroll av behörigheter i ärendesystemet Castor",
             a="Systemförvaltare", t1=(None, ""), t2=(None, ""), c="",
             st="SAKNAS", av="nej"),
    ]),
]


def build_E():
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    bold = Font(bold=True); thin = Side(style="thin", color="808080")
    brd = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws["A1"] = "Miljö- och byggnadsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan – tertial 2 2025"
    # legend in the top right corner
    ws["F1"] = "Färgförklaring"; ws["F1"].font = bold
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(2 + i, 6).fill = PatternFill("solid", fgColor=col)
        ws.cell(2 + i, 6).border = brd
        ws.cell(2 + i, 7, txt)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status T2", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = bold; c.border = brd
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 8; n = 0
    for proc, ctrls in E_CTRL:
        for c in ctrls:
            n += 1
            ws.cell(r, 1, n); ws.cell(r, 2, proc); ws.cell(r, 3, c['k']); ws.cell(r, 4, c['a'])
            for col, (fill, txt) in ((5, c['t1']), (6, c['t2'])):
                cell = ws.cell(r, col, txt or None)
                if fill:
                    cell.fill = PatternFill("solid", fgColor=fill)
                cell.alignment = Alignment(horizontal="center")
            ws.cell(r, 7, c['c'] or None)
            for i in range(1, 8):
                ws.cell(r, i).border = brd
                if i in (3, 7):
                    ws.cell(r, i).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    ws.cell(r + 1, 1, "Rapporterat av Anders Lindqvist, förvaltningschef miljö och bygg, 2025-09-05")
    for col, w in zip("ABCDEFG", [5, 14, 55, 20, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, FE.replace(".xls", ".xlsx"))
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpd, FE), FE)
    shutil.rmtree(tmpd)
    FILES.append((FE, "INLAST", "Miljö- och byggnadsnämnden", "2025", "T2"))
    for _, ctrls in E_CTRL:
        exp(FE, "Miljö- och byggnadsnämnden", ctrls)


# =====================================================================
# F. Stratsys-like CSV export, Windows-1252, two nämnder, a row per control and period
FF = "Stratsys_export_internkontroll_2025-09-05.csv"
F_ORGS = [
    ("Samhällsförvaltningen", "Samhällsbyggnadsnämnden", [
        dict(k="Kontroll av att fakturor för vinterväghållning stäms av mot entreprenörens körjournaler",
             p="Drift och underhåll",
             rows=[("T1 2025", "Pågående", "Januari och februari avstämda."),
                   ("Delår 2025", "Genomförd", "Samtliga fakturor t.o.m. april avstämda utan anmärkning.")],
             st="GENOMFORD", av="nej"),
        dict(k="Stickprov av 10 markupplåtelser – att avgift debiterats enligt taxa",
             p="Mark och exploatering",
             rows=[("T1 2025", "Genomförd", "Två upplåtelser var inte fakturerade, rättat i mars."),
                   ("Delår 2025", "", "")],
             st="GENOMFORD", av="ja"),
        dict(k="Kontroll av att kommunens lekplatser besiktigats enligt SS-EN 1176",
             p="Drift och underhåll",
             rows=[("Delår 2025", "Ej påbörjad", "Besiktning är beställd till september.")],
             st="EJ_GENOMFORD", av="nej"),
        dict(k="Kontroll av att arrendeavtal indexuppräknas årligen",
             p="Mark och exploatering",
             rows=[("Delår 2025", "Ej aktuell", "Arrendehanteringen överfördes till kommunstyrelsen 2025-01-01.")],
             st="UTGAR", av="nej"),
        dict(k="Kontroll av att attestförteckning för investeringsprojekt är aktuell",
             p="Ekonomi",
             rows=[("Delår 2025", "", "Attestförteckningen är uppdaterad och kontrollerad i juni, inga avvikelser.")],
             st="GENOMFORD", av="nej"),
        dict(k="Kontroll av efterlevnad av avtal för fastighetsskötsel (stickprov av arbetsordrar)",
             p="Fastighet",
             rows=[("T1 2025", "Ej påbörjad", ""),
                   ("Delår 2025", "Pågående", "8 av 20 arbetsordrar kontrollerade, 1 arbete utfört och fakturerat utan beställning.")],
             st="DELVIS", av="ja"),
    ]),
    ("Arbetsmarknadsnämnden", "Arbetsmarknadsnämnden", [
        dict(k="Stickprov av 10 utbetalningar av praktikersättning mot närvarorapporter",
             p="Arbetsmarknadsinsatser",
             rows=[("Delår 2025", "Genomförd", "Inga avvikelser.")],
             st="GENOMFORD", av="nej"),
        dict(k="Kontroll av att individuella studieplaner upprättas för elever inom SFI",
             p="Vuxenutbildning",
             rows=[("T1 2025", "Ej påbörjad", ""),
                   ("Delår 2025", "Pågående", "Vårterminens planer kontrollerade, höstens intag återstår.")],
             st="DELVIS", av="nej"),
        dict(k="Kontroll av att frånvaro rapporteras till Arbetsförmedlingen inom fem dagar",
             p="Arbetsmarknadsinsatser",
             rows=[("Delår 2025", "Avbruten", "")],
             st="EJ_GENOMFORD", av="nej"),
        dict(k="Kontroll av att utdrag ur belastningsregistret finns för handledare inom feriearbete",
             p="Feriearbete",
             rows=[("T1 2025", "Pågående", ""),
                   ("Delår 2025", "Genomförd", "3 av 42 handledare saknade utdrag, kompletterat före start.")],
             st="GENOMFORD", av="ja"),
        dict(k="Kontroll av att lokalbokningar för vuxenutbildningen faktureras internt",
             p="Vuxenutbildning",
             rows=[("Delår 2025", "Osäkert", "Ansvarig har slutat, oklart om kontrollen hunnits göras.")],
             st="OKLAR", av="nej"),
    ]),
]


def build_F():
    lines = ["Rapport: Internkontroll – uppföljning kontrollmoment;;;;;;;",
             "Utskriven: 2025-09-05 08:41;Urval: Härnösands kommun, år 2025;;;;;;",
             ";;;;;;;",
             "Organisation;Process;Kontrollmoment;Period;Status;Kommentar;Senast ändrad;Ändrad av"]
    people = {"Samhällsförvaltningen": "Jonas Falk", "Arbetsmarknadsnämnden": "Sara Holmgren"}
    dates = {"T1 2025": "2025-05-09", "Delår 2025": "2025-09-02"}
    for org, namnd, ctrls in F_ORGS:
        for c in ctrls:
            for per, stt, com in c['rows']:
                filled = bool(stt or com)
                lines.append(";".join([org, c['p'], c['k'], per, stt, com,
                                       dates[per] if filled else "", people[org] if filled else ""]))
    with open(FF, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    for org, namnd, ctrls in F_ORGS:
        FILES.append((FF, "INLAST", namnd, "2025", "DELAR"))
    for org, namnd, ctrls in F_ORGS:
        exp(FF, namnd, ctrls)


# =====================================================================
# G. Överförmyndarnämnden – .odt, one small label/value table per control, ☒/☐ boxes
FG = "Overformyndarnamnden_IK_delar_2025.odt"
OPTS = ["Genomförd", "Delvis/pågår", "Ej genomförd", "Utgår"]
G_CTRL = [
    dict(k="Kontroll av att årsräkningar för 2024 granskas inom sex månader från inlämning",
         p="Granskning av redovisningar", m="Uttag ur Wärna", x=["Delvis/pågår"],
         c="Av 412 inlämnade årsräkningar är 371 granskade per 31 augusti.", st="DELVIS", av="nej"),
    dict(k="Stickprov av 10 ställföreträdares redovisning mot kontoutdrag",
         p="Granskning av redovisningar", m="Stickprov", x=["Genomförd"],
         c="I ett fall saknades verifikation för uttag om 4 500 kr. Ärendet utreds och ställföreträdaren har förelagts att komplettera.",
         st="GENOMFORD", av="ja"),
    dict(k="Kontroll av att nya ställföreträdare genomgått lämplighetsprövning (belastningsregister och Kronofogden)",
         p="Rekrytering av ställföreträdare", m="Genomgång av samtliga nya uppdrag", x=["Genomförd", "Delvis/pågår"],
         c="Kontroll gjord för nya uppdrag under våren.", st="OKLAR", av="nej"),
    dict(k="Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         p="Arvoden", m="Stickprov 15 arvodesbeslut", x=[],
         c="Arvodesbesluten fattas i samband med granskningen av årsräkningarna och har inte kontrollerats ännu.",
         st="EJ_GENOMFORD", av="nej"),
    dict(k="Kontroll av att förvaltarskap och godmanskap registreras korrekt i Wärna",
         p="Registerhållning", m="Avstämning mot tingsrättens beslut", x=[], c="", st="SAKNAS", av="nej"),
    dict(k="Kontroll av att bankkonton för omyndiga har överförmyndarspärr",
         p="Tillsyn omyndiga", m="Stickprov 10 konton", x=["Ej genomförd"],
         c="Planerad till november.", st="EJ_GENOMFORD", av="nej"),
]


def build_G():
    doc, st = odt_new()
    doc.text.addElement(H(outlinelevel=1, stylename=st['H1'], text="Överförmyndarnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025 – delår per 31 augusti"))
    doc.text.addElement(P(text=(
        "Överförmyndarenheten redovisar här status för nämndens kontrollmoment. Markera status med kryss (☒) "
        "i rutan som stämmer. Beskriv iakttagelser och åtgärder.")))
    for i, c in enumerate(G_CTRL, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=st['H2'], text="Kontrollmoment %d" % i))
        status = "   ".join(("☒ " if o in c['x'] else "☐ ") + o for o in OPTS)
        rows = [["Kontrollmoment", c['k']], ["Process", c['p']], ["Kontrollmetod", c['m']],
                ["Status", status], ["Iakttagelser / åtgärder", c['c']]]
        odt_table(doc, st, "Kontroll%d" % i, rows, header=False, boldfirstcol=True)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Härnösand 2025-09-01"))
    doc.text.addElement(P(text="Eva Nordin, enhetschef överförmyndarenheten"))
    doc.save(FG)
    FILES.append((FG, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))
    exp(FG, "Överförmyndarnämnden", G_CTRL)


# =====================================================================
# H. Valnämnden – .ods, status per year side by side (Status 2024 | Status 2025)
FH = "Valnamnden_IKP_2025.ods"
H_CTRL = [
    dict(k="Kontroll av att valnämndens delegationsordning är aktuell", a="Valsamordnare",
         y4="Klar", y5="Klar", c="Reviderad 2025-02-12.", st="GENOMFORD", av="nej"),
    dict(k="Inventering av valmaterial i förrådet (valskärmar, valurnor, valsedelställ)", a="Valsamordnare",
         y4="Klar", y5="", c="", st="SAKNAS", av="nej"),
    dict(k="Kontroll av att vallokaler för valen 2026 är bokade och tillgänglighetsanpassade", a="Valsamordnare",
         y4="", y5="Pågår", c="18 av 21 lokaler bokade, tillgänglighetsinventering återstår.", st="DELVIS", av="nej"),
    dict(k="Kontroll av att behörigheter i Valmyndighetens valdatasystem är aktuella", a="Valkansliet",
         y4="Klar", y5="Klar", c="Två avslutade användare hade kvar behörighet, spärrade 2025-05-20.",
         st="GENOMFORD", av="ja"),
    dict(k="Kontroll av att rekryterings- och utbildningsplan för röstmottagare är framtagen", a="Valsamordnare",
         y4="Utgår", y5="Ej påbörjad", c="Tas fram under hösten.", st="EJ_GENOMFORD", av="nej"),
]


def build_H():
    doc = OpenDocumentSpreadsheet()
    st = ods_styles(doc)
    rows = [
        [("Valnämnden Härnösand – uppföljning internkontroll", 'title', 5)],
        [("Avser läget per 31 augusti 2025", None, 5)],
        [""],
        ods_row(st, ["Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar"], 'head'),
    ]
    for c in H_CTRL:
        rows.append([c['k'], c['a'], c['y4'], c['y5'], c['c']])
    rows.append([""])
    rows.append([("Status anges som Klar / Pågår / Ej påbörjad / Utgår.", None, 5)])
    ods_table(doc, st, "Uppföljning", rows, [1, 3, 5, 6, 7])
    doc.save(FH)
    FILES.append((FH, "INLAST", "Valnämnden", "2025", "DELAR"))
    exp(FH, "Valnämnden", H_CTRL)


# =====================================================================
# R. A covering letter (missiv) – no controls → AVVISAD
FR = "Missiv_SN_delarsuppfoljning_2025.odt"


def build_R():
    doc, st = odt_new()
    doc.text.addElement(P(text="Socialförvaltningen"))
    doc.text.addElement(P(text="2025-09-04"))
    doc.text.addElement(P(text="Till ekonomienheten, kommunstyrelseförvaltningen"))
    doc.text.addElement(H(outlinelevel=1, stylename=st['H1'],
                          text="Följebrev – Socialnämndens delårsuppföljning av intern kontroll 2025"))
    for t in [
        "Hej!",
        "Här kommer socialnämndens uppföljning av internkontrollplanen per 31 augusti 2025. "
        "Uppföljningen finns i den bifogade filen och behandlas av socialnämnden den 24 september.",
        "Observera att två kontrollmoment inte har hunnits genomföras under sommaren på grund av bemanningsläget. "
        "Vi återkommer med dessa i helårsuppföljningen.",
        "Hör av er om något är oklart.",
        "Med vänlig hälsning",
        "Maria Sjödin",
        "Socialchef, Härnösands kommun",
    ]:
        doc.text.addElement(P(text=t))
    doc.save(FR)
    FILES.append((FR, "AVVISAD", "", "", ""))


# =====================================================================
build_A(); build_B(); build_C(); build_D(); build_E(); build_F(); build_G(); build_H(); build_R()

with open("namnder.csv", "w", encoding="utf-8") as f:
    f.write("nämnd;alias\n")
    for n, a in NAMNDER:
        f.write("%s;%s\n" % (n, a))
with open("files.csv", "w", encoding="utf-8") as f:
    f.write("fil;utfall;nämnd;år;period\n")
    for r in FILES:
        f.write(";".join(r) + "\n")
with open("expected.csv", "w", encoding="utf-8") as f:
    f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
    for r in EXPECTED:
        assert ';' not in r[2] and '\n' not in r[2]
        f.write(";".join(r) + "\n")
print("files:", len(set(r[0] for r in FILES)), "file rows:", len(FILES), "controls:", len(EXPECTED))
