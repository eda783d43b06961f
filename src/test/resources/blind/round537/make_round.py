#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r537 - Trollhättans stad, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
into the folder this script lives in. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import xlwt

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import H, P, Span, Sequence, SequenceDecls, SequenceDecl
from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Big Stratsys export, 4 nämnder in one sheet
# ---------------------------------------------------------------------------
F1 = "Stratsys_export_internkontroll_helår_2025.xlsx"

KS, SBN, KFN, SN = ("Kommunstyrelsen", "Samhällsbyggnadsnämnden",
                    "Kultur- och fritidsnämnden", "Socialnämnden")

# nämnd, process, risk, riskvärde, kontrollmoment, metod, frekvens, ansvarig,
# T1, T2, Helår, kommentar, expected status, expected avvikelse
EXPORT = [
    (KS, "Ekonomi", "Felaktiga utbetalningar till leverantörer", 12,
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 40 fakturor per tertial", "Tertial", "Ekonomichef",
     "Genomförd", "Genomförd", "Genomförd",
     "Stickprov 120 fakturor under året. Tre fakturor saknade andra attest, rättat och påminnelse skickad till berörda chefer.",
     "GENOMFORD", "ja"),
    (KS, "Ekonomi", "Ändring av bankuppgifter utan behörighet (bedrägeriförsök)", 16,
     "Kontroll av ändringar av bankuppgifter i leverantörsregistret",
     "Samtliga ändringar verifieras mot underlag", "Tertial", "Redovisningschef",
     "Genomförd", "Genomförd", "Genomförd",
     "Samtliga 64 ändringar verifierade mot underlag. Inga avvikelser.",
     "GENOMFORD", "nej"),
    (KS, "Upphandling", "Köp utanför avtal", 9,
     "Avtalstrohet vid direktupphandling – kontroll av inköp över 100 000 kr",
     "Stickprov 15 inköp", "Två gånger per år", "Upphandlingschef",
     "", "Delvis genomförd", "Genomförd med avvikelse",
     "Två direktupphandlingar saknade dokumentation enligt riktlinjen för direktupphandling. Åtgärdsplan framtagen.",
     "GENOMFORD", "ja"),
    (KS, "HR/Lön", "Felaktiga löneutbetalningar", 8,
     "Kontroll av att löneutbetalningar efter avslutad anställning inte sker",
     "Avstämning avslutade anställningar mot utbetalningar", "Tertial", "HR-chef",
     "Genomförd", "Genomförd", "Pågår",
     "Kontroll för december slutförs i januari 2026.",
     "DELVIS", ""),
    (KS, "Informationssäkerhet", "Obehörig åtkomst till system", 12,
     "Behörighetsgenomgång i ekonomisystemet Raindance",
     "Genomgång av aktiva behörigheter", "Årligen", "IT-chef",
     "", "", "Ej genomförd",
     "Flyttas till 2026 p.g.a. byte av ekonomisystem.",
     "EJ_GENOMFORD", ""),
    (KS, "Dokumenthantering", "Allmänna handlingar diarieförs inte", 6,
     "Stickprov av diarieföring av inkomna handlingar",
     "Stickprov 30 handlingar", "Två gånger per år", "Kanslichef",
     "", "Genomförd", "Genomförd",
     "30 handlingar kontrollerade, samtliga korrekt diarieförda.",
     "GENOMFORD", "nej"),
    (KS, "Delegation", "Beslut fattas utan delegation", 6,
     "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
     "Jämförelse beslutslistor mot anmälda beslut", "Tertial", "Kanslichef",
     "Genomförd", "Genomförd", "", "",
     "GENOMFORD", "nej"),
    (KS, "Ekonomi", "Representation följer inte riktlinjerna", 4,
     "Granskning av representationsfakturor och förtroendekänsliga poster",
     "Stickprov 20 verifikationer", "Årligen", "Ekonomichef",
     "", "", "Utgår",
     "Utgår enligt KS beslut 2025-05-14 § 87, ingår i revisionens granskning 2025.",
     "UTGAR", ""),

    (SBN, "Investeringar", "Entreprenader faktureras felaktigt", 12,
     "Kontroll av slutfakturor mot ÄTA-beslut i investeringsprojekt",
     "Granskning av fem avslutade projekt", "Årligen", "Projektchef",
     "", "", "Genomförd",
     "Fem projekt granskade. Ett ÄTA-arbete (GC-väg Stavre) saknade skriftligt beslut.",
     "GENOMFORD", "ja"),
    (SBN, "Investeringar", "Investeringsprojekt överskrider budget", 9,
     "Uppföljning av investeringsprojekt över 5 mnkr mot beslutad budget",
     "Prognos mot budget per projekt", "Tertial", "Controller",
     "Genomförd", "Genomförd", "Genomförd", "",
     "GENOMFORD", "nej"),
    (SBN, "Fastighet", "Bristande underhåll och lagkrav", 8,
     "Kontroll av att lagstadgade besiktningar (OVK, hiss) genomförs",
     "Avstämning mot besiktningsplan", "Årligen", "Fastighetschef",
     "", "", "Delvis genomförd",
     "OVK genomförd i 41 av 52 fastigheter, resterande planeras första kvartalet 2026.",
     "DELVIS", ""),
    (SBN, "Gata/park", "Skadeståndsanspråk hanteras inte i tid", 6,
     "Handläggningstid för skadeanmälningar (mål: beslut inom 8 veckor)",
     "Uttag ur ärendesystemet", "Två gånger per år", "Enhetschef gata",
     "", "Genomförd", "Genomförd",
     "Genomsnittlig handläggningstid 6 veckor. Fyra ärenden tog längre tid än 8 veckor.",
     "GENOMFORD", "ja"),
    (SBN, "Ekonomi", "Uteblivna intäkter", 6,
     "Kontroll av fakturering av markupplåtelser och arrenden",
     "Avstämning avtalsregister mot kundreskontra", "Årligen", "Ekonomiassistent",
     "", "", "Ej påbörjad", "",
     "EJ_GENOMFORD", ""),
    (SBN, "Mark och exploatering", "Markförsäljning under marknadsvärde", 8,
     "Kontroll att värdering finns vid försäljning av kommunal mark",
     "Granskning av samtliga försäljningar", "Årligen", "Exploateringschef",
     "", "", "Ej aktuell",
     "Inga markförsäljningar genomfördes under 2025.",
     "UTGAR", ""),
    (SBN, "Trafik", "Felaktigt beviljade parkeringstillstånd", 4,
     "Stickprov av beviljade parkeringstillstånd för rörelsehindrade",
     "Stickprov 10 beslut", "Två gånger per år", "Trafikhandläggare",
     "", "", "", "",
     "SAKNAS", ""),

    (KFN, "Kassahantering", "Svinn i kontanthantering", 9,
     "Kontroll av dagskassor vid Kulturhuset och Vattenpalatset",
     "Oanmäld kassainventering", "Tertial", "Enhetschef",
     "Genomförd", "Genomförd", "Genomförd",
     "Mindre kassadifferenser (under 200 kr) vid två tillfällen, rapporterade enligt rutin.",
     "GENOMFORD", "ja"),
    (KFN, "Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", 9,
     "Stickprov av aktivitetsstöd mot närvarolistor",
     "Stickprov 10 föreningar", "Två gånger per år", "Föreningskonsulent",
     "", "Genomförd", "Genomförd",
     "10 föreningar granskade, inga avvikelser.",
     "GENOMFORD", "nej"),
    (KFN, "Bibliotek", "Förlust av medier", 4,
     "Inventering av mediebestånd",
     "Inventering", "Årligen", "Bibliotekschef",
     "", "", "Pågår",
     "Inventering av Stadsbiblioteket klar, filialerna återstår.",
     "DELVIS", ""),
    (KFN, "Upphandling", "Köp utanför avtal", 6,
     "Avtalstrohet – kontroll av inköp av förbrukningsmaterial",
     "Leverantörsanalys", "Årligen", "Administrativ chef",
     "", "", "Genomförd", "",
     "GENOMFORD", "nej"),
    (KFN, "Evenemang", "Bristande säkerhet vid evenemang", 12,
     "Kontroll att riskbedömning görs inför större arrangemang",
     "Genomgång av riskbedömningar", "Löpande", "Evenemangssamordnare",
     "", "", "",
     "Riskbedömningar har upprättats inför samtliga sju större arrangemang under året, bl.a. Fallens dagar. Kontrollen är genomförd utan anmärkning.",
     "GENOMFORD", "nej"),
    (KFN, "Personal", "Hög sjukfrånvaro", 8,
     "Uppföljning av rehabiliteringsärenden enligt rutin",
     "Genomgång i Adato", "Två gånger per år", "HR-partner",
     "", "Delvis genomförd", "Ej genomförd",
     "Ej genomförd under hösten p.g.a. omorganisation.",
     "EJ_GENOMFORD", ""),
    (KFN, "Taxor och avgifter", "Felaktiga avgifter", 6,
     "Kontroll att uthyrning av idrottsanläggningar debiteras enligt taxa",
     "Stickprov 30 bokningar", "Årligen", "Bokningsansvarig",
     "", "", "Genomförd med avvikelse",
     "Fem bokningar debiterade med fel taxa (föreningstaxa för privatperson), rättat.",
     "GENOMFORD", "ja"),

    (SN, "Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
     "Kontroll av utbetalt ekonomiskt bistånd mot beslut",
     "Stickprov 25 ärenden per tertial", "Tertial", "Enhetschef försörjningsstöd",
     "Genomförd", "Genomförd", "Genomförd",
     "Två felaktiga utbetalningar upptäcktes, återkrav upprättat.",
     "GENOMFORD", "ja"),
    (SN, "Myndighetsutövning", "Förhandsbedömning görs inte inom lagstadgad tid", 12,
     "Kontroll att förhandsbedömning av orosanmälningar görs inom 14 dagar",
     "Uttag ur Treserva", "Tertial", "Enhetschef barn och unga",
     "Genomförd", "Genomförd", "Delvis genomförd",
     "Kontroll för september–december ej slutförd.",
     "DELVIS", ""),
    (SN, "Placeringar", "Köp av placeringar utanför avtal", 9,
     "Uppföljning av externa placeringar mot ramavtal",
     "Genomgång av samtliga placeringar", "Två gånger per år", "Placeringssamordnare",
     "", "Genomförd", "Genomförd", "",
     "GENOMFORD", "nej"),
    (SN, "Dokumentation", "Bristande dokumentation", 8,
     "Granskning av journalföring i Treserva",
     "Stickprov 20 akter", "Årligen", "Kvalitetsutvecklare",
     "", "", "Ej genomförd", "Skjuts upp till 2026.",
     "EJ_GENOMFORD", ""),
    (SN, "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 12,
     "Loggkontroll i verksamhetssystemet",
     "Slumpvis loggkontroll", "Tertial", "Systemförvaltare",
     "Genomförd", "Genomförd", "Genomförd",
     "Loggkontroll genomförd. En otillbörlig åtkomst upptäcktes och har hanterats enligt rutin.",
     "GENOMFORD", "ja"),
    (SN, "Avgifter", "Egenavgifter debiteras inte", 4,
     "Kontroll av att egenavgifter debiteras vid placering",
     "Avstämning placeringar mot fakturering", "Årligen", "Avgiftshandläggare",
     "", "", "Utgår",
     "Ansvaret flyttat till Vård- och omsorgsnämnden fr.o.m. 2025-07-01.",
     "UTGAR", ""),
    (SN, "Kontanthantering", "Stöld av kontanter", 6,
     "Kontroll av handkassor vid boenden",
     "Oanmäld inventering", "Två gånger per år", "Enhetschef boende",
     "", "Genomförd", "Pågår", "",
     "DELVIS", ""),
    (SN, "Kvalitet", "Missförhållanden anmäls inte", 9,
     "Kontroll att lex Sarah-rapporter utreds och vid behov anmäls till IVO",
     "Genomgång av samtliga rapporter", "Tertial", "Medicinskt ansvarig / kvalitetsstrateg",
     "Genomförd", "Genomförd", "Genomförd",
     "Samtliga 9 rapporter utredda, 2 anmälda till IVO. Rutinen följs.",
     "GENOMFORD", "nej"),
]


def build_export():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    fix_props(wb, "Stratsys")
    ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisation: Trollhättans stad   |   Period: Helår 2025   |   Urval: Kommunstyrelsen, "
                "Samhällsbyggnadsnämnden, Kultur- och fritidsnämnden, Socialnämnden")
    ws["A3"] = "Exporterad 2026-01-23 08:14 av Ekonomiavdelningen, Kommunstyrelseförvaltningen"
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Nämnd", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Status T1", "Status T2", "Status Helår", "Kommentar"]
    hrow = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = hrow
    for row in EXPORT:
        r += 1
        vals = row[:12]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(F1, row[0], row[4], row[12], row[13])
    last = r
    ws.auto_filter.ref = f"A{hrow}:L{last}"
    ws.freeze_panes = f"A{hrow + 1}"
    widths = [24, 18, 30, 9, 46, 30, 15, 22, 13, 16, 22, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(last + 2, 1, f"Antal rader: {len(EXPORT)}").font = Font(italic=True)
    ws.cell(last + 3, 1, "Rapporten är genererad ur Stratsys. Statusvärden: Genomförd, Genomförd med avvikelse, "
                         "Delvis genomförd, Pågår, Ej påbörjad, Ej genomförd, Ej aktuell, Utgår.").font = Font(italic=True)
    ws.print_title_rows = f"{hrow}:{hrow}"
    ws.page_setup.orientation = "landscape"
    wb.save(p(F1))
    for n in (KS, SBN, KFN, SN):
        FILES.append((F1, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Word from Förvaltningen för livslångt lärande (= Utbildningsnämnden)
# ---------------------------------------------------------------------------
F2 = "Uppföljning internkontrollplan 2025 helår - Förvaltningen för livslångt lärande.docx"
UN = "Utbildningsnämnden"

UN_T1 = [
    ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
     "Ja", "Stickprov 60 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
    ("1.2", "Upphandling", "Kontroll av att inköp sker från upphandlade leverantörer", "Inköpssamordnare",
     "Delvis", "Kontroll genomförd för grundskolan.\nGymnasieskolorna återstår, slutförs i mars 2026.", "DELVIS", ""),
    ("1.3", "Ekonomi", "Representation och förtroendekänsliga poster – stickprov av fakturor", "Controller",
     "Ja, med anmärkning", "Två fakturor saknade deltagarförteckning och syfte. Återkopplat till rektorerna.",
     "GENOMFORD", "ja"),
]
UN_T2 = [
    ("2.1", "Elevhälsa/närvaro", "Kontroll av att elevfrånvaro följs upp och anmäls till huvudman enligt skollagen",
     "Verksamhetschef grundskola", "Ja", "Rutinen följs på samtliga skolor.", "GENOMFORD", "nej"),
    ("2.2", "Trygghet och studiero", "Kontroll av att kränkande behandling anmäls till huvudman inom fastställd tid",
     "Kvalitetsstrateg", "Ja",
     "85 % av anmälningarna inkom inom fem dagar (mål 100 %).\nPåminnelse om rutinen har skickats till samtliga rektorer.",
     "GENOMFORD", "ja"),
    ("2.3", "Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt riktlinjer", "Skolskjutshandläggare",
     "Nej", "Kontrollen har inte genomförts. Ny handläggare på plats från november.", "EJ_GENOMFORD", ""),
    ("2.4", "Ekonomi", "Kontroll av interkommunal ersättning (IKE) – fakturering mot elevregister", "Ekonom",
     "Ja", "Avstämning per 15 oktober. Tre elever fakturerades felaktigt, rättat.", "GENOMFORD", "ja"),
    ("2.5", "Personal", "Registerkontroll för personal i förskola och skola (utdrag ur belastningsregistret)",
     "HR-specialist", "Utgår",
     "Kontrollmomentet utgick efter nämndens beslut 2025-06-17, kontrollen ingår i HR:s rekryteringsprocess.",
     "UTGAR", ""),
    ("2.6", "Modersmål", "Kontroll av att modersmålsundervisning erbjuds elever med rätt till det",
     "Enhetschef Språkcentrum", "", "Se bilaga 2.", "OKLAR", ""),
]


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docx_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.comments = ""


def docx_table(d, headers, rows, widths_cm):
    t = d.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            lines = v.split("\n")
            cells[i].text = lines[0]
            for ln in lines[1:]:
                cells[i].add_paragraph(ln)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    return t


def build_un():
    d = docx.Document()
    fix_docx_props(d, "Förvaltningen för livslångt lärande", "Uppföljning internkontrollplan 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Trollhättans stad\tFörvaltningen för livslångt lärande\t2026-01-28"
    sec.footer.paragraphs[0].text = "Dnr FLL 2025/00412"
    para = d.add_paragraph()
    r = para.add_run("Förvaltningen för livslångt lärande")
    r.bold = True
    r.font.size = Pt(12)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Förvaltningen redovisar härmed till nämnden uppföljningen av 2025 års internkontrollplan. "
        "Uppföljningen avser hela året (1 januari–31 december 2025). Kontrollmomenten är indelade i "
        "kommungemensamma kontrollmoment, beslutade av kommunstyrelsen, och nämndspecifika kontrollmoment.")
    d.add_paragraph("I kolumnen ”Utfört” anges Ja, Nej, Delvis eller Utgår. Iakttagelser och vidtagna åtgärder "
                    "redovisas i kolumnen ”Resultat och åtgärder”.")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Utfört", "Resultat och åtgärder"]
    widths = [1.0, 2.6, 5.2, 2.6, 1.8, 5.6]
    d.add_heading("1. Kommungemensamma kontrollmoment", level=2)
    docx_table(d, hdr, [r_[:6] for r_ in UN_T1], widths)
    d.add_paragraph()
    d.add_heading("2. Nämndspecifika kontrollmoment", level=2)
    docx_table(d, hdr, [r_[:6] for r_ in UN_T2], widths)
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Sex av nio kontrollmoment "
        "har genomförts helt eller delvis. Brister har noterats avseende anmälan av kränkande behandling och "
        "fakturering av interkommunal ersättning; åtgärder har vidtagits. Skolskjutskontrollen förs över till 2026.")
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025  2. Rapport modersmålsundervisning 2025")
    d.save(p(F2))
    for r_ in UN_T1 + UN_T2:
        exp(F2, UN, r_[2], r_[6], r_[7])
    FILES.append((F2, "INLAST", UN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. AMN xlsx with "Bedömning" + "Genomförd (datum)"
# ---------------------------------------------------------------------------
F3 = "AMN uppföljning IKP 2025.xlsx"
AMN = "Arbetsmarknadsnämnden"
D = dt.date
AMN_ROWS = [
    (1, "Arbetsmarknadsinsatser", "Kontroll av att lönebidrag och anställningsstöd från Arbetsförmedlingen rekvireras för samtliga anställda i extratjänst",
     "Avstämning anställda mot rekvisitioner", "Enhetschef Jobbcentrum", D(2025, 11, 20), "Tillfredsställande",
     "Samtliga 38 anställningar rekvirerade.", "GENOMFORD", "nej"),
    (2, "Arbetsmarknadsinsatser", "Stickprov av närvarorapportering för deltagare i arbetsmarknadsinsatser",
     "Stickprov 20 deltagare", "Enhetschef Jobbcentrum", D(2025, 10, 8), "Delvis tillfredsställande",
     "I 4 av 20 fall saknades signerad närvarolista. Rutinen förtydligad på APT.", "GENOMFORD", "ja"),
    (3, "Feriearbete", "Kontroll av att feriearbetare har registerutdrag innan placering i verksamhet med barn",
     "Genomgång av samtliga placeringar", "Samordnare feriearbete", D(2025, 6, 30), "Tillfredsställande",
     None, "GENOMFORD", "nej"),
    (4, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 40 fakturor", "Controller", D(2025, 12, 12), "Ej tillfredsställande",
     "Ersättare attesterade utan delegation i 6 fall. Attestförteckningen har uppdaterats och utbildning genomförts.",
     "GENOMFORD", "ja"),
    (5, "Vuxenutbildning", "Kontroll av betygsdokumentation inom Komvux",
     "Stickprov 30 betyg mot underlag", "Rektor Komvux", None, None,
     "Kontrollen pågår, slutrapport februari 2026.", "DELVIS", ""),
    (6, "Vuxenutbildning", "Uppföljning av avtal med externa utbildningsanordnare (SFI)",
     "Avtalsuppföljning", "Rektor Komvux", None, None,
     "Ej genomförd – avtalsperioden har förlängts och kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
    (7, "Arbetsträning", "Kontroll av att deltagare i arbetsträning omfattas av gällande försäkring",
     "Avstämning deltagarlista mot försäkringsbesked", "Enhetschef Arbetsträning", None, None, None,
     "SAKNAS", ""),
    (8, "Ekonomi", "Kontroll av att ersättning till praktikvärdar betalas ut enligt avtal",
     "Stickprov 15 utbetalningar", "Ekonomiassistent", D(2025, 9, 15), "Tillfredsställande",
     "Inga avvikelser.", "GENOMFORD", "nej"),
]


def build_amn():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    fix_props(wb, "Arbetsmarknads- och försörjningsförvaltningen")
    ws["A1"] = "Arbetsmarknadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helårsrapport"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad av: Arbetsmarknads- och försörjningsförvaltningen, 2026-01-19"
    ws["A5"] = "Bedömning:"
    ws["A5"].font = Font(bold=True)
    ws["B5"] = "Tillfredsställande = kontrollen visar inga eller endast obetydliga brister"
    ws["B6"] = "Delvis tillfredsställande = kontrollen visar brister som behöver åtgärdas"
    ws["B7"] = "Ej tillfredsställande = kontrollen visar allvarliga brister, åtgärder krävs"
    ws["B5"].fill = PatternFill("solid", fgColor="C6EFCE")
    ws["B6"].fill = PatternFill("solid", fgColor="FFEB9C")
    ws["B7"].fill = PatternFill("solid", fgColor="FFC7CE")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod", "Ansvarig", "Genomförd (datum)", "Bedömning",
           "Kommentar / åtgärd"]
    hrow = 9
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"Tillfredsställande": "C6EFCE", "Delvis tillfredsställande": "FFEB9C",
             "Ej tillfredsställande": "FFC7CE"}
    r = hrow
    for row in AMN_ROWS:
        r += 1
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c == 6 and v is not None:
                cell.number_format = "yyyy-mm-dd"
            if c == 7 and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        exp(F3, AMN, row[2], row[8], row[9])
    for i, w in enumerate([5, 20, 50, 28, 22, 14, 22, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(r + 2, 1, "Behandlad i förvaltningens ledningsgrupp 2026-01-20.").font = Font(italic=True)
    wb.save(p(F3))
    FILES.append((F3, "INLAST", AMN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. VON xlsx: process merged vertically, notes in cell comments
# ---------------------------------------------------------------------------
F4 = "VON_IK_helar_2025.xlsx"
VON = "Vård- och omsorgsnämnden"
# process, kontrollmoment, ansvarig, metod, delår, helår, (comment_delår), (comment_helår), status, avv
VON_ROWS = [
    ("Ekonomi", "Kontroll av brukaravgifter – att avgiftsbeslut finns och är aktuella",
     "Avgiftshandläggare", "Stickprov 30 brukare", "Pågår", "Klar", None,
     "Stickprov 30 brukare. 2 avgiftsbeslut hade inte omprövats efter ändrad inkomst – rättat.", "GENOMFORD", "ja"),
    ("Ekonomi", "Kontroll av hantering av brukares privata medel på särskilda boenden",
     "Enhetschefer SÄBO", "Inventering av kassor och kvitton", "Klar", "Klar", None, "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Ekonomi", "Avstämning av fakturor för köpt hemtjänst (LOV) mot utförd tid",
     "Controller", "Avstämning mot tidsregistrering", None, "Pågår", None, "Avstämning för oktober–december pågår.",
     "DELVIS", ""),
    ("Hälso- och sjukvård", "Kontroll av läkemedelshantering – avvikelser i signeringslistor",
     "MAS", "Kvartalsvisa stickprov", "Klar", "Klar", None,
     "14 avvikelser under året, samtliga åtgärdade enligt rutin.", "GENOMFORD", "ja"),
    ("Hälso- och sjukvård", "Uppföljning av att fallriskbedömning görs vid inflyttning på särskilt boende",
     "Verksamhetschef HSL", "Journalgranskning", "Pågår", None, None,
     "Klar i december. Samtliga nyinflyttade hade fallriskbedömning inom 14 dagar, inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Hälso- och sjukvård", "Kontroll av att delegeringar för hälso- och sjukvårdsuppgifter är aktuella",
     "Enhetschef sjuksköterskor", "Genomgång delegeringsregister", "Ej påbörjad", "Ej påbörjad", None,
     "Skjuts till 2026 p.g.a. brist på sjuksköterskor.", "EJ_GENOMFORD", ""),
    ("Myndighetsutövning", "Kontroll att beslut om bistånd enligt SoL följs upp inom angiven tid",
     "Enhetschef biståndsenheten", "Uttag ur verksamhetssystemet", "Klar", "Klar", None, None,
     "GENOMFORD", "nej"),
    ("Myndighetsutövning", "Stickprov av utredningar – att den enskildes delaktighet dokumenteras",
     "Enhetschef biståndsenheten", "Stickprov 15 utredningar", None, "Stryks", None,
     "Stryks enligt beslut VON 2025-09-24 § 112. Ersätts av egenkontroll i ledningssystemet.", "UTGAR", ""),
    ("Personal", "Kontroll av att timavlönade inte arbetar över tillåten tid enligt arbetstidslagen",
     "HR-partner", "Uttag ur Heroma", "Klar", "Klar", "Inga överskridanden jan–aug.",
     "Överskridanden i 3 fall under sommarperioden. Schemaläggare informerade.", "GENOMFORD", "ja"),
    ("Personal", "Kontroll av att registerutdrag begärs vid nyanställning i LSS-verksamhet",
     "HR-partner", "Stickprov 20 anställningar", "Pågår", "Klar", None, None, "GENOMFORD", "nej"),
    ("Informationssäkerhet", "Loggkontroll i journalsystemet Lifecare",
     "Systemförvaltare", "Slumpvis loggkontroll", "Klar", "Klar", None,
     "Loggkontroll genomförd 2025-11-05, inga otillåtna slagningar.", "GENOMFORD", "nej"),
]


def build_von():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    fix_props(wb, "Karin Ek")
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning intern kontroll 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Process", "Nr", "Kontrollmoment", "Kontrollansvarig", "Metod", "Status delår", "Status helår"]
    hrow = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="375623")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = hrow
    start = {}
    for i, row in enumerate(VON_ROWS, 1):
        r += 1
        proc = row[0]
        if proc not in start:
            start[proc] = [r, r]
            ws.cell(r, 1, proc)
        else:
            start[proc][1] = r
        vals = [i, row[1], row[2], row[3], row[4], row[5]]
        for c, v in enumerate(vals, 2):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(r, 1).border = BORDER
        if row[6]:
            cm = Comment(row[6], "Karin Ek")
            cm.width, cm.height = 260, 90
            ws.cell(r, 6).comment = cm
        if row[7]:
            cm = Comment(row[7], "Karin Ek")
            cm.width, cm.height = 300, 110
            ws.cell(r, 7).comment = cm
        exp(F4, VON, row[1], row[8], row[9])
    for proc, (a, b) in start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
        ws.cell(a, 1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(a, 1).font = Font(bold=True)
    ws.cell(r + 2, 1, "Kommentarer till status finns som anteckningar i statuscellerna (röd markering i hörnet).").font = Font(italic=True)
    ws.cell(r + 3, 1, "Statusvärden: Klar / Pågår / Ej påbörjad / Stryks").font = Font(italic=True)
    for i, w in enumerate([20, 5, 55, 24, 28, 14, 14], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(F4))
    FILES.append((F4, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. ODT Miljö- och byggnämnden, legend G/P/E/U in the table caption
# ---------------------------------------------------------------------------
F5 = "Miljö- och byggnämnden - uppföljning intern kontroll 2025.odt"
MBN = "Miljö- och byggnämnden"
MBN_ROWS = [
    ("1", "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet",
     "Enhetschef bygglov", "G",
     "96 % av besluten inom tidsfristen. Fyra ärenden överskred, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
    ("2", "Stickprov av att tillsynsavgifter enligt miljöbalken debiteras enligt taxa", "Stickprov 25 fakturor",
     "Administrativ chef", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("3", "Kontroll av att delegationsbeslut återrapporteras till nämnden", "Jämförelse mot delegationslistor",
     "Nämndsekreterare", "G", "", "GENOMFORD", "nej"),
    ("4", "Kontroll av att livsmedelskontroller genomförs enligt kontrollplan", "Avstämning mot kontrollplan",
     "Enhetschef livsmedel", "P",
     "78 % av planerade kontroller genomförda, resterande genomförs under första kvartalet 2026.", "DELVIS", ""),
    ("5", "Kontroll av jäv vid handläggning av tillsynsärenden", "Stickprov 10 ärenden",
     "Miljöchef", "E", "Ej genomförd under året.", "EJ_GENOMFORD", ""),
    ("6", "Kontroll av att beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka",
     "Genomgång av samtliga beslut", "Enhetschef plan och natur", "G",
     "12 beslut, samtliga skickade i tid.", "GENOMFORD", "nej"),
    ("7", "Kontroll av diarieföring av inkommande klagomål", "Stickprov", "Registrator", "U",
     "Ersatt av nytt ärendehanteringssystem med automatisk registrering.", "UTGAR", ""),
    ("8", "Uppföljning av obetalda sanktionsavgifter och byggsanktionsavgifter", "Avstämning mot kundreskontra",
     "Ekonom", "G", "Två obetalda avgifter hade inte skickats till inkasso, nu åtgärdat.", "GENOMFORD", "ja"),
]


def build_mbn():
    doc = OpenDocumentText()
    # styles
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    cap = Style(name="Caption", family="paragraph")
    cap.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    cap.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm"))
    doc.styles.addElement(cap)
    tabcap = Style(name="Table", family="paragraph", parentstylename="Caption")
    doc.styles.addElement(tabcap)
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="TabText", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    smallb = Style(name="TabHead", family="paragraph")
    smallb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(smallb)
    tstyle = Style(name="Tabell1", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(tstyle)
    cell_st = Style(name="Tabell1.Cell", family="table-cell")
    cell_st.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cell_st)
    head_st = Style(name="Tabell1.Head", family="table-cell")
    head_st.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#dddddd"))
    doc.automaticstyles.addElement(head_st)
    widths = ["1cm", "5.2cm", "3cm", "2.8cm", "1.3cm", "3.7cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"Tabell1.C{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    decls = SequenceDecls()
    decls.addElement(SequenceDecl(displayoutlinelevel="0", name="Table"))
    doc.text.addElement(decls)

    doc.text.addElement(P(text="Trollhättans stad"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Miljö- och byggnämnden"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2,
                          text="Uppföljning av intern kontroll 2025 – helårsuppföljning"))
    doc.text.addElement(P(text=(
        "Nämnden antog internkontrollplanen för 2025 den 20 februari 2025 (§ 14). Nedan redovisas utfallet "
        "för samtliga kontrollmoment per den 31 december 2025. Uppföljningen har sammanställts av "
        "Miljö- och byggförvaltningen.")))

    capp = P(stylename=tabcap)
    capp.addText("Tabell ")
    capp.addElement(Sequence(name="Table", formula="ooow:Table+1", numformat="1", text="1"))
    capp.addText(": Kontrollmoment och status helår 2025. Status anges med bokstav: "
                 "G = genomförd, P = påbörjad/pågår, E = ej genomförd, U = utgår.")
    doc.text.addElement(capp)

    t = Table(name="Tabell1", stylename=tstyle)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hr = TableHeaderRows()
    tr = TableRow()
    for h in ["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]:
        tc = TableCell(stylename=head_st, valuetype="string")
        tc.addElement(P(stylename=smallb, text=h))
        tr.addElement(tc)
    hr.addElement(tr)
    t.addElement(hr)
    for row in MBN_ROWS:
        tr = TableRow()
        for v in row[:6]:
            tc = TableCell(stylename=cell_st, valuetype="string")
            tc.addElement(P(stylename=small, text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(F5, MBN, row[1], row[6], row[7])
    doc.text.addElement(t)

    doc.text.addElement(P(text=""))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Analys"))
    doc.text.addElement(P(text=(
        "Av åtta kontrollmoment har fem genomförts, ett pågår, ett har inte genomförts och ett har utgått. "
        "Kontrollen av jäv förs över till internkontrollplanen 2026.")))
    doc.text.addElement(P(text="Trollhättan 2026-01-22"))
    doc.text.addElement(P(text="Per Svensson, miljö- och byggchef"))
    doc.save(p(F5))
    FILES.append((F5, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. CSV (Hypergene export), Trollhättan Energi AB, quoted fields + totals line
# ---------------------------------------------------------------------------
F6 = "hypergene_ik_teab_2025-12-31.csv"
TEAB = "Trollhättan Energi AB"
TEAB_ROWS = [
    ("IK-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
     "Genomförd", "Stickprov 50 fakturor; inga avvikelser.", "GENOMFORD", "nej"),
    ("IK-02", "Kund och debitering", "Kontroll av mätvärden och debitering av fjärrvärmekunder", "Kundtjänstchef",
     "Genomförd med anmärkning",
     "Felaktig mätaravläsning hos 3 kunder.\nKreditfakturor har skickats och mätarna har bytts.", "GENOMFORD", "ja"),
    ("IK-03", "IT/OT-säkerhet", "Kontroll av behörigheter i driftövervakningssystemet (SCADA)", "IT-säkerhetsansvarig",
     "Pågående", "Genomgång påbörjad i november, klar i februari 2026.", "DELVIS", ""),
    ("IK-04", "Upphandling", "Uppföljning av efterlevnad av LOU vid direktupphandling", "Inköpsansvarig",
     "Genomförd", "", "GENOMFORD", "nej"),
    ("IK-05", "Elnät", "Kontroll av att elavbrott rapporteras till Energimarknadsinspektionen i tid", "Nätchef",
     "Genomförd", "Samtliga avbrott över 12 timmar rapporterade inom föreskriven tid.", "GENOMFORD", "nej"),
    ("IK-06", "Ekonomi", "Kontroll av kundfordringar äldre än 90 dagar", "Redovisningsansvarig",
     "Ej genomförd", "Personalbrist på ekonomiavdelningen under hösten; kontrollen görs i Q1 2026.",
     "EJ_GENOMFORD", ""),
    ("IK-07", "Upphandling", "Kontroll av att leverantörer saknar skatteskulder (seriositetskontroll)",
     "Inköpsansvarig", "Genomförd",
     "Kontroll två gånger per år. En leverantör hade skatteskuld – avtalet förlängdes inte.", "GENOMFORD", "ja"),
    ("IK-08", "Styrning", "Kontroll av representation och gåvor", "VD-assistent",
     "Utgår", "Utgår 2025, ingår i koncerngemensam granskning (Trollhättans Stadshus AB).", "UTGAR", ""),
]


def build_teab():
    hdr = ["Enhet", "Id", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    with open(p(F6), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in TEAB_ROWS:
            w.writerow([TEAB, row[0], row[1], row[2], row[3], "Helår 2025", row[4], row[5]])
            exp(F6, TEAB, row[2], row[6], row[7])
        w.writerow(["Totalt", "", "", "8 kontrollmoment", "", "Helår 2025",
                    "Genomförd: 5; Pågående: 1; Ej genomförd: 1; Utgår: 1", ""])
    FILES.append((F6, "INLAST", TEAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden .xls with T1/T2/T3 side by side
# ---------------------------------------------------------------------------
F7 = "ÖFN internkontroll 2025.xls"
OFN = "Överförmyndarnämnden"
OFN_ROWS = [
    ("Granskning av årsräkningar – stickprov av verifikationer", "Handläggare", "Delvis", "Genomförd",
     "Genomförd", "", "GENOMFORD", "nej"),
    ("Kontroll av att ställföreträdare har registerkontroll innan förordnande", "Enhetschef", "Genomförd",
     "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Handläggare", "-", "-",
     "Delvis", "Stickprov 20 av planerade 40 ärenden.", "DELVIS", ""),
    ("Kontroll av att överförmyndarspärrade konton finns för omyndigas medel", "Handläggare", "Genomförd",
     "Genomförd", "Genomförd", "Två konton saknade spärr, åtgärdat.", "GENOMFORD", "ja"),
    ("Kontroll av handläggningstid för granskning av årsräkningar (klart senast 30/6)", "Enhetschef", "-",
     "Ej genomförd", "Ej genomförd", "Kontrollen hann inte genomföras, flyttas till 2026.", "EJ_GENOMFORD", ""),
]


def build_ofn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    b2 = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                     "pattern: pattern solid, fore_colour gray25; alignment: wrap on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden – internkontroll 2025", bold)
    ws.write(1, 0, "Uppföljning per 2025-12-31 (T1 = jan–apr, T2 = maj–aug, T3 = sep–dec)")
    hdr = ["Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, b2)
    for i, row in enumerate(OFN_ROWS):
        for c, v in enumerate(row[:6]):
            ws.write(4 + i, c, v, cellst)
        exp(F7, OFN, row[0], row[6], row[7])
    for c, w in enumerate([60, 14, 12, 12, 12, 45]):
        ws.col(c).width = w * 256
    ws.write(4 + len(OFN_ROWS) + 1, 0, "Sammanställt av Överförmyndarenheten 2026-01-15")
    wb.save(p(F7))
    FILES.append((F7, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Eidar – text only docx
# ---------------------------------------------------------------------------
F8 = "Eidar rapport intern kontroll 2025.docx"
EIDAR = "AB Eidar Trollhättans Bostadsbolag"
EIDAR_ROWS = [
    ("Kontroll av att hyror debiteras enligt förhandlingsöverenskommelsen 2025",
     ["Status: Genomförd.",
      "Hyresdebiteringen för april kontrollerades mot överenskommelsen med Hyresgästföreningen för 60 "
      "slumpvis valda lägenheter. Inga avvikelser noterades."], "GENOMFORD", "nej"),
    ("Kontroll av att lägenheter fördelas enligt uthyrningspolicyn",
     ["Status: Genomförd med anmärkning.",
      "Stickprov av 25 uthyrningar. I två fall saknades dokumentation av turordningen i kösystemet. "
      "Rutinen har förtydligats för uthyrarna."], "GENOMFORD", "ja"),
    ("Uppföljning av underhållsplan mot utfall",
     ["Status: Påbörjad.",
      "Jämförelsen mellan planerat och utfört underhåll slutförs i samband med bokslutet och redovisas "
      "för styrelsen i mars 2026."], "DELVIS", ""),
    ("Kontroll av attest och beloppsgränser vid inköp",
     ["Status: Genomförd.",
      "Samtliga inköp över 500 000 kr under året har granskats. Kontrollen genomfördes utan anmärkning."],
     "GENOMFORD", "nej"),
    ("Kontroll av nyckel- och passagesystem (spärr av borttappade taggar)",
     ["Status: Ej genomförd.",
      "Kontrollen har inte genomförts under 2025 eftersom ett nytt passagesystem installeras. "
      "Kontrollmomentet flyttas till 2026."], "EJ_GENOMFORD", ""),
]


def build_eidar():
    d = docx.Document()
    fix_docx_props(d, "Eidar", "Rapport intern kontroll 2025")
    d.sections[0].header.paragraphs[0].text = "Eidar, Trollhättans Bostadsbolag"
    d.add_heading("Rapport intern kontroll 2025", level=0)
    d.add_paragraph("Eidar, Trollhättans Bostadsbolag – årsrapport till styrelsen, sammanträde 2026-02-12")
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 i februari 2025. Planen omfattar fem "
        "kontrollmoment. Nedan redovisas resultatet för helåret 2025 per kontrollmoment.")
    for i, (km, paras, st, av) in enumerate(EIDAR_ROWS, 1):
        d.add_heading(f"{i}. {km}", level=2)
        for t in paras:
            d.add_paragraph(t)
        exp(F8, EIDAR, km, st, av)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Bolaget bedömer att den interna kontrollen är tillfredsställande. Två kontrollmoment "
                    "överförs helt eller delvis till 2026.")
    d.add_paragraph("Lars Holm, VD")
    d.save(p(F8))
    FILES.append((F8, "INLAST", EIDAR, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Reject: covering letter (tjänsteskrivelse) from Samhällsbyggnadsförvaltningen
# ---------------------------------------------------------------------------
F9 = "Tjänsteskrivelse SBN uppföljning internkontroll 2025.docx"


def build_reject():
    d = docx.Document()
    fix_docx_props(d, "Samhällsbyggnadsförvaltningen", "Tjänsteskrivelse")
    d.sections[0].header.paragraphs[0].text = "Trollhättans stad\tSamhällsbyggnadsförvaltningen\tTJÄNSTESKRIVELSE"
    d.add_paragraph("Datum 2026-01-26\nDiarienummer SBN 2026/00031")
    d.add_paragraph("Samhällsbyggnadsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Samhällsbyggnadsnämnden godkänner uppföljningen av internkontrollplan 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_heading("Sammanfattning av ärendet", level=2)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden årligen följa upp sin internkontrollplan. "
        "Uppföljningen av 2025 års plan har gjorts i Stratsys och redovisas i bilaga 1.")
    d.add_paragraph(
        "Av nämndens sju kontrollmoment har tre genomförts, ett har delvis genomförts och ett har inte påbörjats. "
        "Ett kontrollmoment har inte varit aktuellt under året och för ett saknas rapportering. "
        "Vid två av kontrollerna har brister noterats och åtgärder har vidtagits.")
    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Ärendet har inga ekonomiska konsekvenser.")
    d.add_heading("Bilagor", level=2)
    d.add_paragraph("1. Uppföljning internkontroll helår 2025 (export från Stratsys)")
    d.add_paragraph()
    d.add_paragraph("Maria Bergström\nSamhällsbyggnadschef")
    d.add_paragraph("Expedieras till: Kommunstyrelsen, revisionen")
    d.save(p(F9))
    FILES.append((F9, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Utbildningsnämnden", "UN|Förvaltningen för livslångt lärande|FLL"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknads- och försörjningsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Trollhättan Energi AB", "TEAB|Trollhättan Energi"),
    ("AB Eidar Trollhättans Bostadsbolag", "Eidar|Eidar, Trollhättans Bostadsbolag|Eidar Bostadsbolag"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2] and "\n" not in row[2], row
            f.write(";".join(row) + "\n")


def normalize_zip(path):
    """Rewrite a zip container with fixed member timestamps so the build is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 28, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def main():
    build_export()
    build_un()
    build_amn()
    build_von()
    build_mbn()
    build_teab()
    build_ofn()
    build_eidar()
    build_reject()
    write_csvs()
    for f in (F1, F2, F3, F4, F5, F8, F9):
        normalize_zip(p(f))
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
