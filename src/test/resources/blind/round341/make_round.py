#!/usr/bin/python3
"""Blind round r341 - Granbyn kommun, helår 2025 inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round341"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADFILL = PatternFill("solid", fgColor="1F4E78")
HEADFONT = Font(bold=True, color="FFFFFF")


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Granbyn kommun"


def fix_doc(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Granbyn kommun"
    cp.author = "Granbyn kommun"
    cp.revision = 1


# ---------------------------------------------------------------------------
# Kommun-wide template (used by KS/Valnämnden, BUN and TN - filled differently)
# ---------------------------------------------------------------------------
TEMPLATE_HEAD = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Ansvarig",
                 "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
TEMPLATE_INSTR = ("Instruktion: Ange status för varje kontrollmoment med listvalet Genomförd / Delvis genomförd / "
                  "Ej genomförd / Utgår. Ange Ja eller Nej i kolumnen Avvikelse. Beskriv resultat och "
                  "eventuella åtgärder i kommentarskolumnen. Skickas till ekonomiavdelningen senast 2026-01-31.")


def template_sheet(ws, namnd_text, period_text, head=TEMPLATE_HEAD, instr=TEMPLATE_INSTR):
    ws["A1"] = "Granbyn kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A4"] = "Nämnd:"
    ws["B4"] = namnd_text
    ws["A5"] = "År:"
    ws["B5"] = 2025
    ws["A6"] = "Period:"
    ws["B6"] = period_text
    for r in (4, 5, 6):
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 2).alignment = Alignment(horizontal="left")
    if instr:
        ws["A8"] = instr
        ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=len(head))
        ws["A8"].alignment = Alignment(wrap_text=True, vertical="top")
        ws["A8"].font = Font(italic=True, size=9)
        ws.row_dimensions[8].height = 30
    for c, h in enumerate(head, 1):
        cell = ws.cell(10, c, h)
        cell.font = HEADFONT
        cell.fill = HEADFILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    widths = [5, 20, 24, 46, 18, 16, 12, 48]
    if len(head) > len(widths):
        widths = [5, 20, 24, 46, 18, 14, 14, 12, 48]
    for i, w in enumerate(widths[:len(head)]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A11"


def put_row(ws, r, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(r, c, v if v != "" else None)
        cell.alignment = WRAP
        cell.border = BOX


# ---------------------------------------------------------------------------
# File 1: KS + Valnämnden, kommun-wide template filled "by the book"
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning internkontrollplan helår 2025 - KS.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KS"
    template_sheet(ws, "Kommunstyrelsen", "Helår")
    rows = [
        (1, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Nej", "Stickprov på 40 fakturor. Samtliga korrekt attesterade av behörig attestant.",
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Förtroendeskada vid felaktig representation",
         "Kontroll av representation och andra förtroendekänsliga poster (syfte och deltagare angivna)",
         "Redovisningsansvarig", "Genomförd", "Ja",
         "6 av 30 granskade verifikationer saknade deltagarförteckning. Påminnelse om regelverket har skickats till samtliga chefer.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Inköp utanför avtal",
         "Kontroll av avtalstrohet vid inköp av varor och tjänster", "Upphandlingschef",
         "Delvis genomförd", "Ja",
         "Analys gjord för jan–sep, avtalstrohet 84 %. Oktober–december analyseras i februari 2026.",
         "DELVIS", "ja"),
        (4, "HR/lön", "Felaktiga löneutbetalningar",
         "Kontroll av att lön inte betalas ut efter avslutad anställning", "HR-chef",
         "Genomförd", "Nej", "Samtliga 57 avslut under året kontrollerade mot lönesystemet.",
         "GENOMFORD", "nej"),
        (5, "Informationssäkerhet", "Obehörig åtkomst",
         "Kontroll av att behörigheter i ekonomisystemet tas bort vid avslutad anställning", "IT-chef",
         "Ej genomförd", "",
         "Skjuts till 2026 på grund av byte av ekonomisystem i november.",
         "EJ_GENOMFORD", ""),
        (6, "Nämndadministration", "Beslut fattas utan delegation",
         "Anmälan av delegationsbeslut till kommunstyrelsen", "Kanslichef",
         "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
        (7, "Säkerhet och beredskap", "Samhällsviktig verksamhet kan inte upprätthållas",
         "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet", "Säkerhetssamordnare",
         "Utgår", "", "Utgår enligt KS beslut 2025-05-14 § 87. Ersätts av ny riktlinje för krisberedskap.",
         "UTGAR", ""),
        (8, "Dokumenthantering", "Allmänna handlingar registreras inte i tid",
         "Registrering av inkomna allmänna handlingar inom två arbetsdagar", "Registrator",
         "Genomförd", "Ja", "Stickprov 50 handlingar: genomsnittlig tid 3,1 dagar. Rutinen ses över.",
         "GENOMFORD", "ja"),
    ]
    r = 11
    for row in rows:
        put_row(ws, r, row[:8])
        exp(fil, "Kommunstyrelsen", row[3], row[8], row[9])
        r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"F11:F{r - 1}")
    r += 1
    ws.cell(r, 1, "Datum: 2026-01-20")
    ws.cell(r + 1, 1, "Underskrift: Anna Lindqvist, kommundirektör")

    ws2 = wb.create_sheet("Valnämnden")
    template_sheet(ws2, "Valnämnden", "Helår")
    rows2 = [
        (1, "Valadministration", "Valmaterial saknas eller hanteras felaktigt",
         "Inventering och säker förvaring av valmaterial inför valen 2026", "Valsamordnare",
         "Genomförd", "Nej", "Inventering klar i oktober. Material förvaras i låst utrymme i stadshuset.",
         "GENOMFORD", "nej"),
        (2, "Valadministration", "Röstmottagare saknar kunskap",
         "Kontroll av att röstmottagare genomgått utbildning före förtidsröstningen", "Valsamordnare",
         "Utgår", "", "Inga allmänna val eller folkomröstningar under 2025.",
         "UTGAR", ""),
        (3, "Nämndadministration", "Beslut fattas utan delegation",
         "Kontroll av att valnämndens delegationsordning är uppdaterad", "Nämndsekreterare",
         "Genomförd", "Nej", "Delegationsordningen reviderad 2025-09-03 § 12.",
         "GENOMFORD", "nej"),
    ]
    r = 11
    for row in rows2:
        put_row(ws2, r, row[:8])
        exp(fil, "Valnämnden", row[3], row[8], row[9])
        r += 1
    fix_wb(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 2: BUN, same template, status given by cell colour, group heading rows
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")


def file_bun():
    fil = "Uppföljning internkontrollplan helår 2025 BUN.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    template_sheet(ws, "Barn- och utbildningsförvaltningen", "Helår")
    # their own legend, typed to the right of the title rows
    ws["F4"] = "Färgmarkering i statuskolumnen:"
    ws["F4"].font = Font(bold=True)
    ws["F5"] = "Genomförd"
    ws["E5"].fill = GREEN
    ws["F6"] = "Delvis genomförd / pågår"
    ws["E6"].fill = YELLOW
    ws["F7"] = "Ej genomförd"
    ws["E7"].fill = RED
    items = [
        ("H", "Ekonomi"),
        (1, "", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         GREEN, "", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (2, "", "Felaktig debitering",
         "Kontroll av att avgifter för förskola och fritidshem debiteras enligt beslutad taxa", "Avgiftshandläggare",
         YELLOW, "", "Kontroll gjord för förskolan. Fritidshemmen återstår och görs i mars 2026.", "DELVIS", ""),
        (3, "", "Felaktiga ersättningar",
         "Kontroll av interkommunala ersättningar (IKE) mot elevregistret", "Ekonom",
         RED, "", "Ej genomförd p.g.a. vakans på ekonomiavdelningen under hösten.", "EJ_GENOMFORD", ""),
        ("H", "Skolverksamhet och elevhälsa"),
        (4, "", "Elever skyddas inte mot kränkande behandling",
         "Uppföljning av att anmälningar om kränkande behandling anmäls till huvudmannen inom fem arbetsdagar",
         "Verksamhetschef grundskola", GREEN, "Ja",
         "12 av 87 anmälningar kom till huvudmannen senare än fem dagar. Rektorerna har fått återkoppling.",
         "GENOMFORD", "ja"),
        (5, "", "Hög frånvaro upptäcks inte",
         "Kontroll av att frånvaro registreras och att upprepad frånvaro följs upp",
         "Rektorer", YELLOW, "", "Pågår. Ny uppföljningsrutin införs i januari 2026.", "DELVIS", ""),
        (6, "", "Bristande patientsäkerhet",
         "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Verksamhetschef elevhälsa", None, "", "", "SAKNAS", ""),
        (7, "", "Felaktiga skolskjutsbeslut",
         "Kontroll av skolskjutsbeslut mot riktlinjer för skolskjuts",
         "Skolskjutshandläggare", None, "",
         "Kontrollen genomfördes i oktober. Samtliga 40 granskade beslut följde riktlinjerna.", "GENOMFORD", "nej"),
        ("H", "Personal och arbetsmiljö"),
        (8, "", "Olämplig person anställs",
         "Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning",
         "HR-konsult", GREEN, "", "Inga avvikelser.", "GENOMFORD", "nej"),
        (9, "", "Brister i arbetsmiljön",
         "Kontroll av att skyddsronder genomförts på samtliga enheter",
         "Förvaltningschef", None, "", "Se bilaga 2", "OKLAR", ""),
    ]
    r = 11
    for it in items:
        if it[0] == "H":
            ws.cell(r, 1, it[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            nr, proc, risk, km, ans, fill, avv, kom, st, ea = it
            put_row(ws, r, [nr, proc, risk, km, ans, "", avv, kom])
            if fill is not None:
                ws.cell(r, 6).fill = fill
            exp(fil, "Barn- och utbildningsnämnden", km, st, ea)
        r += 1
    r += 1
    ws.cell(r, 1, "Ifylld av: Maria Ek, kvalitetsstrateg BUF, 2026-01-26")
    fix_wb(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 3: TN, same template but extra 'Status delår' column, own words, merged process cells
# ---------------------------------------------------------------------------
def file_tn():
    fil = "IK-uppföljning 2025 Tekniska nämnden.xlsx"
    head = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Ansvarig",
            "Status delår", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    template_sheet(ws, "Tekniska nämnden (TN)", "Delår + helår", head=head)
    rows = [
        (1, "Fastighet", "Skador på barn",
         "Kontroll av att besiktning av lekplatser genomförts enligt plan", "Fastighetschef",
         "Pågår", "Klar", "Nej", "Samtliga 31 lekplatser besiktigade.", "GENOMFORD", "nej"),
        (2, None, "Ohälsosam inomhusmiljö",
         "Kontroll av att obligatorisk ventilationskontroll (OVK) är utförd och godkänd", "Fastighetschef",
         "Pågår", "Klar – se kommentar", "Ja",
         "3 fastigheter har underkänd OVK. Åtgärdas under kvartal 1 2026.", "GENOMFORD", "ja"),
        (3, "Gata/park", "Framkomlighet vintertid",
         "Kontroll av att vinterväghållning utförs inom avtalade insatstider", "Gatuchef",
         "Klar", "", "Nej", "", "GENOMFORD", "nej"),
        (4, None, "Betalning för ej utfört arbete",
         "Uppföljning av beställda och fakturerade ÄTA-arbeten mot entreprenadavtal", "Projektledare",
         "Ej påbörjad", "Pågår", "", "Granskning av 2 av 5 projekt klar.", "DELVIS", ""),
        (5, "VA", "Otjänligt dricksvatten",
         "Kontroll av att provtagning av dricksvatten sker enligt kontrollprogrammet", "VA-chef",
         "Klar", "Klar", "Nej", "", "GENOMFORD", "nej"),
        (6, "Avfall", "Intäktsbortfall",
         "Kontroll av fakturering av renhållningsavgifter mot abonnemangsregistret", "Avfallsingenjör",
         "Ej påbörjad", "Ej påbörjad", "", "Hanns inte med. Flyttas till IKP 2026.", "EJ_GENOMFORD", ""),
        (7, "Kost", "Matförgiftning",
         "Kontroll av att livsmedelshanteringen i kommunens kök följer egenkontrollprogrammet", "Kostchef",
         "–", "Ej aktuell", "", "Kostenheten överförd till BUN 1 juli 2025.", "UTGAR", ""),
        (8, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Klar", "Klar", "Nej", "Stickprov 20 fakturor.", "GENOMFORD", "nej"),
    ]
    r = 11
    for row in rows:
        put_row(ws, r, row[:9])
        exp(fil, "Tekniska nämnden", row[3], row[9], row[10])
        r += 1
    # merged process cells (Fastighet rows 11-12, Gata/park rows 13-14)
    ws.merge_cells("B11:B12")
    ws.merge_cells("B13:B14")
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 8")
    ws.cell(r + 1, 1, "Tekniska förvaltningen 2026-01-29 / Lars Berg")
    fix_wb(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: SN, Word report with prose, legend, two tables with delår/helår text + symbol column
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def file_sn():
    fil = "SN Uppföljning internkontroll helår 2025.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Granbyn kommun\tSocialförvaltningen\tDnr SN 2025/112"
    d.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Bakgrund", style="Heading 2")
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 143). Planen omfattar nio "
        "kontrollmoment som har valts ut efter en risk- och väsentlighetsanalys. Uppföljning sker vid delår "
        "(januari–augusti) och helår.")
    d.add_paragraph("Sammanfattande bedömning", style="Heading 2")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Sex av nio kontrollmoment har genomförts, varav tre med avvikelser som redovisas nedan. "
        "Resultatet av loggkontrollen redovisas i separat bilaga.")
    d.add_paragraph("Teckenförklaring bedömning: ✓ = genomförd utan anmärkning, ! = genomförd med anmärkning, "
                    "○ = påbörjad/delvis genomförd, ✗ = ej genomförd, – = utgår.").runs[0].italic = True
    head = ["Process", "Kontrollmoment", "Metod/omfattning", "Resultat delår", "Resultat helår", "Bedömning"]
    blocks = [
        ("Individ- och familjeomsorg", [
            ("Ekonomiskt bistånd",
             "Kontroll av att utbetalningar av ekonomiskt bistånd grundas på beslut och är korrekt beräknade",
             "Stickprov 20 akter per tertial",
             "40 akter granskade, 1 felberäkning.",
             "60 akter granskade, totalt 2 felberäkningar.\nBeloppen har korrigerats och berörda handläggare har fått återkoppling.",
             "!", "GENOMFORD", "ja"),
            ("Orosanmälningar",
             "Kontroll av att förhandsbedömning görs inom 14 dagar",
             "Uttag ur verksamhetssystemet",
             "91 % inom tid.",
             "94 % inom tid. Ärenden utanför tid har analyserats, främst under semesterperioden.",
             "!", "GENOMFORD", "ja"),
            ("Placerade barn",
             "Kontroll av att vårdplan och genomförandeplan finns för samtliga placerade barn",
             "Genomgång av samtliga placeringar",
             "Påbörjad.",
             "Genomgång klar för HVB-placeringar. Familjehemsplaceringarna återstår.",
             "○", "DELVIS", ""),
            ("Hot och våld",
             "Handlingsplan vid hot och våld gås igenom på APT i samtliga verksamheter",
             "Kontroll av APT-protokoll",
             "Genomfört inom IFO.",
             "Genomfört i samtliga verksamheter. Inga brister.",
             "✓", "GENOMFORD", "nej"),
            ("Familjehem",
             "Kontroll av att utdrag ur belastnings- och misstankeregistret finns inför familjehemsplacering",
             "Stickprov 10 akter",
             "Ej påbörjad.",
             "",
             "✗", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi och administration", [
            ("Ekonomi",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor",
             "–",
             "30 fakturor granskade, inga avvikelser.",
             "✓", "GENOMFORD", "nej"),
            ("Informationssäkerhet",
             "Kontroll av loggar i journalsystemet avseende otillbörlig åtkomst",
             "Loggkontroll, slumpvis urval",
             "",
             "Se bilaga 1, Loggkontroll 2025.",
             "", "OKLAR", ""),
            ("Delegation",
             "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Jämförelse mellan verksamhetssystem och protokoll",
             "Genomförd, inga avvikelser.",
             "Genomförd, inga avvikelser.",
             "✓", "GENOMFORD", "nej"),
            ("Synpunkter och klagomål",
             "Kontroll av att synpunkter och klagomål besvaras inom tio arbetsdagar",
             "Uttag ur synpunktshanteringen",
             "",
             "Utgår – ingår från 2025 i kvalitetsberättelsen.",
             "–", "UTGAR", ""),
        ]),
    ]
    for title, rows in blocks:
        d.add_paragraph(title, style="Heading 2")
        t = d.add_table(rows=1, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for row in rows:
            cells = t.add_row().cells
            for i in range(6):
                set_cell(cells[i], row[i])
            exp(fil, "Socialnämnden", row[1], row[6], row[7])
    d.add_paragraph("")
    d.add_paragraph("Granbyn 2026-01-22")
    d.add_paragraph("Karin Sjöberg\nSocialchef")
    fix_doc(d)
    d.save(p(fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: VON, old .xls with T1/T2/T3 code columns and legend
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IK_2025_T3.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellf = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    codef = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    ws.write(0, 0, "Vård- och omsorgsförvaltningen", bold)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning tertial 3 (helår)", title)
    ws.write(2, 0, "Teckenförklaring: G = Genomförd utan avvikelse, GA = Genomförd med avvikelse, "
                   "P = Påbörjad, EP = Ej påbörjad, U = Utgår")
    head = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Kommentar T3"]
    for c, h in enumerate(head):
        ws.write(4, c, h, hdr)
    widths = [5, 18, 50, 26, 12, 20, 6, 6, 6, 50]
    for c, w in enumerate(widths):
        ws.col(c).width = 256 * w
    rows = [
        (1, "Hemtjänst", "Kontroll av att utförd tid i hemtjänsten överensstämmer med beviljad tid",
         "Stickprov 10 ärenden", "Tertialvis", "Enhetschef hemtjänst", "G", "GA", "GA",
         "Avvikelse i 2 av 10 ärenden – utförd tid överstiger beviljad. Biståndshandläggare informerade.",
         "GENOMFORD", "ja"),
        (2, "LSS", "Kontroll av att beslut om personlig assistans verkställs inom tre månader",
         "Uttag ur Lifecare", "Tertialvis", "Verksamhetschef LSS", "G", "G", "G", "",
         "GENOMFORD", "nej"),
        (3, "Hälso- och sjukvård", "Kontroll av att läkemedelsavvikelser utreds och åtgärdas",
         "Genomgång av avvikelserapporter", "Tertialvis", "MAS", "P", "P", "G",
         "Samtliga avvikelser utredda och åtgärdade.", "GENOMFORD", "nej"),
        (4, "Dokumentation", "Kontroll av att genomförandeplaner upprättas och följs upp minst var sjätte månad",
         "Journalgranskning 30 akter", "Årligen", "Kvalitetsutvecklare", "", "", "P",
         "Granskning pågår, klar februari 2026.", "DELVIS", ""),
        (5, "Avgifter", "Kontroll av att omsorgsavgifter debiteras enligt fattade beslut",
         "Stickprov 15 fakturor", "Tertialvis", "Avgiftshandläggare", "G", "G", "U",
         "Avgiftshandläggningen flyttad till kommunledningsförvaltningen från 1 september.", "UTGAR", ""),
        (6, "Bemanning", "Kontroll av att timanställda inte passerar gränsen för företrädesrätt enligt LAS",
         "Uttag ur lönesystemet", "Tertialvis", "HR-konsult", "EP", "EP", "EP",
         "Systemstöd saknas för uttaget.", "EJ_GENOMFORD", ""),
        (7, "Särskilt boende", "Kontroll av hanteringen av brukares privata medel på särskilt boende",
         "Oanmäld kontroll av kassor", "Halvårsvis", "Enhetschefer SÄBO", "", "GA", "G",
         "Inga differenser vid höstens kontroll.", "GENOMFORD", "nej"),
        (8, "Kvalitet", "Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO",
         "Genomgång av samtliga rapporter", "Löpande", "Kvalitetsutvecklare", "G", "G", "G", "",
         "GENOMFORD", "nej"),
        (9, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Årligen", "Controller", "", "", "G", "",
         "GENOMFORD", "nej"),
        (10, "Informationssäkerhet", "Kontroll av behörigheter i verksamhetssystemet Lifecare",
         "Behörighetsgenomgång", "Halvårsvis", "Systemförvaltare", "", "P", "P",
         "Klart för SÄBO, hemtjänsten återstår.", "DELVIS", ""),
    ]
    r = 5
    for row in rows:
        for c in range(10):
            ws.write(r, c, row[c], codef if c in (0, 6, 7, 8) else cellf)
        exp(fil, "Vård- och omsorgsnämnden", row[2], row[10], row[11])
        r += 1
    r += 1
    ws.write(r, 1, "Summering T3:", bold)
    ws.write(r, 2, "Genomförda 6 (varav 1 med avvikelse), påbörjade 2, ej påbörjade 1, utgår 1")
    ws.write(r + 1, 1, "Rapporteras till VON 2026-02-18")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: SBN, text-only Word report saved as .doc; förvaltning only in page header
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Uppföljning IKP 2025 helår.doc"
    tmp = "Uppföljning IKP 2025 helår.docx"
    d = docx.Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samhällsbyggnadsförvaltningen\tGranbyn kommun"
    fp = sec.footer.paragraphs[0]
    fp.text = "Tjänsteskrivelse 2026-01-28"
    d.add_heading("Uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Helårsrapport").runs[0].bold = True
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehöll sex kontrollmoment. Nedan redovisas för varje "
        "kontrollmoment vad som har kontrollerats, resultatet och förvaltningens bedömning. Två kontroller "
        "visar avvikelser som föranleder åtgärder.")
    items = [
        ("Handläggningstid bygglov",
         "Kontroll av att beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)",
         "Av 212 beslutade ärenden fattades 9 beslut efter tio veckor utan beslutad förlängning. "
         "Bygglovsavgiften har reducerats enligt plan- och bygglagen i dessa ärenden.",
         "Status: Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Taxor och avgifter",
         "Kontroll av att debitering av plan- och bygglovsavgifter sker enligt gällande taxa",
         "Stickprov om 25 fakturor jämfördes med taxan. Samtliga var korrekt debiterade.",
         "Status: Genomförd, inga avvikelser", "GENOMFORD", "nej"),
        ("Arrenden och markupplåtelser",
         "Kontroll av att arrende- och nyttjanderättsavtal indexregleras och faktureras",
         "Genomgång av 40 av 65 avtal. Två arrenden hade inte fakturerats sedan 2023; fakturering har skett i december.",
         "Status: Delvis genomförd", "DELVIS", "ja"),
        ("Delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Kontrollen har inte genomförts under 2025 på grund av vakanser i nämndadministrationen. "
         "Kontrollmomentet förs över till 2026 års plan.",
         None, "EJ_GENOMFORD", ""),
        ("Tillsyn",
         "Kontroll av att ärenden om olovligt byggande påbörjas inom fyra veckor från anmälan",
         "Uttag ur ärendesystemet är gjort, analysen pågår.",
         "Status: Pågår", "DELVIS", ""),
        ("Markförsäljning",
         "Kontroll av att försäljning av kommunal mark sker till marknadsvärde enligt riktlinjerna",
         "Ingen markförsäljning har skett under 2025.",
         "Status: Utgår", "UTGAR", ""),
    ]
    for i, (rubrik, km, res, status, st, ea) in enumerate(items, 1):
        d.add_heading(f"{i}. {rubrik}", level=2)
        par = d.add_paragraph()
        par.add_run("Kontrollmoment: ").bold = True
        par.add_run(km)
        par = d.add_paragraph()
        par.add_run("Resultat: ").bold = True
        par.add_run(res)
        if status:
            d.add_paragraph(status)
        exp(fil, "Samhällsbyggnadsnämnden", km, st, ea)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Nämnden godkänner uppföljningen av internkontrollplanen 2025 och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Per Holm\nSamhällsbyggnadschef")
    fix_doc(d)
    d.save(p(tmp))
    convert(tmp, "doc")
    os.remove(p(tmp))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7: KFN, tick columns, nämnd only in print header and file name
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN IK uppf helår 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    head = ["Område", "Kontrollmoment", "Kontrollmetod", "Genomförd", "Delvis", "Ej genomförd",
            "Avvikelse noterad", "Kommentar"]
    ws["D2"] = "Markera med x"
    ws.merge_cells("D2:G2")
    ws["D2"].alignment = Alignment(horizontal="center")
    ws["D2"].font = Font(italic=True)
    for c, h in enumerate(head, 1):
        cell = ws.cell(3, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGH", [16, 48, 28, 11, 9, 11, 11, 48]):
        ws.column_dimensions[col].width = w
    rows = [
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna och fattade beslut",
         "Stickprov 15 ansökningar", "x", "", "", "", "", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontroll av kontanthantering och dagskassor i simhallen och på biblioteket",
         "Oanmäld kassainventering två gånger", "x", "", "", "x",
         "Differens på 350 kr i simhallens kassa i maj. Rutinen för kassaavstämning har skärpts.",
         "GENOMFORD", "ja"),
        ("Avgifter", "Kontroll av att lokalbokningar faktureras enligt taxa",
         "Jämförelse bokningssystem – fakturor", "", "x", "", "",
         "Kontrollerat för sporthallarna utan fel. Skollokalerna har inte hunnits med.", "DELVIS", "nej"),
        ("Inventarier", "Inventering av konstsamlingen mot inventarieförteckningen",
         "Fysisk inventering", "x", "", "x", "", "", "OKLAR", ""),
        ("Avtal", "Kontroll av att avtal med externa arrangörer är undertecknade före evenemang",
         "Genomgång av avtal", "", "", "", "",
         "Utgår enligt beslut KFN 2025-03-12 § 18.", "UTGAR", ""),
        ("Personal", "Kontroll av att registerutdrag har begärts för ledare på fritidsgårdarna",
         "Stickprov", "", "", "x", "", "Ej hunnits med, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "x", "", "", "", "", "GENOMFORD", "nej"),
    ]
    r = 4
    for row in rows:
        for c in range(8):
            cell = ws.cell(r, c + 1, row[c] if row[c] != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 4 <= c + 1 <= 7 else None)
        exp(fil, "Kultur- och fritidsnämnden", row[1], row[8], row[9])
        r += 1
    ws.cell(r + 1, 1, "Uppföljningen behandlas av nämnden 2026-02-11.")
    ws.print_title_rows = "3:3"
    fix_wb(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 8 (reject): covering letter from Överförmyndarnämnden, no follow-up in it
# ---------------------------------------------------------------------------
def file_ofn_letter():
    fil = "Följebrev IK helår 2025 ÖFN.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Granbyn kommun\tÖverförmyndarnämnden"
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_paragraph("Datum: 2026-01-27")
    d.add_heading("Uppföljning av internkontrollplan 2025 – Överförmyndarnämnden", level=1)
    d.add_paragraph(
        "Hej! Överförmyndarnämndens uppföljning av internkontrollplanen för 2025 kommer att behandlas på "
        "nämndens sammanträde den 17 februari 2026. På grund av att granskningen av årsräkningarna pågår "
        "fram till mitten av februari kan vi inte lämna uppföljningen före den 31 januari.")
    d.add_paragraph(
        "Planen omfattar kontroll av arvoden till ställföreträdare, granskning av årsräkningar och "
        "kontroll av att lämplighetsprövning görs innan god man förordnas. Protokollsutdrag och uppföljning "
        "skickas till er direkt efter sammanträdet.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Eva Nord\nEnhetschef, överförmyndarenheten")
    fix_doc(d)
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def convert(name, fmt):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", HERE, p(name)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Granbyns Bostads AB", "GBAB|Granbyns Bostäder|Granbyn Bostäder AB"),
]


def write_csv(name, header, rows):
    with open(p(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    file_ks()
    file_bun()
    file_tn()
    file_sn()
    file_von()
    file_sbn()
    file_kfn()
    file_ofn_letter()
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
