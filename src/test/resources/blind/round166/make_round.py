#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 166 - Ravlunda kommun, tertial 2 2025.

Builds every file of the round (mostly OpenDocument, via odfpy or LibreOffice),
plus namnder.csv, files.csv and expected.csv.  Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableCellProperties, TableColumnProperties, TextProperties,
                       ParagraphProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, HeaderStyle, HeaderFooterProperties,
                       TableRowProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell, TableHeaderRows
from odf.text import P, H, Span, LineBreak

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # the files of the round sit in the round folder itself
SOFFICE = ["soffice", "-env:UserInstallation=file:///tmp/lo-round166", "--headless"]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def expect(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------------------------------------
# Register
# ----------------------------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Bygg- och planenheten"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddskontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Ravlunda Bostäder AB", "RBAB|Ravlundahem|Bostadsbolaget"),
]

# ----------------------------------------------------------------------------------------------
# odfpy helpers (spreadsheet)
# ----------------------------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "#00b050", "#ffff00", "#ff0000", "#bfbfbf"


class Ods:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.styles = {}

    def cellstyle(self, name, bg=None, bold=False, size=None, wrap=True, border=True, italic=False):
        if name in self.styles:
            return self.styles[name]
        st = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if border:
            kw["border"] = "0.5pt solid #000000"
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        st.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if italic:
            tk["fontstyle"] = "italic"
        if size:
            tk["fontsize"] = size
        if tk:
            st.addElement(TextProperties(**tk))
        self.doc.automaticstyles.addElement(st)
        self.styles[name] = st
        return st

    def colstyle(self, width):
        name = "co" + width.replace(".", "_")
        if name in self.styles:
            return self.styles[name]
        st = Style(name=name, family="table-column")
        st.addElement(TableColumnProperties(columnwidth=width))
        self.doc.automaticstyles.addElement(st)
        self.styles[name] = st
        return st

    def table(self, name, widths):
        t = Table(name=name)
        for w in widths:
            t.addElement(TableColumn(stylename=self.colstyle(w)))
        self.doc.spreadsheet.addElement(t)
        return t

    @staticmethod
    def cell(text="", style=None, span=1, number=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span > 1:
            kw["numbercolumnsspanned"] = span
        if number is not None:
            c = TableCell(valuetype="float", value=number, **kw)
            c.addElement(P(text=str(number) if not text else text))
            return c
        c = TableCell(**kw)
        if text != "" and text is not None:
            c.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "value-type", "string")
            for line in str(text).split("\n"):
                c.addElement(P(text=line))
        return c

    def row(self, table, cells):
        """cells: list of (text, style, span) or text"""
        r = TableRow()
        for c in cells:
            if isinstance(c, tuple):
                text, style = c[0], c[1]
                span = c[2] if len(c) > 2 else 1
            else:
                text, style, span = c, None, 1
            r.addElement(self.cell(text, style, span))
            for _ in range(span - 1):
                r.addElement(CoveredTableCell())
        table.addElement(r)
        return r

    def save(self, path):
        self.doc.save(path)


# ----------------------------------------------------------------------------------------------
# File 1: Kommunstyrelsen - .ods, 3 sheets, status only as traffic-light fill with legend
# ----------------------------------------------------------------------------------------------
def build_ks():
    fil = "KS Internkontrollplan 2025 - uppföljning T2.ods"
    N = "Kommunstyrelsen"
    o = Ods()
    title = o.cellstyle("title", bold=True, size="14pt", border=False, wrap=False)
    sub = o.cellstyle("sub", italic=True, border=False, wrap=False)
    txt = o.cellstyle("txt", border=False)
    hdr = o.cellstyle("hdr", bg="#d9e1f2", bold=True)
    grp = o.cellstyle("grp", bg="#f2f2f2", bold=True)
    norm = o.cellstyle("norm")
    fills = {"G": o.cellstyle("fG", bg=GREEN), "Y": o.cellstyle("fY", bg=YELLOW),
             "R": o.cellstyle("fR", bg=RED), "X": o.cellstyle("fX", bg=GREY), "": norm}

    # -- sheet 1: instructions
    t = o.table("Instruktioner", ["2.5cm", "14cm"])
    o.row(t, [("Instruktion – uppföljning av internkontrollplan 2025", title, 2)])
    o.row(t, [])
    lines = [
        "1. Fliken \"Plan 2025\" är nämndens antagna internkontrollplan (KS 2024-12-10 § 188). Ändra inte i planen.",
        "2. Fyll i fliken \"Uppföljning T2\" senast den 15 september 2025.",
        "3. Markera status genom att färga cellen i kolumnen Status enligt teckenförklaringen nedan.",
        "4. Ange i kolumnen Avvikelse Ja om kontrollen visat fel eller brister, annars Nej.",
        "5. Beskriv kortfattat resultat och eventuella åtgärder i kolumnen Kommentar.",
        "Frågor: Lena Berg, controller, ekonomiavdelningen, ankn. 4417.",
    ]
    for ln in lines:
        o.row(t, [("", None), (ln, txt)])
    o.row(t, [])
    o.row(t, [("Teckenförklaring", o.cellstyle("bold", bold=True, border=False), 2)])
    for k, lbl in (("G", "Genomförd"), ("Y", "Påbörjad / delvis genomförd"),
                   ("R", "Ej genomförd / ej påbörjad"), ("X", "Utgår")):
        o.row(t, [("", fills[k]), (lbl, txt)])

    # -- plan + follow-up content
    controls = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor sker enligt gällande attestordning",
             "Stickprov 25 fakturor/tertial", "Ekonomichef", "G", "Nej",
             "Stickprov 25 fakturor maj–juni. Samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("1.2", "Representation och gåvor följer kommunens riktlinjer för representation",
             "Granskning av 20 verifikationer", "Controller", "G", "Ja",
             "Genomförd. 2 av 20 verifikationer saknade deltagarförteckning och syfte. "
             "Berörda chefer har informerats.", "GENOMFORD", "ja"),
            ("1.3", "Avstämning av balanskonton (kundfordringar och leverantörsskulder) görs månadsvis",
             "Kontroll av avstämningsunderlag", "Redovisningsansvarig", "Y", "Nej",
             "Avstämning gjord för januari–juni. Juli och augusti återstår p.g.a. semester.",
             "DELVIS", "nej"),
        ]),
        ("HR och lön", [
            ("2.1", "Bisysslor har anmälts och prövats av närmaste chef",
             "Enkät till chefer + kontroll i HR-systemet", "HR-chef", "R", "",
             "Ej påbörjad. Flyttas till T3 på grund av vakans på HR-avdelningen.",
             "EJ_GENOMFORD", ""),
            ("2.2", "Löneutbetalningar – nyanställda och avslutade anställningar stäms av mot lönesystemet",
             "Stickprov 15 anställningar", "Lönechef", "G", "Nej",
             "Samtliga 15 stickprov korrekta.", "GENOMFORD", "nej"),
            ("2.3", "Rehabiliteringsärenden följs upp enligt rutin för rehabilitering",
             "Genomgång av ärenden i Adato", "HR-konsult", "Y", "Ja",
             "10 av 18 ärenden granskade. I 3 ärenden saknades rehabiliteringsplan. "
             "Resterande granskas under hösten.", "DELVIS", "ja"),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
             "Utdrag ur Raindance jämförs med personalregister", "Systemförvaltare", "G", "Ja",
             "Fyra konton för personer som slutat var fortfarande aktiva. Kontona avslutades 2025-06-12.",
             "GENOMFORD", "ja"),
            ("3.2", "Återläsning av säkerhetskopior testas",
             "Test av återläsning för två system", "IT-chef", "", "", "",
             "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Avtalstrohet – inköp görs hos avtalade leverantörer",
             "Stickprov 30 inköp i e-handelssystemet", "Upphandlingschef", "G", "Nej",
             "30 av 30 inköp gjorda hos avtalad leverantör.", "GENOMFORD", "nej"),
            ("4.2", "Direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av dokumentation", "Upphandlingschef", "X", "",
             "Utgår – ersätts av kommungemensam kontroll enligt KS beslut 2025-04-08 § 62.",
             "UTGAR", ""),
        ]),
        ("Ärendehantering", [
            ("5.1", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationslista – protokoll", "Kanslichef", "G", "Nej",
             "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
            ("5.2", "Inkommande handlingar diarieförs inom två arbetsdagar",
             "Stickprov 40 handlingar", "Registrator", "", "",
             "Kontrollen genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    risks = {"1.1": "Felaktiga utbetalningar", "1.2": "Förtroendeskada", "1.3": "Felaktig redovisning",
             "2.1": "Jäv, förtroendeskada", "2.2": "Felaktiga löner", "2.3": "Arbetsmiljöbrister",
             "3.1": "Obehörig åtkomst", "3.2": "Dataförlust", "4.1": "Ekonomisk förlust",
             "4.2": "Brott mot LOU", "5.1": "Beslut fattas utan mandat", "5.2": "Brister i offentlighetsprincipen"}

    # -- sheet 2: plan
    t = o.table("Plan 2025", ["1.2cm", "4cm", "4cm", "8cm", "6cm", "3cm", "3.5cm"])
    o.row(t, [("Internkontrollplan 2025 – Kommunstyrelsen", title, 7)])
    o.row(t, [("Antagen av kommunstyrelsen 2024-12-10 § 188", sub, 7)])
    o.row(t, [])
    o.row(t, [(h, hdr) for h in ("Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod",
                                 "Frekvens", "Ansvarig")])
    for proc, rows in controls:
        for r in rows:
            o.row(t, [(r[0], norm), (proc, norm), (risks[r[0]], norm), (r[1], norm), (r[2], norm),
                      ("Tertialvis" if r[0] in ("1.1", "1.3") else "Årligen", norm), (r[3], norm)])

    # -- sheet 3: follow-up, status = fill only
    t = o.table("Uppföljning T2", ["1.2cm", "8.5cm", "2.2cm", "2.2cm", "9cm", "3.5cm"])
    o.row(t, [("Kommunstyrelsen – uppföljning av internkontrollplan 2025", title, 6)])
    o.row(t, [("Tertial 2 (januari–augusti 2025)", sub, 6)])
    o.row(t, [])
    o.row(t, [(h, hdr) for h in ("Nr", "Kontrollmoment", "Status", "Avvikelse", "Kommentar / åtgärd",
                                 "Ansvarig")])
    for proc, rows in controls:
        o.row(t, [(proc, grp, 6)])
        for (nr, km, metod, ansv, fill, avv, kom, st, ea) in rows:
            o.row(t, [(nr, norm), (km, norm), ("", fills[fill]), (avv, norm), (kom, norm), (ansv, norm)])
            expect(fil, N, km, st, ea)
    o.row(t, [])
    o.row(t, [("", None), ("Teckenförklaring status:", o.cellstyle("bold", bold=True, border=False))])
    for k, lbl in (("G", "Genomförd"), ("Y", "Påbörjad / delvis genomförd"),
                   ("R", "Ej genomförd / ej påbörjad"), ("X", "Utgår")):
        o.row(t, [("", None), (lbl, txt), ("", fills[k])])
    o.row(t, [])
    o.row(t, [("", None), ("Sammanställt 2025-09-11 av Lena Berg, controller", sub, 3)])
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------------
# odfpy helpers (text)
# ----------------------------------------------------------------------------------------------
class Odt:
    def __init__(self, header_text=None, footer_text=None):
        self.doc = OpenDocumentText()
        d = self.doc
        self.s = {}
        pl = PageLayout(name="pm1")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                           marginbottom="1.5cm", marginleft="2cm", marginright="2cm",
                                           printorientation="portrait"))
        hs = HeaderStyle()
        hs.addElement(HeaderFooterProperties(minheight="0.8cm", marginbottom="0.4cm"))
        pl.addElement(hs)
        d.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        if header_text:
            h = Header()
            h.addElement(P(text=header_text))
            mp.addElement(h)
        if footer_text:
            f = Footer()
            f.addElement(P(text=footer_text))
            mp.addElement(f)
        d.masterstyles.addElement(mp)

        def ps(name, **tp):
            st = Style(name=name, family="paragraph")
            if tp:
                st.addElement(TextProperties(**tp))
            d.automaticstyles.addElement(st)
            self.s[name] = st
        ps("Title", fontsize="16pt", fontweight="bold")
        ps("Sub", fontsize="12pt", fontweight="bold")
        ps("Body")
        ps("Bold", fontweight="bold")
        ps("Small", fontsize="9pt", fontstyle="italic")
        ps("TH", fontweight="bold", fontsize="9pt")
        ps("TD", fontsize="9pt")
        for lvl in (1, 2):
            st = Style(name="Heading_%d" % lvl, family="paragraph", defaultoutlinelevel=str(lvl))
            st.addElement(TextProperties(fontsize="14pt" if lvl == 1 else "12pt", fontweight="bold"))
            d.styles.addElement(st)
            self.s["H%d" % lvl] = st
        cs = Style(name="cellb", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        d.automaticstyles.addElement(cs)
        self.s["cell"] = cs
        ch = Style(name="cellh", family="table-cell")
        ch.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                          backgroundcolor="#dde8cb"))
        d.automaticstyles.addElement(ch)
        self.s["cellh"] = ch
        self.ntab = 0

    def p(self, text, style="Body"):
        self.doc.text.addElement(P(stylename=self.s[style], text=text))

    def h(self, text, lvl=1):
        self.doc.text.addElement(H(outlinelevel=lvl, stylename=self.s["H%d" % lvl], text=text))

    def table(self, widths, header, rows):
        self.ntab += 1
        tname = "Tabell%d" % self.ntab
        ts = Style(name=tname, family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths), align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=tname, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name="%s.C%d" % (tname, i), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        hr = TableHeaderRows()
        r = TableRow()
        for htxt in header:
            c = TableCell(stylename=self.s["cellh"], valuetype="string")
            c.addElement(P(stylename=self.s["TH"], text=htxt))
            r.addElement(c)
        hr.addElement(r)
        t.addElement(hr)
        for row in rows:
            r = TableRow()
            for val in row:
                c = TableCell(stylename=self.s["cell"], valuetype="string")
                for line in (val or "").split("\n"):
                    c.addElement(P(stylename=self.s["TD"], text=line))
                r.addElement(c)
            t.addElement(r)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)


# ----------------------------------------------------------------------------------------------
# File 2: Barn- och utbildningsnämnden - .odt, one table per process, T1 + T2 status columns
# ----------------------------------------------------------------------------------------------
def build_bun():
    fil = "BUN_Uppföljning_internkontroll_T2_2025.odt"
    N = "Barn- och utbildningsnämnden"
    o = Odt(footer_text="Barn- och utbildningsförvaltningen, Ravlunda kommun")
    o.p("Barn- och utbildningsnämnden", "Title")
    o.p("Uppföljning av internkontrollplan 2025 – tertial 2", "Sub")
    o.p("Dnr BUN 2025/112", "Small")
    o.p("Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan "
        "per tertial. Nedan redovisas resultatet av de kontroller som ingår i internkontrollplanen för "
        "2025, uppdelat per process. Status anges för tertial 1 (januari–april) och tertial 2 "
        "(maj–augusti). Kontroller som endast genomförs en gång per år redovisas i den period då de "
        "genomförts.")
    o.p("Statusalternativ: Genomförd, Genomförd med avvikelse, Delvis genomförd, Pågår, Ej påbörjad, "
        "Ej genomförd, Utgår.", "Small")
    processes = [
        ("Process: Ekonomi och inköp", [
            ("Attestering av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Ekonomichef", "Genomförd", "Genomförd",
             "Stickprov 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Inköp sker från avtalade leverantörer",
             "Stickprov 40 inköp av förbrukningsmaterial", "Controller", "Pågår",
             "Genomförd med avvikelse",
             "12 av 40 inköp gjordes utanför avtal. Information till rektorer och förskolechefer "
             "vid ledningsgrupp 2025-08-21.", "GENOMFORD", "ja"),
            ("Hantering av kontantkassor på skolor och fritidshem",
             "Oanmäld kassainventering på tre enheter", "Ekonomiassistent", "Genomförd", "",
             "Kontrolleras en gång per år (T1). Inga avvikelser vid inventeringen i mars.",
             "GENOMFORD", "nej"),
        ]),
        ("Process: Elevhälsa och skolplikt", [
            ("Uppföljning av elevers frånvaro och anmälan till huvudman vid upprepad frånvaro",
             "Genomgång av frånvarorapporter i Skola24", "Verksamhetschef grundskola", "Ej påbörjad",
             "Delvis genomförd",
             "Genomförd på 5 av 8 skolor. Inga brister hittills. Övriga skolor kontrolleras i september.",
             "DELVIS", "nej"),
            ("Anmälan om kränkande behandling utreds och rapporteras till huvudman",
             "Genomgång av samtliga anmälningar", "Kvalitetsstrateg", "Genomförd", "Genomförd",
             "I 4 av 22 ärenden saknades dokumenterad utredning inom utsatt tid. Påminnelse till "
             "rektorer har gått ut.", "GENOMFORD", "ja"),
        ]),
        ("Process: Personal", [
            ("Utdrag ur belastningsregistret kontrolleras vid nyanställning",
             "Kontroll av samtliga nyanställningar", "HR-specialist", "", "Genomförd",
             "Samtliga 46 nyanställda kontrollerade.", "GENOMFORD", "nej"),
            ("Legitimation och behörighet för lärare kontrolleras vid anställning",
             "Stickprov 20 anställningar", "HR-specialist", "", "Ej genomförd",
             "Skjuts till tertial 3.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Lokaler, säkerhet och administration", [
            ("Systematiskt brandskyddsarbete – egenkontroller genomförs på samtliga enheter",
             "Insamling av egenkontrollprotokoll", "Säkerhetssamordnare", "Delvis genomförd",
             "Se bilaga 2", "", "OKLAR", ""),
            ("Skolskjuts – fakturerade körningar stäms av mot beställda körningar",
             "Stickprov en månad per tertial", "Skolskjutshandläggare", "Genomförd", "Utgår",
             "Ansvaret för skolskjuts flyttat till Samhällsbyggnadsnämnden från 2025-03-01.",
             "UTGAR", ""),
            ("Delegationsbeslut dokumenteras och anmäls till nämnden",
             "Jämförelse delegationsförteckning – protokoll", "Nämndsekreterare", "", "", "",
             "SAKNAS", ""),
        ]),
    ]
    for proc, rows in processes:
        o.h(proc, 2)
        o.table([4.2, 3.2, 2.3, 1.9, 1.9, 3.5],
                ["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Status T1", "Status T2",
                 "Kommentar"],
                [r[:6] for r in rows])
        o.p("")
        for r in rows:
            expect(fil, N, r[0], r[6], r[7])
    o.h("Sammanfattande bedömning", 2)
    o.p("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelserna "
        "avseende inköp utanför avtal och utredning av kränkande behandling åtgärdas under hösten.")
    o.p("Ravlunda 2025-09-15")
    o.p("Anna Lindqvist")
    o.p("Förvaltningschef, Barn- och utbildningsförvaltningen")
    o.p("Bilaga 2: Sammanställning egenkontroller brandskydd (separat dokument)", "Small")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------------
# File 3: Socialnämnden - .ods, year/period only in sheet names ("T1 2025", "T2 2025")
# ----------------------------------------------------------------------------------------------
def build_sn():
    fil = "SN_internkontroll.ods"
    N = "Socialnämnden"
    o = Ods()
    title = o.cellstyle("title", bold=True, size="13pt", border=False, wrap=False)
    sub = o.cellstyle("sub", border=False, wrap=False)
    hdr = o.cellstyle("hdr", bg="#fce4d6", bold=True)
    norm = o.cellstyle("norm")
    # (område, km, metod, ansvarig, (T1 utförd, T1 avv, T1 text), (T2 utförd, T2 avv, T2 text), status, avv)
    C = [
        ("IFO", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd",
         ("Ja", "Nej", "Inga avvikelser."),
         ("Ja", "Ja", "2 av 30 utbetalningar avvek från beslutat belopp. Återkrav initierat i ett ärende."),
         "GENOMFORD", "ja"),
        ("IFO", "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Uttag ur Treserva, samtliga anmälningar", "Enhetschef barn och unga",
         ("Delvis", "Nej", "Kontrollerat jan–feb."),
         ("Ja", "Nej", "Samtliga 148 anmälningar förhandsbedömda inom 14 dagar."),
         "GENOMFORD", "nej"),
        ("IFO", "Kontroll mot Försäkringskassan (SSBTEK) görs före beslut om ekonomiskt bistånd",
         "Stickprov 20 ärenden", "Enhetschef försörjningsstöd",
         ("Nej", "", "Ej påbörjad."),
         ("Delvis", "Nej", "Kontroll gjord för perioden januari–maj. Juni–augusti återstår."),
         "DELVIS", "nej"),
        ("IFO", "Beslut och avtal finns för samtliga placeringar på HVB och familjehem",
         "Genomgång av samtliga pågående placeringar", "Verksamhetschef IFO",
         ("", "", ""),
         ("Nej", "", "Ej utförd p.g.a. personalbrist. Planeras till oktober."),
         "EJ_GENOMFORD", ""),
        ("Funktionsstöd", "Gynnande beslut enligt LSS verkställs inom tre månader",
         "Uttag av ej verkställda beslut", "Verksamhetschef funktionsstöd",
         ("Ja", "Nej", ""),
         ("Ja", "Ja", "Ett beslut om bostad med särskild service ej verkställt inom tre månader. "
                      "Rapporterat till IVO 2025-07-02."),
         "GENOMFORD", "ja"),
        ("Administration", "Attest av fakturor enligt attestordning",
         "Stickprov 25 fakturor", "Administrativ chef",
         ("", "", ""),
         ("Ja", "Nej", ""),
         "GENOMFORD", "nej"),
        ("Administration", "Loggkontroll i verksamhetssystemet (Treserva)",
         "Slumpvis loggkontroll 10 användare/månad", "Systemförvaltare",
         ("Delvis", "Nej", "Loggkontroll gjord i mars."),
         ("Ja", "", "Loggkontroll ej genomförd under perioden på grund av systemuppgradering."),
         "OKLAR", ""),
        ("Administration", "Behörigheter som inte längre behövs tas bort i Treserva",
         "Avstämning behörighetslista mot personallista", "Systemförvaltare",
         ("", "", ""),
         ("Ja", "Nej", "Avstämning gjord 2025-06-18."),
         "GENOMFORD", "nej"),
        ("Administration", "Förtroendekänsliga poster – representation, resor och kurser",
         "Granskning av konton 7xxx", "Controller",
         ("", "", ""),
         ("Utgår – kontrolleras centralt av KS", "", ""),
         "UTGAR", ""),
        ("Administration", "Delegationsbeslut anmäls till socialnämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare",
         ("", "", ""),
         ("", "", ""),
         "SAKNAS", ""),
    ]
    heads = ("Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kontroll utförd (Ja/Nej/Delvis)",
             "Avvikelse upptäckt (Ja/Nej)", "Beskrivning av resultat och åtgärd")
    for sheet, idx in (("T1 2025", 4), ("T2 2025", 5)):
        t = o.table(sheet, ["3cm", "8cm", "5cm", "4.5cm", "3.2cm", "3.2cm", "9cm"])
        o.row(t, [("Socialförvaltningen", title, 3)])
        o.row(t, [("Kontroller enligt internkontrollplanen – redovisning till socialnämnden", sub, 4)])
        o.row(t, [])
        o.row(t, [(h, hdr) for h in heads])
        for c in C:
            u, a, txt = c[idx]
            o.row(t, [(c[0], norm), (c[1], norm), (c[2], norm), (c[3], norm), (u, norm), (a, norm),
                      (txt, norm)])
        o.row(t, [])
        o.row(t, [("Kontaktperson: Maria Nordin, kvalitetsutvecklare", sub, 4)])
    t = o.table("Listor", ["3cm", "3cm"])
    o.row(t, [("Utförd", None), ("Avvikelse", None)])
    for a, b in (("Ja", "Ja"), ("Nej", "Nej"), ("Delvis", "")):
        o.row(t, [(a, None), (b, None)])
    for c in C:
        expect(fil, N, c[1], c[6], c[7])
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------------
# File 4: Vård- och omsorgsnämnden - docx (python-docx) -> .odt via LibreOffice; symbols + legend,
#         vertically merged process cells
# ----------------------------------------------------------------------------------------------
def build_von(tmp):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    fil = "Uppföljning IKP VON tertial 2 2025.odt"
    N = "Vård- och omsorgsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_paragraph().add_run("Vård- och omsorgsnämnden").bold = True
    h = d.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025, tertial 2")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Uppföljningen avser perioden januari–augusti 2025. Kontrollerna har genomförts av "
                    "respektive ansvarig enligt internkontrollplanen antagen av nämnden 2025-01-28 § 9.")
    lg = d.add_paragraph()
    lg.add_run("Teckenförklaring bedömning: ").bold = True
    lg.add_run("✓ = Kontroll genomförd, ingen avvikelse   ⚠ = Kontroll genomförd, avvikelse noterad   "
               "◐ = Kontroll påbörjad/delvis genomförd   ✗ = Kontroll ej genomförd   — = Utgår")
    rows = [
        ("Hemtjänst", [
            ("1", "Utförd tid i hemtjänst överensstämmer med beviljad tid (stickprov i Phoniro)",
             "I 6 av 25 ärenden avvek utförd tid mer än 20 % från beviljad tid. Biståndshandläggare "
             "har gjort omprövning i fyra ärenden.", "⚠", "GENOMFORD", "ja"),
            ("2", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
             "Kontrollerat i två av fyra hemtjänstområden. Inga brister i de kontrollerade områdena. "
             "Resterande områden kontrolleras i september.", "◐", "DELVIS", "nej"),
            ("3", "Nyckelhantering – kvittens av nycklar och koder till brukares bostäder",
             "Kvittenslistor kompletta i samtliga grupper.", "✓", "GENOMFORD", "nej"),
        ]),
        ("Särskilt boende", [
            ("4", "Avvikelser i läkemedelshanteringen rapporteras i avvikelsesystemet",
             "Genomgång av avvikelserapporter januari–augusti tillsammans med MAS.", "✓",
             "GENOMFORD", "nej"),
            ("5", "Hantering av brukares privata medel – kassabok och kvitton",
             "Ej genomförd. Planeras till november.", "✗", "EJ_GENOMFORD", ""),
            ("6", "Riskbedömningar (fall, trycksår, nutrition) registreras i Senior alert",
             "Riskbedömning saknades för 9 av 40 brukare. Handlingsplan upprättad per boende.", "⚠",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("7", "Fakturering av omsorgsavgifter stäms av mot avgiftsbeslut",
             "Stickprov 20 debiteringar, samtliga korrekta.", "✓", "GENOMFORD", "nej"),
            ("8", "Inkomstförfrågan skickas årligen inför nytt avgiftsbeslut",
             "Utgår enligt nämndbeslut 2025-05-20 § 41.", "—", "UTGAR", ""),
            ("9", "Timanställdas löneunderlag attesteras av chef före utbetalning",
             "Pågår, redovisas vid helårsuppföljningen.", "", "DELVIS", ""),
        ]),
    ]
    n = sum(len(x[1]) for x in rows)
    tbl = d.add_table(rows=1 + n, cols=5)
    tbl.style = "Table Grid"
    for i, htxt in enumerate(("Nr", "Process/rutin", "Kontrollmoment", "Resultat av kontroll", "Bedömning")):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(htxt).bold = True
    ri = 1
    for proc, items in rows:
        start = ri
        for (nr, km, res, sym, st, av) in items:
            cells = tbl.rows[ri].cells
            cells[0].text = nr
            cells[2].text = km
            cells[3].text = res
            cells[4].text = sym
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            expect(fil, N, km, st, av)
            ri += 1
        m = tbl.cell(start, 1).merge(tbl.cell(ri - 1, 1))
        m.text = proc
    widths = [Cm(1.0), Cm(3.2), Cm(5.5), Cm(6.3), Cm(1.8)]
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Sammanfattning: Av nio kontroller är fem genomförda, varav två med avvikelse. "
                    "En kontroll har utgått efter beslut i nämnden.")
    d.add_paragraph("Ravlunda den 12 september 2025")
    d.add_paragraph("Karin Holm\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    src = os.path.join(tmp, "von.docx")
    d.save(src)
    convert(src, "odt", os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


def convert(src, fmt, dest):
    outdir = os.path.dirname(src)
    subprocess.run(SOFFICE + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(src)[0] + "." + fmt
    shutil.move(produced, dest)


# ----------------------------------------------------------------------------------------------
# File 5: Stratsys CSV export, cp1252, ';', two nämnder (as förvaltning names), T1+T2 rows
# ----------------------------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_internkontroll_2025-09-10.csv"
    KFN, TN = "Kultur- och fritidsnämnden", "Tekniska nämnden"
    # enhet, process, km, [(period, status, kommentar, avvikelse, ändrad)], expected status, avv
    data = [
        ("Kultur- och fritidsförvaltningen", KFN, "Föreningsbidrag",
         "Verksamhetsberättelse och ekonomisk redovisning har inkommit innan föreningsbidrag betalas ut",
         [("Tertial 1 2025", "Pågående", "Granskning påbörjad.", "Nej", "2025-04-28"),
          ("Tertial 2 2025", "Genomförd",
           "Två föreningar saknade årsredovisning. Utbetalning stoppad tills komplettering inkommit.",
           "Ja", "2025-09-03")], "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", KFN, "Kassahantering",
         "Dagskassor i simhallen stäms av mot kassasystemet",
         [("Tertial 1 2025", "Genomförd", "", "Nej", "2025-04-30"),
          ("Tertial 2 2025", "Genomförd", "Avstämning varje vecka, inga differenser över 50 kr.", "Nej",
           "2025-09-01")], "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", KFN, "Lokaluthyrning",
         "Uthyrning av lokaler och anläggningar faktureras enligt fastställd taxa",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-04-30"),
          ("Tertial 2 2025", "Pågående", "Stickprov på 15 av 40 bokningar klart, inga fel hittills.", "Nej",
           "2025-09-05")], "DELVIS", "nej"),
        ("Kultur- och fritidsförvaltningen", KFN, "Inköp",
         "Inköp av konst följer riktlinjer för konstinköp",
         [("Tertial 1 2025", "", "", "", ""),
          ("Tertial 2 2025", "Utgår", "Inga konstinköp planerade 2025.", "", "2025-08-29")],
         "UTGAR", ""),
        ("Kultur- och fritidsförvaltningen", KFN, "Inköp",
         "Attest av leverantörsfakturor enligt attestordningen",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-04-30"),
          ("Tertial 2 2025", "Ej påbörjad", "Genomförs under hösten.", "", "2025-09-05")],
         "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", KFN, "Föreningsbidrag",
         "Närvarorapportering för LOK-stöd kontrolleras mot närvarolistor",
         [("Tertial 1 2025", "", "", "", ""),
          ("Tertial 2 2025", "Genomförd",
           "Stickprov 10 föreningar.\nEn förening hade rapporterat sammankomster som inte genomförts. "
           "Återkrav 4 800 kr.", "Ja", "2025-09-08")], "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", TN, "Gata",
         "Entreprenörens fakturor för vinterväghållning kontrolleras mot körjournaler",
         [("Tertial 1 2025", "Genomförd", "Samtliga fakturor jan–mars kontrollerade.", "Nej", "2025-04-25"),
          ("Tertial 2 2025", "Genomförd", "Ingen vinterväghållning maj–augusti, kontrollen avser april.",
           "Nej", "2025-08-30")], "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Park",
         "Egenkontroll av lekplatser enligt SS-EN 1176",
         [("Tertial 1 2025", "Pågående", "", "", "2025-04-25"),
          ("Tertial 2 2025", "Genomförd", "Brister på tre lekplatser (gungor, fallskydd) är åtgärdade.",
           "Ja", "2025-09-02")], "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", TN, "Ekonomi",
         "Avslutade investeringsprojekt aktiveras i anläggningsregistret",
         [("Tertial 1 2025", "Pågående", "Aktivering av 2024 års projekt pågår.", "Nej", "2025-04-29"),
          ("Tertial 2 2025", "", "", "", "")], "DELVIS", "nej"),
        ("Tekniska förvaltningen", TN, "Fordon",
         "Körjournaler förs för kommunens fordon",
         [("Tertial 1 2025", "", "", "", ""),
          ("Tertial 2 2025", "Ej påbörjad", "Nytt system för körjournaler införs, kontroll efter införande.",
           "", "2025-09-04")], "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", TN, "Upphandling",
         "Uppföljning av avtal för driftentreprenad gata/park",
         [("Tertial 1 2025", "", "", "", ""),
          ("Tertial 2 2025", "Genomförd", "Avtalsuppföljningsmöte 2025-06-10, inga avvikelser.", "Nej",
           "2025-06-12")], "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", TN, "Gata",
         "Grävtillstånd finns vid schaktning i allmän platsmark",
         [("Tertial 1 2025", "Pågående", "", "", "2025-04-29"),
          ("Tertial 2 2025", "Avbruten", "Avbruten genom beslut i TN 2025-06-11 § 58, ersätts av ny rutin.",
           "", "2025-06-13")], "UTGAR", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Export från Stratsys 2025-09-10 10:42 - Rapport: Intern kontroll, uppföljning kontrollmoment"
                " - Ravlunda kommun\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse",
                    "Senast ändrad"])
        for enhet, namnd, proc, km, periods, st, av in data:
            for (per, s, kom, a, dt) in periods:
                w.writerow([enhet, proc, km, per, s, kom, a, dt])
            expect(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))
    FILES.append((fil, "INLAST", TN, "2025", "T2"))


# ----------------------------------------------------------------------------------------------
# File 6: Samhällsbyggnadsnämnden - openpyxl xlsx -> .ods via LibreOffice; plan + T1/T2/Helår
#         side by side, letter codes with legend on top, fills, totals row
# ----------------------------------------------------------------------------------------------
def build_sbn(tmp):
    import openpyxl
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    fil = "SBN IKP 2025 med uppföljning.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.merge_cells("A1:O1")
    ws["A1"] = "Samhällsbyggnadsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:O2")
    ws["A2"] = "Antagen SBN 2025-01-22 § 7. Uppföljning per tertial, senast uppdaterad 2025-09-09."
    ws.merge_cells("A3:O3")
    ws["A3"] = "Status: G = Genomförd   D = Delvis genomförd / pågår   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True)
    # group header row 5
    groups = [("A5:I5", "Plan"), ("J5:K5", "Uppföljning T1"), ("L5:M5", "Uppföljning T2"),
              ("N5:O5", "Helår")]
    for rng, txt in groups:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
        ws[rng.split(":")[0]].font = Font(bold=True)
        ws[rng.split(":")[0]].alignment = Alignment(horizontal="center")
    heads = ["Nr", "Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Metod / omfattning",
             "Ansvarig", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    thin = Side(style="thin")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="D9D9D9")
    for i, htxt in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=htxt)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = brd
        c.alignment = Alignment(wrap_text=True, vertical="top")
    code_fill = {"G": "92D050", "D": "FFC000", "E": "FF0000", "U": "A6A6A6"}
    # nr, process, risk, S, K, km, metod, ansv, (t1s, t1k), (t2s, t2k), status, avv
    C = [
        (1, "Bygglov", "Lagstadgad handläggningstid överskrids, avgiftsreduktion", 3, 3,
         "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         "Uttag ur ByggR", "Bygglovschef",
         ("D", "Kontrollerat jan–feb."), ("G", "Samtliga 112 beslut under perioden inom 10 veckor."),
         "GENOMFORD", "nej"),
        (2, "Bygglov", "Felaktiga avgifter", 2, 3,
         "Bygglovsavgifter debiteras enligt gällande taxa",
         "Stickprov 20 ärenden", "Bygglovschef",
         ("G", "Inga fel."), ("G", "Stickprov 20 ärenden: 1 felaktig avgift, rättad och ny faktura skickad."),
         "GENOMFORD", "ja"),
        (3, "Bygglov", "Jäv, förtroendeskada", 2, 4,
         "Handläggare dokumenterar jävsprövning i ärendet",
         "Stickprov 15 ärenden", "Bygglovschef",
         ("E", ""), ("E", "Ej genomförd, ny mall för jävsprövning tas fram först."),
         "EJ_GENOMFORD", ""),
        (4, "Plan", "Kostnader för planarbete täcks inte", 3, 2,
         "Planavgift tas ut i enlighet med tecknade planavtal",
         "Genomgång av samtliga planavtal", "Planchef",
         ("", ""), ("D", "Genomgång av 4 av 9 planavtal, inga avvikelser."),
         "DELVIS", "nej"),
        (5, "Plan", "Handlingar saknas vid överklagande", 2, 2,
         "Planhandlingar diarieförs och arkiveras enligt dokumenthanteringsplan",
         "Kontroll av tre antagna planer", "Planchef",
         ("", ""), ("G", "Tre planer kontrollerade, komplett."),
         "GENOMFORD", "nej"),
        (6, "Mark och exploatering", "Likabehandling brister", 2, 4,
         "Markanvisningar sker enligt antagen markanvisningspolicy",
         "Genomgång av beslut om markanvisning", "Exploateringschef",
         ("", ""), ("U", "Inga markanvisningar under 2025."),
         "UTGAR", ""),
        (7, "Mark och exploatering", "Intäktsbortfall", 3, 2,
         "Arrendeavgifter indexuppräknas och faktureras",
         "Kontroll av arrendereskontra", "Mark- och exploateringsingenjör",
         ("G", "Genomförd i januari i samband med årsfakturering. Inga avvikelser."), ("", ""),
         "GENOMFORD", "nej"),
        (8, "Administration", "Beslut fattas utan mandat", 2, 3,
         "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare",
         ("G", ""), ("G", "Samtliga beslut anmälda."),
         "GENOMFORD", "nej"),
        (9, "Administration", "Felaktiga utbetalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller",
         ("", ""), ("G", "Inga avvikelser."),
         "GENOMFORD", "nej"),
        (10, "Administration", "Obehörig åtkomst till personuppgifter", 3, 3,
         "Behörigheter i ByggR stäms av mot aktuella anställningar",
         "Behörighetslista jämförs med personallista", "Systemförvaltare",
         ("", ""), ("G", "7 behörigheter för personer som slutat har tagits bort."),
         "GENOMFORD", "ja"),
    ]
    r = 7
    for c in C:
        nr, proc, risk, s, k, km, metod, ansv, t1, t2, st, av = c
        vals = [nr, proc, risk, s, k, s * k, km, metod, ansv, t1[0] or None, t1[1] or None,
                t2[0] or None, t2[1] or None, None, None]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=i, value=v)
            cell.border = brd
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        rv = s * k
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor="FF0000" if rv >= 9 else
                                                    ("FFC000" if rv >= 6 else "92D050"))
        for col, code in ((10, t1[0]), (12, t2[0])):
            if code:
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=code_fill[code])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        expect(fil, N, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=7, value="Antal genomförda kontroller T2 (G)").font = Font(bold=True)
    ws.cell(row=r + 1, column=12, value='=COUNTIF(L7:L16,"G")')
    ws.cell(row=r + 2, column=7, value="Antal kontroller totalt").font = Font(bold=True)
    ws.cell(row=r + 2, column=12, value="=COUNTA(G7:G16)")
    ws.cell(row=r + 4, column=1, value="S = sannolikhet (1–4), K = konsekvens (1–4), Riskvärde = S × K")
    for col, w in zip("ABCDEFGHIJKLMNO", (5, 14, 22, 4, 4, 9, 38, 24, 18, 8, 26, 8, 36, 8, 20)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "G7"
    src = os.path.join(tmp, "sbn.xlsx")
    wb.save(src)
    convert(src, "ods", os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------------
# File 7: Miljö- och hälsoskyddsnämnden - .odt, text only; nämnd only in page header + file name
# ----------------------------------------------------------------------------------------------
def build_mhn():
    fil = "Miljökontoret_IK_uppföljning_tertial2.odt"
    N = "Miljö- och hälsoskyddsnämnden"
    o = Odt(header_text="Miljö- och hälsoskyddsnämnden, Ravlunda kommun          Dnr MHN 2025/58")
    o.p("Uppföljning av intern kontroll – andra tertialet 2025", "Title")
    o.p("Tjänsteskrivelse 2025-09-08. Handläggare: Per Ekström, miljöchef", "Small")
    o.p("Miljökontoret har följt upp de kontrollmoment som ingår i internkontrollplanen för 2025. "
        "Nedan redovisas varje kontrollmoment med resultat och status per den 31 augusti 2025.")
    items = [
        ("1. Debitering av tillsynsavgifter",
         "Kontroll av att årliga tillsynsavgifter inom livsmedelskontrollen debiteras enligt taxa",
         "30 anläggningar granskades. För två anläggningar var fel riskklass registrerad, vilket gav "
         "för låg avgift. Rättelse och tilläggsfaktura har skickats.",
         "Status: Genomförd", "Avvikelse: Ja", "GENOMFORD", "ja"),
        ("2. Planerad tillsyn",
         "Kontroll av att planerad tillsyn enligt tillsynsplanen genomförs",
         "Per den 31 augusti har 58 procent av planerade tillsynsbesök genomförts mot målet 65 procent. "
         "Eftersläpningen beror på sjukskrivningar.",
         "Status: Delvis genomförd", "Avvikelse: Ja, eftersläpning mot tillsynsplanen.", "DELVIS", "ja"),
        ("3. Delegationsbeslut",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Samtliga delegationsbeslut januari–juli har anmälts.",
         "Status: Genomförd", "Avvikelse: Nej", "GENOMFORD", "nej"),
        ("4. Handläggningstider enskilda avlopp",
         "Kontroll av handläggningstid för ansökningar om enskilda avlopp (beslut inom sex veckor)",
         "Kontrollen har inte kunnat genomföras under perioden och flyttas till tertial 3.",
         "Status: Ej genomförd", "", "EJ_GENOMFORD", ""),
        ("5. Jäv",
         "Kontroll av att jävsprövning dokumenteras i ärendehanteringssystemet",
         "",
         "Status: Utgår – kontrollen ingår i kommunövergripande granskning 2025.", "", "UTGAR", ""),
        ("6. Dricksvatten",
         "Kontroll av att provtagningsresultat för dricksvatten registreras i Ecos",
         "Redovisas i helårsuppföljningen.", "", "", "SAKNAS", ""),
    ]
    for head, km, res, st, av, est, eav in items:
        o.h(head, 2)
        o.p("Kontrollmoment: " + km)
        if res:
            o.p("Resultat: " + res)
        if st:
            o.p(st)
        if av:
            o.p(av)
        expect(fil, N, km, est, eav)
    o.h("Förslag till beslut", 2)
    o.p("Miljö- och hälsoskyddsnämnden godkänner uppföljningen av intern kontroll för andra tertialet 2025.")
    o.p("Per Ekström")
    o.p("Miljöchef")
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ----------------------------------------------------------------------------------------------
# File 8 (reject): budget follow-up .ods, no controls
# ----------------------------------------------------------------------------------------------
def build_reject():
    fil = "Ekonomisk uppföljning T2 2025 VON.ods"
    o = Ods()
    title = o.cellstyle("title", bold=True, size="13pt", border=False, wrap=False)
    hdr = o.cellstyle("hdr", bg="#d9e1f2", bold=True)
    norm = o.cellstyle("norm")
    fG, fY, fR = o.cellstyle("fG", bg=GREEN), o.cellstyle("fY", bg=YELLOW), o.cellstyle("fR", bg=RED)
    t = o.table("Driftredovisning", ["6cm", "3cm", "3cm", "3cm", "3.5cm", "9cm"])
    o.row(t, [("Vård- och omsorgsnämnden – ekonomisk uppföljning tertial 2 2025 (tkr)", title, 6)])
    o.row(t, [])
    o.row(t, [(h, hdr) for h in ("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår",
                                 "Avvikelse mot budget", "Kommentar")])
    data = [
        ("Nämnd och förvaltningsledning", 6200, 4010, 6100, "Lägre kostnader för konsulter."),
        ("Hemtjänst", 118400, 82950, 122900, "Fler beviljade timmar än budgeterat."),
        ("Särskilt boende", 164300, 109100, 165000, "Högre kostnader för bemanning under sommaren."),
        ("Hemsjukvård", 41200, 26800, 40900, ""),
        ("Dagverksamhet", 8700, 5500, 8300, "Färre deltagare."),
        ("Bostadsanpassning", 4500, 3900, 5600, "Två stora ärenden."),
    ]
    tot = [0, 0, 0]
    for v, b, u, p, k in data:
        avv = b - p
        fill = fG if avv >= 0 else (fY if avv > -1000 else fR)
        r = TableRow()
        r.addElement(Ods.cell(v, norm))
        r.addElement(Ods.cell("", norm, number=b))
        r.addElement(Ods.cell("", norm, number=u))
        r.addElement(Ods.cell("", norm, number=p))
        r.addElement(Ods.cell("", fill, number=avv))
        r.addElement(Ods.cell(k, norm))
        t.addElement(r)
        tot = [tot[0] + b, tot[1] + u, tot[2] + p]
    r = TableRow()
    r.addElement(Ods.cell("Summa", hdr))
    for x in tot + [tot[0] - tot[2]]:
        r.addElement(Ods.cell("", hdr, number=x))
    r.addElement(Ods.cell("", hdr))
    t.addElement(r)
    o.row(t, [])
    o.row(t, [("Grön = prognos inom budget, gul = underskott < 1 mnkr, röd = underskott ≥ 1 mnkr", None, 6)])
    t = o.table("Investeringar", ["7cm", "3cm", "3cm", "3cm"])
    o.row(t, [("Investeringar 2025 (tkr)", title, 4)])
    o.row(t, [(h, hdr) for h in ("Projekt", "Budget", "Utfall jan–aug", "Prognos")])
    for pr, b, u, p in (("Inventarier särskilt boende", 1500, 620, 1400),
                        ("Larm och välfärdsteknik", 2200, 1750, 2200),
                        ("Fordon hemtjänst", 900, 0, 900)):
        r = TableRow()
        r.addElement(Ods.cell(pr, norm))
        for x in (b, u, p):
            r.addElement(Ods.cell("", norm, number=x))
        t.addElement(r)
    o.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ----------------------------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r166_")
    try:
        build_ks()
        build_bun()
        build_sn()
        build_von(tmp)
        build_csv()
        build_sbn(tmp)
        build_mhn()
        build_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    names = {n for n, _ in NAMNDER}
    for fil, utfall, n, y, p in FILES:
        assert os.path.exists(os.path.join(OUT, fil)), fil
        if utfall == "INLAST":
            assert n in names, n
    inl = {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inl, e
    print("files:", len(FILES), "expected controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
