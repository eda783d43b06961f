#!/usr/bin/python3
"""Blind round 614 - Ängsviks kommun, delår 2025: uppföljningar med avvikelser och åtgärder.
Run: /usr/bin/python3 make_round.py  (builds all files + namnder.csv, files.csv, expected.csv)"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round614"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    tmpd = tempfile.mkdtemp(prefix="r614_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def set_cell(ws, r, c, v, bold=False, fill=None, border=True):
    cell = ws.cell(row=r, column=c)
    if v is not None:
        cell.value = v
        if isinstance(v, str) and v.startswith("="):
            cell.data_type = "s"
    cell.alignment = WRAP
    if bold:
        cell.font = BOLD
    if fill:
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if border:
        cell.border = BORDER
    return cell


# ---------------------------------------------------------------------------
# 1. Barn- och utbildningsnämnden - Word report, controls table + Åtgärdsplan table
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_uppfoljning_internkontroll_delar_2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden, Ängsviks kommun\nPeriod: januari–augusti 2025\n"
                      "Dnr BUN 2025/118")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Nämnden fastställde i december 2024 en internkontrollplan med åtta kontrollmoment. Fram till och med "
        "augusti har fyra kontroller genomförts, varav tre med avvikelser. Avvikelserna har lett till åtgärder "
        "som redovisas i åtgärdsplanen nedan. En kontroll har utgått genom nämndbeslut och ersatts av en "
        "kommunövergripande kontroll som genomförs av kommunstyrelsen.")
    doc.add_heading("Uppföljning av kontrollmoment", level=2)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Ja",
         "Stickprov om 40 fakturor. Tre fakturor saknade attest av behörig beslutsattestant.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att inköp sker från avtalade leverantörer", "Genomförd", "Nej",
         "Stickprov om 30 inköp vid sex skolor. Samtliga inköp gjorda från avtalad leverantör.",
         "GENOMFORD", "nej"),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "Delvis genomförd", "Ja",
         "Kontrollen är gjord för grundskolan; förskolan återstår. 2 av 25 personakter saknade notering om "
         "uppvisat utdrag.", "DELVIS", "ja"),
        ("Elevhälsa", "Anmälningar om kränkande behandling utreds skyndsamt och dokumenteras", "Pågår", "–",
         "Sammanställning ur ärendesystemet pågår och redovisas i helårsuppföljningen.", "DELVIS", ""),
        ("Elevhälsa", "Uppföljning av elevers frånvaro enligt rutin för ogiltig frånvaro", "Ej genomförd", "–",
         "Kontrollen skjuts till hösten på grund av byte av frånvarosystem.", "EJ_GENOMFORD", ""),
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande delegationsordning",
         "Genomförd med anmärkning", "Ja",
         "Samtliga 52 beslut granskade. Fyra beslut var fattade av handläggare utan delegation.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet",
         "Behörigheter i elevregistret avslutas när anställning upphör", "Utgår", "–",
         "Utgår enligt beslut BUN 2025-04-15 § 42. Ersätts av kommunövergripande kontroll hos KS.",
         "UTGAR", ""),
        ("Förskola", "Barnantal per avdelning registreras korrekt i placeringssystemet", "", "", "",
         "SAKNAS", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Status", "Avvikelse", "Kommentar / iakttagelse"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    prev = None
    start = None
    for r in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = r[i]
        exp(fil, N, r[1], r[5], r[6])
    # merge the Process column for consecutive identical processes (table row k = rows[k-1])
    k = 1
    while k <= len(rows):
        m = k
        while m + 1 <= len(rows) and rows[m][0] == rows[k - 1][0]:
            m += 1
        if m > k:
            merged = t.cell(k, 0).merge(t.cell(m, 0))
            merged.text = rows[k - 1][0]
        k = m + 1
    doc.add_paragraph()
    doc.add_heading("Åtgärdsplan", level=2)
    doc.add_paragraph("Åtgärder med anledning av avvikelser ovan. Status åtgärd avser läget 2025-08-31.")
    acts = [
        ("1", "Fakturor utan behörig attest",
         "Påminnelse om attestordningen till samtliga rektorer; utbildning i ekonomisystemet för nya chefer.",
         "Ekonomichef BUF", "2025-10-31", "Pågår"),
        ("3", "Notering om utdrag ur belastningsregistret saknas i personakt",
         "Komplettering av personakter och ny checklista vid anställning.", "HR-specialist", "2025-09-30",
         "Genomförd"),
        ("6", "Skolskjutsbeslut fattade utan delegation",
         "Revidering av delegationsordningen och information till handläggare.", "Kanslichef",
         "2025-12-31", "Ej påbörjad"),
    ]
    t2 = doc.add_table(rows=1, cols=6)
    t2.style = "Table Grid"
    for i, h in enumerate(["Nr", "Avvikelse", "Åtgärd", "Ansvarig för åtgärd", "Klart datum", "Status åtgärd"]):
        t2.rows[0].cells[i].text = h
        t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for a in acts:
        cells = t2.add_row().cells
        for i in range(6):
            cells[i].text = a[i]
    doc.add_paragraph()
    doc.add_paragraph("Ängsvik 2025-09-12\n\nLena Brandt\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - xlsx, sheet Uppföljning (codes, T1 + delår columns) + sheet Åtgärder
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_Internkontroll_delar_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: delår (januari–augusti 2025)"
    ws["A3"] = ("Förklaring status: G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår. "
                "Åtgärder med anledning av avvikelser redovisas på fliken Åtgärder.")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status T1", "Status delår",
           "Avvikelse (Ja/Nej)", "Kommentar / beskrivning av avvikelse"]
    for c, h in enumerate(hdr, 1):
        set_cell(ws, 5, c, h, bold=True, fill="D9E1F2")
    rows = [
        (1, "Myndighetsutövning IFO", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Stickprov 20 ärenden", "Tertialvis", "D", "G", "Ja",
         "2 av 20 ärenden överskred 14 dagar utan dokumenterat skäl.", "GENOMFORD", "ja"),
        (2, "Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 30 beslut", "Tertialvis", "G", "G", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd överensstämmer med fattade beslut",
         "Avstämning utbetalningslista mot verksamhetssystem", "Månadsvis", "G", "D", "Ja",
         "Juli ej avstämd på grund av semester. En dubbelutbetalning upptäckt i maj, återkrav är gjort.",
         "DELVIS", "ja"),
        (4, "Placeringar", "Placeringar på HVB görs hos leverantörer med ramavtal",
         "Jämförelse placeringar mot avtalsdatabas", "Halvår", "E", "E", "",
         "Ej genomförd på grund av vakant tjänst som controller.", "EJ_GENOMFORD", ""),
        (5, "LSS", "Genomförandeplaner inom LSS följs upp minst en gång per år",
         "Genomgång av samtliga planer", "Årligen", "G", "", "Nej",
         "Genomförd i april, samtliga planer uppföljda.", "GENOMFORD", "nej"),
        (6, "Kontanthantering", "Inventering av kassor med klienters kontanta medel",
         "Oanmäld kassainventering", "Tertialvis", "D", "U", "",
         "Utgår – kontanthanteringen avvecklades 1 juni 2025.", "UTGAR", ""),
        (7, "Informationssäkerhet", "Loggkontroll i journalsystemet", "Slumpvis loggkontroll 10 användare",
         "Tertialvis", "", "", "", "", "SAKNAS", ""),
        (8, "Kvalitet", "Lex Sarah-rapporter utreds och allvarliga missförhållanden anmäls till IVO",
         "Genomgång av samtliga rapporter", "Tertialvis", "G", "G", "Ja",
         "En utredning anmäldes till IVO först efter sex veckor.", "GENOMFORD", "ja"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            set_cell(ws, r, c, v)
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen är gjord av socialförvaltningens controller 2025-09-08.")
    for col, w in zip("ABCDEFGHI", [5, 22, 48, 30, 12, 10, 11, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Åtgärder")
    ws2["A1"] = "Åtgärdsplan – avvikelser i internkontrollen 2025"
    ws2["A1"].font = Font(bold=True, size=13)
    hdr2 = ["Åtgärd nr", "Avser kontroll nr", "Avvikelse", "Åtgärd", "Ansvarig för åtgärd", "Klart datum",
            "Status åtgärd"]
    for c, h in enumerate(hdr2, 1):
        set_cell(ws2, 3, c, h, bold=True, fill="FCE4D6")
    acts = [
        ("Å1", 1, "Förhandsbedömning överskred 14 dagar", "Veckovis bevakningslista till gruppledare",
         "Enhetschef barn och unga", "2025-10-01", "Pågår"),
        ("Å2", 3, "Dubbelutbetalning av ekonomiskt bistånd", "Spärr i systemet mot dubbla utbetalningar",
         "Systemförvaltare", "2025-06-30", "Klar"),
        ("Å3", 8, "Sen anmälan till IVO", "Rutin för lex Sarah revideras", "Kvalitetsstrateg",
         "2025-11-30", "Ej påbörjad"),
    ]
    for i, a in enumerate(acts):
        for c, v in enumerate(a, 1):
            set_cell(ws2, 4 + i, c, v)
    for col, w in zip("ABCDEFG", [10, 16, 36, 42, 26, 12, 14]):
        ws2.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Samhällsbyggnadsnämnden - .ods, Status kontroll and Status åtgärd adjacent, both words
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Samhällsbyggnadsnämnden IKP uppföljning delår 2025.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (delår)"
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Status kontroll", "Status åtgärd", "Avvikelse",
           "Åtgärd", "Ansvarig för åtgärd", "Klart datum"]
    for c, h in enumerate(hdr, 1):
        set_cell(ws, 4, c, h, bold=True, fill="E2EFDA")
    data = [
        ("Bygglov och tillsyn", [
            ("Bygglov", "Handläggningstiden för bygglov håller plan- och bygglagens krav på tio veckor",
             "Bygglovschef", "Genomförd", "Pågår", "3 av 40 ärenden överskred tio veckor.",
             "Ny rutin för ärendefördelning vid hög arbetsbelastning.", "Bygglovschef", "2025-11-30",
             "GENOMFORD", "ja"),
            ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Bygglovschef", "Genomförd",
             "Ej aktuell", "Ingen avvikelse.", "", "", "", "GENOMFORD", "nej"),
        ]),
        ("Gata och park", [
            ("Gata", "Entreprenörer för vinterväghållning fakturerar enligt avtal", "Gatuchef", "Ej påbörjad",
             "Klar", "",
             "Ny mall för granskning av vinterfakturor införd inför säsongen 2025/26.", "Gatuchef",
             "2025-08-15", "EJ_GENOMFORD", ""),
            ("Gata", "Skadeståndsanspråk avseende kommunala gator hanteras enligt rutin", "Gatuingenjör",
             "Pågår", "Ej påbörjad", "Flera anspråk saknar dokumenterad besiktning.",
             "Checklista för besiktning tas fram.", "Gatuingenjör", "2025-12-31", "DELVIS", "ja"),
        ]),
        ("Vatten och avlopp", [
            ("VA", "Anslutningsavgift för VA debiteras vid nyanslutning", "VA-ekonom", "Genomförd",
             "Genomförd", "Två fastigheter hade inte debiterats; fakturerade i juni.",
             "Avstämning mot bygglovsregistret varje månad.", "VA-ekonom", "2025-06-30", "GENOMFORD", "ja"),
            ("VA", "Provtagning av dricksvatten sker enligt kontrollprogram", "Driftchef VA", "Genomförd", "",
             "Ingen avvikelse.", "", "", "", "GENOMFORD", "nej"),
        ]),
        ("Mark och exploatering", [
            ("MEX", "Försäljning av kommunal mark sker till marknadsvärde enligt riktlinjer", "Exploateringschef",
             "Ej aktuell", "", "Ingen markförsäljning under perioden.", "", "", "", "UTGAR", ""),
            ("MEX", "Arrendeavtal följs upp och indexregleras", "Mark- och exploateringsingenjör", "", "Pågår", "",
             "Genomgång av samtliga arrendeavtal (åtgärd från uppföljningen 2024).",
             "Mark- och exploateringsingenjör", "2025-12-31", "SAKNAS", ""),
        ]),
    ]
    r = 5
    for group, rows in data:
        set_cell(ws, r, 1, group, bold=True, fill="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:9], 1):
                set_cell(ws, r, c, v if v != "" else None)
            exp(fil, N, row[1], row[9], row[10])
            r += 1
    ws.cell(row=r + 1, column=1, value="Beslutad av samhällsbyggnadsnämnden 2025-09-24 § 88")
    for col, w in zip("ABCDEFGHI", [12, 50, 22, 15, 15, 40, 44, 26, 12]):
        ws.column_dimensions[col].width = w
    tmp = os.path.join(tempfile.mkdtemp(prefix="r614s_"), "Samhällsbyggnadsnämnden IKP uppföljning delår 2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", fil)
    shutil.rmtree(os.path.dirname(tmp))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Hypergene export, cp1252, two nämnder (förvaltning names), Avvikelse Ja/Nej column
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Hypergene_IK_export_2025-09-05.csv"
    KFN = "Kultur- och fritidsnämnden"
    MHN = "Miljö- och hälsoskyddsnämnden"
    hdr = ["Organisation", "Plan", "Period", "Process", "Kontrollmoment", "Status", "Avvikelse",
           "Beskrivning avvikelse", "Åtgärd", "Ansvarig för åtgärd", "Klart datum", "Status åtgärd"]
    P = "Internkontrollplan 2025"
    rows = [
        ("Kultur- och fritidsförvaltningen", KFN, "Föreningsbidrag",
         "Utbetalning av föreningsbidrag sker enligt beslutade riktlinjer", "Klar", "Nej", "", "", "", "", "",
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", KFN, "Föreningsbidrag",
         "Redovisade deltagartillfällen vid ansökan om aktivitetsstöd stämmer med närvarolistor", "Klar", "Ja",
         "2 föreningar redovisade fler deltagartillfällen än närvarolistorna visar.",
         "Återkrav av felaktigt utbetalt stöd", "Föreningskonsulent", "2025-10-31", "Pågående",
         "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", KFN, "Kassahantering",
         "Dagskassor i simhallen och på biblioteket stäms av dagligen", "Pågående", "Nej", "", "", "", "", "",
         "DELVIS", "nej"),
        ("Kultur- och fritidsförvaltningen", KFN, "Lokaluthyrning",
         "Uthyrning av lokaler debiteras enligt taxa", "Ej påbörjad", "", "", "", "", "", "",
         "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", KFN, "Lokaluthyrning",
         "Nycklar och passerkort kvitteras ut och återlämnas", "Klar", "Ja",
         "7 passerkort för avslutade anställningar var inte spärrade.\nKorten spärrades samma dag.",
         "Rutin för avslut av anställning kompletteras med spärr av passerkort", "Fastighetssamordnare",
         "2025-06-15", "Klar", "GENOMFORD", "ja"),
        ("Miljöförvaltningen", MHN, "Tillsyn",
         "Tillsynsplanen för offentlig livsmedelskontroll följs", "Pågående", "Ja",
         "Kontrollerna ligger 15 % efter plan per augusti.", "Omprioritering av inspektörernas tid, "
         "extern konsult under hösten", "Miljöchef", "2025-12-31", "Pågående", "DELVIS", "ja"),
        ("Miljöförvaltningen", MHN, "Avgifter",
         "Tillsynsavgifter debiteras enligt taxa och inom rätt tid", "Klar", "Nej", "", "", "", "", "",
         "GENOMFORD", "nej"),
        ("Miljöförvaltningen", MHN, "Myndighetsutövning",
         "Beslut i miljöärenden fattas enligt delegationsordningen", "Klar", "Nej", "", "", "", "", "",
         "GENOMFORD", "nej"),
        ("Miljöförvaltningen", MHN, "Registerhållning",
         "Registret över enskilda avlopp hålls uppdaterat", "Utgår", "",
         "Utgår enligt beslut MHN 2025-03-20 § 19.", "", "", "", "", "UTGAR", ""),
        ("Miljöförvaltningen", MHN, "Myndighetsutövning",
         "Kommunicering sker före beslut enligt förvaltningslagen", "", "", "", "", "", "", "",
         "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow([row[0], P, "Delår 2025", row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                        row[9], row[10]])
            exp(fil, row[1], row[3], row[11], row[12])
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MHN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden - docx with one short form (key/value table) per control
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN kontrollrapporter delår 2025.docx"
    N = "Överförmyndarnämnden"
    forms = [
        ("Årsräkningar granskas inom sex månader från inlämning", "Genomgång av ärendelista per 31 augusti",
         "Delvis", "Ja",
         "Granskning pågår. 12 årsräkningar har legat ogranskade i mer än sex månader.",
         "Extra granskningsresurs under september–oktober", "Enhetschef överförmyndarenheten", "2025-10-31",
         "Pågår", "DELVIS", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 25 arvodesbeslut",
         "Ja", "Nej", "", "–", "–", "–", "–", "GENOMFORD", "nej"),
        ("Registerkontroll görs av samtliga nya ställföreträdare innan förordnande",
         "Kontroll mot belastningsregistret och Kronofogden", "Nej", "",
         "Kontrollen har inte genomförts under perioden, planeras till oktober.",
         "Genomföra kontrollen", "Handläggare", "2025-10-31", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Huvudmäns medel förvaltas på konto med överförmyndarspärr", "Stickprov 20 akter", "Ja", "Ja",
         "Ett bankkonto saknade överförmyndarspärr.", "Spärr begärd hos banken", "Handläggare", "2025-05-20",
         "Klar", "GENOMFORD", "ja"),
    ]
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    for i, fm in enumerate(forms):
        doc.add_heading("Kontrollrapport – intern kontroll 2025", level=1)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        pairs = [
            ("Nämnd", N),
            ("Period", "Delår (januari–augusti) 2025"),
            ("Kontrollmoment", fm[0]),
            ("Kontrollmetod", fm[1]),
            ("Genomförd (Ja/Nej/Delvis)", fm[2]),
            ("Avvikelse (Ja/Nej)", fm[3]),
            ("Beskrivning av avvikelse / kommentar", fm[4]),
            ("Åtgärd", fm[5]),
            ("Ansvarig för åtgärd", fm[6]),
            ("Klart datum", fm[7]),
            ("Status åtgärd", fm[8]),
            ("Rapporterad av / datum", "Maria Öhman, 2025-09-03"),
        ]
        for k, v in pairs:
            cells = t.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = v
        exp(fil, N, fm[0], fm[9], fm[10])
        if i < len(forms) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Kommunstyrelsen - easy xlsx
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning intern kontroll delår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning intern kontroll, delår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Avvikelse", "Kommentar", "Åtgärd", "Status åtgärd"]
    for c, h in enumerate(hdr, 1):
        set_cell(ws, 3, c, h, bold=True, fill="DDEBF7")
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Genomförd", "Nej",
         "Stickprov 50 fakturor utan anmärkning.", "", "", "GENOMFORD", "nej"),
        ("Representation och övriga förtroendekänsliga poster följer riktlinjerna", "Redovisningschef",
         "Genomförd", "Ja", "3 fakturor saknade deltagarförteckning och syfte.",
         "Påminnelse till samtliga chefer om riktlinjerna", "Genomförd", "GENOMFORD", "ja"),
        ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjer", "Upphandlingschef",
         "Delvis genomförd", "Ja", "Kontrollerat för KLK; servicekontoret återstår. 4 av 12 saknade dokumentation.",
         "Utbildning i direktupphandling", "Pågår", "DELVIS", "ja"),
        ("Ändring av bankuppgifter i leverantörsregistret verifieras med leverantören", "Redovisningschef",
         "Genomförd", "Nej", "Samtliga 9 ändringar verifierade via telefon.", "", "", "GENOMFORD", "nej"),
        ("Avslutade anställningar avslutas i lönesystemet i rätt tid", "HR-chef", "Ej genomförd", "",
         "Flyttas till tertial 3.", "", "", "EJ_GENOMFORD", ""),
        ("Inkommande handlingar diarieförs inom tre arbetsdagar", "Kanslichef", "Se bilaga 1", "", "", "",
         "", "OKLAR", ""),
        ("Förteckningen över personuppgiftsbehandlingar är uppdaterad", "Dataskyddssamordnare", "Genomförd",
         "Nej", "", "", "", "GENOMFORD", "nej"),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7], 1):
            set_cell(ws, 4 + i, c, v if v != "" else None)
        exp(fil, N, row[0], row[7], row[8])
    for col, w in zip("ABCDEFG", [55, 22, 18, 11, 48, 40, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden - .xls, status only as fill colour (legend below), action status as words
# ---------------------------------------------------------------------------
def file_von():
    fil = "von_ik_2025_delar.xls"
    N = "Vård- och omsorgsnämnden"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A3"] = "Period: januari–augusti (delår)"
    hdr = ["Process", "Kontrollmoment", "Riskvärde", "Status", "Avvikelse", "Åtgärd", "Ansvarig för åtgärd",
           "Klart datum", "Status åtgärd"]
    for c, h in enumerate(hdr, 1):
        set_cell(ws, 5, c, h, bold=True, fill="D9D9D9")
    rows = [
        ("Läkemedelshantering", "Signeringslistor för läkemedel är kompletta", 12, G, "Inga avvikelser.",
         "", "", "", "", "GENOMFORD", "nej"),
        ("Läkemedelshantering", "Förbrukningsjournal för narkotikaklassade läkemedel stäms av", 12, G,
         "Differens om två tabletter vid Solgårdens särskilda boende.", "Avstämning varje vecka under hösten",
         "Medicinskt ansvarig sjuksköterska", "2025-09-30", "Pågår", "GENOMFORD", "ja"),
        ("Hemtjänst", "Utförd tid i hemtjänsten stämmer mot beviljad tid", 9, Y,
         "Två av sex hemtjänstgrupper avviker mer än 20 %. Övriga grupper ej kontrollerade ännu.",
         "Genomgång av planeringen i berörda grupper", "Enhetschef hemtjänst", "2025-12-31", "Ej påbörjad",
         "DELVIS", "ja"),
        ("Avgifter", "Avgiftsbeslut inom äldreomsorgen grundas på aktuell inkomstuppgift", 8, R, "", "", "",
         "", "", "EJ_GENOMFORD", ""),
        ("Personal", "Timanställdas arbetade timmar attesteras innan lön betalas ut", 6, G,
         "Inga avvikelser.", "", "", "", "", "GENOMFORD", "nej"),
        ("Bemanning", "Inhyrd bemanningspersonal debiteras enligt avtal", 4, GR,
         "Ingen inhyrd personal under 2025.", "", "", "", "", "UTGAR", ""),
        ("Brukarmedel", "Brukares privata medel på särskilt boende hanteras enligt rutin", 9, None, "", "",
         "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for c in range(1, 10):
            v = {1: row[0], 2: row[1], 3: row[2], 4: None, 5: row[4], 6: row[5], 7: row[6], 8: row[7],
                 9: row[8]}[c]
            set_cell(ws, r, c, v if v != "" else None, fill=row[3] if c == 4 else None)
        exp(fil, N, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status").font = BOLD
    for fill, txt in [(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"), (GR, "Utgår")]:
        r += 1
        set_cell(ws, r, 1, None, fill=fill)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGHI", [20, 50, 10, 9, 45, 38, 30, 12, 14]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r614v_")
    tmp = os.path.join(tmpd, "von_ik_2025_delar.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Covering e-mail (.txt) - no controls -> AVVISAD
# ---------------------------------------------------------------------------
def file_mail():
    fil = "Följebrev delårsuppföljning intern kontroll 2025.txt"
    text = """Från: Johanna Lindqvist <johanna.lindqvist@angsvik.se>
Skickat: den 15 september 2025 09:42
Till: Ekonomikontoret <ekonomi@angsvik.se>
Kopia: Förvaltningschefer
Ämne: Delårsuppföljning intern kontroll 2025 – inkomna underlag

Hej!

Här kommer nämndernas uppföljningar av internkontrollplanerna för delåret 2025 (januari–augusti).
Underlagen ligger i den gemensamma mappen Ekonomi > Intern kontroll > 2025 > Delår.

Observera att flera nämnder i år redovisar åtgärdsplaner för de avvikelser som har hittats.
Åtgärdernas status är inte detsamma som kontrollens status – i sammanställningen till
kommunstyrelsen ska kontrollens status redovisas och åtgärderna kommenteras separat.

Valnämnden har ingen internkontrollplan för 2025 och Ängsviks Energi AB redovisar direkt
till sin styrelse, så de saknas i underlaget.

Sammanställningen behöver vara klar till kommunstyrelsens arbetsutskott den 7 oktober.
Hör av dig om något saknas.

Med vänlig hälsning
Johanna Lindqvist
Controller, Ekonomikontoret
Ängsviks kommun
"""
    with open(os.path.join(OUT, fil), "w", encoding="utf-8") as f:
        f.write(text)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Ängsviks Energi AB", "Ängsvik Energi|ÄEAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def write_csvs():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    file_bun()
    file_sn()
    file_sbn()
    file_csv()
    file_ofn()
    file_ks()
    file_von()
    file_mail()
    write_register()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))
