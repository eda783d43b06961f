#!/usr/bin/python3
"""Blind round 394 - Lidhult kommun - T2 2025 follow-ups, one office format per nämnd."""
import csv, os, shutil, subprocess, tempfile, datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import xlwt
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round394"]
FIX = datetime.datetime(2025, 9, 10, 8, 0, 0)
EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = [] # (fil, utfall, nämnd, år, period)


def convert(src, fmt, final_name):
    tmp = tempfile.mkdtemp(prefix="r394conv")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, final_name))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- 1. KS xlsx
def ks_xlsx():
    fil = "Internkontroll 2025 - uppföljning T2 - KS.xlsx"
    n = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Ekonomiavdelningen"
    wb.properties.created = FIX; wb.properties.modified = FIX
    ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (januari–augusti)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Planen fastställd av KS 2024-12-11 § 212. Status anges med: Genomförd / Genomförd med anmärkning / Pågår / Ej påbörjad / Ej genomförd / Utgår."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("G", "Ekonomi"),
        ("R", "Ekonomi", "Felaktiga eller obehöriga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Tertialvis", "Genomförd", "Stickprov 25 fakturor, inga avvikelser.",
         "Genomförd med anmärkning", "2 av 25 fakturor saknade beslutsattest. Berörda attestanter informerade, rättat.",
         "GENOMFORD", "ja"),
        ("R", "Ekonomi", "Representation strider mot riktlinjerna", "Kontroll av att representation följer riktlinjer för representation",
         "Controller", "Tertialvis", "Ej påbörjad", "",
         "Pågår", "10 av planerade 20 verifikationer granskade. Hittills inga avvikelser.", "DELVIS", "nej"),
        ("R", "Ekonomi", "Felaktigt bokslut", "Avstämning av balanskonton vid tertialbokslut",
         "Redovisningsansvarig", "Tertialvis", "Genomförd", "", "Genomförd", "Samtliga balanskonton avstämda per 2025-08-31.",
         "GENOMFORD", "nej"),
        ("G", "Upphandling och inköp"),
        ("R", "Upphandling och inköp", "Bristande avtalstrohet, ekonomisk förlust", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Upphandlingschef", "Halvår", "", "",
         "Genomförd", "Avtalstrohet 87 %. Köp utanför avtal hos 3 leverantörer, återkoppling till berörda enheter.",
         "GENOMFORD", "ja"),
        ("R", "Upphandling och inköp", "Otillåten direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras",
         "Upphandlingschef", "Tertialvis", "Ej påbörjad", "Startar efter sommaren.",
         "Ej genomförd", "Flyttas till T3 på grund av personalbrist på upphandlingsenheten.", "EJ_GENOMFORD", ""),
        ("G", "Personal"),
        ("R", "Personal", "Lön betalas ut efter avslutad anställning", "Löneutbetalningar till avslutade anställningar",
         "HR-chef", "Årlig (T1)", "Genomförd", "Kontroll av 40 avslutade anställningar jan–mars. Inga avvikelser.",
         "", "", "GENOMFORD", "nej"),
        ("R", "Personal", "Ej godkända bisysslor påverkar förtroendet", "Kontroll av att bisysslor är anmälda och bedömda",
         "HR-chef", "Årlig (T2)", "", "",
         "", "Kontrollen har genomförts i augusti, samtliga chefer har inventerat bisysslor. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("G", "Informationssäkerhet"),
        ("R", "Informationssäkerhet", "Obehörig åtkomst", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal",
         "Systemförvaltare", "Halvår", "", "",
         "Utgår", "Ersätts av central behörighetskontroll enligt KS beslut 2025-05-14 § 88.", "UTGAR", ""),
        ("R", "Informationssäkerhet", "Sanktionsavgift enligt GDPR", "Kontroll av att personuppgiftsincidenter rapporteras inom 72 timmar",
         "Dataskyddssamordnare", "Tertialvis", "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    thin = Side(style="thin", color="999999")
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            vals = row[1:10]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            EXP.append((fil, n, row[3], row[10], row[11]))
        r += 1
    r += 1
    ws.cell(r, 1, "Summering T2: 5 av 9 kontroller genomförda, 1 pågår, 1 ej genomförd, 1 utgår.").font = Font(italic=True)
    ws.cell(r + 2, 1, "Uppföljningen godkänd av: Anna Sjöberg, kommundirektör, 2025-09-08")
    for col, w in zip("ABCDEFGHI", [18, 28, 42, 18, 12, 16, 34, 22, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 2. BUN xls (codes + legend)
def bun_xls():
    fil = "BUF_IK-uppfoljning_2025_T2.xls"
    n = "Barn- och utbildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("BUF 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    hb = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    wrap = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    cen = xlwt.easyxf("align: horiz centre, vert top; borders: left thin, right thin, top thin, bottom thin")
    ital = xlwt.easyxf("font: italic on")
    ws.write_merge(0, 0, 0, 7, "Barn- och utbildningsförvaltningen – Internkontroll 2025", bold)
    ws.write_merge(1, 1, 0, 7, "Redovisning till nämndens sammanträde 2025-09-24. Utfall per tertial anges med statuskod enligt förklaring nedan.", ital)
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfall jan–apr", "Utfall maj–aug", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, hb)
    rows = [
        ("1.1", "Ekonomi", "Attestering av fakturor sker enligt gällande attestordning", "Stickprov 20 fakturor/tertial", "Ekonom", 1, 1, "", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Kontroll av att skolskjutsersättning betalas ut enligt beslut", "Genomgång av samtliga utbetalningar", "Skolskjutssamordnare", None, 2,
         "Två ersättningar utbetalda utan giltigt beslut, återkrav skickat.", "GENOMFORD", "ja"),
        ("2.1", "Elevärenden", "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål", "Jämförelse anmälningar/incidentrapporter", "Verksamhetschef grundskola", 3, 3,
         "Genomgång av rektorsområde 1–3 klar, område 4–6 återstår.", "DELVIS", ""),
        ("2.2", "Elevärenden", "Elevfrånvaro över 20 % följs upp enligt rutin", "Uttag ur närvarosystemet", "Rektorer", 4, None, "", "EJ_GENOMFORD", ""),
        ("2.3", "Elevärenden", "Registerkontroll görs vid nyanställning (utdrag ur belastningsregistret)", "Stickprov 15 nyanställda", "HR-konsult", 1, 1, "", "GENOMFORD", "nej"),
        ("3.1", "Personal", "Introduktion av nyanställda följer checklista", "Enkät till nyanställda", "Förvaltningschef", None, 5,
         "Ingår från 2025 i KS kommungemensamma kontroll.", "UTGAR", ""),
        ("3.2", "Personal", "Systematiskt arbetsmiljöarbete – skyddsronder genomförda", "Protokoll från skyddsronder", "Rektorer/förskolechefer", None, None,
         "Se bilaga 2", "OKLAR", ""),
        ("3.3", "Upphandling", "Kontroll av skolmåltidernas livsmedelsavtal", "Avtalsuppföljning", "Kostchef", None, 4,
         "Skjuts till 2026 efter beslut om ny upphandling.", "EJ_GENOMFORD", ""),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:8]):
            if v is None or v == "":
                ws.write(r, c, "", cen if c in (5, 6) else wrap)
            else:
                ws.write(r, c, v, cen if c in (0, 5, 6) else wrap)
        EXP.append((fil, n, row[2], row[8], row[9]))
        r += 1
    r += 1
    ws.write(r, 1, "Statuskoder:", xlwt.easyxf("font: bold on"))
    legend = ["1 = Genomförd utan avvikelse", "2 = Genomförd, avvikelse noterad", "3 = Påbörjad/pågår",
              "4 = Ej genomförd", "5 = Utgår"]
    for i, t in enumerate(legend):
        ws.write(r + 1 + i, 1, t)
    ws.write(r + 7, 1, "Ansvarig för sammanställning: Lena Berglund, kvalitetsstrateg")
    for c, w in enumerate([6, 14, 48, 30, 22, 12, 12, 48]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 3. SN docx (several tables)
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.bold = bold; run.font.size = Pt(9)


def sn_docx():
    fil = "Uppföljning internkontroll T2 2025 Socialnämnden.docx"
    n = "Socialnämnden"
    d = docx.Document()
    d.core_properties.created = FIX; d.core_properties.modified = FIX; d.core_properties.author = "Socialförvaltningen"
    d.add_heading("Socialnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Dnr SN 2024/311. Internkontrollplanen antogs av socialnämnden 2024-12-17 § 140. "
                    "Nedan redovisas utfallet av kontrollerna per process. Status anges som Klar, Delvis, Ej utförd eller Ej aktuell. "
                    "I kolumnen Avvikelse anges om kontrollen visat brister.")
    groups = [
        ("Process: Myndighetsutövning", [
            ("Utredningar inom barn och unga avslutas inom fyra månader enligt 11 kap. 2 § SoL", "Uttag ur verksamhetssystemet Treserva",
             "82 % avslutade inom lagstadgad tid. 14 utredningar förlängda utan dokumenterat beslut.", "Klar", "Ja", "GENOMFORD", "ja"),
            ("Beslut om bistånd är fattade i enlighet med delegationsordningen", "Stickprov 30 beslut",
             "Samtliga granskade beslut fattade av rätt delegat.", "Klar", "Nej", "GENOMFORD", "nej"),
            ("Uppföljning av placeringar på HVB sker minst var tredje månad", "Aktgranskning",
             "Granskning påbörjad, 12 av 25 akter granskade.", "Delvis", "–", "DELVIS", ""),
        ]),
        ("Process: Ekonomi", [
            ("Ekonomiskt bistånd – kontroll av dubbelutbetalningar", "Körning av kontrollrapport mot utbetalningsfil",
             "Kontrollen har inte kunnat genomföras under perioden på grund av byte av verksamhetssystem.", "", "", "EJ_GENOMFORD", ""),
            ("Hantering av brukarmedel på boenden (kassaboksgranskning)", "Oanmäld granskning på två boenden",
             "Differens på 450 kr på ett boende. Rutinen har förtydligats och personalen informerats.", "Klar", "Ja", "GENOMFORD", "ja"),
            ("Avgiftsbeslut följer gällande taxa", "Stickprov 20 avgiftsbeslut",
             "Ansvaret för avgiftshandläggningen överfördes till vård- och omsorgsnämnden 2025-03-01.", "Ej aktuell", "", "UTGAR", ""),
        ]),
        ("Process: Dokumentation och informationssäkerhet", [
            ("Journalanteckningar förs utan dröjsmål", "Stickprov i Treserva", "Planeras till oktober.", "Ej utförd", "", "EJ_GENOMFORD", ""),
            ("Loggkontroller i Treserva genomförs månadsvis", "Logguttag", "", "", "", "SAKNAS", ""),
        ]),
    ]
    for title, rows in groups:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Metod/omfattning", "Resultat", "Status", "Avvikelse"]):
            set_cell(t.rows[0].cells[c], h, bold=True)
        for row in rows:
            cells = t.add_row().cells
            for c in range(5):
                set_cell(cells[c], row[c])
            EXP.append((fil, n, row[0], row[5], row[6]))
        d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Brister inom utredningstider följs upp i verksamhetsplanen.")
    d.add_paragraph("Lidhult 2025-09-15")
    d.add_paragraph("Karin Holm\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 4. TN ods (traffic lights, nämnd in header)
def tn_ods():
    fil = "IK T2 2025 Teknik.ods"
    n = "Tekniska nämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    wb = openpyxl.Workbook()
    wb.properties.created = FIX; wb.properties.modified = FIX
    ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Färgkod:"; ws["A2"].font = Font(bold=True)
    leg = [("Genomförd", GREEN), ("Delvis genomförd / pågår", YELLOW), ("Ej genomförd", RED), ("Utgår", GREY)]
    col = 2
    for text, colr in leg:
        ws.cell(2, col).fill = PatternFill("solid", fgColor=colr)
        ws.cell(2, col + 1, text)
        col += 2
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Tidpunkt", "Status T1", "Status T2", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True); x.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Gata/park", "Kontroll av att vinterväghållningens entreprenör fakturerar enligt avtal", "Gatuchef", "T1, T2", GREEN, GREEN, "Nej", "", "GENOMFORD", "nej"),
        ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkingenjör", "Vår", YELLOW, GREEN, "Ja",
         "Två lekredskap avstängda i väntan på reparation.", "GENOMFORD", "ja"),
        ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande", GREEN, GREEN, "Nej", "", "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-avgifter stäms av mot mätarställningar", "VA-ekonom", "T2", RED, YELLOW, "",
         "Avstämning pågår, beräknas klar i oktober.", "DELVIS", ""),
        ("Fastighet", "Besiktning av brandlarm och sprinkler i kommunens fastigheter", "Fastighetschef", "T2", None, RED, "",
         "Upphandling av besiktningsfirma pågår.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Hyresavtal för externa hyresgäster är aktuella och indexerade", "Fastighetsekonom", "T2", None, GREY, "",
         "Enligt TN beslut 2025-06-10 § 58.", "UTGAR", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs korrekt", "Fordonssamordnare", "T2", None, None, "", "", "SAKNAS", ""),
        ("Fordon", "Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonssamordnare", "T2", None, YELLOW, "Ja",
         "Stickprov på hälften av korten klart, en felaktig tankning upptäckt.", "DELVIS", "ja"),
    ]
    r = 5
    thin = Side(style="thin", color="808080")
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], None, None, row[6] or None, row[7] or None]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.alignment = Alignment(wrap_text=True, vertical="top")
            x.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if row[4]: ws.cell(r, 5).fill = PatternFill("solid", fgColor=row[4])
        if row[5]: ws.cell(r, 6).fill = PatternFill("solid", fgColor=row[5])
        EXP.append((fil, n, row[1], row[8], row[9]))
        r += 1
    ws.cell(r + 1, 1, "Uppgiftslämnare: Johan Lind, teknisk chef")
    for colL, w in zip("ABCDEFGH", [16, 50, 20, 11, 10, 10, 11, 45]):
        ws.column_dimensions[colL].width = w
    tmpd = tempfile.mkdtemp(prefix="r394tn")
    src = os.path.join(tmpd, "IK T2 2025 Teknik.xlsx")
    wb.save(src)
    convert(src, "ods", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 5. KFN odt (running text only)
def kfn_odt():
    fil = "Kultur och fritid - uppföljning IK tertial 2 2025.odt"
    n = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.created = FIX; d.core_properties.modified = FIX
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=2)
    d.add_paragraph("Kultur- och fritidsförvaltningen redovisar här resultatet av de kontroller i internkontrollplanen 2025 "
                    "som skulle vara genomförda till och med augusti. Planen antogs av nämnden 2025-01-22 § 4.")
    items = [
        ("Inventering av kontantkassor i simhallen och på biblioteket", "Status: Genomförd.",
         "Resultat: Oanmäld kassainventering genomfördes 2025-06-12. Kassorna stämde mot redovisningen.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Status: Genomförd med avvikelse.",
         "Resultat: En förening hade fått aktivitetsstöd för fler sammankomster än redovisat i närvarolistorna. Återkrav har skickats.", "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar debiteras enligt bokningssystemet", "Status: Pågår.",
         "Resultat: Jämförelse mellan bokningar och fakturor för våren är gjord, höstens bokningar återstår.", "DELVIS", ""),
        ("Registerutdrag för ledare i kommunens lovverksamhet", "Status: Ej påbörjad.",
         "Resultat: Kontrollen görs inför höstlovet.", "EJ_GENOMFORD", ""),
        ("Lån av utrustning från Fritidsbanken registreras", "Status: Utgår.",
         "Resultat: Fritidsbanken drivs sedan januari 2025 av en ideell förening.", "UTGAR", ""),
        ("Kontroll av att konstinnehav finns på registrerad plats", None,
         "Resultat: Inventering av 40 av 120 konstverk har genomförts under sommaren, resterande inventeras under hösten. Inga verk saknas hittills.",
         "DELVIS", "nej"),
    ]
    for i, (km, st, res, s, a) in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run(f"{i}. Kontrollmoment: "); r.bold = True
        r2 = p.add_run(km); r2.bold = True
        if st: d.add_paragraph(st)
        d.add_paragraph(res)
        EXP.append((fil, n, km, s, a))
    d.add_paragraph("Samlad bedömning: Förvaltningen bedömer att den interna kontrollen fungerar tillfredsställande.")
    d.add_paragraph("Lidhult den 18 september 2025")
    d.add_paragraph("Per Ekström, förvaltningschef")
    tmpd = tempfile.mkdtemp(prefix="r394kfn")
    src = os.path.join(tmpd, "Kultur och fritid - uppföljning IK tertial 2 2025.docx")
    d.save(src)
    convert(src, "odt", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 6. MBN csv (Stratsys long export)
def mbn_csv():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    n = "Miljö- och byggnämnden"
    enh = "Miljö- och byggnämnden"
    plan = "Internkontrollplan 2025"
    data = [
        ("Bygglov", "Handläggningstid för bygglov följer PBL:s tidsfrister", "Bygglovschef",
         [("Tertial 1 2025", "Slutförd", "Samtliga ärenden inom tidsfrist."),
          ("Tertial 2 2025", "Slutförd", "3 av 40 ärenden över 10 veckor, avgiften har reducerats enligt PBL.")], "GENOMFORD", "ja"),
        ("Ekonomi", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef",
         [("Tertial 1 2025", "Pågående", ""), ("Tertial 2 2025", "Slutförd", "Inga avvikelser.")], "GENOMFORD", "nej"),
        ("Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [("Tertial 1 2025", "Slutförd", ""), ("Tertial 2 2025", "Slutförd", "Samtliga beslut anmälda.")], "GENOMFORD", "nej"),
        ("Nämndadministration", "Diarieföring av inkomna handlingar inom två arbetsdagar", "Registrator",
         [("Tertial 1 2025", "Ej påbörjad", ""), ("Tertial 2 2025", "Pågående", "Stickprov vecka 33 klart, vecka 45 återstår.")], "DELVIS", ""),
        ("Miljö och hälsoskydd", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Livsmedelsinspektör",
         [("Tertial 1 2025", "Pågående", "35 % av planerade kontroller utförda."), ("Tertial 2 2025", "", "")], "DELVIS", ""),
        ("Bygglov", "Jäv vid handläggning dokumenteras", "Bygglovschef",
         [("Tertial 1 2025", "Ej påbörjad", ""), ("Tertial 2 2025", "Avbruten", "Avbruten genom beslut MBN 2025-05-20 § 61, ingår i kommungemensam kontroll.")], "UTGAR", ""),
        ("Miljö och hälsoskydd", "Expediering av strandskyddsbeslut till Länsstyrelsen inom en vecka", "Miljöchef",
         [("Tertial 1 2025", "Ej påbörjad", ""), ("Tertial 2 2025", "Ej påbörjad", "Skjuts till tertial 3.")], "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Enhet", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
        for proc, km, ans, periods, s, a in data:
            for per, st, kom in periods:
                w.writerow([enh, plan, proc, km, ans, per, st, kom])
            EXP.append((fil, n, km, s, a))
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 7. VON doc (tick columns, merged process)
def von_doc():
    fil = "IK VoF T2-2025.doc"
    n = "Vård- och omsorgsnämnden"
    d = docx.Document()
    d.core_properties.created = FIX; d.core_properties.modified = FIX
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Vård- och omsorgsnämndens internkontrollplan 2025 – uppföljning tertial 2", level=1)
    d.add_paragraph("Vård- och omsorgsförvaltningen. Markera utfallet med X i en av kolumnerna Genomförd, Delvis eller Ej genomförd. "
                    "Ange i kolumnen Avvikelse om brister upptäckts (Ja/Nej).")
    rows = [
        ("Läkemedelshantering", "Signeringslistor för läkemedel är korrekt ifyllda", "MAS", "X", "", "", "Ja",
         "Brister på ett särskilt boende, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("Läkemedelshantering", "Kontroll av narkotikaklassade läkemedel (förbrukningsjournal)", "MAS", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och rapporteras i tid", "Kvalitetsutvecklare", "", "X", "", "",
         "Genomgång av årets rapporter pågår.", "DELVIS", ""),
        ("Kvalitet", "Genomförandeplaner upprättas inom 14 dagar från verkställighet", "Enhetschefer", "X", "X", "", "", "", "OKLAR", ""),
        ("Ekonomi", "Hemtjänstens utförda timmar stäms av mot beviljade timmar", "Controller", "", "", "X", "",
         "Nytt planeringssystem infört i maj, kontrollen flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Avgifter för hemtjänst och särskilt boende debiteras korrekt", "Avgiftshandläggare", "X", "", "", "Nej",
         "Stickprov 25 avgiftsbeslut.", "GENOMFORD", "nej"),
        ("Säkerhet", "Nyckelhantering i hemtjänsten (nyckelkvittenser)", "Enhetschefer hemtjänst", "", "", "", "",
         "Utgår – digitala lås är införda i hela hemtjänsten.", "UTGAR", ""),
        ("Säkerhet", "Loggkontroll av åtkomst till journalsystemet", "Systemförvaltare", "", "", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=8); t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    start = {}
    for i, row in enumerate(rows, 1):
        cells = t.add_row().cells
        for c in range(8):
            set_cell(cells[c], row[c] if not (c == 0 and row[0] in start) else "")
        if row[0] not in start:
            start[row[0]] = i
        EXP.append((fil, n, row[1], row[8], row[9]))
    # merge process cells vertically
    for proc, s in start.items():
        e = max(i for i, r in enumerate(rows, 1) if r[0] == proc)
        if e > s:
            a = t.cell(s, 0); b = t.cell(e, 0)
            m = a.merge(b)
            set_cell(m, proc, bold=True)
    d.add_paragraph("")
    d.add_paragraph("Uppföljningen behandlad i förvaltningens ledningsgrupp 2025-09-11.")
    d.add_paragraph("Maria Nyström, förvaltningschef vård och omsorg")
    tmpd = tempfile.mkdtemp(prefix="r394von")
    src = os.path.join(tmpd, "IK VoF T2-2025.docx")
    d.save(src)
    convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ---------------------------------------------------------------- 8. rejected: Word owner/lock file
def lock_file():
    fil = "~$pföljning internkontroll T2 2025 Socialnämnden.docx"
    user = "Karin Holm"
    b = bytes([len(user)]) + user.encode("latin-1") + b"\x00" * (53 - len(user))
    b += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x00" * (162 - 55 - 2 * len(user) - 0)
    b = b[:162].ljust(162, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VoF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Lidhults Energi AB", "LEAB|Lidhult Energi"),
]

if __name__ == "__main__":
    ks_xlsx(); bun_xls(); sn_docx(); tn_ods(); kfn_odt(); mbn_csv(); von_doc(); lock_file()
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
    print(len(FILES), "files,", len(EXP), "controls")
