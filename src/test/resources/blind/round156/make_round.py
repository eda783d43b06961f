#!/usr/bin/python3
"""Blind round 156 - Norrvik kommun, helår 2025 ("trafikljus").

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round156"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def new_wb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Norrvik kommun"
    return wb


def save_wb(wb, name):
    for ws in wb.worksheets:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(HERE, name))


def lo_convert(src_path, fmt, final_name):
    """Convert with LibreOffice into HERE/final_name."""
    out = tempfile.mkdtemp(prefix="r156lo_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", out, src_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(out)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(out, produced[0]), os.path.join(HERE, final_name))
    shutil.rmtree(out)


def widths(ws, ws_widths, first_row=1):
    """Set column widths and approximate row heights for wrapped text (as a user would)."""
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    merged = set()
    for rng in ws.merged_cells.ranges:
        for row in range(rng.min_row, rng.max_row + 1):
            merged.add(row)
    for row in ws.iter_rows(min_row=first_row):
        if row[0].row in merged:
            continue
        lines = 1
        for c in row:
            if c.value is None or not isinstance(c.value, str):
                continue
            if not (c.alignment and c.alignment.wrap_text):
                continue
            w = ws_widths[c.column - 1] if c.column <= len(ws_widths) else 10
            n = 0
            for part in c.value.split("\n"):
                n += max(1, -(-len(part) // max(1, int(w * 1.1))))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = 15 * lines


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, status only as pure fill in an empty cell, legend under the table
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_Uppfoljning_internkontroll_helar_2025.xlsx"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    rows = [
        ("H", "Ekonomiprocesser"),
        ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar, oegentligheter",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor i Raindance", "2 ggr/år", "Redovisningschef",
         G, "Stickprov 40 fakturor (maj och november), samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("1.2", "Representation", "Otillåten representation, förtroendeskada",
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Genomgång av samtliga representationsfakturor per tertial", "Per tertial", "Controller",
         Y, "Genomgånget för T1 och T2 utan anmärkning. T3 återstår p.g.a. sjukfrånvaro, görs i februari 2026.",
         "DELVIS", "nej"),
        ("1.3", "Bokslut", "Felaktig redovisning",
         "Avstämning av balanskonton inför bokslut",
         "Avstämningsmall per balanskonto", "Årligen", "Redovisningsekonom",
         Y, "Samtliga balanskonton avstämda per 2025-12-31. Två konton (1790, 2990) hade differenser som har rättats i bokslutet.",
         "GENOMFORD", "ja"),
        ("1.4", "Inköp", "Otillåten direktupphandling",
         "Kontroll att inköp sker från avtalade leverantörer (avtalstrohet)",
         "Analys av leverantörsreskontra mot avtalsdatabas", "Årligen", "Upphandlingschef",
         R, "Ej genomförd. Uppföljningsverktyget för avtalstrohet har inte levererats av leverantören.",
         "EJ_GENOMFORD", ""),
        ("H", "Personal och lön"),
        ("2.1", "Behörigheter", "Obehörig åtkomst till personuppgifter",
         "Behörigheter i lönesystemet Heroma stäms av mot aktuell befattning",
         "Behörighetslista mot HR-register", "Årligen", "Systemförvaltare HR",
         G, "", "GENOMFORD", "nej"),
        ("2.2", "Anställning", "Felaktiga löneutbetalningar",
         "Kontroll av att anställningsavtal är signerade före första lönetillfället",
         "Stickprov 25 nyanställningar", "Årligen", "HR-chef",
         Y, "Kontroll genomförd. 3 av 25 anställningar saknade signerat anställningsavtal vid första löneutbetalningen.",
         "GENOMFORD", "ja"),
        ("2.3", "Bisysslor", "Jäv och förtroendeskada",
         "Bisysslor: årlig inhämtning av uppgifter om bisysslor från samtliga chefer",
         "Enkät till chefer via HR-portalen", "Årligen", "HR-chef",
         None, "", "SAKNAS", ""),
        ("H", "Informationssäkerhet och dokumenthantering"),
        ("3.1", "Diarieföring", "Bristande offentlighet, ärenden tappas bort",
         "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 30 ärenden i Public 360", "Årligen", "Kanslichef",
         G, "Stickprov 30 ärenden, samtliga diarieförda i tid.", "GENOMFORD", "nej"),
        ("3.2", "Gallring", "Personuppgifter sparas för länge",
         "Gallring av personuppgifter i e-postlådor enligt informationshanteringsplanen",
         "Rapport ur e-postsystemet", "Årligen", "Dataskyddssamordnare",
         GR, "Utgår, hanteras i den kommungemensamma granskningen av e-post.", "UTGAR", ""),
        ("3.3", "Dataskydd", "Sanktionsavgift enligt GDPR",
         "Uppföljning av att registerförteckning enligt GDPR är uppdaterad",
         "Genomgång av registerförteckningen", "Årligen", "Dataskyddssamordnare",
         R, "Ej genomförd, flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Norrvik kommun"
    ws["A1"].font = Font(bold=True, size=10, color="595959")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "Förvaltning: Kommunledningsförvaltningen, ekonomiavdelningen"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status (färg)", "Kommentar / resultat"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill("DDEBF7")
                ws.cell(r, c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        nr, proc, risk, km, metod, frek, ansv, col, komm, st, av = row
        vals = [nr, proc, risk, km, metod, frek, ansv, None, komm or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if col:
            ws.cell(r, 8).fill = fill(col)
        EXPECTED.append((fil, "Kommunstyrelsen", km, st, av))
        r += 1
    r += 1
    ws.cell(r, 1, "Färgförklaring").font = Font(bold=True)
    r += 1
    for col, txt in [(G, "Genomförd utan anmärkning"),
                     (Y, "Genomförd med anmärkning eller delvis genomförd"),
                     (R, "Ej genomförd"),
                     (GR, "Utgår / ej aktuell")]:
        ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 1).border = BORDER
        ws.cell(r, 2, txt)
        r += 1
    r += 1
    ws.cell(r, 1, "Norrvik 2026-01-28")
    ws.cell(r + 1, 1, "Anna Lindqvist, controller, Kommunledningsförvaltningen")
    widths(ws, [6, 18, 24, 40, 28, 11, 18, 12, 50])
    ws.freeze_panes = "A7"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, codes 1/2/3 with cellIs conditional formatting,
#    legend beside the table, risk value column with its own (unrelated) colour rules
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN_IK_2025_helår.xlsx"
    rows = [
        ("Elevhälsa och trygghet",
         "Kontroll att anmälningar om kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         3, 4, "Stickprov 20 anmälningar i DF Respons", "Årligen", "Verksamhetsutvecklare",
         2, "Stickprov 20 anmälningar: 4 anmäldes till huvudman efter 6–9 arbetsdagar.",
         "Påminnelse till rektorer, ny kontroll 2026.", "GENOMFORD", "ja"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         2, 3, "Stickprov 30 fakturor", "2 ggr/år", "Ekonom BUF",
         1, "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Kontroll av att interkommunala ersättningar faktureras korrekt",
         3, 3, "Avstämning elevregister mot fakturerat", "Per termin", "Ekonom BUF",
         1, "Vt och ht avstämda utan differenser.", "", "GENOMFORD", "nej"),
        ("Skolplikt",
         "Uppföljning av frånvaro i grundskolan – rutin för kontakt med vårdnadshavare vid upprepad ogiltig frånvaro",
         3, 4, "Genomgång av frånvarorapporter och dokumenterade kontakter", "Per termin", "Rektorer",
         3, "Ej genomförd under 2025 på grund av byte av lärplattform.",
         "Genomförs vt 2026.", "EJ_GENOMFORD", ""),
        ("Personal",
         "Kontroll av att registerutdrag ur belastningsregistret har uppvisats vid nyanställning",
         2, 4, "Samtliga nyanställningar aug–okt", "Årligen", "HR-konsult",
         None, "Kontrollen genomförd i oktober. Samtliga 35 nyanställda hade uppvisat utdrag.",
         "", "GENOMFORD", "nej"),
        ("Förskola",
         "Barn i förskolan: kontroll av att placeringsavgift debiteras enligt maxtaxa",
         3, 2, "Stickprov 40 placeringar mot inkomstuppgift", "Årligen", "Handläggare barnomsorg",
         2, "Felaktig inkomstuppgift i 3 fall, avgiften har rättats och mellanskillnaden fakturerats.",
         "Årlig inkomstkontroll införs.", "GENOMFORD", "ja"),
        ("Skolskjuts",
         "Skolskjuts: kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         2, 2, "Stickprov 15 beslut", "Årligen", "Skolskjutssamordnare",
         None, "Se bilaga 3", "", "OKLAR", ""),
        ("Inköp",
         "Läromedelsinköp sker via avtalad leverantör",
         2, 2, "Rapport ur e-handelssystemet", "Årligen", "Inköpssamordnare",
         "–", "Utgår enligt nämndbeslut 2025-05-14 § 42 (ny upphandling pågår).",
         "", "UTGAR", ""),
        ("Betyg",
         "Kontroll av att betyg registreras i Vklass inom fastställd tid",
         2, 3, "Rapport ur Vklass", "Per termin", "Skoladministratör",
         1, "", "", "GENOMFORD", "nej"),
        ("Säkerhet",
         "Systematiskt brandskyddsarbete – egenkontroll i samtliga skolor och förskolor",
         2, 4, "Inrapporterade egenkontrollprotokoll", "Årligen", "Säkerhetssamordnare",
         3, "Genomförd i 14 av 22 enheter. Övriga enheter har inte lämnat protokoll.",
         "Påminnelse till förskolecheferna.", "DELVIS", ""),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Fyll i bedömning med siffra enligt teckenförklaringen till höger. Cellen färgas automatiskt."
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Process", "Kontrollmoment", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Bedömning helår (1–3)",
           "Iakttagelser / kommentar", "Åtgärd"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    r = hr + 1
    for row in rows:
        proc, km, s, k, metod, frek, ansv, code, komm, atg, st, av = row
        vals = [proc, km, s, k, None, metod, frek, ansv, code, komm or None, atg or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(r, 5, s * k)
        ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fil, "Barn- och utbildningsnämnden", km, st, av))
        r += 1
    last = r - 1
    # status colours by cellIs on the code column
    rng = "I%d:I%d" % (hr + 1, last)
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill("63BE7B")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill("FFEB84")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill("F8696B")))
    # risk value colours - nothing to do with the follow-up
    rng = "E%d:E%d" % (hr + 1, last)
    ws.conditional_formatting.add(rng, CellIsRule(operator="between", formula=["1", "4"], fill=fill("C6EFCE")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="between", formula=["5", "9"], fill=fill("FFEB9C")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="greaterThanOrEqual", formula=["10"], fill=fill("FFC7CE")))
    # legend beside the table
    ws["M5"] = "Teckenförklaring bedömning"
    ws["M5"].font = Font(bold=True)
    leg = [(1, "63BE7B", "Genomförd utan avvikelse"),
           (2, "FFEB84", "Genomförd med avvikelse"),
           (3, "F8696B", "Ej genomförd"),
           ("–", "FFFFFF", "Utgår")]
    for i, (code, col, txt) in enumerate(leg):
        ws.cell(6 + i, 13, code).fill = fill(col)
        ws.cell(6 + i, 13).border = BORDER
        ws.cell(6 + i, 13).alignment = Alignment(horizontal="center")
        ws.cell(6 + i, 14, txt)
    ws["M11"] = "Riskvärde = sannolikhet × konsekvens"
    ws["M11"].font = Font(bold=True)
    ws["M12"] = "1–4 låg"
    ws["M12"].fill = fill("C6EFCE")
    ws["M13"] = "5–9 medel"
    ws["M13"].fill = fill("FFEB9C")
    ws["M14"] = "10–16 hög"
    ws["M14"].fill = fill("FFC7CE")
    widths(ws, [18, 45, 11, 11, 9, 28, 11, 20, 12, 45, 28, 3, 8, 26])
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, emoji traffic lights in a Word table, separate Avvikelse column,
#    two tables (own controls + kommungemensamma)
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def make_sn():
    fil = "Socialnämnden uppföljning internkontroll helår 2025.docx"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Socialförvaltningen"
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_paragraph("Norrvik kommun").runs[0].font.size = Pt(9)
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 187). "
        "Nedan redovisas resultatet av årets kontroller. Kontrollerna har genomförts av "
        "enhetschefer och förvaltningens controller. Status anges med trafikljus enligt "
        "ekonomiavdelningens anvisning; eventuella avvikelser anges i separat kolumn.")
    p = d.add_paragraph()
    p.add_run("Statusmarkering: ").bold = True
    p.add_run("🟢 Genomförd    🟡 Delvis genomförd / pågående    🔴 Ej genomförd    ⚪ Utgår")
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status",
           "Avvikelse", "Kommentar"]
    own = [
        ("H", "Individ- och familjeomsorg, barn och unga"),
        ("Orosanmälningar",
         "Kontroll att förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan",
         "Stickprov 30 anmälningar i Treserva", "Enhetschef barn och unga",
         "🟢", "Nej", "Stickprov 30 anmälningar, samtliga förhandsbedömda inom 14 dagar.",
         "GENOMFORD", "nej"),
        ("Utredning",
         "Utredningstid barnavårdsutredningar – max fyra månader",
         "Uttag ur Treserva, samtliga avslutade utredningar okt–dec", "Enhetschef barn och unga",
         "🟢", "Ja", "Kontroll genomförd. 8 av 52 utredningar överskred fyra månader utan "
         "beslut om förlängning. Åtgärdsplan tas fram under Q1 2026.",
         "GENOMFORD", "ja"),
        ("Placeringar",
         "Uppföljning av att vårdplan upprättas vid placering av barn i familjehem/HVB",
         "Genomgång av samtliga pågående placeringar", "Enhetschef placeringar",
         "🟡", "–", "Genomgång av placeringar inom barn och unga klar. Placeringar inom "
         "vuxenenheten återstår.",
         "DELVIS", ""),
        ("Familjehem",
         "Kontroll av att ersättning till familjehem betalas ut enligt SKR:s rekommendationer",
         "Stickprov 20 uppdragsavtal mot utbetalning", "Controller",
         "🟢", "Ja", "Två familjehem hade fått för högt omkostnadsbelopp. Återkrav gjort.",
         "GENOMFORD", "ja"),
        ("H", "Försörjningsstöd"),
        ("Delegation",
         "Kontroll av att beslut om försörjningsstöd fattas enligt delegationsordningen",
         "Stickprov 25 beslut", "Enhetschef försörjningsstöd",
         "🟢", "Nej", "Samtliga beslut fattade på rätt delegationsnivå.",
         "GENOMFORD", "nej"),
        ("Utbetalning",
         "Stickprov av utbetalt försörjningsstöd mot underlag (dubbelutbetalningar)",
         "Stickprov 40 utbetalningar", "Controller",
         "🔴", "", "Ej genomförd p.g.a. vakans på ekonomfunktionen. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Dokumentation",
         "Kontroll att dokumentation i Treserva sker löpande (senast 14 dagar)",
         "Stickprov 20 akter", "Enhetschef försörjningsstöd",
         "", "", "Redovisas i samband med verksamhetsberättelsen 2025.",
         "SAKNAS", ""),
        ("H", "Ekonomi och administration"),
        ("Kontanthantering",
         "Hantering av kontanta medel och kassaboxar på boenden",
         "Inventering av kassor", "Enhetschef boenden",
         "⚪", "", "Utgår – kontanthanteringen avvecklades 2025-03-01.",
         "UTGAR", ""),
    ]
    common = [
        ("Upphandling",
         "Kontroll av att avtal finns vid direktupphandling över 100 000 kr",
         "Leverantörsreskontra mot avtalsdatabas", "Controller",
         "🟢", "Nej", "Inga direktupphandlingar utan avtal.", "GENOMFORD", "nej"),
        ("Lön",
         "Lönetransaktioner – kontroll av ändringar av kontonummer för utbetalning",
         "Heroma-rapport över ändrade kontonummer", "HR-konsult",
         "🔴", "", "Ej genomförd – rapporten ur Heroma har inte kunnat tas fram.",
         "EJ_GENOMFORD", ""),
    ]

    def table(rows):
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            set_cell_bg(c, "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            if row[0] == "H":
                m = cells[0].merge(cells[-1])
                m.text = ""
                m.paragraphs[0].add_run(row[1]).bold = True
                set_cell_bg(m, "EDEDED")
                continue
            proc, km, met, ansv, emo, avv, komm, st, av = row
            for i, v in enumerate([proc, km, met, ansv, emo, avv, komm]):
                cells[i].text = v
            cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            EXPECTED.append((fil, "Socialnämnden", km, st, av))
        colw = [Cm(3.0), Cm(6.0), Cm(4.0), Cm(3.2), Cm(1.8), Cm(2.0), Cm(6.1)]
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(colw[i].twips)))
        for rw in t.rows:
            for i, c in enumerate(rw.cells):
                c.width = colw[i]
        return t

    d.add_heading("1. Nämndens egna kontrollmoment", level=3)
    table(own)
    d.add_paragraph()
    d.add_heading("2. Kommungemensamma kontrollmoment", level=3)
    d.add_paragraph("Kontrollmoment beslutade av kommunstyrelsen för samtliga nämnder.")
    table(common)
    d.add_paragraph()
    d.add_paragraph("Norrvik 2026-02-03")
    d.add_paragraph("Maria Ek\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .xls, the whole row is coloured (Good/Neutral/Bad shades)
# ---------------------------------------------------------------------------
def make_von(tmp):
    fil = "VON uppföljning IKP 2025.xls"
    G, Y, R = "C6EFCE", "FFEB9C", "FFC7CE"
    rows = [
        ("Hälso- och sjukvård",
         "Läkemedelshantering – signeringslistor kontrolleras mot ordination",
         "Kvartalsvisa stickprov", "Kvartalsvis", "MAS",
         G, "Stickprov på samtliga fyra särskilda boenden, inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Hälso- och sjukvård",
         "Avvikelser enligt SoL/HSL rapporteras i Lifecare inom 24 timmar",
         "Rapport ur Lifecare", "2 ggr/år", "Kvalitetsutvecklare",
         Y, "Kontroll genomförd. 11 % av avvikelserna rapporterades senare än 24 timmar.",
         "Information på APT", "GENOMFORD", "ja"),
        ("Hemtjänst",
         "Kontroll av att genomförandeplan finns och är uppdaterad inom hemtjänsten",
         "Stickprov 40 brukare", "Årligen", "Enhetschefer hemtjänst",
         Y, "Stickprov 40 brukare: 9 saknade uppdaterad genomförandeplan.",
         "Uppdateras senast mars 2026", "GENOMFORD", "ja"),
        ("Hemtjänst",
         "Nyckelhantering i hemtjänsten – kvittens av nycklar och nyckelskåp",
         "Inventering av nyckelskåp", "Årligen", "Enhetschefer hemtjänst",
         G, "", "", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Fakturering av omsorgsavgifter – kontroll mot beslut och avgiftsunderlag",
         "Stickprov 30 avgiftsbeslut", "Årligen", "Avgiftshandläggare",
         R, "Ej genomförd, avgiftshandläggaren har slutat.", "Görs Q1 2026",
         "EJ_GENOMFORD", ""),
        ("Ekonomi",
         "Kontroll av att bemanningsschema följer budgeterad bemanning (timanställda)",
         "Jämförelse schema/utfall i Time Care", "Per tertial", "Controller",
         None, "", "", "SAKNAS", ""),
        ("Valfrihetssystem",
         "Uppföljning av LOV-utförare: kontroll av att utförd tid överensstämmer med beviljad tid",
         "Avstämning av tidrapporter", "Årligen", "Avtalsuppföljare",
         G, "Genomförd för samtliga tre externa utförare.", "", "GENOMFORD", "nej"),
        ("Särskilt boende",
         "Hantering av brukares privata medel på särskilt boende",
         "Genomgång av kassaböcker", "Årligen", "Enhetschefer SäBo",
         None, "Kontrollen har inte genomförts under året.", "", "EJ_GENOMFORD", ""),
        ("Hälso- och sjukvård",
         "Kontroll av att delegeringar av hälso- och sjukvårdsuppgifter är giltiga",
         "Stickprov i delegeringsregistret", "Årligen", "MAS",
         G, "Samtliga delegeringar giltiga vid stickprovet i november.", "",
         "GENOMFORD", "nej"),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Vård- och omsorgsnämnden – uppföljning internkontroll helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Instruktion: färgmarkera hela raden för varje kontrollmoment enligt färgerna nedan."
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Genomförd – inga brister"
    ws["A3"].fill = fill(G)
    ws["B3"] = "Genomförd – brister har noterats"
    ws["B3"].fill = fill(Y)
    ws["C3"] = "Ej genomförd"
    ws["C3"].fill = fill(R)
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Resultat helår", "Åtgärd"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    r = hr + 1
    for row in rows:
        omr, km, met, frek, ansv, col, res, atg, st, av = row
        for c, v in enumerate([omr, km, met, frek, ansv, res or None, atg or None], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if col:
                cell.fill = fill(col)
        EXPECTED.append((fil, "Vård- och omsorgsnämnden", km, st, av))
        r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen sammanställd av Lars Nyberg, kvalitetsstrateg, 2026-01-22")
    widths(ws, [26, 46, 30, 12, 22, 48, 26])
    src = os.path.join(tmp, "VON uppföljning IKP 2025.xlsx")
    save_wb(wb, src)
    lo_convert(src, "xls", fil)
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - xlsx, Delår and Helår columns side by side, each cell
#    coloured (other shades), short text in the coloured cells
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "Kultur- och fritidsnämnden IK 2025 delår och helår.xlsx"
    G, Y, R, GR = "92D050", "FFC000", "FF5050", "BFBFBF"
    rows = [
        ("Föreningsbidrag – kontroll att bidrag betalas ut enligt riktlinjer och beslut",
         "Föreningskonsulent", "2 ggr/år",
         (G, "Vårens bidrag kontrollerade"), (G, "Höstens bidrag kontrollerade, inga fel"), "",
         "GENOMFORD", "nej"),
        ("Kassahantering i simhallen – dagliga kassarapporter stäms av mot bokföring",
         "Badchef", "Månadsvis",
         (Y, "Jan–jun avstämt"), (G, "Hela året avstämt. Differens 450 kr i mars utredd"),
         "Rutin för dubbelräkning vid dagskassa införd", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler: fakturering sker enligt bokningssystemet",
         "Bokningsansvarig", "2 ggr/år",
         (R, "Ej påbörjad"), (Y, "Stickprov sep–dec gjort, jan–aug återstår"), "",
         "DELVIS", ""),
        ("Bibliotekets medieinköp sker inom ramavtal",
         "Bibliotekschef", "Årligen",
         (G, "Genomförd, inga avvikelser"), (None, ""), "",
         "GENOMFORD", "nej"),
        ("Kontroll av att ledare i bidragsberättigade föreningar har lämnat utdrag ur belastningsregistret",
         "Föreningskonsulent", "Årligen",
         (Y, "Påbörjad"), (R, "Ej genomförd – rutinen har inte införts"), "Flyttas till 2026",
         "EJ_GENOMFORD", ""),
        ("Inventering av konstsamlingen (stickprov 10 %)",
         "Kulturstrateg", "Årligen",
         (GR, "Utgår 2025"), (GR, ""), "Inventering sker 2026 i samband med flytt av magasin",
         "UTGAR", ""),
        ("Arrangemang: kontroll av att tillstånd och avtal finns vid externa evenemang",
         "Evenemangssamordnare", "Årligen",
         (None, ""), (G, ""), "",
         "GENOMFORD", ""),
        ("Lönekontroll timanställda badvärdar – attesterad tid mot schema",
         "Badchef", "2 ggr/år",
         (G, "Genomförd"), (Y, "Andra stickprovet pågår"), "",
         "DELVIS", ""),
        ("Representation och gåvor – kontroll mot riktlinjer",
         "Förvaltningschef", "Årligen",
         (None, ""), (None, ""), "",
         "SAKNAS", ""),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Intern kontroll 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Färgkod:"
    ws["A3"].font = Font(bold=True)
    ws["A3"].alignment = Alignment(horizontal="right")
    for i, (col, txt) in enumerate([(G, "Klar"), (Y, "Pågår"), (R, "Ej påbörjad"), (GR, "Utgår")]):
        ws.cell(3, 2 + i, txt).fill = fill(col)
        ws.cell(3, 2 + i).alignment = Alignment(horizontal="center")
    # two header rows
    top = ["Kontrollmoment", "Ansvarig", "Frekvens", "Uppföljning", None, "Kommentar / åtgärd"]
    sub = [None, None, None, "Delår 2025 (jan–aug)", "Helår 2025 (jan–dec)", None]
    for c, h in enumerate(top, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c, h in enumerate(sub, 1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c in (1, 2, 3, 6):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells("D5:E5")
    r = 7
    for row in rows:
        km, ansv, frek, (dc, dt), (hc, ht), komm, st, av = row
        for c, v in enumerate([km, ansv, frek, dt or None, ht or None, komm or None], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if dc:
            ws.cell(r, 4).fill = fill(dc)
        if hc:
            ws.cell(r, 5).fill = fill(hc)
        EXPECTED.append((fil, "Kultur- och fritidsnämnden", km, st, av))
        r += 1
    r += 1
    ws.cell(r, 1, "Beslutad i nämnden 2026-02-12 § 9. Kontaktperson: Sofia Berg, nämndsekreterare.")
    widths(ws, [50, 22, 12, 26, 30, 40])
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - .ods, status words + fill, legend beside, "T3" period,
#    one control where colour and text disagree
# ---------------------------------------------------------------------------
def make_tn(tmp):
    fil = "Tekniska nämnden uppföljning intern kontroll T3 2025.ods"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "D9D9D9"
    rows = [
        ("TN1", "Fastighet",
         "Kontroll av att arbetsorder i fastighetssystemet attesteras innan fakturering",
         "Fastighetschef", ("Genomförd", G), "Stickprov 25 arbetsorder utan anmärkning.", "",
         "GENOMFORD", "nej"),
        ("TN2", "Investeringar",
         "Kontroll att leverantörsfakturor för entreprenader stäms av mot ÄTA-beslut",
         "Projektchef", ("Genomförd", R), "Stickprov på tre entreprenader.", "",
         "OKLAR", ""),
        ("TN3", "Fordon",
         "Uppföljning av att drivmedelskort endast används för kommunens fordon",
         "Fordonssamordnare", ("Pågår", Y), "Avstämning av kortutdrag för sep–dec pågår.", "",
         "DELVIS", ""),
        ("TN4", "Fordon",
         "Kontroll av att fordonsbesiktningar utförs i tid",
         "Fordonssamordnare", ("Genomförd", G),
         "Två fordon hade körförbud en vecka i maj innan besiktning gjordes.",
         "Rutin med påminnelse i fordonssystemet", "GENOMFORD", "ja"),
        ("TN5", "Gata/park",
         "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Parkchef", ("Ej genomförd", R), "Resursbrist, endast akuta åtgärder har gjorts.",
         "Prioriteras 2026", "EJ_GENOMFORD", ""),
        ("TN6", "Gata/park",
         "Kontroll av att avgifter för upplåtelse av offentlig plats debiteras",
         "Gatuchef", ("Ej aktuell", GR), "Ansvaret flyttat till Samhällsbyggnadsnämnden 2025-04-01.", "",
         "UTGAR", ""),
        ("TN7", "Kost",
         "Kontroll av att matsedlar i kostenheten följer riktlinjer för specialkost",
         "Kostchef", ("Genomförd", G), "", "", "GENOMFORD", ""),
        ("TN8", "Lokaler",
         "Nyckel- och passerkortshantering i kommunens lokaler",
         "Säkerhetssamordnare", ("", None), "", "", "SAKNAS", ""),
        ("TN9", "Gata/park",
         "Snöröjningsentreprenörer – kontroll av rapporterad tid mot GPS-loggar",
         "Gatuchef", ("Pågår", Y), "Vintersäsongen 2025/26 pågår, första avstämning i januari.", "",
         "DELVIS", ""),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "T3 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontroll, tertial 3 (helår) 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Tekniska förvaltningen, rapport till nämndens sammanträde 2026-02-10"
    hdr = ["Id", "Process", "Kontrollmoment", "Kontrollansvarig", "Status T3",
           "Resultat / kommentar", "Åtgärd"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("375623")
        cell.border = BORDER
    r = hr + 1
    for row in rows:
        id_, proc, km, ansv, (stxt, scol), res, atg, st, av = row
        for c, v in enumerate([id_, proc, km, ansv, stxt or None, res or None, atg or None], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if scol:
            ws.cell(r, 5).fill = fill(scol)
        EXPECTED.append((fil, "Tekniska nämnden", km, st, av))
        r += 1
    ws["I5"] = "Förklaring status"
    ws["I5"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Pågår"), (R, "Ej genomförd"),
                                    (GR, "Ej aktuell")]):
        ws.cell(6 + i, 9).fill = fill(col)
        ws.cell(6 + i, 9).border = BORDER
        ws.cell(6 + i, 10, txt)
    widths(ws, [6, 14, 48, 20, 14, 48, 30, 3, 5, 16])
    src = os.path.join(tmp, "Tekniska nämnden uppföljning intern kontroll T3 2025.xlsx")
    save_wb(wb, src)
    lo_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsnämnden - xlsx, words in "Bedömning" coloured by text-contains rules,
#    nämnd only in the print header and the file name, legend under the table
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "IKP_2025_helar_SBN.xlsx"
    rows = [
        ("Bygglov",
         "Handläggningstid bygglov – beslut inom tio veckor från komplett ansökan",
         "Uttag ur ärendesystemet", "Samtliga beslut", "Bygglovschef",
         "Genomförd", "98 % inom lagstadgad tid. 4 ärenden överskred tiden och avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        ("Bygglov",
         "Kontroll av att bygglovsavgifter debiteras enligt gällande taxa",
         "Stickprov", "20 ärenden", "Administratör",
         "Genomförd", "Stickprov 20 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("Nämndadministration",
         "Delegationsbeslut anmäls till nämnden",
         "Jämförelse beslutslista mot protokoll", "Samtliga", "Nämndsekreterare",
         "Delvis genomförd", "Kontrollerat för januari–september.", "DELVIS", ""),
        ("Planering",
         "Planavtal: kontroll av att kostnader för detaljplaner faktureras exploatör enligt avtal",
         "Genomgång av planavtal och fakturor", "Samtliga planavtal", "Planchef",
         "Ej genomförd", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Geodata",
         "Registrering av adresser i belägenhetsadressregistret inom en månad",
         "Stickprov", "15 adresser", "GIS-ingenjör",
         "genomförd med avvikelse", "Tre adresser registrerades efter mer än en månad.",
         "GENOMFORD", "ja"),
        ("Tillsyn",
         "Tillsyn enligt PBL: ovårdade tomter handläggs enligt rutin",
         "Genomgång av tillsynsärenden", "Samtliga", "Byggnadsinspektör",
         "Utgår", "Utgår enligt beslut SBN 2025-03-12 § 28.", "UTGAR", ""),
        ("Arkiv",
         "Kontroll av att arkivering av bygglovshandlingar sker i e-arkivet",
         "Stickprov", "10 ärenden", "Arkivarie",
         "Pågår", "Migrering av äldre ärenden till e-arkivet pågår.", "DELVIS", ""),
        ("Geodata",
         "Lägenhetsregistret: kontroll av att uppgifter uppdateras efter slutbesked",
         "Stickprov", "10 slutbesked", "GIS-ingenjör",
         "Genomförd", "", "GENOMFORD", ""),
    ]
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontroll 2025"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteras till nämnden i februari 2026"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Ansvarig",
           "Bedömning", "Kommentar"]
    hr = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = fill("E7E6E6")
    r = hr + 1
    for row in rows:
        proc, km, met, omf, ansv, bed, komm, st, av = row
        for c, v in enumerate([proc, km, met, omf, ansv, bed, komm or None], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        EXPECTED.append((fil, "Samhällsbyggnadsnämnden", km, st, av))
        r += 1
    last = r - 1
    rng = "F%d:F%d" % (hr + 1, last)
    first = "F%d" % (hr + 1)

    def contains(txt, col):
        return Rule(type="containsText", operator="containsText", text=txt, stopIfTrue=True,
                    dxf=DifferentialStyle(fill=fill(col)),
                    formula=['NOT(ISERROR(SEARCH("%s",%s)))' % (txt, first)])
    ws.conditional_formatting.add(rng, contains("Ej genomförd", "FF7C80"))
    ws.conditional_formatting.add(rng, contains("Delvis", "FFE699"))
    ws.conditional_formatting.add(rng, contains("Genomförd", "A9D08E"))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Utgår"'],
                                                  fill=fill("D0CECE"), stopIfTrue=True))
    r += 1
    ws.cell(r, 1, "Bedömning:").font = Font(bold=True)
    ws.cell(r, 2, "Genomförd (grön) – Delvis genomförd (gul) – Ej genomförd (röd) – Utgår (grå)")
    ws.cell(r + 1, 2, "Skriv bedömningen med ord, färgen sätts automatiskt.")
    widths(ws, [18, 50, 30, 16, 18, 20, 50])
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Stratsys-like CSV export - words only, two organisations in one file
# ---------------------------------------------------------------------------
def make_export():
    fil = "Stratsys_export_internkontroll_2025.csv"
    mhn = "Miljö- och hälsoskyddsnämnden"
    nv = "Norrvik Vatten AB"
    rows = [
        (mhn, "Livsmedelskontroll",
         "Tillsynsplan: kontroll av att planerade inspektioner av livsmedelsanläggningar genomförs",
         "Uttag ur Ecos", "Enhetschef livsmedel", "Delvis genomförd",
         "84 % av planerade inspektioner genomförda.", "DELVIS", ""),
        (mhn, "Avgifter",
         "Debitering av årlig tillsynsavgift enligt taxa",
         "Stickprov 25 objekt", "Administratör", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (mhn, "Handläggning",
         "Handläggningstid för ansökan om enskilt avlopp",
         "Uttag ur Ecos", "Enhetschef miljö", "Genomförd med avvikelse",
         "Medelhandläggningstid 9 veckor mot målet 6 veckor.", "GENOMFORD", "ja"),
        (mhn, "Rättssäkerhet",
         "Jäv – kontroll av att inspektörer inte handlägger ärenden där jäv föreligger",
         "Genomgång av jävsdeklarationer", "Miljöchef", "Genomförd", "",
         "GENOMFORD", ""),
        (mhn, "Avgifter",
         "Kontroll av att sanktionsavgifter beslutas och debiteras",
         "Genomgång av beslut", "Miljöchef", "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
        (nv, "Debitering",
         "Avläsning av vattenmätare – kontroll av skattade förbrukningar",
         "Stickprov 50 abonnenter", "Kundtjänstchef", "Genomförd",
         "Stickprov 50 abonnenter utan anmärkning.", "GENOMFORD", "nej"),
        (nv, "Debitering",
         "Kontroll av att anslutningsavgifter debiteras vid nyanslutning",
         "Avstämning nyanslutningar mot fakturering", "Ekonomichef", "Genomförd med avvikelse",
         "Två fastigheter hade inte debiterats, fakturerade i december.", "GENOMFORD", "ja"),
        (nv, "IT",
         "Behörigheter i kundsystemet",
         "Behörighetslista", "IT-samordnare", "Avbruten",
         "Avbruten genom styrelsebeslut 2025-06-10, nytt kundsystem införs 2026.",
         "UTGAR", ""),
        (nv, "Dricksvatten",
         "Provtagning av dricksvatten enligt provtagningsplan",
         "Genomgång av provtagningsprotokoll", "Driftchef", "Genomförd",
         "Samtliga prover tagna. Ett otjänligt prov i juli, kokningsrekommendation utfärdades.",
         "GENOMFORD", "ja"),
        (nv, "Ekonomi",
         "Leverantörsfakturor – attest enligt attestordning",
         "Stickprov 20 fakturor", "Ekonomichef", "", "",
         "SAKNAS", ""),
    ]
    lines = [
        ["Rapport: Internkontroll – uppföljning"],
        ["Period: 2025-01-01 – 2025-12-31 (helår)"],
        ["Utskriven: 2026-01-19 14:02 av ekonomiavdelningen"],
        [],
        ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
         "Status", "Kommentar"],
    ]
    for o, p, km, met, ansv, stat, komm, st, av in rows:
        lines.append([o, p, km, met, ansv, stat, komm])
        EXPECTED.append((fil, o, km, st, av))
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", mhn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", nv, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: a screenshot of a traffic-light summary saved with a .xlsx name
# ---------------------------------------------------------------------------
def png_bytes(w, h, pixel):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def make_rejected():
    fil = "Trafikljus_KFN_helår_2025.xlsx"
    W, H = 240, 120
    lights = [(40, (0, 176, 80)), (120, (255, 192, 0)), (200, (255, 80, 80))]

    def pix(x, y):
        for cx, col in lights:
            if (x - cx) ** 2 + (y - 60) ** 2 <= 30 ** 2:
                return col
        if 5 <= x < W - 5 and 20 <= y < 100:
            return (40, 40, 40)
        return (255, 255, 255)
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(png_bytes(W, H, pix))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip container with fixed entry timestamps so builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as out:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 30, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            out.writestr(ni, data)
    os.replace(tmp, path)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddskontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Norrvik Vatten AB", "NVAB|Norrviks Vatten"),
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
    tmp = tempfile.mkdtemp(prefix="r156_")
    try:
        make_ks()
        make_bun()
        make_sn()
        make_von(tmp)
        make_kfn()
        make_tn(tmp)
        make_sbn()
        make_export()
        make_rejected()
        write_csvs()
        for f in sorted(set(x[0] for x in FILES)):
            if f.endswith((".xlsx", ".docx", ".ods")) and FILES and \
                    any(x[0] == f and x[1] == "INLAST" for x in FILES):
                normalize_zip(os.path.join(HERE, f))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
