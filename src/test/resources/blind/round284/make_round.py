#!/usr/bin/python3
"""Blind round 284 - theme: grids. Tjärnviks kommun, 2025.
Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO = "-env:UserInstallation=file:///tmp/lo-round284"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

MON = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
GREY = PatternFill("solid", fgColor="BFBFBF")
HEAD = PatternFill("solid", fgColor="DDEBF7")
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def to_format(src, fmt, final_name):
    """Convert src with LibreOffice into fmt, store as final_name in HERE."""
    tmp = tempfile.mkdtemp(prefix="r284_")
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    outs = os.listdir(tmp)
    assert len(outs) == 1, outs
    shutil.move(os.path.join(tmp, outs[0]), os.path.join(HERE, final_name))
    shutil.rmtree(tmp)
    if os.path.basename(os.path.dirname(src)).startswith("r284src_"):
        shutil.rmtree(os.path.dirname(src))


# ---------------------------------------------------------------------------
# File 1 - Kommunstyrelsen, delår, monthly grid with grey non-planned months, x/A/E codes, totals row
# ---------------------------------------------------------------------------
def file1():
    fil = "KS_IK-uppfoljning_2025_delar.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Tjärnviks kommun"
    ws["A1"].font = Font(bold=True, size=9)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Delårsrapport januari–augusti 2025. Markera i månadskolumnen varje gång kontrollen utförts."
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig"] + MON + ["Kommentar"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = CENTER if 7 <= c <= 18 else WRAP
    Q = [3, 6, 9, 12]
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 10 fakturor per månad", "Månadsvis", "Redovisningsansvarig",
         list(range(1, 13)), {m: "x" for m in range(1, 9)}, "",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Avstämning av balanskonton i samband med månadsbokslut",
         "Genomgång av avstämningsmallar", "Månadsvis (ej juli)", "Ekonomichef",
         [m for m in range(1, 13) if m != 7], {1: "x", 2: "x", 3: "x", 4: "x", 5: "A", 6: "x", 8: "x"},
         "Maj: differens på konto 2440 (leverantörsskulder) 12 400 kr, utredd och rättad i juni.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi", "Kontroll av att representation följer riktlinjer för representation",
         "Stickprov 5 verifikationer", "Kvartalsvis", "Controller",
         Q, {3: "x", 6: "E"}, "Kontrollen för kvartal 2 ej utförd på grund av vakans.",
         "DELVIS", "nej"),
        ("4", "Personal", "Kontroll att löneutbetalningar sker enligt beslut (nyanställda)",
         "Jämförelse anställningsavtal – lönespecifikation", "Månadsvis", "HR-specialist",
         list(range(1, 13)), {1: "x", 2: "x", 3: "x", 4: "x", 5: "E", 6: "E", 7: "x", 8: "x"},
         "Maj–juni ej utförd på grund av byte av lönesystem.",
         "DELVIS", "nej"),
        ("5", "Personal", "Uppföljning av att chefer genomfört medarbetarsamtal",
         "Enkät till chefer", "Halvårsvis", "HR-chef",
         [6, 12], {6: "A"}, "3 av 14 chefer har inte dokumenterat genomförda samtal.",
         "GENOMFORD", "ja"),
        ("6", "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Leverantörsanalys i inköpsanalysverktyg", "Tertialvis", "Upphandlingschef",
         [4, 8, 12], {4: "E", 8: "E"}, "Ej påbörjad – rapportverktyget är inte upphandlat ännu.",
         "EJ_GENOMFORD", ""),
        ("7", "IT/informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Systemutdrag jämförs med personalregister", "Halvårsvis (mars/sept)", "Systemförvaltare",
         [3, 9], {3: "x"}, "",
         "GENOMFORD", "nej"),
        ("8", "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom tre dagar",
         "Stickprov 20 ärenden", "Kvartalsvis", "Registrator",
         Q, {}, "",
         "SAKNAS", ""),
        ("9", "Säkerhet", "Kontroll av att krisledningsplanen är uppdaterad",
         "Genomgång av planen", "Årligen (okt)", "Säkerhetssamordnare",
         [10], {}, "Utgår 2025 enligt KS beslut 2025-03-12 § 45 (ny plan tas fram).",
         "UTGAR", ""),
        ("10", "Ekonomi", "Kontroll av kontantkassor (kassainventering)",
         "Oanmäld kassainventering", "Kvartalsvis", "Redovisningsansvarig",
         Q, {3: "x", 6: "x"}, "",
         "GENOMFORD", "nej"),
    ]
    r = r0 + 1
    counts = [0] * 12
    for (nr, proc, km, metod, frek, ansv, planned, marks, kom, st, av) in rows:
        vals = [nr, proc, km, metod, frek, ansv]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        for m in range(1, 13):
            cell = ws.cell(r, 6 + m, marks.get(m))
            cell.alignment = CENTER
            cell.border = BOX
            if m not in planned:
                cell.fill = GREY
            if marks.get(m) in ("x", "A"):
                counts[m - 1] += 1
        cell = ws.cell(r, 19, kom)
        cell.alignment = WRAP
        cell.border = BOX
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(r, 3, "Antal utförda kontroller").font = Font(bold=True)
    for m in range(1, 13):
        if m <= 8:
            ws.cell(r, 6 + m, counts[m - 1]).alignment = CENTER
    r += 2
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "x = kontrollen utförd, ingen avvikelse")
    ws.cell(r + 2, 1, "A = kontrollen utförd, avvikelse noterad (se kommentar)")
    ws.cell(r + 3, 1, "E = kontrollen ej utförd")
    ws.cell(r + 4, 1, "Grå ruta = ingen kontroll planerad den månaden")
    ws.cell(r + 4, 1).fill = GREY
    ws.cell(r + 6, 1, "Sammanställt av: Kerstin Wallin, kommunledningskontoret, 2025-09-10")
    widths = {1: 5, 2: 16, 3: 42, 4: 26, 5: 14, 6: 18, 19: 50}
    for c in range(1, 20):
        ws.column_dimensions[get_column_letter(c)].width = widths.get(c, 5)
    ws.freeze_panes = "G6"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2 - BUN, T2, one column per unit (tick ✓ / – n.a.), status column, group headings
# ---------------------------------------------------------------------------
def file2():
    fil = "BUN uppföljning IK T2 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    units = ["Ekbackeskolan", "Norrskolan", "Tallåsens skola", "Solrosens förskola", "Bäckens förskola"]
    ncol = 3 + len(units) + 2
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "Barn- och utbildningsförvaltningen – Intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti). Bocka i (✓) för varje enhet där kontrollen har gjorts."
    ws["A3"] = "✓ = kontrollerad   – = ej tillämplig för enheten"
    ws["A3"].font = Font(italic=True)
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig"] + units + ["Status T2", "Kommentar"]
    r0 = 5
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=3 + len(units))
    ws.cell(4, 4, "Kontrollerade enheter").alignment = CENTER
    ws.cell(4, 4).font = Font(bold=True)
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center",
                                   text_rotation=90 if 4 <= c <= 3 + len(units) else 0)
    ws.row_dimensions[r0].height = 95
    T = "✓"
    D = "–"
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen (stickprov 5 per enhet)", "Controller",
             [T, T, T, T, T], "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att barnomsorgsavgifter debiteras enligt beslutad taxa", "Avgiftshandläggare",
             [D, D, D, T, T], "", "", "GENOMFORD", ""),
            ("Inventering av elevdatorer mot inventarieförteckning", "IT-samordnare",
             [T, T, "", D, D], "Pågår", "Tallåsens skola klar i september.", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Kontroll av att utdrag ur belastningsregistret finns för nyanställda", "HR-konsult",
             [T, T, T, T, T], "Genomförd med avvikelse",
             "Två utdrag saknades vid Norrskolan, har kompletterats.", "GENOMFORD", "ja"),
            ("Registrering av frånvaro i Personec sker inom fem dagar", "HR-konsult",
             ["", "", "", "", ""], "Ej genomförd", "Skjuts till T3 på grund av resursbrist.", "EJ_GENOMFORD", ""),
            ("Uppföljning av systematiskt arbetsmiljöarbete (skyddsronder genomförda)", "Rektor/förskolechef",
             [T, "", T, "", T], "", "", "DELVIS", ""),
        ]),
        ("Elevärenden", [
            ("Anmälan av kränkande behandling till huvudman sker inom angiven tid", "Kvalitetsstrateg",
             [T, T, T, T, T], "Ej genomförd", "", "OKLAR", ""),
            ("Kontroll av att beslut om särskilt stöd (åtgärdsprogram) är dokumenterade", "Elevhälsochef",
             [T, T, T, D, D], "Genomförd",
             "Brister i dokumentationen på Tallåsens skola, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
            ("Skolskjuts – kontroll av att beviljade skolskjutsar följer riktlinjerna", "Skolskjutssamordnare",
             [D, D, D, D, D], "Utgår", "Flyttad till tekniska nämnden från 2025.", "UTGAR", ""),
            ("Hantering av ansökningar om ledighet för elever enligt rutin", "Rektor",
             ["", "", "", D, D], "", "", "SAKNAS", ""),
        ]),
    ]
    r = r0 + 1
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (km, ansv, ticks, st_txt, kom, st, av) in rows:
            vals = ["", km, ansv] + ticks + [st_txt, kom]
            ws.cell(r, 1, gname)
            for c, v in enumerate(vals, 1):
                if c == 1:
                    continue
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border = BOX
                cell.alignment = CENTER if 4 <= c <= 3 + len(units) else WRAP
            exp(fil, N, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av förvaltningschef Anders Lind 2025-09-04")
    for c, w in zip(range(1, ncol + 1), [13, 48, 20, 5, 5, 5, 5, 5, 22, 44]):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.oddHeader.center.text = "BUN – intern kontroll"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 3 - Socialnämnden, helår, quarterly grid with traffic-light fills only (ods)
# ---------------------------------------------------------------------------
def file3():
    fil = "Socialnämnden_IK_helår_2025.ods"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Socialnämnden – Uppföljning internkontrollplan 2025, helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Färgförklaring"
    ws["A3"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd utan avvikelse"), (YELLOW, "Genomförd med avvikelse"),
           (RED, "Ej genomförd"), (GREY, "Ingen kontroll planerad detta kvartal")]
    for i, (f, t) in enumerate(leg):
        ws.cell(4 + i, 1).fill = f
        ws.cell(4 + i, 2, t)
    r0 = 9
    ws.merge_cells(start_row=r0, start_column=5, end_row=r0, end_column=8)
    ws.cell(r0, 5, "Kvartal 2025").alignment = CENTER
    hdr = ["Process", "Risk", "Kontrollmoment", "Frekvens", "Q1", "Q2", "Q3", "Q4",
           "Samlad bedömning", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0 + 1, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = WRAP
    for c in range(5, 9):
        ws.cell(r0, c).font = Font(bold=True)
        ws.cell(r0, c).fill = HEAD
    G, Y, R, X, W = "G", "Y", "R", "X", "W"  # X = grey (not planned), W = white (nothing)
    FILL = {G: GREEN, Y: YELLOW, R: RED, X: GREY, W: None}
    rows = [
        ("Myndighetsutövning IFO", "Barn riskerar att inte få skydd i tid",
         "Utredningar inom barn och unga avslutas inom fyra månader", "Kvartalsvis",
         [G, G, G, G], "Genomförd", "", "GENOMFORD", "nej"),
        ("Myndighetsutövning IFO", "Beslut fattas utan delegation",
         "Beslut om bistånd enligt SoL är delegationsenligt fattade", "Kvartalsvis",
         [G, Y, G, G], "", "Q2: två beslut fattade utan delegation, återrapporterat till nämnden i juni.",
         "GENOMFORD", "ja"),
        ("Äldreomsorg", "Insatser utförs inte enligt beslut",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar (hemtjänst)", "Halvårsvis",
         [X, G, X, R], "Delvis", "Kontrollen för andra halvåret hann inte genomföras.", "DELVIS", "nej"),
        ("Hälso- och sjukvård", "Läkemedelsavvikelser fångas inte upp",
         "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet", "Kvartalsvis",
         [R, R, R, R], "Ej genomförd", "Ingen MAS i tjänst under året.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Felaktiga avgifter",
         "Avgifter inom äldreomsorgen debiteras korrekt", "Årligen",
         [X, X, Y, X], "", "Felaktig avgift för 4 brukare, rättad och återbetald.", "GENOMFORD", "ja"),
        ("Äldreomsorg", "Brukares pengar hanteras felaktigt",
         "Hantering av privata medel för brukare på särskilt boende", "Kvartalsvis",
         [G, G, W, W], "", "", "DELVIS", "nej"),
        ("Ekonomiskt bistånd", "Dubbla utbetalningar",
         "Kontroll av att ekonomiskt bistånd inte betalas ut dubbelt (stickprov)", "Kvartalsvis",
         [W, W, W, W], "Utgår",
         "Ersatt av automatisk kontroll i verksamhetssystemet, beslut SN 2025-04-22 § 61.", "UTGAR", ""),
        ("Upphandlad verksamhet", "Externa utförare saknar tillstånd",
         "Uppföljning av att avtal med externa utförare (HVB) följs", "Halvårsvis",
         [X, G, X, Y], "Genomförd", "Q4: ett HVB saknade giltigt tillstånd från IVO, placering flyttad.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Sanktionsavgift från IVO",
         "Rapportering av ej verkställda beslut till IVO inom tidsgräns", "Kvartalsvis",
         [W, W, W, W], "", "Se bilaga 2", "OKLAR", ""),
        ("Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
         "Kontroll av loggar i journalsystemet (obehörig åtkomst)", "Kvartalsvis",
         [G, G, R, G], "", "Q3 ej utförd – semesterperiod.", "DELVIS", "nej"),
    ]
    r = r0 + 2
    for (proc, risk, km, frek, q, st_txt, kom, st, av) in rows:
        vals = [proc, risk, km, frek, None, None, None, None, st_txt or None, kom or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        for i, code in enumerate(q):
            if FILL[code] is not None:
                ws.cell(r, 5 + i).fill = FILL[code]
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(r + 1, 1, "Beslutad av socialnämnden 2026-01-28 § 7")
    for c, w in zip(range(1, 11), [20, 26, 44, 12, 6, 6, 6, 6, 16, 46]):
        ws.column_dimensions[get_column_letter(c)].width = w
    tmp = os.path.join(tempfile.mkdtemp(prefix="r284src_"), "sn.xlsx")
    wb.save(tmp)
    to_format(tmp, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4 - Tekniska nämnden, T1, CSV export with month codes (cp1252)
# ---------------------------------------------------------------------------
def file4():
    fil = "Tekniska_namnden_IK_T1_2025.csv"
    N = "Tekniska nämnden"
    hdr = ["Id", "Process", "Kontrollmoment", "Frekvens"] + MON + ["Status", "Kommentar"]
    def mrow(d):
        return [d.get(m, "") for m in range(1, 13)]
    rows = [
        ("TN-01", "Fastighet", "Kontroll av att lagstadgade besiktningar (hiss, OVK) genomförts enligt plan",
         "Månadsvis", {1: "G", 2: "G", 3: "G", 4: "G"}, "Genomförd", "", "GENOMFORD", "nej"),
        ("TN-02", "Gata/park", "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler",
         "Månadsvis nov–mars", {1: "G", 2: "GA", 3: "G"}, "",
         "Feb: dubbeldebitering av 2 plogpass, krediterat.", "GENOMFORD", "ja"),
        ("TN-03", "VA", "Provtagning av dricksvatten enligt kontrollprogram",
         "Månadsvis", {1: "G", 2: "G", 3: "EG", 4: "G"}, "Delvis",
         "Mars: provtagning missad vid Åsby vattenverk.", "DELVIS", "nej"),
        ("TN-04", "Fordon", "Körjournaler för kommunens fordon förs och attesteras",
         "Kvartalsvis", {3: "EG"}, "Ej genomförd", "", "EJ_GENOMFORD", ""),
        ("TN-05", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Tertialvis", {4: "P"}, "Pågår", "Stickprov: 6 av 15 granskade.", "DELVIS", ""),
        ("TN-06", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Månadsvis", {1: "G", 2: "G", 3: "G", 4: "G"}, "", "", "GENOMFORD", "nej"),
        ("TN-07", "Kost", "Livsmedelshantering – egenkontroll i tillagningskök",
         "Månadsvis", {}, "", "", "SAKNAS", ""),
        ("TN-08", "Fastighet", "Nyckel- och passerkortshantering – återlämning vid avslutad anställning",
         "Kvartalsvis", {3: "GA"}, "Genomförd med avvikelse", "3 kort ej återlämnade, har spärrats.",
         "GENOMFORD", "ja"),
        ("TN-09", "Renhållning", "Kundfakturering av avfallsavgifter stäms av mot abonnemangsregistret",
         "Kvartalsvis", {3: "G"}, "Genomförd", "", "GENOMFORD", "nej"),
    ]
    lines = [
        ["Internkontroll – uppföljning"],
        ["Organisation: Tekniska nämnden"],
        ["Period: Tertial 1 2025 (januari–april)"],
        ["Utskriven: 2025-05-12 av ULFSVE"],
        [],
        hdr,
    ]
    for (i, p, km, f, d, st_txt, kom, st, av) in rows:
        lines.append([i, p, km, f] + mrow(d) + [st_txt, kom])
        exp(fil, N, km, st, av)
    lines.append([])
    lines.append(["Teckenförklaring: G = Genomförd, GA = Genomförd med avvikelse, EG = Ej genomförd, P = Pågår. "
                  "Tom ruta = ingen registrering."])
    with open(fil, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 5 - Kultur- och fritidsnämnden, delår, docx table with quarter symbols
# ---------------------------------------------------------------------------
def file5():
    fil = "Kultur och fritid - kontrolltabell 2025.docx"
    N = "Kultur- och fritidsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Tjärnviks kommun – Kultur- och fritidsförvaltningen"
    doc.add_heading("Kultur- och fritidsnämnden", level=1)
    doc.add_heading("Uppföljning av intern kontroll per 31 augusti 2025", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 21 januari 2025. I tabellen nedan redovisas för varje "
        "kontrollmoment de kvartal då kontrollen ska genomföras och resultatet hittills under året. "
        "Kvartal 3 och 4 redovisas fullt ut i helårsuppföljningen.")
    hdr = ["Process", "Kontrollmoment", "Frekvens", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Kommentar"]
    F, H, O, S = "●", "◐", "○", "✕"
    rows = [
        ("Föreningsbidrag", "Utbetalda aktivitetsbidrag kontrolleras mot närvarolistor", "Kvartalsvis",
         [F, F, "", ""], "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Kontroll av att föreningar som fått driftbidrag lämnat årsredovisning",
         "Årligen (kv 2)", ["", H, "", ""], "18 av 24 föreningar har lämnat, påminnelse skickad.", "DELVIS", ""),
        ("Bibliotek", "Inventering av medieinköp mot beställningar och fakturor", "Halvårsvis (kv 2, kv 4)",
         ["", F, "", ""], "Genomförd i juni. En faktura saknade beställning.", "GENOMFORD", "ja"),
        ("Anläggningar", "Bokningar och uthyrning av idrottshallar faktureras enligt taxa", "Kvartalsvis",
         [F, O, "", ""], "Kv 2 ej utförd – nytt bokningssystem infört i maj.", "DELVIS", ""),
        ("Kassahantering", "Kontanthantering i entrékassor (simhall, museum) – kassaavstämning", "Kvartalsvis",
         [F, F, "", ""], "Differens 350 kr i museets kassa kv 1, utredd.", "GENOMFORD", "ja"),
        ("Personal", "Timanställdas tidrapporter attesteras av närmaste chef", "Kvartalsvis",
         [O, O, "", ""], "Ej påbörjad.", "EJ_GENOMFORD", ""),
        ("Kulturskola", "Avgifter för kulturskolan debiteras samtliga inskrivna elever", "Årligen (kv 3)",
         ["", "", F, ""], "Utförd i augusti inför terminsstart, inga fel.", "GENOMFORD", "nej"),
        ("Allmänkultur", "Konstinventering – kommunens konstsamling", "Årligen (kv 4)",
         ["", "", "", S], "Utgår enligt beslut KFN 2025-02-18 § 12.", "UTGAR", ""),
        ("Fritidsgårdar", "Kontroll av att drogpolicyn följs vid fritidsgårdarnas arrangemang",
         "Halvårsvis (kv 2, kv 4)", ["", "", "", ""], "", "SAKNAS", ""),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.cell(0, c).text = h
        for p in t.cell(0, c).paragraphs:
            for run in p.runs:
                run.font.bold = True
    for i, (proc, km, frek, q, kom, st, av) in enumerate(rows, 1):
        vals = [proc, km, frek] + q + [kom]
        for c, v in enumerate(vals):
            if c == 0 and i == 2:
                continue  # merged below
            t.cell(i, c).text = v
        exp(fil, N, km, st, av)
    a = t.cell(1, 0)
    a.merge(t.cell(2, 0))
    a.text = "Föreningsbidrag"
    widths = [Cm(3.2), Cm(7.5), Cm(3.2), Cm(1.2), Cm(1.2), Cm(1.2), Cm(1.2), Cm(7.0)]
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Teckenförklaring: ● Genomförd   ◐ Delvis genomförd   ○ Ej genomförd   ✕ Utgår. "
                      "Tom ruta = kontroll ej planerad för kvartalet eller ännu ej redovisad.")
    doc.add_paragraph("Tjärnvik 2025-09-15")
    doc.add_paragraph("Maria Ekholm, förvaltningschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6 - Miljö- och byggnämnden, T2, transposed grid (months down, controls across)
# ---------------------------------------------------------------------------
def file6():
    fil = "MBN_IK2025.xlsx"
    N = "Miljö- och byggnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Miljö- och bygg – kontrollschema intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 2 (t.o.m. augusti)"
    ws["A2"].font = Font(italic=True)
    controls = [
        ("Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan", "Månadsvis",
         "Bygglovschef", {m: "OK" for m in range(1, 9)}, "", "GENOMFORD", "nej"),
        ("Debitering av tillsynsavgifter enligt taxa (miljö och livsmedel)", "Månadsvis",
         "Administratör", {1: "OK", 2: "OK", 3: "Avv", 4: "OK", 5: "OK", 6: "OK", 7: "OK", 8: "OK"},
         "Mars: 3 fakturor med fel timtaxa, krediterade.", "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden", "Kvartalsvis", "Nämndsekreterare",
         {3: "OK", 6: "Ej"}, "Junianmälan försenad, anmäls i september.", "DELVIS", "nej"),
        ("Kontroll av att tillsynsplanen följs (genomförda inspektioner mot plan)", "Tertialvis",
         "Miljöchef", {4: "Ej", 8: "Ej"}, "Ej utförd pga personalbrist.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna ansökningar och anmälningar inom 2 arbetsdagar", "Månadsvis",
         "Registrator", {1: "OK", 2: "OK", 3: "OK", 4: "OK"}, "", "DELVIS", "nej"),
        ("Registerkontroll av adressregistret mot Lantmäteriets data", "Halvårsvis (jun, dec)",
         "GIS-ingenjör", {}, "Utgår – ansvaret överfört till kommunstyrelsen 2025-05-01.", "UTGAR", ""),
        ("Kontroll av jäv vid handläggning av ärenden", "Kvartalsvis", "Förvaltningschef",
         {3: "OK", 6: "OK"}, "", "GENOMFORD", "nej"),
    ]
    r0 = 4
    ws.cell(r0, 1, "Kontrollmoment →").font = Font(bold=True)
    ws.cell(r0 + 1, 1, "Frekvens").font = Font(bold=True)
    ws.cell(r0 + 2, 1, "Ansvarig").font = Font(bold=True)
    full = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
            "September", "Oktober", "November", "December"]
    for m, name in enumerate(full, 1):
        ws.cell(r0 + 2 + m, 1, name)
    rk = r0 + 2 + 12 + 1
    ws.cell(rk, 1, "Kommentar").font = Font(bold=True)
    for j, (km, frek, ansv, marks, kom, st, av) in enumerate(controls, 2):
        c = ws.cell(r0, j, km)
        c.alignment = WRAP
        c.font = Font(bold=True)
        c.fill = HEAD
        ws.cell(r0 + 1, j, frek)
        ws.cell(r0 + 2, j, ansv)
        for m in range(1, 13):
            cell = ws.cell(r0 + 2 + m, j, marks.get(m))
            cell.alignment = CENTER
            cell.border = BOX
        cc = ws.cell(rk, j, kom or None)
        cc.alignment = WRAP
        ws.column_dimensions[get_column_letter(j)].width = 24
        exp(fil, N, km, st, av)
    ws.column_dimensions["A"].width = 16
    ws.row_dimensions[r0].height = 75
    ws.row_dimensions[rk].height = 60
    ws.cell(rk + 2, 1, "OK = kontrollerat utan anmärkning, Avv = avvikelse (se kommentar), Ej = ej kontrollerat")
    ws.oddHeader.left.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# File 7 - ÖFN + GVN, helår, ods, monthly 0/1/2 codes with grey cells, status column, org group rows
# ---------------------------------------------------------------------------
def file7():
    fil = "Uppföljning IK 2025 ÖFN och GVN helår.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Nämndadministrationen – intern kontroll 2025, helårsuppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Kod i månadsrutan: 1 = kontroll utförd utan anmärkning, 2 = utförd med anmärkning, "
                "0 = ej utförd. Grått = ingen kontroll planerad.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens"] + [m[0] for m in MON] + ["Status helår", "Kommentar"]
    r0 = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = CENTER if 4 <= c <= 15 else WRAP
    Q = [3, 6, 9, 12]
    ALL = list(range(1, 13))
    orgs = [
        ("Överförmyndarnämnden", [
            ("Tillsyn", "Granskning av årsräkningar inom sex månader från inlämning", "Månadsvis",
             ALL, {m: 1 for m in ALL}, "Genomförd", "", "GENOMFORD", "nej"),
            ("Tillsyn", "Kontroll av att ställföreträdare har giltigt registerutdrag", "Kvartalsvis",
             Q, {3: 1, 6: 2, 9: 1, 12: 1}, "Genomförd med anmärkning",
             "Q2: en god man saknade aktuellt utdrag, inhämtat i juli.", "GENOMFORD", "ja"),
            ("Ekonomi", "Arvoden till gode män beräknas enligt nämndens riktlinjer", "Halvårsvis",
             [6, 12], {6: 1, 12: 0}, "", "", "DELVIS", "nej"),
            ("Tillsyn", "Förteckningar över huvudmans tillgångar inkommer inom två månader", "Kvartalsvis",
             Q, {3: 0, 6: 0, 9: 0, 12: 0}, "Ej genomförd", "Prioriterades bort under ärendetopp.",
             "EJ_GENOMFORD", ""),
            ("Ekonomi", "Spärrade bankkonton kontrolleras vid uttag", "Tertialvis",
             [4, 8, 12], {}, "", "", "SAKNAS", ""),
        ]),
        ("Gymnasie- och vuxenutbildningsnämnden", [
            ("Vuxenutbildning", "Kontroll av att CSN-rapportering av studerande på Komvux sker korrekt",
             "Månadsvis (ej juli)", [m for m in ALL if m != 7], {m: 1 for m in ALL if m != 7},
             "Genomförd", "", "GENOMFORD", "nej"),
            ("Ekonomi", "Interkommunala ersättningar faktureras enligt riksprislistan", "Kvartalsvis",
             Q, {3: 1, 6: 1, 9: 1, 12: 0}, "Delvis", "Q4 ej hunnen före bokslut.", "DELVIS", "nej"),
            ("Gymnasieskola", "Betygsdokumentation i gymnasieskolan arkiveras enligt dokumenthanteringsplan",
             "Årligen (juni)", [6], {6: 2}, "", "Två betygskataloger saknade underskrift.", "GENOMFORD", "ja"),
            ("Gymnasieskola", "Kontroll av att lärlingsersättning betalas ut enligt avtal", "Halvårsvis",
             [], {}, "Ej aktuell", "Ingen lärlingsutbildning 2025.", "UTGAR", ""),
            ("Elevstöd", "Resebidrag och elevresor beviljas enligt riktlinjer", "Kvartalsvis",
             Q, {3: 1, 6: 1, 9: 1, 12: 2}, "",
             "Q4: 2 elever fick resebidrag trots att avståndskravet inte var uppfyllt.", "GENOMFORD", "ja"),
        ]),
    ]
    r = r0 + 1
    for org, rows in orgs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(r, 1, org).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
        r += 1
        for (omr, km, frek, planned, marks, st_txt, kom, st, av) in rows:
            vals = [omr, km, frek]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            for m in range(1, 13):
                cell = ws.cell(r, 3 + m, marks.get(m))
                cell.alignment = CENTER
                cell.border = BOX
                if m not in planned:
                    cell.fill = GREY
            ws.cell(r, 16, st_txt or None).border = BOX
            ws.cell(r, 17, kom or None).alignment = WRAP
            exp(fil, org, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Underlag till överförmyndarnämnden 2026-02-05 och gymnasie- och vuxenutbildningsnämnden 2026-02-12")
    for c, w in zip(range(1, 18), [16, 46, 16] + [3.5] * 12 + [20, 44]):
        ws.column_dimensions[get_column_letter(c)].width = w
    tmp = os.path.join(tempfile.mkdtemp(prefix="r284src_"), "ofn.xlsx")
    wb.save(tmp)
    to_format(tmp, "ods", fil)
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Gymnasie- och vuxenutbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# Reject - a vacation schedule grid (no follow-up)
# ---------------------------------------------------------------------------
def reject():
    fil = "Semesterschema_ekonomiavdelningen_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Sommar 2025"
    ws["A1"] = "Semesterschema sommaren 2025 – Ekonomiavdelningen, kommunledningskontoret"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera S = semester, K = komp, T = tjänstgöring. Minst två personer i tjänst på redovisning varje vecka."
    weeks = list(range(25, 35))
    ws.cell(4, 1, "Namn").font = Font(bold=True)
    ws.cell(4, 2, "Funktion").font = Font(bold=True)
    for j, w in enumerate(weeks, 3):
        ws.cell(4, j, f"v.{w}").font = Font(bold=True)
    people = [
        ("Kerstin Wallin", "Redovisningsansvarig", "TTSSSSTTTT"),
        ("Johan Berg", "Controller", "TTTTSSSSKT"),
        ("Amira Haddad", "Ekonomiassistent", "SSSTTTTSST"),
        ("Per Olofsson", "Lönehandläggare", "TTSSSSSTTT"),
        ("Lena Sundqvist", "Ekonomichef", "TTTSSSSKTT"),
        ("Fredrik Holm", "Upphandlare", "TKSSSSTTTT"),
    ]
    for i, (n, f, s) in enumerate(people, 5):
        ws.cell(i, 1, n)
        ws.cell(i, 2, f)
        for j, ch in enumerate(s, 3):
            c = ws.cell(i, j, ch)
            c.alignment = CENTER
            if ch == "S":
                c.fill = PatternFill("solid", fgColor="C6E0B4")
    ws.cell(12, 1, "Antal i tjänst").font = Font(bold=True)
    for j in range(len(weeks)):
        ws.cell(12, 3 + j, sum(1 for p in people if p[2][j] == "T"))
    ws.cell(14, 1, "Lämnas till ekonomichefen senast 31 mars.")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 22
    wb.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och bygg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Tjärnviksbostäder AB", "TBAB|Bostadsbolaget"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    names = {r[0] for r in reg}
    inl = {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inl, e
        assert e[1] in names, e


if __name__ == "__main__":
    file1(); file2(); file3(); file4(); file5(); file6(); file7(); reject()
    registers()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
