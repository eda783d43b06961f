#!/usr/bin/python3
"""Blind round r255 - theme: resubmissions and versions. Kommun: Sjöholma, 2025, T2 and HELAR.

Builds every follow-up file, the file to reject, and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py   (writes into the folder of this script)
"""
import csv
import datetime
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def normalise_zip(path):
    """Rewrite a zip container with fixed timestamps so the output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def save_wb(wb, name):
    wb.properties.creator = "Sjöholma kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(p(name))
    normalise_zip(p(name))


def save_doc(d, name):
    d.core_properties.author = "Sjöholma kommun"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "Sjöholma kommun"
    d.save(p(name))
    normalise_zip(p(name))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1 + 2  Socialnämnden T2, v1 and v2 (REVIDERAD + Ändringslogg)
# ---------------------------------------------------------------------------
SN_V1 = [
    ("Ekonomiadministration", None),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 20 fakturor per tertial", "Ekonom", "Genomförd",
     "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Hantering av privata medel för brukare på särskilt boende",
     "Genomgång av kassabok och kvitton", "Enhetschef SÄBO", "Delvis",
     "Kontroll genomförd på 2 av 4 boenden.", "DELVIS", "nej"),
    ("Ekonomi", "Utbetalning av ekonomiskt bistånd – rätt belopp och beslut",
     "Stickprov 25 utbetalningar", "Enhetschef försörjningsstöd", "Genomförd",
     "Två felaktiga utbetalningar upptäcktes, återkrav pågår.", "GENOMFORD", "ja"),
    ("Myndighetsutövning och kvalitet", None),
    ("Kvalitet", "Registrering av avvikelser enligt Lex Sarah",
     "Genomgång av avvikelsesystemet", "Kvalitetsutvecklare", "Ej genomförd",
     "Skjuts till tertial 3 p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
    ("Kvalitet", "Uppföljning av köpta platser (HVB) mot avtal",
     "Jämförelse faktura – avtal – beslut", "Enhetschef IFO", "Pågår",
     "", "DELVIS", ""),
    ("Myndighet", "Handläggningstider för orosanmälningar (förhandsbedömning inom 14 dagar)",
     "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "Genomförd",
     "92 % inom 14 dagar, avvikelse mot målet 100 %.", "GENOMFORD", "ja"),
    ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
     "Slumpvis loggutdrag 10 personakter", "Systemförvaltare", "",
     "", "SAKNAS", ""),
    ("Styrning och ledning", None),
    ("Ledning", "Delegationsbeslut anmäls till nämnden",
     "Kontroll mot delegationsordningen", "Nämndsekreterare", "Genomförd",
     "Anmälda vid varje sammanträde.", "GENOMFORD", "nej"),
    ("Ledning", "Kontroll av bisysslor hos anställda",
     "Enkät till chefer", "HR-konsult", "Ej påbörjad",
     "", "EJ_GENOMFORD", ""),
]

# v2: changed rows
SN_V2_CHANGES = {
    "Hantering av privata medel för brukare på särskilt boende":
        ("Genomförd", "Kontroll genomförd på samtliga 4 boenden. Kvitton saknades i ett fall, rutin förtydligad.",
         "GENOMFORD", "ja"),
    "Uppföljning av köpta platser (HVB) mot avtal":
        ("Genomförd", "Samtliga 6 placeringar följda mot avtal, inga avvikelser.", "GENOMFORD", "nej"),
    "Loggkontroll i verksamhetssystemet Treserva":
        ("Delvis", "Loggar för juni–augusti granskade, maj återstår.", "DELVIS", "nej"),
    "Kontroll av bisysslor hos anställda":
        ("Utgår", "Ersätts av kommungemensam kontroll som Kommunstyrelsen genomför.", "UTGAR", ""),
}


def build_sn(version):
    name = ("SN_Internkontroll_uppfoljning_T2_2025.xlsx" if version == 1
            else "SN_Internkontroll_uppfoljning_T2_2025_v2.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    title = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    if version == 2:
        title += " – REVIDERAD"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    if version == 1:
        ws["A2"] = "Period: januari–augusti (tertial 2)"
        ws["A3"] = "Upprättad av: Lena Forsberg, controller     Datum: 2025-09-10"
    else:
        ws["A2"] = "Period: januari–augusti (tertial 2)"
        ws["A3"] = "Ersätter version skickad 2025-09-12. Ändrade rader är gulmarkerade, se även fliken Ändringslogg."
        ws["A3"].font = Font(italic=True, color="C00000")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BOX
    yellow = PatternFill("solid", fgColor="FFFF00")
    for row in SN_V1:
        r += 1
        if row[1] is None:
            ws.cell(r, 1, row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1).fill = GROUP_FILL
            continue
        proc, km, metod, ansv, status, komm, exp, avv = row
        changed = False
        if version == 2 and km in SN_V2_CHANGES:
            status, komm, exp, avv = SN_V2_CHANGES[km]
            changed = True
        vals = [proc, km, metod, ansv, status, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
            if changed and c in (5, 6):
                cell.fill = yellow
        EXPECTED.append((name, "Socialnämnden", km, exp, avv))
    r += 2
    ws.cell(r, 1, "Redovisas för Socialnämnden 2025-09-24.")
    for col, w in zip("ABCDEF", (18, 52, 30, 24, 14, 50)):
        ws.column_dimensions[col].width = w
    if version == 2:
        log = wb.create_sheet("Ändringslogg")
        log["A1"] = "Ändringslogg – uppföljning internkontroll T2 2025"
        log["A1"].font = BOLD
        lh = ["Datum", "Rad", "Kontrollmoment", "Tidigare status", "Ny status", "Ändrad av", "Orsak"]
        for c, h in enumerate(lh, 1):
            log.cell(3, c, h).font = BOLD
        entries = [
            ("2025-09-18", 8, "Hantering av privata medel för brukare på särskilt boende",
             "Delvis", "Genomförd", "LF", "Kontroll på boende 3 och 4 klar"),
            ("2025-09-18", 12, "Uppföljning av köpta platser (HVB) mot avtal",
             "Pågår", "Genomförd", "LF", "Rapport från IFO inkom"),
            ("2025-09-19", 14, "Loggkontroll i verksamhetssystemet Treserva",
             "", "Delvis", "PN", "Status saknades i version 1"),
            ("2025-09-19", 17, "Kontroll av bisysslor hos anställda",
             "Ej påbörjad", "Utgår", "LF", "Beslut i ledningsgruppen 2025-09-17"),
        ]
        for i, e in enumerate(entries, 4):
            for c, v in enumerate(e, 1):
                log.cell(i, c, v)
        for col, w in zip("ABCDEFG", (12, 6, 52, 16, 14, 10, 36)):
            log.column_dimensions[col].width = w
    save_wb(wb, name)
    FILES.append((name, "INLAST", "Socialnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 3  Tekniska nämnden helår, T2 columns still filled beside Helår columns
# ---------------------------------------------------------------------------
TN = [
    ("Inköp", "Kontroll av att upphandlade ramavtal följs vid inköp", "Tertial",
     "D", "3 av 5 avtal kontrollerade.", "G", "Samtliga avtal kontrollerade. Två köp utanför avtal, återkopplat till beställare.",
     "GENOMFORD", "ja"),
    ("Säkerhet", "Besiktning av lekplatser enligt SS-EN 1176", "Årlig",
     "G", "Funktionsbesiktning klar.", "G", "Huvudbesiktning klar i september, inga allvarliga brister.",
     "GENOMFORD", "nej"),
    ("Fordon", "Inventering av drivmedelskort och tankningar", "Årlig",
     "E", "Planeras hösten.", "D", "Inventering påbörjad, slutförs februari 2026.",
     "DELVIS", "nej"),
    ("Drift", "Rutin för snöröjning – entreprenörens rapportering", "Vinter",
     "U", "Ej aktuell under perioden.", "G", "Kontrollerad november–december utan anmärkning.",
     "GENOMFORD", "nej"),
    ("Ekonomi", "Attest av fakturor för VA-investeringar", "Tertial",
     "G", "Stickprov 15 fakturor, inga avvikelser.", "", "",
     "GENOMFORD", "nej"),
    ("VA", "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "Månadsvis",
     "G", "Alla prover utan anmärkning.", "G", "Ett prov över gränsvärde (koliforma bakterier) i oktober, åtgärdat genom spolning.",
     "GENOMFORD", "ja"),
    ("Säkerhet", "Hantering av nycklar och passerkort", "Halvår",
     "D", "Nyckelkvittenser för förrådet saknas.", "E", "Ej slutförd på grund av låg bemanning.",
     "EJ_GENOMFORD", ""),
    ("Arbetsmiljö", "Kontroll av arbetsmiljöronder på återvinningscentralen", "Halvår",
     "", "", "U", "Avbruten genom beslut TN 2025-10-14 § 87.",
     "UTGAR", ""),
    ("VA", "Fakturering av VA-anslutningsavgifter för nya abonnenter", "Tertial",
     "", "", "", "Se bilaga 2.",
     "OKLAR", ""),
    ("Ekonomi", "Avstämning av anläggningsregister mot ekonomisystemet", "Årlig",
     "E", "Planeras till tertial 3.", "G", "Avstämning gjord per 2025-11-30, differenser utredda och rättade.",
     "GENOMFORD", "ja"),
]


def build_tn():
    name = "Tekniska nämnden IK helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning. Kolumnerna för tertial 2 är kvar från delårsrapporteringen."
    ws.merge_cells("D4:E4")
    ws.merge_cells("F4:G4")
    for c, h in enumerate(["Kontrollområde", "Kontrollmoment", "Frekvens", "Tertial 2", None, "Helår", None], 1):
        if h:
            ws.cell(4, c, h)
    for c, h in enumerate(["", "", "", "Status", "Kommentar", "Status", "Kommentar"], 1):
        if h:
            ws.cell(5, c, h)
    for rr in (4, 5):
        for c in range(1, 8):
            ws.cell(rr, c).font = BOLD
            ws.cell(rr, c).fill = HEAD_FILL
            ws.cell(rr, c).border = BOX
            ws.cell(rr, c).alignment = Alignment(horizontal="center")
    for c in (1, 2, 3):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    fills = {"G": "92D050", "D": "FFC000", "E": "FF0000", "U": "BFBFBF"}
    r = 5
    for row in TN:
        r += 1
        omr, km, frek, s2, k2, sh, kh, exp, avv = row
        for c, v in enumerate([omr, km, frek, s2, k2, sh, kh], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (4, 6) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
                cell.alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((name, "Tekniska nämnden", km, exp, avv))
    r += 2
    ws.cell(r, 1, "Teckenförklaring").font = BOLD
    for code, txt in (("G", "Genomförd"), ("D", "Delvis genomförd / pågår"), ("E", "Ej genomförd"), ("U", "Utgår")):
        r += 1
        ws.cell(r, 1, code).fill = PatternFill("solid", fgColor=fills[code])
        ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Ansvarig: Mikael Sundqvist, förvaltningschef tekniska förvaltningen")
    for col, w in zip("ABCDEFG", (16, 52, 11, 9, 34, 9, 50)):
        ws.column_dimensions[col].width = w
    save_wb(wb, name)
    FILES.append((name, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4  Kultur- och fritidsnämnden: last year's sheet left beside this year's
# ---------------------------------------------------------------------------
KFN_2024 = [
    ("Kontantkassor på bibliotek och simhall stäms av mot kassarapport", 6, "X", "", "Utan anmärkning."),
    ("Bidrag till föreningar betalas ut enligt beslutade riktlinjer", 9, "", "X", "Hanns inte med, flyttas till 2025."),
    ("Uthyrning av lokaler faktureras enligt taxa", 6, "X", "", "Två bokningar ej fakturerade, rättat."),
    ("Inventarieförteckning för konstsamlingen uppdateras", 4, "X", "", ""),
    ("Säkerhetsrutiner vid evenemang (tillstånd, utrymning)", 12, "X", "", "Genomgång inför Sjöholmadagarna."),
    ("Registerutdrag ur belastningsregistret för ledare i barnverksamhet", 12, "X", "", "Samtliga utdrag fanns."),
    ("Avtal med studieförbund följs upp", 4, "", "X", "Ej genomfört."),
]

KFN_2025 = [
    ("Ekonomi", "Kontantkassor på bibliotek och simhall stäms av mot kassarapport", 6, "X", "",
     "Avstämning månadsvis. En differens på 340 kr i juni utredd.", "GENOMFORD", "ja"),
    ("Ekonomi", "Bidrag till föreningar betalas ut enligt beslutade riktlinjer", 9, "X", "",
     "Stickprov 10 föreningar utan anmärkning.", "GENOMFORD", "nej"),
    ("Ekonomi", "Uthyrning av lokaler faktureras enligt taxa", 6, "", "X",
     "Ej hunnits med under året.", "EJ_GENOMFORD", ""),
    ("Tillgångar", "Inventarieförteckning för konstsamlingen uppdateras", 4, "X", "X",
     "", "OKLAR", ""),
    ("Säkerhet", "Säkerhetsrutiner vid evenemang (tillstånd, utrymning)", 12, "", "",
     "Pågår, slutförs januari 2026.", "DELVIS", "nej"),
    ("Personal", "Lönerapportering för timanställda i fritidsgårdsverksamheten", 8, "X", "",
     "", "GENOMFORD", "nej"),
    ("Säkerhet", "Registerutdrag ur belastningsregistret för ledare i barnverksamhet", 12, "", "",
     "", "SAKNAS", ""),
    ("Avtal", "Avtal med studieförbund följs upp", 4, "", "",
     "Ej aktuellt 2025 – avtalen omförhandlas, kontrollen tas bort ur planen.", "UTGAR", ""),
]


def build_kfn():
    name = "KFN uppföljning intern kontroll.xlsx"
    wb = Workbook()
    old = wb.active
    old.title = "Uppföljning 2024"
    new = wb.create_sheet("Uppföljning 2025")

    def header(ws, year, with_area):
        ws["A1"] = f"Kultur- och fritidsnämnden – Internkontroll {year}, helårsuppföljning"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Markera med X i kolumnen Utfört eller Ej utfört. Riskvärde = sannolikhet × konsekvens."
        ws["A2"].font = Font(italic=True)
        cols = ["Nr"] + (["Område"] if with_area else []) + ["Kontrollmoment", "Riskvärde", "Utfört", "Ej utfört", "Kommentar"]
        for c, h in enumerate(cols, 1):
            cell = ws.cell(4, c, h)
            cell.font = BOLD
            cell.fill = HEAD_FILL
            cell.border = BOX
        return len(cols)

    header(old, 2024, False)
    for i, (km, rv, u, e, k) in enumerate(KFN_2024, 1):
        for c, v in enumerate([i, km, rv, u, e, k], 1):
            cell = old.cell(4 + i, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
    old.cell(14, 1, "Antagen av KFN 2025-02-11 § 14")
    for col, w in zip("ABCDEF", (5, 55, 10, 8, 9, 45)):
        old.column_dimensions[col].width = w

    header(new, 2025, True)
    for i, (omr, km, rv, u, e, k, exp, avv) in enumerate(KFN_2025, 1):
        for c, v in enumerate([i, omr, km, rv, u, e, k], 1):
            cell = new.cell(4 + i, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((name, "Kultur- och fritidsnämnden", km, exp, avv))
    new.cell(4 + len(KFN_2025) + 2, 1, "Sammanställt av Anna Ek, kultur- och fritidsförvaltningen, 2026-01-20")
    for col, w in zip("ABCDEFG", (5, 12, 55, 10, 8, 9, 45)):
        new.column_dimensions[col].width = w
    wb.active = 1
    old.sheet_view.tabSelected = False
    new.sheet_view.tabSelected = True
    save_wb(wb, name)
    FILES.append((name, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5 + 6  Bygg- och miljönämnden helår, docx v1 and "_rättad" with tracked-change-like text
# ---------------------------------------------------------------------------
BMN_V1 = [
    ("Debitering av timavgifter för tillsyn enligt taxa",
     "Granskning av 15 ärenden påbörjad, slutförs i december.", "Delvis", "DELVIS", "nej"),
    ("Handläggningstid för bygglov inom 10 veckor",
     "94 % av besluten inom lagstadgad tid. Tre ärenden överskred tiden utan förlängningsbeslut.",
     "Genomförd", "GENOMFORD", "ja"),
    ("Diarieföring av inkommande handlingar inom två arbetsdagar",
     "Stickprov ej utfört.", "Ej genomförd", "EJ_GENOMFORD", ""),
    ("Jäv och bisysslor hos inspektörer",
     "Samtliga inspektörer har lämnat redovisning. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ("Uppföljning av förelägganden med vite",
     "Hälften av urvalet (6 av 12) kontrollerat.", "Delvis", "DELVIS", "nej"),
    ("Kontroll av att tillsynsplanen för livsmedel följs",
     "87 av 90 planerade kontroller utförda. Tre flyttade till 2026.", "Genomförd", "GENOMFORD", "ja"),
    ("Arkivering av avslutade ärenden enligt dokumenthanteringsplanen",
     "Arbete pågår tillsammans med arkivarien.", "Pågår", "DELVIS", "nej"),
]

BMN_V2 = [
    ("Debitering av timavgifter för tillsyn enligt taxa",
     "Granskning av 15 ärenden klar. Ett ärende fakturerat med fel timtaxa, rättat.",
     "Delvis → Genomförd (uppdaterat 15/12)", "GENOMFORD", "ja"),
    ("Handläggningstid för bygglov inom 10 veckor",
     "94 % av besluten inom lagstadgad tid. Tre ärenden överskred tiden utan förlängningsbeslut.",
     "Genomförd", "GENOMFORD", "ja"),
    ("Diarieföring av inkommande handlingar inom två arbetsdagar",
     "Stickprov december: samtliga 40 handlingar diarieförda inom två dagar.",
     "~~Ej genomförd~~ Genomförd", "GENOMFORD", "nej"),
    ("Jäv och bisysslor hos inspektörer",
     "Samtliga inspektörer har lämnat redovisning. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ("Uppföljning av förelägganden med vite",
     "Rättelse: kontrollen har inte utförts i år, det redovisade urvalet avsåg 2024.",
     "~~Delvis~~ Ej genomförd", "EJ_GENOMFORD", ""),
    ("Kontroll av att tillsynsplanen för livsmedel följs",
     "87 av 90 planerade kontroller utförda. Tre flyttade till 2026.", "Genomförd", "GENOMFORD", "ja"),
    ("Arkivering av avslutade ärenden enligt dokumenthanteringsplanen",
     "Kontrollen ersätts av kommunarkivets granskning 2026.",
     "Pågår → Utgår (beslut BMN 2025-12-10 § 112)", "UTGAR", ""),
]


def set_cell_text(cell, text, bold=False):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(10)


def build_bmn(version):
    name = ("BMN_uppfoljning_IK_helar_2025.docx" if version == 1
            else "BMN_uppfoljning_IK_helar_2025_rättad.docx")
    rows = BMN_V1 if version == 1 else BMN_V2
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Sjöholma kommun – Miljö- och byggförvaltningen"
    d.add_heading("Bygg- och miljönämnden", level=1)
    t = "Uppföljning av intern kontroll helår 2025"
    if version == 2:
        t += " (rättad version)"
    d.add_heading(t, level=2)
    if version == 2:
        para = d.add_paragraph()
        r = para.add_run("Ersätter version skickad 2025-12-05. Ändrade statusar anges med gammal → ny "
                         "eller med överstruken tidigare status (~~ ~~).")
        r.italic = True
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 18). Nedan redovisas "
        "utfallet av respektive kontrollmoment för helåret. Kontrollerna har utförts av "
        "förvaltningens handläggare enligt planens metod och omfattning.")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for c, h in enumerate(["Nr", "Kontrollmoment", "Resultat / iakttagelser", "Status"]):
        set_cell_text(table.rows[0].cells[c], h, bold=True)
    for i, (km, res, status, exp, avv) in enumerate(rows, 1):
        cells = table.add_row().cells
        set_cell_text(cells[0], str(i))
        set_cell_text(cells[1], km)
        set_cell_text(cells[2], res)
        set_cell_text(cells[3], status)
        EXPECTED.append((name, "Bygg- och miljönämnden", km, exp, avv))
    d.add_paragraph()
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen i huvudsak är tillräcklig. "
                    "Kontrollmoment som inte har genomförts flyttas till internkontrollplanen 2026.")
    d.add_paragraph("Karin Holmström\nMiljö- och byggchef")
    save_doc(d, name)
    FILES.append((name, "INLAST", "Bygg- och miljönämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7  Stratsys CSV export: two förvaltningar, T1 rows still present, some T2 rows in two versions
# ---------------------------------------------------------------------------
UN_ORG = "Utbildningsförvaltningen"
GVN_ORG = "Gymnasie- och vuxenutbildningsförvaltningen"
# (org, kontrollmoment, ansvarig, [(period, version, status, kommentar, datum)], expected, avv)
CSV_ROWS = [
    (UN_ORG, "Skolskjutsar – kontroll av beslut mot riktlinjer", "Skolskjutssamordnare",
     [("T1 2025", 1, "Ej påbörjad", "", "2025-05-08"),
      ("T2 2025", 1, "Genomförd", "30 beslut granskade, 2 saknade underlag om avstånd.", "2025-09-05")],
     "GENOMFORD", "ja"),
    (UN_ORG, "Elevpeng – rätt antal elever debiteras fristående skolor", "Controller UF",
     [("T1 2025", 1, "Pågående", "Januari–mars kontrollerat.", "2025-05-08"),
      ("T2 2025", 1, "Delvis genomförd", "Vårterminen kontrollerad, höstterminen återstår.", "2025-09-05")],
     "DELVIS", "nej"),
    (UN_ORG, "Hantering av kränkande behandling – anmälan till huvudman", "Verksamhetschef grundskola",
     [("T1 2025", 1, "Genomförd", "Inga avvikelser.", "2025-05-08"),
      ("T2 2025", 1, "Pågående", "", "2025-09-05"),
      ("T2 2025", 2, "Genomförd", "Samtliga anmälningar registrerade i DF Respons.", "2025-09-11")],
     "GENOMFORD", "nej"),
    (UN_ORG, "Attest av leverantörsfakturor enligt attestordningen", "Controller UF",
     [("T1 2025", 1, "Genomförd", "Inga avvikelser.", "2025-05-08"),
      ("T2 2025", 1, "Genomförd", "Inga avvikelser.", "2025-09-05")],
     "GENOMFORD", "nej"),
    (UN_ORG, "Systematiskt brandskyddsarbete på förskolorna", "Fastighetssamordnare",
     [("T1 2025", 1, "Ej påbörjad", "", "2025-05-08"),
      ("T2 2025", 1, "Ej genomförd", "Flyttas till 2026.", "2025-09-05")],
     "EJ_GENOMFORD", ""),
    (UN_ORG, "Modersmålsundervisning – prövning av rätt till undervisning", "Rektor modersmålsenheten",
     [("T1 2025", 1, "", "", ""),
      ("T2 2025", 1, "Ej aktuell", "Ansvaret flyttat till GVN från 1 juli.", "2025-09-05")],
     "UTGAR", ""),
    (GVN_ORG, "Studiestöd – frånvarorapportering till CSN inom föreskriven tid", "Administrativ chef",
     [("T1 2025", 1, "Delvis genomförd", "", "2025-05-09"),
      ("T2 2025", 1, "Genomförd", "Tre rapporter skickades för sent i juni.", "2025-09-04")],
     "GENOMFORD", "ja"),
    (GVN_ORG, "Köp av utbildningsplatser inom Komvux följs upp mot avtal", "Rektor Komvux",
     [("T1 2025", 1, "Genomförd", "Avtal med anordnare A granskat.", "2025-05-09"),
      ("T2 2025", 1, "Genomförd", "", "2025-09-04"),
      ("T2 2025", 2, "Delvis genomförd", "Rättad: avtal med två anordnare granskade, ett återstår.", "2025-09-12")],
     "DELVIS", "nej"),
    (GVN_ORG, "Interkommunala ersättningar faktureras korrekt", "Ekonom GVF",
     [("T2 2025", 1, "Genomförd", "Samtliga 48 elever fakturerade.", "2025-09-04")],
     "GENOMFORD", "nej"),
    (GVN_ORG, "Inventering av elevdatorer och surfplattor", "IT-samordnare",
     [("T1 2025", 1, "Ej påbörjad", "", "2025-05-09"),
      ("T2 2025", 1, "Ej påbörjad", "Påbörjas vid terminsstart.", "2025-09-04")],
     "EJ_GENOMFORD", ""),
    (GVN_ORG, "Timlön – kontroll av utbetald tid mot schema", "Administrativ chef",
     [("T1 2025", 1, "Genomförd", "Stickprov 10 anställda.", "2025-05-09"),
      ("T2 2025", 1, "Pågående", "Stickprov för augusti kvarstår.", "2025-09-04")],
     "DELVIS", "nej"),
]


def build_csv():
    name = "Stratsys_export_internkontroll_2025-09-15.csv"
    hdr = ["Organisation", "Kontrollmoment", "Kontrollansvarig", "Period", "Version",
           "Status", "Kommentar", "Senast uppdaterad"]
    with open(p(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, km, ansv, hist, exp, avv in CSV_ROWS:
            for per, ver, st, kom, dat in hist:
                w.writerow([org, km, ansv, per, ver, st, kom, dat])
            nm = "Utbildningsnämnden" if org == UN_ORG else "Gymnasie- och vuxenutbildningsnämnden"
            EXPECTED.append((name, nm, km, exp, avv))
    FILES.append((name, "INLAST", "Utbildningsnämnden", "2025", "T2"))
    FILES.append((name, "INLAST", "Gymnasie- och vuxenutbildningsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# 8  Kommunstyrelsen T2 REVIDERAD, text-only docx with real strikethrough formatting
# ---------------------------------------------------------------------------
KS = [
    ("Ekonomi", "Utbetalningar – kontroll av ändrade bankuppgifter för leverantörer",
     [("Genomförd", False)], "Samtliga 12 ändringar verifierade genom återringning till leverantören.",
     "GENOMFORD", "nej"),
    ("Ekonomi", "Representation och kurser följer kommunens riktlinjer",
     [("Pågår", True), (" Genomförd", False)],
     "20 verifikationer granskade. I två fall saknades deltagarförteckning.", "GENOMFORD", "ja"),
    ("IT", "Behörigheter i ekonomisystemet Raindance gås igenom",
     [("Delvis genomförd", False)], "Behörigheter för ekonomienheten klara, övriga förvaltningar under hösten.",
     "DELVIS", "nej"),
    ("Informationssäkerhet", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
     [("Ej genomförd", False)], "Skjuts till tertial 3 i väntan på ny dataskyddsombudsfunktion.",
     "EJ_GENOMFORD", ""),
    ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
     [("Se bilaga 1", False)], "", "OKLAR", ""),
    ("Administration", "Diarieföring av allmänna handlingar inom två arbetsdagar",
     [("Utgår", False)], "Ersätts av kommunövergripande granskning 2026.", "UTGAR", ""),
    ("Personal", "Kontroll av bisysslor hos anställda",
     [("Ej påbörjad", True), (" Genomförd", False)], "Enkät till samtliga chefer, svarsfrekvens 96 %. Inga otillåtna bisysslor.",
     "GENOMFORD", "nej"),
]


def build_ks():
    name = "KS_uppföljning_internkontroll_T2_2025_REVIDERAD.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Kommunledningsförvaltningen"
    h = d.add_paragraph()
    r = h.add_run("REVIDERAD 2025-09-30")
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Uppföljning av Kommunstyrelsens internkontrollplan 2025 – tertial 2", level=1)
    para = d.add_paragraph()
    r = para.add_run("Denna version ersätter version skickad 2025-09-12. Ändrade statusar visas med "
                     "den tidigare statusen överstruken.")
    r.italic = True
    d.add_paragraph(
        "Kommunstyrelsen ska enligt reglementet för intern kontroll följa upp sin internkontrollplan "
        "per tertial 2 och helår. Redovisningen avser perioden januari–augusti 2025.")
    last_area = None
    for i, (area, km, status_runs, komm, exp, avv) in enumerate(KS, 1):
        if area != last_area:
            d.add_heading(area, level=2)
            last_area = area
        pp = d.add_paragraph()
        rr = pp.add_run(f"{i}. {km}")
        rr.bold = True
        sp = d.add_paragraph()
        sp.add_run("Status: ")
        for txt, strike in status_runs:
            run = sp.add_run(txt)
            if strike:
                run.font.strike = True
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if komm:
            d.add_paragraph("Kommentar: " + komm)
        EXPECTED.append((name, "Kommunstyrelsen", km, exp, avv))
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Kommunledningsförvaltningen bedömer att arbetet med intern kontroll följer plan. "
                    "Bilaga 1: sammanställning direktupphandlingar (skickas separat).")
    d.add_paragraph("Per Lindahl\nEkonomichef")
    save_doc(d, name)
    FILES.append((name, "INLAST", "Kommunstyrelsen", "2025", "T2"))


# ---------------------------------------------------------------------------
# Reject: covering letter for the corrected SN file
# ---------------------------------------------------------------------------
def build_letter():
    name = "Följebrev rättad version SN internkontroll.docx"
    d = docx.Document()
    d.add_paragraph("Sjöholma kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-19")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Rättad version av uppföljning internkontroll tertial 2 2025", level=1)
    d.add_paragraph(
        "Hej! Härmed skickas en rättad version av Socialnämndens uppföljning av internkontrollplanen "
        "för tertial 2 (fil SN_Internkontroll_uppfoljning_T2_2025_v2.xlsx). Den ersätter versionen som "
        "skickades 2025-09-12.")
    d.add_paragraph(
        "I förhållande till första versionen har status ändrats för fyra kontrollmoment, bland annat "
        "har Hantering av privata medel för brukare på särskilt boende ändrats från Delvis till Genomförd "
        "och Kontroll av bisysslor hos anställda utgår. Samtliga ändringar framgår av fliken Ändringslogg.")
    d.add_paragraph("Vänligen ersätt den tidigare filen i underlaget till delårsrapporten.")
    d.add_paragraph("Med vänlig hälsning\nLena Forsberg\nController, Socialförvaltningen")
    save_doc(d, name)
    FILES.append((name, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|UF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen|GVF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Sjöholma Hamn AB", "SHAB|Hamnbolaget"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_sn(1)
    build_sn(2)
    build_tn()
    build_kfn()
    build_bmn(1)
    build_bmn(2)
    build_csv()
    build_ks()
    build_letter()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")
