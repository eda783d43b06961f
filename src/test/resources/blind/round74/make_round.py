#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 74 – Norrtälje kommun (Uppland), verksamhetsberättelser helår 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py   (from any directory)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties)
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

G, D, E, U, S, O = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text, status, "ja" if avv else "nej"))


# ----------------------------------------------------------------------------------------
# helpers for python-docx
# ----------------------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def add_table(doc, header, rows, widths=None, head_fill="D9E2F3", bold_last=False):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], head_fill)
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], str(v), size=9, bold=(bold_last and ri == len(rows) - 1))
    return t


def doc_base(font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    return doc


# ========================================================================================
# 1. Barn- och skolnämnden – verksamhetsberättelse (.docx), IK chapter with count table
#    + narrative paragraphs per control
# ========================================================================================
def bsn():
    fil = "BSN Verksamhetsberättelse 2025.docx"
    namnd = "Barn- och skolnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    # process, control, status-line (None = no status line), narrative, expected, avvikelse
    ctrls = [
        ("Ekonomi och inköp",
         "Stickprov av 20 leverantörsfakturor per halvår avseende avtalstrohet och korrekt attest",
         "Genomförd med anmärkning",
         "Sammanlagt 40 fakturor har granskats (20 i juni och 20 i november). Tre fakturor avsåg inköp av "
         "kontorsmaterial och förbrukningsmaterial utanför upphandlat avtal. Berörda rektorer har informerats "
         "och inköpssamordnaren har gått igenom avtalskatalogen på rektorsmötet i december.",
         G, True),
        ("Ekonomi och inköp",
         "Kontroll av att representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Genomförd",
         "Samtliga 14 konterade poster på konto 7110–7130 har granskats mot riktlinjen för representation. "
         "Inga avvikelser noterades.",
         G, False),
        ("Ekonomi och inköp",
         "Uppföljning av att skolskjutsavtal faktureras enligt avtalade priser",
         "Pågår",
         "Kontrollen har genomförts för vårterminens fakturor. Höstterminens fakturor granskas i samband med "
         "bokslutet i februari 2026. Under våren upptäcktes en felaktig indexuppräkning om 48 tkr hos en "
         "entreprenör, beloppet har krediterats.",
         D, True),
        ("Barn och elever",
         "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         "Genomförd",
         "Av 212 anmälningar under året registrerades 183 inom fem arbetsdagar (86 procent). Resultatet är "
         "inte godtagbart. En automatisk påminnelse till rektor har införts i ärendesystemet från oktober.",
         G, True),
        ("Barn och elever",
         "Granskning av att elever med beslut om särskilt stöd har ett aktuellt åtgärdsprogram",
         "Pågår",
         "Granskningen har hittills genomförts på 6 av 11 grundskolor. På de granskade skolorna fanns "
         "aktuella åtgärdsprogram i samtliga ärenden. Resterande skolor granskas under vårterminen 2026.",
         D, False),
        ("Barn och elever",
         "Kontroll av att frånvaro över 10 procent rapporteras till elevhälsan enligt rutin",
         None,
         "Kontrollen har inte genomförts under 2025 eftersom det nya frånvarosystemet ännu inte kan ta fram "
         "underlag per elev och månad. Kontrollen flyttas till internkontrollplanen för 2026.",
         E, False),
        ("Personal och arbetsmiljö",
         "Kontroll av att utdrag ur belastningsregistret har uppvisats för all nyanställd personal",
         "Genomförd",
         "Stickprov om 30 nyanställningar (förskola, grundskola och fritidshem). I samtliga fall fanns "
         "anteckning om uppvisat registerutdrag i personalakten.",
         G, False),
        ("Personal och arbetsmiljö",
         "Uppföljning av att tillbud och arbetsskador anmäls i KIA inom fastställd tid",
         "Ej genomförd",
         "Kontrollen har inte hunnit genomföras på grund av vakans på HR-specialisttjänsten under hösten.",
         E, False),
        ("Informationssäkerhet",
         "Logguppföljning av behörigheter i elevdokumentationssystemet två gånger per år",
         "Genomförd",
         "Loggkontroll har gjorts i maj och i november. Två konton tillhörande personal som slutat var "
         "fortfarande aktiva; kontona har stängts och rutinen för avslut har förtydligats för skoladministratörerna.",
         G, True),
    ]

    doc = doc_base()
    p = doc.add_paragraph()
    r = p.add_run("NORRTÄLJE KOMMUN\nBarn- och skolförvaltningen")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_paragraph("Dnr BSN 2026/14 \t\t\t\t Datum 2026-02-05")
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Barn- och skolnämnden").runs[0].bold = True

    doc.add_heading("1 Sammanfattning", 1)
    doc.add_paragraph(
        "Barn- och skolnämnden redovisar för 2025 ett underskott om 6,4 mnkr mot budget, främst hänförligt till "
        "ökade kostnader för skolskjuts och tilläggsbelopp. Meritvärdet i årskurs 9 ökade till 221 poäng och "
        "andelen behöriga lärare ligger kvar på 78 procent. Den nya skolorganisationen i Rimbo trädde i kraft "
        "vid höstterminens start.")

    doc.add_heading("2 Måluppfyllelse", 1)
    doc.add_paragraph("Nämnden har under året arbetat mot fem nämndmål. Bedömningen redovisas i tabellen nedan.")
    add_table(doc, ["Nämndmål", "Indikator", "Utfall 2025", "Bedömning"], [
        ["Alla elever ska nå kunskapskraven", "Andel elever i åk 9 med godkänt i alla ämnen", "74 %", "Delvis uppfyllt"],
        ["Ökad trygghet i skolan", "Andel elever som känner sig trygga (elevenkät)", "88 %", "Uppfyllt"],
        ["Attraktiv arbetsgivare", "Andel behöriga lärare", "78 %", "Ej uppfyllt"],
        ["God ekonomisk hushållning", "Budgetavvikelse", "-6,4 mnkr", "Ej uppfyllt"],
        ["Hållbar förskola", "Barngruppernas storlek, genomsnitt", "14,8 barn", "Uppfyllt"],
    ])

    doc.add_heading("3 Ekonomi", 1)
    doc.add_paragraph("Driftredovisning per verksamhet (mnkr).")
    add_table(doc, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"], [
        ["Förskola", "412,0", "408,3", "3,7"],
        ["Grundskola inkl. förskoleklass", "798,5", "806,9", "-8,4"],
        ["Fritidshem", "96,2", "95,1", "1,1"],
        ["Anpassad grundskola", "58,4", "61,0", "-2,6"],
        ["Gemensamt och nämnd", "44,7", "44,9", "-0,2"],
        ["Totalt", "1 409,8", "1 416,2", "-6,4"],
    ], bold_last=True)

    doc.add_heading("4 Personal", 1)
    add_table(doc, ["Nyckeltal", "2024", "2025"], [
        ["Antal årsarbetare", "1 912", "1 887"],
        ["Sjukfrånvaro, %", "7,1", "6,6"],
        ["Personalomsättning, %", "11,4", "10,2"],
    ])
    doc.add_paragraph("Sjukfrånvaron har minskat något, framför allt inom förskolan där ett särskilt "
                      "arbetsmiljöprojekt har pågått sedan våren.")

    doc.add_heading("5 Intern kontroll", 1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplan för 2025 den 12 december 2024 (§ 118). Planen omfattar nio "
        "kontrollmoment fördelade på fyra processer. Nedan sammanfattas utfallet per process, därefter "
        "redovisas varje kontrollmoment.")
    doc.add_heading("5.1 Sammanställning", 2)
    procs = []
    for c in ctrls:
        if c[0] not in procs:
            procs.append(c[0])
    rows = []
    tot = [0, 0, 0, 0]
    for pr in procs:
        cs = [c for c in ctrls if c[0] == pr]
        n = len(cs)
        g = sum(1 for c in cs if c[4] == G)
        d = sum(1 for c in cs if c[4] == D)
        e = sum(1 for c in cs if c[4] == E)
        rows.append([pr, n, g, d, e])
        tot = [tot[0] + n, tot[1] + g, tot[2] + d, tot[3] + e]
    rows.append(["Totalt"] + tot)
    add_table(doc, ["Process", "Antal kontrollmoment", "Genomförda", "Delvis", "Ej genomförda"], rows,
              bold_last=True)

    doc.add_heading("5.2 Redovisning per kontrollmoment", 2)
    cur = None
    for pr, text, st, narr, e, avv in ctrls:
        if pr != cur:
            doc.add_heading("Process: " + pr, 3)
            cur = pr
        p = doc.add_paragraph()
        p.add_run(text).bold = True
        p = doc.add_paragraph()
        if st:
            r = p.add_run("Status helår: " + st + ". ")
            r.italic = True
        p.add_run(narr)
        exp(fil, namnd, text, e, avv)

    doc.add_heading("6 Framtid", 1)
    doc.add_paragraph("Inför 2026 kommer nämnden att prioritera kompetensförsörjning och ekonomi i balans.")
    doc.save(os.path.join(OUT, fil))


# ========================================================================================
# 2. Socialnämnden – verksamhetsberättelse (.docx), summary "Genomförda 2, Delvis 1, Ej 0"
#    then one label/value table per control with Status delår / Status helår
# ========================================================================================
def sn():
    fil = "Socialnämnden_verksamhetsberattelse_helar_2025.docx"
    namnd = "Socialnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    # process, control, ansvarig, delår, helår, resultat, åtgärd, expected, avv
    ctrls = [
        ("Ekonomiskt bistånd",
         "Stickprov av 25 utbetalningar av ekonomiskt bistånd per tertial avseende beslut, belopp och attest",
         "Enhetschef försörjningsstöd", "Genomförd", "Genomförd med anmärkning",
         "75 utbetalningar har granskats. Två utbetalningar saknade attest av behörig beslutsfattare enligt "
         "delegationsordningen; beloppen var korrekta.",
         "Påminnelse om delegationsordningen har gått ut till samtliga handläggare.", G, True),
        ("Ekonomiskt bistånd",
         "Kontroll av att sökande som haft bistånd längre än sex månader har en aktuell planering",
         "Biträdande enhetschef", "Pågår", "",
         "Delår: 40 av 62 akter granskade, planering fanns i samtliga granskade akter.",
         "", D, False),
        ("Barn och unga",
         "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef mottagning barn och unga", "Delvis", "Genomförd",
         "Förhandsbedömning gjordes inom 14 dagar i 94 procent av 388 anmälningar. 23 anmälningar överskred "
         "tidsgränsen under juli–augusti på grund av semesterbemanning.",
         "Bemanningsplan för sommaren 2026 tas fram i mars.", G, True),
        ("Barn och unga",
         "Granskning av att vårdnadshavare informerats om beslut om placering enligt rutin",
         "Enhetschef utredning barn och unga", "Ej påbörjad", "Ej genomförd",
         "Granskningen har inte genomförts under året på grund av hög arbetsbelastning.",
         "Kontrollen prioriteras i plan 2026.", E, False),
        ("Barn och unga",
         "Uppföljning av att köp av HVB-placeringar och konsulentstödda familjehem följer ramavtal",
         "Avdelningschef", "", "Utgår",
         "Kontrollmomentet utgår enligt beslut i socialnämnden 2025-05-21, § 64, eftersom området ingår i "
         "revisorernas fördjupade granskning 2025.",
         "", U, False),
        ("Myndighetsutövning och dokumentation",
         "Kontroll av att delegationsbeslut anmäls till nämnden månadsvis",
         "Nämndsekreterare", "Genomförd", "Genomförd",
         "Delegationsbeslut har anmälts vid varje sammanträde. Inga avvikelser.",
         "Ingen åtgärd.", G, False),
        ("Myndighetsutövning och dokumentation",
         "Logguppföljning i verksamhetssystemet avseende otillbörlig åtkomst, 10 stickprov per månad",
         "Systemförvaltare", "", "",
         "Se bilaga 3.",
         "", O, False),
        ("Myndighetsutövning och dokumentation",
         "Kontroll av att lex Sarah-rapporter utreds och vid behov anmäls till IVO inom föreskriven tid",
         "Kvalitetsstrateg", "Genomförd", "Delvis",
         "Rutinen har följts i 9 av 11 ärenden. Två utredningar tog längre tid än rutinen anger och en anmälan "
         "till IVO skickades tre veckor för sent.",
         "Rutinen revideras och utbildning för enhetschefer genomförs under våren 2026.", D, True),
    ]

    doc = doc_base("Arial")
    doc.add_paragraph("Socialförvaltningen").runs[0].bold = True
    doc.add_paragraph("Tjänsteskrivelse SN 2026/0031")
    doc.add_heading("Verksamhetsberättelse helår 2025 – Socialnämnden", 0)

    doc.add_heading("Inledning", 1)
    doc.add_paragraph(
        "Verksamhetsberättelsen omfattar perioden 1 januari – 31 december 2025 och redovisar nämndens "
        "måluppfyllelse, ekonomi, personal och uppföljning av internkontrollplanen.")
    doc.add_heading("Viktiga händelser under året", 1)
    for t in ["Ny mottagningsenhet för vuxna startade i mars.",
              "Familjehemsrekryteringen samordnades med Österåker och Vallentuna.",
              "Kostnaderna för placeringar av barn och unga har fortsatt att öka."]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Mål och resultat", 1)
    doc.add_paragraph(
        "Av nämndens sex mål bedöms tre vara uppfyllda och tre delvis uppfyllda. Andelen hushåll som lämnat "
        "försörjningsstödet för arbete eller studier har ökat till 41 procent.")

    doc.add_heading("Ekonomi", 1)
    add_table(doc, ["Verksamhetsområde (tkr)", "Budget", "Utfall", "Avvikelse"], [
        ["Barn och unga", "186 400", "201 950", "-15 550"],
        ["Vuxen och missbruk", "98 200", "96 870", "1 330"],
        ["Ekonomiskt bistånd", "112 000", "108 410", "3 590"],
        ["Ledning och gemensamt", "31 500", "30 980", "520"],
        ["Summa", "428 100", "438 210", "-10 110"],
    ], bold_last=True)

    doc.add_heading("Personal", 1)
    doc.add_paragraph(
        "Sjukfrånvaron uppgick till 8,2 procent (9,0 procent 2024). Personalomsättningen bland "
        "socialsekreterare minskade till 17 procent. Fyra chefstjänster har rekryterats under året.")

    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplan 2025 i december 2024. Planen innehåller åtta kontrollmoment "
        "inom tre processer. Tabellen sammanfattar utfallet vid helår; därefter redovisas varje kontrollmoment "
        "med status vid delår (per 31 augusti) och helår.")
    summ = [
        ["Ekonomiskt bistånd", "2", "Genomförda 1, Delvis 1, Ej 0"],
        ["Barn och unga", "3", "Genomförda 1, Delvis 0, Ej 1, Utgår 1"],
        ["Myndighetsutövning och dokumentation", "3", "Genomförda 1, Delvis 1, Ej 0 (ett moment redovisas i bilaga)"],
        ["Totalt", "8", "Genomförda 3, Delvis 2, Ej 1, Utgår 1"],
    ]
    add_table(doc, ["Process", "Antal kontrollmoment", "Utfall helår"], summ, bold_last=True)
    doc.add_paragraph()

    cur = None
    for i, (pr, text, ans, dl, hl, res, atg, e, avv) in enumerate(ctrls, 1):
        if pr != cur:
            doc.add_heading(pr, 2)
            cur = pr
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Kontrollmoment %d" % i, text), ("Ansvarig", ans),
                         ("Status delår (31 aug)", dl), ("Status helår", hl),
                         ("Resultat och iakttagelser", res), ("Åtgärder", atg)]:
            cells = t.add_row().cells
            cell_text(cells[0], lab, bold=True, size=9)
            shade(cells[0], "EDEDED")
            cell_text(cells[1], val, size=9)
        doc.add_paragraph()
        exp(fil, namnd, text, e, avv)

    doc.add_heading("Bilagor", 1)
    doc.add_paragraph("Bilaga 1 Måluppföljning\nBilaga 2 Ekonomisk uppföljning per enhet\n"
                      "Bilaga 3 Logguppföljning 2025 (sekretess, lämnas separat)")
    doc.save(os.path.join(OUT, fil))


# ========================================================================================
# 3. Kultur- och fritidsnämnden – workbook: Sammanställning + one sheet per process (.xlsx)
# ========================================================================================
FILL = {
    "G": PatternFill("solid", fgColor="92D050"),
    "Y": PatternFill("solid", fgColor="FFFF00"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "B": PatternFill("solid", fgColor="9BC2E6"),
    "GR": PatternFill("solid", fgColor="BFBFBF"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def kfn():
    fil = "KFN Uppföljning internkontroll helår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    procs = [
        ("1 Föreningsstöd", "Föreningsstöd", [
            ("1.1", "Stickprov av 10 beviljade aktivitetsbidrag mot närvarorapporter i föreningsregistret",
             "Stickprov", "Årligen", "Föreningskonsulent", "Genomförd",
             "En förening hade rapporterat ledare som deltagare. 6 200 kr återkrävs.",
             "Information till föreningen, återkrav skickat.", G, True),
            ("1.2", "Kontroll av att föreningar med driftbidrag har lämnat revisionsberättelse och årsbokslut",
             "Genomgång av samtliga", "Årligen", "Föreningskonsulent", "Delvis genomförd",
             "28 av 35 föreningar har lämnat handlingar. Påminnelse skickad till resterande sju.",
             "Utbetalning 2026 hålls inne tills handlingar kommit in.", D, True),
            ("1.3", "Kontroll av att beslut om arrangemangsbidrag fattats enligt delegationsordningen",
             "Stickprov", "Årligen", "Enhetschef fritid", "Utgår",
             "Ej aktuell 2025 – arrangemangsbidraget avskaffades i och med de nya bidragsreglerna från 1 mars 2025.",
             "", U, False),
        ]),
        ("2 Bibliotek", "Bibliotek", [
            ("2.1", "Kontroll av att kontanthantering vid bibliotekens diskar stäms av och redovisas veckovis",
             "Avstämning kassarapporter", "Halvår", "Bibliotekschef", "Genomförd",
             "Avstämning gjord för Norrtälje stadsbibliotek, Rimbo och Hallstavik. Inga differenser.",
             "", G, False),
            ("2.2", "Granskning av att låntagaruppgifter gallras enligt dokumenthanteringsplanen",
             "Systemkontroll", "Årligen", "Systemansvarig bibliotek", "Ej genomförd",
             "Gallringsfunktionen i bibliotekssystemet har ännu inte driftsatts av leverantören.",
             "Dialog med leverantören, ny tidplan Q2 2026.", E, False),
        ]),
        ("3 Anläggningar", "Anläggningar och bokning", [
            ("3.1", "Kontroll av att bokningar av idrottshallar debiteras enligt beslutad taxa",
             "Stickprov 40 bokningar", "Halvår", "Bokningsansvarig", "Genomförd",
             "Två bokningar hade debiterats ungdomstaxa trots att bokande lag var vuxenlag. Korrigerat.",
             "Kontrollfråga lagd i bokningssystemet.", G, True),
            ("3.2", "Kontroll av att lagstadgade besiktningar av lekutrustning och badplatser genomförts",
             "Genomgång besiktningsprotokoll", "Årligen", "Anläggningschef", "Delvis genomförd",
             "Besiktning genomförd på 9 av 14 badplatser före säsongsstart. Inga anmärkningar på besiktigade "
             "platser. Resterande fem besiktigas våren 2026.",
             "", D, False),
            ("3.3", "Uppföljning av att nycklar och passerkort till anläggningar kvitteras och återlämnas",
             "Inventering", "Årligen", "Anläggningschef", "Genomförd",
             "Inventering av nyckelregistret gjord i oktober, samtliga nycklar kvitterade.",
             "", G, False),
        ]),
        ("4 Ekonomi", "Ekonomi", [
            ("4.1", "Stickprov av 15 leverantörsfakturor per kvartal avseende avtalstrohet",
             "Stickprov", "Kvartalsvis", "Controller", "Genomförd",
             "Inköp av scenteknik har vid två tillfällen gjorts utanför ramavtal (totalt 64 tkr).",
             "Information till kulturhusets personal om gällande avtal.", G, True),
            ("4.2", "Kontroll av att intäkter från uthyrning av kulturhuset periodiseras korrekt vid bokslut",
             "Avstämning", "Årligen", "Controller", "", "", "", S, False),
        ]),
    ]

    colour_of = {"Genomförd": "G", "Delvis genomförd": "Y", "Ej genomförd": "R", "Utgår": "GR"}

    wb = Workbook()
    ws = wb.active
    ws.title = "Sammanställning"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (per 2025-12-31)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Sammanställning av samtliga kontrollmoment. Detaljerad redovisning finns på flikarna per process."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Status helår", "Kort kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
    r = 6
    counts = {}
    for sheetname, pname, ctrls in procs:
        for (nr, text, met, frek, ans, st, res, atg, e, avv) in ctrls:
            vals = [nr, pname, text, st, (res[:70] + "…") if len(res) > 70 else res]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if st:
                ws.cell(row=r, column=4).fill = FILL[colour_of[st]]
                counts[st] = counts.get(st, 0) + 1
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal per status").font = Font(bold=True)
    r += 1
    for st in ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]:
        ws.cell(row=r, column=2, value=st)
        ws.cell(row=r, column=3, value=counts.get(st, 0))
        ws.cell(row=r, column=2).fill = FILL[colour_of[st]]
        r += 1
    ws.cell(row=r, column=2, value="Ej rapporterat")
    ws.cell(row=r, column=3, value=1)
    r += 1
    ws.cell(row=r, column=2, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=3, value=sum(len(p[2]) for p in procs)).font = Font(bold=True)
    for col, w in zip("ABCDE", [6, 26, 70, 18, 60]):
        ws.column_dimensions[col].width = w

    for sheetname, pname, ctrls in procs:
        s = wb.create_sheet(sheetname)
        s["A1"] = "Internkontroll 2025 – Kultur- och fritidsnämnden"
        s["A1"].font = Font(bold=True, size=12)
        s["A2"] = "Process: " + pname
        s["A2"].font = Font(bold=True, size=12)
        s.merge_cells("A2:H2")
        s["A3"] = "Uppföljning helår. Status anges som Genomförd / Delvis genomförd / Ej genomförd / Utgår."
        s["A3"].font = Font(italic=True, size=9)
        hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status helår",
               "Resultat / iakttagelser", "Åtgärd"]
        for i, h in enumerate(hdr, 1):
            c = s.cell(row=5, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = BOX
        rr = 6
        for (nr, text, met, frek, ans, st, res, atg, e, avv) in ctrls:
            for i, v in enumerate([nr, text, met, frek, ans, st, res, atg], 1):
                c = s.cell(row=rr, column=i, value=v if v != "" else None)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            rr += 1
        rr += 1
        s.cell(row=rr, column=1, value="Ifylld av: Maria Lundqvist, controller, 2026-01-22")
        for col, w in zip("ABCDEFGH", [6, 60, 22, 12, 22, 18, 60, 40]):
            s.column_dimensions[col].width = w
        for (nr, text, met, frek, ans, st, res, atg, e, avv) in ctrls:
            exp(fil, namnd, text, e, avv)
    wb.save(os.path.join(OUT, fil))


# ========================================================================================
# 4. Miljö- och hälsoskyddsnämnden – verksamhetsberättelse (.docx) whose only table is the
#    control list with Kv1–Kv4 tick columns
# ========================================================================================
def mhn():
    fil = "MHN verksamhetsberättelse 2025.docx"
    namnd = "Miljö- och hälsoskyddsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    # text, [kv1..kv4], kommentar, expected, avv
    ctrls = [
        ("Kontroll av att tillsynsavgifter debiteras efter utförd inspektion (stickprov 10 ärenden per kvartal)",
         ["X", "X", "X", "X"], "Inga avvikelser.", G, False),
        ("Kontroll av att klagomålsärenden om buller och lukt påbörjas inom 14 dagar",
         ["X", "X", "X", "X"], "Kv3: tre ärenden påbörjades först efter 3–4 veckor (semesterperiod).", G, True),
        ("Uppföljning av att tillsynsplanen för livsmedelskontroll följs",
         ["", "", "", "X"], "82 % av planerade kontroller utförda, resterande förs över till 2026.", G, True),
        ("Kontroll av att delegationsbeslut anmäls till nämnden",
         ["X", "X", "X", "pågår"], "Kv4 sammanställs i januari 2026.", D, False),
        ("Granskning av att bisysslor och jäv för inspektörer är dokumenterade",
         ["", "X", "", ""], "Samtliga 18 inspektörer har lämnat bisyssleredovisning.", G, False),
        ("Kontroll av att beslut om miljösanktionsavgifter expedieras korrekt och i tid",
         ["", "", "", ""], "Ej genomförd – inga resurser under hösten, tas med i plan 2026.", E, False),
        ("Stickprov av att förelägganden om enskilda avlopp följs upp inom beslutad tid",
         ["", "", "", ""], "", S, False),
    ]

    doc = doc_base("Times New Roman")
    doc.add_paragraph("Norrtälje kommun – Miljö- och hälsoskyddskontoret").runs[0].italic = True
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Miljö- och hälsoskyddsnämnden").runs[0].bold = True
    doc.add_heading("Året i korthet", 1)
    doc.add_paragraph(
        "Under 2025 har nämnden genomfört 1 146 inspektioner inom livsmedels-, miljö- och hälsoskyddstillsyn. "
        "Arbetet med inventering av enskilda avlopp i Väddö och Grisslehamn har fortsatt enligt plan.")
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph(
        "Nämnden redovisar ett överskott om 1,2 mnkr mot budget. Överskottet beror främst på vakanta tjänster "
        "under första halvåret samt högre intäkter från tillsynsavgifter än beräknat. Kostnaderna för "
        "konsulttjänster har minskat med 0,4 mnkr jämfört med 2024.")
    doc.add_heading("Personal", 1)
    doc.add_paragraph(
        "Förvaltningen har 41 tillsvidareanställda. Sjukfrånvaron uppgick till 4,1 procent. Två inspektörer "
        "inom livsmedel har rekryterats under hösten.")
    doc.add_heading("Måluppfyllelse", 1)
    doc.add_paragraph(
        "Nämndens tre mål bedöms som uppfyllda. Målet om att 90 procent av klagomål ska påbörjas inom 14 dagar "
        "nåddes med 93 procent.")
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplan 2025 den 18 december 2024. I tabellen markeras med X det kvartal då "
        "respektive kontroll har genomförts. Kontroller som görs kvartalsvis ska ha markering i alla fyra kvartal.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kv1", "Kv2", "Kv3", "Kv4", "Kommentar"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "C6E0B4")
    for text, kv, kom, e, avv in ctrls:
        cells = t.add_row().cells
        cell_text(cells[0], text, size=9)
        for i, v in enumerate(kv):
            pp = cell_text(cells[1 + i], v, size=9)
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_text(cells[5], kom, size=9)
        exp(fil, namnd, text, e, avv)
    doc.add_paragraph()
    doc.add_paragraph("Norrtälje 2026-01-28\n\nKarin Edholm\nMiljö- och hälsoskyddschef")
    doc.save(os.path.join(OUT, fil))


# ========================================================================================
# 5. Överförmyndarnämnden – small nämnd, .odt with ☒/☐ checklist per control
# ========================================================================================
def ofn():
    fil = "Överförmyndarnämnden intern kontroll 2025.odt"
    namnd = "Överförmyndarnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    # text, (gen, delv, ej), kommentar, expected, avv
    ctrls = [
        ("Granskning av att samtliga årsräkningar inkommit senast 1 mars och granskats inom sex månader",
         (1, 0, 0),
         "412 av 418 årsräkningar granskades inom sex månader. Sex komplicerade ärenden slutgranskades i oktober.",
         G, True),
        ("Kontroll av att nya ställföreträdare har lämplighetsprövats med utdrag ur belastnings- och skuldregister",
         (1, 0, 0), "Samtliga 37 nya ställföreträdare har kontrollerats. Inga anmärkningar.", G, False),
        ("Stickprov av 10 arvodesbeslut avseende korrekt beräkning enligt nämndens riktlinjer",
         (1, 1, 0), "Stickprov gjort på sju beslut; en felaktigt beräknad kostnadsersättning upptäcktes och har rättats.",
         O, True),
        ("Kontroll av att förteckningar inkommer inom två månader från förordnande",
         (0, 0, 0), "Kontrollen pågår och slutförs i februari 2026.", D, False),
        ("Uppföljning av att spärr på huvudmännens bankkonton har registrerats hos banken",
         (0, 0, 1), "Hann inte genomföras på grund av personalbyte på enheten.", E, False),
    ]

    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    title = Style(name="Titel", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm"))
    for s in (bold, small, title, h2):
        doc.automaticstyles.addElement(s)

    doc.text.addElement(P(stylename=small, text="Norrtälje kommun · Överförmyndarenheten · Dnr ÖFN 2026/3"))
    doc.text.addElement(P(stylename=title, text="Uppföljning av intern kontroll 2025"))
    doc.text.addElement(P(text="Överförmyndarnämnden, helårsuppföljning per den 31 december 2025"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text=(
        "Nämnden har en liten organisation med fem handläggare och har därför en kortare "
        "internkontrollplan med fem kontrollmoment. Nedan redovisas varje kontrollmoment med kryss för utfall "
        "och en kommentar. Verksamheten har i övrigt hållit budget (överskott 0,3 mnkr).")))
    for i, (text, ticks, kom, e, avv) in enumerate(ctrls, 1):
        doc.text.addElement(P(stylename=h2, text="%d. %s" % (i, text)))
        boxes = ["☒" if t else "☐" for t in ticks]
        doc.text.addElement(P(text="%s Genomförd    %s Delvis genomförd    %s Ej genomförd" % tuple(boxes)))
        p = P()
        p.addElement(Span(stylename=bold, text="Kommentar: "))
        p.addText(kom)
        doc.text.addElement(p)
        exp(fil, namnd, text, e, avv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Lena Grahn, enhetschef överförmyndarenheten, 2026-01-19"))
    doc.save(os.path.join(OUT, fil))


# ========================================================================================
# 6. Kommunstyrelsen – traffic light colours only, Delår | Helår, group rows (.xls via soffice)
# ========================================================================================
def ks():
    fil = "KS uppföljning IKP helår 2025.xls"
    namnd = "Kommunstyrelsen"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    # group, text, ansvarig, delår (colour, text), helår (colour, text), kommentar, expected, avv
    rows = [
        ("Ekonomiprocesser", [
            ("Avstämning av balanskonton vid bokslut (kundfordringar, leverantörsskulder, moms)", "Redovisningschef",
             ("G", ""), ("G", ""), "Samtliga konton avstämda och dokumenterade.", G, False),
            ("Kontroll av att manuella verifikationer över 100 tkr attesterats av två personer", "Redovisningschef",
             ("G", ""), ("B", ""), "Två verifikationer i juni saknade andra attest. Attesterades i efterhand.", G, True),
            ("Kontroll av att leverantörsregistret saknar dubbletter och att ändrade bankuppgifter verifierats",
             "Ekonomiassistent", ("Y", ""), ("", ""), "Delår: halva registret genomgånget.", D, False),
        ]),
        ("Personal och lön", [
            ("Stickprov av 30 löneutbetalningar mot anställningsavtal och tidrapportering", "Lönechef",
             ("", ""), ("R", ""), "Ej genomförd, flyttad till 2026 på grund av byte av lönesystem.", E, False),
            ("Kontroll av att samtliga chefer har redovisat eventuella bisysslor", "HR-chef",
             ("", ""), ("G", ""), "Alla 46 chefer har redovisat.", G, False),
        ]),
        ("IT och informationssäkerhet", [
            ("Kontroll av att behörigheter i ekonomisystemet tas bort när anställning upphör", "Systemförvaltare",
             ("Y", ""), ("G", ""), "Fyra konton fanns kvar mer än 30 dagar efter avslut. Rutinen är skärpt.", G, True),
            ("Test av återläsning av säkerhetskopior för verksamhetskritiska system", "IT-chef",
             ("", ""), ("", "Se bilaga"), "", O, False),
        ]),
        ("Upphandling och avtal", [
            ("Granskning av direktupphandlingar över 100 tkr avseende dokumentation enligt riktlinje",
             "Upphandlingschef", ("Y", ""), ("Y", ""),
             "12 av 20 granskade. Tre saknade dokumentation av jämförda leverantörer.", D, True),
            ("Kontroll av att avtal registreras i avtalsdatabasen inom en månad från tecknande", "Avtalscontroller",
             ("", ""), ("G", ""), "Stickprov 25 avtal, 23 registrerade inom en månad.", G, True),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunstyrelsen / Kommunstyrelsekontoret"
    ws["A3"] = "Rapporttillfälle: Helår 2025"
    ws["A5"] = "Färgkod:"
    ws["A5"].font = Font(bold=True)
    legend = [("G", "Genomförd utan anmärkning"), ("B", "Genomförd med anmärkning"),
              ("Y", "Delvis genomförd / pågår"), ("R", "Ej genomförd")]
    col = 2
    for k, t in legend:
        c = ws.cell(row=5, column=col, value=t)
        c.fill = FILL[k]
        c.border = BOX
        col += 1
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Delår 2025", "Helår 2025", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
    r = 8
    for grp, items in rows:
        c = ws.cell(row=r, column=1, value=grp.upper())
        c.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for text, ans, dl, hl, kom, e, avv in items:
            vals = [grp, text, ans, dl[1] or None, hl[1] or None, kom or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if dl[0]:
                ws.cell(row=r, column=4).fill = FILL[dl[0]]
            if hl[0]:
                ws.cell(row=r, column=5).fill = FILL[hl[0]]
            exp(fil, namnd, text, e, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av ekonomiavdelningen 2026-02-02, Anders Pettersson")
    for c_, w in zip("ABCDEF", [24, 70, 20, 13, 13, 60]):
        ws.column_dimensions[c_].width = w

    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "KS uppföljning IKP helår 2025.xlsx")
        wb.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, "KS uppföljning IKP helår 2025.xls"), os.path.join(OUT, fil))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ========================================================================================
# 7. Stratsys-like CSV export, Windows-1252, two nämnder, row per control and period
# ========================================================================================
def stratsys():
    fil = "Export_Internkontroll_SBF_2025-12-31.csv"
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Byggnadsnämnden", "2025", "HELAR"))

    # org, process, text, ansvarig, periods dict {(år, per): (status, kommentar)}, expected, avv
    data = [
        ("Tekniska nämnden", "VA-ekonomi",
         "Kontroll av att fakturering av VA-anslutningsavgifter följer beslutad taxa", "Ekonomichef VA",
         [("2025", "T1", "Pågående", "Urval gjort."), ("2025", "T2", "Pågående", ""),
          ("2025", "T3", "Genomförd", "Stickprov 20 anslutningar, inga avvikelser.")], G, False),
        ("Tekniska nämnden", "Investeringar och entreprenad",
         "Stickprov av 15 entreprenadfakturor mot avtal och ÄTA-beslut", "Projektchef",
         [("2025", "T1", "Genomförd", "Inga avvikelser T1."), ("2025", "T2", "Genomförd", "Inga avvikelser T2."),
          ("2025", "T3", "Genomförd med anmärkning",
           "ÄTA-arbeten om 212 tkr fakturerades utan skriftligt beslut i projekt Gustav Adolfs väg.")], G, True),
        ("Tekniska nämnden", "Gata och park",
         "Kontroll av att felanmälningar om gatubelysning åtgärdas inom 14 dagar", "Enhetschef gata",
         [("2025", "T1", "Ej påbörjad", ""), ("2025", "T2", "Pågående", "Underlag från felanmälan tas fram."),
          ("2025", "T3", "", "")], D, False),
        ("Tekniska nämnden", "Gata och park",
         "Kontroll av att vinterväghållningsentreprenörens körjournaler stäms av mot fakturor",
         "Enhetschef gata",
         [("2025", "T1", "Genomförd", "Jan–mars avstämt."), ("2025", "T2", "Ej aktuell", "Ingen vinterväghållning."),
          ("2025", "T3", "Genomförd", "Nov–dec avstämt. En faktura justerades med 18 tkr.")], G, True),
        ("Tekniska nämnden", "Arbetsmiljö",
         "Uppföljning av att arbetsmiljöronder genomförs på samtliga arbetsplatser", "Förvaltningschef",
         [("2025", "T1", "Pågående", ""), ("2025", "T2", "Pågående", "4 av 7 klara."),
          ("2025", "T3", "", "Ronder genomförda på alla 7 arbetsplatser, klart i oktober.")], G, False),
        ("Tekniska nämnden", "Avfall",
         "Kontroll av att farligt avfall på återvinningscentralerna hanteras enligt tillstånd", "Avfallschef",
         [("2025", "T1", "Ej påbörjad", ""), ("2025", "T2", "Ej påbörjad", ""),
          ("2025", "T3", "Ej genomförd", "Ej genomförd på grund av byte av entreprenör.")], E, False),
        ("Byggnadsnämnden", "Bygglov",
         "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         [("2025", "T1", "Pågående", ""), ("2025", "T2", "Pågående", ""),
          ("2025", "T3", "Delvis",
           "Kontrollerat jan–sep: 91 % inom tid. 14 ärenden överskred tiden och avgiften reducerades.")], D, True),
        ("Byggnadsnämnden", "Bygglov",
         "Stickprov av 10 ärenden avseende korrekt debitering enligt plan- och bygglovstaxan", "Bygglovschef",
         [("2025", "T1", "", ""), ("2025", "T2", "Genomförd", "5 ärenden, inga avvikelser."),
          ("2025", "T3", "Genomförd", "Ytterligare 5 ärenden, inga avvikelser.")], G, False),
        ("Byggnadsnämnden", "Nämndadministration",
         "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [("2025", "T1", "Genomförd", ""), ("2025", "T2", "Genomförd", ""),
          ("2025", "T3", "Genomförd", "Inga avvikelser.")], G, False),
        ("Byggnadsnämnden", "Tillsyn",
         "Kontroll av att ärenden om ovårdade tomter och byggnader följs upp enligt tillsynsplan",
         "Byggnadsinspektör",
         [("2024", "T3", "Genomförd", "Samtliga 12 ärenden uppföljda."),
          ("2025", "T1", "", ""), ("2025", "T2", "", ""), ("2025", "T3", "", "")], S, False),
        ("Byggnadsnämnden", "Tillsyn",
         "Uppföljning av att beslut om byggsanktionsavgift fattas enligt delegationsordningen",
         "Bygglovschef",
         [("2025", "T1", "", ""), ("2025", "T2", "", ""),
          ("2025", "T3", "Utgår", "Struken ur planen vid nämndens sammanträde i april.")], U, False),
    ]
    lines = []
    header = ["Organisation", "Förvaltning", "Process", "Kontrollmoment", "Ansvarig", "År", "Period",
              "Status", "Kommentar", "Senast ändrad"]
    lines.append(header)
    dates = {"T1": "2025-05-08", "T2": "2025-09-12", "T3": "2026-01-16"}
    for org, pr, text, ans, pers, e, avv in data:
        for (ar, per, st, kom) in pers:
            d = dates[per] if ar == "2025" else "2025-01-20"
            lines.append([org, "Samhällsbyggnadsförvaltningen", pr, text, ans, ar, per, st, kom,
                          d if (st or kom) else ""])
        exp(fil, org, text, e, avv)
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)


# ========================================================================================
# 8. Gymnasie- och vuxenutbildningsnämnden – .ods, tick columns X under status, group rows,
#    totals row
# ========================================================================================
def gvn():
    fil = "GVN internkontroll uppföljning 2025.ods"
    namnd = "Gymnasie- och vuxenutbildningsnämnden"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    groups = [
        ("Antagning och elevadministration", [
            ("Kontroll av att antagning till gymnasieskolan följer urvalsreglerna (stickprov 25 antagningsbeslut)",
             (1, 0, 0), "Inga avvikelser.", G, False),
            ("Kontroll av att rapportering av ogiltig frånvaro till CSN sker enligt rutin",
             (0, 1, 0), "Fungerar på Rodengymnasiet. På vuxenutbildningen saknas rutin, rapportering har uteblivit.",
             D, True),
            ("Kontroll av att interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
             (0, 0, 0), "Kontrollen genomfördes i december, inga avvikelser.", G, False),
        ]),
        ("Ekonomi", [
            ("Stickprov av 20 leverantörsfakturor avseende avtalstrohet och attest",
             (1, 0, 0), "Två fakturor saknade beställarreferens.", G, True),
            ("Kontroll av att statsbidrag för regional yrkesvux återrapporteras korrekt till Skolverket",
             (1, 0, 1), "Återrapport inskickad.", O, False),
        ]),
        ("Arbetsmarknad och vuxenutbildning", [
            ("Uppföljning av att deltagare i arbetsmarknadsinsatser har en aktuell handlingsplan",
             (0, 0, 1), "Ej genomförd, skjuts till 2026.", E, False),
            ("Kontroll av att betyg i SFI registreras i elevsystemet inom två veckor efter avslutad kurs",
             (0, 0, 0), "", S, False),
        ]),
    ]

    doc = OpenDocumentSpreadsheet()
    bold = Style(name="cb", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    head = Style(name="ch", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#FCE4D6", border="0.5pt solid #000000"))
    grp = Style(name="cg", family="table-cell")
    grp.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    grp.addElement(TableCellProperties(backgroundcolor="#EDEDED"))
    norm = Style(name="cn", family="table-cell")
    norm.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    wide = Style(name="cw", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="9cm"))
    narrow = Style(name="cnw", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="2.6cm"))
    mid = Style(name="cm", family="table-column")
    mid.addElement(TableColumnProperties(columnwidth="5cm"))
    for s in (bold, head, grp, norm, wide, narrow, mid):
        doc.automaticstyles.addElement(s)

    t = Table(name="Helår 2025")
    t.addElement(TableColumn(stylename=mid))
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=narrow, numbercolumnsrepeated=3))
    t.addElement(TableColumn(stylename=wide))

    def row(vals, style=None, span_first=0):
        tr = TableRow()
        if not vals:
            tr.addElement(TableCell())
        for i, v in enumerate(vals):
            if span_first and i == 0:
                tc = TableCell(stylename=style, numbercolumnsspanned=span_first, valuetype="string")
                tc.addElement(P(text=v))
                tr.addElement(tc)
                for _ in range(span_first - 1):
                    tr.addElement(CoveredTableCell())
                break
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            elif isinstance(v, int):
                tc = TableCell(stylename=style, valuetype="float", value=v) if style else \
                    TableCell(valuetype="float", value=v)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(stylename=style, valuetype="string") if style else TableCell(valuetype="string")
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Gymnasie- och vuxenutbildningsnämnden"], bold)
    row(["Uppföljning intern kontroll 2025 – helår"], bold)
    row(["Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser."])
    row([])
    row(["Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"], head)
    tot = [0, 0, 0]
    for g, items in groups:
        row([g], grp, span_first=6)
        for text, ticks, kom, e, avv in items:
            vals = [g, text] + ["X" if x else "" for x in ticks] + [kom]
            row(vals, norm)
            tot = [a + b for a, b in zip(tot, ticks)]
            exp(fil, namnd, text, e, avv)
    row(["Summa", "", tot[0], tot[1], tot[2], ""], bold)
    row([])
    row(["Rektor/verksamhetschef: Jonas Wikström", "", "", "", "", "Datum: 2026-01-30"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))


# ========================================================================================
# 9. Rejected: Word lock file left in the folder
# ========================================================================================
def lockfile():
    fil = "~$N Verksamhetsberättelse 2025.docx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    owner = "Helena Sjöberg"
    b = bytes([len(owner)]) + owner.encode("latin-1") + b"\x00" * (54 - len(owner))
    b += owner.encode("utf-16-le") + b"\x00" * (162 - 55 - 2 * len(owner))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b[:162])


# ========================================================================================
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelsekontoret|KSK"),
    ("Barn- och skolnämnden", "BSN|Barn- och skolförvaltningen|BSF"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska kontoret"),
    ("Byggnadsnämnden", "BN|Bygglovsavdelningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddskontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    # clean previous output (only files this script makes)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if f not in keep and os.path.isfile(p):
            os.remove(p)
    for fn in (bsn, sn, kfn, mhn, ofn, ks, stratsys, gvn, lockfile):
        fn()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2] and "\n" not in r[2]
            f.write(";".join(r) + "\n")
    print("files:", len(set(r[0] for r in FILES)), "nämnd rows:", sum(1 for r in FILES if r[1] == "INLAST"),
          "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
