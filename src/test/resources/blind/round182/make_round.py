#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r182 - Hagalund kommun, delår 2025: templates reused from last year.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
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
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round182"
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmp = tempfile.mkdtemp(prefix="r182_")
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", tmp, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    if len(produced) != 1:
        raise RuntimeError("conversion failed: %s -> %s (%s)" % (src, fmt, produced))
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmp, ignore_errors=True)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = WRAP


def set_props(wb, title):
    wb.properties.creator = "Hagalund kommun"
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. BUN - workbook copied from last year, 2024 helår columns still filled
# ---------------------------------------------------------------------------
def make_bun():
    fil = "IK-uppfoljning_delar_2025_BUN.xlsx"
    wb = openpyxl.Workbook()
    set_props(wb, "Uppföljning internkontrollplan BUN")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delårsuppföljning 2025 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Barn- och utbildningsförvaltningen, uppdaterad 2025-09-10 av Maria Lind, controller"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig",
           "Status helår 2024", "Kommentar helår 2024",
           "Status delår 2025", "Kommentar delår 2025"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="BDD7EE" if i < 7 else "FFE699")
        if i in (5, 6):
            c.fill = PatternFill("solid", fgColor="D9D9D9")
    # (nr, process, kontrollmoment, ansvarig, st24, kom24, st25, kom25, exp_status, exp_avv)
    groups = [
        ("Ekonomi och inköp", [
            ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "Genomförd", "Stickprov 40 fakturor. 2 fakturor saknade andra attest, återkopplat till enhetscheferna.",
             "Genomförd", "Stickprov 30 fakturor januari–juni. Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("2", "Inköp", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Upphandlingssamordnare",
             "Delvis genomförd", "Kontroll gjord för livsmedel, övriga kategorier hanns inte med.",
             "Genomförd", "Stickprov 25 inköp, 4 inköp av läromedel utanför avtal. Återkoppling till berörda rektorer.",
             "GENOMFORD", "ja"),
            ("3", "Ekonomi", "Korrekt hantering av statsbidrag – ansökan och återrapportering", "Ekonom",
             "Genomförd", "Samtliga riktade statsbidrag återrapporterade i tid till Skolverket.",
             None, None,
             "SAKNAS", ""),
        ]),
        ("Personal", [
            ("4", "Rekrytering", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-konsult",
             "Ej genomförd", "Hanns inte med p.g.a. byte av HR-system.",
             "Delvis genomförd", "Kontroll av 15 av 32 nyanställningar hittills; samtliga hade visat upp utdrag.",
             "DELVIS", "nej"),
            ("5", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
             "Genomförd", "Rehabärenden följs upp månadsvis, inga avvikelser.",
             "Ej påbörjad", "Genomförs under oktober.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("6", "Trygghet och studiero", "Anmälan om kränkande behandling hanteras och utreds enligt rutin",
             "Skolchef grundskola",
             "Genomförd med avvikelse", "Utredning saknades i 11 av 95 ärenden.",
             "Genomförd", "Samtliga 48 anmälningar under vårterminen 2025 granskade. I 6 fall saknades dokumenterad utredning inom tidsgränsen.",
             "GENOMFORD", "ja"),
            ("7", "Elevhälsa", "Frånvarorapportering och uppföljning av elevfrånvaro (hemmasittare)",
             "Elevhälsochef",
             None, None,
             "Delvis genomförd", "Nytt kontrollmoment 2025. Kartläggning klar för grundskolan, gymnasiet återstår.",
             "DELVIS", ""),
            ("8", "Skolskjuts", "Skolskjuts – beslut fattas enligt delegationsordning", "Handläggare skolskjuts",
             "Genomförd", "20 beslut granskade, inga avvikelser.",
             "Utgår", "Utgår 2025, skolskjutshandläggningen har flyttats till Tekniska nämnden.",
             "UTGAR", ""),
            ("9", "Förskola", "Registerkontroll av barn i förskolekö och placeringar (debitering av barnomsorgsavgift)",
             "Placeringsassistent",
             "Delvis genomförd", "Avstämning gjord för hösten 2024, inkomstkontroll ej gjord.",
             None, "Kontroll genomförd i juni, inkomstuppgifter för 120 hushåll stämdes av mot debiteringen. Inga fel hittades.",
             "GENOMFORD", "nej"),
            ("10", "Informationssäkerhet",
             "Informationssäkerhet – behörigheter i elevdokumentationssystemet ses över",
             "Systemförvaltare",
             "Ej genomförd", "Skjuts till 2025.",
             "Genomförd", "Behörighetsöversyn klar i maj. 37 konton för personal som slutat var fortfarande aktiva och har inaktiverats.",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = HR + 1
    rows_exp = []
    for gname, items in groups:
        ws.cell(r, 1, gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (nr, proc, km, ansv, s24, k24, s25, k25, es, ea) in items:
            vals = [nr, proc, km, ansv, s24, k24, s25, k25]
            for i, v in enumerate(vals, 1):
                if v is not None:
                    ws.cell(r, i, v)
            rows_exp.append((km, es, ea))
            r += 1
    last = r - 1
    boxed(ws, HR, last, 1, 8)
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej påbörjad,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E%d:E%d" % (HR + 1, last))
    dv.add("G%d:G%d" % (HR + 1, last))
    r = last + 2
    ws.cell(r, 1, "Godkänd av förvaltningschef: Peter Holm, 2025-09-12")
    for col, w in zip("ABCDEFGH", (5, 20, 48, 20, 16, 40, 16, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.oddHeader.left.text = "Barn- och utbildningsförvaltningen"
    ws.oddHeader.right.text = "Intern kontroll"

    ins = wb.create_sheet("Instruktion")
    lines = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "Fyll i status och kommentar för respektive kontrollmoment för aktuell period.",
        "Välj status i rullistan: Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej påbörjad, Ej genomförd, Utgår.",
        "Beskriv i kommentaren vad som kontrollerats (omfattning, stickprov) och eventuella avvikelser.",
        "Om avvikelse har noterats ska åtgärd anges.",
        "Uppföljningen skickas till ekonomiavdelningen senast 2024-09-13.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 110
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    exp(fil, "Barn- och utbildningsnämnden", rows_exp)
    return fil


# ---------------------------------------------------------------------------
# 2. SN - Word document, file name says 2024 but content is delår 2025
# ---------------------------------------------------------------------------
def set_doc_props(d, title):
    cp = d.core_properties
    cp.author = "Hagalund kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Hagalund kommun"
    cp.revision = 1


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def make_sn():
    fil = "Uppföljning internkontrollplan SN 2024.docx"
    d = docx.Document()
    set_doc_props(d, "Delårsuppföljning internkontrollplan 2025")
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "HAGALUND KOMMUN\tSocialförvaltningen\tDnr SN 2025/0087"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning intern kontroll – Socialnämnden"
    d.add_heading("Delårsuppföljning av Socialnämndens internkontrollplan 2025", level=1)
    d.add_paragraph("Datum: 2025-09-16\nHandläggare: Karin Sundberg, kvalitetsstrateg")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 162). Planen omfattar "
        "åtta kontrollmoment. Denna uppföljning avser perioden januari–augusti 2025. Fyra kontrollmoment är "
        "genomförda, varav två med avvikelser, ett pågår och ett har ännu inte genomförts. Ett kontrollmoment "
        "utgår efter beslut i nämnden. Åtgärder för noterade avvikelser redovisas i tabellen.")
    d.add_heading("Uppföljning per kontrollmoment", level=2)
    rows = [
        ("1", "Utbetalning av ekonomiskt bistånd sker enligt beslut och riktlinjer",
         "Stickprov 25 akter per tertial",
         "50 akter granskade. I 3 ärenden saknades underlag för beviljad hyra; återbetalning har begärts i ett ärende. "
         "Påminnelse om rutin given på APT.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2", "Orosanmälningar – förhandsbedömning inom 14 dagar",
         "Uttag ur verksamhetssystemet",
         "92 % av förhandsbedömningarna gjordes inom 14 dagar (mål 100 %). Eftersläpningen uppstod under semesterperioden.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("3", "Kontroll av att placeringar sker hos upphandlade HVB-leverantörer",
         "Genomgång av samtliga placeringar",
         "Samtliga 14 placeringar under perioden hos avtalade leverantörer.",
         "Genomförd", "GENOMFORD", "nej"),
        ("4", "Loggkontroll i verksamhetssystemet",
         "Stickprov 20 användare per halvår",
         "Loggkontrollen påbörjades i juni; 8 av 20 användare kontrollerade hittills, inga otillbörliga slagningar.",
         "Pågår", "DELVIS", "nej"),
        ("5", "Hantering av synpunkter och klagomål",
         "Genomgång av registrerade synpunkter",
         "Kontrollen är planerad till oktober och har inte påbörjats.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("6", "Samtycke från vårdnadshavare dokumenteras vid insatser för barn",
         "Stickprov 15 akter",
         "Se bilaga 2.",
         "", "OKLAR", ""),
        ("7", "Kontanthantering på boenden (brukarmedel)",
         "Inventering av kassor",
         "Utgår enligt beslut SN 2025-03-19 § 41, brukarmedel hanteras numera via bankkort.",
         "Utgår", "UTGAR", ""),
        ("8", "Avtalsuppföljning av köpt familjehemsvård",
         "Uppföljningsmöte med leverantör",
         "Uppföljning av två konsulentstödda familjehemsföretag genomförd, inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod och omfattning", "Resultat januari–augusti 2025", "Status"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for (nr, km, met, res, st, es, ea) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, met, res, st]):
            cell_text(cells[i], v)
    widths = [Cm(1), Cm(5), Cm(3.5), Cm(5.5), Cm(2.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Granskningsrapport samtycke (lämnas separat)")
    d.add_paragraph("Förslag till beslut: Socialnämnden godkänner delårsuppföljningen av internkontrollplanen 2025.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    exp(fil, "Socialnämnden", [(r[1], r[5], r[6]) for r in rows])
    return fil


# ---------------------------------------------------------------------------
# 3. VON - plan with Delår/Helår column pairs, only Delår filled, colour status
# ---------------------------------------------------------------------------
GREEN = "00B050"
YELLOW = "FFFF00"
RED = "FF0000"


def make_von():
    fil = "VON_Internkontroll_2025.xlsx"
    wb = openpyxl.Workbook()
    set_props(wb, "Internkontrollplan VON 2025")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Vård- och omsorgsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning lämnas vid delår och helår. Markera status med färg enligt teckenförklaringen längst ned."
    ws["A2"].font = Font(italic=True)
    # two-row header
    top = 4
    for i, h in enumerate(["Område", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"], 1):
        ws.cell(top, i, h)
        ws.merge_cells(start_row=top, start_column=i, end_row=top + 1, end_column=i)
    ws.cell(top, 6, "Delår 2025")
    ws.merge_cells(start_row=top, start_column=6, end_row=top, end_column=7)
    ws.cell(top, 8, "Helår 2025")
    ws.merge_cells(start_row=top, start_column=8, end_row=top, end_column=9)
    for c, h in zip((6, 7, 8, 9), ("Status", "Kommentar", "Status", "Kommentar")):
        ws.cell(top + 1, c, h)
    for r in (top, top + 1):
        for c in range(1, 10):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # (område, km, metod, frekvens, ansvarig, fill, text, kommentar, exp_status, exp_avv)
    areas = [
        ("Myndighetsutövning", [
            ("Biståndsbeslut inom hemtjänst fattas enligt delegationsordningen", "Stickprov 20 beslut",
             "Delår", "Enhetschef myndighet", GREEN, None,
             "20 beslut granskade, samtliga fattade enligt delegation.", "GENOMFORD", "nej"),
            ("Uppföljning av beviljade insatser (omprövning inom 12 månader)", "Uttag ur verksamhetssystemet",
             "Delår, helår", "Enhetschef myndighet", YELLOW, None,
             "Omprövning genomgången för hemtjänst. Särskilt boende återstår och görs under hösten.",
             "DELVIS", ""),
            ("Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Genomgång av samtliga rapporter",
             "Delår, helår", "Kvalitetsutvecklare", GREEN, None,
             "3 rapporter under perioden, samtliga utredda. En anmäld till IVO.", "GENOMFORD", "nej"),
        ]),
        ("Hälso- och sjukvård", [
            ("Läkemedelshantering – avvikelserapportering och signeringslistor", "Granskning på 4 enheter",
             "Delår", "MAS", RED, None,
             "Ej genomförd p.g.a. vakant MAS-tjänst under våren.", "EJ_GENOMFORD", ""),
            ("Basala hygienrutiner och klädregler följs (hygienmätning)", "PPM-BHK mätning",
             "Vår och höst", "MAS", YELLOW, None,
             "Mätning genomförd i maj: 89 % följsamhet, under målet 95 %. Åtgärdsplan upprättad med enhetscheferna.",
             "GENOMFORD", "ja"),
            ("Riskbedömningar (fall, trycksår, nutrition) i Senior alert", "Uttag Senior alert",
             "Helår", "Sjuksköterska", None, None,
             "Kontrollen genomförs i oktober enligt plan.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Fakturering av hemtjänstavgifter stäms av mot utförd tid", "Avstämning två månader",
             "Delår", "Avgiftshandläggare", YELLOW, None,
             "Avstämning gjord för april och juni. Differens i 4 fall, fakturorna har korrigerats.",
             "GENOMFORD", "ja"),
            ("Hantering av brukares privata medel på särskilt boende", "Inventering",
             "Delår", "Enhetschef SÄBO", None, "Utgår",
             "Ersatt av kommungemensam rutin för brukarmedel.", "UTGAR", ""),
            ("Korrekt registrering av arbetad tid i schemasystemet", "Stickprov 30 pass",
             "Delår", "Enhetschef hemtjänst", GREEN, None,
             None, "GENOMFORD", "nej"),
        ]),
    ]
    r = top + 2
    rows_exp = []
    for area, items in areas:
        start = r
        for (km, met, frek, ansv, fill, txt, kom, es, ea) in items:
            ws.cell(r, 2, km)
            ws.cell(r, 3, met)
            ws.cell(r, 4, frek)
            ws.cell(r, 5, ansv)
            if fill:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=fill)
            if txt:
                ws.cell(r, 6, txt)
            if kom:
                ws.cell(r, 7, kom)
            rows_exp.append((km, es, ea))
            r += 1
        ws.cell(start, 1, area)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    last = r - 1
    boxed(ws, top, last, 1, 9)
    for rr in range(top + 2, last + 1):
        ws.cell(rr, 6).alignment = Alignment(horizontal="center", vertical="center")
    r = last + 2
    ws.cell(r, 1, "Teckenförklaring").font = BOLD
    legend = [(GREEN, "Genomförd utan anmärkning"),
              (YELLOW, "Genomförd med anmärkning eller delvis genomförd"),
              (RED, "Ej genomförd")]
    for fill, txt in legend:
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r, 1).border = BOX
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGHI", (20, 48, 24, 12, 20, 10, 48, 10, 40)):
        ws.column_dimensions[col].width = w
    ws.oddFooter.center.text = "Vård- och omsorgsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"))
    exp(fil, "Vård- och omsorgsnämnden", rows_exp)
    return fil


# ---------------------------------------------------------------------------
# 4. SBN - adopted plan sheet + uppföljning sheet in one workbook (formulas)
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "SBN_Internkontrollplan_2025_antagen_samt_uppfoljning.xlsx"
    wb = openpyxl.Workbook()
    set_props(wb, "Internkontrollplan SBN 2025")
    ps = wb.active
    ps.title = "Plan 2025 (antagen)"
    ps["A1"] = "Internkontrollplan 2025 – Samhällsbyggnadsnämnden"
    ps["A1"].font = Font(bold=True, size=14)
    ps["A2"] = "Antagen av nämnden 2024-12-12, § 187"
    phdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
            "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    PH = 4
    for i, h in enumerate(phdr, 1):
        c = ps.cell(PH, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="C6E0B4")
    plan = [
        ("1", "Bygglov", "Handläggningstiden överskrider lagstadgad tid och avgiften måste reduceras", 3, 3,
         "Bygglov beslutas inom lagstadgad handläggningstid", "Uttag ur ärendesystemet", "Tertial",
         "Bygglovschef", "Delår, helår"),
        ("2", "Delegation", "Beslut fattade på delegation anmäls inte till nämnden", 2, 3,
         "Beslut fattade på delegation anmäls till nämnden", "Stickprov 20 beslut", "Halvår",
         "Nämndsekreterare", "Delår, helår"),
        ("3", "Tillsyn", "Ärenden om olovligt byggande blir liggande", 3, 2,
         "Tillsynsärenden (olovligt byggande) handläggs enligt tillsynsplan", "Genomgång av ärendebalans",
         "Halvår", "Byggnadsinspektör", "Delår, helår"),
        ("4", "Avgifter", "Felaktig debitering av avgifter", 2, 2,
         "Debitering av plan- och bygglovsavgifter enligt taxa", "Stickprov 15 ärenden", "Halvår",
         "Ekonom", "Delår, helår"),
        ("5", "Detaljplanering", "Planarbete påbörjas utan planavtal och kostnadstäckning", 2, 4,
         "Planavtal tecknas innan planarbete påbörjas", "Genomgång av samtliga pågående planer", "Årligen",
         "Planchef", "Delår"),
        ("6", "Informationssäkerhet", "Obehöriga har åtkomst till system", 2, 3,
         "Behörigheter i kartsystemet och ärendesystemet ses över", "Behörighetslistor", "Årligen",
         "Systemförvaltare", "Delår"),
        ("7", "Dokumenthantering", "Handlingar diarieförs inte eller sent", 3, 2,
         "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Stickprov 30 handlingar", "Årligen",
         "Registrator", "Helår"),
        ("8", "Inköp", "Direktupphandlingar dokumenteras inte", 2, 2,
         "Direktupphandlingar över 100 tkr dokumenteras", "Genomgång av leverantörsreskontra", "Halvår",
         "Förvaltningsekonom", "Delår, helår"),
    ]
    r = PH + 1
    plan_row = {}
    for (nr, proc, risk, s, k, km, met, frek, ansv, rapp) in plan:
        vals = [nr, proc, risk, s, k, "=D%d*E%d" % (r, r), km, met, frek, ansv, rapp]
        for i, v in enumerate(vals, 1):
            ps.cell(r, i, v)
        plan_row[nr] = r
        r += 1
    boxed(ps, PH, r - 1, 1, 11)
    ps.cell(r + 1, 1, "Riskvärde = sannolikhet × konsekvens (1–16).")
    for col, w in zip("ABCDEFGHIJK", (5, 18, 36, 11, 11, 9, 42, 26, 10, 18, 14)):
        ps.column_dimensions[col].width = w

    us = wb.create_sheet("Uppföljning delår")
    us["A1"] = "Uppföljning internkontrollplan – delår 2025 (per 31 augusti)"
    us["A1"].font = Font(bold=True, size=14)
    us["A2"] = "Samhällsbyggnadsnämnden. Kontrollmomenten hämtas från fliken Plan 2025 (antagen)."
    uhdr = ["Nr", "Kontrollmoment", "Utförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Resultat/kommentar",
            "Åtgärd", "Klart datum"]
    UH = 4
    for i, h in enumerate(uhdr, 1):
        c = us.cell(UH, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    fu = {
        "1": ("Ja", "Ja", "Uttag januari–augusti: 412 beslut, 9 beslut överskred 10 veckor och avgiften reducerades.",
              "Genomgång av ärendeflödet", "2025-12-31", "GENOMFORD", "ja"),
        "2": ("Ja", "Nej", "Samtliga 20 stickprov anmälda till nämnden.", None, None, "GENOMFORD", "nej"),
        "3": ("Delvis", "Ja", "Tillsynsplanen följd för ca 60 % av ärendena; balans på 34 äldre ärenden.",
              "Extra resurs under hösten", "2026-03-31", "DELVIS", "ja"),
        "4": ("Ja", "Ja", "2 av 15 ärenden felaktigt debiterade (fel timdebitering). Rättat och återbetalt.",
              "Utbildning i taxan", "2025-10-31", "GENOMFORD", "ja"),
        "5": ("Nej", None, "Ej genomförd, ansvarig planchef föräldraledig. Görs under hösten.",
              None, None, "EJ_GENOMFORD", ""),
        "6": ("Ja", "Nej", "Översyn gjord i mars.", None, None, "GENOMFORD", "nej"),
        "7": (None, None, "Rapporteras vid helår.", None, None, "SAKNAS", ""),
        "8": ("Ja", "Nej", None, None, None, "GENOMFORD", "nej"),
    }
    r = UH + 1
    rows_exp = []
    for p in plan:
        nr = p[0]
        pr = plan_row[nr]
        ut, av, kom, atg, datum, es, ea = fu[nr]
        us.cell(r, 1, "='Plan 2025 (antagen)'!A%d" % pr)
        us.cell(r, 2, "='Plan 2025 (antagen)'!G%d" % pr)
        for i, v in ((3, ut), (4, av), (5, kom), (6, atg), (7, datum)):
            if v is not None:
                us.cell(r, i, v)
        rows_exp.append((p[5], es, ea))
        r += 1
    boxed(us, UH, r - 1, 1, 7)
    us.cell(r + 1, 1, "Sammanställt av Johan Ek, förvaltningsekonom, 2025-09-11")
    for col, w in zip("ABCDEFG", (5, 48, 14, 12, 55, 26, 12)):
        us.column_dimensions[col].width = w
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    us.add_data_validation(dv)
    dv.add("C%d:C%d" % (UH + 1, r - 1))
    # openpyxl stores formulas without cached values; let LibreOffice recalculate so the
    # file carries values like a workbook saved by Excel.
    tmpdir = tempfile.mkdtemp(prefix="r182_sbn_")
    src = os.path.join(tmpdir, "sbn_src.xlsx")
    wb.save(src)
    soffice_convert(src, "xlsx:Calc MS Excel 2007 XML", fil)
    shutil.rmtree(tmpdir, ignore_errors=True)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    exp(fil, "Samhällsbyggnadsnämnden", rows_exp)
    return fil


# ---------------------------------------------------------------------------
# 5. KFN - sends last year's helår 2024 follow-up again (.xls)
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "Uppföljning IKP KFN.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    h1 = xlwt.easyxf("font: bold on, height 280")
    h2 = xlwt.easyxf("font: bold on, height 220")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Kultur- och fritidsnämnden", h1)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2024 – helår", h2)
    ws.write(2, 0, "Rapport till nämndens sammanträde 2025-01-28. Handläggare: Lena Åberg, verksamhetscontroller")
    cols = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Genomförd (Ja/Nej/Delvis)", "Resultat", "Åtgärder"]
    for i, h in enumerate(cols):
        ws.write(4, i, h, hdr)
    rows = [
        ("Föreningsbidrag", "Utbetalning av föreningsbidrag sker enligt bidragsreglerna",
         "Stickprov 10 föreningar", "Ja",
         "Samtliga 10 ansökningar korrekt handlagda. I en förening saknades revisionsberättelse, kompletterad i efterhand.",
         "Påminnelse i bidragsinformationen", "GENOMFORD", "ja"),
        ("Kontanthantering", "Kassahantering i simhallen och på biblioteket",
         "Oanmäld kassainventering två gånger per år", "Ja",
         "Två inventeringar genomförda, inga differenser.", "", "GENOMFORD", "nej"),
        ("Lokaluthyrning", "Bokning och fakturering av lokaler och anläggningar",
         "Avstämning bokningssystem mot fakturering", "Delvis",
         "Avstämning gjord för idrottshallarna. Kulturhuset återstår och förs över till 2025.", "", "DELVIS", ""),
        ("Inköp", "Avtalstrohet vid inköp av medier till biblioteken",
         "Genomgång av leverantörsreskontra", "Ja",
         "Samtliga inköp via avtalad leverantör.", "", "GENOMFORD", "nej"),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga anläggningar",
         "Genomgång av SBA-pärmar", "Nej",
         "Ej genomförd under 2024, flyttas till internkontrollplan 2025.", "", "EJ_GENOMFORD", ""),
        ("Barn och unga", "Utdrag ur belastningsregistret för personal och ledare i lovverksamhet",
         "Kontroll av samtliga sommarledare", "Ja",
         "Samtliga 42 ledare i sommarlovsverksamheten hade uppvisat utdrag.", "", "GENOMFORD", "nej"),
        ("Dataskydd", "Personuppgifter i bokningssystemet gallras enligt dokumenthanteringsplanen",
         "Kontroll av gallringslogg", "Ja",
         "Gallring genomförd i november 2024.", "", "GENOMFORD", "nej"),
    ]
    for j, row in enumerate(rows):
        for i, v in enumerate(row[:6]):
            ws.write(5 + j, i, v, cellst)
    r = 5 + len(rows) + 1
    ws.write(r, 0, "Sammanfattande bedömning: Den interna kontrollen under 2024 bedöms som tillräcklig.")
    for i, w in enumerate((18, 45, 30, 14, 55, 28)):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2024", "HELAR"))
    exp(fil, "Kultur- och fritidsnämnden", [(r_[1], r_[6], r_[7]) for r_ in rows])
    return fil


# ---------------------------------------------------------------------------
# 6. Stratsys export - two nämnder, T1 and Delår rows per control
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-12.csv"
    header = ["Enhet", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig", "Senast uppdaterad"]
    TN = "Tekniska förvaltningen"
    MF = "Miljöförvaltningen"
    # (enhet, process, km, ansvarig, (t1_status, t1_kom, t1_date), (d_status, d_kom, d_date), exp_st, exp_av)
    data = [
        (TN, "Investeringar", "Fakturor för entreprenader stäms av mot avtal och ÄTA-beslut", "Projektchef",
         ("Pågår", "Stickprov påbörjat.", "2025-04-28"),
         ("Klar", "12 fakturor granskade, en ÄTA saknade skriftligt beslut. Rutinen har förtydligats.", "2025-09-05"),
         "GENOMFORD", "ja"),
        (TN, "Fordon", "Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonssamordnare",
         ("Klar", "Kontroll gjord i februari, inga avvikelser.", "2025-04-30"),
         ("", "", ""),
         "GENOMFORD", "nej"),
        (TN, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef",
         ("Ej påbörjad", "", "2025-04-22"),
         ("Pågår", "Besiktning av 23 av 41 lekplatser genomförd, brister på tre lekplatser har åtgärdats.", "2025-09-01"),
         "DELVIS", "ja"),
        (TN, "VA", "Vattenprovtagning enligt kontrollprogram för dricksvatten", "VA-chef",
         ("Klar", "Provtagning enligt program.", "2025-04-29"),
         ("Klar", "Samtliga prover tagna enligt program. Ett otjänligt prov i Norrby, åtgärdat genom spolning och omprov.", "2025-09-03"),
         "GENOMFORD", "ja"),
        (TN, "Ekonomi", "Behörighetskontroll i ekonomisystemet för förvaltningens användare", "Controller",
         ("", "", ""),
         ("Försenad", "Flyttas till T3 på grund av systembyte.", "2025-09-08"),
         "EJ_GENOMFORD", ""),
        (TN, "Gata/park", "Vinterväghållning – uppföljning av entreprenörens utryckningstider", "Gatuchef",
         ("Klar", "Utryckningstider följda under januari–mars.", "2025-04-25"),
         ("Avbruten", "Kontrollen utgår enligt TN beslut 2025-05-20 § 58.", "2025-05-21"),
         "UTGAR", ""),
        (MF, "Taxor och avgifter", "Tillsynsavgifter debiteras enligt taxa och beslut", "Administrativ chef",
         ("Pågår", "", "2025-04-30"),
         ("Klar", "30 ärenden granskade, 2 felaktiga timdebiteringar har krediterats.", "2025-09-09"),
         "GENOMFORD", "ja"),
        (MF, "Livsmedelskontroll", "Livsmedelskontroller genomförs enligt kontrollplan", "Enhetschef livsmedel",
         ("Pågår", "34 % av planerade kontroller genomförda.", "2025-04-30"),
         ("Pågår", "62 % av planerade kontroller genomförda.", "2025-09-09"),
         "DELVIS", ""),
        (MF, "Myndighetsutövning", "Jäv – handläggare i tillsynsärenden har lämnat jävsdeklaration",
         "Miljöchef",
         ("", "", ""),
         ("", "", ""),
         "SAKNAS", ""),
        (MF, "Myndighetsutövning", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         ("Klar", "", "2025-04-24"),
         ("Klar", "Inga avvikelser.", "2025-09-02"),
         "GENOMFORD", "nej"),
        (MF, "Myndighetsutövning", "Handläggningstid för ansökan om enskilt avlopp", "Enhetschef miljö",
         ("", "", ""),
         ("Ej påbörjad", "", "2025-09-09"),
         "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for (enh, proc, km, ansv, t1, dl, es, ea) in data:
            w.writerow([enh, proc, km, "T1 2025", t1[0], t1[1], ansv, t1[2]])
            w.writerow([enh, proc, km, "Delår 2025", dl[0], dl[1], ansv, dl[2]])
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "DELAR"))
    for (enh, proc, km, ansv, t1, dl, es, ea) in data:
        n = "Tekniska nämnden" if enh == TN else "Miljö- och hälsoskyddsnämnden"
        EXPECTED.append((fil, n, km, es, ea))
    return fil


# ---------------------------------------------------------------------------
# 7. KS - tick columns, process headings (.ods)
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_uppföljning_IK_delår2025.ods"
    wb = openpyxl.Workbook()
    set_props(wb, "Uppföljning intern kontroll KS delår 2025")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen – Uppföljning intern kontroll, delår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunledningsförvaltningen. Markera med X i den kolumn som stämmer."
    hdr = ["ID", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse noterad", "Kommentar"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    # (id, km, ansvarig, marks(G,D,E), avv, kommentar, exp_st, exp_av)
    groups = [
        ("1. Ekonomiprocesser", [
            ("1.1", "Avstämning av balanskonton vid delårsbokslut", "Redovisningschef", "X--", "",
             "Samtliga balanskonton avstämda och dokumenterade.", "GENOMFORD", "nej"),
            ("1.2", "Representation och förtroendekänsliga poster – kontroll mot riktlinjer", "Controller",
             "X--", "X", "20 verifikationer granskade, 3 saknade deltagarförteckning.", "GENOMFORD", "ja"),
            ("1.3", "Leasingavtal för bilar registreras och följs upp", "Fordonssamordnare", "-X-", "",
             "Inventering av avtalen pågår.", "DELVIS", "nej"),
        ]),
        ("2. Personal och lön", [
            ("2.1", "Lönetillägg och engångsbelopp attesteras enligt attestordningen", "Lönechef", "X--", "",
             "Stickprov 40 löneposter, inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Vid avslut av anställning återlämnas utrustning och behörigheter tas bort", "HR-chef",
             "XX-", "", "", "OKLAR", ""),
        ]),
        ("3. Informationssäkerhet och IT", [
            ("3.1", "Test av återläsning av säkerhetskopior", "IT-chef", "--X", "",
             "Skjuts till november p.g.a. byte av driftleverantör.", "EJ_GENOMFORD", ""),
            ("3.2", "Registerförteckning enligt dataskyddsförordningen är uppdaterad", "Dataskyddssamordnare",
             "X--", "", "", "GENOMFORD", "nej"),
        ]),
        ("4. Styrning och ledning", [
            ("4.1", "Verkställighet av fullmäktiges beslut – uppföljning av beslutslistan", "Kanslichef",
             "X--", "X", "7 beslut från 2024 ej verkställda inom utsatt tid, redovisas för KS i oktober.",
             "GENOMFORD", "ja"),
            ("4.2", "Upphandlingar över direktupphandlingsgränsen annonseras", "Upphandlingschef",
             "---", "", "", "SAKNAS", ""),
        ]),
    ]
    r = HR + 1
    rows_exp = []
    for gname, items in groups:
        ws.cell(r, 1, gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for (id_, km, ansv, marks, avv, kom, es, ea) in items:
            ws.cell(r, 1, id_)
            ws.cell(r, 2, km)
            ws.cell(r, 3, ansv)
            for k, ch in enumerate(marks):
                if ch == "X":
                    ws.cell(r, 4 + k, "X")
            if avv:
                ws.cell(r, 7, avv)
            if kom:
                ws.cell(r, 8, kom)
            for c in range(4, 8):
                ws.cell(r, c).alignment = Alignment(horizontal="center")
            rows_exp.append((km, es, ea))
            r += 1
    boxed(ws, HR, r - 1, 1, 8)
    ws.cell(r + 1, 1, "Sammanställt av: Anna Berg, controller, 2025-09-18")
    for col, w in zip("ABCDEFGH", (6, 50, 20, 11, 8, 12, 11, 50)):
        ws.column_dimensions[col].width = w
    tmpdir = tempfile.mkdtemp(prefix="r182_ks_")
    src = os.path.join(tmpdir, "KS_uppföljning_IK_delår2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmpdir, ignore_errors=True)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    exp(fil, "Kommunstyrelsen", rows_exp)
    return fil


# ---------------------------------------------------------------------------
# 8. Hagalund Bostäder AB - text-only report (.doc)
# ---------------------------------------------------------------------------
def make_hbab():
    fil = "HBAB rapport intern kontroll jan-aug 2025.doc"
    d = docx.Document()
    set_doc_props(d, "Rapport intern kontroll januari–augusti 2025")
    d.sections[0].header.paragraphs[0].text = "Hagalund Bostäder AB"
    d.add_heading("Rapport – intern kontroll januari–augusti 2025", level=1)
    d.add_paragraph("Till styrelsen för Hagalund Bostäder AB, sammanträde 2025-09-24\n"
                    "Från: Ekonomichef Tomas Wiklund")
    d.add_paragraph(
        "Styrelsen fastställde bolagets plan för intern kontroll 2025 i december 2024. Nedan redovisas "
        "utfallet för de sex kontrollmoment som ingår i planen för perioden januari–augusti.")
    items = [
        ("1. Hyresavisering",
         "Hyresavier stäms av mot gällande hyresavtal efter årets hyresförhandling",
         "Avstämning av 60 avier efter hyreshöjningen den 1 april. Två avier hade fel hyresnivå och har korrigerats.",
         "Genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("2. Hyresfordringar",
         "Uppföljning av hyresfordringar och inkassoärenden",
         "Månatlig genomgång av kundreskontran har skett. Inga avvikelser.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("3. Leverantörsfakturor",
         "Attest av fakturor från entreprenörer enligt attestinstruktionen",
         "Stickprov gjort för första kvartalet. Andra kvartalet återstår.",
         "Delvis genomförd.", "DELVIS", ""),
        ("4. Uthyrning",
         "Tilldelning av lägenheter sker enligt uthyrningspolicyn",
         "Kontrollen har inte genomförts under perioden på grund av byte av uthyrningssystem. Den görs under hösten.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("5. Brandskydd",
         "Systematiskt brandskyddsarbete i bostadsbeståndet",
         "Egenkontroller genomförda i samtliga 38 fastigheter utan anmärkning.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("6. Upphandling",
         "Jävsdeklaration från deltagare i upphandlingar",
         "Jävsdeklarationer fanns för 3 av 4 genomförda upphandlingar. Rutinen har skärpts.",
         "Genomförd, avvikelse noterad.", "GENOMFORD", "ja"),
    ]
    for (head, km, res, bed, es, ea) in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Genomfört: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Bedömning: ").bold = True
        p.add_run(bed)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Den interna kontrollen bedöms som tillräcklig. Kvarstående kontroller genomförs under hösten "
                    "och redovisas i helårsrapporten.")
    tmpdir = tempfile.mkdtemp(prefix="r182_hb_")
    src = os.path.join(tmpdir, "HBAB rapport intern kontroll jan-aug 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpdir, ignore_errors=True)
    FILES.append((fil, "INLAST", "Hagalund Bostäder AB", "2025", "DELAR"))
    exp(fil, "Hagalund Bostäder AB", [(i[1], i[4], i[5]) for i in items])
    return fil


# ---------------------------------------------------------------------------
# 9. Reject: Excel lock file of the BUN workbook (left when copying it)
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$IK-uppfoljning_delar_2025_BUN.xlsx"
    name = "Maria Lind"
    data = bytes([len(name)]) + name.encode("latin-1")
    data = data.ljust(54, b" ")
    data += bytes([len(name), 0]) + name.encode("utf-16-le")
    data = data.ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hagalund Bostäder AB", "HBAB|Hagalundsbostäder|Hagalund Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    return {r[0] for r in reg}


def main():
    # remove previous outputs (only files this script makes)
    for f in os.listdir(OUT):
        if f in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)
    names = write_register()
    make_bun()
    make_sn()
    make_von()
    make_sbn()
    make_kfn()
    make_stratsys()
    make_ks()
    make_hbab()
    make_lock()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    # consistency checks
    inl = {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inl, e
        assert e[1] in names, e
        assert e[3] in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), e
        assert e[4] in ("ja", "nej", ""), e
    for f in FILES:
        assert os.path.exists(os.path.join(OUT, f[0])), f
        if f[1] == "INLAST":
            assert f[2] in names, f
    print("files:", len({f[0] for f in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
