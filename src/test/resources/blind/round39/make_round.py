#!/usr/bin/python3
"""Blind round 39 – Götevalla kommun, inkorg januari 2026 (uppföljning helår 2025)."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r39build-")
LO = "-env:UserInstallation=file:///tmp/lo-round39"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

STATUSLISTA = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- common Excel template
def template(fil, namnd_cell, ifylld, headers, rows, namnd, status_cols=("Status",),
             after=None, widths=None, merge_process=True):
    """rows: list of lists matching headers; None in Process = same group (merged)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    n = len(headers)
    ws["A1"] = "Götevalla kommun – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = "Nämnd:"; ws["B2"] = namnd_cell
    ws["A3"] = "Period:"; ws["B3"] = "Helår 2025"
    ws["A4"] = "Ifylld av:"; ws["B4"] = ifylld
    for r in (2, 3, 4):
        ws.cell(r, 1).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    hr = 6
    for c, h in enumerate(headers, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = hr + 1
    group_start = None
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
        if row[0] is not None:
            if merge_process and group_start is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
            group_start = r
        r += 1
    if merge_process and group_start is not None and r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
    last = r - 1
    # drop-down
    lst = wb.create_sheet("Listor")
    for i, s in enumerate(STATUSLISTA, 1):
        lst.cell(i, 1, s)
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    for sc in status_cols:
        col = headers.index(sc) + 1
        L = get_column_letter(col)
        dv.add(f"{L}{hr+1}:{L}{hr+40}")
    ins = wb.create_sheet("Instruktion")
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan",
        "Fyll i en rad per kontrollmoment enligt nämndens antagna internkontrollplan.",
        "Välj status i rullistan: Genomförd / Delvis genomförd / Ej genomförd / Utgår.",
        "Beskriv i Kommentar vad kontrollen visade och om avvikelser har upptäckts.",
        "Skicka filen till ekonomiavdelningen senast 2026-01-23.",
    ], 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True)
    if after:
        after(ws, last)
    w = widths or [18, 26, 44, 26, 18, 16, 50]
    for c in range(1, n + 1):
        ws.column_dimensions[get_column_letter(c)].width = w[c - 1] if c - 1 < len(w) else 18
    ws.freeze_panes = ws.cell(hr + 1, 1)
    path = os.path.join(TMP if fil.endswith(".xls") else OUT, fil.replace(".xls", ".xlsx") if fil.endswith(".xls") else fil)
    wb.save(path)
    if fil.endswith(".xls"):
        soffice(path, "xls", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------- 1 BUN: status blank, Kommentar decides
def bun():
    fil = "BUN_internkontroll_helar_2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    H = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    data = [
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor sker enligt attestreglementet",
         "Stickprov 20 fakturor per halvår", "Controller", "Genomfört. Stickprov på 20 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (None, "Inköp utanför avtal", "Kontroll av att inköp görs från upphandlade avtalsleverantörer",
         "Stickprov i e-handelssystemet", "Controller", "Påbörjad, kontrollen slutförs i mars 2026.", "DELVIS", "nej"),
        ("Delegation", "Beslut fattas utan stöd i delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Genomgång av delegationslistor", "Nämndsekreterare", "Klart. 3 av 15 delegationsbeslut hade inte anmälts till nämnden i tid, rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("Skolskjuts", "Skolskjuts utan beslut", "Beslut om skolskjuts finns registrerade för samtliga elever med skolskjuts",
         "Avstämning elevregister mot skjutslistor", "Skolskjutssamordnare", "Genomförd. Två elever saknade registrerat beslut om skolskjuts, detta är nu kompletterat.", "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Kränkningar anmäls inte", "Anmälningar om kränkande behandling rapporteras till huvudmannen inom fem dagar",
         "Uppföljning i anmälningssystemet", "Verksamhetschef grundskola", "Se bilaga", "OKLAR", "nej"),
        ("Avgifter", "Felaktig debitering", "Avgifter i förskola och fritidshem debiteras enligt aktuell inkomstuppgift",
         "Stickprov 25 hushåll", "Placeringsenheten", "Ej genomförd p.g.a. vakant tjänst på placeringsenheten under hösten.", "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet", "Obehörig åtkomst", "Behörigheter i elevdokumentationssystemet stäms av mot aktuell personallista",
         "Avstämning mot HR-systemet", "Systemförvaltare", "", "SAKNAS", "nej"),
        ("Kvalitet", "Frånvaro meddelas inte", "Uppföljning av att frånvaroanmälan till vårdnadshavare skickas samma dag",
         "Stickprov i frånvarosystemet", "Rektorer", "Utgår enligt beslut BUN 2025-05-14 § 48, ersatt av Skolverkets uppföljning.", "UTGAR", "nej"),
    ]
    rows = [[p, risk, km, m, a, None, k] for p, risk, km, m, a, k, *_ in data]
    template(fil, "BUN", "Lena Sjöberg, controller", H, rows, namnd)
    for d in data:
        EXPECTED.append((fil, namnd, d[2], d[6], d[7]))


# ---------------------------------------------------------------- 2 TN: added Avvikelse column
def tn():
    fil = "Tekniska nämnden IK uppföljning helår 2025.xlsx"
    namnd = "Tekniska nämnden"
    H = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar"]
    data = [
        ("Fastighetsförvaltning", "Felanmälningar blir liggande", "Kontroll av att felanmälningar i fastighetssystemet åtgärdas inom avtalad tid",
         "Rapport ur fastighetssystemet", "Fastighetschef", "Genomförd", "Ja", "12 % av ärendena åtgärdades efter avtalad tid. Dialog förd med driftentreprenören.", "GENOMFORD", "ja"),
        (None, "Felaktig fakturering", "Stickprov på att entreprenadfakturor överensstämmer med avtal och ÄTA-beslut",
         "Stickprov 15 fakturor", "Projektledare", "Genomförd", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fordon och maskiner", "Fordon används utan besiktning", "Kontroll av att kommunens fordon har godkänd besiktning och utförd service",
         "Genomgång av fordonsregistret", "Fordonssamordnare", "Delvis genomförd", "Nej", "Personbilarna kontrollerade, tunga fordon kvarstår.", "DELVIS", "nej"),
        (None, "Tillgångar försvinner", "Avstämning av inventarieförteckning för maskinparken mot anläggningsregistret",
         "Fysisk inventering", "Driftchef gata/park", "Ej genomförd", "", "Flyttas till 2026 på grund av sjukskrivning.", "EJ_GENOMFORD", "nej"),
        ("VA", "Otjänligt dricksvatten", "Egenkontroll av dricksvattenanläggningar enligt fastställt kontrollprogram",
         "Provtagning enligt program", "VA-chef", "Genomförd", "Nej", "Samtliga prover tjänliga.", "GENOMFORD", "nej"),
        ("Upphandling", "Otillåten direktupphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
         "Genomgång av inköp över beloppsgränsen", "Upphandlare", "Genomförd", "Ja", "Två direktupphandlingar saknade dokumentation.", "GENOMFORD", "ja"),
        ("Gata/park", "Bristande vinterväghållning", "Uppföljning av att vinterväghållningsentreprenören följer avtalade utryckningstider",
         "Kontroll av GPS-loggar", "Driftchef gata/park", "Utgår", "", "Avtalet avslutades i april, verksamheten drivs i egen regi.", "UTGAR", "nej"),
    ]
    rows = [list(d[:8]) for d in data]
    template(fil, namnd, "Per Holm, förvaltningsekonom", H, rows, namnd,
             widths=[18, 26, 44, 26, 18, 16, 12, 50])
    for d in data:
        EXPECTED.append((fil, namnd, d[2], d[8], d[9]))


# ---------------------------------------------------------------- 3 KFN: pasted 2024 status column
def kfn():
    fil = "KFN helår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    H = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status helår 2024", "Status helår 2025", "Kommentar"]
    data = [
        ("Bidrag", "Felaktiga bidrag", "Kontroll av att föreningsbidrag betalas ut enligt antagna bidragsregler",
         "Stickprov 10 ansökningar", "Föreningshandläggare", "Genomförd", "Genomförd", "Inga fel hittades.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Förskingring", "Stickprov på att kassarapporter i simhallen stäms av mot dagskassa",
         "Stickprov en vecka per kvartal", "Badchef", "Delvis genomförd", "Genomförd", "Differens på 1 450 kr i en kassa i oktober, utredd och rapporterad.", "GENOMFORD", "ja"),
        ("Lokaler", "Intäktsbortfall", "Kontroll av att bokningar av idrottshallar faktureras korrekt",
         "Avstämning bokningssystem mot fakturering", "Bokningsansvarig", "Genomförd", "Delvis genomförd", "Höstens bokningar kontrolleras i februari.", "DELVIS", "nej"),
        ("Barn och unga", "Olämpliga ledare", "Uppföljning av att registerutdrag visas för ledare i lovverksamheten",
         "Genomgång av anställningsakter", "Fritidsgårdschef", "", "Genomförd", "Ny kontroll 2025. Samtliga ledare hade visat utdrag.", "GENOMFORD", "nej"),
        ("Tillgångar", "Konstverk försvinner", "Inventering av konstsamlingen mot kommunens konstregister",
         "Fysisk inventering", "Kulturchef", "Ej genomförd", "", "", "SAKNAS", "nej"),
        ("Bibliotek", "Inaktuellt bestånd", "Kontroll av att biblioteksmedier gallras enligt gallringsplan",
         "Rapport ur bibliotekssystemet", "Bibliotekschef", "Genomförd", "Utgår", "Utgår ur planen 2025.", "UTGAR", "nej"),
        ("Inköp", "Inköp utanför avtal", "Avtalstrohet vid inköp av material till fritidsgårdarna",
         "Stickprov 10 fakturor", "Fritidsgårdschef", "Genomförd", "Ej genomförd", "Hann inte genomföras 2025 på grund av omorganisation.", "EJ_GENOMFORD", "nej"),
    ]
    rows = [list(d[:8]) for d in data]
    template(fil, namnd, "Sara Ek, administratör", H, rows, namnd,
             status_cols=("Status helår 2024", "Status helår 2025"),
             widths=[18, 24, 44, 26, 18, 16, 16, 50], merge_process=False)
    for d in data:
        EXPECTED.append((fil, namnd, d[2], d[8], d[9]))


# ---------------------------------------------------------------- 4 VON: .xls, two-row text, totals, signature
def von():
    fil = "VON_uppfoljning_IKP_helar2025.xls"
    namnd = "Vård- och omsorgsnämnden"
    H = ["Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    rows = [
        ["Myndighetsutövning", "Insatser utan planering", "Kontroll av att genomförandeplaner upprättas",
         "Stickprov 30 ärenden", "Enhetschefer", "Genomförd", "4 av 30 genomförandeplaner upprättades för sent."],
        [None, None, "inom 14 dagar efter verkställt beslut", None, None, None, None],
        [None, "Ej verkställda beslut", "Kontroll av att LSS-beslut verkställs inom tre månader",
         "Rapport ur verksamhetssystemet", "Biståndschef", "Ej genomförd", "Rapporten kunde inte tas fram efter systembytet."],
        ["Hälso- och sjukvård", "Felaktig läkemedelshantering", "Läkemedelshantering: signeringslistor kontrolleras mot ordination",
         "Stickprov per enhet", "MAS", "Delvis genomförd", "Genomfört på särskilda boenden, hemsjukvården återstår."],
        [None, "Missförhållanden rapporteras inte", "Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO",
         "Genomgång av rapporter", "Kvalitetsutvecklare", "Genomförd", "Samtliga rapporter utredda inom rutinens tidsgränser."],
        ["Ekonomi", "Felaktiga avgifter", "Avgiftsbeslut för hemtjänst baseras på aktuell inkomstförfrågan",
         "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare", "Genomförd", "Inga avvikelser."],
        [None, "Felaktig ersättning till utförare", "Timredovisning för utförare inom hemtjänst stäms av mot planerad tid",
         "Avstämning per månad", "Controller", "Genomförd", "Kontrollen har inte kunnat genomföras då systemrapporten saknas."],
        ["Informationssäkerhet", "Obehörig åtkomst", "Loggkontroll i journalsystemet avseende obehörig åtkomst",
         "Slumpvis loggkontroll", "Systemförvaltare", "Genomförd", "En otillåten åtkomst upptäcktes och har hanterats enligt rutin."],
        [None, "Nycklar kommer bort", "Stickprov på att nyckelkvittenser finns för samtliga hemtjänstnycklar",
         "Stickprov per hemtjänstgrupp", "Enhetschefer hemtjänst", "Utgår", "Digitala lås infördes i mars, kontrollen utgår."],
    ]
    exp = [
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "GENOMFORD", "ja"),
        ("Kontroll av att LSS-beslut verkställs inom tre månader", "EJ_GENOMFORD", "nej"),
        ("Läkemedelshantering: signeringslistor kontrolleras mot ordination", "DELVIS", "nej"),
        ("Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO", "GENOMFORD", "nej"),
        ("Avgiftsbeslut för hemtjänst baseras på aktuell inkomstförfrågan", "GENOMFORD", "nej"),
        ("Timredovisning för utförare inom hemtjänst stäms av mot planerad tid", "GENOMFORD", "nej"),
        ("Loggkontroll i journalsystemet avseende obehörig åtkomst", "GENOMFORD", "ja"),
        ("Stickprov på att nyckelkvittenser finns för samtliga hemtjänstnycklar", "UTGAR", "nej"),
    ]

    def after(ws, last):
        r = last + 2
        ws.cell(r, 1, "Antal kontrollmoment:").font = Font(bold=True)
        ws.cell(r, 3, 8)
        ws.cell(r + 1, 1, "Varav genomförda:").font = Font(bold=True)
        ws.cell(r + 1, 3, 5)
        ws.cell(r + 3, 1, "Uppföljningen är godkänd av förvaltningschef Karin Berg 2026-01-16.")

    template(fil, namnd, "Jonas Alm, kvalitetsutvecklare", H, rows, namnd, after=after, merge_process=False)
    for km, st, av in exp:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------- 5 SN: Word, one table per process
def sn():
    fil = "Socialnämnden - uppföljning internkontrollplan helår 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    doc.core_properties.title = "Uppföljning internkontrollplan helår 2025"
    doc.core_properties.author = "Socialförvaltningen"
    doc.add_heading("Socialnämnden – Uppföljning av internkontrollplan, helår 2025", 0)
    doc.add_paragraph(
        "Socialnämnden antog i december 2024 en internkontrollplan för 2025 med åtta kontrollmoment inom tre "
        "processer. Nedan redovisas resultatet per process. Bedömningen anges som Genomförd, Delvis genomförd, "
        "Ej genomförd eller Utgår. I kolumnen Avvikelse anges om kontrollen visat på brister.")
    procs = [
        ("Process: Ekonomiskt bistånd", [
            ("Stickprov på att utbetalt ekonomiskt bistånd överensstämmer med beslut", "Stickprov 25 utbetalningar",
             "Samtliga utbetalningar överensstämde med beslut.", "Nej", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att inkomstuppgifter verifieras mot Försäkringskassan via SSBTEK", "Stickprov 20 ärenden",
             "I två ärenden saknades dokumenterad kontroll i SSBTEK.", "Ja", "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Process: Barn och unga", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar", "Rapport ur verksamhetssystemet",
             "Kontrollerat för första halvåret: 9 % av förhandsbedömningarna tog längre tid än 14 dagar.", "Ja", "Delvis genomförd", "DELVIS", "ja"),
            ("Utredningstiden på fyra månader enligt 11 kap. 2 § SoL hålls", "Rapport ur verksamhetssystemet",
             "Samtliga utredningar avslutades inom fyra månader eller hade beslut om förlängning.", "Nej", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att placerade barn har aktuell vårdplan och genomförandeplan", "Genomgång av samtliga placeringar",
             "Kontrollen har inte genomförts på grund av hög arbetsbelastning.", "", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ]),
        ("Process: Dokumentation och personuppgifter", [
            ("Loggkontroll av åtkomst till sekretessbelagda personakter", "Slumpvis loggkontroll 10 akter per månad",
             "Ingen obehörig åtkomst upptäcktes.", "Nej", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att skyddade personuppgifter hanteras enligt rutin i verksamhetssystemet", "Genomgång av markerade ärenden",
             "Ersätts av kommungemensam kontroll enligt KS beslut.", "", "Utgår", "UTGAR", "nej"),
            ("Rutin för hantering av synpunkter och klagomål följs upp", "Genomgång av inkomna synpunkter",
             "Se bilaga 2.", "", "", "OKLAR", "nej"),
        ]),
    ]
    for title, ctrls in procs:
        doc.add_heading(title, 2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Resultat helår", "Avvikelse", "Bedömning"]):
            t.rows[0].cells[i].text = h
            for p in t.rows[0].cells[i].paragraphs:
                for run in p.runs:
                    run.font.bold = True
        for c in ctrls:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = c[i]
            EXPECTED.append((fil, namnd, c[0], c[5], c[6]))
        doc.add_paragraph("")
    doc.add_paragraph("Götevalla 2026-01-20")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------- 6 KS: .odt, J/N column with legend
def ks():
    fil = "Kommunstyrelsen_uppfoljning_intern_kontroll_2025.odt"
    namnd = "Kommunstyrelsen"
    doc = Document()
    doc.add_heading("Uppföljning av intern kontroll – Kommunstyrelsen", 1)
    doc.add_paragraph("Period: helår 2025\nFörvaltning: Kommunledningsförvaltningen\nHandläggare: Maria Nyström, ekonomichef")
    ctrls = [
        ("1", "Löner", "Stickprov på att löneutbetalningar baseras på attesterade tidrapporter", "J", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Löner", "Kontroll av att anställda som slutat avregistreras i lönesystemet i rätt tid", "J",
         "Två personer fick lön en månad efter avslutad anställning, återkrav har gjorts.", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Avtalstrohet: stickprov på 30 fakturor mot avtalsdatabasen", "Delvis",
         "20 av 30 fakturor granskade, resterande granskas i februari.", "DELVIS", "nej"),
        ("4", "IT", "Behörigheter i ekonomisystemet stäms av mot aktuell befattning", "N",
         "Ej utförd på grund av systembyte under hösten.", "EJ_GENOMFORD", "nej"),
        ("5", "Ekonomi", "Kontroll av representation och andra förtroendekänsliga poster", "J",
         "Stickprov 15 verifikationer, samtliga med deltagarförteckning och syfte.", "GENOMFORD", "nej"),
        ("6", "Ärendehantering", "Diarieföring av inkommande handlingar sker inom en arbetsdag", "",
         "Kontrollen utgår enligt KS beslut 2025-06-11 § 102.", "UTGAR", "nej"),
        ("7", "Säkerhet", "Krisledningsplanen är uppdaterad och övad under året", "J",
         "Plan reviderad i maj, övning genomförd i oktober.", "GENOMFORD", "nej"),
        ("8", "Bidrag", "Beslut om föreningsbidrag enligt KS delegation redovisas till kommunstyrelsen", "J",
         "Redovisat vid sammanträden i juni och december.", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Område", "Vad kontrolleras", "Utförd (J/N)", "Iakttagelser"]):
        t.rows[0].cells[i].text = h
    for c in ctrls:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = c[i]
        EXPECTED.append((fil, namnd, c[2], c[5], c[6]))
    doc.add_paragraph("")
    doc.add_paragraph("Förklaring: J = kontrollen är utförd, N = kontrollen är inte utförd, "
                      "Delvis = kontrollen är påbörjad men inte slutförd.")
    doc.add_paragraph("Uppföljningen behandlas av kommunstyrelsen 2026-02-04.")
    src = os.path.join(TMP, fil.replace(".odt", ".docx"))
    doc.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------- 7 system export: SBN + MHN, Delår + Helår rows
def export():
    fil = "Export_internkontroll_20260122.csv"
    head = ["Organisation", "Process", "Kontrollaktivitet", "Period", "Status", "Avvikelse", "Kommentar", "Ansvarig", "Senast ändrad"]
    sbn, mhn = "Samhällsbyggnadsnämnden", "Miljö- och hälsoskyddsnämnden"
    # (org, process, text, [(period, status, avv, kommentar, datum)], exp_status, exp_avv)
    ctrls = [
        (sbn, "Bygglov", "Bygglov handläggs inom lagstadgad tid om tio veckor", [
            ("Delår 2025", "Pågående", "", "Mätning pågår.", "2025-08-29"),
            ("Helår 2025", "Genomförd", "Ja", "7 av 112 ärenden överskred tiden, avgiften reducerades enligt PBL.", "2026-01-12")], "GENOMFORD", "ja"),
        (sbn, "Bygglov", "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa", [
            ("Delår 2025", "Genomförd", "Nej", "", "2025-08-29"),
            ("Helår 2025", "Genomförd", "Nej", "Stickprov 20 ärenden utan anmärkning.", "2026-01-12")], "GENOMFORD", "nej"),
        (sbn, "Bygglov", "Stickprov på att startbesked inte ges innan kontrollplan är fastställd", [
            ("Delår 2025", "Ej påbörjad", "", "", "2025-08-29"),
            ("Helår 2025", "Pågående", "", "Halva stickprovet klart.", "2026-01-14")], "DELVIS", "nej"),
        (sbn, "Delegation", "Delegationsbeslut enligt plan- och bygglagen anmäls till nämnden", [
            ("Delår 2025", "Genomförd", "Nej", "Samtliga beslut anmälda, kontrollen avslutad för året.", "2025-08-30")], "GENOMFORD", "nej"),
        (sbn, "Lantmäteri", "Kontroll av att lantmäteriförrättningar faktureras i rätt period", [
            ("Delår 2025", "Ej påbörjad", "", "", "2025-08-29"),
            ("Helår 2025", "Ej påbörjad", "", "Resursbrist.", "2026-01-12")], "EJ_GENOMFORD", "nej"),
        (sbn, "Planering", "Uppföljning av detaljplaneavtal och plankostnadsavgifter", [
            ("Delår 2025", "Pågående", "", "", "2025-08-29"),
            ("Helår 2025", "Utgår", "", "Utgår enligt nämndbeslut 2025-10-08 § 97.", "2026-01-12")], "UTGAR", "nej"),
        (mhn, "Livsmedelskontroll", "Tillsynsplanen för livsmedelskontroll följs enligt beslutad kontrollfrekvens", [
            ("Delår 2025", "Pågående", "", "", "2025-08-27"),
            ("Helår 2025", "Pågående", "Ja", "85 % av planerade kontroller genomförda, resterande flyttas till 2026.", "2026-01-15")], "DELVIS", "ja"),
        (mhn, "Avgifter", "Kontroll av att timavgifter för tillsyn debiteras inom en månad", [
            ("Delår 2025", "Genomförd", "Nej", "", "2025-08-27"),
            ("Helår 2025", "Genomförd", "Nej", "", "2026-01-15")], "GENOMFORD", "nej"),
        (mhn, "Klagomål", "Handläggning av klagomål på buller och inomhusmiljö påbörjas inom fyra veckor", [
            ("Delår 2025", "Ej påbörjad", "", "", "2025-08-27"),
            ("Helår 2025", "Genomförd", "Nej", "Samtliga 41 klagomål påbörjade inom fyra veckor.", "2026-01-15")], "GENOMFORD", "nej"),
        (mhn, "Avlopp", "Stickprov på att förelägganden om enskilda avlopp följs upp med efterkontroll", [
            ("Delår 2025", "", "", "", "2025-08-27"),
            ("Helår 2025", "", "", "Se verksamhetsberättelsen.", "2026-01-16")], "OKLAR", "nej"),
        (mhn, "Avgifter", "Miljöbalksregistret stäms av mot fakturerade årsavgifter", [
            ("Delår 2025", "Genomförd", "Nej", "", "2025-08-27"),
            ("Helår 2025", "Genomförd", "Ja", "Fem anläggningar saknade årsavgift, fakturerade i december.", "2026-01-15")], "GENOMFORD", "ja"),
    ]
    ansv = {sbn: "Bygglovschef", mhn: "Miljöchef"}
    lines = [head]
    n = 0
    for org, proc, text, periods, st, av in ctrls:
        for per, s, a, k, d in periods:
            lines.append([org, proc, text, per, s, a, k, ansv[org], d])
            n += 1
        EXPECTED.append((fil, org, text, st, av))
    lines.append([f"Antal rader: {n}", "", "", "", "", "", "", "", ""])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", sbn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mhn, "2025", "HELAR"))


# ---------------------------------------------------------------- 8 rejected: protokollsutdrag PDF
def pdf():
    fil = "Protokollsutdrag KS 2026-01-14 § 5.pdf"
    doc = Document()
    doc.add_heading("Götevalla kommun – Protokollsutdrag", 1)
    doc.add_paragraph("Kommunstyrelsen, sammanträdesdatum 2026-01-14")
    doc.add_paragraph("§ 5 Tidplan för uppföljning av nämndernas internkontrollplaner 2025")
    doc.add_paragraph("Kommunstyrelsen beslutar att nämndernas uppföljningar av internkontrollplan för helår 2025 "
                      "ska lämnas till ekonomiavdelningen senast den 23 januari 2026 och redovisas för "
                      "kommunstyrelsen den 4 februari 2026.")
    doc.add_paragraph("Justerandes signatur: ______   Utdragsbestyrkande: ______")
    src = os.path.join(TMP, "protokollsutdrag.docx")
    doc.save(src)
    soffice(src, "pdf", TMP)
    shutil.move(os.path.join(TMP, "protokollsutdrag.pdf"), os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    bun(); tn(); kfn(); von(); sn(); ks(); export(); pdf()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
            ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Valnämnden", "VN"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert all(";" not in x and "\n" not in x for x in r), r
            f.write(";".join(r) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
