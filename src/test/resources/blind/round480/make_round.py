#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r480 - Hällefors kommun, helår 2025 (word-heavy inbox).

Builds every file of the round plus namnder.csv, files.csv and expected.csv
directly in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties, TableProperties)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime.datetime(2026, 1, 28, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round480"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def set_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    cp.comments = ""


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# A. Socialnämnden - one small two-column form table per control (.docx)
# ---------------------------------------------------------------------------
def file_a():
    fil = "Uppföljning internkontroll 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    doc = Document()
    set_core(doc, "Maria Holmgren", "Uppföljning internkontrollplan 2025")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "HÄLLEFORS KOMMUN\tSocialförvaltningen\tDnr SN 2025/0041"

    doc.add_heading("Uppföljning av internkontrollplan 2025", level=0)
    doc.add_paragraph("Socialnämnden – helårsuppföljning")
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (SN § 112). "
        "Planen omfattar nio kontrollmoment inom myndighetsutövning, vård och omsorg samt "
        "ekonomi. Denna rapport redovisar utfallet för hela året.")
    doc.add_heading("Metod", level=1)
    doc.add_paragraph(
        "Varje kontrollmoment redovisas i ett eget formulär. Ansvarig chef har fyllt i "
        "resultatet av kontrollen och gjort en bedömning. Bedömningen anges som "
        "”Genomförd utan anmärkning”, ”Genomförd med anmärkning”, ”Delvis genomförd”, "
        "”Ej genomförd” eller ”Utgår”. Där kontrollen visat brister beskrivs vidtagna "
        "eller planerade åtgärder i resultatfältet. Kontrollerna har i huvudsak gjorts "
        "som stickprov i verksamhetssystemet Treserva.")

    forms = [
        ("Myndighetsutövning", [
            dict(km="Kontroll av att utredningar inom barn och unga avslutas inom fyra månader enligt 11 kap. 2 § SoL",
                 risk="Barn och unga får inte sina behov utredda i tid, brister i rättssäkerheten.",
                 metod="Uttag ur Treserva av samtliga avslutade utredningar, två gånger per år.",
                 ansv="Enhetschef IFO barn och familj",
                 res="Av 64 avslutade utredningar under året överskred 9 utredningstiden om fyra månader. "
                     "I sju av dessa fanns beslut om förlängd utredningstid, i två ärenden saknades sådant beslut.\n"
                     "Åtgärd: påminnelse om förlängningsbeslut läggs in som bevakning i Treserva.",
                 bed="Genomförd med anmärkning", status="GENOMFORD", avv="ja"),
            dict(km="Stickprovskontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
                 risk="Beslut fattas av person utan delegation.",
                 metod="Stickprov om 20 beslut per halvår.",
                 ansv="Enhetschef IFO vuxen",
                 res="40 slumpvis utvalda beslut har granskats. Samtliga var fattade av behörig delegat.",
                 bed="Genomförd utan anmärkning", status="GENOMFORD", avv="nej"),
            dict(km="Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
                 risk="Barn som far illa uppmärksammas inte i tid.",
                 metod="Uttag ur Treserva, samtliga anmälningar.",
                 ansv="Enhetschef IFO barn och familj",
                 res="Förhandsbedömning gjordes inom 14 dagar i 212 av 215 anmälningar (99 %). "
                     "De tre överskridandena berodde på hög arbetsbelastning under semesterperioden.",
                 bed="Genomförd med anmärkning", status="GENOMFORD", avv="ja"),
        ]),
        ("Vård och omsorg", [
            dict(km="Kontroll av att genomförandeplaner inom hemtjänsten är upprättade och följs upp minst en gång per halvår",
                 risk="Insatser utförs inte utifrån den enskildes behov.",
                 metod="Genomgång av samtliga brukares akter i respektive hemtjänstgrupp.",
                 ansv="Enhetschefer hemtjänst",
                 res="Kontrollen har genomförts i hemtjänstgrupp Norr. Grupperna Söder och Grythyttan kontrolleras "
                     "under första kvartalet 2026. I grupp Norr saknade 4 av 30 brukare en aktuell genomförandeplan.",
                 bed="Delvis genomförd", status="DELVIS", avv="ja"),
            dict(km="Kontroll av att avvikelser enligt lex Sarah rapporteras och utreds inom fastställd tid",
                 risk="Missförhållanden åtgärdas inte, anmälan till IVO sker för sent.",
                 metod="Genomgång av samtliga lex Sarah-rapporter.",
                 ansv="Kvalitetsutvecklare",
                 res="Samtliga 7 rapporter under året har utretts. Handläggningstiden översteg i ett fall den "
                     "fastställda tiden med två veckor.",
                 bed="Genomförd med anmärkning", status="GENOMFORD", avv="ja"),
            dict(km="Kontroll av att läkemedelsgenomgångar genomförs för boende på särskilt boende",
                 risk="Felaktig eller onödig läkemedelsbehandling.",
                 metod="Stickprov om 15 boende på Klockarhöjden och Hemgården.",
                 ansv="Medicinskt ansvarig sjuksköterska (MAS)",
                 res="Kontrollen har inte genomförts på grund av vakans. Tjänsten som MAS har varit vakant sedan maj "
                     "och kontrollen förs över till internkontrollplanen 2026.",
                 bed="", status="EJ_GENOMFORD", avv=""),
            dict(km="Kontroll av att registerutdrag ur belastningsregistret har begärts vid nyanställning inom LSS-verksamheten",
                 risk="Olämplig person anställs i arbete med barn med funktionsnedsättning.",
                 metod="Kontroll av samtliga nyanställningar mot personalakt.",
                 ansv="Enhetschef LSS",
                 res="Samtliga 12 nyanställningar under året har kontrollerats. Registerutdrag fanns i samtliga fall.",
                 bed="Genomförd utan anmärkning", status="GENOMFORD", avv="nej"),
        ]),
        ("Ekonomi", [
            dict(km="Kontroll av att fakturor för externa placeringar (HVB och familjehem) överensstämmer med avtal och beslut",
                 risk="Kommunen betalar för insatser som inte är beslutade eller till fel pris.",
                 metod="Stickprov om 10 fakturor per halvår.",
                 ansv="Controller socialförvaltningen",
                 res="Se bilaga 2.",
                 bed="", status="OKLAR", avv=""),
            dict(km="Kontroll av att brukarnas privata medel på gruppbostäder hanteras enligt rutin",
                 risk="Förskingring, brukare förlorar pengar.",
                 metod="Oanmäld kassainventering två gånger per år.",
                 ansv="Enhetschef LSS",
                 res="Kontrollen utgår då nämnden 2025-04-15 (SN § 38) beslutade att ersätta den med en granskning "
                     "av kontanthanteringen i hela förvaltningen, som redovisas i planen för 2026.",
                 bed="Utgår", status="UTGAR", avv=""),
        ]),
    ]
    labels = ["Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Resultat", "Bedömning"]
    n = 0
    for heading, items in forms:
        doc.add_heading(heading, level=1)
        for it in items:
            n += 1
            p = doc.add_paragraph()
            p.add_run("Kontroll %d" % n).bold = True
            t = doc.add_table(rows=6, cols=2)
            t.style = "Table Grid"
            vals = [it["km"], it["risk"], it["metod"], it["ansv"], it["res"], it["bed"]]
            for i, (lab, val) in enumerate(zip(labels, vals)):
                cell_text(t.cell(i, 0), lab, bold=True)
                shade(t.cell(i, 0), "DCE6F1")
                cell_text(t.cell(i, 1), val)
                t.cell(i, 0).width = Cm(3.8)
                t.cell(i, 1).width = Cm(12.2)
            doc.add_paragraph()
            exp(fil, namnd, it["km"], it["status"], it["avv"])

    # empty form left from the template
    p = doc.add_paragraph()
    p.add_run("Kontroll %d" % (n + 1)).bold = True
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(labels):
        cell_text(t.cell(i, 0), lab, bold=True)
        shade(t.cell(i, 0), "DCE6F1")
        cell_text(t.cell(i, 1), "[välj]" if lab == "Bedömning" else "[skriv här]")
    doc.add_paragraph()

    doc.add_heading("Nämndens samlade bedömning", level=1)
    doc.add_paragraph(
        "Nämnden bedömer att den interna kontrollen är tillräcklig. Av årets nio kontrollmoment har fem "
        "genomförts helt, ett delvis och ett har inte kunnat genomföras på grund av vakans. Ett "
        "kontrollmoment har utgått genom beslut av nämnden. De brister som "
        "framkommit gäller främst dokumentation och handläggningstider och åtgärder har vidtagits eller "
        "planeras. Kontrollen av läkemedelsgenomgångar förs över till 2026 års plan.")
    doc.add_paragraph()
    doc.add_paragraph("Hällefors 2026-01-28")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# B. Bildningsnämnden - bold numbered headings + label lines (.docx)
# ---------------------------------------------------------------------------
def file_b():
    fil = "BN uppföljning intern kontroll helår 2025.docx"
    namnd = "Bildningsnämnden"
    doc = Document()
    set_core(doc, "Johan Berg", "Bildningsnämnden uppföljning intern kontroll 2025")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("Bildningsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll 2025 – helår")
    r.font.size = Pt(14)
    doc.add_paragraph("Bildningsförvaltningen, Hällefors kommun, januari 2026")

    p = doc.add_paragraph()
    p.add_run("Inledning").bold = True
    doc.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en plan för intern "
        "kontroll och följa upp den. Bildningsnämnden antog sin plan för 2025 i december 2024. Planen "
        "innehåller nio kontrollmoment som valts ut efter en risk- och väsentlighetsanalys.")
    p = doc.add_paragraph()
    p.add_run("Så har uppföljningen gått till").bold = True
    doc.add_paragraph(
        "Kontrollerna har utförts av rektorer, förskolechefer och förvaltningens stabsfunktioner. För varje "
        "kontrollmoment redovisas nedan syftet, hur kontrollen genomförts, resultatet och eventuella åtgärder. "
        "Förvaltningens controller har sammanställt redovisningen.")

    controls = [
        dict(km="Attest av leverantörsfakturor enligt attestordningen",
             syfte="Säkerställa att fakturor attesteras av behörig person och att jäv undviks.",
             genomf="Stickprov på 40 fakturor ur ekonomisystemet Raindance för perioden januari–november.",
             res="Samtliga 40 fakturor var attesterade av behörig attestant. Ingen avvikelse noterades.",
             atg="Inga.", status="GENOMFORD", avv="nej"),
        dict(km="Kontroll av att kränkande behandling anmäls till huvudman enligt 6 kap. 10 § skollagen",
             syfte="Säkerställa att huvudmannen får kännedom om kränkningar och kan utreda dem skyndsamt.",
             genomf="Genomgång av samtliga anmälningar i DF Respons under året.",
             res="48 anmälningar har inkommit. I 6 fall dröjde anmälan till huvudmannen mer än en vecka.",
             atg="Rutinen har förtydligats för rektorerna vid ledningsgruppens möte i oktober.",
             status="GENOMFORD", avv="ja"),
        dict(km="Uppföljning av elevers frånvaro och att hög frånvaro utreds",
             syfte="Upptäcka problematisk skolfrånvaro tidigt.",
             genomf="Uttag ur Skolplattformen av elever med mer än 15 % frånvaro samt kontroll av att utredning påbörjats.",
             res="Kontrollen har genomförts på Grythytte skola och Klockarskogsskolan. Kontrollen på "
                 "Fyrklöverskolan återstår och slutförs i februari 2026. Inga brister har hittills noterats.",
             atg="–", status="DELVIS", avv="nej"),
        dict(km="Kontroll av att registerkontroll görs vid anställning i förskola och skola",
             syfte="Förhindra att olämpliga personer anställs i arbete med barn.",
             genomf="Planerat: genomgång av samtliga anställningar under året mot personalakt.",
             res="Kontrollen har skjutits upp till 2026 eftersom rekryteringssystemet byts under våren. "
                 "Ingen granskning har gjorts under 2025.",
             atg="Kontrollen läggs in i planen för 2026.", status="EJ_GENOMFORD", avv=""),
        dict(km="Kontroll av att skolskjuts beviljas enligt gällande riktlinjer",
             syfte="Likabehandling och korrekta kostnader för skolskjuts.",
             genomf="Stickprov om 25 beslut om skolskjuts.",
             res="Samtliga 25 granskade beslut följde riktlinjerna.",
             atg="Inga.", status="GENOMFORD", avv="nej"),
        dict(km="Inventering av IT-utrustning (elevdatorer) mot inventarieregistret",
             syfte="Säkerställa att kommunens tillgångar finns och är registrerade.",
             genomf="Fysisk inventering på samtliga skolor under oktober.",
             res="Inventeringen är genomförd på samtliga skolor. 37 elevdatorer kunde inte återfinnas och har "
                 "avregistrerats.",
             atg="Ny rutin för utlämning och återlämning av elevdatorer tas fram.", status="GENOMFORD", avv="ja"),
        dict(km="Kontroll av att barngruppernas storlek i förskolan följer Skolverkets riktmärken",
             syfte="Kvalitet och arbetsmiljö i förskolan.",
             genomf="–",
             res="Ej aktuell 2025 – kontrollmomentet ströks ur planen vid nämndens sammanträde i mars (BN § 22).",
             atg="–", status="UTGAR", avv=""),
        dict(km="Kontroll av avtalstrohet vid inköp av livsmedel till skolrestaurangerna",
             syfte="Säkerställa att inköp görs från upphandlade leverantörer.",
             genomf="Genomgång av leverantörsreskontran för livsmedel.",
             res="Inköpen under första halvåret har granskats, andra halvåret återstår. Två inköp från "
                 "leverantör utan avtal noterades.",
             atg="Kostchefen har informerat köken om avtalade leverantörer.", status="DELVIS", avv="ja"),
        dict(km="Kontroll av att det systematiska kvalitetsarbetet dokumenteras på enhetsnivå",
             syfte="Säkerställa att skollagens krav på systematiskt kvalitetsarbete uppfylls.",
             genomf="Genomgång av enheternas kvalitetsrapporter.",
             res="", atg="", status="SAKNAS", avv=""),
    ]
    for i, c in enumerate(controls, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run("%d. %s" % (i, c["km"]))
        r.bold = True
        r.font.size = Pt(12)
        for lab, key in (("Syfte:", "syfte"), ("Genomförande:", "genomf"),
                         ("Resultat:", "res"), ("Åtgärder:", "atg")):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.add_run(lab).bold = True
            if c[key]:
                p.add_run(" " + c[key])
        exp(fil, namnd, c["km"], c["status"], c["avv"])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Sammanfattande bedömning").bold = True
    doc.add_paragraph(
        "Nämnden bedömer att den interna kontrollen är tillräcklig. Flertalet kontroller har genomförts och "
        "de avvikelser som upptäckts har åtgärdats. Förvaltningen behöver dock säkerställa att kontroller "
        "som skjuts upp genomförs under 2026.")
    doc.add_paragraph("Peter Sandberg, bildningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# C. Samhällsbyggnadsnämnden - Word document converted from PDF
# ---------------------------------------------------------------------------
def file_c():
    fil = "SBN_IK_uppfoljning_2025_helar.docx"
    namnd = "Samhällsbyggnadsnämnden"
    doc = Document()
    set_core(doc, "", "Microsoft Word - SBN IK-uppföljning 2025 slutlig")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)

    def broken(text, width=78, bold_first=None, indent=None):
        """One paragraph whose visual lines are separated by hard line breaks."""
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        lines = textwrap.wrap(text, width=width, break_on_hyphens=False)
        for i, line in enumerate(lines):
            r = p.add_run(line)
            if bold_first and i == 0 and line.startswith(bold_first):
                r.bold = True
            if i < len(lines) - 1:
                r.add_break()
        return p

    def page_header(page, first=False):
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        p = doc.add_paragraph()
        r = p.add_run("Hällefors kommun")
        r.add_break()
        r2 = p.add_run("Samhällsbyggnadsförvaltningen")
        r2.font.size = Pt(9)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run("Sida %d av 4" % page)
        r.font.size = Pt(9)
        doc.add_paragraph()

    page_header(1, first=True)
    p = doc.add_paragraph()
    r = p.add_run("UPPFÖLJNING AV INTERNKONTROLLPLAN 2025")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Samhällsbyggnadsnämnden – helårsrapport")
    r.bold = True
    doc.add_paragraph()
    broken("Samhällsbyggnadsnämnden fastställde internkontrollplanen för 2025 vid sitt sammanträde "
           "den 11 december 2024. I planen ingår åtta kontrollmoment. Nedan redovisas för varje "
           "kontrollmoment vad som kontrollerats, resultatet och förvaltningens bedömning. Bedömningen "
           "görs enligt skalan Genomförd, Genomförd med avvikelse, Pågår, Ej genomförd och Utgår.")

    controls = [
        dict(km="Kontroll av att fakturor för vinterväghållning stämmer mot avtalade á-priser och körjournaler",
             ansv="Gatuchef",
             res="Stickprov på 15 fakturor från entreprenörerna för januari–mars och november–december. Två "
                 "fakturor innehöll timmar som inte kunde styrkas mot körjournal. Kreditering har begärts och erhållits.",
             bed="Genomförd med avvikelse", status="GENOMFORD", avv="ja"),
        dict(km="Kontroll av att egenkontroller av dricksvatten vid Hällefors vattenverk genomförs enligt kontrollprogrammet",
             ansv="VA-chef",
             res="All provtagning har skett enligt kontrollprogrammet. Inga prover har bedömts som otjänliga.",
             bed="Genomförd", status="GENOMFORD", avv="nej"),
        dict(km="Kontroll av att kommunens lekplatser besiktigas årligen enligt SS-EN 1176",
             ansv="Parkansvarig",
             res="Huvudbesiktning är gjord på 11 av 14 lekplatser. Återstående tre besiktigas våren 2026. Vid "
                 "besiktningen noterades tre anmärkningar med hög risk, som har åtgärdats.",
             bed="Pågår", status="DELVIS", avv="ja"),
        dict(km="Kontroll av att hyresavtal för externt förhyrda lokaler är aktuella och registrerade i avtalsdatabasen",
             ansv="Fastighetschef",
             res="Kontrollen har inte påbörjats. Avtalsdatabasen byts under 2026 och kontrollen görs i samband med "
                 "att avtalen förs över.",
             bed="Ej genomförd", status="EJ_GENOMFORD", avv=""),
        dict(km="Kontroll av att skyddsronder genomförs på samtliga arbetsplatser inom förvaltningen",
             ansv="Förvaltningschef",
             res="Skyddsronder har genomförts på samtliga nio arbetsplatser. Handlingsplaner har upprättats och "
                 "följs upp i samverkansgruppen.",
             bed="Genomförd", status="GENOMFORD", avv="nej"),
        dict(km="Kontroll av att direktupphandlingar över 100 000 kronor dokumenteras enligt riktlinjerna för direktupphandling",
             ansv="Controller",
             res="Samtliga 12 direktupphandlingar över beloppsgränsen har granskats. I fem fall saknades "
                 "dokumentation av vilka leverantörer som tillfrågats. Utbildning i direktupphandling har hållits "
                 "för förvaltningens beställare i november.",
             bed="Genomförd med avvikelse", status="GENOMFORD", avv="ja"),
        dict(km="Kontroll av fordonsflottans körjournaler och tankkort",
             ansv="Fordonssamordnare",
             res="Kontrollmomentet utgår. Tankkorten hanteras sedan mars centralt av kommunledningsförvaltningen "
                 "och nämnden beslutade 2025-05-14 att stryka kontrollen.",
             bed="Utgår", status="UTGAR", avv=""),
        dict(km="Kontroll av att debitering av VA-avgifter stämmer mot avläst mätarställning",
             ansv="VA-chef",
             res="Avläsning av mätare pågår. Sammanställning och jämförelse mot debiterad förbrukning är klar i "
                 "februari 2026.",
             bed="Pågår", status="DELVIS", avv=""),
    ]
    # page layout as exported: page breaks before controls 3 and 5; control 6's result cut by the page 4 header
    for i, c in enumerate(controls, 1):
        if i == 3:
            page_header(2)
        if i == 5:
            page_header(3)
        broken("Kontrollmoment %d: %s" % (i, c["km"]), bold_first="Kontrollmoment")
        broken("Ansvarig: %s" % c["ansv"], indent=0.5)
        if i == 6:
            # result text split by the page break (as the PDF export does)
            words = ("Resultat: " + c["res"]).split(" ")
            cut = 22
            broken(" ".join(words[:cut]), indent=0.5)
            page_header(4)
            broken(" ".join(words[cut:]), indent=0.5)
        else:
            broken("Resultat: %s" % c["res"], indent=0.5)
        broken("Bedömning: %s" % c["bed"], indent=0.5)
        doc.add_paragraph()
        exp(fil, namnd, c["km"], c["status"], c["avv"])

    broken("Sammantaget bedömer förvaltningen att den interna kontrollen inom nämndens verksamhet är "
           "tillräcklig, men att dokumentationen vid direktupphandling behöver förbättras.")
    doc.add_paragraph()
    broken("Hällefors 2026-01-22   Lars Öhman, samhällsbyggnadschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# D. Kultur- och fritidsnämnden - .odt, three rows per control
# ---------------------------------------------------------------------------
def file_d():
    fil = "Kultur och fritid - uppföljning IKP 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()

    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(title)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    tstyle = Style(name="Tabell", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    widths = ["1.2cm", "11cm", "3cm", "1.8cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="Kol%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    headcell = Style(name="HeadCell", family="table-cell")
    headcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                            backgroundcolor="#d9d9d9"))
    doc.automaticstyles.addElement(headcell)
    topcell = Style(name="TopCell", family="table-cell")
    topcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#f2f2f2"))
    doc.automaticstyles.addElement(topcell)

    doc.text.addElement(P(stylename=title, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025, helår"))
    doc.text.addElement(P(text="Rapporten avser perioden 1 januari – 31 december 2025 och behandlas av "
                               "nämnden den 12 februari 2026."))
    doc.text.addElement(P(text=""))

    def cell(text, style=cellst, rows=None, boldtext=False):
        kw = dict(stylename=style, valuetype="string")
        if rows:
            kw["numberrowsspanned"] = rows
        c = TableCell(**kw)
        p = P(text="")
        if boldtext:
            from odf.text import Span
            p.addElement(Span(stylename=bold, text=text))
        else:
            p.addText(text)
        c.addElement(p)
        return c

    tbl = Table(name="Internkontroll", stylename=tstyle)
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))
    tr = TableRow()
    for h in ["Nr", "Kontrollmoment / uppföljning", "Ansvarig", "Frekvens"]:
        tr.addElement(cell(h, headcell, boldtext=True))
    tbl.addElement(tr)

    controls = [
        dict(km="Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna och mot inlämnad redovisning",
             ansv="Fritidschef", frekv="1 ggr/år",
             res="Samtliga 18 ansökningar om aktivitetsstöd har granskats. En förening fick för högt "
                 "aktivitetsstöd (4 200 kr) som har återkrävts.",
             stat="Genomförd", status="GENOMFORD", avv="ja"),
        dict(km="Kontroll av kassahanteringen i Hällefors simhall (dagskassor och kassaavstämning)",
             ansv="Badchef", frekv="3 ggr/år",
             res="Oanmälda kassainventeringar har gjorts vid tre tillfällen. Inga differenser.",
             stat="Genomförd", status="GENOMFORD", avv="nej"),
        dict(km="Kontroll av att bokningar av idrottshallar och gymnastiksalar faktureras",
             ansv="Bokningsansvarig", frekv="2 ggr/år",
             res="Jämförelse mellan bokningssystemet och fakturering för januari–juni är klar utan anmärkning. "
                 "Perioden juli–december jämförs under januari 2026.",
             stat="Pågående", status="DELVIS", avv="nej"),
        dict(km="Kontroll av att inköp av biblioteksmedia följer upphandlat avtal",
             ansv="Bibliotekschef", frekv="1 ggr/år",
             res="",
             stat="Ej genomförd", status="EJ_GENOMFORD", avv=""),
        dict(km="Kontroll av att hyresavtal med föreningar i Folkets hus är skriftliga och aktuella",
             ansv="Kultur- och fritidschef", frekv="1 ggr/år",
             res="Kontrollen avbröts efter nämndens beslut 2025-06-10 § 45, då förvaltningen av lokalerna "
                 "överförs till Samhällsbyggnadsnämnden.",
             stat="Avbruten genom beslut", status="UTGAR", avv=""),
        dict(km="Kontroll av att personal på fritidsgården har lämnat utdrag ur belastningsregistret",
             ansv="Fritidsgårdsföreståndare", frekv="1 ggr/år",
             res="Samtliga sex anställda och tre timvikarier hade lämnat utdrag.",
             stat="Genomförd", status="GENOMFORD", avv="nej"),
        dict(km="Kontroll av att evenemang som finansieras med kommunala medel håller sig inom beslutad budget",
             ansv="Kulturchef", frekv="Efter varje evenemang",
             res="Fem evenemang har följts upp. Budgeten för Hällefors bluesfestival överskreds med 62 000 kr "
                 "på grund av ökade kostnader för scen och säkerhet.",
             stat="Genomförd", status="GENOMFORD", avv="ja"),
    ]
    for i, c in enumerate(controls, 1):
        tr = TableRow()
        tr.addElement(cell(str(i), topcell, rows=3))
        tr.addElement(cell(c["km"], topcell, boldtext=True))
        tr.addElement(cell(c["ansv"], topcell))
        tr.addElement(cell(c["frekv"], topcell))
        tbl.addElement(tr)
        tr = TableRow()
        tr.addElement(CoveredTableCell())
        tr.addElement(cell("Resultat: " + c["res"] if c["res"] else "Resultat:"))
        tr.addElement(cell(""))
        tr.addElement(cell(""))
        tbl.addElement(tr)
        tr = TableRow()
        tr.addElement(CoveredTableCell())
        tr.addElement(cell("Status: " + c["stat"]))
        tr.addElement(cell(""))
        tr.addElement(cell(""))
        tbl.addElement(tr)
        exp(fil, namnd, c["km"], c["status"], c["avv"])
    doc.text.addElement(tbl)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=small,
                          text="Status anges som Genomförd, Pågående, Ej genomförd eller Utgår/Avbruten genom beslut."))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Förvaltningens bedömning: den interna kontrollen inom kultur och fritid bedöms "
                               "som tillräcklig. Rutinen för bidragsgranskning skärps inför 2026."))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# E. Kommunstyrelsen - plain Excel table
# ---------------------------------------------------------------------------
def file_e():
    fil = "KS internkontroll uppföljning 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025 (helår)"
    ws["A1"].font = Font(bold=True, size=14)
    header = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    thin = Side(style="thin", color="999999")
    for j, h in enumerate(header, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Ekonomichef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att representation följer riktlinjerna för representation",
         "Genomgång av samtliga representationsfakturor", "Ekonomichef", "Genomförd",
         "3 fakturor saknade deltagarförteckning och syfte. Berörda har påmints.", "GENOMFORD", "ja"),
        ("Ekonomi", "Avstämning av balanskonton per 31 december",
         "Kontroll av avstämningsunderlag", "Redovisningsansvarig", "Genomförd", None, "GENOMFORD", ""),
        ("Personal", "Kontroll av att löneutbetalningar upphör vid avslutad anställning",
         "Avstämning avslutade anställningar mot lönelistor", "HR-chef", "Genomförd",
         "En felaktig utbetalning upptäcktes i juli och har återkrävts.", "GENOMFORD", "ja"),
        ("Personal", "Kontroll av att sjukfrånvaro längre än 14 dagar leder till en plan för återgång i arbete",
         "Stickprov i Adato", "HR-chef", "Delvis genomförd",
         "Kontroll gjord för kommunledningsförvaltningen. Övriga förvaltningar kontrolleras 2026.", "DELVIS", ""),
        ("IT", "Kontroll av att behörigheter i ekonomi- och lönesystemen tas bort vid avslutad anställning",
         "Jämförelse behörighetslistor mot avslutade anställningar", "IT-chef", "Ej genomförd",
         "Ej genomförd på grund av resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("Upphandling", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av leverantörsreskontra", "Upphandlare", "Genomförd",
         "Avtalstroheten var 91 %, målet 95 % nåddes inte.", "GENOMFORD", "ja"),
        ("Dokumenthantering", "Kontroll av att allmänna handlingar diarieförs utan dröjsmål",
         "Stickprov 20 inkomna handlingar", "Kommunsekreterare", "Genomförd", "Inga brister.", "GENOMFORD", "nej"),
        ("Säkerhet", "Kontroll av att krisledningsplanen är uppdaterad och känd",
         "Genomgång av plan och övningar", "Säkerhetssamordnare", "Utgår",
         "Ersatt av ny plan för extraordinära händelser antagen av KF 2025-03-25.", "UTGAR", ""),
        ("Dataskydd", "Kontroll av att personuppgiftsbiträdesavtal finns för system som behandlar personuppgifter",
         "Genomgång av registerförteckningen", "Dataskyddssamordnare", None, None, "SAKNAS", ""),
    ]
    r = 4
    for row in rows:
        for j, v in enumerate(row[:6], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        exp(fil, namnd, row[1], row[6], row[7])
        r += 1
    for col, w in zip("ABCDEF", [16, 48, 34, 20, 16, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F. Stratsys CSV export with two nämnder, T1 / T2 / Helår side by side
# ---------------------------------------------------------------------------
def file_f():
    fil = "Stratsys_export_internkontroll_2025.csv"
    header = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig",
              "Status T1 2025", "Status T2 2025", "Status Helår 2025", "Kommentar Helår 2025"]
    bmb_org = "Miljö- och byggförvaltningen Bergslagen"
    ofn_org = "Överförmyndarnämnden i Bergslagen"
    bmb = "Bergslagens miljö- och byggnämnd"
    ofn = "Överförmyndarnämnden"
    rows = [
        (bmb_org, bmb, "Tillsyn", "Kontroll av att tillsyn enligt miljöbalken följer fastställd tillsynsplan",
         "Miljöchef", "Påbörjad", "Påbörjad", "Genomförd",
         "87 % av planerade tillsynsbesök har genomförts, resterande flyttas till 2026.", "GENOMFORD", "ja"),
        (bmb_org, bmb, "Handläggning", "Kontroll av att bygglovsärenden handläggs inom 10 veckor",
         "Byggchef", "Genomförd", "Genomförd", "Genomförd",
         "Handläggningstiden överskreds i 4 av 156 ärenden.", "GENOMFORD", "ja"),
        (bmb_org, bmb, "Ekonomi", "Kontroll av att avgifter för livsmedelskontroll debiteras enligt taxa",
         "Administrativ chef", "", "Påbörjad", "", "", "DELVIS", ""),
        (bmb_org, bmb, "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
         "Prioriterades bort under året.", "EJ_GENOMFORD", ""),
        (bmb_org, bmb, "Jäv", "Kontroll av att inspektörer och handläggare har lämnat aktuell jävsdeklaration",
         "Miljöchef", "", "", "Genomförd", "", "GENOMFORD", ""),
        (ofn_org, ofn, "Tillsyn", "Granskning av årsräkningar inom lagstadgad tid",
         "Handläggare överförmyndare", "Påbörjad", "Genomförd", "Genomförd",
         "Samtliga årsräkningar för 2024 granskades senast 30 november. Inga avvikelser.", "GENOMFORD", "nej"),
        (ofn_org, ofn, "Ställföreträdare", "Kontroll av att ställföreträdare har lämnat registerutdrag före förordnande",
         "Handläggare överförmyndare", "Genomförd", "Genomförd", "Genomförd",
         "I ett ärende saknades utdrag vid förordnandet, det har kompletterats i efterhand.", "GENOMFORD", "ja"),
        (ofn_org, ofn, "Ekonomi", "Kontroll av att arvoden till gode män och förvaltare betalas ut enligt beslutade riktlinjer",
         "Enhetschef", "", "Genomförd", "", "", "GENOMFORD", ""),
        (ofn_org, ofn, "Tillsyn", "Kontroll av att förteckningar inkommer inom två månader från förordnandet",
         "Handläggare överförmyndare", "", "", "", "", "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r[0]] + list(r[2:9]))
            exp(fil, r[1], r[3], r[9], r[10])
    FILES.append((fil, "INLAST", bmb, "2025", "HELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# G. Hällefors Bostads AB - Word 97 .doc, code legend, bolag only in print header
# ---------------------------------------------------------------------------
def file_g(tmp):
    fil = "Intern kontroll 2025 uppföljning helår.doc"
    namnd = "Hällefors Bostads AB"
    doc = Document()
    set_core(doc, "HBAB", "Intern kontroll 2025")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Hällefors Bostads AB\tOrg.nr 556204-7791\t2026-01-20"
    fp = sec.footer.paragraphs[0]
    fp.text = "Box 54, 712 22 Hällefors  •  www.hellefors-bostader.se"

    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run("Intern kontroll 2025 – uppföljning helår")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Rapport till styrelsen, sammanträde 2026-02-05. Uppföljningen omfattar "
                      "bolagets internkontrollplan fastställd av styrelsen 2025-02-13.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("G = Genomförd   P = Påbörjad/pågående   E = Ej genomförd   U = Utgår")

    rows = [
        ("Hyresadministration", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelsen lagts in korrekt i hyressystemet",
         "Ekonomiansvarig", "G", "G", "Stickprov 25 lägenheter, inga fel.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Uppföljning av hyresfordringar och att inkassorutinen följs",
         "Ekonomiansvarig", "P", "G", "Två ärenden skickades till inkasso senare än rutinen anger.", "GENOMFORD", "ja"),
        ("Fastighetsförvaltning", "Kontroll av att OVK (obligatorisk ventilationskontroll) utförs enligt besiktningsplanen",
         "Fastighetschef", "P", "P", "OVK klar i 38 av 52 byggnader.", "DELVIS", ""),
        ("Fastighetsförvaltning", "Kontroll av att brandskyddskontroller dokumenteras för trapphus och allmänna utrymmen",
         "Fastighetschef", "G", "", "", "GENOMFORD", ""),
        ("Inköp", "Kontroll av att beställningar av entreprenader över 100 tkr har godkänts av VD",
         "VD", "E", "E", "Ej genomförd p.g.a. VD-byte under hösten.", "EJ_GENOMFORD", ""),
        ("Inköp", "Kontroll av att leverantörer har F-skatt och inte har skulder hos Kronofogden",
         "Ekonomiansvarig", "", "U", "Kontrollen görs numera automatiskt via kreditupplysningstjänst.", "UTGAR", ""),
        ("Uthyrning", "Kontroll av att lediga lägenheter fördelas enligt uthyrningspolicyn (kötid)",
         "Uthyrningsansvarig", "P", "G", "Kontrollen har inte genomförts, flyttas till 2026.", "OKLAR", ""),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Område", "Kontrollmoment", "Kontrollansvarig", "T2", "Helår", "Kommentar"]
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "C6E0B4")
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row[:6]):
            cell_text(cells[j], v)
        exp(fil, namnd, row[1], row[6], row[7])
    # merge the Område cells vertically (visually grouped process column)
    groups = {}
    for i, row in enumerate(rows, 1):
        groups.setdefault(row[0], []).append(i)
    for g, idx in groups.items():
        if len(idx) > 1:
            top = t.cell(idx[0], 0)
            merged = top.merge(t.cell(idx[-1], 0))
            cell_text(merged, g)
    widths = [Cm(3.5), Cm(9.5), Cm(3.5), Cm(1.2), Cm(1.4), Cm(7)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph()
    doc.add_paragraph("Hällefors 2026-01-20")
    doc.add_paragraph("Per Ekström, VD")
    src = os.path.join(tmp, "hbab.docx")
    doc.save(src)
    lo_convert(src, "doc", tmp)
    shutil.copyfile(os.path.join(tmp, "hbab.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# H. To reject - covering letter (tjänsteskrivelse) without any controls
# ---------------------------------------------------------------------------
def file_h():
    fil = "Tjänsteskrivelse uppföljning intern kontroll BN 2025.docx"
    doc = Document()
    set_core(doc, "Johan Berg", "Tjänsteskrivelse")
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "HÄLLEFORS KOMMUN\tTJÄNSTESKRIVELSE\tDnr BN 2026/0007"
    doc.add_paragraph("Bildningsförvaltningen\nJohan Berg, controller\n2026-01-26")
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Förslag till beslut").bold = True
    doc.add_paragraph("Bildningsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och "
                      "överlämnar den till kommunstyrelsen.")
    p = doc.add_paragraph()
    p.add_run("Sammanfattning av ärendet").bold = True
    doc.add_paragraph("Nämnden ska enligt reglementet för intern kontroll årligen följa upp sin "
                      "internkontrollplan. Av nio kontrollmoment har fyra genomförts, två har genomförts "
                      "delvis, ett har inte genomförts och ett har utgått. För ett kontrollmoment saknas "
                      "redovisning. Förvaltningen bedömer att den interna kontrollen är tillräcklig.")
    p = doc.add_paragraph()
    p.add_run("Ekonomiska konsekvenser").bold = True
    doc.add_paragraph("Beslutet medför inga ekonomiska konsekvenser.")
    p = doc.add_paragraph()
    p.add_run("Beslutsunderlag").bold = True
    doc.add_paragraph("Tjänsteskrivelse 2026-01-26\nUppföljning av intern kontroll 2025 – helår (bilaga)")
    doc.add_paragraph()
    doc.add_paragraph("Peter Sandberg\nBildningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite a zip container (docx/xlsx/odt) with fixed timestamps so the build is byte-stable."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2026-01-28T09:00:00Z<", data)
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*<", rb"<dcterms:created\1>2026-01-28T09:00:00Z<", data)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 28, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    os.replace(tmp, path)


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def write_csvs():
    register = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Bildningsnämnden", "BN|Bildningsförvaltningen|Barn och utbildning"),
        ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg|IFO"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Bergslagens miljö- och byggnämnd", "BMB|Miljö- och byggförvaltningen Bergslagen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden i Bergslagen|Överförmyndaren"),
        ("Hällefors Bostads AB", "HBAB|Hällefors Bostäder"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(register)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r480-")
    try:
        file_a()
        file_b()
        file_c()
        file_d()
        file_e()
        file_f()
        file_g(tmp)
        file_h()
        write_csvs()
        for f, *_ in FILES:
            if f.endswith((".docx", ".xlsx", ".odt")):
                normalize_zip(os.path.join(OUT, f))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "rows in files.csv;", len(EXPECTED), "controls in expected.csv")


if __name__ == "__main__":
    main()
