#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r609 - Ekeberga kommun (invented), delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round609"
FIXED = datetime.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

GREEN = "FF00B050"
YELLOW = "FFFFFF00"
RED = "FFFF0000"

INSTRUKTION = (
    "INSTRUKTION (ekonomikontoret)\n"
    "Fyll i kolumnerna under UPPFÖLJNING DELÅR senast 15 september 2025.\n"
    "Status anges med kod: 1 = Genomförd, 2 = Delvis genomförd/pågår, 3 = Ej genomförd. "
    "Markera gärna statuscellen grön/gul/röd.\n"
    "Beskriv iakttagelser och avvikelser i kolumnen Kommentar och planerade åtgärder i kolumnen Åtgärd.\n"
    "Spara filen med nämndens namn och skicka till ekonomikontoret."
)

thin = Side(style="thin", color="FF808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="FF1F4E78")
SUB_FILL = PatternFill("solid", fgColor="FFD9E1F2")
PROC_FILL = PatternFill("solid", fgColor="FFF2F2F2")


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------------------
# The economy office's template (landscape, frozen two-row header)
# ---------------------------------------------------------------------------
def template_sheet(ws, sheet_title, namnd_header, helar_group=False):
    ws.title = sheet_title
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:2"
    ws.oddHeader.left.text = namnd_header
    ws.oddHeader.right.text = "Uppföljning internkontrollplan delår 2025"
    ws.oddFooter.right.text = "Sida &P av &N"

    widths = {"A": 5, "B": 16, "C": 38, "D": 16, "E": 24, "F": 17, "G": 13, "H": 42, "I": 28}
    heads = ["Nr", "Process/rutin", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Ansvarig",
             "Status", "Kommentar/iakttagelser", "Åtgärd"]
    groups = [("A1:C1", "A1", "INTERNKONTROLLPLAN 2025"), ("D1:F1", "D1", "PLAN"),
              ("G1:I1", "G1", "UPPFÖLJNING DELÅR")]
    last_col = "I"
    if helar_group:
        widths.update({"J": 11, "K": 36, "L": 24})
        heads += ["Status", "Kommentar/iakttagelser", "Åtgärd"]
        groups.append(("J1:L1", "J1", "UPPFÖLJNING HELÅR"))
        last_col = "L"
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for rng, first, text in groups:
        ws.merge_cells(rng)
        c = ws[first]
        c.value = text
        c.font = Font(bold=True, color="FFFFFFFF", size=12)
        c.fill = HEAD_FILL
        c.alignment = Alignment(horizontal="center", vertical="center")
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=2, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = SUB_FILL
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[1].height = 22
    ws.row_dimensions[2].height = 96
    # instruction box to the right of the header
    box_col = "N" if helar_group else "K"
    box_end = "Q" if helar_group else "N"
    for col in [box_col, chr(ord(box_col) + 1), chr(ord(box_col) + 2), box_end]:
        ws.column_dimensions[col].width = 18
    ws.merge_cells(f"{box_col}1:{box_end}2")
    b = ws[f"{box_col}1"]
    b.value = INSTRUKTION
    b.font = Font(italic=True, size=9)
    b.fill = PatternFill("solid", fgColor="FFFFF2CC")
    b.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    return last_col


def data_row(ws, r, values, last_col="I"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BORDER
    ncols = ord(last_col) - ord("A") + 1
    for i in range(len(values) + 1, ncols + 1):
        ws.cell(row=r, column=i).border = BORDER
    # set a row height that fits the wrapped text (people adjust this by hand; keeps the PDF export unclipped)
    lines = 1
    for i, v in enumerate(values, start=1):
        if v is None:
            continue
        col = chr(ord("A") + i - 1)
        w = ws.column_dimensions[col].width or 10
        per = max(int(w * 0.85) - 1, 4)
        n = sum(max(1, -(-len(part) // per)) for part in str(v).split("\n"))
        lines = max(lines, n)
    ws.row_dimensions[r].height = 13.5 * lines + 4


def process_row(ws, r, text, last_col="I"):
    ws.merge_cells(f"A{r}:{last_col}{r}")
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(bold=True)
    c.fill = PROC_FILL


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Ekonomikontoret Ekeberga kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden - colour only
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "Internkontroll_delår_2025_Kultur_och_fritid.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    template_sheet(ws, "IK-plan 2025", "Kultur- och fritidsnämnden")
    rows = [
        # nr, process, km, risk, metod, ansvarig, fill, kommentar, åtgärd, status, avv
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Möjlig/Kännbar (6)",
         "Stickprov 20 fakturor per tertial", "Controller", GREEN,
         "20 fakturor granskade, samtliga korrekt attesterade.", "", "GENOMFORD", "nej"),
        (2, "Föreningsbidrag", "Handläggning av föreningsbidrag sker enligt gällande riktlinjer",
         "Sannolik/Kännbar (9)", "Stickprov 15 ärenden", "Föreningskonsulent", YELLOW,
         "Stickprov gjort på 10 av planerade 15 ärenden. I två ärenden saknades revisionsberättelse från föreningen.",
         "Påminnelse till föreningarna. Riktlinjen ses över inför 2026.", "DELVIS", "ja"),
        (3, "Lokaluthyrning", "Fakturering av lokaluthyrning i idrottshallar överensstämmer med bokningssystemet",
         "Möjlig/Lindrig (4)", "Avstämning bokningar mot fakturor, en månad", "Fritidschef", RED,
         "Ej genomförd på grund av byte av bokningssystem i maj. Flyttas till hösten.", "", "EJ_GENOMFORD", ""),
        (4, "Ekonomi", "Representation och förtroendekänsliga poster", "Möjlig/Allvarlig (8)",
         "Genomgång av samtliga representationsfakturor", "Förvaltningschef", GREEN,
         "Genomförd. Två fakturor saknade deltagarlista och syfte, har kompletterats.", "",
         "GENOMFORD", "ja"),
        (5, "Bibliotek", "Kontanthantering i bibliotekens kassor", "Mindre sannolik/Kännbar (3)",
         "Oanmäld kassainventering", "Bibliotekschef", GREEN, "", "", "GENOMFORD", ""),
        (6, "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Möjlig/Kännbar (6)",
         "Genomgång i HR-systemet", "HR-partner", None, "", "", "SAKNAS", ""),
        (7, "Inköp", "Inköp sker enligt ramavtal (avtalstrohet)", "Sannolik/Lindrig (6)",
         "Analys av leverantörsreskontra", "Controller", YELLOW,
         "Analys av inköp januari–juni pågår.", "", "DELVIS", ""),
        (8, "Informationssäkerhet", "Behörigheter i bokningssystemet gås igenom",
         "Möjlig/Kännbar (6)", "Behörighetslista mot personalförteckning", "Systemförvaltare", None,
         "Kontrollen har inte påbörjats, planeras till oktober.", "", "EJ_GENOMFORD", ""),
    ]
    r = 3
    for row in rows:
        data_row(ws, r, [row[0], row[1], row[2], row[3], row[4], row[5], None, row[7] or None, row[8] or None])
        if row[6]:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=row[6])
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden - words, process heading rows (also sent as PDF)
# ---------------------------------------------------------------------------
TN_FIL = "TN_IK_delar_2025.xlsx"


def f_tn():
    fil = TN_FIL
    N = "Tekniska nämnden"
    wb = new_wb()
    ws = wb.active
    template_sheet(ws, "IK-plan 2025", "Tekniska nämnden")
    blocks = [
        ("Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Möjlig/Kännbar (6)",
             "Stickprov 25 fakturor", "Ekonom", "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("Direktupphandlingar dokumenteras enligt riktlinjen för direktupphandling", "Sannolik/Kännbar (9)",
             "Genomgång av direktupphandlingar över 100 tkr", "Inköpssamordnare", "Genomförd med avvikelse",
             "3 av 12 direktupphandlingar över 100 tkr saknade dokumentation.",
             "Utbildning för inköpsansvariga i september.", "GENOMFORD", "ja"),
            ("Avtalstrohet vid inköp av förbrukningsmaterial", "Möjlig/Lindrig (4)", "Inköpsanalys",
             "Inköpssamordnare", "Pågår", "Underlag från inköpsanalysverktyget inväntas.", "",
             "DELVIS", ""),
        ]),
        ("Fordon och maskiner", [
            ("Körjournaler för kommunens fordon förs enligt rutin", "Möjlig/Kännbar (6)",
             "Stickprov 10 fordon", "Fordonssamordnare", "Delvis genomförd",
             "Kontroll gjord för gatuenheten, återstår parkenheten.", "", "DELVIS", ""),
            ("Drivmedelskort används enbart för tjänstefordon", "Mindre sannolik/Allvarlig (6)",
             "Transaktionslista mot fordonsregister", "Fordonssamordnare", "Ej genomförd",
             "Resursbrist under sommaren, görs under hösten.", "", "EJ_GENOMFORD", ""),
        ]),
        ("VA och avfall", [
            ("Debitering av VA-avgifter sker enligt gällande taxa", "Möjlig/Kännbar (6)",
             "Stickprov 40 abonnenter", "VA-chef", "Genomförd",
             "Kontroll av 40 abonnenter. En felaktig debitering upptäcktes och har rättats.", "",
             "GENOMFORD", "ja"),
            ("Egenkontroll vid vattenverken enligt egenkontrollprogrammet", "Mindre sannolik/Allvarlig (6)",
             "Genomgång av egenkontrollprotokoll", "Driftchef VA", "Genomförd", "Inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("Uppföljning av slamtömning enligt entreprenadavtal", "Möjlig/Lindrig (4)",
             "Avstämning mot körlistor", "Avfallschef", "Utgår",
             "Avtalet övergick till Ekeberga Vatten AB 2025-04-01.", "", "UTGAR", ""),
        ]),
        ("Gata och park", [
            ("Besiktning av lekplatser genomförs årligen", "Mindre sannolik/Allvarlig (6)",
             "Kontroll av besiktningsprotokoll", "Parkchef", "Genomförd",
             "Huvudbesiktning gjord i juni. Två anmärkningar av klass B har åtgärdats.", "",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 3
    nr = 1
    for proc, ctrls in blocks:
        process_row(ws, r, proc)
        r += 1
        for km, risk, metod, ansv, st, kom, atg, status, avv in ctrls:
            data_row(ws, r, [nr, proc, km, risk, metod, ansv, st, kom, atg or None])
            exp(fil, N, km, status, avv)
            r += 1
            nr += 1
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


def f_tn_pdf():
    """PDF export of the TN workbook: a readable text PDF, a duplicate of the xlsx."""
    fil = "TN_IK_delar_2025.pdf"
    N = "Tekniska nämnden"
    tmp = tempfile.mkdtemp(prefix="r609-")
    src = os.path.join(tmp, TN_FIL)
    shutil.copy(out(TN_FIL), src)
    soffice_convert(src, "pdf", tmp)
    shutil.copy(os.path.join(tmp, "TN_IK_delar_2025.pdf"), out(fil))
    shutil.rmtree(tmp)
    for row in [e for e in EXPECTED if e[0] == TN_FIL]:
        EXPECTED.append((fil, row[1], row[2], row[3], row[4]))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - codes 1-3 (legend only in the instruction box)
# ---------------------------------------------------------------------------
SN_FIL = "SN uppföljning IKP delår 2025.xlsx"


def f_sn():
    fil = SN_FIL
    N = "Socialnämnden"
    wb = new_wb()
    ws = wb.active
    template_sheet(ws, "Socialnämnden", "")
    rows = [
        ("IFO", "Utbetalning av ekonomiskt bistånd sker mot korrekt beslut", "Möjlig/Allvarlig (8)",
         "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd", 1,
         "30 utbetalningar granskade, samtliga med korrekt beslut.", "", "GENOMFORD", "nej"),
        ("IFO", "Beslut om bistånd fattas enligt delegationsordningen\n(stickprov 15 beslut per tertial)",
         "Möjlig/Kännbar (6)", "Stickprov", "Avdelningschef IFO", 2,
         "T1 genomförd utan anmärkning.\nT2 pågår, 8 av 15 beslut granskade. Ett beslut har fattats av fel delegat.",
         "Genomgång av delegationsordningen på APT.", "DELVIS", "ja"),
        ("Barn och unga", "Förhandsbedömning i anmälningsärenden inom 14 dagar", "Sannolik/Allvarlig (12)",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", 3,
         "Ej genomförd – personalbrist under sommaren. Genomförs i september.", "", "EJ_GENOMFORD", ""),
        ("Barn och unga", "Uppföljning av placeringar (HVB och familjehem) enligt avtal", "Möjlig/Allvarlig (8)",
         "Genomgång av 10 placeringar", "Placeringssamordnare", None, "Se bilaga 3", "", "OKLAR", ""),
        ("Funktionsstöd", "Hantering av klienters privata medel", "Möjlig/Kännbar (6)",
         "Kassainventering på tre boenden", "Enhetschef funktionsstöd", 1, "Genomförd utan anmärkning.", "",
         "GENOMFORD", "nej"),
        ("Personal", "Registerkontroll i belastningsregistret vid nyanställning", "Mindre sannolik/Allvarlig (6)",
         "Stickprov 12 anställningar", "HR-partner", 1,
         "Genomförd. I ett fall av 12 saknades utdrag ur belastningsregistret – åtgärdat.", "",
         "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet", "Möjlig/Allvarlig (8)",
         "Slumpvis loggkontroll 20 personakter", "Systemförvaltare", 2,
         "Loggkontroll gjord för IFO, återstår funktionsstöd.", "", "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Möjlig/Kännbar (6)",
         "Stickprov 20 fakturor", "Controller", 1, "", "", "GENOMFORD", ""),
        ("Kvalitet", "Rapportering och utredning av lex Sarah-ärenden", "Möjlig/Allvarlig (8)",
         "Genomgång av avvikelsesystemet", "Kvalitetsutvecklare", None, "", "", "SAKNAS", ""),
        ("Ekonomi", "Ersättning till uppdragstagare (kontaktpersoner) betalas enligt riktlinje",
         "Möjlig/Lindrig (4)", "Stickprov 10 uppdrag", "Controller", "Utgår",
         "Ersätts av ny kontroll i internkontrollplan 2026.", "", "UTGAR", ""),
    ]
    r = 3
    for i, row in enumerate(rows, start=1):
        data_row(ws, r, [i, row[0], row[1], row[2], row[3], row[4], row[5], row[6] or None, row[7] or None])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


def f_lock():
    """Excel owner/lock file left in the folder while someone had the SN file open."""
    fil = "~$" + SN_FIL
    user = "Lindqvist Anna"
    data = bytes([len(user)]) + user.encode("latin-1")
    data = data.ljust(54, b" ")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(165, b" ")
    with open(out(fil), "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden - template saved as .ods, words
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUF_internkontroll_delar2025.ods"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb()
    ws = wb.active
    template_sheet(ws, "BUF", "Barn- och utbildningsförvaltningen")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Möjlig/Kännbar (6)",
         "Stickprov 20 fakturor", "Controller", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Skolskjuts", "Skolskjutsbeslut fattas enligt riktlinjer för skolskjuts", "Möjlig/Kännbar (6)",
         "Granskning av 20 beslut", "Skolskjutshandläggare", "Pågår",
         "Granskning av 20 beslut påbörjad, beräknas klar i oktober.", "", "DELVIS", ""),
        ("Trygghet", "Kränkande behandling anmäls till huvudman inom en vecka", "Sannolik/Allvarlig (12)",
         "Uttag ur anmälningssystemet", "Kvalitetsstrateg", "Klar",
         "Av 46 anmälningar kom 9 in senare än en vecka efter händelsen.",
         "Påminnelse till samtliga rektorer om rutinen.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Elevfrånvaro följs upp enligt rutin för problematisk skolfrånvaro", "Möjlig/Allvarlig (8)",
         "Stickprov 5 elever per skola", "Elevhälsochef", "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        ("Avgifter", "Barnomsorgsavgifter debiteras enligt inkomstuppgift", "Möjlig/Kännbar (6)",
         "Inkomstkontroll mot Skatteverket", "Enhetschef antagning", "Klar",
         "Inkomstkontroll gjord mot Skatteverkets uppgifter. 14 hushåll hade lämnat för låg inkomst och fick ändrad avgift.",
         "Återkrav skickat.", "GENOMFORD", "ja"),
        ("Lokaler", "Kontroll av lokalbokning i förskolorna", "Mindre sannolik/Lindrig (2)",
         "Avstämning bokningslistor", "Förskolechef", "Ej aktuell",
         "Rutinen upphörde när bokningen flyttades till Tekniska förvaltningen.", "", "UTGAR", ""),
        ("Informationssäkerhet", "Behörigheter i elevdokumentationssystemet gås igenom", "Möjlig/Allvarlig (8)",
         "Behörighetslista mot personalförteckning", "Systemförvaltare", "Klar 2025-05-20",
         "Behörighetsgenomgång klar. 31 konton för personer som slutat avslutades.", "", "GENOMFORD", "ja"),
        ("Ekonomi", "Statsbidrag återrapporteras korrekt och i tid", "Möjlig/Allvarlig (8)",
         "Genomgång av återrapporteringar", "Controller", "Pågår",
         "Likvärdighetsbidraget är återrapporterat. Övriga bidrag rapporteras under hösten.", "",
         "DELVIS", ""),
    ]
    r = 3
    for i, row in enumerate(rows, start=1):
        data_row(ws, r, [i, row[0], row[1], row[2], row[3], row[4], row[5], row[6] or None, row[7] or None])
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    tmp = tempfile.mkdtemp(prefix="r609-")
    src = os.path.join(tmp, "BUF_internkontroll_delar2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - .xls with an extra, empty "Helår" group
# ---------------------------------------------------------------------------
def f_sbn():
    fil = "Samhällsbyggnad_IKP_delår2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = new_wb()
    ws = wb.active
    last = template_sheet(ws, "SBN delår", "Samhällsbyggnadsnämnden", helar_group=True)
    rows = [
        ("Bygglov", "Bygglovsavgifter debiteras enligt taxa", "Möjlig/Kännbar (6)", "Stickprov 20 ärenden",
         "Bygglovschef", "Genomförd", "20 ärenden kontrollerade, två felaktiga avgifter har korrigerats.", "",
         "GENOMFORD", "ja"),
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor", "Sannolik/Kännbar (9)",
         "Statistik ur ärendesystemet", "Bygglovschef", "Påbörjad",
         "Statistik för T1 sammanställd, resterande perioden tas fram i september.", "", "DELVIS", ""),
        ("Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Möjlig/Lindrig (4)",
         "Avstämning ärendesystem mot protokoll", "Nämndsekreterare", "Genomförd",
         "Samtliga delegationsbeslut har anmälts.", "", "GENOMFORD", "nej"),
        ("Plan", "Planavgifter och planavtal faktureras", "Möjlig/Kännbar (6)", "Genomgång av planavtal",
         "Planchef", "Ej genomförd", "Skjuts till hösten på grund av vakant tjänst.", "", "EJ_GENOMFORD", ""),
        ("Lantmäteri", "Lantmäteriförrättningar faktureras enligt taxa", "Mindre sannolik/Kännbar (3)",
         "Stickprov 10 förrättningar", "Kommunlantmätare", "Genomförd", "", "", "GENOMFORD", ""),
        ("Tillsyn", "Tillsyn av obligatorisk ventilationskontroll (OVK)", "Möjlig/Kännbar (6)",
         "Genomgång av OVK-protokoll", "Byggnadsinspektör", None,
         "Genomförd under våren, 25 objekt kontrollerade, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Arkiv", "Avslutade ärenden arkiveras i e-arkivet", "Möjlig/Lindrig (4)",
         "Avstämning ärendesystem mot e-arkiv", "Registrator", "Påbörjad",
         "Ärenden från 2023 är överförda, 2024 återstår.", "", "DELVIS", ""),
    ]
    r = 3
    for i, row in enumerate(rows, start=1):
        data_row(ws, r, [i, row[0], row[1], row[2], row[3], row[4], row[5], row[6] or None, row[7] or None],
                 last_col=last)
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    tmp = tempfile.mkdtemp(prefix="r609-")
    src = os.path.join(tmp, "Samhällsbyggnad_IKP_delår2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Kommunstyrelsen - template, words, summary row and signature under the table
# ---------------------------------------------------------------------------
def f_ks():
    fil = "Kommunstyrelsen_internkontroll_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = new_wb()
    ws = wb.active
    template_sheet(ws, "IK-plan 2025", "Kommunstyrelsen / Kommunledningsförvaltningen")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Möjlig/Kännbar (6)",
         "Stickprov 25 fakturor", "Redovisningschef", "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Lön", "Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet", "Möjlig/Allvarlig (8)",
         "Avstämning mot anställningsbeslut", "Lönechef", "Genomförd",
         "Två felaktiga utbetalningar efter avslutad anställning, återkrav gjort.",
         "Rutin för avslutsblankett förtydligas.", "GENOMFORD", "ja"),
        ("Dataskydd", "Registerförteckning enligt dataskyddsförordningen är uppdaterad", "Möjlig/Kännbar (6)",
         "Genomgång av registerförteckning", "Dataskyddssamordnare", "Delvis genomförd",
         "Uppdaterad för 3 av 5 avdelningar.", "", "DELVIS", ""),
        ("Diarium", "Allmänna handlingar diarieförs inom tre dagar", "Möjlig/Lindrig (4)",
         "Stickprov 30 handlingar", "Kanslichef", "Ej genomförd", "Planeras till tertial 3.", "",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Ändring av bankuppgifter i leverantörsregistret verifieras", "Möjlig/Allvarlig (8)",
         "Genomgång av samtliga ändringar", "Redovisningschef", "Genomförd",
         "Samtliga 18 ändringar verifierade via kontakt med leverantören. Inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Politisk organisation", "Arvoden till förtroendevalda betalas ut enligt arvodesreglementet",
         "Möjlig/Lindrig (4)", "Stickprov 20 arvodesutbetalningar", "Kanslichef", "Genomförd med anmärkning",
         "Arvode för ett sammanträde har betalats ut två gånger i ett fall.", "Återkrav gjort.",
         "GENOMFORD", "ja"),
        ("Finans", "Uppföljning av kommunens borgensåtaganden", "Mindre sannolik/Allvarlig (6)",
         "Genomgång av borgensförteckning", "Finanschef", "Utgår",
         "Hanteras inom uppföljningen av finanspolicyn.", "", "UTGAR", ""),
    ]
    r = 3
    for i, row in enumerate(rows, start=1):
        data_row(ws, r, [i, row[0], row[1], row[2], row[3], row[4], row[5], row[6] or None, row[7] or None])
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Sammanfattning").font = Font(bold=True)
    ws.cell(row=r, column=3, value="4 av 7 kontroller genomförda, 1 delvis, 1 ej genomförd, 1 utgår.")
    r += 2
    ws.cell(row=r, column=2, value="Ekeberga 2025-09-15")
    ws.cell(row=r + 1, column=2, value="Maria Holm, kommundirektör")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden - refused the template, prose under headings
# ---------------------------------------------------------------------------
def f_mhn():
    fil = "Uppföljning intern kontroll MHN delår 2025.docx"
    N = "Miljö- och hälsoskyddsnämnden"
    doc = Document()
    doc.core_properties.author = "Miljöförvaltningen"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ekeberga kommun\tMiljöförvaltningen\tDnr MHN 2025/212"
    doc.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    p = doc.add_paragraph("Miljö- och hälsoskyddsnämnden")
    p.runs[0].bold = True
    doc.add_paragraph(
        "Nämnden redovisar uppföljningen av internkontrollplanen för perioden januari–augusti 2025 i löptext. "
        "Ekonomikontorets Excelmall har inte använts eftersom nämndens kontroller i huvudsak avser "
        "myndighetsutövning och resultaten kräver en utförligare beskrivning än vad mallen ger utrymme för.")
    doc.add_paragraph(
        "Internkontrollplanen för 2025 antogs av nämnden 2025-01-29, § 7, och omfattar sex kontrollmoment. "
        "Nedan redovisas varje kontrollmoment med kontrollmetod, ansvarig och resultat.")
    sections = [
        ("Avgifter för tillsyn debiteras enligt taxa",
         "Kontrollmetod: stickprov 30 tillsynsärenden. Ansvarig: administrativ chef.",
         "Kontrollen är genomförd. Av de 30 granskade ärendena hade i två fall fel timavgift debiterats. "
         "Felen har rättats och berörda verksamhetsutövare har fått nya fakturor.",
         "GENOMFORD", "ja"),
        ("Klagomål handläggs och återkopplas inom en vecka",
         "Kontrollmetod: uttag ur ärendesystemet. Ansvarig: enhetschef miljö.",
         "Kontrollen har påbörjats men är inte slutförd. Hittills har klagomål från januari–april granskats, "
         "och samtliga hade återkopplats inom en vecka. Resterande månader granskas under hösten.",
         "DELVIS", "nej"),
        ("Jäv och bisysslor bland inspektörer",
         "Kontrollmetod: genomgång av bisyssleanmälningar och jävsdeklarationer. Ansvarig: miljöchef.",
         "Kontrollen har inte genomförts under perioden. Den planeras till november i samband med "
         "medarbetarsamtalen.",
         "EJ_GENOMFORD", ""),
        ("Livsmedelskontroll följer den fastställda kontrollplanen",
         "Kontrollmetod: avstämning av utförda kontroller mot kontrollplanen. Ansvarig: enhetschef livsmedel.",
         "Kontrollen är genomförd för perioden. Per den 31 augusti har 62 procent av de planerade "
         "livsmedelskontrollerna utförts, vilket är i nivå med planen. Inga avvikelser har noterats.",
         "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Kontrollmetod: stickprov 15 fakturor. Ansvarig: administrativ chef.",
         "Genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden",
         "Kontrollmetod: avstämning mellan ärendesystem och nämndprotokoll. Ansvarig: nämndsekreterare.",
         "Kontrollen utgår efter beslut i nämnden 2025-04-23, § 41, eftersom samma kontroll görs av "
         "kommunstyrelsens kansli för samtliga nämnder.",
         "UTGAR", ""),
    ]
    for head, metod, result, status, avv in sections:
        doc.add_heading(head, level=2)
        doc.add_paragraph(metod)
        doc.add_paragraph(result)
        exp(fil, N, head, status, avv)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. De avvikelser som "
        "har upptäckts har rättats. Kontrollen av jäv och bisysslor genomförs under hösten och redovisas i "
        "årsbokslutet.")
    doc.add_paragraph("")
    doc.add_paragraph("Ekeberga 2025-09-10")
    doc.add_paragraph("Karin Ekdahl\nMiljöchef")
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    f_kfn()
    f_tn()
    f_tn_pdf()
    f_sn()
    f_lock()
    f_bun()
    f_sbn()
    f_ks()
    f_mhn()
    write_csvs()


if __name__ == "__main__":
    main()
