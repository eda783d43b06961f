#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 14 - Lindvreta kommun (Östergötland), internkontroll 2025.

Builds the follow-up files plus namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3 from any directory.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r14-")
LO_PROFILE = "file:///tmp/lo-round14-profile"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
GVN = "Gymnasie- och vuxenutbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
AIN = "Arbetsmarknads- och integrationsnämnden"
SBN = "Samhällsbyggnadsnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (GVN, "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOF"),
    (VON, "VON|Vård- och omsorgsförvaltningen"),
    (AIN, "AIN|Arbetsmarknads- och integrationsförvaltningen"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (TN, "TN|Tekniska förvaltningen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (MHN, "MHN|Miljö- och hälsoskyddskontoret|Miljökontoret"),
    (OFN, "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),                 # sends nothing
    ("Krisledningsnämnden", ""),          # sends nothing
]

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# F1  Tekniska nämnden - xlsx, status column without heading, symbols + legend
#     nämnd only in print header and file name (TN), period in title row
# ---------------------------------------------------------------------------
def f1():
    fil = "IK_uppf_TN_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Lindvreta kommun"
    ws.oddHeader.center.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helårsrapport"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Rapporten avser perioden 1 januari – 31 december 2025."
    ws.merge_cells("A2:G2")
    head = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", None, "Kommentar / iakttagelser"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFD9E1F2")
        cell.border = BOX
    rows = [
        ("G", "Ekonomi"),
        ("C", "1.1", "Attest", "Attest av leverantörsfakturor inom gata/park sker enligt attestreglementet",
         "Stickprov 20 fakturor per halvår", "Controller", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "1.2", "Inköp", "Kontroll att inköp av fordon och maskiner följer gällande ramavtal",
         "Genomgång av samtliga inköp > 50 tkr", "Enhetschef fordon", "✔",
         "Två inköp av släpvagnar gjordes utanför avtal. Påtalat för enhetschef.", "GENOMFORD", "ja"),
        ("C", "1.3", "Intäkter", "Fakturering av VA-anslutningsavgifter sker i rätt tid och med rätt belopp",
         "Avstämning mot beviljade anslutningar", "VA-ekonom", "◐",
         "Första halvåret granskat, andra halvåret pågår.", "DELVIS", "nej"),
        ("G", "Drift och underhåll"),
        ("C", "2.1", "Lekplatser", "Egenkontroll av lekplatsers säkerhet enligt SS-EN 1176 dokumenteras",
         "Genomgång av besiktningsprotokoll", "Parkchef", "✖",
         "Ej genomförd p.g.a. vakans besiktningsman.", "EJ_GENOMFORD", "nej"),
        ("C", "2.2", "Felanmälan", "Kontroll av att felanmälningar i Infracontrol åtgärdas inom 14 dagar",
         "Uttag ur systemet, helår", "Driftchef", None,
         "Kontrollen är genomförd. 92 % åtgärdade inom 14 dagar, vilket uppfyller målet.", "GENOMFORD", "nej"),
        ("C", "2.3", "Vinterväghållning",
         "Rutin för vinterväghållning: utryckningstider enligt entreprenadavtal följs",
         "Jämförelse körjournal/väderdata", "Gatuchef", "⊘",
         "Kontrollen utgår enligt beslut TN 2025-05-14 § 41.", "UTGAR", "nej"),
        ("G", "Upphandling och avtal"),
        ("C", "3.1", "Avtalsuppföljning", "Avtalsuppföljning av entreprenör för sophämtning genomförs kvartalsvis",
         "Protokoll från uppföljningsmöten", "Avfallschef", None, "Se bilaga 2", "OKLAR", "nej"),
        ("C", "3.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Upphandlare", "✔",
         "3 av 10 saknade dokumentation. Åtgärd: utbildning för beställare i december.", "GENOMFORD", "ja"),
        ("C", "3.3", "Behörigheter", "Behörigheter i fastighetssystemet Vitec stäms av mot aktuell personal",
         "Utdrag behörighetslista", "Systemförvaltare", None, None, "SAKNAS", "nej"),
    ]
    r = 5
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFF2F2F2")
        else:
            vals = row[1:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).font = Font(size=14)
            exp(fil, TN, row[3], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring:").font = Font(bold=True)
    ws.cell(row=r, column=3, value="✔ = genomförd   ◐ = påbörjad/delvis   ✖ = ej genomförd   ⊘ = utgår")
    r += 2
    ws.cell(row=r, column=2, value="Sammanställd av: Tekniska förvaltningens stab, 2026-01-19")
    for col, w in zip("ABCDEFG", (6, 18, 52, 30, 18, 5, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Socialnämnden - docx, table with vertically merged process cells,
#     status = first word(s) of the result cell; nämnd only in page header
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def f2():
    fil = "IKP uppföljning delår 2025.docx"
    doc = Document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Socialnämnden\tLindvreta kommun\tDnr SN 2025/188"
    fp = sec.footer.paragraphs[0]
    fp.text = "Socialförvaltningen, Storgatan 12, 595 80 Lindvreta"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Delårsuppföljning januari–augusti")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Nedan redovisas resultatet av de "
        "kontroller som ska vara genomförda till delåret. Kontroller som inte är slutförda redovisas på nytt "
        "i helårsuppföljningen.")
    groups = [
        ("Myndighetsutövning IFO", [
            ("Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
             "Stickprov 20 beslut, mars och juni",
             "Genomförd. Stickprov av 20 beslut visade att samtliga fattats på rätt delegationsnivå.",
             "GENOMFORD", "nej"),
            ("Förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Uttag ur verksamhetssystemet Lifecare",
             "Genomförd. 11 av 86 förhandsbedömningar tog längre tid än 14 dagar. Åtgärdsplan är upprättad.",
             "GENOMFORD", "ja"),
            ("Uppföljning av placerade barns vårdplaner sker minst var sjätte månad",
             "Genomgång av samtliga placeringar",
             "Delvis genomförd. Granskning av familjehemsplaceringar klar, HVB-placeringar återstår till helår.",
             "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("Återsökning av statlig ersättning från Migrationsverket görs i rätt tid",
             "Avstämning ansökningar mot beslut",
             "Ej genomförd. Kontrollen skjuts till hösten på grund av personalbyte på ekonomienheten.",
             "EJ_GENOMFORD", "nej"),
            ("Hantering av klientmedel för personer med förvaltarskap sker enligt rutin",
             "Stickprov 5 akter",
             "Utgår. Kontrollmomentet har flyttats till överförmyndarnämndens internkontrollplan.",
             "UTGAR", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll av åtkomst till personakter i verksamhetssystemet",
             "Slumpvis logguttag per enhet",
             "Pågår. Loggar för två av fyra enheter har granskats, ingen otillbörlig åtkomst har upptäckts.",
             "DELVIS", "nej"),
            ("Sekretessbelagda handlingar skickas via säker e-post enligt rutin",
             "Enkät till handläggare",
             "Se bilaga 1.",
             "OKLAR", "nej"),
        ]),
        ("Funktionsstöd", [
            ("Beslut enligt LSS om personlig assistans verkställs inom tre månader",
             "Rapport ej verkställda beslut",
             "",
             "SAKNAS", "nej"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    table = doc.add_table(rows=n + 1, cols=4)
    table.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Metod och omfattning", "Resultat"]):
        set_cell(table.cell(0, c), h, bold=True)
    r = 1
    for proc, ctrls in groups:
        start = r
        for km, metod, res, st, avv in ctrls:
            set_cell(table.cell(r, 1), km)
            set_cell(table.cell(r, 2), metod)
            set_cell(table.cell(r, 3), res)
            exp(fil, SN, km, st, avv)
            r += 1
        if r - 1 > start:
            merged = table.cell(start, 0).merge(table.cell(r - 1, 0))
            set_cell(merged, proc, bold=True)
        else:
            set_cell(table.cell(start, 0), proc, bold=True)
    widths = (Cm(3.2), Cm(5.0), Cm(3.8), Cm(6.0))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Beslutad av socialnämnden 2025-09-24, § 112.")
    doc.add_paragraph("Anna Lindqvist, förvaltningschef")
    doc.core_properties.title = "Uppföljning internkontrollplan"
    doc.core_properties.author = "Socialförvaltningen"
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  System export, English headings, three förvaltningar, one row per
#     control and period (Delår/Helår); SBF has only Delår rows
# ---------------------------------------------------------------------------
def f3():
    fil = "Stratsys_export_internal_control_2025.csv"
    BUF = "Barn- och utbildningsförvaltningen"
    KFF = "Kultur- och fritidsförvaltningen"
    SBF = "Samhällsbyggnadsförvaltningen"
    # org, process, control, method, [(period, status, deviation, comment)], exp status, exp avv, nämnd
    data = [
        (BUF, "Elevhälsa", "Skolpliktsbevakning: elever med hög frånvaro anmäls till huvudman",
         "Uttag frånvarostatistik per skola",
         [("Delår 2025", "In progress", "No", "Two schools remaining"),
          ("Helår 2025", "Completed", "No", "")], "GENOMFORD", "nej", BUN),
        (BUF, "Ekonomi", "Kontroll av att modersmålsundervisning faktureras korrekt mellan kommuner",
         "Avstämning fakturor mot elevlistor",
         [("Delår 2025", "Not started", "", ""),
          ("Helår 2025", "In progress", "No", "Halva läsåret kontrollerat, vt 2025 återstår")], "DELVIS", "nej", BUN),
        (BUF, "Personal", "Registerutdrag från belastningsregistret uppvisas vid nyanställning",
         "Stickprov 25 anställningar",
         [("Delår 2025", "Completed", "Yes", "2 av 25 anställningar saknade registerutdrag, kompletterat"),
          ("Helår 2025", "", "", "")], "GENOMFORD", "ja", BUN),
        (BUF, "Trygghet", "Kränkningsanmälningar från förskolor rapporteras till huvudman samma vecka",
         "Jämförelse datum händelse/anmälan",
         [("Delår 2025", "Completed", "No", ""),
          ("Helår 2025", "Completed", "Yes", "Fyra anmälningar rapporterades mer än en vecka för sent")],
         "GENOMFORD", "ja", BUN),
        (BUF, "Skolskjuts", "Skolskjutsbeslut fattas enligt gällande delegationsordning",
         "Stickprov 15 beslut",
         [("Delår 2025", "Not applicable", "", "Control removed from plan by BUN 2025-03-18, § 22"),
          ("Helår 2025", "Not applicable", "", "")], "UTGAR", "nej", BUN),
        (KFF, "Bidrag", "Föreningsbidrag betalas ut enbart till föreningar med godkänd verksamhetsberättelse",
         "Genomgång av samtliga utbetalningar",
         [("Delår 2025", "In progress", "No", ""),
          ("Helår 2025", "Completed", "No", "Samtliga 64 utbetalningar kontrollerade, inga avvikelser")],
         "GENOMFORD", "nej", KFN),
        (KFF, "Kassahantering", "Kassahantering i simhallens reception stäms av dagligen mot kassasystem",
         "Stickprov dagskassor",
         [("Delår 2025", "Completed", "Yes", "Kassadifferens 1 200 kr i juni"),
          ("Helår 2025", "Completed", "Yes", "Differenser vid tre tillfällen, rutin skärpt")],
         "GENOMFORD", "ja", KFN),
        (KFF, "Intäkter", "Uthyrning av idrottshallar debiteras enligt taxa beslutad av fullmäktige",
         "Avstämning bokningssystem mot fakturor",
         [("Delår 2025", "Not started", "", ""),
          ("Helår 2025", "Not started", "No", "Ej hunnits med, flyttas till 2026")], "EJ_GENOMFORD", "nej", KFN),
        (KFF, "Tillgångar", "Inventering av konstsamlingen genomförs enligt inventarieförteckning",
         "Fysisk inventering",
         [("Delår 2025", "", "", ""),
          ("Helår 2025", "", "", "")], "SAKNAS", "nej", KFN),
        (SBF, "Bygglov", "Bygglov handläggs inom lagstadgad tid om tio veckor",
         "Uttag handläggningstider",
         [("Delår 2025", "Completed", "No", "")], "GENOMFORD", "nej", SBN),
        (SBF, "Avgifter", "Debitering av bygglovsavgifter stäms av mot beslutade ärenden",
         "Avstämning mot ekonomisystem",
         [("Delår 2025", "In progress", "No", "Jan-apr klart")], "DELVIS", "nej", SBN),
        (SBF, "Tillsyn", "Tillsyn av ovårdade tomter följs upp enligt tillsynsplanen",
         "Genomgång av tillsynsärenden",
         [("Delår 2025", "Not started", "", "Postponed to autumn, staff shortage")], "EJ_GENOMFORD", "nej", SBN),
    ]
    users = {BUF: "maria.ek", KFF: "johan.sandberg", SBF: "lena.holm"}
    lines = [["Organisation", "Process", "Control activity", "Control method", "Period", "Status",
              "Deviation", "Comment", "Updated by", "Last modified"]]
    day = 7
    for org, proc, km, metod, periods, st, avv, namnd in data:
        for per, s, d, com in periods:
            mod = "2025-09-%02d" % (day % 28 + 1) if per.startswith("Delår") else "2026-01-%02d" % (day % 20 + 1)
            lines.append([org, proc, km, metod, per, s, d, com, users[org] if s else "", mod if s else ""])
            day += 3
        exp(fil, namnd, km, st, avv)
    nrows = len(lines) - 1
    lines.append(["Rows exported: %d" % nrows, "", "", "", "", "", "", "", "", ""])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  Vård- och omsorgsnämnden - xlsx, status = share done (% / fractions)
# ---------------------------------------------------------------------------
def f4():
    fil = "Uppföljning internkontroll tertial 2.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontroll – uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"], ws["B2"] = "Nämnd:", "Vård- och omsorgsnämnden"
    ws["A3"], ws["B3"] = "År:", 2025
    ws["A4"], ws["B4"] = "Uppföljningsperiod:", "Tertial 2 (januari–augusti)"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    head = ["Kontrollområde", "Vad kontrolleras", "Hur", "Andel genomfört", "Iakttagelser", "Avvikelse (ja/nej)"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F4E78")
        cell.border = BOX
    rows = [
        ("Hälso- och sjukvård", "Läkemedelsgenomgångar genomförs för boende på särskilt boende",
         "Uttag journalsystem", 1.0, "Samtliga 112 boende har fått genomgång.", "Nej", "GENOMFORD", "nej"),
        (None, "Avvikelser enligt HSL registreras och analyseras i avvikelsesystemet",
         "Genomgång per boende", 0.6, "Analys gjord för 3 av 5 boenden.", "Nej", "DELVIS", "nej"),
        ("Hemtjänst", "Utförd tid i hemtjänsten jämförs med beviljad tid per brukare",
         "Rapport från planeringssystem", "3/4",
         "Tre av fyra hemtjänstgrupper kontrollerade. En grupp hade 18 % mer utförd än beviljad tid.", "Ja",
         "DELVIS", "ja"),
        (None, "Nyckelhantering i hemtjänsten kvitteras enligt rutin",
         "Stickprov nyckelskåp", 0.0, "Ej påbörjad.", None, "EJ_GENOMFORD", "nej"),
        ("Ekonomi", "Avgiftsbeslut för vård och omsorg omprövas vid ändrade inkomstuppgifter",
         "Stickprov 30 avgiftsbeslut", 1.0, "Tre beslut hade felaktig avgift och har rättats.", "Ja",
         "GENOMFORD", "ja"),
        (None, "Kontanthantering för boendes privata medel redovisas månadsvis",
         "Kontroll av kassaböcker", "4 av 4 boenden", "Inga brister.", "Nej", "GENOMFORD", "nej"),
        ("Personal", "Timanställda registreras i bemanningssystemet före första arbetspass",
         "Stickprov Time Care", None, None, None, "SAKNAS", "nej"),
        (None, "Introduktion av nyanställda undersköterskor dokumenteras i checklista",
         "Genomgång checklistor", "Ej aktuell", "Flyttad till 2026 års plan.", None, "UTGAR", "nej"),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if c == 4 and isinstance(v, float):
                cell.number_format = "0%"
        exp(fil, VON, row[1], row[6], row[7])
        r += 1
    ws.cell(row=r, column=3, value="Genomsnittlig andel genomfört").font = Font(bold=True)
    c = ws.cell(row=r, column=4, value=0.61)
    c.number_format = "0%"
    c.font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Andel genomfört anges i procent eller som antal kontrollerade enheter.")
    for col, w in zip("ABCDEF", (20, 55, 28, 16, 55, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  Kommunstyrelsen - xlsx with sheets "Delår 2025" and "Helår 2025";
#     nämnd via "Förvaltning: Kommunledningsförvaltningen"
# ---------------------------------------------------------------------------
def f5():
    fil = "KLF internkontroll 2025.xlsx"
    # id, process, km, (delår status, delår avv text), (helår status, helår avv text), åtgärd, exp st, exp avv
    ctrls = [
        (1, "Löner", "Löneutbetalningar: stickprov på att nyanställda registreras med rätt lön",
         ("Granskning påbörjad", ""), ("Granskning genomförd", "Inga avvikelser."), "", "GENOMFORD", "nej"),
        (2, "Attest", "Attestförteckningar är uppdaterade och överensstämmer med ekonomisystemet",
         ("Granskning genomförd", "Två attestanter som slutat fanns kvar i systemet.",
          "Rutin för avslut av behörighet vid anställningens upphörande."), ("", ""), "", "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalsdatabasen innehåller samtliga gällande ramavtal",
         ("Granskning ej genomförd", ""), ("Granskning ej genomförd", "Ej hunnits på grund av vakans som upphandlare."),
         "", "EJ_GENOMFORD", "nej"),
        (4, "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen sker löpande",
         ("Granskning genomförd", "Inga avvikelser."), ("Granskning genomförd", "Tre beslut anmäldes mer än två månader sent."),
         "Påminnelse till delegater inför varje sammanträde.", "GENOMFORD", "ja"),
        (5, "Förtroendekänsliga poster",
         "Kontroll av att representation och förtroendekänsliga poster har korrekt underlag",
         ("Granskning påbörjad", ""), ("Granskning påbörjad", "Stickprov för kvartal 4 återstår."), "",
         "DELVIS", "nej"),
        (6, "IT", "Användarbehörigheter i ekonomisystemet Raindance ses över två gånger per år",
         ("Granskning ej genomförd", ""), ("Utgår", "Ersatt av central IT-kontroll enligt KS beslut 2025-10-08 § 201."),
         "", "UTGAR", "nej"),
        (7, "Krisberedskap", "Kommunens krisledningsplan är uppdaterad och övad under året",
         ("", ""), ("", ""), "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    first = True
    for idx, label in ((3, "Delår 2025"), (4, "Helår 2025")):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = label
        ws["A1"] = "Uppföljning av internkontrollplan"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Förvaltning: Kommunledningsförvaltningen"
        ws["A3"] = "Period: " + label
        head = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status"]
        for c, h in enumerate(head, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="FFE2EFDA")
        r = 6
        for cid, proc, km, d, h, atg, st, avv in ctrls:
            per = d if label.startswith("Delår") else h
            per_atg = per[2] if len(per) > 2 else (atg if label.startswith("Helår") else "")
            vals = [cid, proc, km, per[1] or None, per_atg or None, per[0] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            r += 1
        ws.cell(row=r + 1, column=1, value="Statusvärden: Granskning genomförd / Granskning påbörjad / "
                                             "Granskning ej genomförd / Utgår")
        for col, w in zip("ABCDEF", (5, 22, 55, 45, 40, 24)):
            ws.column_dimensions[col].width = w
    for cid, proc, km, d, h, atg, st, avv in ctrls:
        exp(fil, KS, km, st, avv)
    wb.properties.title = "Internkontroll 2025"
    wb.properties.creator = "Ekonomiavdelningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Miljö- och hälsoskyddsnämnden - status only as fill colour + colour legend;
#     one control text runs over two physical rows
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "FF00B050", "FFFFC000", "FFFF0000", "FFBFBFBF"


def f6():
    fil = "MHN uppföljning IKP 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Miljö- och hälsoskyddsnämnden – uppföljning av intern kontroll 2025 (helår)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    head = ["Risk", "Kontrollaktivitet", "Frekvens", "Status", "Resultat/kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ("Felaktig debitering", "Tillsynsavgifter för livsmedelskontroll debiteras enligt fastställd taxa",
         "Halvår", GREEN, "Stickprov 15 ärenden, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("Bristande service", "Inspektionsrapporter skickas till verksamhetsutövaren inom tre veckor",
         "Kvartal", GREEN, "7 av 40 rapporter skickades för sent.", "GENOMFORD", "ja"),
        ("Ärenden tappas bort", "Klagomålsärenden om buller och lukt registreras i diariet samma dag",
         "Halvår", YELLOW, "Granskat januari–juni, andra halvåret återstår.", "DELVIS", "nej"),
        ("Jäv", "Jäv: inspektörer som handlägger ärenden hos närstående anmäler jäv",
         "Årligen", RED, "Kontrollen har inte genomförts.", "EJ_GENOMFORD", "nej"),
        ("Hälsorisker", "Provtagning av enskilda dricksvattenbrunnar följer provtagningsplanen",
         "Årligen", GREY, "Utgår ur planen enligt beslut MHN 2025-04-10 § 18.", "UTGAR", "nej"),
        ("Rättssäkerhet", "Handläggningstid för strandskyddsdispenser understiger åtta veckor",
         "Halvår", None, None, "SAKNAS", "nej"),
        ("Rättssäkerhet", "Delegationsbeslut inom miljöbalken redovisas till nämnden varje månad",
         "Månad", GREEN, None, "GENOMFORD", "nej"),
        ("Rättssäkerhet", ("Kontroll att sanktionsavgifter enligt miljöbalken",
                           "beslutas inom sex månader från överträdelsen"),
         "Årligen", YELLOW, "Genomgång av 2025 års ärenden pågår.", "DELVIS", "nej"),
    ]
    r = 4
    for risk, km, frek, color, com, st, avv in rows:
        two = isinstance(km, tuple)
        vals = [risk, km[0] if two else km, frek, None, com]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if color:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=color)
        if two:
            r += 1
            ws.cell(row=r, column=2, value=km[1]).alignment = WRAP
            for c in range(1, 6):
                ws.cell(row=r, column=c).border = BOX
            if color:
                ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=color)
            km = km[0] + " " + km[1]
        exp(fil, MHN, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Färgförklaring").font = Font(bold=True)
    for color, text in ((GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                        (RED, "Ej genomförd"), (GREY, "Utgår")):
        r += 1
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=color)
        ws.cell(row=r, column=2, value=text)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av nämnden 2026-01-28")
    for col, w in zip("ABCDE", (22, 60, 10, 9, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MHN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Överförmyndarnämnden - .odt (via docx), one small form table per control,
#     status as ticked boxes ☒/☐; nämnd only in footer; period "per 31 december"
# ---------------------------------------------------------------------------
def f7():
    fil = "Årsuppföljning IK 2025.odt"
    opts = ["Utförd", "Delvis utförd", "Ej utförd", "Utgår"]
    ctrls = [
        ("Årsräkningar från ställföreträdare granskas inom sex månader från inlämnande",
         "Uttag ur Wärna, samtliga årsräkningar", {"Utförd"},
         "Samtliga 412 årsräkningar granskade i tid.", "Nej", "GENOMFORD", "nej"),
        ("Arvoden till gode män beräknas enligt nämndens riktlinjer för arvode",
         "Stickprov 30 arvodesbeslut", {"Utförd"},
         "Fyra arvoden var felberäknade och har rättats.", "Ja", "GENOMFORD", "ja"),
        ("Förteckningar över huvudmännens tillgångar inkommer inom två månader",
         "Bevakningslista", {"Delvis utförd"},
         "Kontrollen gjord för nya ärenden, äldre ärenden återstår.", "Nej", "DELVIS", "nej"),
        ("Registerkontroll av nya gode män mot belastningsregistret och Kronofogden",
         "Genomgång av rekryteringsakter", {"Utförd", "Ej utförd"},
         "", "", "OKLAR", "nej"),
        ("Uttag från spärrade konton medges endast efter nämndens samtycke",
         "Stickprov 10 akter", set(), "", "", "SAKNAS", "nej"),
        ("Handläggare med delegation har genomgått utbildning i föräldrabalken",
         "Genomgång utbildningsregister", {"Ej utförd"},
         "Utbildningen ställdes in och genomförs våren 2026.", "Nej", "EJ_GENOMFORD", "nej"),
        ("Digital arkivering av akter sker enligt dokumenthanteringsplanen",
         "Stickprov 20 avslutade akter", {"Utgår"},
         "Ny dokumenthanteringsplan beslutad, kontrollen tas bort ur planen.", "Nej", "UTGAR", "nej"),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Överförmyndarnämnden • Lindvreta kommun • Dnr ÖFN 2025/14"
    doc.add_heading("Årsuppföljning av internkontrollplan", level=1)
    doc.add_paragraph("Uppföljning per 31 december 2025")
    doc.add_paragraph("Markera bedömningen med kryss (☒). Beskriv iakttagelser och om avvikelse har konstaterats.")
    for i, (km, metod, ticked, iakt, avvtxt, st, avv) in enumerate(ctrls, 1):
        doc.add_paragraph("Kontroll %d" % i).runs[0].bold = True
        t = doc.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        boxes = "   ".join(("☒ " if o in ticked else "☐ ") + o for o in opts)
        for r, (lab, val) in enumerate((("Kontrollmoment", km), ("Metod", metod), ("Bedömning", boxes),
                                        ("Iakttagelser", iakt), ("Avvikelse konstaterad", avvtxt))):
            set_cell(t.cell(r, 0), lab, bold=True)
            set_cell(t.cell(r, 1), val)
            t.cell(r, 0).width = Cm(4)
            t.cell(r, 1).width = Cm(12)
        doc.add_paragraph()
        exp(fil, OFN, km, st, avv)
    doc.add_paragraph("Lindvreta 2026-01-15")
    doc.add_paragraph("Karin Öberg, ordförande")
    src = os.path.join(TMP, "Årsuppföljning IK 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  Arbetsmarknads- och integrationsnämnden - .xls, codes A-E explained on a
#     separate "Instruktion" sheet; nämnd only in the file name (AIN)
# ---------------------------------------------------------------------------
def f8():
    fil = "Uppföljning IKP 2025 AIN.xls"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "Mallen tas fram av ekonomiavdelningen enligt Kommunstyrelsens anvisningar för intern kontroll.",
        "Fyll i fliken Uppföljning. Ange bedömning för varje aktivitet med en bokstav enligt nedan:",
        "A = Kontrollen genomförd utan anmärkning",
        "B = Kontrollen genomförd, avvikelse noterad (beskriv i kommentar)",
        "C = Kontrollen delvis genomförd",
        "D = Kontrollen ej genomförd",
        "E = Aktiviteten utgår (ange beslut i kommentar)",
        "",
        "Skicka ifylld mall till ekonomiavdelningen senast den 10 september.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 100
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Uppföljning per 31 augusti 2025 (delår)"
    ws["A1"].font = Font(bold=True, size=12)
    head = ["Aktivitet", "Kontrollansvarig", "Bedömning", "Kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [
        ("Utbetalda lönebidrag till arbetsgivare stäms av mot beviljade beslut", "Ekonom", "A", None,
         "GENOMFORD", "nej"),
        ("Deltagares närvaro i arbetsmarknadsinsatser rapporteras till Arbetsförmedlingen", "Enhetschef AME", "B",
         "Rapportering saknades för sex deltagare i maj.", "GENOMFORD", "ja"),
        ("Samhällsorientering för nyanlända påbörjas inom tolv månader", "Integrationssamordnare", "C",
         "Uppföljning gjord för första halvåret.", "DELVIS", "nej"),
        ("Inköp till arbetsmarknadsenhetens verkstad görs från avtalade leverantörer", "Arbetsledare", "D",
         "Ej hunnits.", "EJ_GENOMFORD", "nej"),
        ("Handläggning av etableringsersättning sker enligt gällande rutin", "Handläggare", "E",
         "Ej längre kommunens ansvar, AIN 2025-02-12 § 9.", "UTGAR", "nej"),
        ("Praktikanter har undertecknat tystnadsplikt före praktikstart", "Enhetschef AME", None,
         "Osäkert – underlag saknas från två enheter.", "OKLAR", "nej"),
        ("Feriepraktikanters lönerapportering attesteras av handledare", "Löneadministratör", "A",
         "", "GENOMFORD", "nej"),
    ]
    r = 4
    for km, ansv, code, com, st, avv in rows:
        for c, v in enumerate((km, ansv, code, com or None), 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, AIN, km, st, avv)
        r += 1
    for col, w in zip("ABCD", (62, 22, 12, 50)):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "Uppföljning IKP 2025 AIN.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", AIN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F9  Meeting invitation saved as .docx - must be rejected
# ---------------------------------------------------------------------------
def f9():
    fil = "Kallelse genomgång IK helår 2025.docx"
    doc = Document()
    doc.add_heading("Kallelse – genomgång av nämndernas uppföljning av intern kontroll", level=1)
    doc.add_paragraph("Till: förvaltningarnas controllers och nämndsekreterare")
    doc.add_paragraph("Från: Ekonomiavdelningen, Kommunledningsförvaltningen")
    doc.add_paragraph(
        "Välkommen till en gemensam genomgång av helårsuppföljningarna av internkontrollplanerna 2025. "
        "Mötet hålls tisdagen den 3 februari 2026 kl. 09.00–11.30 i sammanträdesrum Vreten, stadshuset. "
        "Uppföljningarna ska vara inskickade senast den 23 januari.")
    doc.add_paragraph("Dagordning")
    agenda = [
        ("Tid", "Punkt", "Ansvarig"),
        ("09.00", "Välkommen och syfte med dagen", "Ekonomichef"),
        ("09.15", "Sammanställning av inkomna uppföljningar – vad har kommit in", "Controller KLF"),
        ("10.00", "Kontrollmoment som inte genomförts – vad gör vi 2026?", "Samtliga"),
        ("10.45", "Ny mall för internkontrollplan 2026 och riskanalys", "Ekonomiavdelningen"),
        ("11.15", "Övriga frågor", ""),
    ]
    t = doc.add_table(rows=len(agenda), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(agenda):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, bold=(r == 0))
    doc.add_paragraph()
    doc.add_paragraph("Anmäl gärna förhinder till ekonomi@lindvreta.se.")
    doc.add_paragraph("Välkomna! / Per Dahlgren, ekonomichef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# F10 Gymnasie- och vuxenutbildningsnämnden - Excel "Unicode text" (UTF-16, tab),
#     J/N/D/U codes per T1/T2/Helår, legend in a note line, "Antal J" totals row
# ---------------------------------------------------------------------------
def f10():
    fil = "gvn_ik_2025.txt"
    ctrls = [
        ("Betygsrapportering i Ladok för vuxenutbildningen sker inom tre veckor",
         "Uttag rapporteringsdatum", "J", "J", "J", "", "", "GENOMFORD", "nej"),
        ("Interkommunala ersättningar för gymnasieelever faktureras varje månad",
         "Avstämning elevregister/fakturor", "N", "D", "J", "X",
         "Fakturering för tre elever missades i mars, rättat i april", "GENOMFORD", "ja"),
        ("Elevresor: busskort spärras när elev avbryter sina studier",
         "Jämförelse avbrottslista/kortregister", "D", "D", "", "", "", "DELVIS", "nej"),
        ("Studiebevis och examensbevis signeras av behörig rektor",
         "Stickprov 20 bevis", "J", "N", "N", "", "Kontrollen hann inte göras under hösten", "EJ_GENOMFORD", "nej"),
        ("Lärarlegitimation kontrolleras i Skolverkets register vid anställning",
         "Stickprov nyanställda", "U", "U", "U", "", "Ingår i HR:s centrala kontroll från 2025", "UTGAR", "nej"),
        ("Kontroll av att CSN-rapportering av studieaktivitet görs korrekt",
         "Stickprov 15 elever", "", "", "", "", "", "SAKNAS", "nej"),
        ("Utrustning i gymnasiets fordonsprogram inventeras mot förteckning",
         "Fysisk inventering", "J", "", "", "", "Inventering gjord i april", "GENOMFORD", "nej"),
    ]
    lines = [
        ["Gymnasie- och vuxenutbildningsnämnden", "", "", "", "", "", ""],
        ["Internkontroll 2025 – uppföljning per tertial", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Kontrollmoment", "Kontrollmetod", "T1 (J/N)", "T2 (J/N)", "Helår (J/N)", "Avvikelse noterad",
         "Kommentar"],
    ]
    for km, metod, t1, t2, hel, avvx, com, st, avv in ctrls:
        lines.append([km, metod, t1, t2, hel, avvx, com])
        exp(fil, GVN, km, st, avv)
    cnt = [sum(1 for c in ctrls if c[i] == "J") for i in (2, 3, 4)]
    lines.append(["Antal utförda (J)", "", str(cnt[0]), str(cnt[1]), str(cnt[2]), "", ""])
    lines.append(["", "", "", "", "", "", ""])
    lines.append(["J = utförd, N = ej utförd, D = delvis utförd, U = utgår. X i kolumnen Avvikelse noterad "
                  "= brist har konstaterats.", "", "", "", "", "", ""])
    text = "\r\n".join("\t".join(row) for row in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "w", encoding="utf-16", newline="") as fh:
        fh.write(text)
    FILES.append((fil, "INLAST", GVN, "2025", "HELAR"))


def main():
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
        fn()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(set(f[0] for f in FILES)), "file rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
