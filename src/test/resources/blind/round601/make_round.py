#!/usr/bin/python3
"""Blind round r601 - Lomma kommun, delår 2025 (mostly OpenDocument).

Builds all follow-up files plus namnder.csv, files.csv, expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import os, shutil, struct, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round601"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r601conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd)


BOLD = Font(bold=True)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def setv(ws, r, c, v, bold=False, fill=None, border=True):
    cell = ws.cell(row=r, column=c)
    if v is not None:
        cell.value = v
        if isinstance(v, str) and v.startswith("="):
            cell.data_type = "s"
    if bold:
        cell.font = BOLD
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    if border:
        cell.border = BOX
    cell.alignment = WRAP
    return cell


# ---------------------------------------------------------------------------
# 1. KS - .ods, several small tables on one sheet, one per process
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontrollplan delår 2025.ods"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning aug"
    for col, w in zip("ABCDEF", (6, 48, 34, 20, 18, 52)):
        ws.column_dimensions[col].width = w
    setv(ws, 1, 1, "Lomma kommun", bold=True, border=False)
    setv(ws, 2, 1, "Kommunstyrelsen – uppföljning av internkontrollplan 2025", bold=True, border=False)
    ws.merge_cells("A2:F2")
    setv(ws, 3, 1, "Delårsrapport, uppföljning per 2025-08-31", border=False)
    ws.merge_cells("A3:F3")
    setv(ws, 4, 1, "Statusvärden: Genomförd / Genomförd med avvikelse / Delvis genomförd / Pågår / Ej påbörjad / Utgår",
         border=False)
    ws.merge_cells("A4:F4")

    blocks = [
        ("Process: Ekonomi och redovisning",
         ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"],
         [("1.1", "Attest av leverantörsfakturor enligt attestordningen",
           "Stickprov 30 fakturor per tertial", "Redovisningschef", "Genomförd",
           "Stickprov 60 fakturor (jan–aug). 2 fakturor saknade andra attest, rättat i augusti.",
           "GENOMFORD", "ja"),
          ("1.2", "Avstämning av balanskonton inför delårsbokslut",
           "Kontroll av avstämningsunderlag", "Redovisningschef", "Genomförd",
           "Samtliga balanskonton avstämda utan anmärkning.", "GENOMFORD", "nej"),
          ("1.3", "Representation och förtroendekänsliga poster – syfte och deltagare anges på underlaget",
           "Genomgång av samtliga representationsfakturor", "Controller", "Pågår",
           "Januari–juni granskat, juli–augusti återstår. Inga avvikelser hittills.", "DELVIS", "nej")]),
        ("Process: Personal och lön",
         ["Nr", "Kontroll", "Hur kontrollen görs", "Ansvarig", "Status aug", "Kommentar"],
         [("2.1", "Korrekt lön vid nyanställning (lönenivå och anställningsform enligt beslut)",
           "Stickprov 15 nyanställningar", "Lönechef", "Genomförd",
           "1 av 15 hade fel lönenivå, korrigerat i julilönen.", "GENOMFORD", "ja"),
          ("2.2", "Avslut av behörigheter i lönesystemet när anställning upphör",
           "Jämförelse avslutade anställningar mot behörighetslista", "Systemförvaltare HR", "Ej påbörjad",
           "Planeras till oktober.", "EJ_GENOMFORD", ""),
          ("2.3", "Uppföljning av långtidssjukfrånvaro och rehabiliteringsärenden",
           "Genomgång rehabärenden >28 dagar", "HR-chef", "Utgår",
           "Ersätts av HR:s årliga analys, beslut KS 2025-03-12 § 41.", "UTGAR", "")]),
        ("Process: Upphandling och inköp",
         ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"],
         [("3.1", "Avtalstrohet vid inköp av förbrukningsmaterial",
           "Leverantörsreskontra jämförs mot avtalsdatabas", "Upphandlingschef", "Genomförd med avvikelse",
           "Köp utanför avtal hos 3 av 20 granskade leverantörer. Information till beställare skickad.",
           "GENOMFORD", "ja"),
          ("3.2", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
           "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Delvis genomförd", None,
           "DELVIS", "")]),
        ("Process: IT och informationssäkerhet",
         ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"],
         [("4.1", "Behörighetsgenomgång i ekonomisystemet Raindance",
           "Behörighetslista stäms av mot chefer", "IT-chef", "Genomförd", "Inga avvikelser.",
           "GENOMFORD", "nej"),
          ("4.2", "Test av återläsning av säkerhetskopior",
           "Återläsning av en server per halvår", "IT-chef", None, None, "SAKNAS", "")]),
    ]
    r = 6
    for title, header, rows in blocks:
        setv(ws, r, 1, title, bold=True, fill="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for c, h in enumerate(header, 1):
            setv(ws, r, c, h, bold=True, fill="F2F2F2")
        r += 1
        for nr, km, met, ans, st, kom, est, eav in rows:
            for c, v in enumerate((nr, km, met, ans, st, kom), 1):
                setv(ws, r, c, v)
            exp(fil, N, km, est, eav)
            r += 1
        r += 1
    setv(ws, r, 1, "Sammanfattning: 10 kontrollmoment – 5 genomförda, 2 delvis/pågår, 1 ej påbörjad, 1 utgår, 1 ej rapporterad.",
         border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    setv(ws, r + 1, 1, "Sammanställt av ekonomiavdelningen 2025-09-04", border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)

    tmp = os.path.join(tempfile.mkdtemp(prefix="r601"), "KS uppföljning internkontrollplan delår 2025.xlsx")
    wb.save(tmp)
    convert(tmp, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - .odt, one form table per control
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning intern kontroll delår 2025.odt"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, Lomma kommun")
    d.add_paragraph("Period: januari–augusti 2025. Dnr BUN 2025/118")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 21 januari 2025 (BUN § 6). Nedan redovisas "
        "varje kontrollmoment i en egen blankett. Status anges som Genomförd, Delvis genomförd, "
        "Ej genomförd eller Ej aktuell. Avvikelse anges med Ja eller Nej.")

    controls = [
        dict(proc="Ekonomi – intäkter",
             km="Placering och debitering av barnomsorgsavgifter enligt fastställd taxa",
             risk="Felaktiga avgifter leder till intäktsbortfall eller felaktig debitering av vårdnadshavare",
             metod="Stickprov 25 placeringar, kontroll mot inkomstuppgift och taxa",
             ans="Administrativ chef", status="Genomförd",
             res="25 placeringar kontrollerade. Samtliga avgifter korrekt beräknade.",
             avv="Nej", atg="Ingen åtgärd krävs.", est="GENOMFORD", eav="nej"),
        dict(proc="Personal",
             km="Utdrag ur belastningsregistret inhämtas före anställning i förskola och skola",
             risk="Person olämplig att arbeta med barn anställs",
             metod="Stickprov 25 anställningar under perioden",
             ans="HR-specialist BUF", status="Genomförd",
             res="I 2 av 25 fall inhämtades utdraget först efter anställningsstart.",
             avv="Ja", atg="Rutinen förtydligad för rektorer, information på rektorsmöte 2025-08-14.",
             est="GENOMFORD", eav="ja"),
        dict(proc="Elevhälsa och trygghet",
             km="Anmälan om kränkande behandling rapporteras till huvudman och nämnd",
             risk="Huvudmannen får inte kännedom och utreder inte",
             metod="Jämförelse mellan anmälningar i DF Respons och rapporter till nämnd",
             ans="Verksamhetsutvecklare", status="Delvis genomförd",
             res="Vårterminen är kontrollerad. Höstterminen kontrolleras i november.",
             avv="", atg="", est="DELVIS", eav=""),
        dict(proc="Skolskjuts",
             km="Skolskjuts beviljas enligt nämndens riktlinjer",
             risk="Felaktiga beslut och ökade kostnader",
             metod="Stickprov 20 beslut om skolskjuts",
             ans="Handläggare skolskjuts", status="",
             res="Kontrollen har inte genomförts under perioden på grund av vakans. Den genomförs under hösten.",
             avv="", atg="", est="EJ_GENOMFORD", eav=""),
        dict(proc="Elevhälsa och trygghet",
             km="Uppföljning av elever med hög frånvaro (mer än 15 %)",
             risk="Elever med problematisk frånvaro fångas inte upp",
             metod="Genomgång av frånvarostatistik och åtgärdsplaner",
             ans="Elevhälsochef", status="Se bilaga 2",
             res="Se bilaga 2.",
             avv="", atg="", est="OKLAR", eav=""),
        dict(proc="Ekonomi – kostnader",
             km="Fakturor för interkommunal ersättning stäms av mot elevregistret",
             risk="Kommunen betalar för elever som inte är folkbokförda i Lomma",
             metod="Avstämning av fakturor mot Extens",
             ans="Controller BUF", status="Ej aktuell",
             res="Kontrollmomentet utgår. Ny automatisk avstämning infördes i februari (BUN 2025-02-18 § 12).",
             avv="", atg="", est="UTGAR", eav=""),
        dict(proc="Administration",
             km="Allmänna handlingar diarieförs utan dröjsmål",
             risk="Handlingar kan inte lämnas ut, brister i offentlighetsprincipen",
             metod="Stickprov 40 inkomna handlingar i förvaltningens funktionsbrevlåda",
             ans="Nämndsekreterare", status="Pågår",
             res="Halva urvalet granskat. 3 av 20 handlingar var inte diarieförda.",
             avv="Ja", atg="Påminnelse till skolexpeditioner.", est="DELVIS", eav="ja"),
    ]
    for i, c in enumerate(controls, 1):
        d.add_heading("Kontroll %d" % i, level=2)
        rows = [("Process", c["proc"]), ("Kontrollmoment", c["km"]), ("Risk", c["risk"]),
                ("Kontrollmetod", c["metod"]), ("Ansvarig", c["ans"]),
                ("Status per 31 augusti", c["status"]), ("Resultat / iakttagelser", c["res"]),
                ("Avvikelse (Ja/Nej)", c["avv"]), ("Åtgärd", c["atg"])]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text = k
            t.cell(r, 0).paragraphs[0].runs[0].bold = True
            t.cell(r, 1).text = v
            t.cell(r, 0).width = Cm(4.5)
            t.cell(r, 1).width = Cm(11.5)
        d.add_paragraph("")
        exp(fil, N, c["km"], c["est"], c["eav"])
    d.add_paragraph("Bilaga 2: Frånvarorapport läsåret 2024/25 (separat dokument)")
    d.add_paragraph("Lomma 2025-09-09\nMaria Lindqvist, förvaltningschef")

    tmp = os.path.join(tempfile.mkdtemp(prefix="r601"), "BUN uppföljning intern kontroll delår 2025.docx")
    d.save(tmp)
    convert(tmp, "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. SN - .xlsx, no status column, status only in free-text comment
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning aug.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    widths = (5, 22, 50, 10, 36, 20, 14, 55)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    setv(ws, 1, 1, "Internkontrollplan 2025 – Socialnämnden", bold=True, border=False)
    ws.merge_cells("A1:H1")
    setv(ws, 2, 1, "Uppföljning delår (per 31/8)", border=False)
    ws.merge_cells("A2:H2")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Riskvärde", "Kontrollmetod", "Ansvarig",
           "Frekvens", "Kommentar uppföljning delår"]
    for c, h in enumerate(hdr, 1):
        setv(ws, 4, c, h, bold=True, fill="D9E1F2")
    groups = [
        ("Ekonomiskt bistånd", [
            ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", 9,
             "Stickprov 20 akter", "Enhetschef försörjningsstöd", "Halvår",
             "Klart i juni. 20 akter granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Utbetalning av ekonomiskt bistånd stäms av mot beslut", 12,
             "Stickprov 20 utbetalningar", "Enhetschef försörjningsstöd", "Halvår",
             "Klart i juni. I 2 av 20 fall avvek utbetalt belopp från beslutet, återkrav har upprättats.",
             "GENOMFORD", "ja")]),
        ("Barn och unga", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar", 16,
             "Uttag ur Treserva, samtliga anmälningar", "Enhetschef barn och unga", "Tertial",
             "Påbörjat. T1 kontrollerat, perioden maj–aug pågår.", "DELVIS", ""),
            ("Vårdplan och genomförandeplan finns för placerade barn", 12,
             "Genomgång av samtliga placeringar", "Enhetschef barn och unga", "Helår",
             "Påbörjat", "DELVIS", "")]),
        ("Vård och omsorg", [
            ("Lex Sarah-rapporter utreds och anmäls till IVO inom fastställd tid", 8,
             "Genomgång av samtliga rapporter", "MAS/kvalitetsstrateg", "Halvår",
             "Klart i april, samtliga utredningar inom tid.", "GENOMFORD", "nej"),
            ("Fakturering av hemtjänstavgifter enligt taxa", 9,
             "Stickprov 15 brukare", "Avgiftshandläggare", "Halvår",
             "Ingen kontroll gjord ännu, planeras till september.", "EJ_GENOMFORD", "")]),
        ("LSS och socialpsykiatri", [
            ("Utbetalning av assistansersättning kontrolleras mot tidrapporter", 6,
             "Stickprov 10 ärenden", "Enhetschef LSS", "Helår",
             "Inte aktuellt i år – Försäkringskassan granskar samtliga ärenden 2025.", "UTGAR", ""),
            ("Genomförandeplan upprättas inom tre veckor efter verkställt beslut", 8,
             "Stickprov 15 beslut", "Enhetschef LSS", "Halvår",
             None, "SAKNAS", "")]),
        ("Gemensamt", [
            ("Loggkontroll i verksamhetssystemet Treserva", 12,
             "Slumpvis loggkontroll 10 användare per månad", "Systemförvaltare", "Månad",
             "Klart i juni", "GENOMFORD", "")]),
    ]
    r = 5
    nr = 1
    for proc, rows in groups:
        start = r
        for km, risk, met, ans, frek, kom, est, eav in rows:
            setv(ws, r, 1, nr)
            setv(ws, r, 2, proc if r == start else None)
            setv(ws, r, 3, km)
            setv(ws, r, 4, risk)
            setv(ws, r, 5, met)
            setv(ws, r, 6, ans)
            setv(ws, r, 7, frek)
            setv(ws, r, 8, kom)
            exp(fil, N, km, est, eav)
            r += 1
            nr += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    setv(ws, r + 1, 1, "Riskvärde = sannolikhet (1–4) × konsekvens (1–4).", border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    ws.freeze_panes = "A5"
    ws.oddHeader.center.text = "Socialförvaltningen Lomma"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Pipe-separated export, two nämnder, T1 and Delår side by side
# ---------------------------------------------------------------------------
def file_export():
    fil = "Stratsys_export_internkontroll_2025-09-08.txt"
    KFN = "Kultur- och fritidsnämnden"
    MBN = "Miljö- och byggnadsnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig",
           "Status T1 2025", "Kommentar T1 2025", "Status Delår 2025", "Kommentar Delår 2025"]
    rows = [
        (KFN, "Kassahantering", "Kontanthantering i bibliotek och simhall",
         "Enhetschef bibliotek", "Genomförd", "Kassaavstämning utan differens.",
         "Genomförd", "Inga differenser vid oanmälda kontroller i maj och augusti.", "GENOMFORD", "nej"),
        (KFN, "Bidrag", "Föreningsbidrag betalas ut enligt kommunens bidragsregler",
         "Föreningskonsulent", "Ej påbörjad", "",
         "Delvis genomförd", "Aktivitetsstöd vår kontrollerat. Lokalbidrag återstår.", "DELVIS", ""),
        (KFN, "Lokaluthyrning", "Uthyrning av idrottshallar och samlingslokaler faktureras korrekt",
         "Bokningsansvarig", "Genomförd", "2 bokningar hade inte fakturerats, fakturor skickade i april.",
         "", "", "GENOMFORD", "ja"),
        (KFN, "Kultur", "Inventering av kommunens konstsamling",
         "Kulturstrateg", "Ej påbörjad", "",
         "Ej genomförd", "Skjuts till 2026 pga personalbrist.", "EJ_GENOMFORD", ""),
        (KFN, "Styrning", "Barnkonventionen beaktas i beslutsunderlag till nämnden",
         "Nämndsekreterare", "", "",
         "Ej aktuell", "Utgår enligt beslut KFN 2025-04-10 § 22.", "UTGAR", ""),
        (MBN, "Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)",
         "Bygglovschef", "Genomförd", "Inga överskridanden.",
         "Genomförd med avvikelse", "3 av 112 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        (MBN, "Tillsyn", "Debitering av tillsynsavgifter enligt taxa",
         "Miljöchef", "Delvis genomförd", "Livsmedel kontrollerat.",
         "Genomförd", "Samtliga verksamhetsområden kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Styrning", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Genomförd", "",
         "Genomförd", "", "GENOMFORD", ""),
        (MBN, "Styrning", "Jäv vid handläggning av ärenden dokumenteras",
         "Förvaltningschef", "", "", "", "", "SAKNAS", ""),
        (MBN, "Tillsyn", "Klagomål registreras i Ecos och återkoppling lämnas",
         "Miljöchef", "Ej påbörjad", "",
         "Pågående", "Stickprov påbörjat i augusti.", "DELVIS", ""),
    ]
    lines = ["|".join(hdr)]
    for r in rows:
        lines.append("|".join(r[:8]))
        exp(fil, r[0], r[2], r[8], r[9])
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. TN - .ods, status by cell colour only, legend row above the table
# ---------------------------------------------------------------------------
def file_tn():
    fil = "Tekniska nämnden IK delår 2025.ods"
    N = "Tekniska nämnden"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    for col, w in zip("ABCDEF", (22, 50, 34, 22, 12, 50)):
        ws.column_dimensions[col].width = w
    setv(ws, 1, 1, "Tekniska nämnden, Lomma kommun", bold=True, border=False)
    setv(ws, 2, 1, "Uppföljning av intern kontroll – delår januari–augusti 2025", bold=True, border=False)
    ws.merge_cells("A2:F2")
    setv(ws, 4, 1, "Förklaring:", bold=True, border=False)
    setv(ws, 4, 2, "Genomförd", fill=GREEN)
    setv(ws, 4, 3, "Pågår / delvis genomförd", fill=YELLOW)
    setv(ws, 4, 4, "Ej genomförd", fill=RED)
    setv(ws, 4, 5, "Utgår", fill=GREY)
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        setv(ws, 6, c, h, bold=True, fill="D9D9D9")
    rows = [
        ("Fastighet", "Besiktning av lekplatser enligt SS-EN 1176",
         "Extern besiktning av samtliga lekplatser", "Fastighetschef", GREEN,
         "Samtliga 34 lekplatser besiktigade i maj. 3 lekredskap stängdes av och har åtgärdats.",
         "GENOMFORD", "ja"),
        ("Fastighet", "Felanmälningar i fastighetssystemet åtgärdas inom utlovad tid",
         "Uttag ur felanmälningssystemet, stickprov 30 ärenden", "Driftchef fastighet", YELLOW,
         "Stickprov jan–jun klart.", "DELVIS", ""),
        ("Gata och park", "Vinterväghållning – entreprenörens utförande kontrolleras mot avtal",
         "Jämförelse av körjournaler och utryckningar", "Gatuchef", GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Gata och park", "Entreprenörens fakturor för parkskötsel kontrolleras mot utförda arbeten",
         "Stickprov 10 fakturor", "Parkchef", RED,
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Kost", "Egenkontroll av livsmedelshantering i kommunens tillagningskök",
         "Genomgång av egenkontrollprogram i sex kök", "Kostchef", GREEN,
         None, "GENOMFORD", ""),
        ("Kost", "Specialkoster levereras enligt beställning",
         "Stickprov beställningar mot leveranser", "Kostchef", GREY,
         "Ansvaret flyttat till barn- och utbildningsförvaltningen från 1 mars.", "UTGAR", ""),
        ("VA och avfall", "Avläsning av vattenmätare och debitering av VA-avgifter",
         "Avstämning mätarställning mot faktura, 50 abonnenter", "VA-ingenjör", YELLOW,
         None, "DELVIS", ""),
        ("Arbetsmiljö", "Skyddsrond i förråd och verkstad genomförs och dokumenteras",
         "Genomgång av skyddsrondsprotokoll", "Driftchef fastighet", None,
         None, "SAKNAS", ""),
    ]
    r = 7
    for omr, km, met, ans, fill, kom, est, eav in rows:
        setv(ws, r, 1, omr)
        setv(ws, r, 2, km)
        setv(ws, r, 3, met)
        setv(ws, r, 4, ans)
        setv(ws, r, 5, None, fill=fill)
        setv(ws, r, 6, kom)
        exp(fil, N, km, est, eav)
        r += 1
    setv(ws, r + 1, 1, "Rapporterad av: Samhällsbyggnadsförvaltningen, 2025-09-03", border=False)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)
    tmp = os.path.join(tempfile.mkdtemp(prefix="r601"), "Tekniska nämnden IK delår 2025.xlsx")
    wb.save(tmp)
    convert(tmp, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. ÖFN - .docx, status column headed "Har kontrollen genomförts?"
# ---------------------------------------------------------------------------
OFN_DOCX = "Uppföljning internkontroll ÖFN delår 2025.docx"


def file_ofn():
    fil = OFN_DOCX
    N = "Överförmyndarnämnden"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Överförmyndarnämnden Lomma–Burlöv"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport", level=1)
    d.add_paragraph(
        "Överförmyndarenheten redovisar här uppföljningen av nämndens internkontrollplan för perioden "
        "1 januari–31 augusti 2025. Planen fastställdes av nämnden 2025-01-29 § 4.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Har kontrollen genomförts?",
           "Resultat och eventuella åtgärder"]
    rows = [
        ("Årsräkningar granskas inom fyra månader från att de kommit in",
         "Uttag ur Wärna, samtliga årsräkningar", "Enhetschef", "Ja",
         "Samtliga årsräkningar för 2024 granskade senast 31 juli. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 30 arvodesbeslut", "Handläggare", "Ja",
         "I 4 av 30 ärenden var arvodet felberäknat. Rättelse och ny utbetalning har gjorts.",
         "GENOMFORD", "ja"),
        ("Förteckningar kommer in inom två månader efter förordnande",
         "Bevakningslista i Wärna", "Handläggare", "Delvis",
         "Perioden januari–april är kontrollerad. Resterande period kontrolleras i september.",
         "DELVIS", ""),
        ("Uttagsspärrade konton stäms av mot bankbesked",
         "Stickprov 20 huvudmän", "Enhetschef", "Nej",
         "Görs i samband med granskningen av årsräkningar under hösten.", "EJ_GENOMFORD", ""),
        ("Lämplighetsprövning av nya ställföreträdare (utdrag ur belastningsregister och kreditupplysning)",
         "Genomgång av samtliga nya uppdrag", "Handläggare", "Ja, med anmärkning",
         "I 1 av 18 akter saknades utdrag ur belastningsregistret. Utdraget har begärts in i efterhand.",
         "GENOMFORD", "ja"),
        ("Gallring av akter enligt dokumenthanteringsplanen",
         "Kontroll av gallringsprotokoll", "Administratör", "Nej",
         "Utgår 2025 enligt beslut ÖFN 2025-03-19 § 15 i väntan på ny dokumenthanteringsplan.",
         "UTGAR", ""),
        ("Handlingar till ställföreträdare skickas säkert (krypterad e-post eller post)",
         "Stickprov utskick", "Administratör", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.cell(0, c).text = h
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for r, row in enumerate(rows, 1):
        for c in range(5):
            t.cell(r, c).text = row[c]
        exp(fil, N, row[0], row[5], row[6])
    d.add_paragraph("")
    d.add_paragraph("Burlöv 2025-09-10")
    d.add_paragraph("Anna Persson\nEnhetschef, överförmyndarenheten")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Word lock file - must be rejected
# ---------------------------------------------------------------------------
def file_lock():
    # Word replaces the first two characters of long names with "~$"
    fil = "~$" + OFN_DOCX[2:]
    user = "Anna Persson"
    data = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    data += struct.pack("<H", len(user)) + user.encode("utf-16-le").ljust(106, b"\x00")
    assert len(data) == 162
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for r in rows:
            assert not any(";" in x for x in r), r
            f.write(";".join(r) + "\n")


def main():
    file_ks()
    file_bun()
    file_sn()
    file_export()
    file_tn()
    file_ofn()
    file_lock()
    write_csv("namnder.csv", "nämnd;alias", [
        ("Kommunfullmäktige", "KF"),
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|Kommunstyrelsens förvaltning"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Samhällsbyggnadsförvaltningen|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden Lomma-Burlöv|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Räddningstjänsten Syd", "RSyd|Räddningstjänsten Syd kommunalförbund"),
    ])
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse", EXPECTED)


if __name__ == "__main__":
    main()
