#!/usr/bin/python3
"""Blind round r429 - Lysekils kommun (fictional), plain T1 2025, small kommun everyday inbox."""
import os, csv, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round429"]
EXP = []    # expected rows: fil;nämnd;kontrollmoment;status;avvikelse
FILES = []  # files rows: fil;utfall;nämnd;år;period

def exp(fil, namnd, km, status, avv):
    EXP.append([fil, namnd, km, status, avv])

def convert(src, fmt, dest_name):
    tmp = tempfile.mkdtemp(prefix="r429_")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, dest_name))
    shutil.rmtree(tmp)

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# A. Samhällsbyggnadsnämnden - xlsx, nämnd ONLY in file name ("SBN")
# ---------------------------------------------------------------------------
def file_a():
    fil = "IK uppf T1 2025 SBN final2.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Tertial 1 (januari–april)"
    ws["A3"] = "Sammanställt av förvaltningens ekonom 2025-05-08. Statusvärden: Genomförd / Delvis / Pågår / Ej påbörjad / Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status T1", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="D9E1F2"); cell.border = BORDER
    rows = [
        ("G", "Ekonomi"),
        (1, "Attest", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller", "Genomförd", "20 fakturor kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Inköp", "Inköp görs utanför avtal", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
         "Stickprov 15 inköp", "Controller", "Genomförd",
         "3 av 15 inköp gjordes utanför avtal. Information har gått ut till berörda enheter.", "GENOMFORD", "ja"),
        (3, "Investeringar", "Projekt överskrider beslutad budget", "Uppföljning av investeringsprojekt mot beslutad budget",
         "Genomgång av projektrapporter", "Ekonomichef", "Pågår",
         "Genomgång av 4 av 9 projekt klar, resterande gås igenom i maj.", "DELVIS", ""),
        ("G", "Gata/park"),
        (4, "Vinterväghållning", "Entreprenör fakturerar ej utförda insatser",
         "Kontroll av entreprenörens fakturering av snöröjning mot körjournaler",
         "Jämförelse faktura – körjournal, 3 månader", "Gatuchef", "Ej påbörjad",
         "Flyttas till T2 p.g.a. vakans på gatuchefstjänsten.", "EJ_GENOMFORD", ""),
        (5, "Lekplatser", "Olycksrisk på grund av bristande underhåll",
         "Kontroll av att anmärkningar från lekplatsbesiktning åtgärdats",
         "Genomgång av besiktningsprotokoll", "Parkingenjör", "",
         "Klart. Samtliga 12 lekplatser gicks igenom, 2 anmärkningar (trasig gunga Kyrkvik, lösa kanter Slättenparken) var ej åtgärdade och är nu beställda.",
         "GENOMFORD", "ja"),
        (6, "Markupplåtelse", "Upplåtelse av allmän platsmark debiteras inte",
         "Kontroll av att avgift tas ut för upplåten allmän platsmark enligt taxa",
         "Stickprov 10 tillstånd", "Handläggare mark", "", "", "SAKNAS", ""),
        ("G", "VA och renhållning"),
        (7, "Kundregister", "Felaktig debitering av VA-avgifter",
         "Kontroll av att nya abonnenter i VA-kollektivet debiteras från rätt datum",
         "Stickprov 10 nya abonnenter", "VA-chef", "Delvis",
         "6 av 10 kontrollerade. En abonnent debiterades från fel datum, rättat.", "DELVIS", "ja"),
        (8, "Bostadsanpassning", "Lång handläggningstid",
         "Handläggningstid för bostadsanpassningsbidrag följs upp mot riktlinje",
         "Utdrag ur ärendesystem", "Handläggare BAB", "Utgår",
         "Utgår – verksamheten flyttad till Socialnämnden enligt KF-beslut 2025-01-29.", "UTGAR", ""),
        ("G", "Nämndadministration"),
        (9, "Delegation", "Beslut fattas utan delegation",
         "Anmälan av delegationsbeslut till nämnden", "Genomgång av delegationslistor",
         "Nämndsekreterare", "Genomförd", "Samtliga delegationsbeslut har anmälts.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(r, c, v if v != "" else None); cell.alignment = WRAP; cell.border = BORDER
            exp(fil, N, row[3], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Summering: 4 av 9 kontroller genomförda under T1").font = Font(bold=True)
    ws.cell(r + 2, 1, "Lysekil 2025-05-08")
    ws.cell(r + 3, 1, "Förvaltningschef samhällsbyggnad")
    for col, w in zip("ABCDEFGH", [5, 18, 28, 45, 26, 16, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T1"])

# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden - xlsx, traffic-light fills, nämnd ONLY in sheet name
# ---------------------------------------------------------------------------
def file_b():
    fil = "uppf_ikp_250512.xlsx"
    N = "Barn- och utbildningsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BUN T1"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status markeras med färg i kolumnen för aktuell period."
    # legend top right
    ws["G1"] = "Förklaring"; ws["G1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"),
                                     (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(2 + i, 7).fill = PatternFill("solid", fgColor=col)
        ws.cell(2 + i, 8, txt)
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "Helår", "Kommentar"]
    R = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(R, c, h); cell.font = Font(bold=True); cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller BUF", GREEN, None,
         "Stickprov 25 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Controller BUF", GREEN, None,
         "2 av 12 underlag saknade deltagarlista, har kompletterats.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Kontroll att elevhälsans journaler förs enligt patientdatalagen", "Verksamhetschef elevhälsa", YELLOW, None,
         "Granskning klar på 2 av 4 skolor.", "DELVIS", ""),
        ("Närvaro", "Uppföljning av elever med hög frånvaro enligt rutin för frånvarohantering", "Rektorer", RED, None,
         "Ej genomförd p.g.a. rektorsbyte på Kronbergsskolan.", "EJ_GENOMFORD", ""),
        ("Kränkande behandling", "Anmälan av kränkande behandling till huvudman inom fem arbetsdagar", "Rektorer", YELLOW, None,
         "Av 31 anmälningar kom 7 in senare än fem arbetsdagar. Genomgång fortsätter T2.", "DELVIS", "ja"),
        ("Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjer", "Skolskjutshandläggare", GREY, None,
         "Utgår – skolskjutsorganisationen har flyttats till KS 2025.", "UTGAR", ""),
        ("Förskola", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter", "Avgiftshandläggare", None, None,
         None, "SAKNAS", ""),
        ("IT", "Behörighetskontroll i elevregistret", "Systemförvaltare", GREEN, None,
         "Genomgång gjord, 3 konton för personal som slutat inaktiverades.", "GENOMFORD", "ja"),
        ("Personal", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning", "HR-konsult", GREEN, "OK",
         None, "GENOMFORD", ""),
    ]
    r = R + 1
    for omr, km, ans, fill, txt, kom, st, av in rows:
        vals = [omr, km, ans, txt, None, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BORDER
        if fill:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, st, av)
        r += 1
    for col, w in zip("ABCDEFGH", [20, 55, 22, 8, 8, 8, 55, 24]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T1"])

# ---------------------------------------------------------------------------
# C. Socialnämnden - docx, nämnd ONLY in page header (and förvaltning in footer)
# ---------------------------------------------------------------------------
def file_c():
    fil = "Internkontroll T1.docx"
    N = "Socialnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Socialnämnden\tLysekils kommun"
    sec.footer.paragraphs[0].text = "Socialförvaltningen | Dnr SN 2025/14 | 2025-05-14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Förvaltningen redovisar här uppföljningen av de kontroller i internkontrollplanen som ska "
                    "genomföras under perioden januari–april. Kontroller som planeras senare under året redovisas "
                    "vid delårsbokslutet.")
    rows = [
        ("1", "Kontroll av att beslut om bistånd enligt SoL verkställs inom tre månader",
         "Utdrag ur Treserva, samtliga beslut", "Samtliga 42 beslut har verkställts inom tre månader.", "G", "GENOMFORD", "nej"),
        ("2", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
         "Stickprov 30 utbetalningar", "En utbetalning gjordes med fel belopp (hyra betalades dubbelt).\nBeloppet återkrävs.", "G", "GENOMFORD", "ja"),
        ("3", "Uppföljning av rapporter enligt lex Sarah",
         "Sammanställning av rapporter", "Rapporter för januari–mars är sammanställda, april återstår.", "P", "DELVIS", ""),
        ("4", "Kontroll av att genomförandeplaner finns och är uppdaterade inom hemtjänsten",
         "Stickprov 20 brukare", "Ej påbörjad, planeras till maj.", "E", "EJ_GENOMFORD", ""),
        ("5", "Loggkontroll i verksamhetssystemet Treserva",
         "Loggutdrag 20 slumpvis valda personer", "Inga obehöriga uppslag har upptäckts.", "G", "GENOMFORD", "nej"),
        ("6", "Kontroll av fakturering av hemtjänstavgifter",
         "Avstämning avgiftsunderlag mot fakturering", "Se bilaga 2.", "", "OKLAR", ""),
        ("7", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Utdrag ur Treserva", "93 % bedömdes inom 14 dagar. 5 anmälningar bedömdes senare, orsak hög arbetsbelastning.", "G", "GENOMFORD", "ja"),
        ("8", "Avtalsuppföljning av placeringar på HVB",
         "Genomgång av avtal", "Ingår i den kommungemensamma avtalsuppföljningen.", "U", "UTGAR", ""),
        ("9", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Genomgång av delegationslistor", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Kontrollmetod", "Resultat tertial 1", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for nr, km, met, res, st, S, A in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, met, res, st]):
            cells[i].text = v
        exp(fil, N, km, S, A)
    p = d.add_paragraph(); p.add_run("Förklaring status: ").bold = True
    p.add_run("G = Genomförd, P = Påbörjad, E = Ej påbörjad, U = Utgår")
    d.add_paragraph("Bilaga 2: Avstämning hemtjänstavgifter (separat fil)")
    d.add_paragraph("\nMaria Holm\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T1"])

# ---------------------------------------------------------------------------
# D. Kultur- och fritidsnämnden - ods (via xlsx), tick columns, nämnd in title row
# ---------------------------------------------------------------------------
def file_d(tmpdir):
    fil = "KFN ik t1-25.ods"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning intern kontroll T1 2025"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Markera med X i en av kolumnerna Genomförd / Delvis / Ej genomförd."
    hdr = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    rows = [
        ("Avstämning av dagskassor i simhallen mot kassasystemet", "Badchef", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler", "Fritidskonsulent", "X", "", "", "Ja",
         "En förening fick aktivitetsbidrag för fel antal sammankomster, justeras vid nästa utbetalning.", "GENOMFORD", "ja"),
        ("Avskrivning av förkomna medier på biblioteket sker enligt rutin", "Bibliotekschef", "", "X", "", "Nej",
         "Genomgång påbörjad för huvudbiblioteket.", "DELVIS", "nej"),
        ("Kontroll av att bokningar av idrottshallar faktureras", "Bokningsansvarig", "", "", "X", "",
         "Skjuts till T2.", "EJ_GENOMFORD", ""),
        ("Inventering av kommunens konstsamling", "Kultursamordnare", "X", "X", "", "", "", "OKLAR", ""),
        ("Kontroll av utdrag ur belastningsregistret för ledare i fritidsgårdsverksamheten", "Fritidsgårdsföreståndare",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef", "", "", "", "",
         "Utgår – ingår i kommunstyrelsens kommungemensamma kontroll.", "UTGAR", ""),
        ("Kontroll av hyresavtal för föreningslokaler", "Fritidschef", "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v if v else None); cell.alignment = WRAP
            if c in (3, 4, 5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[0], row[7], row[8])
        r += 1
    ws.cell(r + 1, 1, "Uppföljningen behandlad i förvaltningens ledningsgrupp 2025-05-06.")
    for col, w in zip("ABCDEFG", [60, 22, 11, 9, 13, 16, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmpdir, "KFN ik t1-25.xlsx"); wb.save(src)
    convert(src, "ods", fil)
    FILES.append([fil, "INLAST", N, "2025", "T1"])

# ---------------------------------------------------------------------------
# E. Stratsys export - CSV with two nämnder (Kommunstyrelsen + Överförmyndarnämnden)
# ---------------------------------------------------------------------------
def file_e():
    fil = "export_stratsys_20250506.csv"
    hdr = ["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    KS, OFN = "Kommunstyrelsen", "Överförmyndarnämnden"
    rows = [
        (KS, "Ekonomi", "Kontroll av att avtal finns registrerade i avtalsdatabasen", "Upphandlare", "Slutförd",
         "Genomgång av 40 leverantörer, 2 saknade registrerat avtal.", "GENOMFORD", "ja"),
        (KS, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsansvarig", "Slutförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (KS, "HR/Lön", "Kontroll av att löneutbetalningar sker enligt beslut vid ändrad anställning", "Lönechef", "Pågående",
         "Stickprov: 15 av 30 granskade hittills.", "DELVIS", ""),
        (KS, "IT", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning", "IT-chef", "Ej påbörjad",
         "", "EJ_GENOMFORD", ""),
        (KS, "Kansli", "Diarieföring av inkomna handlingar inom föreskriven tid", "Registrator", "Ej aktuell",
         "Kontrollen ersatt av e-arkivprojektet enligt KS beslut 2025-03-12 § 41.", "UTGAR", ""),
        (KS, "Kansli", "Uppföljning av att motioner besvaras inom ett år", "Kanslichef", "", "", "SAKNAS", ""),
        (OFN, "Tillsyn", "Kontroll av att årsräkningar för 2024 granskas", "Handläggare ÖF", "Pågående",
         "112 av 187 årsräkningar granskade per 30 april.", "DELVIS", ""),
        (OFN, "Tillsyn", "Kontroll av att ställföreträdare har registerutdrag och kreditupplysning innan förordnande",
         "Handläggare ÖF", "Slutförd", "", "GENOMFORD", ""),
        (OFN, "Tillsyn", "Kontroll av uttag från spärrade konton", "Handläggare ÖF", "Slutförd",
         "Ett uttag har skett utan överförmyndarens samtycke, ärendet utreds.", "GENOMFORD", "ja"),
        (OFN, "Ekonomi", "Uppföljning av arvoden till ställföreträdare", "Handläggare ÖF", "Ej påbörjad",
         "Görs i samband med arvodesbesluten under T2.", "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, omr, km, ans, st, kom, S, A in rows:
            w.writerow([org, "Internkontrollplan 2025", omr, km, ans, "Tertial 1 2025", st, kom])
            exp(fil, org, km, S, A)
    FILES.append([fil, "INLAST", KS, "2025", "T1"])
    FILES.append([fil, "INLAST", OFN, "2025", "T1"])

# ---------------------------------------------------------------------------
# F. Lysekils Hamn AB - xls (xlwt), nämnd ONLY in print header
# ---------------------------------------------------------------------------
def file_f():
    fil = "Hamnen IK 2025 (2).xls"
    N = "Lysekils Hamn AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws._Worksheet__header_str = "&LLysekils Hamn AB&RInternkontroll 2025"
    ws._Worksheet__footer_str = "&LUppföljning T1&RSida &P av &N"
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Uppföljning internkontroll jan–apr", title)
    ws.write(1, 0, "Fyll i status: OK / Utförd / Påbörjad / Ej utförd / Ej aktuell. Avvikelse anges Ja/Nej.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Utfört datum", "Status", "Avvikelse", "Åtgärd/kommentar"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, hdrst)
    rows = [
        ("Hamnavgifter", "Kontroll av att hamnavgifter debiteras för samtliga anlöp enligt anlöpslistan", "2025-04-15",
         "Utförd", "Ja", "2 anlöp saknade faktura, fakturerade i april.", "GENOMFORD", "ja"),
        ("Säkerhet", "Kontroll av passerkort och behörigheter till ISPS-område", "2025-03-20", "Utförd", "Nej", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "", "Påbörjad", "",
         "Stickprov februari klart, mars–april återstår.", "DELVIS", ""),
        ("Miljö", "Kontroll av mottagning av fartygsavfall enligt hamnens avfallsplan", "", "Ej utförd", "",
         "Görs i samband med säsongsstart i maj.", "EJ_GENOMFORD", ""),
        ("Gästhamn", "Avstämning av gästhamnsavgifter mot betalautomat", "", "Ej aktuell", "",
         "Gästhamnen öppnar 1 maj.", "UTGAR", ""),
        ("Fastighet", "Kontroll av att hyresavtal för hamnens lokaler indexuppräknats", "2025-01-31", "OK", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    for i, (omr, km, dt, st, av, kom, S, A) in enumerate(rows):
        for c, v in enumerate([omr, km, dt, st, av, kom]):
            ws.write(4 + i, c, v, wrap)
        exp(fil, N, km, S, A)
    ws.write(12, 0, "Attesterad: VD", bold)
    for c, w in enumerate([16, 55, 12, 11, 10, 45]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T1"])

# ---------------------------------------------------------------------------
# G. Miljö- och byggnämnden - odt (via docx), free text only
# ---------------------------------------------------------------------------
def file_g(tmpdir):
    fil = "ik-uppföljn mbn tertial1 v3.odt"
    N = "Miljö- och byggnämnden"
    d = docx.Document()
    d.add_heading("Miljö- och byggnämnden", level=0)
    d.add_heading("Uppföljning av intern kontroll, tertial 1 2025", level=1)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). Nedan redovisas "
                    "utfallet för perioden januari–april per kontrollmoment.")
    items = [
        ("1. Bygglov", "Kontroll att beslut om bygglov fattas inom lagstadgad tid (10 veckor från komplett ansökan)",
         "48 beslut fattades under perioden. 3 beslut fattades efter tio veckor och avgiften reducerades enligt PBL.",
         "Genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("2. Avgifter", "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa",
         "Stickprov på 15 ärenden. Samtliga debiterade enligt taxa.", "Genomförd.", "GENOMFORD", "nej"),
        ("3. Livsmedelskontroll", "Uppföljning av att planerade livsmedelsinspektioner genomförs enligt kontrollplanen",
         "35 % av årets planerade inspektioner är genomförda, vilket är något under plan.", "Delvis genomförd.", "DELVIS", ""),
        ("4. Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Samtliga delegationsbeslut har anmälts vid nämndens sammanträden.", "Genomförd.", "GENOMFORD", "nej"),
        ("5. Tidredovisning", "Kontroll av att debiterad tid i tillsynsärenden stämmer med tidrapporteringen",
         "Kontrollen har inte genomförts under perioden på grund av byte av verksamhetssystem.", "Ej genomförd.",
         "EJ_GENOMFORD", ""),
        ("6. Enskilda avlopp", "Inventering av enskilda avlopp i Brastad-området",
         "Inventeringen avbröts genom nämndens beslut 2025-03-20 § 22 i avvaktan på ny VA-plan.",
         "Avbruten genom beslut.", "UTGAR", ""),
    ]
    for head, km, res, bed, S, A in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        p = d.add_paragraph(); p.add_run("Bedömning: ").bold = True; p.add_run(bed)
        exp(fil, N, km, S, A)
    d.add_paragraph("Lysekil den 7 maj 2025\n\nPer Lindqvist\nMiljö- och byggchef")
    src = os.path.join(tmpdir, "mbn.docx"); d.save(src)
    convert(src, "odt", fil)
    FILES.append([fil, "INLAST", N, "2025", "T1"])

# ---------------------------------------------------------------------------
# Reject: Excel lock file left in the folder
# ---------------------------------------------------------------------------
def file_reject():
    fil = "~$uppf_ikp_250512.xlsx"
    user = "Anna Berg"
    data = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[:165].ljust(165, b"\x00"))
    FILES.append([fil, "AVVISAD", "", "", ""])

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö och bygg|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Lysekils Hamn AB", "LHAB|Hamnbolaget|Lysekils Hamn"),
        ("Räddningstjänstförbundet Mitt Bohuslän", "RMB|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXP:
            assert ";" not in "".join(r) and "\n" not in "".join(r), r
            f.write(";".join(r) + "\n")

if __name__ == "__main__":
    tmpdir = tempfile.mkdtemp(prefix="r429src_")
    file_a(); file_b(); file_c(); file_d(tmpdir); file_e(); file_f(); file_g(tmpdir); file_reject()
    registers()
    shutil.rmtree(tmpdir)
    print(len(FILES), "file rows,", len(EXP), "expected rows")
