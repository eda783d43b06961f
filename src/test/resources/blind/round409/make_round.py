#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r409 – Järna kommun, helårsuppföljning 2025 med bedömningar/betyg.

Bygger samtliga uppföljningsfiler + namnder.csv, files.csv, expected.csv.
Kör: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r409build"
LO_PROFILE = "file:///tmp/lo-round409"
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, final_name):
    """Convert src (in TMP) with LibreOffice and move the result to OUT/final_name."""
    outdir = os.path.join(TMP, "conv_" + fmt.split(":")[0])
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(":")[0]
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    shutil.move(produced, os.path.join(OUT, final_name))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Järna kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, Godkänd / Godkänd med anmärkning / Ej godkänd
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS_uppfoljning_internkontroll_2025_helar.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Järna kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Förvaltning:"
    ws["B4"] = "Kommunledningskontoret"
    ws["A5"] = "Datum:"
    ws["B5"] = "2026-01-28"
    ws["D5"] = "Upprättad av: Ekonomienheten, Maria Holm"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Bedömning", "Iakttagelser/kommentar", "Åtgärd"]
    HR = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor ur Raindance", "Två ggr/år", "Redovisningschef", "Godkänd",
         "Samtliga 40 stickprov var attesterade av behörig attestant enligt gällande attestlista.", "–",
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Förtroendekänsliga poster (representation, resor, konferenser) är korrekt redovisade med syfte och deltagare",
         "Stickprov 25 verifikationer", "Helår", "Controller", "Godkänd med anmärkning",
         "I 4 av 25 fall saknades deltagarförteckning och i ett fall syfte med representationen.",
         "Påminnelse till budgetansvariga chefer. Utbildning i representationsregler februari 2026.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalstrohet vid inköp av varor och tjänster",
         "Analys av leverantörsreskontra mot avtalsdatabasen", "Helår", "Upphandlingschef", "Ej godkänd",
         "Inköp utan avtal har gjorts hos 11 leverantörer till ett sammanlagt värde av 2,3 mnkr, främst IT-konsulttjänster och tryckeritjänster.",
         "Handlingsplan för direktupphandlingar tas fram under kvartal 1 2026 och återrapporteras till KS i maj.",
         "GENOMFORD", "ja"),
        (4, "Personal", "Lönetillägg och engångsbelopp är beslutade av behörig chef enligt delegationsordningen",
         "Stickprov 20 löneändringar", "Helår", "HR-chef", "Godkänd",
         "Inga avvikelser.", "–", "GENOMFORD", "nej"),
        (5, "Nämndadministration", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Jämförelse diarium och protokoll", "Tertialvis", "Kanslichef", "Godkänd med anmärkning",
         "Två delegationsbeslut (upphandling) anmäldes först vid nästkommande sammanträde.",
         "Rutinen för anmälan av delegationsbeslut förtydligas.", "GENOMFORD", "ja"),
        (6, "Informationssäkerhet", "Behörigheter i ekonomisystemet tas bort när anställning upphör",
         "Jämförelse mellan HR-system och behörighetslista", "Helår", "Systemförvaltare ekonomi", "Ej bedömd",
         "Kontrollen har inte genomförts under 2025 på grund av byte av ekonomisystem. Kontrollen flyttas till internkontrollplan 2026.",
         "", "EJ_GENOMFORD", ""),
        (7, "Säkerhet och beredskap", "Kommunens krisledningsplan är uppdaterad och övad",
         "Dokumentgranskning och övningsrapport", "Helår", "Säkerhetssamordnare", "Godkänd",
         "Planen reviderades i maj 2025. Krisledningsövning genomförd 2025-10-14 tillsammans med Södertörns brandförsvarsförbund.",
         "–", "GENOMFORD", "nej"),
        (8, "Ekonomi", "Kundfakturering sker inom 30 dagar efter utförd tjänst",
         "Stickprov 20 kundfakturor", "Helår", "Redovisningsekonom", "Utgår",
         "Kontrollmomentet utgår enligt beslut KS 2025-06-11 § 98. Ersätts av automatisk bevakning i nya ekonomisystemet.",
         "", "UTGAR", ""),
        (9, "Dokumenthantering", "Allmänna handlingar diarieförs enligt dokumenthanteringsplanen",
         "Stickprov 30 ärenden", "Helår", "Registrator", "Godkänd", "", "", "GENOMFORD", "nej"),
        (10, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Helår", "Upphandlingschef", "Godkänd",
         "Dokumentation fanns i samtliga granskade direktupphandlingar.", "–", "GENOMFORD", "nej"),
    ]
    fills = {"Godkänd": "C6EFCE", "Godkänd med anmärkning": "FFEB9C", "Ej godkänd": "FFC7CE",
             "Ej bedömd": "D9D9D9", "Utgår": "D9D9D9"}
    r = HR + 1
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=fills[row[6]])
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring bedömning").font = Font(bold=True)
    legend = [
        ("Godkänd", "Kontrollen genomförd – inga brister har noterats."),
        ("Godkänd med anmärkning", "Kontrollen genomförd – mindre brister har noterats, åtgärd krävs."),
        ("Ej godkänd", "Kontrollen genomförd – väsentliga brister har noterats, åtgärd krävs omgående."),
        ("Ej bedömd", "Kontrollen har inte kunnat genomföras under perioden."),
        ("Utgår", "Kontrollmomentet har strukits genom beslut."),
    ]
    for k, t in legend:
        r += 1
        ws.cell(r, 2, k).fill = PatternFill("solid", fgColor=fills[k])
        ws.cell(r, 3, t)
    r += 2
    ws.cell(r, 1, "Godkänd av kommundirektör: Anna Lindqvist, 2026-01-28")
    widths = [5, 18, 45, 28, 11, 20, 22, 55, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx, Tillfredsställande-skala
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def f2_bun():
    fil = "BUN Helårsuppföljning intern kontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Järna kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    p = d.add_paragraph()
    rr = p.add_run("Tjänsteskrivelse 2026-01-20")
    rr.font.size = Pt(9)
    d.add_heading("Helårsuppföljning av intern kontroll 2025 – Barn- och utbildningsnämnden", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog i december 2024 en internkontrollplan för 2025 med nio kontrollmoment. "
        "Förvaltningen har under året genomfört kontrollerna enligt plan med två undantag. Resultatet av kontrollerna "
        "redovisas i tabellen nedan. Förvaltningens sammanfattande bedömning är att den interna kontrollen under 2025 "
        "har varit delvis tillfredsställande.")
    d.add_heading("Bedömningsskala", level=2)
    d.add_paragraph(
        "Bedömningen avser resultatet av den genomförda kontrollen. Om kontrollen inte har genomförts, eller bara "
        "genomförts i delar, anges detta i kolumnen Resultat och ingen bedömning görs.")
    for k, t in [("Tillfredsställande", "inga eller obetydliga brister"),
                 ("Delvis tillfredsställande", "brister som behöver åtgärdas har noterats"),
                 ("Ej tillfredsställande", "allvarliga brister, åtgärder krävs skyndsamt")]:
        pp = d.add_paragraph(style="List Bullet")
        pp.add_run(k).bold = True
        pp.add_run(" – " + t)
    d.add_heading("Resultat per kontrollmoment", level=2)
    cols = ["Kontrollområde", "Kontrollmoment", "Metod och omfattning", "Resultat", "Bedömning", "Åtgärd"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        set_cell_bg(t.rows[0].cells[i], "BDD7EE")
    groups = [
        ("Ekonomi", [
            ("Skolpeng", "Utbetalning av skolpeng till fristående skolor stämmer mot folkbokföring och inskrivning",
             "Avstämning oktober mot folkbokföringen, samtliga enskilda huvudmän",
             "Avstämningen visade inga differenser.", "Tillfredsställande", "–", "GENOMFORD", "nej"),
            ("Inköp", "Kontroll av inköp med kommunens betalkort",
             "Stickprov 20 kortköp",
             "3 av 20 kortköp saknade kvitto och i två fall saknades syfte.", "Delvis tillfredsställande",
             "Information till rektorer och kortinnehavare. Ny kontroll 2026.", "GENOMFORD", "ja"),
            ("Avgifter", "Avgifter i förskola och fritidshem debiteras enligt gällande maxtaxa",
             "Stickprov 25 avgiftsbeslut",
             "Samtliga stickprov korrekt debiterade.", "Tillfredsställande", "–", "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Kränkande behandling", "Anmälan om kränkande behandling skickas till huvudmannen inom fem arbetsdagar",
             "Uttag ur DF Respons, samtliga anmälningar jan–nov",
             "Mediantiden var 9 dagar. 38 % av anmälningarna inkom senare än fem arbetsdagar.",
             "Ej tillfredsställande",
             "Rektorerna har fått uppdrag att se över rutinen. Uppföljning varje månad i ledningsgruppen.",
             "GENOMFORD", "ja"),
            ("Särskilt stöd", "Beslut om åtgärdsprogram dokumenteras i elevhälsans journalsystem",
             "Stickprov på tio grundskolor",
             "Stickprov genomfört på fem av tio grundskolor under vårterminen, utan anmärkning. Resterande skolor granskas under våren 2026.",
             "–", "", "DELVIS", "nej"),
            ("Personal", "Utdrag ur belastningsregistret uppvisas vid nyanställning i förskola och skola",
             "Stickprov 30 nyanställningar",
             "Utdrag fanns registrerat för samtliga 30.", "Tillfredsställande", "–", "GENOMFORD", "nej"),
            ("Närvaro", "Ogiltig frånvaro över 10 % följs upp med vårdnadshavare",
             "Genomgång av elever med hög frånvaro, åk 7–9",
             "Uppföljning saknades för 12 av 47 elever.", "Delvis tillfredsställande",
             "Ny rutin för frånvarouppföljning införs HT 2026.", "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter", "Behörigheter i lärplattformen avslutas när elev eller personal slutar",
             "Jämförelse mellan lärplattformen och personal-/elevregister",
             "Kontrollen har inte genomförts. Ansvarig systemförvaltare har varit tjänstledig under hösten.",
             "", "Genomförs under T1 2026.", "EJ_GENOMFORD", ""),
            ("Dataskydd", "Personuppgiftsincidenter anmäls till dataskyddsombudet inom 72 timmar",
             "Genomgång av incidentloggen",
             "Två incidenter under året, båda anmälda inom ett dygn.", "Tillfredsställande", "–",
             "GENOMFORD", "nej"),
        ]),
    ]
    colors = {"Tillfredsställande": "C6EFCE", "Delvis tillfredsställande": "FFEB9C",
              "Ej tillfredsställande": "FFC7CE"}
    for gname, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = ""
        m.paragraphs[0].add_run(gname).bold = True
        set_cell_bg(m, "F2F2F2")
        for it in items:
            row = t.add_row()
            for i, v in enumerate(it[:6]):
                row.cells[i].text = v
            if it[4] in colors:
                set_cell_bg(row.cells[4], colors[it[4]])
            exp(fil, N, it[1], it[6], it[7])
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Sammanfattande bedömning: ").bold = True
    p.add_run("Delvis tillfredsställande")
    d.add_paragraph("Förslag till beslut: Barn- och utbildningsnämnden godkänner helårsuppföljningen av intern kontroll 2025.")
    d.add_paragraph("\nLena Berg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – xlsx, "Följer plan" T2/Helår + separat avvikelsekolumn
# ---------------------------------------------------------------------------
def f3_sn():
    fil = "Socialnämnden_IK_helår_2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – Helårsuppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 2025-12-31. Dnr SN 2025/41. Handläggare: Johan Ekström, kvalitetsstrateg"
    ws["F1"] = "Följer plan:"
    ws["F1"].font = Font(bold=True)
    ws["G1"] = "Ja = kontrollen genomförd enligt plan"
    ws["G2"] = "Delvis = kontrollen påbörjad eller delvis genomförd"
    ws["G3"] = "Nej = kontrollen har inte genomförts"
    ws["G4"] = "Avvikelse: Ja/Nej – om kontrollen visat fel eller brister"
    H1, H2 = 6, 7
    heads = ["Process", "Risk", "Riskvärde", "Kontrollmoment"]
    for i, h in enumerate(heads, 1):
        ws.cell(H1, i, h)
        ws.merge_cells(start_row=H1, start_column=i, end_row=H2, end_column=i)
    ws.cell(H1, 5, "Följer plan")
    ws.merge_cells(start_row=H1, start_column=5, end_row=H1, end_column=6)
    ws.cell(H2, 5, "T2")
    ws.cell(H2, 6, "Helår")
    ws.cell(H1, 7, "Avvikelse")
    ws.merge_cells(start_row=H1, start_column=7, end_row=H2, end_column=7)
    ws.cell(H1, 8, "Kommentar")
    ws.merge_cells(start_row=H1, start_column=8, end_row=H2, end_column=8)
    for r in (H1, H2):
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    procs = [
        ("Myndighetsutövning ekonomiskt bistånd", [
            ("Felaktiga utbetalningar av ekonomiskt bistånd", 12,
             "Stickprov på 30 utbetalningar av ekonomiskt bistånd – kontroll av underlag och beslut",
             "Ja", "Ja", "Ja",
             "Två utbetalningar saknade fullständigt underlag. Återkrav har initierats i ett ärende.",
             "GENOMFORD", "ja"),
            ("Beslut fattas utan giltig delegation", 9,
             "Kontroll att beslut om ekonomiskt bistånd fattas av behörig delegat",
             "Ja", "Ja", "Nej", "Samtliga granskade beslut fattade enligt delegationsordningen.",
             "GENOMFORD", "nej"),
        ]),
        ("Barn och unga", [
            ("Barn far illa då utredning drar ut på tiden", 16,
             "Utredningar avslutas inom fyra månader enligt SoL 11 kap. 2 §",
             "Delvis", "Delvis", "Ja",
             "Kontrollen är genomförd för januari–augusti; perioden september–december pågår. "
             "Under jan–aug överskred 14 % av utredningarna fyra månader.",
             "DELVIS", "ja"),
            ("Skyddsbedömning/förhandsbedömning görs inte i tid", 12,
             "Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Ja", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Placerade barn följs inte upp", 8,
             "Uppföljning av placerade barn – samtal med barnet minst fyra gånger per år",
             "Delvis", "", "", "", "DELVIS", ""),
        ]),
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Otillbörlig åtkomst till personakter", 12,
             "Loggkontroll i verksamhetssystemet – otillbörlig åtkomst",
             "Ja", "Ja", "Ja",
             "En obehörig åtkomst konstaterades. Ärendet har hanterats av HR och anmälts till IMY.",
             "GENOMFORD", "ja"),
            ("Risk att skicka sekretessbelagda handlingar till fel person", 8,
             "Sekretessbelagda handlingar skickas till rätt mottagare (rutin för dubbelkontroll)",
             "Nej", "Nej", "",
             "Rutinen för dubbelkontroll har inte hunnit implementeras. Kontrollen skjuts till 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Arbetsmiljö – hot och våld", [
            ("Medarbetare saknar kunskap om handlingsplan vid hot och våld", 9,
             "Handlingsplan för hot och våld är genomgången på APT i samtliga verksamheter",
             "Ja", "Ja", "Nej", "Genomgång dokumenterad i APT-protokoll för samtliga enheter.",
             "GENOMFORD", "nej"),
            ("Hot mot handläggare vid hembesök", 9,
             "Riskbedömning inför hembesök dokumenteras",
             "", "", "", "", "SAKNAS", ""),
        ]),
        ("Familjerådgivning", [
            ("Felaktig avgiftsdebitering", 4,
             "Avgifter för familjerådgivning debiteras enligt taxa",
             "", "–", "",
             "Utgår – verksamheten överförd till regional samverkan från 2025-07-01 (SN 2025-05-20 § 61).",
             "UTGAR", ""),
        ]),
    ]
    r = H2 + 1
    cnt = {"Ja": 0, "Delvis": 0, "Nej": 0}
    for pname, items in procs:
        start = r
        for it in items:
            ws.cell(r, 1, pname if r == start else None)
            vals = [it[0], it[1], it[2], it[3], it[4], it[5], it[6]]
            for i, v in enumerate(vals, 2):
                ws.cell(r, i, v if v != "" else None)
            for c in range(1, 9):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BORDER
            fin = it[4] if it[4] not in ("", "–") else it[3]
            if fin in cnt:
                cnt[fin] += 1
            exp(fil, N, it[2], it[7], it[8])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Summering helår").font = Font(bold=True)
    ws.cell(r, 4, "Antal kontrollmoment: 10")
    ws.cell(r, 5, "Ja: %d" % cnt["Ja"])
    ws.cell(r, 6, "Delvis: %d" % cnt["Delvis"])
    ws.cell(r, 7, "Nej: %d" % cnt["Nej"])
    widths = [24, 34, 9, 48, 9, 9, 11, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – ods (via xlsx), skala 1–4
# ---------------------------------------------------------------------------
def f4_von():
    fil = "VON uppföljning IKP 2025.ods"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vård- och omsorgsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Skala för bedömning"
    ws["A4"].font = Font(bold=True)
    scale = [("4", "Genomförd utan anmärkning"), ("3", "Genomförd, mindre avvikelser noterade"),
             ("2", "Delvis genomförd"), ("1", "Ej genomförd"), ("U", "Utgår (beslut i nämnd)")]
    for i, (k, t) in enumerate(scale):
        ws.cell(5 + i, 1, k)
        ws.cell(5 + i, 2, t)
    HR = 11
    hdr = ["ID", "Område", "Kontrollmoment", "Ansvarig", "Bedömning (1–4)", "Analys och åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
    rows = [
        ("VO1", "Hemtjänst", "Utförd tid i hemtjänst stämmer mot beviljad tid", "Enhetschef hemtjänst", 3,
         "Avvikelse över 15 % mellan beviljad och utförd tid i 6 av 40 granskade ärenden. Biståndshandläggare gör ny bedömning.",
         "GENOMFORD", "ja"),
        ("VO2", "Hemtjänst", "Låsbehörigheter i det nyckelfria systemet tas bort när medarbetare slutar", "Systemförvaltare", 4,
         "Inga kvarvarande behörigheter för avslutade medarbetare.", "GENOMFORD", "nej"),
        ("VO3", "Särskilt boende", "Signeringslistor för läkemedel kontrolleras månadsvis", "MAS", 2,
         "Kontrollen är genomförd på 3 av 5 boenden. På de granskade boendena saknades signering för 4 % av överlämnade doser.",
         "DELVIS", "ja"),
        ("VO4", "Särskilt boende", "Rapporter enligt lex Sarah utreds inom fastställd tid", "Kvalitetsutvecklare", 4,
         "Samtliga 11 rapporter utredda inom fastställd tid.", "GENOMFORD", "nej"),
        ("VO5", "LSS", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Verksamhetschef LSS", 1,
         "Kontrollen har inte genomförts på grund av personalbrist på enheten för kvalitet.", "EJ_GENOMFORD", ""),
        ("VO6", "Ekonomi", "Avgiftsbeslut för äldreomsorg stämmer mot inkomstuppgifter", "Avgiftshandläggare", 3,
         "Felaktig bostadskostnad i 2 av 30 avgiftsbeslut; rättade och retroaktivt justerade.", "GENOMFORD", "ja"),
        ("VO7", "Ekonomi", "Hantering av brukares privata medel enligt riktlinje", "Enhetschefer SÄBO", 4,
         "", "GENOMFORD", "nej"),
        ("VO8", "Personal", "Timanställdas tidrapporter attesteras av ansvarig chef", "HR-specialist", "U",
         "Utgår enligt VON 2025-04-23 § 37, ersatt av systemstöd i nytt schemaverktyg.", "UTGAR", ""),
        ("VO9", "Kvalitet", "Fallriskbedömning görs vid inflyttning på särskilt boende", "MAS", "Se bilaga",
         "Redovisas i patientsäkerhetsberättelsen, bilaga 2.", "OKLAR", ""),
        ("VO10", "Nämndadministration", "Delegationsbeslut inom biståndshandläggning anmäls till nämnden", "Nämndsekreterare", 4,
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, N, row[2], row[6], row[7])
        r += 1
    widths = [7, 20, 55, 22, 15, 70]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # Second sheet: instructions only (no controls)
    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Instruktion"
    ws2["A2"] = "Ange bedömning 1–4 enligt skalan på första bladet. Kommentera alltid bedömning 1–3."
    ws2["A3"] = "Uppföljningen lämnas till ekonomienheten senast 2026-01-31."
    src = os.path.join(TMP, "von.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys-export – CSV, två nämnder, lång form per period
# ---------------------------------------------------------------------------
def f5_stratsys():
    fil = "Stratsys_Internkontroll_export_2026-01-15.csv"
    KFN = "Kultur- och fritidsnämnden"
    SBN = "Samhällsbyggnadsnämnden"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Bedömning",
           "Avvikelse", "Kommentar"]
    # (org, område, km, ansvarig, [(period, bedömning, avv, kommentar)], status, avv, namnd)
    data = [
        ("Kultur- och fritidsförvaltningen", "Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Föreningskonsulent",
         [("Helår 2025", "Mindre avvikelser", "Ja",
           "En förening har fått aktivitetsstöd för dubbelrapporterade sammankomster. Återkrav 18 400 kr.")],
         "GENOMFORD", "ja", KFN),
        ("Kultur- och fritidsförvaltningen", "Kontanthantering",
         "Dagskassor i simhall och bibliotek stäms av mot kassasystemet", "Enhetschef anläggningar",
         [("Tertial 1 2025", "", "", ""),
          ("Tertial 2 2025", "Inga avvikelser", "Nej", "Avstämning juni utan anmärkning."),
          ("Helår 2025", "Inga avvikelser", "Nej", "Avstämning november utan anmärkning.")],
         "GENOMFORD", "nej", KFN),
        ("Kultur- och fritidsförvaltningen", "Intäkter", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Bokningsansvarig",
         [("Helår 2025", "Väsentliga avvikelser", "Ja",
           "9 av 25 bokningar debiterade med föregående års taxa. Rättelse och genomgång av bokningssystemet pågår.")],
         "GENOMFORD", "ja", KFN),
        ("Kultur- och fritidsförvaltningen", "Personal",
         "Utdrag ur belastningsregistret finns för personal i fritidsgårdsverksamheten", "Enhetschef fritid",
         [("Tertial 2 2025", "Inga avvikelser", "Nej", "Kontroll genomförd i augusti inför höstterminen."),
          ("Helår 2025", "", "", "")],
         "GENOMFORD", "nej", KFN),
        ("Kultur- och fritidsförvaltningen", "Tillgångar", "Inventering av kommunens konstsamling",
         "Konstintendent",
         [("Helår 2025", "Ej genomförd", "",
           "Inventeringen senarelagd till 2026 på grund av ombyggnaden av konsthallen.")],
         "EJ_GENOMFORD", "", KFN),
        ("Samhällsbyggnadsnämnden", "Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Bygglovschef",
         [("Tertial 1 2025", "Mindre avvikelser", "Ja", "91 % inom tid."),
          ("Tertial 2 2025", "Mindre avvikelser", "Ja", "92 % inom tid."),
          ("Helår 2025", "Mindre avvikelser", "Ja",
           "93 % av ärendena handlagda inom 10 veckor. Avgiftsreduktion i 14 ärenden.")],
         "GENOMFORD", "ja", SBN),
        ("Samhällsbyggnadsnämnden", "Avgifter", "Bygglovsavgifter debiteras enligt gällande taxa",
         "Administratör bygglov",
         [("Helår 2025", "Inga avvikelser", "Nej", "Stickprov 20 ärenden.")],
         "GENOMFORD", "nej", SBN),
        ("Samhällsbyggnadsnämnden", "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare",
         [("Helår 2025", "Inga avvikelser", "Nej", "")],
         "GENOMFORD", "nej", SBN),
        ("Samhällsbyggnadsnämnden", "Tillsyn", "Tillsyn av ovårdade tomter genomförs enligt tillsynsplan",
         "Byggnadsinspektör",
         [("Tertial 2 2025", "", "", "Planerad till hösten."),
          ("Helår 2025", "Väsentliga avvikelser", "Ja",
           "Endast 4 av 12 planerade tillsynsbesök har genomförts. Tillsynsplanen revideras.")],
         "GENOMFORD", "ja", SBN),
        ("Samhällsbyggnadsnämnden", "Exploatering", "Avtalade ersättningar i exploateringsavtal faktureras",
         "Exploateringsingenjör",
         [("Helår 2025", "", "", "")],
         "SAKNAS", "", SBN),
        ("Samhällsbyggnadsnämnden", "Myndighetsutövning", "Beslut om strandskyddsdispens skickas till länsstyrelsen",
         "Planarkitekt",
         [("Helår 2025", "Ej aktuell", "", "Inga strandskyddsdispenser har beviljats under 2025.")],
         "UTGAR", "", SBN),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Export från Stratsys – Internkontroll Järna kommun – 2026-01-15 10:42\r\n")
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for org, omr, km, ans, periods, st, av, namnd in data:
            for per, bed, avv, kom in periods:
                w.writerow([org, omr, km, ans, per, bed, avv, kom])
            exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – .doc (via docx), fritext per kontrollmoment
# ---------------------------------------------------------------------------
def f6_tn():
    fil = "Tekniska nämnden - uppföljning internkontroll helår 2025.doc"
    N = "Tekniska nämnden"
    d = docx.Document()
    fix_doc_props(d, "Tekniska förvaltningen")
    d.add_paragraph("JÄRNA KOMMUN\nTekniska förvaltningen")
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    d.add_paragraph("Tekniska nämnden, sammanträde 2026-02-11, ärende 6. Dnr TN 2024/233.")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 omfattar sju kontrollmoment. Nedan redovisas för varje kontrollmoment "
        "hur kontrollen har genomförts, vad den visat och förvaltningens bedömning. Bedömningsnivåerna förklaras "
        "sist i rapporten.")
    items = [
        ("Drivmedel", "Drivmedel köps med kommunens tankkort och enligt avtal",
         "Fordonssamordnare",
         "Stickprov om 50 transaktioner under september–oktober.",
         "Samtliga transaktioner avsåg kommunens fordon och avtalad leverantör.",
         "Acceptabel", "GENOMFORD", "nej"),
        ("Entreprenader", "Fakturor för entreprenader attesteras mot avtal och beslutade ÄTA-arbeten",
         "Projektchef",
         "Genomgång av fakturor i tre större projekt (Järna skola, Storgatan, reningsverket).",
         "I ett projekt hade ÄTA-arbeten för 340 tkr fakturerats innan skriftligt beslut fanns.",
         "Mindre brister", "GENOMFORD", "ja"),
        ("Dricksvatten", "Egenkontroller för dricksvatten utförs enligt kontrollprogrammet",
         "VA-chef",
         "Jämförelse mellan kontrollprogram och analysprotokoll.",
         "Alla planerade provtagningar utförda. Inga otjänliga prover.",
         "Acceptabel", "GENOMFORD", "nej"),
        ("Vinterväghållning", "Utförd snöröjning och halkbekämpning faktureras enligt avtal",
         "Gatuchef",
         "Jämförelse mellan entreprenörernas fakturor och GPS-loggar januari–mars.",
         "Fakturerade timmar översteg loggade timmar med 18 % för en av tre entreprenörer. Kreditering har begärts.",
         "Allvarliga brister", "GENOMFORD", "ja"),
        ("Förråd", "Inventering av förråd och verktyg vid driftenheten",
         "Driftchef",
         "Planerad till november.",
         "Inventeringen har inte genomförts på grund av flytten till den nya depån. Genomförs våren 2026.",
         "Ej kontrollerad", "EJ_GENOMFORD", ""),
        ("Lekplatser", "Årlig huvudbesiktning av kommunens lekplatser",
         "Parkingenjör",
         "Huvudbesiktning av extern certifierad besiktningsman.",
         "Huvudbesiktning genomförd på 18 av 26 lekplatser. Två redskap stängdes av. Resterande lekplatser besiktas i april 2026.",
         "Mindre brister", "DELVIS", "ja"),
        ("VA-taxa", "Anläggningsavgifter för VA debiteras enligt gällande taxa",
         "VA-ekonom",
         "Stickprov 15 nya anslutningar.",
         "Samtliga korrekt debiterade.",
         "Acceptabel", "GENOMFORD", "nej"),
    ]
    for i, (rubrik, km, ans, gen, res, niva, st, av) in enumerate(items, 1):
        d.add_heading("%d. %s" % (i, rubrik), level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Ansvarig: ").bold = True
        p.add_run(ans)
        p = d.add_paragraph()
        p.add_run("Genomförande: ").bold = True
        p.add_run(gen)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Bedömd nivå: ").bold = True
        p.add_run(niva)
        exp(fil, N, km, st, av)
    d.add_heading("Bedömningsnivåer", level=2)
    for k, t in [("Acceptabel", "kontrollen är utförd och inga brister har konstaterats"),
                 ("Mindre brister", "brister har konstaterats som bör åtgärdas"),
                 ("Allvarliga brister", "brister som kräver omedelbara åtgärder"),
                 ("Ej kontrollerad", "kontrollen har inte utförts")]:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(k).italic = True
        p.add_run(" – " + t)
    d.add_paragraph("\nPer Sandberg\nTeknisk chef")
    src = os.path.join(TMP, "tn.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – .xls (xlwt), plan + utfall per tertial, koder
# ---------------------------------------------------------------------------
def f7_mhn():
    fil = "MHN_IKP_2025_uppfoljning.xls"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    # xlwt on py3 cannot take non-ASCII via the setter; set the stored str directly
    ws._Worksheet__header_str = "Miljökontoret, Järna kommun&RSida &P"
    ws._Worksheet__footer_str = "Utskrivet 2026-01-22"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                        "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre, horiz centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    fills = {
        "G": xlwt.easyxf("pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; align: horiz centre"),
        "GA": xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; borders: left thin, right thin, top thin, bottom thin; align: horiz centre"),
        "EG": xlwt.easyxf("pattern: pattern solid, fore_colour rose; borders: left thin, right thin, top thin, bottom thin; align: horiz centre"),
        "EU": xlwt.easyxf("pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; align: horiz centre"),
        "": cell,
    }
    centre = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre")
    ws.write(0, 0, "Internkontrollplan 2025 med uppföljning", title)
    ws.write(1, 0, "Uppföljning helår, status per 2025-12-31")
    # header rows 3-4
    ws.write_merge(3, 4, 0, 0, "Nr", hdrst)
    ws.write_merge(3, 4, 1, 1, "Kontrollmoment", hdrst)
    ws.write_merge(3, 4, 2, 2, "Kontrollansvarig", hdrst)
    ws.write_merge(3, 3, 3, 5, "Planerad kontroll", hdrst)
    ws.write_merge(3, 3, 6, 8, "Bedömning", hdrst)
    ws.write_merge(3, 4, 9, 9, "Avvikelse / åtgärd", hdrst)
    for i, t in enumerate(["T1", "T2", "T3", "T1", "T2", "T3"]):
        ws.write(4, 3 + i, t, hdrst)
    rows = [
        (1, "Tillsynsavgifter debiteras enligt taxa och riskklassning", "Miljöchef",
         ("", "", "x"), ("", "", "GA"),
         "2 av 30 fakturor med fel riskklass. Rättade i december.", "GENOMFORD", "ja"),
        (2, "Anmälan om installation av värmepump handläggs inom sex veckor", "Miljöinspektör",
         ("x", "x", "x"), ("G", "G", "G"), "", "GENOMFORD", "nej"),
        (3, "Planerade livsmedelskontroller utförs enligt kontrollplanen", "Livsmedelsinspektör",
         ("", "x", "x"), ("", "EG", "EG"),
         "72 % av planerade kontroller utförda vid årets slut. Resursbrist under hösten; inhyrd inspektör från mars 2026.",
         "GENOMFORD", "ja"),
        (4, "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         ("x", "x", "x"), ("G", "G", ""), "", "GENOMFORD", "nej"),
        (5, "Handläggare med jävsförhållande handlägger inte ärendet", "Miljöchef",
         ("", "", "x"), ("", "", "EU"), "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        (6, "Förelägganden förenade med vite följs upp inom angiven tid", "Miljöinspektör",
         ("", "x", ""), ("", "G", ""), "Samtliga 6 förelägganden uppföljda.", "GENOMFORD", "nej"),
        (7, "Sekretessmarkering av handlingar i ärendehanteringssystemet", "Administratör",
         ("", "", "x"), ("", "", ""), "", "SAKNAS", ""),
        (8, "Provtagning av badvatten sker enligt provtagningsprogrammet", "Hälsoskyddsinspektör",
         ("", "x", ""), ("", "G", ""), "Samtliga prover tagna juni–augusti.", "GENOMFORD", "nej"),
    ]
    r = 5
    for nr, km, ans, plan, bed, kom, st, av in rows:
        ws.write(r, 0, nr, centre)
        ws.write(r, 1, km, cell)
        ws.write(r, 2, ans, cell)
        for i, v in enumerate(plan):
            ws.write(r, 3 + i, v, centre)
        for i, v in enumerate(bed):
            ws.write(r, 6 + i, v, fills[v])
        ws.write(r, 9, kom, cell)
        exp(fil, N, km, st, av)
        r += 1
    # legend to the right
    ws.write(3, 11, "Teckenförklaring", bold)
    for i, (k, t) in enumerate([("G", "Godkänd"), ("GA", "Godkänd med anmärkning"),
                                ("EG", "Ej godkänd"), ("EU", "Ej utförd"),
                                ("x", "Kontroll planerad under tertialet")]):
        ws.write(4 + i, 11, k, fills.get(k, centre))
        ws.write(4 + i, 12, t)
    ws.col(0).width = 5 * 256
    ws.col(1).width = 50 * 256
    ws.col(2).width = 20 * 256
    for c in range(3, 9):
        ws.col(c).width = 6 * 256
    ws.col(9).width = 50 * 256
    ws.col(12).width = 26 * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Avvisas: följebrev (missiv) från Överförmyndarnämnden utan uppföljning
# ---------------------------------------------------------------------------
def f8_missiv():
    fil = "Missiv helårsuppföljning intern kontroll 2025 ÖFN.docx"
    d = docx.Document()
    fix_doc_props(d, "Överförmyndarenheten")
    d.add_paragraph("Järna kommun\nÖverförmyndarenheten\n2026-01-26")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningskontoret")
    d.add_heading("Översändande av helårsuppföljning av intern kontroll 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Överförmyndarnämndens helårsuppföljning av internkontrollplanen för 2025. "
        "Uppföljningen behandlades av nämnden 2026-01-22 § 4 och finns som bilaga till protokollet.")
    d.add_paragraph(
        "Uppföljningen bifogas som separat fil (Bilaga 1, ÖFN Uppföljning IKP 2025.pdf). "
        "Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Åström\nEnhetschef, Överförmyndarenheten\n08-550 123 45")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Järna Bostäder AB", "JBAB|Järnabostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    f1_ks()
    f2_bun()
    f3_sn()
    f4_von()
    f5_stratsys()
    f6_tn()
    f7_mhn()
    f8_missiv()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
