#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 367 - Lindesås kommun, helår 2025, traffic-light colours and symbols.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round367"
FIXED = datetime.datetime(2026, 1, 27, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
TN = "Tekniska nämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
LBAB = "Lindesås Bostäder AB"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsnämnden"),
    (SN, "SN|Socialförvaltningen|SOC|Sociala nämnden"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    (TN, "TN|Tekniska förvaltningen|Teknik"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN|Valkansliet"),
    (LBAB, "LBAB|Lindesåsbostäder|Lindesåsbostäder AB|Bostadsbolaget"),
]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def fix_props_xlsx(wb):
    wb.properties.creator = "Lindesås kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Lindesås kommun"


def fix_props_docx(d):
    cp = d.core_properties
    cp.author = "Lindesås kommun"
    cp.last_modified_by = "Lindesås kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, status only as cell fill, legend BELOW the table
# ---------------------------------------------------------------------------
def file1():
    fil = "KS_uppföljning_internkontrollplan_helår_2025.xlsx"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Lindesås kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Period: Helår (januari–december 2025)"
    ws["A3"].font = Font(size=11)
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status",
             "Kommentar/resultat"]
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Felaktiga eller obehöriga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor per halvår", "Redovisningschef", GREEN,
         "Stickprov 40 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Representation utan tydligt syfte",
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 25 verifikationer", "Controller", YELLOW,
         "6 av 25 underlag saknade deltagarlista. Påminnelse om rutinen skickad till chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Fel i räkenskaperna",
         "Avstämning av balanskonton inför bokslut",
         "Samtliga balanskonton", "Redovisningschef", GREEN,
         "Samtliga balanskonton avstämda per 31/12.", "GENOMFORD", "nej"),
        ("G", "Upphandling och inköp"),
        ("2.1", "Inköp", "Inköp görs utanför ramavtal",
         "Köp utanför avtal (avtalstrohet) – stickprov på inköp över 50 000 kr",
         "Stickprov 30 inköp", "Upphandlingschef", YELLOW,
         "3 av 30 inköp saknade avtal. Åtgärd: utbildning i inköpsrutiner under våren 2026.",
         "GENOMFORD", "ja"),
        ("2.2", "Direktupphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Samtliga direktupphandlingar", "Upphandlingschef", RED,
         "Kontrollen har inte genomförts p.g.a. vakans på upphandlingsenheten. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("G", "Personal och lön"),
        ("3.1", "Löneutbetalning", "Lön betalas ut efter avslutad anställning",
         "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Avstämning mot HR-systemet, 2 ggr/år", "Lönechef", GREEN,
         "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("3.2", "Rekrytering", "Olämplig person anställs",
         "Registerutdrag ur belastningsregistret vid nyanställning i säkerhetsklassad verksamhet",
         "Samtliga nyanställningar", "HR-chef", GREY,
         "Utgår – kontrollmomentet flyttat till säkerhetsskyddsplanen enl. KS beslut 2025-04-09 § 62.",
         "UTGAR", ""),
        ("G", "IT och informationssäkerhet"),
        ("4.1", "Behörigheter", "Otillåten åtkomst till system",
         "Behörigheter i ekonomisystemet ses över två gånger per år",
         "Genomgång av behörighetslista", "Systemförvaltare", None,
         "Översyn genomförd i juni och december utan anmärkning.", "GENOMFORD", "nej"),
        ("4.2", "Dataskydd", "Personuppgifter behandlas i strid med GDPR",
         "Dataskyddsombudets granskning av registerförteckningen (GDPR)",
         "Granskning av registerförteckning", "Dataskyddsombud", None, "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("DDEBF7")
            r += 1
            continue
        nr, proc, risk, km, metod, ansv, col, komm, st, avv = row
        vals = [nr, proc, risk, km, metod, ansv, None, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        if col:
            ws.cell(r, 7).fill = fill(col)
        exp(fil, KS, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring status:").font = Font(bold=True)
    r += 1
    for col, txt in [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Genomförd med anmärkning"),
                     (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.cell(r, 2).fill = fill(col)
        ws.cell(r, 2).border = BORDER
        ws.cell(r, 3, txt)
        r += 1
    r += 1
    ws.cell(r, 1, "Upprättad av: Karin Ek, controller, 2026-01-20")
    ws.cell(r + 1, 1, "Behandlad i kommunstyrelsens arbetsutskott 2026-02-03")
    widths = [6, 18, 26, 42, 26, 18, 9, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props_xlsx(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - xlsx, fills in T1/T2/T3 columns, legend on ANOTHER SHEET
# ---------------------------------------------------------------------------
def file2():
    fil = "BUN IK-uppföljning 2025.xlsx"
    G, Y, R, GR = "92D050", "FFC000", "FF0000", "A6A6A6"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Färgkodning, se flik \"Färgförklaring\". Uppföljningen fylls i per tertial."
    ws["A2"].font = Font(italic=True)
    heads = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Uppföljning T1",
             "Uppföljning T2", "Uppföljning T3/helår", "Kommentar helår"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    data = [
        ("Myndighetsutövning", [
            ("Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", "Per tertial",
             "Skolskjutssamordnare", (G, G, G), "Stickprov 20 beslut, samtliga korrekt.",
             "GENOMFORD", "nej"),
            ("Uppföljning av att anmälningar om kränkande behandling rapporteras till huvudman",
             "Per tertial", "Rektorer", (Y, Y, G),
             "Rutinen följs, men 2 anmälningar rapporterades sent (mer än 5 dagar).",
             "GENOMFORD", "ja"),
            ("Elevfrånvaro – kontroll att hög frånvaro anmäls till elevhälsan", "Per tertial",
             "Elevhälsochef", (G, Y, Y),
             "Kontrollen genomförd på 5 av 7 skolor, återstår Ekbacka och Norrby.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Kontroll av att registerkontroll görs vid anställning i förskola och skola", "Årligen (T2)",
             "HR-konsult", (None, G, None), "", "GENOMFORD", ""),
            ("Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter", "Årligen (T1)",
             "Fastighetssamordnare", (Y, None, None), "", "DELVIS", ""),
        ]),
        ("Ekonomi", [
            ("Avgifter i förskolan – kontroll av inkomstuppgifter", "Per tertial", "Avgiftshandläggare",
             (R, R, R), "Ej genomförd, prioriteras 2026.", "EJ_GENOMFORD", ""),
            ("Inventering av digitala verktyg (elevdatorer) mot förteckning", "Årligen (T3)", "IT-samordnare",
             (None, None, G), "Inventering klar, 14 datorer saknades och har skrivits av.",
             "GENOMFORD", "ja"),
            ("Kontroll av att bidrag till fristående förskolor beräknas enligt beslutad bidragsnivå",
             "Årligen (T3)", "Controller", (None, None, G), "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Uppföljning av modersmålsundervisningens timplan", "Per tertial", "Verksamhetschef",
             (GR, GR, GR), "Utgår enligt beslut BUN 2025-03-12 § 21.", "UTGAR", ""),
        ]),
    ]
    r = hr + 1
    for omr, ctrls in data:
        start = r
        for km, frek, ansv, cols, komm, st, avv in ctrls:
            ws.cell(r, 2, km)
            ws.cell(r, 3, frek)
            ws.cell(r, 4, ansv)
            for i, col in enumerate(cols):
                if col:
                    ws.cell(r, 5 + i).fill = fill(col)
            if komm:
                ws.cell(r, 8, komm)
            for c in range(1, 9):
                ws.cell(r, c).border = BORDER
                ws.cell(r, c).alignment = WRAP
            exp(fil, BUN, km, st, avv)
            r += 1
        ws.cell(start, 1, omr).font = Font(bold=True)
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for i, w in enumerate([18, 50, 14, 20, 12, 12, 14, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B5"
    lg = wb.create_sheet("Färgförklaring")
    lg["A1"] = "Färgförklaring för uppföljningskolumnerna"
    lg["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([(G, "Klar / genomförd"), (Y, "Pågår / delvis genomförd"),
                                    (R, "Ej påbörjad / ej genomförd"), (GR, "Utgår"),
                                    (None, "Ingen färg = ingen kontroll planerad under perioden")], 3):
        if col:
            lg.cell(i, 1).fill = fill(col)
        lg.cell(i, 1).border = BORDER
        lg.cell(i, 2, txt)
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 55
    instr = wb.create_sheet("Instruktion")
    instr["A1"] = "Instruktion"
    instr["A1"].font = Font(bold=True)
    instr["A2"] = ("Markera cellen för aktuell period med färg enligt fliken Färgförklaring och "
                   "skriv en kort kommentar vid helår.")
    fix_props_xlsx(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, shading in Bedömning, legend in the TEXT ABOVE the table
# ---------------------------------------------------------------------------
def file3():
    fil = "Socialnämnden uppföljning internkontroll 2025.docx"
    G, Y, R = "00B050", "FFFF00", "FF0000"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Lindesås kommun\tSocialförvaltningen\tDnr SN 2025/118"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph("Datum: 2026-01-22\nHandläggare: Maria Lund, kvalitetsstrateg")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar åtta "
        "kontrollmoment inom myndighetsutövning, äldreomsorg och ekonomi. Fem kontroller har genomförts, "
        "varav tre med anmärkning, en har genomförts delvis och en har inte kunnat genomföras. "
        "Granskningen av brukares privata medel redovisas i bilaga 2.")
    d.add_heading("Resultat", level=2)
    d.add_paragraph(
        "Nedan redovisas resultatet av årets kontroller. Bedömningen visas med färg i kolumnen "
        "Bedömning: grön = kontrollen genomförd utan anmärkning, gul = kontrollen genomförd men brister "
        "har noterats, röd = kontrollen har inte genomförts. Vit ruta innebär att kontrollen inte är "
        "bedömd med färg – se då kolumnen Resultat och åtgärder.")
    heads = ["Process", "Kontrollmoment", "Metod", "Bedömning", "Resultat och åtgärder"]
    rows = [
        ("G", "Myndighetsutövning individ- och familjeomsorg"),
        ("Barn och unga", "Utredningstider barn och unga – utredning avslutas inom fyra månader",
         "Stickprov 60 utredningar", Y,
         "12 av 60 utredningar överskred fyra månader. Åtgärdsplan upprättad och följs upp T1 2026.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar", "Stickprov 40 anmälningar", G,
         "Samtliga 40 granskade anmälningar bedömda inom tid.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordning",
         "Stickprov 30 akter", G, "Stickprov 30 akter, samtliga beslut fattade på rätt nivå.",
         "GENOMFORD", "nej"),
        ("G", "Äldreomsorg"),
        ("Hemtjänst", "Genomförandeplaner i hemtjänsten upprättas inom 14 dagar efter beslut",
         "Journalgranskning", R,
         "Kontrollen har inte kunnat genomföras under året på grund av byte av verksamhetssystem "
         "(Lifecare). Genomförs T1 2026.", "EJ_GENOMFORD", ""),
        ("Hälso- och sjukvård",
         "Avvikelsehantering enligt SOSFS 2011:9 – avvikelser analyseras och återkopplas",
         "Genomgång av avvikelser i verksamhetssystemet", Y,
         "Analys görs, men återkoppling till rapportören saknades för 9 av 35 avvikelser.",
         "GENOMFORD", "ja"),
        ("Hälso- och sjukvård",
         "Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden",
         "Granskning av signeringslistor", None,
         "Kontroll genomförd på Solgården och Linden.\nBjörkhagen återstår, planeras januari 2026.",
         "DELVIS", ""),
        ("Särskilt boende", "Hantering av brukares privata medel på särskilt boende",
         "Genomgång av kassabok och kvitton", None,
         "Se bilaga 2 (granskningsrapport privata medel).", "OKLAR", ""),
        ("G", "Ekonomi"),
        ("Avgifter", "Kontroll av fakturering av avgifter inom äldreomsorgen (maxtaxa)",
         "Stickprov 50 avgiftsbeslut", Y,
         "Felaktig avgift debiterades i 7 av 50 fall. Rättelse gjord och rutinen uppdaterad.",
         "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in rows:
        if row[0] == "G":
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            set_cell(m, row[1], bold=True)
            shade(m, "F2F2F2")
            continue
        proc, km, metod, col, res, st_, avv = row
        cells = t.add_row().cells
        set_cell(cells[0], proc)
        set_cell(cells[1], km)
        set_cell(cells[2], metod)
        set_cell(cells[3], "")
        if col:
            shade(cells[3], col)
        set_cell(cells[4], res)
        exp(fil, SN, km, st_, avv)
    for row in t.rows:
        for i, w in enumerate([Cm(3.2), Cm(5.2), Cm(3.2), Cm(1.9), Cm(5.5)]):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut: Socialnämnden godkänner uppföljningen av internkontrollplanen "
                    "för 2025 och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Bilaga 2: Granskningsrapport privata medel (separat dokument)")
    fix_props_docx(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. SBN - ods, coloured symbol ● in Status, legend BESIDE the table
# ---------------------------------------------------------------------------
def file4(tmp):
    fil = "SBN_IKP_uppfoljning_helar2025.ods"
    G, Y, R = "00A651", "FFB000", "E00000"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Samhällsbyggnad"
    ws["A1"] = "Samhällsbyggnadsnämnden – uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helår 2025"
    ws["A2"].font = Font(bold=True)
    heads = ["Id", "Riskområde", "Kontrollmoment", "Kontrollansvarig", "Resultat", "Status", "Åtgärd"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = fill("E2EFDA")
    rows = [
        ("SB1", "Exploatering", "Exploateringsavtal – kontroll av att fakturering sker enligt avtal",
         "Exploateringsingenjör", "Samtliga 5 avtal fakturerade enligt plan.", ("●", G), "–",
         "GENOMFORD", "nej"),
        ("SB2", "Mark och arrenden", "Arrendeavgifter indexuppräknas årligen", "Markhandläggare",
         "Uppräkning gjord för jordbruksarrenden, bostadsarrenden återstår.", ("●", Y),
         "Slutförs februari 2026", "DELVIS", ""),
        ("SB3", "Mark och arrenden", "Markanvisningar följer antagen markanvisningspolicy", "Mark- och exploateringschef",
         "Två markanvisningar under året, båda enligt policy.", ("●", G), "–", "GENOMFORD", "nej"),
        ("SB4", "Planering", "Detaljplaneavgifter debiteras enligt taxa", "Planchef",
         "Ej genomförd på grund av resursbrist.", ("●", R), "Flyttas till IKP 2026", "EJ_GENOMFORD", ""),
        ("SB5", "Park och lek", "Tillsyn av lekplatser – årlig huvudbesiktning", "Parkingenjör",
         "Besiktning av 22 lekplatser klar. 4 anmärkningar, samtliga åtgärdade.", ("●", G), "–",
         "GENOMFORD", "ja"),
        ("SB6", "Gata", "Vinterväghållning – entreprenörens tidrapporter stäms av mot faktura", "Gatuchef",
         "Avtalet hanteras av tekniska nämnden fr.o.m. 2025.", ("—", None), "–", "UTGAR", ""),
        ("SB7", "Gata", "Kontroll av att trafikanordningsplaner (TA-planer) finns vid grävarbeten",
         "Trafikingenjör", "Se separat rapport.", ("●", "000000"), "", "OKLAR", ""),
        ("SB8", "Nämndadministration", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Alla beslut anmälda.", ("●", G), "–", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for idn, omr, km, ansv, res, (sym, col), atg, st_, avv in rows:
        vals = [idn, omr, km, ansv, res, sym, atg or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        sc = ws.cell(r, 6)
        sc.alignment = Alignment(horizontal="center", vertical="top")
        sc.font = Font(size=14, color=col) if col else Font(size=14)
        exp(fil, SBN, km, st_, avv)
        r += 1
    # legend beside the table
    ws.cell(4, 9, "Symbolförklaring").font = Font(bold=True)
    for i, (sym, col, txt) in enumerate([("●", G, "Genomförd"), ("●", Y, "Pågående"),
                                         ("●", R, "Ej genomförd"), ("—", None, "Utgår")], 5):
        c = ws.cell(i, 9, sym)
        c.font = Font(size=14, color=col) if col else Font(size=14)
        c.alignment = Alignment(horizontal="center")
        ws.cell(i, 10, txt)
    ws.cell(r + 1, 1, "Rapporten lämnad till nämndsammanträdet 2026-02-10. Kontaktperson: Erik Sand.")
    for i, w in enumerate([6, 18, 46, 22, 44, 8, 22, 3, 16, 16], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_props_xlsx(wb)
    src = os.path.join(tmp, "SBN_IKP_uppfoljning_helar2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - plain words template, Word 97 .doc
# ---------------------------------------------------------------------------
def file5(tmp):
    base = "Kultur- och fritidsnämnden uppföljning IK helår 2025"
    fil = base + ".doc"
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Uppföljning av intern kontroll 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Kultur- och fritidsnämnden")
    p = d.add_paragraph()
    p.add_run("Period: ").bold = True
    p.add_run("Helår")
    d.add_paragraph("Ange i kolumnen Genomförd: Ja, Nej, Delvis eller Utgår. Ange i kolumnen Avvikelse om "
                    "kontrollen visat fel eller brister (Ja/Nej).")
    rows = [
        ("Kontantkassor på biblioteken och simhallen stäms av månadsvis", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Ja", "Ja",
         "Två föreningar fick för högt aktivitetsbidrag, återkrav skickat.", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler faktureras enligt taxa", "Delvis", "",
         "Kontroll gjord för vårterminen, hösten kontrolleras i februari.", "DELVIS", ""),
        ("Inventering av konstsamlingen", "Nej", "", "Skjuts till 2026 p.g.a. flytt av magasinet.",
         "EJ_GENOMFORD", ""),
        ("Avtal med Lindesås Konsthall följs upp", "Utgår", "", "Avtalet har upphört 2025-03-31.",
         "UTGAR", ""),
        ("Kontroll av närvarorapportering i fritidsgårdarnas verksamhet", "", "", "", "SAKNAS", ""),
        ("Säkerhetsrond i simhallen enligt egenkontrollprogram", "Ja", "Nej", "Genomförd i mars och oktober.",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Avvikelse", "Kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for km, gen, avvt, komm, st_, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([km, gen, avvt, komm]):
            set_cell(cells[i], v, size=10)
        exp(fil, KFN, km, st_, avv)
    d.add_paragraph("")
    d.add_paragraph("Lindesås 2026-01-28")
    d.add_paragraph("Anders Holm\nFörvaltningschef, kultur- och fritidsförvaltningen")
    fix_props_docx(d)
    src = os.path.join(tmp, base + ".docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys export - CSV, two nämnder, rows per period, plain status words
# ---------------------------------------------------------------------------
def file6():
    fil = "stratsys_export_internkontroll_2025.csv"
    M = "Lindesås kommun/Miljö- och byggnämnden"
    T = "Lindesås kommun/Tekniska nämnden"
    # (enhet, område, km, [(period, status, kommentar, ändrad)], expected status, avv, nämnd)
    ctrl = [
        (M, "Myndighetsutövning", "Bygglov – handläggningstid inom lagstadgad tid (12 veckor)",
         [("Tertial 2 2025", "Pågår", "Halvårsuppföljning gjord, inga överskridanden hittills.", "2025-09-05"),
          ("Helår 2025", "Klar med avvikelse", "4 av 118 ärenden överskred tidsfristen, avgiften reducerad enligt PBL.",
           "2026-01-14")], "GENOMFORD", "ja", MBN),
        (M, "Avgifter", "Tillsynsavgifter livsmedel debiteras enligt taxa",
         [("Tertial 2 2025", "Klar", "", "2025-09-05"),
          ("Helår 2025", "Klar", "Stickprov 25 fakturor. Inga fel.", "2026-01-14")], "GENOMFORD", "nej", MBN),
        (M, "Myndighetsutövning", "Jäv – kontroll att handläggare inte handlägger ärenden där jäv föreligger",
         [("Helår 2025", "Ej påbörjad", "Flyttas till 2026.", "2026-01-14")], "EJ_GENOMFORD", "", MBN),
        (M, "Nämndadministration", "Delegationsbeslut anmäls till nämnd",
         [("Tertial 2 2025", "Klar", "", "2025-09-05"),
          ("Helår 2025", "Klar", "Samtliga beslut anmälda.", "2026-01-14")], "GENOMFORD", "nej", MBN),
        (M, "Myndighetsutövning", "Strandskyddsdispenser – kontroll av att beslut skickas till länsstyrelsen",
         [("Tertial 2 2025", "Pågår", "", "2025-09-05"),
          ("Helår 2025", "", "Klar, inga fel hittades.", "2026-01-15")], "GENOMFORD", "nej", MBN),
        (T, "VA", "Kontroll av att VA-taxa debiteras enligt beslutad taxa",
         [("Tertial 2 2025", "Pågår", "", "2025-09-08"),
          ("Helår 2025", "Klar", "Stickprov 50 abonnenter, inga fel.", "2026-01-12")], "GENOMFORD", "nej", TN),
        (T, "Fordon", "Drivmedelskort – kontroll av tankningar mot körjournal",
         [("Helår 2025", "Klar med avvikelse", "2 tankningar saknade körjournal, utrett med berörda.",
           "2026-01-12")], "GENOMFORD", "ja", TN),
        (T, "Gata", "Avtalsuppföljning av entreprenad för vinterväghållning",
         [("Tertial 2 2025", "Ej påbörjad", "", "2025-09-08"),
          ("Helår 2025", "Pågår", "Halvårsavstämning gjord, helårsavstämning i februari 2026.", "2026-01-12")],
         "DELVIS", "", TN),
        (T, "Fordon", "Återrapportering av skador på kommunens fordon",
         [("Helår 2025", "Avbruten", "Avbruten genom beslut TN 2025-09-17 § 88, ersätts av ny rutin.",
           "2026-01-12")], "UTGAR", "", TN),
        (T, "Driftcentral", "Förrådsinventering på driftcentralen",
         [("Tertial 2 2025", "Ej påbörjad", "", "2025-09-08"),
          ("Helår 2025", "Ej påbörjad", "", "2026-01-12")], "EJ_GENOMFORD", "", TN),
    ]
    lines = [["Enhet", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Kommentar", "Senast ändrad",
              "Ändrad av"]]
    for enh, omr, km, periods, st_, avv, namnd in ctrl:
        for per, status, komm, dt in periods:
            who = "Lena Berg" if enh == M else "Johan Nyström"
            lines.append([enh, omr, km, per, status, komm, dt, who])
        exp(fil, namnd, km, st_, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Lindesås Bostäder AB - .xls (xlwt), colour words with fills, legend at top,
#    company only in print header + file name
# ---------------------------------------------------------------------------
def file7():
    fil = "LBAB_IK_2025_bokslut.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    # xlwt on py3 has a bug in the header_str setter; set the private attribute directly
    ws._Worksheet__header_str = "&LLindesåsbostäder AB&RInternkontroll 2025"
    ws._Worksheet__footer_str = "&CSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour gray25; align: wrap on")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    col_style = {
        "Grön": xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                            "pattern: pattern solid, fore_colour bright_green; align: horiz center, vert top"),
        "Gul": xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                           "pattern: pattern solid, fore_colour yellow; align: horiz center, vert top"),
        "Röd": xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                           "pattern: pattern solid, fore_colour red; align: horiz center, vert top"),
    }
    ws.write(0, 0, "Internkontroll 2025 – uppföljning per 31 december", title)
    ws.write(1, 0, "Bedömning: Grön = kontroll utförd utan avvikelse. Gul = kontroll utförd, mindre avvikelse. "
                   "Röd = kontroll ej utförd eller allvarlig avvikelse.")
    ws.write(2, 0, "Rapporteras till styrelsen 2026-02-12.")
    heads = ["Nr", "Område", "Kontrollmoment", "Planerad kontroll", "Utförd", "Bedömning", "Kommentar"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, bold)
    rows = [
        (1, "Hyresadministration", "Hyresavier – kontroll att hyreshöjning 2025 lagts in korrekt", "Q1",
         "2025-03-18", "Grön", "Stickprov 40 lägenheter, samtliga korrekta.", "GENOMFORD", "nej"),
        (2, "Hyresadministration", "Kundfordringar – bevakning av hyresskulder och inkassoärenden", "Q2",
         "2025-06-10", "Gul", "Rutinen följs men 3 ärenden lämnades till inkasso för sent.", "GENOMFORD", "ja"),
        (3, "Ekonomi", "Attest av fakturor för underhållsprojekt", "Q3", "2025-09-22", "Grön", "",
         "GENOMFORD", "nej"),
        (4, "Fastighet", "Besiktning av lekplatser i bostadsområdena", "Q2", "", "Röd",
         "Ej utförd under året, upphandling av besiktningsman pågår.", "EJ_GENOMFORD", ""),
        (5, "Fastighet", "Nyckelhantering – kvittens av huvudnycklar", "Q3", "2025-10-07", "Röd",
         "Kontroll utförd. 11 huvudnycklar kunde inte redovisas, låsbyte beställt för Västra Lindås.",
         "GENOMFORD", "ja"),
        (6, "Uthyrning", "Bostadskö – kontroll att lägenheter förmedlas i köordning", "Q4", "", "Gul",
         "Kontroll av 20 förmedlingar påbörjad i december, slutförs i februari 2026.", "DELVIS", ""),
        (7, "Fastighet", "Systematiskt brandskyddsarbete i allmänna utrymmen", "Q4", "2025-11-28", "Grön",
         "Brandskyddsrond genomförd i samtliga trapphus.", "GENOMFORD", "nej"),
    ]
    for i, (nr, omr, km, plan, utf, bed, komm, st_, avv) in enumerate(rows):
        r = 5 + i
        ws.write(r, 0, nr, norm)
        ws.write(r, 1, omr, norm)
        ws.write(r, 2, km, norm)
        ws.write(r, 3, plan, norm)
        ws.write(r, 4, utf, norm)
        ws.write(r, 5, bed, col_style[bed])
        ws.write(r, 6, komm, norm)
        exp(fil, LBAB, km, st_, avv)
    ws.write(14, 0, "Upprättad av: Sofia Wik, ekonomichef")
    for i, w in enumerate([5, 20, 48, 10, 12, 11, 55]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", LBAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) - no follow-up in it
# ---------------------------------------------------------------------------
def file8():
    fil = "Följebrev IK-uppföljning Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Lindesås kommun\nSocialförvaltningen")
    d.add_paragraph("2026-01-22")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för helåret 2025, se bifogad fil "
        "\"Socialnämnden uppföljning internkontroll 2025.docx\". Uppföljningen behandlas av nämnden vid "
        "sammanträdet den 11 februari 2026 och protokollsutdrag skickas därefter.")
    d.add_paragraph(
        "Granskningsrapporten om privata medel (bilaga 2) kompletteras senast den 6 februari. Vid frågor, "
        "kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Lund\nKvalitetsstrateg, socialförvaltningen\n"
                    "maria.lund@lindesas.se, 0510-123 45")
    fix_props_docx(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # remove earlier output (not the script / README)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f not in keep and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="round367_")
    try:
        file1()
        file2()
        file3()
        file4(tmp)
        file5(tmp)
        file6()
        file7()
        file8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    main()
