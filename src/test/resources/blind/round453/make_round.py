#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r453 - Munkedals kommun, helår 2025, traffic lights in many forms.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round453"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"


def fix_props(wb):
    wb.properties.creator = "Munkedals kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, codes 1-3 with conditional formatting, T1/T2/helår
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_uppfoljning_IK_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "MUNKEDALS KOMMUN"
    ws["A1"].font = Font(bold=True, size=9, color="666666")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Kommunledningsförvaltningen, ekonomiavdelningen. Uppföljning T1, T2 och helår (per 2025-12-31)."
    ws["A4"] = ("Statuskod: 1 = Genomförd   2 = Delvis genomförd / pågår   3 = Ej genomförd   "
                "(cellen färgas automatiskt)")
    ws["A4"].font = Font(italic=True)
    ws.merge_cells("A4:J4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Metod / frekvens",
           "Status T1", "Status T2", "Status helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    rows = [
        ("Ekonomi", None),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "3×3=9", "Redovisningsekonom",
         "Stickprov 40 fakturor, två gånger per år", 1, 1, 1,
         "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Kontroll av att representation och förtroendekänsliga poster bokförs med syfte och deltagare",
         "3×2=6", "Controller", "Granskning av samtliga representationsverifikat", 2, 2, 2,
         "Av 25 granskade verifikat saknade 6 deltagarförteckning.\nPåminnelse skickad till samtliga chefer.",
         "DELVIS", "ja"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton inför bokslut", "2×4=8", "Redovisningschef",
         "Avstämningsmallar vid bokslut", None, None, 1,
         "Samtliga balanskonton avstämda per 31/12.", "GENOMFORD", "nej"),
        ("HR / Personal", None),
        ("2.1", "Lön", "Kontroll av att löneförändringar attesteras av behörig chef", "3×3=9", "HR-chef",
         "Stickprov 20 löneförändringar per tertial", 1, 1, 3,
         "Kontrollen ej utförd under hösten p.g.a. byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "4×3=12", "HR-strateg",
         "Genomgång av rehabärenden i Adato", 2, 2, None,
         "Arbetet pågår, rutin för rehabiliteringsärenden revideras och blir klar kvartal 1 2026.",
         "DELVIS", ""),
        ("IT och informationssäkerhet", None),
        ("3.1", "IT", "Behörighetsgenomgång i ekonomisystemet (Raindance)", "3×4=12", "Systemförvaltare ekonomi",
         "Lista över aktiva användare jämförs med personalregistret", 1, None, 1,
         "Två konton för avslutade medarbetare fanns kvar och har stängts.", "GENOMFORD", "ja"),
        ("3.2", "IT", "Kontroll av att säkerhetskopior kan återläsas", "2×5=10", "IT-chef",
         "Återläsningstest av verksamhetskritiska system", 3, 3, 2,
         "Återläsningstest genomfört för två av fem system. Testerna utföll utan anmärkning.", "DELVIS", "nej"),
        ("Upphandling och inköp", None),
        ("4.1", "Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "3×3=9",
         "Upphandlingssamordnare", "Granskning av direktupphandlingar i e-avrop", 1, 2, 1,
         "Granskat 12 direktupphandlingar, 2 saknade dokumentation. Berörda chefer informerade.",
         "GENOMFORD", "ja"),
        ("4.2", "Inköp", "Avtalstrohet vid inköp av kontorsmaterial", "2×2=4", "Upphandlingssamordnare",
         "Spendanalys", None, None, None, None, "SAKNAS", ""),
        ("4.3", "Inköp", "Uppföljning av att avtal registreras i avtalsdatabasen", "2×3=6", "Kommunsekreterare",
         "Stickprov 10 avtal", None, None, "Utgår",
         "Utgår enligt KS beslut 2025-06-11 § 87, ersätts av kontroll 4.1.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        if row[1] is None:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            for c in range(1, 11):
                ws.cell(row=r, column=c).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        vals = row[:10]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if c in (7, 8, 9):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[10], row[11])
        r += 1
    last = r - 1
    rng = "G7:I%d" % last
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill(GREEN)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill(YELLOW)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill(RED)))
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Ekonomiavdelningen, 2026-01-15. Behandlas av kommunstyrelsen 2026-02-04.")
    widths = [6, 14, 48, 10, 20, 34, 9, 9, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, fills with the words in them
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN IK 2025 helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontrollplan helår 2025"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Hur", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("D9D9D9")
        cell.border = BORDER
    colours = {"Genomförd": GREEN, "Genomförd med avvikelse": GREEN, "Delvis": YELLOW, "Pågående": YELLOW,
               "Ej genomförd": RED, "Ej aktuell": GREY}
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller BUF",
         "Stickprov två gånger per år", "Genomförd", "30 fakturor granskade, samtliga korrekt attesterade.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "Avgiftshandläggare",
         "Stickprov 20 hushåll", "Genomförd", "1 felaktig debitering upptäckt och rättad.", "GENOMFORD", "ja"),
        ("Personal", "Registerkontroll av personal i förskola och skola (utdrag ur belastningsregistret)", "HR-konsult",
         "Samtliga nyanställda", "Delvis", "Kontroll gjord för förskolan, grundskolan återstår.", "DELVIS", ""),
        ("Trygghet och studiero", "Anmälan av kränkande behandling till huvudman inom 5 dagar", "Rektorer",
         "Genomgång av ärenden i DF Respons", "Ej genomförd",
         "Systemstöd har inte kommit på plats, kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer", "Skolskjutssamordnare",
         "15 ärenden", "Genomförd", None, "GENOMFORD", "nej"),
        ("Systematiskt kvalitetsarbete", "Uppföljning av elevfrånvaro i grundskolan", "Rektorer",
         "Månadsvis", "Pågående", "Rapportering sker men analys saknas för höstterminen.", "DELVIS", ""),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga enheter", "Förvaltningschef",
         "En gång per år", "Ej aktuell", "Ingår i kommunens gemensamma kontroll 2025.", "UTGAR", ""),
        ("Ekonomi", "Inventering av elevdatorer och läsplattor", "IT-samordnare",
         "Inventering mot inventarieförteckning", "Genomförd med avvikelse", "22 enheter kunde inte lokaliseras.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Kontroll av behörigheter i elevregistret (IST)", "Systemförvaltare",
         "Behörighetslista", None, "Se bilaga 3", "OKLAR", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        if row[4]:
            ws.cell(row=r, column=5).fill = fill(colours[row[4]])
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Grönt = genomförd, gult = delvis/pågående, rött = ej genomförd, grått = ej aktuell")
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningschef 2026-01-20")
    for col, w in zip("ABCDEF", [22, 50, 20, 28, 22, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Välfärdsnämnden - docx, emoji traffic lights, Delår + Helår columns
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = (text or "").split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def fix_docx_props(d):
    d.core_properties.author = "Munkedals kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Munkedals kommun"


def make_vfn():
    fil = "Välfärdsnämnden_uppföljning_internkontroll_2025.docx"
    N = "Välfärdsnämnden"
    d = docx.Document()
    fix_docx_props(d)
    d.add_paragraph("Munkedals kommun – Välfärdsförvaltningen").runs[0].font.size = Pt(9)
    d.add_heading("Välfärdsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Planen innehåller tio kontrollmoment. "
        "Nedan redovisas resultatet av kontrollerna vid delårsbokslutet (augusti) och vid helår. "
        "Där avvikelser har konstaterats redovisas vidtagna åtgärder i kommentarskolumnen.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("🟢 Genomförd    🟡 Delvis genomförd / pågår    🔴 Ej genomförd    ⚪ Ej aktuell")
    hdr = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Delår", "Helår", "Kommentar"]
    rows = [
        ("Myndighetsutövning IFO", "Förhandsbedömning av orosanmälningar inom 14 dagar",
         "Stickprov 30 anmälningar", "Enhetschef IFO barn och unga", "🟡", "🟢",
         "Helår: 29 av 30 inom tidsgränsen.\nEn bedömning försenad p.g.a. hög arbetsbelastning.", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd", "Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut",
         "Stickprov 25 akter", "Enhetschef försörjningsstöd", "🟢", "🟢", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Äldreomsorg", "Uppföljning av genomförandeplaner inom hemtjänsten",
         "Genomgång i verksamhetssystemet", "Enhetschefer hemtjänst", "🔴", "🟡",
         "Genomförandeplaner uppdaterade för ca 60 % av brukarna. Arbetet fortsätter 2026.", "DELVIS", ""),
        ("Äldreomsorg", "Läkemedelshantering – avvikelserapportering och åtgärder",
         "Sammanställning av avvikelser", "MAS", "🟢", "🟢 / 🔴",
         "Se patientsäkerhetsberättelsen 2025.", "OKLAR", ""),
        ("LSS", "Kontroll av att beslut om insatser verkställs inom tre månader",
         "Rapport ej verkställda beslut", "Enhetschef LSS", "⚪", "⚪",
         "Ej aktuellt – rapporteras kvartalsvis till IVO och nämnd.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonom", "🟢", "🟢", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Hantering av brukarmedel (kontanthantering på särskilda boenden)",
         "Kassainventering", "Enhetschefer SÄBO", "🟡", "🔴",
         "Kassainventering ej genomförd under hösten p.g.a. personalomsättning.", "EJ_GENOMFORD", ""),
        ("Personal", "Kontroll av att introduktion för timvikarier dokumenteras",
         "Stickprov 15 timvikarier", "HR-partner", "🟢", "", "", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Loggkontroll i journalsystemet (Treserva)",
         "Månatlig logguppföljning", "Systemförvaltare", "🟡", "🟡",
         "Loggkontroller genomförda januari–juni, därefter uppehåll p.g.a. systemuppgradering.", "DELVIS", ""),
        ("Socialpsykiatri", "Kontroll av att samordnad individuell plan (SIP) upprättas och följs upp",
         "Genomgång av 12 ärenden", "Enhetschef socialpsykiatri", "🟢", "🟢",
         "Genomförd med anmärkning: 3 av 12 SIP saknade datum för uppföljning.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            set_cell(cells[i], v)
        exp(fil, N, row[1], row[7], row[8])
    # merge the process cell of the two consecutive "Äldreomsorg" and "Ekonomi" rows
    for a in (3, 6):
        top = t.cell(a, 0)
        txt = top.text
        merged = top.merge(t.cell(a + 1, 0))
        set_cell(merged, txt)
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Kontrollen av brukarmedel och genomförandeplaner förs över till 2026 års plan.")
    d.add_paragraph("Munkedal 2026-01-22\nSektorchef välfärd")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Byggnadsnämnden - ods (via LibreOffice), coloured TEXT instead of fills
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_bn():
    fil = "Byggnadsnämnden IK helår 2025.ods"
    N = "Byggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Byggnadsnämnden Munkedal – uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Anm. Textfärgen i kolumnen Resultat helår visar status: grön text = genomförd, orange text = "
                "delvis genomförd, röd text = ej genomförd, grå text = ej aktuell.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:E2")
    ws.row_dimensions[2].height = 28
    ws["A2"].alignment = Alignment(wrap_text=True)
    hdr = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Resultat helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    G, O, R, Gy = "00A651", "E67E00", "C00000", "808080"
    rows = [
        ("Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur ärendesystemet", "Tertialvis",
         "Bygglovschef", "Samtliga 212 beslut fattade inom lagstadgad tid.", G, "GENOMFORD", "nej"),
        ("Kontroll av att avgifter för bygglov debiteras enligt taxa", "Stickprov 15 ärenden", "Helår",
         "Administratör", "2 ärenden felaktigt debiterade, rättat.", G, "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden", "Genomgång av anmälningslistor", "Tertialvis",
         "Nämndsekreterare", "Anmälan sker, men beslut från maj saknas i anmälningslistan.", O, "DELVIS", "ja"),
        ("Tillsyn av ovårdade tomter enligt tillsynsplan", "Uppföljning av tillsynsplan", "Helår",
         "Byggnadsinspektör", "Ingen tillsyn genomförd – resursbrist.", R, "EJ_GENOMFORD", ""),
        ("Kontroll av att bygglovsärenden arkiveras enligt dokumenthanteringsplan", "Stickprov 10 ärenden",
         "Helår", "Arkivarie", "Kontrollen flyttad till kommunstyrelsens gemensamma plan.", Gy, "UTGAR", ""),
        ("Obligatorisk ventilationskontroll (OVK) följs upp", "Register över besiktningar", "Helår",
         "Byggnadsinspektör", "Registret uppdaterat, påminnelser skickade till 40 fastighetsägare.", O,
         "DELVIS", ""),
        ("Jäv – kontroll av att handläggare anmält bisysslor", "Enkät till medarbetare", "Helår",
         "Förvaltningschef", "Genomförd.", G, "GENOMFORD", "nej"),
        ("Nybyggnadskartor levereras inom avtalad tid", "Uttag ur ärendesystemet", "Helår",
         "Mätningsingenjör", None, None, "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        if row[5]:
            ws.cell(row=r, column=5).font = Font(color=row[5], bold=True)
        exp(fil, N, row[0], row[6], row[7])
        r += 1
    ws.cell(row=r + 1, column=1, value="Beslutad i byggnadsnämnden 2026-02-12 § 9")
    for col, w in zip("ABCDE", [50, 28, 12, 18, 55]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r453_")
    src = os.path.join(tmp, "Byggnadsnämnden IK helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(HERE, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Munkedals Bostäder AB - xlsx, fills without words; yellow = genomförd med
#    anmärkning; legend only in a cell comment; company only in print header
#    and file name
# ---------------------------------------------------------------------------
def make_mbab():
    fil = "MBAB_Internkontroll_2025_uppfoljning.xlsx"
    N = "Munkedals Bostäder AB"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Munkedals Bostäder AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 december"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Redovisas för styrelsen 2026-02-18"
    hdr = ["Område", "Kontrollmoment", "Riskvärde", "Kontrollansvarig", "Status", "Anmärkning / åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("DDD9C4")
        cell.border = BORDER
    ws["E4"].comment = Comment(
        "Färgkod status:\nGrön = genomförd utan anmärkning\nGul = genomförd med anmärkning\n"
        "Röd = ej genomförd\nGrå = ej aktuell 2025", "Ekonomichef MBAB")
    rows = [
        ("Hyresavisering", "Kontroll av att hyreshöjningar 2025 debiterats enligt förhandlingsöverenskommelse", 12,
         "Ekonomichef", GREEN, None, "GENOMFORD", "nej"),
        ("Hyresavisering", "Avstämning av hyresreskontra mot huvudbok", 9, "Redovisningsansvarig", YELLOW,
         "Differens 4 312 kr utredd och rättad i december.", "GENOMFORD", "ja"),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn (kötid)", 12, "Uthyrningschef", GREEN,
         "Stickprov 20 uthyrningar, samtliga enligt kö.", "GENOMFORD", "nej"),
        ("Uthyrning", "Kontroll av att andrahandsuthyrning är godkänd", 6, "Kundansvarig", RED,
         "Planeras till kvartal 2 2026.", "EJ_GENOMFORD", ""),
        ("Fastighetsförvaltning", "Systematiskt brandskyddsarbete (SBA) – kontroll i samtliga fastigheter", 16,
         "Fastighetschef", YELLOW, "Brister i 3 trapphus (belamrade), åtgärdat.", "GENOMFORD", "ja"),
        ("Inköp", "Fakturor över 50 000 kr attesteras av två personer", 9, "VD", YELLOW, None, "GENOMFORD", "ja"),
        ("Inköp", "Ramavtal med entreprenörer följs vid beställning av underhållsarbeten", 12, "Fastighetschef",
         None, "Pågår, slutredovisas till styrelsen i mars 2026.", "DELVIS", ""),
        ("IT", "Behörigheter i fastighetssystemet ses över", 6, "IT-ansvarig", GREY,
         "Systembyte under 2025, kontrollen görs 2026.", "UTGAR", ""),
        ("Styrning", "Styrelsens beslut protokollförs och verkställs", 4, "VD", GREEN, None, "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], None, row[5]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        if row[4]:
            ws.cell(row=r, column=5).fill = fill(row[4])
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    for col, w in zip("ABCDEF", [20, 55, 10, 20, 9, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys export - csv, two nämnder, colour words, T2 + Helår rows
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_IK_uppfoljning_2025-12-31.csv"
    KFN, OFN = "Kultur- och fritidsnämnden", "Överförmyndarnämnden"
    hdr = ["Enhet", "Id", "Kontrollmoment", "Process", "Kontrollmetod", "Period", "Status",
           "Statuskommentar", "Ansvarig", "Senast uppdaterad"]
    # (enhet, id, km, process, metod, ansvarig, [(period, status, kommentar, datum)], exp_status, avv)
    ctrls = [
        (KFN, "KF-01", "Kontroll av att föreningsbidrag betalas ut enligt riktlinjer", "Bidragshantering",
         "Stickprov 20 ansökningar", "Föreningsutvecklare",
         [("T2 2025", "Gul", "Pågår", "2025-09-12"),
          ("Helår 2025", "Grön", "20 ansökningar granskade, 1 saknade verksamhetsberättelse – bidraget hålls inne.",
           "2026-01-14")], "GENOMFORD", "ja"),
        (KFN, "KF-02", "Hyresavtal för lokaler och anläggningar debiteras korrekt", "Uthyrning",
         "Avstämning mot bokningssystem", "Fritidschef",
         [("T2 2025", "Grön", "", "2025-09-10"), ("Helår 2025", "Grön", "Inga avvikelser.", "2026-01-10")],
         "GENOMFORD", "nej"),
        (KFN, "KF-03", "Kontanthantering vid simhallen stäms av dagligen", "Kassahantering",
         "Granskning av dagsavstämningar", "Badmästare",
         [("T2 2025", "Grön", "Avstämningar kompletta.", "2025-09-15"),
          ("Helår 2025", "Röd", "Kontrollen ej genomförd under T3 p.g.a. sjukskrivning.", "2026-01-16")],
         "EJ_GENOMFORD", ""),
        (KFN, "KF-04", "Inventering av kommunens konstsamling", "Kultur",
         "Inventering mot förteckning", "Kulturchef",
         [("T2 2025", "", "", ""),
          ("Helår 2025", "Grå", "Ej aktuell 2025, inventering sker vartannat år.", "2026-01-09")],
         "UTGAR", ""),
        (KFN, "KF-05", "Registerkontroll för ledare i fritidsgårdsverksamheten", "Personal",
         "Genomgång av utdrag", "Fritidsgårdsansvarig",
         [("T2 2025", "Gul", "Utdrag inhämtade för 7 av 11 ledare.", "2025-09-18")], "DELVIS", ""),
        (KFN, "KF-06", "Avtal med studieförbund följs upp", "Bidragshantering",
         "Uppföljningsmöten", "Kultursamordnare",
         [("T2 2025", "Röd", "Ej påbörjad.", "2025-09-12"),
          ("Helår 2025", "Gul", "Uppföljningsmöten hållna med 2 av 4 studieförbund.", "2026-01-12")],
         "DELVIS", ""),
        (OFN, "ÖF-01", "Granskning av årsräkningar sker inom sex månader", "Tillsyn",
         "Uttag ur Wärna", "Handläggare överförmyndare",
         [("T2 2025", "Gul", "Granskning pågår.", "2025-09-20"),
          ("Helår 2025", "Grön", "98 % granskade inom tid, 4 ärenden försenade.", "2026-01-15")],
         "GENOMFORD", "ja"),
        (OFN, "ÖF-02", "Kontroll av att ställföreträdare har aktuellt registerutdrag", "Rekrytering",
         "Genomgång av akter", "Handläggare överförmyndare",
         [("T2 2025", "Grön", "", "2025-09-20"), ("Helår 2025", "Grön", "", "2026-01-15")], "GENOMFORD", "nej"),
        (OFN, "ÖF-03", "Arvoden till ställföreträdare beräknas enligt riktlinjer", "Arvodeshantering",
         "Stickprov 10 arvodesbeslut", "Samordnare",
         [("T2 2025", "", "", ""), ("Helår 2025", "", "", "")], "SAKNAS", ""),
        (OFN, "ÖF-04", "Akter arkiveras enligt dokumenthanteringsplan", "Arkiv",
         "Genomgång av avslutade ärenden", "Samordnare",
         [("T2 2025", "Gul", "Arkivering påbörjad.", "2025-09-20"),
          ("Helår 2025", "Gul", "Arkivering pågår, ungefär hälften klar.", "2026-01-15")], "DELVIS", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Intern kontroll – uppföljning kontrollmoment"])
        w.writerow(["Urval: Munkedals kommun, år 2025, perioder T2 2025 och Helår 2025"])
        w.writerow([])
        w.writerow(hdr)
        for c in ctrls:
            for per in c[6]:
                w.writerow([c[0], c[1], c[2], c[3], c[4], per[0], per[1], per[2], c[5], per[3]])
            exp(fil, c[0], c[2], c[7], c[8])
        w.writerow([])
        w.writerow(["Teckenförklaring: Grön = Genomförd; Gul = Pågår/delvis genomförd; "
                    "Röd = Ej genomförd; Grå = Ej aktuell"])
        w.writerow(["Exporterad 2026-01-19 08:42"])
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Munkedal Vatten AB - xls (xlwt), X in colour columns, note row legend
# ---------------------------------------------------------------------------
def make_mvab():
    fil = "Munkedal Vatten - intern kontroll helår 2025.xls"
    N = "Munkedals Vatten AB"
    xlwt.add_palette_colour("ik_green", 0x21)
    xlwt.add_palette_colour("ik_yellow", 0x22)
    xlwt.add_palette_colour("ik_red", 0x23)
    xlwt.add_palette_colour("ik_grey", 0x24)
    wb = xlwt.Workbook(encoding="utf-8")
    wb.set_colour_RGB(0x21, 0x92, 0xD0, 0x50)
    wb.set_colour_RGB(0x22, 0xFF, 0xFF, 0x00)
    wb.set_colour_RGB(0x23, 0xFF, 0x00, 0x00)
    wb.set_colour_RGB(0x24, 0xBF, 0xBF, 0xBF)
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on, height 280")
    note = xlwt.easyxf("font: italic on; pattern: pattern solid, fore_colour light_yellow; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    wrap = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ctr = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    hdr_plain = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: wrap on")

    def hdr_col(colour):
        return xlwt.easyxf("font: bold on; align: horiz center; pattern: pattern solid, fore_colour %s; "
                           "borders: left thin, right thin, top thin, bottom thin" % colour)

    ws.write(0, 0, "Munkedal Vatten AB", bold)
    ws.write(1, 0, "Uppföljning av internkontrollplan – helår 2025")
    ws.write_merge(3, 4, 0, 7,
                   "OBS! Markera med X i den kolumn som gäller.\n"
                   "Grön = genomförd utan avvikelse   Gul = delvis genomförd   Röd = ej genomförd   "
                   "Ej aktuell = kontrollen utgår för året", note)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Grön", "Gul", "Röd", "Ej aktuell", "Kommentar"]
    styles = [hdr_plain, hdr_plain, hdr_plain, hdr_col("ik_green"), hdr_col("ik_yellow"), hdr_col("ik_red"),
              hdr_col("ik_grey"), hdr_plain]
    for c, h in enumerate(hdr):
        ws.write(6, c, h, styles[c])
    rows = [
        ("1", "Kontroll av att vattenmätare byts enligt bytesplan", "Driftchef", "G", "", "GENOMFORD", "nej"),
        ("2", "Provtagning av dricksvatten enligt kontrollprogram", "Processingenjör", "Y",
         "Två provtagningar i Hedekas utförda med fördröjning, avvikelse anmäld till miljöförvaltningen.",
         "DELVIS", "ja"),
        ("3", "Debitering av VA-anslutningsavgifter enligt taxa", "Ekonomiansvarig", "G",
         "Stickprov 10 anslutningar, korrekt debiterade.", "GENOMFORD", "nej"),
        ("4", "Avstämning av VA-kollektivets resultat mot särredovisning", "Ekonomiansvarig", "R",
         "Görs i samband med bokslutet i februari 2026.", "EJ_GENOMFORD", ""),
        ("5", "Behörighetskontroll i driftövervakningssystemet (SCADA)", "IT-samordnare", "GR",
         "Behörigheter ses över.", "OKLAR", ""),
        ("6", "Jour och beredskap – larm kvitteras inom 30 minuter", "Driftchef", "",
         "Genomförd i november, inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Reservvattenplanen uppdateras", "VD", "E", "Ingår i kommunens krisberedskapsarbete.",
         "UTGAR", ""),
        ("8", "Ledningsnätets förnyelsetakt följs upp mot plan", "Projektledare", "Y",
         "Förnyelsetakt 0,4 % mot plan 0,6 %. Avvikelse rapporterad till styrelsen.", "DELVIS", "ja"),
    ]
    r = 7
    for row in rows:
        ws.write(r, 0, row[0], ctr)
        ws.write(r, 1, row[1], wrap)
        ws.write(r, 2, row[2], wrap)
        marks = row[3]
        for c, key in zip((3, 4, 5, 6), "GYRE"):
            ws.write(r, c, "X" if key in marks else "", ctr)
        ws.write(r, 7, row[4], wrap)
        exp(fil, N, row[1], row[5], row[6])
        r += 1
    ws.write(r + 1, 0, "Godkänd av styrelsen 2026-02-10")
    for c, w in enumerate([5, 50, 18, 7, 7, 7, 11, 55]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (följebrev) without any follow-up in it
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev internkontroll helår 2025.docx"
    d = docx.Document()
    fix_docx_props(d)
    d.add_paragraph("Munkedals kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-21")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll helår 2025", level=2)
    d.add_paragraph(
        "Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025. "
        "Uppföljningen finns i den bifogade Excelfilen och har godkänts av förvaltningschefen. "
        "Nämnden behandlar ärendet på sammanträdet den 11 februari 2026.")
    d.add_paragraph(
        "Vi vill uppmärksamma att bilaga 3 (behörighetsgenomgång i elevregistret) skickas separat "
        "eftersom den innehåller personuppgifter. Hör gärna av er om ni har frågor.")
    d.add_paragraph("Med vänliga hälsningar")
    d.add_paragraph("Controller, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-for-byte deterministic."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                              rb"\g<1>2026-01-20T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Välfärdsnämnden", "VFN|Välfärdsförvaltningen|Sektor välfärd"),
        ("Byggnadsnämnden", "BN|Byggnadsnämnden Munkedal|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Miljönämnden i mellersta Bohuslän", "MMB|Miljöförvaltningen"),
        ("Munkedals Bostäder AB", "MBAB|Munkedals Bostäder"),
        ("Munkedals Vatten AB", "MVAB|Munkedal Vatten AB|Munkedal Vatten"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row) and "\n" not in "".join(row), row
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_vfn()
    make_bn()
    make_mbab()
    make_stratsys()
    make_mvab()
    make_reject()
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(HERE, fn))
    write_csvs()
    print("files:", len(FILES), "expected controls:", len(EXPECTED))
