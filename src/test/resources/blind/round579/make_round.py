#!/usr/bin/python3
"""Blind round 579 - Perstorps kommun, helår 2025 with late corrections.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round579"
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def txt(ws, ref, value):
    """Write a value, never letting openpyxl turn it into a formula."""
    c = ws[ref]
    c.value = value
    if isinstance(value, str) and value.startswith("="):
        c.data_type = "s"
    return c


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Perstorps kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, statuses changed late with the old value left in the cell
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS Uppföljning internkontrollplan 2025 helår.xlsx"
    nd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    txt(ws, "A1", "Kommunstyrelsen - Uppföljning av internkontrollplan 2025").font = Font(bold=True, size=14)
    txt(ws, "A2", "Period: Helår (januari-december 2025)")
    txt(ws, "A3", "Rev. 2026-01-28: sena korrigeringar efter avstämning med revisionen. "
                  "Ändrad status skrivs som \"tidigare status → ny status\" eller med gammal status inom ~~ ~~.")
    ws["A3"].font = Font(italic=True, color="C00000")
    heads = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status helår", "Kommentar"]
    for i, h in enumerate(heads):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("G", "1. Ekonomiadministration"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor okt-dec", "Ekonomichef", "Pågår → Genomförd",
         "Stickprov klart 2026-01-15. 2 fakturor saknade beslutsattest, rättat och informerat attestanterna.",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomisystem", "Kontroll av behörigheter i ekonomisystemet Raindance",
         "Behörighetslista mot personalförteckning", "Systemförvaltare ekonomi",
         "Genomförd (var: Ej påbörjad vid T2)",
         "Genomgång gjord i november. Inga felaktiga behörigheter.", "GENOMFORD", "nej"),
        ("1.3", "Förtroendekänsliga poster", "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Granskning av samtliga representationsfakturor", "Controller",
         "Ej påbörjad → Delvis genomförd",
         "Kvartal 3-4 granskade utan anmärkning, kvartal 1-2 återstår.", "DELVIS", "nej"),
        ("G", "2. Personal och lön"),
        ("2.1", "Lön", "Nyanställda i lönesystemet stäms av mot underskrivna anställningsavtal",
         "Stickprov 20 nyanställningar", "HR-chef", "~~Pågår~~ Genomförd",
         "Samtliga 20 avtal fanns och överensstämde med lönesystemet.", "GENOMFORD", "nej"),
        ("2.2", "Rehabilitering", "Rehabiliteringsärenden dokumenteras i Adato",
         "Genomgång av ärenden med >14 dagars sjukfrånvaro", "HR-specialist", "Delvis genomförd",
         "Kommunledningsförvaltningen klar. Räddningsvärnet och kommunhusets service ej granskade.",
         "DELVIS", ""),
        ("G", "3. Upphandling och inköp"),
        ("3.1", "Direktupphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje för direktupphandling",
         "Genomgång av leverantörsreskontra", "Upphandlare",
         "Genomförd → Genomförd med avvikelse",
         "Vid kompletterande granskning jan 2026 saknades dokumentation för 3 av 12 direktupphandlingar.",
         "GENOMFORD", "ja"),
        ("3.2", "Avtalstrohet", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Spendanalys", "Upphandlare", "Ej genomförd",
         "Skjuts till 2026 på grund av byte av e-handelssystem.", "EJ_GENOMFORD", ""),
        ("G", "4. Administration och informationssäkerhet"),
        ("4.1", "Diarieföring", "Inkommande allmänna handlingar diarieförs inom föreskriven tid",
         "Stickprov i W3D3", "Kanslichef", "Pågår → Utgår",
         "Utgår enligt KS beslut 2025-11-05 § 142, ersätts av ny kontroll i plan 2026.", "UTGAR", ""),
        ("4.2", "Dataskydd", "Personuppgiftsincidenter hanteras enligt rutin och anmäls till IMY inom 72 timmar",
         "Genomgång av incidentloggen", "Dataskyddssamordnare", "Genomförd",
         "4 incidenter 2025, samtliga hanterade enligt rutin.", "GENOMFORD", "nej"),
        ("4.3", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "Nämndsekreterare", "Genomförd → Pågår",
         "Korrigerat 2026-01-28: uppföljningen av beslut fattade i december är inte klar.", "DELVIS", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            txt(ws, f"A{r}", row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws[f"A{r}"].fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            for i, v in enumerate(row[:7]):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.alignment = WRAP
                c.border = BOX
            if "→" in row[5] or "~~" in row[5]:
                ws.cell(row=r, column=6).font = Font(color="C00000", bold=True)
            exp(fil, nd, row[2], row[7], row[8])
        r += 1
    r += 1
    txt(ws, f"A{r}", "Sammanställt av: Anna Berglund, controller, Kommunledningsförvaltningen 2026-01-28")
    for col, w in zip("ABCDEFG", [6, 20, 48, 30, 22, 30, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Bildningsnämnden - xlsx, helår status empty for some rows, comment tells
# ---------------------------------------------------------------------------
def build_bn():
    fil = "Bildningsnämnden IK-uppföljning 2025.xlsx"
    nd = "Bildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    txt(ws, "A1", "Bildningsnämnden").font = Font(bold=True, size=13)
    txt(ws, "A2", "Uppföljning intern kontroll 2025 - delår och helår").font = Font(bold=True)
    txt(ws, "A3", "Statusval: Genomförd / Delvis / Ej genomförd / Ej påbörjad. Fyll i status och kommentar per period.")
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Område", "Kontrollmoment", "Metod / omfattning", "Ansvarig",
             "Status delår", "Kommentar delår", "Status helår", "Kommentar helår"]
    for i, h in enumerate(heads):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per halvår",
         "Förvaltningsekonom", "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Skolskjutsfakturor stäms av mot beviljade skolskjutsbeslut", "Avstämning per månad",
         "Skolskjutshandläggare", "Delvis", "Januari-juni avstämda.", "",
         "Avstämning gjord för hela året i december. Två felaktiga fakturor från transportören krediterades.",
         "GENOMFORD", "ja"),
        ("Elevhälsa", "Anmälan till huvudman om kränkande behandling görs skyndsamt",
         "Genomgång av samtliga anmälningar", "Rektorer", "Genomförd", "",
         "Genomförd med anmärkning", "3 anmälningar kom in senare än 5 arbetsdagar efter händelsen.",
         "GENOMFORD", "ja"),
        ("Elevhälsa", "Elevhälsans journaler förs enligt patientdatalagen", "Journalgranskning 10 journaler",
         "Verksamhetschef elevhälsa", "Ej påbörjad", "Planeras till hösten.", "",
         "Ej genomförd, skolsköterska vakant hösten 2025. Förs över till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Utdrag ur belastningsregistret uppvisas vid nyanställning",
         "Stickprov 15 nyanställda", "HR-partner", "Genomförd", "", "Genomförd", "Samtliga hade uppvisat utdrag.",
         "GENOMFORD", "nej"),
        ("Personal", "Timanställda vikarier har giltiga anställningsavtal", "Stickprov per skola",
         "Rektorer", "Delvis", "Förskolorna klara.", "",
         "Pågår fortfarande, stickprov på Parkskolan och Centralskolan återstår.", "DELVIS", ""),
        ("Verksamhet", "Elevfrånvaro följs upp enligt rutin för problematisk skolfrånvaro",
         "En gång per år (maj)", "Biträdande rektorer", "Genomförd",
         "Uppföljning gjord i maj, rutinen följs.", "", "", "GENOMFORD", "nej"),
        ("Verksamhet", "Modersmålsundervisning erbjuds alla berättigade elever",
         "Jämförelse anmälningar/beslut", "Samordnare modersmål", "", "", "", "", "SAKNAS", ""),
        ("Kost", "Livsmedelsinköp följer upphandlade avtal", "Spendanalys", "Kostchef",
         "Delvis", "Första halvåret klart.", "", "Se bilaga 3.", "OKLAR", ""),
        ("IT", "Behörigheter i Unikum och Skola24 tas bort när elever och personal slutar",
         "Jämförelse mot elevregister och personalsystem", "IT-samordnare", "Ej påbörjad", "",
         "Genomförd", "Rensning gjord 2025-12-10, 47 inaktiva konton fanns kvar och togs bort.",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:8]):
            c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, nd, row[1], row[8], row[9])
        r += 1
    txt(ws, f"A{r + 1}", "Beslutad i Bildningsnämnden 2026-02-10 § 9")
    for col, w in zip("ABCDEFGH", [12, 48, 28, 22, 14, 30, 18, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word verksamhetsberättelse with economy/personnel tables before IK table
# ---------------------------------------------------------------------------
def set_table_header(table):
    for cell in table.rows[0].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def add_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    set_table_header(t)
    return t


def build_sn():
    fil = "Verksamhetsberättelse 2025 Socialnämnden.docx"
    nd = "Socialnämnden"
    doc = Document()
    doc.core_properties.author = "Socialförvaltningen"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.add_heading("Verksamhetsberättelse 2025", 0)
    doc.add_paragraph("Socialnämnden, Perstorps kommun").runs[0].bold = True
    doc.add_paragraph("Diarienummer SN 2026/14. Behandlad i socialnämnden 2026-02-12.")

    doc.add_heading("1 Inledning", 1)
    doc.add_paragraph(
        "Socialnämnden ansvarar för individ- och familjeomsorg, äldreomsorg, stöd till personer med "
        "funktionsnedsättning samt hälso- och sjukvård i kommunal regi. År 2025 präglades av fortsatt "
        "höga kostnader för externa placeringar och av arbetet med att införa ett nytt verksamhetssystem.")
    doc.add_heading("2 Måluppfyllelse", 1)
    doc.add_paragraph(
        "Av nämndens sju mål bedöms fem vara uppfyllda och två delvis uppfyllda. Målet om minskat "
        "beroende av ekonomiskt bistånd uppnåddes inte fullt ut, men antalet hushåll minskade med 6 %.")

    doc.add_heading("3 Ekonomi", 1)
    doc.add_paragraph("Nämnden redovisar ett underskott om 4,1 mnkr mot budget. Tabellen visar utfall per verksamhet (tkr).")
    add_table(doc, ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"], [
        ("Nämnd och förvaltningsledning", "8 450", "8 120", "330"),
        ("Individ- och familjeomsorg", "41 200", "46 870", "-5 670"),
        ("Äldreomsorg", "112 300", "111 050", "1 250"),
        ("Funktionsstöd", "38 900", "38 910", "-10"),
        ("Summa", "200 850", "204 950", "-4 100"),
    ])
    doc.add_heading("4 Personal", 1)
    doc.add_paragraph("Sjukfrånvaron har minskat jämfört med föregående år.")
    add_table(doc, ["Nyckeltal", "2024", "2025"], [
        ("Antal tillsvidareanställda", "412", "405"),
        ("Sjukfrånvaro totalt, %", "8,9", "8,1"),
        ("Andel heltidsanställda, %", "71", "76"),
        ("Personalomsättning, %", "11,2", "9,8"),
    ])

    doc.add_heading("5 Uppföljning av intern kontroll", 1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 2025-01-23 § 7. Planen innehöll åtta kontrollmoment. "
        "Nedan redovisas resultatet för helåret. Bedömningen anges med kod enligt förklaringen under tabellen.")
    rows = [
        ("Myndighetsutövning", "Beslut om försörjningsstöd fattas enligt delegationsordningen",
         "Stickprov 25 akter. Samtliga beslut fattade av behörig delegat.", "G", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Barnavårdsutredningar slutförs inom fyra månader",
         "18 av 92 utredningar förlängdes utan dokumenterat beslut om förlängning.", "GA", "GENOMFORD", "ja"),
        ("Ekonomi", "Fakturerade avgifter inom hemtjänsten stämmer mot utförd tid",
         "Kontroll gjord för mars. Kontrollen av oktober är inte klar.", "D", "DELVIS", ""),
        ("Ekonomi", "Brukares privata medel på särskilt boende hanteras enligt rutin",
         "Genomförd på Solhaga och Lillåsen, inga avvikelser.", "G", "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Läkemedelsförråd och narkotikaförteckningar inventeras",
         "Två avvikelser i narkotikaförteckningen på Solhaga. Lex Maria-bedömning gjord.", "GA",
         "GENOMFORD", "ja"),
        ("Personal", "Timavlönade överskrider inte tillåtet antal anställningsdagar enligt LAS",
         "Ej genomförd på grund av byte av schemasystem.", "EG", "EJ_GENOMFORD", ""),
        ("Kvalitet", "Avvikelser enligt SoL och HSL rapporteras och analyseras",
         "Ersattes av kvalitetsrevision genomförd av Region Skåne. Kontrollen utgår enligt beslut SN 2025-09-18 § 71.",
         "U", "UTGAR", ""),
        ("Kvalitet", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Granskning klar i hemtjänsten, 17 av 20 planer upprättade inom tid. Särskilt boende granskas januari 2026.",
         "D", "DELVIS", "ja"),
    ]
    t = add_table(doc, ["Process", "Kontrollmoment", "Resultat helår", "Bedömning"], [r[:4] for r in rows])
    for r in rows:
        exp(fil, nd, r[1], r[4], r[5])
    p = doc.add_paragraph()
    p.add_run("Förklaring bedömning: ").bold = True
    p.add_run("G = genomförd utan avvikelse, GA = genomförd med avvikelse, D = delvis genomförd, "
              "EG = ej genomförd, U = utgår.")
    p = doc.add_paragraph()
    r = p.add_run("Rättelse 2026-02-03: Bedömningen för kontrollmomentet ”Brukares privata medel på särskilt "
                  "boende hanteras enligt rutin” ändras från G till GA, sedan revisorerna vid sin granskning "
                  "funnit att kvittens saknades för ett uttag på Lillåsen.")
    r.italic = True
    doc.add_paragraph(
        "Sammantaget bedömer nämnden att den interna kontrollen har varit tillräcklig men att rutinerna för "
        "förlängning av utredningar och för läkemedelshantering behöver stärkas.")

    doc.add_heading("6 Framtid", 1)
    doc.add_paragraph(
        "Under 2026 fortsätter arbetet med hemmaplanslösningar inom individ- och familjeomsorgen. "
        "Ett nytt särskilt boende planeras i centrala Perstorp.")
    doc.add_paragraph("Perstorp 2026-02-03\n\nMaria Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - xlsx, Sammanfattning sheet first, detail second
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN_internkontroll_helar_2025.xlsx"
    nd = "Samhällsbyggnadsnämnden"
    fills = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    rows = [
        ("SBN-01", "Gata/park", "Felaktig fakturering från entreprenör", "6",
         "Vinterväghållning: entreprenörens körjournaler stäms av mot fakturor", "Varje månad nov-mars",
         "Gatuchef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("SBN-02", "Fastighet", "Betalning för ej utfört arbete", "9",
         "Arbetsorder i fastighetssystemet attesteras innan fakturering", "Stickprov 30 order",
         "Fastighetschef", "Genomförd", "1 av 30 arbetsorder saknade attest. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("SBN-03", "Fastighet", "Personskada, vite", "12",
         "Lagstadgade besiktningar (OVK, hissar, lekplatser) genomförs enligt plan", "Årligen",
         "Driftchef", "Delvis genomförd", "OVK och hissar klara. 4 av 11 lekplatser ej besiktigade.",
         "DELVIS", "ja"),
        ("SBN-04", "Upphandling", "Avtalsbrott", "6",
         "Avrop från ramavtal inom bygg och anläggning görs enligt avtalens fördelningsnyckel",
         "Samtliga avrop >200 tkr", "Projektledare", "Genomförd", "Avrop korrekt i samtliga 9 fall.",
         "GENOMFORD", "nej"),
        ("SBN-05", "Ekonomi", "Felaktiga avskrivningar", "8",
         "Färdigställda investeringsprojekt aktiveras i anläggningsreskontran", "Vid bokslut",
         "Controller", "Ej genomförd", "Flyttad till 2026 på grund av personalbrist på ekonomienheten.",
         "EJ_GENOMFORD", ""),
        ("SBN-06", "Bostadsanpassning", "Felaktiga beslut", "6",
         "Bidrag för bostadsanpassning beslutas enligt delegationsordningen", "Stickprov 15 ärenden",
         "Handläggare BAB", "Genomförd", "Samtliga 15 ärenden korrekt beslutade.", "GENOMFORD", "nej"),
        ("SBN-07", "Kart och mät", "Utebliven intäkt", "4",
         "Nybyggnadskartor och utstakning faktureras enligt taxa", "Halvår",
         "GIS-ingenjör", "Utgår", "Tjänsten köps från 2025-04-01 av Hässleholms kommun.", "UTGAR", ""),
        ("SBN-08", "Arbetsmiljö", "Arbetsskada", "9",
         "Arbetsmiljörond genomförs på kommunförrådet", "Årligen", "Enhetschef drift",
         "Genomförd", "Rond 2025-05-14 utan anmärkningar.", "GENOMFORD", "nej"),
        ("SBN-09", "Säkerhet", "Obehörigt tillträde", "12",
         "Nycklar och passerkort till kommunens fastigheter inventeras", "Årligen",
         "Säkerhetssamordnare", "Delvis genomförd", "Inventering klar för 60 % av fastigheterna.",
         "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Sammanfattning"
    txt(ws, "A1", "Samhällsbyggnadsnämnden - Internkontroll 2025, helårsuppföljning").font = Font(bold=True, size=13)
    txt(ws, "A2", "Uppdaterad 2026-01-30")
    txt(ws, "A4", "Status").font = Font(bold=True)
    txt(ws, "B4", "Antal").font = Font(bold=True)
    r = 5
    for st in ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]:
        txt(ws, f"A{r}", st).fill = PatternFill("solid", fgColor=fills[st])
        ws[f"B{r}"] = sum(1 for x in rows if x[7] == st)
        r += 1
    txt(ws, f"A{r}", "Totalt").font = Font(bold=True)
    ws[f"B{r}"] = len(rows)
    ws[f"B{r}"].font = Font(bold=True)
    txt(ws, f"A{r + 2}", "Detaljerad uppföljning per kontrollmoment finns på fliken Kontrollmoment.")
    ws.column_dimensions["A"].width = 22

    wd = wb.create_sheet("Kontrollmoment")
    heads = ["ID", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Frekvens", "Ansvarig",
             "Status helår", "Kommentar/resultat"]
    for i, h in enumerate(heads):
        c = wd.cell(row=1, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    for ri, row in enumerate(rows, start=2):
        for i, v in enumerate(row[:9]):
            c = wd.cell(row=ri, column=i + 1, value=int(v) if i == 3 else v)
            c.alignment = WRAP
            c.border = BOX
        wd.cell(row=ri, column=8).fill = PatternFill("solid", fgColor=fills[row[7]])
        exp(fil, nd, row[4], row[9], row[10])
    for col, w in zip("ABCDEFGHI", [9, 16, 26, 9, 52, 20, 20, 16, 50]):
        wd.column_dimensions[col].width = w
    wd.oddHeader.center.text = "Samhällsbyggnadsnämnden, Perstorps kommun"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - docx, controls table then a separate Åtgärder table
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "Kultur- och fritidsnämnden uppföljning IK 2025.docx"
    nd = "Kultur- och fritidsnämnden"
    doc = Document()
    doc.core_properties.author = "Kultur och fritid"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Perstorps kommun - Kultur och fritid"
    doc.add_heading("Uppföljning av internkontrollplan 2025", 1)
    doc.add_paragraph("Kultur- och fritidsnämnden - helårsrapport").runs[0].bold = True
    doc.add_paragraph(
        "Nedan redovisas utfallet av de kontroller som ingick i nämndens internkontrollplan 2025. "
        "Kolumnen Genomförd anges med Ja, Nej eller Delvis.")
    rows = [
        ("Dagskassor i Perstorps simhall stäms av dagligen", "Badchef", "Ja",
         "Två kassadifferenser över 500 kr, utredda och rapporterade till ekonomienheten.", "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt bidragsreglerna", "Fritidskonsulent", "Ja",
         "Stickprov 10 föreningar, samtliga korrekt.", "GENOMFORD", "nej"),
        ("Krav och avskrivning av förlorade medier på biblioteket", "Bibliotekschef", "Delvis",
         "Kravrutinen kontrollerad. Avskrivningen för 2025 görs i februari 2026.", "DELVIS", ""),
        ("Uthyrning av Perstorps sporthall faktureras korrekt", "Bokningsansvarig", "Nej",
         "Ej genomförd, nytt bokningssystem under införande.", "EJ_GENOMFORD", ""),
        ("Kommunens konstsamling inventeras", "Kultursekreterare", "Ja",
         "3 verk kunde inte lokaliseras, polisanmälan gjord.", "GENOMFORD", "ja"),
        ("Behörigheter i bokningssystemet Interbook Go ses över", "Bokningsansvarig", "Ej aktuell",
         "Systemet avvecklades i juni 2025.", "UTGAR", ""),
        ("Badvakter har giltigt livräddningsprov och HLR-utbildning", "Badchef", "Ja",
         "Samtliga badvakter har giltiga prov.", "GENOMFORD", "nej"),
    ]
    t = add_table(doc, ["Kontrollmoment", "Ansvarig", "Genomförd", "Resultat / kommentar"], [r[:4] for r in rows])
    for r in rows:
        exp(fil, nd, r[0], r[4], r[5])
    doc.add_heading("Åtgärder", 2)
    doc.add_paragraph("Med anledning av årets kontroller beslutar nämnden om följande åtgärder. "
                      "Åtgärderna följs upp i delårsrapporten 2026.")
    add_table(doc, ["Åtgärd", "Ansvarig", "Klart senast", "Status"], [
        ("Ta fram ny rutin för kontanthantering i simhallen", "Badchef", "2026-03-31", "Pågår"),
        ("Märka konstverk med inventarienummer och föra in i register", "Kultursekreterare", "2026-06-30",
         "Ej påbörjad"),
        ("Säkerställa fakturering i nytt bokningssystem", "Bokningsansvarig", "2026-04-30", "Pågår"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Perstorp 2026-01-26\nJohan Nilsson, kultur- och fritidschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys-export - CSV, ISO-8859-1, semicolons, two organisations
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_IK_2025.csv"
    header = ["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
              "Status T2", "Status Helår", "Kommentar Helår", "Senast uppdaterad"]
    mbn = "Miljö- och byggnämnden"
    pb = "Perstorps Bostäder AB"
    plan_m = "Internkontrollplan 2025 MBN"
    plan_p = "Internkontrollplan 2025 PBAB"
    rows = [
        (mbn, plan_m, "Bygglov", "Bygglov handläggs inom tio veckor enligt plan- och bygglagen",
         "Uttag ur ärendesystemet", "Bygglovschef", "Pågående", "Klar",
         "97 % inom tid. 4 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "2026-01-22",
         "GENOMFORD", "ja"),
        (mbn, plan_m, "Tillsyn", "Avgifter för tillsyn enligt miljöbalken debiteras enligt taxa",
         "Stickprov 20 ärenden", "Miljöchef", "Klar", "Klar", "Inga avvikelser.", "2025-12-15",
         "GENOMFORD", "nej"),
        (mbn, plan_m, "Nämndadministration", "Delegationsbeslut återrapporteras till nämnden",
         "Jämförelse mot protokoll", "Nämndsekreterare", "Klar", "Klar",
         "Återrapporteras varje månad, inga brister.", "2025-12-11", "GENOMFORD", "nej"),
        (mbn, plan_m, "Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplanen",
         "Uppföljning av kontrollplan", "Miljöchef", "Pågående", "Pågående",
         "82 av 95 planerade kontroller gjorda.", "2026-01-09", "DELVIS", ""),
        (mbn, plan_m, "Förvaltning", "Jäv och bisysslor hos inspektörer dokumenteras",
         "Genomgång av bisysslor", "Förvaltningschef", "Ej påbörjad", "Avbruten",
         "Avbruten enligt beslut MBN 2025-10-15 § 88, ingår i kommunstyrelsens gemensamma kontroll.",
         "2025-10-16", "UTGAR", ""),
        (mbn, plan_m, "Arkiv", "Avslutade bygglovsärenden arkiveras i e-arkivet",
         "Stickprov 15 ärenden", "Arkivarie", "Pågående", "", "", "2025-09-02", "DELVIS", ""),
        (pb, plan_p, "Hyror", "Hyresavier stäms av mot gällande hyresavtal", "Avstämning kvartalsvis",
         "Ekonomiansvarig", "Klar", "Klar", "Samtliga avier stämde.", "2026-01-12", "GENOMFORD", "nej"),
        (pb, plan_p, "Underhåll", "Underhållsplanen följs och avvikelser rapporteras till styrelsen",
         "Jämförelse plan/utfall", "Teknisk förvaltare", "Pågående", "Klar",
         "Underhållet eftersläpar på Vällingegatan, rapporterat till styrelsen i november.", "2026-01-20",
         "GENOMFORD", "ja"),
        (pb, plan_p, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "VD", "Klar", "Klar", "Stickprov utan anmärkning.", "2025-12-19", "GENOMFORD", "nej"),
        (pb, plan_p, "Hyresfordringar", "Inkassoärenden och avskrivning av hyresfordringar följer rutin",
         "Genomgång av kundreskontra", "Ekonomiansvarig", "Ej påbörjad", "Ej påbörjad",
         "Ej genomförd 2025, prioriteras 2026.", "2026-01-12", "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="iso-8859-1", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r[:10])
    for r in rows:
        exp(fil, r[0], r[3], r[10], r[11])
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", pb, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - odt (via LibreOffice), tick columns with X
# ---------------------------------------------------------------------------
def build_ofn(tmp):
    fil = "ÖFN uppföljning intern kontroll helår 2025.odt"
    nd = "Överförmyndarnämnden"
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.add_heading("Överförmyndarnämnden", 1)
    doc.add_paragraph("Uppföljning av intern kontroll, helår 2025")
    doc.add_paragraph("Markera med X i den kolumn som stämmer.")
    rows = [
        ("Årsräkningar granskas och arvoden beslutas före 30 september", "X", "",
         "Samtliga 112 årsräkningar granskade i tid.", "GENOMFORD", "nej"),
        ("Lämplighetsprövning med utdrag ur belastningsregistret görs innan god man förordnas", "X", "",
         "1 ärende saknade utdrag, kompletterat i efterhand.", "GENOMFORD", "ja"),
        ("Förteckning över huvudmannens tillgångar inkommer inom två månader", "", "X",
         "Kontrollen hanns inte med under året.", "EJ_GENOMFORD", ""),
        ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "X", "X",
         "", "OKLAR", ""),
        ("Arvoden till ställföreträdare betalas ut korrekt och rapporteras som lön", "X", "",
         "Avstämt mot lönesystemet.", "GENOMFORD", "nej"),
    ]
    add_table(doc, ["Kontrollmoment", "Genomförd", "Ej genomförd", "Kommentar"], [r[:4] for r in rows])
    for r in rows:
        exp(fil, nd, r[0], r[4], r[5])
    doc.add_paragraph("")
    doc.add_paragraph("Perstorp den 20 januari 2026\nLena Holm, handläggare överförmyndarenheten")
    src = os.path.join(tmp, "ofn.docx")
    doc.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copyfile(os.path.join(tmp, "ofn.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: a .doc that is really a saved HTML page (session expired in the reporting portal)
# ---------------------------------------------------------------------------
def build_rejected():
    fil = "Rapport_internkontroll_2025.doc"
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Sessionen har gått ut - Perstorps kommun rapportportal</title>
<link rel="stylesheet" href="/static/css/portal.css">
</head>
<body class="login">
<div class="header"><img src="/static/img/perstorp_logo.svg" alt="Perstorps kommun"></div>
<div class="box">
<h1>Sessionen har gått ut</h1>
<p>Du har varit inaktiv för länge och har loggats ut av säkerhetsskäl.</p>
<p>Logga in igen för att fortsätta till rapporten.</p>
<form method="post" action="/login">
<label for="u">Användarnamn</label><input id="u" name="username" type="text">
<label for="p">Lösenord</label><input id="p" name="password" type="password">
<button type="submit">Logga in</button>
</form>
<p class="small">Problem att logga in? Kontakta IT-support, tfn 0435-350 00.</p>
</div>
</body>
</html>
"""
    with open(os.path.join(OUT, fil), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(html)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Bildningsnämnden", "BN|Bildningsförvaltningen|Barn och utbildning"),
        ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg|IFO"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Teknik och fastighet"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Bygg- och miljöförvaltningen"),
        ("Perstorps Bostäder AB", "PBAB|Perstorps Bostäder|Bostadsbolaget"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
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
    tmp = tempfile.mkdtemp(prefix="r579-")
    try:
        build_ks()
        build_bn()
        build_sn()
        build_sbn()
        build_kfn()
        build_csv()
        build_ofn(tmp)
        build_rejected()
        write_registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
