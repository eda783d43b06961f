#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round r401 - Fjugesta kommun, tertial 1 2025 follow-ups of internkontrollplaner.

Run: /usr/bin/python3 make_round.py
Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/lo-round401-work"
LO_PROFILE = "file:///tmp/lo-round401"
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_docx_props(doc):
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Fjugesta kommun"


def fix_wb_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Fjugesta kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows Nämnd/enhet / År / Period (seed 004 style)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IKP_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Kommunledningsförvaltningen"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["B4"].alignment = Alignment(horizontal="left")
    ws["A5"] = "Period:"
    ws["B5"] = "Tertial 1 (januari–april)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Återredovisas"]
    r0 = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        (1, "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov på 40 fakturor januari–mars. Två fakturor har attesterats av vikarierande enhetschef som saknade attesträtt i attestförteckningen.",
         "Attestförteckningen ska uppdateras vid varje vikariat. Påminnelse till samtliga chefer.",
         "Granskning genomförd", "T2", "GENOMFORD", "ja"),
        (2, "Löner", "Kontroll av att löneutbetalningar upphör vid avslutad anställning",
         "Kontroll av 25 avslutade anställningar under perioden. Ingen avvikelse identifierad.",
         "Ingen åtgärd", "Granskning genomförd", "Delår", "GENOMFORD", "nej"),
        (3, "Upphandling och inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "7 av 12 direktupphandlingar granskade hittills. Dokumentation saknas i ett fall (konsulttjänst IT).",
         "Resterande granskas i maj. Information om dokumentationskrav på ledningsgruppen.",
         "Granskning påbörjad", "T2", "DELVIS", "ja"),
        (4, "Förtroendekänsliga poster", "Representation och förtroendekänsliga poster följer kommunens riktlinje",
         "Granskningen har flyttats till T2 på grund av arbetet med årsredovisningen.",
         "", "Granskning ej genomförd", "T2", "EJ_GENOMFORD", ""),
        (5, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Samtliga delegationsbeslut januari–april har anmälts. Ingen avvikelse.",
         "Ingen åtgärd", "Granskning genomförd", "Helår", "GENOMFORD", "nej"),
        (6, "IT och informationssäkerhet", "Behörigheter i ekonomisystemet Raindance är aktuella",
         "Behörighetslistan genomgången. Sex användare hade kvar behörighet efter byte av tjänst; behörigheterna är borttagna.",
         "Kvartalsvis översyn av behörigheter införs.",
         "Granskning genomförd", "Delår", "GENOMFORD", "ja"),
        (7, "Ärendehantering", "Inkommande handlingar diarieförs inom två arbetsdagar",
         "", "", "", "Delår", "SAKNAS", ""),
        (8, "Redovisning", "Avstämning av balanskonton vid tertialbokslut",
         "Samtliga balanskonton avstämda per 2025-04-30 med underlag.",
         "Ingen åtgärd", "Granskning genomförd", "T2", "GENOMFORD", "nej"),
        (9, "Krisberedskap", "Kontroll av att krisledningsplanen är uppdaterad",
         "Kontrollmomentet utgår enligt KS beslut 2025-02-11 § 23. Ersätts av arbetet med ny plan för civilt försvar.",
         "", "Utgår", "–", "UTGAR", ""),
        (10, "HR", "Rehabiliteringsärenden dokumenteras i Adato enligt rutin",
         "", "", "", "Helår", "SAKNAS", ""),
    ]
    r = r0 + 1
    for row in rows:
        vals = row[:7]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    ws.cell(row=r + 2, column=1, value="Ansvarig för uppföljningen: Karin Ek, ekonomichef")
    ws.cell(row=r + 3, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-05-20")
    widths = [6, 22, 40, 55, 40, 18, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - docx, prose + table Process/Risk/Riskvärde/Kontrollmoment/Följer plan/Kommentar
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for k, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if k < len(lines) - 1:
            run.add_break()


def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning T1.docx"
    N = "Socialnämnden"
    doc = Document()
    fix_docx_props(doc)
    doc.add_heading("Uppföljning tertial 1 av Socialnämndens internkontrollplan 2025", level=1)
    p = doc.add_paragraph("Socialförvaltningen\t\t\t\t2025-05-14")
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig "
        "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog "
        "internkontrollplanen för 2025 den 18 december 2024 (§ 142). Planen bygger på en risk- och "
        "väsentlighetsanalys där 18 risker har bedömts. Nio kontrollmoment ska följas upp under året.")
    doc.add_heading("Uppföljning januari–april", level=2)
    doc.add_paragraph(
        "I tabellen nedan redovisas för varje kontrollmoment om kontrollen har genomförts enligt plan "
        "under tertial 1 samt vad kontrollen har visat. Kontroller som enligt planen ska redovisas "
        "först i delårsrapporten är markerade med det.")
    hdr = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Följer plan:", "Kommentar T1:"]
    groups = [
        ("Ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "12",
             "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
             "Ja", "Stickprov om 20 ärenden genomfört i mars. Samtliga beslut fattade på rätt delegationsnivå.",
             "GENOMFORD", "nej"),
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "12",
             "Avstämning av utbetalningar mot beslut i verksamhetssystemet",
             "Ja", "Avstämning genomförd för januari–mars. Två dubbelutbetalningar upptäcktes och har återkrävts.",
             "GENOMFORD", "ja"),
            ("Risk att bistånd betalas ut till personer som inte är folkbokförda i kommunen", "9",
             "Kontroll mot folkbokföringen via SSBTEK vid nyansökan",
             "Delvis", "Granskningen är påbörjad. 10 av 20 ärenden i urvalet är granskade, hittills utan avvikelse.",
             "DELVIS", "nej"),
        ]),
        ("Barn och unga", [
            ("Risk att orosanmälningar inte förhandsbedöms inom lagstadgad tid", "16",
             "Uppföljning av att förhandsbedömning sker inom 14 dagar",
             "Ja", "Kontrollen genomförd. 9 av 41 förhandsbedömningar under perioden överskred 14 dagar. "
                   "En åtgärdsplan tas fram av enhetschef.",
             "GENOMFORD", "ja"),
            ("Risk att placerade barn inte får de besök som krävs", "12",
             "Kontroll av att socialsekreterare besökt placerade barn minst fyra gånger per år",
             "Nej", "Kontrollen har inte genomförts under tertial 1 på grund av vakanser. Planeras till maj.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Risk att sekretessbelagda handlingar skickas till fel mottagare", "8",
             "Genomgång av rutin för utskick av handlingar på APT",
             "Ja", "Rutinen har tagits upp på APT i samtliga arbetsgrupper under februari.",
             "GENOMFORD", "nej"),
            ("Risk för otillbörlig åtkomst till personakter", "12",
             "Loggkontroll i verksamhetssystemet, tio slumpvis utvalda användare per månad",
             "Ja", "Loggkontroller genomförda januari–april. En otillbörlig åtkomst upptäcktes; "
                   "ärendet har hanterats av HR och anmälts till IMY.",
             "GENOMFORD", "ja"),
        ]),
        ("Hantera klagomål/synpunkter", [
            ("Risk att klagomål och synpunkter inte tas tillvara och besvaras", "9",
             "Kontroll av att inkomna synpunkter besvaras inom tio arbetsdagar",
             "", "Redovisas i delårsrapporten.",
             "SAKNAS", ""),
        ]),
        ("Återsökning statliga ersättningar", [
            ("Risk att socialnämnden går miste om statliga medel", "8",
             "Återsökning av ersättningar från Migrationsverket görs kvartalsvis",
             "Ja", "Återsökning för kvartal 1 skickades in 2025-04-10.",
             "GENOMFORD", "nej"),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    r = 1
    for proc, items in groups:
        start = r
        for k, it in enumerate(items):
            risk, rv, km, plan, komm, st, avv = it
            cells = t.rows[r].cells
            if k == 0:
                set_cell(cells[0], proc)
            # same risk text repeated on consecutive rows -> merge risk + riskvärde
            set_cell(cells[1], risk)
            set_cell(cells[2], rv)
            set_cell(cells[3], km)
            set_cell(cells[4], plan)
            set_cell(cells[5], komm)
            exp(fil, N, km, st, avv)
            r += 1
        if r - start > 1:
            t.cell(start, 0).merge(t.cell(r - 1, 0))
            set_cell(t.cell(start, 0), proc)
    # merge the repeated risk of the first group (rows 1-2)
    m = t.cell(1, 1).merge(t.cell(2, 1))
    set_cell(m, groups[0][1][0][0])
    m = t.cell(1, 2).merge(t.cell(2, 2))
    set_cell(m, "12")
    widths = [Cm(3.0), Cm(3.8), Cm(1.2), Cm(4.0), Cm(1.6), Cm(5.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Sammantaget bedömer förvaltningen att arbetet med den interna kontrollen i huvudsak "
                      "följer plan. Avvikelser och åtgärder redovisas i kommentarerna ovan.")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - xlsx, T1/T2/T3 side by side, status by fill colour + legend
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_internkontroll_2025_uppf_april.xlsx"
    N = "Barn- och utbildningsnämnden"
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="BFBFBF")
    HEAD = PatternFill("solid", fgColor="DDEBF7")
    GROUP = PatternFill("solid", fgColor="F2F2F2")
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontrollplan 2025 – Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per tertial. Markera status i statuskolumnen med färg enligt teckenförklaringen. Status per 2025-04-30."
    ws["A2"].font = Font(italic=True)
    ws["F3"] = "Teckenförklaring"
    ws["F3"].font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    for k, (fill, txt) in enumerate(legend):
        ws.cell(row=4 + k, column=6).fill = fill
        ws.cell(row=4 + k, column=6).border = BORDER
        ws.cell(row=4 + k, column=7, value=txt)
    # two-row header
    h1 = 9
    base = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig"]
    for i, h in enumerate(base, 1):
        ws.cell(row=h1, column=i, value=h)
        ws.merge_cells(start_row=h1, start_column=i, end_row=h1 + 1, end_column=i)
    for k, per in enumerate(["Tertial 1", "Tertial 2", "Tertial 3 / helår"]):
        col = 5 + 2 * k
        ws.cell(row=h1, column=col, value=per)
        ws.merge_cells(start_row=h1, start_column=col, end_row=h1, end_column=col + 1)
        ws.cell(row=h1 + 1, column=col, value="Status")
        ws.cell(row=h1 + 1, column=col + 1, value="Kommentar")
    for rr in (h1, h1 + 1):
        for cc in range(1, 11):
            c = ws.cell(row=rr, column=cc)
            c.font = Font(bold=True)
            c.fill = HEAD
            c.border = BORDER
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
             "Controller", GREEN, "30 fakturor granskade. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Skolskjutskostnader faktureras enligt avtal", "Jämförelse faktura mot körorder",
             "Skolskjutssamordnare", YELLOW, "Januari och februari kontrollerade utan fel, mars–april återstår.",
             "DELVIS", "nej"),
            ("Interkommunala ersättningar faktureras och betalas enligt gällande prislista",
             "Genomgång av samtliga IKE-fakturor", "Controller", GREEN,
             "Kontroll gjord mot prislista 2025. Två fakturor från Örebro kommun med fel belopp har krediterats.",
             "GENOMFORD", "ja"),
        ]),
        ("Elevhälsa och skolplikt", [
            ("Anmälan till huvudman vid upprepad ogiltig frånvaro", "Rektorerna rapporterar till huvudman",
             "Verksamhetschef grundskola", RED,
             "Ej genomförd under T1, rektorernas rapportering har inte kommit in. Genomförs i maj.",
             "EJ_GENOMFORD", ""),
            ("Kränkande behandling anmäls till huvudman och utreds skyndsamt", "Genomgång av anmälningar i DF Respons",
             "Kvalitetsstrateg", GREEN,
             "48 anmälningar under perioden, samtliga utredda. I fem fall tog utredningen längre tid än fyra veckor.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Registerutdrag kontrolleras vid nyanställning inom förskola och skola", "Samtliga nyanställda",
             "HR-specialist", GREEN, "Samtliga 22 nyanställda har uppvisat registerutdrag.", "GENOMFORD", "nej"),
            ("Legitimation och behörighet kontrolleras vid anställning av lärare", "Stickprov 10 anställningar",
             "HR-specialist", None, None, "SAKNAS", ""),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i lärplattformen avslutas när personal slutar", "Jämförelse mot avslutslista från HR",
             "Systemförvaltare", GREY,
             "Utgår – ersätts av central kontroll via IT-enheten enligt beslut BUN 2025-03-18 § 31.",
             "UTGAR", ""),
            ("Personuppgiftsincidenter rapporteras till dataskyddsombudet enligt rutin",
             "Genomgång av incidentloggen", "Förvaltningsjurist", YELLOW,
             "Rutinen revideras och beräknas vara klar i juni.", "DELVIS", ""),
        ]),
    ]
    r = h1 + 2
    for proc, items in data:
        ws.cell(row=r, column=1, value=proc).font = Font(bold=True)
        for cc in range(1, 11):
            ws.cell(row=r, column=cc).fill = GROUP
            ws.cell(row=r, column=cc).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for km, metod, ansv, fill, komm, st, avv in items:
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=metod)
            ws.cell(row=r, column=4, value=ansv)
            if fill is not None:
                ws.cell(row=r, column=5).fill = fill
            if komm:
                ws.cell(row=r, column=6, value=komm)
            for cc in range(1, 11):
                ws.cell(row=r, column=cc).border = BORDER
                ws.cell(row=r, column=cc).alignment = WRAP
            exp(fil, N, km, st, avv)
            r += 1
    widths = {"A": 16, "B": 42, "C": 28, "D": 20, "E": 8, "F": 45, "G": 8, "H": 30, "I": 8, "J": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "B11"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .xls, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON IK-uppföljning T1 2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.left.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning januari–april"
    ws["A2"].font = Font(bold=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Utfall jan–apr", "Avvikelse\n(X)", "Kommentar/åtgärd"]
    r0 = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Läkemedelshantering", "Signeringslistor för läkemedel kontrolleras på särskilda boenden",
         "Två boenden per månad", "MAS", "Klar", "X",
         "Osignerade doser i 4 av 32 listor.\nÅterkoppling till berörda enhetschefer.", "GENOMFORD", "ja"),
        (None, "Kontroll av narkotikaförbrukningsjournaler",
         "Kvartalsvis, samtliga enheter", "MAS", "Klar", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hemtjänst", "Utförd tid i hemtjänst stämmer mot beviljad tid",
         "Jämförelse planerad/utförd tid mot beslut, 15 brukare", "Enhetschef hemtjänst", "Pågår", "",
         "Underlag för januari–februari sammanställt.", "DELVIS", ""),
        (None, "Hemtjänstavgifter debiteras enligt gällande taxa",
         "Stickprov 20 fakturor", "Avgiftshandläggare", "Klar", "X",
         "Två brukare hade fel avgift på grund av ej uppdaterad inkomstuppgift.\nRättat och återbetalt.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Beslut om insatser enligt SoL fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Enhetschef myndighet", "Klar", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kvalitet", "Lex Sarah-rapporter utreds inom fastställd tid",
         "Samtliga rapporter", "Kvalitetsutvecklare", "Ej påbörjad", "", "Planeras till T2.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Timanställda har genomgått introduktion före första arbetspasset",
         "Stickprov 10 timanställda", "HR-partner", "Utgår", "",
         "Ingår från 2025 i kommungemensam kontroll hos kommunstyrelsen.", "UTGAR", ""),
        ("Inköp", "Inköp av förbrukningsmaterial sker från avtalad leverantör",
         "Stickprov 25 inköp", "Verksamhetschef", "Klar", "X",
         "3 av 25 inköp gjorda utanför avtal (apotek och lokala butiker).", "GENOMFORD", "ja"),
        ("Brandskydd", "Egenkontroller av brandskydd genomförs på särskilda boenden",
         "Kvartalsvis checklista", "Fastighetssamordnare", "", "", "", "SAKNAS", ""),
    ]
    r = r0 + 1
    merges = []
    for row in rows:
        area = row[0]
        if area is not None:
            cur_start = r
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v not in ("", None) else None)
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        if area is None:
            merges.append((cur_start, r))
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    for k, v in {"A": 18, "B": 42, "C": 28, "D": 20, "E": 12, "F": 10, "G": 45}.items():
        ws.column_dimensions[k].width = v
    ws.cell(row=r + 1, column=1, value="Avvikelse: X = avvikelse konstaterad vid kontrollen")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    tmp = os.path.join(WORK, "von.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", WORK)
    shutil.move(os.path.join(WORK, "von.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .odt, Kontrollpunkt/Metod/Resultat with a) b) sub-items (seed 000 style)
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur- och fritidsnämnden uppföljning intern kontroll tertial 1 2025.odt"
    N = "Kultur- och fritidsnämnden"
    doc = Document()
    fix_docx_props(doc)
    doc.add_heading("Uppföljning av plan för intern kontroll 2025", level=1)
    doc.add_paragraph("Kultur- och fritidsförvaltningen – uppföljning tertial 1 (januari–april)")
    doc.add_paragraph("Resultatet anges per kontrollpunkt med periodens beteckning (T1, T2, Helår).")
    items = [
        ("1. Kontanthantering", [
            ("a) Kassaavstämning i simhallens och bibliotekets kassor görs dagligen och attesteras av enhetschef",
             "T1: Avstämningar kontrollerade för januari–april. En differens på 350 kr i simhallens kassa i mars har utretts och dokumenterats.",
             "GENOMFORD", "ja"),
            ("b) Oanmäld kassainventering två gånger per år",
             "T1: En av två planerade inventeringar genomförd (februari), utan anmärkning. Den andra görs under hösten.",
             "DELVIS", "nej"),
        ]),
        ("2. Föreningsbidrag", [
            ("a) Kontroll av att beviljade föreningsbidrag har underlag enligt bidragsreglerna",
             "T1: Stickprov på 15 av 42 ansökningar enligt plan. Samtliga hade fullständigt underlag.",
             "GENOMFORD", "nej"),
            ("b) Uppföljning av att föreningar som fått bidrag har lämnat verksamhetsberättelse",
             "T1: Ej påbörjat, görs efter föreningarnas årsmöten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("3. Lokaluthyrning", [
            ("a) Fakturering av uthyrning i Fjugesta sporthall stämmer mot bokningssystemet",
             "T1: Klart. Fyra bokningar hade inte fakturerats; fakturor skickades i april.",
             "GENOMFORD", "ja"),
        ]),
        ("4. Hot och våld", [
            ("a) Uppdatera handlingsplan mot hot och våld i samråd med säkerhetssamordnare",
             "T1: Pågår, beräknas klar i juni.",
             "DELVIS", ""),
            ("b) Ta upp handlingsplanen på APT i samtliga verksamheter",
             "",
             "SAKNAS", ""),
        ]),
        ("5. Medieinköp", [
            ("a) Kontroll av att inköp av medier till biblioteken sker enligt avtal",
             "Utgår enligt KFN beslut 2025-03-20 § 18 eftersom avtalet har löpt ut och ny upphandling pågår.",
             "UTGAR", ""),
        ]),
    ]
    n = 1 + sum(len(x[1]) for x in items)
    t = doc.add_table(rows=n, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollpunkt", "Metod", "Resultat"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    r = 1
    for kp, subs in items:
        start = r
        for metod, res, st, avv in subs:
            set_cell(t.cell(r, 1), metod, size=10)
            set_cell(t.cell(r, 2), res, size=10)
            exp(fil, N, metod, st, avv)
            r += 1
        m = t.cell(start, 0).merge(t.cell(r - 1, 0)) if r - start > 1 else t.cell(start, 0)
        set_cell(m, kp, size=10)
    for row in t.rows:
        for i, w in enumerate([Cm(3.5), Cm(6.5), Cm(7.0)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Fjugesta 2025-05-06\nLena Berg, kultur- och fritidschef")
    tmp = os.path.join(WORK, "kfn.docx")
    doc.save(tmp)
    soffice_convert(tmp, "odt", WORK)
    shutil.move(os.path.join(WORK, "kfn.odt"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Hypergene CSV export - two nämnder (SBN + MBN), cp1252, report header lines
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Hypergene_export_IK_2025-05-06.csv"
    SBN = "Samhällsbyggnadsnämnden"
    MBN = "Miljö- och byggnämnden"
    rows = [
        (SBN, "Investeringar", "Projekt överskrider beslutad budget",
         "Investeringsprojekt över 5 mnkr följs upp mot budget vid varje tertial", "Ekonomichef SBF", "Tertial",
         "Genomförd",
         "Samtliga 7 projekt uppföljda. Ombyggnaden av Fjugesta reningsverk prognostiserar ett överskridande på 2,1 mnkr, rapporterat till nämnden.",
         "GENOMFORD", "ja"),
        (SBN, "VA-verksamhet", "Felaktig debitering av VA-avgifter",
         "VA-avgifter debiteras enligt gällande taxa", "VA-chef", "Tertial", "Genomförd",
         "Stickprov på 30 abonnenter. Inga fel.", "GENOMFORD", "nej"),
        (SBN, "Upphandling", "Bristande avtalstrohet",
         "Inköp inom gata/park görs från ramavtalsleverantörer", "Enhetschef gata/park", "Halvår", "Pågående",
         "Stickprov påbörjat.", "DELVIS", ""),
        (SBN, "Fastighetsförvaltning", "Myndighetskrav uppfylls inte",
         "Obligatorisk ventilationskontroll (OVK) utförs enligt plan i kommunens fastigheter", "Fastighetschef",
         "Årlig", "Ej påbörjad", "Upphandling av besiktningsfirma pågår.", "EJ_GENOMFORD", ""),
        (SBN, "Arbetsmiljö", "Brister i fysisk arbetsmiljö",
         "Skyddsronder genomförs på samtliga arbetsplatser inom förvaltningen", "Förvaltningschef", "Årlig",
         "Genomförd med avvikelse",
         "Skyddsronder genomförda. Brister i förvaring av kemikalier i centralförrådet, åtgärdas under maj.",
         "GENOMFORD", "ja"),
        (SBN, "Kart och GIS", "Inaktuellt kartunderlag",
         "Primärkartan ajourhålls löpande", "GIS-samordnare", "Tertial", "Ej aktuell",
         "Verksamheten överförd till kommunstyrelsen från 2025-01-01.", "UTGAR", ""),
        (MBN, "Livsmedelskontroll", "Kontrollplanen uppfylls inte",
         "Planerad livsmedelskontroll genomförs enligt kontrollplanen", "Enhetschef miljö", "Tertial",
         "Pågående", "42 av 130 planerade kontroller utförda (32 %), i fas med planen.", "DELVIS", "nej"),
        (MBN, "Avgifter", "Felaktig eller utebliven debitering",
         "Tillsynsavgifter debiteras enligt taxa", "Controller", "Tertial", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Bygglov", "Lagstadgad handläggningstid överskrids",
         "Bygglov beslutas inom tio veckor enligt PBL", "Bygglovschef", "Tertial", "Genomförd med avvikelse",
         "3 av 58 ärenden överskred lagstadgad tid, avgiften har reducerats enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        (MBN, "Delegation", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertial", "", "", "SAKNAS", ""),
    ]
    lines = []
    lines.append("Rapport: Intern kontroll - uppföljning kontrollmoment;;;;;;;;;")
    lines.append("Organisation: Fjugesta kommun / Samhällsbyggnadsförvaltningen;;;;;;;;;")
    lines.append("Period: Tertial 1 2025;;;;;;;;;")
    lines.append("Utskriven: 2025-05-06 14:12;;;;;;;;;")
    lines.append(";;;;;;;;;")
    hdr = ["Organisation", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens", "Status",
           "Kommentar", "Senast uppdaterad", "Uppdaterad av"]
    lines.append(";".join(hdr))
    dates = ["2025-04-28", "2025-04-29", "2025-05-02", "2025-04-30", "2025-05-05",
             "2025-02-03", "2025-05-05", "2025-04-24", "2025-05-06", ""]
    who = ["Maria Sund", "Johan Alm", "Erik Nyberg", "Sara Lind", "Maria Sund",
           "Sara Lind", "Henrik Ros", "Lisa Ek", "Lisa Ek", ""]

    def q(s):
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s
    for k, row in enumerate(rows):
        vals = list(row[:8]) + [dates[k], who[k]]
        lines.append(";".join(q(v) for v in vals))
        exp(fil, row[0], row[3], row[8], row[9])
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", MBN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Fjugesta Bostäder AB - docx, symbol statuses with legend, "Se bilaga 2"
# ---------------------------------------------------------------------------
def file_fbab():
    fil = "Fjugesta Bostäder - Internkontroll 2025 T1.docx"
    N = "Fjugesta Bostäder AB"
    doc = Document()
    fix_docx_props(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Fjugesta Bostäder AB\tUppföljning intern kontroll"
    h = doc.add_paragraph()
    run = h.add_run("Uppföljning internkontrollplan 2025, T1")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Avser perioden 2025-01-01 – 2025-04-30. Redovisas för styrelsen 2025-05-22.")
    lg = doc.add_paragraph()
    lg.add_run("Teckenförklaring status: ").bold = True
    lg.add_run("✔ = genomförd   ◐ = pågår   ✖ = ej genomförd   — = ej aktuell")
    rows = [
        ("1", "Hyresadministration", "Hyror och hyreshöjningar registreras korrekt i hyressystemet",
         "Ekonomiansvarig", "✔", "Kontroll av 25 kontrakt, inga fel.", "GENOMFORD", "nej"),
        ("2", "Hyresadministration", "Bevakning av hyresfordringar och att inkassorutinen följs",
         "Ekonomiansvarig", "✔", "Kontroll genomförd. Tre ärenden skickades för sent till inkasso.",
         "GENOMFORD", "ja"),
        ("3", "Fastighetsunderhåll", "Underhållsplanen följs upp mot budget",
         "VD", "◐", "Uppföljning görs löpande, helårsprognos i augusti.", "DELVIS", ""),
        ("4", "Upphandling", "Upphandlingar över direktupphandlingsgränsen annonseras enligt LOU",
         "VD", "✔", "En upphandling (takbyte Storgatan 12) genomförd och annonserad enligt LOU.",
         "GENOMFORD", "nej"),
        ("5", "Säkerhet", "Systematiskt brandskyddsarbete i bostadsbeståndet",
         "Fastighetschef", "Se bilaga 2", "", "OKLAR", ""),
        ("6", "Bolagsstyrning", "Styrelsens beslut verkställs och återrapporteras",
         "VD", "✖", "Återrapportering sker först vid styrelsemötet i juni.", "EJ_GENOMFORD", ""),
        ("7", "IT", "Behörigheter i fastighetssystemet ses över",
         "IT-ansvarig", "—", "Ej aktuell 2025 – nuvarande system avvecklas och nytt fastighetssystem införs under hösten.", "UTGAR", ""),
        ("8", "Miljö och energi", "Energiförbrukning följs upp per fastighet",
         "Driftchef", "", "", "SAKNAS", ""),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Light Grid Accent 1"
    for i, hh in enumerate(["Nr", "Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        set_cell(t.rows[0].cells[i], hh, bold=True, size=10)
    for k, row in enumerate(rows, 1):
        for i in range(6):
            set_cell(t.rows[k].cells[i], row[i], size=10)
        t.rows[k].cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[2], row[6], row[7])
    for row in t.rows:
        for i, w in enumerate([Cm(1.0), Cm(3.0), Cm(5.5), Cm(2.8), Cm(1.8), Cm(5.0)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Brandskyddsrapport T1 2025 (separat dokument)")
    doc.add_paragraph("Fjugesta 2025-05-08")
    doc.add_paragraph("Per Holm\nVD, Fjugesta Bostäder AB")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) - no follow-up content
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv uppföljning intern kontroll T1 2025 - KFN.docx"
    doc = Document()
    fix_docx_props(doc)
    doc.add_paragraph("Kultur- och fritidsförvaltningen\nFjugesta kommun")
    doc.add_paragraph("2025-05-16")
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    p = doc.add_paragraph()
    r = p.add_run("Översändande av uppföljning av internkontrollplan, tertial 1 2025")
    r.bold = True
    doc.add_paragraph(
        "Härmed översänds kultur- och fritidsnämndens uppföljning av internkontrollplanen för tertial 1 2025. "
        "Ärendet behandlades av nämnden vid sammanträdet 2025-05-15, § 42, och nämnden beslutade att godkänna "
        "uppföljningen och överlämna den till kommunstyrelsen.")
    doc.add_paragraph(
        "Protokollsutdraget skickas separat när protokollet är justerat. Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Bilaga: Kultur- och fritidsnämnden uppföljning intern kontroll tertial 1 2025.odt")
    doc.add_paragraph("Med vänlig hälsning\n\nLena Berg\nKultur- och fritidschef\n0585-123 45")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret"),
        ("Valnämnden", "VN"),
        ("Fjugesta Bostäder AB", "FBAB|Fjugestabostäder|Fjugesta Bostäder"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    file_ks()
    file_sn()
    file_bun()
    file_von()
    file_kfn()
    file_csv()
    file_fbab()
    file_missiv()
    write_csvs()
    shutil.rmtree(WORK)
    print("files:", len(set(f[0] for f in FILES)), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
