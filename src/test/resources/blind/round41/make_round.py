#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 41 - Sövdeholms kommun (Skåne), internkontroll helår 2025.

Most nämnder report in their verksamhetsberättelse (Word / OpenDocument), chapter
"Intern kontroll"; plus two Excel files and one CSV.  Writes the files and
namnder.csv, files.csv, expected.csv.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnämnden"
GAN = "Gymnasie- och arbetsmarknadsnämnden"
OFN = "Överförmyndarnämnden"

GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    prof = "file:///tmp/lo-round41-%d" % os.getpid()
    outdir = tempfile.mkdtemp(prefix="r41conv")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(outdir)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(outdir, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(outdir)


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, header, rows, fills=None, rowfills=None):
    """rows: list of lists of text. fills: {(r, c): colour}; rowfills: {r: colour}."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9E2F3")
    for r, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            if fills and (r, i) in fills:
                shade(cells[i], fills[(r, i)])
            if rowfills and r in rowfills:
                shade(cells[i], rowfills[r])
    doc.add_paragraph()
    return t


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return doc


# ================================================================ 1 KS (docx)
def ks():
    fil = "Verksamhetsberättelse 2025 Kommunstyrelsen.docx"
    doc = new_doc()
    doc.core_properties.title = "Verksamhetsberättelse 2025"
    doc.core_properties.author = "Kommunledningskontoret"
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Kommunstyrelsen, Sövdeholms kommun")
    doc.add_paragraph("Beslutad av kommunstyrelsen 2026-02-11")
    doc.add_heading("1 Inledning", 1)
    doc.add_paragraph(
        "Kommunstyrelsen har under 2025 arbetat vidare med effektiviseringsprogrammet och "
        "införandet av ny e-tjänsteplattform. Året präglades av höga räntekostnader och ett "
        "fortsatt stort investeringsbehov i skolor och VA-anläggningar.")
    doc.add_heading("2 Ekonomi", 1)
    doc.add_paragraph("Driftredovisning helår 2025 (mnkr)")
    table(doc, ["Verksamhet", "Budget", "Utfall", "Avvikelse"], [
        ["Politisk verksamhet", "9,8", "9,5", "0,3"],
        ["Kommunledningskontoret", "118,4", "121,0", "-2,6"],
        ["Räddningstjänst (förbund)", "24,1", "24,1", "0,0"],
        ["Summa", "152,3", "154,6", "-2,3"],
    ])
    doc.add_heading("3 Intern kontroll", 1)
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 i januari. Nedan redovisas "
        "helårsuppföljningen per process. Status anges med trafikljus där Grön betyder att "
        "kontrollen är genomförd, Gul att kontrollen är delvis genomförd och Röd att kontrollen "
        "inte är genomförd. Eventuella brister framgår av resultatkolumnen.")
    doc.add_paragraph("Sammanställning av kontrollernas status")
    table(doc, ["Status", "Antal kontroller"], [
        ["Grön", "6"], ["Gul", "1"], ["Röd", "1"], ["Utgår / ej bedömd", "2"], ["Totalt", "10"],
    ])
    doc.add_heading("3.1 Ekonomiadministration", 2)
    rows = [
        ("Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Stickprov 40 fakturor per halvår",
         "Två fakturor saknade beslutsattest. Åtgärdat tillsammans med berörda chefer.",
         "Grön", "GENOMFORD", "ja"),
        ("Representation och förtroendekänsliga poster bokförs med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor",
         "Inga avvikelser.", "Grön", "GENOMFORD", "nej"),
        ("Avstämning av kundreskontra och påminnelserutiner mot huvudbok",
         "Månadsvis avstämning",
         "Avstämning gjord för januari–augusti. September–december återstår på grund av systembyte.",
         "Gul", "DELVIS", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Metod", "Resultat", "Status"], [list(r[:4]) for r in rows])
    for r in rows:
        exp(fil, KS, r[0], r[4], r[5])

    doc.add_heading("3.2 Personal och lön", 2)
    rows = [
        ("Löneutbetalningar till avslutade anställningar stoppas i tid",
         "Kontroll mot avslutslista, helår",
         "En utbetalning efter avslutad anställning upptäcktes och har återkrävts.",
         "Grön", "GENOMFORD", "ja"),
        ("Registrerad frånvaro i självservice attesteras av närmaste chef",
         "Stickprov 25 anställda",
         "Kontrollen har inte hunnits med under året på grund av vakans på HR-enheten.",
         "Röd", "EJ_GENOMFORD", "nej"),
        ("Bisysslor anmäls och prövas enligt kommunens riktlinje",
         "Enkät till samtliga chefer", "", "Grön", "GENOMFORD", "nej"),
    ]
    table(doc, ["Vad kontrolleras", "Omfattning", "Iakttagelser", "Trafikljus"],
          [list(r[:4]) for r in rows])
    for r in rows:
        exp(fil, KS, r[0], r[4], r[5])

    doc.add_heading("3.3 Informationssäkerhet och upphandling", 2)
    rows = [
        ("Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "IT-samordnare",
         "Tre konton för avslutade medarbetare var fortfarande aktiva och har nu stängts.",
         "Grön", "GENOMFORD", "ja"),
        ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Upphandlingschef", "Se bilaga 3.", "", "OKLAR", "nej"),
        ("Avtalstrohet vid inköp av kontorsmaterial och IT-utrustning",
         "Upphandlingschef",
         "Kontrollen utgår enligt KS beslut 2025-05-14 § 88 och ersätts av central uppföljning.",
         "–", "UTGAR", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Ansvarig", "Kommentar", "Bedömning"],
          [[r[0], r[1], r[2], r[3]] for r in rows])
    for r in rows:
        exp(fil, KS, r[0], r[4], r[5])

    doc.add_heading("3.4 Övriga kontroller", 2)
    h = "Delegationsbeslut anmäls till kommunstyrelsen i rätt tid"
    doc.add_heading(h, 3)
    doc.add_paragraph(
        "Kontrollen har genomförts genom genomgång av samtliga delegationslistor under året. "
        "Samtliga beslut har anmälts vid nästkommande sammanträde. Status: Grön.")
    exp(fil, KS, h, "GENOMFORD", "nej")

    doc.add_heading("4 Framtid", 1)
    doc.add_paragraph("Inför 2026 kommer internkontrollen att samordnas i ett gemensamt verktyg.")
    doc.add_paragraph("Sövdeholm 2026-02-03")
    doc.add_paragraph("Ingrid Mårtensson, kommundirektör")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ================================================================ 2 BUN (odt, shading only)
def bun():
    fil = "BUN verksamhetsberättelse helår 2025.odt"
    doc = new_doc()
    doc.add_heading("Verksamhetsberättelse helår 2025", 0)
    doc.add_paragraph("Barn- och utbildningsnämnden")
    doc.add_heading("Året i korthet", 1)
    doc.add_paragraph(
        "Antalet barn i förskolan minskade något medan grundskolan växte i centralorten. "
        "Meritvärdet i årskurs 9 ökade till 224 poäng.")
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Nämnden har följt upp internkontrollplanen 2025. Statusen för varje kontroll visas "
        "med färg i statuskolumnen enligt förklaringen nedan.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår ur planen")]):
        shade(t.rows[i].cells[0], col)
        t.rows[i].cells[1].text = txt
    doc.add_paragraph()
    doc.add_paragraph("Antal kontroller per status")
    table(doc, ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår", "Summa"],
          [["4", "2", "1", "1", "9"]])

    doc.add_heading("Process: Elevhälsa och skolplikt", 2)
    rows = [
        ("Frånvaroutredningar inleds när elev har mer än 15 procent ogiltig frånvaro",
         "Stickprov i elevregistret, samtliga skolor",
         "Utredning inledd i 27 av 31 fall. Fyra fall saknade påbörjad utredning.",
         GREEN, "GENOMFORD", "ja"),
        ("Anmälan om kränkande behandling vidarebefordras till huvudman samma dag",
         "Genomgång av anmälningar i DF Respons",
         "Kontroll gjord för vårterminen. Höstterminen följs upp i februari.",
         YELLOW, "DELVIS", "nej"),
        ("Åtgärdsprogram upprättas för elever med beslut om särskilt stöd",
         "Stickprov 30 elever",
         "Inga avvikelser.", GREEN, "GENOMFORD", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Genomförande", "Resultat", "Status"],
          [[r[0], r[1], r[2], ""] for r in rows],
          fills={(i, 3): r[3] for i, r in enumerate(rows)})
    for r in rows:
        exp(fil, BUN, r[0], r[4], r[5])

    doc.add_heading("Process: Skolskjuts, måltider och personal", 2)
    rows = [
        ("Beslut om skolskjuts fattas enligt delegationsordning och riktlinjer",
         "Kontrollen är inte utförd och flyttas till 2026.", RED, "EJ_GENOMFORD", "nej"),
        ("Specialkost levereras enligt läkarintyg och beställning", "", GREEN, "GENOMFORD", "nej"),
        ("Livsmedelsinköp i skolköken görs från upphandlat avtal",
         "Ingår från 2025 i kommunstyrelsens kontroll av avtalstrohet.", GREY, "UTGAR", "nej"),
        ("Utdrag ur belastningsregistret begärs för nyanställda i förskolan",
         "", None, "SAKNAS", "nej"),
    ]
    fills = {(i, 2): r[2] for i, r in enumerate(rows) if r[2]}
    table(doc, ["Aktivitet", "Utfall", "Status"], [[r[0], r[1], ""] for r in rows], fills=fills)
    for r in rows:
        exp(fil, BUN, r[0], r[3], r[4])

    doc.add_heading("Kontroller som redovisas i text", 2)
    h1 = "Erbjudande om förskoleplats lämnas inom fyra månader"
    doc.add_heading(h1, 3)
    doc.add_paragraph(
        "Samtliga 212 ansökningar under året har fått erbjudande om plats inom lagstadgad tid. "
        "Kontrollen är genomförd utan anmärkning.")
    exp(fil, BUN, h1, "GENOMFORD", "nej")
    h2 = "Betyg registreras korrekt och i tid i elevsystemet"
    doc.add_heading(h2, 3)
    doc.add_paragraph(
        "Kontrollen har påbörjats. Stickprov har gjorts på fyra av sex skolor; två skolor "
        "återstår och granskas under januari 2026.")
    exp(fil, BUN, h2, "DELVIS", "nej")

    doc.add_heading("Framåtblick", 1)
    doc.add_paragraph("Nämnden kommer under 2026 att fokusera på närvaro och studiero.")
    tmp = os.path.join(tempfile.mkdtemp(prefix="r41bun"), "BUN verksamhetsberättelse helår 2025.docx")
    doc.save(tmp)
    soffice_convert(tmp, "odt", fil)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ================================================================ 3 SN (docx, symbols + legend table)
def sn():
    fil = "Verksamhetsberättelse 2025 Socialnämnden.docx"
    doc = new_doc()
    doc.add_heading("Socialnämnden – Verksamhetsberättelse 2025", 0)
    doc.add_heading("Sammanfattning", 1)
    doc.add_paragraph(
        "Året har präglats av fortsatt högt inflöde av orosanmälningar och en omorganisation "
        "av LSS-verksamheten. Nämnden redovisar ett underskott om 3,4 mnkr.")
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Uppföljningen avser helår 2025. Förklaring till symbolerna finns i tabellen sist i avsnittet.")
    doc.add_paragraph("Sammanfattning av internkontrollen")
    table(doc, ["", "Antal"], [["●", "5"], ["◐", "1"], ["○", "1"], ["⊘", "1"], ["Ej bedömd", "1"],
                               ["Totalt", "9"]])

    doc.add_heading("Myndighetsutövning individ- och familjeomsorg", 2)
    rows = [
        ("Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Samtliga anmälningar januari–december",
         "92 procent inom 14 dagar; 11 bedömningar var försenade.", "●", "GENOMFORD", "ja"),
        ("Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Stickprov 20 akter", "Inga avvikelser", "●", "GENOMFORD", "nej"),
        ("Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Stickprov 30 beslut", "Se kommentar", "", "OKLAR", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Urval", "Iakttagelse", "Status"], [list(r[:4]) for r in rows])
    for r in rows:
        exp(fil, SN, r[0], r[4], r[5])

    doc.add_heading("LSS", 2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Vad kontrolleras", "Resultat", "Status"]):
        t.rows[0].cells[i].text = h
    body = [
        ["Beslut enligt LSS verkställs inom tre månader, annars rapport till IVO",
         "Två ej verkställda beslut rapporterades för sent till IVO.", "◐"],
        ["Genomförandeplaner i daglig verksamhet upprättas och",
         "Kontrollen sköts upp till 2026 på grund av omorganisationen.", "○"],
        ["följs upp minst en gång per år", "", ""],
        ["Assistansersättning från Försäkringskassan återsöks för samtliga utförda timmar",
         "Avstämning för helåret är gjord, inga differenser.", "●"],
    ]
    for row in body:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    exp(fil, SN, body[0][0], "DELVIS", "ja")
    exp(fil, SN, "Genomförandeplaner i daglig verksamhet upprättas och följs upp minst en gång per år",
        "EJ_GENOMFORD", "nej")
    exp(fil, SN, body[3][0], "GENOMFORD", "nej")

    doc.add_heading("Ekonomi och dokumentation", 2)
    rows = [
        ("Kontanthantering på boenden redovisas med kvitton och dubbel signering",
         "Kontrollen utgår då kontanthantering har upphört på samtliga boenden.", "⊘",
         "UTGAR", "nej"),
        ("Loggkontroll i verksamhetssystemet görs för att upptäcka otillåten åtkomst",
         "Loggkontroll har inte genomförts under hösten.", "●", "GENOMFORD", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Kommentar", "Status"], [list(r[:3]) for r in rows])
    for r in rows:
        exp(fil, SN, r[0], r[3], r[4])

    h = "Synpunkter och klagomål diarieförs och besvaras inom tre veckor"
    doc.add_heading(h, 3)
    doc.add_paragraph(
        "● Samtliga 46 klagomål har diarieförts. Fem klagomål besvarades senare än rutinens tre veckor.")
    exp(fil, SN, h, "GENOMFORD", "ja")

    doc.add_paragraph("Teckenförklaring")
    table(doc, ["Symbol", "Betydelse"], [
        ["●", "Kontrollen är genomförd"],
        ["◐", "Kontrollen är delvis genomförd"],
        ["○", "Kontrollen är inte genomförd"],
        ["⊘", "Kontrollen har utgått ur planen"],
    ])
    doc.add_heading("Personal", 1)
    doc.add_paragraph("Sjukfrånvaron minskade till 7,9 procent.")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ================================================================ 4 VON (odt, colour words, nämnd in header)
def von():
    fil = "VON VB 2025.odt"
    doc = new_doc()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsnämnden"
    sec.footer.paragraphs[0].text = "Sövdeholms kommun"
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_heading("Verksamhetens utveckling", 1)
    doc.add_paragraph(
        "Antalet hemtjänsttimmar ökade med 6 procent jämfört med 2024. Ett nytt särskilt "
        "boende med 40 platser öppnades i Norra Sövde i oktober.")
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph(
        "Helårsuppföljning av internkontrollplanen 2025. Färgerna betyder: grönt – kontrollen "
        "är genomförd utan anmärkning; gult – kontrollen är genomförd men avvikelser har "
        "konstaterats; rött – kontrollen är inte genomförd.")
    doc.add_paragraph("Antal kontroller")
    table(doc, ["Grönt", "Gult", "Rött", "Ej bedömt"], [["2", "1", "1", "3"]])

    doc.add_heading("Process: Hemtjänst", 2)
    rows = [
        ("Utförd tid i hemtjänsten stäms av mot beviljad tid per brukare",
         "Månadsvis avstämning i planeringssystemet",
         "Skillnad över 20 procent hos 14 brukare. Handlingsplan är upprättad.", "Gult",
         "GENOMFORD", "ja"),
        ("Brukarnycklar i hemtjänsten kvitteras och förvaras enligt rutin",
         "Stickprov i två hemtjänstgrupper", "Samtliga nycklar kvitterade.", "Grönt",
         "GENOMFORD", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Kontrollmetod", "Resultat helår", "Färg"],
          [list(r[:4]) for r in rows])
    for r in rows:
        exp(fil, VON, r[0], r[4], r[5])

    doc.add_heading("Process: Särskilt boende och hälso- och sjukvård", 2)
    rows = [
        ("Avvikelser i läkemedelshanteringen registreras och analyseras månadsvis",
         "Kontrollen har inte genomförts då tjänsten som MAS varit vakant.", "Rött",
         "Rekrytering klar februari 2026", "EJ_GENOMFORD", "nej"),
        ("Riskbedömningar för fall, trycksår och undernäring registreras i Senior alert",
         "", "", "", "SAKNAS", "nej"),
        ("Boendes privata medel förvaltas enligt rutin med månatlig redovisning",
         "Granskningen pågår och slutförs i februari 2026.", "", "", "DELVIS", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Resultat", "Färg", "Åtgärd"], [list(r[:4]) for r in rows])
    for r in rows:
        exp(fil, VON, r[0], r[4], r[5])

    doc.add_heading("Process: Bemanning", 2)
    rows = [
        ("Timavlönad personal schemaläggs inte över gränsen för företrädesrätt enligt LAS",
         "Inga avvikelser.", "Grönt", "GENOMFORD", "nej"),
        ("Övertid och mertid attesteras av ansvarig chef före löneutbetalning",
         "Ej aktuell 2025 – ingår i kommunstyrelsens kontroll av löneprocessen.", "",
         "UTGAR", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Kommentar", "Färg"], [list(r[:3]) for r in rows])
    for r in rows:
        exp(fil, VON, r[0], r[3], r[4])

    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämnden redovisar ett underskott på 8,1 mnkr, främst inom hemtjänsten.")
    tmp = os.path.join(tempfile.mkdtemp(prefix="r41von"), "VON VB 2025.docx")
    doc.save(tmp)
    soffice_convert(tmp, "odt", fil)
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ================================================================ 5 KFN (docx, row shading + prose)
def kfn():
    fil = "Kultur- och fritidsnämnden verksamhetsberättelse 2025.docx"
    doc = new_doc()
    doc.add_heading("Kultur- och fritidsnämnden", 0)
    doc.add_paragraph("Verksamhetsberättelse helår 2025")
    doc.add_heading("Viktiga händelser", 1)
    doc.add_paragraph(
        "Det renoverade badhuset öppnade i mars och biblioteket i Sövdeholm utökade "
        "öppettiderna till sju dagar i veckan.")
    doc.add_heading("Intern kontroll", 1)
    doc.add_paragraph("Kontrollerna inom processen föreningsbidrag och lokaler redovisas i tabellen.")
    rows = [
        ("Föreningsbidrag betalas endast ut till föreningar med inlämnad verksamhetsberättelse",
         "Bidragsbeslut 2025",
         "Tre föreningar fick bidrag utan inlämnad verksamhetsberättelse; återkrav pågår.",
         GREEN, "GENOMFORD", "ja"),
        ("Lokalbokning och debitering av hyra stäms av i bokningssystemet",
         "Bokningar och fakturor", "Debiteringen är kontrollerad för våren.", YELLOW,
         "DELVIS", "nej"),
        ("Kontanta intäkter i badhusets kassa redovisas dagligen",
         "Kassarapporter", "Inga avvikelser.", GREEN, "GENOMFORD", "nej"),
        ("Inventarieförteckningen för fritidsgårdarna hålls aktuell",
         "Förteckningar", "Har inte utförts.", RED, "EJ_GENOMFORD", "nej"),
    ]
    table(doc, ["Kontrollmoment", "Underlag", "Resultat"], [list(r[:3]) for r in rows],
          rowfills={i: r[3] for i, r in enumerate(rows)})
    for r in rows:
        exp(fil, KFN, r[0], r[4], r[5])
    doc.add_paragraph(
        "Grön markering innebär att kontrollen är genomförd, gul att den är påbörjad men inte "
        "klar och röd att den inte är genomförd.")

    doc.add_heading("Övriga kontroller", 2)
    prose = [
        ("Bibliotekets hantering av låntagaruppgifter följer dataskyddsförordningen",
         "Kontrollen genomfördes i oktober. Inga brister noterades.", "GENOMFORD", "nej"),
        ("Kulturskolans avgifter debiteras enligt beslutad taxa",
         "Kontrollen avbröts i maj när fullmäktige beslutade om ny taxa och har genom "
         "nämndens beslut 2025-06-10 § 41 tagits bort ur planen.", "UTGAR", "nej"),
        ("Attest av fakturor för evenemang och arrangemang",
         "Stickprov på 15 fakturor visade att två saknade mottagningsattest. Kontrollen är "
         "genomförd.", "GENOMFORD", "ja"),
    ]
    for h, txt, st, avv in prose:
        doc.add_heading(h, 3)
        doc.add_paragraph(txt)
        exp(fil, KFN, h, st, avv)
    doc.add_paragraph("Sammanställning")
    table(doc, ["Status", "Antal"], [["Genomförd", "4"], ["Påbörjad", "1"], ["Ej genomförd", "1"],
                                     ["Borttagen", "1"], ["Summa", "7"]])
    doc.add_heading("Ekonomi", 1)
    doc.add_paragraph("Nämnden redovisar ett överskott på 0,6 mnkr.")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ================================================================ 6 TN (xlsx, Delår + Helår codes)
def tn():
    fil = "IK uppföljning TN 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår och helår"
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Delår 2025", "Helår 2025",
           "Avvikelse", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    data = [
        ("Gata och park", [
            ("Vinterväghållningsentreprenören debiterar enligt avtal och körjournal",
             "Gatuchef", "2", "1", "Nej", "Fakturor stämda mot körjournaler.", "GENOMFORD", "nej"),
            ("Egenkontroll av lekplatser enligt SS-EN 1176 utförs och dokumenteras",
             "Parkchef", "1", "", "Nej", "Besiktning genomförd i maj.", "GENOMFORD", "nej"),
        ]),
        ("Vatten och avlopp", [
            ("Avläsning och debitering av vattenmätare stäms av mot kundregistret",
             "VA-chef", "2", "2", "Ja", "128 mätare saknar avläsning sedan 2023.", "DELVIS", "ja"),
            ("Anslutningsavgifter för VA debiteras när fastigheten ansluts",
             "VA-chef", "3", "3", "", "Ej påbörjad p.g.a. byte av kundsystem.", "EJ_GENOMFORD", "nej"),
            ("Provtagning av dricksvatten sker enligt fastställt kontrollprogram",
             "Driftchef VA", "1", "1", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Hyresavtal för externa hyresgäster indexuppräknas årligen",
             "Fastighetschef", "2", "1", "Ja", "Två avtal hade inte räknats upp, korrigerat.",
             "GENOMFORD", "ja"),
            ("Systematiskt brandskyddsarbete dokumenteras i kommunens fastigheter",
             "Fastighetschef", "2", "U", "", "Ansvaret överfört till räddningstjänstförbundet.",
             "UTGAR", "nej"),
            ("Nycklar och passerkort till kommunens lokaler återlämnas vid avslut",
             "Säkerhetssamordnare", "", "", "", "", "SAKNAS", "nej"),
            ("Investeringsprojekt aktiveras i anläggningsregistret vid färdigställande",
             "Controller", "1", "2", "", "", "DELVIS", "nej"),
        ]),
    ]
    for proc, ctrls in data:
        ws.append([proc])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True, italic=True)
        for k in ctrls:
            code = lambda v: int(v) if v.isdigit() else (v or None)
            ws.append(["", k[0], k[1], code(k[2]), code(k[3]), k[4] or None, k[5] or None])
            exp(fil, TN, k[0], k[6], k[7])
    ws.append([])
    ws.append(["Antal", "9 kontrollmoment", "", "Genomförda: 2", "Genomförda: 4"])
    ws.append([])
    ws.append(["Förklaring:", "1 = Genomförd   2 = Delvis genomförd / pågår   3 = Ej genomförd   U = Utgår"])
    ws.append([])
    ws.append(["Justerat av förvaltningschef Per Nilsson 2026-01-20"])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["G"].width = 45
    for row in ws.iter_rows(min_row=5):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Fyll i status med kod 1–3 eller U i kolumnerna Delår 2025 och Helår 2025."
    ins["A2"] = "Ange Ja i kolumnen Avvikelse om kontrollen visat brister."
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ================================================================ 7 SBF + MBF export (xls, long)
def export():
    fil = "Export internkontroll 2025 SBF MBF.xls"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws.append(["Förvaltning", "Processnamn", "Kontrollmoment", "Uppföljningsperiod", "Status",
               "Avvikelse identifierad", "Kommentar"])
    S, M = "Samhällsbyggnadsförvaltningen", "Miljö- och byggförvaltningen"
    ctrls = [
        (S, SBN, "Mark och exploatering",
         "Markanvisningsavtal följer antagen markanvisningspolicy",
         [("Delår 2025", "Delvis genomförd", "Nej", "Två av fyra avtal granskade."),
          ("Helår 2025", "Genomförd", "Nej", "")], "GENOMFORD", "nej"),
        (S, SBN, "Plan",
         "Planavgifter debiteras enligt gällande plantaxa",
         [("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "Delvis genomförd", "Ja", "Två antagna detaljplaner utan debiterad planavgift.")],
         "DELVIS", "ja"),
        (S, SBN, "Mark och exploatering",
         "Exploateringsredovisning stäms av mot projektbudget tertialvis",
         [("Helår 2024", "Genomförd", "Nej", ""),
          ("Delår 2025", "", "", "")], "SAKNAS", "nej"),
        (S, SBN, "Gata",
         "Gatukostnadsersättning faktureras fastighetsägare enligt beslut",
         [("Delår 2025", "Genomförd", "Nej", ""),
          ("Helår 2025", "Genomförd", "Nej", "")], "GENOMFORD", "nej"),
        (S, SBN, "Bostadsanpassning",
         "Bostadsanpassningsbidrag beviljas enligt lag och kommunens riktlinjer",
         [("Delår 2025", "Ej aktuell", "", "Bostadsanpassning flyttad till VON 2025."),
          ("Helår 2025", "Ej aktuell", "", "")], "UTGAR", "nej"),
        (M, MBN, "Bygglov",
         "Bygglov handläggs inom lagstadgad tid om tio veckor",
         [("Delår 2025", "Delvis genomförd", "", ""),
          ("Helår 2025", "Genomförd", "Ja", "Fyra ärenden över tidsgränsen; avgiften reducerades.")],
         "GENOMFORD", "ja"),
        (M, MBN, "Livsmedel",
         "Årliga kontrollavgifter för livsmedelsanläggningar debiteras enligt taxa",
         [("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "Ej genomförd", "", "Resursbrist under hösten.")], "EJ_GENOMFORD", "nej"),
        (M, MBN, "Miljötillsyn",
         "Delegationsbeslut enligt miljöbalken anmäls till nämnden",
         [("Delår 2025", "Genomförd", "Nej", ""),
          ("Helår 2025", "Genomförd", "Nej", "")], "GENOMFORD", "nej"),
        (M, MBN, "Bygglov",
         "Startbesked ges inte innan kontrollplan har fastställts",
         [("Delår 2025", "", "", ""),
          ("Helår 2025", "Osäkert", "", "Underlag från e-arkivet är ofullständigt.")], "OKLAR", "nej"),
        (M, MBN, "Strandskydd",
         "Strandskyddsdispenser prövas och skickas till länsstyrelsen",
         [("Delår 2025", "Delvis genomförd", "Nej", "Resterande ärenden granskas under hösten.")],
         "DELVIS", "nej"),
    ]
    for forv, namnd, proc, km, periods, st, avv in ctrls:
        for per, status, a, kom in periods:
            ws.append([forv, proc, km, per, status, a, kom])
        exp(fil, namnd, km, st, avv)
    ws.append([])
    ws.append(["Exporterad 2026-01-12 10:41 av ekonomienheten. Antal rader: %d" % (ws.max_row - 2)])
    for col, w in zip("ABCDEFG", [30, 22, 60, 18, 18, 12, 50]):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(tempfile.mkdtemp(prefix="r41exp"), "Export internkontroll 2025 SBF MBF.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", fil)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ================================================================ 8 GAN (csv cp1252, tertial columns)
def gan():
    fil = "gan_internkontroll_2025.csv"
    rows = [
        ["Uppföljning internkontrollplan 2025 – tertial 3 – Gymnasie- och arbetsmarknadsnämnden"],
        [],
        ["Enhet", "Kontrollmoment", "T1", "T2", "T3", "Avvikelse", "Kommentar"],
    ]
    ctrls = [
        ("Arbetsmarknadsenheten",
         "Aktivitetsrapporter till Arbetsförmedlingen lämnas inom fastställd tid",
         "Pågående", "Pågående", "Klar", "Nej", "", "GENOMFORD", "nej"),
        ("Vuxenutbildningen",
         "Närvaro på kommunal vuxenutbildning rapporteras korrekt till CSN",
         "Klar", "Klar", "Klar", "Ja", "Felaktig närvaro rapporterad för 6 elever; rättat i december.",
         "GENOMFORD", "ja"),
        ("Arbetsmarknadsenheten",
         "Lönebidrag och anställningsstöd rekvireras för samtliga berättigade",
         "Ej startad", "Pågående", "",
         "", "Rekvisition för hösten är inte gjord, kontrollen är inte genomförd.",
         "EJ_GENOMFORD", "nej"),
        ("Gymnasieskolan",
         "Inackorderingstillägg för gymnasieelever beslutas enligt delegationsordning",
         "Klar", "", "Utgår", "", "Utgår enligt beslut GAN 2025-09-18 § 62.", "UTGAR", "nej"),
        ("Gymnasieskolan",
         "Interkommunala ersättningar faktureras för elever från andra kommuner",
         "", "Pågående", "Klar", "Nej",
         "Fakturering klar för VT och HT;\ninga differenser mot elevregistret.", "GENOMFORD", "nej"),
        ("Arbetsmarknadsenheten",
         "Feriearbetare har anställningsavtal och registreras i lönesystemet",
         "", "", "", "", "", "SAKNAS", "nej"),
        ("Gymnasieskolan",
         "Behörigheter i elevsystemet tas bort för personal som slutat",
         "", "Pågående", "Klar", "Ja", "Sju aktiva konton för personal som slutat har stängts.",
         "GENOMFORD", "ja"),
        ("Vuxenutbildningen",
         "Upphandlade yrkesutbildningar följs upp mot avtalade villkor",
         "Ej startad", "Ej startad", "Ej startad", "", "", "EJ_GENOMFORD", "nej"),
    ]
    for c in ctrls:
        rows.append(list(c[:7]))
        exp(fil, GAN, c[1], c[7], c[8])
    rows.append([])
    rows.append(["Antal kontrollmoment: %d" % len(ctrls)])
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for r in rows:
            w.writerow(r)
    FILES.append((fil, "INLAST", GAN, "2025", "HELAR"))


# ================================================================ 9 ÖFN (truncated docx)
def ofn():
    fil = "Överförmyndarnämnden verksamhetsberättelse 2025.docx"
    doc = new_doc()
    doc.add_heading("Överförmyndarnämnden – Verksamhetsberättelse 2025", 0)
    doc.add_heading("Intern kontroll", 1)
    table(doc, ["Kontrollmoment", "Status"], [
        ["Årsräkningar granskas inom sex månader från inlämnande", "Grön"],
        ["Arvoden till ställföreträdare beslutas enligt riktlinjer", "Gul"],
    ])
    tmp = os.path.join(tempfile.mkdtemp(prefix="r41ofn"), "x.docx")
    doc.save(tmp)
    data = open(tmp, "rb").read()
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(data[: len(data) // 3])
    FILES.append((fil, "AVVISAD", OFN, "2025", "HELAR"))


REGISTER = [
    (KS, "KS|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen"),
    (VON, "VON|Vård- och omsorgsförvaltningen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen"),
    (TN, "TN|Tekniska förvaltningen"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|MBF"),
    (GAN, "GAN|Gymnasie- och arbetsmarknadsförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    for f in [ks, bun, sn, von, kfn, tn, export, gan, ofn]:
        f()
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            f.write(";".join(r) + "\n")
    kms = [r[2] for r in EXPECTED]
    assert len(kms) == len(set(kms)), "duplicate control text"
    print("files", len(FILES), "rows; controls", len(EXPECTED))


if __name__ == "__main__":
    main()
