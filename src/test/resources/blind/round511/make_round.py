#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r511 - Nordanstigs kommun, helår 2025, an inbox of Word reports.

Builds 7 follow-up files + 1 covering letter (to be rejected) and
namnder.csv, files.csv, expected.csv in the folder of this script.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties,
                       TableProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round511"
FIXED_DATE = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS, BUN, SN, ON = ("Kommunstyrelsen", "Barn- och utbildningsnämnden",
                   "Socialnämnden", "Omsorgsnämnden")
SBN, MBN, KFN = ("Samhällsbyggnadsnämnden", "Miljö- och byggnämnden",
                 "Kultur- och fritidsnämnden")
OFN, VN = "Överförmyndarnämnden", "Valnämnden"
NB, NOVAB = "Nordanstigs Bostäder AB", "Nordanstig Vatten AB"


# --------------------------------------------------------------- helpers
def new_doc(author="Nordanstigs kommun"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, align=None, italic=False):
    """Write text; '\n' gives separate paragraphs inside the cell."""
    parts = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align


def header_row(table, labels, fill="D9E2F3", size=9.5):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        set_cell(c, lab, bold=True, size=size)
        shade(c, fill)
    repeat_header(row)


def group_row(table, text, fill="EDEDED", size=9.5):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_cell(merged, text, bold=True, size=size)
    shade(merged, fill)
    return row


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def add_row(table, values, size=9.5):
    row = table.add_row()
    for c, v in zip(row.cells, values):
        set_cell(c, v, size=size)
    return row


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


# ======================================================================
# F1  Socialnämnden - verksamhetsberättelse, chapter 'Intern kontroll'
# ======================================================================
def f1_sn():
    fil = "Verksamhetsberättelse 2025 Socialnämnden.docx"
    d = new_doc("Socialförvaltningen")
    d.sections[0].header.paragraphs[0].text = \
        "Nordanstigs kommun\tVerksamhetsberättelse 2025\tSocialnämnden"
    d.sections[0].footer.paragraphs[0].text = "Dnr SN 2026/14"

    t = d.add_paragraph()
    r = t.add_run("Verksamhetsberättelse 2025")
    r.bold, r.font.size = True, Pt(24)
    t = d.add_paragraph()
    r = t.add_run("Socialnämnden")
    r.font.size = Pt(16)
    d.add_paragraph("Beslutad av socialnämnden 2026-02-18, § 12")
    d.add_paragraph()

    d.add_heading("1 Ordförande har ordet", level=1)
    d.add_paragraph(
        "2025 har varit ett år med fortsatt högt tryck på individ- och familjeomsorgen. "
        "Antalet orosanmälningar ökade med 18 procent jämfört med 2024 samtidigt som "
        "nämnden har arbetat vidare med omställningen till mer förebyggande och "
        "tidiga insatser. Jag vill rikta ett stort tack till alla medarbetare.")
    d.add_paragraph("Anna-Lena Hedlund (S), ordförande")

    d.add_heading("2 Väsentliga händelser under året", level=1)
    for txt in [
        "Familjecentralen i Bergsjö öppnade i mars i samverkan med Region Gävleborg.",
        "Ny lag om socialtjänst har förberetts genom utbildning av samtliga handläggare.",
        "Placeringskostnaderna har minskat genom fler insatser på hemmaplan.",
    ]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("3 Måluppfyllelse", level=1)
    d.add_paragraph("Nämnden har fyra nämndmål. Bedömningen redovisas i tabellen nedan.")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    header_row(tb, ["Nämndmål", "Indikator", "Utfall 2025", "Bedömning"])
    for vals in [
        ["Barn och unga ska få stöd i ett tidigt skede",
         "Andel förhandsbedömningar inom 14 dagar", "92 %", "Delvis uppfyllt"],
        ["Fler personer ska gå från försörjningsstöd till egen försörjning",
         "Antal hushåll med långvarigt bistånd", "41 (mål 45)", "Uppfyllt"],
        ["Brukarna ska vara nöjda med bemötandet",
         "Andel nöjda i brukarundersökning", "84 %", "Uppfyllt"],
        ["Verksamheten ska bedrivas inom budget",
         "Budgetavvikelse", "-2,1 mnkr", "Ej uppfyllt"],
    ]:
        add_row(tb, vals)
    col_widths(tb, [6.0, 5.0, 2.5, 3.0])

    d.add_heading("4 Ekonomi", level=1)
    d.add_paragraph(
        "Nämnden redovisar ett underskott om 2,1 mnkr mot budget. Underskottet förklaras "
        "främst av externa placeringar av barn och unga under första halvåret.")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    header_row(tb, ["Verksamhet (tkr)", "Budget 2025", "Utfall 2025", "Avvikelse"])
    for vals in [["Nämnd och ledning", "3 450", "3 210", "240"],
                 ["Individ- och familjeomsorg", "38 900", "42 100", "-3 200"],
                 ["Ekonomiskt bistånd", "14 200", "13 350", "850"],
                 ["Totalt", "56 550", "58 660", "-2 110"]]:
        add_row(tb, vals)

    d.add_heading("5 Personal", level=1)
    d.add_paragraph(
        "Sjukfrånvaron har minskat till 6,8 procent (7,9 procent 2024). Två vakanta "
        "socionomtjänster har kunnat tillsättas under hösten.")

    d.add_heading("6 Intern kontroll", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025, § 17. "
        "Planen omfattar nio kontrollmoment inom myndighetsutövning, ekonomiskt bistånd, "
        "ekonomi och informationssäkerhet. Kontrollerna har genomförts av "
        "enhetschefer och förvaltningens controller. Resultatet för helåret redovisas i "
        "tabellen nedan. Avvikelser som upptäckts har åtgärdats eller förs vidare till "
        "internkontrollplanen för 2026.")
    d.add_paragraph(
        "Sammantaget bedömer nämnden att den interna kontrollen har varit i huvudsak "
        "tillräcklig under 2025, men att kontrollen av avtalstrohet behöver genomföras 2026.")

    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    header_row(tb, ["Process/rutin", "Kontrollmoment", "Kontrollansvarig",
                    "Resultat av kontroll helår", "Bedömning"])
    rows = [
        ("G", "Myndighetsutövning individ- och familjeomsorg"),
        ("R", "Handläggning av orosanmälningar",
         "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Enhetschef barn och unga",
         "Granskning av 40 anmälningar (stickprov, jan–dec).\n"
         "37 förhandsbedömdes inom 14 dagar. I tre fall överskreds tiden med 2–6 dagar.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("R", "Utredning barn och unga",
         "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Enhetschef barn och unga",
         "Stickprov 20 utredningar. Samtliga avslutade inom fyra månader eller med "
         "dokumenterat beslut om förlängd utredningstid.",
         "Genomförd", "GENOMFORD", "nej"),
        ("R", "Uppföljning av placeringar",
         "Uppföljning av placerade barn och unga sker enligt lag (minst var sjätte månad)",
         "Enhetschef barn och unga",
         "HVB-placeringar granskade utan anmärkning.\n"
         "Familjehemsplaceringarna har inte hunnit granskas under året.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("G", "Ekonomiskt bistånd"),
        ("R", "Handläggning",
         "Kontroll mot Försäkringskassan och Arbetsförmedlingen (SSBTEK) inför beslut om ekonomiskt bistånd",
         "Enhetschef vuxen",
         "25 ärenden granskade. Samtliga hade dokumenterad kontroll i SSBTEK.",
         "Genomförd", "GENOMFORD", "nej"),
        ("R", "Utbetalning",
         "Attest av utbetalningar av ekonomiskt bistånd enligt delegationsordningen",
         "Controller",
         "Två utbetalningar i maj hade attesterats av handläggare utan delegation. "
         "Rutinen har förtydligats och gåtts igenom på APT.",
         "Genomförd", "GENOMFORD", "ja"),
        ("G", "Ekonomi och administration"),
        ("R", "Fakturahantering",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller",
         "Stickprov 60 fakturor. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("R", "Inköp",
         "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Controller",
         "Kontrollen har inte genomförts på grund av vakans på ekonomfunktionen under "
         "hösten. Förs över till internkontrollplan 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("G", "Informationssäkerhet"),
        ("R", "Behörigheter",
         "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
         "Systemförvaltare",
         "Loggkontroll för IFO barn och unga genomförd i oktober. Kontroll för "
         "vuxenenheten pågår och beräknas klar i februari 2026.",
         "Pågår", "DELVIS", ""),
        ("R", "Skyddade personuppgifter",
         "Rutin för hantering av ärenden med skyddade personuppgifter efterlevs",
         "Förvaltningschef",
         "Utgår enligt beslut SN 2025-05-21, § 48. Ersätts av gemensam regional rutin.",
         "Utgår", "UTGAR", ""),
    ]
    for r in rows:
        if r[0] == "G":
            group_row(tb, r[1])
        else:
            add_row(tb, list(r[1:6]))
            exp(fil, SN, r[2], r[6], r[7])
    col_widths(tb, [3.0, 4.6, 2.6, 5.2, 2.2])

    d.add_paragraph()
    d.add_heading("7 Framtid", level=1)
    d.add_paragraph(
        "Inför 2026 är införandet av den nya socialtjänstlagen och fortsatt arbete "
        "med hemmaplanslösningar de viktigaste frågorna för nämnden.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ======================================================================
# F2  Barn- och utbildningsnämnden - heading + paragraph per control
# ======================================================================
def f2_bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.docx"
    d = new_doc("Barn- och utbildningsförvaltningen")
    d.sections[0].header.paragraphs[0].text = \
        "NORDANSTIGS KOMMUN\tBarn- och utbildningsförvaltningen\tTjänsteskrivelse"
    p = d.add_paragraph("Datum 2026-01-22\nDnr BUN 2025/112")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till Barn- och utbildningsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=0)

    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av "
                    "internkontrollplanen för 2025 och överlämnar den till kommunstyrelsen.")
    d.add_heading("Bakgrund", level=1)
    d.add_paragraph(
        "Nämnden fastställde internkontrollplanen för 2025 den 12 mars 2025, § 21. "
        "Planen innehåller åtta kontrollmoment. Nedan redovisas resultatet av varje "
        "kontroll för helåret. Kontrollerna har utförts av rektorer, förskolechefer och "
        "förvaltningens ekonom.")
    d.add_heading("Uppföljning av kontrollmomenten", level=1)

    items = [
        ("Frånvarouppföljning i grundskolan enligt rutin för problematisk frånvaro",
         ["Kontrollen är genomförd vid samtliga fyra grundskolor. Rektor har stämt av "
          "att frånvaro över 10 procent har utretts och att vårdnadshavare kontaktats. "
          "Inga avvikelser konstaterades."], "GENOMFORD", "nej"),
        ("Registerkontroll (utdrag ur belastningsregistret) vid nyanställning i förskola och skola",
         ["Kontrollen är genomförd genom stickprov av 15 anställningar under året. "
          "I ett fall hade utdrag inte uppvisats före anställningens början. "
          "Rutinen har påmints för samtliga chefer på ledningsgruppsmöte i oktober."],
         "GENOMFORD", "ja"),
        ("Placering i förskola inom fyra månader från ansökan",
         ["Granskning har gjorts för vårterminen och samtliga placeringar skedde inom "
          "garanterad tid. Köstatistiken för höstterminen sammanställs i januari 2026 "
          "och redovisas vid nämndens sammanträde i mars."], "DELVIS", "nej"),
        ("Skolskjuts – beslut fattas enligt kommunens riktlinjer",
         ["Kontrollen har inte kunnat genomföras under 2025 då skolskjutshandläggaren "
          "slutade i maj och tjänsten var vakant resten av året. Kontrollen förs över "
          "till internkontrollplanen för 2026."], "EJ_GENOMFORD", ""),
        ("Anmälan om kränkande behandling till huvudman",
         ["Se bilaga 3, Rapport om kränkande behandling 2025."], "OKLAR", ""),
        ("Attest och kontering av fakturor för inköp av läromedel",
         ["Stickprovskontroll av 30 fakturor är genomförd i november.",
          "Två fakturor var konterade på fel ansvar. Felen har rättats och berörda "
          "attestanter har informerats."], "GENOMFORD", "ja"),
        ("Inventering av elevdatorer och lärplattor",
         ["Inventeringen pågår. Tre av fem skolenheter har inventerat sina enheter. "
          "Resterande enheter beräknas vara klara under februari 2026."], "DELVIS", ""),
        ("Systematiskt brandskyddsarbete på förskolorna", [], "SAKNAS", ""),
    ]
    for head, paras, st, avv in items:
        d.add_heading(head, level=2)
        for ptxt in paras:
            d.add_paragraph(ptxt)
        exp(fil, BUN, head, st, avv)

    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Tre "
        "kontroller är genomförda, två är delvis genomförda och en har inte genomförts. "
        "Avvikelserna har åtgärdats eller tas med i planen för 2026.")
    d.add_paragraph()
    d.add_paragraph("Kerstin Olsson\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ======================================================================
# F3  Samhällsbyggnadsnämnden - Resultat / Åtgärd columns, no status
# ======================================================================
def f3_sbn():
    fil = "Samhällsbyggnadsnämnden internkontroll 2025 helår.docx"
    d = new_doc("Samhällsbyggnadsförvaltningen")
    landscape(d)
    t = d.add_paragraph()
    r = t.add_run("Uppföljning intern kontroll 2025")
    r.bold, r.font.size = True, Pt(18)
    d.add_paragraph("Nämnd: Samhällsbyggnadsnämnden\n"
                    "Period: Januari–december 2025\n"
                    "Upprättad av: Jonas Berg, controller")
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    header_row(tb, ["Nr", "Process", "Kontrollmoment", "Metod/omfattning",
                    "Resultat", "Åtgärd"])
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 50 fakturor",
         "Samtliga 50 fakturor korrekt attesterade.", "Ingen åtgärd.",
         "GENOMFORD", "nej"),
        ("2", "Fastighet", "Underhållsplan för kommunens fastigheter följs",
         "Avstämning plan mot utfall",
         "Kontrollen genomförd. Planerat underhåll utfört till ca 70 %. "
         "Takbyte på Bergsjö skola har flyttats till 2026.",
         "Prioriteras i budget 2026.", "GENOMFORD", "ja"),
        ("3", "Kost", "Egenkontroll livsmedel i kommunens tillagningskök",
         "Granskning av egenkontrollprogram i 7 kök",
         "Egenkontrollprogrammet följs i 6 av 7 kök. I Gnarps kök saknades "
         "temperaturloggar för vecka 23–26.",
         "Digitalt loggsystem införs i alla kök under 2026.", "GENOMFORD", "ja"),
        ("4", "Mark och exploatering",
         "Arrendeavtal finns för samtliga arrenden och avgifter debiteras",
         "Genomgång av arrenderegister",
         "Genomgången påbörjad, 40 av ca 110 arrenden kontrollerade. "
         "Inga felaktigheter hittills.", "Fortsätter under 2026.", "DELVIS", "nej"),
        ("5", "Räddningstjänst",
         "Tillsyn enligt LSO utförs enligt fastställd tillsynsplan",
         "Jämförelse plan/utfört",
         "Planerade tillsyner: 32. Utförda tillsyner: 32.", "–", "GENOMFORD", "nej"),
        ("6", "Fastighet", "Lagerinventering på förrådet i Bergsjö",
         "Inventering per 31 december", "", "", "SAKNAS", ""),
        ("7", "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176",
         "Extern besiktning av samtliga 14 lekplatser",
         "Besiktningen kunde inte utföras 2025 eftersom upphandlingen av "
         "besiktningsfirma överprövades.", "Besiktning beställd till april 2026.",
         "EJ_GENOMFORD", ""),
        ("8", "Fastighet", "Åtgärdstid för felanmälningar",
         "Uttag ur felanmälningssystemet",
         "Ej aktuellt. Nytt felanmälningssystem infördes i september och statistik "
         "för helåret finns inte. Kontrollmomentet stryks ur planen.", "–",
         "UTGAR", ""),
        ("9", "Fastighet", "Hyresdebitering av externa lokalhyresgäster",
         "Avstämning mot hyresreskontra per 31/12",
         "En hyresgäst har inte debiterats för kvartal 3–4 (62 tkr). "
         "Övriga debiteringar korrekta.", "Fakturerat i januari 2026. "
         "Rutin för nya kontrakt ses över.", "GENOMFORD", "ja"),
        ("10", "Fordon", "Kontroll av körjournaler för kommunens fordon",
         "Stickprov 5 fordon", "",
         "Kontrollen har inte hunnits med och genomförs under 2026.",
         "EJ_GENOMFORD", ""),
    ]
    for r in rows:
        add_row(tb, list(r[:6]), size=9)
        exp(fil, SBN, r[2], r[6], r[7])
    col_widths(tb, [1.0, 2.8, 6.0, 4.2, 6.8, 5.0])
    d.add_paragraph()
    d.add_paragraph("Bergsjö 2026-01-20")
    d.add_paragraph("Maria Lindgren, förvaltningschef samhällsbyggnad")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ======================================================================
# F4  Kultur- och fritidsnämnden - .doc with tick columns
# ======================================================================
def f4_kfn(tmpdir):
    fil = "Kultur och fritid IK-uppföljning 2025.doc"
    d = new_doc("Kultur och fritid")
    landscape(d)
    t = d.add_paragraph()
    r = t.add_run("Uppföljning internkontrollplan 2025")
    r.bold, r.font.size = True, Pt(16)
    d.add_paragraph("Kultur- och fritidsnämnden – helårsuppföljning")
    d.add_paragraph("Markera med X i den kolumn som stämmer. Avvikelser och skäl till "
                    "att kontroll inte genomförts ska alltid kommenteras.").runs[0].italic = True
    tb = d.add_table(rows=1, cols=7)
    tb.style = "Table Grid"
    header_row(tb, ["Nr", "Kontrollmoment", "Ansvarig", "Genomförd",
                    "Delvis genomförd", "Ej genomförd", "Kommentar"], size=9)
    rows = [
        ("G", "Föreningsstöd"),
        ("1", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Fritidskonsulent", "X", "", "",
         "Stickprov 10 ansökningar. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Återrapportering från föreningar som fått verksamhetsbidrag",
         "Fritidskonsulent", "", "X", "",
         "Granskning av inkomna redovisningar pågår, 12 av 19 klara.", "DELVIS", "nej"),
        ("G", "Bibliotek"),
        ("3", "Kassarutiner och dagskassor i biblioteket", "Bibliotekschef",
         "X", "", "", "Differens 350 kr vid ett tillfälle i juni, utredd och "
         "rapporterad.", "GENOMFORD", "ja"),
        ("4", "Inventering av medier och utrustning på filialerna", "Bibliotekschef",
         "", "", "", "Inventering ej utförd, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("G", "Anläggningar och friluftsliv"),
        ("5", "Bokning och debitering av idrottsanläggningar", "Anläggningsansvarig",
         "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("6", "Säkerhetsbesiktning av badplatser och friluftsanläggningar",
         "Anläggningsansvarig", "X", "", "X", "", "OKLAR", ""),
        ("7", "Hyresavtal med föreningar för kommunala lokaler är aktuella",
         "Kultur- och fritidschef", "", "", "X", "Ej hunnit.", "EJ_GENOMFORD", ""),
        ("G", "Kultur och evenemang"),
        ("8", "Avtal med arrangörer och artister vid evenemang",
         "Kulturutvecklare", "", "", "",
         "Utgår – ingen egen evenemangsverksamhet 2025.", "UTGAR", ""),
        ("9", "Utdrag ur belastningsregistret för ledare i fritidsgårdsverksamheten",
         "Fritidsgårdsföreståndare", "x", "", "",
         "Samtliga 8 ledare har uppvisat utdrag.", "GENOMFORD", "nej"),
        ("G", "Ekonomi"),
        ("10", "Attest av fakturor inom kultur och fritid", "Ekonom",
         "", "", "", "", "SAKNAS", ""),
    ]
    for r in rows:
        if r[0] == "G":
            group_row(tb, r[1], size=9)
        else:
            row = add_row(tb, list(r[:7]), size=9)
            for i in (3, 4, 5):
                row.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, KFN, r[1], r[7], r[8])
    col_widths(tb, [1.0, 7.5, 3.5, 2.0, 2.0, 2.0, 7.5])
    d.add_paragraph()
    d.add_paragraph("Gnarp 2026-01-15\nPer-Erik Sundin, kultur- och fritidschef")
    src = os.path.join(tmpdir, "kfn_src.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmpdir)
    shutil.copy(os.path.join(tmpdir, "kfn_src.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ======================================================================
# F5  Kommunstyrelsen - .odt with one table per process, T1/T2/Helår
# ======================================================================
def f5_ks():
    fil = "KS intern kontroll 2025 helår.odt"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.automaticstyles.addElement(title)
    h2 = Style(name="Processrubrik", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
    doc.automaticstyles.addElement(h2)
    small = Style(name="Tabelltext", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    smallb = Style(name="Tabellrubrik", family="paragraph")
    smallb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(smallb)
    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    cellh = Style(name="CellH", family="table-cell")
    cellh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                         backgroundcolor="#DDE8CB"))
    doc.automaticstyles.addElement(cellh)
    widths = [5.6, 1.9, 2.2, 1.0, 1.0, 1.2, 4.1]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth="%scm" % w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        p.addText(text)
        doc.text.addElement(p)

    para("Kommunstyrelsen", title)
    para("Uppföljning av intern kontroll 2025 – helår", h2)
    para("Kommunledningsförvaltningen, ekonomienheten. Uppföljningen omfattar "
         "kontrollmomenten i kommunstyrelsens internkontrollplan 2025 (KS 2025-02-05 § 14). "
         "Kontroller med tertialfrekvens följs upp vid T1, T2 och helår; årliga kontroller "
         "redovisas vid den period då de utförts.")
    p = P()
    sp = Span(stylename=bold)
    sp.addText("Teckenförklaring: ")
    p.addElement(sp)
    p.addText("G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, "
              "U = Utgår, – = kontroll ej planerad för perioden")
    doc.text.addElement(p)

    processes = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Tertial",
             "Redovisningsekonom", "G", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av representationsfakturor (syfte och deltagare angivet)",
             "Tertial", "Controller", "G", "G", "G",
             "Helår: 3 av 20 fakturor saknade deltagarförteckning. Kompletterat.",
             "GENOMFORD", "ja"),
            ("Avstämning av balanskonton inför bokslut", "Årlig",
             "Redovisningsekonom", "–", "–", "D", "Pågår, bokslutet ej klart.",
             "DELVIS", ""),
        ]),
        ("Personal och lön", [
            ("Löneutbetalningar – frånvaro är korrekt registrerad före lönekörning",
             "Tertial", "Lönechef", "G", "G", "E",
             "Helårskontrollen ej utförd på grund av byte av lönesystem i november.",
             "EJ_GENOMFORD", ""),
            ("Rehabiliteringsärenden dokumenteras enligt rutin", "Årlig",
             "HR-chef", "–", "G", "",
             "Genomförd i augusti, inga avvikelser.", "GENOMFORD", "nej"),
            ("Bisysslor – årlig inventering bland chefer", "Årlig", "HR-chef",
             "–", "–", "U", "Utgår enligt KS beslut 2025-06-11 § 102.", "UTGAR", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
             "Halvår", "Systemförvaltare ekonomi", "G", "–", "G",
             "Två konton för avslutade anställningar hade inte låsts. Låsta i december.",
             "GENOMFORD", "ja"),
            ("Test av återläsning av säkerhetskopior", "Årlig", "IT-chef",
             "–", "–", "E", "Ej utfört. Test planeras till första kvartalet 2026.",
             "EJ_GENOMFORD", ""),
            ("Registerförteckning enligt dataskyddsförordningen är uppdaterad",
             "Årlig", "Dataskyddsombud", "–", "–", "",
             "Se separat rapport från dataskyddsombudet.", "OKLAR", ""),
        ]),
        ("Upphandling och inköp", [
            ("Avtalstrohet – inköp kontrolleras mot ramavtal", "Tertial",
             "Upphandlare", "G", "G", "G",
             "Avtalstrohet 91 %. Köp utanför avtal av kontorsmaterial har påtalats "
             "för berörda enheter.", "GENOMFORD", "ja"),
        ]),
    ]
    for pname, ctrls in processes:
        para("Process: " + pname, h2)
        tb = Table(name="Process_" + pname.split()[0], stylename=tstyle)
        for cs in colstyles:
            tb.addElement(TableColumn(stylename=cs))
        tr = TableRow()
        for lab in ["Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "Helår",
                    "Kommentar"]:
            tc = TableCell(stylename=cellh, valuetype="string")
            pp = P(stylename=smallb)
            pp.addText(lab)
            tc.addElement(pp)
            tr.addElement(tc)
        tb.addElement(tr)
        for c in ctrls:
            tr = TableRow()
            for v in c[:7]:
                tc = TableCell(stylename=cellst, valuetype="string")
                pp = P(stylename=small)
                pp.addText(v)
                tc.addElement(pp)
                tr.addElement(tc)
            tb.addElement(tr)
            exp(fil, KS, c[0], c[7], c[8])
        doc.text.addElement(tb)
    para("")
    para("Bergsjö 2026-01-26. Sammanställt av Lena Ek, ekonomichef.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ======================================================================
# F6  The two municipal companies in one Word report
# ======================================================================
def f6_bolag():
    fil = "Internkontroll 2025 bolagen helårsrapport.docx"
    d = new_doc("Nordanstigs Bostäder AB")
    d.sections[0].footer.paragraphs[0].text = \
        "Nordanstigs Bostäder AB · Nordanstig Vatten AB · Rapport till respektive styrelse"
    t = d.add_paragraph()
    r = t.add_run("Rapport intern kontroll 2025")
    r.bold, r.font.size = True, Pt(20)
    d.add_paragraph("Helårsuppföljning för de helägda kommunala bolagen. Bolagen har "
                    "gemensam VD-funktion och ekonomiadministration, varför uppföljningen "
                    "redovisas i ett dokument men beslutas i respektive styrelse.")
    p = d.add_paragraph()
    p.add_run("Statusförklaring: ").bold = True
    p.add_run("OK = kontroll utförd utan anmärkning. Ej OK = kontroll utförd, avvikelse "
              "noterad (se kommentar). Pågår = kontroll påbörjad men ej avslutad. "
              "Ej påbörjad = kontroll inte utförd.")

    def bolag_table(titel, namnd, rows):
        d.add_heading(titel, level=1)
        tb = d.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        header_row(tb, ["Kontrollmoment", "Risk", "Utförd av", "Status", "Kommentar"],
                   fill="FCE4D6")
        for rr in rows:
            add_row(tb, list(rr[:5]))
            exp(fil, namnd, rr[0], rr[5], rr[6])
        col_widths(tb, [5.8, 1.5, 2.6, 1.8, 5.3])
        d.add_paragraph()

    bolag_table("1. Nordanstigs Bostäder AB", NB, [
        ("Hyresavier och hyresdebitering stäms av mot hyresavtal", "Hög",
         "Ekonomiassistent", "OK", "Avstämning per kvartal.", "GENOMFORD", "nej"),
        ("Besiktning av hissar och OVK är utförd enligt plan", "Hög",
         "Fastighetschef", "Ej OK",
         "OVK saknades för två fastigheter i Harmånger. Besiktning beställd.",
         "GENOMFORD", "ja"),
        ("Kreditupplysning inför tecknande av hyresavtal", "Medel",
         "Uthyrare", "OK", "Stickprov 12 nya kontrakt.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Medel",
         "Ekonomichef", "Pågår", "Stickprov för kvartal 4 pågår.", "DELVIS", ""),
        ("Uppföljning av hyresfordringar och inkassoärenden", "Medel",
         "Ekonomichef", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Nyckelhantering och kvittenser för huvudnycklar", "Låg",
         "Fastighetschef", "OK", "", "GENOMFORD", "nej"),
    ])
    bolag_table("2. Nordanstig Vatten AB", NOVAB, [
        ("Provtagning av dricksvatten enligt kontrollprogram", "Hög",
         "Driftchef", "OK", "Samtliga prover tjänliga.", "GENOMFORD", "nej"),
        ("Debitering av VA-avgifter enligt gällande taxa", "Hög",
         "Kundtjänst", "Ej OK",
         "Fel taxa tillämpad för 14 fritidshus i Mellanfjärden. Rättat och "
         "kreditering skickad.", "GENOMFORD", "ja"),
        ("Byte av vattenmätare enligt mätarbytesplan", "Medel", "Driftchef",
         "Pågår", "Cirka 60 % av planerade byten utförda.", "DELVIS", ""),
        ("Egenkontroll av avloppsreningsverken i Bergsjö, Gnarp och Harmånger",
         "Hög", "Processingenjör", "OK", "", "GENOMFORD", "nej"),
        ("Behörigheter i driftövervakningssystemet (SCADA)", "Hög", "IT-samordnare",
         "Ej påbörjad", "Skjuts till 2026 i samband med systembyte.",
         "EJ_GENOMFORD", ""),
        ("Upphandling av ramavtal för ledningsarbeten följer LUF", "Medel",
         "VD", "–", "Ej aktuellt 2025, inga upphandlingar genomförda.", "UTGAR", ""),
    ])
    d.add_paragraph("Bergsjö 2026-02-03\nTomas Wiklund, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", NB, "2025", "HELAR"))
    FILES.append((fil, "INLAST", NOVAB, "2025", "HELAR"))


# ======================================================================
# F7  Omsorgsnämnden - colour status, nämnd only in header / file name
# ======================================================================
GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"


def f7_on():
    fil = "ON_IK_helar_2025.docx"
    d = new_doc("Omsorgsförvaltningen")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Omsorgsförvaltningen | Nordanstigs kommun"
    t = d.add_paragraph()
    r = t.add_run("Uppföljning internkontrollplan – helår 2025")
    r.bold, r.font.size = True, Pt(16)
    d.add_paragraph("Status anges med färg enligt teckenförklaringen under tabellen. "
                    "Avvikelser beskrivs i kommentarskolumnen.")
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    header_row(tb, ["Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"])
    rows = [
        ("Läkemedelshantering – signeringslistor i särskilt boende",
         "Granskning av signeringslistor, 3 boenden", "MAS", GREEN,
         "Ett fåtal osignerade doser på Bäckgården. Åtgärdat genom utbildning.",
         "GENOMFORD", "ja"),
        ("Rapporter enligt lex Sarah utreds inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", GREEN,
         "Samtliga 6 rapporter utredda inom tid.", "GENOMFORD", "nej"),
        ("Genomförandeplaner upprättas inom 14 dagar efter beslut om insats",
         "Stickprov 20 ärenden", "Enhetschefer", YELLOW,
         "Granskat hemtjänsten Bergsjö. Övriga grupper granskas under första "
         "kvartalet 2026.", "DELVIS", ""),
        ("Hemtjänsttid registreras och debiteras korrekt",
         "Jämförelse planerad/utförd tid", "Avgiftshandläggare", RED,
         "Ej genomförd på grund av byte av planeringssystem.", "EJ_GENOMFORD", ""),
        ("Hantering av brukares privata medel",
         "Stickprov 10 brukare", "Enhetschefer", GREEN,
         "I två fall saknades kvitton för inköp. Rutinen har gåtts igenom.",
         "GENOMFORD", "ja"),
        ("Nattfasta – mätning på särskilt boende", "Mätning två gånger per år",
         "Dietist", GREY, "Mäts i stället inom ramen för Senior alert.",
         "UTGAR", ""),
        ("Brandskyddsronder på särskilda boenden", "Protokollgranskning",
         "Enhetschefer", None, "", "SAKNAS", ""),
        ("Utdrag ur belastningsregistret vid anställning inom LSS",
         "Stickprov nyanställda", "HR-konsult", GREEN, "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Attest av fakturor för köpt vård och omsorg", "Stickprov 20 fakturor",
         "Controller", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        row = add_row(tb, [r[0], r[1], r[2], "", r[4]])
        if r[3]:
            shade(row.cells[3], r[3])
        exp(fil, ON, r[0], r[5], r[6])
    col_widths(tb, [5.4, 3.6, 2.6, 1.4, 5.0])

    d.add_paragraph()
    d.add_paragraph("Teckenförklaring:")
    lg = d.add_table(rows=0, cols=2)
    lg.style = "Table Grid"
    for fill, txt in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                      (RED, "Ej genomförd"), (GREY, "Utgår")]:
        row = lg.add_row()
        shade(row.cells[0], fill)
        set_cell(row.cells[1], txt, size=9)
    col_widths(lg, [1.2, 5.0])
    d.add_paragraph()
    d.add_paragraph("Sammanfattning: fem av nio kontroller är genomförda.")
    d.add_paragraph("2026-01-30  Birgitta Nyström, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", ON, "2025", "HELAR"))


# ======================================================================
# F8  Covering letter - must be rejected
# ======================================================================
def f8_foljebrev():
    fil = "Följebrev intern kontroll helår 2025.docx"
    d = new_doc("Kommunledningsförvaltningen")
    d.sections[0].header.paragraphs[0].text = \
        "NORDANSTIGS KOMMUN\tKommunledningsförvaltningen\tEkonomienheten"
    p = d.add_paragraph("2026-02-20\nDnr KS 2026/41")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Kommunstyrelsen\nKopia: De förtroendevalda revisorerna")
    d.add_heading("Följebrev – nämndernas uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska nämnder och bolag årligen rapportera "
        "resultatet av uppföljningen av sin internkontrollplan till kommunstyrelsen. "
        "Härmed överlämnas de uppföljningar som inkommit till ekonomienheten för helåret "
        "2025. Kommunstyrelsen ska utifrån dessa bedöma om kommunens samlade interna "
        "kontroll är tillräcklig.")
    d.add_paragraph("Följande uppföljningar bifogas:")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    header_row(tb, ["Nämnd/bolag", "Dokument", "Inkommet", "Status"])
    for v in [
        ["Kommunstyrelsen", "KS intern kontroll 2025 helår", "2026-01-26", "Inkommen"],
        ["Barn- och utbildningsnämnden", "Uppföljning intern kontroll helår 2025",
         "2026-01-22", "Inkommen"],
        ["Socialnämnden", "Verksamhetsberättelse 2025, avsnitt 6", "2026-02-19", "Inkommen"],
        ["Omsorgsnämnden", "Uppföljning internkontrollplan helår 2025", "2026-01-30",
         "Inkommen"],
        ["Samhällsbyggnadsnämnden", "Uppföljning intern kontroll 2025", "2026-01-20",
         "Inkommen"],
        ["Kultur- och fritidsnämnden", "IK-uppföljning 2025", "2026-01-15", "Inkommen"],
        ["Miljö- och byggnämnden", "–", "", "Ej inkommen"],
        ["Överförmyndarnämnden", "–", "", "Ej inkommen"],
        ["Nordanstigs Bostäder AB", "Rapport intern kontroll 2025", "2026-02-03",
         "Inkommen"],
        ["Nordanstig Vatten AB", "Rapport intern kontroll 2025", "2026-02-03",
         "Inkommen"],
    ]:
        add_row(tb, v)
    col_widths(tb, [4.5, 6.5, 2.5, 2.5])
    d.add_paragraph()
    d.add_paragraph(
        "Miljö- och byggnämnden och överförmyndarnämnden har meddelat att deras "
        "uppföljningar behandlas i mars och kommer att överlämnas i efterhand.")
    d.add_paragraph("Med vänlig hälsning\n\nLena Ek\nEkonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ======================================================================
def write_csvs():
    reg = [
        (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
        (SN, "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
        (ON, "ON|Omsorgsförvaltningen|Vård och omsorg|Äldre- och handikappomsorgen"),
        (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        (KFN, "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        (VN, "VN"),
        (NB, "NOBO|Nordanstigs Bostäder|Bostadsbolaget"),
        (NOVAB, "NoVAB|Nordanstig Vatten|Vattenbolaget"),
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
    tmpdir = tempfile.mkdtemp(prefix="r511_")
    try:
        f1_sn()
        f2_bun()
        f3_sbn()
        f4_kfn(tmpdir)
        f5_ks()
        f6_bolag()
        f7_on()
        f8_foljebrev()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("files:", len(set(r[0] for r in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
