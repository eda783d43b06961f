#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 287 - "spelling in the wild" - Tjärnås kommun, run year 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv
in the folder of this script. Deterministic (fixed texts, fixed document dates).
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import xlwt
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round287"
FIXED = datetime.datetime(2025, 10, 1, 8, 0, 0)
NBSP = "\u00a0"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def moj(s):
    """Text that was UTF-8 once decoded as Windows-1252 (the classic mojibake)."""
    return s.encode("utf-8").decode("cp1252")


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km.strip(), status, avv))


def fixed_props_xlsx(wb):
    wb.properties.creator = "Tjarnas kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fixed_props_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Socialnämnden", "SN|Soc|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljökontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarkansliet"),
    ("Valnämnden", "VN"),
    ("Tjärnås Energi AB", "TEAB|Tjärnås Energi|Tjärnås Energi och Vatten AB"),
]


# ---------------------------------------------------------------------------
# File 1 - Kommunstyrelsen, xlsx, delår, headings without å/ä/ö + misspelt
# ---------------------------------------------------------------------------
def file1():
    fil = "Internkontroll_KS_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppfoljning"
    bold = Font(bold=True)
    ws["A1"] = "UPPFOLJNING INTERNKONTROLLPLAN 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Namnd: Kommunstyrelsen (Kommunledningsforvaltningen)"
    ws["A3"] = "Period: Delar jan-aug 2025"
    ws["A4"] = "Statusvarden: Genomford / Delvis genomford / Ej genomford / Utgar. Skriv kort kommentar om avvikelse."
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:F4")
    hdr = ["Nr", "Process", "Kontrollmomnet", "Ansvarig", "Staus", "Resultat/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
        ("G", "Ekonomi"),
        ("1", "Ekonomi", "Attest av leverantorsfakturor enligt attestordningen", "Ekonomichef",
         "Genomford", "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsekonom",
         "Genomford med anmarkning", "3 av 20 underlag saknade deltagarlista. Aterkoppling till chefer i september.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Avstämning av balanskonton inför delårsbokslutet", "Redovisningsekonom",
         "GENOMFÖRD ", "Samtliga balanskonton avstamda per 31/8.", "GENOMFORD", "nej"),
        ("G", "Personal"),
        ("4", "Personal", "Kontroll av att lon inte betalas ut efter avslutad anstallning", "Lonechef",
         "Delvis genomf.", "Kontroll gjord for jan-apr, inga felaktiga utbetalningar. Maj-aug kontrolleras i oktober.",
         "DELVIS", "nej"),
        ("5", "Personal", "Uppföljning av rehabiliteringsärenden vid upprepad korttidsfrånvaro", "HR-chef",
         "ej genomförd", "Skjuts till hosten pga vakant HR-tjanst.", "EJ_GENOMFORD", ""),
        ("G", "Upphandling och inkop"),
        ("6", "Upphandling", "Avtalstrohet - kop utanfor ramavtal" + NBSP, "Upphandlingschef",
         "Genomf.", "Avtalstrohet 87 %. 4 inkop utanfor avtal utan dokumenterad direktupphandling.",
         "GENOMFORD", "ja"),
        ("G", "IT och informationssakerhet"),
        ("7", "IT", "Behorighetskontroll i ekonomisystemet - avslutade anstallda ska inte ha kvar behorighet",
         "IT-chef", "Påb.", "Paborjad i juni, lista fran HR-systemet inhamtad.", "DELVIS", ""),
        ("8", "IT", "Test av återläsning av säkerhetskopior", "IT-chef",
         "Utgar", "Ansvaret flyttat till IT-samverkan Tjarnas-Bergsjo, KS beslut 2025-03-12 § 41.", "UTGAR", ""),
        ("G", "Dokumenthantering"),
        ("9", "Kansli", "Diarieföring av inkomna handlingar inom tre arbetsdagar", "Registrator",
         NBSP + "Genomford" + NBSP, "Stickprov 25 handlingar: 2 diarieforda efter 5 dagar.", "GENOMFORD", "ja"),
        ("10", "Kansli", "Delegationsbeslut anmals till kommunstyrelsen", "Kanslichef",
         "", "", "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            c = ws.cell(row=r, column=1, value=row[1].upper())
            c.font = bold
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row[:6], 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, row[2], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanstallt av: Eva Lindqvist, controller, 2025-09-10")
    for col, w in zip("ABCDEF", (5, 14, 48, 18, 22, 55)):
        ws.column_dimensions[col].width = w
    fixed_props_xlsx(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2 - Stratsys-like CSV export, Soc.nämnden + VON, T2, mojibake rows
# ---------------------------------------------------------------------------
def file2():
    fil = "IK_uppfoljning_T2_2025_export.csv"
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    header = ["Enhet", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2", "Kommentar T2"]
    # (org, process, km, ansvarig, t1, t2, kommentar, mojibake?, nämnd, status, avv)
    rows = [
        ("Soc.nämnden", "Myndighetsutövning", "Kontroll av att förhandsbedömning görs inom 14 dagar",
         "Enhetschef IFO", "Genomförd", "Genomförd", "Stickprov 20 ärenden, samtliga inom 14 dagar.",
         False, SN, "GENOMFORD", "nej"),
        ("Soc.nämnden", "Myndighetsutövning", "Kontroll av att utredningstiden fyra månader hålls",
         "Enhetschef IFO", "Pågår", "Genomförd",
         "3 av 15 utredningar överskred fyra månader utan beslut om förlängning.",
         True, SN, "GENOMFORD", "ja"),
        ("Soc.nämnden", "Ekonomiskt bistånd", "Dubbelutbetalning av ekonomiskt bistånd",
         "Enhetschef ekonomiskt bistånd", "Ej påbörjad", "Delvis genomförd",
         "Kontroll gjord för april-juni, inga dubbelutbetalningar. Juli-augusti återstår.",
         False, SN, "DELVIS", "nej"),
        ("Soc.nämnden", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Kvalitetsutvecklare", "", "EJ GENOMFÖRD", "Flyttas till T3 pga personalbrist.",
         True, SN, "EJ_GENOMFORD", ""),
        ("Soc.nämnden", "Placeringar", "Avtal finns för samtliga externa placeringar",
         "Placeringssamordnare", "Genomförd", "", "",
         False, SN, "GENOMFORD", ""),
        ("Soc.nämnden", "Synpunkter och klagomål",
         "Synpunkter och klagomål diarieförs och besvaras inom 10 arbetsdagar",
         "Nämndsekreterare", "Genomförd", "Utgår",
         "Utgår enligt nämndens beslut 2025-05-20 § 58, ersätts av ny rutin i kvalitetsledningssystemet.",
         False, SN, "UTGAR", ""),
        ("Vard- och omsorgsnamnden", "Läkemedelshantering", "Signeringslistor för läkemedel kontrolleras månadsvis",
         "MAS", "Genomförd", "Genomförd med avvikelse",
         "Brister i signering på Björkgården och Solbacken, åtgärdsplan upprättad.",
         False, VON, "GENOMFORD", "ja"),
        ("Vard- och omsorgsnamnden", "Hemtjänst", "Beviljade timmar jämförs med utförda timmar i hemtjänsten",
         "Enhetschef hemtjänst", "Delvis genomförd", "Genomförd",
         "Utförda timmar stämmer med beviljade inom 5 %, inga avvikelser.",
         True, VON, "GENOMFORD", "nej"),
        ("Vard- och omsorgsnamnden", "Bemanning", "Timanställda överskrider inte LAS-dagar",
         "HR-konsult", "Ej påbörjad", "Ej påbörjad", "",
         False, VON, "EJ_GENOMFORD", ""),
        ("Vard- och omsorgsnamnden", "Avgifter", "Avgiftsbeslut för hemtjänst är korrekt beräknade",
         "Avgiftshandläggare", "", "Se bilaga", "",
         False, VON, "OKLAR", ""),
        ("Vard- och omsorgsnamnden", "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Enhetschefer", "Pågår", "Pågår", "Granskning av 40 planer pågår, klart i oktober.",
         True, VON, "DELVIS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Internkontroll 2025 - uppföljning tertial 2"])
        w.writerow(["Utskrivet 2025-09-30 10:14"])
        w.writerow([])
        w.writerow(header)
        for row in rows:
            vals = list(row[:7])
            if row[7]:
                vals = [moj(v) for v in vals]
            w.writerow(vals)
            exp(fil, row[8], row[2], row[9], row[10])
    FILES.append((fil, "INLAST", SN, "2025", "T2"))
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 3 - BUN, docx, helår, one table with group rows, CAPS / typos
# ---------------------------------------------------------------------------
def file3():
    fil = "BUN uppfoljning IK helar 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixed_props_docx(d, "Anna Berg")
    d.add_heading("Barn- och utbildningsnamnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i februari (BUN 2025-02-11 § 9). Nedan redovisas "
        "resultatet av årets kontroller. Kontroller som inte hunnits med föreslås tas med i planen för 2026.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Process", "Kontrollmoment", "Metod/omfattning", "Resultat", "Status"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    rows = [
        ("G", "EKONOMI"),
        ("Ekonomi", "Kontroll av att skolskjutsfakturor stämmer mot beslut om skolskjuts",
         "Stickprov mars och oktober", "Fakturorna stämmer mot beslut.", "GENOMFÖRD", "GENOMFORD", "nej"),
        ("Ekonomi", "Inköp görs från avtalade leverantörer", "Stickprov 50 inköp",
         "6 inköp utanför avtal. Information till rektorer på rektorsmöte i november.",
         "genomförd med anmärkning", "GENOMFORD", "ja"),
        ("G", "ELEVHÄLSA OCH TRYGGHET"),
        ("Elevhälsa", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Genomgång av anmälningar i ärendesystemet", "Se bilaga 2", "", "OKLAR", ""),
        ("Elevhälsa", "Kontakt med vårdnadshavare vid upprepad frånvaro dokumenteras",
         "Genomgång av frånvarouppföljning på samtliga grundskolor",
         "Kontroll gjord på 4 av 9 skolor. På de kontrollerade skolorna saknades dokumenterad kontakt i 3 fall.",
         "Delvis", "DELVIS", "ja"),
        ("G", "PERSONAL"),
        ("Personal", "Utdrag ur belastningsregistret visas före anställning",
         "Samtliga nyanställda 2025", "Samtliga 34 nyanställda hade visat utdrag.", "Genomört",
         "GENOMFORD", "nej"),
        ("Personal", "Lärarlegitimation kontrolleras vid anställning",
         "Stickprov 20 anställningar",
         "Kontrollen har inte hunnits med under året och flyttas till planen för 2026.", "",
         "EJ_GENOMFORD", ""),
        ("G", "SYSTEMATISKT KVALITETSARBETE"),
        ("Kvalitet", "Åtgärdsprogram upprättas när utredning visar behov av särskilt stöd",
         "Stickprov 2 skolor", "Ej genomfört pga omorganisation av elevhälsan.", "ej genomfört",
         "EJ_GENOMFORD", ""),
        ("Kvalitet", "Skolplikt – elever som är folkbokförda i kommunen men inte inskrivna i någon skola",
         "Samkörning folkbokföring/elevregister", "Samtliga elever återfunna i skola eller annan skolform.",
         "Genomfört", "GENOMFORD", "nej"),
        ("Kvalitet", "Rutin för specialkost vid allergier i skolmåltiderna följs",
         "Stickprov 3 kök", "Ansvaret överfört till Kostenheten under KS från 1 mars.", "EJ AKTUELL",
         "UTGAR", ""),
    ]
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[4])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
        else:
            for c, v in zip(cells, row[:5]):
                c.text = v
            exp(fil, N, row[1], row[5], row[6])
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning av anmälningar om kränkande behandling (separat dokument).")
    d.add_paragraph("Tjärnås 2026-01-20")
    d.add_paragraph("Anna Berg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4 - SBN, .ods (via LibreOffice), T1, consultant's English statuses
# ---------------------------------------------------------------------------
def file4(tmp):
    fil = "Samhallsbyggnad_IK_2025_T1.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontroll 2025 - Samhallsbyggnadsnamnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppfoljning tertial 1 (jan-apr). Sammanstallning: K. Ahlgren, Ahlgren Revision & Rad AB"
    ws["A3"] = "Legend: Completed = Genomford | In progress / Partially done = Pagar/delvis | Not started = Ej paborjad | N/A = utgar"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["ID", "Omrade", "Kontrolmoment", "Risk (1-16)", "Ansvarig", "Status T1", "Status T2", "Status T3",
           "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    rows = [
        ("SB1", "Bygglov", "Handläggningstid för bygglov inom 10 veckor", 12, "Bygglovschef",
         "Completed", "Checked 25 cases, 2 exceeded 10 weeks without extension decision.", "GENOMFORD", "ja"),
        ("SB2", "Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", 9, "Bygglovschef",
         "completed ", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("SB3", "Gata/park", "Besiktning av lekplatser enligt besiktningsplan", 8, "Parkchef",
         "In progress", "8 av 21 lekplatser besiktigade.", "DELVIS", ""),
        ("SB4", "Fastighet", "Hyresavtal för inhyrda lokaler är uppdaterade och registrerade", 6, "Fastighetschef",
         "Not started", "", "EJ_GENOMFORD", ""),
        ("SB5", "VA", "Egenkontroll av dricksvatten enligt kontrollprogram", 16, "VA-chef",
         "Genomford", "", "GENOMFORD", ""),
        ("SB6", "Fastighet", "Energideklarationer för kommunens fastigheter är giltiga", 4, "Fastighetschef",
         "N/A", "Kontrollen utgar - ansvaret overfort till Tjarnas Fastigheter AB 2025-01-01.", "UTGAR", ""),
        ("SB7", "Mark", "Arrendeavgifter faktureras enligt avtal", 6, "Markingenjör",
         "Partially done", "Jordbruksarrenden kontrollerade utan anmarkning, bostadsarrenden aterstar.",
         "DELVIS", "nej"),
        ("SB8", "Trafik", "Parkeringsintäkter stäms av mot automaternas kassarapporter", 9, "Trafikingenjör",
         "Ej genomf.", "", "EJ_GENOMFORD", ""),
        ("SB9", "Plan", "Planavtal tecknas innan planarbete påbörjas", 8, "Planchef",
         "Not done - postponed to T2", "", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[5], None, None, row[6] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    for col, w in zip("ABCDEFGHI", (6, 12, 46, 10, 16, 24, 10, 10, 50)):
        ws.column_dimensions[col].width = w
    fixed_props_xlsx(wb)
    src = os.path.join(tmp, "Samhallsbyggnad_IK_2025_T1.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "ods", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 5 - KFN, .xls (xlwt), delår, abbreviations + legend at bottom, 2024 column
# ---------------------------------------------------------------------------
def file5():
    fil = "kfn ik-uppf delar25.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    b = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; alignment: wrap on")
    ws.write_merge(0, 0, 0, 5, "KULTUR- OCH FRITIDSNAMNDEN", big)
    ws.write(1, 0, "Internkontrollplan 2025 med uppfoljning", b)
    ws.write(2, 0, "Uppfoljning per 31 augusti (delar)")
    hdr = ["Kontrollmoment", "Frekvens", "Ansvarig", "Utfall 2024", "Delar 2025", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, hdrst)
    rows = [
        ("Dagliga kassaavstämningar i simhallens kassa", "Månadsvis", "Badchef",
         "Genomf.", "Genomf.", "Inga kassadifferenser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslut och bidragsregler", "1 ggr/år", "Fritidskonsulent",
         "Genomf.", "Ej gen.", "Gors i november efter ansokningsomgang 2.", "EJ_GENOMFORD", ""),
        ("Kontroll av ej återlämnade medier på biblioteket", "Tertial", "Bibliotekschef",
         "Ej gen.", "Påb.", "", "DELVIS", ""),
        ("Inventering av den kommunala konstsamlingen", "1 ggr/år", "Kulturchef",
         "", "Genomf. m. anm.", "3 verk kunde inte lokaliseras, polisanmalan gjord.", "GENOMFORD", "ja"),
        ("Hyror för ishall och sporthallar debiteras enligt taxa", "Tertial", "Bokningsansvarig",
         "Genomf.", "", "", "SAKNAS", ""),
        ("Registerutdrag för ledare i fritidsgårdsverksamheten", "1 ggr/år", "Fritidsgårdschef",
         "Ej gen.", "GENOMF.", "Alla 12 ledare har visat utdrag.", "GENOMFORD", "nej"),
        ("Tillstånd och kontroll av lotterier", "Löpande", "Fritidskonsulent",
         "Utg.", "Utg.", "Ny spellag - kommunen ar inte langre tillstandsmyndighet.", "UTGAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Förvaltningsekonom",
         "Genomf.", "delvis", "Stickprov jan-apr klart, inga fel. Maj-aug aterstar.", "DELVIS", "nej"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:6]):
            ws.write(r, i, v, wrap)
        exp(fil, N, row[0], row[6], row[7])
        r += 1
    r += 1
    ws.write(r, 0, "Forkortningar: Genomf. = genomford, Ej gen. = ej genomford, Pab. = paborjad, "
                   "Utg. = utgar, m. anm. = med anmarkning")
    ws.write(r + 1, 0, "Upprattad av Per Sund 2025-09-05")
    for i, w in enumerate((48, 12, 18, 12, 14, 50)):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6 - ÖFN, docx with text only (no table), helår
# ---------------------------------------------------------------------------
def file6():
    fil = "Overformyndarnamnden - uppfoljning internkontroll 2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    fixed_props_docx(d, "Lena Holm")
    p = d.add_paragraph()
    run = p.add_run("OVERFORMYNDARNAMNDEN")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Uppföljning av intern kontroll, helår 2025")
    d.add_paragraph(
        "Overformyndarnamnden beslutade i planen for 2025 om fem kontrollmoment. Kontrollerna har utforts av "
        "overformyndarkansliet. Resultatet redovisas nedan per kontrollmoment.")
    items = [
        ("Granskning av årsräkningar slutförs senast 30 juni", "genomford",
         "94 % av arsrakningarna granskades i tid. 11 arsrakningar blev klara forst i augusti pga sen inlamning.",
         "GENOMFORD", "ja"),
        ("Ställföreträdare har aktuellt utdrag ur belastningsregistret och kreditupplysning",
         "Ej genomford", "Rutinen for kontroll infordes forst i oktober, kontroll gors 2026.",
         "EJ_GENOMFORD", ""),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Genomfört ",
         "Stickprov 25 arvodesbeslut, inga avvikelser.", "GENOMFORD", "nej"),
        ("Förvaltarkonton har överförmyndarspärr", "Delvis genomf.",
         "30 av 60 konton kontrollerade; tva saknade sparr och har atgardats.", "DELVIS", "ja"),
        ("Uppföljning av gode män med fler än tio uppdrag", "", "", "SAKNAS", ""),
    ]
    for km, st, res, s, a in items:
        d.add_heading(km, level=2)
        d.add_paragraph("Status: " + st if st else "Status:")
        d.add_paragraph("Resultat: " + res if res else "Resultat:")
        exp(fil, N, km, s, a)
    d.add_paragraph()
    d.add_paragraph("Lena Holm, overformyndarhandlaggare, 2026-01-15")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7 - Tjärnås Energi AB, xlsx, helår, company only in print header + file name
# ---------------------------------------------------------------------------
def file7():
    fil = "TEAB ik uppfoljning 2025 helar.xlsx"
    N = "Tjärnås Energi AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontroller"
    ws.oddHeader.left.text = "TJARNAS ENERGI AB"
    ws.oddHeader.right.text = "Intern kontroll"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Intern kontroll - uppfoljning helar 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteras till styrelsen 2026-02-12"
    hdr = ["Kontrollaktivitet", "Riskomrade", "Ansvar", "Status helar", "Kommentar"]
    thin = Side(style="thin")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    rows = [
        ("Kontroll av skattade mätarvärden vid avläsning av elmätare", "Mätning", "Nätchef",
         "Done", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fakturering av nätavgifter enligt beslutad tariff", "Fakturering", "Kundtjänstchef",
         "Klar", "2 kunder hade felaktig tariff, rättat och kreditfakturor skickade.", "GENOMFORD", "ja"),
        ("Efterlevnad av LOU vid inköp över direktupphandlingsgränsen", "Inköp", "Inköpsansvarig",
         "Partly done", "Inköp jan-jun granskade, inga fel. Resten granskas Q1 2026.", "DELVIS", "nej"),
        ("Behörigheter i SCADA-systemet granskas", "IT/OT-säkerhet", "IT-ansvarig",
         "not done", "Leverantörsbyte, görs när nytt system är i drift.", "EJ_GENOMFORD", ""),
        ("Kundförluster och inkassohantering följs upp", "Ekonomi", "Ekonomichef",
         "Genomörd", "Kundförluster 0,3 % av omsättningen, inom budget.", "GENOMFORD", "nej"),
        ("Ändringar av leverantörers bankgiro verifieras genom återringning", "Ekonomi", "Ekonomichef",
         "ONGOING", "Rutin införd i maj, uppföljning pågår.", "DELVIS", ""),
        ("Representation och gåvor redovisas enligt policy", "Ekonomi", "VD",
         "Cancelled (styrelsebeslut 2025-04-24)", "", "UTGAR", ""),
        ("Egenkontroll enligt miljötillstånd för fjärrvärmeverket", "Miljö", "Driftchef värme",
         "Genomf. med avvikelse", "Ett överskridande av stoftvärde i mars, rapporterat till MHN.", "GENOMFORD", "ja"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:5], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        exp(fil, N, row[0], row[5], row[6])
        r += 1
    for col, w in zip("ABCDE", (52, 16, 18, 26, 55)):
        ws.column_dimensions[col].width = w
    fixed_props_xlsx(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8 - must be rejected: covering letter (missiv), no controls
# ---------------------------------------------------------------------------
def file8():
    fil = "Foljebrev IK-uppfoljning Soc.docx"
    d = docx.Document()
    fixed_props_docx(d, "Maria Ek")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsforvaltningen")
    d.add_paragraph("Fran: Socialforvaltningen")
    d.add_paragraph("Datum: 2025-09-30")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Missiv - uppfoljning av internkontrollplan T2 2025").bold = True
    d.add_paragraph(
        "Hej! Harmed oversands Soc.namndens uppfoljning av internkontrollplanen for tertial 2. "
        "Uppfoljningen ar exporterad ur Stratsys och bifogas som separat fil. Tyvarr fick nagra rader konstiga tecken "
        "i exporten, vi har inte hunnit ratta dem.")
    d.add_paragraph(
        "Arendet behandlas av namnden 2025-10-21. Hor av er om ni har fragor.")
    d.add_paragraph()
    d.add_paragraph("Med vanlig halsning")
    d.add_paragraph("Maria Ek, namndsekreterare")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="round287-")
    try:
        file1()
        file2()
        file3()
        file4(tmp)
        file5()
        file6()
        file7()
        file8()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
