#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r520 - Sandvikens kommun, inkorg uppföljning internkontroll T2 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
into the folder this script lives in.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TextProperties)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025
FIXED = dt.datetime(2025, 9, 10, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round520"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SOCN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Miljö- och byggnadsnämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Sandvikenhus AB", "Sandvikenhus|SHAB|AB Sandvikenhus"),
    ("Sandviken Energi AB", "SEAB|Sandviken Energi"),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Sandvikens kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Sandvikens kommun"


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen - xlsx with only "Kommentar T2" as follow-up column
# ---------------------------------------------------------------------------
def file_a():
    fil = "KS uppföljning internkontrollplan T2 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti). Kommentera varje kontrollmoment i kolumn H."
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Antagen av kommunstyrelsen 2025-01-29, § 12. Dnr KS 2024/512"
    headers = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod",
               "Frekvens", "Ansvarig", "Kommentar T2"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("GROUP", "Ekonomi"),
        ("1", "Leverantörsfakturor", "Felaktiga utbetalningar, jäv",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "2 ggr/år", "Redovisningschef",
         "Stickprov 30 fakturor maj–juni.\n2 fakturor saknade beslutsattest, åtgärdat och berörda chefer har påmints om attestordningen.",
         "GENOMFORD", "ja"),
        ("2", "Representation", "Otillåten representation",
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikationer", "1 ggr/år", "Controller KLF",
         "Kontrollen genomförd, 15 verifikationer granskade. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3", "Bokslut", "Felaktig redovisning",
         "Avstämning av balanskonton månadsvis",
         "Genomgång av avstämningsmallar", "Månadsvis", "Redovisningschef",
         "Avstämning gjord för januari–juni. Juli och augusti återstår.",
         "DELVIS", ""),
        ("GROUP", "Personal"),
        ("4", "Rekrytering", "Anställning utan avtal",
         "Kontroll att anställningsavtal upprättas innan tillträde",
         "Stickprov 10 nyanställda", "1 ggr/år", "HR-chef",
         "Ej genomförd under perioden, flyttas till T3 på grund av vakans på HR-avdelningen.",
         "EJ_GENOMFORD", ""),
        ("5", "Lön", "Felaktiga löneutbetalningar",
         "Lönerevision: kontroll av att nya löner registrerats korrekt i lönesystemet",
         "Jämförelse lönelista mot beslut", "1 ggr/år", "Lönechef",
         None, "SAKNAS", ""),
        ("6", "Arbetsmiljö", "Långa sjukskrivningar utan åtgärd",
         "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång i HR-systemet", "2 ggr/år", "HR-chef",
         "Se bilaga 2", "OKLAR", ""),
        ("GROUP", "IT och informationssäkerhet"),
        ("7", "Behörigheter", "Obehörig åtkomst",
         "Behörighetskontroll i ekonomisystemet (Raindance) vid avslutad anställning",
         "Behörighetslista mot personalregister", "2 ggr/år", "Systemförvaltare",
         "Genomgång av behörigheter gjord i juni. 4 konton för avslutade anställningar var fortfarande aktiva och har nu stängts.",
         "GENOMFORD", "ja"),
        ("8", "Systemförvaltning", "System saknar ansvarig",
         "Informationssäkerhet: kontroll att samtliga system har utsedd systemförvaltare",
         "Genomgång av systemförteckning", "1 ggr/år", "IT-chef",
         "Kontrollmomentet utgår enligt beslut KS 2025-04-09 § 87, ersätts av kommungemensam kartläggning.",
         "UTGAR", ""),
        ("GROUP", "Upphandling och inköp"),
        ("9", "Avtalstrohet", "Inköp utanför avtal",
         "Köp utanför avtal (avtalstrohet) – stickprov av inköp över 100 000 kr",
         "Analys i inköpsanalysverktyget", "1 ggr/år", "Upphandlingschef",
         "Påbörjad. Underlag från inköpsanalysverktyget har tagits ut, analys pågår.",
         "DELVIS", ""),
        ("10", "Direktupphandling", "Bristande dokumentation",
         "Direktupphandlingar dokumenteras enligt riktlinje",
         "Genomgång av diarium", "1 ggr/år", "Upphandlingschef",
         "Inga direktupphandlingar över dokumentationsgränsen under perioden, kontroll genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        if row[0] == "GROUP":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            vals = row[:8]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=int(v) if i == 1 else v)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, namnd, row[3], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen har gåtts igenom i kommunledningsgruppen 2025-09-08.")
    ws.cell(row=r + 1, column=1, value="Kommundirektör: Per-Olof Hedman")
    widths = [5, 20, 24, 48, 26, 11, 18, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    ws.oddFooter.center.text = "Sandvikens kommun – Kommunledningsförvaltningen"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden - Word form with check boxes (content controls)
# ---------------------------------------------------------------------------
def checkbox_xml(checked):
    ch = "\u2612" if checked else "\u2610"
    return (
        '<w:sdt %s>'
        '<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w", "w14"), 1 if checked else 0, ch)
    )


def add_checkbox_line(paragraph, options, ticked):
    for i, opt in enumerate(options):
        paragraph._p.append(parse_xml(checkbox_xml(opt in ticked)))
        run = paragraph.add_run(" " + opt + ("     " if i < len(options) - 1 else ""))
        run.font.size = Pt(10)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor)))


def fix_docx_props(d, title):
    cp = d.core_properties
    cp.author = "Sandvikens kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Sandvikens kommun"
    cp.revision = 1


def file_b():
    fil = "BUN_IK_uppföljning_T2_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_docx_props(d, "Uppföljning internkontroll T2 2025")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Sandvikens kommun\tBarn- och utbildningsförvaltningen"
    h = d.add_paragraph()
    r = h.add_run("Barn- och utbildningsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    h2 = d.add_paragraph()
    r = h2.add_run("Uppföljning av internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Blanketten fylls i av kontrollansvarig och skickas till ekonomiavdelningen senast "
                    "15 september. Markera med kryss det alternativ som gäller för perioden "
                    "januari–augusti och kommentera resultatet. Vid avvikelse ska åtgärd anges.")
    d.add_paragraph("Dnr BUN 2024/1187")

    STAT = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    AVV = ["Ja", "Nej"]
    controls = [
        ("Kontroll av att registerutdrag ur belastningsregistret uppvisats vid nyanställning",
         "HR-specialist BUF", {"Genomförd"}, {"Nej"},
         "20 nyanställningar under perioden kontrollerade, samtliga hade uppvisat utdrag innan tillträde.",
         "GENOMFORD", "nej"),
        ("Anmälan till huvudman om kränkande behandling sker skyndsamt",
         "Verksamhetschef grundskola", {"Genomförd"}, {"Ja"},
         "25 anmälningar granskade. 3 anmälningar kom in till huvudmannen senare än fem arbetsdagar. "
         "Rektorerna har informerats om rutinen på rektorsmöte 2025-06-05.",
         "GENOMFORD", "ja"),
        ("Frånvarorapportering – kontroll att vårdnadshavare informeras samma dag vid ogiltig frånvaro",
         "Verksamhetschef grundskola", {"Delvis genomförd"}, set(),
         "Kontroll gjord på två av fem grundskolor (Murgårdsskolan och Vallhovskolan). "
         "Resterande skolor kontrolleras under hösten.",
         "DELVIS", ""),
        ("Avgifter i förskola: kontroll av inkomstuppgifter mot underlag",
         "Administrativ chef", {"Ej genomförd"}, set(),
         "Skjuts till T3 eftersom nytt verksamhetssystem för barnomsorgsavgifter införs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Skolskjuts – kontroll av att beslut fattats enligt delegationsordning",
         "Skolskjutssamordnare", set(), set(),
         "Kontrollen är genomförd. Samtliga 12 granskade beslut var fattade av rätt delegat.",
         "GENOMFORD", "nej"),
        ("Kontroll av att elever med behov av särskilt stöd har aktuellt åtgärdsprogram",
         "Elevhälsochef", {"Genomförd", "Ej genomförd"}, set(),
         "",
         "OKLAR", ""),
        ("Inventering av IT-utrustning (elevdatorer) mot register",
         "IT-samordnare BUF", {"Utgår"}, set(),
         "Utgår – ansvaret för elevdatorerna har flyttats till kommunens IT-avdelning (KS) från 1 april.",
         "UTGAR", ""),
        ("Systematiskt brandskyddsarbete – kontroll av genomförda utrymningsövningar",
         "Säkerhetssamordnare", set(), set(),
         "",
         "SAKNAS", ""),
    ]
    for n, (km, ansv, st, av, kom, status, avv) in enumerate(controls, 1):
        d.add_paragraph()
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        labels = ["Kontrollmoment %d" % n, "Kontrollansvarig", "Status T2", "Avvikelse", "Kommentar/åtgärd"]
        for i, lab in enumerate(labels):
            c = t.cell(i, 0)
            c.width = Cm(4)
            c.paragraphs[0].add_run(lab).bold = True
            shade(c, "E2EFDA")
            t.cell(i, 1).width = Cm(13)
        t.cell(0, 1).paragraphs[0].add_run(km).bold = True
        t.cell(1, 1).text = ansv
        add_checkbox_line(t.cell(2, 1).paragraphs[0], STAT, st)
        add_checkbox_line(t.cell(3, 1).paragraphs[0], AVV, av)
        t.cell(4, 1).text = kom
        exp(fil, namnd, km, status, avv)
    d.add_paragraph()
    d.add_paragraph("Sandviken 2025-09-11")
    d.add_paragraph("Maria Sjöberg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# C. Stratsys-like CSV export: two nämnder, T1 and T2 rows, Utfall numbers, Bedömning words
# ---------------------------------------------------------------------------
def file_c():
    fil = "Stratsys_Internkontroll_T2_2025_export.csv"
    SN = "Socialnämnden"
    BMN = "Bygg- och miljönämnden"
    # (nämnd, process, kontrollmoment, metod, stickprov, [(period, utfall, enhet, bedömning, kommentar)], status, avv)
    ctl = [
        (SN, "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd – kontroll mot beslut i verksamhetssystemet",
         "Stickprov", "20",
         [("T1", "0", "antal fel", "Utan anmärkning", "Inga fel i stickprovet."),
          ("T2", "1", "antal fel", "Med anmärkning", "En dubbelutbetalning i juni, återkrav har upprättats.")],
         "GENOMFORD", "ja"),
        (SN, "Barn och unga",
         "Handläggningstid för utredning av barn och unga (högst 4 månader)",
         "Uttag ur verksamhetssystem", "Samtliga",
         [("T1", "88", "%", "Med anmärkning", "12 % av utredningarna överskred 4 månader."),
          ("T2", "94", "%", "Med anmärkning", "6 % av utredningarna överskred 4 månader. Beslut om förlängning saknades i två fall.")],
         "GENOMFORD", "ja"),
        (SN, "Informationssäkerhet",
         "Kontroll av loggar i journalsystemet (Lifecare)",
         "Logguttag", "4 enheter",
         [("T1", "", "", "", ""),
          ("T2", "", "", "Pågående", "Logguttag gjort för 2 av 4 enheter, analys pågår.")],
         "DELVIS", ""),
        (SN, "Avgifter",
         "Avgiftsbeslut hemtjänst – kontroll av att avgift debiteras enligt beslut",
         "Stickprov", "15",
         [("T1", "0", "antal fel", "Utan anmärkning", "Kontrollen görs en gång per år och genomfördes i april."),
          ("T2", "", "", "", "")],
         "GENOMFORD", "nej"),
        (SN, "Vård och omsorg",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Stickprov", "30",
         [("T1", "", "", "", ""),
          ("T2", "", "", "Ej utförd", "Ej genomförd p.g.a. personalbrist hos kvalitetsutvecklarna.\nPlaneras till oktober.")],
         "EJ_GENOMFORD", ""),
        (SN, "Kvalitet",
         "Lex Sarah-rapporter hanteras enligt rutin",
         "Genomgång av samtliga rapporter", "Samtliga",
         [("T1", "3", "antal rapporter", "Utan anmärkning", ""),
          ("T2", "5", "antal rapporter", "Utan anmärkning", "Samtliga rapporter utredda och vid behov anmälda till IVO inom tidsfrist.")],
         "GENOMFORD", "nej"),
        (SN, "Delegation",
         "Kontroll av delegationsbeslut LSS",
         "Stickprov", "10",
         [("T1", "", "", "", ""),
          ("T2", "", "", "Utgår", "Utgår enligt beslut SN 2025-05-21 § 64.")],
         "UTGAR", ""),
        (SN, "Brukarmedel",
         "Kontanthantering på särskilda boenden (brukarmedel)",
         "Kassainventering", "3 boenden",
         [("T1", "", "", "", ""),
          ("T2", "", "", "", "")],
         "SAKNAS", ""),
        (BMN, "Bygglov",
         "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         "Uttag ur ärendesystem", "Samtliga",
         [("T1", "97", "%", "Utan anmärkning", ""),
          ("T2", "91,5", "%", "Med anmärkning", "Två ärenden överskred tidsfristen, avgiften har reducerats enligt PBL.")],
         "GENOMFORD", "ja"),
        (BMN, "Tillsyn",
         "Debitering av tillsynsavgifter enligt taxa",
         "Stickprov", "25",
         [("T1", "", "", "", ""),
          ("T2", "0", "antal fel", "Utan anmärkning", "")],
         "GENOMFORD", "nej"),
        (BMN, "Rättssäkerhet",
         "Jäv – kontroll av att jävsdeklaration finns för samtliga inspektörer",
         "Genomgång", "Samtliga",
         [("T1", "", "", "", ""),
          ("T2", "", "", "", "Se separat rapport.")],
         "OKLAR", ""),
        (BMN, "Registratur",
         "Diarieföring av inkomna handlingar inom 2 arbetsdagar",
         "Stickprov", "40",
         [("T1", "", "", "", ""),
          ("T2", "", "", "Pågående", "Stickprov för maj klart, juni–augusti pågår.")],
         "DELVIS", ""),
        (BMN, "Livsmedel",
         "Livsmedelskontroll – planerade kontroller genomförs enligt kontrollplan",
         "Uttag ur ärendesystem", "Samtliga",
         [("T1", "31", "%", "Pågående", ""),
          ("T2", "58", "%", "Pågående", "58 % av årets planerade kontroller utförda.")],
         "DELVIS", ""),
        (BMN, "Sanktionsavgifter",
         "Kontroll av att byggsanktionsavgifter beslutas enligt delegationsordning",
         "Genomgång", "Samtliga",
         [("T1", "", "", "", ""),
          ("T2", "", "", "Ej utförd", "Flyttas till T3.")],
         "EJ_GENOMFORD", ""),
    ]
    lines = [
        ["Rapport", "Internkontroll – uppföljning av kontrollmoment"],
        ["Organisation", "Sandvikens kommun"],
        ["Urval", "Socialnämnden; Bygg- och miljönämnden"],
        ["Period", "2025 Tertial 2"],
        ["Utskriven", "2025-09-16 08:42 av ekonomiavdelningen"],
        [],
        ["Nämnd", "Process", "Kontrollmoment", "Kontrollmetod", "Stickprov", "Period",
         "Utfall", "Enhet utfall", "Bedömning", "Kommentar"],
    ]
    for (nm, proc, km, met, sp, per, status, avv) in ctl:
        for (pe, utf, enh, bed, kom) in per:
            lines.append([nm, proc, km, met, sp, "%s %d" % (pe, YEAR), utf, enh, bed, kom])
        exp(fil, nm, km, status, avv)
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", SN, YEAR, "T2"))
    FILES.append((fil, "INLAST", BMN, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# D. Sandvikenhus AB - Word, two-column table Kontrollmoment | Resultat
# ---------------------------------------------------------------------------
def file_d():
    fil = "Sandvikenhus AB - Uppföljning intern kontroll T2 2025.docx"
    namnd = "Sandvikenhus AB"
    d = docx.Document()
    fix_docx_props(d, "Uppföljning intern kontroll T2 2025")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = "AB Sandvikenhus · Box 3034 · 811 03 Sandviken"
    r = d.add_paragraph().add_run("Sandvikenhus AB")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
    d.add_paragraph("Rapport till styrelsen 2025-09-18, ärende 7")
    r = d.add_paragraph().add_run("Uppföljning av internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan 2025 vid sammanträdet i februari. "
        "Nedan redovisas resultatet av kontrollerna till och med augusti. Kontrollerna har "
        "utförts av bolagets ekonomi- och förvaltningsfunktioner. Resultat som rapporterats till "
        "ägaren Sandvikens Kommunföretag AB redovisas i samma form.")
    rows = [
        ("GROUP", "Ekonomi"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         ["Genomförd. 40 fakturor granskade, inga avvikelser."], "GENOMFORD", "nej"),
        ("Kontroll av ramavtalsleverantörers fakturering mot avtalade priser",
         ["Genomförd med avvikelse: 3 fakturor från måleri-entreprenören hade felaktiga timpriser.",
          "Kreditering har begärts och erhållits för två av dem."], "GENOMFORD", "ja"),
        ("Hantering av förtroendekänsliga poster (representation, resor, gåvor)",
         ["Utgår 2025 – ersatt av koncerngemensam granskning som Sandvikens Kommunföretag AB genomför."],
         "UTGAR", ""),
        ("GROUP", "Uthyrning"),
        ("Uthyrning sker enligt bolagets uthyrningspolicy (turordning efter kötid)",
         ["Kontrollen pågår, 10 av 25 kontrakt granskade hittills."], "DELVIS", ""),
        ("Hyresavisering – kontroll av att 2025 års hyreshöjning lagts in korrekt",
         ["Ingen avvikelse."], "GENOMFORD", "nej"),
        ("GROUP", "Fastighetsförvaltning"),
        ("Besiktning av lekplatser enligt plan",
         ["Ej genomförd. Besiktningsfirman har inte kunnat leverera enligt avtal.",
          "Besiktningen genomförs i oktober."], "EJ_GENOMFORD", ""),
        ("OVK-besiktningar (obligatorisk ventilationskontroll) genomförda enligt plan",
         ["Genomförd för 14 av 18 fastigheter, resterande 4 är bokade i september."], "DELVIS", ""),
        ("Nyckel- och passerkortshantering – inventering av utlämnade nycklar",
         [], "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Kontrollmoment", "Resultat"]):
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "005A8C")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        if row[0] == "GROUP":
            cells = t.add_row().cells
            m = cells[0].merge(cells[1])
            m.paragraphs[0].add_run(row[1]).bold = True
            shade(m, "D9E2F3")
            continue
        km, res, status, avv = row
        cells = t.add_row().cells
        cells[0].text = km
        if res:
            cells[1].text = res[0]
            for extra in res[1:]:
                cells[1].add_paragraph(extra)
        exp(fil, namnd, km, status, avv)
    for r_ in t.rows:
        r_.cells[0].width = Cm(7.5)
        r_.cells[1].width = Cm(9.1)
    d.add_paragraph()
    d.add_paragraph("Sammantaget bedöms bolagets interna kontroll som tillräcklig. Avvikelserna "
                    "följs upp i helårsrapporten.")
    d.add_paragraph("Jonas Wikström\nVerkställande direktör")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# E. Kultur- och fritidsnämnden - .ods with T1/T2/T3 colour fills and a legend
# ---------------------------------------------------------------------------
def file_e():
    fil = "KFN internkontroll 2025 T1-T2.ods"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    COL = {"G": "#92d050", "Y": "#ffff00", "R": "#ff0000", "B": "#9dc3e6", "S": "#bfbfbf"}

    def cellstyle(name, bg=None, bold=False, size=None, wrap=True, border=True):
        st = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if border:
            kw["border"] = "0.5pt solid #808080"
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        st.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if size:
            tk["fontsize"] = size
        if tk:
            st.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(st)
        return st

    s_title = cellstyle("ctitle", bold=True, size="14pt", wrap=False, border=False)
    s_plain_nb = cellstyle("cplainnb", wrap=False, border=False)
    s_hdr = cellstyle("chdr", bg="#d9d9d9", bold=True)
    s_grp = cellstyle("cgrp", bg="#fce4d6", bold=True)
    s_txt = cellstyle("ctxt")
    s_fill = {k: cellstyle("cfill" + k, bg=v) for k, v in COL.items()}
    s_bold_nb = cellstyle("cboldnb", bold=True, wrap=False, border=False)

    widths = ["1.0cm", "3.5cm", "8.5cm", "3.5cm", "2.5cm", "1.6cm", "1.6cm", "1.6cm", "8cm"]
    table = Table(name="Internkontroll 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def row(values, styles=None, span_first=None):
        tr = TableRow()
        for i, v in enumerate(values):
            stl = styles[i] if styles else s_txt
            if span_first and i == 0:
                tc = TableCell(stylename=stl, numbercolumnsspanned=span_first)
            else:
                tc = TableCell(stylename=stl) if stl is not None else TableCell()
            if v is not None and v != "":
                if isinstance(v, int):
                    tc.setAttribute("valuetype", "float")
                    tc.setAttribute("value", str(v))
                    tc.addElement(P(text=str(v)))
                else:
                    tc.setAttribute("valuetype", "string")
                    for k, line in enumerate(str(v).split("\n")):
                        tc.addElement(P(text=line))
            tr.addElement(tc)
            if span_first and i == 0:
                for _ in range(span_first - 1):
                    tr.addElement(CoveredTableCell())
        table.addElement(tr)

    row(["Kultur- och fritidsnämnden"], [s_title])
    row(["Internkontrollplan 2025 – uppföljning per tertial (färgmarkering enligt förklaring nedan)"], [s_plain_nb])
    row(["Senast uppdaterad 2025-09-08 av nämndsekreterare"], [s_plain_nb])
    row([""], [None])
    row(["Nr", "Område", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Kommentar"],
        [s_hdr] * 9)
    # (nr, område, km, ansvarig, frekvens, T1, T2, T3, kommentar, status, avv)
    ctl = [
        ("GROUP", "Bidrag och bokning"),
        (1, "Föreningsstöd", "Föreningsbidrag – kontroll av att bidrag betalas ut enligt beslut och regler",
         "Föreningskonsulent", "Per tertial", "G", "G", None, "", "GENOMFORD", "nej"),
        (2, "Lokalbokning", "Kontroll av att bokade lokaler faktureras enligt taxa",
         "Bokningsansvarig", "Per tertial", "Y", "B", None,
         "T2: 2 bokningar i Göransson Arena hade inte fakturerats, fakturerat i augusti.", "GENOMFORD", "ja"),
        (3, "Kassahantering", "Kontanthantering i simhallens reception – dagsavstämning",
         "Badchef", "Per tertial", "R", "Y", None,
         "Avstämning görs nu dagligen sedan juni, stickprov för juli återstår.", "DELVIS", ""),
        ("GROUP", "Kultur"),
        (4, "Konstsamling", "Utlåning av konst ur kommunens konstsamling – inventering mot register",
         "Konstintendent", "1 ggr/år", None, "R", None,
         "Inventering ej påbörjad.", "EJ_GENOMFORD", ""),
        (5, "Bibliotek", "Biblioteksmedia – kontroll av inköp mot avtal",
         "Bibliotekschef", "1 ggr/år", "G", None, None,
         "Årlig kontroll, genomförd i mars.", "GENOMFORD", "nej"),
        (6, "Arrangemang", "Kontroll av att polistillstånd finns vid offentliga tillställningar",
         "Evenemangssamordnare", "Per tertial", "S", "S", None,
         "Ej aktuellt 2025, inga egna offentliga tillställningar.", "UTGAR", ""),
        ("GROUP", "Ekonomi och personal"),
        (7, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Per tertial", "G", "G", None, "", "GENOMFORD", "nej"),
        (8, "Lön", "Kontroll av lönetillägg vid helgtjänstgöring",
         "Enhetschef fritid", "2 ggr/år", None, None, None, "", "SAKNAS", ""),
        (9, "Fritidsgårdar", "Registerkontroll för ledare i sommarlovsaktiviteter",
         "Fritidsgårdschef", "1 ggr/år", None, "G", None,
         "3 ledare saknade utdrag vid start, kompletterat innan de fick arbeta med barn.", "GENOMFORD", "ja"),
        (10, "Fritidsgårdar", "Inventarieförteckning för fritidsgårdar uppdaterad",
         "Fritidsgårdschef", "1 ggr/år", None, "Y", None, "", "DELVIS", ""),
    ]
    for c in ctl:
        if c[0] == "GROUP":
            row([c[1]] + [""] * 8, [s_grp] * 9, span_first=None)
            continue
        nr, omr, km, ans, frek, t1, t2, t3, kom, status, avv = c
        styles = [s_txt, s_txt, s_txt, s_txt, s_txt,
                  s_fill[t1] if t1 else s_txt,
                  s_fill[t2] if t2 else s_txt,
                  s_fill[t3] if t3 else s_txt, s_txt]
        row([nr, omr, km, ans, frek, "", "", "", kom], styles)
        exp(fil, namnd, km, status, avv)
    row([""], [None])
    row(["", "Förklaring:"], [None, s_bold_nb])
    legend = [("G", "Genomförd, inga avvikelser"), ("B", "Genomförd, avvikelse noterad (se kommentar)"),
              ("Y", "Påbörjad / delvis genomförd"), ("R", "Ej genomförd"), ("S", "Utgår / ej aktuell")]
    for k, txt in legend:
        row(["", "", txt], [None, s_fill[k], s_plain_nb])
    doc.spreadsheet.addElement(table)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# F. Överförmyndarnämnden - e-mail saved as .txt (Outlook, cp1252)
# ---------------------------------------------------------------------------
def file_f():
    fil = "SV Uppföljning intern kontroll T2 - Överförmyndarnämnden.txt"
    namnd = "Överförmyndarnämnden"
    ctl = [
        ("Granskning av årsräkningar – stickprov på att arvode och utgifter styrks med underlag",
         "Genomfört. 25 årsräkningar granskade, i två fall saknades kvitton på större uttag. "
         "Kompletteringar har begärts.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har giltigt registerutdrag vid förordnande",
         "Delvis genomfört – alla nya förordnanden 2025 är kontrollerade, äldre ärenden återstår.",
         "DELVIS", ""),
        ("Arvodesutbetalningar till ställföreträdare stäms av mot beslut",
         "Ej gjort ännu, görs i samband med arvodeskörningen i november.", "EJ_GENOMFORD", ""),
        ("Handläggningstid för ansökan om god man",
         "Kontrollerat. Inga avvikelser noterade, samtliga ärenden beslutade inom 8 veckor.",
         "GENOMFORD", "nej"),
    ]
    body = []
    body.append("Från:\tLindqvist Anna")
    body.append("Skickat:\tden 12 september 2025 14:37")
    body.append("Till:\tEkonomiavdelningen")
    body.append("Kopia:\tÖverförmyndarnämndens ordförande")
    body.append("Ämne:\tSV: Uppföljning intern kontroll T2")
    body.append("")
    body.append("Hej!")
    body.append("")
    body.append("Här kommer Överförmyndarnämndens uppföljning av internkontrollplanen för tertial 2. "
                "Vi har ingen egen mall i år så jag skriver in det direkt i mejlet, hoppas det går bra.")
    body.append("")
    for i, (km, res, status, avv) in enumerate(ctl, 1):
        body.append("%d. %s" % (i, km))
        body.append("   " + res)
        body.append("")
        exp(fil, namnd, km, status, avv)
    body.append("Nämnden fick informationen på sammanträdet den 10 september.")
    body.append("")
    body.append("Med vänlig hälsning")
    body.append("Anna Lindqvist")
    body.append("Handläggare, Överförmyndarenheten")
    body.append("Sandvikens kommun")
    body.append("026-24 00 00")
    body.append("")
    body.append("Från: Ekonomiavdelningen")
    body.append("Skickat: den 25 augusti 2025 10:02")
    body.append("Till: Nämndsekreterare; Kontrollansvariga")
    body.append("Ämne: Uppföljning intern kontroll T2")
    body.append("")
    body.append("Hej,")
    body.append("Påminner om att uppföljningen av internkontrollplanerna för tertial 2 (januari–augusti) "
                "ska skickas till ekonomiavdelningen senast den 15 september. Använd gärna nämndens "
                "egen mall. Bolagen skickar sin uppföljning via Sandvikens Kommunföretag AB.")
    body.append("")
    body.append("Hälsningar")
    body.append("Ekonomiavdelningen")
    with open(p(fil), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(body) + "\n")
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# G. Samhällsbyggnadsnämnden - xlsx with X marks; nämnd only in print header / file name alias
# ---------------------------------------------------------------------------
def file_g():
    fil = "SBF_IK-uppföljning_T2_2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK T2"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Sätt X i den kolumn som stämmer. Avvikelse anges Ja/Nej."
    ws["A2"].font = Font(italic=True, color="595959")
    # two header rows: merged "Status T2" over D:G
    ws["A4"], ws["B4"], ws["C4"] = "Kontrollområde", "Kontrollmoment", "Kontrollansvarig"
    ws["D4"] = "Status T2"
    ws.merge_cells("D4:G4")
    ws["H4"], ws["I4"] = "Avvikelse", "Kommentar"
    for col in "ABCHI":
        ws.merge_cells("%s4:%s5" % (col, col))
    for i, h in enumerate(["Genomförd", "Delvis", "Ej genomförd", "Ej aktuell"]):
        ws.cell(row=5, column=4 + i, value=h)
    for r in (4, 5):
        for cidx in range(1, 10):
            c = ws.cell(row=r, column=cidx)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    # (område, km, ansvarig, markcol(s), avv, kommentar, status, avv_exp)
    ctl = [
        ("Investeringar", "Kontroll av att gatu- och parkprojekt följer beslutad investeringsbudget",
         "Ekonom SBF", {"D": "X"}, "Nej", "Tre projekt granskade.", "GENOMFORD", "nej"),
        ("Taxor och avgifter", "Faktureringsunderlag för VA-anslutningsavgifter – kontroll mot taxa",
         "Handläggare VA", {"D": "X"}, "Ja", "2 fastigheter felaktigt debiterade, rättat och nya fakturor skickade.",
         "GENOMFORD", "ja"),
        ("Entreprenader", "Vinterväghållning – kontroll av entreprenörens rapportering mot avtal",
         "Gatuchef", {"G": "X"}, "", "Utförs under vintersäsongen.", "UTGAR", ""),
        ("Mark och exploatering", "Kontroll av att markanvisningsavtal följer riktlinje för markanvisning",
         "Mark- och exploateringschef", {"E": "x"}, "", "Två av fyra avtal granskade.", "DELVIS", ""),
        ("Myndighetsutövning", "Bostadsanpassningsbidrag – handläggning enligt delegationsordning",
         "Enhetschef BAB", {"F": "X"}, "", "Ej hunnit p.g.a. sjukskrivning, görs under T3.", "EJ_GENOMFORD", ""),
        ("Myndighetsutövning", "Färdtjänsttillstånd – stickprov av beslutsunderlag",
         "Färdtjänsthandläggare", {}, "", "Klar – 15 ärenden granskade, inga fel hittades.", "GENOMFORD", "nej"),
        ("Drift", "Felanmälningar för gatubelysning åtgärdas inom avtalad tid",
         "Gatuchef", {"D": "X"}, "Ja", "Genomsnittlig åtgärdstid 12 dagar mot avtalade 7 dagar. Dialog med entreprenören.",
         "GENOMFORD", "ja"),
        ("Intäkter", "Uppföljning av parkeringsintäkter (automater) mot bokföring",
         "Ekonom SBF", {}, "", "", "SAKNAS", ""),
    ]
    r = 6
    for omr, km, ans, marks, avv, kom, status, avve in ctl:
        vals = {"A": omr, "B": km, "C": ans, "H": avv or None, "I": kom or None}
        vals.update(marks)
        for cidx in range(1, 10):
            col = get_column_letter(cidx)
            c = ws.cell(row=r, column=cidx, value=vals.get(col))
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if col in "DEFGH" else None)
        exp(fil, namnd, km, status, avve)
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporterat av: Lena Forsberg, kvalitetssamordnare, 2025-09-09")
    for col, w in zip("ABCDEFGHI", [20, 52, 22, 11, 9, 12, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Sandvikens kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
# H. Rejected: Excel owner/lock file ~$...
# ---------------------------------------------------------------------------
def file_h():
    fil = "~$KS uppföljning internkontrollplan T2 2025.xlsx"
    user = "Eva Berglund"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    while len(b) < 165:
        b += b"\x20\x00"
    b = b[:165]
    with open(p(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ---------------------------------------------------------------------------
# I. Sandviken Energi AB - .xls, sheet "Plan 2025" + sheet "Uppföljning" with codes and legend
# ---------------------------------------------------------------------------
def file_i(tmpdir):
    fil = "Sandviken Energi AB IKP 2025 uppföljning T2.xls"
    namnd = "Sandviken Energi AB"
    wb = Workbook()
    fix_props(wb)
    plan = wb.active
    plan.title = "Plan 2025"
    fu = wb.create_sheet("Uppföljning")
    ctl = [
        ("Mätvärden", "Felaktig debitering p.g.a. skattade mätvärden", 3, 3,
         "Avläsning av elmätare – kontroll av skattade mätvärden (estimering)",
         "Rapport ur mätvärdessystemet", "Chef mätning",
         "OK", "AVV", "12 anläggningar har haft skattade värden längre än 3 månader, felanmälda.",
         "GENOMFORD", "ja"),
        ("Kundfordringar", "Kundförluster", 2, 3,
         "Kundfordringar – bevakning av förfallna fakturor och inkassoåtgärder",
         "Reskontraanalys", "Ekonomichef",
         "OK", "OK", "", "GENOMFORD", "nej"),
        ("Fjärrvärme", "Sanktion från tillsynsmyndighet", 2, 4,
         "Fjärrvärme – leveransavbrott rapporteras till Energimarknadsinspektionen",
         "Genomgång av avbrottsrapporter", "Driftchef värme",
         "", "OK", "", "GENOMFORD", "nej"),
        ("IT/OT-säkerhet", "Obehörig åtkomst till styrsystem", 3, 4,
         "Behörigheter i driftsystem (SCADA) granskas",
         "Behörighetslista mot personallista", "IT-säkerhetsansvarig",
         "P", "P", "Granskning av fjärrvärmens system klar, elnätets återstår.", "DELVIS", ""),
        ("Upphandling", "Otillåten direktupphandling", 2, 3,
         "Upphandling av ramavtal följer LUF",
         "Genomgång av avtalsdatabas", "Inköpsansvarig",
         "EJ", "EJ", "Skjuts till 2026 p.g.a. byte av upphandlingssystem.", "EJ_GENOMFORD", ""),
        ("Finans", "Prisrisk i elhandel", 2, 4,
         "Kontroll av elhandelns prissäkring mot finanspolicy",
         "Jämförelse mot policy", "Ekonomichef",
         "OK", "U", "Utgår från T2 – prissäkringen hanteras av koncernens finansfunktion.", "UTGAR", ""),
        ("Miljö", "Vite vid sen rapportering", 1, 3,
         "Miljörapport för kraftvärmeverket lämnas i tid till tillsynsmyndigheten",
         "Kontroll av inlämningsdatum", "Miljösamordnare",
         "", "", "", "SAKNAS", ""),
    ]
    # plan sheet
    plan["A1"] = "Sandviken Energi AB – Internkontrollplan 2025 (fastställd av styrelsen 2025-02-20)"
    plan["A1"].font = Font(bold=True, size=12)
    ph = ["Nr", "Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
          "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Rapporteras"]
    for i, h in enumerate(ph, 1):
        c = plan.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
        c.alignment = WRAP
    for n, c_ in enumerate(ctl, 1):
        proc, risk, s, k, km, met, ans = c_[:7]
        vals = [n, proc, risk, s, k, s * k, km, met, ans, "T1, T2, helår"]
        for i, v in enumerate(vals, 1):
            cell = plan.cell(row=3 + n, column=i, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
    for col, w in zip("ABCDEFGHIJ", [5, 16, 30, 11, 11, 9, 50, 26, 20, 14]):
        plan.column_dimensions[col].width = w
    # follow-up sheet
    fu["A1"] = "Sandviken Energi AB – Uppföljning internkontroll 2025"
    fu["A1"].font = Font(bold=True, size=12)
    fu["A2"] = "Rapportering per tertial. Aktuell rapport: tertial 2 (t.o.m. augusti)."
    fh = ["Nr", "Kontrollmoment", "T1", "T2", "Helår", "Kommentar"]
    for i, h in enumerate(fh, 1):
        c = fu.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BORDER
    for n, c_ in enumerate(ctl, 1):
        km = c_[4]
        t1, t2, kom, status, avv = c_[7:]
        vals = [n, km, t1 or None, t2 or None, None, kom or None]
        for i, v in enumerate(vals, 1):
            cell = fu.cell(row=4 + n, column=i, value=v)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if i in (3, 4, 5) else None)
        exp(fil, namnd, km, status, avv)
    lr = 4 + len(ctl) + 2
    fu.cell(row=lr, column=2, value="Koder:").font = Font(bold=True)
    legend = ["OK – kontrollen utförd utan anmärkning",
              "AVV – kontrollen utförd, avvikelse konstaterad",
              "P – påbörjad, ej slutförd",
              "EJ – ej utförd",
              "U – utgår"]
    for i, t in enumerate(legend, 1):
        fu.cell(row=lr + i, column=2, value=t)
    for col, w in zip("ABCDEF", [5, 60, 8, 8, 8, 55]):
        fu.column_dimensions[col].width = w
    wb.active = 1
    src = os.path.join(tmpdir, "sandviken_energi.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "sandviken_energi.xls"), p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))
    return fil


# ---------------------------------------------------------------------------
def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for r in NAMNDER:
            w.writerow(r)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r520-")
    try:
        file_a()
        file_b()
        file_c()
        file_d()
        file_e()
        file_f()
        file_g()
        file_h()
        file_i(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print("built %d files, %d expected rows" % (len(set(f[0] for f in FILES)), len(EXPECTED)))


if __name__ == "__main__":
    main()
