#!/usr/bin/python3
"""Blind round 167 - Tranebo kommun, delår 2025.

Builds every follow-up file of the round (next to this script) plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round167"
FIXED = datetime.datetime(2025, 9, 10, 8, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")


def new_wb(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "Tranebo kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb, ws


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def cellrow(ws, r, values, border=True, align=WRAP, font=None, fill=None):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if border:
            cell.border = BORDER
        cell.alignment = align
        if font:
            cell.font = font
        if fill:
            cell.fill = fill


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km.replace("\n", " "), status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Kontroll utförd (Ja/Nej) + Avvikelse (Ja/Nej), process group rows
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KS uppföljning internkontroll delår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb, ws = new_wb("Delår 2025")
    widths(ws, [6, 16, 46, 30, 20, 13, 13, 50])
    ws["A1"] = "Tranebo kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = ("Fyll i Ja eller Nej i kolumnerna F och G. Beskriv avvikelser och vidtagna/planerade "
                "åtgärder i kommentarsfältet. Lämnas till ekonomiavdelningen senast 12 september.")
    ws["A4"].font = Font(italic=True, color="595959")
    ws.merge_cells("A4:H4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Kontroll utförd (Ja/Nej)", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    cellrow(ws, 6, hdr, font=BOLD, fill=HEAD_FILL, align=CENTER)
    ws.freeze_panes = "A7"
    rows = [
        ("G", "1. Ekonomiprocesser"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Redovisningsansvarig", "Ja", "Nej",
         "20 fakturor granskade. Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikationer", "Controller", "Ja", "Ja",
         "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton inför delårsbokslut",
         "Genomgång av samtliga balanskonton", "Ekonomichef", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("1.4", "Inköp", "Inköp sker enligt gällande ramavtal (avtalstrohet)",
         "Analys av leverantörsreskontra", "Upphandlare", "Nej", None,
         "Kontrollen genomförs under hösten i samband med spendanalysen.", "EJ_GENOMFORD", ""),
        ("G", "2. Personalprocesser"),
        ("2.1", "Lön", "Löneutbetalningar kontrolleras mot anställningsbeslut",
         "Stickprov 10 nyanställda", "HR-chef", "Ja", "Ja",
         "En felaktig lön (fel lönenivå) upptäckt och rättad i juni.", "GENOMFORD", "ja"),
        ("2.2", "Avslut anställning", "Avslutade anställningar – behörigheter i system tas bort",
         "Jämförelse avslutslista HR mot AD", "IT-chef/HR-chef", "Delvis", None,
         "Listor från HR har tagits fram, jämförelse mot AD återstår.", "DELVIS", ""),
        ("G", "3. Informationssäkerhet och IT"),
        ("3.1", "Loggkontroll", "Loggkontroll av åtkomst till personakter i HR-systemet",
         "Stickprov loggar två gånger per år", "Systemförvaltare HR", "Ja", "Nej",
         "Loggar för mars och juni kontrollerade, ingen obehörig åtkomst.", "GENOMFORD", "nej"),
        ("3.2", "Behörigheter", "Behörigheter i ekonomisystemet följer delegationsordningen",
         "Behörighetslista mot delegationsordning", "Systemförvaltare ekonomi", None, None, None,
         "SAKNAS", ""),
        ("G", "4. Styrning och ledning"),
        ("4.1", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor", "Nämndsekreterare", "Ja", "Nej",
         "Samtliga delegationsbeslut anmälda vid sammanträdena i april och juni.", "GENOMFORD", "nej"),
        ("4.2", "Ärendehantering", "Uppföljning av motioner och medborgarförslag inom ett år",
         "Genomgång av ärendelistan", "Kanslichef", "–", "–",
         "Utgår 2025 – kontrollen flyttad till kommunfullmäktiges presidium (KS 2025-02-11 § 24).",
         "UTGAR", ""),
        ("4.3", "Diarieföring", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 30 handlingar", "Registrator", "Ja", "ja",
         "4 av 30 handlingar diarieförda efter 5–7 dagar på grund av semester.", "GENOMFORD", "ja"),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = GROUP_FILL
                ws.cell(row=r, column=c).border = BORDER
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            cellrow(ws, r, row[:8])
            for c in (6, 7):
                ws.cell(row=r, column=c).alignment = CENTER
            exp(fil, namnd, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning:").font = BOLD
    ws.cell(row=r + 1, column=1, value=(
        "Den interna kontrollen bedöms i huvudsak fungera. Avvikelser inom representation, lön och "
        "diarieföring har åtgärdats. Kontrollen av avtalstrohet genomförs under hösten."))
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.cell(row=r + 1, column=1).alignment = WRAP
    ws.row_dimensions[r + 1].height = 32
    ws.cell(row=r + 3, column=1, value="Upprättad av: Lena Karlsson, controller, 2025-09-08")
    ws.print_title_rows = "6:6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Följer plan: Ja/Nej/Delvis, merged process cells, risk value
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUN IK-uppföljning delår 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb, ws = new_wb("Uppföljning")
    widths(ws, [20, 34, 10, 46, 14, 52])
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025, delår 1 januari–31 augusti"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Följer plan: Ja = kontrollen är genomförd enligt plan, Delvis = kontrollen är delvis "
                "genomförd, Nej = kontrollen är inte genomförd. Avvikelser beskrivs i kolumnen Kommentar.")
    ws.merge_cells("A3:F3")
    ws["A3"].alignment = WRAP
    ws["A3"].font = Font(italic=True, size=9)
    ws.row_dimensions[3].height = 30
    hdr = ["Ansvarsområde/process", "Risk", "Riskvärde (S×K)", "Kontrollmoment",
           "Följer plan: Ja/Nej/Delvis", "Kommentar"]
    cellrow(ws, 5, hdr, font=BOLD, fill=HEAD_FILL, align=CENTER)
    groups = [
        ("Elevhälsa", [
            ("Elever får inte det stöd de har rätt till", 12,
             "Åtgärdsprogram upprättas inom fastställd tid efter beslut om särskilt stöd", "Ja",
             "Stickprov 10 elever på tre skolor. Samtliga åtgärdsprogram upprättade i tid.",
             "GENOMFORD", "nej"),
            ("Bristande dokumentation i elevhälsans journaler", 9,
             "Journalföring i elevhälsans medicinska insats enligt patientdatalagen", "Delvis",
             "Granskning gjord på två av fyra skolor. Hittills inga brister. Resterande skolor granskas i oktober.",
             "DELVIS", "nej"),
        ]),
        ("Skolskjuts och måltider", [
            ("Felaktiga skolskjutsbeslut", 8,
             "Beslut om skolskjuts fattas enligt riktlinjerna", "Ja",
             "2 av 20 beslut saknade motivering vid avsteg från avståndsregeln. Rutinen har förtydligats.",
             "GENOMFORD", "ja"),
            ("Allergiska reaktioner hos elever", 12,
             "Specialkost serveras enligt läkarintyg", "Nej",
             "Kontrollen har inte genomförts på grund av byte av kostchef. Flyttas till hösten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga fakturor betalas", 6,
             "Attest av leverantörsfakturor enligt attestordningen", "Ja", None, "GENOMFORD", "nej"),
            ("Intäkter uteblir", 9,
             "Fakturering av interkommunal ersättning för elever från andra kommuner", "Delvis",
             "Vårterminen är fakturerad. Höstterminen faktureras i oktober.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Anställning av olämplig person", 16,
             "Utdrag ur belastningsregistret uppvisas före anställning", "Ja",
             "25 nyanställningar kontrollerade. I ett fall saknades dokumenterat registerutdrag; "
             "utdraget har i efterhand uppvisats.", "GENOMFORD", "ja"),
            ("Undervisning av obehöriga lärare", 12,
             "Lärare som undervisar har legitimation och behörighet för ämnet", None,
             "Kontrolleras i november i samband med tjänstefördelningen.", "EJ_GENOMFORD", ""),
            ("Ohälsa och olyckor", 8,
             "Skyddsronder genomförs på samtliga enheter", "Ja",
             "Skyddsronder genomförda på 14 av 14 enheter. Brister i ventilationen på Sjöviksskolan "
             "har anmälts till fastighetsavdelningen.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 6
    for proc, items in groups:
        start = r
        for it in items:
            cellrow(ws, r, [proc if r == start else None, it[0], it[1], it[2], it[3], it[4]])
            ws.cell(row=r, column=3).alignment = CENTER
            ws.cell(row=r, column=5).alignment = CENTER
            exp(fil, namnd, it[2], it[5], it[6])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = BOLD
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 9").font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Beslutad av barn- och utbildningsnämnden 2025-09-18 § 67")
    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–4"
    ws2["A3"] = "1–4 Låg"
    ws2["A4"] = "6–8 Medel"
    ws2["A5"] = "9–16 Hög"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - "x" in Utförd / Påbörjad / Ej påbörjad + Åtgärd krävs, two-row header
# ---------------------------------------------------------------------------
def f_sn():
    fil = "Socialnämnden_delår2025_internkontroll.xlsx"
    namnd = "Socialnämnden"
    wb, ws = new_wb("IKP 2025 delår")
    widths(ws, [5, 16, 46, 20, 9, 10, 11, 10, 50])
    ws["A1"] = "Socialnämnden – Uppföljning av intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: delår (januari–augusti)"
    for c, v in enumerate(["Nr", "Område", "Kontrollmoment", "Kontrollansvarig"], start=1):
        ws.cell(row=4, column=c, value=v)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(row=4, column=5, value="Status delår (markera med x)")
    ws.merge_cells("E4:G4")
    ws.cell(row=5, column=5, value="Utförd")
    ws.cell(row=5, column=6, value="Påbörjad")
    ws.cell(row=5, column=7, value="Ej påbörjad")
    ws.cell(row=4, column=8, value="Åtgärd krävs")
    ws.merge_cells("H4:H5")
    ws.cell(row=4, column=9, value="Resultat och kommentar")
    ws.merge_cells("I4:I5")
    for rr in (4, 5):
        for c in range(1, 10):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = HEAD_FILL
            cell.border = BORDER
            cell.alignment = CENTER
    ws.freeze_panes = "A6"
    # nr, område, km, ansvarig, utförd, påbörjad, ej påbörjad, åtgärd krävs, kommentar, status, avv
    rows = [
        (1, "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut i verksamhetssystemet",
         "Enhetschef försörjningsstöd", "x", None, None, "Nej",
         "Stickprov 25 utbetalningar, samtliga överensstämde med beslut.", "GENOMFORD", "nej"),
        (2, "Ekonomiskt bistånd",
         "Kontroll av att samkörning med Försäkringskassan och CSN görs innan beslut",
         "Enhetschef försörjningsstöd", "x", None, None, "Ja",
         "I 3 av 20 akter saknades dokumenterad kontroll mot CSN. Rutinen gås igenom på APT i september.",
         "GENOMFORD", "ja"),
        (3, "Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef barn och unga", "x", None, None, "Ja",
         "82 % av förhandsbedömningarna gjordes inom 14 dagar. Överskridanden under semesterperioden.",
         "GENOMFORD", "ja"),
        (4, "Barn och unga", "Utredningar avslutas inom fyra månader",
         "Enhetschef barn och unga", None, "x", None, None,
         "Data för tertial 1 sammanställd, tertial 2 tas fram i september.", "DELVIS", ""),
        (5, "Barn och unga", "Placerade barn besöks av socialsekreterare enligt lag",
         "Enhetschef barn och unga", None, None, "x", None, "Planeras till oktober.", "EJ_GENOMFORD", ""),
        (6, "Vuxen", "Avtalstrohet vid köp av HVB-placeringar",
         "Enhetschef vuxen", "x", "x", None, None, None, "OKLAR", ""),
        (7, "Vuxen", "Dokumentation av genomförandeplaner inom LSS",
         "Enhetschef LSS", None, None, None, "Nej",
         "Genomförd i maj. Samtliga 12 granskade genomförandeplaner var aktuella.", "GENOMFORD", "nej"),
        (8, "Administration", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "X", None, None, "Nej", None, "GENOMFORD", "nej"),
        (9, "Administration",
         "Loggkontroll av åtkomst till personuppgifter i verksamhetssystemet",
         "Systemförvaltare", "x", None, None, "Ja",
         "Två fall av otillbörlig åtkomst upptäckta, hanterade i samråd med HR.", "GENOMFORD", "ja"),
        (10, "Administration", "Hantering av privata medel för brukare på boenden",
         "Enhetschef LSS", None, None, None, None, None, "SAKNAS", ""),
        (11, "Administration",
         "Kontroll av att ansökan om ersättning från Migrationsverket görs",
         "Socialsekreterare", None, None, None, None,
         "Utgår – inga ärenden som berättigar till ersättning under 2025.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        cellrow(ws, r, row[:9])
        for c in (1, 5, 6, 7, 8):
            ws.cell(row=r, column=c).alignment = CENTER
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    cellrow(ws, r, [None, None, "Summa", None, 6, 2, 1, None, None], font=BOLD)
    ws.cell(row=r + 2, column=1, value="Förvaltningens kontaktperson: Jonas Ek, kvalitetsutvecklare")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - Andel kontrollerat (%), nämnd only in print header / file name
# ---------------------------------------------------------------------------
def f_von():
    fil = "VON uppföljning IKP 2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb, ws = new_wb("IKP 2025")
    widths(ws, [18, 46, 26, 14, 12, 52])
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden – Tranebo kommun"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser perioden januari–augusti"
    hdr = ["Kontrollområde", "Kontrollmoment", "Urval / omfattning", "Andel kontrollerat jan–aug",
           "Avvikelse (Ja/Nej)", "Analys / kommentar"]
    cellrow(ws, 4, hdr, font=BOLD, fill=HEAD_FILL, align=CENTER)
    ws.freeze_panes = "A5"
    rows = [
        ("Hemtjänst",
         "Beviljade hemtjänsttimmar överensstämmer med utförd tid enligt tidsregistreringen",
         "Samtliga kunder i två hemtjänstområden", 1.0, "Nej",
         "Differens under 5 % i båda områdena, vilket är inom toleransnivån.", "GENOMFORD", "nej"),
        (None, "Avgiftsbeslut för hemtjänst är korrekta och uppdaterade", "Stickprov 30 beslut", 0.5,
         "Nej", "15 av 30 beslut granskade. Resterande granskas i september.", "DELVIS", "nej"),
        ("Särskilt boende",
         "Genomförandeplaner upprättas inom 14 dagar efter inflyttning",
         "Samtliga nyinflyttade januari–juni", 1.0, "Ja",
         "6 av 21 genomförandeplaner upprättades efter mer än 14 dagar. Åtgärdsplan framtagen.",
         "GENOMFORD", "ja"),
        (None, "Läkemedelshantering – signeringslistor kontrolleras", "Två enheter per tertial", 1.0,
         "Ja", "Brister i signering på Lindgården, åtgärdat efter genomgång med sjuksköterskor.",
         "GENOMFORD", "ja"),
        (None, "Rapporter enligt lex Sarah utreds och dokumenteras", "Samtliga rapporter", "75 %",
         "Nej", "Utredningar av rapporter från juli–augusti pågår.", "DELVIS", "nej"),
        ("Personal och ekonomi",
         "Timanställdas registrerade arbetstid stämmer mot utbetald lön", "Stickprov 20 timanställda",
         0.0, None, "Ej genomförd, ansvarig controller har varit föräldraledig.", "EJ_GENOMFORD", ""),
        (None, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", 1.0,
         "Nej", None, "GENOMFORD", "nej"),
        (None, "Brukarnas privata medel hanteras enligt rutin", "Tre boenden", None, None, None,
         "SAKNAS", ""),
        (None, "Körjournaler för verksamhetens bilar förs och kontrolleras", "Samtliga bilar",
         "ej aktuellt", None,
         "Utgår. Bilarna ingår i kommunens bilpool från 2025 och kontrolleras av tekniska förvaltningen.",
         "UTGAR", ""),
        ("Nattpatrull", "Larmtider vid trygghetslarm följs upp mot avtalad insatstid", "Larmrapport per månad",
         0.4, None, "Rapport för januari–mars uttagen, övriga månader saknas på grund av systembyte.",
         "DELVIS", ""),
    ]
    r = 5
    for row in rows:
        cellrow(ws, r, row[:6])
        c = ws.cell(row=r, column=4)
        c.alignment = CENTER
        if isinstance(row[3], float):
            c.number_format = "0%"
        ws.cell(row=r, column=5).alignment = CENTER
        exp(fil, "Vård- och omsorgsnämnden", row[1], row[6], row[7])
        r += 1
    ws.cell(row=r + 1, column=1, value=(
        "Andel kontrollerat = hur stor del av det planerade urvalet som har kontrollerats per 31 augusti."))
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - "Antal granskade / antal avvikelser" (25/2), saved as .xls via LibreOffice
# ---------------------------------------------------------------------------
def f_tn(tmp):
    fil = "TN IK delår 2025.xls"
    namnd = "Tekniska nämnden"
    wb, ws = new_wb("Uppföljning delår")
    widths(ws, [16, 46, 13, 24, 16, 50, 22])
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 31 augusti (delår)"
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Urval",
           "Antal granskade / antal avvikelser", "Kommentar", "Ansvarig"]
    cellrow(ws, 4, hdr, font=BOLD, fill=HEAD_FILL, align=CENTER)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertialvis",
         "25 fakturor per tertial", "50/1",
         "En faktura attesterad av person utan delegation (vikarie). Rättat.", "Controller",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Debitering av VA-avgifter sker enligt gällande taxa", "Halvår",
         "30 abonnenter", "30/0", None, "VA-ingenjör", "GENOMFORD", "nej"),
        ("Ekonomi", "Avtalstrohet vid inköp av entreprenadtjänster", "Årligen",
         "Samtliga inköp över 100 tkr", "12/3",
         "Tre inköp gjorda utanför avtal (markarbeten). Upphandling av ramavtal pågår.",
         "Förvaltningschef", "GENOMFORD", "ja"),
        ("Fastighet", "Lagstadgade besiktningar (OVK, hissar) utförs i tid", "Årligen",
         "Samtliga 42 fastigheter", "18/0",
         "18 av 42 fastigheter kontrollerade, resterande under hösten.", "Fastighetschef",
         "DELVIS", "nej"),
        ("Fastighet", "Systematiskt brandskyddsarbete dokumenteras i kommunens lokaler", "Halvår",
         "10 objekt", "0/0", "Ej genomförd på grund av vakans som fastighetsförvaltare.",
         "Fastighetschef", "EJ_GENOMFORD", ""),
        ("Gata/park", "Tillsyn av lekplatser enligt SS-EN 1176", "Årligen", "Samtliga 24 lekplatser",
         "24/5", "5 lekplatser med anmärkning, 2 redskap avstängda i väntan på reparation.",
         "Parkchef", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av vinterväghållningsentreprenörens tidrapporter", "Vintersäsong",
         "Stickprov 15 rapporter", "15/0", "Kontrollerat januari–mars.", "Gatuchef",
         "GENOMFORD", "nej"),
        ("Avfall", "Fakturering av slamtömning stämmer mot utförda tömningar", "Halvår",
         "20 tömningar", None, None, "Avfallssamordnare", "SAKNAS", ""),
        ("Fordon", "Besiktning och service av kommunens fordon sker enligt plan", "Årligen",
         "Samtliga 38 fordon", "38/2", "Två fordon med körförbud, se bilaga 3.", "Fordonsansvarig",
         "GENOMFORD", "ja"),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Löpande", "Samtliga beslut", "–",
         "Utgår 2025, ingår i kommunstyrelsens kontroll (TN 2025-02-20 § 12).", "Nämndsekreterare",
         "UTGAR", ""),
    ]
    r = 5
    for row in rows:
        cellrow(ws, r, row[:7])
        ws.cell(row=r, column=5).alignment = CENTER
        ws.cell(row=r, column=5).number_format = "@"
        exp(fil, namnd, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Tranebo 2025-09-09  Per Nilsson, förvaltningschef")
    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Instruktion"
    ws2["A1"].font = BOLD
    ws2["A2"] = ("Ange antal granskade ärenden och antal ärenden med avvikelse i formatet "
                 "granskade/avvikelser, t.ex. 25/2.")
    ws2["A3"] = "Beskriv avvikelser och åtgärder i kolumnen Kommentar."
    src = os.path.join(tmp, "TN IK delår 2025.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", tmp)
    shutil.move(os.path.join(tmp, "TN IK delår 2025.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - Word, two tables (Ekonomi / Verksamhet)
# ---------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def f_kfn():
    fil = "Kultur och fritid - uppföljning intern kontroll delår 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    doc.core_properties.author = "Kultur- och fritidsförvaltningen"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Tranebo kommun\tKultur- och fritidsförvaltningen"
    p = doc.add_paragraph()
    p.add_run("TJÄNSTESKRIVELSE").bold = True
    p.add_run("\nDatum: 2025-09-15\nDnr: KFN 2025/41")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Kultur- och fritidsförvaltningen har följt upp nämndens internkontrollplan för 2025 per den "
        "31 augusti. Av åtta kontrollmoment är fem genomförda, ett delvis genomfört och ett ännu inte "
        "påbörjat. Avvikelser har konstaterats i kontanthanteringen på Sjöbadet och i gallringen av "
        "personuppgifter i bokningssystemet. Åtgärder redovisas i tabellerna nedan.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025, delår.")
    hdr = ["Kontrollmoment", "Kontroll utförd (Ja/Nej)", "Avvikelse (Ja/Nej)", "Åtgärd krävs", "Kommentar"]
    sections = [
        ("Ekonomi", [
            ("Kontanthantering i caféet på Sjöbadet –\ndagskassor stäms av mot kassaregister",
             "Ja", "Ja", "Ja",
             "Differenser vid fyra tillfällen i juli. Rutinen för kassaavstämning ses över.",
             "GENOMFORD", "ja"),
            ("Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Ja", "Nej", "Nej",
             "Samtliga 31 utbetalningar kontrollerade.", "GENOMFORD", "nej"),
            ("Hyresavtal för lokaler och anläggningar är aktuella och faktureras", "Nej", "", "",
             "Påbörjas i september.", "EJ_GENOMFORD", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "Ja", "Nej", "Nej", "",
             "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Registerutdrag kontrolleras för ledare i sommarverksamhet för barn", "Ja", "Nej", "Nej",
             "Samtliga 18 feriearbetsledare kontrollerade.", "GENOMFORD", "nej"),
            ("Inventering av mediebeståndet på filialbiblioteken", "Delvis", "Nej", "",
             "Inventeringen är klar på Sjöviks filial, övriga två filialer återstår.", "DELVIS", "nej"),
            ("Personuppgifter i bokningssystemet gallras enligt dokumenthanteringsplanen", "Ja", "Ja", "Ja",
             "Gallring hade inte skett sedan 2022. Gallring genomförd i juni.", "GENOMFORD", "ja"),
            ("Tillsyn av badplatser enligt egenkontrollprogrammet", "", "", "", "Se bilaga 2.",
             "OKLAR", ""),
        ]),
    ]
    for title, items in sections:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "D9E1F2")
        for it in items:
            cells = t.add_row().cells
            km_lines = it[0].split("\n")
            cells[0].text = km_lines[0]
            for extra in km_lines[1:]:
                cells[0].add_paragraph(extra)
            for i in range(1, 5):
                cells[i].text = it[i]
            exp(fil, namnd, it[0], it[5], it[6])
        widths_cm = [6.5, 2.2, 2.2, 2.0, 5.5]
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
        doc.add_paragraph()
    doc.add_paragraph("Sjövik 2025-09-15")
    doc.add_paragraph("Maria Holm\nFörvaltningschef, kultur- och fritidsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - only a comment column
# ---------------------------------------------------------------------------
def f_ofn():
    fil = "Överförmyndarnämnden uppföljning IK delår 2025.xlsx"
    namnd = "Överförmyndarnämnden"
    wb, ws = new_wb("Blad1")
    widths(ws, [50, 30, 18, 60])
    ws["A1"] = "Överförmyndarnämnden, Tranebo kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll – delår 2025"
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kommentar delår 2025"]
    cellrow(ws, 4, hdr, font=BOLD, fill=HEAD_FILL)
    rows = [
        ("Granskning av årsräkningar sker inom fastställd tid", "Uppföljning av ärendelista",
         "Handläggare", "Genomförd. Samtliga 142 årsräkningar granskade före 30 juni.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beslutas och betalas ut korrekt", "Stickprov 20 arvodesbeslut",
         "Handläggare", "Genomförd. I två fall hade för hög kostnadsersättning betalats ut, återkrav är gjort.",
         "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "Samtliga nya ställföreträdare", "Enhetschef",
         "Pågår. Hälften av de nya uppdragen kontrollerade, övriga klara i oktober.", "DELVIS", ""),
        ("Uttag från spärrade bankkonton för omyndiga har överförmyndarens samtycke",
         "Stickprov 15 akter", "Handläggare",
         "Ej påbörjad, planeras till oktober–november.", "EJ_GENOMFORD", ""),
        ("Förteckningar inkommer inom två månader från förordnande", "Ärendelista", "Handläggare",
         "Se bilaga 2.", "OKLAR", ""),
        ("Introduktionsutbildning för nya gode män genomförs", "Närvarolistor", "Enhetschef",
         "Kontrollen utgår enligt beslut i nämnden 2025-03-12 § 8, ersatt av länsgemensam utbildning.",
         "UTGAR", ""),
        ("Diarieföring av inkomna handlingar sker samma dag", "Stickprov 20 handlingar", "Registrator",
         None, "SAKNAS", ""),
        ("Sekretessmarkering i akter för personer med skyddade personuppgifter",
         "Genomgång av samtliga akter med skyddad identitet", "Enhetschef",
         "Kontrollerat i april, inga brister.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        cellrow(ws, r, row[:4])
        exp(fil, namnd, row[0], row[4], row[5])
        r += 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Miljö- och byggnämnden - T1 and Delår side by side, each Kontroll utförd + Avvikelse
# ---------------------------------------------------------------------------
def f_mbn():
    fil = "MBN internkontroll 2025 T1 och delår.xlsx"
    namnd = "Miljö- och byggnämnden"
    wb, ws = new_wb("Internkontroll 2025")
    widths(ws, [48, 9, 18, 12, 12, 12, 12, 50])
    ws["A1"] = "Miljö- och byggförvaltningen – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppdaterad 2025-09-05 inför delårsrapporten"
    for c, v in enumerate(["Kontrollmoment", "Risk (1–16)", "Ansvarig"], start=1):
        ws.cell(row=4, column=c, value=v)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.cell(row=4, column=4, value="Tertial 1")
    ws.merge_cells("D4:E4")
    ws.cell(row=4, column=6, value="Delår (jan–aug)")
    ws.merge_cells("F4:G4")
    ws.cell(row=4, column=8, value="Kommentar")
    ws.merge_cells("H4:H5")
    for c, v in zip(range(4, 8), ["Kontroll utförd (Ja/Nej)", "Avvikelse (Ja/Nej)"] * 2):
        ws.cell(row=5, column=c, value=v)
    for rr in (4, 5):
        for c in range(1, 9):
            cell = ws.cell(row=rr, column=c)
            cell.font = BOLD
            cell.fill = HEAD_FILL
            cell.border = BORDER
            cell.alignment = CENTER
    rows = [
        ("Handläggningstid för bygglov inom 10 veckor enligt PBL", 12, "Bygglovschef",
         "Ja", "Nej", "Ja", "Ja",
         "T1: samtliga i tid. Delår: 3 ärenden över 10 veckor under juni, avgiften reducerad.",
         "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa för miljöbalkens område", 9, "Miljöchef",
         "Nej", None, "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("Planerad tillsyn av livsmedelsanläggningar utförs enligt kontrollplan", 12, "Miljöchef",
         "Ja", "Nej", "Delvis", "Nej", "58 av 90 planerade kontroller utförda per 31/8.", "DELVIS", "nej"),
        ("Delegationsbeslut anmäls till nämnden", 6, "Nämndsekreterare",
         "Ja", "Nej", "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("Slutbesked ges inte utan fullständiga handlingar", 8, "Byggnadsinspektör",
         "Ja", "Nej", None, None, None, "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", 4, "Förvaltningschef",
         None, None, "Ja", "Nej", None, "GENOMFORD", "nej"),
        ("Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka", 6, "Miljöinspektör",
         "Nej", None, "Nej", None, "Kontrollen är inte genomförd, prioriteras under hösten.",
         "EJ_GENOMFORD", ""),
        ("Registrering av enskilda avlopp i verksamhetssystemet", 9, "Miljöinspektör",
         None, None, None, None, None, "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        cellrow(ws, r, row[:8])
        for c in range(2, 8):
            ws.cell(row=r, column=c).alignment = CENTER
        exp(fil, namnd, row[0], row[8], row[9])
        r += 1
    ws.cell(row=r + 1, column=1, value="Risk = sannolikhet × konsekvens (1–4 × 1–4)").font = Font(size=9, italic=True)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: a screenshot (PNG) renamed to .xlsx
# ---------------------------------------------------------------------------
def f_reject():
    fil = "Tranebo Bostäder internkontroll delår 2025.xlsx"
    img = Image.new("RGB", (900, 320), "white")
    d = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    except OSError:
        font = ImageFont.load_default()
    d.text((10, 10), "Tranebo Bostäder AB - intern kontroll 2025, uppföljning delår", fill="black", font=font)
    ys = [40, 70, 100, 130, 160, 190]
    cols = [10, 420, 560, 700, 890]
    for y in ys:
        d.line([(10, y), (890, y)], fill="gray")
    for x in cols:
        d.line([(x, 40), (x, 190)], fill="gray")
    data = [("Kontrollmoment", "Utförd", "Avvikelse", "Kommentar"),
            ("Attest av leverantörsfakturor", "Ja", "Nej", ""),
            ("Hyresavier enligt hyresavtal", "Ja", "Ja", "2 fel"),
            ("Besiktning av lekplatser", "Nej", "", "hösten"),
            ("Nyckelhantering", "Ja", "Nej", "")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            d.text((cols[j] + 5, ys[i] + 7), v, fill="black", font=font)
    img.save(os.path.join(OUT, fil), format="PNG")
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelseförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Tranebo Bostäder AB", "Tranebostäder|TBAB"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(OUT):
        if name not in keep and os.path.isfile(os.path.join(OUT, name)):
            os.remove(os.path.join(OUT, name))
    tmp = tempfile.mkdtemp(prefix="r167_")
    try:
        f_ks()
        f_bun()
        f_sn()
        f_von()
        f_tn(tmp)
        f_kfn()
        f_ofn()
        f_mbn()
        f_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
