#!/usr/bin/python3
"""Blind round r403 - Rimbo kommun, uppföljning av internkontrollplan 2025, tertial 2.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import docx
import openpyxl
import xlwt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round403"
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, target_name):
    tmpd = tempfile.mkdtemp(prefix="r403conv")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, target_name))
    shutil.rmtree(tmpd)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, tick columns (X) per tertial, merged two-row header
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_IK-uppfoljning_T2_2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    wb.properties.creator = "Controller KLF"
    wb.properties.created = FIXED
    ws["A1"] = "Rimbo kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Tertial 2 (januari–augusti)      Rapporterat av: Controller, kommunledningsförvaltningen      Datum: 2025-09-12"
    ws["A4"] = ("Instruktion: Markera med X i den kolumn som gäller för respektive tertial. "
                "Kommentar ska alltid lämnas vid Delvis och Ej genomförd samt när avvikelse har noterats.")
    ws["A4"].font = Font(italic=True, size=9)
    hdr1 = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod / omfattning", "Ansvarig",
            "Tertial 1", None, None, "Tertial 2", None, None, "Kommentar / iakttagelser T2"]
    hdr2 = [None, None, None, None, None, "Genomförd", "Delvis", "Ej genomförd",
            "Genomförd", "Delvis", "Ej genomförd", None]
    r1, r2 = 6, 7
    for c, v in enumerate(hdr1, 1):
        ws.cell(r1, c, v)
    for c, v in enumerate(hdr2, 1):
        if v:
            ws.cell(r2, c, v)
    ws.merge_cells(start_row=r1, start_column=6, end_row=r1, end_column=8)
    ws.merge_cells(start_row=r1, start_column=9, end_row=r1, end_column=11)
    for c in (1, 2, 3, 4, 5, 12):
        ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    fill = PatternFill("solid", fgColor="1F4E78")
    for r in (r1, r2):
        for c in range(1, 13):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            cell.alignment = CENTER
            cell.border = BOX

    # (nr, process, km, metod, ansvarig, t1 (G/D/E/None or set), t2, kommentar, status, avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Ekonomichef", "G", "G",
             "20 fakturor granskade, samtliga korrekt attesterade. Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "Samtliga underlag för representation", "Redovisningsansvarig", "D", "G",
             "3 av 15 underlag saknade deltagarlista. Kompletterat i efterhand och påminnelse skickad till chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton per tertial",
             "Avstämning av samtliga balanskonton", "Redovisningsansvarig", "G", "G",
             "Samtliga balanskonton avstämda per 31/8.", "GENOMFORD", "nej"),
            ("1.4", "Utbetalningar", "Kontroll av manuella utbetalningar i ekonomisystemet",
             "Genomgång av samtliga manuella utbetalningar", "Ekonomichef", "E", "D",
             "Kontroll av januari–juni klar, juli–augusti görs i september. Inga felaktigheter i kontrollerade utbetalningar.",
             "DELVIS", "nej"),
        ]),
        ("HR / Personal", [
            ("2.1", "Anställning", "Kontroll av att anställningsavtal finns registrerade för samtliga nyanställda",
             "Stickprov 10 nyanställningar", "HR-chef", None, "E",
             "Ej genomförd p.g.a. vakans på HR-avdelningen. Flyttas till T3.", "EJ_GENOMFORD", ""),
            ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
             "Årlig genomgång av rehabärenden", "HR-chef", "G", None,
             "Årlig kontroll – genomförd under T1 utan anmärkning.", "GENOMFORD", "nej"),
            ("2.3", "Lön", "Kontroll av att lönetillägg och ersättningar har beslutats av behörig chef",
             "Stickprov 15 lönetillägg", "Lönechef", None, None, None, "SAKNAS", ""),
        ]),
        ("Informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörighetsgenomgång i ekonomi- och lönesystem",
             "Genomgång av samtliga aktiva behörigheter", "IT-chef", None, "G",
             "Genomgången gjord i juni. 12 behörigheter för avslutade anställda togs bort.", "GENOMFORD", "ja"),
            ("3.2", "Dataskydd", "Kontroll av att personuppgiftsincidenter rapporteras inom 72 timmar",
             "Genomgång av incidentloggen", "Dataskyddssamordnare", "G", "D",
             "En incident i juli rapporterades till IMY först efter fem dagar. Rutinen ses över; kontroll av augusti återstår.",
             "DELVIS", "ja"),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Avtalstrohet", "Avtalstrohet vid inköp – stickprov av 25 inköp under direktupphandlingsgränsen",
             "Stickprov 25 inköp", "Upphandlingschef", "G", {"G", "E"},
             "Se separat rapport.", "OKLAR", ""),
            ("4.2", "Direktupphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "Samtliga direktupphandlingar > 100 tkr", "Upphandlingschef", "E", "G",
             "Genomförd i augusti. 2 av 9 direktupphandlingar saknade dokumentation enligt riktlinjen.",
             "GENOMFORD", "ja"),
            ("4.3", "Avtalsuppföljning", "Uppföljning av avtal med extern IT-leverantör",
             "Avtalsuppföljningsmöte", "IT-chef", None, None,
             "Utgår – avtalet avslutades 2025-03-31 enligt KS beslut 2025-02-17 § 42.", "UTGAR", ""),
        ]),
    ]
    col_of = {"G": 0, "D": 1, "E": 2}
    r = r2 + 1
    counts = [0] * 6
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        for c in range(1, 13):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(r, c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for (nr, proc, km, metod, ansv, t1, t2, kom, st, avv) in rows:
            vals = [nr, proc, km, metod, ansv] + [None] * 6 + [kom]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v)
            for base, t in ((6, t1), (9, t2)):
                if t is None:
                    continue
                for code in (t if isinstance(t, set) else {t}):
                    ws.cell(r, base + col_of[code], "X")
                    counts[base - 6 + col_of[code]] += 1
            for c in range(1, 13):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = CENTER if 6 <= c <= 11 else WRAP
            exp(fil, nm, km, st, avv)
            r += 1
    ws.cell(r, 1, "Antal markeringar").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    for i, n in enumerate(counts):
        ws.cell(r, 6 + i, n).font = Font(bold=True)
        ws.cell(r, 6 + i).alignment = CENTER
    for c in range(1, 13):
        ws.cell(r, c).border = BOX
    r += 3
    ws.cell(r, 1, "Godkänd av förvaltningschef: Maria Sjöberg, kommundirektör")
    ws.cell(r + 1, 1, "Redovisas för kommunstyrelsen 2025-10-06")
    widths = [6, 18, 46, 30, 20, 10, 9, 11, 10, 9, 11, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "C8"
    ws.print_title_rows = "6:7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx with Word content-control check boxes
# ---------------------------------------------------------------------------
_sdt_id = [1000]


def add_checkbox(paragraph, checked):
    _sdt_id[0] += 1
    glyph = "☒" if checked else "☐"
    xml = (
        f'<w:sdt {nsdecls("w")} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        f'<w:sdtPr><w:id w:val="{_sdt_id[0]}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def set_cell_bg(cell, color):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def fixed_core(d, author):
    d.core_properties.author = author
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = author


def build_bun():
    fil = "BUN uppföljning internkontroll T2 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fixed_core(d, "Kvalitetsstrateg BUF")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.orientation = 1
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Rimbo kommun\tBarn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Tertial 2, januari–augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024 (BUN 2024/212). Planen omfattar nio "
        "kontrollmoment. Nedan redovisas status för respektive kontrollmoment per 31 augusti. Kryssa i den ruta som "
        "motsvarar kontrollens status samt om avvikelse har noterats. Vid avvikelse ska åtgärd anges i kommentaren.")
    rows = [
        ("1", "Kontroll av att skolpliktsbevakning sker enligt rutin för elever med hög frånvaro", "Rektorer",
         "G", "N", "Rutinen följs på samtliga skolor. Frånvarorapport lämnad till huvudman.", "GENOMFORD", "nej"),
        ("2", "Attest av fakturor för skolskjuts enligt attestordningen", "Controller BUF",
         "G", "J", "Två fakturor attesterade av ersättare utan delegation. Rättat och attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        ("3", "Kontroll av att kränkningsanmälningar anmäls till huvudman inom fem arbetsdagar", "Verksamhetschef grundskola",
         "D", "J", "Stickprov gjort på 4 av 7 skolor. 6 anmälningar kom in senare än fem arbetsdagar. Resterande skolor kontrolleras i september.",
         "DELVIS", "ja"),
        ("4", "Uppföljning av att barnomsorgsavgifter debiteras enligt taxa", "Avgiftshandläggare",
         "E", None, "Ej genomförd, ny handläggare sedan juni. Görs i oktober.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av registerutdrag vid nyanställning i förskola och skola", "HR-konsult BUF",
         "G", "N", "Samtliga 23 nyanställda under perioden har uppvisat registerutdrag.", "GENOMFORD", "nej"),
        ("6", "Kontroll av att beslut om tilläggsbelopp fattas enligt delegationsordningen", "Utredare elevhälsa",
         None, None, "Kontrollen är påbörjad, 12 av 30 beslut granskade hittills.", "DELVIS", ""),
        ("7", "Inventering av elevdatorer och surfplattor", "IT-samordnare",
         None, None, "Utgår enligt BUN beslut 2025-05-20 § 38, ersätts av ny rutin för IT-inventarier.", "UTGAR", ""),
        ("8", "Kontroll av att elevers skyddade personuppgifter hanteras enligt rutin", "Skoladministratörer",
         "G", "N", "", "GENOMFORD", "nej"),
        ("9", "Kontroll av att lägerskolor och studieresor är avgiftsfria för elever", "Rektorer",
         None, None, "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Status T2", "Avvikelse", "Kommentar / åtgärd"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "C6E0B4")
    for (nr, km, ansv, st, av, kom, est, eavv) in rows:
        cells = t.add_row().cells
        cells[0].text = nr
        cells[1].text = km
        cells[2].text = ansv
        c = cells[3]
        first = True
        for code, label in (("G", "Genomförd"), ("D", "Delvis genomförd"), ("E", "Ej genomförd")):
            para = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            add_checkbox(para, st == code)
            para.add_run(" " + label)
        c = cells[4]
        para = c.paragraphs[0]
        add_checkbox(para, av == "J")
        para.add_run(" Ja   ")
        add_checkbox(para, av == "N")
        para.add_run(" Nej")
        cells[5].text = kom
        exp(fil, nm, km, est, eavv)
    widths = [Cm(1.0), Cm(8.5), Cm(3.5), Cm(4.0), Cm(3.0), Cm(6.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Brister kring kränkningsanmälningar följs upp särskilt under hösten.")
    d.add_paragraph("Rimbo 2025-09-08")
    d.add_paragraph("Jonas Ekström\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, "Följer plan" Ja/Nej per tertial, process merged vertically
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnamnden_IKP_2025_T2.xlsx"
    nm = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    wb.properties.creator = "Socialförvaltningen"
    wb.properties.created = FIXED
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (per 2025-08-31)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Nämnden har för 2025 antagit en internkontrollplan med åtta kontrollmoment fördelade på fyra processer. "
                "I tabellen redovisas per tertial om kontrollen följer beslutad plan (Ja/Nej) samt en kommentar om "
                "genomförda kontroller och iakttagelser. Riskvärde = sannolikhet × konsekvens (1–16).")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 48
    heads = ["Ansvarsområde/process", "Risk", "Risk-värde", "Kontrollmoment", "Frekvens",
             "Följer plan T1", "Följer plan T2", "Kommentar"]
    hr = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = CENTER
        cell.border = BOX
    data = [
        ("Myndighetsutövning barn och unga", [
            ("Risk att utredningar inte avslutas inom lagstadgad tid", 12,
             "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", "Tertialvis",
             "Ja", "Nej",
             "Kontrollen genomförd. 7 av 22 utredningar överskred fyra månader under maj–augusti p.g.a. "
             "personalomsättning. Åtgärdsplan tas fram.", "GENOMFORD", "ja"),
            ("Risk att skyddsbedömning inte görs skyndsamt", 9,
             "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Tertialvis",
             "Ja", "Ja", "Stickprov 30 anmälningar, samtliga förhandsbedömda inom 14 dagar.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar", 12,
             "Stickprov av utbetalningar av ekonomiskt bistånd mot beslut", "Tertialvis",
             "Ja", "Ja", "25 utbetalningar kontrollerade mot beslut. Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
            ("Risk att återkrav inte drivs", 6,
             "Kontroll av att återkrav hanteras enligt riktlinje", "Halvår",
             None, "Nej", "Kontrollen har inte påbörjats, planeras till november.", "EJ_GENOMFORD", ""),
        ]),
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Risk för otillbörlig åtkomst till personakter", 12,
             "Loggkontroll i verksamhetssystemet Lifecare", "Tertialvis",
             "Ja", "Ja",
             "Loggkontroll av 40 slumpvis utvalda akter. En otillbörlig åtkomst upptäckt, hanterad enligt rutin "
             "och anmäld som personuppgiftsincident.", "GENOMFORD", "ja"),
            ("Risk att skicka sekretessbelagda individhandlingar till fel person", 8,
             "Kontroll av att sekretessbelagda handlingar skickas med säker post", "Tertialvis",
             "Ja", "Nej", "Granskning pågår, halva urvalet klart.", "DELVIS", ""),
        ]),
        ("Placeringar", [
            ("Risk för placering utan avtal och till högre kostnad", 9,
             "Kontroll av att placeringar i HVB sker med ramavtalsleverantör", "Tertialvis",
             "Ja", "Ja", "Samtliga 11 placeringar under perioden hos ramavtalsleverantör.", "GENOMFORD", "nej"),
            ("Risk för budgetöverskridande", 8,
             "Uppföljning av kostnader för externa placeringar mot budget", "Månadsvis",
             "Ja", None,
             "Utgår från T2 – ersätts av månatlig uppföljning i ekonomirapporten (SN 2025-06-11 § 71).",
             "UTGAR", ""),
        ]),
    ]
    r = hr + 1
    for proc, items in data:
        start = r
        for (risk, rv, km, frek, t1, t2, kom, st, avv) in items:
            vals = [proc if r == start else None, risk, rv, km, frek, t1, t2, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = CENTER if c in (3, 5, 6, 7) else WRAP
            exp(fil, nm, km, st, avv)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Sammanfattning: Fyra av åtta kontrollmoment följer plan under T2. "
                  "Avvikelser har hanterats enligt nämndens rutiner.")
    ws.cell(r + 2, 1, "Rimbo 2025-09-15  Lena Holm, socialchef")
    for i, w in enumerate([24, 34, 8, 44, 12, 10, 10, 60]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.oddHeader.right.text = "Socialförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - ods (plain status words with fills, legend below)
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON_T2_2025.ods"
    nm = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll T2"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning T2"
    ws["A2"].font = Font(bold=True)
    heads = ["Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Resultat / åtgärd", "Klart datum"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    fills = {"Klar": "C6EFCE", "Klar – avvikelse": "FFEB9C", "Pågår": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    rows = [
        ("Hemtjänst", "Kontroll av att utförd tid i hemtjänst överensstämmer med beviljad tid", "Enhetschef hemtjänst",
         "Klar – avvikelse", "Avvikelse i 3 av 20 ärenden, utförd tid understeg beviljad med mer än 20 %. Dialog med enhetschef.",
         "2025-06-30", "GENOMFORD", "ja"),
        ("Hemtjänst / SÄBO", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut", "MAS",
         "Pågår", "Stickprov på särskilt boende klart, hemtjänst återstår.", "", "DELVIS", ""),
        ("Kvalitet", "Kontroll av att avvikelser enligt SoL och HSL analyseras och åtgärdas", "Kvalitetsutvecklare",
         "Klar", "Inga brister.", "2025-05-15", "GENOMFORD", "nej"),
        ("HSL", "Kontroll av läkemedelshantering – signeringslistor", "MAS",
         "Klar", "Kontroll på 4 enheter, inga avvikelser.", "2025-08-20", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att fakturering av omsorgsavgifter sker enligt gällande taxa", "Avgiftshandläggare",
         "Ej påbörjad", "Skjuts till T3 p.g.a. byte av avgiftssystem.", "", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Kontroll av att privata medel för brukare hanteras enligt rutin", "Enhetschefer SÄBO",
         "Klar", "Kassaräkning på 3 boenden. Ett kvitto saknades, åtgärdat.", "2025-04-30", "GENOMFORD", "ja"),
        ("Kvalitet", "Kontroll av att lex Sarah-rapporter utreds inom fastställd tid", "Kvalitetsutvecklare",
         "", "Se bilaga 2.", "", "OKLAR", ""),
        ("Bemanning", "Uppföljning av bemanning nattetid på särskilt boende", "Verksamhetschef",
         "Utgår", "Ersätts av verksamhetsuppföljning enligt beslut VON 2025-04-23 § 29.", "", "UTGAR", ""),
        ("HSL", "Kontroll av att HSL-journaler förs enligt riktlinje", "MAS / MAR",
         "Pågår", "", "", "DELVIS", ""),
    ]
    r = hr + 1
    for (omr, km, ansv, st, res, datum, est, eavv) in rows:
        for c, v in enumerate([omr, km, ansv, st, res, datum], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        if st in fills:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=fills[st])
        exp(fil, nm, km, est, eavv)
        r += 1
    r += 1
    ws.cell(r, 1, "Förklaring status:").font = Font(bold=True)
    legend = [("Klar", "kontrollen är genomförd utan anmärkning"),
              ("Klar – avvikelse", "kontrollen är genomförd, avvikelse noterad (beskriv åtgärd)"),
              ("Pågår", "kontrollen är påbörjad men inte slutförd"),
              ("Ej påbörjad", "kontrollen har inte startat"),
              ("Utgår", "kontrollen genomförs inte efter beslut i nämnden")]
    for i, (k, v) in enumerate(legend, 1):
        ws.cell(r + i, 1, k).fill = PatternFill("solid", fgColor=fills[k])
        ws.cell(r + i, 2, v)
    for i, w in enumerate([16, 50, 20, 16, 55, 12]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    tmp = tempfile.mkdtemp(prefix="r403von")
    src = os.path.join(tmp, "VON_T2_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - CSV with two nämnder, rows for both T1 and T2
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-15.csv"
    heads = ["Enhet", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Uppföljningsperiod",
             "Status", "Avvikelse", "Kommentar"]
    kfn_enh = "Kultur- och fritidsnämnden"
    sbn_enh = "Samhällsbyggnadsförvaltningen"
    plan = "Internkontrollplan 2025"
    # (enhet, namnd, process, km, ansvarig, [(period, status, avv, kommentar)], expected status, expected avv)
    ctrls = [
        (kfn_enh, "Kultur- och fritidsnämnden", "Bidragshantering",
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsregler", "Föreningskonsulent",
         [("Tertial 1 2025", "Pågående", "", "Granskning av vårens ansökningar pågår."),
          ("Tertial 2 2025", "Genomförd", "Ja", "Samtliga 34 ansökningar granskade. Två föreningar har fått återkrav p.g.a. felaktigt medlemsantal.")],
         "GENOMFORD", "ja"),
        (kfn_enh, "Kultur- och fritidsnämnden", "Kontanthantering",
         "Kontroll av kassahantering i simhallen", "Enhetschef bad",
         [("Tertial 1 2025", "Genomförd", "Nej", "Oanmäld kassainventering 2025-03-12, kassan stämde."),
          ("Tertial 2 2025", "Genomförd", "Nej", "Oanmäld kassainventering 2025-07-08, kassan stämde.")],
         "GENOMFORD", "nej"),
        (kfn_enh, "Kultur- och fritidsnämnden", "Fakturering",
         "Kontroll av att lokalbokningar faktureras", "Bokningsansvarig",
         [("Tertial 1 2025", "Ej påbörjad", "", ""),
          ("Tertial 2 2025", "Delvis genomförd", "Nej", "Januari–juni kontrollerat mot bokningssystemet, inga avvikelser. Juli–augusti återstår.")],
         "DELVIS", "nej"),
        (kfn_enh, "Kultur- och fritidsnämnden", "Inköp",
         "Kontroll av att bibliotekets medieinköp sker från avtalad leverantör", "Bibliotekschef",
         [("Tertial 1 2025", "", "", ""),
          ("Tertial 2 2025", "Ej genomförd", "", "Resursbrist, kontrollen flyttas till 2026.")],
         "EJ_GENOMFORD", ""),
        (kfn_enh, "Kultur- och fritidsnämnden", "Barn och unga",
         "Kontroll av registerutdrag för ledare i kommunal fritidsverksamhet", "Fritidschef",
         [("Tertial 1 2025", "Genomförd", "Nej", "Samtliga ledare på fritidsgårdarna har lämnat utdrag."),
          ("Tertial 2 2025", "Genomförd", "Nej", "Sommarens feriearbetsledare kontrollerade, samtliga utdrag uppvisade.")],
         "GENOMFORD", "nej"),
        (sbn_enh, "Samhällsbyggnadsnämnden", "Gata/park",
         "Kontroll av att fakturor för snöröjning stämmer mot avtal och utfört arbete", "Gatuchef",
         [("Tertial 1 2025", "Genomförd", "Nej", "Fakturor jan–mars kontrollerade mot körjournaler."),
          ("Tertial 2 2025", "Genomförd", "Ja", "Dubbelfakturering för april upptäckt (48 tkr), kreditering begärd och mottagen.")],
         "GENOMFORD", "ja"),
        (sbn_enh, "Samhällsbyggnadsnämnden", "Investeringar",
         "Kontroll av investeringsprojekt – beslut och budget finns innan start", "Projektcontroller",
         [("Tertial 1 2025", "Pågående", "", "Fem av tolv projekt granskade."),
          ("Tertial 2 2025", "Pågående", "", "Nio av tolv projekt granskade, inga brister hittills.")],
         "DELVIS", "nej"),
        (sbn_enh, "Samhällsbyggnadsnämnden", "VA",
         "Kontroll av att VA-anslutningsavgifter debiteras enligt taxa", "VA-chef",
         [("Tertial 2 2025", "Genomförd", "Nej", "Samtliga 17 nya anslutningar debiterade enligt taxa.")],
         "GENOMFORD", "nej"),
        (sbn_enh, "Samhällsbyggnadsnämnden", "Gata/park",
         "Kontroll av säkerhetsronder på kommunala lekplatser", "Parkchef",
         [("Tertial 1 2025", "Ej påbörjad", "", ""),
          ("Tertial 2 2025", "Ej genomförd", "", "Ronderna har inte genomförts p.g.a. sjukskrivning. Extern besiktningsman upphandlas.")],
         "EJ_GENOMFORD", ""),
        (sbn_enh, "Samhällsbyggnadsnämnden", "Fastighet",
         "Kontroll av att avtal för fastighetsentreprenader följs upp", "Fastighetschef",
         [("Tertial 1 2025", "Pågående", "", ""),
          ("Tertial 2 2025", "Avbruten", "", "Avbruten genom beslut SBN 2025-05-14 § 52 – ansvaret flyttat till Rimbo Bostäder AB.")],
         "UTGAR", ""),
    ]
    lines = []
    for (enh, namnd, proc, km, ansv, periods, st, avv) in ctrls:
        for (per, s, a, k) in periods:
            lines.append([enh, plan, proc, km, ansv, per, s, a, k])
        exp(fil, namnd, km, st, avv)
    # governance systems typically order by enhet then period
    lines.sort(key=lambda x: (x[0] != kfn_enh, x[5]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(heads)
        w.writerows(lines)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden - .xls, tick marks (✓/x) under G/D/E per tertial, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "MBN_internkontroll_2025.xls"
    nm = "Miljö- och byggnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    ws._Worksheet__header_str = "&LMiljö- och byggnämnden&CInternkontroll 2025&RRimbo kommun"
    ws._Worksheet__footer_str = "&LMiljö- och byggförvaltningen&RSida &P av &N"
    ws.portrait = False
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; "
                       "borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour light_green")
    cellw = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    tick = xlwt.easyxf("align: vert centre, horiz centre; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Internkontrollplan 2025 – uppföljning", title)
    ws.write(1, 0, "Uppföljningstillfälle: T2 (2025-08-31)")
    ws.write(2, 0, "Ansvarig för sammanställning: Karin Berg, nämndsekreterare")
    # header row 4/5
    ws.write_merge(4, 5, 0, 0, "Nr", bold)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", bold)
    ws.write_merge(4, 5, 2, 2, "Ansvarig", bold)
    for i, t in enumerate(["T1", "T2", "T3"]):
        ws.write_merge(4, 4, 3 + i * 3, 5 + i * 3, t, bold)
        for j, k in enumerate("GDE"):
            ws.write(5, 3 + i * 3 + j, k, bold)
    ws.write_merge(4, 5, 12, 12, "Kommentar", bold)
    rows = [
        ("1", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Miljöchef",
         "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "D", "G", "4 av 58 ärenden över 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("3", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "G", "G", "", "GENOMFORD", "nej"),
        ("4", "Kontroll av jäv vid tillsynsbesök – dokumenterad jävsprövning", "Miljöchef",
         "E", "E", "Ej genomförd, ny checklista för jävsprövning tas fram.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av att livsmedelskontroller genomförs enligt tillsynsplan", "Miljöchef",
         "D", "D", "62 % av planerade kontroller utförda per 31/8.", "DELVIS", ""),
        ("6", "Kontroll av arkivering av bygglovshandlingar i e-arkiv", "Arkivansvarig",
         None, None, "Genomförs under T3 enligt plan.", "EJ_GENOMFORD", ""),
        ("7", "Kontroll av att förelägganden följs upp inom angiven tid", "Miljöchef",
         None, "G", "2 förelägganden ej uppföljda i tid, åtgärdat.", "GENOMFORD", "ja"),
        ("8", "Stickprov på kontering av intäkter från bygglov", "Controller",
         "G", "G", "10 verifikationer, korrekt konterade.", "GENOMFORD", "nej"),
    ]
    # one colleague used x instead of ✓
    x_cells = {("3", 1), ("8", 0)}
    r = 6
    for (nr, km, ansv, t1, t2, kom, st, avv) in rows:
        ws.write(r, 0, nr, cellw)
        ws.write(r, 1, km, cellw)
        ws.write(r, 2, ansv, cellw)
        marks = {}
        for pi, t in enumerate((t1, t2)):
            if t:
                marks[3 + pi * 3 + "GDE".index(t)] = "x" if (nr, pi) in x_cells else "✓"
        for c in range(3, 12):
            ws.write(r, c, marks.get(c, ""), tick)
        ws.write(r, 12, kom, cellw)
        exp(fil, nm, km, st, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Markera med ✓ i kolumnen för aktuell tertial: G = Genomförd, D = Delvis genomförd, E = Ej genomförd. "
                   "Avvikelser beskrivs i kommentarskolumnen.")
    ws.col(0).width = 256 * 5
    ws.col(1).width = 256 * 55
    ws.col(2).width = 256 * 18
    for c in range(3, 12):
        ws.col(c).width = 256 * 4
    ws.col(12).width = 256 * 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Rimbo Bostäder AB - .doc (Word 97), free text blocks with "Kontroll utförd: Ja/Nej"
# ---------------------------------------------------------------------------
def build_rbab():
    fil = "Rimbo Bostäder IK T2 2025.doc"
    nm = "Rimbo Bostäder AB"
    d = docx.Document()
    fixed_core(d, "Ekonomichef Rimbo Bostäder")
    d.sections[0].header.paragraphs[0].text = "Rimbo Bostäder AB – Internt arbetsmaterial"
    d.add_heading("Uppföljning internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Bolag: Rimbo Bostäder AB (org.nr 556xxx-xxxx)")
    d.add_paragraph("Avser perioden 2025-01-01 – 2025-08-31. Uppföljningen redovisas för styrelsen 2025-09-25 "
                    "och överlämnas därefter till kommunstyrelsen enligt ägardirektivet.")
    items = [
        ("Hyresdebitering", "Kontroll av att hyreshöjningar från 1 april registrerats korrekt i hyressystemet",
         "Ja", "Nej", "Samtliga 612 lägenheter kontrollerade mot förhandlingsprotokollet.", "GENOMFORD", "nej"),
        ("Attest", "Kontroll av att attest av fakturor sker enligt bolagets attestinstruktion",
         "Ja", "Ja", "Stickprov 30 fakturor. Tre fakturor saknade andra attest, kompletterat.", "GENOMFORD", "ja"),
        ("Avflyttning", "Kontroll av att avflyttningsbesiktningar debiteras hyresgäst enligt rutin",
         "Nej", "–", "Kontrollen har inte genomförts under perioden, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Nycklar och passage", "Kontroll av nyckel- och passerbrickshantering",
         "Delvis", "Nej", "Genomförd för område Centrum, område Fästa återstår.", "DELVIS", "nej"),
        ("Kundreskontra", "Kontroll av kundreskontra – åtgärder för hyresskulder äldre än 60 dagar",
         "Ja", "Nej", "Samtliga ärenden hanterade enligt inkassorutinen.", "GENOMFORD", "nej"),
        ("Inköp", "Kontroll av att ramavtal används vid beställning av underhållsarbeten",
         "Ja", "Ja", "2 beställningar utanför ramavtal (akuta vattenskador), dokumenterat i efterhand.", "GENOMFORD", "ja"),
        ("Brandskydd", "Kontroll av systematiskt brandskyddsarbete (SBA) i bostadsbeståndet",
         "", "", "", "SAKNAS", ""),
    ]
    for i, (rub, km, utf, avv, kom, st, eavv) in enumerate(items, 1):
        d.add_heading(f"{i}. {rub}", level=2)
        for lbl, val in (("Kontrollmoment", km), ("Kontroll utförd", utf), ("Avvikelse", avv), ("Kommentar", kom)):
            p = d.add_paragraph()
            p.add_run(lbl + ": ").bold = True
            if val:
                p.add_run(val)
        exp(fil, nm, km, st, eavv)
    d.add_paragraph()
    d.add_paragraph("Rimbo 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nVD, Rimbo Bostäder AB")
    tmp = tempfile.mkdtemp(prefix="r403rb")
    src = os.path.join(tmp, "Rimbo Bostäder IK T2 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) from Socialförvaltningen, no controls
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv SN internkontroll T2 2025.docx"
    d = docx.Document()
    fixed_core(d, "Nämndsekreterare SOC")
    d.sections[0].header.paragraphs[0].text = "Rimbo kommun\tSocialförvaltningen\t2025-09-15"
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_paragraph("Från: Socialförvaltningen")
    d.add_heading("Översändande av Socialnämndens uppföljning av internkontrollplan 2025, tertial 2", level=2)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025. "
        "Uppföljningen behandlades av nämnden 2025-09-10 (SN 2025/88 § 104) och finns i bifogad fil "
        "Socialnamnden_IKP_2025_T2.xlsx.")
    d.add_paragraph(
        "Av åtta kontrollmoment följer fyra plan under tertial 2. Nämnden har gett förvaltningen i uppdrag att återkomma "
        "med en åtgärdsplan avseende handläggningstider för barnavårdsutredningar i samband med helårsuppföljningen.")
    d.add_paragraph("Protokollsutdrag bifogas separat när protokollet är justerat.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Sara Nyberg\nNämndsekreterare, socialförvaltningen\n0175-xx xx xx")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Rimbo Bostäder AB", "Rimbo Bostäder|RBAB|Rimbobostäder"),
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
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_stratsys()
    build_mbn()
    build_rbab()
    build_missiv()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
