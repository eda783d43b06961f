#!/usr/bin/python3
"""Blind round r415 - Tärnaby kommun, helårsuppföljning 2025 (flera perioder/år sida vid sida)."""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round415"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS_internkontroll_2025_helar.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["C2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"
    ws["C3"] = "Helår 2025 (tertial 1–3)"
    ws["A4"] = "Status anges med: Genomförd / Genomförd med anmärkning / Pågår / Delvis genomförd / Ej påbörjad / Ej genomförd / Utgår"
    ws["A4"].font = Font(italic=True, size=9)
    # two-level header
    ws["A6"], ws["B6"], ws["C6"], ws["D6"] = "Nr", "Process", "Kontrollmoment", "Ansvarig"
    for col, lab in ((5, "Tertial 1 (jan–apr)"), (7, "Tertial 2 (maj–aug)"), (9, "Tertial 3 / helår")):
        ws.cell(6, col, lab)
        ws.merge_cells(start_row=6, start_column=col, end_row=6, end_column=col + 1)
        ws.cell(7, col, "Status")
        ws.cell(7, col + 1, "Kommentar")
    for c in range(1, 5):
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    for r in (6, 7):
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BORDER

    rows = [
        ("H", "1. Ekonomi"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Stickprov 20 fakturor, inga avvikelser.",
         "Genomförd", "Stickprov 20 fakturor. 1 faktura saknade beslutsattest.",
         "Genomförd", "Stickprov 20 fakturor, inga avvikelser. Under året totalt 1 avvikelse (T2), åtgärdad.",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll att representation redovisas med syfte och deltagare", "Controller",
         "", "",
         "Pågår", "Första stickprovet gjort i juni.",
         "Genomförd med anmärkning", "3 av 15 underlag saknade deltagarförteckning. Påminnelse skickad till chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Redovisningsekonom",
         "Genomförd", "Samtliga konton avstämda april.",
         "Genomförd", "Samtliga konton avstämda augusti, inga avvikelser.",
         "", "",
         "GENOMFORD", "nej"),
        ("H", "2. Personal"),
        ("2.1", "Personal", "Kontroll att anställningsavtal finns undertecknade innan tillträde", "HR-chef",
         "Ej påbörjad", "",
         "Pågår", "",
         "Delvis genomförd", "Kontroll gjord för kommunledningsförvaltningen, ej för kommunens växel och kontaktcenter.",
         "DELVIS", ""),
        ("2.2", "Personal", "Uppföljning av sjukfrånvaro och pågående rehabiliteringsärenden", "HR-chef",
         "Genomförd", "", "Genomförd", "", "Genomförd", "Inga avvikelser, samtliga ärenden har rehabplan.",
         "GENOMFORD", "nej"),
        ("H", "3. IT och informationssäkerhet"),
        ("3.1", "IT", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", "IT-samordnare",
         "", "", "", "",
         "Ej genomförd", "Flyttad till 2026 på grund av byte av ekonomisystem.",
         "EJ_GENOMFORD", ""),
        ("3.2", "IT", "Kontroll av att säkerhetskopiering av servrar fungerar (återläsningstest)", "IT-samordnare",
         "–", "",
         "Genomförd", "Återläsningstest juni OK.",
         "Genomförd", "Återläsningstest november OK.",
         "GENOMFORD", "nej"),
        ("H", "4. Upphandling och inköp"),
        ("4.1", "Upphandling", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlare",
         "", "", "", "",
         "Utgår", "Utgår enligt KS beslut 2025-06-10 § 88, ingår i den regionala granskningen av avtalstrohet.",
         "UTGAR", ""),
        ("4.2", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlare",
         "Genomförd", "Inga direktupphandlingar över gränsen under perioden.",
         "Genomförd", "",
         "Se bilaga 2", "",
         "OKLAR", ""),
        ("4.3", "Upphandling", "Kontroll att leverantörer är registrerade för F-skatt", "Upphandlare",
         "", "", "", "", "", "",
         "SAKNAS", ""),
        ("H", "5. Styrning och ledning"),
        ("5.1", "Styrning", "Delegationsbeslut anmäls till kommunstyrelsen", "Nämndsekreterare",
         "Genomförd", "", "Genomförd", "",
         "Pågår", "Decemberbesluten anmäls vid sammanträdet i februari 2026.",
         "DELVIS", ""),
    ]
    r = 8
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            for c, v in enumerate(row[:10], start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av ekonomiavdelningen 2026-01-15. Behandlas av kommunstyrelsen 2026-02-03.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", (6, 14, 48, 18, 14, 30, 14, 30, 18, 40)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E8"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. BUN docx
def set_cell(cell, text, bold=False, size=9, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def file_bun():
    fil = "BUN uppföljning IK 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). "
        "I tabellen nedan redovisas resultatet vid delårsuppföljningen (januari–augusti) och vid helår. "
        "Kommentaren avser helårsuppföljningen om inget annat anges.")
    rows = [
        ("1", "Skolplikt", "Kontroll av att ogiltig frånvaro anmäls till rektor och hemkommun",
         "●", "●", "Rutinen följs. 12 ärenden under året, samtliga anmälda i tid.", "GENOMFORD", "nej"),
        ("2", "Kränkande behandling", "Anmälan om kränkande behandling når huvudmannen inom fem arbetsdagar",
         "◐", "●", "4 av 31 anmälningar inkom efter mer än fem dagar. Påminnelse till rektorerna på ledningsgrupp i oktober.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "●", "●", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "○", "◐", "Granskning av höstterminens beslut pågår och redovisas i februari 2026.", "DELVIS", ""),
        ("5", "Personal", "Utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "●", "", "Kontrollen genomfördes under våren i samband med sommarrekryteringen, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("6", "Förskola", "Kontroll av barngruppernas storlek och personaltäthet vid mätdatum 15 oktober",
         "", "○", "Mätningen gjordes inte på grund av vakant controllertjänst.", "EJ_GENOMFORD", ""),
        ("7", "Elevhälsa", "Loggkontroll i elevhälsans journalsystem (medicinska insatsen)",
         "", "", "", "SAKNAS", ""),
        ("8", "Måltider", "Egenkontroll av livsmedelshantering i skolköken",
         "●", "Utgår", "Ansvaret för kostenheten flyttades till tekniska nämnden från 1 september 2025.",
         "UTGAR", ""),
        ("9", "Gymnasieskola", "Interkommunala ersättningar faktureras och betalas enligt avtal",
         "◐", "●", "Avstämning mot riksprislistan gjord. Två felaktiga fakturor från Storumans kommun har krediterats.",
         "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(("Nr", "Kontrollområde", "Kontrollmoment", "Delår\n(jan–aug)", "Helår", "Kommentar helår")):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for c in range(6):
            set_cell(cells[c], row[c], center=c in (3, 4))
        exp(fil, N, row[2], row[6], row[7])
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = delvis genomförd/pågår   ○ = ej genomförd. "
                    "Kontroller som utgått anges i klartext.").runs[0].font.size = Pt(8)
    d.add_heading("Sammanfattande bedömning", level=3)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
                    "Kontrollen av personaltäthet i förskolan och loggkontrollen i elevhälsan förs över till planen för 2026.")
    d.add_paragraph("Tärnaby 2026-01-20\n\nAnna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. SN xlsx with fills
def file_sn():
    fil = "Socialnämnden_IKP_2024_2025.xlsx"
    N = "Socialnämnden"
    GREEN, YELLOW, ORANGE, RED, GREY = "92D050", "FFFF00", "FFC000", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, helårsuppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Kolumnen Helår 2024 visar föregående års utfall för jämförelse."
    ws["A2"].font = Font(italic=True, size=9)
    # legend on the right
    ws["K1"] = "Färgförklaring"
    ws["K1"].font = Font(bold=True)
    for i, (col, txt) in enumerate(((GREEN, "Genomförd, inga avvikelser"), (YELLOW, "Genomförd med avvikelse"),
                                    (ORANGE, "Pågår / delvis genomförd"), (RED, "Ej genomförd"),
                                    (GREY, "Utgår"))):
        ws.cell(2 + i, 11).fill = PatternFill("solid", fgColor=col)
        ws.cell(2 + i, 11).border = BORDER
        ws.cell(2 + i, 12, txt)
    hdr = ["Process", "Risk", "Kontrollmoment", "Riskvärde", "Helår 2024", "Delår 2025", "Helår 2025",
           "Kommentar 2025", "Ansvarig"]
    HR = 8
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av att utbetalning av ekonomiskt bistånd grundar sig på beslut (stickprov 20 akter per halvår)",
         12, GREEN, GREEN, YELLOW, "",
         "2 av 40 akter saknade underskrivet beslut. Utbetalningarna var korrekta i sak.", "Enhetschef IFO",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Orosanmälningar hanteras inte inom lagstadgad tid",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         16, RED, ORANGE, GREEN, "", "Samtliga förhandsbedömningar under andra halvåret gjorda inom 14 dagar.",
         "Enhetschef IFO", "GENOMFORD", "nej"),
        ("Hemtjänst", "Beviljad tid stämmer inte med utförd tid",
         "Jämförelse mellan beviljad och utförd hemtjänsttid i planeringssystemet",
         9, GREEN, None, ORANGE, "",
         "Jämförelse gjord för hemtjänstgruppen i Tärnaby, Hemavan återstår.", "Verksamhetschef äldreomsorg",
         "DELVIS", ""),
        ("LSS", "Felaktiga avgifter",
         "Avgiftsbeslut för boende enligt LSS är uppdaterade med aktuellt förbehållsbelopp",
         6, None, None, RED, "", "Ej genomförd, prioriterades bort på grund av hög arbetsbelastning hos avgiftshandläggaren.",
         "Avgiftshandläggare", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Obehörig åtkomst till journaler",
         "Logguppföljning i verksamhetssystemet för socialtjänsten",
         12, YELLOW, GREEN, None, "", "", "Systemförvaltare", "GENOMFORD", "nej"),
        ("Personal", "Bristande kompetens hos vikarier",
         "Vikarier inom äldreomsorgen har genomgått introduktion innan första arbetspass",
         8, GREEN, None, None, "", "", "Verksamhetschef äldreomsorg", "SAKNAS", ""),
        ("Inköp", "Köp utanför avtal",
         "Inköp av förbrukningsmaterial sker från avtalad leverantör",
         4, ORANGE, GREY, GREY, "", "Utgår – ingår i kommunstyrelsens kontroll av avtalstrohet.",
         "Förvaltningsekonom", "UTGAR", ""),
        ("Kvalitet", "Missförhållanden åtgärdas inte",
         "Rapporter enligt lex Sarah utreds och avslutas inom två månader",
         12, GREEN, GREEN, GREEN, "", "7 rapporter under året, samtliga utredda och avslutade inom tid.",
         "Kvalitetsutvecklare", "GENOMFORD", "nej"),
        ("Särskilt boende", "Förskingring av brukares medel",
         "Kontroll av hantering av brukares kontanta medel på Fjällgården",
         9, YELLOW, GREEN, GREEN, "Se kommentar",
         "Inventering i maj och november. Kassaböcker och kvitton stämde.", "Enhetschef Fjällgården",
         "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], None, None, None, row[8], row[9]]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BORDER
        for c, colr in ((5, row[4]), (6, row[5]), (7, row[6])):
            if colr:
                ws.cell(r, c).fill = PatternFill("solid", fgColor=colr)
        if row[7]:
            ws.cell(r, 7, row[7])
        exp(fil, N, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av socialnämnden 2026-01-28 § 7").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJKL", (18, 26, 46, 9, 11, 11, 11, 48, 22, 2, 6, 26)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tärnaby kommun – Socialförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. BMN ods
def file_bmn():
    fil = "BMN IK-uppföljning 2025 T3.ods"
    N = "Bygg- och miljönämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #808080"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top", border="0.5pt solid #808080"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(title)
    doc.automaticstyles.addElement(wrap)
    widths = ["3.5cm", "8cm", "4.5cm", "1.6cm", "1.6cm", "1.6cm", "9cm"]
    tbl = Table(name="Uppföljning 2025")
    for i, w in enumerate(widths):
        st = Style(name="co%d" % i, family="table-column")
        st.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(st)
        tbl.addElement(TableColumn(stylename=st))

    def row(values, style=None):
        tr = TableRow()
        for v in values:
            tc = TableCell(stylename=style) if style else TableCell()
            if v is not None and v != "":
                if isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v, stylename=style) if style else TableCell(valuetype="float", value=v)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        tbl.addElement(tr)

    row(["Miljö- och byggförvaltningen"], title)
    row(["Internkontroll 2025 – uppföljning per tertial"])
    row([])
    row(["Statuskoder: G = genomförd   GA = genomförd med avvikelse   P = pågår   E = ej genomförd   U = utgår"])
    row([])
    row(["Kontrollområde", "Kontrollmoment", "Metod", "T1", "T2", "T3", "Kommentar"], bold)
    data = [
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL", "Uttag ur ärendesystemet, samtliga beslut",
         "G", "GA", "GA", "3 ärenden överskred tio veckor (T2: 2, T3: 1). Avgiften reducerad enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Startbesked har getts innan byggnation påbörjats", "Stickprov 10 ärenden",
         "", "P", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Tillsyn", "Planerad livsmedelskontroll genomförs enligt kontrollplanen", "Avstämning mot kontrollplan",
         "P", "P", "P", "82 % av planerade kontroller genomförda. Resterande flyttas till första kvartalet 2026.",
         "DELVIS", ""),
        ("Tillsyn", "Debitering av årlig tillsynsavgift enligt miljöbalken", "Avstämning register mot fakturering",
         "G", "", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor per tertial",
         "G", "G", "E", "Stickprovet för T3 utfördes inte på grund av sjukdom.", "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar inom två arbetsdagar", "Stickprov",
         "U", "U", "U", "Utgår – ersatt av e-arkivprojektet.", "UTGAR", ""),
        ("Kart och mät", "Fakturering av nybyggnadskartor och utstakning", "Avstämning mot ärendelista",
         "", "", "", "", "SAKNAS", ""),
        ("Tillsyn", "Uppföljning av förelägganden om enskilda avlopp", "Genomgång av avloppsregistret",
         "E", "P", "GA", "Genomgång klar. 6 förelägganden saknade uppföljning, återbesök bokade under våren 2026.",
         "GENOMFORD", "ja"),
    ]
    for dd in data:
        row(list(dd[:7]), wrap)
        exp(fil, N, dd[1], dd[7], dd[8])
    row([])
    row(["Rapporten behandlas av bygg- och miljönämnden 2026-02-11."])
    doc.spreadsheet.addElement(tbl)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 5. Stratsys CSV (KFN + TN)
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025.csv"
    KFN, TN = "Kultur- och fritidsnämnden", "Tekniska nämnden"
    hdr = ["Enhet", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    P1, P2, P3 = "2025 Tertial 1", "2025 Tertial 2", "2025 Helår"
    rows = []
    ctrls = [
        (KFN, "Föreningsstöd", "Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Fritidskonsulent",
         [(P1, "Genomförd", "Vårens aktivitetsbidrag kontrollerade."), (P2, "Pågående", ""),
          (P3, "Genomförd", "Höstens utbetalningar stämda mot ansökningar, inga avvikelser.")], "GENOMFORD", "nej"),
        (KFN, "Lokaluthyrning", "Fakturering av uthyrning av sporthallen och Folkets hus", "Bokningsansvarig",
         [(P1, "Genomförd med avvikelse", "Två bokningar hade inte fakturerats; fakturerade i maj."),
          (P2, "Genomförd", "Inga avvikelser."),
          (P3, "", "Kontroll gjord i december, samtliga bokningar är fakturerade.")], "GENOMFORD", "nej"),
        (KFN, "Bibliotek", "Inventering av mediebeståndet på huvudbiblioteket", "Bibliotekschef",
         [(P1, "Ej påbörjad", ""), (P2, "Ej påbörjad", ""),
          (P3, "Avbruten", "Avbruten genom beslut i kultur- och fritidsnämnden 2025-09-18 § 41.")], "UTGAR", ""),
        (KFN, "Kontanthantering", "Kontroll av dagskassor i simhallen och på turistbyrån", "Enhetschef fritid",
         [(P1, "Genomförd", ""), (P2, "Genomförd", ""),
          (P3, "Genomförd med avvikelse", "Kassadifferens 1 250 kr i juli; anmäld till polis. Rutinen för dubbelkontroll skärpt.")],
         "GENOMFORD", "ja"),
        (KFN, "Lotterier", "Kontroll av redovisning från registrerade lotterier", "Lotteriinspektör",
         [(P3, "Ej påbörjad", "")], "EJ_GENOMFORD", ""),
        (TN, "Fastighet", "Lagstadgade besiktningar (hiss, OVK, brandlarm) är utförda i kommunens fastigheter",
         "Fastighetschef",
         [(P1, "Pågående", ""), (P2, "Pågående", "Hissbesiktningar klara."),
          (P3, "Pågående", "OVK återstår på Fjällgården och Tärnaby skola, beställd till mars 2026.")], "DELVIS", ""),
        (TN, "VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         [(P1, "Genomförd", ""), (P2, "Genomförd", ""),
          (P3, "Genomförd", "Samtliga prover utan anmärkning.")], "GENOMFORD", "nej"),
        (TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         [(P1, "Genomförd", ""), (P2, "Genomförd med avvikelse", "1 faktura attesterad av fel person."),
          (P3, "Genomförd", "Stickprov 15 fakturor. Under året totalt 1 avvikelse (T2); rutinen har förtydligats.")],
         "GENOMFORD", "ja"),
        (TN, "Avfall", "Vägning och debitering av slamtömning överensstämmer", "Renhållningsansvarig",
         [(P1, "", ""), (P2, "", ""), (P3, "", "")], "SAKNAS", ""),
        (TN, "Gata", "Vinterväghållning utförs enligt avtal med entreprenör (stickprov)", "Gatuchef",
         [(P1, "Genomförd", "Stickprov februari."),
          (P3, "Genomförd", "Stickprov december: plogning utförd inom avtalad tid.")], "GENOMFORD", "nej"),
        (TN, "Kost", "Egenkontroll av livsmedelshantering i skolköken", "Kostchef",
         [(P3, "Pågående", "Övertaget från barn- och utbildningsnämnden 1 september. Egenkontroll gjord i Tärnaby skola, Hemavan återstår.")],
         "DELVIS", ""),
    ]
    for enhet, proc, km, ans, periods, st, av in ctrls:
        for per, status, kom in periods:
            rows.append([enhet, "Internkontrollplan 2025", proc, km, ans, per, status, kom])
        exp(fil, enhet, km, st, av)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. Bostadsbolaget xls (tick columns)
def file_tbab():
    fil = "Tärnaby Bostäder AB - intern kontroll 2025.xls"
    N = "Tärnaby Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Intern kontroll 2025")
    b = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour light_yellow")
    t = xlwt.easyxf("font: bold on, height 280")
    n = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    c = xlwt.easyxf("align: horiz centre, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Tärnaby Bostäder AB", t)
    ws.write(1, 0, "Uppföljning intern kontroll 2025 – rapport till styrelsen och kommunstyrelsen")
    ws.write(2, 0, "Markera med x i den kolumn som gäller.")
    ws.write_merge(4, 5, 0, 0, "Kontrollmoment", b)
    ws.write_merge(4, 5, 1, 1, "Ansvarig", b)
    ws.write_merge(4, 4, 2, 4, "Delår 2025 (jan–aug)", b)
    ws.write_merge(4, 4, 5, 7, "Helår 2025", b)
    ws.write_merge(4, 5, 8, 8, "Kommentar", b)
    for i, h in enumerate(("Genomförd", "Delvis", "Ej genomförd") * 2):
        ws.write(5, 2 + i, h, b)
    rows = [
        ("Hyreshöjningar för 2025 är korrekt inlagda i hyressystemet", "Ekonomichef",
         "x", "", "", "x", "", "", "Stickprov 30 kontrakt, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Lägenheter fördelas enligt uthyrningspolicyn", "Uthyrare",
         "", "x", "", "x", "", "", "Två lägenheter hyrdes ut utan att kötiden följdes. Rutinen förtydligad.",
         "GENOMFORD", "ja"),
        ("Uppföljning av hyresfordringar och inkassoärenden", "Ekonomichef",
         "x", "", "", "x", "", "", "", "GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "VD",
         "x", "", "", "x", "", "x", "", "OKLAR", ""),
        ("Systematiskt brandskyddsarbete (SBA) i flerbostadshus", "Fastighetsförvaltare",
         "", "", "x", "", "x", "", "Genomfört i Tärnaby, ej i Hemavan.", "DELVIS", ""),
        ("Avtal om snöröjning följs av entreprenör", "Fastighetsförvaltare",
         "", "", "", "", "", "", "Ej aktuellt 2025 – snöröjningen utförs i egen regi sedan januari.", "UTGAR", ""),
        ("Energiuppföljning per fastighet", "Drifttekniker",
         "", "", "", "", "", "x", "Mätarbytet försenat, uppföljning kunde inte göras.", "EJ_GENOMFORD", ""),
    ]
    for i, rw in enumerate(rows):
        r = 6 + i
        ws.write(r, 0, rw[0], n)
        ws.write(r, 1, rw[1], n)
        for k in range(6):
            ws.write(r, 2 + k, rw[2 + k], c)
        ws.write(r, 8, rw[8], n)
        exp(fil, N, rw[0], rw[9], rw[10])
    ws.write(6 + len(rows) + 1, 0, "Hemavan 2026-01-26   Per Ottosson, VD")
    for col, w in enumerate((48, 18, 11, 9, 11, 11, 9, 11, 50)):
        ws.col(col).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Räddningsnämnden .doc (nämnd only in header)
def file_rn(tmp):
    fil = "IK uppföljning 2025 T3.doc"
    N = "Räddningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tärnaby kommun\tRäddningsnämnden\tDnr RN 2025/14"
    d.add_heading("Uppföljning internkontroll 2025", level=1)
    d.add_paragraph("Helårsrapport. Varje kolumn visar status och kommentar för respektive tertial. "
                    "Tom ruta = ingen rapportering för tertialet.")
    rows = [
        ("Tillsynsbesök enligt LSO genomförs enligt tillsynsplanen",
         "Pågår\n8 av 30 tillsyner gjorda.", "Pågår\n19 av 30.", "Genomförd\n30 av 30 tillsyner utförda.",
         "GENOMFORD", "nej"),
        ("Räddningspersonalens övningstimmar dokumenteras",
         "Genomförd", "Genomförd", "Genomförd med avvikelse\nDeltidsstyrkan i Hemavan når inte 50 övningstimmar per person.",
         "GENOMFORD", "ja"),
        ("Avgifter för onödiga automatlarm faktureras",
         "", "", "Ej genomförd\nFlyttas till planen för 2026.", "EJ_GENOMFORD", ""),
        ("Egenkontroll av andningsskydd och personlig skyddsutrustning",
         "Genomförd", "Genomförd\nInga brister.", "", "GENOMFORD", "nej"),
        ("Sotning och brandskyddskontroll utförs enligt fastställda frister",
         "", "Utgår\nAnsvaret för sotningsverksamheten har överförts till kommunstyrelsen.", "", "UTGAR", ""),
        ("Ersättning till deltidsbrandmän stäms av mot larmrapporter",
         "Se bilaga", "", "Delvis\nAvstämning gjord för januari–oktober.", "DELVIS", ""),
        ("Olycksrapporter registreras i MSB:s system (IDA) inom en månad",
         "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Kontrollmoment", "Tertial 1", "Tertial 2", "Tertial 3")):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for rw in rows:
        cells = t.add_row().cells
        for i in range(4):
            set_cell(cells[i], rw[i], size=10)
        exp(fil, N, rw[0], rw[4], rw[5])
    d.add_paragraph("")
    d.add_paragraph("Räddningschef Lars Jonsson, 2026-01-19")
    src = os.path.join(tmp, "IK uppföljning 2025 T3.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. rejected: covering letter
def file_missiv():
    fil = "Missiv helårsuppföljning internkontroll 2025.docx"
    d = docx.Document()
    d.add_paragraph("Tärnaby kommun\nBarn- och utbildningsförvaltningen\n2026-01-21")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Missiv – helårsuppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph(
        "Hej! Bifogat finns barn- och utbildningsnämndens helårsuppföljning av internkontrollplanen för 2025. "
        "Uppföljningen behandlades av nämnden den 18 februari 2026 och protokollsutdrag skickas när protokollet är justerat.")
    d.add_paragraph(
        "Som framgår av uppföljningen har två kontroller inte kunnat genomföras fullt ut under året. "
        "Förvaltningen föreslår att de förs över till planen för 2026. Hör av er om ni behöver något mer "
        "inför sammanställningen till kommunstyrelsen.")
    d.add_paragraph("Med vänlig hälsning\nAnna Lindqvist\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen|Bygg- och miljöförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Räddningsnämnden", "RN|Räddningstjänsten|Tärnaby räddningstjänst"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Tärnaby Bostäder AB", "TBAB|Bostadsbolaget|Tärnaby Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r415_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_bmn()
        file_stratsys()
        file_tbab()
        file_rn(tmp)
        file_missiv()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
