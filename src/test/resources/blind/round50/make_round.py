#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 50 – Vännäs kommun (Västerbotten), delår 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run: /usr/bin/python3 make_round.py   (needs python-docx, odfpy, openpyxl, soffice)
"""
import csv
import glob
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, TableCellProperties, TableColumnProperties,
                       ParagraphProperties, TableProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H, Span

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Vännäs kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km, km
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


def clean():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f in keep or f == "__pycache__":
            continue
        p = os.path.join(HERE, f)
        if os.path.isfile(p):
            os.remove(p)


# ---------------------------------------------------------------- docx helpers
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def shade_docx(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


# ================================================================ 1. BUN .docx
def make_bun():
    fil = "BUN uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_paragraph(KOMMUN + "\nBarn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsbokslut per 2025-08-31", level=1)
    d.add_paragraph("Nämnd: Barn- och utbildningsnämnden")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 februari 2025 (BUN § 9). "
        "Nedan redovisas utfallet av kontrollerna för perioden januari–augusti. Kontroller som inte "
        "genomförts under perioden redovisas med orsak och ny tidplan. Helårsuppföljning sker i januari 2026.")

    # process, risk, [(nr, kontrollmoment, metod, status, kommentar, exp_status, avv)]
    plan = [
        ("Ekonomi och inköp",
         "Inköp görs utanför upphandlade avtal och attestordningen följs inte",
         [("1.1", "Stickprov av 25 leverantörsfakturor mot gällande ramavtal",
           "Stickprov, controller, en gång per halvår", "Genomförd",
           "22 av 25 fakturor var mot avtal. Tre inköp av läromedel var gjorda utanför avtal; "
           "berörda rektorer har informerats om avtalet med Läromedia.", "GENOMFORD", "ja"),
          ("1.2", "Kontroll att attest sker enligt attestordningen för rektorernas ansvar",
           "Registerkontroll i Raindance", "Genomförd",
           "Samtliga kontrollerade verifikationer attesterade av behörig attestant. Inga avvikelser.",
           "GENOMFORD", "nej"),
          ("1.3", "Uppföljning av representationskostnader mot kommunens riktlinje",
           "Genomgång konto 7610–7630", "Pågår",
           "Underlag för januari–juni sammanställt. Genomgången slutförs i oktober.", "DELVIS", "nej")]),
        ("Elevhälsa och trygghet",
         "Elever far illa utan att skolan agerar i tid",
         [("2.1", "Kontroll att anmälan om kränkande behandling görs till huvudmannen inom fem arbetsdagar",
           "Uttag ur DF Respons, alla anmälningar", "Delvis",
           "Kontrollen gjord för vårterminen. Av 41 anmälningar kom 9 in senare än fem arbetsdagar.",
           "DELVIS", "ja"),
          ("2.2", "Kontroll att frånvaroutredning inleds när elevens frånvaro överstiger 15 %",
           "Stickprov 10 elever per skolenhet", "Ej genomförd",
           "Har inte hunnits med på grund av vakans som elevhälsochef. Planeras till november.",
           "EJ_GENOMFORD", "nej"),
          ("2.3", "Uppföljning av att åtgärdsprogram upprättas och följs upp inom skälig tid",
           "Stickprov 15 åtgärdsprogram", "", "", "SAKNAS", "nej")]),
        ("Förskola – placering och avgifter",
         "Felaktiga avgifter och att plats inte erbjuds inom lagstadgad tid",
         [("3.1", "Stickprov av 15 barnomsorgsavgifter mot inlämnad inkomstuppgift",
           "Stickprov, förskoleadministratör", "Genomförd med anmärkning",
           "Två hushåll hade fått för låg avgift på grund av ej uppdaterad inkomst. Rättelse gjord i juni.",
           "GENOMFORD", "ja"),
          ("3.2", "Kontroll av att plats i förskola erbjuds inom fyra månader från ansökan",
           "Uttag ur e-tjänsten för kö", "",
           "Kontrollen är genomförd för januari–juni. Samtliga 58 barn erbjöds plats inom fyra månader.",
           "GENOMFORD", "nej")]),
        ("Informationssäkerhet",
         "Obehöriga får tillgång till elevuppgifter",
         [("4.1", "Kontroll av behörigheter i elevregistret (IST) för personal som slutat",
           "Jämförelse IST mot personalregister", "Klar",
           "Sex konton för personal som slutat var fortfarande aktiva. Samtliga har nu avslutats.",
           "GENOMFORD", "ja"),
          ("4.2", "Loggkontroll i elevhälsans journalsystem, 10 slumpvis valda journaler",
           "Loggutdrag PMO", "Utgår",
           "Utgår enligt beslut BUN 2025-04-15 § 38 – ersätts av kontroll i samband med systembytet 2026.",
           "UTGAR", "nej")]),
    ]
    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod/frekvens", "Status delår", "Resultat och kommentar"]
    nrows = 1 + sum(len(p[2]) for p in plan)
    t = d.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade_docx(t.rows[0].cells[i], "D9E2F3")
    mark_header_row(t.rows[0])
    r = 1
    for proc, risk, ctrls in plan:
        first = r
        for (nr, km, metod, st, kom, es, avv) in ctrls:
            cells = t.rows[r].cells
            set_cell(cells[0], nr)
            set_cell(cells[3], km)
            set_cell(cells[4], metod)
            set_cell(cells[5], st)
            set_cell(cells[6], kom)
            exp(fil, N, km, es, avv)
            r += 1
        last = r - 1
        set_cell(t.cell(first, 1), proc, bold=True)
        set_cell(t.cell(first, 2), risk)
        if last > first:
            t.cell(first, 1).merge(t.cell(last, 1))
            t.cell(first, 2).merge(t.cell(last, 2))
    d.add_paragraph("")
    d.add_paragraph("Vännäs 2025-09-15\nKarin Lidström, förvaltningschef\nJohan Öberg, controller")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ 2. SN .docx (table split over page break)
def make_sn():
    fil = "Socialnämnden delårsuppföljning internkontroll 2025.docx"
    N = "Socialnämnden"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Vännäs kommun – Socialförvaltningen\t\tDnr SN 2025/0031"
    d.add_heading("Socialnämnden – delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Period: januari–augusti 2025\nFörvaltning: Socialförvaltningen, individ- och familjeomsorgen (IFO)")
    d.add_paragraph(
        "Kolumnen Genomfört anger om kontrollen är genomförd (Ja), delvis genomförd (Delvis) eller inte "
        "genomförd (Nej). Iakttagelser och eventuella åtgärder redovisas per kontrollmoment.")
    headers = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomfört", "Iakttagelser", "Åtgärd"]
    part1 = [
        ("Ekonomiskt bistånd",
         "Stickprov av 20 utbetalningar av ekonomiskt bistånd – kontroll mot beslut och riksnorm",
         "1:e socialsekreterare", "Ja",
         "Två utbetalningar avvek från beslut (felaktig hyreskostnad). Återkrav har initierats.",
         "Genomgång av rutin på APT i september.", "GENOMFORD", "ja"),
        ("", "Kontroll att förnyade ansökningar innehåller aktuella kontoutdrag",
         "1:e socialsekreterare", "Ja", "Inga avvikelser i de 20 granskade ansökningarna.", "-",
         "GENOMFORD", "nej"),
        ("Barn och unga",
         "Kontroll att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan",
         "Enhetschef barn och unga", "Delvis",
         "Kontrollen gjord för januari–maj. 88 % av förhandsbedömningarna gjordes inom 14 dagar, "
         "övriga 12 % överskred tidsgränsen.", "Veckovis bevakningslista införd.", "DELVIS", "ja"),
        ("", "Kontroll att utredningar avseende barn och unga avslutas inom fyra månader",
         "Enhetschef barn och unga", "Nej",
         "Ej genomförd på grund av hög personalomsättning under våren. Görs under hösten.", "",
         "EJ_GENOMFORD", "nej"),
        ("Placeringar",
         "Uppföljning av att vårdplan och genomförandeplan finns för samtliga placerade barn",
         "Familjehemssekreterare", "Ja", "Vårdplan fanns i 17 av 17 ärenden.", "-", "GENOMFORD", "nej"),
        ("", "Kontroll att familjehem har aktuellt utdrag ur belastningsregistret",
         "Familjehemssekreterare", "Ja",
         "Kontrollen är inte helt slutförd – utdrag saknas fortfarande för två familjehem.",
         "Utdrag begärda, klart i oktober.", "GENOMFORD", "ja"),
    ]
    part2 = [
        ("Dokumentation",
         "Stickprov i 10 akter – kontroll att journalanteckningar förs löpande",
         "Kvalitetsutvecklare", "Ja", "Inga anmärkningar.", "-", "GENOMFORD", "nej"),
        ("Behörigheter",
         "Kontroll av behörigheter i Treserva för medarbetare som bytt tjänst",
         "Systemförvaltare", "", "Se bilaga", "", "OKLAR", "nej"),
        ("Arbetsmiljö",
         "Kontroll att samtliga medarbetare genomgått utbildning i hot och våld",
         "Enhetschefer", "Delvis", "3 av 5 arbetsgrupper har genomfört utbildningen.",
         "Resterande grupper i oktober.", "DELVIS", "nej"),
        ("Avgifter",
         "Kontroll av att avgift för familjerådgivning debiteras enligt taxa",
         "Administratör", "", "", "", "SAKNAS", "nej"),
    ]

    def table(rows):
        t = d.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade_docx(t.rows[0].cells[i], "E2EFD9")
        mark_header_row(t.rows[0])
        for ri, row in enumerate(rows, start=1):
            for ci in range(6):
                set_cell(t.rows[ri].cells[ci], row[ci], bold=(ci == 0))
            exp(fil, N, row[1], row[6], row[7])
        return t

    table(part1)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Tabell forts.").runs[0].italic = True
    table(part2)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. Tidsgränser inom "
                    "barn och unga följs upp särskilt under hösten.")
    d.add_paragraph("Maria Forsberg\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- odt helpers
class Odt:
    def __init__(self):
        self.doc = OpenDocumentText()
        self.cellstyles = {}
        bold = Style(name="Bold", family="text")
        bold.addElement(TextProperties(fontweight="bold"))
        self.doc.automaticstyles.addElement(bold)
        self.bold = bold
        h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
        h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
        h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
        h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
        self.doc.styles.addElement(h1)
        self.doc.styles.addElement(h2)
        self.h1, self.h2 = h1, h2
        small = Style(name="Small", family="paragraph")
        small.addElement(TextProperties(fontsize="9pt"))
        self.doc.automaticstyles.addElement(small)
        self.small = small
        tstyle = Style(name="Tbl", family="table")
        tstyle.addElement(TableProperties(width="17cm", align="left"))
        self.doc.automaticstyles.addElement(tstyle)
        self.tstyle = tstyle

    def cellstyle(self, bg=None):
        key = bg or "none"
        if key not in self.cellstyles:
            s = Style(name="C_" + key.replace("#", ""), family="table-cell")
            kw = dict(border="0.5pt solid #000000", padding="0.05cm")
            if bg:
                kw["backgroundcolor"] = bg
            s.addElement(TableCellProperties(**kw))
            self.doc.automaticstyles.addElement(s)
            self.cellstyles[key] = s
        return self.cellstyles[key]

    def colstyle(self, name, width):
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width))
        self.doc.automaticstyles.addElement(s)
        return s

    def h(self, text, level=1):
        self.doc.text.addElement(H(outlinelevel=level, stylename=self.h1 if level == 1 else self.h2, text=text))

    def p(self, text="", bold=False):
        par = P(stylename=self.small) if False else P()
        if bold:
            par.addElement(Span(stylename=self.bold, text=text))
        else:
            par.addText(text)
        self.doc.text.addElement(par)
        return par

    def cell(self, text, bg=None, bold=False, span=1):
        kw = {"stylename": self.cellstyle(bg), "valuetype": "string"}
        if span > 1:
            kw["numbercolumnsspanned"] = span
        c = TableCell(**kw)
        for line in (text.split("\n") if text else [""]):
            par = P(stylename=self.small)
            if bold and line:
                par.addElement(Span(stylename=self.bold, text=line))
            elif line:
                par.addText(line)
            c.addElement(par)
        return c

    def table(self, name, widths):
        t = Table(name=name, stylename=self.tstyle)
        for i, w in enumerate(widths):
            t.addElement(TableColumn(stylename=self.colstyle(f"{name}_col{i}", w)))
        return t

    def save(self, path):
        self.doc.save(path)


# ================================================================ 3. VON .odt (shaded status cells + legend)
def make_von():
    fil = "VON internkontroll uppföljning aug 2025.odt"
    N = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED, GREY, BLUE = "#92D050", "#FFFF00", "#FF0000", "#BFBFBF", "#9DC3E6"
    o = Odt()
    o.p(KOMMUN + " · Vård- och omsorgsförvaltningen")
    o.h("Vård- och omsorgsnämnden – internkontroll 2025")
    o.p("Uppföljning delår, perioden 1 januari – 31 augusti 2025")
    o.p("Status för respektive kontrollmoment markeras med färg i kolumnen Status, se teckenförklaring "
        "under tabellen.")
    rows = [
        ("Läkemedelshantering", "Kvartalsvis kontroll av narkotikaförteckning på särskilda boenden",
         "MAS", GREEN, "Kontroll på Björkgården och Sörgården i april och juli. Inga differenser.",
         "GENOMFORD", "nej"),
        ("", "Kontroll att signeringslistor för läkemedel är kompletta (stickprov 30 listor)",
         "Sjuksköterskor", YELLOW, "Kontroll gjord av 18 listor hittills. 4 listor saknade signering vid "
         "ett eller flera tillfällen.", "DELVIS", "ja"),
        ("Hemtjänst", "Avstämning av planerad mot utförd tid i hemtjänsten (TES)",
         "Enhetschef hemtjänst", GREEN, "Utförd tid motsvarar 91 % av planerad tid. Inga oförklarade "
         "avvikelser.", "GENOMFORD", "nej"),
        ("", "Kontroll att genomförandeplan upprättas inom 14 dagar efter beslut",
         "Enhetschef hemtjänst", RED, "Ej genomförd, flyttas till hösten.", "EJ_GENOMFORD", "nej"),
        ("Avgifter", "Stickprov av 20 omsorgsavgifter mot inkomstförfrågan",
         "Avgiftshandläggare", GREEN, "3 av 20 avgifter var felaktigt beräknade (bostadstillägg ej "
         "medräknat). Korrigerade i juni.", "GENOMFORD", "ja"),
        ("Bemanning", "Uppföljning av timanställdas arbetade timmar mot LAS-gränser",
         "HR-konsult", None, "", "SAKNAS", "nej"),
        ("", "Kontroll att introduktionsprogram genomförts för nyanställda undersköterskor",
         "Enhetschefer", None, "Genomförd. Samtliga 12 nyanställda har fått introduktion enligt checklistan.",
         "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Kontroll av delegeringar för HSL-insatser – giltighetstid",
         "MAS", GREY, "Kontrollen utgår och ersätts av regional uppföljning.", "UTGAR", "nej"),
        ("", "Stickprov av avvikelserapporter om fall – att åtgärd är dokumenterad",
         "MAS", BLUE, "Se separat rapport till nämnden i oktober.", "OKLAR", "nej"),
    ]
    t = o.table("Internkontroll", ["3.2cm", "6.2cm", "2.6cm", "1.5cm", "5.5cm"])
    hr = TableRow()
    for h in ["Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]:
        hr.addElement(o.cell(h, bg="#DDDDDD", bold=True))
    t.addElement(hr)
    for proc, km, ans, col, kom, es, avv in rows:
        tr = TableRow()
        tr.addElement(o.cell(proc, bold=True))
        tr.addElement(o.cell(km))
        tr.addElement(o.cell(ans))
        tr.addElement(o.cell("", bg=col))
        tr.addElement(o.cell(kom))
        t.addElement(tr)
        exp(fil, N, km, es, avv)
    o.doc.text.addElement(t)
    o.p("")
    o.p("Teckenförklaring", bold=True)
    lt = o.table("Teckenforklaring", ["1.5cm", "9cm"])
    for col, txt in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                     (RED, "Ej genomförd"), (GREY, "Utgår")]:
        tr = TableRow()
        tr.addElement(o.cell("", bg=col))
        tr.addElement(o.cell(txt))
        lt.addElement(tr)
    o.doc.text.addElement(lt)
    o.p("")
    o.p("Upprättad 2025-09-10 av Anneli Sjöström, kvalitetsstrateg")
    o.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ 4. MBN .odt (headings + "[Status]" after control)
def make_mbn():
    fil = "MBN_IK_uppfoljning_delar_2025.odt"
    N = "Miljö- och byggnadsnämnden"
    o = Odt()
    o.h("Miljö- och byggnadsnämnden")
    o.p("Uppföljning av internkontrollplan 2025 – delårsuppföljning per 31 augusti")
    o.p("Status anges inom hakparentes efter respektive kontrollmoment. Resultatet beskrivs i stycket under.")
    # (rubrik, [(kontrollmoment, bracket or None, resultat, exp_status, avv)])
    plan = [
        ("1. Bygglov", [
            ("Kontroll att beslut i bygglovsärenden fattas inom lagstadgad tid, stickprov 15 ärenden",
             "Genomförd", "14 av 15 ärenden avgjordes inom tio veckor. Ett ärende tog tolv veckor på grund "
             "av att förlängning inte meddelades sökanden i tid.", "GENOMFORD", "ja"),
            ("Kontroll att avgift för bygglov debiteras enligt gällande taxa",
             "Genomförd", "Inga avvikelser mot PBL-taxan i de tio granskade besluten.", "GENOMFORD", "nej"),
            ("Kontroll av att strandskyddsdispenser skickas till Länsstyrelsen inom en vecka",
             " ", "", "SAKNAS", "nej"),
        ]),
        ("2. Miljö- och livsmedelstillsyn", [
            ("Uppföljning av att planerad livsmedelskontroll genomförs enligt kontrollplanen",
             "Pågår", "62 av 110 planerade kontroller är utförda, vilket är i fas med planen.", "DELVIS", "nej"),
            ("Kontroll att tillsynsavgifter faktureras inom en månad efter tillsynsbesök",
             "Ej påbörjad", "", "EJ_GENOMFORD", "nej"),
            ("Kontroll av att avloppstillstånd följs upp med slutbesiktning",
             "Se kommentar", "", "OKLAR", "nej"),
        ]),
        ("3. Administration och rättssäkerhet", [
            ("Kontroll att delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
             "Genomförd med anmärkning", "Fyra beslut fattade i mars anmäldes först vid sammanträdet i juni.",
             "GENOMFORD", "ja"),
            ("Kontroll av diarieföring av inkomna klagomål, stickprov 10 ärenden",
             "Utgår", "Kontrollen ingår i kommunstyrelsens granskning av diarieföring 2025.", "UTGAR", "nej"),
            ("Kontroll att jävsdeklarationer finns för samtliga inspektörer och handläggare",
             None, "Kontrollen har inte genomförts under perioden på grund av sjukskrivning. Görs i november.",
             "EJ_GENOMFORD", "nej"),
        ]),
    ]
    for rubrik, ctrls in plan:
        o.h(rubrik, level=2)
        for km, br, res, es, avv in ctrls:
            line = km if br is None else f"{km} [{br.strip()}]" if br.strip() else f"{km} [ ]"
            o.p(line, bold=True)
            if res:
                o.p(res)
            exp(fil, N, km, es, avv)
    o.p("")
    o.p("Vännäs den 9 september 2025")
    o.p("Per-Olof Nyström, miljö- och byggchef")
    o.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ 5. KS .docx (several tables, one with controls)
def make_ks():
    fil = "KS Uppföljning internkontrollplan delår 2025.docx"
    N = "Kommunstyrelsen"
    d = Document()
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    info = [("Nämnd", "Kommunstyrelsen"), ("Förvaltning", "Kommunledningsförvaltningen"),
            ("Period", "Januari–augusti 2025"), ("Upprättad av", "Lena Holmström, controller"),
            ("Datum", "2025-09-12"), ("Diarienummer", "KS 2025/0112")]
    t = d.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(info):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Internkontrollplanen för 2025 omfattar nio kontrollmoment. Utfallet per 31 augusti "
                    "sammanfattas i tabellen nedan.")
    summ = [("Status", "Antal"), ("Genomförd", "5"), ("Delvis genomförd", "2"), ("Ej genomförd", "1"),
            ("Utgår", "1"), ("Totalt", "9")]
    t = d.add_table(rows=len(summ), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(summ):
        set_cell(t.cell(i, 0), a, bold=(i in (0, 5)))
        set_cell(t.cell(i, 1), b, bold=(i in (0, 5)))
    d.add_heading("Redovisning per kontrollmoment", level=2)
    ctrls = [
        ("KS1", "Löner", "Kontroll att nyanställda registreras i lönesystemet med lön enligt anställningsavtal (stickprov 15)",
         "Stickprov", "Genomförd", "Nej", "Inga fel noterade.", "GENOMFORD", "nej"),
        ("KS2", "Löner", "Kontroll av utbetald övertidsersättning mot attesterade underlag",
         "Stickprov 20 utbetalningar", "Genomförd", "Ja",
         "Två dubbelregistreringar av övertid upptäcktes. Beloppen har återkrävts.", "GENOMFORD", "ja"),
        ("KS3", "Upphandling", "Granskning av direktupphandlingar över 100 000 kr – dokumentation enligt riktlinje",
         "Genomgång av samtliga", "Delvis", "Ja",
         "Granskningen gjord för första halvåret. 3 av 8 direktupphandlingar saknade dokumentation.",
         "DELVIS", "ja"),
        ("KS4", "Upphandling", "Kontroll av avtalstrohet – inköp hos leverantörer utan avtal",
         "Inköpsanalys", "Genomförd", "Nej", "Avtalstroheten uppgår till 93 %, vilket är över målet.",
         "GENOMFORD", "nej"),
        ("KS5", "Informationssäkerhet", "Kontroll att systemförvaltare är utsedda för samtliga verksamhetssystem",
         "Inventering", "Delvis", "Nej", "Inventeringen är klar till cirka 70 %.", "DELVIS", "nej"),
        ("KS6", "Informationssäkerhet", "Kontroll att behörigheter i ekonomisystemet avslutas när anställning upphör",
         "Registerjämförelse", "Ej genomförd", "",
         "Skjuts till hösten på grund av byte av ekonomisystem.", "EJ_GENOMFORD", "nej"),
        ("KS7", "Nämndadministration", "Kontroll att protokoll justeras och anslås inom lagstadgad tid",
         "Samtliga protokoll", "Genomförd", "Nej", "Samtliga protokoll anslagna inom tid.", "GENOMFORD", "nej"),
        ("KS8", "Nämndadministration", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Stickprov", "Genomförd", "Ja", "Två beslut om tillförordnande anmäldes för sent.", "GENOMFORD", "ja"),
        ("KS9", "Säkerhet och beredskap", "Kontroll av krisledningsplan och kontaktlistor – aktualitet",
         "Genomgång", "Utgår", "Nej",
         "Utgår, ersätts av övning tillsammans med Länsstyrelsen i oktober (KS 2025-05-06 § 87).", "UTGAR", "nej"),
    ]
    headers = ["ID", "Process", "Kontrollmoment", "Kontrollmetod", "Utfört", "Avvikelse", "Kommentar"]
    t = d.add_table(rows=1 + len(ctrls), cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.cell(0, i), h, bold=True)
        shade_docx(t.cell(0, i), "FBE4D5")
    for r, c in enumerate(ctrls, start=1):
        for i in range(7):
            set_cell(t.cell(r, i), c[i])
        exp(fil, N, c[2], c[7], c[8])
    d.add_heading("Åtgärder med anledning av iakttagelser", level=2)
    acts = [("Åtgärd", "Ansvarig", "Klart senast"),
            ("Uppdatera rutin för dokumentation av direktupphandlingar", "Upphandlingschef", "2025-11-30"),
            ("Påminnelse till chefer om anmälan av delegationsbeslut", "Kommunsekreterare", "2025-10-15"),
            ("Slutföra inventering av systemförvaltare", "IT-chef", "2025-12-31")]
    t = d.add_table(rows=len(acts), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(acts):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    d.add_paragraph("")
    d.add_paragraph("Beslutsgång: Kommunstyrelsens arbetsutskott 2025-09-23, kommunstyrelsen 2025-10-07.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ 6. KFN .odt (process rows spanning table, 1.1/1.2)
def make_kfn():
    fil = "KFN internkontroll 2025 tertial 2.odt"
    N = "Kultur- och fritidsnämnden"
    o = Odt()
    o.p(KOMMUN)
    o.h("Kultur- och fritidsnämnden")
    o.p("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)")
    plan = [
        ("1. Föreningsbidrag", [
            ("1.1", "Stickprov av 10 beviljade aktivitetsstöd mot närvarolistor", "Fritidskonsulent", "Utförd",
             "En förening hade redovisat deltagare som inte var medlemmar. Bidraget har justerats.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll att bidrag över 50 000 kr är beslutade av nämnden", "Nämndsekreterare", "Utförd",
             "Inga avvikelser.", "GENOMFORD", "nej")]),
        ("2. Kassahantering och intäkter", [
            ("2.1", "Kontroll av dagskassor i simhallen mot kassarapport, två tillfällen per månad",
             "Badmästare", "Delvis", "Genomfört januari–maj. Simhallen stängd juni–augusti för renovering.",
             "DELVIS", "nej"),
            ("2.2", "Kontroll att uthyrning av idrottshallar faktureras enligt bokningssystemet",
             "Bokningsansvarig", "Ej påbörjad", "", "EJ_GENOMFORD", "nej")]),
        ("3. Bibliotek", [
            ("3.1", "Kontroll av att förkommet mediematerial faktureras låntagaren", "Bibliotekschef",
             "Avbruten", "", "EJ_GENOMFORD", "nej"),
            ("3.2", "Kontroll av behörigheter i bibliotekssystemet", "Bibliotekschef", "OK",
             "Behörighetslistan gicks igenom i maj.", "GENOMFORD", "nej")]),
        ("4. Arbetsmiljö och säkerhet", [
            ("4.1", "Kontroll att skyddsronder genomförts på samtliga anläggningar", "Fritidschef", "Pågår",
             "Skyddsrond gjord på 4 av 7 anläggningar. Brister i ventilationen i ishallen har felanmälts.",
             "DELVIS", "ja"),
            ("4.2", "Uppföljning av att anmälda tillbud hanteras inom 30 dagar", "Fritidschef", "Ej aktuell",
             "Inga tillbud anmälda under perioden.", "UTGAR", "nej")]),
    ]
    t = o.table("IKP2025", ["1.2cm", "6.8cm", "2.8cm", "2cm", "5.2cm"])
    hr = TableRow()
    for h in ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]:
        hr.addElement(o.cell(h, bg="#B4C7E7", bold=True))
    t.addElement(hr)
    for proc, ctrls in plan:
        tr = TableRow()
        tr.addElement(o.cell(proc, bg="#EDEDED", bold=True, span=5))
        for _ in range(4):
            tr.addElement(CoveredTableCell())
        t.addElement(tr)
        for nr, km, ans, st, kom, es, avv in ctrls:
            tr = TableRow()
            for v in (nr, km, ans, st, kom):
                tr.addElement(o.cell(v))
            t.addElement(tr)
            exp(fil, N, km, es, avv)
    o.doc.text.addElement(t)
    o.p("")
    o.p("Ansvarig tjänsteperson: Erik Lundmark, kultur- och fritidschef, 2025-09-08")
    o.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ================================================================ 7. TN .xls (via xlsx + soffice)
def make_tn():
    fil = "Tekniska nämnden IKP 2025 delår.xls"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Tekniska nämnden – internkontrollplan 2025"
    ws["A2"] = "Uppföljning delår (per 31 augusti). Status anges per uppföljningstillfälle."
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:F2")
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Uppföljning april (T1)", "Uppföljning augusti (delår)",
           "Kommentar"]
    thin = Side(style="thin")
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    plan = [
        ("VA-verksamhet", [
            ("Kontroll av att debitering av VA-avgifter stämmer mot mätaravläsning (stickprov 30 abonnenter)",
             "VA-ingenjör", "Påbörjad", "Genomförd",
             "Två mätare med felaktig avläsning, fakturor rättade.", "GENOMFORD", "ja"),
            ("Kontroll att egenkontrollprogrammet för dricksvatten följs (provtagning)",
             "Driftchef VA", "Genomförd", "Genomförd", "Alla prover tjänliga.", "GENOMFORD", "nej")]),
        ("Fastighet", [
            ("Kontroll att lagstadgade besiktningar (hiss, OVK) utförts i kommunens fastigheter",
             "Fastighetschef", "Pågår", "",
             "OVK ej godkänd på Vegaskolan, åtgärd beställd.", "DELVIS", "ja"),
            ("Stickprov av 20 fakturor från ramavtalsentreprenörer mot avtalade timpriser",
             "Fastighetschef", "", "Ej genomförd", "Resursbrist, görs i december.", "EJ_GENOMFORD", "nej")]),
        ("Gata/park", [
            ("Kontroll att vinterväghållning utförs enligt avtal (utryckningstider)",
             "Gatuchef", "Genomförd", "", "Samtliga utryckningar inom avtalad tid.", "GENOMFORD", "nej"),
            ("Kontroll av bilpoolens körjournaler mot drivmedelskort",
             "Fordonssamordnare", "", "Delvis",
             "Drivmedelskort har använts utan körjournal i 5 fall.", "DELVIS", "ja")]),
        ("Kost", [
            ("Kontroll att livsmedelsinköp sker från upphandlade leverantörer",
             "Kostchef", "", "", "", "SAKNAS", "nej"),
            ("Kontroll av temperaturloggar i mottagningskök",
             "Kostchef", "", "Utgår",
             "Utgår – ingår i miljö- och byggnadsnämndens livsmedelskontroll.", "UTGAR", "nej")]),
    ]
    r = 5
    for proc, ctrls in plan:
        first = r
        for km, ans, t1, t2, kom, es, avv in ctrls:
            for i, v in enumerate([proc if r == first else None, km, ans, t1 or None, t2 or None, kom or None],
                                  start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            exp(fil, N, km, es, avv)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Antal genomförda kontroller (delår)").font = Font(bold=True)
    ws.cell(row=r, column=5, value="3 av 8")
    ws.cell(row=r + 2, column=1, value="Uppföljningen redovisad för tekniska nämnden 2025-09-17.")
    for col, w in zip("ABCDEF", [16, 60, 18, 16, 18, 45]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "Tekniska nämnden IKP 2025 delår.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "Tekniska nämnden IKP 2025 delår.xls"), os.path.join(HERE, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ================================================================ 8. CSV export, two nämnder, row per control and period
def make_csv():
    fil = "Hypergene_export_internkontroll_2025-09-08.csv"
    ofn, amn = "Överförmyndarnämnden", "Arbetsmarknadsnämnden"
    # (org, process, kontrollmoment, (T1 status, T1 kommentar), (Delår status, Delår kommentar), avvikelse-kolumn, exp, avv)
    rows = [
        (ofn, "Tillsyn över ställföreträdare",
         "Granskning av årsräkningar – stickprov 10 ärenden med fördjupad kontroll",
         ("Pågår", "Fem ärenden granskade."), ("Genomförd", "Två årsräkningar saknade verifikat, kompletterade i juni."),
         "Ja", "GENOMFORD", "ja"),
        (ofn, "Tillsyn över ställföreträdare",
         "Kontroll att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         ("Genomförd", "Inga avvikelser."), ("Genomförd", "Inga avvikelser."), "Nej", "GENOMFORD", "nej"),
        (ofn, "Arvoden", "Kontroll att arvoden beslutas enligt nämndens riktlinjer",
         ("Ej påbörjad", ""), ("Delvis", "Arvoden för första halvåret kontrollerade."), "Nej", "DELVIS", "nej"),
        (ofn, "Förvaltning av huvudmans medel", "Kontroll av att förvaltarkonton har överförmyndarspärr",
         ("Genomförd", "Samtliga 34 konton har spärr."), ("", ""), "Nej", "GENOMFORD", "nej"),
        (ofn, "Handläggning", "Kontroll av handläggningstid för nya ärenden om godmanskap",
         ("", ""), ("Ej genomförd", "Prioriteras ned pga hög ärendemängd."), "", "EJ_GENOMFORD", "nej"),
        (amn, "Feriearbete", "Kontroll att närvarorapporter för feriearbetare attesteras av handledare",
         ("", ""), ("Genomförd", "3 av 62 närvarorapporter saknade attest, kompletterade före lönekörning."),
         "Ja", "GENOMFORD", "ja"),
        (amn, "Arbetsmarknadsinsatser",
         "Stickprov 10 anvisningar från Arbetsförmedlingen – avtal och ersättning",
         ("Genomförd", ""), ("Genomförd", "Ersättning rekvirerad korrekt i samtliga fall."), "Nej",
         "GENOMFORD", "nej"),
        (amn, "Arbetsmarknadsinsatser", "Kontroll av utbetalning av praktikersättning mot närvaro",
         ("Påbörjad", ""), ("Avbruten genom beslut", "AMN 2025-06-12 § 41, praktikersättning upphör."), "",
         "UTGAR", "nej"),
        (amn, "Arbetsmarknadsinsatser", "Kontroll att handlingsplan upprättas för deltagare inom en månad",
         ("?", ""), ("", ""), "", "OKLAR", "nej"),
        (amn, "Anställningsstöd", "Kontroll av lönebidragsanställningar – beslut och ersättning",
         ("", ""), ("", ""), "", "SAKNAS", "nej"),
    ]
    lines = [["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse",
              "Senast ändrad"]]
    dates = {"2025 T1": "2025-05-06", "2025 Delår": "2025-09-04"}
    for org, proc, km, t1, t2, avvk, es, avv in rows:
        # the Avvikelse flag is set on the latest period row that was filled in
        last = "2025 Delår" if (t2[0] or t2[1]) else "2025 T1"
        for per, (st, kom) in (("2025 T1", t1), ("2025 Delår", t2)):
            lines.append([org, proc, km, per, st, kom, avvk if per == last and (st or kom) else "",
                          dates[per] if (st or kom) else ""])
        exp(fil, org, km, es, avv)
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerows(lines)
    FILES.append((fil, "INLAST", ofn, "2025", "DELAR"))
    FILES.append((fil, "INLAST", amn, "2025", "DELAR"))


# ================================================================ 9. reject: cover letter with no controls
def make_letter():
    fil = "Följebrev delårsuppföljning IK socialförvaltningen.docx"
    d = Document()
    d.add_paragraph("Vännäs kommun\nSocialförvaltningen\n2025-09-15")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Följebrev – delårsuppföljning av intern kontroll 2025", level=2)
    d.add_paragraph(
        "Hej!\n\nHärmed översänds socialnämndens delårsuppföljning av internkontrollplanen för 2025 i "
        "separat fil. Uppföljningen behandlas av socialnämnden den 24 september. Eventuella ändringar efter "
        "nämndens behandling meddelas snarast.\n\nVid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Forsberg\nSocialchef\n0935-141 00")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggkontoret|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsenheten|Arbete och integration"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def main():
    clean()
    make_bun()
    make_sn()
    make_von()
    make_mbn()
    make_ks()
    make_kfn()
    make_tn()
    make_csv()
    make_letter()
    write_csvs()
    print(len(FILES), "files.csv rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
