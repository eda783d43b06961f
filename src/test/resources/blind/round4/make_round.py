#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 4 – Ekbacka kommun, run year 2025.

Rebuilds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 (openpyxl, python-docx, odfpy) and LibreOffice (soffice) on PATH.
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(OUT, "_build")
YEAR = 2025

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

G, D, E, S, O, U = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text.replace(";", ",").replace("\n", " ").strip(), status, avv))


def soffice_convert(src, fmt, outdir):
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
BOLD = Font(bold=True)


def boxed(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – two-row header, percentages, hidden 2024 column, risk matrix beside
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "IK-uppföljning KS helår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsens internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ansvarig: Kommunledningsförvaltningen, ekonomienheten. Planen beslutad KS 2025-01-28 § 12."
    # two-row header
    hdr_top = {1: "Nr", 2: "Process", 3: "Kontrollmoment", 4: "Riskbedömning", 7: "Ansvarig",
               8: "Status 2024", 9: "Uppföljning 2025 (andel genomfört)", 11: "Kommentar helår"}
    for c, v in hdr_top.items():
        ws.cell(4, c, v)
    for c, v in {4: "S", 5: "K", 6: "Riskvärde (S×K)", 9: "Delår (aug)", 10: "Helår"}.items():
        ws.cell(5, c, v)
    for rng in ["A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:H5", "I4:J4", "K4:K5"]:
        ws.merge_cells(rng)
    for r in (4, 5):
        for c in range(1, 12):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).fill = HEAD_FILL
    rows = [
        # process, kontrollmoment, S, K, ansvarig, 2024, delår, helår, kommentar, status, avv
        ("Löneutbetalning", "Stickprov av 20 lönetransaktioner per kvartal mot underlag och beslut", 3, 3,
         "Lönechef", "100 %", "50 %", 1.0,
         "Samtliga fyra kvartal kontrollerade. Två felaktiga OB-ersättningar upptäcktes i kvartal 3 och har rättats.",
         G, "ja"),
        ("Löneutbetalning", "Kontroll att avslutade anställningar avslutas i lönesystemet senast sista anställningsdag",
         2, 4, "Lönechef", "0 %", "0 %", 1.0, "Kontroll gjord i oktober, inga avvikelser.", G, "nej"),
        ("Inköp och upphandling", "Avtalstrohet: stickprov av 30 fakturor per tertial mot avtalsdatabasen", 4, 3,
         "Upphandlingschef", "100 %", "50 %", 0.75,
         "Tre av fyra planerade stickprov gjorda. 4 av 90 fakturor saknade avtal (direktupphandling utan dokumentation).",
         D, "ja"),
        ("Inköp och upphandling", "Kontroll att direktupphandlingar över 100 tkr dokumenteras", 3, 3,
         "Upphandlingschef", "50 %", "0 %", 0.0,
         "Ej genomförd p.g.a. vakans på upphandlingsenheten. Flyttas till plan 2026.", E, "nej"),
        ("Attest och delegation",
         "Kontroll att attestförteckningen är uppdaterad och att attest sker enligt delegationsordningen", 2, 3,
         "Ekonomichef", "100 %", "100 %", 1.0, "Attestförteckningen uppdaterad 2025-03-01. Inga avvikelser.", G, "nej"),
        ("Attest och delegation", "Anmälan av delegationsbeslut till kommunstyrelsen sker löpande", 2, 2,
         "Kanslichef", "100 %", "100 %", 1.0,
         "Två beslut från personalutskottet anmäldes för sent (i november i stället för september).", G, "ja"),
        ("Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet två gånger per år", 3, 4,
         "Systemförvaltare", "100 %", "50 %", 0.5,
         "Vårens genomgång gjord. Höstens genomgång påbörjad men ej slutförd på grund av systembyte.", D, "nej"),
        ("Informationssäkerhet", "Loggkontroll av åtkomst till digitala personalakter", 2, 4,
         "HR-chef", "0 %", None, None, "Se bilaga 3.", O, "nej"),
        ("Dokument- och ärendehantering", "Kontroll att inkomna handlingar diarieförs inom tre arbetsdagar", 3, 2,
         "Registrator", "100 %", "0 %", 1.0,
         "Stickprov i november visade att 22 av 40 handlingar diarieförts för sent.", G, "ja"),
        ("Dokument- och ärendehantering", "Gallring av handlingar enligt dokumenthanteringsplanen", 1, 2,
         "Arkivarie", "0 %", "Utgår", "Utgår",
         "Utgår enligt KS beslut 2025-05-20 § 88 – hanteras inom e-arkivprojektet.", U, "nej"),
        ("Skatter och moms", "Avstämning av momsredovisningen mot huvudboken varje månad", 2, 3,
         "Redovisningsansvarig", "100 %", "60 %", 0.9,
         "Januari–november avstämda. December stäms av i bokslutsarbetet i februari 2026.", D, "nej"),
    ]
    r = 6
    start = {}
    for i, (proc, km, s, k, ans, s24, dl, hl, kom, st, avv) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, proc)
        ws.cell(r, 3, km)
        ws.cell(r, 4, s)
        ws.cell(r, 5, k)
        ws.cell(r, 6, s * k)
        ws.cell(r, 7, ans)
        ws.cell(r, 8, s24)
        if dl is not None:
            ws.cell(r, 9, dl)
        if hl is not None:
            ws.cell(r, 10, hl)
            if isinstance(hl, float):
                ws.cell(r, 10).number_format = "0 %"
        ws.cell(r, 11, kom)
        start.setdefault(proc, []).append(r)
        exp(fil, namnd, km, st, avv)
        r += 1
    last = r - 1
    for proc, rs in start.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    boxed(ws, 4, 1, last, 11)
    ws.conditional_formatting.add("J6:J%d" % last, CellIsRule(operator="equal", formula=["1"],
                                  fill=PatternFill("solid", fgColor="C6EFCE")))
    ws.conditional_formatting.add("J6:J%d" % last, CellIsRule(operator="between", formula=["0.01", "0.99"],
                                  fill=PatternFill("solid", fgColor="FFEB9C")))
    ws.cell(last + 2, 1, "Status anges som andel genomfört: 100 % = genomförd, 1–99 % = delvis genomförd, "
                          "0 % = ej genomförd. Utgår = struket genom beslut.")
    ws.cell(last + 3, 1, "S = sannolikhet (1–4), K = konsekvens (1–4). Riskvärde = S × K.")
    ws.cell(last + 5, 1, "Avstämt med ekonomichef Anna Berg 2026-01-15")
    # risk matrix beside the controls
    ws["M3"] = "Riskmatris"
    ws["M3"].font = BOLD
    ws["M4"] = "Sannolikhet ↓ / Konsekvens →"
    for j in range(1, 5):
        ws.cell(4, 13 + j, j).font = BOLD
    for i, sv in enumerate([4, 3, 2, 1]):
        ws.cell(5 + i, 13, sv).font = BOLD
        for j in range(1, 5):
            v = sv * j
            c = ws.cell(5 + i, 13 + j, v)
            col = "F8696B" if v >= 9 else ("FFEB84" if v >= 4 else "63BE7B")
            c.fill = PatternFill("solid", fgColor=col)
            c.alignment = Alignment(horizontal="center")
    boxed(ws, 4, 13, 8, 17)
    ws["M10"] = "1–3 låg, 4–8 medel, 9–16 hög"
    widths = {"A": 5, "B": 20, "C": 48, "D": 5, "E": 5, "F": 10, "G": 16, "H": 10, "I": 11, "J": 9, "K": 55,
              "M": 26}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.column_dimensions["H"].hidden = True
    ws.oddHeader.left.text = "Ekbacka kommun"
    ws.oddHeader.right.text = "Kommunstyrelsen"
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – one sheet per verksamhet, hidden 2024 sheet,
#    "Uppföljning" column mixing status words and comments
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "Internkontroll 2025 - uppföljning per verksamhet BUF.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ov = wb.active
    ov.title = "Översikt"
    ov["A1"] = "Barn- och utbildningsförvaltningen"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Helårsuppföljning intern kontroll 2025"
    ov["A4"] = ("Varje verksamhetsområde redovisar sina kontroller på egen flik. "
                "Sammanställningen behandlas av nämnden 2026-02-10.")
    ov["A6"] = "Flikar:"
    sheets = {
        "Förskola": [
            ("Barnsäkerhet", "Att den dagliga tillsynen av utemiljön dokumenteras på samtliga förskolor",
             "Genomgång av tillsynslistor", "Förskolechefer", "Maj, okt",
             "Genomförd. 2 förskolor saknade dokumentation för maj, åtgärdat.", G, "ja"),
            ("Avgifter", "Att debiterad barnomsorgsavgift stämmer med inkomstuppgift och schema",
             "Stickprov 25 hushåll", "Avgiftshandläggare", "Höst",
             "Klar – inga fel hittade", G, "nej"),
            ("Kränkande behandling",
             "Att anmälningar om kränkande behandling rapporteras till huvudmannen samma dag",
             "Jämförelse anmälan/incidentdatum", "Verksamhetschef", "Helår",
             "Pågår, sammanställning klar feb 2026", D, "nej"),
        ],
        "Grundskola": [
            ("Elevhälsa", "Att elevhälsans journalföring sker i journalsystemet enligt rutin",
             "Stickprov 10 journaler per skola", "Verksamhetschef elevhälsa", "Nov",
             "Ej genomförd – skolsköterska vakant under hösten", E, "nej"),
            ("Frånvaro", "Att hög frånvaro (över 15 %) anmäls till rektor och utreds",
             "Rapport ur närvarosystemet", "Rektorer", "Per termin",
             "Genomförd med anmärkning: utredning saknades för 6 elever på Ekbackaskolan", G, "ja"),
            ("Skolskjuts", "Att beslut om skolskjuts fattas enligt delegationsordningen",
             "Stickprov 15 beslut", "Skolskjutssamordnare", "Aug",
             "OK", G, "nej"),
            ("Betyg", "Att betygskatalogen signeras och arkiveras efter varje termin",
             "Kontroll i arkivet", "Rektorer", "Jan, jun",
             "Vårterminen klar. Höstterminens katalog signeras i januari.", D, "nej"),
        ],
        "Gymnasium o vux": [
            ("Interkommunal ersättning",
             "Att fakturor för interkommunal ersättning stäms av mot elevregistret",
             "Avstämning månadsvis", "Ekonom", "Månad",
             "Gjort varje månad, en dubbelfakturering från grannkommun upptäckt och krediterad", G, "ja"),
            ("CSN-rapportering", "Att studieavbrott rapporteras till CSN inom en vecka",
             "Stickprov", "Studievägledare", "Per termin",
             "Ej aktuell 2025 – rapporteringen sker numera automatiskt via elevsystemet", U, "nej"),
            ("Vuxenutbildning", "Att upphandlad utbildningsanordnare följs upp enligt avtal",
             "Uppföljningsmöte + dokumentgranskning", "Rektor vux", "Höst",
             "Se kommentar", O, "nej"),
        ],
        "Central adm": [
            ("Ekonomi", "Att representation och kurser konteras rätt och har deltagarlista",
             "Stickprov 20 verifikationer", "Controller", "Okt",
             "Delvis – deltagarlistor saknas i 5 av 20 stickprov", D, "ja"),
            ("Personal", "Att utdrag ur belastningsregistret har visats vid nyanställning",
             "Kontroll av samtliga nyanställda", "HR-konsult", "Löpande",
             "Genomförd. Samtliga 34 nyanställda kontrollerade.", G, "nej"),
            ("Arkiv", "Att skolornas närarkiv har inventerats",
             "Inventering på plats", "Arkivansvarig", "Helår",
             None, S, "nej"),
        ],
    }
    hdr = ["Område", "Vad kontrolleras", "Hur", "Vem", "När", "Uppföljning"]
    for i, (name, rows) in enumerate(sheets.items()):
        ov.cell(7 + i, 1, name)
        ws = wb.create_sheet(name)
        ws["A1"] = "Verksamhet: " + name
        ws["A1"].font = Font(bold=True, size=12)
        for c, h in enumerate(hdr, 1):
            ws.cell(3, c, h).font = BOLD
            ws.cell(3, c).fill = PatternFill("solid", fgColor="E2EFDA")
        r = 4
        for (omr, km, hur, vem, nar, upp, st, avv) in rows:
            for c, v in enumerate([omr, km, hur, vem, nar, upp], 1):
                if v is not None:
                    ws.cell(r, c, v)
            exp(fil, namnd, km, st, avv)
            r += 1
        boxed(ws, 3, 1, r - 1, 6)
        for col, w in zip("ABCDEF", [20, 50, 26, 20, 11, 50]):
            ws.column_dimensions[col].width = w
        ws.cell(r + 1, 1, "Ifylld av: verksamhetschef " + name.lower())
    old = wb.create_sheet("IK 2024")
    old["A1"] = "Verksamhet: samtliga (plan 2024)"
    for c, h in enumerate(hdr, 1):
        old.cell(3, c, h)
    for r, row in enumerate([
        ("Ekonomi", "Att inköp görs från avtalade leverantörer", "Stickprov", "Controller", "Okt", "Ej genomförd"),
        ("Skolmat", "Att specialkost dokumenteras", "Genomgång", "Kostchef", "Vår", "Genomförd"),
        ("Personal", "Att lönerevision genomförs enligt tidplan", "Kontroll", "HR", "Maj", "Genomförd"),
        ("Förskola", "Att barngruppernas storlek rapporteras", "Rapport", "Förskolechefer", "Okt", "Delvis"),
    ], 4):
        for c, v in enumerate(row, 1):
            old.cell(r, c, v)
    old.sheet_state = "hidden"
    ov.column_dimensions["A"].width = 90
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – Word narrative per control, T2
# ---------------------------------------------------------------------------
def f3_sn():
    from docx import Document
    from docx.shared import Pt
    fil = "Socialnämnden uppföljning internkontroll T2 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Ekbacka kommun\tSocialförvaltningen\tDnr SN 2025/0117"
    doc.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025 – tertial 2", 0)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 29 januari 2025. Planen omfattar nio kontrollmoment "
        "som har valts ut efter nämndens risk- och väsentlighetsanalys. I denna rapport redovisas utfallet av "
        "kontrollerna för perioden januari–augusti 2025 (tertial 2). Varje kontrollmoment redovisas med resultat och "
        "förvaltningens bedömning. Kontroller som ännu inte är slutförda redovisas på nytt i helårsuppföljningen.")
    doc.add_heading("Redovisning per kontrollmoment", 1)
    items = [
        ("Ekonomiskt bistånd – utbetalningar",
         "Stickprov av 25 utbetalningar av ekonomiskt bistånd per tertial mot beslut i verksamhetssystemet",
         "Enhetschef försörjningsstöd",
         "50 utbetalningar har granskats (tertial 1 och 2). En utbetalning saknade underliggande beslut; "
         "beloppet har återkrävts och handläggaren har fått förnyad genomgång av rutinen.",
         "Genomförd med anmärkning.", G, "ja"),
        ("Orosanmälningar",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef barn och unga",
         "Av 212 inkomna anmälningar hade 198 förhandsbedömts inom 14 dagar (93 %). Förseningarna uppstod främst "
         "i juni och beror på hög arbetsbelastning under semesterperioden.",
         "Genomförd. Avvikelse noterad, åtgärdsplan tas fram inför sommaren 2026.", G, "ja"),
        ("Placerade barn – vårdplaner",
         "Uppföljning av att vårdplan finns för samtliga placerade barn",
         "Enhetschef barn och unga",
         "Genomgången påbörjades i augusti. Hittills har 18 av 41 ärenden granskats, samtliga med vårdplan.",
         "Pågående.", D, "nej"),
        ("Familjehem",
         "Kontroll att familjehemsutredningar är slutförda innan placering",
         "Enhetschef familjehem",
         "Kontrollen har inte kunnat genomföras under perioden på grund av personalbrist i familjehemsteamet. "
         "Den planeras till tertial 3.",
         "Ej genomförd.", E, "nej"),
        ("Hot och våld",
         "Uppdatera handlingsplanen mot hot och våld och gå igenom den på APT i samtliga enheter",
         "Avdelningschefer",
         "Handlingsplanen reviderades i mars. Genomgång på APT har skett i IFO:s enheter; LSS-enheterna återstår.",
         "Delvis genomförd.", D, "nej"),
        ("Sekretess och loggkontroll",
         "Loggkontroll av 10 slumpvis utvalda personakter per månad",
         "Systemförvaltare",
         "Loggkontroller har genomförts varje månad. I ett fall konstaterades otillbörlig åtkomst; ärendet har "
         "hanterats som personalärende och anmälts till Integritetsskyddsmyndigheten.",
         "Genomförd.", G, "ja"),
        ("Återsökning av statliga medel",
         "Kontroll att återsökning av medel från Migrationsverket görs kvartalsvis",
         "Ekonom",
         "Från 2025 ersätts kommunen med schablonbelopp och ingen återsökning görs. Kontrollmomentet utgår enligt "
         "nämndens beslut 2025-04-15 § 52.",
         "Utgår.", U, "nej"),
        ("Egenavgifter",
         "Kontroll att egenavgifter debiteras för samtliga beviljade insatser enligt taxa",
         "Avgiftshandläggare",
         "Se bilaga 2.",
         None, O, "nej"),
        ("Synpunkter och klagomål",
         "Kontroll att inkomna synpunkter och klagomål besvaras inom 10 arbetsdagar",
         "Kvalitetsutvecklare",
         "Kontrollen planeras till hösten.",
         "Ej påbörjad.", E, "nej"),
    ]
    for i, (rubrik, km, ansv, res, bed, st, avv) in enumerate(items, 1):
        doc.add_heading("%d. %s" % (i, rubrik), 2)
        p = doc.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = doc.add_paragraph()
        p.add_run("Ansvarig: ").bold = True
        p.add_run(ansv)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        if bed:
            p = doc.add_paragraph()
            p.add_run("Bedömning: ").bold = True
            p.add_run(bed)
        exp(fil, namnd, km, st, avv)
    doc.add_heading("Sammanfattande bedömning", 1)
    doc.add_paragraph(
        "Av nio kontrollmoment är tre genomförda, två pågår eller är delvis genomförda, två är inte genomförda och "
        "ett har utgått. För egenavgifter hänvisas till bilaga 2. Förvaltningen bedömer att den interna kontrollen "
        "hittills under året i huvudsak har fungerat.")
    doc.add_paragraph("Ekbacka 2025-09-22")
    doc.add_paragraph("Maria Lind\nSocialchef")
    for p in doc.paragraphs:
        for r in p.runs:
            if r.font.size is None and p.style.name == "Normal":
                r.font.size = Pt(11)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ---------------------------------------------------------------------------
# 4. System export, English column names, two nämnder, export date 2026 in name
# ---------------------------------------------------------------------------
def f4_csv():
    fil = "ic_followup_export_20260115.csv"
    von = "Vård- och omsorgsnämnden"
    kfn = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Plan", "Period", "Process", "Control activity", "Control owner", "Status",
           "Result / comment", "Deviation found", "Last updated"]
    rows = [
        (von, "Hemtjänst",
         "Stickprov: utförd tid i tidsregistreringssystemet jämförs med fakturerad tid för tre utförare",
         "Enhetschef beställarenheten", "Completed",
         "Avvikelse hos en utförare, 46 timmar för mycket fakturerat – kreditfaktura begärd.", "Yes",
         "2025-12-18", G, "ja"),
        (von, "Läkemedelshantering",
         "Kontroll av signeringslistor för läkemedel på samtliga särskilda boenden",
         "MAS", "In progress",
         "Samtliga 7 boenden kontrollerade i nov–dec. Brister i signering på 2 boenden, åtgärdsplan upprättad.",
         "Yes", "2026-01-09", G, "ja"),
        (von, "Avgifter", "Kontroll att omsorgsavgift beräknas på aktuell inkomstförfrågan",
         "Avgiftshandläggare", "Completed", "Inga fel.", "No", "2025-11-30", G, "nej"),
        (von, "Lex Sarah",
         "Kontroll att rapporter enligt lex Sarah utreds och avslutas inom två månader",
         "Kvalitetsstrateg", "Completed with remarks",
         "3 av 11 utredningar tog längre tid än två månader.", "Yes", "2026-01-12", G, "ja"),
        (von, "Bemanning",
         "Uppföljning av att timanställda har genomgått introduktion före första arbetspass",
         "Bemanningsenheten", "Not started", "Flyttas till 2026.", "No", "2025-12-01", E, "nej"),
        (von, "Nyckelhantering",
         "Kvittenser för nycklar till brukares bostäder stäms av mot nyckelsystemet",
         "Enhetschefer hemtjänst", "Cancelled",
         "Utgår – digitalt låssystem införs, se VON 2025-06-11 § 71.", "No", "2025-06-12", U, "nej"),
        (von, "Dokumentation",
         "Granskning av att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Enhetschefer", "Completed", "", "", "2025-12-20", G, "nej"),
        (von, "Fallprevention",
         "Kontroll att riskbedömning för fall görs vid inflyttning på särskilt boende",
         "Sjuksköterskor", "", "Se bilaga", "", "2025-10-02", O, "nej"),
        (von, "Inköp",
         "Kontroll att förbrukningsmaterial köps från avtalad leverantör",
         "Controller", "", "", "", "2025-02-03", S, "nej"),
        (kfn, "Bidrag till föreningar",
         "Kontroll att föreningsbidrag betalas ut enligt beslut och att redovisning har kommit in",
         "Föreningskonsulent", "Completed",
         "12 föreningar granskade, en förening hade inte lämnat verksamhetsberättelse – bidraget hålls inne.",
         "Yes", "2025-12-05", G, "ja"),
        (kfn, "Kassahantering", "Kassaavstämning på simhallen och biblioteket varje månad",
         "Enhetschefer", "Completed", "", "No", "2026-01-08", G, "nej"),
        (kfn, "Lokaluthyrning", "Kontroll att bokade tider i bokningssystemet faktureras",
         "Bokningsansvarig", "In progress",
         "Halvårsavstämning klar, helåret stäms av i januari.", "No", "2025-12-15", D, "nej"),
        (kfn, "Inventarier", "Inventering av kommunens konstsamling",
         "Kulturchef", "Not started", "Ej genomförd, resursbrist.", "No", "2025-11-20", E, "nej"),
        (kfn, "Arrangemang",
         "Kontroll att säkerhetsplan upprättas för arrangemang med fler än 500 besökare",
         "Evenemangssamordnare", "Completed", "Säkerhetsplan fanns för alla 4 arrangemang.", "No",
         "2025-09-30", G, "nej"),
        (kfn, "Bibliotek", "Avstämning av avgifter för fjärrlån mot kassasystemet",
         "Bibliotekschef", "Completed", "Avstämning gjord i december. Differens på 1 200 kr utreds.", "Yes",
         "2025-12-22", G, "ja"),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (org, proc, km, owner, st_en, com, dev, upd, st, avv) in rows:
            code = "VON" if org == von else "KFN"
            w.writerow(["%s - %s" % (code, org), "IKP 2025", "2025 Helår", proc, km, owner, st_en, com, dev, upd])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", von, YEAR, "HELAR"))
    FILES.append((fil, "INLAST", kfn, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnad – .ods, nämnd only as "Förvaltning: …", two tables on one sheet, dates as status
# ---------------------------------------------------------------------------
def f5_sbn():
    fil = "Intern kontroll 2025 Samhällsbyggnad.ods"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    wb.properties.creator = "Jonas Ek"
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av intern kontroll – årsbokslut 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning: Samhällsbyggnadsförvaltningen"
    ws["A3"] = "Upprättad av: kvalitetsstrateg Jonas Ek, 2026-01-20"
    ws["A5"] = "A. Kontroller enligt internkontrollplan 2025"
    ws["A5"].font = Font(bold=True, size=12)
    h1 = ["Nr", "Granskningsområde", "Kontroll", "Metod", "Status / datum", "Iakttagelser"]
    for c, h in enumerate(h1, 1):
        ws.cell(6, c, h).font = BOLD
        ws.cell(6, c).fill = HEAD_FILL
    a = [
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Stickprov 20 ärenden",
         "Klar 2025-10-12",
         "3 av 20 ärenden överskred 10 veckor utan förlängningsbeslut; avgiften reducerades.", G, "ja"),
        ("Bygglov", "Att taxan för bygglov tillämpas korrekt", "Stickprov 15 beslut", "Klar 2025-06-30",
         "Inga avvikelser.", G, "nej"),
        ("Mark och exploatering", "Att exploateringsavtal följs upp mot avtalad tidplan",
         "Genomgång av 5 avtal", "Påbörjad 2025-11-03", "Två avtal genomgångna.", D, "nej"),
        ("Lantmäteri", "Att fakturering av förrättningar sker inom en månad efter avslut",
         "Rapport ur ärendesystemet", "Ej påbörjad", "Resursbrist, flyttas till 2026.", E, "nej"),
        ("Gata/park", "Att skaderapporter om fallolyckor i gatumiljön hanteras inom 5 arbetsdagar",
         "Stickprov", "Klar 2025-12-15", "Se bilaga.", G, "nej"),
        ("Detaljplan", "Att planavgift debiteras enligt planavtal", "Avstämning mot ekonomisystemet",
         "Utgår (beslut SBN 2025-03-25 § 31)", None, U, "nej"),
    ]
    r = 7
    for i, (omr, km, met, st_txt, iak, st, avv) in enumerate(a, 1):
        for c, v in enumerate(["A%d" % i, omr, km, met, st_txt, iak], 1):
            if v is not None:
                ws.cell(r, c, v)
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.merge_cells(start_row=7, start_column=2, end_row=8, end_column=2)
    boxed(ws, 6, 1, r - 1, 6)
    r += 1
    ws.cell(r, 1, "B. Kompletterande kontroller beslutade av nämnden 2025-06-17").font = Font(bold=True, size=12)
    r += 1
    h2 = ["Kontrollmoment", "Ansvarig", "Klart datum", "Resultat", "Avvikelse (Ja/Nej)"]
    hr = r
    for c, h in enumerate(h2, 1):
        ws.cell(r, c, h).font = BOLD
        ws.cell(r, c).fill = PatternFill("solid", fgColor="FCE4D6")
    r += 1
    b = [
        ("Kontroll av att tillsynsärenden enligt PBL inte ligger obehandlade mer än sex månader",
         "Bygglovschef", datetime.date(2025, 11, 28),
         "12 ärenden äldre än sex månader identifierade, handlingsplan upprättad.", "Ja", G, "ja"),
        ("Kontroll av behörigheter i GIS-systemet", "GIS-samordnare", datetime.date(2025, 9, 5),
         "Behörigheter rensade för 7 avslutade konton.", "Ja", G, "ja"),
        ("Genomgång av förseningsviten i upphandlade entreprenader", "Projektchef", None,
         "Arbetet pågår, klart mars 2026.", "Nej", D, "nej"),
        ("Kontroll att delegationsbeslut i bygglovsärenden anmäls till nämnden", "Nämndsekreterare",
         "Planerad 2026-02", None, None, E, "nej"),
    ]
    for (km, ans, dat, res, avj, st, avv) in b:
        for c, v in enumerate([km, ans, dat, res, avj], 1):
            if v is not None:
                ws.cell(r, c, v)
                if isinstance(v, datetime.date):
                    ws.cell(r, c).number_format = "YYYY-MM-DD"
        exp(fil, namnd, km, st, avv)
        r += 1
    boxed(ws, hr, 1, r - 1, 5)
    ws.cell(r + 1, 1, "Antal kontroller: 10, varav klara: 5")
    for col, wdt in zip("ABCDEF", [42, 22, 48, 26, 30, 50]):
        ws.column_dimensions[col].width = wdt
    tmp = os.path.join(BUILD, "Intern kontroll 2025 Samhällsbyggnad.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", OUT)
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – UTF-16 tab-separated "Unicode text", J/N, delår
# ---------------------------------------------------------------------------
def f6_tn():
    fil = "Tekniska nämnden IK-uppföljning 2025.txt"
    namnd = "Tekniska nämnden"
    lines = [
        ["Tekniska nämnden", "", "", "", "", "", "", ""],
        ["Delårsuppföljning internkontrollplan per 2025-08-31", "", "", "", "", "", "", ""],
        [""] * 8,
        ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Utförd (J/N)", "Avvikelse (J/N)", "Kommentar"],
    ]
    rows = [
        ("VA-taxa", "Kontroll att brukningsavgifter för VA debiteras alla anslutna fastigheter",
         "Avstämning abonnentregister mot fastighetsregister", "1 ggr/år", "J", "J",
         "5 fastigheter saknade debitering, åtgärdat", G, "ja"),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras", "Stickprov 10 fordon",
         "Halvår", "J", "N", "", G, "nej"),
        ("Drivmedelskort", "Kontroll av tankningar med drivmedelskort mot körjournal", "Stickprov",
         "Kvartal", "Delvis", "N", "Q2 ej kontrollerad", D, "nej"),
        ("Upphandling", "Att ramavtal för entreprenader avropas enligt fördelningsnyckel",
         "Granskning av avrop", "Halvår", "N", "", "Görs inför helår", E, "nej"),
        ("Arbetsmiljö", "Att skyddsronder genomförs på samtliga driftsområden", "Protokoll",
         "1 ggr/år", "J", "J", "Skyddsrond ej dokumenterad för återvinningscentralen", G, "ja"),
        ("Kost", "Egenkontroll av livsmedelshantering i kommunens kök", "Kontrollprogram", "Månad",
         "J", "N", "Enligt plan", G, "nej"),
        ("Lokalvård", "Kvalitetsuppföljning av städning enligt INSTA 800", "", "Kvartal", "", "", "", S, "nej"),
        ("Fastighet", "Ansvarsfördelning mellan hyresgäst och fastighetsägare dokumenteras i hyresavtal", "",
         "1 ggr/år", "N", "N",
         "Utgår – fastighetsförvaltningen överförd till Ekbacka Fastigheter AB från 2025-04-01", U, "nej"),
        ("Vinterväghållning", "Kontroll av entreprenörers rapporterade timmar vid snöröjning mot GPS-data",
         "Stickprov", "Vinter", "J", "N", "Jan–mars kontrollerat. Nästa säsong från nov.", G, "nej"),
    ]
    for i, (proc, km, met, frek, utf, avj, kom, st, avv) in enumerate(rows, 1):
        lines.append([str(i), proc, km, met, frek, utf, avj, kom])
        exp(fil, namnd, km, st, avv)
    lines.append([""] * 8)
    lines.append(["Förklaring: J = Ja, N = Nej", "", "", "", "", "", "", ""])
    lines.append(["Sammanställt av teknisk controller 2025-09-10", "", "", "", "", "", "", ""])
    text = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(text.encode("utf-16"))  # BOM + little endian, like Excel "Unicode text"
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – .odt, emoji status with legend, no period stated
# ---------------------------------------------------------------------------
def f7_mhn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    fil = "Miljönämnden uppföljning IKP 2025.odt"
    namnd = "Miljö- och hälsoskyddsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    bold = Style(name="Fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(cell)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm", backgroundcolor="#DDEBF7"))
    doc.automaticstyles.addElement(hcell)
    widths = ["3.2cm", "7cm", "1.6cm", "5.5cm"]
    colstyles = []
    for i, wdt in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Miljö- och hälsoskyddsnämnden – uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Datum: 2025-12-04"))
    doc.text.addElement(P(text="Handläggare: Sara Holm, miljöstrateg"))
    doc.text.addElement(P(text=(
        "Nämnden beslutade om internkontrollplan för 2025 i januari. Nedan redovisas status för varje "
        "kontrollmoment. Status markeras med färgsymbol enligt teckenförklaringen under tabellen.")))

    t = Table(name="Uppfoljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, head=False):
        tr = TableRow()
        for v in vals:
            tc = TableCell(stylename=hcell if head else cell, valuetype="string")
            tc.addElement(P(stylename=bold if head else None, text=v or ""))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Process", "Kontrollmoment", "Status", "Kommentar"], head=True)
    rows = [
        ("Tillsyn", "Att planerad tillsyn enligt tillsynsplanen genomförs (antal inspektioner mot plan)", "🟡",
         "82 % av planerade inspektioner utförda per november.", D, "nej"),
        ("Avgifter", "Att timavgift debiteras för all handläggningstid i tillsynsärenden", "🟢",
         "Stickprov 20 ärenden, 2 ärenden saknade debitering.", G, "ja"),
        ("Jäv", "Att inspektörerna har lämnat jävsdeklaration", "🟢",
         "Samtliga 14 inspektörer har lämnat deklaration.", G, "nej"),
        ("Livsmedelskontroll", "Att kontrollrapporter skickas till verksamhetsutövaren inom två veckor", "🔴",
         "Kontrollen har inte genomförts.", E, "nej"),
        ("Delegation", "Att delegationsbeslut anmäls till nämnden", "🟢", "", G, "nej"),
        ("Klagomål",
         "Att klagomål på störningar (buller, lukt) registreras och besvaras inom 10 dagar", "🟡",
         "Genomgång av 30 klagomål: 9 besvarades senare än 10 dagar. Fortsätter 2026.", D, "ja"),
        ("Strandskydd", "Att beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka", "⚪",
         "Länsstyrelsen har tagit över prövningen i de aktuella områdena.", U, "nej"),
        ("Arkiv", "Att avslutade tillsynsärenden arkiveras i ärendesystemet", "", "", S, "nej"),
    ]
    for (proc, km, sym, kom, st, avv) in rows:
        row([proc, km, sym, kom])
        exp(fil, namnd, km, st, avv)
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Teckenförklaring: 🟢 = genomförd   🟡 = delvis genomförd/pågår   "
                               "🔴 = ej genomförd   ⚪ = ej aktuell"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Miljöchef Per Åkesson"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, ""))


# ---------------------------------------------------------------------------
# 8. Arbetsmarknads- och integrationsnämnden – nämnd only in print header, colour-only status
#    column without heading, Kommentar T1 | T2 | Helår
# ---------------------------------------------------------------------------
def f8_ain():
    fil = "AIN_IKP2025_uppföljning.xlsx"
    namnd = "Arbetsmarknads- och integrationsnämnden"
    GREEN, YELLOW, RED = "00B050", "FFC000", "FF0000"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Id", "Risk", "Kontrollaktivitet", "Kommentar T1", "Kommentar T2", "Kommentar helår", None]
    for c, h in enumerate(hdr, 1):
        if h:
            ws.cell(3, c, h)
        ws.cell(3, c).font = BOLD
        ws.cell(3, c).fill = HEAD_FILL
    rows = [
        ("Felaktiga utbetalningar av anställningsstöd",
         "Kontroll att lönebidrag och anställningsstöd betalas ut mot inskickade lönespecifikationer",
         "Stickprov gjort, inga fel", "Stickprov gjort",
         "Samtliga tertial kontrollerade, en dubbelutbetalning har återkrävts.", GREEN, G, "ja"),
        ("Bristande registrering", "Kontroll att närvaro i arbetsmarknadsinsatser registreras dagligen",
         "Kontroll genomförd", "–", "Kontrollerat vid två tillfällen, registrering sker enligt rutin.",
         GREEN, G, "nej"),
        ("Felaktig etableringsersättning",
         "Uppföljning av att samordnare rapporterar frånvaro till Arbetsförmedlingen",
         "", "Påbörjad", "Rutin framtagen men uppföljningen är inte slutförd.", YELLOW, D, "nej"),
        ("Hot och våld", "Kontroll att alla medarbetare i mottagningen genomgått utbildning i hot och våld",
         "", "", "Utbildningen ställdes in, ny utbildning bokad mars 2026.", RED, E, "nej"),
        ("Köp utan avtal", "Kontroll att köpta platser i externa arbetsmarknadsinsatser har avtal",
         "", "Genomförd",
         "Genomförd, 2 placeringar saknade avtal – direktupphandling dokumenterad i efterhand.", GREEN, G, "ja"),
        ("Obehörig åtkomst", "Kontroll av behörigheter i verksamhetssystemet",
         "Planerad", "Planeras till hösten", "", None, S, "nej"),
        ("Felaktiga elevregistreringar",
         "Kontroll att elever inom SFI som avbryter utbildningen skrivs ut inom tre veckor",
         "Ok", "Ok", "Kontroll genomförd i december.", GREEN, G, "nej"),
        ("Feriearbete", "Kontroll att anställningsavtal och registerutdrag finns för feriearbetare",
         "", "Klart", "", GREEN, G, "nej"),
        ("Passivitet i ärenden", "Avstämning att deltagare med försörjningsstöd har aktuell planering",
         "", "", "Stickprov 30 ärenden: 7 saknade aktuell planering. Återkoppling till handläggarna.", GREEN, G,
         "ja"),
        ("Bristande diarieföring", "Kontroll att beslut om insatser diarieförs",
         "", "Delvis", "Vissa enheter kvar att kontrollera.", YELLOW, D, "nej"),
    ]
    r = 4
    for i, (risk, km, t1, t2, hl, fill, st, avv) in enumerate(rows, 1):
        for c, v in enumerate(["AIN-%02d" % i, risk, km, t1, t2, hl], 1):
            if v:
                ws.cell(r, c, v)
        if fill:
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=fill)
        exp(fil, namnd, km, st, avv)
        r += 1
    boxed(ws, 3, 1, r - 1, 7)
    ws.cell(r, 3, "Antal genomförda: 6 av 10").font = BOLD
    r += 2
    ws.cell(r, 1, "Färgkod:")
    for fill, txt in [(GREEN, "genomförd"), (YELLOW, "delvis / pågår"), (RED, "ej genomförd")]:
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r, 2, txt)
    for col, wdt in zip("ABCDEFG", [8, 28, 50, 22, 22, 50, 4]):
        ws.column_dimensions[col].width = wdt
    ws.oddHeader.center.text = "Arbetsmarknads- och integrationsnämnden"
    ws.oddFooter.right.text = "Utskrivet &D"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 9. Överförmyndarnämnden – .xls, X marks in tick columns under a merged group heading
# ---------------------------------------------------------------------------
def f9_ofn():
    fil = "ÖFN uppföljning intern kontroll 2025.xls"
    namnd = "Överförmyndarnämnden"
    wb = Workbook()
    wb.properties.creator = "Eva Lundqvist"
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Överförmyndarnämnden i Ekbacka – uppföljning av intern kontroll, helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera status med X i rätt kolumn."
    ws.cell(4, 1, "Rutin")
    ws.cell(4, 2, "Kontrollmoment")
    ws.cell(4, 3, "Status helår")
    ws.cell(4, 6, "Kommentar")
    for c, h in [(3, "Genomförd"), (4, "Delvis"), (5, "Ej genomförd")]:
        ws.cell(5, c, h)
    for rng in ["A4:A5", "B4:B5", "C4:E4", "F4:F5"]:
        ws.merge_cells(rng)
    for rr in (4, 5):
        for c in range(1, 7):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).fill = HEAD_FILL
    rows = [
        ("Granskning av årsräkningar", "Att samtliga årsräkningar granskas senast 30 juni", 3,
         "412 av 415 granskade i tid; 3 förseningar på grund av kompletteringar.", G, "ja"),
        ("Arvoden", "Att arvode till ställföreträdare beslutas enligt nämndens riktlinjer", 3, "", G, "nej"),
        ("Lämplighetsprövning", "Att utdrag ur belastningsregistret och kreditupplysning tas innan förordnande",
         4, "Kreditupplysning saknades i 2 ärenden.", D, "ja"),
        ("Spärrade konton", "Att uttag från överförmyndarspärrade konton har samtycke", 5,
         "Bankernas underlag kom inte in.", E, "nej"),
        ("Utbildning", "Att nya ställföreträdare har genomgått grundutbildning", None,
         "Ej aktuellt – utbildningen ges av länsstyrelsen från 2025.", U, "nej"),
        ("Digital akt", "Att inkomna handlingar skannas in samma dag", None, "", S, "nej"),
        ("Förteckningar", "Att förteckning över tillgångar lämnas inom två månader efter förordnande", 3,
         "Avvikelse: 4 förteckningar kom in sent, påminnelser skickade.", G, "ja"),
    ]
    r = 6
    for (rut, km, col, kom, st, avv) in rows:
        ws.cell(r, 1, rut)
        ws.cell(r, 2, km)
        if col:
            ws.cell(r, col, "X").alignment = Alignment(horizontal="center")
        if kom:
            ws.cell(r, 6, kom)
        exp(fil, namnd, km, st, avv)
        r += 1
    boxed(ws, 4, 1, r - 1, 6)
    for rr in range(6, r):
        for c in (3, 4, 5):
            ws.cell(rr, c).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(r + 1, 1, "Godkänd av nämnden 2026-01-22 § 4")
    for col, wdt in zip("ABCDEF", [26, 55, 11, 9, 13, 55]):
        ws.column_dimensions[col].width = wdt
    tmp = os.path.join(BUILD, "ÖFN uppföljning intern kontroll 2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", OUT)
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 10. Räddningsnämnden – a covering letter only, no control table: must be rejected
# ---------------------------------------------------------------------------
def f10_rn():
    from docx import Document
    fil = "Missiv internkontroll helår 2025 Räddningsnämnden.docx"
    namnd = "Räddningsnämnden"
    doc = Document()
    doc.add_paragraph("Räddningstjänsten Ekbacka\t\t2026-02-02")
    doc.add_paragraph("Till: Kommunstyrelsen, att. kommunens samordnare för intern kontroll")
    doc.add_heading("Räddningsnämndens helårsuppföljning av intern kontroll 2025", 1)
    doc.add_paragraph(
        "Räddningsnämnden behandlade uppföljningen av internkontrollplanen för 2025 vid sitt sammanträde "
        "2026-01-29 § 6. Protokollet är ännu inte justerat. Själva uppföljningen finns som bilaga till "
        "protokollet och skickas över när justeringen är klar, senast den 13 februari.")
    doc.add_paragraph(
        "Vi vill redan nu uppmärksamma att arbetet med planen har påverkats av att förbundsordningen för "
        "samverkan med grannkommunerna ses över. Nämnden avser att återkomma med en samlad bedömning av den "
        "interna kontrollen i samband med årsredovisningen.")
    doc.add_paragraph("Frågor besvaras av administrativ chef Lena Sjöberg, tfn 0123-456 78.")
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Johan Nyström\nRäddningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", namnd, YEAR, "HELAR"))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Socialkontoret"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Stadsbyggnadskontoret"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljönämnden|Miljökontoret|Miljöförvaltningen"),
        ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsförvaltningen|Arbetsmarknad och integration"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarkansliet"),
        ("Räddningsnämnden", "RN|Räddningstjänsten Ekbacka|Räddningstjänsten"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in rows:
            fh.write("%s;%s\n" % (n, a))


def main():
    os.makedirs(BUILD, exist_ok=True)
    f1_ks()
    f2_bun()
    f3_sn()
    f4_csv()
    f5_sbn()
    f6_tn()
    f7_mhn()
    f8_ain()
    f9_ofn()
    f10_rn()
    registry()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(str(x) for x in row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert all(";" not in str(x) for x in row), row
            fh.write(";".join(row) + "\n")
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(set(f[0] for f in FILES)), "files,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
