#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r418 - Backe kommun, uppföljning internkontrollplan tertial 2 2025.

Builds all follow-up files plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round418"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def out(name):
    return os.path.join(HERE, name)


def expect(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


def soffice_convert(src, fmt, final_name):
    """Convert src with LibreOffice into HERE/final_name."""
    tmpdir = tempfile.mkdtemp(prefix="r418_")
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", tmpdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpdir)]
    if len(produced) != 1:
        raise RuntimeError("conversion failed for %s: %s" % (src, produced))
    shutil.move(os.path.join(tmpdir, produced[0]), out(final_name))
    shutil.rmtree(tmpdir, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixed_props(wb, title, creator):
    import datetime
    wb.properties.creator = creator
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2025, 9, 15, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 22, 14, 30, 0)
    wb.properties.lastModifiedBy = creator


def docx_props(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 9, 12, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 24, 16, 0, 0)
    cp.revision = 3


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, seed-004 style (Nämnd/enhet:, År:, ID/Rutin/...)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontrollplan_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Kommunledningskontoret"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["B4"].alignment = Alignment(horizontal="left")
    ws["A5"] = "Uppföljningsperiod:"
    ws["B5"] = "Tertial 2 (jan–aug)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Återredovisas"]
    r0 = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        (1, "Prognoser", "Är uppbokningar utförda inför månadsstängningar",
         "Uppbokningar har skett för april, maj och augusti. För mars saknades uppbokning av konsultkostnader hos SBN (ca 0,4 mnkr).",
         "Påminnelse till controllers inför varje stängning.", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        (2, "Attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor. Inga avvikelser identifierade.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        (3, "Förtroendekänsliga poster", "Representation och kurser – kontroll av syfte och deltagarförteckning",
         "Stickprov för jan–april genomfört (15 verifikationer). Maj–augusti granskas i oktober.",
         "", "Granskning påbörjad", "Helår",
         "DELVIS", ""),
        (4, "Riktlinjer för upphandling och inköp",
         "Direktupphandlingar görs enligt gällande direktupphandlingsgräns och dokumenteras",
         "Två direktupphandlingar över 100 tkr saknade dokumentation enligt riktlinjen.",
         "Information till inköpsansvariga på ledningsgrupp 2025-09-09.", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        (5, "Systemförvaltarskapet", "Att systemförvaltare är utsedda och utför sina uppgifter",
         "Inventeringen av systemlistan har inte startat p.g.a. vakans som IT-samordnare.",
         "Ny IT-samordnare börjar i oktober.", "Granskning ej genomförd", "Helår",
         "EJ_GENOMFORD", ""),
        (6, "Löneprocessen", "Kontroll av att avslutade anställningar avregistreras i lönesystemet i tid",
         "Samtliga 42 avslut under perioden kontrollerade mot HR-systemet, inga felaktiga utbetalningar.",
         "", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        (7, "Intern kontroll", "Har nämnder/styrelser genomfört risk- och väsentlighetsanalys",
         "Kontrollen utgår enligt KS beslut 2025-04-15 § 67, ersätts av kommunrevisionens granskning.",
         "", "Utgår", "",
         "UTGAR", ""),
        (8, "Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Avstämning gjord i juni. 6 konton för personer som slutat var fortfarande aktiva och har stängts.",
         "Kvartalsvis avstämning införs.", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        (9, "Riktlinjer för upphandling och inköp", "Att leverantörer håller det som står i avtalet",
         "Ramavtal städtjänster. Stickprov. Inga avvikelser noterade.", "", "", "",
         "GENOMFORD", "nej"),
    ]
    r = r0 + 1
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Lena Holm, ekonomichef, 2025-09-18")
    widths = [5, 22, 38, 50, 34, 16, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.center.text = "Backe kommun – Kommunledningskontoret"
    fixed_props(wb, "Uppföljning internkontrollplan 2025", "Lena Holm")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    expect(fil, namnd, [(r[2], r[7], r[8]) for r in rows])


# ---------------------------------------------------------------------------
# 2. Socialnämnden - docx, seed-001 style (prose + risk table, Följer plan)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Uppföljning IKP T2 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    h = doc.add_heading("Uppföljning tertial 2 av Socialnämndens internkontrollplan 2025", level=1)
    doc.add_paragraph("Socialförvaltningen, 2025-09-19. Dnr SN 2025/212")
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig och "
        "att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog internkontrollplanen "
        "för 2025 den 2024-12-12, § 141. Planen omfattar åtta kontrollmoment som följs upp per tertial.")
    doc.add_heading("Uppföljning per tertial 2", level=2)
    doc.add_paragraph(
        "I tabellen nedan redovisas om kontrollen genomförts enligt plan under perioden januari–augusti. "
        "Kolumnen ”Följer plan” anger Ja, Nej eller Delvis. Sex av åtta kontrollmoment följer plan.")
    hdr = ["Ansvarsområde/ process", "Risk", "Risk-värde", "Kontrollmoment", "Följer plan:", "Kommentar:"]
    data = [
        # process, risk, riskvärde, km, följer, kommentar, status, avv
        ("Hantera personuppgifter enligt GDPR och OSL",
         "Risk att sekretessbelagda handlingar skickas till fel mottagare", "8",
         "Stickprov av 20 utskick per månad från myndighetsutövningen",
         "Ja", "Stickproven genomförda februari–augusti. Ett felsänt brev i maj, anmält som personuppgiftsincident till IMY.",
         "GENOMFORD", "ja"),
        (None, "Risk för felaktig hantering av uppgifter för personer med skyddad identitet", "8",
         "Kontroll av att ärenden med skyddad identitet har begränsad åtkomst i verksamhetssystemet",
         "Ja", "Samtliga 11 ärenden kontrollerade, åtkomsten korrekt begränsad.",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Risk för felaktiga utbetalningar", "9",
         "Beloppskontroll och attest av utbetalningar av ekonomiskt bistånd",
         "Ja", "Kontroll görs dagligen. Inga felaktiga utbetalningar har upptäckts.",
         "GENOMFORD", "nej"),
        (None, "Risk att underlag inte kontrolleras mot andra myndigheter", "6",
         "Kontroll att SSBTEK-förfrågan gjorts i nyansökningar",
         "Delvis", "Kontrollerat för T1. Kontrollen för maj–augusti pågår och redovisas i helårsuppföljningen.",
         "DELVIS", ""),
        ("Kvalitetssäkra uppdragstagare (familjehem, kontaktfamiljer)",
         "Risk för låg kvalitet hos uppdragstagare, vilket medför att barn far illa", "8",
         "Kontroll av att utdrag ur belastningsregistret finns för samtliga nya uppdragstagare",
         "Nej", "Arbetet är försenat på grund av vakanser och är framskjutet till hösten.",
         "EJ_GENOMFORD", ""),
        ("Hantera klagomål/ synpunkter",
         "Risk att klagomål inte tas tillvara och att återkoppling saknas", "9",
         "Uppföljning av att inkomna klagomål registrerats och besvarats inom tio arbetsdagar",
         "Ja", "34 av 37 klagomål besvarade inom tio dagar. Tre besvarades för sent.",
         "GENOMFORD", "ja"),
        ("Återsökning Migrationsverket",
         "Risk att socialnämnden går miste om statliga medel", "9",
         "Avstämning av ansökta och erhållna ersättningar från Migrationsverket",
         "Ja", "Avstämning per juni gjord utan avvikelse.",
         "GENOMFORD", "nej"),
        ("Följsamhet basal hygien",
         "Risk för låg följsamhet till basal hygien vilket kan medföra smittorisker", "9",
         "Observationsmätningar av följsamhet till basal hygien",
         "", "Se bilaga 3, mätresultat.",
         "OKLAR", ""),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, hh in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.text = hh
        cell.paragraphs[0].runs[0].font.bold = True
        set_cell_shading(cell, "D9E2F3")
    start_idx = {}
    for d in data:
        row = t.add_row().cells
        if d[0] is not None:
            row[0].text = d[0]
            start_idx[len(t.rows) - 1] = True
        for i, v in enumerate(d[1:6], 1):
            row[i].text = v
    # merge process cells that span two risks (row 1-2, row 3-4)
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    widths = [Cm(3.5), Cm(4.5), Cm(1.4), Cm(5.5), Cm(1.8), Cm(8.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bedömning: Förvaltningen bedömer att den interna kontrollen under perioden i huvudsak har varit tillräcklig.")
    doc.add_paragraph("Anna Berglund\nSocialchef")
    docx_props(doc, "Uppföljning IKP T2 2025", "Anna Berglund")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    expect(fil, namnd, [(d[3], d[6], d[7]) for d in data])


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - xlsx with colour fills T1/T2/T3 + legend
# ---------------------------------------------------------------------------
GREEN = "00B050"
YELLOW = "FFC000"
RED = "FF0000"


def file_bun():
    fil = "BUF internkontroll 2025 uppf tertial.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A2"] = "Internkontrollplan 2025 med uppföljning per tertial"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Fyll i status med färg i kolumnen för aktuellt tertial och kommentera. Teckenförklaring längst ned."
    ws["A3"].font = Font(italic=True, color="595959")
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "T1", "T2", "T3", "Kommentar"]
    r0 = 5
    for i, hh in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=hh)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
        c.alignment = WRAP
    # group rows: ("G", title) ; control rows
    rows = [
        ("G", "Ekonomi och inköp"),
        ("Inköp", "Inköp utanför avtal", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Stickprov 20 fakturor per tertial", "Controller", "Tertial", GREEN, GREEN, None,
         "T2: 20 fakturor kontrollerade, 18 mot avtal. Två inköp av läromedel utanför avtal.", "GENOMFORD", "ja"),
        ("Intäkter", "Felaktig debitering av barnomsorgsavgift", "Kontroll av att avgift debiteras enligt aktuell inkomstuppgift",
         "Stickprov 30 placeringar", "Avgiftshandläggare", "Tertial", GREEN, YELLOW, None,
         "Halva stickprovet klart, resterande under september.", "DELVIS", ""),
        ("Attest", "Attest utan behörighet", "Attest av leverantörsfakturor enligt attestordningen",
         "Systemrapport attestanter mot beslutad attestförteckning", "Ekonomiadministratör", "Tertial", GREEN, GREEN, None,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("G", "Elevhälsa och myndighetsutövning"),
        ("Skolplikt", "Elever med hög frånvaro uppmärksammas inte",
         "Kontroll av att frånvaroutredning startas vid frånvaro över 15 %",
         "Genomgång av frånvarostatistik i Skola24", "Rektor", "Tertial", YELLOW, RED, None,
         "Ej genomfört under T2 p.g.a. byte av skoladministrativt system.", "EJ_GENOMFORD", ""),
        ("Kränkande behandling", "Anmälningar hanteras inte enligt skollagen",
         "Anmälan till huvudman om kränkande behandling görs samma dag",
         "Registerkontroll i DF Respons", "Utvecklingsstrateg", "Tertial", GREEN, GREEN, None,
         "112 anmälningar T2, samtliga inom en dag.", "GENOMFORD", "nej"),
        ("Särskilt stöd", "Åtgärdsprogram saknas eller följs inte upp",
         "Stickprov av åtgärdsprogram och uppföljning",
         "Stickprov 10 elever per skola", "Rektor", "Årligen (T1)", GREEN, None, None,
         "Genomfört i april. Brister på två skolor har åtgärdats.", "GENOMFORD", "ja"),
        ("G", "Personal"),
        ("Rekrytering", "Anställning utan utdrag ur belastningsregistret",
         "Kontroll av att registerutdrag uppvisats vid nyanställning",
         "Stickprov 15 nyanställningar", "HR-partner", "Tertial", GREEN, GREEN, None,
         "Samtliga 15 hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("Legitimation", "Lärare utan legitimation sätter betyg",
         "Kontroll av legitimation och behörighet för betygssättande lärare",
         "Avstämning mot Skolverkets lärarregister", "HR-partner", "Tertial", None, None, None,
         "", "SAKNAS", ""),
        ("Arbetsmiljö", "Hot och våld mot personal rapporteras inte",
         "Uppföljning av tillbudsrapportering i KIA",
         "Genomgång på skyddskommitté", "Förvaltningschef", "Tertial", GREEN, None, None,
         "Utgår ur planen efter beslut i BUN 2025-06-11 § 58, hanteras i det systematiska arbetsmiljöarbetet.",
         "UTGAR", ""),
    ]
    r = r0 + 1
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        vals = list(row[:6]) + [None, None, None, row[9]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v if v else None)
            c.alignment = WRAP
            c.border = BORDER
        for j, col in ((6, 7), (7, 8), (8, 9)):
            if row[j]:
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=row[j])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    for k, (col, txt) in enumerate(((GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                                    (RED, "Ej genomförd"))):
        ws.cell(row=r + 1 + k, column=1).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r + 1 + k, column=2, value=txt)
    widths = [16, 26, 36, 28, 16, 12, 6, 6, 6, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    fixed_props(wb, "IKP 2025 BUF", "Karin Öberg")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    expect(fil, namnd, [(x[2], x[10], x[11]) for x in rows if x[0] != "G"])


# ---------------------------------------------------------------------------
# 4. Hypergene CSV export - two nämnder (SBN + KFN), several periods
# ---------------------------------------------------------------------------
def file_hypergene():
    fil = "Hypergene_export_internkontroll_20250916.csv"
    hdr = ["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig",
           "Period", "Status", "Avvikelse", "Kommentar"]
    sbn = "Samhällsbyggnadsnämnden"
    kfn = "Kultur- och fritidsnämnden"
    plan = "Internkontrollplan 2025"
    T1, T2 = "Tertial 1 2025", "Tertial 2 2025"
    # (org, område, km, ansvarig, [(period, status, avv, komm)], expected status, exp avv)
    ctrls = [
        (sbn, "Investeringar", "Uppföljning av investeringsprojekt mot beslutad budget",
         "Projektcontroller",
         [(T1, "Pågående", "", "Projekten Norrleden och VA Åsen följs upp månadsvis."),
          (T2, "Klar", "Ja", "VA Åsen prognostiserar överskridande med 3,2 mnkr, rapporterat till nämnden i juni.")],
         "GENOMFORD", "ja"),
        (sbn, "Fakturering", "Kontroll att VA-anslutningsavgifter faktureras enligt taxa",
         "Ekonom VA",
         [(T1, "Klar", "Nej", "Samtliga 14 anslutningar fakturerade korrekt."),
          (T2, "Klar", "Nej", "9 anslutningar, inga avvikelser.")],
         "GENOMFORD", "nej"),
        (sbn, "Avtal", "Avtalsuppföljning vinterväghållning – stickprov av utförda insatser mot faktura",
         "Gatuchef",
         [(T1, "Klar", "Ja", "Två fakturerade plogningar kunde inte styrkas i körjournal, kreditering begärd."),
          (T2, "Ej aktuell", "", "Ingen vinterväghållning under perioden maj–augusti.")],
         "UTGAR", ""),
        (sbn, "Myndighetsutövning", "Handläggningstid för bygglov inom lagstadgad tid",
         "Bygglovschef",
         [(T1, "Pågående", "", ""),
          (T2, "Ej påbörjad", "", "Kontrollen flyttas till T3 på grund av systembyte i ärendehanteringen.")],
         "EJ_GENOMFORD", ""),
        (sbn, "Inventarier", "Inventering av maskiner och fordon enligt anläggningsregistret",
         "Driftchef",
         [(T2, "Pågående", "", "Fordon inventerade, maskinparken återstår.")],
         "DELVIS", ""),
        (sbn, "Säkerhet", "Kontroll av att nycklar och passerkort till reningsverket återlämnats vid avslut",
         "Driftchef",
         [(T2, "", "", "")],
         "SAKNAS", ""),
        (kfn, "Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt riktlinjer och underlag",
         "Föreningskonsulent",
         [(T2, "Klar", "Ja", "En förening hade lämnat felaktigt medlemsantal; bidraget återkrävs.")],
         "GENOMFORD", "ja"),
        (kfn, "Kontanthantering", "Kassaavstämning i simhallen och biblioteket",
         "Enhetschef fritid",
         [(T1, "Klar", "Nej", ""),
          (T2, "Klar", "Nej", "Månatliga avstämningar utan differenser.")],
         "GENOMFORD", "nej"),
        (kfn, "Lokaler", "Kontroll av att uthyrning av lokaler faktureras",
         "Bokningsansvarig",
         [(T2, "Pågående", "", "Bokningssystemet stäms av mot fakturering för jan–juni, juli–augusti återstår.")],
         "DELVIS", ""),
        (kfn, "Bibliotek", "Uppföljning av att barn och unga inte kan låna medier med åldersgräns",
         "Bibliotekschef",
         [(T2, "Avbruten", "", "Avbruten genom beslut i KFN 2025-05-20 § 41.")],
         "UTGAR", ""),
        (kfn, "Arbetsmiljö", "Brandskyddskontroll enligt SBA i kulturhuset",
         "Fastighetssamordnare",
         [(T1, "Klar", "Nej", "")] + [(T2, "Ej påbörjad", "", "")],
         "EJ_GENOMFORD", ""),
    ]
    lines = []
    for org, omr, km, ans, periods, est, eav in ctrls:
        for per, stt, av, kom in periods:
            lines.append([org, plan, omr, km, ans, per, stt, av, kom])
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", sbn, "2025", "T2"))
    FILES.append((fil, "INLAST", kfn, "2025", "T2"))
    for org, omr, km, ans, periods, est, eav in ctrls:
        EXPECTED.append((fil, org, km, est, eav))


# ---------------------------------------------------------------------------
# 5. Backe Bostäder AB (bolag) - Word .doc, tick columns X
# ---------------------------------------------------------------------------
def file_bostader():
    fil = "Backebostäder intern kontroll T2-2025.doc"
    namnd = "Backe Bostäder AB"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run("BACKE BOSTÄDER AB")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x00, 0x52, 0x8A)
    doc.add_paragraph("Rapport till styrelsen – Uppföljning av internkontrollplan 2025, andra tertialet")
    doc.add_paragraph("Styrelsemöte 2025-09-25, ärende 7")
    doc.add_paragraph("Markera med X den kolumn som stämmer för perioden. Beskriv avvikelser och åtgärder i kommentarsfältet.")
    hdr = ["Nr", "Område", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar / åtgärd"]
    rows = [
        ("1", "Hyresadministration", "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelsen lagts in korrekt i hyressystemet",
         "X", "", "", "Stickprov 40 lägenheter. Inga fel.", "GENOMFORD", "nej"),
        ("2", "Hyresadministration", "Bevakning av hyresfordringar och inkassoärenden",
         "X", "", "", "Månatlig genomgång. Två ärenden hade inte skickats till inkasso i tid, åtgärdat.", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Avrop från ramavtal för målning och golvarbeten följer avtalade priser",
         "", "X", "", "Avrop jan–maj granskade. Övriga granskas i oktober.", "DELVIS", ""),
        ("4", "Underhåll", "Uppföljning av planerat underhåll mot underhållsplanen",
         "", "", "X", "Skjuts till T3, ny underhållsplan antas i november.", "EJ_GENOMFORD", ""),
        ("5", "Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         "X", "", "", "", "GENOMFORD", ""),
        ("6", "Lägenhetsuthyrning", "Kontroll att förmedling av lägenheter sker enligt uthyrningspolicyn (kötid)",
         "", "", "", "Se bilaga 2.", "OKLAR", ""),
        ("7", "Säkerhet", "Systematiskt brandskyddsarbete – egenkontroll i trapphus och källarförråd",
         "X", "", "", "Egenkontroller utförda i samtliga 38 trapphus. Brandfarligt material i 5 källare har forslats bort.", "GENOMFORD", "ja"),
        ("8", "IT", "Behörighetskontroll i fastighetssystemet",
         "X", "", "", "Genomförd i juni, inga obehöriga konton.", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, hh in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = hh
        c.paragraphs[0].runs[0].font.bold = True
        set_cell_shading(c, "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            cells[i].text = v
            if i in (3, 4, 5):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(0.9), Cm(3.2), Cm(8.0), Cm(1.9), Cm(1.5), Cm(1.9), Cm(8.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Sammanfattning: Sex av åtta kontrollmoment är genomförda eller påbörjade. "
                      "VD bedömer att den interna kontrollen är tillräcklig.")
    doc.add_paragraph("Backe 2025-09-15\nPer Sandberg, VD")
    docx_props(doc, "Intern kontroll T2 2025", "Per Sandberg")
    tmp = tempfile.mkdtemp(prefix="r418src_")
    src = os.path.join(tmp, "Backebostäder intern kontroll T2-2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    expect(fil, namnd, [(x[2], x[7], x[8]) for x in rows])


# ---------------------------------------------------------------------------
# 6. Räddningstjänstförbundet - .xls, seed-003 style blocks with repeated header,
#    status codes with legend at the top
# ---------------------------------------------------------------------------
def file_rtf():
    fil = "RTJ Backe-Älvdal IK-uppföljning 2025.xls"
    namnd = "Räddningstjänstförbundet Backe-Älvdal"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Räddningstjänsten Backe-Älvdal"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av direktionens internkontrollplan 2025 – per 31 augusti"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statuskod: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, 3 = Pågår, 4 = Ej genomförd, 5 = Utgår"
    ws["A3"].font = Font(italic=True)
    blocks = [
        ("1. Ekonomi", "Process: Inköp och fakturahantering", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Ekonom", 1,
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Inköp följer förbundets upphandlingspolicy och ramavtal", "Genomgång av leverantörsreskontra", "Ekonom", 2,
             "Inköp av skyddsutrustning, 180 tkr, gjordes utan avrop från ramavtal.", "GENOMFORD", "ja"),
            ("Debitering av automatiska brandlarm (onödiga larm) enligt taxa", "Avstämning larmlogg mot fakturering", "Administratör", 3,
             "Jan–juni avstämd, juli–augusti pågår.", "DELVIS", ""),
        ]),
        ("2. Räddningsinsats", "Process: Beredskap och utbildning", [
            ("Kontroll av att deltidsbrandmän genomfört föreskriven övningstid", "Uttag ur utbildningsregistret", "Styrkeledare", 1,
             "Samtliga 46 har genomfört minst 50 timmar.", "GENOMFORD", "nej"),
            ("Kontroll av rökdykarnas årliga fysiska test", "Registergenomgång", "Övningsansvarig", 4,
             "Testerna kunde inte genomföras under sommaren; planeras till oktober.", "EJ_GENOMFORD", ""),
            ("Funktionskontroll av andningsskydd efter användning", "Stickprov av servicelogg", "Verkstadsansvarig", 5,
             "Utgår – hanteras från 2025 av regional servicecentral enligt direktionens beslut 2025-03-28.", "UTGAR", ""),
        ]),
        ("3. Myndighetsutövning", "Process: Tillsyn enligt LSO och LBE", [
            ("Tillsyner genomförs enligt fastställd tillsynsplan", "Jämförelse plan mot utfall", "Tillsynsansvarig", 3,
             "62 av 110 planerade tillsyner genomförda per 31/8.", "DELVIS", ""),
            ("Kontroll av att beslut om tillstånd för brandfarlig vara fattas enligt delegationsordningen", "Stickprov 10 beslut", "Förbundsjurist", None,
             "", "SAKNAS", ""),
        ]),
    ]
    hdr = ["Kontrollmoment", "Metod", "Ansvarig", "Status T2", "Kommentar"]
    r = 5
    for goal, proc, items in blocks:
        ws.cell(row=r, column=1, value=goal).font = Font(bold=True, size=12)
        r += 1
        ws.cell(row=r, column=1, value=proc).font = Font(bold=True, italic=True)
        r += 1
        for i, hh in enumerate(hdr, 1):
            c = ws.cell(row=r, column=i, value=hh)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="F8CBAD")
            c.border = BORDER
        r += 1
        for km, met, ans, code, kom, est, eav in items:
            for i, v in enumerate((km, met, ans, code, kom), 1):
                c = ws.cell(row=r, column=i, value=v if v not in ("", None) else None)
                c.alignment = WRAP
                c.border = BORDER
            ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        r += 1
    ws.cell(row=r, column=1, value="Direktionen har tagit del av uppföljningen 2025-09-26, § 34.")
    widths = [48, 30, 18, 10, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fixed_props(wb, "IK-uppföljning 2025", "Johan Lind")
    tmp = tempfile.mkdtemp(prefix="r418src_")
    src = os.path.join(tmp, "RTJ Backe-Älvdal IK-uppföljning 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    expect(fil, namnd, [(it[0], it[5], it[6]) for _, _, items in blocks for it in items])


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnämnden - .odt, seed-000 style: Kontrollpunkt/Metod/Resultat,
#    sub-items a) b), results as "T1: ..." / "T2: ..." text
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN_uppföljning_internkontroll_tertial2.odt"
    namnd = "Miljö- och byggnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "Miljö- och byggförvaltningen, Backe kommun"
    doc.add_heading("Uppföljning av plan för intern kontroll 2025", level=1)
    doc.add_paragraph("Avser perioden januari–augusti (tertial 2). Resultat redovisas kumulativt; "
                      "senaste tertialet står sist i resultatcellen.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hh in enumerate(["Kontrollpunkt", "Metod", "Resultat"]):
        t.rows[0].cells[i].text = hh
        t.rows[0].cells[i].paragraphs[0].runs[0].font.bold = True
    items = [
        ("1. Avgifter för tillsyn",
         "a) Kontroll av att timavgift för tillsyn debiteras enligt taxa",
         "T1: Stickprov 15 ärenden, ett ärende saknade debitering.\nT2: Stickprov 15 ärenden, samtliga korrekt debiterade.",
         "GENOMFORD", "nej"),
        (None,
         "b) Kontroll av att årlig avgift för miljöfarlig verksamhet fakturerats",
         "T2: Fakturering gjord i april. Avstämning mot verksamhetsregistret visade 4 verksamheter som inte fakturerats, efterfakturering sker i september.",
         "GENOMFORD", "ja"),
        ("2. Handläggning av bygglov",
         "a) Stickprov av att beslut om bygglov fattas inom tio veckor",
         "T1: Ej genomfört.\nT2: Påbörjat, 12 av 25 ärenden granskade.",
         "DELVIS", ""),
        (None,
         "b) Kontroll av att avgiften reducerats vid överskriden handläggningstid",
         "T2: Ej genomfört, samordnas med punkt 2 a under hösten.",
         "EJ_GENOMFORD", ""),
        ("3. Delegationsbeslut",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "T1: Samtliga beslut anmälda.\nT2: Samtliga beslut anmälda till nämnden.",
         "GENOMFORD", "nej"),
        ("4. Jäv",
         "Kontroll av att jävsdeklaration finns för samtliga inspektörer",
         "T2: Utgår – ersatt av kommungemensam rutin beslutad av KS.",
         "UTGAR", ""),
        ("5. Livsmedelskontroll",
         "Uppföljning av att planerade livsmedelskontroller genomförs enligt kontrollplanen",
         "T1: 41 % av planerade kontroller genomförda.",
         "DELVIS", ""),
    ]
    for kp, met, res, est, eav in items:
        cells = t.add_row().cells
        cells[0].text = kp or ""
        cells[1].text = met
        cells[2].text = res
    for row in t.rows:
        for i, w in enumerate([Cm(3.5), Cm(6.5), Cm(7.0)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Ulla Nyström, förvaltningschef")
    docx_props(doc, "Uppföljning intern kontroll T2", "Ulla Nyström")
    tmp = tempfile.mkdtemp(prefix="r418src_")
    src = os.path.join(tmp, "MBN_uppföljning_internkontroll_tertial2.docx")
    doc.save(src)
    soffice_convert(src, "odt", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    expect(fil, namnd, [(it[1], it[3], it[4]) for it in items])


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (följebrev) from Backe Bostäder AB, no controls
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK T2 Backebostäder.docx"
    doc = Document()
    doc.add_paragraph("BACKE BOSTÄDER AB").runs[0].bold = True
    doc.add_paragraph("Backe 2025-09-26")
    doc.add_paragraph("Till: Backe kommun, Ekonomiavdelningen\nAtt: Controller intern kontroll")
    doc.add_heading("Översändande av uppföljning av intern kontroll, tertial 2 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds Backe Bostäder AB:s uppföljning av internkontrollplanen för perioden januari–augusti 2025, "
        "enligt ägardirektivets krav på rapportering till kommunstyrelsen. Uppföljningen behandlades av bolagets "
        "styrelse 2025-09-25, § 7, och bifogas som separat dokument.")
    doc.add_paragraph(
        "Bilaga 2 om förmedling av lägenheter skickas efter styrelsens protokollsjustering. "
        "Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nPer Sandberg\nVD, Backe Bostäder AB\n0321-55 20 00")
    docx_props(doc, "Följebrev", "Per Sandberg")
    doc.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Backe Bostäder AB", "Backebostäder|BBAB|Backe Bostäder"),
        ("Räddningstjänstförbundet Backe-Älvdal", "Räddningstjänsten Backe-Älvdal|RTJ Backe-Älvdal|RTF"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))


def write_csvs():
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row) and "\n" not in "".join(row), row
            f.write(";".join(row) + "\n")


def main():
    file_ks()
    file_sn()
    file_bun()
    file_hypergene()
    file_bostader()
    file_rtf()
    file_mbn()
    file_reject()
    write_register()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
