#!/usr/bin/python3
"""Blind round 375 - Kallinge kommun, delår 2025 inbox.

Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv
in the folder of this script. Deterministic (fixed texts, fixed document properties).
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
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round375"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r375_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


def fix_props_xlsx(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - ordinary Excel template with title rows and group rows
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_uppfoljning_IKP_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Delår (januari–augusti) 2025"
    ws["A4"] = "Upprättad av: Anna Lindqvist, controller, 2025-09-08"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar / iakttagelser"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Redovisningsansvarig", "Genomförd",
             "20 fakturor granskade. Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll att representation redovisas med syfte och deltagare",
             "Stickprov 15 verifikationer", "Ekonomichef", "Genomförd med avvikelse",
             "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Inköp", "Inköp sker från upphandlade leverantörer (avtalstrohet)",
             "Analys av leverantörsreskontra", "Upphandlingschef", "Pågår",
             "Analys för januari–juni klar, juli–augusti analyseras under september.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Kontroll av att behörigheter i lönesystemet är aktuella",
             "Genomgång av behörighetslista", "HR-chef", "Genomförd",
             "Två behörigheter för avslutade anställda fanns kvar och har tagits bort.", "GENOMFORD", "ja"),
            ("2.2", "Bisysslor", "Kontroll att bisysslor registreras och prövas",
             "Enkät till chefer", "HR-chef", "Ej påbörjad",
             "Enkäten skickas ut i oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet",
             "Genomgång av roller mot befattning", "IT-chef", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("3.2", "Incidenter", "Rutin för rapportering av informationssäkerhetsincidenter följs",
             "Genomgång av incidentlogg", "Informationssäkerhetssamordnare", None, None, "SAKNAS", ""),
            ("3.3", "Diarieföring", "Kontroll att allmänna handlingar diarieförs inom föreskriven tid",
             "Stickprov", "Registrator", "Utgår",
             "Ersätts av kommunövergripande granskning enligt KS beslut 2025-04-02 § 61.", "UTGAR", ""),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:7], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, N, row[2], row[7], row[8])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Kallinge 2025-09-08")
    ws.cell(row=r + 1, column=1, value="Anna Lindqvist, controller, Kommunledningsförvaltningen")
    for col, w in zip("ABCDEFG", [6, 18, 48, 28, 22, 22, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    fix_props_xlsx(wb, "Anna Lindqvist")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word, one table, T1 and delår columns
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Delårsuppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). Uppföljning sker per "
        "tertial 1 och vid delårsbokslut per 31 augusti. Kontroller som är årliga och redan genomförts "
        "under tertial 1 rapporteras inte på nytt i delårskolumnen.")
    hdr = ["Process/rutin", "Risk", "Kontrollmoment", "Ansvarig", "Uppföljning T1", "Uppföljning delår", "Åtgärd"]
    rows = [
        ("Skolskjuts", "Felaktiga beslut om skolskjuts",
         "Kontroll att beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutssamordnare",
         "Genomförd.\n10 beslut kontrollerade, inga fel.", "", "–", "GENOMFORD", "nej"),
        ("Elevfrånvaro", "Hög frånvaro uppmärksammas inte",
         "Rutin för uppföljning av elevers frånvaro tillämpas på samtliga grundskolor", "Rektorer",
         "Pågår", "Genomförd.\n7 av 8 skolor följer rutinen. Kallinge skola har fått en åtgärdsplan.",
         "Åtgärdsplan Kallinge skola följs upp i december.", "GENOMFORD", "ja"),
        ("Kränkande behandling", "Anmälningar till huvudman dröjer",
         "Kontroll att anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar",
         "Verksamhetschef grundskola", "Delvis genomförd – stickprov vårterminen",
         "Delvis. Av 12 granskade ärenden anmäldes 2 för sent. Höstens stickprov återstår.",
         "Information till rektorer på ledningsgrupp.", "DELVIS", "ja"),
        ("Personal", "Personal anställs utan registerkontroll",
         "Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-konsult",
         "Ej påbörjad", "Ej genomförd, flyttas till tertial 3 på grund av vakans på HR.", "", "EJ_GENOMFORD", ""),
        ("Inköp", "Inköp utanför avtal",
         "Kontroll av avtalstrohet vid inköp av läromedel", "Controller",
         "–", "Genomförd, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Avgifter", "Felaktiga avgifter i förskola och fritidshem",
         "Kontroll av inkomstuppgifter för avgift i förskola och fritidshem", "Avgiftshandläggare",
         "Genomförd", "Se bilaga 3", "", "OKLAR", ""),
        ("Statsbidrag", "Återkrav av statsbidrag",
         "Kontroll att erhållna statsbidrag redovisas enligt villkoren", "Ekonomichef",
         "", "Pågår. Redovisning till Skolverket sker i oktober.", "", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            cells[i].text = v
        exp(fil, N, row[2], row[7], row[8])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 3: Avgiftskontroll förskola/fritidshem (separat dokument).")
    d.add_paragraph("Kallinge den 9 september 2025\nLena Berg, förvaltningschef")
    fix_props_docx(d, "Lena Berg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Excel with traffic-light fills and legend, merged processes
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden_IK_delår2025.xlsx"
    N = "Socialnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialförvaltningen – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning delår 1 januari – 31 augusti"
    # legend top right
    ws["I1"] = "Teckenförklaring status"
    ws["I1"].font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(row=2 + i, column=9).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=10, value=txt)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Kommentar"]
    r0 = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BOX
    blocks = [
        ("Myndighetsutövning IFO", [
            ("Utredningar dröjer", 12, "Utredningar inom barn och unga avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet", "Tertial", GREEN,
             "38 av 41 utredningar avslutade inom tid. 3 förlängda med beslut enligt 11 kap. 2 § SoL.",
             "GENOMFORD", "nej"),
            ("Skyddsbedömning saknas", 9, "Förhandsbedömningar avslutas inom 14 dagar",
             "Stickprov 10 ärenden", "Tertial", YELLOW,
             "Januari–april granskat utan anmärkning. Stickprov för maj–augusti återstår.", "DELVIS", "nej"),
            ("Felaktigt bistånd", 9, "Kontroll att ekonomiskt bistånd beviljas enligt riktlinjerna",
             "Stickprov 20 beslut", "Halvår", RED,
             "Ej genomförd på grund av byte av verksamhetssystem i maj.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", 12, "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
             "Stickprov 25 utbetalningar", "Tertial", GREEN,
             "En felaktig utbetalning (dubbelutbetalning) upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
            ("Uteblivna intäkter", 6, "Avgifter för placeringar faktureras",
             "Avstämning mot placeringslista", "Halvår", GREY,
             "Ej aktuell 2025 – ansvaret har flyttats till Vård- och omsorgsnämnden.", "UTGAR", ""),
        ]),
        ("Dokumentation och informationssäkerhet", [
            ("Bristande dokumentation", 8, "Journalanteckningar görs inom föreskriven tid",
             "Stickprov 15 akter", "Helår", None, None, "SAKNAS", ""),
            ("Obehörig åtkomst", 8, "Loggkontroll i verksamhetssystemet",
             "Slumpvis loggkontroll", "Tertial", GREEN, None, "GENOMFORD", ""),
            ("Sekretessbrott", 6, "Kontroll att sekretessförbindelser finns för all personal",
             "Genomgång personalakter", "Helår", None,
             "Genomförd i juni. Samtliga 64 anställda har undertecknad förbindelse, inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = r0 + 1
    for pname, rows in blocks:
        start = r
        for row in rows:
            ws.cell(row=r, column=2, value=row[0])
            ws.cell(row=r, column=3, value=row[1])
            ws.cell(row=r, column=4, value=row[2])
            ws.cell(row=r, column=5, value=row[3])
            ws.cell(row=r, column=6, value=row[4])
            if row[5]:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=row[5])
            ws.cell(row=r, column=8, value=row[6])
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            exp(fil, N, row[2], row[7], row[8])
            r += 1
        ws.cell(row=start, column=1, value=pname).alignment = Alignment(vertical="center", wrap_text=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Summering: 4 av 8 kontroller genomförda, 1 pågår, 1 ej genomförd, 1 utgår.")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [22, 24, 10, 48, 26, 10, 10, 60, 4, 26]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialnämnden – Kallinge kommun"
    fix_props_xlsx(wb, "Maria Åberg")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export - two nämnder, one row per control and period
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_IK_export_20250915.csv"
    VON, OFN = "Vård- och omsorgsnämnden", "Överförmyndarnämnden"
    lines = [
        ["Rapport: Internkontroll – uppföljning kontrollmoment"],
        ["Utskriven: 2025-09-15 10:42 av Johan Ek"],
        ["Urval: Vård- och omsorgsförvaltningen; Överförmyndarenheten; År 2025"],
        [],
        ["Enhet", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Period", "Status", "Kommentar"],
    ]
    org_v, org_o = "Vård- och omsorgsförvaltningen", "Överförmyndarenheten"
    data = [
        # (org, område, km, metod, ansvarig, [(period, status, kommentar)], exp status, avv, namnd)
        (org_v, "Hälso- och sjukvård", "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Uttag ur Lifecare", "Enhetschefer",
         [("T1 2025", "Pågående", "Uttag gjort för januari–mars."),
          ("Delår 2025", "Klar", "92 % upprättade inom tid. Avvikelse rapporterad till MAS.")],
         "GENOMFORD", "ja", VON),
        (org_v, "Hälso- och sjukvård", "Kontroll av läkemedelshantering enligt rutin",
         "Egenkontroll läkemedelsförråd", "MAS",
         [("T1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Pågående", "4 av 9 enheter kontrollerade.")],
         "DELVIS", "", VON),
        (org_v, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller",
         [("Delår 2025", "Klar", "Inga avvikelser.")],
         "GENOMFORD", "nej", VON),
        (org_v, "Ekonomi", "Kontroll av hyresavtal för särskilt boende",
         "Genomgång av avtal", "Förvaltningsekonom",
         [("T1 2025", "Ej aktuell", "Avbruten genom beslut VON 2025-02-20 § 12.")],
         "UTGAR", "", VON),
        (org_v, "Ekonomi", "Debitering av hemtjänstavgifter mot utförd tid",
         "Stickprov 30 brukare", "Avgiftshandläggare",
         [("T1 2025", "Klar", "Kontrollen genomförd för helåret, inga avvikelser."),
          ("Delår 2025", "", "")],
         "GENOMFORD", "nej", VON),
        (org_v, "Delegering", "Kontroll av delegeringar för HSL-insatser",
         "Genomgång av delegeringsregister", "MAS",
         [("Delår 2025", "Ej påbörjad", "Planeras till november.")],
         "EJ_GENOMFORD", "", VON),
        (org_o, "Tillsyn", "Granskning av årsräkningar inom föreskriven tid",
         "Uttag ur Wärna", "Handläggare",
         [("T1 2025", "Pågående", "Granskning pågår."),
          ("Delår 2025", "Pågående", "78 % av årsräkningarna granskade per 31 augusti.")],
         "DELVIS", "", OFN),
        (org_o, "Tillsyn", "Kontroll att ställföreträdare har aktuella registerutdrag",
         "Genomgång av akter", "Enhetschef",
         [("Delår 2025", "Klar", "2 ställföreträdare saknade aktuellt utdrag, har kompletterats.")],
         "GENOMFORD", "ja", OFN),
        (org_o, "Tillsyn", "Kontroll av uttagsmedgivanden mot beslut",
         "Stickprov 10 ärenden", "Handläggare",
         [("Delår 2025", "", "")],
         "SAKNAS", "", OFN),
    ]
    for org, omr, km, met, ans, per, st, avv, nm in data:
        for p, s, k in per:
            lines.append([org, omr, km, met, ans, p, s, k])
        exp(fil, nm, km, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - ODS, symbols with legend under table, 2024 + T1 + delår side by side
# ---------------------------------------------------------------------------
def build_tn():
    fil = "TN delår 2025 IK.ods"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Helår 2024", "T1 2025", "Delår 2025",
           "Kommentar delår"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    D, H, O, X = "●", "◐", "○", "✕"
    rows = [
        (1, "Fordon", "Körjournaler för kommunens fordon förs och kontrolleras", "Fordonssamordnare",
         D, H, D, "Samtliga 34 fordon kontrollerade, 2 körjournaler ofullständiga.", "GENOMFORD", "ja"),
        (2, "Inköp", "Kontroll av avtalstrohet vid inköp av entreprenadtjänster", "Controller",
         H, O, H, "Analys av leverantörsreskontran pågår.", "DELVIS", ""),
        (3, "VA", "Kontroll av VA-debitering mot mätarställning", "VA-chef",
         D, D, None, None, "GENOMFORD", ""),
        (4, "Fastighet", "Uppföljning av felanmälningar i fastighetssystemet", "Fastighetschef",
         None, O, O, "Systembyte under hösten, kontrollen skjuts till 2026.", "EJ_GENOMFORD", ""),
        (5, "Investeringar", "Investeringsprojekt över 5 mnkr följs upp mot beslutad budget", "Projektchef",
         D, H, D, "Inga avvikelser.", "GENOMFORD", "nej"),
        (6, "Gata/park", "Kontroll av vinterväghållningsentreprenörens fakturor mot körrapporter",
         "Gatuchef", D, X, X, "Utgår – vinterväghållningen sköts i egen regi fr.o.m. 2025.", "UTGAR", ""),
        (7, "Kost", "Livsmedelsinköp sker från upphandlat avtal", "Kostchef",
         D, D, O, "Delårets stickprov har inte utförts.", "EJ_GENOMFORD", ""),
        (8, "Arbetsmiljö", "Skyddsronder genomförs enligt plan", "Förvaltningschef",
         D, None, None, None, "SAKNAS", ""),
    ]
    r = r0 + 1
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (1, 5, 6, 7) else None)
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring:").font = Font(bold=True)
    ws.cell(row=r, column=3, value="● Genomförd   ◐ Påbörjad/delvis genomförd   ○ Ej påbörjad   ✕ Utgår")
    ws.cell(row=r + 2, column=2, value="Sammanställt 2025-09-05, Erik Sandell")
    for col, w in zip("ABCDEFGH", [5, 16, 50, 18, 11, 10, 11, 55]):
        ws.column_dimensions[col].width = w
    fix_props_xlsx(wb, "Erik Sandell")
    tmpd = tempfile.mkdtemp(prefix="r375src_")
    src = os.path.join(tmpd, "TN delår 2025 IK.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - legacy .doc, prose only, no table
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "Kultur och fritid - uppföljning intern kontroll augusti 2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, period januari–augusti")
    d.add_paragraph(
        "Nedan redovisas resultatet av de kontroller som ingår i nämndens internkontrollplan för 2025. "
        "Planen omfattar sex kontrollmoment. Uppföljningen har sammanställts av förvaltningens controller "
        "tillsammans med berörda enhetschefer.")
    items = [
        ("1. Bidrag till föreningar",
         "Kontroll att föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Kontrollen är genomförd. 12 ansökningar har granskats. I ett fall saknades revisionsberättelse och "
         "utbetalningen har stoppats i avvaktan på komplettering.", "GENOMFORD", "ja"),
        ("2. Kassahantering",
         "Kontanthantering i simhallen och på biblioteket sker enligt rutin",
         "Kassainventering har gjorts i simhallen utan anmärkning. Biblioteket återstår och inventeras i september.",
         "DELVIS", "nej"),
        ("3. Uthyrning av lokaler",
         "Uthyrning av lokaler debiteras enligt beslutad taxa",
         "Se bilaga 2.", "OKLAR", ""),
        ("4. Inventarier",
         "Inventering av stöldbegärliga inventarier (AV-utrustning)",
         "Utgår enligt beslut KFN 2025-03-12 § 18. Ersätts av ny inventarieförteckning 2026.", "UTGAR", ""),
        ("5. Avtal",
         "Kontroll att avtal med externa arrangörer registreras i avtalsdatabasen",
         "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ("6. Personal",
         "Kontroll av timanställdas tidrapportering mot schema",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
    ]
    for head, km, res, st, avv in items:
        d.add_heading(head, level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Kallinge 2025-09-10")
    d.add_paragraph("Per Holm\nFörvaltningschef, Kultur- och fritidsförvaltningen")
    fix_props_docx(d, "Per Holm")
    tmpd = tempfile.mkdtemp(prefix="r375src_")
    src = os.path.join(tmpd, "Kultur och fritid - uppföljning intern kontroll augusti 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden - legacy .xls with tick columns
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "MBN_IKP2025_uppf.xls"
    N = "Miljö- och byggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz center, vert top")
    ws.write(0, 0, "Miljö- och byggnadsnämnden", title)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning per 31 augusti")
    ws.write(2, 0, "Markera med X i den kolumn som gäller.")
    hdr = ["Kontrollmoment", "Riskvärde (1–16)", "Planerad kontroll (månad)", "Genomförd", "Delvis",
           "Ej genomförd", "Kommentar"]
    r0 = 4
    for c, h in enumerate(hdr):
        ws.write(r0, c, h, hst)
    rows = [
        ("Handläggningstid för bygglov följer tidsfristerna i plan- och bygglagen", 12, "mars, aug",
         "X", "", "", "3 av 45 ärenden över tidsfrist, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
        ("Tillsynsavgifter debiteras enligt beslutad taxa", 9, "maj",
         "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", 6, "löpande",
         "", "X", "", "Beslut januari–maj anmälda. Juni–augusti anmäls i september.", "DELVIS", ""),
        ("Kontroll av jäv vid handläggning av tillsynsärenden", 8, "okt",
         "", "", "X", "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Registrering av inkomna ärenden inom två arbetsdagar", 4, "april",
         "X", "X", "", "Stickprov 20 ärenden.", "OKLAR", ""),
        ("Förelägganden delges på korrekt sätt", 6, "juni",
         "", "", "", "", "SAKNAS", ""),
        ("Kontroll att OVK-protokoll följs upp", 4, "–",
         "", "", "", "Utgår, ej aktuell i år.", "UTGAR", ""),
    ]
    r = r0 + 1
    for row in rows:
        ws.write(r, 0, row[0], cst)
        ws.write(r, 1, row[1], ctr)
        ws.write(r, 2, row[2], cst)
        for c in (3, 4, 5):
            ws.write(r, c, row[c], ctr)
        ws.write(r, 6, row[6], cst)
        exp(fil, N, row[0], row[7], row[8])
        r += 1
    r += 1
    ws.write(r, 0, "Godkänd av förvaltningschef: Karin Nord 2025-09-03", bold)
    for c, w in enumerate([55, 10, 14, 11, 9, 12, 55]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialnämnden
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv SN delårsrapport 2025.docx"
    d = docx.Document()
    d.add_paragraph("Kallinge kommun\nSocialförvaltningen")
    d.add_paragraph("Datum: 2025-09-12\nDnr SN 2025/214")
    d.add_heading("Missiv – Socialnämndens delårsrapport 2025", level=1)
    d.add_paragraph(
        "Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_paragraph(
        "Härmed översänds Socialnämndens delårsrapport per 31 augusti 2025 enligt anvisningarna för "
        "delårsbokslutet. Nämnden behandlar rapporten vid sammanträdet den 24 september.")
    d.add_paragraph(
        "Uppföljningen av internkontrollplanen 2025 redovisas i separat bilaga "
        "(Socialnämnden_IK_delår2025.xlsx). Av planens åtta kontrollmoment är fyra genomförda, "
        "ett pågår, ett är inte genomfört och ett utgår. En kontroll har ännu inte rapporterats.")
    d.add_paragraph(
        "Prognosen för helåret visar ett underskott om 6,4 mnkr, främst till följd av ökade kostnader "
        "för externa placeringar. Åtgärder redovisas i delårsrapportens avsnitt 4.")
    d.add_paragraph("Bilagor:\n1. Delårsrapport 2025 Socialnämnden\n2. Uppföljning intern kontroll delår 2025")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Åberg\nEkonomichef, Socialförvaltningen")
    fix_props_docx(d, "Maria Åberg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Kallinge Bostads AB", "KBAB|Kallingebostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)


def main():
    build_ks()
    build_bun()
    build_sn()
    build_stratsys()
    build_tn()
    build_kfn()
    build_mbn()
    build_missiv()
    write_csvs()
    for f in os.listdir(OUT):
        if f.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(OUT, f))


if __name__ == "__main__":
    main()
