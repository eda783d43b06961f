#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r498 - Ockelbo kommun, helår 2025 inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and
expected.csv, deterministically (zip containers are rewritten with fixed
timestamps and fixed document-property dates).

Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import re
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import xlwt

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (FontFace, GraphicProperties, ListLevelProperties,
                       ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, OutlineLevelStyle, OutlineStyle, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2026, 2, 2, 9, 0, 0)
FIXED_ISO = "2026-02-02T09:00:00Z"

EXPECTED = []   # rows: fil, nämnd, kontrollmoment, status, avvikelse
FILES = []      # rows: fil, utfall, nämnd, år, period


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    km = re.sub(r"\s+", " ", km).strip()
    EXPECTED.append([fil, namnd, km, status, avv])


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps and fixed dates in
    docProps/core.xml (OOXML) or meta.xml (ODF) so the build is repeatable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)",
                             r"\g<1>2026-02-02T09:00:00\g<2>", txt)
                txt = re.sub(r"(<dc:date>)[^<]*(</dc:date>)",
                             r"\g<1>2026-02-02T09:00:00\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnämnden"
KFN = "Kultur- och fritidsnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
OGAB = "Ockelbogårdar AB"
GIL = "Kommunalförbundet Gästrike IT & Lön"

REGISTER = [
    (KS, "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BoU"),
    (SN, "SN|Socialförvaltningen|IFO|Vård och omsorg"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad Ockelbo"),
    (MBN, "MBN|Miljö- och byggkontoret|Bygg och miljö"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (OFN, "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    (VN, "VN|Valkansliet"),
    (OGAB, "Ockelbogårdar|OGAB|Ockelbogårdar Aktiebolag"),
    (GIL, "Gästrike IT & Lön|GIL|IT- och lönecentrum|Gästrike IT och Lön"),
]


# ---------------------------------------------------------------------------
# F1  Kultur- och fritidsnämnden - one-page Word report, 4-column table
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_f1():
    fil = "KFN uppföljning intern kontroll helår 2025.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.4)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(3)

    hp = sec.header.paragraphs[0]
    hp.text = "OCKELBO KOMMUN\tRapport\tDnr KFN 2026/7"
    hp.runs[0].font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll 2025 – helår")
    r.bold = True
    r.font.size = Pt(15)
    p = d.add_paragraph()
    r = p.add_run("Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 64). "
        "Nedan redovisas resultatet av årets kontroller. Kontrollerna har utförts av "
        "förvaltningens verksamhetschefer och sammanställts av administrativ samordnare. "
        "Avvikelser som upptäckts har hanterats löpande och redovisas med vidtagna åtgärder.")

    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Ja", "Nej", "–", "GENOMFORD", "nej"),
        ("Kontroll av att bidrag till föreningar betalas ut enligt beslutade bidragsregler",
         "Ja", "Ja. En förening har fått lokalbidrag två gånger för samma period (4 200 kr).",
         "Beloppet har återkrävts. Dubbelkontroll av utbetalningslistan införs från 2026.",
         "GENOMFORD", "ja"),
        ("Uppföljning av att lokalbokningar i bokningssystemet faktureras",
         "Ja", "Nej", "–", "GENOMFORD", "nej"),
        ("Kontroll av kassahantering i simhallen och på biblioteket",
         "Ja", "Ja, kassadifferens vid två tillfällen i simhallen (under 500 kr).",
         "Ny rutin för dagskassa med två signaturer, införd i oktober.",
         "GENOMFORD", "ja"),
        ("Inventering av stöldbegärliga inventarier (projektorer, bärbara datorer, ljudutrustning)",
         "Nej", "", "Inventeringen hann inte genomföras på grund av vakans. Kontrollen flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att förtroendekänsliga poster (representation, kurser) är korrekt dokumenterade",
         "Delvis", "Nej",
         "Stickprov gjort för januari–juni. Juli–december granskas i februari 2026.",
         "DELVIS", "nej"),
        ("Skyddsronder i samtliga verksamhetslokaler inom systematiskt arbetsmiljöarbete",
         "Ja", "Ja, blockerad utrymningsväg på Ockelbo bibliotek.",
         "Fastighetsägaren åtgärdade bristen i november.", "GENOMFORD", "ja"),
        ("Kontroll av att skriftligt avtal finns med extern arrangör innan evenemang genomförs",
         "–", "", "Kontrollen utgår – inga evenemang med externa arrangörer har genomförts 2025.",
         "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Genomförd (ja/nej)", "Avvikelse", "Åtgärd"]
    widths = [Cm(6.2), Cm(2.3), Cm(4.2), Cm(4.3)]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        set_cell_shading(c, "D9E2F3")
        c.width = widths[i]
    for km, gen, avv, atg, status, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, gen, avv, atg]):
            cells[i].text = v
            cells[i].width = widths[i]
        exp(fil, KFN, km, status, av)

    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattande bedömning: Den interna kontrollen inom kultur- och fritidsnämndens "
        "ansvarsområde bedöms som tillräcklig. Sex av åtta kontroller har genomförts helt eller "
        "delvis. Inventeringen av inventarier förs över till 2026 års plan.")
    d.add_paragraph("Ockelbo 2026-01-28")
    d.add_paragraph("Anna Berglund\nKultur- och fritidschef")
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", KFN, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - xlsx with delår and helår columns
# ---------------------------------------------------------------------------
def build_f2():
    fil = "BUN IKP 2025 uppföljning.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Internkontrollplan 2025 – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delår (jan–aug) och helår"
    ws["A2"].font = Font(italic=True, size=11)
    ws["A3"] = "Planen fastställd av BUN 2024-12-11 § 92. Helårsuppföljningen behandlas av nämnden 2026-02-18."
    ws["A3"].font = Font(size=9)

    header = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig",
              "Status delår", "Kommentar delår", "Status helår", "Kommentar helår"]
    r0 = 5
    for i, h in enumerate(header, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    widths = [14, 22, 40, 22, 16, 12, 30, 12, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    groups = [
        ("Ekonomi", [
            ("Fakturahantering", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor/halvår", "Ekonom",
             "Pågår", "Stickprov jan–jun, 25 fakturor, inga fel.",
             "Klar", "Totalt 50 fakturor kontrollerade. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("Skolskjuts", "Betalning för ej utförda turer",
             "Kontroll av att skolskjutsfakturor stämmer mot avtalade turer",
             "Avstämning mot körjournal", "Skolskjutssamordnare",
             "Pågår", "Avstämning vårterminen klar.",
             "Klar", "Två fakturor med felaktigt antal turer. Kreditering erhållen.",
             "GENOMFORD", "ja"),
            ("Interkommunal ersättning", "Utebliven intäkt",
             "Kontroll av interkommunala ersättningar (IKE) – att debitering sker för samtliga elever från annan kommun",
             "Avstämning mot elevregister", "Controller",
             "Ej påbörjad", "",
             "Pågår", "Avstämning mot elevregistret pågår och slutförs i februari 2026.",
             "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Trygghet och studiero", "Kränkningar anmäls inte",
             "Rutin för anmälan av kränkande behandling till huvudman följs",
             "Genomgång av anmälningar", "Rektorer",
             "Klar", "Alla anmälningar jan–aug har anmälts till huvudman inom fem dagar.",
             "", "",
             "GENOMFORD", "nej"),
            ("Närvaro", "Elever med hög frånvaro uppmärksammas inte",
             "Uppföljning av elevfrånvaro – att rektor kontaktar vårdnadshavare vid frånvaro över 10 %",
             "Stickprov 12 elever/enhet", "Rektorer",
             "Pågår", "Pågår enligt plan.",
             "", "Kontrollen genomförd på samtliga skolenheter. På en enhet saknades dokumenterad kontakt i 3 av 12 fall.",
             "GENOMFORD", "ja"),
            ("Tilläggsbelopp", "Beslut saknar underlag",
             "Kontroll av att beslut om tilläggsbelopp dokumenteras i elevakten",
             "Stickprov 10 beslut", "Elevhälsochef",
             "Ej påbörjad", "Startar under hösten.",
             "Ej påbörjad", "Hann inte genomföras. Kontrollen ingår i plan 2026.",
             "EJ_GENOMFORD", ""),
            ("Delegation", "Beslut anmäls inte",
             "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Avstämning delegationslistor", "Nämndsekreterare",
             "", "", "", "",
             "SAKNAS", ""),
        ]),
        ("Personal", [
            ("Rekrytering", "Olämplig person anställs",
             "Kontroll av att registerutdrag ur belastningsregistret finns för all nyanställd personal",
             "Samtliga nyanställningar", "HR-konsult",
             "Klar", "",
             "Klar", "Samtliga 38 nyanställningar kontrollerade, utdrag fanns i alla fall.",
             "GENOMFORD", "nej"),
            ("Lönebidrag", "Utebliven ersättning",
             "Kontroll av att lönebidrag och anställningsstöd söks och återrapporteras i tid",
             "Avstämning mot AF", "HR-konsult",
             "Utgår", "Inga anställningar med stöd under 2025.",
             "Utgår", "",
             "UTGAR", ""),
            ("Arbetsmiljö", "Olycksfall i förskolans miljö",
             "Kontroll av att skyddsronder genomförs på samtliga förskolor",
             "Protokoll skyddsrond", "Förskolechefer",
             "Klar", "Genomfört i maj.",
             "Klar", "Genomfört i maj. Brister i två utemiljöer (Perslunda, Lingbo) har åtgärdats.",
             "GENOMFORD", "ja"),
            ("Sjukfrånvaro", "Hög sjukfrånvaro följs inte upp",
             "Uppföljning av sjukfrånvaro per enhet och åtgärder vid hög frånvaro",
             "Kvartalsrapport HR", "Förvaltningschef",
             "Pågår", "",
             "Pågår", "Kvartalsvis uppföljning görs, rehabiliteringsärenden pågår.",
             "DELVIS", ""),
        ]),
    ]
    r = r0 + 1
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 10):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for it in items:
            vals = it[:9]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = wrap
                c.border = box
            exp(fil, BUN, it[2], it[9], it[10])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Klar / Pågår / Ej påbörjad / Utgår").font = Font(italic=True, size=9)
    ws.cell(row=r + 1, column=1, value="Sammanställt av Per Nyström, controller, 2026-01-26").font = Font(size=9)
    ws.freeze_panes = ws.cell(row=r0 + 1, column=1)
    ws.print_title_rows = "%d:%d" % (r0, r0)
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "Per Nyström"
    wb.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", BUN, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F3  Kommunalförbundet Gästrike IT & Lön - .ods, T1/T2/T3 code columns
# ---------------------------------------------------------------------------
def build_f3():
    fil = "Gästrike IT och Lön - uppföljning internkontroll 2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hdr = Style(name="hdr", family="table-cell")
    hdr.addElement(TextProperties(fontweight="bold"))
    hdr.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000",
                                       wrapoption="wrap"))
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                          verticalalign="top"))
    code = Style(name="code", family="table-cell")
    code.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    code.addElement(ParagraphProperties(textalign="center"))
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    for s in (bold, title, hdr, cellst, code, small):
        doc.automaticstyles.addElement(s)
    colw = ["1.0cm", "2.6cm", "7.5cm", "2.0cm", "4.0cm", "3.0cm", "1.1cm", "1.1cm", "1.1cm", "8.0cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    NCOL = 10

    def row(tbl, values, style=None, span_first=False):
        tr = TableRow()
        if span_first:
            tc = TableCell(valuetype="string", numbercolumnsspanned=NCOL, stylename=style)
            tc.addElement(P(text=values[0]))
            tr.addElement(tc)
            for _ in range(NCOL - 1):
                tr.addElement(CoveredTableCell())
        else:
            for i, v in enumerate(values):
                st = style
                if isinstance(style, list):
                    st = style[i]
                if v is None or v == "":
                    tc = TableCell(stylename=st) if st else TableCell()
                elif isinstance(v, int):
                    tc = TableCell(valuetype="float", value=v, stylename=st)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", stylename=st)
                    for line in str(v).split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
        tbl.addElement(tr)

    t = Table(name="Uppföljning 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    row(t, ["Kommunalförbundet Gästrike IT & Lön"], title, span_first=True)
    row(t, ["Medlemskommuner: Ockelbo kommun och Hofors kommun"], None, span_first=True)
    row(t, ["Uppföljning av internkontrollplan 2025 – helår (T3). Behandlas av direktionen 2026-02-19."], bold, span_first=True)
    row(t, [""])
    row(t, ["Teckenförklaring:  G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår"], small, span_first=True)
    row(t, [""])
    row(t, ["Nr", "Process", "Kontrollmoment", "Avser", "Kontrollmetod", "Ansvarig",
            "T1", "T2", "T3", "Kommentar"], hdr)

    items = [
        (1, "Lön", "Kontroll av att nyanställda registreras i lönesystemet med lön enligt anställningsavtal",
         "Båda", "Stickprov 20 per kommun och tertial", "Lönechef", "G", "G", "G",
         "Inga fel i något av stickproven.", "GENOMFORD", "nej"),
        (2, "Lön", "Kontroll av lönerevision 2025 – Ockelbo kommun",
         "Ockelbo", "Stickprov 30 anställda", "Lönechef", "", "G", "",
         "Revisionen utbetald i juni. Stickprov utan anmärkning.", "GENOMFORD", "nej"),
        (3, "Lön", "Kontroll av lönerevision 2025 – Hofors kommun",
         "Hofors", "Stickprov 30 anställda", "Lönechef", "", "D", "G",
         "Revision för en avtalsgrupp försenad till oktober.\nFyra felaktiga lönetillägg upptäcktes och rättades.",
         "GENOMFORD", "ja"),
        (4, "Lön", "Avstämning av semesterlöneskuld mot huvudbok per medlemskommun",
         "Båda", "Avstämning vid bokslut", "Redovisningsansvarig", "", "", "D",
         "Ockelbo avstämd. Hofors återstår, klart i samband med bokslutet.", "DELVIS", ""),
        (5, "IT", "Behörighetsuppföljning – att konton för avslutade anställningar tas bort i AD inom fem arbetsdagar",
         "Båda", "Logguttag jämfört med avslutslista", "IT-säkerhetsansvarig", "G", "G", "G",
         "I sex fall dröjde borttaget mer än fem dagar. Rutinen med HR har skärpts.", "GENOMFORD", "ja"),
        (6, "IT", "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
         "Båda", "Återläsningstest", "Driftchef", "", "", "E",
         "Testmiljön har inte blivit klar. Test genomförs Q1 2026.", "EJ_GENOMFORD", ""),
        (7, "IT", "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga molntjänster",
         "Båda", "Genomgång av tjänsteförteckning", "Dataskyddssamordnare", "", "D", "D",
         "Avtal finns för 12 av 15 tjänster. Tre saknas och har begärts in från leverantörerna.",
         "DELVIS", "ja"),
        (8, "Ekonomi", "Attest av leverantörsfakturor enligt förbundets attestordning",
         "Förbundet", "Stickprov 15 fakturor per tertial", "Ekonomiansvarig", "G", "G", "G",
         "Utan anmärkning.", "GENOMFORD", "nej"),
        (9, "Ekonomi", "Kontroll av avtalstrohet vid inköp av IT-utrustning",
         "Förbundet", "Genomgång av inköp över 50 tkr", "Ekonomiansvarig", "", "U", "",
         "Utgår. Inköp sker från maj via nationellt ramavtal (Adda).", "UTGAR", ""),
        (10, "Ekonomi", "Fakturering av medlemskommunerna enligt fördelningsnyckel i förbundsordningen",
         "Båda", "Avstämning mot förbundsordningen", "Förbundschef", "", "", "",
         "Se bilaga 3.", "OKLAR", ""),
    ]
    st_row = ["cell", "cell", "cell", "cell", "cell", "cell", "code", "code", "code", "cell"]
    st_objs = {"cell": cellst, "code": code}
    for it in items:
        row(t, list(it[:10]), [st_objs[s] for s in st_row])
        exp(fil, GIL, it[2], it[10], it[11])
    row(t, [""])
    row(t, ["Rapporten överlämnas för kännedom till kommunstyrelsen i Ockelbo kommun och kommunstyrelsen i Hofors kommun."], small, span_first=True)
    row(t, ["Förbundschef: Lars-Erik Holm"], small, span_first=True)
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Instruktion")
    t2.addElement(TableColumn())
    for line in ["Instruktion för uppföljning",
                 "Fyll i kolumnerna T1, T2 och T3 med kod enligt teckenförklaringen.",
                 "T3 motsvarar helårsuppföljningen.",
                 "Kommentera alltid avvikelser och åtgärder i kolumnen Kommentar.",
                 "Bilagor bifogas separat till direktionen."]:
        tr = TableRow()
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=line))
        tr.addElement(tc)
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", GIL, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F4  Stratsys CSV export - two nämnder, ';', quoted line breaks
# ---------------------------------------------------------------------------
def build_f4():
    fil = "Stratsys_export_internkontroll_2026-01-29.csv"
    header = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
              "Period", "Status", "Kommentar", "Senast ändrad"]
    rows = [
        ("Samhällsbyggnadsförvaltningen", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "Ekonom SBF", "Helår 2025", "Genomförd",
         "Stickprov 30 fakturor.\nInga avvikelser.", "2026-01-15", SBN, "GENOMFORD", "nej"),
        ("Samhällsbyggnadsförvaltningen", "Investeringar",
         "Kontroll av att investeringsprojekt följs upp mot beslutad budget",
         "Genomgång av projektredovisning", "Förvaltningschef", "Helår 2025",
         "Genomförd med avvikelse",
         "Två projekt (Åbyvägen, VA-ledning Lingbo) överskred budget med mer än 10 %.\nRapporterat till KS i oktober.",
         "2026-01-20", SBN, "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Kost",
         "Kontroll av att egenkontroller av livsmedelshantering dokumenteras i kostverksamheten",
         "Genomgång av egenkontrollpärmar", "Kostchef", "Helår 2025", "Pågående",
         "Dokumentation finns för 4 av 6 kök.\nDe två återstående köken saknade dokumentation för hösten; följs upp i januari.",
         "2026-01-12", SBN, "DELVIS", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Fastighet",
         "Kontroll av att obligatoriska besiktningar (OVK och hissar) genomförs enligt tidsplan",
         "Avstämning mot besiktningsplan", "Fastighetschef", "Helår 2025", "Genomförd",
         "OVK genomförd i samtliga fastigheter.\n\nHissbesiktning: anmärkning på hissen i Perslundaskolan, åtgärdad 2025-11-03.",
         "2026-01-09", SBN, "GENOMFORD", "ja"),
        ("Samhällsbyggnadsförvaltningen", "Upphandling",
         "Uppföljning av avtalstrohet vid inköp av förbrukningsmaterial",
         "Leverantörsreskontra", "Upphandlare", "Helår 2025", "Ej påbörjad",
         "Resursbrist i upphandlingsfunktionen.\nFlyttas till 2026.", "2025-12-18", SBN, "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsförvaltningen", "Gata/park",
         "Kontroll av att entreprenören för vinterväghållning fakturerar enligt avtal",
         "Avstämning mot körrapporter", "Gatuchef", "Helår 2025", "", "", "", SBN, "SAKNAS", ""),
        ("Samhällsbyggnadsförvaltningen", "Administration",
         "Kontroll av att delegationsbeslut anmäls\ntill nämnden",
         "Avstämning", "Nämndsekreterare", "Helår 2025", "Genomförd",
         "Samtliga beslut anmälda.", "2026-01-08", SBN, "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Bygglov",
         "Handläggningstid för bygglov – beslut inom lagstadgad tid (10 veckor)",
         "Uttag ur ärendesystemet", "Bygglovschef", "Helår 2025", "Genomförd med avvikelse",
         "3 av 41 ärenden överskred 10 veckor.\nAvgiftsreduktion har tillämpats enligt PBL.",
         "2026-01-21", MBN, "GENOMFORD", "ja"),
        ("Miljö- och byggnämnden", "Miljötillsyn",
         "Kontroll av att tillsynsavgifter debiteras enligt taxa",
         "Stickprov 20 ärenden", "Miljöchef", "Helår 2025", "Genomförd",
         "Inga avvikelser.", "2026-01-21", MBN, "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Miljötillsyn",
         "Uppföljning av tillsynsplan för miljöfarlig verksamhet",
         "Jämförelse plan/utfall", "Miljöchef", "Helår 2025", "Pågående",
         "72 % av planerade tillsynsbesök genomförda.\nResterande besök läggs in i tillsynsplanen för 2026.",
         "2026-01-21", MBN, "DELVIS", ""),
        ("Miljö- och byggnämnden", "Administration",
         "Kontroll av jäv vid handläggning av ärenden",
         "Genomgång av jävsdeklarationer", "Förvaltningschef", "Helår 2025", "Ej aktuell",
         "Kontrollen ströks vid revideringen av planen, MBN 2025-04-09 § 31.",
         "2025-04-10", MBN, "UTGAR", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for rw in rows:
        w.writerow(rw[:9])
        exp(fil, rw[9], rw[2], rw[10], rw[11])
    with open(out(fil), "wb") as f:
        f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    FILES.append([fil, "INLAST", SBN, "2025", "HELAR"])
    FILES.append([fil, "INLAST", MBN, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F5  Ockelbogårdar AB - xlsx with traffic-light fills, legend in a text box
# ---------------------------------------------------------------------------
DRAWING_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor editAs="oneCell">
<xdr:from><xdr:col>7</xdr:col><xdr:colOff>200000</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>10</xdr:col><xdr:colOff>300000</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:sp macro="" textlink="">
<xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>
<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1600200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></xdr:spPr>
<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>
__PARAS__
</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>
</xdr:wsDr>
"""


def _para(text, bold=False, color=None):
    rpr = '<a:rPr lang="sv-SE" sz="1000"%s>' % (' b="1"' if bold else '')
    if color:
        rpr += '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % color
    rpr += '</a:rPr>'
    return '<a:p><a:r>%s<a:t>%s</a:t></a:r></a:p>' % (rpr, text)


def add_textbox(path, paras_xml):
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
        order = [i.filename for i in zin.infolist()]
    sheet = items["xl/worksheets/sheet1.xml"].decode("utf-8")
    if 'xmlns:r=' not in sheet.split(">", 2)[1] + sheet.split(">", 2)[0]:
        sheet = sheet.replace("<worksheet ",
                              '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    sheet = sheet.replace("</worksheet>", '<drawing r:id="rIdTb1"/></worksheet>')
    items["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    relp = "xl/worksheets/_rels/sheet1.xml.rels"
    rel = ('<Relationship Id="rIdTb1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" '
           'Target="../drawings/drawing1.xml"/>')
    if relp in items:
        items[relp] = items[relp].decode("utf-8").replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
    else:
        items[relp] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       + rel + '</Relationships>').encode("utf-8")
        order.append(relp)
    items["xl/drawings/drawing1.xml"] = DRAWING_XML.replace("__PARAS__", paras_xml).encode("utf-8")
    order.append("xl/drawings/drawing1.xml")
    ct = items["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/xl/drawings/drawing1.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
    items["[Content_Types].xml"] = ct.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in order:
            zout.writestr(n, items[n])


def build_f5():
    fil = "Ockelbogårdar internkontroll 2025 helår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    thin = Side(style="thin", color="7F7F7F")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFC000")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="A6A6A6")
    fills = {"g": GREEN, "y": YELLOW, "r": RED, "x": GREY, "": None}

    ws["A1"] = "Ockelbogårdar AB"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = "Intern kontroll 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Styrelsemöte 2026-02-24, ärende 6"
    ws["A3"].font = Font(size=9, italic=True)

    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Delår", "Helår", "Kommentar"]
    r0 = 10
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = box
        c.alignment = Alignment(horizontal="center" if i in (5, 6) else "left", vertical="center")
    for col, wdt in zip("ABCDEFG", [13, 44, 26, 14, 8, 8, 46]):
        ws.column_dimensions[col].width = wdt

    items = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktionen",
         "Stickprov 20 fakturor", "Ekonomichef", "g", "g", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av hyresavisering – att nya hyresavtal aviseras från rätt datum",
         "Stickprov 15 nya avtal", "Uthyrare", "y", "g",
         "Ett avtal aviserades en månad för sent. Rättat och rutinen förtydligad.", "GENOMFORD", "ja"),
        ("Ekonomi", "Uppföljning av hyresfordringar och kravhantering",
         "Månadsvis genomgång reskontra", "Ekonomichef", "g", "g",
         "Rutinen följs. Fordringar äldre än 90 dagar är överlämnade till inkasso.", "GENOMFORD", "nej"),
        ("Fastighet", "Kontroll av att brandskyddskontroller (SBA) genomförs i samtliga bostadsområden",
         "Protokoll brandskyddsrond", "Fastighetschef", "y", "y",
         "Genomfört i 5 av 7 områden.", "DELVIS", ""),
        ("Fastighet", "OVK-besiktning enligt besiktningsplan",
         "Avstämning mot plan", "Fastighetschef", "r", "r",
         "Upphandlingen av besiktningsman blev försenad. Besiktning genomförs i mars 2026.",
         "EJ_GENOMFORD", ""),
        ("Fastighet", "Kontroll av att felanmälningar åtgärdas inom avtalad tid",
         "Uttag ur felanmälningssystemet", "Driftchef", "g", "", "", "GENOMFORD", ""),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av samtliga", "VD", "g", "g",
         "Två direktupphandlingar saknade dokumentation. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Upphandling", "Uppföljning av ramavtal för byggentreprenader (avtalstrohet)",
         "Genomgång av avrop", "VD", "x", "x", "Utgår – inga avrop under 2025.", "UTGAR", ""),
        ("Personal", "Kontroll av att arbetsmiljöronder genomförs",
         "Protokoll", "VD", "", "g", "Genomförd i oktober.", "GENOMFORD", ""),
        ("Styrelse", "Kontroll av att styrelseprotokoll justeras inom två veckor",
         "Genomgång protokoll", "Styrelsens sekreterare", "g", "r",
         "Kontrollen har inte utförts under hösten på grund av vakans.", "EJ_GENOMFORD", ""),
    ]
    r = r0 + 1
    for it in items:
        for i, v in enumerate(it[:7], 1):
            c = ws.cell(row=r, column=i)
            if i in (5, 6):
                f = fills[v]
                if f is not None:
                    c.fill = f
            else:
                c.value = v if v else None
                c.alignment = wrap
            c.border = box
        exp(fil, OGAB, it[1], it[7], it[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av VD Mikael Sandberg 2026-02-10").font = Font(size=9, italic=True)
    ws.oddHeader.left.text = "Ockelbogårdar AB"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.save(out(fil))
    paras = "".join([
        _para("Teckenförklaring", bold=True),
        _para("Grön = Kontrollen genomförd", color="00B050"),
        _para("Gul = Delvis genomförd / pågår", color="C09000"),
        _para("Röd = Ej genomförd", color="FF0000"),
        _para("Grå = Utgår", color="7F7F7F"),
        _para("Avvikelser beskrivs i kolumnen Kommentar."),
    ])
    add_textbox(out(fil), paras)
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", OGAB, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F6  Kommunstyrelsen - .odt with numbered sections (outline numbering)
# ---------------------------------------------------------------------------
def build_f6():
    fil = "KS_internkontroll_helarsrapport_2025.odt"
    doc = OpenDocumentText()
    # outline numbering for Heading 1 / Heading 2
    os_ = OutlineStyle(name="Outline")
    for lvl in (1, 2):
        ols = OutlineLevelStyle(level=lvl, numformat="1", numsuffix=" ",
                                displaylevels=lvl)
        ols.addElement(ListLevelProperties(minlabelwidth="1.0cm"))
        os_.addElement(ols)
    doc.styles.addElement(os_)
    h1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1")
    h1.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph", defaultoutlinelevel="2")
    h2.addElement(TextProperties(fontsize="11.5pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    titl = Style(name="Title", family="paragraph")
    titl.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    body = Style(name="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.15cm"))
    body.addElement(TextProperties(fontsize="10.5pt"))
    for s in (h1, h2, titl, body):
        doc.styles.addElement(s)
    boldspan = Style(name="B", family="text")
    boldspan.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldspan)

    def para(text):
        doc.text.addElement(P(stylename=body, text=text))

    def labelled(label, text):
        p = P(stylename=body)
        p.addElement(Span(stylename=boldspan, text=label + " "))
        p.addText(text)
        doc.text.addElement(p)

    doc.text.addElement(P(stylename=titl, text="Uppföljning av internkontrollplan 2025"))
    para("Kommunstyrelsen, Ockelbo kommun – helårsrapport")
    para("Dnr KS 2026/14. Datum 2026-01-30. Handläggare: Eva Söderberg, kommunsekreterare.")

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Inledning"))
    para("Enligt kommunens reglemente för intern kontroll ska kommunstyrelsen årligen följa upp "
         "sin internkontrollplan och rapportera resultatet. Internkontrollplanen för 2025 "
         "antogs av kommunstyrelsen 2024-12-04 § 201 och omfattar nio kontrollmoment.")
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Sammanfattande bedömning"))
    para("Kommunstyrelsen bedömer att den interna kontrollen under 2025 i huvudsak har varit "
         "tillräcklig. Fyra kontroller har genomförts, två pågår och en har inte genomförts. "
         "En kontroll har utgått under året och för en kontroll redovisas resultatet i bilaga.")
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Resultat per kontrollmoment"))

    items = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         [("Metod:", "Stickprov av 40 fakturor under året."),
          ("Resultat:", "En faktura saknade beslutsattest. Attestanten har påmints om attestordningen."),
          ("Status:", "Genomförd med avvikelse.")], "GENOMFORD", "ja"),
        ("Kontroll av att representation redovisas med syfte och deltagare",
         [("Metod:", "Genomgång av samtliga representationsfakturor (23 st)."),
          ("Resultat:", "Samtliga fakturor hade syfte och deltagarförteckning. Inga avvikelser."),
          ("Status:", "Genomförd.")], "GENOMFORD", "nej"),
        ("Kontroll av att allmänna handlingar diarieförs inom en vecka",
         [("Metod:", "Stickprov i registratorns inkorg i september."),
          ("Resultat:", "87 % av handlingarna var diarieförda inom en vecka. Uppföljning fortsätter under 2026."),
          ("Status:", "Delvis genomförd.")], "DELVIS", "ja"),
        ("Uppföljning av informationssäkerhet – klassning av kommunens verksamhetssystem",
         [("Metod:", "Genomgång av klassningsdokumentation."),
          ("Resultat:", "Arbetet har skjutits upp i avvaktan på rekrytering av informationssäkerhetssamordnare."),
          ("Status:", "Ej genomförd.")], "EJ_GENOMFORD", ""),
        ("Kontroll av att beslut fattade på delegation anmäls till kommunstyrelsen",
         [("Metod:", "Jämförelse mellan delegationslistor och protokoll."),
          ("Resultat:", "Samtliga delegationsbeslut har anmälts till kommunstyrelsen vid sammanträdena. "
                        "Inga avvikelser har noterats.")], "GENOMFORD", "nej"),
        ("Kontroll av arvoden till förtroendevalda",
         [("Status:", "Utgår."),
          ("Kommentar:", "Kontrollen utgår enligt beslut i kommunstyrelsen 2025-05-14 § 87 eftersom "
                         "arvodena granskas av revisionen under året.")], "UTGAR", ""),
        ("Kontroll av jävsdeklarationer vid upphandling",
         [("Metod:", "Genomgång av upphandlingar över direktupphandlingsgränsen."),
          ("Resultat:", "Se bilaga 2.")], "OKLAR", ""),
        ("Kontroll av att bisysslor anmäls och prövas",
         [("Metod:", "Enkät till samtliga chefer inom kommunstyrelseförvaltningen."),
          ("Resultat:", "Två bisysslor som inte var anmälda har prövats i efterhand och bedömts som tillåtna."),
          ("Status:", "Genomförd.")], "GENOMFORD", "ja"),
        ("Uppföljning av krisberedskap – att krisledningsplanen är uppdaterad",
         [("Metod:", "Granskning av planen."),
          ("Resultat:", "Revideringen är klar och planen beslutas av kommunstyrelsen i februari 2026."),
          ("Status:", "Pågår.")], "DELVIS", ""),
    ]
    for km, lines, status, avv in items:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        for lab, txt in lines:
            labelled(lab, txt)
        exp(fil, KS, km, status, avv)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Förslag till beslut"))
    para("Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025 och "
         "överlämnar den till kommunfullmäktige och revisionen för kännedom.")
    para("Bilagor: 1. Internkontrollplan 2025, 2. Sammanställning jävsdeklarationer")
    doc.save(out(fil))
    normalize_zip(out(fil))
    FILES.append([fil, "INLAST", KS, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F7  Socialnämnden - .xls with tick columns, nämnd only in print header/file name
# ---------------------------------------------------------------------------
def build_f7():
    fil = "SN_uppfoljning_IK_2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    # xlwt (py3) cannot take non-ASCII through the header_str setter
    ws._Worksheet__header_str = "&CSocialnämnden – Ockelbo kommun"
    ws.footer_str = b"&LUtskrivet &D&RSida &P"
    ws.portrait = False
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_sub = xlwt.easyxf("font: italic on, height 180")
    st_hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                         "borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert centre")
    st_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: wrap on, vert top")
    st_tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: horiz centre, vert top; font: bold on")
    st_grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise")
    st_sum = xlwt.easyxf("font: bold on; alignment: horiz centre")

    ws.write(0, 0, "Uppföljning internkontrollplan – helår 2025", st_title)
    ws.write(1, 0, "Markera med X i den kolumn som stämmer. Kommentera avvikelser och åtgärder.", st_sub)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod", "Ansvarig",
           "Genomförd", "Delvis", "Ej genomförd", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, st_hdr)
    for i, wdt in enumerate([5, 18, 44, 22, 16, 11, 8, 11, 46]):
        ws.col(i).width = 256 * wdt

    groups = [
        ("Myndighetsutövning", [
            ("Kontroll av att utredningstiden inom barn- och ungdomsvården (fyra månader) hålls",
             "Uttag ur verksamhetssystemet", "Enhetschef IFO", "X", "", "",
             "Samtliga utredningar avslutade inom fyra månader eller förlängda med beslut.", "GENOMFORD", "nej"),
            ("Kontroll av att beslut om bistånd enligt SoL verkställs inom tre månader",
             "Uttag ej verkställda beslut", "Enhetschef SVO", "X", "", "",
             "Ett beslut om särskilt boende ej verkställt inom tre månader, rapporterat till IVO.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Kontroll av utbetalningar av ekonomiskt bistånd – dubbelutbetalningar",
             "Stickprov 30 utbetalningar", "Enhetschef IFO", "X", "", "",
             "Inga dubbelutbetalningar upptäcktes.", "GENOMFORD", "nej"),
            ("Avstämning av avgifter inom äldreomsorgen mot beslut (maxtaxa)",
             "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare", "", "X", "",
             "Avstämning gjord för särskilt boende. Hemtjänsten återstår.", "DELVIS", ""),
            ("Kontroll av ersättning till familjehem enligt SKR:s rekommendationer",
             "Genomgång av samtliga uppdrag", "Enhetschef IFO", "X", "", "", "", "GENOMFORD", ""),
        ]),
        ("Vård och omsorg", [
            ("Kontroll av att läkemedelsgenomgångar genomförs på särskilda boenden",
             "Journalgranskning", "MAS", "X", "", "X", "", "OKLAR", ""),
            ("Kontroll av att avvikelser enligt lex Sarah utreds och återrapporteras",
             "Genomgång av rapporter", "Kvalitetsstrateg", "X", "", "",
             "Tre lex Sarah-rapporter under året, samtliga utredda. En anmäld till IVO.", "GENOMFORD", "ja"),
            ("Kontroll av att genomförandeplaner upprättas inom 14 dagar i hemtjänsten",
             "Stickprov 15 brukare", "Enhetschef hemtjänst", "", "", "X",
             "Ej genomförd på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Kontroll av att registerutdrag finns för personal inom LSS-verksamheten",
             "Genomgång nyanställda", "Enhetschef LSS", "", "", "",
             "Utgår – ingår i HR-avdelningens centrala kontroll från 2025.", "UTGAR", ""),
            ("Kontroll av timanställdas arbetade timmar mot schema",
             "Stickprov 20 timrapporter", "Enhetschef SVO", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 4
    n = 1
    counts = [0, 0, 0]
    for gname, items in groups:
        for c in range(9):
            ws.write(r, c, gname if c == 1 else "", st_grp)
        r += 1
        for km, metod, ansv, g, dv, ej, kom, status, avv in items:
            ws.write(r, 0, n, st_cell)
            ws.write(r, 1, gname, st_cell)
            ws.write(r, 2, km, st_cell)
            ws.write(r, 3, metod, st_cell)
            ws.write(r, 4, ansv, st_cell)
            for j, v in enumerate([g, dv, ej]):
                ws.write(r, 5 + j, v, st_tick)
                if v:
                    counts[j] += 1
            ws.write(r, 8, kom, st_cell)
            exp(fil, SN, km, status, avv)
            r += 1
            n += 1
    ws.write(r, 4, "Summa", st_sum)
    for j in range(3):
        ws.write(r, 5 + j, counts[j], st_sum)
    ws.write(r + 2, 0, "Sammanställt av Karin Lund, kvalitetsstrateg, 2026-01-30")
    ws.write(r + 3, 0, "Behandlas i socialnämnden 2026-02-17")
    wb.save(out(fil))
    FILES.append([fil, "INLAST", SN, "2025", "HELAR"])


# ---------------------------------------------------------------------------
# F8  Överförmyndarnämnden - truncated .docx (must be rejected)
# ---------------------------------------------------------------------------
def build_f8():
    fil = "ÖFN uppföljning intern kontroll 2025.docx"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden – uppföljning av intern kontroll 2025", 1)
    d.add_paragraph("Helårsuppföljning. Nämnden antog planen 2024-12-10.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
    for km, stt, k in [
        ("Granskning av årsräkningar inom lagstadgad tid", "Genomförd", "Samtliga granskade före 31 oktober."),
        ("Kontroll av att arvoden till ställföreträdare beslutas enligt riktlinjer", "Genomförd", "Inga avvikelser."),
        ("Kontroll av att förteckningar inkommer inom två månader", "Delvis", "Påminnelser skickade i 7 ärenden."),
        ("Kontroll av att registerutdrag finns för nya gode män", "Genomförd", ""),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = km, stt, k
    d.add_paragraph("Ockelbo 2026-01-27, Maria Eklund, handläggare överförmyndarenheten")
    tmp = out("_tmp_ofn.docx")
    d.save(tmp)
    normalize_zip(tmp)
    with open(tmp, "rb") as f:
        data = f.read()
    os.remove(tmp)
    # the e-mail attachment was cut off: only the first 55 % of the bytes arrived
    with open(out(fil), "wb") as f:
        f.write(data[: int(len(data) * 0.55)])
    FILES.append([fil, "AVVISAD", "", "", ""])


# ---------------------------------------------------------------------------
def write_csvs():
    def w(name, header, rows):
        with open(out(name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for r in rows:
                wr.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], REGISTER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    build_f1()
    build_f2()
    build_f3()
    build_f4()
    build_f5()
    build_f6()
    build_f7()
    build_f8()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
