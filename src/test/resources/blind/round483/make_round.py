#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r483 - Lekebergs kommun, helår 2025, verksamhetsberättelser.

Builds every file of the round plus namnder.csv, files.csv and expected.csv into the
folder this script lives in.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import H, P, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2026, 2, 2, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round483"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (keeps order and compression)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zout:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 2, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            zout.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def add_table(doc, header, rows, widths=None, head_fill="D9E2F3", size=9.5, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        if head_fill:
            shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def new_doc(author):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    return doc


def para(doc, text, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ A. Bildningsnämnden (docx, IK table)
def file_bildning():
    fil = "Bildningsnämnden Verksamhetsberättelse 2025.docx"
    N = "Bildningsnämnden"
    doc = new_doc("Lena Andersson")
    para(doc, "Lekebergs kommun", bold=True, size=12)
    para(doc, "Verksamhetsberättelse 2025", bold=True, size=24)
    para(doc, "Bildningsnämnden", bold=True, size=16)
    para(doc, "Dnr BIN 2026/12\nBeslutad av bildningsnämnden 2026-02-17, § 8", size=10)
    para(doc, "")

    doc.add_heading("1. Sammanfattning", level=1)
    para(doc, "Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, grundsärskola, kulturskola "
              "och vuxenutbildning i Lekebergs kommun. Året har präglats av ökade elevtal i Fjugesta och "
              "arbetet med ny lokalförsörjningsplan. Nämnden redovisar ett överskott om 2,4 mnkr mot budget.")
    para(doc, "Måluppfyllelsen bedöms som god. Meritvärdet i årskurs 9 har ökat för tredje året i rad, "
              "samtidigt som andelen legitimerade lärare fortfarande ligger under rikssnittet.")

    doc.add_heading("2. Uppdrag från kommunfullmäktige och nämnd", level=1)
    para(doc, "Tabellen visar status för de uppdrag som nämnden fått i Mål och budget 2025 samt egna uppdrag.")
    add_table(doc, ["Uppdrag", "Ansvarig", "Status", "Kommentar"], [
        ["Ta fram en plan för lokalförsörjning för förskola och skola 2026–2035", "Förvaltningschef", "Pågår",
         "Remissversion klar december 2025, beslut planeras i KF april 2026."],
        ["Införa gemensam rutin för elevhälsans journalföring", "Rektor/elevhälsochef", "Klart",
         "Rutinen gäller från 2025-08-11."],
        ["Utreda samordnad upphandling av skolskjuts med Örebro län", "Verksamhetscontroller", "Klart",
         "Utredningen redovisades för nämnden 2025-10-14 § 71."],
        ["Öka andelen behöriga lärare i grundskolan", "Förvaltningschef", "Pågår",
         "Andelen ökade från 71 till 74 procent."],
        ["Digital läsfrämjande satsning i förskoleklass", "Bibliotekschef", "Ej påbörjat",
         "Avvaktar statsbidrag."],
    ], widths=[7, 3.5, 2, 5.5])

    doc.add_heading("3. Nyckeltal", level=1)
    add_table(doc, ["Nyckeltal", "2023", "2024", "2025", "Mål 2025"], [
        ["Antal inskrivna barn i förskola", "412", "425", "438", "–"],
        ["Antal elever i grundskola (F–9)", "1 126", "1 151", "1 178", "–"],
        ["Andel elever i åk 9 behöriga till yrkesprogram (%)", "84,1", "86,3", "88,0", "90,0"],
        ["Genomsnittligt meritvärde åk 9", "221,4", "226,0", "229,8", "230"],
        ["Andel legitimerade lärare (%)", "69", "71", "74", "80"],
        ["Kostnad per elev grundskola (kr)", "118 400", "122 900", "127 300", "–"],
    ], widths=[8, 2, 2, 2, 2.5])

    doc.add_heading("4. Ekonomi", level=1)
    para(doc, "Driftredovisning per verksamhet, tkr.")
    add_table(doc, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"], [
        ["Nämnd och förvaltningsledning", "9 850", "9 412", "438"],
        ["Förskola", "58 300", "57 640", "660"],
        ["Grundskola och fritidshem", "142 700", "141 915", "785"],
        ["Grundsärskola", "6 900", "7 315", "-415"],
        ["Kulturskola", "3 400", "3 288", "112"],
        ["Vuxenutbildning", "5 200", "4 380", "820"],
        ["Summa", "226 350", "223 950", "2 400"],
    ], widths=[7, 3, 3, 3])

    doc.add_heading("5. Intern kontroll", level=1)
    doc.add_heading("5.1 Inledning", level=2)
    para(doc, "Bildningsnämnden antog internkontrollplan 2025 den 10 december 2024, § 112. Planen omfattar nio "
              "kontrollmoment som valts ut efter nämndens risk- och väsentlighetsanalys. Kontrollerna har utförts "
              "av förvaltningens controller och respektive rektor. Resultatet redovisas i tabellen nedan och "
              "de avvikelser som har upptäckts beskrivs i avsnitt 5.3.")
    doc.add_heading("5.2 Uppföljning av kontrollmomenten", level=2)
    ctrls = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov på 40 fakturor (mars och oktober). Samtliga attesterade av behörig attestant.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "20 av 20 nyanställningar kontrollerade. Registerutdrag fanns för samtliga.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar",
         "Av 64 anmälningar inkom 51 till huvudman inom fem arbetsdagar.",
         "Genomförd med avvikelse – se avsnitt 5.3", "GENOMFORD", "ja"),
        ("Rapportering av elevfrånvaro och kontakt med vårdnadshavare vid hög frånvaro",
         "Kontrollen är gjord på två av fyra skolenheter (Fjugestaskolan och Hidinge skola). Inga "
         "avvikelser på de kontrollerade enheterna. Resterande enheter kontrolleras i februari 2026.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Beslut om skolskjuts fattas enligt delegationsordningen",
         "Kontrollen har inte genomförts. Ansvarig handläggare har varit tjänstledig under hösten och "
         "uppgiften har inte kunnat fördelas om. Kontrollmomentet flyttas till plan 2026.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Avgifter i fritidshem stäms av mot inkomstuppgifter",
         "Avgiftshanteringen flyttades till kommunstyrelsens kundtjänst den 1 mars 2025 och ingår i "
         "kommunstyrelsens internkontroll.",
         "Ej aktuell 2025", "UTGAR", ""),
        ("Inventering av elevdatorer och läsplattor",
         "Inventering på samtliga enheter i november. 23 enheter kunde inte återfinnas.",
         "Genomförd med avvikelse – se avsnitt 5.3", "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av läromedel",
         "Genomgång av inköp över 10 tkr. Avtalstroheten var 96 procent, inga inköp utanför avtal "
         "över direktupphandlingsgränsen.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Behörigheter i elevregistret (IST) tas bort vid avslutad anställning",
         "", "", "SAKNAS", ""),
    ]
    t = add_table(doc, ["Kontrollmoment", "Resultat", "Status"],
                  [[c[0], c[1], c[2]] for c in ctrls], widths=[5.5, 8.5, 3.5])
    for c in ctrls:
        expect(fil, N, c[0], c[3], c[4])

    doc.add_heading("5.3 Avvikelser och åtgärder", level=2)
    para(doc, "Kränkande behandling: 13 anmälningar kom in till huvudman senare än fem arbetsdagar, i de flesta "
              "fall på grund av att mentor inte kände till rutinen. Rutinen har förtydligats och gåtts igenom "
              "på samtliga arbetsplatsträffar under december. Uppföljning sker i T1 2026.")
    para(doc, "Elevdatorer: 23 enheter saknades vid inventeringen. 19 har därefter återlämnats av elever och "
              "4 har polisanmälts. Utlämning sker framöver endast mot kvitterad låneförbindelse.")

    doc.add_heading("6. Framtid", level=1)
    para(doc, "Inför 2026 står nämnden inför fortsatt ökade elevtal och ett behov av nya förskoleplatser i "
              "Fjugesta. Arbetet med kompetensförsörjning fortsätter med fokus på behöriga lärare.")
    para(doc, "")
    para(doc, "Lena Andersson\nFörvaltningschef, bildningsförvaltningen")

    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ B. Vård- och omsorgsnämnden (docx, prose)
def file_von():
    fil = "VON_VB_helar_2025_slutversion.docx"
    N = "Vård- och omsorgsnämnden"
    doc = new_doc("Jonas Berg")
    para(doc, "Vård- och omsorgsnämnden", bold=True, size=14)
    para(doc, "Verksamhetsberättelse helår 2025", bold=True, size=22)
    para(doc, "Lekebergs kommun · Vård- och omsorgsförvaltningen · 2026-02-05", size=10)

    doc.add_heading("1. Inledning", level=1)
    para(doc, "Vård- och omsorgsnämnden ansvarar för äldreomsorg, insatser enligt LSS, socialpsykiatri, "
              "individ- och familjeomsorg samt kommunal hälso- och sjukvård. Verksamhetsberättelsen beskriver "
              "nämndens arbete under 2025 och ligger till grund för kommunens årsredovisning.")

    doc.add_heading("2. Viktiga händelser under året", level=1)
    for s in ["Nytt verksamhetssystem (Lifecare) infördes i november.",
              "Korttidsboendet flyttade till nya lokaler på Vretgården.",
              "Heltid som norm infördes inom hemtjänsten i Fjugesta."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("3. Uppdrag", level=1)
    add_table(doc, ["Uppdrag", "Status", "Kommentar"], [
        ["Införa nytt verksamhetssystem för socialtjänsten", "Klart", "Driftstart 2025-11-03."],
        ["Ta fram boendeplan för äldre 2026–2030", "Pågår", "Beslut planeras i juni 2026."],
        ["Utveckla digital tillsyn nattetid", "Pågår", "Införd i 34 av 60 ärenden."],
        ["Minska timanställningar inom hemtjänsten", "Klart", "Andelen timmar utförda av timanställda 8 %."],
    ], widths=[7.5, 2, 7])

    doc.add_heading("4. Nyckeltal och ekonomi", level=1)
    add_table(doc, ["Nyckeltal", "Utfall 2024", "Utfall 2025", "Kommentar"], [
        ["Antal personer med hemtjänst", "241", "256", ""],
        ["Antal platser särskilt boende", "96", "96", ""],
        ["Personalkontinuitet hemtjänst (antal personal/14 dagar)", "15", "13", "Förbättring"],
        ["Sjukfrånvaro (%)", "8,9", "8,1", ""],
        ["Nettokostnad (tkr)", "298 400", "311 250", "Budget 309 800"],
        ["Resultat mot budget (tkr)", "-2 950", "-1 450", ""],
    ], widths=[7.5, 2.5, 2.5, 4])

    doc.add_heading("5. Intern kontroll", level=1)
    doc.add_heading("5.1 Sammanfattande bedömning", level=2)
    para(doc, "Nämndens internkontrollplan för 2025 omfattade sju kontrollmoment. Fyra har genomförts fullt ut, "
              "ett har genomförts delvis, ett har inte kunnat genomföras och ett har inte varit aktuellt under "
              "året. Nämnden bedömer att den interna kontrollen i huvudsak är tillräcklig. Nedan redovisas "
              "resultatet för respektive kontrollmoment.")
    doc.add_heading("5.2 Resultat per kontrollmoment", level=2)
    ctrls = [
        ("Avgiftsbeslut inom hemtjänsten grundas på aktuella inkomstuppgifter",
         ["Stickprov av 30 avgiftsbeslut gjordes i oktober. I 27 fall var inkomstuppgifterna aktuella. I tre "
          "fall hade ny inkomstförfrågan inte skickats ut vid årsskiftet, vilket gav för låg avgift. "
          "Avgifterna har räknats om och rutinen för årlig inkomstförfrågan har bevakningsdatum i systemet.",
          "Bedömning: Genomförd med avvikelse."],
         "GENOMFORD", "ja"),
        ("Genomförandeplaner upprättas inom 14 dagar från verkställighet",
         ["Granskning av 45 genomförandeplaner inom särskilt boende och hemtjänst. Samtliga var upprättade "
          "inom fjorton dagar och undertecknade av den enskilde eller företrädare.",
          "Bedömning: Genomförd utan anmärkning."],
         "GENOMFORD", "nej"),
        ("Signeringslistor för läkemedel kontrolleras mot ordinationer",
         ["Kontrollen har genomförts på två av tre särskilda boenden (Lindgården och Solbacka) utan "
          "anmärkning. Kontrollen på Vretgården har skjutits till första kvartalet 2026 på grund av "
          "flytten av korttidsboendet."],
         "DELVIS", "nej"),
        ("Loggar i verksamhetssystemet följs upp för att upptäcka obehörig åtkomst",
         ["Kontrollen har inte genomförts under 2025. Under bytet av verksamhetssystem från Procapita till "
          "Lifecare fanns ingen fungerande loggfunktion för uttag, och resurserna prioriterades till "
          "införandet. Kontrollmomentet ligger kvar i internkontrollplanen för 2026."],
         "EJ_GENOMFORD", ""),
        ("Handläggningstid för ansökan om bistånd enligt socialtjänstlagen",
         ["Samtliga 212 ärenden avslutades inom tre månader. Medianhandläggningstiden var 19 dagar "
          "(22 dagar 2024). Kontrollen är genomförd och ingen avvikelse noterades."],
         "GENOMFORD", "nej"),
        ("Ersättning till privata utförare inom LOV stäms av mot utförd tid",
         ["Ej aktuell 2025. Den sista privata utföraren inom valfrihetssystemet avslutade sin verksamhet "
          "2024-12-31 och nämnden har inte haft några LOV-avtal under året."],
         "UTGAR", ""),
        ("Hantering av brukares privata medel på särskilt boende",
         ["Kassaböcker och kvitton granskades på samtliga sex enheter i december. På en enhet saknades "
          "kvitton för två kontantuttag. Rutinen har förtydligats och berörd personal har fått utbildning.",
          "Bedömning: Genomförd, avvikelse har åtgärdats."],
         "GENOMFORD", "ja"),
    ]
    for km, paras, status, avv in ctrls:
        doc.add_heading(km, level=3)
        for ptxt in paras:
            para(doc, ptxt)
        expect(fil, N, km, status, avv)

    doc.add_heading("5.3 Åtgärder inför 2026", level=2)
    para(doc, "Kontrollen av loggar och läkemedelssignering på Vretgården förs över till 2026. Nämnden har i "
              "internkontrollplan 2026 lagt till ett kontrollmoment om behörigheter i det nya verksamhetssystemet.")

    doc.add_heading("6. Framtid", level=1)
    para(doc, "Antalet invånare över 80 år väntas öka med 30 procent till 2030. Nämnden behöver planera för "
              "fler platser i särskilt boende och för en hemtjänst med digitala insatser.")

    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ C. Myndighetsnämnden (.doc, nämnd only in header)
def file_myn(tmpdir):
    fil = "VB2025_MYN.doc"
    N = "Myndighetsnämnden"
    doc = new_doc("Karin Sjöström")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Lekebergs kommun – Myndighetsnämnden\tVerksamhetsberättelse 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr MYN 2026/4"

    para(doc, "Verksamhetsberättelse helår 2025", bold=True, size=22)
    para(doc, "Upprättad 2026-01-29 av förvaltningen. Behandlas av nämnden 2026-02-11.", italic=True, size=10)

    doc.add_heading("1. Nämndens ansvarsområde", level=1)
    para(doc, "Nämnden fullgör kommunens myndighetsutövning enligt plan- och bygglagen, "
              "bostadsanpassningslagen och lagen om bostadsanpassningsbidrag. Nämnden har fem ledamöter och "
              "sammanträdde elva gånger under året.")

    doc.add_heading("2. Uppdrag och åtaganden", level=1)
    add_table(doc, ["Uppdrag", "Status", "Kommentar"], [
        ["Införa e-tjänst för bygglovsansökan", "Klart", "I drift sedan maj 2025."],
        ["Digitalisera bygglovsarkivet 1970–1999", "Pågår", "Cirka 60 procent skannat."],
        ["Ta fram handläggningsrutin för bostadsanpassning", "Klart", ""],
    ], widths=[7, 2, 7])

    doc.add_heading("3. Nyckeltal", level=1)
    add_table(doc, ["Nyckeltal", "2024", "2025"], [
        ["Antal inkomna bygglovsansökningar", "287", "301"],
        ["Median handläggningstid bygglov (veckor)", "5,1", "4,6"],
        ["Antal beslut om bostadsanpassningsbidrag", "64", "71"],
        ["Andel ärenden med avgiftsreduktion enligt PBL (%)", "1,4", "0,3"],
    ], widths=[9, 3, 3])

    doc.add_heading("4. Ekonomi", level=1)
    para(doc, "Nämnden redovisar ett resultat på +312 tkr mot budget. Intäkterna för bygglov blev högre än "
              "beräknat medan kostnaden för bostadsanpassning överskred budget med 180 tkr.")

    doc.add_heading("5. Intern kontroll", level=1)
    para(doc, "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Uppföljningen av samtliga "
              "kontrollmoment redovisas nedan.")
    ctrls = [
        ("Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 25 ärenden: 24 inom tidsfristen, 1 ärende beslutades efter 11 veckor. Avgiften "
         "reducerades enligt 12 kap. 8 a § PBL.", "Klar", "GENOMFORD", "ja"),
        ("Debitering av avgifter enligt plan- och bygglovstaxan",
         "Samtliga 38 beslut i november kontrollerade. Korrekt debitering i alla ärenden.",
         "Klar", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden",
         "Beslut januari–augusti kontrollerade utan anmärkning. September–december återstår.",
         "Pågår", "DELVIS", "nej"),
        ("Diarieföring av inkomna handlingar i bygglovsärenden",
         "Kontrollen har inte påbörjats på grund av hög ärendebelastning och sjukskrivning under hösten.",
         "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Utbetalning av bostadsanpassningsbidrag sker mot faktura och slutbesiktning",
         "Utgår efter beslut i nämnden 2025-06-11 § 41, kontrollen ersätts av ny attestrutin.",
         "Utgår", "UTGAR", ""),
        ("Redovisning av bisysslor för handläggare och inspektörer",
         "Se bilaga 2.", "", "OKLAR", ""),
    ]
    add_table(doc, ["Kontrollmoment", "Resultat", "Status"],
              [[c[0], c[1], c[2]] for c in ctrls], widths=[6, 8.5, 2.5], head_fill="E2EFD9")
    for c in ctrls:
        expect(fil, N, c[0], c[3], c[4])
    para(doc, "")
    para(doc, "Bilagor: 1. Nyckeltal per månad  2. Sammanställning bisysslor (sekretess)", size=9)

    src = os.path.join(tmpdir, "VB2025_MYN.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmpdir)
    shutil.copy(os.path.join(tmpdir, "VB2025_MYN.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ D. Kommunstyrelsen (xlsx, key figures above IK)
def file_ks():
    fil = "KS_nyckeltal_och_internkontroll_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Maria Holm"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Helår 2025"
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="1F4E78")
    head_font = Font(bold=True, color="FFFFFF")
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}

    ws["A1"] = "Kommunstyrelsen – verksamhetsberättelse 2025, bilaga 1: Nyckeltal och intern kontroll"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Lekebergs kommun, kommunstyrelseförvaltningen. Underlag till årsredovisningen."
    ws["A2"].font = Font(italic=True)

    ws["A4"] = "Nyckeltal"
    ws["A4"].font = Font(bold=True, size=12)
    kh = ["Nr", "Nyckeltal", "Utfall 2023", "Utfall 2024", "Utfall 2025", "Målvärde 2025", "Måluppfyllelse",
          "Kommentar"]
    for i, h in enumerate(kh, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = head_font
        c.fill = head_fill
        c.border = border
        c.alignment = wrap
    kf = [
        ("N1", "Sjukfrånvaro kommunstyrelseförvaltningen (%)", 5.8, 6.1, 5.4, 5.0, "Delvis uppfyllt",
         "Minskning men över målvärdet."),
        ("N2", "Andel leverantörsfakturor betalda i tid (%)", 94, 95, 97, 95, "Uppfyllt", ""),
        ("N3", "Andel e-fakturor av inkommande fakturor (%)", 78, 83, 88, 85, "Uppfyllt", ""),
        ("N4", "Antal e-tjänster", 46, 58, 71, 65, "Uppfyllt", ""),
        ("N5", "Nöjd-Kund-Index företagare (SKR Insikt)", 71, 70, 68, 72, "Ej uppfyllt",
         "Lägre betyg för bygglov och serveringstillstånd."),
        ("N6", "Svarstid e-post inom 2 arbetsdagar (%)", 82, 85, 84, 90, "Ej uppfyllt", ""),
        ("N7", "Kommunens soliditet inkl. pensionsåtaganden (%)", 21.4, 22.0, 23.1, 20.0, "Uppfyllt", ""),
    ]
    r = 6
    for row in kf:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = border
            c.alignment = wrap
            if isinstance(v, float):
                c.number_format = "0.0"
        r += 1
    ws.cell(row=r, column=1, value="Källa: Kolada, Raindance, Hypergene. Utfall per 2025-12-31.").font = \
        Font(italic=True, size=9)

    r += 2   # 15
    ws.cell(row=r, column=1, value="Uppföljning av internkontrollplan 2025").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status: G = Genomförd   D = Delvis genomförd   "
                                    "E = Ej genomförd   U = Utgår. Tom ruta = ingen kontroll planerad/rapporterad "
                                    "för perioden.").font = Font(size=9, italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    r += 2
    ih = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Helår",
          "Avvikelse (Ja/Nej)", "Kommentar helår"]
    hdr_row = r
    for i, h in enumerate(ih, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = head_font
        c.fill = head_fill
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r += 1
    # (nr, process, km, ansvarig, frekvens, T1, T2, Helår, avv-col, kommentar, STATUS, AVV)
    ctrls = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "2 ggr/år",
         "G", "", "G", "Nej", "Stickprov 50 fakturor per tillfälle, inga fel.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Representation och andra förtroendekänsliga poster", "Ekonomichef", "1 ggr/år",
         "", "", "G", "Ja", "Två fakturor saknade deltagarförteckning och syfte. Kompletterat i efterhand.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Avstämning av kundfordringar och påminnelserutin", "Redovisningsekonom", "Tertial",
         "G", "G", "D", "Nej", "Decemberavstämningen slutförs i samband med bokslutet i februari.",
         "DELVIS", "nej"),
        ("4", "Upphandling", "Avtalstrohet vid inköp – kontroll mot avtalsdatabasen", "Upphandlingschef",
         "1 ggr/år", "", "", "E", "", "Ej genomförd p.g.a. vakans på upphandlartjänsten maj–november.",
         "EJ_GENOMFORD", ""),
        ("5", "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade", "Upphandlingschef",
         "2 ggr/år", "G", "G", "", "", "", "GENOMFORD", ""),
        ("6", "Personal", "Bisysslor redovisas och bedöms årligen", "HR-chef", "1 ggr/år",
         "", "", "U", "", "Utgår – ersätts av bisyssleprocess i HR-systemet, KS 2025-05-06 § 71.",
         "UTGAR", ""),
        ("7", "Personal", "Lönerevision – nya löner är korrekt registrerade", "Lönechef", "1 ggr/år",
         "", "", "G", "Nej", "", "GENOMFORD", "nej"),
        ("8", "IT och informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
         "IT-chef", "2 ggr/år", "D", "", "", "", "", "DELVIS", ""),
        ("9", "IT och informationssäkerhet", "Säkerhetskopiering och återläsningstest av verksamhetssystem",
         "IT-chef", "1 ggr/år", "", "", "", "", "", "SAKNAS", ""),
        ("10", "Dokumenthantering", "Diarieföring av allmänna handlingar inom kommunledningen", "Registrator",
         "Tertial", "G", "G", "G", "Ja", "En handling från oktober diarieförd med tre veckors fördröjning.",
         "GENOMFORD", "ja"),
        ("11", "Dokumenthantering", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Tertial",
         "G", "G", "G", "Nej", "", "GENOMFORD", "nej"),
    ]
    first = r
    proc_start = {}
    for c in ctrls:
        vals = list(c[:10])
        for i, v in enumerate(vals, 1):
            # process shown only on the first row of its group (merged below)
            if i == 2 and c[1] in proc_start:
                v = None
            cell = ws.cell(row=r, column=i, value=(int(v) if i == 1 else v) if v != "" else None)
            cell.border = border
            cell.alignment = wrap
            if i in (6, 7, 8) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        proc_start.setdefault(c[1], [r, r])
        proc_start[c[1]][1] = r
        expect(fil, N, c[2], c[10], c[11])
        r += 1
    for p, (a, b) in proc_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    # totals row (helår column)
    hel = [c[7] for c in ctrls]
    summ = "Summa helår: G %d, D %d, E %d, U %d, ej rapporterat %d (av %d)" % (
        hel.count("G"), hel.count("D"), hel.count("E"), hel.count("U"), hel.count(""), len(ctrls))
    ws.cell(row=r, column=3, value=summ).font = bold
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Maria Holm, ekonomichef, 2026-01-30")
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av: Anders Lindqvist, kommundirektör")

    widths = [5, 22, 48, 18, 11, 6, 6, 7, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = None
    ws.print_title_rows = "%d:%d" % (hdr_row, hdr_row)
    ws.oddHeader.center.text = "Kommunstyrelsen &D"
    ws.page_setup.orientation = "landscape"

    # second sheet: notes (not controls)
    ws2 = wb.create_sheet("Anvisning")
    ws2["A1"] = "Anvisning"
    ws2["A1"].font = bold
    ws2["A2"] = "Fyll i status per tertial med koderna G/D/E/U. Kommentar krävs vid D, E och U samt vid avvikelse."
    ws2["A3"] = "Fliken skickas till ekonomienheten senast 2026-01-31."
    ws2.column_dimensions["A"].width = 100

    path = os.path.join(OUT, fil)
    wb.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ E. Samhällsbyggnadsnämnden (odt, odfpy)
def file_sbn():
    fil = "Utdrag VB 2025 - avsnitt 5 Intern kontroll SBN.odt"
    N = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentText()
    s_title = Style(name="Titel", family="paragraph")
    s_title.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.styles.addElement(s_title)
    s_h = Style(name="Rubrik", family="paragraph")
    s_h.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    s_h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.15cm"))
    doc.styles.addElement(s_h)
    s_small = Style(name="Liten", family="paragraph")
    s_small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    doc.styles.addElement(s_small)
    s_cellp = Style(name="Cellp", family="paragraph")
    s_cellp.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(s_cellp)
    s_cellb = Style(name="Cellb", family="paragraph")
    s_cellb.addElement(TextProperties(fontsize="9pt", fontweight="bold"))
    doc.automaticstyles.addElement(s_cellb)
    s_bold = Style(name="Fet", family="text")
    s_bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s_bold)

    s_tab = Style(name="Tab1", family="table")
    s_tab.addElement(TableProperties(width="17cm", align="margins"))
    doc.automaticstyles.addElement(s_tab)
    colw = ["5.2cm", "3.3cm", "5.5cm", "3.0cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name="Tab1.C%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    s_cell = Style(name="Tab1.cell", family="table-cell")
    s_cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(s_cell)
    s_cellh = Style(name="Tab1.head", family="table-cell")
    s_cellh.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#BDD7EE"))
    doc.automaticstyles.addElement(s_cellh)
    s_cellg = Style(name="Tab1.group", family="table-cell")
    s_cellg.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#EDEDED"))
    doc.automaticstyles.addElement(s_cellg)

    def tp(text, style=s_title):
        doc.text.addElement(P(stylename=style, text=text))

    tp("Samhällsbyggnadsnämnden")
    tp("Utdrag ur verksamhetsberättelse 2025", s_h)
    tp("Lekebergs kommun. Utdraget avser avsnitt 5 och bifogas ärendet om uppföljning av intern kontroll "
       "helår 2025 (dnr SBN 2026/9).", s_small)
    tp("5 Intern kontroll", s_h)
    tp("Samhällsbyggnadsnämnden fastställde internkontrollplan 2025 den 19 november 2024. Planen innehåller "
       "åtta kontrollmoment fördelade på fem processer. Kontrollerna har utförts av enhetscheferna och "
       "sammanställts av nämndens controller.", None)
    tp("Bedömningen anges som: Utförd utan anmärkning, Utförd med anmärkning (brister har upptäckts), "
       "Delvis utförd, Ej utförd eller Avbruten genom beslut.", None)
    tp("5.1 Resultat av genomförda kontroller", s_h)

    def cell(text, style=s_cell, pstyle=s_cellp, span=None):
        kw = {"stylename": style, "valuetype": "string"}
        if span:
            kw["numbercolumnsspanned"] = span
        c = TableCell(**kw)
        for line in (text.split("\n") if text else [""]):
            c.addElement(P(stylename=pstyle, text=line))
        return c

    t = Table(name="Internkontroll2025", stylename=s_tab)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hr = TableRow()
    for h in ["Kontrollmoment", "Kontrollmetod", "Utfall helår 2025", "Bedömning"]:
        hr.addElement(cell(h, s_cellh, s_cellb))
    t.addElement(hr)
    groups = [
        ("Process: Ekonomi och debitering", [
            ("Attest och kontering av leverantörsfakturor inom VA-verksamheten", "Stickprov 30 fakturor",
             "Samtliga korrekt attesterade. Två felkonteringar mellan VA och renhållning har rättats.",
             "Utförd med anmärkning", "GENOMFORD", "ja"),
            ("Fakturering av anslutningsavgifter för VA enligt taxa", "Avstämning mot nya förbindelsepunkter",
             "14 nya anslutningar 2025, samtliga fakturerade med rätt belopp.",
             "Utförd utan anmärkning", "GENOMFORD", "nej"),
        ]),
        ("Process: Gata och park", [
            ("Säkerhetsbesiktning av lekplatser enligt SS-EN 1176", "Genomgång av besiktningsprotokoll",
             "Besiktning genomförd på 9 av 12 lekplatser. Övriga tre besiktigas i april 2026.",
             "Delvis utförd", "DELVIS", ""),
            ("Entreprenörens rapportering av vinterväghållning", "Kontroll av körjournaler mot fakturor",
             "Entreprenaden avslutades och vinterväghållningen sköts i egen regi från 2025-04-01 "
             "(SBN 2025-03-18 § 22).",
             "Avbruten genom beslut", "UTGAR", ""),
        ]),
        ("Process: Mark och exploatering", [
            ("Exploateringsavtal följs upp mot genomförda åtgärder", "Genomgång av gällande avtal",
             "Kontrollen har inte genomförts på grund av resursbrist. Flyttas till internkontrollplan 2026.",
             "Ej utförd", "EJ_GENOMFORD", ""),
            ("Försäljning av kommunal mark sker till marknadsmässigt pris", "Jämförelse mot oberoende värdering",
             "Två försäljningar under 2025, båda föregångna av oberoende värdering.",
             "Utförd utan anmärkning", "GENOMFORD", "nej"),
        ]),
        ("Process: Informationshantering", [
            ("Gallring av personuppgifter i ärendehanteringssystemet", "Stickprov 20 avslutade ärenden",
             "Gallring genomförd enligt dokumenthanteringsplanen. Inga avvikelser.",
             "", "GENOMFORD", "nej"),
        ]),
        ("Process: Fordon och maskiner", [
            ("Körjournaler och drivmedelskort stäms av", "Stickprov två månader", "", "", "SAKNAS", ""),
        ]),
    ]
    for gname, rows in groups:
        gr = TableRow()
        gr.addElement(cell(gname, s_cellg, s_cellb, span=4))
        for _ in range(3):
            gr.addElement(CoveredTableCell())
        t.addElement(gr)
        for km, met, utf, bed, status, avv in rows:
            tr = TableRow()
            for v in (km, met, utf, bed):
                tr.addElement(cell(v))
            t.addElement(tr)
            expect(fil, N, km, status, avv)
    doc.text.addElement(t)

    tp("5.2 Nämndens bedömning", s_h)
    tp("Nämnden bedömer att den interna kontrollen är tillräcklig men att uppföljningen av exploateringsavtal "
       "behöver prioriteras under 2026.",
       None)
    tp("Fjugesta 2026-01-27", None)
    tp("Per-Olof Nyström, samhällsbyggnadschef", None)

    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ F. Stratsys CSV export, two bolag
def file_csv():
    fil = "Stratsys_IK_bolag_export_20260128.csv"
    LKF = "Lekebergs Kommunfastigheter AB"
    LBAB = "Lekebergsbostäder AB"
    header = ["Organisation", "Plan", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig",
              "Period", "Status", "Kommentar", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    rows = []
    # (org, process, risk, riskv, km, ansvarig, [(period, status, kommentar, datum)], STATUS, AVV)
    data = [
        ("Lekebergs Kommunfastigheter AB", "Ekonomi", "Felaktiga utbetalningar", "9",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiansvarig",
         [("Tertial 2 2025", "Genomförd", "Stickprov 20 fakturor utan anmärkning.", "2025-09-12"),
          ("Helår 2025", "Genomförd", "Inga avvikelser.", "2026-01-20")], "GENOMFORD", "nej"),
        ("Lekebergs Kommunfastigheter AB", "Uthyrning", "Intäktsbortfall",
         "8", "Hyresavtal för verksamhetslokaler är aktuella och indexuppräknade", "Fastighetschef",
         [("Helår 2025", "Genomförd med avvikelse",
           "Två av 17 avtal saknade indexklausul. Omförhandlas under 2026.", "2026-01-22")],
         "GENOMFORD", "ja"),
        ("Lekebergs Kommunfastigheter AB", "Fastighetsförvaltning", "Personskada/myndighetskrav", "12",
         "Lagstadgade besiktningar (OVK, hiss, brand) genomförs enligt plan", "Driftchef",
         [("Tertial 2 2025", "Påbörjad", "", "2025-09-12"),
          ("Helår 2025", "Påbörjad", "OVK klar för 11 av 14 byggnader. Hissbesiktningar klara.", "2026-01-22")],
         "DELVIS", ""),
        ("Lekebergs Kommunfastigheter AB", "Fastighetsförvaltning", "Ökade driftkostnader", "4",
         "Uppföljning av energiförbrukning mot energiplanen", "Driftchef",
         [("Helår 2025", "Ej aktuell", "Ej aktuell 2025 – ny energiplan antas av styrelsen 2026.",
           "2026-01-22")], "UTGAR", ""),
        ("Lekebergs Kommunfastigheter AB", "Inköp", "Otillåten direktupphandling", "6",
         "Avrop på ramavtal för el-entreprenad sker enligt avtalets fördelningsnyckel", "VD",
         [("Tertial 2 2025", "Ej påbörjad", "Planeras till hösten.", "2025-09-12"),
          ("Helår 2025", "", "", "")], "EJ_GENOMFORD", ""),
        ("Lekebergsbostäder AB", "Ekonomi", "Felaktig redovisning", "6",
         "Hyresavier och hyresinbetalningar stäms av månadsvis", "Ekonomiansvarig",
         [("Helår 2025", "Genomförd", "Avstämning varje månad, inga differenser.", "2026-01-19")],
         "GENOMFORD", "nej"),
        ("Lekebergsbostäder AB", "Uthyrning", "Förtroendeskada", "9",
         "Lägenheter fördelas enligt kötid och uthyrningspolicyn", "Uthyrningsansvarig",
         [("Helår 2025", "Genomförd",
           "Stickprov 20 uthyrningar. I ett fall avvek fördelningen från kötid utan dokumenterat skäl.",
           "2026-01-19")], "GENOMFORD", "ja"),
        ("Lekebergsbostäder AB", "Säkerhet", "Brand i flerbostadshus", "12",
         "Systematiskt brandskyddsarbete (SBA) – egenkontroller i flerbostadshus", "Förvaltare",
         [("Helår 2025", "Ej påbörjad",
           "Ej genomförd. Ny SBA-samordnare tillträdde först i december.", "2026-01-21")],
         "EJ_GENOMFORD", ""),
        ("Lekebergsbostäder AB", "Säkerhet", "Obehörigt tillträde", "6",
         "Nycklar och passerbrickor återlämnas vid avflyttning", "Förvaltare",
         [("Tertial 2 2025", "", "", ""), ("Helår 2025", "", "", "")], "SAKNAS", ""),
    ]
    for org, proc, risk, rv, km, ans, periods, status, avv in data:
        for per, st, kom, dat in periods:
            rows.append([org, plan, proc, risk, rv, km, ans, per, st, kom, dat])
        expect(fil, LKF if org == LKF else LBAB, km, status, avv)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", LKF, "2025", "HELAR"))
    FILES.append((fil, "INLAST", LBAB, "2025", "HELAR"))


# ================================================================ G. Kultur- och fritidsnämnden (docx, symbols)
def file_kfn():
    fil = "Verksamhetsberättelse KFN 2025.docx"
    N = "Kultur- och fritidsnämnden"
    doc = new_doc("Sofia Ek")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Kultur- och fritidsnämnden"
    para(doc, "VERKSAMHETSBERÄTTELSE 2025", bold=True, size=22, align="center")
    para(doc, "Kultur- och fritidsnämnden, Lekebergs kommun", size=13, align="center")
    para(doc, "")
    para(doc, "Innehåll", bold=True)
    for s in ["1. Året i korthet", "2. Uppdrag", "3. Nyckeltal", "4. Ekonomi", "5. Intern kontroll",
              "6. Framåtblick"]:
        para(doc, s, size=10)

    doc.add_heading("1. Året i korthet", level=1)
    para(doc, "Lekebergsbadet hade rekordmånga besökare efter renoveringen och biblioteket i Fjugesta bytte "
              "bibliotekssystem i september. Föreningslivet fick utökade anläggningsbidrag.")

    doc.add_heading("2. Uppdrag", level=1)
    add_table(doc, ["Nr", "Uppdrag", "Status", "Kommentar"], [
        ["U1", "Ta fram en kulturstrategi för Lekebergs kommun", "Pågår", "Dialogmöten genomförda."],
        ["U2", "Införa bokningssystem för idrottshallar", "Klart", "Interbook Go i drift från mars."],
        ["U3", "Utreda öppettider på Lekebergsbadet", "Klart", "Utökade kvällstider från augusti."],
        ["U4", "Utveckla lovverksamhet på landsbygden", "Ej påbörjat", "Flyttas till 2026."],
    ], widths=[1.2, 7, 2.3, 6])

    doc.add_heading("3. Nyckeltal", level=1)
    add_table(doc, ["Nyckeltal", "2024", "2025", "Trend"], [
        ["Besök Lekebergsbadet", "48 210", "61 900", "↑"],
        ["Utlån per invånare, bibliotek", "4,9", "4,6", "↓"],
        ["Antal bidragsberättigade föreningar", "31", "33", "↑"],
        ["Deltagartillfällen unga 7–20 år (LOK)", "21 400", "22 050", "↑"],
    ], widths=[8, 3, 3, 2])

    doc.add_heading("4. Ekonomi", level=1)
    add_table(doc, ["Tkr", "Budget", "Utfall", "Avvikelse"], [
        ["Intäkter", "-6 200", "-7 050", "850"],
        ["Kostnader", "34 900", "35 420", "-520"],
        ["Nettokostnad", "28 700", "28 370", "330"],
    ], widths=[5, 3, 3, 3])

    doc.add_heading("5. Intern kontroll", level=1)
    para(doc, "Nämnden har följt upp samtliga kontrollmoment i internkontrollplan 2025. Status markeras med "
              "symbol enligt teckenförklaringen under tabellen.")
    ctrls = [
        ("Bidrag till föreningar betalas ut enligt nämndens bidragsnormer",
         "Samtliga 33 ansökningar kontrollerade mot medlemsförteckning och LOK-redovisning.",
         "✔", "GENOMFORD", "nej"),
        ("Kontanthantering i kassan på Lekebergsbadet",
         "Oanmäld kassakontroll vid tre tillfällen. Vid ett tillfälle differens på 350 kr, som har utretts "
         "med personalen.", "✔", "GENOMFORD", "ja"),
        ("Kravrutin vid utlån av medier i biblioteket",
         "Kravrutinen följdes under första halvåret. Efter systembytet i september har inga krav skickats ut.",
         "◐", "DELVIS", "ja"),
        ("Registerutdrag för ledare i lovverksamheten",
         "Ingen lovverksamhet med externa ledare bedrevs 2025.", "–", "UTGAR", ""),
        ("Inventering av kommunens konstsamling",
         "Skjuts till 2026 då samlingen flyttas till nytt magasin.", "✘", "EJ_GENOMFORD", ""),
        ("Uthyrning av lokaler faktureras enligt bokningssystemet",
         "Genomgång av bokningar oktober–december mot kundreskontran. Alla bokningar fakturerade.",
         "✔", "GENOMFORD", "nej"),
    ]
    t = add_table(doc, ["Kontrollmoment", "Resultat", "Status"],
                  [[c[0], c[1], c[2]] for c in ctrls], widths=[6, 9, 1.8], head_fill="FCE4D6")
    for row in t.rows[1:]:
        row.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in ctrls:
        expect(fil, N, c[0], c[3], c[4])
    para(doc, "Teckenförklaring: ✔ Genomförd   ◐ Delvis genomförd   ✘ Ej genomförd   – Utgår/ej aktuell",
         italic=True, size=9)

    doc.add_heading("6. Framåtblick", level=1)
    para(doc, "Kulturstrategin ska beslutas under 2026 och nämnden planerar för en ny konstgräsplan i Fjugesta.")

    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ H. reject: VB without IK chapter
def file_reject():
    fil = "Verksamhetsberättelse 2025 Överförmyndarnämnden.docx"
    doc = new_doc("Eva Lund")
    para(doc, "Verksamhetsberättelse 2025", bold=True, size=22)
    para(doc, "Överförmyndarnämnden i Lekebergs kommun", bold=True, size=14)
    doc.add_heading("1. Verksamhetens uppdrag", level=1)
    para(doc, "Överförmyndarnämnden utövar tillsyn över gode män, förvaltare och förmyndare. Under 2025 har "
              "nämnden granskat 142 årsräkningar och rekryterat 11 nya ställföreträdare.")
    doc.add_heading("2. Uppdrag", level=1)
    add_table(doc, ["Uppdrag", "Status", "Kommentar"], [
        ["Införa digital inlämning av årsräkningar", "Klart", "E-tjänst i drift sedan februari."],
        ["Rekrytera fler gode män för ensamkommande", "Pågår", "Fyra nya under året."],
        ["Ta fram introduktionsutbildning för nya ställföreträdare", "Klart", "Två tillfällen genomförda."],
        ["Utreda samverkan med Örebro kommuns överförmyndarverksamhet", "Pågår", "Rapport våren 2026."],
    ], widths=[8, 2, 6])
    doc.add_heading("3. Nyckeltal", level=1)
    add_table(doc, ["Nyckeltal", "2023", "2024", "2025"], [
        ["Antal ställföreträdarskap", "121", "128", "134"],
        ["Granskade årsräkningar", "118", "131", "142"],
        ["Andel årsräkningar granskade före 30 juni (%)", "74", "81", "88"],
        ["Antal anmärkningar vid granskning", "9", "7", "5"],
    ], widths=[8, 2, 2, 2])
    doc.add_heading("4. Ekonomi", level=1)
    para(doc, "Nämnden redovisar ett överskott på 46 tkr, främst beroende på lägre arvodeskostnader.")
    para(doc, "Nämndens uppföljning av internkontrollplanen redovisas i separat ärende till nämnden i mars 2026.",
         italic=True)
    para(doc, "Eva Lund, handläggare")
    path = os.path.join(OUT, fil)
    doc.save(path)
    normalize_zip(path)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ registers
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen|KSF"),
        ("Bildningsnämnden", "BIN|BN|Bildningsförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Myndighetsnämnden", "MYN|Myndighetsnämnden för bygg|Bygg- och myndighetsnämnden"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarnämnden i Lekebergs kommun"),
        ("Lekebergs Kommunfastigheter AB", "LKF|Kommunfastigheter|Lekebergs kommunfastigheter"),
        ("Lekebergsbostäder AB", "LBAB|Lekebergsbostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r483-")
    try:
        file_bildning()
        file_von()
        file_myn(tmpdir)
        file_ks()
        file_sbn()
        file_csv()
        file_kfn()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
