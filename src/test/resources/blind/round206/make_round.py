#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r206 - Brunnby kommun, helår 2025.

Ekonomikontoret sent every nämnd the same template ("Uppföljning av
internkontrollplan 2025": title rows, table Nr/Process/Kontrollmoment/Ansvarig/
Status T2/Status helår/Kommentar, legend G/GA/P/EG/U).  The nämnder returned it
in different ways.  This script builds every file plus namnder.csv, files.csv
and expected.csv.  Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round206"

FILL = {
    "G": "C6EFCE",
    "GA": "E2EFDA",
    "P": "FFEB9C",
    "EG": "FFC7CE",
    "U": "D9D9D9",
}
LEGEND = [
    ("G", "Genomförd utan avvikelse"),
    ("GA", "Genomförd med avvikelse – beskriv avvikelsen i kommentar"),
    ("P", "Påbörjad / delvis genomförd"),
    ("EG", "Ej genomförd – ange orsak i kommentar"),
    ("U", "Utgår – ange beslut i kommentar"),
]
INSTRUCTION = ("Instruktion: Fyll i status per 31 augusti (Status T2) och per 31 december "
               "(Status helår) med koder enligt teckenförklaringen nedan. Kommentera alltid "
               "avvikelser och status som inte är G. Skickas till ekonomikontoret senast 2026-01-30.")

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(path):
    return os.path.join(HERE, path)


def register(fil, namnd, period, rows):
    FILES.append((fil, "INLAST", namnd, "2025", period))
    for r in rows:
        EXPECTED.append((fil, namnd, r["km"].replace("\n", " "), r["exp"], r["avv"]))


def R(nr, process, km, ansvarig, t2, hel, kommentar, exp, avv, extra=None):
    return dict(nr=nr, process=process, km=km, ansv=ansvarig, t2=t2, hel=hel,
                kom=kommentar, exp=exp, avv=avv, extra=extra)


# ---------------------------------------------------------------- xlsx builder
def build_template_xlsx(path, namnd_text, period_text, contact, rows, *,
                        extra_col=None, legend=True, decided="", sheet="Uppföljning",
                        fills=True):
    """Write the kommun's common template filled with rows.

    extra_col: (header, position_after_kontrollmoment:bool) - an added column.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    headers = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar"]
    if extra_col:
        headers.insert(3, extra_col)
    ncol = len(headers)
    last = chr(ord("A") + ncol - 1)

    ws["A1"] = "Brunnby kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["B3"] = namnd_text
    ws["A4"] = "Uppföljningsperiod:"
    ws["B4"] = period_text
    ws["A5"] = "Kontaktperson:"
    ws["B5"] = contact
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    for rr in (3, 4, 5):
        ws.merge_cells(f"B{rr}:D{rr}")
    ws["A6"] = INSTRUCTION
    ws["A6"].font = Font(italic=True, size=9)
    ws["A6"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(f"A6:{last}6")
    ws.row_dimensions[6].height = 30

    hr = 8
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    widths = [6, 18, 48, 20, 10, 10, 55]
    if extra_col:
        widths.insert(3, 30)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w

    r = hr + 1
    col_t2 = headers.index("Status T2") + 1
    col_hel = headers.index("Status helår") + 1
    start = r
    prev_proc = None
    proc_start = r
    for row in rows:
        vals = [row["nr"], row["process"], row["km"], row["ansv"], row["t2"] or None,
                row["hel"] or None, row["kom"] or None]
        if extra_col:
            vals.insert(3, row["extra"])
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BORDER
        for ci in (col_t2, col_hel):
            v = ws.cell(row=r, column=ci).value
            ws.cell(row=r, column=ci).alignment = Alignment(horizontal="center", vertical="top")
            if fills and v and v.strip() in FILL:
                ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor=FILL[v.strip()])
        # vertical merge of Process
        if row["process"] != prev_proc:
            if prev_proc is not None and r - 1 > proc_start:
                ws.merge_cells(start_row=proc_start, start_column=2, end_row=r - 1, end_column=2)
            proc_start = r
            prev_proc = row["process"]
        r += 1
    if r - 1 > proc_start:
        ws.merge_cells(start_row=proc_start, start_column=2, end_row=r - 1, end_column=2)
    # clear values of merged (non-top) process cells: openpyxl keeps only top-left anyway

    r += 1
    if legend:
        ws.cell(row=r, column=2, value="Teckenförklaring status").font = Font(bold=True)
        r += 1
        for code, text in LEGEND:
            c = ws.cell(row=r, column=2, value=code)
            c.fill = PatternFill("solid", fgColor=FILL[code])
            c.alignment = Alignment(horizontal="center")
            c.border = BORDER
            ws.cell(row=r, column=3, value=text)
            r += 1
        r += 1
    ws.cell(row=r, column=1, value="Behandlad i nämnd (datum, §):").font = Font(bold=True)
    ws.cell(row=r, column=3, value=decided or None)
    ws.freeze_panes = f"A{hr + 1}"
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    wb.save(path)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_to(src_builder, final_name, fmt):
    tmp = tempfile.mkdtemp(prefix="r206_")
    base = os.path.splitext(final_name)[0]
    src = os.path.join(tmp, base + ".xlsx")
    src_builder(src)
    soffice_convert(src, fmt, tmp)
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(tmp, base + "." + ext), p(final_name))
    shutil.rmtree(tmp)


# ============================================================ 1. Kommunstyrelsen
KS_ROWS = [
    R("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
      "G", "G", "Stickprov 40 fakturor (20 per halvår). Inga avvikelser.", "GENOMFORD", "nej"),
    R("1.2", "Ekonomi", "Representationsfakturor – syfte och deltagare framgår av underlaget", "Controller",
      "G", "GA", "3 av 25 granskade fakturor saknade deltagarförteckning. Påminnelse om riktlinjen "
      "för representation har skickats till samtliga chefer.", "GENOMFORD", "ja"),
    R("1.3", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Redovisningsekonom",
      "G", "G", None, "GENOMFORD", "nej"),
    R("2.1", "Upphandling och inköp", "Avtalstrohet – inköp över 100 tkr hos leverantörer utan avtal",
      "Upphandlingschef", "P", "GA",
      "Leverantörsreskontran för helåret analyserad. Köp utan avtal hos 4 leverantörer "
      "(bl.a. IT-konsulttjänster), totalt 1,2 mnkr.", "GENOMFORD", "ja"),
    R("2.2", "Upphandling och inköp", "Dokumentation av direktupphandlingar över 100 tkr",
      "Upphandlingschef", "EG", "P",
      "Genomgång påbörjad i november, slutförs i februari 2026.", "DELVIS", ""),
    R("3.1", "Personal", "Lönekontroll – inga utbetalningar till avslutade anställningar", "HR-chef",
      "G", "G", "Månatlig kontroll mot avslutslista. Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
    R("3.2", "Personal", "Rehabiliteringsärenden hanteras enligt kommunens rehabiliteringsrutin", "HR-chef",
      "P", "EG", "Rutinen revideras under våren 2026. Kontrollen förs över till internkontrollplan 2026.",
      "EJ_GENOMFORD", ""),
    R("4.1", "Informationssäkerhet", "Årlig behörighetsgenomgång i ekonomisystemet Raindance",
      "Systemförvaltare ekonomi", "G", "", "Genomförd i juni. Inga avvikelser.", "GENOMFORD", "nej"),
    R("4.2", "Informationssäkerhet", "Loggkontroll av åtkomst till personalsystemet", "IT-säkerhetssamordnare",
      "", "U", "Utgår enligt KS beslut 2025-09-10 § 142, ersätts av centralt loggverktyg.", "UTGAR", ""),
    R("5.1", "Styrning och ledning", "Delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare",
      "G", "G", "Stickprov 20 beslut, samtliga anmälda.", "GENOMFORD", "nej"),
    R("5.2", "Styrning och ledning", "Chefer har kännedom om riktlinje mot mutor och jäv", "Kanslichef",
      "", "", None, "SAKNAS", ""),
]
F_KS = "IK-uppföljning helår 2025 Kommunstyrelsen.xlsx"


def make_ks():
    build_template_xlsx(p(F_KS), "Kommunstyrelsen", "Helår 2025", "Maria Ek, controller",
                        KS_ROWS, decided="KS 2026-02-04 § 12")
    register(F_KS, "Kommunstyrelsen", "HELAR", KS_ROWS)


# ============================================================ 2. BUN (.ods)
BUN_ROWS = [
    R("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
      "G", "G", None, "GENOMFORD", "nej"),
    R("2", "Ekonomi", "Interkommunala ersättningar (IKE) faktureras korrekt", "Controller",
      "P", "G", "Samtliga IKE-fakturor ht 2025 kontrollerade mot elevregistret.", "GENOMFORD", "nej"),
    R("3", "Ekonomi", "Skolskjuts – fakturerade resor stämmer mot beslut", "Skolskjutssamordnare",
      "GA", "GA", "Faktura oktober: 14 resor fakturerade för elev utan skolskjutsbeslut.\n"
      "Kreditering begärd från entreprenören.", "GENOMFORD", "ja"),
    R("4", "Elevhälsa och myndighetsutövning",
      "Anmälan om kränkande behandling lämnas till huvudman samma vecka", "Verksamhetschef grundskola",
      "P", "P", "78 % av anmälningarna inkom inom en vecka (mål 100 %).\nFortsatt arbete med rektorerna 2026.",
      "DELVIS", "ja"),
    R("5", "Elevhälsa och myndighetsutövning", "Beslut om tilläggsbelopp fattas enligt delegationsordningen",
      "Chef centrala elevhälsan", "G", "G", "Stickprov 10 beslut, inga avvikelser.", "GENOMFORD", "nej"),
    R("6", "Elevhälsa och myndighetsutövning", "Uppföljning av elever med hög frånvaro enligt rutin",
      "Rektorer", "EG", "EG", "Ej genomförd p.g.a. byte av lärplattform under hösten.", "EJ_GENOMFORD", ""),
    R("7", "Personal", "Utdrag ur belastningsregistret finns för nyanställda", "HR-specialist",
      "G", "GA", "1 av 30 nyanställda saknade registrerat utdrag i personakten; utdraget har visats "
      "upp i efterhand.", "GENOMFORD", "ja"),
    R("8", "Personal", "Lärarlegitimation och behörighet kontrolleras vid tillsvidareanställning",
      "HR-specialist", "G", "G ", None, "GENOMFORD", "nej"),
    R("9", "Informationssäkerhet", "Genomgång av delade mappar med personuppgifter i Google Workspace",
      "IT-pedagog", "", "U", "Utgår – ersatt av kommungemensam GDPR-granskning (KS).", "UTGAR", ""),
]
F_BUN = "BUN uppföljning internkontrollplan helår 2025.ods"


def make_bun():
    convert_to(lambda src: build_template_xlsx(
        src, "Barn- och utbildningsförvaltningen", "Helår 2025", "Johan Berg, controller BUF",
        BUN_ROWS, decided="BUN 2026-01-28 § 9", sheet="Blad1"), F_BUN, "ods")
    register(F_BUN, "Barn- och utbildningsnämnden", "HELAR", BUN_ROWS)


# ============================================================ 3. Socialnämnden (Word, retyped)
SN_ROWS = [
    R("1", "Ekonomiskt bistånd",
      "Utbetalning av ekonomiskt bistånd sker enligt beslut\n(stickprov 25 ärenden per tertial)",
      "Enhetschef försörjningsstöd", "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
    R("2", "Ekonomiskt bistånd",
      "Kontroll mot Försäkringskassan och Arbetsförmedlingen (SSBTEK) görs inför beslut",
      "Enhetschef försörjningsstöd", "GA", "GA",
      "I 2 av 25 ärenden saknades dokumenterad SSBTEK-kontroll. Genomgång med handläggarna på APT i november.",
      "GENOMFORD", "ja"),
    R("3", "Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
      "Enhetschef barn och unga", "P", "P",
      "Helår: 88 % inom 14 dagar (T2: 81 %). Ansträngd bemanning under hösten.", "DELVIS", "ja"),
    R("4", "Barn och unga", "Utredningstiden enligt 11 kap. 2 § SoL (fyra månader) hålls",
      "Enhetschef barn och unga", "G", "Se bilaga 2", "", "OKLAR", ""),
    R("5", "Placeringar",
      "Avtal finns för samtliga externa placeringar\n(HVB och familjehem via konsulentverksamhet)",
      "Placeringssamordnare", "G", "G", None, "GENOMFORD", "nej"),
    R("6", "Placeringar", "Fakturor för externa placeringar kontrolleras mot beslut och avtal",
      "Placeringssamordnare", "P", "EG",
      "Kontrollen har inte kunnat genomföras under hösten p.g.a. vakans. Flyttas till 2026.",
      "EJ_GENOMFORD", ""),
    R("7", "Dokumentation och informationssäkerhet",
      "Behörighets- och loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare",
      "G", "G", "Loggkontroll två gånger per termin. Ingen otillbörlig åtkomst upptäckt.", "GENOMFORD", "nej"),
    R("8", "Dokumentation och informationssäkerhet", "Delegationsbeslut anmäls till nämnden",
      "Nämndsekreterare", "G", "", "Samtliga beslut anmälda t.o.m. december.", "GENOMFORD", "nej"),
    R("9", "Kvalitet",
      "Lex Sarah-rapporter utreds och anmäls till IVO vid allvarligt missförhållande",
      "Kvalitetsutvecklare", "G", "G", "7 rapporter under året, 1 anmäld till IVO inom föreskriven tid.",
      "GENOMFORD", "nej"),
]
F_SN = "Socialnämnden - uppföljning internkontroll helår 2025.docx"


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = (text or "").split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def make_sn():
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Brunnby kommun\tSocialförvaltningen"
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    h = doc.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(16)
    for label, val in [("Nämnd: ", "Socialnämnden"), ("Uppföljningsperiod: ", "Helår 2025"),
                       ("Kontaktperson: ", "Lena Holm, kvalitetsstrateg")]:
        par = doc.add_paragraph()
        a = par.add_run(label)
        a.bold = True
        par.add_run(val)
    doc.add_paragraph("Mallen från ekonomikontoret har skrivits av i Word eftersom förvaltningens "
                      "tabell behövde kompletteras med längre kommentarer. Bilaga 2 (utredningstider "
                      "barn och unga) bifogas separat.").runs[0].italic = True

    headers = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, hd in enumerate(headers):
        cell_text(t.rows[0].cells[i], hd, bold=True, color="FFFFFF")
        set_cell_shading(t.rows[0].cells[i], "1F4E78")
    prev = None
    first_cell = None
    for row in SN_ROWS:
        cells = t.add_row().cells
        cell_text(cells[0], row["nr"])
        cell_text(cells[2], row["km"])
        cell_text(cells[3], row["ansv"])
        cell_text(cells[4], row["t2"])
        cell_text(cells[5], row["hel"])
        cell_text(cells[6], row["kom"])
        for ci in (4, 5):
            v = (cells[ci].text or "").strip()
            if v in FILL:
                set_cell_shading(cells[ci], FILL[v])
        if row["process"] != prev:
            cell_text(cells[1], row["process"])
            first_cell = cells[1]
            prev = row["process"]
        else:
            first_cell.merge(cells[1])
            # merge appends an empty paragraph; keep the text only once
            ps = first_cell.paragraphs
            for extra in ps[1:]:
                if not extra.text.strip():
                    extra._element.getparent().remove(extra._element)
    widths = [Cm(1.0), Cm(3.5), Cm(6.5), Cm(3.5), Cm(1.8), Cm(1.8), Cm(7.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    par = doc.add_paragraph()
    par.add_run("Teckenförklaring: ").bold = True
    par.add_run("G = Genomförd utan avvikelse, GA = Genomförd med avvikelse, P = Påbörjad/delvis "
                "genomförd, EG = Ej genomförd, U = Utgår.")
    doc.add_paragraph()
    doc.add_paragraph("Brunnby 2026-01-14")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(p(F_SN))
    register(F_SN, "Socialnämnden", "HELAR", SN_ROWS)


# ============================================================ 4. VON (CSV export, cp1252)
VON_ROWS = [
    R("1.1", "Hemtjänst", "Utförd tid i hemtjänst stämmer mot beviljad tid – stickprov 20 brukare",
      "Enhetschef hemtjänst", "P", "GA",
      "Avvikelse över 20 % mellan beviljad och utförd tid i 3 av 20 ärenden.\nPlaneringen i TES ses över.",
      "GENOMFORD", "ja"),
    R("1.2", "Hemtjänst", "Hemtjänstavgifter debiteras enligt gällande taxa", "Avgiftshandläggare",
      "G", "G", None, "GENOMFORD", "nej"),
    R("2.1", "Särskilt boende", "Läkemedelshantering – kontroll av signeringslistor", "MAS",
      "G", "G", "Kvartalsvisa kontroller på samtliga särskilda boenden.", "GENOMFORD", "nej"),
    R("2.2", "Särskilt boende",
      "Riskbedömning (fall, trycksår, nutrition) i Senior Alert inom 14 dagar efter inflyttning", "MAS",
      "P", "P", "Helår 71 % (T2 64 %). Mål 100 %.", "DELVIS", "ja"),
    R("2.3", "Särskilt boende", "Brukares privata medel hanteras enligt rutin", "Enhetschef SÄBO",
      "", "G", "Genomförd i oktober på Björkgården och Solbacken, inga avvikelser.", "GENOMFORD", "nej"),
    R("3.1", "LSS", "Gynnande beslut enligt LSS verkställs inom tre månader, annars rapport till IVO",
      "Enhetschef LSS", "G", "GA",
      "Ett ej verkställt beslut (bostad med särskild service) rapporterades för sent till IVO.",
      "GENOMFORD", "ja"),
    R("3.2", "LSS", "Timredovisning personlig assistans stämmer mot Försäkringskassans beslut",
      "Enhetschef LSS", "G", "G", None, "GENOMFORD", "nej"),
    R("4.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
      "G", "G", None, "GENOMFORD", "nej"),
    R("4.2", "Ekonomi", "Förbrukningsmaterial köps via avtalad leverantör", "Controller",
      "EG", "", None, "EJ_GENOMFORD", ""),
    R("5.1", "Personal", "Scheman följer arbetstidslagens regler om dygnsvila", "HR-konsult",
      "U", "U", "Utgår enligt beslut VON 2025-05-20 § 48.", "UTGAR", ""),
]
F_VON = "VON_IKP_2025_helar.csv"


def make_von():
    n = 7
    lines = []

    def row(*vals):
        vals = list(vals) + [""] * (n - len(vals))
        lines.append(vals)

    row("Brunnby kommun")
    row("Uppföljning av internkontrollplan 2025")
    row("Nämnd:", "Vård- och omsorgsnämnden")
    row("Uppföljningsperiod:", "Helår 2025")
    row("Kontaktperson:", "Sara Nyström, verksamhetscontroller")
    row(INSTRUCTION)
    row()
    row("Nr", "Process", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar")
    prev = None
    for r in VON_ROWS:
        proc = r["process"] if r["process"] != prev else ""
        prev = r["process"]
        row(r["nr"], proc, r["km"], r["ansv"], r["t2"], r["hel"], r["kom"] or "")
    row()
    row("", "Teckenförklaring status")
    for code, text in LEGEND:
        row("", code, text)
    row()
    row("Behandlad i nämnd (datum, §):", "", "VON 2026-01-27 § 6")
    with open(p(F_VON), "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for l in lines:
            w.writerow(l)
    register(F_VON, "Vård- och omsorgsnämnden", "HELAR", VON_ROWS)


# ============================================================ 5. KFN (only T2 filled)
KFN_ROWS = [
    R("1.1", "Föreningsbidrag", "Verksamhetsberättelse och ekonomisk redovisning har inkommit före utbetalning av bidrag",
      "Föreningskonsulent", "G", "", "Per 31/8: samtliga 42 föreningar har redovisat.", "GENOMFORD", "nej"),
    R("2.1", "Kontanthantering", "Avstämning av dagskassor i simhallen och på biblioteket",
      "Enhetschef fritid", "GA", "",
      "Differens 1 450 kr i simhallens kassa i juni. Utredd, rutinen för kassaskifte skärpt.",
      "GENOMFORD", "ja"),
    R("3.1", "Lokaluthyrning", "Bokning och fakturering av lokaler och idrottshallar stämmer",
      "Bokningsansvarig", "P", "", "Stickprov maj klart, stickprov augusti återstår.", "DELVIS", ""),
    R("4.1", "Konst", "Avtal finns för deponerad och inlånad konst", "Konstintendent",
      "EG", "", "Planeras till hösten.", "EJ_GENOMFORD", ""),
    R("5.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiassistent",
      "G", "", None, "GENOMFORD", "nej"),
    R("6.1", "Personal", "Utdrag ur belastningsregistret för ledare i sommarlovsaktiviteter",
      "Enhetschef fritid", "G", "", "Samtliga 18 sommarledare har visat upp utdrag.", "GENOMFORD", "nej"),
    R("7.1", "Evenemang", "Riskanalys görs inför större arrangemang (över 500 besökare)",
      "Evenemangssamordnare", "", "", None, "SAKNAS", ""),
]
F_KFN = "KFN IK-uppföljning T2 2025.xlsx"


def make_kfn():
    build_template_xlsx(p(F_KFN), "Kultur- och fritidsnämnden", "T2 2025", "Per Åström, förvaltningsekonom",
                        KFN_ROWS, decided="KFN 2025-10-15 § 88")
    register(F_KFN, "Kultur- och fritidsnämnden", "T2", KFN_ROWS)


# ============================================================ 6. SBN (added column Kontrollmetod)
SBN_ROWS = [
    R("1.1", "Bygglov", "Beslut om bygglov fattas inom 10 veckor från komplett ansökan", "Bygglovschef",
      "P", "GA", "Helår 96 % inom tid. 4 ärenden över tiden, avgiften reducerad enligt 12 kap. 8 a § PBF.",
      "GENOMFORD", "ja", extra="Uttag ur ByggR, samtliga ärenden"),
    R("1.2", "Bygglov", "Avgift tas ut enligt gällande plan- och bygglovstaxa", "Bygglovschef",
      "G", "G", None, "GENOMFORD", "nej", extra="Stickprov 15 beslut"),
    R("1.3", "Bygglov", "Ärenden om olovligt byggande påbörjas inom fyra veckor", "Byggnadsinspektör",
      "EG", "P", "Genomgång påbörjad, 31 äldre ärenden återstår.", "DELVIS", "",
      extra="Genomgång av ärendelista tillsyn"),
    R("2.1", "Mark och exploatering", "Markanvisningar följer antagen markanvisningspolicy",
      "Mark- och exploateringschef", "G", "G", "3 avtal granskade, inga avvikelser.", "GENOMFORD", "nej",
      extra="Granskning av samtliga markanvisningsavtal 2025"),
    R("2.2", "Mark och exploatering", "Arrende- och hyresavtal faktureras enligt avtal",
      "Mark- och exploateringsingenjör", "", "GA",
      "Två arrenden har inte indexuppräknats sedan 2022. Rättas från 2026.", "GENOMFORD", "ja",
      extra="Avstämning avtalsregister mot kundreskontra"),
    R("3.1", "Geodata", "Belägenhetsadresser registreras i adressregistret inom 30 dagar", "GIS-ingenjör",
      "G", "G", None, "GENOMFORD", "nej", extra="Stickprov 10 adresser"),
    R("4.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
      "G", "G", None, "GENOMFORD", "nej", extra="Stickprov 20 fakturor"),
    R("4.2", "Ekonomi", "Investeringsprojekt aktiveras när anläggningen färdigställts", "Förvaltningsekonom",
      "P", "U", "Utgår – kontrollen flyttad till KS redovisningsenhet fr.o.m. oktober 2025.", "UTGAR", "",
      extra="Avstämning projektlista mot anläggningsregister"),
]
F_SBN = "SBN uppföljning IKP 2025 helår.xlsx"


def make_sbn():
    build_template_xlsx(p(F_SBN), "Samhällsbyggnadsnämnden", "Helår 2025", "Erik Sandberg, controller",
                        SBN_ROWS, extra_col="Kontrollmetod", decided="SBN 2026-01-29 § 4")
    register(F_SBN, "Samhällsbyggnadsnämnden", "HELAR", SBN_ROWS)


# ============================================================ 7. TN (legend deleted)
TN_ROWS = [
    R("1", "Vatten och avlopp", "Vattenmätaravläsningar och debitering av VA-avgift stämmer", "VA-chef",
      "G", "G", None, "GENOMFORD", "nej"),
    R("2", "Vatten och avlopp", "Egenkontroll av dricksvatten enligt kontrollprogram", "Driftchef VA",
      "G", "GA", "Ett prov i december visade otjänligt vatten (koliforma bakterier) i Nybyn. "
      "Kokningsrekommendation i 3 dagar, åtgärdat.", "GENOMFORD", "ja"),
    R("3", "Gata och park", "Vinterväghållning – entreprenörens utförande kontrolleras mot avtal", "Gatuchef",
      "G", "P", "Kontroll jan–mars genomförd, kontroll nov–dec pågår.", "DELVIS", ""),
    R("4", "Gata och park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef",
      "G", "G", "Samtliga 27 lekplatser besiktigade.", "GENOMFORD", "nej"),
    R("5", "Fastighet", "Förlängning av hyresavtal för externt inhyrda lokaler bevakas", "Fastighetschef",
      "P", "EG", "Avtalsbevakning i fastighetssystemet har inte införts.", "EJ_GENOMFORD", ""),
    R("6", "Fastighet", "Systematiskt brandskyddsarbete – ronderingar i kommunens lokaler", "Fastighetschef",
      "G", "G", None, "GENOMFORD", "nej"),
    R("7", "Kost", "Egenkontroll livsmedelssäkerhet i tillagningskök", "Kostchef",
      "GA", "GA", "Temperaturloggar saknades v. 28–30 i Brunnbyskolans kök. Ny rutin vid semester.",
      "GENOMFORD", "ja"),
    R("8", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
      "G", "G", None, "GENOMFORD", "nej"),
    R("9", "Avfall", "Renhållningsavgift faktureras enligt abonnemang", "Avfallsingenjör",
      "EG", "EG", "Ej genomförd – resursbrist på avfallsenheten.", "EJ_GENOMFORD", ""),
]
F_TN = "Tekniska nämnden IK helår 2025.xlsx"


def make_tn():
    build_template_xlsx(p(F_TN), "Tekniska förvaltningen", "Helår 2025", "Karin Wall, ekonom",
                        TN_ROWS, legend=False, decided="TN 2026-01-22 § 3")
    register(F_TN, "Tekniska nämnden", "HELAR", TN_ROWS)


# ============================================================ 8. MHN (English statuses, .xls)
MHN_ROWS = [
    R("1.1", "Tillsyn", "Planerade livsmedelskontroller enligt kontrollplanen genomförs", "Enhetschef livsmedel",
      "In progress", "Completed", "Samtliga 214 planerade kontroller utförda.", "GENOMFORD", "nej"),
    R("1.2", "Tillsyn", "Timavgift för tillsyn debiteras enligt taxa", "Administratör",
      "Completed", "Completed with remarks",
      "Tre ärenden hade inte fakturerats i Ecos, fakturerade i efterhand i december.", "GENOMFORD", "ja"),
    R("1.3", "Tillsyn", "Beslut om anmälan av värmepump fattas inom fyra veckor", "Miljöinspektör",
      "Not started", "In progress", "Uttag ur Ecos gjort, analys pågår.", "DELVIS", ""),
    R("2.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
      "Completed", "Completed", None, "GENOMFORD", "nej"),
    R("3.1", "Dokumenthantering", "Inkomna klagomål diarieförs inom två arbetsdagar", "Registrator",
      "In progress", "Not done", "Ej genomfört på grund av byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
    R("4.1", "Miljöövervakning", "Provtagning av badvatten enligt provtagningsprogram", "Miljöinspektör",
      "Cancelled", "Cancelled", "Utgår enligt beslut MHN 2025-06-11 § 61 – provtagningen sköts av "
      "kommunalförbundet.", "UTGAR", ""),
    R("5.1", "Personal", "Inspektörer har lämnat jävsdeklaration", "Miljöchef",
      "Completed", "", "Samtliga 11 inspektörer har lämnat deklaration (mars).", "GENOMFORD", "nej"),
]
F_MHN = "Miljöförvaltningen IK-uppföljning 2025.xls"


def make_mhn():
    convert_to(lambda src: build_template_xlsx(
        src, "Miljö- och hälsoskyddsnämnden", "Helår 2025", "Ahmed Rahimi, miljöstrateg",
        MHN_ROWS, decided="MHN 2026-01-21 § 2", fills=False), F_MHN, "xls:MS Excel 97")
    register(F_MHN, "Miljö- och hälsoskyddsnämnden", "HELAR", MHN_ROWS)


# ============================================================ 9. Reject: covering letter
F_REJ = "Följebrev IK-uppföljning helår 2025 Socialnämnden.docx"


def make_reject():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Brunnby kommun\tSocialförvaltningen\t2026-01-14"
    doc.add_paragraph("Till: Ekonomikontoret, Brunnby kommun")
    doc.add_paragraph("Från: Socialförvaltningen")
    h = doc.add_paragraph()
    r = h.add_run("Följebrev – Socialnämndens uppföljning av internkontrollplan, helår 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för helår 2025. "
        "Uppföljningen behandlades av nämnden den 21 januari 2026 (§ 5).")
    doc.add_paragraph(
        "Som framgår av uppföljningen har de flesta kontrollmoment genomförts. Kontrollen av fakturor "
        "för externa placeringar kunde inte genomföras på grund av vakans och förs över till 2026. "
        "Resultatet av kontrollen av utredningstider redovisas i bilaga 2.")
    doc.add_paragraph(
        "Mallen har skrivits av i Word eftersom kommentarerna inte fick plats i Excelfilen. "
        "Hör gärna av er om ni behöver uppföljningen i annat format.")
    doc.add_paragraph("Bilagor:")
    doc.add_paragraph("1. Uppföljning internkontroll helår 2025 (Word)")
    doc.add_paragraph("2. Utredningstider barn och unga 2025")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Lena Holm\nKvalitetsstrateg, Socialförvaltningen")
    doc.save(p(F_REJ))
    FILES.append((F_REJ, "AVVISAD", "", "", ""))


# ============================================================ register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljökontoret"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(p(f)):
            os.remove(p(f))
    make_ks()
    make_bun()
    make_sn()
    make_von()
    make_kfn()
    make_sbn()
    make_tn()
    make_mhn()
    make_reject()
    write_csvs()
    print(f"{len(FILES)} files rows, {len(EXPECTED)} expected rows")


if __name__ == "__main__":
    main()
