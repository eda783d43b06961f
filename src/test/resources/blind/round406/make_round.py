#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r406 - Lammhult kommun, delårsuppföljning intern kontroll 2025.

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
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
LO_PROFILE = "file:///tmp/lo-round406"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx in the "Nämnd/enhet: / År:" style (seed 004)
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS uppföljning internkontrollplan delår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    rows = [
        # id, process, kontrollmoment, avvikelse-text, åtgärd, status, återredovisas, exp-status, exp-avv
        (1, "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov av 40 fakturor januari–juni. 2 fakturor var attesterade av person utan attesträtt (vikarie på ekonomienheten).",
         "Attestförteckningen uppdateras vid varje vikariat.", "Granskning genomförd", "Delår", "GENOMFORD", "ja"),
        (2, "Prognoser", "Är uppbokningar utförda inför månadsstängning april och augusti",
         "Uppbokningar har gjorts enligt rutin för båda stängningarna. Inga avvikelser har identifierats.",
         "Ingen åtgärd", "Granskning genomförd", "Delår", "GENOMFORD", "nej"),
        (3, "Representation", "Representation och övriga förtroendekänsliga poster följer riktlinjen för representation",
         "Samtliga 22 verifikationer har granskats. 3 verifikationer saknade deltagarförteckning och syfte.",
         "Påminnelse till chefer på chefsforum i september.", "Granskning genomförd", "Helår", "GENOMFORD", "ja"),
        (4, "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "18 av 30 utvalda beslut granskade utan anmärkning. Resterande beslut granskas i september.",
         "", "Granskning påbörjad", "Helår", "DELVIS", "nej"),
        (5, "Informationssäkerhet", "Behörigheter i ekonomisystemet Raindance ses över två gånger per år",
         "Granskningen har inte genomförts på grund av byte av systemförvaltare.",
         "Genomförs i oktober 2025.", "Granskning ej genomförd", "Helår", "EJ_GENOMFORD", ""),
        (6, "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
         "Av 12 direktupphandlingar saknade 4 dokumentation av konkurrensutsättning.",
         "Utbildning i direktupphandling för beställare hösten 2025.", "Granskning genomförd", "Helår", "GENOMFORD", "ja"),
        (7, "Lön", "Avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Samtliga 14 avslut var registrerade före sista anställningsdag. Inga avvikelser.",
         "Ingen åtgärd", "Granskning genomförd", "Delår", "GENOMFORD", "nej"),
        (8, "Kommunikation", "Publicering på webben följer lagen om tillgänglighet till digital offentlig service",
         "Kontrollen utgår enligt beslut KS 2025-04-09 § 62 och ersätts av central granskning.",
         "", "Utgår", "", "UTGAR", ""),
        (9, "Krisberedskap", "Kontinuitetsplaner finns för samhällsviktig verksamhet",
         "", "", "", "Helår", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["B4"].alignment = Alignment(horizontal="left")
    ws["A5"] = "Period:"
    ws["B5"] = "Delår (1 januari – 31 augusti)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status",
           "Återredovisas"]
    hr = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
        c.alignment = WRAP
    r = hr + 1
    for row in rows:
        vals = list(row[:7])
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.cell(r + 1, 1, "Sammanställt av ekonomienheten 2025-09-15. Status anges som Granskning genomförd / påbörjad / ej genomförd.")
    ws.cell(r + 1, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (5, 20, 40, 55, 40, 18, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    fix_wb(wb, "Ekonomienheten Lammhult")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, prose + table, results only as text
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Delårsuppföljning intern kontroll 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    rows = [
        ("Ekonomi", "Fakturor för köp av förskoleplatser i annan kommun stämmer mot placeringslistor",
         "Stickprov två gånger per år",
         "Genomförd i juni. Samtliga 15 fakturor stämde mot placeringslistan.", "GENOMFORD", "nej"),
        ("Elevhälsa", "Dokumentation i elevhälsojournal sker enligt rutin",
         "Stickprov 10 journaler per skola",
         "Delvis genomförd. Tre av fem skolor är granskade, ingen avvikelse hittills. Resterande skolor granskas under hösten.",
         "DELVIS", "nej"),
        ("Skolplikt", "Upprepad frånvaro över 15 % anmäls till huvudman enligt rutin",
         "Genomgång av frånvarostatistik per månad",
         "Genomförd. Två anmälningar till huvudman gjordes senare än fyra veckor efter att frånvaron uppmärksammats.",
         "GENOMFORD", "ja"),
        ("Kränkande behandling", "Anmälningar om kränkande behandling rapporteras till huvudman samma vecka",
         "Uppföljning i Draftit",
         "Kontrollen har inte genomförts under perioden på grund av systembyte. Planeras till oktober.",
         "EJ_GENOMFORD", ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 20 beslut",
         "Utgår. Handläggningen av skolskjuts överfördes till kommunstyrelsen den 1 mars 2025.",
         "UTGAR", ""),
        ("Personal", "Utdrag ur belastningsregistret har uppvisats för all nyanställd personal",
         "Kontroll av samtliga nyanställningar",
         "Genomförd. 41 nyanställda kontrollerade, utdrag fanns för samtliga.", "GENOMFORD", "nej"),
        ("Säkerhet", "Brandskyddskontroller genomförs och dokumenteras på samtliga enheter",
         "Egenkontroll enligt checklista",
         "Pågår. 9 av 14 enheter har rapporterat. Två enheter hade blockerade utrymningsvägar, vilket har åtgärdats.",
         "DELVIS", "ja"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("Barn- och utbildningsförvaltningen")
    p.runs[0].italic = True
    d.add_heading("Delårsuppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (BUN 2024/188). Uppföljningen nedan "
        "avser perioden januari–augusti 2025 och redovisas tillsammans med delårsrapporten. Kontroller som "
        "inte har genomförts under perioden redovisas på nytt i helårsuppföljningen.")
    d.add_heading("Resultat av kontrollerna", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Metod", "Resultat delår 2025"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(4):
            cells[i].text = row[i]
        exp(fil, namnd, row[1], row[4], row[5])
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Avvikelserna avseende "
        "frånvaroanmälan och brandskydd har åtgärdats. Kontrollen av kränkande behandling genomförs under hösten.")
    d.add_paragraph("Lammhult 2025-09-18")
    d.add_paragraph("Anna Berglund\nFörvaltningschef")
    fix_doc(d, "Anna Berglund")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, risk table with "Följer plan" (seed 001), merged process cells
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden delår IK 2025.docx"
    namnd = "Socialnämnden"
    groups = [
        ("Ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "9",
             "Stickprov av 25 utbetalningar per tertial mot beslut och underlag", "Ja",
             "Stickprov för T1 och T2 genomförda. En dubbelutbetalning upptäcktes och återkrävs.", "GENOMFORD", "ja"),
            ("Risk att beslut fattas utan fullständigt underlag", "6",
             "Kontroll att inkomstuppgifter är verifierade via SSBTEK innan beslut", "Ja",
             "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Myndighetsutövning barn och unga", [
            ("Risk att utredningstiden på fyra månader överskrids", "9",
             "Uppföljning av utredningstid i samtliga avslutade barnavårdsutredningar", "Nej",
             "Ej genomförd på grund av vakanser på enheten. Skjuts till hösten.", "EJ_GENOMFORD", ""),
            ("Risk att orosanmälningar inte förhandsbedöms inom 14 dagar", "8",
             "Kontroll av förhandsbedömningstid i verksamhetssystemet Lifecare", "Delvis",
             "Kontroll gjord för januari–april. 6 av 112 förhandsbedömningar tog mer än 14 dagar.", "DELVIS", "ja"),
        ]),
        ("Äldreomsorg", [
            ("Risk för felaktig avgiftsdebitering", "8",
             "Avstämning av avgiftsbeslut mot debiterade hemtjänsttimmar", "Ja",
             "Genomförd i maj. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Risk att avvikelser enligt HSL inte rapporteras", "6",
             "Genomgång av avvikelserapportering på samtliga särskilda boenden", "Ja",
             "Pågår enligt plan, slutförs i november.", "DELVIS", ""),
        ]),
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Risk för otillbörlig åtkomst till personakter", "9",
             "Loggkontroll av åtkomst i Lifecare, 10 slumpvis valda användare per månad", "Ja",
             "Genomförd varje månad. Ingen otillbörlig åtkomst har upptäckts.", "GENOMFORD", "nej"),
            ("Risk att sekretessbelagda handlingar skickas till fel mottagare", "8",
             "Rutinen för säker post tas upp på APT i alla arbetsgrupper", "Ej aktuellt",
             "Ersatt av central utbildning i informationssäkerhet, beslut SN 2025-03-20 § 31.", "UTGAR", ""),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Lammhult kommun\tSocialförvaltningen\t2025-09-10"
    h = d.add_paragraph()
    r = h.add_run("Delårsuppföljning av kritiska risker i Socialnämndens internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(15)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Nämnden har för 2025 antagit en internkontrollplan som anger åtta kritiska risker som ska granskas "
        "och/eller hanteras på annat sätt. I tabellen nedan redovisas om den hantering som angivits i "
        "internkontrollplanen följts under perioden januari–augusti samt en kommentar om genomförda och planerade "
        "aktiviteter.")
    d.add_heading("Uppföljning delår 2025", level=2)
    hdr = ["Ansvarsområde/ process", "Risk", "Risk-värde", "Befintliga åtgärder/ kontrollmoment", "Följer plan:",
           "Kommentar:"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, x in enumerate(hdr):
        t.rows[0].cells[i].text = x
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for proc, risks in groups:
        first = len(t.rows)
        for risk in risks:
            cells = t.add_row().cells
            cells[1].text = risk[0]
            cells[2].text = risk[1]
            cells[3].text = risk[2]
            cells[4].text = risk[3]
            cells[5].text = risk[4]
            exp(fil, namnd, risk[2], risk[5], risk[6])
        last = len(t.rows) - 1
        m = t.cell(first, 0).merge(t.cell(last, 0))
        m.text = proc
    widths = [Cm(3.5), Cm(5), Cm(1.5), Cm(6), Cm(2), Cm(7)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sex av åtta kritiska risker bedöms följa beslutad planering. Uppföljningen av utredningstider "
                    "har inte kunnat genomföras och redovisas i helårsuppföljningen.")
    fix_doc(d, "Socialförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsförvaltningen - xlsx with TWO nämnder (section rows), code legend
# ---------------------------------------------------------------------------
def build_sbf():
    fil = "Samhällsbyggnadsförvaltningen IK delår 2025.xlsx"
    sbn = "Samhällsbyggnadsnämnden"
    mbn = "Miljö- och byggnämnden"
    sections = [
        ("Samhällsbyggnadsnämnden (SBN)", sbn, [
            ("Fastighetsunderhåll", "Planerat underhåll genomförs enligt underhållsplanen", "Avstämning mot underhållsplan",
             "2 ggr/år", "Fastighetschef", "D",
             "Ca 60 % av årets åtgärder utförda, resterande planerade till hösten.", "DELVIS", "nej"),
            ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll", "1 ggr/år",
             "Parkchef", "G", "Samtliga 23 lekplatser besiktigade i maj. Två redskap med brister har tagits bort.",
             "GENOMFORD", "ja"),
            ("VA", "Provtagning av dricksvatten sker enligt kontrollprogrammet", "Jämförelse mot kontrollprogram",
             "Löpande", "VA-chef", "G", "Inga anmärkningar.", "GENOMFORD", "nej"),
            ("Inköp", "Avtalstrohet vid inköp av entreprenadtjänster", "Stickprov 20 fakturor", "2 ggr/år",
             "Controller", "E", "Ej utförd, görs i samband med helårsbokslutet.", "EJ_GENOMFORD", ""),
            ("Kart/mät", "Hantering av personuppgifter i GIS-systemet följer rutin", "Genomgång av behörigheter",
             "1 ggr/år", "GIS-samordnare", "U", "Utgår – det gamla GIS-systemet är avvecklat.", "UTGAR", ""),
            ("Fordon", "Körjournaler förs för kommunens fordon", "Stickprov 10 fordon", "2 ggr/år",
             "Fordonsansvarig", "", "", "SAKNAS", ""),
        ]),
        ("Miljö- och byggnämnden (MBN)", mbn, [
            ("Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uppföljning i Castor",
             "Tertialvis", "Bygglovschef", "G",
             "98 % inom tidsfrist. 3 ärenden överskred tiden och avgiften reducerades.", "GENOMFORD", "ja"),
            ("Tillsyn", "Tillsynsplanen för livsmedelskontroll följs", "Avstämning mot tillsynsplan", "Tertialvis",
             "Miljöchef", "D", "62 av 110 planerade kontroller utförda t.o.m. augusti.", "DELVIS", "nej"),
            ("Avgifter", "Debitering av tillsynsavgifter sker enligt taxa", "Stickprov 15 ärenden", "1 ggr/år",
             "Administratör", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse diarium/protokoll", "2 ggr/år",
             "Nämndsekreterare", "G", "Genomförd. Två beslut anmäldes för sent.", "GENOMFORD", "ja"),
            ("Arkiv", "Handlingar gallras enligt dokumenthanteringsplanen", "Genomgång av närarkiv", "1 ggr/år",
             "Arkivansvarig", "E", "Påbörjas när ny dokumenthanteringsplan har antagits.", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – uppföljning intern kontroll, delår augusti 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    hr = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
    r = hr + 1
    for title, namnd, rows in sections:
        ws.cell(r, 1, title).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for n, row in enumerate(rows, 1):
            vals = [n] + list(row[:7])
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, row[1], row[7], row[8])
            r += 1
        r += 1
    ws.cell(r, 1, "Uppföljningen behandlas av respektive nämnd i september 2025.")
    for col, w in zip("ABCDEFGH", (5, 18, 45, 28, 11, 17, 8, 55)):
        ws.column_dimensions[col].width = w
    fix_wb(wb, "Samhällsbyggnadsförvaltningen")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", sbn, "2025", "DELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - .xls (xlwt), status only as traffic-light fill,
#    nämnd only in print header + file name
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN_internkontroll_delar25.xls"
    namnd = "Kultur- och fritidsnämnden"
    G, Y, R, N = "bright_green", "yellow", "red", None
    rows = [
        ("Bidrag till föreningar", "Felaktigt utbetalda föreningsbidrag",
         "Kontroll att aktivitetsbidrag betalas ut enligt redovisade sammankomster",
         "Stickprov 10 föreningar. En förening hade redovisat sammankomster dubbelt, återkrav har skickats.",
         "Tydligare anvisningar i e-tjänsten.", G, "Föreningskonsulent", "GENOMFORD", "ja"),
        ("Bidrag till föreningar", "Bidrag till föreningar som inte uppfyller villkoren",
         "Kontroll att föreningar som får bidrag har aktuella stadgar och årsmötesprotokoll",
         "Genomgång pågår, 25 av 41 föreningar klara hittills utan anmärkning.", "", Y, "Föreningskonsulent",
         "DELVIS", "nej"),
        ("Anläggningar", "Olycka på grund av bristande underhåll",
         "Säkerhetsbesiktning av badplatser före badsäsongen",
         "Genomförd i maj, inga brister.", "", G, "Anläggningschef", "GENOMFORD", "nej"),
        ("Anläggningar", "Obehöriga i anläggningar",
         "Kontroll av utlämnade nycklar och passerkort till idrottshallar",
         "Ej påbörjad. Nytt passersystem installeras under hösten.", "Kontroll efter installation.", R,
         "Anläggningschef", "EJ_GENOMFORD", ""),
        ("Bibliotek", "Förlust av medier",
         "Inventering av mediebeståndet vid Lammhults bibliotek",
         "Se bilaga 2.", "", N, "Bibliotekschef", "OKLAR", ""),
        ("Kassahantering", "Förskingring eller stöld",
         "Kontroll av dagskassor i simhallen och kaféet",
         "Månadsvisa kontroller genomförda. Kassadifferens på 1 200 kr i mars har utretts.", "", G,
         "Enhetschef bad", "GENOMFORD", "ja"),
        ("Kulturskola", "Felaktig avgift",
         "Avgifter för kulturskolan debiteras enligt beslutad taxa",
         "", "", N, "Kulturskolechef", "SAKNAS", ""),
        ("Arbetsmiljö", "Hot och våld mot personal",
         "Uppföljning av rapporterade tillbud om hot och våld på fritidsgårdarna",
         "Fyra tillbud rapporterade och hanterade enligt handlingsplanen. Genomgång med personalen återstår.",
         "Fortsatt utbildning av personal.", Y, "Fritidschef", "DELVIS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    # xlwt's setter mangles non-ASCII under Python 3; set the stored str directly
    ws._Worksheet__header_str = "&L&\"Arial,Bold\"Kultur- och fritidsnämnden&RLammhult kommun"
    ws._Worksheet__footer_str = "&LUtskrivet &D&RSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    fills = {c: xlwt.easyxf("pattern: pattern solid, fore_colour %s; "
                            "borders: left thin, right thin, top thin, bottom thin" % c) for c in (G, Y, R)}
    ws.write(0, 0, "Intern kontroll 2025 – delårsuppföljning per 31 augusti", title)
    ws.write(1, 0, "Kontrollmomenten enligt internkontrollplan antagen 2024-12-05 § 88.")
    heads = ["Process", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgärder", "Status", "Ansvarig"]
    for i, h in enumerate(heads):
        ws.write(3, i, h, hdr)
    r = 4
    for row in rows:
        for i in range(5):
            ws.write(r, i, row[i], cell)
        if row[5]:
            ws.write(r, 5, "", fills[row[5]])
        else:
            ws.write(r, 5, "", cell)
        ws.write(r, 6, row[6], cell)
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring status:", xlwt.easyxf("font: bold on"))
    for c, txt in ((G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd")):
        r += 1
        ws.write(r, 0, "", fills[c])
        ws.write(r, 1, txt)
    for i, w in enumerate((22, 28, 45, 55, 30, 9, 20)):
        ws.col(i).width = 256 * w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - Stratsys-like export, two periods side by side
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Export_Internkontroll_2025-09-05.xlsx"
    namnd = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar", "Årsräkningar granskas senast 30 juni", "Handläggare", "Årligen",
         "Pågående", "Klar", "Avvikelse",
         "92 % granskade före 30 juni. 14 årsräkningar försenade på grund av kompletteringar.", "GENOMFORD", "ja"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt riktlinjen", "Handläggare", "Årligen",
         "Ej påbörjad", "Klar", "Inga avvikelser", "Stickprov 20 arvodesbeslut.", "GENOMFORD", "nej"),
        ("Lämplighetsprövning",
         "Kontroll i belastningsregister och kreditupplysning före förordnande av ställföreträdare",
         "Enhetschef", "Löpande", "Klar", "", "Inga avvikelser",
         "Samtliga 11 nya ställföreträdare under T1 kontrollerade.", "GENOMFORD", "nej"),
        ("Omyndigas medel", "Överförmyndarspärr finns på konton för omyndigas medel", "Handläggare", "Tertial",
         "Pågående", "Pågående", "Inga avvikelser hittills", "38 av 52 konton kontrollerade.", "DELVIS", "nej"),
        ("Förteckningar", "Förteckningar inkommer inom två månader efter förordnande", "Handläggare", "Tertial",
         "Ej påbörjad", "Ej påbörjad", "", "Resursbrist under våren och sommaren.", "EJ_GENOMFORD", ""),
        ("Digitalisering", "E-tjänsten för årsräkning används av minst 60 % av ställföreträdarna", "Enhetschef",
         "Årligen", "", "Avbruten", "",
         "Avbruten genom beslut ÖFN 2025-05-14 § 22, måttet ersatt av verksamhetsmål.", "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Stratsys – Rapport: Intern kontroll, uppföljning"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Organisation: Överförmyndarnämnden"
    ws["A3"] = "Period: Augusti 2025 (delår)"
    ws["A4"] = "Utskriven: 2025-09-05 10:42 av Karin Lund"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status april 2025",
           "Status augusti 2025", "Bedömning", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDDDDD")
    r = 7
    for row in rows:
        vals = ["Överförmyndarnämnden"] + list(row[:8])
        for i, v in enumerate(vals, 1):
            ws.cell(r, i, v if v != "" else None).alignment = WRAP
        exp(fil, namnd, row[1], row[8], row[9])
        r += 1
    ws.cell(r + 1, 1, "Antal rader: %d" % len(rows))
    for col, w in zip("ABCDEFGHI", (22, 24, 48, 16, 10, 16, 16, 22, 55)):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A6:I%d" % (r - 1)
    fix_wb(wb, "Stratsys")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Räddningstjänstförbundet - .doc (via LibreOffice), T1/T2 symbol columns
# ---------------------------------------------------------------------------
def build_rtj(tmpdir):
    fil = "Räddningstjänstförbundet uppföljning IKP tertial 2 2025.doc"
    namnd = "Räddningstjänstförbundet Lammhult-Braås"
    rows = [
        ("Tillsyn enligt LSO", "Tillsynsbesök genomförs enligt tillsynsplanen", "Stf räddningschef", "(✓)", "✓",
         "48 av 48 planerade tillsyner för perioden genomförda.", "GENOMFORD", "nej"),
        ("Insatsrapporter", "Insatsrapporter färdigställs inom 5 dagar efter insats", "Styrkeledare", "✓", "(✓)",
         "Juni–juli: 11 rapporter försenade under semesterperioden.", "DELVIS", "ja"),
        ("Fordon och materiel", "Fordonsbesiktning och service sker enligt plan", "Fordonsansvarig", "✓", "",
         "Samtliga fordon besiktigade i mars.", "GENOMFORD", "nej"),
        ("Kompetens", "Övningsplanen för deltidsbrandmän följs", "Styrkeledare", "(✓)", "–",
         "Övningarna i juni–augusti ställdes in på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av fakturor sker enligt attestordningen", "Förbundsekonom", "✓", "✓",
         "Stickprov 20 fakturor, en faktura saknade beslutsattest.", "GENOMFORD", "ja"),
        ("Rengöring och brandskyddskontroll",
         "Brandskyddskontroll utförs enligt föreskriven frist", "Räddningschef", "E/A", "E/A",
         "Kontrollen hanteras av medlemskommunerna från 2025.", "UTGAR", ""),
        ("Arbetsmiljö", "Hälsokontroll och arbetsprov för rökdykare genomförs årligen", "HR-konsult",
         "–", "(✓)", "Arbetsprov genomförda för 18 av 26 rökdykare.", "DELVIS", "nej"),
    ]
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Räddningstjänstförbundet Lammhult-Braås"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Räddningstjänstförbundet Lammhult-Braås, direktionen. Uppföljningen avser januari–augusti 2025.")
    d.add_paragraph("Markering: ✓ = genomförd   (✓) = delvis genomförd   – = ej genomförd   E/A = ej aktuell")
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = row[i]
        for i in (3, 4):
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, row[1], row[6], row[7])
    widths = [Cm(3.2), Cm(5), Cm(2.6), Cm(1.1), Cm(1.1), Cm(5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Uppföljningen behandlas av direktionen 2025-09-25.")
    d.add_paragraph("Lars Öhman, räddningschef")
    fix_doc(d, "Lars Öhman")
    src = os.path.join(tmpdir, "rtj.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "doc",
                    "--outdir", tmpdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "rtj.doc"), out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) with no follow-up in it
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv delårsrapport 2025 Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Lammhult kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-10")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Missiv – Socialnämndens delårsrapport januari–augusti 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens delårsrapport per 31 augusti 2025, beslutad av nämnden 2025-09-09 § 104.")
    d.add_paragraph(
        "Delårsrapporten innehåller verksamhetens måluppfyllelse, ekonomiskt utfall och helårsprognos. "
        "Prognosen visar ett underskott om 4,2 mnkr, främst hänförligt till externa placeringar inom individ- "
        "och familjeomsorgen.")
    d.add_paragraph(
        "Uppföljningen av nämndens internkontrollplan 2025 redovisas i ett separat dokument "
        "(”Socialnämnden delår IK 2025”) som bifogas samma ärende.")
    d.add_paragraph("Bilagor:\n1. Delårsrapport 2025 Socialnämnden\n2. Protokollsutdrag SN 2025-09-09 § 104")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Sandberg\nSocialchef")
    fix_doc(d, "Maria Sandberg")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Räddningstjänstförbundet Lammhult-Braås", "RTF|Räddningstjänsten|Räddningstjänstförbundet"),
    ("Lammhults Bostäder AB", "LBAB|Lammhultsbostäder"),
]


def write_csv(name, header, rows):
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r406_")
    try:
        build_ks()
        build_bun()
        build_sn()
        build_sbf()
        build_kfn()
        build_ofn()
        build_rtj(tmpdir)
        build_missiv()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
