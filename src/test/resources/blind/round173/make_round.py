#!/usr/bin/python3
"""Blind round 173 – Östra Hallby kommun, tertial 2 2025, colour-coded follow-ups.

Run:  /usr/bin/python3 make_round.py
Builds every follow-up file, namnder.csv, files.csv and expected.csv in this folder, deterministically
(fixed document properties and fixed zip timestamps).
"""
import csv
import datetime
import os
import struct
import zipfile
import zlib

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps and a stable order -> byte-stable output."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def fill(hex6):
    return PatternFill("solid", fgColor="FF" + hex6)


THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def new_wb(title_creator):
    wb = Workbook()
    wb.properties.creator = title_creator
    wb.properties.lastModifiedBy = title_creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def save_wb(wb, name):
    p = out(name)
    wb.save(p)
    normalize_zip(p)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen – numbers 1/2/3 coloured by conditional formatting (cellIs), legend in merged cell
# ---------------------------------------------------------------------------------------------
def build_ks():
    fil = "KS_Internkontroll_2025_uppfoljning_T2.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb("Karin Lindqvist")
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:J4")
    ws["A3"] = ("Status anges med siffra:  1 = Genomförd (grönt)   2 = Delvis genomförd / pågår (gult)   "
                "3 = Ej genomförd (rött).   Kontroller som utgått markeras med streck (–). "
                "Avvikelse anges J/N. Tom ruta = ingen uppföljning under perioden.")
    ws["A3"].alignment = WRAP
    ws["A3"].fill = fill("F2F2F2")
    ws.row_dimensions[3].height = 22
    ws.row_dimensions[4].height = 22
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1", "Status T2", "Avvikelse (J/N)", "Kommentar T2"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = fill("DDEBF7")
        cell.border = BORDER
        cell.alignment = WRAP
    # (nr, process, km, metod, frekvens, ansvarig, t1, t2, avv, kommentar, exp_status, exp_avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov i ekonomisystemet", "Tertial", "Ekonomichef", 1, 1, "N",
             "Stickprov 40 fakturor maj–aug, inga fel.", "GENOMFORD", "nej"),
            ("1.2", "Ekonomi", "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
             "Genomgång av samtliga poster > 2 tkr", "Tertial", "Redovisningsansvarig", 2, 1, "J",
             "3 av 25 poster saknade deltagarförteckning. Återkopplat till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Ekonomi", "Avstämning av balanskonton vid tertialbokslut",
             "Avstämningsmallar granskas", "Tertial", "Redovisningsansvarig", 1, None, None, None,
             "GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Upphandling", "Avtalstrohet vid inköp – stickprov mot avtalsdatabasen",
             "Stickprov 30 leverantörer", "Halvår", "Upphandlingschef", 2, 2, "J",
             "Köp utanför avtal hos 2 av 30 leverantörer. Resterande urval granskas under T3.",
             "DELVIS", "ja"),
            ("2.2", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Genomgång av diarium", "Halvår", "Upphandlingschef", 3, 3, None,
             "Ej genomförd p.g.a. vakans på upphandlingsenheten. Flyttas till 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("HR / Personal", [
            ("3.1", "Lön", "Kontroll av att lönerevision registrerats korrekt i lönesystemet",
             "Stickprov 25 anställda", "Årligen", "HR-chef", None, 1, "N",
             "Inga felregistreringar.", "GENOMFORD", "nej"),
            ("3.2", "Personal", "Uppföljning av beviljade bisysslor",
             "Enkät till samtliga chefer", "Årligen", "HR-chef", None, 2, "N",
             "Enkät skickad till alla chefer, 60 % har svarat hittills.", "DELVIS", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("4.1", "IT", "Behörigheter i ekonomisystemet gås igenom två gånger per år",
             "Behörighetslista mot personalregister", "Halvår", "IT-chef", None, 1, "J",
             "Fem konton för avslutade anställningar spärrades i samband med kontrollen.",
             "GENOMFORD", "ja"),
            ("4.2", "IT", "Loggkontroll i diariesystemet",
             "Uttag av loggar, stickprov", "Tertial", "Registrator", None, "–", None,
             "Utgår – systembyte till nytt ärendehanteringssystem, beslut KS 2025-05-14 § 87.",
             "UTGAR", ""),
            ("4.3", "IT", "Säkerhetskopiering och återläsningstest av verksamhetskritiska system",
             "Återläsningstest", "Årligen", "IT-chef", None, 3, "N",
             "Återläsningstest är inbokat till oktober.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Säkerhet och beredskap", [
            ("5.1", "Beredskap", "Uppdatering av krisledningsplanen efter övning",
             "Dokumentgranskning", "Årligen", "Säkerhetssamordnare", None, None, None, None,
             "SAKNAS", ""),
        ]),
    ]
    r = 7
    status_cells = []
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, gname).font = Font(bold=True, italic=True)
        ws.cell(r, 1).fill = fill("EDEDED")
        r += 1
        for row in rows:
            vals = row[:10]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
                if c in (7, 8, 9):
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[2], row[10], row[11])
            r += 1
    last = r - 1
    rng = "G7:H%d" % last
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill("92D050")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill("FFFF00")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill("FF0000")))
    r += 1
    ws.cell(r, 2, "Sammanställning T2").font = BOLD
    summary = [("Genomförda (1)", 4), ("Delvis (2)", 2), ("Ej genomförda (3)", 2), ("Utgår (–)", 1),
               ("Ej rapporterade T2", 2), ("Summa kontrollmoment", 11)]
    for label, n in summary:
        r += 1
        ws.cell(r, 2, label)
        ws.cell(r, 3, n)
    r += 2
    ws.cell(r, 1, "Upprättad av: Karin Lindqvist, controller, 2025-09-12. "
                  "Behandlad i kommunstyrelsens arbetsutskott 2025-09-23.")
    for col, w in zip("ABCDEFGHIJ", [6, 14, 48, 30, 10, 20, 10, 10, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 2. Samhällsbyggnadsnämnden – easy file: status words, coloured by containsText rules
# ---------------------------------------------------------------------------------------------
def build_sbn():
    fil = "Samhällsbyggnadsnämnden IK uppföljning T2 2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = new_wb("Samhällsbyggnadsförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Samhällsbyggnadsnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: tertial 2 (januari–augusti 2025)"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = fill("D9E1F2")
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (PBL 9 kap. 27 §)", "Bygglovschef",
         "Genomförd med avvikelse",
         "4 av 52 ärenden överskred tio veckor; avgiften har reducerats enligt PBL.", "GENOMFORD", "ja"),
        ("Bygglov", "Avgiftsuttag enligt fastställd taxa – stickprov 20 beslut", "Bygglovschef",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Detaljplan", "Planavtal upprättas innan planarbete påbörjas", "Planchef",
         "Genomförd", "Samtliga sex nya planuppdrag har planavtal.", "GENOMFORD", "nej"),
        ("Mark och exploatering", "Exploateringsavtal följs upp mot faktiska kostnader", "Exploateringschef",
         "Delvis genomförd",
         "Två av fyra avtal granskade utan anmärkning, resterande granskas under T3.", "DELVIS", "nej"),
        ("Lantmäteri", "Debitering av förrättningar sker inom 30 dagar", "Lantmäterichef",
         "Ej genomförd", "Ej påbörjad p.g.a. byte av debiteringssystem.", "EJ_GENOMFORD", ""),
        ("GIS", "Uppdatering av primärkartan efter nybyggnation", "GIS-samordnare",
         "Utgår", "Utgår enligt beslut SBN 2025-03-20 § 41, hanteras i verksamhetsplanen.", "UTGAR", ""),
        ("Trafik", "Handläggning av parkeringstillstånd för rörelsehindrade", "Trafikhandläggare",
         "Genomförd", None, "GENOMFORD", "nej"),
        ("Trafik",
         "Kontroll av att beslut om lokala trafikföreskrifter kungörs i Svensk trafikföreskriftssamling (STFS)",
         "Trafikingenjör", None, "Ej påbörjad – kontrollen är planerad till november.", "EJ_GENOMFORD", ""),
        ("Administration", "Diarieföring av inkomna handlingar inom två arbetsdagar", "Nämndsekreterare",
         "Delvis genomförd",
         "Stickprov för maj–juni visade att 18 % diarieförts senare än två dagar. Ny rutin införs.",
         "DELVIS", "ja"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, row[1], row[5], row[6])
        r += 1
    last = r - 1
    rng = "D5:D%d" % last

    def ct(text, color, prio):
        rule = Rule(type="containsText", operator="containsText", text=text,
                    dxf=DifferentialStyle(fill=fill(color)), stopIfTrue=True)
        rule.formula = ['NOT(ISERROR(SEARCH("%s",D5)))' % text]
        rule.priority = prio
        ws.conditional_formatting.add(rng, rule)

    ct("Ej", "FF7C80", 1)
    ct("Delvis", "FFEB9C", 2)
    ct("avvikelse", "FFC000", 3)
    ct("Utgår", "D9D9D9", 4)
    ct("Genomförd", "C6EFCE", 5)
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. "
                  "Åtgärder redovisas i kommentarskolumnen.")
    ws.cell(r + 1, 1, "Sven Hallberg, förvaltningschef, 2025-09-10")
    for col, w in zip("ABCDE", [22, 60, 20, 24, 60]):
        ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – fills without text, legend in a merged "text box" above the table;
#    the nämnd only in the print header and (as BUF) in the file name
# ---------------------------------------------------------------------------------------------
GREEN, YELLOW, ORANGE, RED, GREY = "92D050", "FFFF00", "FFC000", "FF0000", "BFBFBF"


def build_bun():
    fil = "BUF_IK2025_T2.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb("Anna Berg")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Intern kontroll 2025 – uppföljning T2"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("C2:H7")
    ws["C2"] = ("Färgmarkering i kolumnerna T1 och T2:\n"
                "Grön = Kontrollen genomförd utan anmärkning\n"
                "Gul = Kontrollen genomförd, avvikelser har noterats (se kommentar)\n"
                "Orange = Kontrollen påbörjad men inte slutförd\n"
                "Röd = Kontrollen ej genomförd\n"
                "Grå = Kontrollen utgår")
    ws["C2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["C2"].fill = fill("FFF2CC")
    for rr in range(2, 8):
        for cc in range(3, 9):
            ws.cell(rr, cc).border = Border(
                left=THIN if cc == 3 else None, right=THIN if cc == 8 else None,
                top=THIN if rr == 2 else None, bottom=THIN if rr == 7 else None)
    hdr = ["Nr", "Risk/område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Kommentar"]
    HR = 9
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = fill("DDEBF7")
    rows = [
        (1, "Rekrytering", "Registerkontroll (belastningsregister) vid nyanställning i förskola och skola",
         "Stickprov 15 anställningar", "HR-specialist", GREEN, GREEN,
         "Stickprov 15 anställningar, samtliga utdrag uppvisade.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Controller", None, YELLOW,
         "2 fakturor attesterade av person med jäv. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        (3, "Trygghet och studiero", "Anmälan till huvudman vid kränkande behandling (6 kap. 10 § skollagen)",
         "Jämförelse incidentrapporter – anmälningar", "Verksamhetschef grundskola", None, ORANGE,
         "Genomgång av rektorsområde 1–3 klar, område 4–6 återstår.", "DELVIS", ""),
        (4, "Närvaro", "Frånvarouppföljning – kontakt med vårdnadshavare vid upprepad ogiltig frånvaro",
         "Stickprov i närvarosystemet", "Rektorer", None, RED,
         "Ej genomförd, flyttas till T3.", "EJ_GENOMFORD", ""),
        (5, "Skolskjuts", "Skolskjuts – beslut fattade enligt riktlinjer och delegationsordning",
         "Genomgång 20 beslut", "Skolskjutssamordnare", GREEN, None, None, "GENOMFORD", "nej"),
        (6, "Avgifter", "Kontroll av barnantal i förskolan mot debiterad barnomsorgsavgift",
         "Avstämning placeringar – fakturering", "Placeringsadministratör", None, GREY,
         "Utgår – ersätts av central kontroll hos kommunstyrelsen.", "UTGAR", ""),
        (7, "IT", "Inventering av elevdatorer (1:1) mot tillgångsregistret",
         "Inventering per skola", "IT-samordnare", None, GREEN, None, "GENOMFORD", "nej"),
        (8, "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet (Skolplattformen)",
         "Behörighetslista mot personalregister", "Systemförvaltare", None, None,
         "Se bilaga 2.", "OKLAR", ""),
        (9, "Arbetsmiljö", "Tillbudsrapportering i KIA följs upp på APT",
         "Protokoll från APT", "Förskolechefer", None, ORANGE,
         "Uppföljning gjord på 9 av 14 enheter.", "DELVIS", ""),
        (10, "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare", None, None, None, "SAKNAS", ""),
    ]
    r = HR + 1
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], None, None, row[7]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if row[5]:
            ws.cell(r, 6).fill = fill(row[5])
        if row[6]:
            ws.cell(r, 7).fill = fill(row[6])
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Totalt 10 kontrollmoment i planen.")
    ws.cell(r + 2, 1, "Rapporten är framtagen av förvaltningens controller 2025-09-08.")
    for col, w in zip("ABCDEFGH", [5, 20, 55, 32, 22, 8, 8, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Barn- och utbildningsnämnden"
    ws.oddHeader.right.text = "Östra Hallby kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "9:9"
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 4. Socialnämnden – fills without text, legend on a separate sheet "Förklaring"
# ---------------------------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden internkontroll 2025 T2.xlsx"
    N = "Socialnämnden"
    SG, SY, SR, SGR = "00B050", "FFD966", "E06666", "A6A6A6"
    wb = new_wb("Socialförvaltningen")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per tertial 2. Färgkoder, se fliken Förklaring."
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod/omfattning", "Utfall T2", "Kommentar/åtgärd"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = fill("BDD7EE")
        cell.alignment = WRAP
    blocks = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", 12,
             "Kontroll av att utbetalt ekonomiskt bistånd överensstämmer med beslut – stickprov 30 akter",
             "Stickprov 30 akter", SG, "Inga felaktigheter i urvalet.", "GENOMFORD", "nej"),
            ("Bristande dokumentation", 9, "Journalanteckningar upprättas utan dröjsmål (SoL 11:5)",
             "Aktgranskning 40 akter", SY, "Granskning av 20 av planerade 40 akter klar.", "DELVIS", ""),
            ("Dubbelutbetalning vid samtidig ansökan i annan kommun", 8,
             "Avstämning mot SSBTEK inför utbetalning", "Kontroll i samtliga nyansökningar", SG,
             "2 ärenden med avvikande inkomstuppgift upptäcktes och korrigerades före utbetalning.",
             "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("Förhandsbedömning görs inte i tid", 16,
             "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Uttag ur verksamhetssystemet", SR,
             "Kontrollen har inte kunnat genomföras p.g.a. hög ärendebelastning.", "EJ_GENOMFORD", ""),
            ("Brister i uppföljning av placerade barn", 12,
             "Vårdplan och genomförandeplan finns för samtliga placerade barn", "Genomgång av samtliga placeringar",
             SG, "Två genomförandeplaner saknades, åtgärdat i juni.", "GENOMFORD", "ja"),
        ]),
        ("LSS", [
            ("Beslut verkställs inte", 9, "Ej verkställda beslut rapporteras till IVO kvartalsvis",
             "Kontroll av rapportering", SG, "Rapportering kvartal 1 och 2 gjord i tid.", "GENOMFORD", "nej"),
            ("Felaktig fakturering av personlig assistans", 12,
             "Timredovisning från assistansanordnare stäms av mot beviljade timmar", "Stickprov 10 brukare", SGR,
             "Ej aktuell 2025 – Försäkringskassan har tagit över kontrollen.", "UTGAR", ""),
        ]),
        ("Gemensamt", [
            ("Hot och våld", 8, "Handlingsplan för hot och våld tas upp på APT i samtliga verksamheter",
             "Protokoll från APT", SY, "IFO klart, LSS ej klart.", "DELVIS", ""),
            ("Olämplig personal anställs", 12,
             "Kontroll av utdrag ur belastningsregistret vid anställning inom LSS (barn)",
             "Stickprov nyanställda", None, None, "SAKNAS", ""),
        ]),
    ]
    r = HR + 1
    for proc, rows in blocks:
        start = r
        for row in rows:
            vals = [proc if r == start else None, row[0], row[1], row[2], row[3], None, row[5]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            if row[4]:
                ws.cell(r, 6).fill = fill(row[4])
            exp(fil, N, row[2], row[6], row[7])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Beslutad av socialnämnden 2025-09-25 § 112")
    for col, w in zip("ABCDEFG", [20, 34, 10, 55, 30, 11, 55]):
        ws.column_dimensions[col].width = w

    wf = wb.create_sheet("Förklaring")
    wf["A1"] = "Förklaring till färgkoder i kolumnen Utfall"
    wf["A1"].font = Font(bold=True, size=12)
    legend = [(SG, "Genomförd"), (SY, "Delvis genomförd / pågår"), (SR, "Ej genomförd"),
              (SGR, "Utgår / ej aktuell")]
    rr = 3
    for color, text in legend:
        wf.cell(rr, 1).fill = fill(color)
        wf.cell(rr, 1).border = BORDER
        wf.cell(rr, 2, text)
        rr += 1
    wf.cell(rr + 1, 1, "Avvikelser som upptäckts vid kontrollen redovisas i kolumnen Kommentar/åtgärd.")
    wf.cell(rr + 2, 1, "Ofärgad cell = ingen uppföljning har rapporterats.")
    wf.column_dimensions["A"].width = 12
    wf.column_dimensions["B"].width = 32
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden – Word, status = shaded table cell (w:shd), legend as a small table
# ---------------------------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "808080")
        borders.append(el)
    tblPr.append(borders)


def new_doc(author):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    return d


def build_von():
    fil = "VON uppföljning internkontroll T2 2025.docx"
    N = "Vård- och omsorgsnämnden"
    VG, VY, VR, VGR = "70AD47", "FFD966", "FF5050", "BFBFBF"
    d = new_doc("Maria Ek")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.orientation = 1
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Östra Hallby kommun\tVård- och omsorgsförvaltningen"
    d.add_heading("Vård- och omsorgsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – andra tertialet", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024. Nedan redovisas utfallet av "
        "kontrollerna till och med augusti. Status visas med färg i kolumnen Status enligt "
        "teckenförklaringen. Kontroller som ännu inte är slutförda återrapporteras i årsbokslutet.")
    d.add_paragraph("Teckenförklaring:").runs[0].bold = True
    leg = d.add_table(rows=4, cols=2)
    set_borders(leg)
    for i, (color, text) in enumerate([(VG, "Genomförd"), (VY, "Påbörjad / delvis genomförd"),
                                       (VR, "Ej påbörjad"), (VGR, "Utgår")]):
        leg.cell(i, 0).width = Cm(1.2)
        shade(leg.cell(i, 0), color)
        leg.cell(i, 1).text = text
        leg.cell(i, 1).width = Cm(6)
    d.add_paragraph()
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Resultat/kommentar", "Status"]
    rows = [
        ("Hälso- och sjukvård", "Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS",
         "Kontroll genomförd på samtliga särskilda boenden. Brister i signering på Solgården har åtgärdats.",
         VG, "GENOMFORD", "ja"),
        ("Kvalitet", "Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid", "Kvalitetsstrateg",
         "Samtliga 7 rapporter utredda inom tid, inga brister.", VG, "GENOMFORD", "nej"),
        ("Myndighet", "Biståndsbeslut inom hemtjänst följs upp minst en gång per år", "Enhetschef myndighet",
         "Uppföljning gjord i 64 % av ärendena, resten under hösten.", VY, "DELVIS", ""),
        ("Ekonomi", "Fakturering av hemtjänstavgifter överensstämmer med utförd tid i TES", "Avgiftshandläggare",
         "Ej påbörjad – inväntar ny version av planeringssystemet.", VR, "EJ_GENOMFORD", ""),
        ("Hemtjänst", "Nyckelhantering i hemtjänsten (nyckelkvittens)", "Enhetschefer hemtjänst",
         "", VG, "GENOMFORD", ""),
        ("Inköp", "Inköp av hjälpmedel sker från upphandlade leverantörer", "Hjälpmedelssamordnare",
         "Utgår, hjälpmedel hanteras av regionen från 2025-03-01.", VGR, "UTGAR", ""),
        ("Säkerhet", "Brandskyddskontroller på särskilda boenden (SBA)", "Säkerhetssamordnare",
         "Kontrollen genomförd i augusti, inga brister.", None, "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Delegering av hälso- och sjukvårdsuppgifter förnyas årligen", "MAS",
         "", "FFFFFF", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=5)
    set_borders(t)
    widths = [Cm(4), Cm(7.5), Cm(3.5), Cm(9), Cm(2)]
    for c, h in enumerate(hdr):
        cell = t.cell(0, c)
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "DEEAF6")
    for i, row in enumerate(rows, 1):
        for c in range(4):
            t.cell(i, c).text = row[c]
        if row[4]:
            shade(t.cell(i, 4), row[4])
        exp(fil, N, row[1], row[5], row[6])
    for i in range(len(rows) + 1):
        for c in range(5):
            t.cell(i, c).width = widths[c]
    d.add_paragraph()
    d.add_paragraph("Östra Hallby 2025-09-18")
    d.add_paragraph("Maria Ek\nFörvaltningschef, vård- och omsorgsförvaltningen")
    p = out(fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – emoji 🟢🟡🔴⚪ in an .xlsx, T1 and T2 columns, legend below the table
# ---------------------------------------------------------------------------------------------
def build_kfn():
    fil = "Kultur- och fritid IK T2 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    G, Y, R, W = "🟢", "🟡", "🔴", "⚪"
    wb = new_wb("Kultur- och fritidsförvaltningen")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning T1 och T2"
    hdr = ["Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.border = BORDER
    rows = [
        ("Kontantkassor på bibliotek och simhall stäms av mot kassarapport", "Oanmäld kassainventering",
         "Enhetschef bibliotek", G, G, "Inga differenser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslutade regler – stickprov 10 föreningar", "Stickprov",
         "Föreningskonsulent", Y, G, "En förening fick för högt aktivitetsstöd, återkrav har skickats.",
         "GENOMFORD", "ja"),
        ("Bokningar i lokalbokningssystemet faktureras", "Avstämning bokning – faktura", "Bokningsansvarig",
         R, Y, "Fakturering för maj–juni kontrollerad, juli–augusti återstår.", "DELVIS", ""),
        ("Uthyrning av kulturhusets scen följer fastställd taxa", "Genomgång av avtal", "Kulturhuschef",
         None, R, "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Inventering av konstsamlingen (konstregistret)", "Inventering", "Konstintendent",
         None, W, "Ej aktuell 2025, görs vartannat år.", "UTGAR", ""),
        ("Säkerhetsrutiner vid badhuset – livräddarutbildning för all badpersonal", "Kontroll av intyg",
         "Badmästare", G, None, None, "GENOMFORD", ""),
        ("Registerkontroll för ledare i sommarlovsaktiviteter", "Kontroll av utdrag", "Fritidschef",
         None, G + R, None, "OKLAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller",
         None, G, "Stickprov 25 fakturor, 1 saknade attest av beslutsattestant.", "GENOMFORD", "ja"),
        ("Besiktning av lekplatser och utegym vid fritidsanläggningar", "Besiktningsprotokoll",
         "Anläggningschef", None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (4, 5):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[0], row[6], row[7])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:  🟢 = Genomförd   🟡 = Pågår / delvis genomförd   🔴 = Ej genomförd   "
                  "⚪ = Ej aktuell").font = Font(italic=True)
    ws.cell(r + 2, 1, "Kontaktperson: Jonas Wik, controller kultur och fritid")
    for col, w in zip("ABCDEF", [62, 26, 24, 6, 6, 58]):
        ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 7. Stratsys-like CSV export with emoji status, two nämnder, one row per control and period (T1, T2)
# ---------------------------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_IK_2025-09-15.csv"
    G, Y, R = "🟢", "🟡", "🔴"
    TN_ORG, MHN_ORG = "Tekniska förvaltningen", "Miljö- och hälsoskyddsnämnden"
    TN, MHN = "Tekniska nämnden", "Miljö- och hälsoskyddsnämnden"
    # (org, process, km, ansvarig, (t1status, t1comment), (t2status, t2comment), exp_namnd, exp, avv)
    ctrls = [
        (TN_ORG, "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkchef",
         (Y, "Påbörjad, 12 av 34 lekplatser."),
         (G, "Samtliga 34 lekplatser besiktigade, 3 anmärkningar har åtgärdats."), TN, "GENOMFORD", "ja"),
        (TN_ORG, "Gata/park", "Vinterväghållning – entreprenörens tidrapporter stäms av mot fakturor",
         "Gatuchef", (G, ""), (G, "Avstämt januari–mars, inga differenser."), TN, "GENOMFORD", "nej"),
        (TN_ORG, "VA", "Fakturering av VA-avgifter – avläsning av mätare", "VA-chef",
         (Y, "45 % avlästa."), (Y, "80 % av mätarna avlästa."), TN, "DELVIS", ""),
        (TN_ORG, "Fastighet", "Lagstadgade kontroller (OVK, hiss, brand) utförs enligt plan", "Fastighetschef",
         (R, ""), (R, "Upphandling av OVK-besiktning försenad, inga kontroller utförda."), TN,
         "EJ_GENOMFORD", ""),
        (TN_ORG, "Avfall", "Avfallstaxa – abonnemang stäms av mot kundregister", "Avfallschef",
         (G, "Klart i april."), ("", ""), TN, "GENOMFORD", ""),
        (TN_ORG, "Kost", "Egenkontroll i tillagningskök enligt livsmedelslagstiftningen", "Kostchef",
         ("", ""), ("", "Utgår – kostenheten flyttad till barn- och utbildningsnämnden från 2025-07-01."),
         TN, "UTGAR", ""),
        (MHN_ORG, "Tillsyn", "Tillsynsplanen följs – antal inspektioner mot plan", "Miljöchef",
         (Y, "30 % utförda."), (Y, "62 % av planerade inspektioner utförda."), MHN, "DELVIS", ""),
        (MHN_ORG, "Ekonomi", "Avgiftsdebitering efter tillsynsbesök inom 30 dagar", "Administratör",
         (G, ""), (G, "Stickprov 20 ärenden, 2 debiterades efter mer än 30 dagar."), MHN, "GENOMFORD", "ja"),
        (MHN_ORG, "Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         (G, ""), (G, "Inga avvikelser."), MHN, "GENOMFORD", "nej"),
        (MHN_ORG, "Naturvård", "Handläggningstid för strandskyddsdispens", "Miljöchef",
         (R, "Ej påbörjad."), ("", "Genomförd i augusti, samtliga ärenden beslutade inom åtta veckor."),
         MHN, "GENOMFORD", "nej"),
        (MHN_ORG, "Administration", "Diarieföring av klagomål på störningar", "Registrator",
         ("", ""), ("", ""), MHN, "SAKNAS", ""),
    ]
    p = out(fil)
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status",
                    "Kommentar", "Senast ändrad"])
        for c in ctrls:
            w.writerow([c[0], c[1], c[2], c[3], "2025 T1", c[4][0], c[4][1], "2025-05-08"])
            w.writerow([c[0], c[1], c[2], c[3], "2025 T2", c[5][0], c[5][1], "2025-09-12"])
            exp(fil, c[6], c[2], c[7], c[8])
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", MHN, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 8. Hallby Bostäder AB – whole row coloured, BLUE = genomförd, GREEN = pågår enligt plan (own legend)
# ---------------------------------------------------------------------------------------------
def build_hbab():
    fil = "Hallby Bostäder IK 2025 T2.xlsx"
    N = "Hallby Bostäder AB"
    BLUE, GREENP, YEL, REDR, GRY = "9BC2E6", "A9D08E", "FFE699", "FF7C80", "D0CECE"
    wb = new_wb("Hallby Bostäder AB")
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Hallby Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning intern kontroll 2025 – tertial 2 (rapport till styrelsen 2025-09-29)"
    ws.merge_cells("A3:F3")
    ws["A3"] = ("Radfärg visar status enligt koncernens färgstandard:  BLÅ = Genomförd   "
                "GRÖN = Pågår enligt plan   GUL = Påbörjad men försenad   RÖD = Ej påbörjad   "
                "GRÅ = Struken av styrelsen.   Ofärgad rad = ej rapporterad.")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 32
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("305496")
        cell.border = BORDER
    rows = [
        ("Hyror", "Hyresavisering – nya hyror efter förhandling läggs in korrekt i hyressystemet",
         "Stickprov 50 kontrakt", "Ekonomichef", "Stickprov 50 kontrakt, inga fel.", BLUE, "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Ekonomichef", "2 fakturor saknade beställarreferens, rättat.", BLUE, "GENOMFORD", "ja"),
        ("Uthyrning", "Kreditkontroll av nya hyresgäster", "Genomgång av nya avtal", "Uthyrningschef",
         "Kontroll av 30 av 60 nya avtal gjord.", GREENP, "DELVIS", ""),
        ("Ekonomi", "Uppföljning av hyresfordringar och inkassoärenden", "Åldersanalys kundreskontra",
         "Redovisningsekonom", "Försenad p.g.a. byte av inkassobolag.", YEL, "DELVIS", ""),
        ("Säkerhet", "Brandskyddsarbete (SBA) – egenkontroller i trapphus", "Egenkontrollprotokoll",
         "Förvaltare", "Ej påbörjad.", REDR, "EJ_GENOMFORD", ""),
        ("Inköp", "Upphandlade ramavtal för underhåll används", "Stickprov beställningar",
         "Teknisk chef", None, BLUE, "GENOMFORD", ""),
        ("Fastighet", "Energideklarationer förnyas i tid", "Förteckning mot Boverkets register",
         "Energiingenjör", "Struken av styrelsen 2025-04-24, ingår i ordinarie förvaltning.", GRY, "UTGAR", ""),
        ("IT/säkerhet", "Nyckel- och passersystem – behörigheter till bostadsområden", "Behörighetslista",
         "Säkerhetsansvarig", None, None, "SAKNAS", ""),
        ("Uthyrning", "Uthyrning sker enligt bolagets uthyrningspolicy (kötid)", "Stickprov 40 lägenheter",
         "Uthyrningschef",
         "Två avsteg från kötid – båda beslutade av VD med motivering, bör dokumenteras bättre.",
         BLUE, "GENOMFORD", "ja"),
    ]
    r = 6
    for i, row in enumerate(rows, 1):
        vals = [i, row[0], row[1], row[2], row[3], row[4]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if row[5]:
                cell.fill = fill(row[5])
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(r, 1, "Granskad av VD Peter Sandell. Rapporten föredras för styrelsen av ekonomichef Lina Holm.")
    for col, w in zip("ABCDEF", [5, 14, 58, 30, 20, 60]):
        ws.column_dimensions[col].width = w
    save_wb(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 9. Reject: a PNG screenshot of a traffic-light table saved with an .xlsx extension
# ---------------------------------------------------------------------------------------------
def build_reject():
    fil = "Överförmyndarnämnden_IK_T2_2025.xlsx"
    W, H = 240, 120
    colors = [(0x92, 0xD0, 0x50), (0xFF, 0xFF, 0x00), (0xFF, 0x00, 0x00)]
    raw = bytearray()
    for y in range(H):
        raw.append(0)
        for x in range(W):
            px = (255, 255, 255)
            if y % 30 == 0 or x % 80 == 0:
                px = (128, 128, 128)
            elif x > 160 and 5 < (y % 30) < 25:
                px = colors[(y // 30) % 3]
            elif x < 150 and (y % 30) in (12, 13, 14) and (x // 6) % 3 != 0:
                px = (40, 40, 40)
            raw.extend(px)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += chunk(b"IEND", b"")
    with open(out(fil), "wb") as f:
        f.write(png)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hallby Bostäder AB", "HBAB|Hallbybostäder|Hallby Bostäder"),
    ]

    def wcsv(name, header, rows):
        with open(out(name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header)
            for row in rows:
                w.writerow(row)

    wcsv("namnder.csv", ["nämnd", "alias"], namnder)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    build_ks()
    build_sbn()
    build_bun()
    build_sn()
    build_von()
    build_kfn()
    build_csv()
    build_hbab()
    build_reject()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
