#!/usr/bin/python3
"""Round 209 - Storsunds kommun, T2 2025: risk colours beside status colours.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
all into the folder of this script. Run with /usr/bin/python3 make_round.py
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
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round209"
FIXED = datetime.datetime(2025, 9, 8, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Storsunds kommun"


def fix_doc_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Storsunds kommun"
    cp.author = "Storsunds kommun"


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, risk fill + status fill, both legends under table
# ---------------------------------------------------------------------------
def file_ks():
    fn = "KS_IK_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    RED, YEL, GRN = "FF0000", "FFFF00", "00B050"

    def rcol(v):
        return GRN if v <= 4 else (YEL if v <= 9 else RED)

    rows = [
        # nr, process, risk, kontrollmoment, S, K, ansvarig, statusfill, kommentar, exp_status, avv
        (1, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", 2, 4, "Ekonomichef", GRN,
         "Stickprov 40 fakturor maj–aug. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Dubbla utbetalningar",
         "Kontroll av dubbelbetalningar i leverantörsreskontran", 3, 3, "Redovisningsansvarig", YEL,
         "Kontroll för januari–april gjord, inga dubbla betalningar hittade. Maj–augusti återstår.",
         "DELVIS", "nej"),
        (3, "Upphandling", "Otillåten direktupphandling",
         "Granskning av direktupphandlingar över 100 tkr – dokumentation enligt riktlinjen", 3, 4,
         "Upphandlingschef", RED,
         "Ej genomförd under perioden p.g.a. vakant tjänst. Genomförs under T3.", "EJ_GENOMFORD", ""),
        (4, "Personal", "Felaktiga löneutbetalningar",
         "Kontroll av att anställningsavtal finns och överensstämmer med lön i lönesystemet", 2, 3,
         "HR-chef", GRN,
         "20 stickprov. 2 avtal saknades i personakten, har kompletterats.", "GENOMFORD", "ja"),
        (5, "IT och informationssäkerhet", "Obehörig åtkomst till system",
         "Behörighetsgenomgång i ekonomisystemet Raindance – avslutade anställningar", 2, 4, "IT-chef", GRN,
         "Genomgång klar. 3 konton för avslutade anställningar var aktiva och har spärrats.",
         "GENOMFORD", "ja"),
        (6, "Ledning och styrning", "Beslut verkställs inte",
         "Uppföljning av att kommunstyrelsens beslut verkställs inom fastställd tid", 1, 3, "Kanslichef", YEL,
         "Pågår, sammanställning redovisas i samband med årsbokslutet.", "DELVIS", ""),
        (7, "Ekonomi", "Förtroendeskada",
         "Kontroll av representation och förtroendekänsliga poster", 2, 2, "Ekonomichef", None,
         "Utgår – ersätts av kommungemensam granskning enligt beslut KS 2025-04-09 § 61.", "UTGAR", ""),
        (8, "Säkerhet", "Bristande krisberedskap",
         "Kontroll att krisledningsplanen är uppdaterad och övad", 2, 4, "Säkerhetssamordnare", RED,
         "Övningen flyttad till november 2025.", "EJ_GENOMFORD", ""),
        (9, "Dokumenthantering", "Handlingar diarieförs inte",
         "Diarieföring av inkommande handlingar inom fastställd tid", 3, 2, "Registrator", GRN,
         "Stickprov 25 ärenden, samtliga diarieförda inom två arbetsdagar.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Storsunds kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Period: Tertial 2, 2025"
    ws["A3"].font = Font(bold=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Sannolikhet (1–4)", "Konsekvens (1–4)",
           "Riskvärde", "Ansvarig", "Status T2", "Kommentar / åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    for nr, proc, risk, km, s, k, ans, st, kom, es, av in rows:
        vals = [nr, proc, risk, km, s, k, s * k, ans, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BOX
        ws.cell(row=r, column=7).fill = fill(rcol(s * k))
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        if st:
            ws.cell(row=r, column=9).fill = fill(st)
        exp(fn, N, km, es, av)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring riskvärde (sannolikhet × konsekvens)").font = Font(bold=True)
    for i, (col, txt) in enumerate([(GRN, "1–4 Låg risk"), (YEL, "5–9 Medelhög risk"), (RED, "10–16 Hög risk")]):
        ws.cell(row=r + 1 + i, column=2).fill = fill(col)
        ws.cell(row=r + 1 + i, column=3, value=txt)
    ws.cell(row=r, column=8, value="Teckenförklaring status").font = Font(bold=True)
    for i, (col, txt) in enumerate([(GRN, "Genomförd"), (YEL, "Pågående / delvis genomförd"),
                                    (RED, "Ej genomförd"), (None, "Ofärgad = Utgår")]):
        if col:
            ws.cell(row=r + 1 + i, column=9).fill = fill(col)
        ws.cell(row=r + 1 + i, column=10, value=txt)
    ws.cell(row=r + 6, column=2, value="Sammanställt 2025-09-05, Anna Lindqvist, controller")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 22, 48, 11, 11, 10, 18, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", N, 2025, "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, risk shading, status symbols
# ---------------------------------------------------------------------------
def file_bun():
    fn = "BUN uppföljning internkontroll T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    RED, YEL, GRN = "E53935", "FDD835", "43A047"

    def rcol(v):
        return GRN if v <= 4 else (YEL if v <= 9 else RED)

    groups = [
        ("Ekonomi", [
            ("Avtalstrohet", "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)", 3, 3, "✔",
             "Stickprov 30 fakturor. 4 inköp av livsmedel utanför avtal, återkoppling till berörda rektorer.",
             "GENOMFORD", "ja"),
            ("Attest", "Attest av leverantörsfakturor enligt attestordningen", 2, 3, "✔",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontanthantering", "Hantering av kontanta medel och handkassor i skolorna", 2, 2, "◑",
             "6 av 11 enheter kontrollerade, hittills utan anmärkning.", "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("Rekrytering", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning", 2, 4, "✘",
             "Ej genomförd. Skjuts till T3.", "EJ_GENOMFORD", ""),
            ("Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", 3, 2, "✔",
             "Rehabplaner finns i samtliga ärenden med frånvaro över 28 dagar.", "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Skolskjuts", "Handläggning av ansökan om skolskjuts enligt riktlinjer", 2, 2, "–",
             "Ej aktuell, ansökningsperioden ligger i november.", "UTGAR", ""),
            ("Kränkande behandling",
             "Anmälan om kränkande behandling till huvudman inom fem dagar", 4, 4, "◑",
             "Vårterminen kontrollerad: 14 av 52 anmälningar kom in senare än fem dagar.\n"
             "Höstterminen kontrolleras under T3.", "DELVIS", "ja"),
            ("Frånvaro",
             "Kontroll av frånvarorapportering och att vårdnadshavare kontaktas vid ogiltig frånvaro", 3, 3,
             "✔ ✘", "Se separat rapport från elevhälsan.", "OKLAR", ""),
            ("Brandskydd", "Systematiskt brandskyddsarbete (SBA) – egenkontroll på förskolor", 2, 4, "",
             "", "SAKNAS", ""),
        ]),
    ]
    d = docx.Document()
    fix_doc_props(d)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Storsunds kommun – Barn- och utbildningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Barn- och utbildningsnämnden")
    p = d.add_paragraph()
    p.add_run("Diarienummer: ").bold = True
    p.add_run("BUN 2025/118")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Nedan redovisas utfallet av "
        "kontrollerna till och med tertial 2. Riskbedömningen är gjord enligt kommunens modell där "
        "sannolikhet (S) och konsekvens (K) bedöms på en skala 1–4 och riskvärdet är S × K.")
    p = d.add_paragraph()
    p.add_run("Riskvärde: ").bold = True
    p.add_run("grön 1–4 (låg), gul 5–9 (medel), röd 10–16 (hög).")

    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = ["Rutin", "Kontrollmoment", "S", "K", "Risk-värde", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for gname, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, gname, bold=True, size=10)
        shade(m, "EDEDED")
        for rutin, km, s, k, sym, kom, es, av in items:
            row = t.add_row()
            c = row.cells
            set_cell(c[0], rutin)
            set_cell(c[1], km)
            set_cell(c[2], str(s))
            set_cell(c[3], str(k))
            set_cell(c[4], str(s * k))
            shade(c[4], rcol(s * k))
            set_cell(c[5], sym, size=12)
            c[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cell(c[6], kom)
            exp(fn, N, km, es, av)
    set_widths(t, [Cm(2.6), Cm(5.5), Cm(0.8), Cm(0.8), Cm(1.3), Cm(1.4), Cm(5.6)])
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("✔ = Genomförd   ◑ = Påbörjad / delvis genomförd   ✘ = Ej genomförd   – = Utgår / ej aktuell")
    d.add_paragraph(
        "Förvaltningens bedömning är att den interna kontrollen i huvudsak fungerar. Avvikelserna "
        "gällande avtalstrohet och anmälan av kränkande behandling följs upp i internkontrollplanen för 2026.")
    d.add_paragraph("Storsund 2025-09-12")
    d.add_paragraph("Karin Ström\nFörvaltningschef")
    d.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", N, 2025, "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, only risk coloured, status in words T1/T2/Helår
# ---------------------------------------------------------------------------
def file_sn():
    fn = "SN_IKP_2025_T2.xlsx"
    N = "Socialnämnden"
    RED, YEL, GRN = "FF7C80", "FFE699", "A9D08E"

    def rcol(v):
        return GRN if v <= 3 else (YEL if v <= 8 else RED)

    # process, km, metod, S, K, ansvarig, st1, kom1, st2, kom2, exp, avv
    rows = [
        ("Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut och riktlinjer",
         "Stickprov 20 ärenden per tertial", 3, 4, "Enhetschef IFO vuxen",
         "Genomförd", "Inga avvikelser.",
         "Genomförd med avvikelse", "2 utbetalningar saknade beslut. Återkrav initierat.", "GENOMFORD", "ja"),
        (None,
         "Kontroll mot Arbetsförmedlingen och Försäkringskassan (SSBTEK) vid nybesök",
         "Stickprov 15 nybesök", 2, 3, "Enhetschef IFO vuxen",
         "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Barn och unga",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur Treserva", 3, 4, "Enhetschef barn och unga",
         "Delvis genomförd", "Mätning endast februari–mars.",
         "Pågår", "Ny rapport i Treserva under uppbyggnad.", "DELVIS", ""),
        (None,
         "Utredningstid inom fyra månader enligt SoL 11 kap. 2 §",
         "Genomgång av avslutade utredningar", 3, 3, "Enhetschef barn och unga",
         "Ej påbörjad", "",
         "Genomförd", "8 av 45 utredningar förlängda utan beslut om förlängning.", "GENOMFORD", "ja"),
        (None,
         "Placerade barn har en utsedd socialsekreterare och besöks minst fyra gånger per år",
         "Genomgång av samtliga placeringar", 2, 4, "Enhetschef barn och unga",
         "Genomförd", "Samtliga placerade barn har utsedd socialsekreterare, besöksfrekvens följs.",
         None, None, "GENOMFORD", "nej"),
        ("Vuxna – missbruk",
         "Uppföljning av köpta platser – avtal och beslut finns för varje placering",
         "Genomgång av fakturor mot beslut", 2, 3, "Enhetschef IFO vuxen",
         "–", "",
         "Ej genomförd", "Har inte hunnits med p.g.a. hög arbetsbelastning.", "EJ_GENOMFORD", ""),
        ("Familjerätt",
         "Handläggningstid för vårdnads-, boende- och umgängesutredningar",
         "Uttag ur verksamhetssystem", 1, 3, "Familjerättssekreterare",
         "Genomförd", "Inga avvikelser.",
         "Utgår", "Ingår i länsgemensam granskning, beslut SN 2025-06-18 § 74.", "UTGAR", ""),
        ("Administration",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Stickprov", 2, 2, "Nämndsekreterare",
         "Genomförd", "",
         "Genomförd", "Stickprov maj–augusti, samtliga beslut anmälda.", "GENOMFORD", "nej"),
        (None,
         "Loggkontroll i verksamhetssystemet Treserva",
         "Slumpvis loggkontroll", 2, 4, "Systemförvaltare",
         None, None,
         None, "Loggkontroll gjord för juni, inga otillåtna slagningar. Juli–augusti återstår.", "DELVIS", "nej"),
        (None,
         "Gallring av personakter enligt dokumenthanteringsplanen",
         "Kontroll i arkivet", 1, 2, "Registrator",
         None, None, None, None, "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning – rapporterad till och med T2"
    ws["A2"].font = Font(size=11, bold=True)
    ws["A3"] = "Riskbedömning enligt riskmatris, se flik Riskmatris."
    ws["A3"].font = Font(italic=True)
    # two header rows
    top = [(1, 1, "Process"), (2, 2, "Kontrollmoment"), (3, 3, "Kontrollmetod"),
           (4, 6, "Riskbedömning"), (7, 7, "Ansvarig"),
           (8, 9, "Uppföljning T1 (jan–apr)"), (10, 11, "Uppföljning T2 (maj–aug)"),
           (12, 13, "Uppföljning helår")]
    sub = {4: "Sannolikhet", 5: "Konsekvens", 6: "Riskvärde", 8: "Status", 9: "Kommentar",
           10: "Status", 11: "Kommentar", 12: "Status", 13: "Kommentar"}
    for c1, c2, txt in top:
        ws.cell(row=5, column=c1, value=txt)
        if c2 > c1:
            ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
        elif c1 not in sub:
            ws.merge_cells(start_row=5, start_column=c1, end_row=6, end_column=c1)
    for c, txt in sub.items():
        ws.cell(row=6, column=c, value=txt)
    for rr in (5, 6):
        for c in range(1, 14):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = fill("D9D9D9")
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.border = BOX
    r = 7
    group_start = None
    for proc, km, metod, s, k, ans, st1, k1, st2, k2, es, av in rows:
        if proc is not None:
            if group_start is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
            group_start = r
            ws.cell(row=r, column=1, value=proc)
        vals = {2: km, 3: metod, 4: s, 5: k, 6: s * k, 7: ans, 8: st1, 9: k1, 10: st2, 11: k2}
        for c, v in vals.items():
            ws.cell(row=r, column=c, value=v if v != "" else None)
        for c in range(1, 14):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=6).fill = fill(rcol(s * k))
        exp(fn, N, km, es, av)
        r += 1
    if group_start is not None and r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Beslutad av socialnämnden 2024-12-12 § 151. Uppföljning T2 rapporteras till SN 2025-09-24.")
    for col, w in zip("ABCDEFGHIJKLM", [16, 44, 22, 11, 11, 9, 20, 14, 30, 16, 38, 10, 20]):
        ws.column_dimensions[col].width = w

    wm = wb.create_sheet("Riskmatris")
    wm["A1"] = "Riskmatris – riskvärde = sannolikhet × konsekvens"
    wm["A1"].font = Font(bold=True, size=12)
    wm["A3"] = "Sannolikhet \\ Konsekvens"
    for k in range(1, 5):
        wm.cell(row=3, column=1 + k, value=k).font = Font(bold=True)
    for s in range(4, 0, -1):
        rr = 3 + (5 - s)
        wm.cell(row=rr, column=1, value=s).font = Font(bold=True)
        for k in range(1, 5):
            c = wm.cell(row=rr, column=1 + k, value=s * k)
            c.fill = fill(rcol(s * k))
            c.alignment = Alignment(horizontal="center")
            c.border = BOX
    wm["A9"] = "Grön"
    wm["A9"].fill = fill(GRN)
    wm["B9"] = "1–3 Låg risk – hanteras i ordinarie verksamhet"
    wm["A10"] = "Gul"
    wm["A10"].fill = fill(YEL)
    wm["B10"] = "4–8 Medelhög risk – kontroll i internkontrollplan"
    wm["A11"] = "Röd"
    wm["A11"].fill = fill(RED)
    wm["B11"] = "9–16 Hög risk – kontroll och åtgärd i internkontrollplan"
    wm.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", N, 2025, "T2"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - ods, status coloured WITHOUT legend
# ---------------------------------------------------------------------------
def file_von(tmp):
    fn = "VON_internkontroll_T2_2025.ods"
    N = "Vård- och omsorgsnämnden"
    RED, YEL, GRN = "FF0000", "FFC000", "00B050"         # risk
    SG, SY, SR = "C6EFCE", "FFEB9C", "FFC7CE"             # status (Excel good/neutral/bad)

    def rcol(v):
        return GRN if v <= 4 else (YEL if v <= 9 else RED)

    rows = [
        ("Läkemedelshantering", "Kontroll av att signeringslistor för läkemedel är kompletta", 3, 4, SG,
         "Stickprov på fyra särskilda boenden, två listor saknade signaturer. Åtgärdat och återkopplat.",
         "Medicinskt ansvarig sjuksköterska", "GENOMFORD", "ja"),
        ("Avgifter", "Debitering av omsorgsavgifter stämmer med beviljade insatser", 2, 3, SY,
         "Kontroll av hemtjänsten klar, särskilt boende återstår.", "Avgiftshandläggare", "DELVIS", ""),
        ("Hemtjänst", "Utförd tid i hemtjänsten jämförs med beviljad tid (TES-uppföljning)", 3, 3, SG,
         "Skillnad under 5 %, inga åtgärder krävs.", "Enhetschef hemtjänst", "GENOMFORD", "nej"),
        ("Avvikelser", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", 2, 4, SR,
         "Ej genomförd, skjuts till T3.", "Kvalitetsstrateg", "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av att timanställda har genomgått introduktion före första pass", 3, 2, SR,
         "Inte påbörjad.", "HR-konsult", "EJ_GENOMFORD", ""),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial och inkontinenshjälpmedel", 2, 2, SG,
         "", "Verksamhetscontroller", "GENOMFORD", ""),
        ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut", 3, 3, SY,
         "12 av 20 granskade planer upprättade inom tid. Fortsatt granskning under hösten.",
         "Enhetschef SÄBO", "DELVIS", "ja"),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Vård- och omsorgsnämnden, Storsunds kommun"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(size=11, bold=True)
    ws["A3"] = "Riskvärde (sannolikhet × konsekvens): 1–4 låg (grön), 5–9 medel (gul), 10–16 hög (röd)"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Status",
           "Resultat / kommentar", "Ansvarig"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = fill("DDEBF7")
    r = 6
    for omr, km, s, k, st, kom, ans, es, av in rows:
        vals = [omr, km, s, k, s * k, None, kom or None, ans]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=5).fill = fill(rcol(s * k))
        ws.cell(row=r, column=6).fill = fill(st)
        exp(fn, N, km, es, av)
        r += 1
    for col, w in zip("ABCDEFGH", [18, 50, 11, 11, 10, 9, 55, 26]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "VON_internkontroll_T2_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fn), os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", N, 2025, "T2"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - csv, two nämnder, colour names as text
# ---------------------------------------------------------------------------
def file_stratsys():
    fn = "Stratsys_export_internkontroll_2025-09-08.csv"
    SBN, TN = "Samhällsbyggnadsnämnden", "Tekniska nämnden"
    # enhet, process, risk, km, S, K, riskfärg, status, statusfärg, kommentar, ansvarig, exp, avv
    rows = [
        (SBN, "Bygglov", "Handläggningstid överskrids",
         "Handläggningstid för bygglov inom 10 veckor enligt PBL", 3, 3, "Gul", "Klar", "Grön",
         "Stickprov 30 ärenden, 3 överskred tiden. Åtgärdsplan tas fram.", "Bygglovschef", "GENOMFORD", "ja"),
        (SBN, "Bygglov", "Felaktig avgift",
         "Debitering av bygglovsavgift enligt fastställd taxa", 2, 3, "Gul", "Klar", "Grön",
         "Inga avvikelser.", "Bygglovschef", "GENOMFORD", "nej"),
        (SBN, "Planering", "Planarbete utan avtal",
         "Planavtal finns innan planarbete påbörjas", 2, 2, "Grön", "Pågående", "Gul",
         "Genomgång av 5 av 9 pågående planer.", "Planchef", "DELVIS", ""),
        (SBN, "Lantmäteri", "Felaktig debitering",
         "Debitering av förrättningskostnader", 1, 2, "Grön", "Ej påbörjad", "Röd",
         "Planeras till oktober.", "Lantmäterichef", "EJ_GENOMFORD", ""),
        (SBN, "Tillsyn", "Bristande tillsyn",
         "Uppföljning av ovårdade tomter och olovligt byggande", 3, 4, "Röd", "", "Grön",
         "Samtliga öppna tillsynsärenden genomgångna.", "Byggnadsinspektör", "GENOMFORD", ""),
        (SBN, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", 2, 3, "Gul", "Klar", "Grön",
         "1 faktura attesterad av jävig attestant, rättad.", "Förvaltningsekonom", "GENOMFORD", "ja"),
        (TN, "Gata och park", "Felaktig fakturering",
         "Kontroll av entreprenörers fakturering mot avtal – vinterväghållning", 3, 3, "Gul", "Klar", "Grön",
         "Inga avvikelser.", "Gatuchef", "GENOMFORD", "nej"),
        (TN, "VA", "Otjänligt dricksvatten",
         "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", 2, 4, "Gul", "Klar", "Grön",
         "Ett prov över gränsvärdet för koliforma bakterier i juli, kokningsrekommendation utfärdades.",
         "VA-chef", "GENOMFORD", "ja"),
        (TN, "Fastighet", "Olycksrisk",
         "Lagstadgade besiktningar (hissar, OVK) genomförs enligt plan", 3, 4, "Röd", "Pågående", "Gul",
         "OVK klar för 60 % av objekten.", "Fastighetschef", "DELVIS", ""),
        (TN, "Fordon", "Privat användning av fordon",
         "Körjournaler för kommunens fordon förs korrekt", 2, 2, "Grön", "Avbruten", "Grå",
         "Avbruten enligt beslut TN 2025-05-20 § 45, fordonen ingår i ny bilpool.", "Fordonssamordnare",
         "UTGAR", ""),
        (TN, "Avfall", "Felaktig fakturering",
         "Kontroll av vågsedlar mot fakturerade mängder", 2, 3, "Gul", "Ej påbörjad", "Röd",
         "", "Avfallschef", "EJ_GENOMFORD", ""),
    ]
    lines = [
        ["Rapport: Internkontroll – uppföljning", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["Utskriven: 2025-09-08 10:14", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["Enhet", "Process", "Risk", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Riskfärg",
         "Status", "Statusfärg", "Kommentar", "Ansvarig", "Period"],
    ]
    for en, pr, ri, km, s, k, rf, st, sf, kom, ans, es, av in rows:
        lines.append([en, pr, ri, km, str(s), str(k), str(s * k), rf, st, sf, kom, ans, "2025 T2"])
        exp(fn, en, km, es, av)
    with open(os.path.join(HERE, fn), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fn, "INLAST", SBN, 2025, "T2"))
    FILES.append((fn, "INLAST", TN, 2025, "T2"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - xls, nämnd only in print header + file name,
#    legends on a separate sheet, five status colours
# ---------------------------------------------------------------------------
def file_kfn(tmp):
    fn = "Kultur och fritid - IK T2 2025.xls"
    N = "Kultur- och fritidsnämnden"
    RED, YEL, GRN, ORA, GRY = "FF0000", "FFFF00", "00B050", "FF9900", "C0C0C0"

    def rcol(v):
        return GRN if v <= 4 else (YEL if v <= 8 else RED)

    rows = [
        (1, "Föreningsbidrag",
         "Kontroll att föreningsbidrag betalas ut enligt bidragsreglerna och att redovisning inkommit",
         "Stickprov 10 föreningar", "Årligen", 3, 3, ORA,
         "2 föreningar saknade verksamhetsberättelse, bidraget hålls inne tills den kommit in.",
         "GENOMFORD", "ja"),
        (2, "Kassahantering",
         "Kassahantering i simhallen och på biblioteket – dagskassor stäms av mot kassarapport",
         "Avstämning 5 dagar/enhet", "Per tertial", 3, 2, GRN, "Inga differenser.", "GENOMFORD", "nej"),
        (3, "Uthyrning", "Debitering av lokal- och anläggningshyror enligt taxa",
         "Stickprov 20 bokningar", "Per tertial", 2, 2, YEL, "Halva urvalet kontrollerat.", "DELVIS", ""),
        (4, "Bibliotek", "Inköp av medier sker enligt avtal", "Fakturagenomgång", "Årligen", 1, 2, GRN,
         "Kontrollerat, följer avtal.", "GENOMFORD", "nej"),
        (5, "Barn och unga", "Registerutdrag för ledare i sommarlovsverksamheten",
         "Kontroll av samtliga ledare", "Årligen", 2, 4, RED,
         "Kontrollen gjordes inte före sommarlovet.", "EJ_GENOMFORD", ""),
        (6, "Kulturskola", "Avgifter i kulturskolan faktureras samtliga elever",
         "Avstämning elevregister mot fakturering", "Per termin", 2, 3, GRY,
         "Kulturskolan är avgiftsfri från ht 2025 (KFN 2025-03-12 § 19).", "UTGAR", ""),
        (7, "Evenemang",
         "Avtal med artister och arrangörer är undertecknade av behörig företrädare",
         "Genomgång av samtliga avtal", "Per tertial", 2, 3, ORA,
         "1 avtal undertecknat av ej behörig person, rättat i efterhand.", "GENOMFORD", "ja"),
        (8, "Anläggningar", "Tillsyn av lekplatser och utegym enligt besiktningsplan",
         "Besiktningsprotokoll", "Årligen", 3, 4, None, "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    wi = wb.active
    wi.title = "Instruktion"
    wi["A1"] = "Instruktion – uppföljning av intern kontroll"
    wi["A1"].font = Font(bold=True, size=12)
    wi["A3"] = "Fyll i status genom att färga cellen i kolumnen Status på fliken Uppföljning T2. Skriv kommentar vid avvikelse."
    wi["A5"] = "Färgförklaring status"
    wi["A5"].font = Font(bold=True)
    for i, (c, t) in enumerate([(GRN, "Genomförd utan anmärkning"), (ORA, "Genomförd med anmärkning/avvikelse"),
                                (YEL, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"),
                                (GRY, "Utgår")]):
        wi.cell(row=6 + i, column=1).fill = fill(c)
        wi.cell(row=6 + i, column=2, value=t)
    wi["A12"] = "Färgförklaring riskvärde (S × K)"
    wi["A12"].font = Font(bold=True)
    for i, (c, t) in enumerate([(GRN, "1–4 Låg"), (YEL, "5–8 Medel"), (RED, "9–16 Hög")]):
        wi.cell(row=13 + i, column=1).fill = fill(c)
        wi.cell(row=13 + i, column=2, value=t)
    wi.column_dimensions["A"].width = 12
    wi.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Uppföljning T2")
    ws.oddHeader.left.text = "Kultur- och fritidsförvaltningen"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Intern kontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Frekvens", "S", "K", "RV", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = fill("CCCCFF")
    r = 4
    for nr, omr, km, met, frek, s, k, st, kom, es, av in rows:
        vals = [nr, omr, km, met, frek, s, k, s * k, None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=8).fill = fill(rcol(s * k))
        if st:
            ws.cell(row=r, column=9).fill = fill(st)
        exp(fn, N, km, es, av)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [4, 16, 48, 26, 12, 4, 4, 5, 9, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Kultur och fritid - IK T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fn), os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", N, 2025, "T2"))


# ---------------------------------------------------------------------------
# 7. Storsunds Bostäder AB - odt, both columns shaded, legends under the table
# ---------------------------------------------------------------------------
def file_sbab(tmp):
    fn = "Storsunds Bostäder AB - intern kontroll 2025 T2.odt"
    N = "Storsunds Bostäder AB"
    RED, YEL, GRN, WHT = "FF0000", "FFFF00", "00B050", "FFFFFF"

    def rcol(v):
        return GRN if v <= 4 else (YEL if v <= 9 else RED)

    rows = [
        ("Hyresavisering och indexuppräkning av hyror enligt förhandlingsöverenskommelse", 2, 3, GRN,
         "Kontrollerat på 50 kontrakt, inga fel.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", 2, 4, GRN,
         "Två fakturor saknade attest av en andra person, rutinen har påmints.", "GENOMFORD", "ja"),
        ("Uppföljning av hyresfordringar och inkassoärenden", 3, 3, YEL,
         "Arbete pågår med genomgång av äldre fordringar.", "DELVIS", ""),
        ("Kontroll av att ramavtal för felanmälan och underhåll följs (avtalstrohet)", 3, 4, RED,
         "Ej genomförd under T2, ny upphandlingsansvarig börjar i oktober.", "EJ_GENOMFORD", ""),
        ("Brandskyddskontroll i trapphus och allmänna utrymmen (SBA)", 3, 4, WHT,
         "Se bilaga 3.", "OKLAR", ""),
        ("Nyckel- och passerkortshantering – spärr av förlorade brickor", 2, 2, GRN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    fix_doc_props(d)
    d.add_heading("Uppföljning intern kontroll 2025, tertial 2", level=1)
    d.add_paragraph("Till styrelsen för Storsunds Bostäder AB")
    d.add_paragraph("Datum: 2025-09-10")
    d.add_paragraph(
        "Bolagets internkontrollplan för 2025 fastställdes av styrelsen i februari. Nedan redovisas "
        "status för de kontroller som ska vara utförda till och med andra tertialet.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Risk (S × K)", "Status", "Kommentar"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for km, s, k, st, kom, es, av in rows:
        c = t.add_row().cells
        set_cell(c[0], km, size=10)
        set_cell(c[1], f"{s} × {k} = {s * k}", size=10)
        shade(c[1], rcol(s * k))
        set_cell(c[2], "", size=10)
        shade(c[2], st)
        set_cell(c[3], kom, size=10)
        exp(fn, N, km, es, av)
    set_widths(t, [Cm(6.5), Cm(2.4), Cm(1.6), Cm(6.5)])
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Färgförklaring risk: ").bold = True
    p.add_run("röd = hög risk (10–16), gul = medelhög risk (5–9), grön = låg risk (1–4).")
    p = d.add_paragraph()
    p.add_run("Färgförklaring status: ").bold = True
    p.add_run("grön = genomförd, gul = pågående, röd = ej genomförd.")
    d.add_paragraph("Bilaga 3: Protokoll brandskyddsrond augusti 2025 (separat dokument).")
    d.add_paragraph("Peter Holm, ekonomichef")
    src = os.path.join(tmp, "Storsunds Bostäder AB - intern kontroll 2025 T2.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fn), os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", N, 2025, "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) for the Stratsys export
# ---------------------------------------------------------------------------
def file_missiv():
    fn = "Missiv uppföljning intern kontroll T2 2025 - SBF.docx"
    d = docx.Document()
    fix_doc_props(d)
    d.sections[0].header.paragraphs[0].text = "Storsunds kommun – Samhällsbyggnadsförvaltningen"
    d.add_paragraph("2025-09-08")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningskontoret")
    d.add_heading("Översändande av uppföljning av intern kontroll, tertial 2 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Samhällsbyggnadsnämndens och Tekniska nämndens uppföljning av "
        "internkontrollplanerna för tertial 2 2025. Uppföljningen är exporterad ur Stratsys och bifogas "
        "som separat fil (Stratsys_export_internkontroll_2025-09-08.csv).")
    d.add_paragraph(
        "Observera att kolumnen Riskfärg avser riskbedömningen i planen och inte kontrollens status. "
        "Status för respektive kontroll framgår av kolumnerna Status och Statusfärg.")
    d.add_paragraph(
        "Ärendet behandlas i Samhällsbyggnadsnämnden den 23 september och i Tekniska nämnden den "
        "25 september. Protokollsutdrag skickas efter justering.")
    d.add_paragraph("Vid frågor kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Jonas Berg\nVerksamhetscontroller, Samhällsbyggnadsförvaltningen\n0570-123 45")
    d.save(os.path.join(HERE, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljökontoret"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Storsunds Bostäder AB", "SBAB|Storsundsbostäder|Bostadsbolaget"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for fil, ut, n, ar, per in FILES:
            f.write(f"{fil};{ut};{n};{ar};{per}\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            assert ";" not in km and "\n" not in km
            f.write(f"{fil};{n};{km};{st};{av}\n")


def main():
    tmp = tempfile.mkdtemp(prefix="r209_")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_von(tmp)
        file_stratsys()
        file_kfn(tmp)
        file_sbab(tmp)
        file_missiv()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
