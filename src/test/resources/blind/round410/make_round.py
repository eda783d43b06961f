#!/usr/bin/python3
"""Blind round r410 - Bjästa kommun, delårsuppföljning 2025 (LibreOffice-kommun).

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import zipfile

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableColumnProperties, TableCellProperties, TextProperties,
                       ParagraphProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, HeaderStyle, HeaderFooterProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P, H

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r410-build"
LO_PROFILE = "file:///tmp/lo-round410"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

ST = {"G": "GENOMFORD", "D": "DELVIS", "E": "EJ_GENOMFORD", "U": "UTGAR", "S": "SAKNAS", "O": "OKLAR"}


def exp(fil, namnd, km, st, avv):
    EXPECTED.append((fil, namnd, km, ST[st], avv))


# ---------------------------------------------------------------- helpers: styles
def cell_style(doc, name, bg=None, bold=False, size=None, wrap=True, border=True, italic=False,
               family="table-cell"):
    s = Style(name=name, family=family)
    kw = {}
    if bg:
        kw["backgroundcolor"] = bg
    if border:
        kw["border"] = "0.5pt solid #000000"
    if wrap:
        kw["wrapoption"] = "wrap"
    kw["verticalalign"] = "top"
    s.addElement(TableCellProperties(**kw))
    tkw = {}
    if bold:
        tkw["fontweight"] = "bold"
    if italic:
        tkw["fontstyle"] = "italic"
    if size:
        tkw["fontsize"] = size
    if tkw:
        s.addElement(TextProperties(**tkw))
    doc.automaticstyles.addElement(s)
    return s


def col_style(doc, name, width):
    s = Style(name=name, family="table-column")
    s.addElement(TableColumnProperties(columnwidth=width))
    doc.automaticstyles.addElement(s)
    return s


def add_paras(cell, value):
    if value is None or value == "":
        return
    for line in str(value).split("\n"):
        cell.addElement(P(text=line))


def write_sheet(doc, name, grid, merges, widths, styles):
    """grid: dict (r,c) -> (value, stylekey) ; merges: list (r,c,nrows,ncols)."""
    t = Table(name=name)
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=col_style(doc, f"{name[:6]}co{i}".replace(" ", "_"), w)))
    nrows = max(r for r, _ in grid) + 1
    ncols = len(widths)
    covered = set()
    span = {}
    for (r, c, nr, nc) in merges:
        span[(r, c)] = (nr, nc)
        for rr in range(r, r + nr):
            for cc in range(c, c + nc):
                if (rr, cc) != (r, c):
                    covered.add((rr, cc))
    for r in range(nrows):
        tr = TableRow()
        for c in range(ncols):
            val, sk = grid.get((r, c), (None, None))
            if (r, c) in covered:
                kw = {}
                if sk:
                    kw["stylename"] = styles[sk]
                tr.addElement(CoveredTableCell(**kw))
                continue
            kw = {}
            if sk:
                kw["stylename"] = styles[sk]
            if (r, c) in span:
                nr, nc = span[(r, c)]
                if nr > 1:
                    kw["numberrowsspanned"] = nr
                if nc > 1:
                    kw["numbercolumnsspanned"] = nc
            if isinstance(val, tuple) and val and val[0] == "formula":
                _, formula, num = val
                cell = TableCell(valuetype="float", value=num, formula=formula, **kw)
                cell.addElement(P(text=str(num)))
            elif isinstance(val, (int, float)) and not isinstance(val, bool):
                cell = TableCell(valuetype="float", value=val, **kw)
                cell.addElement(P(text=str(val)))
            elif val not in (None, ""):
                cell = TableCell(valuetype="string", **kw)
                add_paras(cell, val)
            else:
                cell = TableCell(**kw)
            tr.addElement(cell)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def odt_table(doc, name, widths, rows, styles, header_rows=1):
    """rows: list of list of (value, stylekey, colspan)."""
    ts = Style(name=f"{name}T", family="table")
    ts.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(ts)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=col_style(doc, f"{name}c{i}", w)))
    for row in rows:
        tr = TableRow()
        for val, sk, span in row:
            kw = {}
            if sk:
                kw["stylename"] = styles[sk]
            if span > 1:
                kw["numbercolumnsspanned"] = span
            cell = TableCell(valuetype="string", **kw)
            if val in (None, ""):
                cell.addElement(P(text=""))
            else:
                add_paras(cell, val)
            tr.addElement(cell)
            for _ in range(span - 1):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)
    return t


def para_styles(doc):
    out = {}
    s = Style(name="Titel", family="paragraph")
    s.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    s.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(s)
    out["titel"] = s
    s = Style(name="Under", family="paragraph")
    s.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    s.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.automaticstyles.addElement(s)
    out["under"] = s
    s = Style(name="Brod", family="paragraph")
    s.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(s)
    out["brod"] = s
    s = Style(name="Fet", family="paragraph")
    s.addElement(TextProperties(fontweight="bold"))
    s.addElement(ParagraphProperties(margintop="0.3cm"))
    doc.automaticstyles.addElement(s)
    out["fet"] = s
    s = Style(name="Liten", family="paragraph")
    s.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.automaticstyles.addElement(s)
    out["liten"] = s
    return out


def page_with_header(doc, header_text, footer_text=None, landscape=False):
    pl = PageLayout(name="PL1")
    if landscape:
        pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                           margin="1.5cm"))
    else:
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
    hs = HeaderStyle()
    hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm"))
    pl.addElement(hs)
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header()
    h.addElement(P(text=header_text))
    mp.addElement(h)
    if footer_text:
        f = Footer()
        f.addElement(P(text=footer_text))
        mp.addElement(f)
    doc.masterstyles.addElement(mp)


# ============================================================ 1. KS - colour-only ods
def build_ks():
    fil = "KS_Internkontroll_delar_2025.ods"
    nm = "Kommunstyrelsen"
    doc = OpenDocumentSpreadsheet()
    S = {
        "title": cell_style(doc, "ksT", bold=True, size="14pt", border=False, wrap=False),
        "sub": cell_style(doc, "ksS", bold=True, size="11pt", border=False, wrap=False),
        "plain": cell_style(doc, "ksP", border=False, wrap=False),
        "hdr": cell_style(doc, "ksH", bg="#b4c7dc", bold=True),
        "c": cell_style(doc, "ksC"),
        "proc": cell_style(doc, "ksPr", bold=True, bg="#eeeeee"),
        "G": cell_style(doc, "ksG", bg="#81d41a"),
        "D": cell_style(doc, "ksY", bg="#ffff00"),
        "E": cell_style(doc, "ksR", bg="#ff0000"),
        "U": cell_style(doc, "ksGr", bg="#b2b2b2"),
        "none": cell_style(doc, "ksN"),
        "lg": cell_style(doc, "ksL", border=False, wrap=False, italic=True),
        "lgb": cell_style(doc, "ksLB", bold=True, border=False, wrap=False),
    }
    # (nr, process, kontrollmoment, metod, frekvens, ansvarig, fill, kommentar, expected st, avv)
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Tertialvis", "Redovisningsekonom", "G",
         "60 fakturor granskade (T1+T2). Inga avvikelser.", "G", "nej"),
        ("1.2", "Ekonomi", "Representation och förtroendekänsliga poster hanteras enligt riktlinjen",
         "Genomgång av samtliga representationsfakturor över 2 000 kr", "Halvår", "Controller", "D",
         "Jan–juni granskat. 3 fakturor saknade syfte och deltagarförteckning, återkoppling till berörda chefer. Juli–aug återstår.",
         "D", "ja"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut",
         "Kontroll av avstämningsunderlag i bokslutspärm", "Månadsvis", "Redovisningschef", "G",
         "", "G", ""),
        ("1.4", "Ekonomi", "Ändringar i leverantörsregistret (bankgiro/kontonummer) verifieras mot leverantören",
         "Kontroll av ändringslogg i Raindance", "Tertialvis", "Systemförvaltare ekonomisystem", "E",
         "Ej utförd p.g.a. vakans. Flyttas till hösten.", "E", ""),
        ("2.1", "Upphandling och inköp", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Halvår", "Upphandlingsenheten", "G",
         "10 av 10 dokumenterade i diariet.", "G", "nej"),
        ("2.2", "Upphandling och inköp", "Avtalstrohet vid inköp av kontorsmaterial och förbrukningsvaror",
         "Analys av leverantörsreskontra", "Helår", "Inköpssamordnare", None,
         "Kontrollen görs i samband med helårsuppföljningen.", "E", ""),
        ("3.1", "Personal", "Lönetillägg och engångsbelopp är beslutade enligt delegationsordningen",
         "Stickprov 20 löneändringar i Heroma", "Tertialvis", "HR-specialist", "G",
         "Stickprov 20 st, samtliga med korrekt beslut.", "G", "nej"),
        ("3.2", "Personal", "Behörigheter i IT-system tas bort vid avslutad anställning",
         "Jämförelse avslutade anställningar mot AD-konton", "Halvår", "IT-chef", "D",
         "Kontroll gjord för jan–juni. 4 konton låg kvar efter avslut, nu stängda.", "D", "ja"),
        ("4.1", "Ärendehantering", "Inkomna handlingar diarieförs inom fem arbetsdagar",
         "Stickprov 25 handlingar i W3D3", "Tertialvis", "Registrator", "G",
         "Genomsnittlig tid 2 arbetsdagar.", "G", "nej"),
        ("4.2", "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "Halvår", "Kanslichef", "U",
         "Ersätts av automatisk kontroll i nytt ärendesystem, beslut KS 2025-03-12 § 45.", "U", ""),
    ]
    g = {}
    g[(0, 0)] = ("Bjästa kommun – Kommunstyrelsen", "title")
    g[(1, 0)] = ("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)", "sub")
    g[(2, 0)] = ("Kommunledningsförvaltningen. Uppföljning sammanställd 2025-09-08 av Lena Sjödin, controller.", "plain")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status delår", "Kommentar / resultat"]
    for c, h in enumerate(hdr):
        g[(4, c)] = (h, "hdr")
    merges = [(0, 0, 1, 8), (1, 0, 1, 8), (2, 0, 1, 8)]
    r = 5
    # process merged vertically
    start = r
    prev = None
    for i, (nr, proc, km, met, frek, ans, fill, kom, est, avv) in enumerate(rows):
        g[(r, 0)] = (nr, "c")
        if proc != prev:
            if prev is not None and r - start > 1:
                merges.append((start, 1, r - start, 1))
            start = r
            g[(r, 1)] = (proc, "proc")
            prev = proc
        else:
            g[(r, 1)] = (None, "proc")
        g[(r, 2)] = (km, "c")
        g[(r, 3)] = (met, "c")
        g[(r, 4)] = (frek, "c")
        g[(r, 5)] = (ans, "c")
        g[(r, 6)] = (None, fill if fill else "none")
        g[(r, 7)] = (kom, "c")
        exp(fil, nm, km, est, avv)
        r += 1
    if r - start > 1:
        merges.append((start, 1, r - start, 1))
    r += 1
    g[(r, 1)] = ("Färgförklaring status:", "lgb")
    r += 1
    for key, txt in [("G", "Genomförd"), ("D", "Pågår / delvis genomförd"), ("E", "Ej genomförd"),
                     ("U", "Utgår")]:
        g[(r, 1)] = (None, key)
        g[(r, 2)] = (txt, "lg")
        r += 1
    r += 1
    g[(r, 1)] = ("Ingen färg = ej följts upp ännu", "lg")
    write_sheet(doc, "Delår 2025", g, merges,
                ["1.2cm", "3.2cm", "6.5cm", "5cm", "2.3cm", "3.8cm", "2.4cm", "8cm"], S)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 2. BUN - odt with group rows
def build_bun():
    fil = "BUN uppföljning intern kontroll delår 2025.odt"
    nm = "Barn- och utbildningsnämnden"
    doc = OpenDocumentText()
    PS = para_styles(doc)
    page_with_header(doc, "Bjästa kommun\tBarn- och utbildningsförvaltningen", "Dnr BUN 2024/212")
    S = {
        "hdr": cell_style(doc, "bH", bg="#dee6ef", bold=True),
        "grp": cell_style(doc, "bG", bg="#ffd8ce", bold=True),
        "c": cell_style(doc, "bC"),
    }
    doc.text.addElement(P(stylename=PS["titel"], text="Barn- och utbildningsnämnden"))
    doc.text.addElement(P(stylename=PS["under"], text="Uppföljning av intern kontroll – delårsrapport 2025 (januari–augusti)"))
    doc.text.addElement(P(stylename=PS["brod"], text=(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 98). I denna rapport redovisas "
        "uppföljningen av kontrollmomenten per den 31 augusti 2025. Kontrollerna har utförts av "
        "förvaltningens controller tillsammans med rektorer och förskolechefer. Helårsuppföljningen "
        "redovisas för nämnden i februari 2026.")))
    doc.text.addElement(P(stylename=PS["brod"], text=(
        "Sammanfattningsvis har de flesta kontroller genomförts. Avvikelser har noterats inom attest, "
        "inkomstkontroll av barnomsorgsavgifter och registerutdrag. Åtgärder redovisas i tabellen.")))
    data = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor per rektorsområde",
             "Ja", "Genomfört för samtliga fyra rektorsområden. Två fakturor attesterade av person utan attesträtt. "
                   "Attestlistan har uppdaterats.", "Ja", "G", "ja"),
            ("Barnomsorgsavgifter debiteras utifrån korrekta inkomstuppgifter",
             "Inkomstkontroll 2024 mot uppgifter från Skatteverket", "Delvis",
             "Inkomstkontrollen pågår och beräknas vara klar i oktober. Hittills 12 hushåll med efterdebitering.",
             "Ja", "D", "ja"),
            ("Elevpeng till fristående skolor betalas ut enligt beslutad ersättning",
             "Avstämning av utbetalningar mot elevregistret i Procapita", "Ja",
             "Utbetalningarna stämmer mot elevregistret.", "Nej", "G", "nej"),
        ]),
        ("Verksamhet", [
            ("Anmälan om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
             "Genomgång av ärenden i DF Respons", "Ja",
             "Rapporteringen fungerar, i genomsnitt 1 dag från händelse till anmälan.", "Nej", "G", "nej"),
            ("Elevfrånvaro följs upp enligt rutinen för problematisk skolfrånvaro",
             "Stickprov fem elever per skola", "Nej",
             "Ej genomförd under våren p.g.a. byte av lärplattform. Görs under T3.", "", "E", ""),
            ("Beslut om skolskjuts fattas enligt riktlinjer", "Stickprov 10 beslut", "Utgår",
             "Ansvaret för skolskjuts flyttades till Samhällsbyggnadsnämnden 2025-01-01.", "–", "U", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret uppvisas före anställning",
             "Stickprov 15 nyanställda", "Ja",
             "14 av 15 hade uppvisat registerutdrag. Det saknade utdraget har begärts in och kontrollerats.",
             "Ja", "G", "ja"),
            ("Skyddsronder genomförs enligt plan för systematiskt arbetsmiljöarbete",
             "Genomgång av protokoll", "", "Se bilaga 3", "", "O", ""),
            ("Rehabiliteringsutredning påbörjas senast dag 15 vid sjukfrånvaro",
             "Uttag ur Adato", "Delvis", "Kontrollen är gjord för förskolan, grundskolan återstår.",
             "Nej", "D", "nej"),
        ]),
    ]
    rows = [[("Kontrollmoment", "hdr", 1), ("Metod / omfattning", "hdr", 1), ("Genomfört", "hdr", 1),
             ("Resultat / kommentar", "hdr", 1), ("Avvikelse", "hdr", 1)]]
    for grp, items in data:
        rows.append([(grp, "grp", 5)])
        for km, met, gen, kom, avv_txt, est, avv in items:
            rows.append([(km, "c", 1), (met, "c", 1), (gen, "c", 1), (kom, "c", 1), (avv_txt, "c", 1)])
            exp(fil, nm, km, est, avv)
    doc.text.addElement(odt_table(doc, "Uppfoljning", ["4.5cm", "3.2cm", "2cm", "5.3cm", "2cm"], rows, S))
    doc.text.addElement(P(stylename=PS["brod"], text=""))
    doc.text.addElement(P(stylename=PS["brod"], text="Bilaga 3: Sammanställning skyddsronder 2025 (separat fil)."))
    doc.text.addElement(P(stylename=PS["brod"], text="Bjästa 2025-09-10"))
    doc.text.addElement(P(stylename=PS["brod"], text="Maria Holm, förvaltningschef"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 3. SN - codes, T1 + delår side by side
def build_sn():
    fil = "SN IKP 2025 uppföljning.ods"
    nm = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()
    S = {
        "title": cell_style(doc, "snT", bold=True, size="14pt", border=False, wrap=False),
        "plain": cell_style(doc, "snP", border=False, wrap=False),
        "leg": cell_style(doc, "snL", bg="#fff5ce", wrap=True),
        "hdr": cell_style(doc, "snH", bg="#729fcf", bold=True),
        "hdr2": cell_style(doc, "snH2", bg="#b4c7dc", bold=True),
        "c": cell_style(doc, "snC"),
        "cc": cell_style(doc, "snCC", bold=True),
        "proc": cell_style(doc, "snPr", bold=True),
    }
    g = {}
    g[(0, 0)] = ("Socialnämnden – Internkontrollplan 2025 med uppföljning", "title")
    g[(1, 0)] = ("Socialförvaltningen, Bjästa kommun. Senast uppdaterad 2025-09-05.", "plain")
    g[(2, 0)] = ("Statuskoder: 1 = Genomförd utan anmärkning   2 = Genomförd med anmärkning   "
                 "3 = Påbörjad   4 = Ej påbörjad   5 = Utgår", "leg")
    merges = [(0, 0, 1, 11), (1, 0, 1, 11), (2, 0, 1, 11)]
    # two-row header
    top = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Ansvarig"]
    for c, h in enumerate(top):
        g[(4, c)] = (h, "hdr")
        g[(5, c)] = (None, "hdr")
        merges.append((4, c, 2, 1))
    for c0, lab in [(5, "Uppföljning T1 (jan–apr)"), (7, "Uppföljning delår (jan–aug)"), (9, "Uppföljning helår")]:
        g[(4, c0)] = (lab, "hdr")
        g[(4, c0 + 1)] = (None, "hdr")
        merges.append((4, c0, 1, 2))
        g[(5, c0)] = ("Status", "hdr2")
        g[(5, c0 + 1)] = ("Kommentar", "hdr2")
    # process, risk, rv, km, ansv, t1s, t1k, ds, dk, est, avv
    data = [
        ("Myndighetsutövning IFO", "Felaktiga utbetalningar", 9,
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i Viva", "Enhetschef försörjningsstöd",
         1, "20 ärenden granskade, inga fel.", 2, "2 ärenden med felaktig norm, återkrav upprättat.", "G", "ja"),
        ("Myndighetsutövning IFO", "Orosanmälningar hanteras inte i tid", 12,
         "Skyddsbedömning av inkommen orosanmälan görs inom 24 timmar", "Enhetschef barn och unga",
         3, "Pågår", 1, "Samtliga 48 anmälningar jan–aug skyddsbedömda inom 24 timmar.", "G", "nej"),
        ("Myndighetsutövning IFO", "Beslut verkställs inte inom tre månader", 8,
         "Ej verkställda beslut enligt SoL och LSS rapporteras till IVO kvartalsvis", "Nämndsekreterare",
         1, "Rapporterat för kvartal 1.", None, "", "G", "nej"),
        ("Vård och omsorg", "Felaktig läkemedelshantering", 12,
         "Egenkontroll av läkemedelsförråd på särskilda boenden", "MAS",
         4, "Planeras i maj.", 3, "Två av fyra boenden kontrollerade.", "D", ""),
        ("Vård och omsorg", "Felaktiga avgifter", 6,
         "Avgiftsbeslut i hemtjänst stäms av mot registrerad utförd tid", "Avgiftshandläggare",
         None, "", 4, "Ej påbörjad p.g.a. resursbrist.", "E", ""),
        ("Vård och omsorg", "Timvikarier saknar introduktion", 4,
         "Introduktion dokumenteras för nyanställda timvikarier", "Enhetschefer äldreomsorg",
         5, "Utgår enligt beslut SN 2025-03-20 § 31.", 5, "", "U", ""),
        ("Ekonomi och administration", "Inköp utanför avtal", 9,
         "Inköp av bemanningssjuksköterskor sker via ramavtal", "Controller",
         1, "", 2, "Ett inköp utanför avtal i juni (semesterperioden). Återkoppling till enhetschef.", "G", "ja"),
        ("Ekonomi och administration", "Bristande dokumentation", 6,
         "Social dokumentation inom LSS förs löpande enligt rutin", "Enhetschef LSS",
         3, "", 3, "Stickprov 10 av 30 akter gjorda.", "D", ""),
        ("Ekonomi och administration", "Otillbörlig åtkomst till personuppgifter", 12,
         "Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare",
         None, "", None, "", "S", ""),
    ]
    r = 6
    start = r
    prev = None
    for (proc, risk, rv, km, ans, t1s, t1k, ds, dk, est, avv) in data:
        if proc != prev:
            if prev is not None and r - start > 1:
                merges.append((start, 0, r - start, 1))
            start = r
            g[(r, 0)] = (proc, "proc")
            prev = proc
        else:
            g[(r, 0)] = (None, "proc")
        g[(r, 1)] = (risk, "c")
        g[(r, 2)] = (rv, "c")
        g[(r, 3)] = (km, "c")
        g[(r, 4)] = (ans, "c")
        g[(r, 5)] = (t1s, "cc")
        g[(r, 6)] = (t1k, "c")
        g[(r, 7)] = (ds, "cc")
        g[(r, 8)] = (dk, "c")
        g[(r, 9)] = (None, "c")
        g[(r, 10)] = (None, "c")
        exp(fil, nm, km, est, avv)
        r += 1
    if r - start > 1:
        merges.append((start, 0, r - start, 1))
    r += 1
    g[(r, 0)] = ("Riskvärde = sannolikhet (1–4) × konsekvens (1–4).", "plain")
    write_sheet(doc, "IKP 2025", g, merges,
                ["3.5cm", "4cm", "1.5cm", "6.5cm", "3.5cm", "1.6cm", "5cm", "1.6cm", "6cm", "1.6cm", "4cm"], S)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 4. SBN + MHN - xls, one sheet per nämnd
def build_sbf():
    fil = "Samhällsbyggnadsförvaltningen IK delår 2025.xls"
    doc = OpenDocumentSpreadsheet()
    S = {
        "title": cell_style(doc, "sbT", bold=True, size="13pt", border=False, wrap=False),
        "plain": cell_style(doc, "sbP", border=False, wrap=False),
        "hdr": cell_style(doc, "sbH", bg="#dddddd", bold=True),
        "c": cell_style(doc, "sbC"),
        "Klar": cell_style(doc, "sbG", bg="#77bc65"),
        "Klar med avvikelse": cell_style(doc, "sbGA", bg="#77bc65"),
        "Pågående": cell_style(doc, "sbY", bg="#ffde59"),
        "Ej påbörjad": cell_style(doc, "sbR", bg="#ff6d6d"),
        "Utgår": cell_style(doc, "sbU", bg="#cccccc"),
        "tot": cell_style(doc, "sbTot", bold=True, border=False, wrap=False),
    }
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("Bygglov", "Handläggningstid för bygglov håller sig inom tio veckor enligt PBL", "Bygglovschef",
             "Klar med avvikelse", "3 av 40 ärenden överskred tiden. Avgiften reducerades enligt PBL 12 kap 8 a §.",
             "Genomgång av rutin för kompletteringsbegäran.", "G", "ja"),
            ("Bygglov", "Bygglovsavgift debiteras enligt gällande taxa", "Bygglovshandläggare",
             "Klar", "Stickprov 15 ärenden, korrekt debiterade.", "", "G", "nej"),
            ("Mark och exploatering", "Markanvisningar följer antagen markanvisningspolicy",
             "Exploateringsingenjör", "Pågående", "Två markanvisningar under året, en av dem granskad.", "", "D", ""),
            ("Lantmäteri/GIS", "Avgift för nybyggnadskarta faktureras", "GIS-ingenjör",
             "Ej påbörjad", "Skjuts till T3.", "", "E", ""),
            ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
             "Trafikhandläggare", "Klar", "20 beslut granskade utan anmärkning.", "", "G", "nej"),
            ("Trafik", "Parkeringstillstånd för rörelsehindrade beviljas enligt riktlinje", "Trafikhandläggare",
             "Utgår", "Kontrollen utgår, låg risk enligt ny riskanalys (SBN 2025-04-15 § 52).", "", "U", ""),
            ("Planarbete", "Planavgift tas ut enligt plantaxa", "Planchef", "", "", "", "S", ""),
        ]),
        ("MHN", "Miljö- och hälsoskyddsnämnden", [
            ("Tillsyn", "Tillsynsplanen för offentlig livsmedelskontroll följs", "Miljöchef",
             "Pågående", "62 % av planerade kontroller utförda per 31 augusti.", "", "D", ""),
            ("Tillsyn", "Timavgift för extra offentlig kontroll debiteras", "Administratör",
             "Klar", "Inga avvikelser.", "", "G", "nej"),
            ("Tillsyn", "Handläggare anmäler och registrerar jävsförhållanden", "Miljöchef",
             "Klar", "", "", "G", ""),
            ("Avlopp", "Inventering av enskilda avlopp längs Bjästaån enligt plan", "Miljöinspektör",
             "Ej påbörjad", "Flyttad till 2026 p.g.a. personalbrist.", "Begär omprioritering i plan 2026.", "E", ""),
            ("Delegation", "Delegationsbeslut redovisas till nämnden", "Nämndsekreterare",
             "Klar", "Redovisas vid varje sammanträde.", "", "G", "nej"),
        ]),
    ]
    for sname, nm, items in sheets:
        g = {}
        g[(0, 0)] = (nm, "title")
        g[(1, 0)] = ("Internkontroll 2025 – uppföljning per 31 augusti", "plain")
        g[(2, 0)] = ("Samhällsbyggnadsförvaltningen", "plain")
        merges = [(0, 0, 1, 6), (1, 0, 1, 6), (2, 0, 1, 6)]
        for c, h in enumerate(["Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar", "Åtgärd"]):
            g[(4, c)] = (h, "hdr")
        r = 5
        for (omr, km, ans, stat, kom, atg, est, avv) in items:
            g[(r, 0)] = (omr, "c")
            g[(r, 1)] = (km, "c")
            g[(r, 2)] = (ans, "c")
            g[(r, 3)] = (stat, stat if stat else "c")
            g[(r, 4)] = (kom, "c")
            g[(r, 5)] = (atg, "c")
            exp(fil, nm, km, est, avv)
            r += 1
        if sname == "MHN":
            r += 1
            g[(r, 0)] = ("Antal kontrollmoment", "tot")
            g[(r, 1)] = (("formula", f"of:=COUNTA([.B6:.B{r - 1}])", len(items)), "tot")
        write_sheet(doc, sname, g, merges, ["3.2cm", "7cm", "3.5cm", "3.2cm", "7cm", "5cm"], S)
        FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    src = os.path.join(BUILD, "Samhällsbyggnadsförvaltningen IK delår 2025.ods")
    doc.save(src)
    soffice(src, "xls", BUILD)
    shutil.copy(os.path.join(BUILD, fil), os.path.join(HERE, fil))


# ============================================================ 5. KFN - .doc, nämnd only in page header
def build_kfn():
    fil = "Kultur o fritid delårsuppföljning IK.doc"
    nm = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    PS = para_styles(doc)
    page_with_header(doc, "Bjästa kommun – Kultur- och fritidsförvaltningen", "Sida 1")
    S = {
        "hdr": cell_style(doc, "kH", bg="#c9211e", bold=True),
        "c": cell_style(doc, "kC"),
    }
    doc.text.addElement(P(stylename=PS["titel"], text="Uppföljning internkontroll januari–augusti 2025"))
    doc.text.addElement(P(stylename=PS["brod"], text=(
        "Kontrollerna nedan ingår i nämndens internkontrollplan för 2025. Bedömningen avser perioden "
        "1 januari–31 augusti. Kontroller som inte är utförda rapporteras på nytt i helårsuppföljningen.")))
    data = [
        ("Kontanthantering", "Dagskassor på Bjästabadet stäms av mot kassaregister och insättning",
         "Avstämning av 12 slumpvis valda dagar. En differens på 200 kr, förklarad och dokumenterad.",
         "Med anmärkning", "G", "ja"),
        ("Felaktiga bidrag", "Aktivitetsstöd till föreningar betalas ut enligt bidragsnormerna och verifierat medlemsunderlag",
         "Samtliga 34 ansökningar för vårterminen kontrollerade.", "Utan anmärkning", "G", "nej"),
        ("Intäktsbortfall", "Bokningar av lokaler och idrottshallar i bokningssystemet faktureras",
         "Kontroll av maj–juni gjord, januari–april återstår.", "Pågår", "D", ""),
        ("Stöld och svinn", "Inventering av utlåningsbar utrustning (Fritidsbanken, biblioteket)",
         "", "Ej utförd", "E", ""),
        ("Barn i verksamheten", "Registerutdrag kontrolleras för ledare i sommarlovsverksamheten",
         "Redovisas i separat bilaga.", "Se bilaga 2", "O", ""),
        ("Upphovsrätt", "Licenser för filmvisning och musik på fritidsgårdarna finns",
         "Licenser förnyade för 2025 (Filmcentrum, STIM/SAMI). Kontrollerat i mars.", "", "G", "nej"),
        ("Avtalstrohet", "Medieinköp till biblioteket görs från avtalad leverantör",
         "Upphandlingen överklagades och avtal saknas sedan februari. Kontrollen kan inte genomföras i år.",
         "Utgår", "U", ""),
    ]
    rows = [[("Risk", "hdr", 1), ("Kontrollmoment", "hdr", 1), ("Utfall januari–augusti", "hdr", 1),
             ("Bedömning", "hdr", 1)]]
    for risk, km, utf, bed, est, avv in data:
        rows.append([(risk, "c", 1), (km, "c", 1), (utf, "c", 1), (bed, "c", 1)])
        exp(fil, nm, km, est, avv)
    doc.text.addElement(odt_table(doc, "IK", ["3cm", "5.5cm", "6cm", "2.5cm"], rows, S))
    doc.text.addElement(P(stylename=PS["brod"], text=""))
    doc.text.addElement(P(stylename=PS["brod"], text="Bilaga 2: Kontroll av registerutdrag sommarlov 2025"))
    doc.text.addElement(P(stylename=PS["brod"], text="Anders Nordin, förvaltningschef"))
    src = os.path.join(BUILD, "Kultur o fritid delårsuppföljning IK.odt")
    doc.save(src)
    soffice(src, "doc", BUILD)
    shutil.copy(os.path.join(BUILD, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 6. ÖFN - .rtf memo, text only
def build_ofn():
    fil = "Överförmyndarnämnden - uppföljning IK delår 2025.rtf"
    nm = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    PS = para_styles(doc)
    T = lambda s, t: doc.text.addElement(P(stylename=PS[s], text=t))
    T("titel", "Överförmyndarnämnden i Bjästa kommun")
    T("under", "Uppföljning av internkontrollplan 2025 – delår")
    T("brod", "Till: Ekonomienheten")
    T("brod", "Datum: 2025-09-04")
    T("brod", ("Nämndens internkontrollplan för 2025 innehåller fem kontrollmoment. Nedan redovisas läget "
               "per den 31 augusti 2025."))
    data = [
        ("Granskning av årsräkningar för 2024 ska vara klar senast 30 juni",
         ["Status: Genomförd.",
          "Resultat: 212 av 212 årsräkningar granskades före den 27 juni. I två ärenden har ställföreträdaren "
          "tagit ut för högt arvode ur huvudmannens medel och beloppet har återbetalats."], "G", "ja"),
        ("Förteckningar lämnas in inom två månader från förordnandet",
         ["Status: Delvis genomförd.",
          "Resultat: Kontroll gjord för förordnanden januari–juni. Fem förteckningar kom in för sent och "
          "påminnelser har skickats."], "D", "ja"),
        ("Lämplighetsprövning av nya ställföreträdare (belastningsregister och Kronofogden)",
         ["Status: Genomförd utan anmärkning.",
          "Resultat: Samtliga 18 nya ställföreträdare lämplighetsprövade."], "G", "nej"),
        ("Arvodesbeslut fattas enligt nämndens riktlinjer för arvodering",
         ["Status: Ej påbörjad.",
          "Kontrollen görs i samband med granskningen av årsräkningar för 2025 under våren."], "E", ""),
        ("Säker förvaring av akter i arkivet",
         ["Status: Ej aktuell 2025.",
          "Akterna är sedan januari digitaliserade i Wärna och pappersarkivet har levererats till kommunarkivet."],
         "U", ""),
    ]
    for i, (km, lines, est, avv) in enumerate(data, 1):
        T("fet", f"Kontrollmoment {i}: {km}")
        for ln in lines:
            T("brod", ln)
        exp(fil, nm, km, est, avv)
    T("brod", "")
    T("brod", "Nämnden har tagit del av uppföljningen vid sammanträdet 2025-09-02, § 41.")
    T("brod", "Karin Öberg")
    T("brod", "Ordförande")
    src = os.path.join(BUILD, "Överförmyndarnämnden - uppföljning IK delår 2025.odt")
    doc.save(src)
    soffice(src, "rtf", BUILD)
    shutil.copy(os.path.join(BUILD, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 7. TN - tick columns, instruction sheet first
def build_tn():
    fil = "TN_intern_kontroll_2025.ods"
    nm = "Tekniska nämnden"
    doc = OpenDocumentSpreadsheet()
    S = {
        "title": cell_style(doc, "tnT", bold=True, size="14pt", border=False, wrap=False),
        "plain": cell_style(doc, "tnP", border=False, wrap=False),
        "instr": cell_style(doc, "tnI", border=False, wrap=True),
        "hdr": cell_style(doc, "tnH", bg="#ffe994", bold=True),
        "grp": cell_style(doc, "tnG", bg="#d4ea6b", bold=True),
        "c": cell_style(doc, "tnC"),
        "x": cell_style(doc, "tnX", bold=True),
        "sum": cell_style(doc, "tnS", bold=True, bg="#eeeeee"),
    }
    # sheet 1: instructions from the economy office
    g = {}
    g[(0, 0)] = ("Anvisning – uppföljning av internkontrollplan 2025", "title")
    lines = [
        "1. Fyll i uppföljningen på fliken \"Uppföljning\".",
        "2. Markera med x i den kolumn som stämmer för respektive kontrollmoment (en markering per rad).",
        "3. Markera med x i kolumnen Avvikelse om kontrollen har visat fel eller brister.",
        "4. Beskriv resultat och åtgärder i kolumnen Kommentar.",
        "5. Skicka filen till ekonomienheten senast 2025-09-12.",
        "Frågor: ekonomienheten, Bjästa kommun",
    ]
    for i, ln in enumerate(lines, 2):
        g[(i, 0)] = (ln, "instr")
    write_sheet(doc, "Anvisning", g, [], ["18cm"], S)

    g = {}
    g[(0, 0)] = ("Tekniska nämnden", "title")
    g[(1, 0)] = ("Uppföljning av intern kontroll, delår 2025 (t.o.m. 31/8)", "plain")
    merges = [(0, 0, 1, 7), (1, 0, 1, 7)]
    g[(3, 0)] = ("Nr", "hdr")
    g[(3, 1)] = ("Kontrollmoment", "hdr")
    g[(3, 2)] = ("Status per 31/8", "hdr")
    g[(3, 3)] = (None, "hdr")
    g[(3, 4)] = (None, "hdr")
    g[(3, 5)] = ("Avvikelse", "hdr")
    g[(3, 6)] = ("Kommentar", "hdr")
    merges += [(3, 2, 1, 3), (3, 0, 2, 1), (3, 1, 2, 1), (3, 5, 2, 1), (3, 6, 2, 1)]
    for c in (0, 1, 5, 6):
        g[(4, c)] = (None, "hdr")
    g[(4, 2)] = ("Genomförd", "hdr")
    g[(4, 3)] = ("Delvis", "hdr")
    g[(4, 4)] = ("Ej genomförd", "hdr")
    data = [
        ("VA-verksamheten", [
            ("Debitering av VA-avgifter stäms av mot mätarställningar", "x", "", "", "",
             "Stickprov 50 abonnenter, inga fel.", "G", "nej"),
            ("Provtagning av dricksvatten sker enligt kontrollprogrammet", "x", "", "", "x",
             "Ett prov i juli visade förhöjd halt koliforma bakterier vid Ullbergets vattenverk. "
             "Kokningsrekommendation i tre dagar, åtgärdat.", "G", "ja"),
        ]),
        ("Gata och park", [
            ("Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler", "x", "", "", "", "",
             "G", "nej"),
            ("Besiktning av lekplatser enligt besiktningsplan", "", "x", "", "",
             "8 av 14 lekplatser besiktade.", "D", "nej"),
        ]),
        ("Fastighet", [
            ("Hyresavtal för externt inhyrda lokaler finns och är aktuella", "", "", "x", "",
             "Inventeringen är inte påbörjad.", "E", ""),
            ("Energiförbrukning följs upp per fastighet månadsvis", "x", "x", "", "", "", "O", ""),
            ("Ramavtal för fastighetsunderhåll följs (avtalstrohet)", "", "", "", "",
             "Ej aktuell i år – nya avtal gäller från 2025-10-01.", "U", ""),
        ]),
        ("Kost", [
            ("Egenkontroll av livsmedelshantering i tillagningskök", "x", "", "", "x",
             "Två kök fick anmärkning på temperaturloggning. Nya loggblad infört.", "G", "ja"),
            ("Kostnad per portion följs upp mot budget", "", "", "", "", "", "S", ""),
        ]),
    ]
    r = 5
    n = 0
    first = r
    for grp, items in data:
        g[(r, 0)] = (grp, "grp")
        for c in range(1, 7):
            g[(r, c)] = (None, "grp")
        merges.append((r, 0, 1, 7))
        r += 1
        for (km, a, b, c_, av, kom, est, avv) in items:
            n += 1
            g[(r, 0)] = (n, "c")
            g[(r, 1)] = (km, "c")
            g[(r, 2)] = (a, "x")
            g[(r, 3)] = (b, "x")
            g[(r, 4)] = (c_, "x")
            g[(r, 5)] = (av, "x")
            g[(r, 6)] = (kom, "c")
            exp(fil, nm, km, est, avv)
            r += 1
    last = r - 1
    g[(r, 1)] = ("Summa", "sum")
    for c, col in zip(range(2, 6), "CDEF"):
        cnt = sum(1 for (rr, cc), (v, _) in g.items() if cc == c and first <= rr <= last and v == "x")
        g[(r, c)] = (("formula", f'of:=COUNTIF([.{col}{first + 1}:.{col}{last + 1}];"x")', cnt), "sum")
    g[(r, 0)] = (None, "sum")
    g[(r, 6)] = (None, "sum")
    r += 2
    g[(r, 1)] = ("Ifylld av: Per Lindqvist, förvaltningschef Tekniska förvaltningen, 2025-09-11", "plain")
    write_sheet(doc, "Uppföljning", g, merges,
                ["1.1cm", "8cm", "2.2cm", "2.2cm", "2.4cm", "2.2cm", "8cm"], S)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 8. rejected: LibreOffice lock file
def build_lock(ks_fil):
    fil = ".~lock." + ks_fil + "#"
    with open(os.path.join(HERE, fil), "w", encoding="utf-8", newline="") as f:
        f.write("Lena Sjödin,BJASTA/lena.sjodin,LPBJ0231,08.09.2025 14:32,"
                "file:///C:/Users/lena.sjodin/AppData/Roaming/LibreOffice/4;")
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid|Kultur o fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Bjästa Bostäder AB", "Bjästabostäder|BBAB"),
]


def main():
    # clean previous output (only files this script makes)
    for f in os.listdir(HERE):
        if f in ("make_round.py", "README.md"):
            continue
        p = os.path.join(HERE, f)
        if os.path.isfile(p):
            os.remove(p)
    shutil.rmtree(BUILD, ignore_errors=True)
    os.makedirs(BUILD)
    ks = build_ks()
    build_bun()
    build_sn()
    build_sbf()
    build_kfn()
    build_ofn()
    build_tn()
    build_lock(ks)
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
    shutil.rmtree(BUILD, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
