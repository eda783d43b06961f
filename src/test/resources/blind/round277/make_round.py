#!/usr/bin/python3
"""Round 277 - Brännsjö kommun - theme: status shown by text formatting.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round277"
FIXED = datetime.datetime(2025, 9, 30, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_docx_props(d, title):
    cp = d.core_properties
    cp.author = "Brännsjö kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Brännsjö kommun"
    cp.revision = 1


def set_cell(cell, text, bold=False, color=None, strike=False, highlight=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if strike:
            r.font.strike = True
        if highlight is not None:
            r.font.highlight_color = highlight
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def fix_wb_props(wb):
    wb.properties.creator = "Brännsjö kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


GREEN = "00B050"
ORANGE = "ED7D31"
RED = "FF0000"
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, control text in green/orange/red FONT, legend on top
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Internkontroll_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti)   Kommunledningsförvaltningen"
    ws["A2"].font = Font(italic=True)
    # legend: the words are written in their own colour
    ws["A4"] = "Teckenförklaring:"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = "Grön text = kontrollen genomförd"
    ws["B4"].font = Font(color=GREEN, bold=True)
    ws["C4"] = "Orange text = pågår / delvis genomförd"
    ws["C4"].font = Font(color=ORANGE, bold=True)
    ws["D4"] = "Röd text = ej genomförd"
    ws["D4"].font = Font(color=RED, bold=True)
    ws["E4"] = "Svart text = ej rapporterad"
    ws["E4"].font = Font(bold=True)
    ws["A5"] = "Kontrollmomentets text färgas av kontrollansvarig vid varje tertialuppföljning."
    ws["A5"].font = Font(italic=True, size=9)

    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Kommentar T2"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP

    groups = [
        ("Process: Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Tertial",
             "Ekonomichef", "25 fakturor granskade, samtliga korrekt attesterade.", GREEN, "GENOMFORD", "nej"),
            ("1.2", "Representation och interna kostnader – syfte och deltagare dokumenterade",
             "Stickprov 10 verifikat", "Tertial", "Controller",
             "10 verifikat granskade. I 3 fall saknades deltagarförteckning, återkoppling till berörda chefer har skett.",
             GREEN, "GENOMFORD", "ja"),
            ("1.3", "Avstämning av balanskonton vid tertialbokslut", "Avstämning", "Tertial",
             "Redovisningsansvarig",
             "Avstämning av 3 av 8 balanskonton klar, resterande slutförs i oktober.", ORANGE, "DELVIS", "nej"),
        ]),
        ("Process: Upphandling och inköp", [
            ("2.1", "Inköp följer gällande ramavtal (avtalstrohet)", "Stickprov 30 inköp", "Halvår",
             "Upphandlingschef", "Analys försenad på grund av byte av e-handelssystem.", RED, "EJ_GENOMFORD", ""),
            ("2.2", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje",
             "Genomgång av samtliga", "Tertial", "Upphandlingschef",
             "Genomgång påbörjad, 6 av 14 direktupphandlingar kontrollerade. Hittills en med bristande dokumentation.",
             ORANGE, "DELVIS", "ja"),
        ]),
        ("Process: Personal", [
            ("3.1", "Behörigheter i lönesystemet tas bort vid avslutad anställning",
             "Jämförelse avslutade anställningar mot behörighetslista", "Tertial", "HR-chef",
             "Samtliga 17 avslutade anställningar kontrollerade, behörigheter borttagna i tid.", GREEN,
             "GENOMFORD", "nej"),
            ("3.2", "Bisysslor anmäls och prövas enligt riktlinje", "Enkät till chefer", "Årlig", "HR-chef",
             "Ej påbörjad – genomförs i november enligt plan.", None, "EJ_GENOMFORD", ""),
            ("3.3", "Löneutbetalningar – kontroll av manuella lönetillägg", "Stickprov 20 lönetillägg", "Tertial",
             "Lönechef", "", None, "SAKNAS", ""),
        ]),
        ("Process: Informationssäkerhet och dokumenthantering", [
            ("4.1", "Loggkontroll av åtkomst till personuppgifter i ärendehanteringssystemet", "Logguttag",
             "Tertial", "Informationssäkerhetssamordnare",
             "Loggkontroll genomförd för maj–augusti. Två otillåtna åtkomster identifierade och anmälda till dataskyddsombudet.",
             GREEN, "GENOMFORD", "ja"),
            ("4.2", "Diarieföring av inkommande handlingar sker inom fem arbetsdagar", "Stickprov 40 handlingar",
             "Tertial", "Registrator", "Registrator tjänstledig under perioden, ingen ersättare.", RED,
             "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 8
    n = 0
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for nr, km, metod, frek, ansv, kom, col, st, avv in rows:
            vals = [nr, km, metod, frek, ansv, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BORDER
                cell.alignment = WRAP
            if col:
                ws.cell(row=r, column=2).font = Font(color=col)
            exp(fil, N, km, st, avv)
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Antal kontrollmoment: {n}")
    ws.cell(row=r + 2, column=1, value="Uppföljningen sammanställd 2025-09-12 av Karin Wahlberg, controller")
    ws.cell(row=r + 3, column=1, value="Godkänd: Per-Olof Sandin, kommundirektör")
    for col, w in zip("ABCDEF", [6, 48, 28, 10, 22, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Brännsjö kommun"
    fix_wb_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, result text marked with Word HIGHLIGHTER
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_delarsuppfoljning_internkontroll_2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). Nedan redovisas "
        "resultatet av de kontroller som genomförts under perioden januari–augusti. Kontrollerna har "
        "utförts av förvaltningens controller och berörda verksamhetschefer.")
    p = d.add_paragraph()
    p.add_run("Markering av resultat: ").bold = True
    r = p.add_run("grön överstrykning")
    r.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    p.add_run(" = kontrollen genomförd, ")
    r = p.add_run("gul överstrykning")
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run(" = delvis genomförd / pågår, ")
    r = p.add_run("röd överstrykning")
    r.font.highlight_color = WD_COLOR_INDEX.RED
    p.add_run(" = ej genomförd. Ingen markering = ej aktuellt under perioden eller ej rapporterat.")

    rows = [
        ("Felaktiga utbetalningar av skolskjutsersättning",
         "Kontroll att beslut om skolskjuts finns för samtliga elever med skolskjuts",
         "Registerkontroll", "Skolskjutssamordnare",
         "Samtliga 212 elever hade giltigt beslut.", WD_COLOR_INDEX.BRIGHT_GREEN, "GENOMFORD", "nej"),
        ("Barn får inte plats i förskola inom lagstadgad tid",
         "Barn i kö till förskola erbjuds placering inom fyra månader",
         "Uttag ur placeringssystemet", "Verksamhetschef förskola",
         "Kontroll gjord för januari–augusti. 4 barn fick placering senare än fyra månader, orsak platsbrist i Norrby.",
         WD_COLOR_INDEX.BRIGHT_GREEN, "GENOMFORD", "ja"),
        ("Kränkande behandling utreds inte",
         "Anmälan om kränkande behandling hanteras och utreds enligt rutin",
         "Genomgång av anmälningar", "Utvecklingsledare",
         "Genomgång av vårterminens anmälningar klar (48 st). Höstterminens anmälningar granskas i december.",
         WD_COLOR_INDEX.YELLOW, "DELVIS", "nej"),
        ("Beslut fattas utan delegation",
         "Rektorers delegationsbeslut anmäls till nämnden",
         "Jämförelse beslutslogg mot nämndprotokoll", "Nämndsekreterare",
         "Har inte hunnits med under perioden.", WD_COLOR_INDEX.RED, "EJ_GENOMFORD", ""),
        ("Elever saknar skolplacering",
         "Skolpliktsbevakning – elever som inte är inskrivna i någon skola följs upp",
         "Avstämning mot folkbokföring", "Skolchef",
         "Genomförd i februari och augusti. Inga elever utan skolplacering.", WD_COLOR_INDEX.BRIGHT_GREEN,
         "GENOMFORD", "nej"),
        ("Inköp utanför avtal",
         "Inköp av läromedel sker från upphandlade leverantörer",
         "Stickprov fakturor", "Controller",
         "Stickprov på 3 av 9 skolor. Vid en skola hade inköp skett utanför avtal.", WD_COLOR_INDEX.YELLOW,
         "DELVIS", "ja"),
        ("Brister i brandskydd",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet",
         "Egenkontroll", "Rektorer",
         "Kontrollmomentet utgår efter beslut i nämnden 2025-04-15 § 52, hanteras av Tekniska förvaltningen.",
         None, "UTGAR", ""),
        ("Olämplig person anställs",
         "Registerutdrag ur belastningsregistret begärs vid nyanställning",
         "Stickprov nyanställda", "HR-konsult",
         "Ej påbörjad, planeras till hösten.", WD_COLOR_INDEX.RED, "EJ_GENOMFORD", ""),
        ("Obehörig åtkomst till elevuppgifter",
         "Behörigheter i elevdokumentationssystemet ses över",
         "Behörighetslista", "Systemförvaltare",
         "", None, "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Risk", "Kontrollmoment", "Metod", "Ansvarig", "Resultat delår 2025"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for risk, km, metod, ansv, res, hl, st, avv in rows:
        c = t.add_row().cells
        set_cell(c[0], risk)
        set_cell(c[1], km)
        set_cell(c[2], metod)
        set_cell(c[3], ansv)
        if res:
            set_cell(c[4], res, highlight=hl)
        exp(fil, N, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Sammantaget bedömer förvaltningen att den interna kontrollen i huvudsak fungerar. "
                    "De avvikelser som noterats har återkopplats till berörda verksamheter.")
    d.add_paragraph("Brännsjö 2025-09-08")
    d.add_paragraph("Ulla Berg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    fix_docx_props(d, "Delårsuppföljning internkontroll BUN 2025")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, "Genomförd / Delvis / Ej genomförd" written in each row, chosen one BOLD;
#    struck-through control = utgår
# ---------------------------------------------------------------------------
OPTS = ["Genomförd", "Delvis", "Ej genomförd"]


def bedomning_cell(cell, chosen, strike=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, o in enumerate(OPTS):
        r = p.add_run(o)
        r.bold = o in chosen
        if strike:
            r.font.strike = True
        if i < len(OPTS) - 1:
            r2 = p.add_run(" / ")
            if strike:
                r2.font.strike = True


def file_sn():
    fil = "Socialnamnden_IKP_uppfoljning_T2_2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Period: tertial 2 (maj–augusti 2025)")
    d.add_paragraph("Diarienummer: SN 2025/0412")
    p = d.add_paragraph()
    p.add_run("Instruktion: ").bold = True
    p.add_run("Ange bedömningen för perioden genom att markera aktuellt alternativ med ")
    p.add_run("fetstil").bold = True
    p.add_run(". Kontrollmoment som utgått efter beslut i nämnden markeras med ")
    r = p.add_run("genomstruken text")
    r.font.strike = True
    p.add_run(". Beskriv iakttagelser och eventuella avvikelser i kommentarskolumnen.")

    areas = [
        ("Område: Myndighetsutövning", [
            ("1", "Utredningar inom barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
             "Uttag ur verksamhetssystemet", ["Genomförd"], False,
             "Av 64 avslutade utredningar överskred 9 fyra månader. Beslut om förlängning fanns i 7 fall.",
             "GENOMFORD", "ja"),
            ("2", "Skyddsbedömning görs samma dag som orosanmälan inkommer",
             "Stickprov 30 anmälningar", ["Genomförd"], False,
             "Samtliga 30 anmälningar hade skyddsbedömning samma dag.", "GENOMFORD", "nej"),
            ("3", "Beslut om bistånd fattas enligt delegationsordningen",
             "Stickprov 40 beslut", ["Delvis"], False,
             "15 av planerade 40 beslut granskade. Inga felaktigheter hittills.", "DELVIS", "nej"),
            ("4", "Uppföljning av placerade barn sker minst var sjätte månad",
             "Genomgång av akter", [], True,
             "Ingår i egenkontrollprogrammet från 2025 (SN 2025-02-19 § 18).", "UTGAR", ""),
            ("5", "Journalanteckningar förs löpande enligt dokumentationsrutin",
             "Stickprov 20 akter", [], False, "", "SAKNAS", ""),
        ]),
        ("Område: Ekonomi", [
            ("6", "Utbetalning av ekonomiskt bistånd sker enbart efter beslut i verksamhetssystemet",
             "Stickprov 50 utbetalningar", ["Genomförd"], False,
             "1 av 50 utbetalningar saknade beslut. Återkrav har inletts.", "GENOMFORD", "ja"),
            ("7", "Fakturor för externa placeringar stäms av mot avtal och beslut",
             "Avstämning", ["Ej genomförd"], False,
             "Kontrollen har inte hunnits med på grund av vakanser på ekonomienheten.", "EJ_GENOMFORD", ""),
            ("8", "Hantering av klientmedel – kvartalsvis avstämning av kassa",
             "Kassainventering", ["Genomförd", "Delvis"], False, "Se bilaga 2.", "OKLAR", ""),
            ("9", "Kontroll av kostnader för tolktjänster mot avtalade priser",
             "Stickprov fakturor", [], True, "", "UTGAR", ""),
            ("10", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor", ["Delvis"], False,
             "Stickprov genomfört för maj och juni, juli–augusti återstår.", "DELVIS", "nej"),
        ]),
    ]
    for aname, rows in areas:
        d.add_heading(aname, level=3)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod", "Bedömning T2", "Kommentar"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for nr, km, metod, chosen, struck, kom, st, avv in rows:
            c = t.add_row().cells
            set_cell(c[0], nr, strike=struck)
            set_cell(c[1], km, strike=struck)
            set_cell(c[2], metod, strike=struck)
            bedomning_cell(c[3], chosen, strike=struck)
            if kom:
                set_cell(c[4], kom)
            exp(fil, N, km, st, avv)
        d.add_paragraph()
    d.add_paragraph("Bilaga 2: Kassainventering klientmedel (separat dokument)")
    d.add_paragraph("Sammanställt av: Jonas Lind, kvalitetscontroller, Socialförvaltningen")
    fix_docx_props(d, "Uppföljning IKP Socialnämnden T2 2025")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - xlsx, delår + helår columns with status words; struck-through rows = utgår
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden - uppföljning internkontrollplan helår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Genomstruken rad = kontrollmomentet utgår enligt beslut i nämnden. Statusvärden: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, Ej genomförd."
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:G2")
    ws["D3"] = "Delår (jan–aug)"
    ws.merge_cells("D3:E3")
    ws["F3"] = "Helår"
    ws.merge_cells("F3:G3")
    for ref in ("D3", "F3"):
        ws[ref].font = Font(bold=True)
        ws[ref].alignment = Alignment(horizontal="center")
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
    rows = [
        ("Ekonomi", "Attestering av fakturor sker enligt attestordning", "Ekonomichef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", False,
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att inköp sker från avtalad leverantör", "Inköpssamordnare",
         "Pågår", "", "Genomförd med avvikelse", "2 av 30 inköp utanför avtal (drivmedel).", False,
         "GENOMFORD", "ja"),
        ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         "Genomförd", "Alla prover enligt programmet utförda, inga anmärkningar.", "", "", False,
         "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-avgifter stäms av mot mätarställning", "Debiteringsansvarig",
         "Ej påbörjad", "", "Pågår", "Avstämning av 60 % av abonnenterna klar.", False, "DELVIS", "nej"),
        ("Gata/park", "Besiktning av lekplatser genomförs enligt plan", "Parkchef",
         "Pågår", "", "Genomförd", "31 av 31 lekplatser besiktade. Brister på 4 lekplatser, åtgärdade.",
         False, "GENOMFORD", "ja"),
        ("Gata/park", "Vinterväghållning – kontroll av entreprenörens utryckningstider", "Gatuchef",
         "Ej påbörjad", "", "", "", True, "UTGAR", ""),
        ("Fastighet", "Hyresavtal för externa lokaler följs upp mot budget", "Fastighetschef",
         "Ej påbörjad", "", "Ej genomförd", "Resursbrist, flyttas till 2026 års plan.", False,
         "EJ_GENOMFORD", ""),
        ("Fastighet", "Energiuppföljning i kommunens verksamhetsfastigheter", "Energistrateg",
         "Pågår", "Mätdata saknas för kvartal 2.", "Utgår",
         "Ersätts av energikartläggning enligt nytt uppdrag (TN 2025-10-21 § 88).", True, "UTGAR", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs korrekt", "Fordonssamordnare",
         "", "", "", "", False, "SAKNAS", ""),
        ("Avfall", "Vågsedlar vid återvinningscentralen stäms av mot fakturering", "Avfallschef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Avstämning per månad, inga avvikelser.", False,
         "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        vals = row[:7]
        struck = row[7]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if struck:
                cell.font = Font(strike=True, color="7F7F7F")
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    ws.cell(row=r + 1, column=1, value="Behandlad i Tekniska nämnden 2026-01-27 § 5")
    for col, w in zip("ABCDEFG", [12, 50, 20, 22, 36, 22, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    fix_wb_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnämnden - xls (xlwt), status words in coloured font; nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_mbn():
    # xlwt cannot write non-ASCII print headers under Python 3, so the sheet is built with openpyxl
    # and converted to BIFF8 .xls by LibreOffice (font colours and print header survive).
    fil = "MBN uppföljning IK T2 2025.xls"
    N = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "Tertial 2 2025"
    ws.oddFooter.left.text = "Brännsjö kommun"
    ws.oddFooter.right.text = "Sida &P"
    GREY = "808080"
    cols = {"green": GREEN, "orange": ORANGE, "red": RED, "grey": GREY}
    ws["A1"] = "Uppföljning intern kontroll – tertial 2, 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Statusfärg:"
    ws["A2"].font = Font(bold=True)
    for ref, txt, c in (("B2", "grön = genomförd", GREEN), ("C2", "orange = pågår/delvis", ORANGE),
                        ("D2", "röd = ej genomförd", RED), ("E2", "grå = utgår", GREY)):
        ws[ref] = txt
        ws[ref].font = Font(color=c)
    ws["A3"] = "Statuskolumnens färg gäller; texten i statuskolumnen är ett förtydligande."
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Status", "Resultat / kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    rows = [
        ("1", "Handläggningstid för bygglov inom tio veckor från komplett ansökan", "Bygglovschef",
         "Genomförd", "green", "96 % inom tidsfristen, 5 ärenden överskred. Orsaken har analyserats.",
         "GENOMFORD", "ja"),
        ("2", "Avgifter för bygglov debiteras enligt taxa", "Bygglovschef", "Genomförd", "green",
         "Stickprov 20 ärenden, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("3", "Tillsyn av livsmedelsanläggningar enligt kontrollplan", "Miljöchef", "Se kommentar", "orange",
         "62 av 118 planerade kontroller utförda t.o.m. augusti.", "DELVIS", "nej"),
        ("4", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Genomförd", "green", "",
         "GENOMFORD", ""),
        ("5", "Avskrivna ärenden motiveras i beslut", "Bygglovschef", "Ej genomförd", "red",
         "Skjuts till tertial 3.", "EJ_GENOMFORD", ""),
        ("6", "Jäv – handläggare anmäler jäv i ärendesystemet", "Miljöchef", "Pågår", "orange",
         "Enkät skickad, svar från 9 av 14 handläggare.", "DELVIS", "nej"),
        ("7", "Enskilda avlopp – förelägganden följs upp", "Miljöinspektör", "Utgår", "grey",
         "Ingår i tillsynsprojekt 2026.", "UTGAR", ""),
        ("8", "Arkivering av avslutade ärenden sker enligt dokumenthanteringsplan", "Registrator", "", None, "",
         "SAKNAS", ""),
        ("9", "Strandskyddsdispenser – överprövning av länsstyrelsen följs upp", "Planchef", "Ej genomförd",
         "red", "Kontrollen ej utförd, tjänsten som planchef vakant sedan juni.", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for nr, km, ansv, status, col, kom, st, avv in rows:
        for c, v in enumerate([nr, km, ansv, status, kom], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        if col:
            ws.cell(row=r, column=4).font = Font(bold=True, color=cols[col])
        exp(fil, N, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppdaterad 2025-09-15 / AH")
    for col, w in zip("ABCDE", [6, 55, 20, 16, 60]):
        ws.column_dimensions[col].width = w
    fix_wb_props(wb)
    tmp = tempfile.mkdtemp(prefix="r277_")
    src = os.path.join(tmp, "mbn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.move(os.path.join(tmp, "mbn.xls"), os.path.join(HERE, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden - xlsx, Status T1 + T2 words; red font = avvikelse noted
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_internkontroll_T1_T2_2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 1 och tertial 2"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Text i röd färg = avvikelse har noterats vid kontrollen. Se fliken Instruktion."
    ws["A3"].font = Font(color=RED, italic=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Status T1", "Status T2", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BORDER
    rows = [
        ("Läkemedel", "Läkemedelsförråd inventeras och narkotikaklassade läkemedel räknas", "Varje tertial", "MAS",
         "Klar", "Klar", "Differens i narkotikaförrådet på Ekbacken, avvikelse rapporterad.", True,
         "GENOMFORD", "ja"),
        ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Varje tertial",
         "Enhetschef", "Klar", "Pågår", "Granskning av 25 planer pågår.", False, "DELVIS", "nej"),
        ("Avgifter", "Avgiftsbeslut för hemtjänst stäms av mot utförd tid", "Varje tertial", "Avgiftshandläggare",
         "Klar", "Klar", "Inga avvikelser.", False, "GENOMFORD", "nej"),
        ("Bemanning", "Schemaläggning följer arbetstidslagen (dygnsvila)", "Varje tertial", "Bemanningsenheten",
         "Pågår", "Klar", "Brott mot dygnsvila i 12 fall under sommaren.", True, "GENOMFORD", "ja"),
        ("Hygien", "Basala hygienrutiner följs – punktprevalensmätning (PPM-BHK)", "Årligen",
         "Hygiensjuksköterska", "Klar", "", "Mätning genomförd i mars, nästa mätning 2026.", False,
         "GENOMFORD", "nej"),
        ("Lex Sarah", "Rapporter enligt lex Sarah utreds inom två veckor", "Varje tertial", "Kvalitetsutvecklare",
         "Klar", "Ej påbörjad", "Kontrollen för T2 ej utförd på grund av semester.", False, "EJ_GENOMFORD", ""),
        ("Kontanthantering", "Hantering av brukares kontanter – kvittens och kassabok", "Varje tertial",
         "Enhetschef", "Ej aktuell", "Ej aktuell",
         "Ingen kontanthantering förekommer längre efter införande av betalkort.", False, "UTGAR", ""),
        ("Inköp", "Inköp av förbrukningsmaterial sker via e-handel", "Halvår", "Ekonomisamordnare",
         "", "Pågår", "Hittills 4 inköp utanför e-handeln.", True, "DELVIS", "ja"),
        ("Nyckelhantering", "Kvittens av nycklar och taggar till brukares bostad", "Varje tertial", "Enhetschef",
         "Ej påbörjad", "Klar", "Inga avvikelser.", False, "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        område, km, frek, ansv, t1, t2, kom, red, st, avv = row
        vals = [område, km, frek, ansv, t1, t2, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        if red:
            ws.cell(row=r, column=6).font = Font(color=RED)
            ws.cell(row=r, column=7).font = Font(color=RED)
        exp(fil, N, km, st, avv)
        r += 1
    for col, w in zip("ABCDEFG", [18, 55, 14, 20, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion för uppföljning av internkontroll",
        "Fyll i status för aktuell tertial: Klar, Pågår, Ej påbörjad eller Ej aktuell.",
        "Om kontrollen visar avvikelse ska status och kommentar skrivas i röd text.",
        "Årliga kontroller redovisas den tertial då de genomförs.",
        "Skicka filen till ekonomienheten senast 15 september.",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=l)
    ins["A1"].font = Font(bold=True)
    fix_wb_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Brännsjö Energi AB - ordinary .doc (docx converted by LibreOffice), text only, helår
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def file_beab():
    fil = "Brännsjö Energi AB - Intern kontroll helår 2025.doc"
    N = "Brännsjö Energi AB"
    d = docx.Document()
    d.add_heading("Brännsjö Energi AB", level=1)
    d.add_paragraph("Rapport intern kontroll 2025 – helårsuppföljning till styrelsen")
    d.add_paragraph("Styrelsemöte 2026-02-12, ärende 6")
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan 2025-02-20. Nedan följer uppföljningen av "
        "samtliga kontrollmoment för helåret 2025.")
    items = [
        ("Attest och utanordning", "Fakturor attesteras av behörig attestant enligt attestförteckning",
         "Genomförd", "Stickprov 50 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Mätning och debitering", "Avläsning och debitering av fjärrvärmemätare",
         "Genomförd med anmärkning", "3 mätare med felaktig avläsning har korrigerats och kunderna krediterats.",
         "GENOMFORD", "ja"),
        ("IT och driftsäkerhet", "Behörighetsgranskning i driftövervakningssystemet (SCADA)",
         "Delvis genomförd", "Granskning av användarkonton klar, granskning av leverantörsåtkomst återstår.",
         "DELVIS", "nej"),
        ("Kundreskontra", "Bevakning av förfallna kundfordringar och påminnelserutin",
         "Ej genomförd", "Ny ekonomichef tillträdde i oktober, kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Myndighetsrapportering", "Kontroll av elcertifikatsrapportering till Energimyndigheten",
         "Ej aktuell", "Bolaget omfattas inte längre av kvotplikt.", "UTGAR", ""),
        ("Dataskydd", "Efterlevnad av GDPR vid hantering av kunduppgifter",
         "Genomförd", "Granskning av kundregistret genomförd, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for i, (rubrik, km, status, res, st, avv) in enumerate(items, 1):
        d.add_heading(f"{i}. {rubrik}", level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(status)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Magnus Öhrn, VD")
    fix_docx_props(d, "Intern kontroll helår 2025 Brännsjö Energi AB")
    tmp = tempfile.mkdtemp(prefix="r277_")
    src = os.path.join(tmp, "beab.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.move(os.path.join(tmp, "beab.doc"), os.path.join(HERE, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. REJECT - covering letter (missiv) from Socialnämnden, with highlighted text, no controls
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv_Socialnamnden_IK_T2_2025.docx"
    d = docx.Document()
    d.add_paragraph("Socialförvaltningen\nBrännsjö kommun")
    d.add_paragraph("2025-09-26")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av internkontrollplan, tertial 2 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplan 2025 för tertial 2. "
        "Uppföljningen behandlades av nämnden 2025-09-24 § 97 och bifogas som separat fil.")
    p = d.add_paragraph("Observera att ")
    r = p.add_run("bedömningen för kontrollmomentet om klientmedel kompletteras efter kassainventeringen i oktober")
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    p.add_run(". Kontrollmoment som utgått är markerade med genomstruken text i uppföljningen.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJonas Lind\nKvalitetscontroller\njonas.lind@brannsjo.se")
    fix_docx_props(d, "Missiv uppföljning IK T2")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Brännsjö Energi AB", "BEAB|Brännsjö Energi|Energibolaget"),
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
    file_ks()
    file_bun()
    file_sn()
    file_tn()
    file_mbn()
    file_von()
    file_beab()
    file_missiv()
    write_csvs()


if __name__ == "__main__":
    main()
