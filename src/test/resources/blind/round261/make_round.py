#!/usr/bin/python3
"""Blind round 261 - Hällesjö kommun.
Theme: follow-ups made in other spreadsheet tools (Google Sheets, Smartsheet, Airtable, Notion,
Apple Numbers, Excel Online) and exported to .xlsx/.csv.
Run: /usr/bin/python3 make_round.py   (writes everything into the folder of this script)
"""
import csv
import datetime as dt
import io
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Google Sheets -> xlsx, Barn- och utbildningsnämnden, T2 2025
#    checkbox columns (TRUE/FALSE booleans), Status drop-down chip, frozen header
# ---------------------------------------------------------------------------
def file_google_bun():
    fil = "Internkontrollplan 2025 BUN – uppföljning T2.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    fix_props(wb, "")
    ws = wb.active
    ws.title = "Uppföljning T2"
    arial = Font(name="Arial", size=10)
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (jan–aug)"
    ws["A2"].font = Font(name="Arial", size=11, italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Klar T1", "Klar T2", "Status", "Avvikelse", "Kommentar / resultat"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="3C78D8")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "A4"
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom BUF", "Tertialvis",
         True, True, "Klar", False, "Stickprov 30 fakturor per tertial. Inga fel noterade.",
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation och måltider redovisas med syfte och deltagare",
         "Controller", "Tertialvis", True, True, "Klar med avvikelse", True,
         "T2: 4 av 20 verifikationer saknade deltagarförteckning. Återkoppling till rektorerna på ledningsgrupp 2025-08-28.",
         "GENOMFORD", "ja"),
        (3, "Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen",
         "Verksamhetschef elevhälsa", "Halvår", False, False, "Pågår", False,
         "Granskning av 15 journaler påbörjad i augusti, beräknas klar i september.",
         "DELVIS", "nej"),
        (4, "Skolskjuts", "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutssamordnare", "Årlig", False, False, "Ej påbörjad", False, "Planeras till oktober.",
         "EJ_GENOMFORD", ""),
        (5, "Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "HR-partner", "Tertialvis", True, True, "Klar", False,
         "Samtliga 42 nyanställningar jan–aug kontrollerade.", "GENOMFORD", "nej"),
        (6, "Personal", "Uppföljning av sjukfrånvaro och pågående rehabiliteringsärenden",
         "HR-partner", "Halvår", True, True, None, False,
         "Genomgång gjord med samtliga rektorer i juni.", "GENOMFORD", "nej"),
        (7, "Barnomsorg", "Kontroll av att avgifter för förskola och fritidshem debiteras enligt taxa",
         "Avgiftshandläggare", "Tertialvis", True, True, "Klar", False,
         "Stickprov 25 hushåll, inkomstuppgifter och debitering stämmer.", "GENOMFORD", "nej"),
        (8, "Inköp", "Kontroll av att inköp görs från avtalade leverantörer (avtalstrohet)",
         "Ekonom BUF", "Tertialvis", True, False, "Pågår", True,
         "T1: 3 köp utanför avtal (läromedel, 2 skolor). T2: analys av leverantörsreskontran pågår.",
         "DELVIS", "ja"),
        (9, "Informationssäkerhet",
         "Kontroll av att behörigheter i skoladministrativt system tas bort vid avslutad anställning",
         "IT-samordnare", "Halvår", False, False, "Utgår", False,
         "Utgår enligt nämndbeslut 2025-04-22 § 38 – ingår i kommunstyrelsens kommungemensamma kontroll.",
         "UTGAR", ""),
        (10, "Synpunkter", "Kontroll av att klagomål och synpunkter diarieförs och besvaras inom 14 dagar",
         "Nämndsekreterare", "Tertialvis", False, False, None, False, None, "SAKNAS", ""),
        (11, "Kränkande behandling",
         "Kontroll av att anmälan om kränkande behandling görs till huvudmannen samma dag",
         "Skolchef", "Tertialvis", True, True, "Klar", True,
         "Två anmälningar kom in 2–3 dagar för sent. Påminnelse om rutinen till alla rektorer.",
         "GENOMFORD", "ja"),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:10], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = arial
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (6, 7, 9) else None)
        exp(fil, N, row[2], row[10], row[11])
        r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1="Listor!$A$1:$A$5", allow_blank=True, showDropDown=False)
    dv.add(f"H4:H{last}")
    ws.add_data_validation(dv)
    # summary under the table (values, as exported)
    r += 1
    ws.cell(row=r, column=2, value="Sammanställning").font = Font(name="Arial", bold=True)
    ws.cell(row=r + 1, column=2, value="Klara T2")
    ws.cell(row=r + 1, column=3, value="6 av 11")
    ws.cell(row=r + 2, column=2, value="Med avvikelse")
    ws.cell(row=r + 2, column=3, value=3)
    widths(ws, [5, 18, 55, 22, 12, 9, 9, 18, 11, 60])
    # chip colours
    for rr in range(4, last + 1):
        v = ws.cell(row=rr, column=8).value
        col = {"Klar": "B7E1CD", "Klar med avvikelse": "FCE8B2", "Pågår": "FFF2CC",
               "Ej påbörjad": "F4C7C3", "Utgår": "D9D9D9"}.get(v)
        if col:
            ws.cell(row=rr, column=8).fill = PatternFill("solid", fgColor=col)
    # helper sheets
    ws2 = wb.create_sheet("Listor")
    for i, v in enumerate(["Ej påbörjad", "Pågår", "Klar", "Klar med avvikelse", "Utgår"], start=1):
        ws2.cell(row=i, column=1, value=v)
    ws3 = wb.create_sheet("Instruktion")
    ws3["A1"] = "Så fyller du i"
    ws3["A1"].font = Font(bold=True)
    ws3["A2"] = "Bocka i Klar T1/Klar T2 när kontrollen är utförd för tertialet."
    ws3["A3"] = "Välj status i listan. Bocka i Avvikelse om kontrollen visat brister och beskriv i kommentaren."
    ws3["A4"] = "Arket delas med förvaltningens ledningsgrupp – ändra inte kolumnernas ordning."
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Google Sheets -> CSV, Socialnämnden, delår 2025, emoji statuses, SANT/FALSKT
# ---------------------------------------------------------------------------
def file_google_sn_csv():
    fil = "Socialnämnden IK 2025 - Delår.csv"
    N = "Socialnämnden"
    rows = [
        ["Socialnämnden – uppföljning av internkontrollplan 2025", "", "", "", "", "", ""],
        ["Period: Delår (januari–augusti)", "", "", "", "", "", ""],
        ["Teckenförklaring: 🟢 Genomförd   🟡 Pågår / delvis genomförd   🔴 Ej genomförd   ⚪ Utgår",
         "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Område", "Kontrollmoment", "Metod", "Ansvarig", "Status delår", "Avvikelse", "Kommentar"],
    ]
    data = [
        ("Individ- och familjeomsorg",
         "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Stickprov 20 anmälningar", "Enhetschef barn och unga", "🟢", "SANT",
         "19 av 20 inom 14 dagar.\nEn förhandsbedömning avslutades dag 16 (semesterperiod).",
         "GENOMFORD", "ja"),
        ("Individ- och familjeomsorg",
         "Kontroll av att utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd", "🟢", "FALSKT",
         "Inga felaktigheter funna.", "GENOMFORD", "nej"),
        ("Individ- och familjeomsorg",
         "Kontroll av att dubbelutbetalningar inte förekommer (avstämning mot Försäkringskassan)",
         "Månatlig avstämning", "Controller", "🟡", "FALSKT",
         "Avstämning gjord för januari–maj, juni–augusti återstår.", "DELVIS", "nej"),
        ("Äldreomsorg",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 15 brukare", "Enhetschef hemtjänst", "🔴", "",
         "Ej genomförd under perioden på grund av vakans. Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg",
         "Kontroll av att avvikelser rapporteras och utreds enligt lex Sarah",
         "Genomgång av avvikelsesystemet", "MAS", "🟢", "SANT",
         "Två lex Sarah-rapporter under perioden; båda utredda och en anmäld till IVO.", "GENOMFORD", "ja"),
        ("Funktionsstöd",
         "Kontroll av att personlig assistans redovisas och faktureras korrekt av utförare",
         "Granskning av tidrapporter mot beslut", "Handläggare LSS", "", "",
         "Se flik LSS-detalj", "OKLAR", ""),
        ("Nämndadministration",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare", "🟢", "FALSKT", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "Ekonom", "⚪", "",
         "Utgår för SN 2025 – ingår i kommungemensam kontroll (KS).", "UTGAR", ""),
        ("Ekonomi",
         "Kontroll av hantering av brukares kontanter och fickpengar i gruppbostäder",
         "Kassainventering", "Enhetschef LSS", "", "", "", "SAKNAS", ""),
    ]
    for d in data:
        rows.append(list(d[:7]))
        exp(fil, N, d[1], d[7], d[8])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Ifylld av: Karin Ek, kvalitetsutvecklare, 2025-09-12", "", "", "", "", "", ""])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', lineterminator="\r\n")
    w.writerows(rows)
    with open(p(fil), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Smartsheet -> xlsx, Tekniska nämnden, helår 2025
#    Primary Column, Status, % Complete, Health (Green/Yellow/Red), hierarchy by indent
# ---------------------------------------------------------------------------
def file_smartsheet_tn():
    fil = "TN Internkontroll 2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    fix_props(wb, "Smartsheet")
    ws = wb.active
    ws.title = "TN Internkontroll 2025"
    hdr = ["Primary Column", "Status", "% Complete", "Health", "Assigned To", "Start Date",
           "End Date", "Kommentar", "Modified", "Modified By"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=1, column=c, value=h)
        cell.font = Font(name="Arial", bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.freeze_panes = "A2"
    d = dt.datetime
    # (level, text, status, pct, health, assigned, start, end, comment, expected_status, avv)
    rows = [
        (0, "Uppföljning internkontrollplan 2025 – helår", None, None, None, None,
         d(2025, 1, 1), d(2025, 12, 31), None, None, None),
        (1, "Ekonomi och upphandling", None, None, None, None, None, None, None, None, None),
        (2, "Kontroll av att fakturor attesteras av behörig attestant", "Complete", 1.0, "Green",
         "lena.holm@hallesjo.se", d(2025, 2, 1), d(2025, 12, 15),
         "Stickprov 40 fakturor (T1–T3). Inga fel.", "GENOMFORD", "nej"),
        (2, "Kontroll av avtalstrohet vid inköp av entreprenadtjänster", "Complete", 1.0, "Red",
         "lena.holm@hallesjo.se", d(2025, 3, 1), d(2025, 11, 30),
         "3 av 12 granskade inköp gjordes utan avtal och direktupphandlingen var inte dokumenterad. Åtgärdsplan framtagen.",
         "GENOMFORD", "ja"),
        (2, "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "In Progress", 0.6, "Yellow",
         "anders.nyberg@hallesjo.se", d(2025, 4, 1), d(2025, 12, 31),
         "Genomgång av kvartal 1–3 klar, kvartal 4 pågår (klar i januari).", "DELVIS", ""),
        (1, "Fastighet", None, None, None, None, None, None, None, None, None),
        (2, "Kontroll av att obligatorisk ventilationskontroll (OVK) utförts i kommunens lokaler",
         "Complete", 1.0, "Green", "per.sundin@hallesjo.se", d(2025, 1, 15), d(2025, 10, 31),
         "Samtliga 27 OVK-pliktiga byggnader har giltigt protokoll.", "GENOMFORD", "nej"),
        (2, "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras", "Not Started", 0.0, "Red",
         "per.sundin@hallesjo.se", d(2025, 9, 1), d(2025, 12, 31),
         "Ej genomförd 2025 på grund av personalbrist. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        (2, "Kontroll av nyckel- och passerkortshantering", "On Hold", 0.0, "Yellow",
         "per.sundin@hallesjo.se", d(2025, 5, 1), d(2025, 12, 31),
         "Pausad i väntan på upphandling av nytt passagesystem.", "EJ_GENOMFORD", ""),
        (1, "Gata och park", None, None, None, None, None, None, None, None, None),
        (2, "Kontroll av att lekplatsbesiktningar genomförs enligt plan", "Complete", 1.0, "Green",
         "maja.lind@hallesjo.se", d(2025, 4, 1), d(2025, 6, 30),
         "Huvudbesiktning av 31 lekplatser utförd, anmärkningar åtgärdade.", "GENOMFORD", "nej"),
        (2, "Kontroll av att vinterväghållning faktureras enligt avtal", None, 1.0, None,
         "maja.lind@hallesjo.se", d(2025, 1, 1), d(2025, 4, 30), None, "GENOMFORD", ""),
        (1, "VA och avfall", None, None, None, None, None, None, None, None, None),
        (2, "Kontroll av att anläggningsavgift debiteras korrekt vid nyanslutning till VA", "Complete", 1.0,
         "Yellow", "johan.eriksson@hallesjo.se", d(2025, 2, 1), d(2025, 11, 30),
         "Två fakturor med fel anläggningsavgift, krediterade och omfakturerade.", "GENOMFORD", "ja"),
        (2, "Kontroll av att avvikande dricksvattenprover hanteras enligt egenkontrollprogrammet", "Cancelled",
         0.0, None, "johan.eriksson@hallesjo.se", None, None,
         "Utgår – dricksvattenproduktionen överförd till Mittvatten AB från 2025-03-01.", "UTGAR", ""),
    ]
    # roll-up % for parents (simple average of children)
    def children_pct(idx):
        lvl = rows[idx][0]
        vals = []
        for j in range(idx + 1, len(rows)):
            if rows[j][0] <= lvl:
                break
            if rows[j][0] == lvl + 1 and rows[j][3] is not None:
                vals.append(rows[j][3])
            elif rows[j][0] == lvl + 1:
                vals.append(children_pct(j))
        return round(sum(vals) / len(vals), 2) if vals else 0.0

    r = 2
    for i, row in enumerate(rows):
        lvl, text, st, pct, health, who, sd, ed, com, es, ea = row
        if lvl < 2:
            pct = children_pct(i)
        vals = [text, st, pct, health, who, sd, ed, com, d(2025, 12, 18, 14, 3) if lvl == 2 else None,
                "lena.holm@hallesjo.se" if lvl == 2 else None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name="Arial", size=10, bold=(lvl < 2))
            if c == 1:
                cell.alignment = Alignment(indent=lvl * 2, wrap_text=True)
            if c == 3 and v is not None:
                cell.number_format = "0%"
            if c in (6, 7) and v is not None:
                cell.number_format = "yyyy-mm-dd"
            if c == 9 and v is not None:
                cell.number_format = "yyyy-mm-dd hh:mm"
        if lvl == 2:
            exp(fil, N, text, es, ea)
        r += 1
    # Smartsheet keeps hierarchy as outline levels too
    for rr, row in zip(range(2, r), rows):
        if row[0] > 0:
            ws.row_dimensions[rr].outlineLevel = row[0]
    widths(ws, [70, 14, 12, 10, 28, 12, 12, 60, 17, 26])
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Airtable CSV export, two nämnder (KFN + MBN) in one base, T2 2025
# ---------------------------------------------------------------------------
def file_airtable():
    fil = "Kontrollmoment-Alla kontroller.csv"
    K = "Kultur- och fritidsnämnden"
    M = "Miljö- och byggnämnden"
    hdr = ["Kontrollmoment", "Nämnd", "Process", "Status", "Uppföljningsperiod", "Ansvarig",
           "Resultat", "Avvikelse", "Risker", "Created time"]
    data = [
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsreglerna", K, "Bidrag",
         "Klar, Kontrollerad", "T2 2025", "Sofia Berg",
         "Stickprov 15 föreningar – underlag och utbetalning stämmer med beslut.", "",
         "R2 Felaktiga bidrag", "2025-01-28 09:14", "GENOMFORD", "nej"),
        ("Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", M, "Bygglov",
         "Klar, Avvikelse", "T2 2025", "Erik Wallin",
         "7 av 60 ärenden över 10 veckor; avgiften reducerad enligt PBL 12 kap. 8 a §.", "checked",
         "R11 Långa handläggningstider,R12 Avgiftsreduktion", "2025-01-28 09:31", "GENOMFORD", "ja"),
        ("Kontroll av kontantkassor i simhall och bibliotek", K, "Kassor",
         "Klar, Avvikelse", "T2 2025", "Jonas Ahl",
         "Kassadifferens 1 240 kr i simhallens kassa i juni. Utredd, rutin för dagsavslut skärpt.", "checked",
         "R4 Förskingring", "2025-01-28 09:40", "GENOMFORD", "ja"),
        ("Kontroll av att tillsynsavgifter debiteras enligt taxa", M, "Miljötillsyn",
         "Klar, Kontrollerad", "T2 2025", "Nadia Karimi",
         "Stickprov 25 tillsynsobjekt, korrekt debitering.", "",
         "R13 Utebliven intäkt", "2025-01-29 13:02", "GENOMFORD", "nej"),
        ("Kontroll av att uthyrning av lokaler och anläggningar faktureras", K, "Intäkter",
         "Pågår", "T2 2025", "Jonas Ahl",
         "Avstämning bokningssystem mot fakturering gjord för januari–april. Maj–augusti pågår.", "",
         "R5 Utebliven intäkt", "2025-01-29 13:20", "DELVIS", "nej"),
        ("Kontroll av jäv vid handläggning av miljö- och byggärenden", M, "Rättssäker handläggning",
         "Pågår", "T2 2025", "Erik Wallin", "Jävsdeklarationer insamlade, genomgång mot ärenden pågår.", "",
         "R14 Jäv", "2025-01-29 13:25", "DELVIS", "nej"),
        ("Kontroll av att konstsamlingen finns registrerad och på plats", K, "Inventarier",
         "Ej påbörjad", "T2 2025", "Sofia Berg", "Inventering planeras till november.", "",
         "R6 Förlust av konst", "2025-02-03 10:05", "EJ_GENOMFORD", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", M, "Nämndadministration",
         "Klar", "T2 2025", "Anna Roos", "Inga brister.", "",
         "R15 Beslut utan mandat", "2025-02-03 10:11", "GENOMFORD", "nej"),
        ("Kontroll av att anställda på fritidsgårdar har lämnat utdrag ur belastningsregistret", K,
         "Personal", "Klar", "T2 2025", "Sofia Berg", "", "",
         "R7 Olämplig personal", "2025-02-03 10:19", "GENOMFORD", "nej"),
        ("Kontroll av att livsmedelskontroller följer kontrollplanen", M, "Livsmedel",
         "Utgår", "T2 2025", "Nadia Karimi",
         "Livsmedelskontrollen är överförd till Hälsinglands miljöförbund från 2025.", "",
         "", "2025-02-04 08:47", "UTGAR", ""),
        ("Kontroll av att bidrag till studieförbund återredovisas", K, "Bidrag",
         "", "T2 2025", "Sofia Berg", "", "", "R2 Felaktiga bidrag", "2025-02-10 15:32", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', lineterminator="\r\n")
    w.writerow(hdr)
    for d in data:
        w.writerow(d[:10])
        exp(fil, d[1], d[0], d[10], d[11])
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", K, "2025", "T2"))
    FILES.append((fil, "INLAST", M, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Notion CSV export, Överförmyndarnämnden (only "ÖFN" in file name), delår 2025
# ---------------------------------------------------------------------------
def file_notion_ofn():
    fil = "Internkontroll ÖFN 2025 8c1f2e3d4b5a49c7a6e5d4c3b2a19f80.csv"
    N = "Överförmyndarnämnden"
    hdr = ["Kontrollmoment", "Status", "Period", "Ansvarig", "Relaterade risker", "Resultat",
           "Avvikelse", "Created time"]
    data = [
        ("Granskning av årsräkningar – stickprov av verifikationer", "Done", "Delår 2025", "Maria Lund",
         "Felaktig förvaltning av huvudmans medel (https://www.notion.so/Felaktig-forvaltning-2b7e91c04d1a4f5b8e6c7d8e9f0a1b2c)",
         "Stickprov 25 årsräkningar. I 2 saknades kontoutdrag för hela året – kompletterat efter begäran.",
         "Yes", "February 4, 2025 10:12 AM", "GENOMFORD", "ja"),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Done",
         "Delår 2025", "Maria Lund",
         "Felaktiga arvoden (https://www.notion.so/Felaktiga-arvoden-5c3d2e1f0a9b48c7d6e5f4a3b2c1d0e9)",
         "20 arvodesbeslut granskade utan anmärkning.", "No", "February 4, 2025 10:15 AM", "GENOMFORD", "nej"),
        ("Kontroll av att lämplighetsprövning (belastningsregister, kreditupplysning) görs före förordnande",
         "In progress", "Delår 2025", "Oskar Falk",
         "Olämpliga ställföreträdare (https://www.notion.so/Olampliga-stallforetradare-9a8b7c6d5e4f43a2b1c0d9e8f7a6b5c4)",
         "8 av 14 nya ställföreträdare kontrollerade hittills.", "No", "February 4, 2025 10:21 AM",
         "DELVIS", "nej"),
        ("Kontroll av att huvudmäns bankkonton har överförmyndarspärr", "Not started", "Delår 2025",
         "Oskar Falk",
         "Felaktig förvaltning av huvudmans medel (https://www.notion.so/Felaktig-forvaltning-2b7e91c04d1a4f5b8e6c7d8e9f0a1b2c)",
         "Skjuts till hösten på grund av ärendebalans.", "No", "February 4, 2025 10:24 AM",
         "EJ_GENOMFORD", ""),
        ("Kontroll av handläggningstid för granskning av årsräkningar (mål: klara 30 juni)", "",
         "Delår 2025", "Maria Lund",
         "Långa handläggningstider (https://www.notion.so/Langa-handlaggningstider-0f1e2d3c4b5a46978877665544332211)",
         "Se bilaga", "No", "February 5, 2025 9:02 AM", "OKLAR", ""),
        ("Kontroll av gallring av akter enligt dokumenthanteringsplanen", "", "Delår 2025", "Oskar Falk",
         "", "", "No", "February 5, 2025 9:06 AM", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', lineterminator="\n")
    w.writerow(hdr)
    for d in data:
        w.writerow(d[:8])
        exp(fil, N, d[0], d[8], d[9])
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Apple Numbers -> xlsx, Kommunstyrelsen (KLF), helår 2025
#    "Export Summary" sheet + several tables with titles on one worksheet
# ---------------------------------------------------------------------------
def file_numbers_ks():
    fil = "KS IK-uppföljning helår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    fix_props(wb, "Numbers")
    es = wb.active
    es.title = "Export Summary"
    es["A1"] = "This document was exported from Numbers. Each table was converted to an Excel worksheet. " \
               "All other objects on each Numbers sheet were placed on separate worksheets. " \
               "Please be aware that formula calculations may differ in Excel."
    es["A3"] = "Numbers Sheet Name"
    es["B3"] = "Numbers Table Name"
    es["C3"] = "Excel Worksheet Name"
    for c in "ABC":
        es[c + "3"].font = Font(bold=True)
    tables_meta = [("Uppföljning", "KLF Ekonomi", "Uppföljning"), ("", "KLF HR", "Uppföljning"),
                   ("", "KLF IT och informationssäkerhet", "Uppföljning"), ("", "Sammanställning", "Uppföljning")]
    for i, t in enumerate(tables_meta, start=4):
        for c, v in enumerate(t, start=1):
            es.cell(row=i, column=c, value=v)
    widths(es, [24, 34, 24])

    ws = wb.create_sheet("Uppföljning")
    hdr = ["Kontrollmoment", "Metod", "Ansvarig", "Genomförd", "Avvikelse", "Kommentar helår"]
    thin = Side(style="thin", color="A6A6A6")
    hfont = Font(name="Helvetica Neue", size=10, bold=True)
    bfont = Font(name="Helvetica Neue", size=10)
    tables = [
        ("KLF Ekonomi", [
            ("Kontroll av att manuella utbetalningar är attesterade av två personer", "Samtliga manuella utbetalningar",
             "Redovisningschef", True, False, "Samtliga 18 manuella utbetalningar kontrollerade, korrekt attest.",
             "GENOMFORD", "nej"),
            ("Avstämning av kundreskontra mot huvudbok", "Månadsvis avstämning", "Redovisningsekonom",
             True, True, "Differens 14 tkr i oktober, utredd och rättad i novemberbokslutet.", "GENOMFORD", "ja"),
            ("Kontroll av förtroendekänsliga poster (representation, resor, gåvor)", "Stickprov 40 verifikationer",
             "Controller", True, False, None, "GENOMFORD", "nej"),
            ("Kontroll av att ändringar i leverantörsregistret och bankgironummer verifieras",
             "Genomgång av ändringslogg", "Redovisningsekonom", False, False,
             "Påbörjad i december – 40 av 120 ändringar verifierade. Slutförs i januari 2026.", "DELVIS", "nej"),
            ("Kontroll av momsredovisning och avdrag för ingående moms på representation", "Stickprov",
             "Redovisningschef", False, False,
             "Utgår – ersatt av extern momsgranskning (beslut KS 2025-05-13 § 97).", "UTGAR", ""),
        ]),
        ("KLF HR", [
            ("Kontroll av att löneutbetalningar stämmer med anställningsavtal", "Stickprov 30 anställda",
             "Lönechef", True, True, "3 fel i OB-ersättning, korrigerade i novemberlönen.", "GENOMFORD", "ja"),
            ("Kontroll av att bisysslor redovisas och prövas årligen", "Enkät till chefer", "HR-chef",
             False, False, "Ej genomförd 2025, flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
            ("Kontroll av att arbetsmiljöuppgifter är skriftligt fördelade", "Genomgång av fördelningsblanketter",
             "HR-chef", True, False, "Fördelning klar och undertecknad för samtliga chefer.", "GENOMFORD", "nej"),
        ]),
        ("KLF IT och informationssäkerhet", [
            ("Kontroll av att behörigheter i ekonomisystemet tas bort vid avslutad anställning",
             "Jämförelse behörighetslista – HR-system", "IT-chef", True, True,
             "5 konton var aktiva efter avslutad anställning – borttagna 2025-11-04.", "GENOMFORD", "ja"),
            ("Kontroll av att säkerhetskopior kan återläsas (återläsningstest)", "Återläsningstest",
             "IT-drifttekniker", True, False, "Test genomfört 2025-10-08 med godkänt resultat.", "GENOMFORD", "nej"),
            ("Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar", "Genomgång incidentlogg",
             "Dataskyddssamordnare", False, False, "Pågår – granskning av incidentloggen klar till 80 %.",
             "DELVIS", "nej"),
        ]),
    ]
    r = 1
    for title, items in tables:
        ws.cell(row=r, column=1, value=title).font = Font(name="Helvetica Neue", size=12, bold=True)
        r += 1
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = hfont
            cell.fill = PatternFill("solid", fgColor="DBDBDB")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        r += 1
        for it in items:
            for c, v in enumerate(it[:6], start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.font = bfont
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, it[0], it[6], it[7])
            r += 1
        r += 2
    ws.cell(row=r, column=1, value="Sammanställning").font = Font(name="Helvetica Neue", size=12, bold=True)
    r += 1
    for a, b in [("Antal kontrollmoment", 11), ("Genomförda", 7), ("Genomförda med avvikelse", 3),
                 ("Ej genomförda / utgår", 2)]:
        ws.cell(row=r, column=1, value=a).font = bfont
        ws.cell(row=r, column=2, value=b).font = bfont
        r += 1
    widths(ws, [60, 32, 22, 11, 11, 60])
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Excel Online, Excel table with table style, Hällesjö Bostäder AB, T2 2025
#    ✅ ⚠️ ⏳ ❌ ➖ per tertial, legend below the table
# ---------------------------------------------------------------------------
def file_excel_online_hbab():
    fil = "Hällesjö Bostäder IK T2 2025.xlsx"
    N = "Hällesjö Bostäder AB"
    wb = Workbook()
    fix_props(wb, "Hällesjö Bostäder AB")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Hällesjö Bostäder AB"
    ws["A1"].font = Font(name="Aptos Narrow", size=16, bold=True)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 2"
    ws["A2"].font = Font(name="Aptos Narrow", size=12)
    hdr = ["Nr", "Område", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    start = 4
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=start, column=c, value=h)
    data = [
        (1, "Hyresadministration", "Felaktiga hyresavier",
         "Kontroll av att hyreshöjningar enligt förhandlingsöverenskommelse lagts in korrekt i hyressystemet",
         "Hyresadministratör", "✅", "✅", None, "Stickprov 50 lägenheter, inga fel.", "GENOMFORD", "nej"),
        (2, "Hyresadministration", "Hyresförluster", "Kontroll av att kravrutinen följs för obetalda hyror",
         "Ekonomichef", "✅", "⚠️", None,
         "T2: 6 ärenden saknade påminnelse inom 10 dagar. Rutinen gås igenom med hyresadministrationen.",
         "GENOMFORD", "ja"),
        (3, "Underhåll", "Felaktig fakturering",
         "Kontroll av att entreprenörsfakturor överensstämmer med avtal och beställning", "Förvaltare",
         "✅", "⏳", None, "Granskning av ramavtal måleri pågår.", "DELVIS", ""),
        (4, "Underhåll", "Eftersatt underhåll", "Uppföljning av att underhållsplanen för 2025 genomförs",
         "Teknisk chef", "✅", None, None, None, "GENOMFORD", "nej"),
        (5, "Inköp", "Otillåten direktupphandling",
         "Kontroll av att direktupphandlingar dokumenteras enligt LOU och bolagets riktlinje", "Inköpsansvarig",
         "❌", "❌", None, "Ej genomförd p.g.a. resursbrist. Planeras till T3.", "EJ_GENOMFORD", ""),
        (6, "Personal", "Jäv", "Kontroll av att anställda med inköpsbehörighet lämnat jävsdeklaration", "VD",
         "➖", "➖", None, "Ej aktuell 2025 – görs vartannat år (nästa gång 2026).", "UTGAR", ""),
        (7, "Säkerhet", "Brand",
         "Kontroll av att systematiskt brandskyddsarbete dokumenteras i alla fastigheter", "Säkerhetssamordnare",
         "⏳", "✅", None, "Samtliga 34 fastigheter har dokumenterad SBA-rond.", "GENOMFORD", "nej"),
        (8, "Ekonomi", "Felaktiga utbetalningar",
         "Kontroll av att ändrade bankuppgifter för leverantörer verifieras per telefon",
         "Redovisningsekonom", None, None, None, None, "SAKNAS", ""),
    ]
    r = start + 1
    for d in data:
        for c, v in enumerate(d[:9], start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (6, 7, 8) else None)
        exp(fil, N, d[3], d[9], d[10])
        r += 1
    end = r - 1
    tab = Table(displayName="IK2025", ref=f"A{start}:I{end}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True, showColumnStripes=False)
    ws.add_table(tab)
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring").font = Font(bold=True)
    leg = [("✅", "Genomförd utan avvikelse"), ("⚠️", "Genomförd med avvikelse"), ("⏳", "Pågår"),
           ("❌", "Ej genomförd"), ("➖", "Ej aktuell")]
    for i, (s, t) in enumerate(leg, start=1):
        ws.cell(row=r + i, column=1, value=s)
        ws.cell(row=r + i, column=2, value=t)
    ws.cell(row=r + 7, column=1, value="Rapporteras till styrelsen 2025-09-25. Ansvarig: Ulla Strand, ekonomichef")
    ws.oddHeader.center.text = "Hällesjö Bostäder AB – Internkontroll 2025"
    widths(ws, [6, 20, 22, 60, 20, 7, 7, 7, 60])
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. To reject: a Google Sheets budget follow-up (emoji statuses, but no internal control)
# ---------------------------------------------------------------------------
def file_reject_budget():
    fil = "Budgetuppföljning KFN augusti 2025.xlsx"
    wb = Workbook()
    fix_props(wb, "")
    ws = wb.active
    ws.title = "Augusti"
    ws["A1"] = "Kultur- och fritidsnämnden – Budgetuppföljning augusti 2025"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws["A2"] = "Belopp i tkr. 🟢 = inom budget, 🟡 = risk för underskott, 🔴 = prognostiserat underskott"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Status",
           "Kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(name="Arial", bold=True)
    data = [
        ("Nämnd och förvaltningsledning", 4200, 2650, 4100, 100, "🟢", ""),
        ("Bibliotek", 11800, 7950, 11900, -100, "🟡", "Högre kostnader för e-medier."),
        ("Simhall", 9600, 7100, 10400, -800, "🔴", "Energikostnader och reparation av reningsverk."),
        ("Fritidsgårdar", 6300, 3900, 6200, 100, "🟢", ""),
        ("Föreningsbidrag", 5100, 4300, 5100, 0, "🟢", "Huvuddelen utbetald i mars."),
        ("Kulturskola", 8700, 5600, 8650, 50, "🟢", ""),
        ("Summa", 45700, 31500, 46350, -650, "🟡", ""),
    ]
    for i, d in enumerate(data, start=5):
        for c, v in enumerate(d, start=1):
            ws.cell(row=i, column=c, value=v)
    ws.freeze_panes = "A5"
    widths(ws, [32, 13, 15, 14, 20, 8, 48])
    wb.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Samhällsbyggnad"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Hällesjö Bostäder AB", "HBAB|Hällesjöbostäder|Hällesjö Bostäder"),
        ("Räddningstjänsten Södra Hälsingland", "RSH|Räddningstjänstförbundet"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    file_google_bun()
    file_google_sn_csv()
    file_smartsheet_tn()
    file_airtable()
    file_notion_ofn()
    file_numbers_ks()
    file_excel_online_hbab()
    file_reject_budget()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")
