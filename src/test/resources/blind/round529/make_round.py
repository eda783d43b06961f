#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r529 - Bollebygds kommun, delårsuppföljning 2025 (januari-augusti).

Builds 7 follow-up files + 1 file to reject, and namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (writes everything into the folder of this script)
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties)
from odf.table import (CoveredTableCell, Table, TableCell, TableColumn,
                       TableRow)
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Bollebygds kommun"


def fix_xlsx_props(wb, creator):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden - .odt, table, status symbols, legend ABOVE table
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN_Uppföljning_internkontroll_delår_2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        # nr, process, kontrollmoment, ansvarig, symbol, kommentar, status, avvikelse
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Förvaltningsekonom", "✓",
         "Stickprov på 25 fakturor januari–juni. Samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av kontantkassor på biblioteket och i simhallen",
         "Enhetschef bibliotek", "✓*",
         "Kassainventering 2025-05-14. Differens om 340 kr i simhallens kassa. Rutinen för dagsavstämning har skärpts.",
         "GENOMFORD", "ja"),
        ("3", "Föreningsbidrag",
         "Kontroll att utbetalda aktivitetsbidrag stämmer mot inrapporterade deltagartillfällen",
         "Fritidskonsulent", "○",
         "Vårens ansökningar granskade (12 av 31 föreningar). Höstens ansökningar granskas i oktober.",
         "DELVIS", "nej"),
        ("4", "Föreningsbidrag",
         "Kontroll att föreningar som erhåller bidrag har lämnat in verksamhetsberättelse och revisionsberättelse",
         "Fritidskonsulent", "✓",
         "Samtliga 31 föreningar har lämnat in handlingarna.",
         "GENOMFORD", "nej"),
        ("5", "Uthyrning av lokaler",
         "Avstämning av bokningssystemet mot fakturerade lokalhyror",
         "Bokningsansvarig", "✗",
         "Ej genomförd på grund av byte av bokningssystem i maj. Genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("6", "Uthyrning av lokaler",
         "Kontroll att lokalhyror debiteras enligt beslutad taxa",
         "Bokningsansvarig", "✓",
         "20 bokningar kontrollerade, inga fel.",
         "GENOMFORD", "nej"),
        ("7", "Personal",
         "Kontroll att utdrag ur belastningsregistret har begärts för personal i fritidsgårdsverksamheten",
         "Enhetschef fritidsgård", "✓*",
         "Utdrag saknades för 2 av 9 timanställda. Utdragen har nu begärts in.",
         "GENOMFORD", "ja"),
        ("8", "Kulturskola",
         "Kontroll av avgiftsbefrielse och syskonrabatt i kulturskolan",
         "Rektor kulturskolan", "–",
         "Avgiften i kulturskolan avskaffades från vårterminen 2025 (KFN 2024-11-20 § 61).",
         "UTGAR", ""),
        ("9", "Informationssäkerhet",
         "Kontroll av behörigheter i bibliotekssystemet",
         "Enhetschef bibliotek", "", "",
         "SAKNAS", ""),
        ("10", "Dokumenthantering",
         "Kontroll att inkomna allmänna handlingar diarieförs inom en vecka",
         "Nämndsekreterare", "○",
         "Perioden januari–april kontrollerad utan anmärkning, maj–augusti återstår.",
         "DELVIS", "nej"),
    ]

    doc = OpenDocumentText()
    # styles
    st_title = Style(name="Rubrik", family="paragraph")
    st_title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    st_title.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(st_title)
    st_sub = Style(name="Underrubrik", family="paragraph")
    st_sub.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    doc.styles.addElement(st_sub)
    st_small = Style(name="Liten", family="paragraph")
    st_small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(st_small)
    st_bold = Style(name="Fet", family="text")
    st_bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(st_bold)
    st_head = Style(name="Tabellhuvud", family="paragraph")
    st_head.addElement(TextProperties(fontweight="bold", fontsize="9pt"))
    doc.automaticstyles.addElement(st_head)
    st_sym = Style(name="Symbol", family="paragraph")
    st_sym.addElement(TextProperties(fontsize="12pt"))
    st_sym.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(st_sym)

    st_tab = Style(name="IKTabell", family="table")
    st_tab.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(st_tab)
    widths = ["0.9cm", "2.6cm", "5.2cm", "2.6cm", "1.4cm", "4.3cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="IKKol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    st_cell = Style(name="IKCell", family="table-cell")
    st_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(st_cell)
    st_hcell = Style(name="IKHCell", family="table-cell")
    st_hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                            backgroundcolor="#D9E2F3"))
    doc.automaticstyles.addElement(st_hcell)

    t = doc.text
    t.addElement(P(stylename=st_small, text="Bollebygds kommun · Kultur och fritid"))
    t.addElement(P(stylename=st_title, text="Uppföljning av internkontrollplan 2025"))
    t.addElement(P(stylename=st_sub, text="Kultur- och fritidsnämnden"))
    t.addElement(P(text="Avser perioden januari–augusti 2025 (delårsrapport). "
                        "Nämnden antog internkontrollplanen den 20 november 2024, § 62. "
                        "Uppföljningen redovisas till nämnden den 25 september 2025."))
    t.addElement(P(text=""))
    leg = P()
    leg.addElement(Span(stylename=st_bold, text="Teckenförklaring: "))
    leg.addText("✓ = genomförd utan anmärkning;  ✓* = genomförd, avvikelse noterad (se kommentar);  "
                "○ = påbörjad, ej slutförd;  ✗ = ej genomförd;  – = utgår/ej aktuell 2025. "
                "Tom ruta = ingen uppgift lämnad.")
    t.addElement(leg)
    t.addElement(P(text=""))

    tab = Table(name="Internkontroll", stylename=st_tab)
    for cs in colstyles:
        tab.addElement(TableColumn(stylename=cs))
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]
    tr = TableRow()
    for h in hdr:
        tc = TableCell(stylename=st_hcell, valuetype="string")
        tc.addElement(P(stylename=st_head, text=h))
        tr.addElement(tc)
    tab.addElement(tr)
    for r in rows:
        tr = TableRow()
        for i, v in enumerate(r[:6]):
            tc = TableCell(stylename=st_cell, valuetype="string")
            if i == 4:
                tc.addElement(P(stylename=st_sym, text=v))
            else:
                tc.addElement(P(text=v))
            tr.addElement(tc)
        tab.addElement(tr)
        exp(fil, namnd, r[2], r[6], r[7])
    t.addElement(tab)

    t.addElement(P(text=""))
    t.addElement(P(stylename=st_sub, text="Sammanfattande bedömning"))
    t.addElement(P(text="Av nämndens tio kontrollmoment är fem genomförda, varav två med avvikelse. "
                        "Två kontroller pågår och en är inte genomförd. Kontrollen av kulturskolans avgifter "
                        "utgår. Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig."))
    t.addElement(P(text=""))
    t.addElement(P(text="Bollebygd 2025-09-05"))
    t.addElement(P(text="Maria Sjöberg, förvaltningschef kultur och fritid"))
    doc.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Samhällsbyggnadsnämnden - .ods with merged process-heading rows
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "Samhällsbyggnadsnämnden IKP 2025 uppföljning delår.ods"
    namnd = "Samhällsbyggnadsnämnden"
    blocks = [
        ("1. Upphandling och inköp", [
            ("1.1", "Kontroll att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
             "Stickprov 10 direktupphandlingar", "Halvår", "Upphandlare",
             "Genomförd med avvikelse",
             "3 av 10 saknade dokumenterad jämförelse mellan leverantörer. Information till budgetansvariga på ledningsmöte 2025-06-10.",
             "GENOMFORD", "ja"),
            ("1.2", "Avtalstrohet – kontroll att inköp görs från upphandlade leverantörer",
             "Analys av leverantörsreskontra", "Årligen", "Controller",
             "Delvis genomförd",
             "Analysen för första halvåret är klar. Helårsanalys görs i januari.",
             "DELVIS", ""),
        ]),
        ("2. VA-verksamhet", [
            ("2.1", "Kontroll att samtliga VA-abonnenter debiteras enligt gällande VA-taxa",
             "Avstämning kundregister mot fastighetsregister", "Årligen", "VA-ingenjör",
             "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Kontroll av vattenmätare med avvikande förbrukning",
             "Lista ur debiteringssystemet", "Tertial", "Drifttekniker",
             "Genomförd", "14 mätare kontrollerade. Inga felaktiga debiteringar.", "GENOMFORD", "nej"),
            ("2.3", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram",
             "Genomgång av provtagningsprotokoll", "Månadsvis", "VA-chef",
             "Genomförd", "Samtliga prover under perioden bedömda som tjänliga.", "GENOMFORD", "nej"),
        ]),
        ("3. Gator, vägar och parker", [
            ("3.1", "Kontroll att grävtillstånd finns för samtliga schaktningar i kommunal mark",
             "Stickprov i fält", "Halvår", "Gatuingenjör",
             "Ej genomförd", "Kontrollen har inte hunnit genomföras på grund av vakant tjänst som gatuingenjör.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Besiktning av lekplatser enligt SS-EN 1176",
             "Besiktningsprotokoll", "Årligen", "Parkansvarig",
             "Genomförd med avvikelse",
             "Huvudbesiktning utförd i maj. Två gungställningar stängdes av och har åtgärdats.",
             "GENOMFORD", "ja"),
            ("3.3", "Uppföljning av vinterväghållningsentreprenörens rapporterade timmar mot GPS-logg",
             "Jämförelse tidrapporter/GPS", "Vintersäsong", "Gatuingenjör",
             "Ej aktuell",
             "Ny entreprenad från 2025-10-01 med automatisk rapportering. Kontrollen utgår 2025.",
             "UTGAR", ""),
        ]),
        ("4. Fastighetsförvaltning", [
            ("4.1", "Kontroll att felanmälningar åtgärdas inom avtalad tid",
             "Rapport ur fastighetssystemet", "Tertial", "Fastighetschef",
             "Delvis genomförd", "Tertial 1 kontrollerad utan anmärkning, tertial 2 pågår.",
             "DELVIS", "nej"),
            ("4.2", "Kontroll att lagstadgade besiktningar (OVK, hissar, brandlarm) är utförda",
             "Genomgång av besiktningsregister", "Årligen", "Fastighetschef",
             "Genomförd",
             "OVK-besiktningen i Bollebygdskolan var förfallen sedan mars. Besiktning beställd till september.",
             "GENOMFORD", "ja"),
        ]),
    ]
    ncol = 7
    doc = OpenDocumentSpreadsheet()
    s_title = Style(name="cTitle", family="table-cell")
    s_title.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.automaticstyles.addElement(s_title)
    s_hdr = Style(name="cHdr", family="table-cell")
    s_hdr.addElement(TextProperties(fontweight="bold", color="#FFFFFF"))
    s_hdr.addElement(TableCellProperties(backgroundcolor="#2F5496", border="0.5pt solid #000000",
                                         wrapoption="wrap"))
    doc.automaticstyles.addElement(s_hdr)
    s_proc = Style(name="cProc", family="table-cell")
    s_proc.addElement(TextProperties(fontweight="bold"))
    s_proc.addElement(TableCellProperties(backgroundcolor="#D9E2F3", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(s_proc)
    s_cell = Style(name="cBody", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    doc.automaticstyles.addElement(s_cell)
    s_sum = Style(name="cSum", family="table-cell")
    s_sum.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(s_sum)
    widths = ["1.2cm", "7.5cm", "4.5cm", "2.3cm", "3.0cm", "3.5cm", "7.5cm"]
    colst = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colst.append(cs)

    tab = Table(name="Uppföljning delår")
    for cs in colst:
        tab.addElement(TableColumn(stylename=cs))

    def row(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None:
                tr.addElement(TableCell())
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=v))
                tr.addElement(tc)
        tab.addElement(tr)

    def merged(text, style):
        tr = TableRow()
        tc = TableCell(valuetype="string", stylename=style, numbercolumnsspanned=ncol)
        tc.addElement(P(text=text))
        tr.addElement(tc)
        for _ in range(ncol - 1):
            tr.addElement(CoveredTableCell())
        tab.addElement(tr)

    merged("Samhällsbyggnadsnämnden", s_title)
    merged("Internkontrollplan 2025 – uppföljning per 2025-08-31 (delår)", None)
    row([None])
    row(["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status delår",
         "Iakttagelser och åtgärder"], s_hdr)
    counts = {}
    for proc, ctrls in blocks:
        merged(proc, s_proc)
        for c in ctrls:
            row(list(c[:7]), s_cell)
            exp(fil, namnd, c[1], c[7], c[8])
            counts[c[5]] = counts.get(c[5], 0) + 1
    row([None])
    row(["", "Summering", "", "", "", "Antal", ""], s_sum)
    g = counts.get("Genomförd", 0) + counts.get("Genomförd med avvikelse", 0)
    row(["", "Genomförd (varav med avvikelse: %d)" % counts.get("Genomförd med avvikelse", 0), "", "", "",
         str(g), ""], s_sum)
    row(["", "Delvis genomförd", "", "", "", str(counts.get("Delvis genomförd", 0)), ""], s_sum)
    row(["", "Ej genomförd", "", "", "", str(counts.get("Ej genomförd", 0)), ""], s_sum)
    row(["", "Ej aktuell", "", "", "", str(counts.get("Ej aktuell", 0)), ""], s_sum)
    row([None])
    row(["", "Sammanställt av Erik Holm, controller sektor samhällsbyggnad, 2025-09-04"])
    doc.spreadsheet.addElement(tab)
    doc.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Överförmyndarnämnden - .docx, prose only, numbered paragraphs + outcome sentence
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Uppföljning internkontroll delår 2025 Överförmyndarnämnden.docx"
    namnd = "Överförmyndarnämnden"
    ctrls = [
        ("Kontroll att samtliga årsräkningar för 2024 har granskats inom fyra månader från att de kom in.",
         "Kontrollen är genomförd. Av 118 inkomna årsräkningar granskades 109 inom fyra månader; nio ärenden "
         "drog ut på tiden på grund av begärda kompletteringar.",
         "GENOMFORD", "ja"),
        ("Stickprovskontroll av att ställföreträdares arvoden beslutas och betalas ut enligt nämndens riktlinjer.",
         "Kontrollen är genomförd utan anmärkning; 15 slumpvis valda arvodesbeslut stämde mot riktlinjerna.",
         "GENOMFORD", "nej"),
        ("Kontroll att ställföreträdare som förordnats under året har lämplighetsprövats med utdrag ur "
         "belastningsregistret och kreditupplysning.",
         "Kontrollen har påbörjats. Ärenden från januari–april är kontrollerade utan anmärkning, ärenden från "
         "maj–augusti kontrolleras i oktober.",
         "DELVIS", "nej"),
        ("Kontroll att beslut fattade på delegation återrapporteras till nämnden.",
         "Kontrollen har inte genomförts under perioden på grund av vakans på handläggartjänsten och flyttas "
         "till november.",
         "EJ_GENOMFORD", ""),
        ("Kontroll att förteckningar över huvudmannens tillgångar lämnas in inom två månader efter förordnande.",
         "Kontrollen är genomförd. I tre av 22 ärenden kom förteckningen in för sent; påminnelser har skickats "
         "och rutinen för bevakning har setts över.",
         "GENOMFORD", "ja"),
        ("Kontroll av att huvudmännens bankkonton är spärrade enligt beslut.",
         "Kontrollmomentet utgår eftersom det från 2025 ingår i granskningen av årsräkningar, enligt nämndens "
         "beslut 2025-03-13 § 9.",
         "UTGAR", ""),
        ("Kontroll av behörigheter i verksamhetssystemet Wärna.",
         "Behörighetsgenomgången genomfördes i juni och samtliga behörigheter var korrekta.",
         "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    fix_docx_props(d)
    d.core_properties.title = "Uppföljning intern kontroll delår 2025"
    d.core_properties.author = "Anna Lindqvist"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("Bollebygds kommun")
    p.runs[0].font.size = Pt(9)
    d.add_paragraph("Överförmyndarnämnden").runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse  2025-09-10  Dnr ÖFN 2025/31")
    d.add_heading("Uppföljning av intern kontroll januari–augusti 2025", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Överförmyndarnämnden antog internkontrollplanen för 2025 den 12 december 2024, § 48. Planen innehåller "
        "sju kontrollmoment. Av dessa är fyra genomförda, ett pågår, ett är inte genomfört och ett har utgått. "
        "Två av de genomförda kontrollerna visar avvikelser som har åtgärdats eller följs upp under hösten.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen för perioden "
                    "januari–augusti 2025.")
    d.add_heading("Kontrollmoment och resultat", level=2)
    d.add_paragraph("Nedan redovisas varje kontrollmoment i planen följt av resultatet för perioden.")
    for km, res, status, avv in ctrls:
        d.add_paragraph(km, style="List Number")
        d.add_paragraph(res)
        exp(fil, namnd, km, status, avv)
    d.add_heading("Bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen är tillräcklig. Den försenade "
                    "granskningen av årsräkningar ska följas upp särskilt i helårsuppföljningen.")
    d.add_paragraph("")
    d.add_paragraph("Anna Lindqvist")
    d.add_paragraph("Överförmyndarhandläggare")
    d.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden - xlsx, status header "Utfall per 31/8",
#    nämnd only in file name (BUN) and in the print header
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN internkontroll 2025 uppföljning 31 aug.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    rows = [
        ("BUN-1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Mars och september", "Pågår",
         "Marskontrollen klar utan anmärkning, septemberkontrollen återstår.", "DELVIS", "nej"),
        ("BUN-2", "Ekonomi", "Kontroll att kostnader för representation följer kommunens riktlinjer",
         "Controller", "Maj", "Klar",
         "3 av 20 verifikationer saknade uppgift om deltagare och syfte. Påminnelse skickad till rektorer.",
         "GENOMFORD", "ja"),
        ("BUN-3", "Skolskjuts", "Kontroll att skolskjuts beviljas enligt kommunens riktlinjer för skolskjuts",
         "Skolskjutssamordnare", "Juni", "Klar",
         "Samtliga 30 granskade beslut följer riktlinjerna.", "GENOMFORD", "nej"),
        ("BUN-4", "Förskola",
         "Kontroll att avgift för förskola och fritidshem debiteras utifrån aktuella inkomstuppgifter",
         "Handläggare barnomsorg", "April", "Klar",
         "Inkomstkontroll mot Skatteverket genomförd. 11 hushåll hade för låg debitering, efterdebitering pågår.",
         "GENOMFORD", "ja"),
        ("BUN-5", "Grundskola",
         "Kontroll att kränkande behandling anmäls till huvudmannen och utreds skyndsamt",
         "Verksamhetschef grundskola", "Tertialvis", "Pågår",
         "T1 granskad: samtliga anmälningar utredda. T2 sammanställs.", "DELVIS", "nej"),
        ("BUN-6", "Grundskola",
         "Kontroll att rutinen för anmälan av upprepad ogiltig frånvaro följs",
         "Rektorer", "Augusti", "Ej påbörjad",
         "Flyttas till oktober eftersom en ny frånvarorutin införs från höstterminen.", "EJ_GENOMFORD", ""),
        ("BUN-7", "Gymnasieskola",
         "Kontroll av interkommunal ersättning – fakturor från andra huvudmän stäms av mot elevregistret",
         "Handläggare antagning", "Halvår", "Klar", "", "GENOMFORD", ""),
        ("BUN-8", "Personal",
         "Kontroll att utdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
         "HR-specialist", "Maj", "Klar",
         "Stickprov 15 nyanställningar – utdrag fanns i samtliga.", "GENOMFORD", "nej"),
        ("BUN-9", "Kvalitet",
         "Kontroll att enheternas kvalitetsrapporter lämnas in enligt årshjulet",
         "Kvalitetsutvecklare", "Juni", "Utgår",
         "Ersätts av ny modell för kvalitetsdialoger enligt beslut BUN 2025-02-18 § 12.", "UTGAR", ""),
        ("BUN-10", "Informationssäkerhet", "Kontroll av behörigheter i lärplattformen och elevdokumentationen",
         "Systemförvaltare", "Mars", "Klar", "Se bilaga 1.", "GENOMFORD", ""),
        ("BUN-11", "Inköp",
         "Kontroll av inköp av läromedel:\n- att avtalade leverantörer används\n- att attest sker enligt attestordningen",
         "Controller", "Oktober", "Ej påbörjad", "Planerad till oktober.", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Lena Karlsson")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontroll 2025 – uppföljning till delårsrapporten"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Utfall anges som: Klar / Pågår / Ej påbörjad / Utgår"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Id", "Område", "Kontrollmoment", "Kontrollansvarig", "Planerad tidpunkt", "Utfall per 31/8",
           "Kommentar"]
    hr = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt 2025-09-04 av Lena Karlsson, controller barn och utbildning")
    for col, w in zip("ABCDEFG", [8, 16, 52, 22, 16, 14, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden"
    ws.oddHeader.right.text = "Delår 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Socialnämnden - xlsx, plan (risk, metod, frekvens) + follow-up in same sheet,
#    only a "Kommentar delår" column
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden IKP 2025 inkl uppföljning delår.xlsx"
    namnd = "Socialnämnden"
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Kontroll att utbetalningar av försörjningsstöd överensstämmer med beslut",
         "Stickprov 20 utbetalningar per tertial", "Tertial", "Enhetschef IFO", 3, 3,
         "Genomförd för T1 och T2. 40 utbetalningar kontrollerade, samtliga överensstämde med beslut.",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Misstänkta bidragsbrott anmäls inte",
         "Kontroll att anmälan om misstänkt bidragsbrott görs enligt bidragsbrottslagen",
         "Genomgång av ärenden med återkrav", "Halvår", "Enhetschef IFO", 2, 3,
         "Kontrollen har påbörjats men är inte slutförd, resterande ärenden gås igenom i september.",
         "DELVIS", ""),
        ("Barn och unga", "Orosanmälningar hanteras inte inom lagstadgad tid",
         "Kontroll att skyddsbedömning görs inom 14 dagar från inkommen orosanmälan",
         "Uttag ur verksamhetssystemet", "Tertial", "Enhetschef barn och unga", 3, 4,
         "Genomförd. 8 av 96 skyddsbedömningar gjordes senare än 14 dagar. Åtgärdsplan är upprättad.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Placeringar utan aktuellt beslut",
         "Kontroll att samtliga placerade barn har aktuellt beslut och vårdplan",
         "Avstämning av placeringslista mot beslut", "Halvår", "1:e socialsekreterare", 2, 4,
         "Ej genomförd på grund av personalomsättning i arbetsgruppen. Genomförs i oktober.",
         "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Beviljade insatser verkställs inte",
         "Kontroll att ej verkställda beslut rapporteras till IVO inom tre månader",
         "Rapport ur verksamhetssystemet", "Kvartal", "Biståndshandläggare", 2, 3,
         "", "SAKNAS", ""),
        ("Äldreomsorg", "Felaktig debitering av omsorgsavgifter",
         "Kontroll att avgifter för hemtjänst debiteras enligt beviljade timmar",
         "Stickprov 15 brukare", "Halvår", "Avgiftshandläggare", 3, 2,
         "Se bilaga 2.", "OKLAR", ""),
        ("LSS", "Felaktig ersättning för personlig assistans",
         "Kontroll att assistansanordnarnas tidrapporter överensstämmer med beslut",
         "Stickprov tidrapporter", "Halvår", "Enhetschef LSS", 2, 3,
         "Klart, inga avvikelser.", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Avvikelser i läkemedelshanteringen följs inte upp",
         "Kontroll att avvikelser i läkemedelshanteringen utreds och återkopplas",
         "Genomgång av avvikelserapporter", "Tertial", "MAS", 3, 4,
         "Genomförd. Samtliga 23 avvikelser är utredda, men återkoppling till anmälaren saknades i 6 fall.",
         "GENOMFORD", "ja"),
        ("Personal och arbetsmiljö", "Brister i arbetsmiljön upptäcks inte",
         "Kontroll att skyddsronder har genomförts på samtliga enheter",
         "Sammanställning av protokoll", "Årligen", "Sektorchef", 2, 2,
         "Ej genomförd ännu – planerad till november.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll i verksamhetssystemet",
         "Slumpvis loggkontroll av 10 användare per månad", "Månadsvis", "Systemförvaltare", 3, 4,
         "Loggkontroller januari–juni är gjorda utan anmärkning. Juli och augusti har inte kontrollerats på grund av semester.",
         "DELVIS", "nej"),
        ("Upphandling", "Köp utanför ramavtal",
         "Kontroll att köp av externa placeringar sker från ramavtal",
         "Genomgång av fakturor", "Årligen", "Sektorchef", 2, 3,
         "Utgår – ingår i kommunstyrelsens kontroll av avtalstrohet 2025.", "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Socialförvaltningen")
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av socialnämnden 2024-12-10 § 102. Kolumn J fylls i vid delårsuppföljningen."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Sannolikhet (1-4)",
           "Konsekvens (1-4)", "Riskvärde", "Kommentar delår"]
    hr = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA" if i < 10 else "FFF2CC")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    risk_fill = {True: PatternFill("solid", fgColor="FF9999"), False: PatternFill("solid", fgColor="FFE699")}
    for row in rows:
        vals = list(row[:8]) + [row[6] * row[7], row[8]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=9).fill = risk_fill[row[6] * row[7] >= 9]
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    for col, w in zip("ABCDEFGHIJ", [20, 30, 45, 30, 11, 20, 11, 11, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D5"
    # a second, small sheet with the risk matrix explanation (not a follow-up)
    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Riskvärde = sannolikhet × konsekvens"
    ws2["A3"] = "1–4"
    ws2["B3"] = "Låg risk"
    ws2["A4"] = "6–8"
    ws2["B4"] = "Medelhög risk"
    ws2["A5"] = "9–16"
    ws2["B5"] = "Hög risk"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Hypergene export - xlsx with metadata header rows, two nämnder (KS + BMN)
# ---------------------------------------------------------------------------
def build_hypergene():
    fil = "Hypergene_IK_uppfoljning_202508.xlsx"
    ks = "Kommunstyrelsen"
    bmn = "Bygg- och miljönämnden"
    rows = [
        (ks, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Redovisningsansvarig", "Genomförd", "Utan anmärkning",
         "Inga avvikelser.", "2025-06-19", "GENOMFORD", "nej"),
        (ks, "Ekonomi", "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
         "Genomgång av verifikationer", "Controller", "Genomförd", "Med anmärkning",
         "Två representationstillfällen saknade deltagarförteckning.", "2025-08-27", "GENOMFORD", "ja"),
        (ks, "Upphandling", "Avtalstrohet vid inköp av varor och tjänster",
         "Analys av leverantörsreskontra", "Upphandlingschef", "Pågående", "",
         "Analys av första halvåret pågår.", "2025-08-30", "DELVIS", ""),
        (ks, "Lön", "Kontroll av nyupplagda anställningar i lönesystemet mot anställningsavtal",
         "Stickprov 20 anställningar", "Lönechef", "Genomförd", "Utan anmärkning",
         "", "2025-05-12", "GENOMFORD", "nej"),
        (ks, "Lön", "Kontroll av ändringar av bankkontonummer för anställda",
         "Logguttag ur lönesystemet", "Lönechef", "Genomförd", "Med anmärkning",
         "En ändring saknade verifiering via återkontakt med den anställde. Rutinen har förtydligats.",
         "2025-08-14", "GENOMFORD", "ja"),
        (ks, "IT", "Kontroll att behörigheter i ekonomisystemet avslutas när anställning upphör",
         "Jämförelse behörighetslista mot avslutade anställningar", "IT-chef", "Ej påbörjad", "",
         "Planeras till oktober.", "2025-04-02", "EJ_GENOMFORD", ""),
        (ks, "Kommunikation",
         "Kontroll att kommunens webbplats uppfyller kraven i lagen om tillgänglighet till digital offentlig service",
         "Egen granskning av webbsidor", "Kommunikationschef", "Avbruten", "",
         "Avbruten genom beslut KS 2025-05-20 § 88; ersätts av extern granskning.", "2025-05-21",
         "UTGAR", ""),
        (ks, "Säkerhet", "Kontroll att krisledningsplan och larmlistor är uppdaterade",
         "Genomgång av dokument", "Säkerhetssamordnare", "", "", "", "2025-01-15", "SAKNAS", ""),
        (bmn, "Bygglov", "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystemet", "Bygglovschef", "Genomförd", "Med anmärkning",
         "4 av 62 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "2025-08-29",
         "GENOMFORD", "ja"),
        (bmn, "Bygglov", "Kontroll att bygglovsavgifter debiteras enligt taxa",
         "Stickprov 15 beslut", "Bygglovschef", "Genomförd", "Utan anmärkning", "", "2025-06-03",
         "GENOMFORD", "nej"),
        (bmn, "Miljötillsyn", "Kontroll att tillsyn genomförs enligt fastställd tillsynsplan",
         "Uppföljning av tillsynsplanen", "Miljöchef", "Pågående", "",
         "55 % av planerade inspektioner genomförda per 31/8.", "2025-09-01", "DELVIS", ""),
        (bmn, "Livsmedelskontroll",
         "Kontroll att årlig kontrollavgift för livsmedelsanläggningar faktureras",
         "Avstämning anläggningsregister mot fakturering", "Miljöchef", "Genomförd", "Utan anmärkning",
         "", "2025-03-28", "GENOMFORD", "nej"),
        (bmn, "Delegation", "Kontroll att delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista mot diariet", "Nämndsekreterare", "Ej påbörjad", "", "",
         "2025-02-10", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fix_xlsx_props(wb, "Hypergene")
    ws = wb.active
    ws.title = "Rapport"
    meta = [
        "Hypergene – Internkontroll: Uppföljning kontrollmoment",
        "Organisation: Bollebygds kommun",
        "Period: 2025 Delår (januari–augusti)",
        "Urval: Kommunstyrelsen; Bygg- och miljönämnden",
        "Skapad: 2025-09-09 08:47   Användare: ekonomienheten",
    ]
    for i, m in enumerate(meta, 1):
        ws.cell(row=i, column=1, value=m).font = Font(bold=(i == 1), size=(12 if i == 1 else 9))
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status",
           "Bedömning", "Kommentar", "Senast uppdaterad"]
    hr = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="404040")
    r = hr + 1
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            ws.cell(row=r, column=i, value=v if v != "" else None)
        d = datetime.datetime.strptime(row[8], "%Y-%m-%d")
        c = ws.cell(row=r, column=9, value=d)
        c.number_format = "yyyy-mm-dd"
        exp(fil, row[0], row[2], row[9], row[10])
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal rader: %d" % len(rows)).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [24, 18, 60, 36, 20, 12, 16, 60, 16]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A%d:I%d" % (hr, r - 1)
    wb.save(path(fil))
    FILES.append((fil, "INLAST", ks, "2025", "DELAR"))
    FILES.append((fil, "INLAST", bmn, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Södra Älvsborgs Räddningstjänstförbund - .docx table, status by cell colour only,
#    T1 (april) and Delår (augusti) columns side by side, legend below the table
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_sarf():
    fil = "SÄRF_uppföljning_internkontrollplan_2025_aug.docx"
    namnd = "Södra Älvsborgs Räddningstjänstförbund"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", GREEN, GREEN,
         "Stickprov i mars och augusti, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av drivmedelskort – tankningar stäms av mot fordon och körjournal", YELLOW, GREEN,
         "Genomförd i juni. Ett kort hade använts till fel fordon; kortet har spärrats och nytt utfärdats.",
         "GENOMFORD", "ja"),
        ("Tillsyn", "Kontroll att tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
         YELLOW, YELLOW, "48 av 110 planerade tillsyner genomförda per 31 augusti.", "DELVIS", ""),
        ("Tillstånd", "Kontroll att tillstånd för hantering av brandfarlig vara handläggs inom sex veckor",
         GREEN, None, "Kontrollen gjordes i april utan anmärkning. Nästa kontroll görs vid helår.",
         "GENOMFORD", "nej"),
        ("Personal", "Kontroll att räddningspersonal i beredskap har genomfört obligatoriska övningar och fystester",
         None, RED, "Fystesterna har skjutits upp till hösten på grund av ombyggnad av övningsfältet.",
         "EJ_GENOMFORD", ""),
        ("Räddningsinsats", "Kontroll att insatsrapporter upprättas och kvalitetsgranskas inom 14 dagar",
         GREEN, YELLOW, "Januari–april granskat. Granskning av maj–augusti pågår.", "DELVIS", ""),
        ("Fordon och materiel", "Kontroll att fordon och andningsskydd har genomgått föreskrivna besiktningar",
         None, GREEN, "Samtliga besiktningar utförda i tid.", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Kontroll av behörigheter i systemet för insatsrapportering",
         GREY, GREY, "Utgår 2025 – nytt system införs 2026 enligt direktionens beslut 2025-02-27 § 7.",
         "UTGAR", ""),
        ("Avtal", "Kontroll att avtal om externa utbildningar följs", None, None, "", "SAKNAS", ""),
    ]
    d = docx.Document()
    fix_docx_props(d)
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.core_properties.author = "SÄRF förbundskansli"
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Södra Älvsborgs Räddningstjänstförbund\tDelårsrapport 2025"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Direktionen för Södra Älvsborgs Räddningstjänstförbund – uppföljning per 31 augusti 2025")
    d.add_paragraph(
        "Förbundet följer upp internkontrollplanen vid tertial 1 (april), vid delårsbokslutet (augusti) och "
        "vid helår. Resultatet per kontrollmoment visas med färg för respektive uppföljningstillfälle. "
        "Medlemskommunerna får uppföljningen som en del av förbundets delårsrapport.")
    tab = d.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    hdr = ["Kontrollområde", "Kontrollmoment", "T1 (april)", "Delår (augusti)", "Kommentar"]
    for i, h in enumerate(hdr):
        c = tab.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9D9D9")
    for row in rows:
        cells = tab.add_row().cells
        cells[0].text = row[0]
        cells[1].text = row[1]
        cells[2].text = ""
        cells[3].text = ""
        if row[2]:
            shade(cells[2], row[2])
        if row[3]:
            shade(cells[3], row[3])
        cells[4].text = row[4]
        exp(fil, namnd, row[1], row[5], row[6])
    widths = [Cm(3.0), Cm(6.0), Cm(1.8), Cm(1.8), Cm(5.4)]
    for r_ in tab.rows:
        for i, w in enumerate(widths):
            r_.cells[i].width = w
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("Färgförklaring: ").bold = True
    p.add_run("Grön = kontrollen genomförd. Gul = kontrollen pågår eller är delvis genomförd. "
              "Röd = kontrollen är inte genomförd. Grå = kontrollmomentet utgår. "
              "Ofärgad ruta = ingen uppföljning vid tillfället.")
    d.add_paragraph("")
    d.add_paragraph("Borås 2025-09-11")
    d.add_paragraph("Jonas Berg, förbundsekonom")
    d.save(path(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: covering letter (följebrev) from Socialförvaltningen - no follow-up in it
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Följebrev IK delår 2025 Socialnämnden.docx"
    d = docx.Document()
    fix_docx_props(d)
    d.core_properties.title = "Följebrev"
    d.core_properties.author = "Socialförvaltningen"
    d.add_paragraph("Bollebygds kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-03")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av internkontrollplan 2025, delår", level=1)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025 "
        "(bifogad Excelfil \"Socialnämnden IKP 2025 inkl uppföljning delår\"). Uppföljningen är ännu inte "
        "behandlad av nämnden utan kommer att tas upp på sammanträdet den 23 september 2025. Eventuella "
        "ändringar efter nämndens behandling meddelas separat.")
    d.add_paragraph(
        "Sammanfattningsvis har fyra av elva kontrollmoment genomförts per den 31 augusti. Flera kontroller "
        "pågår eller planeras till hösten. Bilaga 2 med resultatet av avgiftskontrollen skickas när den är klar.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Sara Ek\nKvalitetsstrateg, socialförvaltningen\n033-43 00 00")
    d.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Sektor lärande"),
    ("Socialnämnden", "SN|Socialförvaltningen|Sektor omsorg och stöd"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Sektor samhällsbyggnad"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggnämnden|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Södra Älvsborgs Räddningstjänstförbund",
     "SÄRF|Räddningstjänsten|Räddningstjänstförbundet|Direktionen för Södra Älvsborgs Räddningstjänstförbund"),
    ("Bollebygds Hyresbostäder AB", "BHAB|Bollebygdshus"),
]


def write_csv(name, header, rows):
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_kfn()
    build_sbn()
    build_ofn()
    build_bun()
    build_sn()
    build_hypergene()
    build_sarf()
    build_reject()
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    names = {r[0] for r in REGISTER}
    for f in FILES:
        assert f[1] == "AVVISAD" or f[2] in names, f
    inl = {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inl, e
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
