#!/usr/bin/python3
"""Round 304 - Lillån kommun, 2025: kommungemensamma kontroller followed up by several nämnder in one file."""
import csv, datetime, os, shutil, subprocess, tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r304-build-")
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round304"]
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)

KS, BUN, SN, TN = "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Socialnämnden", "Tekniska nämnden"
KFN, MBN, OFN = "Kultur- och fritidsnämnden", "Miljö- och byggnadsnämnden", "Överförmyndarnämnden"
VN, RN, LBAB = "Valnämnden", "Räddningsnämnden", "Lillåns Bostäder AB"

FILES = []     # (fil, utfall, nämnd, år, period)
EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def path(name):
    return os.path.join(HERE, name)


def convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekonomiavdelningen Lillån kommun"


# ---------------------------------------------------------------------------------------------
# F1  Economy office matrix: controls as rows, one column per nämnd (abbreviations), codes + legend
# ---------------------------------------------------------------------------------------------
def f1():
    fil = "Kommungemensamma kontroller delår 2025.xlsx"
    wb = openpyxl.Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Delår 2025"
    ws["A1"] = "Lillån kommun – Uppföljning av kommungemensamma kontroller, delår 2025 (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställt av ekonomiavdelningen 2025-09-12. Underlag från respektive förvaltning."
    ws["A3"] = ("Teckenförklaring: G = genomförd utan anmärkning   GA = genomförd, avvikelse noterad (se kommentar)   "
                "P = påbörjad/delvis genomförd   EG = ej genomförd   – = ej aktuell för nämnden   "
                "U = kontrollen utgår (beslut KS 2025-04-02 § 58)")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:L3")
    cols = ["KS", "BUN", "SN", "TN", "KFN", "MBN", "ÖFN"]
    names = [KS, BUN, SN, TN, KFN, MBN, OFN]
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod / omfattning"] + cols + ["Kommentar ekonomiavdelningen"]
    ws.append([]); ws.append(hdr)
    hr = ws.max_row
    for c in range(1, len(hdr) + 1):
        cell = ws.cell(hr, c); cell.font = BOLD; cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9E1F2"); cell.alignment = WRAP
    ws.cell(hr - 1, 5, "Status per nämnd, delår 2025").font = BOLD
    ws.merge_cells(start_row=hr - 1, start_column=5, end_row=hr - 1, end_column=11)

    G = "G"; GA = "GA"; P = "P"; EG = "EG"; NA = "–"; U = "U"
    groups = [
        ("Ekonomi", [
            ("1.1", "Ekonomiadministration", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per nämnd, kontroll mot attestförteckning",
             [G, G, GA, G, G, G, G],
             "SN: 3 av 20 fakturor attesterade av person utan behörighet, rutin förtydligad."),
            ("1.2", "Ekonomiadministration", "Representation och förtroendekänsliga poster – syfte och deltagare anges",
             "Samtliga representationsfakturor jan–jun",
             [GA, G, G, P, G, "", NA],
             "KS: två fakturor saknade deltagarförteckning.\nTN: granskning pågår, klar i oktober.\nMBN har inte rapporterat."),
            ("1.3", "Kassahantering", "Kontantkassor och handkassor inventeras och stäms av",
             "Oanmäld inventering av samtliga kassor",
             [NA, G, G, EG, G, NA, NA],
             "TN: flyttad till hösten på grund av vakanser."),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Löneutbetalningar till avslutade anställningar (felaktiga utbetalningar)",
             "Körning i lönesystemet: utbetalning efter slutdatum",
             [G, GA, GA, G, G, G, G],
             "BUN: 2 felaktiga utbetalningar, återkrav gjort.\nSN: 1 utbetalning efter avslut, återbetald."),
        ]),
        ("Upphandling och inköp", [
            ("3.1", "Inköp", "Avtalstrohet vid inköp – köp från avtalade leverantörer",
             "Analys av leverantörsreskontra mot avtalsdatabasen",
             [P, P, P, G, "Se bilaga", G, NA],
             "Analys av inköpsdata pågår för KS, BUN och SN. KFN:s redovisning finns i bilaga 2."),
        ]),
        ("Informationssäkerhet", [
            ("4.1", "IT/behörigheter", "Behörigheter i ekonomisystemet och verksamhetssystem stäms av mot aktuell personal",
             "Behörighetslistor jämförs med personalregistret",
             [G, EG, G, G, G, P, G],
             "BUN: ej genomförd, systembyte i skolans verksamhetssystem. MBN: klart för ekonomisystemet, ej för Castor."),
            ("4.2", "Dataskydd", "Registerförteckning enligt GDPR är uppdaterad",
             "Genomgång av registerförteckningen",
             [U, U, U, U, U, U, U],
             "Utgår 2025 – ersätts av dataskyddsombudets granskning."),
        ]),
    ]
    for gname, rows in groups:
        ws.append([gname]); r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(r, 1).font = BOLD; ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        for nr, proc, km, met, st, kom in rows:
            ws.append([nr, proc, km, met] + st + [kom]); r = ws.max_row
            for c in range(1, len(hdr) + 1):
                ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
            for i, code in enumerate(st):
                ws.cell(r, 5 + i).alignment = Alignment(horizontal="center", vertical="top")
                status, avv = {
                    G: ("GENOMFORD", "nej"), GA: ("GENOMFORD", "ja"), P: ("DELVIS", ""),
                    EG: ("EJ_GENOMFORD", ""), NA: ("UTGAR", ""), U: ("UTGAR", ""), "": ("SAKNAS", ""),
                    "Se bilaga": ("OKLAR", ""),
                }[code]
                EXPECTED.append((fil, names[i], km, status, avv))
    # totals row (not a control)
    ws.append([])
    tot = ["", "", "Antal genomförda (G+GA)", ""]
    for i in range(len(cols)):
        n = sum(1 for _, rows in groups for row in rows if row[4][i] in (G, GA))
        tot.append(n)
    ws.append(tot + [""]); r = ws.max_row
    for c in range(1, len(hdr) + 1):
        ws.cell(r, c).font = BOLD
    ws.append([]); ws.append(["Bilaga 2: Kultur- och fritidsförvaltningens redovisning av avtalstrohet (separat fil)."])
    widths = [5, 20, 48, 36] + [7] * 7 + [50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E6"
    wb.save(path(fil))
    for n in names:
        FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# F2  Transposed matrix (nämnder as rows, controls as columns), colours + legend, ODS, helår
# ---------------------------------------------------------------------------------------------
def f2():
    fil = "IK kommungemensamt helår 2025.ods"
    GREEN, YELLOW, ORANGE, RED, GREY = "92D050", "FFFF00", "F4B084", "FF0000", "BFBFBF"
    ctrls = [
        "Attest av leverantörsfakturor enligt attestordningen",
        "Moms på representation och inköp redovisas korrekt",
        "Delegationsbeslut anmäls till nämnd enligt delegationsordningen",
        "Direktupphandlingar över 100 000 kr dokumenteras",
        "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
    ]
    data = [
        (KS, "Kommunstyrelsen",
         [(GREEN, "Klar"), (ORANGE, "2 fel"), (GREEN, ""), (YELLOW, "Pågår"), (GREEN, "")],
         "Momsfel rättade i november."),
        (BUN, "Barn- och utbildningsnämnden",
         [(GREEN, ""), (GREEN, ""), (RED, "Ej gjord"), (ORANGE, "1 saknad dok."), (YELLOW, "")],
         "Delegationskontrollen hann inte göras p.g.a. byte av nämndsekreterare."),
        (SN, "Socialnämnden",
         [(ORANGE, "Fel attestant 2 st"), (GREEN, ""), (GREEN, "OK"), (GREY, "Ej aktuell"), (None, "")],
         "SN har inga direktupphandlingar över gränsen 2025."),
        (TN, "Tekniska nämnden",
         [(GREEN, "OK"), (RED, ""), (GREEN, "OK"), (GREEN, ""), (YELLOW, "Halva året")],
         ""),
    ]
    colour_map = {GREEN: ("GENOMFORD", "nej"), ORANGE: ("GENOMFORD", "ja"), YELLOW: ("DELVIS", ""),
                  RED: ("EJ_GENOMFORD", ""), GREY: ("UTGAR", ""), None: ("SAKNAS", "")}
    wb = openpyxl.Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Helår 2025"
    ws["A1"] = "Kommungemensam internkontroll 2025 – helårsuppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Lillån kommun, ekonomiavdelningen. Avser perioden januari–december 2025."
    ws.append([])
    ws.append(["Nämnd"] + ctrls + ["Samlad kommentar"])
    hr = ws.max_row
    for c in range(1, len(ctrls) + 3):
        cell = ws.cell(hr, c); cell.font = BOLD; cell.alignment = WRAP; cell.border = BOX
    ws.row_dimensions[hr].height = 75
    for reg, label, cells, kom in data:
        ws.append([label] + [t for _, t in cells] + [kom]); r = ws.max_row
        ws.cell(r, 1).font = BOLD
        for i, (col, _) in enumerate(cells):
            cell = ws.cell(r, 2 + i); cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if col:
                cell.fill = PatternFill("solid", fgColor=col)
            EXPECTED.append((fil, reg, ctrls[i], *colour_map[col]))
        ws.cell(r, 2 + len(ctrls)).alignment = WRAP
        FILES.append((fil, "INLAST", reg, "2025", "HELAR"))
    ws.append([]); ws.append(["Färgförklaring:"]); ws.cell(ws.max_row, 1).font = BOLD
    for col, txt in [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Delvis genomförd / pågår"),
                     (ORANGE, "Genomförd – avvikelse noterad"), (RED, "Ej genomförd"),
                     (GREY, "Ej aktuell för nämnden"), (None, "Ingen färg = ej rapporterat")]:
        ws.append(["", txt]); r = ws.max_row
        if col:
            ws.cell(r, 1).fill = PatternFill("solid", fgColor=col)
    ws.column_dimensions["A"].width = 30
    for i in range(2, 7):
        ws.column_dimensions[get_column_letter(i)].width = 22
    ws.column_dimensions["G"].width = 45
    src = os.path.join(TMP, "IK kommungemensamt helår 2025.xlsx")
    wb.save(src)
    convert(src, "ods", HERE)


# ---------------------------------------------------------------------------------------------
# F3  One sheet per nämnd (+ bolag), delår and helår status columns, helår
# ---------------------------------------------------------------------------------------------
def f3():
    fil = "Intern kontroll 2025 - KFN MBN ÖFN LBAB.xlsx"
    wb = openpyxl.Workbook(); fix_props(wb)
    ins = wb.active; ins.title = "Instruktion"
    for line in [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "Varje nämnd/bolag fyller i sin flik. Kolumn D fylls i vid delåret (augusti), kolumn E vid helåret.",
        "Ange status med något av orden: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, Utgår.",
        "Vid avvikelse: ange J i kolumn F och beskriv åtgärd i kolumn G.",
        "De tre första raderna på varje flik är kommungemensamma kontroller (beslut KF 2024-11-25 § 112).",
        "Skicka filen till ekonomiavdelningen senast 2026-01-23.",
    ]:
        ins.append([line])
    ins["A1"].font = Font(bold=True, size=13); ins.column_dimensions["A"].width = 110

    common = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen"),
        ("Ekonomi", "Representation och förtroendekänsliga poster – syfte och deltagare anges"),
        ("IT", "Behörigheter i verksamhetssystem stäms av mot aktuell personal"),
    ]
    sheets = [
        ("KFN", "Nämnd: Kultur- och fritidsnämnden", KFN, [
            # (område, kontrollmoment, ansvarig, delår, helår, avv, kommentar, status, avvikelse)
            (*common[0], "Ekonom KFF", "Genomförd", "Genomförd", "N", "", "GENOMFORD", "nej"),
            (*common[1], "Ekonom KFF", "Pågår", "Genomförd med avvikelse", "J",
             "En faktura för personalfest saknade deltagarlista. Påminnelse till chefer.", "GENOMFORD", "ja"),
            (*common[2], "Systemförvaltare", "Ej påbörjad", "Pågår", "",
             "Bokningssystemet klart, biblioteket återstår.", "DELVIS", ""),
            ("Föreningsbidrag", "Bidrag till föreningar betalas ut enligt fastställda bidragsregler", "Föreningskonsulent",
             "Genomförd", "Genomförd", "N", "Stickprov 15 bidrag.", "GENOMFORD", "nej"),
            ("Uthyrning", "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
             "Pågår", "", "", "Ej genomförd under året – flyttas till internkontrollplan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("MBN", "Internkontrollplan 2025 – uppföljning helår", MBN, [
            (*common[0], "Controller", "Genomförd", "Genomförd", "N", "", "GENOMFORD", "nej"),
            (*common[1], "Controller", "", "", "", "", "SAKNAS", ""),
            (*common[2], "Förvaltningschef", "Pågår", "Genomförd", "N", "Castor och ekonomisystemet avstämda.",
             "GENOMFORD", "nej"),
            ("Bygglov", "Handläggningstider för bygglov inom 10 veckor enligt PBL", "Bygglovschef",
             "Genomförd", "Genomförd med avvikelse", "J",
             "4 av 112 ärenden över 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Tillsyn", "Tillsynsavgifter debiteras enligt fastställd taxa", "Miljöchef",
             "Ej påbörjad", "Utgår", "", "Ny taxemodell införd 2025, kontrollen görs 2026.", "UTGAR", ""),
        ]),
        ("ÖFN", "Nämnd: Överförmyndarnämnden", OFN, [
            (*common[0], "Handläggare", "Genomförd", "Genomförd", "N", "", "GENOMFORD", "nej"),
            (*common[1], "Handläggare", "Utgår", "Utgår", "", "Nämnden har ingen representation.", "UTGAR", ""),
            (*common[2], "Handläggare", "Genomförd", "Genomförd", "N", "Wärna avstämt i mars och oktober.",
             "GENOMFORD", "nej"),
            ("Årsräkningar", "Granskning av årsräkningar slutförs före 30 juni", "Samordnare",
             "Genomförd", "", "N", "Klart i juni.", "GENOMFORD", "nej"),
            ("Arvoden", "Kontroll av ställföreträdares arvoden", "Samordnare",
             "Pågår", "Pågår", "", "Stickprov gjort för gode män, förvaltare återstår.", "DELVIS", ""),
        ]),
        ("Lillåns Bostäder", "Bolag: Lillåns Bostäder AB", LBAB, [
            (*common[0], "Ekonomichef", "Genomförd", "Genomförd", "N", "", "GENOMFORD", "nej"),
            (*common[1], "Ekonomichef", "Genomförd", "Genomförd", "N", "", "GENOMFORD", "nej"),
            (*common[2], "IT-samordnare", "Pågår", "Ej påbörjad", "", "Ny fastighetssystemleverantör, skjuts upp.",
             "EJ_GENOMFORD", ""),
            ("Hyror", "Hyresavier och hyreshöjningar enligt förhandlingsöverenskommelse", "Kundchef",
             "Genomförd", "Genomförd med avvikelse", "J",
             "12 lägenheter fick fel höjning i januari; kreditering gjord i november.", "GENOMFORD", "ja"),
            ("Brandskydd", "Systematiskt brandskyddsarbete (SBA) i bostadsbestånd", "Förvaltare",
             "Pågår", "Genomförd", "N", "Samtliga trapphus ronderade.", "GENOMFORD", "nej"),
        ]),
    ]
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status delår (aug)", "Status helår (dec)",
           "Avvikelse J/N", "Kommentar / åtgärd"]
    for title, line, reg, rows in sheets:
        ws = wb.create_sheet(title)
        ws["A1"] = line; ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "År 2025"
        ws.append([]); ws.append(hdr); hr = ws.max_row
        for c in range(1, 8):
            ws.cell(hr, c).font = BOLD; ws.cell(hr, c).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.cell(hr, c).border = BOX; ws.cell(hr, c).alignment = WRAP
        ws.append(["Kommungemensamma kontroller"]); ws.cell(ws.max_row, 1).font = Font(italic=True)
        for i, row in enumerate(rows):
            if i == 3:
                ws.append(["Nämndspecifika kontroller" if reg != LBAB else "Bolagets egna kontroller"])
                ws.cell(ws.max_row, 1).font = Font(italic=True)
            omr, km, ans, d, h, avv, kom, st, ex = row
            ws.append([omr, km, ans, d, h, avv, kom]); r = ws.max_row
            for c in range(1, 8):
                ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
            EXPECTED.append((fil, reg, km, st, ex))
        for col, w in zip("ABCDEFG", [18, 55, 18, 16, 22, 11, 55]):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", reg, "2025", "HELAR"))
    wb.save(path(fil))


# ---------------------------------------------------------------------------------------------
# F4  Hypergene CSV export: one line per förvaltning, control and period (T1 + delår), cp1252
# ---------------------------------------------------------------------------------------------
def f4():
    fil = "hypergene_export_internkontroll_20250905.csv"
    BUF, SOC, TEK = "Barn- och utbildningsförvaltningen", "Socialförvaltningen", "Tekniska förvaltningen"
    reg = {BUF: BUN, SOC: SN, TEK: TN}
    # (enhet, km, ansvarig, frekvens, t1 (status, avv, kom) or None, delår (status, avv, kom), exp status, exp avv)
    rows = [
        (BUF, "Skolpliktsbevakning – elever med hög frånvaro anmäls till huvudman", "Rektorer", "Per tertial",
         ("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Samtliga skolor har rapporterat."), "GENOMFORD", "nej"),
        (BUF, "Kränkande behandling anmäls till huvudman utan dröjsmål", "Utvecklingsstrateg", "Per tertial",
         ("Pågående", "", ""), ("Genomförd med avvikelse", "Ja",
                                "7 anmälningar kom in mer än 5 dagar efter händelsen. Rektorsmöte 2025-09-18."),
         "GENOMFORD", "ja"),
        (BUF, "Placering i förskola inom fyra månader", "Placeringsassistent", "Årlig", None,
         ("Pågående", "", "Kontroll av vårens köer klar, höstens återstår."), "DELVIS", ""),
        (BUF, "Registerkontroll (belastningsregister) vid nyanställning", "HR-konsult", "Årlig", None,
         ("", "", "Kontrollen gjord i maj, inga avvikelser."), "GENOMFORD", "nej"),
        (SOC, "Utredningstid barnavårdsutredningar inom 4 månader", "Enhetschef barn och unga", "Per tertial",
         ("Genomförd med avvikelse", "Ja", "3 utredningar förlängda utan beslut."),
         ("Genomförd", "Nej", "Inga överskridanden maj–augusti."), "GENOMFORD", "nej"),
        (SOC, "Ekonomiskt bistånd – kontroll mot SSBTEK innan utbetalning", "Enhetschef försörjningsstöd",
         "Per tertial", ("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Stickprov 25 akter."), "GENOMFORD", "nej"),
        (SOC, "Avgiftsbeslut äldreomsorg uppdateras årligen", "Avgiftshandläggare", "Årlig", None,
         ("Ej påbörjad", "", "Planeras till oktober."), "EJ_GENOMFORD", ""),
        (SOC, "Lex Sarah-rapporter utreds och anmäls till IVO", "Kvalitetsstrateg", "Per tertial",
         ("Pågående", "", ""), ("Pågående", "", "Genomgång av 2025 års rapporter pågår."), "DELVIS", ""),
        (TEK, "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "Årlig", None,
         ("Genomförd", "Ja", "Två lekredskap stängda i väntan på reparation."), "GENOMFORD", "ja"),
        (TEK, "Kontroll av fordonens körjournaler", "Fordonssamordnare", "Per tertial",
         ("Ej påbörjad", "", ""), ("", "", ""), "EJ_GENOMFORD", ""),
        (TEK, "Faktureringsunderlag VA-abonnenter stäms av mot kundregister", "VA-ekonom", "Årlig", None,
         ("Ej aktuell", "", "Utgår 2025 – kundregistret byts ut, kontrollen flyttas till 2026."), "UTGAR", ""),
        (TEK, "Arbetsmiljörond vid större anläggningsprojekt", "Projektchef", "Per tertial",
         ("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Ronder i Norra Lillån och Åkervägen."), "GENOMFORD", "nej"),
    ]
    fn = path(fil)
    with open(fn, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Enhet", "Plan", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Period", "Status",
                    "Avvikelse", "Kommentar"])
        for enh, km, ans, frek, t1, dl, st, ex in rows:
            plan = "Internkontrollplan 2025"
            if t1:
                w.writerow([enh, plan, km, ans, frek, "Tertial 1 2025", *t1])
            w.writerow([enh, plan, km, ans, frek, "Delår 2025", *dl])
            EXPECTED.append((fil, reg[enh], km, st, ex))
    for e in (BUF, SOC, TEK):
        FILES.append((fil, "INLAST", reg[e], "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# F5  Word: one table per nämnd under headings (KS + ÖFN), symbols with legend, delår
# ---------------------------------------------------------------------------------------------
def f5():
    fil = "Delårsuppföljning internkontroll KS och ÖFN 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.author = "Kommunledningsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplaner – delår 2025", 0)
    d.add_paragraph("Kommunledningsförvaltningen ansvarar för beredningen av internkontrollen för kommunstyrelsen "
                    "och för överförmyndarnämnden. Nedan redovisas resultatet av de nämndspecifika kontrollerna "
                    "för perioden januari–augusti 2025. De kommungemensamma kontrollerna redovisas i "
                    "ekonomiavdelningens sammanställning.")
    legend = ("Symbolförklaring: ● = genomförd   ◐ = delvis genomförd / pågår   ○ = ej påbörjad   "
              "✖ = utgår")
    sections = [
        ("1. Kommunstyrelsen", KS, [
            ("Beslut enligt delegation återrapporteras till kommunstyrelsen", "Genomgång av delegationslistor jan–jun",
             "Samtliga beslut anmälda.", "●", "GENOMFORD", "nej"),
            ("Kommunens borgensåtaganden följs upp mot bolagens finansiella ställning",
             "Årsredovisningar och prognoser för bolagen", "Genomförd, inga avvikelser.", "●", "GENOMFORD", "nej"),
            ("Avtalsdatabasen är komplett och avtal har utsedd avtalsansvarig", "Stickprov 45 avtal",
             "30 av 45 avtal kontrollerade hittills.", "◐", "DELVIS", ""),
            ("Lönerevision genomförd enligt tidplan och centrala avtal", "Kontroll av lönefiler april",
             "Genomförd. Två medarbetare fick retroaktiv lön för sent; rättat i juni.", "●", "GENOMFORD", "ja"),
            ("Krisberedskap – risk- och sårbarhetsanalys uppdaterad", "Dokumentgranskning",
             "Planeras till hösten.", "○", "EJ_GENOMFORD", ""),
            ("Diarieföring av inkomna handlingar inom två arbetsdagar", "Stickprov i diariet",
             "Utgår enligt KS beslut 2025-03-05 § 41, ersätts av e-arkivprojektet.", "✖", "UTGAR", ""),
        ]),
        ("2. Överförmyndarnämnden", OFN, [
            ("Förordnanden av gode män och förvaltare registreras korrekt i Wärna", "Stickprov 20 ärenden",
             "Inga fel.", "●", "GENOMFORD", "nej"),
            ("Arvoden till ställföreträdare beslutas enligt riktlinje", "Stickprov 15 arvodesbeslut",
             "Gode män klara, förvaltare görs i september.", "◐", "DELVIS", ""),
            ("Registerkontroll av nya ställföreträdare (belastningsregister, Kronofogden)",
             "Samtliga nya ställföreträdare 2025",
             "10 nya: två saknade kontroll hos Kronofogden, kompletterat.", "●", "GENOMFORD", "ja"),
            ("Handläggningstid för begäran om byte av ställföreträdare", "Uttag ur Wärna", "", "", "SAKNAS", ""),
        ]),
    ]
    for i, (heading, reg, rows) in enumerate(sections):
        d.add_heading(heading, 1)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Metod/omfattning", "Resultat delår", "Status"]):
            t.rows[0].cells[c].text = h
            t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
        for km, met, res, sym, st, ex in rows:
            cells = t.add_row().cells
            cells[0].text = km; cells[1].text = met; cells[2].text = res; cells[3].text = sym
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            EXPECTED.append((fil, reg, km, st, ex))
        if i == 0:
            p = d.add_paragraph(legend); p.runs[0].italic = True; p.runs[0].font.size = Pt(9)
        FILES.append((fil, "INLAST", reg, "2025", "DELAR"))
    d.add_paragraph("")
    d.add_paragraph("Lillån 2025-09-10\nAnna Berglund\nKanslichef")
    d.save(path(fil))


# ---------------------------------------------------------------------------------------------
# F6  Socialnämnden own controls, helår, Word table with merged process cells, saved as .doc
# ---------------------------------------------------------------------------------------------
def f6():
    fil = "SN_IK_helar_2025.doc"
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.author = "Socialförvaltningen"
    p = d.add_paragraph(); r = p.add_run("Socialnämnden"); r.bold = True; r.font.size = Pt(16)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (SN § 14). "
                    "Planen omfattar sju kontrollmoment inom fyra processer. Nedan redovisas utfallet för helåret. "
                    "Uppföljningen av kommungemensamma kontroller redovisas av ekonomiavdelningen.")
    d.add_paragraph("Sammanfattningsvis bedömer förvaltningen att den interna kontrollen har varit tillräcklig, "
                    "men att uppföljningen av boendekostnader inom LSS behöver förbättras.")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Utfall helår", "Status"]
    rows = [
        ("Myndighetsutövning IFO", "Barn far illa på grund av att orosanmälningar inte hanteras i tid",
         "Förhandsbedömning av orosanmälan inom 14 dagar", "Uttag ur Treserva, samtliga anmälningar",
         "96 % inom 14 dagar. 18 ärenden försenade under semesterperioden.", "Genomförd – avvikelse",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning IFO", "Felaktiga utbetalningar av ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 30 beslut", "Samtliga beslut fattade av rätt delegat.", "Genomförd", "GENOMFORD", "nej"),
        ("Äldreomsorg", "Brukare får inte beviljade insatser",
         "Verkställighet av beslut om särskilt boende inom tre månader", "Kvartalsvis rapportering",
         "Rapporterat till IVO varje kvartal.\nSamtliga beslut verkställda inom tre månader.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Äldreomsorg", "Bristande dokumentation leder till fel insatser",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov 40 akter",
         "Granskning av hemtjänst klar, särskilt boende återstår.", "Delvis genomförd", "DELVIS", ""),
        ("LSS", "Fel hyra och boendekostnader debiteras",
         "Boendekostnader i LSS-bostäder debiteras enligt beslutad taxa", "Avstämning fakturering mot taxa",
         "Inte genomförd – ekonom slutade i maj, ny rekrytering klar i januari 2026.", "Ej genomförd",
         "EJ_GENOMFORD", ""),
        ("LSS", "Personlig assistans utförs inte enligt beslut",
         "Tidsredovisning från assistansanordnare granskas", "Stickprov 10 brukare",
         "Avbruten genom beslut SN 2025-06-18 § 77 – Försäkringskassan granskar.", "Avbruten",
         "UTGAR", ""),
        ("Ledning och administration", "Sekretessbelagd information lämnas ut felaktigt",
         "Utlämnande av allmänna handlingar prövas av behörig", "Genomgång av diarieförda utlämnanden",
         "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.rows[0].cells[c].text = h; t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    prev = None; start = None
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c in range(1, 6):
            cells[c].text = row[c]
        if row[0] != prev:
            cells[0].text = row[0]; start = i + 1; prev = row[0]
        else:
            t.cell(start, 0).merge(t.cell(i + 1, 0))
        EXPECTED.append((fil, SN, row[2], row[6], row[7]))
    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut: Socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("Maria Lindqvist, socialchef")
    src = os.path.join(TMP, "SN_IK_helar_2025.docx")
    d.save(src)
    convert(src, "doc", HERE)
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# F7  Tekniska nämnden own controls, helår, .xls (xlwt), title rows with nämnd/år/period
# ---------------------------------------------------------------------------------------------
def f7():
    fil = "Tekniska nämnden uppföljning IKP 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    b = xlwt.easyxf("font: bold on")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "Uppföljning av internkontrollplan", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Nämnd/enhet:", b); ws.write(1, 1, "Tekniska nämnden")
    ws.write(2, 0, "År:", b); ws.write(2, 1, 2025)
    ws.write(3, 0, "Uppföljning:", b); ws.write(3, 1, "Helår (tertial 3)")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status",
           "Återredovisas"]
    for i, x in enumerate(hdr):
        ws.write(5, i, x, h)
    rows = [
        ("TN1", "Gata/park", "Vinterväghållning utförs enligt avtalad standard",
         "Två tillfällen med sen snöröjning i januari.", "Vite debiterat entreprenör.", "Granskning genomförd",
         "Nej", "GENOMFORD", "ja"),
        ("TN2", "Gata/park", "Skadeanmälningar från allmänheten besvaras inom 10 arbetsdagar",
         "Ingen avvikelse.", "-", "Granskning genomförd", "Nej", "GENOMFORD", "nej"),
        ("TN3", "VA", "Provtagning av dricksvatten enligt kontrollprogram", "Ingen avvikelse.", "-",
         "Granskning genomförd", "Nej", "GENOMFORD", "nej"),
        ("TN4", "VA", "Anslutningsavgifter debiteras enligt VA-taxa vid nyanslutning",
         "", "", "Granskning påbörjad", "Ja, T1 2026", "DELVIS", ""),
        ("TN5", "Fastighet", "Myndighetskrav på fastigheter (OVK, hissbesiktning) är uppfyllda",
         "OVK saknas för tre förskolor.", "Beställt, klart mars 2026.", "Granskning genomförd", "Ja, T1 2026",
         "GENOMFORD", "ja"),
        ("TN6", "Fastighet", "Hyresavtal för externa lokaler följs upp före uppsägningstid", "", "",
         "Granskning ej genomförd", "Ja", "EJ_GENOMFORD", ""),
        ("TN7", "Kost", "Kostenheten följer rutin för specialkost", "", "", "", "", "SAKNAS", ""),
        ("TN8", "Kost", "Livsmedelsinköp sker från upphandlad grossist", "", "", "", "", "SAKNAS", ""),
    ]
    for r, row in enumerate(rows, start=6):
        for i in range(7):
            ws.write(r, i, row[i], c)
        EXPECTED.append((fil, TN, row[2], row[7], row[8]))
    ws.write(r + 2, 0, "Upprättad av: Jonas Ek, verksamhetscontroller, 2026-01-20")
    for i, w in enumerate([6, 14, 50, 34, 30, 24, 14]):
        ws.col(i).width = w * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# R   Covering letter (missiv) - no follow-up -> AVVISAD
# ---------------------------------------------------------------------------------------------
def reject():
    fil = "Missiv - internkontroll delår 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.author = "Ekonomiavdelningen"
    d.add_paragraph("Lillån kommun\nEkonomiavdelningen\n2025-09-15\nDnr KS 2025/0412")
    d.add_heading("Missiv – Uppföljning av intern kontroll, delår 2025", 1)
    d.add_paragraph("Till kommunstyrelsens arbetsutskott")
    d.add_paragraph("Härmed överlämnas nämndernas uppföljningar av internkontrollplanerna för perioden "
                    "januari–augusti 2025 samt ekonomiavdelningens sammanställning av de kommungemensamma "
                    "kontrollerna. Samtliga nämnder utom valnämnden och räddningsnämnden har lämnat underlag. "
                    "Uppföljningarna finns som bilagor till ärendet.")
    d.add_paragraph("Ekonomiavdelningen noterar att arbetet med intern kontroll har utvecklats under året och "
                    "att fler nämnder nu dokumenterar sina stickprov. En samlad bedömning lämnas i samband med "
                    "årsredovisningen.")
    d.add_heading("Förslag till beslut", 2)
    d.add_paragraph("Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen att lägga redovisningen till "
                    "handlingarna.")
    d.add_paragraph("Bilagor:\n1. Kommungemensamma kontroller delår 2025\n2. Nämndernas uppföljningar")
    d.add_paragraph("Per Holm\nEkonomichef")
    d.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    rows = [
        (KS, "KS|Kommunledningsförvaltningen|KLF"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
        (SN, "SN|Socialförvaltningen|SOC"),
        (TN, "TN|Tekniska förvaltningen|TF"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
        (MBN, "MBN|Miljö- och byggförvaltningen|Bygg- och miljöförvaltningen"),
        (OFN, "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        (VN, "VN"),
        (RN, "RN|Räddningstjänsten Lillån"),
        (LBAB, "LBAB|Lillåns Bostäder|Lillånbostäder"),
    ]
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")


def main():
    for old in os.listdir(HERE):
        if old.endswith((".xlsx", ".xls", ".ods", ".doc", ".docx", ".csv")):
            os.remove(path(old))
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); reject(); register()
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
