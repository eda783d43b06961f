#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 129 – Västerfjälls kommun, helår 2025: a typical inbox.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties, TableProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF", "Kommunledningskontoret"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC", "Individ- och familjeomsorgen"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "Äldre- och omsorgsförvaltningen"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF", "Utbildningsförvaltningen"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "Kultur & fritid"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF"]),
    ("Miljö- och hälsoskyddsnämnden", ["MHN", "Miljö- och hälsoskyddskontoret", "Miljökontoret"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
    ("Valnämnden", ["VN"]),
    ("Västerfjällsbostäder AB", ["VFAB", "Västerfjälls Bostäder", "Västerfjällsbostäder", "Bostadsbolaget"]),
]


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen – xlsx, one sheet per tertial
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_IKP_2025_T1-T3.xlsx"
    namnd = "Kommunstyrelsen"
    # nr, process, riskvärde(hidden), kontrollmoment, metod, ansvarig,
    # (T1, T2, T3) status, (T1, T2, T3) kommentar, expected status, avvikelse
    rows = [
        ("1", "Ekonomi – leverantörsfakturor", 12,
         "Attest av leverantörsfakturor sker enligt attestordningen",
         "Stickprov 20 fakturor per tertial i Raindance", "Redovisningschef",
         ("Genomförd", "Genomförd", "Genomförd med anmärkning"),
         ("Inga avvikelser.", "Inga avvikelser.",
          "2 av 20 fakturor saknade beslutsattest. Berörda chefer informerade."),
         "GENOMFORD", "ja"),
        ("2", "Ärendehantering", 9,
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av delegationslistor mot diariet, två månader per tertial", "Kanslichef",
         ("Genomförd", "Genomförd", "Genomförd"),
         ("", "", "Samtliga beslut i stickprovet anmälda."),
         "GENOMFORD", "nej"),
        ("3", "Ekonomi – representation", 8,
         "Representationsfakturor har angivet syfte och deltagarförteckning",
         "Samtliga fakturor konto 7631–7632 granskas vid helår", "Controller",
         ("Ej påbörjad", "Ej påbörjad", "Ej genomförd"),
         ("Görs vid helår.", "Görs vid helår.",
          "Kontrollen har inte hunnit genomföras p.g.a. vakans på controllertjänsten."),
         "EJ_GENOMFORD", "nej"),
        ("4", "IT och informationssäkerhet", 12,
         "Årlig genomgång av behörigheter i ekonomi- och lönesystem",
         "Systemförvaltare tar ut behörighetslista, chefer bekräftar", "IT-chef",
         ("Ej påbörjad", "Ej påbörjad", "Pågår"),
         ("", "", "Genomgång påbörjad i november, beräknas klar februari 2026."),
         "DELVIS", "nej"),
        ("5", "Upphandling", 16,
         "Avtalstrohet – inköp inom de tre största kategorierna sker hos avtalad leverantör",
         "Leverantörsreskontra jämförs mot avtalskatalogen", "Upphandlingschef",
         ("Ej påbörjad", "Pågår", ""),
         ("", "Uttag gjort, analys pågår.",
          "Kontrollen genomförd i oktober. Avtalstrohet 87 %. Köp av konsulttjänster utanför avtal "
          "har rapporterats till upphandlingsenheten."),
         "GENOMFORD", "ja"),
        ("6", "Personal och lön", 12,
         "Avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Avstämning av avgångslista mot utbetalningar, månadsvis stickprov", "HR-chef",
         ("Genomförd", "Genomförd", "Genomförd"),
         ("", "", "Inga felaktiga utbetalningar har upptäckts."),
         "GENOMFORD", "nej"),
        ("7", "Dataskydd", 6,
         "Förteckning över personuppgiftsbehandlingar är uppdaterad (GDPR art. 30)",
         "Dataskyddssamordnare går igenom förteckningen", "Dataskyddssamordnare",
         ("Ej påbörjad", "Utgår", "Utgår"),
         ("", "Utgår enligt beslut KS 2025-06-11 § 98.",
          "Utgår enligt beslut KS 2025-06-11 § 98, ersätts av kommungemensam granskning 2026."),
         "UTGAR", "nej"),
        ("8", "Kontanthantering", 4,
         "Inventering av handkassor och växelkassor",
         "Oanmäld inventering av samtliga handkassor", "Ekonomichef",
         ("Ej påbörjad", "Ej påbörjad", "Ej påbörjad"),
         ("", "", "Prioriterades bort under året."),
         "EJ_GENOMFORD", "nej"),
        ("9", "Krisberedskap", 9,
         "Kontinuitetsplaner finns för samhällsviktig verksamhet inom förvaltningen",
         "Säkerhetssamordnare begär in planer från avdelningarna", "Säkerhetssamordnare",
         ("Pågår", "Pågår", "Delvis genomförd"),
         ("", "", "4 av 6 avdelningar har fastställda planer. Två planer saknas fortfarande."),
         "DELVIS", "ja"),
    ]
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Anvisning"
    ws0["A1"] = "Anvisning för uppföljning av internkontrollplan"
    ws0["A1"].font = Font(bold=True, size=14)
    instr = [
        "Fyll i kolumnen Utfall för varje kontrollmoment vid varje tertial.",
        "Använd något av: Genomförd / Genomförd med anmärkning / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår.",
        "Vid avvikelse ska kommentar och åtgärd alltid anges.",
        "Exempel: 'Kontroll av X' – Utfall: Genomförd – Kommentar: Inga avvikelser.",
        "Fliken för tertial 3 utgör samtidigt helårsuppföljningen till verksamhetsberättelsen.",
    ]
    for i, t in enumerate(instr, start=3):
        ws0.cell(row=i, column=1, value=t)
    ws0.column_dimensions["A"].width = 110

    periods = [("T1 2025", "Tertial 1 (januari–april) 2025"),
               ("T2 2025", "Tertial 2 (maj–augusti) 2025"),
               ("T3 helår 2025", "Tertial 3 / helår (januari–december) 2025")]
    hdr = ["Nr", "Process", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "Utfall", "Kommentar / åtgärd"]
    widths = [5, 24, 9, 48, 40, 20, 22, 60]
    for pi, (sheetname, ptext) in enumerate(periods):
        ws = wb.create_sheet(sheetname)
        ws.merge_cells("A1:H1")
        ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Period:"
        ws["B2"] = ptext
        ws["A3"] = "Förvaltning:"
        ws["B3"] = "Kommunledningsförvaltningen"
        ws["A2"].font = ws["A3"].font = Font(bold=True)
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78")
            cell.border = BORDER
            cell.alignment = WRAP
        r = 6
        for row in rows:
            vals = [row[0], row[1], row[2], row[3], row[4], row[5], row[6][pi], row[7][pi]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.border = BORDER
                cell.alignment = WRAP
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Godkänd av kommundirektör Per Wallin")
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.column_dimensions["C"].hidden = True
        ws.freeze_panes = "A6"
    wb.active = 3
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    for row in rows:
        exp(fil, namnd, row[3], row[8], row[9])


# ---------------------------------------------------------------------------
# File 2: Socialnämnden – docx, Delår:/Helår: free text in result cells
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontroll helår 2025.docx"
    namnd = "Socialnämnden"
    # kontrollpunkt, nr, metod, resultat-lines, expected, avv
    rows = [
        ("1. Hot och våld", "1a",
         "Uppdatera handlingsplan mot hot och våld i samråd med säkerhetssamordnaren",
         ["Delår: Handlingsplanen är uppdaterad och fastställd av förvaltningens ledningsgrupp i maj."],
         "GENOMFORD", "nej"),
        ("1. Hot och våld", "1b",
         "Ta upp handlingsplanen på APT i samtliga verksamheter inom förvaltningen",
         ["Delår: Påbörjat.", "Helår: IFO klart, LSS-verksamheten ej klart."],
         "DELVIS", "nej"),
        ("2. Felaktiga utbetalningar", "2",
         "Stickprov 15 akter per tertial inom ekonomiskt bistånd: beslut och utbetalning överensstämmer",
         ["Delår: 30 akter kontrollerade, inga avvikelser.",
          "Helår: Totalt 45 akter. En dubbelutbetalning (4 200 kr) upptäcktes i oktober och har återkrävts."],
         "GENOMFORD", "ja"),
        ("3. LSS-beslut", "3",
         "Kontroll att gynnande beslut enligt LSS verkställs inom tre månader, annars rapport till IVO",
         ["Helår: Kontrollen är genomförd. Två beslut om bostad med särskild service har inte verkställts "
          "inom tre månader; båda har rapporterats till IVO inom föreskriven tid."],
         "GENOMFORD", "ja"),
        ("4. Otillbörlig åtkomst", "4a",
         "Loggkontroll i verksamhetssystemet, 10 slumpvis valda ärenden per månad",
         ["Delår: Ingen strukturerad loggkontroll har gjorts.",
          "Helår: Loggkontroll har inte genomförts under året. Rutinen ses över inför 2026."],
         "EJ_GENOMFORD", "nej"),
        ("4. Otillbörlig åtkomst", "4b",
         "Upprätta rutin för beställning och borttag av behörigheter i verksamhetssystemet",
         ["Helår: Se bilaga 3."],
         "OKLAR", "nej"),
        ("5. Placeringar", "5",
         "Externa placeringar (HVB, familjehem via konsulentverksamhet) görs hos avtalad leverantör",
         ["Delår: 12 av 14 placeringar hos ramavtalsleverantör, två direktupphandlade p.g.a. akut behov.",
          "Helår: Samtliga placeringar under hösten har gjorts hos avtalad leverantör."],
         "GENOMFORD", "ja"),
        ("6. Synpunkter och klagomål", "6",
         "Klagomål diarieförs och besvaras inom 14 dagar",
         [],
         "SAKNAS", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = d.add_paragraph("Socialförvaltningen")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("Dnr SN 2025/0042")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Uppföljning av plan för intern kontroll 2025", level=1)
    d.add_paragraph(
        "Socialnämnden antog i december 2024 en plan för intern kontroll för 2025. Planen följs upp vid "
        "delåret per 31 augusti och vid helåret. I tabellen nedan redovisas resultatet av genomförda "
        "kontroller. Resultat vid delåret har behållits och kompletterats med helårets resultat.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    h = t.rows[0].cells
    for c, txt in zip(h, ["Kontrollpunkt", "Nr", "Metod", "Resultat"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
    prev = None
    first_cell = None
    for kp, nr, metod, res, _, _ in rows:
        cells = t.add_row().cells
        if kp != prev:
            cells[0].text = kp
            first_cell = cells[0]
            prev = kp
        else:
            merged = first_cell.merge(cells[0])
            first_cell = merged
        cells[1].text = nr
        cells[2].text = metod
        cells[3].text = ""
        para = cells[3].paragraphs[0]
        r = para.add_run(f"{nr} Resultat")
        r.italic = True
        for line in res:
            cells[3].add_paragraph(line)
    widths = [Cm(3.5), Cm(1.0), Cm(6.0), Cm(7.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph()
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen i huvudsak varit tillräcklig, men att "
        "arbetet med loggkontroller behöver prioriteras under 2026.")
    d.add_paragraph("Västerfjäll 2026-01-28")
    d.add_paragraph("Lena Ek\nSocialchef")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    for row in rows:
        exp(fil, namnd, row[2], row[4], row[5])


# ---------------------------------------------------------------------------
# File 3: Barn- och utbildningsnämnden – xlsm, columns per period, codes + legend
# ---------------------------------------------------------------------------
def make_xlsm(src, dst):
    """Turn an openpyxl xlsx into a macro-enabled workbook package (.xlsm)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zout.writestr(item, data)


def file_bun():
    fil = "BUN IK-plan 2025 uppföljning.xlsm"
    namnd = "Barn- och utbildningsnämnden"
    # group rows are ("#", name); control rows: (process, km, ansvarig, frekvens, s2024, t1, t2, helar, kommentar, exp, avv)
    rows = [
        ("#", "Ekonomi"),
        ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestreglementet – stickprov 25 fakturor",
         "Ekonom", "Tertial", "G", "G", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Fakturor från skolskjutsentreprenören stäms av mot körlistor",
         "Skolskjutssamordnare", "Halvår", "E", "", "D", "G",
         "En felfakturering (dubbeldebiterad tur) upptäcktes och har krediterats.", "GENOMFORD", "ja"),
        ("Inköp", "Avtalstrohet – inköp på tre skolenheter sker via avtalade leverantörer",
         "Controller", "Helår", "G", "", "D", "D",
         "Två av tre enheter kontrollerade, tredje enheten slutförs i januari.", "DELVIS", "nej"),
        ("#", "Personal"),
        ("Rekrytering", "Utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "HR-konsult", "Tertial", "G", "G", "G", "E",
         "Kontrollen ej utförd under hösten – vakant HR-konsulttjänst.", "EJ_GENOMFORD", "nej"),
        ("Lön", "Lönetillägg och övertid stäms av mot fattade beslut – stickprov",
         "Löneadministratör", "Halvår", "D", "", "D", "X", "", "OKLAR", "nej"),
        ("#", "Verksamhet"),
        ("Kränkande behandling", "Anmälan om kränkande behandling når huvudmannen inom fem arbetsdagar",
         "Verksamhetschef", "Tertial", "G", "G", "G", "G",
         "12 av 97 anmälningar inkom för sent till huvudmannen. Påminnelse till rektorer.", "GENOMFORD", "ja"),
        ("Närvaro", "Rutinen för uppföljning av problematisk elevfrånvaro följs",
         "Elevhälsochef", "Helår", "G", "", "", "", "", "SAKNAS", "nej"),
        ("Tilläggsbelopp", "Beslut om tilläggsbelopp har dokumenterad bedömning",
         "Utredare", "Helår", "G", "", "", "U",
         "Ansvaret flyttat till central elevhälsa, kontrollen utgår.", "UTGAR", "nej"),
        ("#", "Informationssäkerhet"),
        ("Behörigheter", "Konton i lärplattformen för elever och personal som slutat inaktiveras",
         "IT-samordnare", "Engång", "", "", "G", "",
         "Genomförd i juni (engångskontroll). 43 konton för personer som slutat inaktiverades.", "GENOMFORD", "ja"),
        ("Dataskydd", "Personuppgiftsincidenter anmäls till dataskyddsombudet inom 72 timmar",
         "Förvaltningschef", "Helår", "D", "", "D", "D",
         "Ny rutin införs januari 2026.", "DELVIS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår (T3)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Dnr BUN 2024/211   Beslutad i nämnden 2024-12-11 § 118"
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status 2024",
           "T1 2025", "T2 2025", "Helår 2025", "Kommentar helår"]
    widths = [20, 55, 18, 10, 11, 9, 9, 11, 60]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    grey = PatternFill("solid", fgColor="EDEDED")
    r = 6
    for row in rows:
        if row[0] == "#":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="FFF2CC")
        else:
            vals = list(row[:9])
            for ci, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=ci, value=(v if v != "" else None))
                cell.border = BORDER
                cell.alignment = WRAP if ci in (1, 2, 3, 9) else Alignment(horizontal="center", vertical="top")
                if ci == 5:
                    cell.fill = grey
                    cell.font = Font(color="7F7F7F")
        r += 1
    r += 1
    ws.cell(row=r, column=7, value="Antal G helår:").font = Font(bold=True)
    ws.cell(row=r, column=8, value='=COUNTIF(H6:H%d,"G")' % (r - 2))
    r += 2
    ws.cell(row=r, column=8, value="Teckenförklaring").font = Font(bold=True)
    legend = ["G = Genomförd", "D = Delvis genomförd / pågår", "E = Ej genomförd", "U = Utgår"]
    for i, t in enumerate(legend, start=1):
        ws.cell(row=r + i, column=8, value=t)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.column_dimensions["F"].hidden = True
    tmp = "/tmp/round129_bun.xlsx"
    wb.save(tmp)
    make_xlsm(tmp, fil)
    os.remove(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    for row in rows:
        if row[0] != "#":
            exp(fil, namnd, row[1], row[9], row[10])


# ---------------------------------------------------------------------------
# File 4: Kultur- och fritidsnämnden – odt, traffic-light fills with legend
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_VB2025_bilaga4_intern_kontroll.odt"
    namnd = "Kultur- och fritidsnämnden"
    GREEN, YELLOW, ORANGE, RED, BLUE = "#00B050", "#FFFF00", "#FFC000", "#FF0000", "#00B0F0"
    rows = [
        ("Föreningsstöd", "Utbetalda föreningsbidrag har underlag enligt bidragsreglerna",
         "Stickprov 10 föreningar", GREEN, "", "Samtliga underlag fanns.", "GENOMFORD", "nej"),
        ("Lokalbokning", "Avgifter för lokalbokning debiteras enligt beslutad taxa",
         "Stickprov 30 bokningar i bokningssystemet", YELLOW, "",
         "Tre bokningar hade debiterats med fel taxa (föreningstaxa i stället för kommersiell). Rättat.",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Dagskassor i simhallen stäms av mot kassarapport",
         "Oanmäld kontroll två gånger per år", RED, "",
         "Ny kassalösning infördes i september och kontrollen blev inte av.", "EJ_GENOMFORD", "nej"),
        ("Bibliotek", "Inköp av medier sker via avtalad leverantör",
         "Genomgång av leverantörsreskontra", ORANGE, "", "Kontroll pågår, klar under första kvartalet 2026.",
         "DELVIS", "nej"),
        ("Representation", "Representation vid evenemang följer riktlinjerna",
         "Genomgång av samtliga representationsfakturor", BLUE, "", "Se separat rapport.", "OKLAR", "nej"),
        ("Fritidsgårdar", "Utdrag ur belastningsregistret finns för personal på fritidsgårdar",
         "Personalakter gås igenom", GREEN, "", "Kontrollerat för samtliga 14 anställda.", "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslistor och protokoll", None, "Utgår",
         "Utgår enligt beslut KFN 2025-03-18 § 21 – ingår i kommunstyrelsens kontroll.", "UTGAR", "nej"),
    ]
    doc = OpenDocumentText()
    s_title = Style(name="Rubrik", family="paragraph")
    s_title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(s_title)
    s_bold = Style(name="Fet", family="paragraph")
    s_bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(s_bold)
    s_small = Style(name="Liten", family="paragraph")
    s_small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(s_small)

    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    colw = ["3cm", "4.5cm", "3.5cm", "1.8cm", "4.2cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name=f"Col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    cellstyles = {}

    def cellstyle(color):
        key = color or "none"
        if key not in cellstyles:
            cs = Style(name=f"Cell_{len(cellstyles)}", family="table-cell")
            props = dict(border="0.5pt solid #000000", padding="0.1cm")
            if color:
                props["backgroundcolor"] = color
            cs.addElement(TableCellProperties(**props))
            doc.automaticstyles.addElement(cs)
            cellstyles[key] = cs
        return cellstyles[key]

    hdrcell = Style(name="HdrCell", family="table-cell")
    hdrcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                           backgroundcolor="#D9D9D9"))
    doc.automaticstyles.addElement(hdrcell)

    doc.text.addElement(P(text="Kultur- och fritidsförvaltningen", stylename=s_small))
    doc.text.addElement(P(text="Bilaga 4 till verksamhetsberättelse 2025", stylename=s_title))
    doc.text.addElement(P(text="Uppföljning av intern kontroll – Kultur- och fritidsnämnden", stylename=s_bold))
    doc.text.addElement(P(text=(
        "Nämnden beslutade om sju kontrollmoment i internkontrollplanen för 2025. Nedan redovisas "
        "utfallet för helåret. Bedömningen anges med färg i kolumnen Bedömning.")))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Färgförklaring:", stylename=s_bold))
    for t in ["Grön – kontrollen genomförd, inga avvikelser",
              "Gul – kontrollen genomförd, avvikelser har noterats",
              "Orange – kontrollen delvis genomförd / pågår",
              "Röd – kontrollen ej genomförd"]:
        doc.text.addElement(P(text=t))
    doc.text.addElement(P(text=""))

    tab = Table(name="Internkontroll", stylename=tstyle)
    for cs in colstyles:
        tab.addElement(TableColumn(stylename=cs))
    tr = TableRow()
    for h in ["Område", "Kontrollmoment", "Hur kontrollen gjorts", "Bedömning", "Resultat / kommentar"]:
        tc = TableCell(stylename=hdrcell, valuetype="string")
        tc.addElement(P(text=h, stylename=s_bold))
        tr.addElement(tc)
    tab.addElement(tr)
    for omr, km, hur, color, text, kom, _, _ in rows:
        tr = TableRow()
        for i, v in enumerate([omr, km, hur, text, kom]):
            st = cellstyle(color) if i == 3 else cellstyle(None)
            tc = TableCell(stylename=st, valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        tab.addElement(tr)
    doc.text.addElement(tab)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text=(
        "Förvaltningens samlade bedömning är att den interna kontrollen har varit i huvudsak tillräcklig. "
        "Kassahanteringen i simhallen prioriteras i planen för 2026.")))
    doc.text.addElement(P(text="Anna Lindqvist, kultur- och fritidschef"))
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    for row in rows:
        exp(fil, namnd, row[1], row[6], row[7])


# ---------------------------------------------------------------------------
# File 5: Stratsys CSV export – two nämnder, cp1252, preamble lines
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_20260115.csv"
    sbn, mhn = "Samhällsbyggnadsnämnden", "Miljö- och hälsoskyddsnämnden"
    rows = [
        (sbn, "Samhällsbyggnadsnämnden", "Bygglov", "Handläggningstid för bygglov överskrids",
         "Handläggningstid för bygglov inom 10 veckor – stickprov 20 ärenden",
         "Bygglovschef", "Klar", "Tre ärenden överskred tiden, avgiften reducerades enligt PBL.", "J",
         "GENOMFORD", "ja"),
        (sbn, "Samhällsbyggnadsnämnden", "Bygglov", "Felaktig debitering",
         "Bygglovsavgifter debiteras enligt gällande taxa", "Bygglovschef", "Klar",
         "Inga avvikelser.", "N", "GENOMFORD", "nej"),
        (sbn, "Samhällsbyggnadsnämnden", "Investeringar", "Projekt slutredovisas inte",
         "Investeringsprojekt över 5 mnkr har slutredovisats till nämnden", "Controller", "Pågående",
         "4 av 7 avslutade projekt slutredovisade, resterande under våren 2026.", "N", "DELVIS", "nej"),
        (sbn, "Samhällsbyggnadsnämnden", "Upphandling", "Köp utanför avtal",
         "Avtalstrohet vid beställning av mark- och anläggningsarbeten", "Gatuchef", "Ej påbörjad",
         "", "", "EJ_GENOMFORD", "nej"),
        (sbn, "Samhällsbyggnadsnämnden", "Färdtjänst", "Tillstånd beslutas utan delegation",
         "Beslut om färdtjänsttillstånd fattas enligt delegationsordningen", "Enhetschef trafik",
         "Ej aktuell", "Färdtjänsten överförd till regionen från 2025-01-01.", "", "UTGAR", "nej"),
        (sbn, "Samhällsbyggnadsnämnden", "Ekonomi", "Felaktig attest",
         "Attest av fakturor inom gata/park enligt attestordning", "Ekonom", "",
         "Kontrollen genomförd i november, inga avvikelser.", "N", "GENOMFORD", "nej"),
        (mhn, "Miljö- och hälsoskyddsnämnden", "Tillsyn", "Avgifter tas inte ut",
         "Tillsynsavgifter debiteras enligt taxa – stickprov 15 objekt", "Miljöchef", "Klar",
         "", "N", "GENOMFORD", "nej"),
        (mhn, "Miljö- och hälsoskyddsnämnden", "Livsmedelskontroll", "Kontrollplanen följs inte",
         "Planerade livsmedelskontroller genomförs enligt kontrollplanen", "Livsmedelsinspektör",
         "Pågående", "82 % av planerade kontroller utförda. Avvikelse mot plan, resterande förs till 2026.", "J",
         "DELVIS", "ja"),
        (mhn, "Miljö- och hälsoskyddsnämnden", "Ärendehantering", "Beslut anmäls inte",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Klar", "", "N", "GENOMFORD", "nej"),
        (mhn, "Miljö- och hälsoskyddsnämnden", "Offentlighet och sekretess", "Felaktigt utlämnande",
         "Begäran om allmän handling prövas och expedieras korrekt", "Miljöchef", "Se kommentar",
         "", "", "OKLAR", "nej"),
        (mhn, "Miljö- och hälsoskyddsnämnden", "Ärendehantering", "Ärenden blir liggande",
         "Avslutade ärenden i ärendesystemet Ecos stängs och arkiveras", "Administratör", "",
         "", "", "SAKNAS", "nej"),
    ]
    lines = [
        ["Rapport: Intern kontroll – uppföljning kontrollmoment"],
        ["Period: 2025 Helår"],
        ["Urval: Samhällsbyggnadsnämnden; Miljö- och hälsoskyddsnämnden"],
        ["Utskriven: 2026-01-15 09:42 av ekonomienheten"],
        [],
        ["Organisation", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Avvikelse (J/N)"],
    ]
    for r in rows:
        lines.append([r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]])
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", sbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mhn, "2025", "HELAR"))
    for r in rows:
        exp(fil, r[0], r[4], r[9], r[10])


# ---------------------------------------------------------------------------
# File 6: Vård- och omsorgsnämnden – last year's xlsx sent by mistake (2024)
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON uppföljning IK helår.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    rows = [
        ("Hemtjänst", "Utförd tid jämförs mot beviljad tid – stickprov 20 brukare", "Ja",
         "Inga större avvikelser.", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Signeringslistor för läkemedel är kompletta", "Ja",
         "Brister på två enheter, åtgärdade efter genomgång med sjuksköterskor.", "GENOMFORD", "ja"),
        ("Avgifter", "Avgiftsbeslut inom äldreomsorgen är korrekta", "Delvis",
         "Kontrollen påbörjad, slutförs under 2025.", "DELVIS", "nej"),
        ("Inköp", "Förbrukningsmaterial köps via upphandlat avtal", "Nej",
         "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet", "Loggkontroll i journalsystemet", "Ja",
         "Inga otillåtna åtkomster upptäckta.", "GENOMFORD", "nej"),
        ("Personal", "Timanställdas arbetstid och OB-ersättning stäms av mot schema", "Ja",
         "Tre felaktiga OB-ersättningar upptäcktes och har korrigerats.", "GENOMFORD", "ja"),
        ("Kvalitet", "Lex Sarah-rapporter utreds och avslutas inom fastställd tid", "Ja",
         "", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2024 – helårsrapport"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad 2025-01-22 av kvalitetsstrateg Maria Holm"
    ws["A3"].font = Font(italic=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Följer plan (Ja/Nej/Delvis)", "Kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 6
    for row in rows:
        for c, v in enumerate(row[:4], start=1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = BORDER
            cell.alignment = WRAP
        r += 1
    for col, w in zip("ABCD", [22, 55, 16, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))
    for row in rows:
        exp(fil, namnd, row[1], row[4], row[5])


# ---------------------------------------------------------------------------
# File 7: Västerfjällsbostäder AB – docx with tick columns
# ---------------------------------------------------------------------------
def file_vfab():
    fil = "Västerfjällsbostäder_internkontrollrapport_2025.docx"
    namnd = "Västerfjällsbostäder AB"
    # nr, km, utförd, delvis, ej, kommentar, exp, avv
    rows = [
        ("1", "Hyreshöjningen 2025 är korrekt inlagd i hyressystemet – stickprov 30 lägenheter",
         "X", "", "", "Inga fel.", "GENOMFORD", "nej"),
        ("2", "Hyresfordringar bevakas och påminnelser skickas enligt kravrutinen",
         "X", "", "", "Två ärenden lämnades för sent till inkasso.", "GENOMFORD", "ja"),
        ("3", "Beställningar av underhållsarbeten görs inom gällande ramavtal",
         "", "X", "", "Kontrollerat för Norra distriktet, Södra återstår.", "DELVIS", "nej"),
        ("4", "Leverantörsfakturor attesteras av behörig enligt bolagets attestordning",
         "X", "", "", "", "GENOMFORD", "nej"),
        ("5", "Inventering av huvudnycklar och behörigheter i passersystemet",
         "", "", "X", "Flyttad till 2026.", "EJ_GENOMFORD", "nej"),
        ("6", "Andrahandsuthyrningar är godkända och registrerade",
         "X", "X", "", "", "OKLAR", "nej"),
        ("7", "Förmedling av lägenheter sker enligt uthyrningspolicyn",
         "", "", "", "Kontrollen flyttas till 2026 i samband med byte av kösystem.", "EJ_GENOMFORD", "nej"),
        ("8", "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
         "X", "", "", "Brister i 3 av 41 fastigheter, åtgärdade i december.", "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("VÄSTERFJÄLLSBOSTÄDER AB")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Org.nr 556xxx-1234")
    d.add_heading("Rapport intern kontroll – helåret 2025", level=1)
    d.add_paragraph("Till styrelsen, sammanträde 2026-02-10. Ärende 6.")
    d.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 vid sammanträdet 2025-02-12. "
        "Kontrollerna har utförts av ekonomi- och uthyrningsavdelningarna. Markera med X i den kolumn som "
        "gäller för respektive kontrollmoment.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Utförd", "Delvis", "Ej utförd", "Kommentar"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
            if i in (2, 3, 4):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(0.8), Cm(7.0), Cm(1.4), Cm(1.4), Cm(1.6), Cm(5.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph()
    d.add_paragraph(
        "VD:s bedömning: Den interna kontrollen har under året i allt väsentligt fungerat. "
        "Nyckelhantering och uthyrningsprocessen prioriteras i planen för 2026.")
    d.add_paragraph("Karin Sjöberg, VD")
    d.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    for row in rows:
        exp(fil, namnd, row[1], row[6], row[7])


# ---------------------------------------------------------------------------
# File 8: covering letter without controls – to be rejected
# ---------------------------------------------------------------------------
def file_letter():
    fil = "Följebrev BUN internkontroll helår 2025.docx"
    d = docx.Document()
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-23")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – Barn- och utbildningsnämnden", level=2)
    d.add_paragraph(
        "Hej! Här kommer barn- och utbildningsnämndens uppföljning av internkontrollplanen för helåret 2025, "
        "se bifogad Excelfil (BUN IK-plan 2025 uppföljning). Nämnden behandlade ärendet 2026-01-21 § 7 och "
        "lade uppföljningen till handlingarna.")
    d.add_paragraph(
        "Observera att kolumnen för T1 är dold i filen eftersom den inte skulle med i nämndens handlingar. "
        "Protokollsutdrag skickas separat när protokollet är justerat.")
    d.add_paragraph("Hör av er om något är oklart!")
    d.add_paragraph("Med vänlig hälsning\nJohan Berg\nNämndsekreterare, barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # clean previously generated data files (keep this script)
    for f in os.listdir("."):
        if f in ("make_round.py", "README.md"):
            continue
        if os.path.isfile(f):
            os.remove(f)
    file_ks()
    file_sn()
    file_bun()
    file_kfn()
    file_stratsys()
    file_von()
    file_vfab()
    file_letter()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{'|'.join(a)}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print(f"files: {len(set(r[0] for r in FILES))}, files.csv rows: {len(FILES)}, controls: {len(EXPECTED)}")


if __name__ == "__main__":
    main()
