#!/usr/bin/python3
"""Blind round r370 - Backa-Ed kommun, delår 2025, a plain inbox with terse follow-ups.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round370"
FIXED = datetime.datetime(2025, 9, 12, 8, 0, 0)

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def fix_props(wb):
    wb.properties.creator = "Backa-Ed kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r370_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - simple Excel, word statuses, legend under the table
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_IK_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppf delår"
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delår (jan–aug)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
    rows = [
        (1, "Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Ekonomichef", "Klart", "20 st kontr. 1 fel attestant, åtgärdat.", "GENOMFORD", "ja"),
        (2, "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial", "Stickprov 15 inköp",
         "Upphandlare", "Pågår", "8 av 15 kontr., inga avvik. hittills", "DELVIS", "nej"),
        (3, "Löner", "Kontroll av att avslutade anställningar avslutas i lönesystemet",
         "Jämförelse HR-lista/lönesystem", "HR-chef", "OK", "Inga avvik.", "GENOMFORD", "nej"),
        (4, "Ekonomi", "Representation och förtroendekänsliga poster följer riktlinjerna",
         "Genomgång av samtliga repr.fakturor", "Controller", "Ej påb.", "Görs i okt", "EJ_GENOMFORD", ""),
        (5, "IT", "Behörigheter i ekonomisystemet stäms av mot aktuell personal", "Utdrag ur systemet",
         "IT-samordnare", "-", None, "SAKNAS", ""),
        (6, "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom en vecka",
         "Stickprov 10 ärenden", "Kommunsekreterare", None,
         "Klart. 2 av 10 diarief. efter 2 v. Info till handläggare.", "GENOMFORD", "ja"),
        (7, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen", "Avstämning mot delegationslista",
         "Kommunsekreterare", "Klart", "-", "GENOMFORD", ""),
        (8, "Säkerhet", "Uppdatering av krisledningsplan", "Kontroll att planen reviderats",
         "Säkerhetssamordnare", "Pågår", "Remiss ute, klar nov.", "DELVIS", ""),
        (9, "Bidrag", "Föreningsbidrag betalas ut enligt beslut", "Stickprov 5 utbet.", "Ekonom",
         "Utgår", "Flyttat till KFN fr.o.m. 2025", "UTGAR", ""),
    ]
    for r in rows:
        ws.append(list(r[:7]))
        for c in ws[ws.max_row]:
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, r[2], r[7], r[8])
    ws.append([])
    ws.append(["Förkl.: Klart = genomförd, Pågår = påbörjad ej klar, Ej påb. = ej påbörjad"])
    ws.cell(ws.max_row, 1).font = Font(italic=True, size=9)
    ws.append(["Uppr. 2025-09-08 /L. Ek"])
    for col, w in zip("ABCDEFG", (5, 18, 48, 28, 20, 10, 42)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - Word document with a table pasted from Excel (T1 + Delår columns)
# ---------------------------------------------------------------------------
def _cell_text(cell, text, bold=False, size=11):
    cell.text = ""
    p = cell.paragraphs[0]
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    run = p.add_run(text or "")
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = "Calibri"


def _set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_bun():
    fil = "BUN delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Maria Lund"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    p = d.add_paragraph()
    r = p.add_run("Uppföljning internkontroll BUN – delår 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Hej! Tabellen nedan är kopierad från vår Excel-fil. Hör av er vid frågor. /Maria, BUF")

    # Excel paste: 8 columns (last one empty - column H was in the selection)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansv.", "T1", "Delår", "Kommentar", ""]
    # (group, km, metod, ansv, t1, delar, komm, status, avv)
    data = [
        ("GROUP", "Ekonomi"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10/enhet", "Rektor",
         "OK", "OK", "Inga avvik.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av skolskjutsfakturor mot beställda turer", "Avstämning mot turlista",
         "Controller", "Pågår", "Klart", "1 felfakt. tur, kreditering begärd", "GENOMFORD", "ja"),
        ("Ekonomi", "Interkommunal ersättning faktureras för elever från andra kommuner",
         "Lista elever/fakturor", "Skoladm.", "Klart", "", "", "GENOMFORD", ""),
        ("GROUP", "Verksamhet"),
        ("Verksamhet", "Anmälan om kränkande behandling rapporteras till huvudman", "Genomgång av anmälningar",
         "Rektor/fsk-chef", "Ej påb.", "Pågår", "Sammanst. pågår", "DELVIS", ""),
        ("Verksamhet", "Elever med hög frånvaro har en åtgärdsplan", "Stickprov 10 elever", "EHT",
         "-", "Ej påb.", "Skjuts till HT", "EJ_GENOMFORD", ""),
        ("Verksamhet", "Registerutdrag kontrolleras vid nyanställning", "Stickprov 10 anställda", "Rektor",
         "OK", "Klart", "1 saknades, inhämtat i efterhand", "GENOMFORD", "ja"),
        ("Verksamhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras på alla enheter",
         "Egenkontroll checklista", "Rektor/fsk-chef", "Pågår", "Pågår", "6 av 9 enheter klara",
         "DELVIS", ""),
        ("GROUP", "Information"),
        ("Information", "Behörigheter i elevregistret (IST) stäms av", "Utdrag", "Systemförv.",
         "", "", "", "SAKNAS", ""),
        ("Information", "Gallring av elevakter enligt dokumenthanteringsplan", "", "Skoladm.",
         "Ej påb.", "Ej aktuell", "Görs 2026 enl. beslut", "UTGAR", ""),
    ]
    t = d.add_table(rows=0, cols=len(hdr))
    _set_borders(t)
    # Excel title row (merged A1:H1) and an empty row, as pasted
    row = t.add_row().cells
    m = row[0].merge(row[len(hdr) - 1])
    _cell_text(m, "Barn- och utbildningsnämnden – IKP 2025", bold=True)
    row = t.add_row().cells
    for c in row:
        _cell_text(c, "")
    row = t.add_row().cells
    for c, h in zip(row, hdr):
        _cell_text(c, h, bold=True)
        _shade(c, "BDD7EE")
    for rec in data:
        row = t.add_row().cells
        if rec[0] == "GROUP":
            m = row[0].merge(row[len(hdr) - 1])
            _cell_text(m, rec[1], bold=True)
            _shade(m, "F2F2F2")
            continue
        vals = list(rec[:7]) + [""]
        for c, v in zip(row, vals):
            _cell_text(c, v)
        exp(fil, N, rec[1], rec[7], rec[8])
    row = t.add_row().cells
    for c in row:
        _cell_text(c, "")
    _cell_text(row[0], "Uppd. 2025-09-05", size=9)
    d.add_paragraph("")
    d.add_paragraph("Mvh Maria Lund, controller BUF")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Excel with code statuses + legend top right + process heading rows
# ---------------------------------------------------------------------------
def make_sn():
    fil = "SN_IKP_2025_delar.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, delår"
    ws["I1"] = "Teckenförklaring"
    ws["I1"].font = Font(bold=True)
    ws["I2"] = "G = Genomförd"
    ws["I3"] = "D = Delvis genomförd"
    ws["I4"] = "E = Ej genomförd"
    ws["I5"] = "U = Utgår"
    hdr = ["Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Status", "Resultat/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    groups = [
        ("Myndighetsutövning", [
            ("Utredningstid barnavård", "Risk att utredning inte avslutas inom lagstadgad tid", 12,
             "Kontroll att barnavårdsutredningar avslutas inom 4 månader", "Enhetschef IFO", "D",
             "Stickpr. 15 utr, 3 överskred tid.\nForts. kontroll hösten.", "DELVIS", "ja"),
            ("Ekonomiskt bistånd", "Risk för beslut utan delegation", 9,
             "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef IFO", "G",
             "20 beslut granskade. Inga avvik.", "GENOMFORD", "nej"),
            ("Orosanmälan", "Risk att barn far illa p.g.a. sen bedömning", 16,
             "Orosanmälningar förhandsbedöms inom 14 dagar", "1:e socialsekr.", "G",
             "3 av 30 bedömdes efter 14 d.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Utbetalningar", "Risk för felaktiga utbetalningar", 12,
             "Kontroll av utbetalningar ekonomiskt bistånd mot beslut", "Controller", "G", "OK",
             "GENOMFORD", "nej"),
            ("Avgifter", "Risk för utebliven intäkt", 8,
             "Fakturering av avgifter inom hemtjänst stäms av mot utförd tid", "Avgiftshandläggare", "E",
             "Ej påb. pga personalbrist ekonomienh.", "EJ_GENOMFORD", ""),
            ("Privata medel", "Risk för förskingring", 12,
             "Hantering av brukares privata medel\npå särskilt boende", "Enhetschef ÄO", "D",
             "2 av 4 boenden kontr.", "DELVIS", ""),
        ]),
        ("Personal och säkerhet", [
            ("Rekrytering", "Risk att olämplig person anställs", 9,
             "Registerkontroll vid anställning inom LSS-verksamhet", "Enhetschef LSS", "G", None,
             "GENOMFORD", ""),
            ("Informationssäkerhet", "Risk för otillbörlig åtkomst", 12,
             "Loggkontroll i verksamhetssystemet (Treserva)", "Systemförvaltare", "U",
             "Utgår, ersätts av centr. loggkontroll", "UTGAR", ""),
            ("Hot och våld", "Risk för skada på personal", 8,
             "Rutin vid hot och våld är känd på alla enheter", "Avd.chefer", None, "Se bilaga 2",
             "OKLAR", ""),
            ("Kvalitet", "Risk för missförhållanden", 12,
             "Avvikelser enligt lex Sarah utreds och rapporteras", "MAS", "D", "Pågår", "DELVIS", ""),
        ]),
    ]
    r = 7
    for gname, items in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for it in items:
            for i, v in enumerate(it[:7], 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if i in (3, 6) else None)
            exp(fil, N, it[3], it[7], it[8])
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning: IK bedöms i huvudsak tillräcklig.")
    ws.cell(r + 2, 1, "Socialchef Per Holm 2025-09-10")
    for col, w in zip("ABCDEFGHI", (22, 34, 9, 46, 18, 8, 40, 3, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. SBN - ODS, nämnd only in the file name, Utfört + Avvikelse columns
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "SBN_IK_delar_2025.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning intern kontroll delår 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Fyll i Ja/Nej/Delvis"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Utfört", "Avvikelse", "Kommentar", "Sign."]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        ("VA", "Debitering av VA-avgifter stäms av mot mätarställningar", "Ja", "Nej",
         "Stickpr 25 abonnenter", "JN", "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av entreprenadfakturor mot avtal (gata/park)", "Ja", "Ja",
         "2 fakt. fel á-pris, kreditering mottagen", "AB", "GENOMFORD", "ja"),
        ("VA", "Egenkontroll av vattenverk enligt kontrollprogram", "Delvis", "Nej",
         "Ed vv klart, Backa vv återstår", "JN", "DELVIS", "nej"),
        ("Gata/park", "Uppföljning av utförda snöröjningsuppdrag mot körjournaler", "Ja", None, "OK", "AB",
         "GENOMFORD", "nej"),
        ("Fastighet", "Inventering av kommunens fastighetsbestånd mot anläggningsregister", "Nej", None,
         "Ej påb., resursbrist", "SO", "EJ_GENOMFORD", ""),
        ("IT", "Behörighetskontroll i GIS och fastighetssystem", None, None, None, None, "SAKNAS", ""),
        ("Fastighet", "Hyresavtal för inhyrda lokaler förnyas i tid", "Delvis", "Ja",
         "1 avtal löpt ut utan förnyelse (Edsgården)", "SO", "DELVIS", "ja"),
        ("Arbetsmiljö", "Arbetsmiljörond på avloppsreningsverket genomförd", "Ja", "Nej", None, "JN",
         "GENOMFORD", "nej"),
        ("Gata/park", "Kontroll av att kommunens lekplatser besiktigas årligen", "Ej aktuell", None,
         "Besiktn. upphandlas centralt 2025", "AB", "UTGAR", ""),
    ]
    for rr in rows:
        ws.append(list(rr[:6]))
        for c in ws[ws.max_row]:
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, rr[1], rr[6], rr[7])
    for col, w in zip("ABCDEF", (16, 52, 10, 10, 40, 7)):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r370src_")
    src = os.path.join(tmp, "SBN_IK_delar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. KFN - Word, text only, note style (numbered list + status line)
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN uppföljning internkontroll delår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.author = "Karin Svahn"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning internkontrollplan – delår 2025")
    d.add_paragraph("Kort avstämning per kontrollmoment nedan.")
    items = [
        ("Kontant kassahantering i simhallen och biblioteket – kassaavstämning",
         "Klart. 4 oanm. kassakontroller, inga diff.", "GENOMFORD", "nej"),
        ("Utbetalning av föreningsbidrag sker enligt bidragsregler och beslut",
         "Pågår. Vårens bidrag kontr. (12 st) utan anm., höstens kvar.", "DELVIS", "nej"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Ej påb.", "EJ_GENOMFORD", ""),
        ("Inventering av konstsamlingen",
         "Klart – 3 verk kunde inte lokaliseras, polisanm. gjord.", "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av bokmedia", "-", "SAKNAS", ""),
        ("Kontroll av registrerade lotterier", "Utgår (flyttat till MBN).", "UTGAR", ""),
        ("Säkerhetsrutiner vid publika evenemang",
         "OK, rutinen följd vid Ed-dagarna och Backafestivalen.", "GENOMFORD", "nej"),
    ]
    for km, st, status, avv in items:
        p = d.add_paragraph(km, style="List Number")
        p.runs[0].bold = True
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Pt(18)
        q.add_run("Uppf.: ").italic = True
        q.add_run(st)
        exp(fil, N, km, status, avv)
    d.add_paragraph("")
    d.add_paragraph("/Karin, kultur- och fritidschef, 2025-09-04")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. System export CSV (cp1252) - MBN and ÖFN, long format with one row per period
# ---------------------------------------------------------------------------
def make_export():
    fil = "IK_export_2025-09-12.csv"
    MBN = "Miljö- och byggnadsnämnden"
    OFN = "Överförmyndarnämnden"
    T1 = "Tertial 1 2025"
    DL = "Delår 2025"
    # (enhet, km, ansvarig, [(period, status, komm)], exp_status, avv)
    ctrls = [
        (MBN, "Handläggningstid bygglov inom 10 veckor", "Bygglovschef",
         [(T1, "Pågående", "Stickprov jan-apr"), (DL, "Genomförd", "30 ärenden, 2 överskred 10 v.")],
         "GENOMFORD", "ja"),
        (MBN, "Debitering av tillsynsavgifter enligt taxa (livsmedel)", "Miljöchef",
         [(T1, "Ej påbörjad", ""), (DL, "Pågående", "Hälften av objekten kontr.")], "DELVIS", ""),
        (MBN, "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(T1, "Genomförd", "OK"), (DL, "Genomförd", "OK")], "GENOMFORD", "nej"),
        (MBN, "Jäv - handläggare med jäv deltar inte i ärenden", "Miljöchef",
         [(T1, "", ""), (DL, "", "")], "SAKNAS", ""),
        (MBN, "Diarieföring av klagomålsärenden miljö", "Registrator",
         [(T1, "Genomförd", "Inga avvik."), (DL, "", "")], "GENOMFORD", "nej"),
        (OFN, "Årsräkningar granskas inom fastställd tid", "Handläggare ÖF",
         [(T1, "Pågående", ""), (DL, "Genomförd", "Samtl. 142 granskade i tid 30/6")], "GENOMFORD", "nej"),
        (OFN, "Kontroll av att ställföreträdare har giltigt belastningsregisterutdrag", "Handläggare ÖF",
         [(T1, "Ej påbörjad", ""), (DL, "Ej påbörjad", "Planeras okt")], "EJ_GENOMFORD", ""),
        (OFN, "Arvoden till ställföreträdare beräknas enligt riktlinjer", "Handläggare ÖF",
         [(T1, "", ""), (DL, "Genomförd", "2 felberäknade arvoden, rättade")], "GENOMFORD", "ja"),
        (OFN, "Uttag från spärrade konton har överförmyndarens samtycke", "Handläggare ÖF",
         [(T1, "Pågående", ""), (DL, "Ej aktuell", "Avbruten genom beslut ÖFN 2025-05-20 §31")],
         "UTGAR", ""),
    ]
    lines = [["Enhet", "Plan", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Senast ändrad"]]
    for enh, km, ans, pers, st, avv in ctrls:
        for per, s, k in pers:
            changed = "" if not (s or k) else ("2025-04-28" if per == T1 else "2025-09-0%d" % (len(km) % 9 + 1))
            lines.append([enh, "Internkontrollplan 2025", km, ans, per, s, k, changed])
        exp(fil, enh, km, st, avv)
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Backa-Ed Bostäder AB - .xls, status only as traffic-light fill, legend at bottom
# ---------------------------------------------------------------------------
def make_bebo():
    fil = "BEBO IK 2025 delår.xls"
    N = "Backa-Ed Bostäder AB"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Backa-Ed Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 31 augusti"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    rows = [
        ("Hyror", "Hyresavisering stäms av mot hyresavtal", "Ekonomiansv.", GREEN, "Inga avvik.",
         "GENOMFORD", "nej"),
        ("Hyror", "Bevakning av hyresfordringar och inkassoärenden", "Ekonomiansv.", YELLOW, "Rutin ses över",
         "DELVIS", ""),
        ("Underhåll", "Attest av fakturor för underhållsentreprenader", "Fastighetschef", GREEN,
         "1 faktura attesterad av fel person, rättat", "GENOMFORD", "ja"),
        ("Underhåll", "Ramavtal för hantverkstjänster följs", "Fastighetschef", RED, "Ej påb.",
         "EJ_GENOMFORD", ""),
        ("Säkerhet", "Brandskyddskontroll i trapphus (SBA)", "Förvaltare", GREEN, "OK", "GENOMFORD", "nej"),
        ("Uthyrning", "Tilldelning av lägenheter sker enligt uthyrningspolicyn", "Uthyrare", None, "Se bilaga",
         "OKLAR", ""),
        ("Säkerhet", "Nyckel- och passagehantering", "Förvaltare", GREY, "Utgår – nytt passagesystem",
         "UTGAR", ""),
        ("Styrning", "Styrelsebeslut protokollförs och justeras", "VD", YELLOW, None, "DELVIS", ""),
    ]
    r = 5
    for rr in rows:
        vals = [rr[0], rr[1], rr[2], None, rr[4]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if rr[3]:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=rr[3])
        exp(fil, N, rr[1], rr[5], rr[6])
        r += 1
    r += 1
    ws.cell(r, 1, "Färgförklaring:").font = Font(bold=True)
    for col, txt in ((GREEN, "Genomförd"), (YELLOW, "Pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")):
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDE", (14, 50, 16, 9, 40)):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r370src_")
    src = os.path.join(tmp, "BEBO IK 2025 delår.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: Office owner/lock file left in the folder
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$KS_IK_delar_2025.xlsx"
    name = "Lena Ek"
    b = bytes([len(name)]) + name.encode("cp1252")
    b = b.ljust(54, b"\x20")
    b += len(name).to_bytes(2, "little") + name.encode("utf-16-le")
    b = b.ljust(162, b"\x20")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Backa-Ed Bostäder AB", "BEBO|Backa-Edbostäder|Backa-Ed Bostäder"),
    ("Räddningstjänstförbundet Backa-Ed", "RTJ|Räddningstjänsten|Räddningstjänsten Backa-Ed"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            wr.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    make_ks()
    make_bun()
    make_sn()
    make_sbn()
    make_kfn()
    make_export()
    make_bebo()
    make_lock()
    write_csvs()


if __name__ == "__main__":
    main()
