#!/usr/bin/python3
"""Blind round r225 - Granskogs kommun, delår 2025 (LibreOffice-kommun).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties,
                       ParagraphProperties, GraphicProperties, TableProperties)
from odf.table import (Table, TableColumn, TableRow, TableCell, CoveredTableCell,
                       TableHeaderRows)
from odf.text import P, H, Span
from odf.draw import Frame, TextBox

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round225"
FIXED = datetime.datetime(2025, 9, 15, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- odf helpers
def cell_style(doc, name, bg=None, bold=False, wrap=True, family="table-cell", italic=False):
    st = Style(name=name, family=family)
    kw = {}
    if bg:
        kw["backgroundcolor"] = bg
    if wrap:
        kw["wrapoption"] = "wrap"
    kw["border"] = "0.5pt solid #000000"
    st.addElement(TableCellProperties(**kw))
    tk = {}
    if bold:
        tk["fontweight"] = "bold"
    if italic:
        tk["fontstyle"] = "italic"
    if tk:
        st.addElement(TextProperties(**tk))
    doc.automaticstyles.addElement(st)
    return st


def plain_style(doc, name, bold=False, size=None):
    st = Style(name=name, family="table-cell")
    tk = {}
    if bold:
        tk["fontweight"] = "bold"
    if size:
        tk["fontsize"] = size
    if tk:
        st.addElement(TextProperties(**tk))
    doc.automaticstyles.addElement(st)
    return st


def col_style(doc, name, width):
    st = Style(name=name, family="table-column")
    st.addElement(TableColumnProperties(columnwidth=width))
    doc.automaticstyles.addElement(st)
    return st


def tcell(text, style=None, span=1, rowspan=1):
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span > 1:
        kw["numbercolumnsspanned"] = span
    if rowspan > 1:
        kw["numberrowsspanned"] = rowspan
    if text is None or text == "":
        return TableCell(**kw)
    c = TableCell(valuetype="string", **kw)
    for line in str(text).split("\n"):
        c.addElement(P(text=line))
    return c


# ============================================================ 1. KS (.ods)
def make_ks():
    fil = "KS_internkontroll_delar_2025.ods"
    nm = "Kommunstyrelsen"
    doc = OpenDocumentSpreadsheet()
    title = plain_style(doc, "title", bold=True, size="14pt")
    bold = plain_style(doc, "bold", bold=True)
    hdr = cell_style(doc, "hdr", bg="#b4c7dc", bold=True)
    grp = cell_style(doc, "grp", bg="#dddddd", bold=True)
    body = cell_style(doc, "body")
    s_green = cell_style(doc, "sgreen", bg="#77bc65")
    s_yellow = cell_style(doc, "syellow", bg="#ffde59")
    s_red = cell_style(doc, "sred", bg="#ff6d6d")
    s_grey = cell_style(doc, "sgrey", bg="#bfbfbf")
    widths = ["1.2cm", "3.8cm", "7.5cm", "3.2cm", "3.2cm", "8cm"]
    t = Table(name="IK-plan 2025")
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=col_style(doc, "co%d" % i, w)))

    def span_row(text, style, n=6):
        r = TableRow()
        r.addElement(tcell(text, style, span=n))
        for _ in range(n - 1):
            r.addElement(CoveredTableCell())
        return r

    t.addElement(span_row("Granskogs kommun", title))
    t.addElement(span_row("Uppföljning av internkontrollplan 2025 – Kommunstyrelsen", bold))
    r = TableRow()
    r.addElement(tcell("Period: delår januari–augusti 2025", None, span=3))
    r.addElement(CoveredTableCell()); r.addElement(CoveredTableCell())
    r.addElement(tcell("Plan fastställd KS 2025-02-11 § 18", None, span=3))
    r.addElement(CoveredTableCell()); r.addElement(CoveredTableCell())
    t.addElement(r)
    t.addElement(TableRow())
    hr = TableHeaderRows()
    r = TableRow()
    for h in ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Status delår", "Kommentar/åtgärd"]:
        r.addElement(tcell(h, hdr))
    hr.addElement(r)
    t.addElement(hr)

    stmap = {"Genomförd": s_green, "Genomförd med anmärkning": s_yellow, "Pågår": s_yellow,
             "Ej genomförd": s_red, "Utgår": s_grey, "": body}
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Genomförd",
         "Stickprov 40 fakturor. 2 fakturor saknade beslutsattest. Rutinen har förtydligats för budgetansvariga.",
         "GENOMFORD", "ja"),
        ("1.2", "Representation", "Kontroll att representation följer riktlinjerna (syfte och deltagare anges)",
         "Redovisningsansvarig", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Avtalstrohet", "Uppföljning av inköp mot ramavtal\n(stickprov 30 inköp)",
         "Upphandlare", "Pågår", "15 av 30 inköp granskade, hittills inga avvikelser. Resterande granskas i oktober.",
         "DELVIS", "nej"),
        ("G", "Personal"),
        ("2.1", "Lön", "Kontroll att nyanställningar registreras i lönesystemet före första löneutbetalning",
         "HR-chef", "Genomförd med anmärkning",
         "3 av 25 anställningar registrerades efter lönekörningen, vilket gav manuella utbetalningar.",
         "GENOMFORD", "ja"),
        ("2.2", "Bisysslor", "Årlig redovisning av bisysslor för chefer", "HR-chef", "Ej genomförd",
         "Flyttas till hösten och görs i samband med medarbetarsamtalen.", "EJ_GENOMFORD", ""),
        ("G", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet – avslutade anställda ska vara borttagna",
         "IT-samordnare", "Genomförd", "2 konton för avslutade anställda fanns kvar och har tagits bort.",
         "GENOMFORD", "ja"),
        ("3.2", "Dataskydd", "Kontroll att registerförteckningen enligt GDPR är uppdaterad",
         "Dataskyddsombud", "", "", "SAKNAS", ""),
        ("3.3", "Kontinuitet", "Test av reservrutin vid avbrott i verksamhetssystem", "IT-chef", "Utgår",
         "Utgår enligt beslut KS 2025-05-13 § 77, ersätts av den regionala övningen.", "UTGAR", ""),
        ("G", "Styrning och ledning"),
        ("4.1", "Delegering", "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Kommunsekreterare", "Genomförd", "Samtliga beslut i stickprovet var anmälda.", "GENOMFORD", "nej"),
    ]
    for row in rows:
        if row[0] == "G":
            t.addElement(span_row(row[1], grp))
            continue
        nr, proc, km, ans, st, kom, es, ea = row
        r = TableRow()
        r.addElement(tcell(nr, body)); r.addElement(tcell(proc, body)); r.addElement(tcell(km, body))
        r.addElement(tcell(ans, body)); r.addElement(tcell(st, stmap[st])); r.addElement(tcell(kom, body))
        t.addElement(r)
        exp(fil, nm, km, es, ea)
    t.addElement(TableRow())
    t.addElement(span_row("Sammanfattning: 6 av 9 kontroller genomförda, 1 pågår, 1 ej genomförd, 1 utgår.", None))
    t.addElement(span_row("Upprättad av: Eva Lindqvist, controller, 2025-09-12", None))
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 2. BUN (.odt)
def make_bun():
    fil = "BUN uppföljning internkontroll delår 2025.odt"
    nm = "Barn- och utbildningsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    frst = Style(name="fr1", family="graphic")
    frst.addElement(GraphicProperties(border="0.5pt solid #000000", padding="0.2cm",
                                      backgroundcolor="#eeeeee"))
    doc.automaticstyles.addElement(frst)
    tst = Style(name="Tab1", family="table")
    tst.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(tst)
    hdr = cell_style(doc, "thdr", bg="#c9d9ee", bold=True)
    body = cell_style(doc, "tbody")
    colour = {"green": cell_style(doc, "cgreen", bg="#00b050"),
              "yellow": cell_style(doc, "cyellow", bg="#ffff00"),
              "red": cell_style(doc, "cred", bg="#ff0000"),
              "grey": cell_style(doc, "cgrey", bg="#a6a6a6"),
              None: body}
    small = Style(name="small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.automaticstyles.addElement(small)

    # text frame at the top with the förvaltning
    p = P()
    fr = Frame(stylename=frst, anchortype="paragraph", width="8cm", height="1.8cm", x="9cm", y="0cm")
    tb = TextBox()
    tb.addElement(P(text="Granskogs kommun"))
    tb.addElement(P(text="Barn- och utbildningsförvaltningen"))
    tb.addElement(P(text="Dnr BUN 2024/311"))
    fr.addElement(tb)
    p.addElement(fr)
    doc.text.addElement(p)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text=""))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll – delårsrapport 2025"))
    doc.text.addElement(P(text=(
        "Barn- och utbildningsnämnden beslutade i december 2024 om internkontrollplan för 2025. "
        "Nedan redovisas uppföljningen för perioden januari–augusti. Status visas med färg i kolumnen Status:")))
    doc.text.addElement(P(text="Grön = genomförd. Gul = pågår/delvis genomförd. Röd = ej genomförd. Grå = utgår.",
                          stylename=small))

    def table(name, rows):
        t = Table(name=name, stylename=tst)
        for i, w in enumerate(["5.5cm", "3cm", "2.4cm", "1.6cm", "4.5cm"]):
            st = Style(name="%s_c%d" % (name, i), family="table-column")
            st.addElement(TableColumnProperties(columnwidth=w))
            doc.automaticstyles.addElement(st)
            t.addElement(TableColumn(stylename=st))
        hr = TableHeaderRows()
        r = TableRow()
        for h in ["Kontrollmoment", "Metod", "Ansvarig", "Status", "Resultat och kommentar"]:
            r.addElement(tcell(h, hdr))
        hr.addElement(r)
        t.addElement(hr)
        for km, met, ans, col, sttext, kom, es, ea in rows:
            r = TableRow()
            r.addElement(tcell(km, body)); r.addElement(tcell(met, body)); r.addElement(tcell(ans, body))
            c = TableCell(stylename=colour[col], valuetype="string") if sttext else TableCell(stylename=colour[col])
            if sttext:
                c.addElement(P(text=sttext))
            else:
                c.addElement(P())
            r.addElement(c)
            r.addElement(tcell(kom, body))
            t.addElement(r)
            exp(fil, nm, km, es, ea)
        doc.text.addElement(t)

    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Område: Ekonomi och administration"))
    table("Ekonomi", [
        ("Kontroll av att fakturor för skolskjuts stämmer mot avtal", "Stickprov 10 fakturor", "Ekonom",
         "green", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Rutin för hantering av elevers personuppgifter vid skolbyte", "Genomgång av rutin", "Rektorer",
         "yellow", "", "Rutinen är under revidering och blir klar under hösten.", "DELVIS", ""),
        ("Kontroll av kassahantering i skolcaféer", "Inventering av kassor", "Controller",
         "red", "", "Ej genomförd på grund av vakans på controllertjänsten.", "EJ_GENOMFORD", ""),
        ("Attest av inköp med inköpskort", "Stickprov 20 transaktioner", "Controller",
         "green", "", "2 kvitton saknades. Återkoppling till berörda kortinnehavare.", "GENOMFORD", "ja"),
    ])
    doc.text.addElement(P(text=""))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Område: Verksamhet"))
    table("Verksamhet", [
        ("Uppföljning av att anmälan om kränkande behandling rapporteras till huvudman inom fem dagar",
         "Genomgång av ärenden i systemet", "Verksamhetsutvecklare", "green", "",
         "35 ärenden granskade, 4 rapporterades senare än fem dagar.", "GENOMFORD", "ja"),
        ("Kontroll av att registerkontroll görs vid nyanställning i förskolan", "Stickprov", "HR-konsult",
         None, "", "Kontrollen är genomförd. Samtliga 18 nyanställda hade visat upp utdrag.", "GENOMFORD", "nej"),
        ("Kontroll av elevers frånvarorapportering i lärplattformen", "Statistikuttag", "Rektorer",
         "grey", "", "Utgår – ersatt av nämndens uppdrag om skolnärvaro.", "UTGAR", ""),
        ("Uppföljning av beslut om tilläggsbelopp", "Genomgång av beslut", "Elevhälsochef",
         None, "", "", "SAKNAS", ""),
        ("Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", "Stickprov 15 beslut",
         "Skolskjutssamordnare", "red", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
    ])
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Granskog 2025-09-10"))
    doc.text.addElement(P(text="Maria Holm, förvaltningschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 3. SN (.fods via soffice)
def make_sn(tmp):
    fil = "Socialnämnden_IK_uppföljning_delår2025.fods"
    nm = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()
    title = plain_style(doc, "title", bold=True, size="14pt")
    hdr = cell_style(doc, "hdr", bg="#ffd8ce", bold=True)
    hdr2 = cell_style(doc, "hdr2", bg="#ffaa95", bold=True)
    body = cell_style(doc, "body")
    fills = {"G": cell_style(doc, "fG", bg="#81d41a"), "A": cell_style(doc, "fA", bg="#ffff6d"),
             "D": cell_style(doc, "fD", bg="#ffbf00"), "E": cell_style(doc, "fE", bg="#ff4000"),
             "U": cell_style(doc, "fU", bg="#cccccc")}
    widths = ["1cm", "3.5cm", "4cm", "7cm", "1.8cm", "2.2cm", "2.2cm", "2.2cm", "7cm"]
    t = Table(name="Uppföljning 2025")
    for i, w in enumerate(widths):
        t.addElement(TableColumn(stylename=col_style(doc, "co%d" % i, w)))
    r = TableRow(); r.addElement(tcell("Socialnämnden – Internkontroll 2025", title)); t.addElement(r)
    r = TableRow(); r.addElement(tcell("Uppföljning per tertial 1 och delår (jan–aug). Föregående års utfall visas som jämförelse.")); t.addElement(r)
    t.addElement(TableRow())
    hr = TableHeaderRows()
    r = TableRow()
    for h in ["Nr", "Process", "Risk", "Kontrollmoment", "Riskvärde"]:
        r.addElement(tcell(h, hdr, rowspan=2))
    r.addElement(tcell("Uppföljning", hdr2, span=3))
    r.addElement(CoveredTableCell()); r.addElement(CoveredTableCell())
    r.addElement(tcell("Kommentar", hdr, rowspan=2))
    hr.addElement(r)
    r = TableRow()
    for _ in range(5):
        r.addElement(CoveredTableCell())
    for h in ["Helår 2024", "T1 2025", "Delår 2025"]:
        r.addElement(tcell(h, hdr2))
    r.addElement(CoveredTableCell())
    hr.addElement(r)
    t.addElement(hr)

    # (nr, process or None(covered) , rowspan, risk, km, riskvärde, h24, t1, del, kommentar, status, avv)
    rows = [
        (1, "Myndighetsutövning IFO", 2, "Utredningstiden överskrids",
         "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", 12, "A", "D", "A",
         "21 av 25 utredningar avslutades inom fyra månader. Orsaken till förseningarna analyseras.",
         "GENOMFORD", "ja"),
        (2, None, 0, "Beslut fattas av fel person",
         "Kontroll av att beslut om bistånd enligt SoL är fattade av behörig delegat", 9, "G", "G", "G",
         "", "GENOMFORD", "nej"),
        (3, "Ekonomiskt bistånd", 2, "Felaktiga utbetalningar",
         "Stickprov av utbetalt ekonomiskt bistånd mot underlag", 12, "G", "", "D",
         "Stickprov för maj–juni återstår.", "DELVIS", ""),
        (4, None, 0, "Dubbla utbetalningar",
         "Kontroll av dubbelutbetalningar av ekonomiskt bistånd", 8, "E", "G", "",
         "", "GENOMFORD", "nej"),
        (5, "Äldreomsorg", 2, "Insatser utförs inte enligt beslut",
         "Uppföljning av att genomförandeplaner är upprättade inom 14 dagar", 9, "D", "", "E",
         "Skjuts till tertial 3 på grund av bemanningsläget under sommaren.", "EJ_GENOMFORD", ""),
        (6, None, 0, "Missförhållanden rapporteras inte",
         "Kontroll av avvikelsehantering enligt lex Sarah", 16, "G", "", "G",
         "En rapport har utretts och anmälts till IVO. Hanteringen följde rutinen.", "GENOMFORD", "nej"),
        (7, "Läkemedelshantering", 1, "Fel läkemedel eller dos ges",
         "Kontroll av signeringslistor för läkemedel", 12, "A", "D", "D",
         "Brister i signeringen på en enhet. Kontrollen på två enheter kvarstår.", "DELVIS", "ja"),
        (8, "Avgifter", 1, "Felaktig debitering",
         "Kontroll av att avgifter för hemtjänst debiteras enligt beslut", 6, "G", "", "",
         "", "SAKNAS", ""),
        (9, "Placeringar", 1, "Placering hos ej upphandlad leverantör",
         "Uppföljning av att placeringar på HVB görs hos upphandlade leverantörer", 12, "–", "U", "U",
         "Utgår, ingår i den regionala uppföljningen av ramavtalet.", "UTGAR", ""),
        (10, "Personal", 1, "Olämplig person anställs",
         "Kontroll av att utdrag ur belastningsregistret begärs vid anställning inom LSS", 9, "G", "G",
         "Se bilaga 3", "", "OKLAR", ""),
    ]
    for nr, proc, rs, risk, km, rv, h24, t1, de, kom, es, ea in rows:
        r = TableRow()
        r.addElement(tcell(str(nr), body))
        if proc is None:
            r.addElement(CoveredTableCell())
        else:
            r.addElement(tcell(proc, body, rowspan=rs))
        r.addElement(tcell(risk, body)); r.addElement(tcell(km, body))
        c = TableCell(valuetype="float", value=str(rv), stylename=body); c.addElement(P(text=str(rv)))
        r.addElement(c)
        for v in (h24, t1, de):
            r.addElement(tcell(v, fills.get(v, body)))
        r.addElement(tcell(kom, body))
        t.addElement(r)
        exp(fil, nm, km, es, ea)
    t.addElement(TableRow())
    r = TableRow(); r.addElement(tcell("Teckenförklaring: G = Genomförd utan anmärkning, A = Genomförd med anmärkning, "
                                       "D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår")); t.addElement(r)
    r = TableRow(); r.addElement(tcell("Riskvärde = sannolikhet × konsekvens (1–16)")); t.addElement(r)
    doc.spreadsheet.addElement(t)
    src = os.path.join(tmp, "sn_ik.ods")
    doc.save(src)
    soffice_convert(src, "fods", tmp)
    shutil.move(os.path.join(tmp, "sn_ik.fods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 4. SBF export (.csv, two nämnder)
def make_sbf():
    fil = "sbf_internkontroll_export_2025-09-05.csv"
    sbn, mbn = "Samhällsbyggnadsnämnden", "Miljö- och byggnadsnämnden"
    hdr = ["Nämnd", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Uppföljning T1", "Uppföljning delår", "Kommentar delår"]
    rows = [
        ("SBN", sbn, "VA", "Kontroll av att VA-anslutningsavgifter debiteras enligt taxa", "VA-chef", "Två gånger/år",
         "Genomförd", "Genomförd", "Stickprov 15 anslutningar, inga fel.", "GENOMFORD", "nej"),
        ("SBN", sbn, "Gata/park", "Uppföljning av vinterväghållningsentreprenaden mot avtal", "Gatuchef", "Årligen",
         "Genomförd", "Genomförd med avvikelse",
         "Fakturerad tid översteg körjournalen i 2 fall.\nKreditering har begärts.", "GENOMFORD", "ja"),
        ("SBN", sbn, "Fastighet",
         "Kontroll av att systematiskt brandskyddsarbete dokumenteras i kommunens fastigheter",
         "Fastighetschef", "Årligen", "Pågående", "Pågående", "12 av 31 fastigheter kontrollerade.", "DELVIS", ""),
        ("SBN", sbn, "Avfall", "Kontroll av att kundregistret för renhållning stämmer mot fastighetsregistret",
         "Avfallsingenjör", "Årligen", "", "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("SBN", sbn, "Investeringar", "Uppföljning av investeringsprojekt mot beslutad budget", "Controller",
         "Tertialvis", "Genomförd", "",
         "Redovisas i delårsrapporten. Kontrollen gjord, inget projekt över budget.", "GENOMFORD", "nej"),
        ("SBN", sbn, "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
         "Förvaltningschef", "Årligen", "Utgår", "Utgår", "Utgår – ingår i KS kontroll av avtalstrohet.",
         "UTGAR", ""),
        ("MBN", mbn, "Tillsyn", "Kontroll av att tillsynsavgifter enligt miljöbalken faktureras", "Miljöchef",
         "Tertialvis", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("MBN", mbn, "Bygglov", "Kontroll av att bygglovsbeslut fattas inom lagstadgad tid (10 veckor)",
         "Bygglovschef", "Tertialvis", "Genomförd med avvikelse", "Pågående",
         "3 ärenden över tidsgränsen under T1. Uppföljning för maj–augusti pågår.", "DELVIS", "ja"),
        ("MBN", mbn, "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Tertialvis", "Genomförd", "Genomförd", "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        ("MBN", mbn, "Livsmedel", "Kontroll av att planerade livsmedelskontroller genomförs enligt kontrollplanen",
         "Livsmedelsinspektör", "Tertialvis", "Pågående", "Pågående", "65 % av planerade kontroller utförda.",
         "DELVIS", ""),
        ("MBN", mbn, "Arkiv", "Kontroll av att ärenden diarieförs inom tre dagar", "Registrator", "Årligen",
         "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Internkontroll 2025 – uppföljning delår, Samhällsbyggnadsförvaltningen"] + [""] * 7)
        w.writerow(["Uttag 2025-09-05"] + [""] * 7)
        w.writerow([""] * 8)
        w.writerow(hdr)
        for ab, full, omr, km, ans, frek, t1, de, kom, es, ea in rows:
            w.writerow([ab, omr, km, ans, frek, t1, de, kom])
            exp(fil, full, km, es, ea)
    FILES.append((fil, "INLAST", sbn, "2025", "DELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "DELAR"))
    return fil


# ============================================================ 5. KFN (.docx, nämnd only in page header)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def make_kfn():
    fil = "Uppföljning internkontrollplan jan-aug 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.author = "Lars Ek"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Granskogs kommun\tKultur- och fritidsnämnden\tDnr KFN 2025/14"
    sec.footer.paragraphs[0].text = "Sida 1"
    d.add_heading("Uppföljning internkontrollplan", level=1)
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_paragraph("Markera med X i den kolumn som stämmer. Ange i kolumnen Avvikelse om kontrollen "
                    "visat på brister (Ja/Nej).")
    cols = ["Kontrollmoment", "Kontrollmetod", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    data = [
        ("G", "Ekonomi"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler", "Stickprov 10 utbetalningar",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av kontanthantering i simhallens kassa", "Oanmäld kassainventering",
         "X", "", "", "Ja", "Differens på 420 kr vid inventeringen 12 juni. Rutinen för dagsavslut ses över.",
         "GENOMFORD", "ja"),
        ("Uppföljning av bokningar och fakturering av idrottshallar", "Jämförelse bokningssystem – fakturor",
         "", "X", "", "", "Vårterminen kontrollerad, hösten återstår.", "DELVIS", ""),
        ("Kontroll av att bibliotekets medieinköp görs från upphandlad leverantör", "Stickprov 20 fakturor",
         "", "", "X", "", "Skjuts till 2026 då nytt avtal tecknas.", "EJ_GENOMFORD", ""),
        ("G", "Verksamhet"),
        ("Inventering av konstsamlingen", "Fysisk inventering mot register",
         "X", "", "X", "", "", "OKLAR", ""),
        ("Kontroll av att ledare i sommarverksamheten har visat utdrag ur belastningsregistret",
         "Genomgång av samtliga ledare", "", "", "", "Nej",
         "Genomförd i juni. Samtliga 24 ledare hade lämnat utdrag.", "GENOMFORD", "nej"),
        ("Kontroll av hyresavtal för föreningslokaler", "Genomgång av avtal", "", "", "", "", "", "SAKNAS", ""),
    ]
    for row in data:
        cells = t.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[-1])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
            continue
        km, met, g, dl, ej, av, kom, es, ea = row
        for i, v in enumerate([km, met, g, dl, ej, av, kom]):
            cells[i].text = v
        exp(fil, nm, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Lars Ek, kultur- och fritidschef, 2025-09-08")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 6. ÖFN (.xlsx, symbols)
def make_ofn():
    fil = "ÖFN internkontroll 2025.xlsx"
    nm = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Överförmyndarenheten"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Överförmyndarnämnden i Granskog"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Symboler:  ● = Genomförd   ◐ = Pågår   ○ = Ej påbörjad   – = Utgår"
    ws.merge_cells("A3:I3")
    ws["A3"].font = Font(italic=True)
    hdr1 = ["Rutin", "Kontrollmoment", "Risk (S×K)", "Kontrollansvarig", "Planerad tidpunkt", "Uppföljning", None,
            None, "Kommentar"]
    hdr2 = [None, None, None, None, None, "T1", "Delår", "Helår", None]
    for i, h in enumerate(hdr1, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7"); c.border = brd
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, h in enumerate(hdr2, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7"); c.border = brd
    ws.merge_cells("F5:H5")
    for col in "ABCDEI":
        ws.merge_cells("%s5:%s6" % (col, col))
    fills = {"●": "92D050", "◐": "FFC000", "○": "FF0000", "–": "BFBFBF"}
    data = [
        ("Årsräkningar", "Granskning av att årsräkningar inkommer senast 1 mars", "3×3", "Handläggare",
         "Mars–april", "◐", "●", "",
         "Granskningen klar. 11 årsräkningar kom in efter 1 mars och fick påminnelse.", "GENOMFORD", "ja"),
        ("Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "2×3",
         "Enhetschef", "April", "●", "●", "", "Stickprov 20 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Förvaltarkonton", "Kontroll av att uttag från spärrade konton har överförmyndarens samtycke", "2×4",
         "Handläggare", "Maj–september", "", "◐", "", "Hälften av stickprovet är granskat.", "DELVIS", ""),
        ("Utbildning", "Uppföljning av att nya gode män har genomgått grundutbildning", "3×2", "Enhetschef",
         "Juni", "", "○", "", "Utbildningen kunde inte hållas under våren.", "EJ_GENOMFORD", ""),
        ("Register", "Kontroll av att registret över ställföreträdare är uppdaterat", "2×2", "Administratör",
         "Augusti", "–", "–", "", "Utgår enligt beslut ÖFN 2025-04-08 § 31 (nytt verksamhetssystem).",
         "UTGAR", ""),
        ("Digital akt", "Kontroll av att inkomna handlingar skannas in i digital akt", "2×2", "Administratör",
         "Augusti", "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    for rut, km, risk, ans, plan, t1, de, he, kom, es, ea in data:
        vals = [rut, km, risk, ans, plan, t1, de, he, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = brd
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 6 <= i <= 8 else None)
            if 6 <= i <= 8 and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, nm, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen behandlad av nämnden 2025-09-16 § 52.")
    for col, w in zip("ABCDEFGHI", [16, 48, 10, 16, 16, 7, 7, 7, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Överförmyndarnämnden – Internkontroll"
    ws.print_title_rows = "5:6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 7. Granskogs Bostäder (.odt from .docx via soffice)
def make_gbab(tmp):
    fil = "Granskogs Bostäder - uppföljning intern kontroll jan-aug 2025.odt"
    nm = "Granskogs Bostäder AB"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Granskogs Bostäder AB – Uppföljning av intern kontroll januari–augusti 2025", level=1)
    d.add_paragraph("Styrelsen fastställde bolagets internkontrollplan 2025-01-30. Nedan redovisas utfallet "
                    "per kontrollpunkt till och med augusti. Rapporten lämnas till kommunstyrelsen som en del "
                    "av uppsiktsplikten.")
    items = [
        ("1. Hyresavtal och hyresdebitering",
         "Kontroll av att nya hyresavtal registreras med rätt hyra i fastighetssystemet.",
         "Genomförd. 30 avtal kontrollerades; ett avtal hade felaktig hyra, vilket nu är rättat.",
         "GENOMFORD", "ja"),
        ("2. Hyresfordringar",
         "Uppföljning av att påminnelse- och inkassorutinen följs för hyresskulder.",
         "Pågår. Kontrollen av andra kvartalet återstår.", "DELVIS", ""),
        ("3. Underhåll",
         "Kontroll av att planerat underhåll följer underhållsplanen och budget.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("4. Leverantörsregister",
         "Kontroll av ändringar av bankuppgifter i leverantörsregistret.",
         "Genomförd. Samtliga 14 ändringar var verifierade genom återuppringning till leverantören.",
         "GENOMFORD", "nej"),
        ("5. Nyckelhantering",
         "Inventering av huvudnycklar och nyckelkvittenser.",
         "Ej genomförd. Flyttas till hösten i samband med bytet till elektroniskt låssystem.",
         "EJ_GENOMFORD", ""),
    ]
    for head, km, utf, es, ea in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Utfall: ").bold = True
        p.add_run(utf)
        exp(fil, nm, km, es, ea)
    d.add_paragraph("")
    d.add_paragraph("Granskog den 11 september 2025")
    d.add_paragraph("Peter Sand, VD")
    src = os.path.join(tmp, "gbab.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, "gbab.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ============================================================ 8. reject: LibreOffice lock file
def make_lock():
    fil = ".~lock.KS_internkontroll_delar_2025.ods#"
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="") as f:
        f.write("Eva Lindqvist,GRANSKOG\\evli,KLF-LT0231,12.09.2025 14:07,"
                "file:///C:/Users/evli/AppData/Roaming/LibreOffice/4;")
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ============================================================ register + CSVs
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggkontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarnämnden i Granskog"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Granskogs Bostäder AB", "Granskogsbostäder|GBAB|Granskogs Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r225_")
    try:
        make_ks()
        make_bun()
        make_sn(tmp)
        make_sbf()
        make_kfn()
        make_ofn()
        make_gbab(tmp)
        make_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
