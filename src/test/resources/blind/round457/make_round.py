#!/usr/bin/python3
"""Round 457 – Orust kommun, T1 2025: statuses shown by colour and symbols.
Builds every file of the round plus namnder.csv, files.csv, expected.csv (deterministic content)."""
import os, shutil, subprocess, datetime, csv
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
TMP = "/tmp/lo-round457-build"
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

def fill(rgb):
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)

def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Orust kommun"
    return wb

def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – fill colours, legend on the same sheet (top)
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppfoljning_T1_2025.xlsx"
    G, Y, R, GR = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = new_wb(); ws = wb.active; ws.title = "Uppföljning T1"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Tertial 1 (januari–april 2025)"
    ws["A3"] = "Upprättad av: Ekonomienheten, sektor ledning, 2025-05-12"
    ws["A5"] = "Teckenförklaring (fyll i färg i kolumnen Status T1):"; ws["A5"].font = BOLD
    legend = [(G, "Grön = kontrollen utförd utan anmärkning"),
              (Y, "Gul = utförd, brister noterade"),
              (R, "Röd = ej utförd"),
              (GR, "Grå = kontrollen utgår")]
    for i, (c, t) in enumerate(legend):
        r = 6 + i
        ws.cell(r, 1).fill = fill(c); ws.cell(r, 1).border = BORDER
        ws.cell(r, 2, t)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status T1", "Kommentar/resultat"]
    hr = 11
    for j, h in enumerate(hdr, 1):
        c = ws.cell(hr, j, h); c.font = BOLD; c.fill = fill("DDEBF7"); c.border = BORDER; c.alignment = WRAP
    rows = [
        ("head", "1. Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Varje tertial", "Controller", G,
         "20 fakturor granskade, samtliga attesterade enligt attestordningen.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Representation och förtroendekänsliga poster – syfte och deltagare anges", "Stickprov 15 verifikationer", "Varje tertial", "Redovisningsansvarig", Y,
         "3 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till berörda chefer.", "GENOMFORD", "ja"),
        ("1.3", "Inköp", "Kontroll av att avtalstrohet följs vid inköp av kontorsmaterial", "Analys av leverantörsreskontra", "T1, T3", "Upphandlare", R,
         "Ej utförd under perioden p.g.a. vakans på upphandlingsenheten. Flyttas till T2.", "EJ_GENOMFORD", ""),
        ("head", "2. Personal"),
        ("2.1", "Lön", "Löneutbetalningar – kontroll av nyanställda mot anställningsavtal", "Samtliga nyanställningar", "Varje tertial", "HR-chef", G,
         "Samtliga 12 nyanställningar kontrollerade mot avtal i Heroma. Inga avvikelser.", "GENOMFORD", "nej"),
        ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång av rehabärenden", "Helår", "HR-chef", GR,
         "Utgår – ersätts av HR:s årliga uppföljning enligt KS beslut 2025-02-05 § 21.", "UTGAR", ""),
        ("head", "3. IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet Raindance – avslutade anställningar", "Jämförelse mot personalsystemet", "Varje tertial", "Systemförvaltare", Y,
         "Två konton för avslutade anställningar var fortfarande aktiva; stängda 2025-04-22.", "GENOMFORD", "ja"),
        ("3.2", "Loggar", "Loggkontroll i diarie- och ärendehanteringssystemet", "Stickprov i loggar", "T1, T2", "Informationssäkerhetssamordnare", None,
         "", "SAKNAS", ""),
        ("head", "4. Ärendehantering"),
        ("4.1", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Jämförelse delegationslistor/protokoll", "Varje tertial", "Kommunsekreterare", G,
         "Kontrollerat mot delegationslistor jan–april. Inga avvikelser.", "GENOMFORD", "nej"),
        ("4.2", "Diarieföring", "Diarieföring av inkommande handlingar inom 2 arbetsdagar", "Stickprov 30 handlingar", "T1, T3", "Registrator", R,
         "Ej genomförd – planeras till maj.", "EJ_GENOMFORD", ""),
        ("4.3", "Allmänna handlingar", "Hantering av allmänna handlingar – utlämnande inom skälig tid", "Genomgång av begäranden", "Varje tertial", "Kommunsekreterare", G,
         "Genomgång av 10 begäranden, samtliga hanterade samma eller nästa arbetsdag.", "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        if row[0] == "head":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("F2F2F2")
        else:
            nr, proc, km, metod, frek, ans, col, kom, st, av = row
            for j, v in enumerate([nr, proc, km, metod, frek, ans, None, kom], 1):
                c = ws.cell(r, j, v); c.alignment = WRAP; c.border = BORDER
            if col:
                ws.cell(r, 7).fill = fill(col)
            exp(fil, "Kommunstyrelsen", km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Summering: 10 kontroller – 4 gröna, 2 gula, 2 röda, 1 grå, 1 ej rapporterad").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Lena Olsson, ekonomichef")
    widths(ws, [6, 20, 45, 28, 13, 22, 11, 55])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T1"))

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – symbols, legend on another sheet, T1/T2/T3 columns
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Internkontroll 2025 uppföljning tertial 1.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = new_wb(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 1 (jan–apr). Symboler, se fliken Teckenförklaring."
    hdr = ["Id", "Område", "Risk", "Kontrollmoment", "Ansvarig", "Riskvärde", "T1", "T2", "T3", "Kommentar T1"]
    hr = 4
    for j, h in enumerate(hdr, 1):
        c = ws.cell(hr, j, h); c.font = BOLD; c.fill = fill("FCE4D6"); c.border = BORDER; c.alignment = WRAP
    symcol = {"✓": "00B050", "!": "ED7D31", "●": "FFC000", "✗": "C00000", "–": "7F7F7F"}
    # (id, område, risk, km, ansvarig, riskvärde, T1 symbol, comment, status, avv)
    data = [
        ("B1", "Personal", "Personer med olämplig bakgrund anställs i verksamhet med barn",
         "Kontroll av att registerutdrag från belastningsregistret uppvisats vid nyanställning", "HR-konsult", 12, "✓",
         "Stickprov 15 anställningar, samtliga hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("B2", "Personal", "Kränkningar utreds inte i tid",
         "Anmälan av kränkande behandling till huvudman sker skyndsamt", "Kvalitetsutvecklare", 12, "!",
         "4 av 22 anmälningar kom in senare än 5 dagar. Rektorerna har påmints om rutinen.", "GENOMFORD", "ja"),
        ("B3", "Elevhälsa", "Elever med hög frånvaro uppmärksammas inte",
         "Frånvarorapportering och hantering av problematisk elevfrånvaro", "Elevhälsochef", 9, "●",
         "Sammanställning från Skolplattformen pågår, klar i maj.", "DELVIS", ""),
        ("B4", "Ekonomi", "Felaktig fakturering från entreprenör",
         "Skolskjuts – kontroll av fakturerade körningar mot beställda", "Skolskjutshandläggare", 8, "✓",
         "Mars månads fakturor kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("B5", "Ekonomi", "Intäkter uteblir",
         "Modersmålsundervisning – fakturering av interkommunala ersättningar", "Controller", 6, "✗",
         "Ej genomförd, resursbrist på ekonomienheten.", "EJ_GENOMFORD", ""),
        ("B6", "Förskola", "För stora barngrupper",
         "Barngruppernas storlek i förskolan följer riktmärken", "Förskolechef", 9, None,
         "Se bilaga 2", "OKLAR", ""),
        ("B7", "Säkerhet", "Brand i skollokaler",
         "Systematiskt brandskyddsarbete – egenkontroller genomförs på samtliga enheter", "Säkerhetssamordnare", 8, None,
         "Egenkontroller genomförda på samtliga 11 enheter utan anmärkning.", "GENOMFORD", "nej"),
        ("B8", "Inköp", "Direktupphandlingar dokumenteras inte",
         "Inköp – direktupphandlingar över 100 tkr dokumenteras", "Controller", 6, "–",
         "Utgår – ingår i kommunstyrelsens centrala kontroll 2025.", "UTGAR", ""),
        ("B9", "Informationssäkerhet", "Obehöriga tar del av elevuppgifter",
         "Behörighetskontroll i elevdokumentationssystemet", "Systemförvaltare", 12, "✓",
         "Behörigheter genomgångna 2025-03-14, inga felaktiga behörigheter.", "GENOMFORD", "nej"),
        ("B10", "Ekonomi", "Tilläggsbelopp betalas ut utan grund",
         "Tilläggsbelopp – beslut följs upp och underlag finns", "Utredare", 8, "✗",
         "Planeras till T2.", "EJ_GENOMFORD", ""),
        ("B11", "Informationssäkerhet", "Skyddade personuppgifter röjs",
         "Hantering av skyddade personuppgifter i elevregistret", "Skolassistent", 16, None,
         "", "SAKNAS", ""),
    ]
    r = hr + 1
    start = {}
    for d in data:
        bid, omr, risk, km, ans, rv, sym, kom, st, av = d
        vals = [bid, omr, risk, km, ans, rv, sym, None, None, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.alignment = WRAP; c.border = BORDER
        if sym:
            ws.cell(r, 7).font = Font(bold=True, size=14, color=symcol[sym])
            ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, av)
        r += 1
    # merge Område for consecutive equal values (rows 5-6 Personal)
    ws.merge_cells(start_row=5, start_column=2, end_row=6, end_column=2)
    widths(ws, [5, 16, 32, 48, 20, 9, 6, 6, 6, 50])
    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Symboler som används i uppföljningen"; lg["A1"].font = Font(bold=True, size=12)
    leg = [("✓", "Kontrollen genomförd, inga avvikelser"),
           ("!", "Kontrollen genomförd – avvikelse har noterats (se kommentar)"),
           ("●", "Kontrollen pågår"),
           ("✗", "Kontrollen har inte genomförts"),
           ("–", "Utgår / ej aktuell"),
           ("(tom)", "Ej rapporterat")]
    for i, (s, t) in enumerate(leg):
        c = lg.cell(3 + i, 1, s)
        if s in symcol:
            c.font = Font(bold=True, size=14, color=symcol[s])
        lg.cell(3 + i, 2, t)
    lg.column_dimensions["A"].width = 8; lg.column_dimensions["B"].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 3. Omsorgsnämnden – X in tick columns, converted to .ods
# ---------------------------------------------------------------------------
def file_on():
    fil = "Sektor omsorg uppföljning IK T1-2025.ods"
    N = "Omsorgsnämnden"
    wb = new_wb(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Sektor omsorg"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll – tertial 1 2025"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med X i aktuell kolumn under Status T1. Ange Ja/Nej om avvikelse har noterats."
    ws["A3"].font = Font(italic=True)
    # two header rows
    ws.cell(5, 5, "Status T1"); ws.merge_cells("E5:G5")
    ws.cell(5, 5).alignment = Alignment(horizontal="center"); ws.cell(5, 5).font = BOLD
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse noterad (Ja/Nej)", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = BOLD; c.fill = fill("E2EFDA"); c.border = BORDER; c.alignment = WRAP
    for j in (1, 2, 3, 4, 8, 9):
        ws.merge_cells(start_row=5, start_column=j, end_row=6, end_column=j)
        ws.cell(5, j, hdr[j - 1]).font = BOLD
        ws.cell(5, j).fill = fill("E2EFDA"); ws.cell(5, j).alignment = WRAP
    # (område, km, metod, ansvarig, G, D, E, avv-col, kommentar, status, avv)
    data = [
        ("Avgifter", "Avgifter inom äldreomsorgen – debitering enligt beslut", "Stickprov 25 debiteringar", "Avgiftshandläggare",
         "X", "", "", "Nej", "Stickprov 25 debiteringar, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd – beslut och utbetalning överensstämmer", "Stickprov 30 utbetalningar", "Enhetschef IFO",
         "X", "", "", "Ja", "2 av 30 utbetalningar avvek från beslut (dubbel utbetalning av hyra). Återkrav initierat.", "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Läkemedelshantering – signeringslistor i hemtjänsten", "Granskning av signeringslistor", "MAS",
         "", "X", "", "Nej", "Granskat i 3 av 5 hemtjänstgrupper.", "DELVIS", "nej"),
        ("Myndighetsutövning", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Uttag ur verksamhetssystemet", "Enhetschef hemtjänst",
         "", "", "X", "", "Skjuts till T2 p.g.a. byte av verksamhetssystem (Lifecare).", "EJ_GENOMFORD", ""),
        ("Kvalitet", "Avvikelserapportering enligt lex Sarah – utredning påbörjas inom en vecka", "Genomgång av rapporter", "Kvalitetsstrateg",
         "X", "X", "", "", "Se kommentar i nämndens kvalitetsberättelse.", "OKLAR", ""),
        ("LSS", "Kontroll av utförda timmar i personlig assistans mot Försäkringskassans underlag", "Jämförelse tidrapporter/FK-underlag", "Enhetschef LSS",
         "X", "", "", "Ja", "Genomförd. Avvikelse i ett ärende, anmält till Försäkringskassan.", "GENOMFORD", "ja"),
        ("Fordon", "Bilpool – körjournaler förs för verksamhetsbilar", "Stickprov körjournaler", "Verksamhetsutvecklare",
         "", "", "", "", "Utgår enligt beslut ON 2025-02-19 § 14.", "UTGAR", ""),
        ("Inköp", "Inköp av livsmedel – avtalstrohet mot upphandlat avtal", "Analys av inköpsstatistik", "Kostchef",
         "", "", "", "", "", "SAKNAS", ""),
        ("Arbetsmiljö", "Hot och våld – handlingsplan aktualiserad på APT", "Enkät till enhetschefer", "Sektorchef",
         "X", "", "", "Nej", "Samtliga 14 enheter har gått igenom handlingsplanen på APT.", "GENOMFORD", "nej"),
    ]
    r = 7
    for d in data:
        vals = d[:9]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None); c.alignment = WRAP; c.border = BORDER
            if j in (5, 6, 7):
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, d[1], d[9], d[10])
        r += 1
    r += 1
    ws.cell(r, 1, "Redovisas för omsorgsnämnden 2025-05-21.")
    widths(ws, [18, 48, 26, 20, 11, 9, 12, 14, 50])
    os.makedirs(TMP, exist_ok=True)
    base = os.path.splitext(fil)[0]
    tmpx = os.path.join(TMP, base + ".xlsx")
    wb.save(tmpx)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round457",
                    "--convert-to", "ods", "--outdir", OUT, tmpx], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil)), "ods conversion failed"
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 4. Miljö- och byggnämnden – codes 1/2/3 (+U) with key below table, .xls (xlwt)
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN intern kontroll 2025 per 30 april.xls"
    N = "Miljö- och byggnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "MBN – Intern kontroll 2025", title)
    ws.write(1, 0, "Uppföljning per 2025-04-30 (tertial 1)")
    ws.write(2, 0, "Miljö- och byggavdelningen, Orust kommun")
    hdr = ["Nr", "Rutin", "Kontrollmoment", "Kontrollansvarig", "Kod T1", "Kod T2", "Kod T3", "Kommentar"]
    for j, h in enumerate(hdr):
        ws.write(4, j, h, bold)
    data = [
        ("1", "Avgifter", "Debitering av tillsynsavgifter enligt taxa", "Miljöchef", 1,
         "Stickprov 10 ärenden, korrekt timavgift debiterad.", "GENOMFORD", "nej"),
        ("2", "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan", "Bygglovschef", 1,
         "Klar. 2 av 48 ärenden överskred 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("3", "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", 1,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Jäv", "Jäv – handläggare har inte handlagt ärenden där jäv föreligger", "Avdelningschef", 3,
         "Ej påbörjad, görs i samband med T2.", "EJ_GENOMFORD", ""),
        ("5", "Livsmedel", "Livsmedelskontroll – planerade kontroller genomförs enligt kontrollplan", "Miljöchef", 2,
         "32 av 70 planerade kontroller genomförda.", "DELVIS", ""),
        ("6", "Arkiv", "Arkivering av avslutade bygglovsärenden i e-arkivet", "Administratör", "U",
         "Utgår 2025, ingår i kommungemensamt e-arkivprojekt.", "UTGAR", ""),
        ("7", "Avgifter", "Fakturering av byggsanktionsavgifter", "Bygglovschef", "",
         "", "SAKNAS", ""),
        ("8", "Register", "Kontroll av att tillsynsobjekt finns registrerade i Ecos med rätt riskklass", "Miljöinspektör", 1,
         "12 objekt hade fel riskklass – rättat i Ecos.", "GENOMFORD", "ja"),
    ]
    r = 5
    for nr, rut, km, ans, k, kom, st, av in data:
        ws.write(r, 0, nr, cell); ws.write(r, 1, rut, cell); ws.write(r, 2, km, cell); ws.write(r, 3, ans, cell)
        ws.write(r, 4, k, code); ws.write(r, 5, "", code); ws.write(r, 6, "", code); ws.write(r, 7, kom, cell)
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.write(r, 0, "Kod:", xlwt.easyxf("font: bold on")); r += 1
    for t in ["1 = Klar", "2 = Pågår", "3 = Ej påbörjad", "U = Utgår"]:
        ws.write(r, 0, t, ital); r += 1
    for j, w in enumerate([5, 14, 48, 18, 8, 8, 8, 55]):
        ws.col(j).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – coloured font on the result text; nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_kof():
    fil = "IK T1 2025 Kultur o fritid.xlsx"
    N = "Kultur- och fritidsnämnden"
    GREEN, ORANGE, RED, BLUE, BLACK = "00B050", "ED7D31", "FF0000", "0070C0", "000000"
    wb = new_wb(); ws = wb.active; ws.title = "jan-apr 2025"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden, Orust kommun"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.left.text = "Utskrivet &D"
    ws["A1"] = "Uppföljning internkontroll jan–apr 2025"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Process", "Kontrollmoment", "Hur kontrolleras", "Planerad tidpunkt", "Resultat T1"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(3, j, h); c.font = BOLD; c.fill = fill("D9D9D9"); c.border = BORDER; c.alignment = WRAP
    data = [
        ("Kassahantering", "Kassahantering i simhallen – dagskassor stäms av mot kassarapport", "Avstämning två månader", "T1, T3", GREEN,
         "Avstämning gjord för februari och mars. Kassorna stämde.", "GENOMFORD", "nej"),
        ("Bidrag", "Föreningsbidrag – utbetalning sker enligt beslutade bidragsregler", "Stickprov 10 bidrag", "T1", ORANGE,
         "Ett lokalbidrag betalades ut utan komplett redovisning. Återkrävs av föreningen.", "GENOMFORD", "ja"),
        ("Bibliotek", "Utlåning av bibliotekets medier – påminnelse och fakturering av ej återlämnade medier", "Uttag ur bibliotekssystemet", "T1, T2", RED,
         "Ej utförd.", "EJ_GENOMFORD", ""),
        ("Lokaler", "Uthyrning av lokaler – avtal och fakturering överensstämmer", "Jämförelse bokningar/fakturor", "T1", BLUE,
         "Underlag från bokningssystemet tas fram.", "DELVIS", ""),
        ("Fritidsgårdar", "Registerutdrag för ledare i fritidsgårdsverksamheten", "Genomgång av personalakter", "T1", BLACK,
         "Kontrollen genomförd, samtliga ledare har lämnat utdrag.", "GENOMFORD", "nej"),
        ("Konst", "Inventering av konstsamlingen", "Fysisk inventering", "T1", GREEN,
         "Inventering av konst i kommunhuset och Ellös skola genomförd, samtliga verk återfunna.", "GENOMFORD", "nej"),
        ("Attest", "Attest av fakturor för evenemang och arrangemang", "Stickprov 10 fakturor", "T2", None,
         "", "SAKNAS", ""),
    ]
    r = 4
    for proc, km, hur, tid, col, res, st, av in data:
        for j, v in enumerate([proc, km, hur, tid, res if res else None], 1):
            c = ws.cell(r, j, v); c.alignment = WRAP; c.border = BORDER
        if col:
            ws.cell(r, 5).font = Font(color=col, bold=(col != BLACK))
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Färg på resultattexten:").font = BOLD; r += 1
    for col, t in [(GREEN, "Grön text = kontrollen utförd utan anmärkning"),
                   (ORANGE, "Orange text = utförd, brister noterade"),
                   (BLUE, "Blå text = kontrollen pågår"),
                   (RED, "Röd text = ej utförd")]:
        ws.cell(r, 1, t).font = Font(color=col, bold=True); r += 1
    widths(ws, [16, 50, 28, 14, 60])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsnämnden + Orust Kommunfastigheter AB – coloured ● per period, legend on another sheet
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "Samhällsutveckling_IKP_2025_T1.xlsx"
    GR_, YE, RE, BL, GY = "00B050", "FFC000", "FF0000", "0070C0", "A6A6A6"
    wb = new_wb(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Sektor samhällsutveckling – uppföljning av internkontrollplaner 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avser tertial 1 2025. Färgkoder: se fliken Förklaring."
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Utfall helår 2024", "T1 2025", "T2 2025", "Helår 2025", "Kommentar T1 2025"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h); c.font = BOLD; c.fill = fill("DDEBF7"); c.border = BORDER; c.alignment = WRAP
    blocks = [
        ("Samhällsbyggnadsnämnden", [
            ("VA", "Fakturering av VA-anslutningsavgifter enligt VA-taxan", "VA-chef", GR_, GR_,
             "Kontroll av 8 nya anslutningar, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
            ("Gata/väg", "Kontroll av entreprenörers fakturor mot avtal – vinterväghållning", "Gatuchef", BL, BL,
             "Två fakturor debiterade fel timpris, kreditering begärd.", "GENOMFORD", "ja"),
            ("Exploatering", "Uppföljning av exploateringsavtal – betalning enligt avtal", "Exploateringsingenjör", YE, YE,
             "Granskning av två av fyra avtal klar.", "DELVIS", ""),
            ("Mark", "Markupplåtelser och arrenden – avgifter indexuppräknas årligen", "Mark- och exploateringschef", GR_, None,
             "", "SAKNAS", ""),
            ("IT", "Kontroll av behörigheter i GIS-system och fastighetsregister", "GIS-samordnare", RE, RE,
             "Ej genomförd, ny systemförvaltare tillträder i maj.", "EJ_GENOMFORD", ""),
            ("Hamnar", "Hamnavgifter – debitering av gästhamnsplatser", "Hamnansvarig", GR_, GY,
             "Utgår 2025 – gästhamnen drivs av extern arrendator.", "UTGAR", ""),
        ]),
        ("Orust Kommunfastigheter AB", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef bolaget", GR_, GR_,
             "Stickprov 20 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("Uthyrning", "Hyresavtal – hyresdebitering överensstämmer med avtal", "Förvaltare", GR_, BL,
             "En lokalhyra hade inte indexuppräknats. Rättad i april.", "GENOMFORD", "ja"),
            ("Upphandling", "Ramavtal byggentreprenad – avrop följer avtalad ordning", "Projektchef", GR_, YE,
             "Pågår.", "DELVIS", ""),
            ("Säkerhet", "Besiktning av lekplatser och utemiljö vid bolagets fastigheter", "Driftchef", YE, GR_,
             "Funktionskontroll genomförd i april, inga anmärkningar.", "GENOMFORD", "nej"),
            ("Energi", "Energiuppföljning – mätarställningar rapporteras månadsvis", "Energistrateg", YE, None,
             "Se bilaga", "OKLAR", ""),
        ]),
    ]
    r = 5
    for namnd, rows in blocks:
        ws.cell(r, 1, namnd).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = fill("F2F2F2")
        r += 1
        for proc, km, ans, c24, c25, kom, st, av in rows:
            vals = [proc, km, ans, "●", "●" if c25 else None, None, None, kom if kom else None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.alignment = WRAP; c.border = BORDER
            ws.cell(r, 4).font = Font(color=c24, size=16)
            ws.cell(r, 4).alignment = Alignment(horizontal="center", vertical="top")
            if c25:
                ws.cell(r, 5).font = Font(color=c25, size=16)
                ws.cell(r, 5).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, st, av)
            r += 1
        r += 1
    widths(ws, [14, 50, 24, 12, 10, 10, 10, 55])
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring till färgerna på ●"; lg["A1"].font = Font(bold=True, size=12)
    for i, (col, t) in enumerate([(GR_, "Grön – genomförd, inga brister"),
                                  (YE, "Gul – påbörjad / delvis genomförd"),
                                  (RE, "Röd – ej genomförd"),
                                  (BL, "Blå – genomförd, brister upptäckta och åtgärdade/under åtgärd"),
                                  (GY, "Grå – utgår")]):
        c = lg.cell(3 + i, 1, "●"); c.font = Font(color=col, size=16)
        lg.cell(3 + i, 2, t)
    lg.cell(9, 1, "Tom cell = ingen uppföljning gjord för perioden.")
    lg.column_dimensions["B"].width = 65
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Orust Kommunfastigheter AB", "2025", "T1"))

# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – two symbol columns (Utförd / Avvikelse) with ✓ ✗ –
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden T1 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = new_wb(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Överförmyndarnämnden Orust – uppföljning intern kontroll T1 2025"; ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Kontrollmoment", "Urval", "Utförd", "Avvikelse", "Åtgärd/kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(3, j, h); c.font = BOLD; c.border = BORDER; c.fill = fill("FFF2CC")
    data = [
        ("Granskning av årsräkningar – arvode beslutas enligt riktlinjer", "20 årsräkningar", "✓", "✗",
         "20 årsräkningar granskade.", "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har aktuellt registerutdrag", "Samtliga nya uppdrag", "✓", "✓",
         "1 ställföreträdare saknade nytt utdrag, har begärts in.", "GENOMFORD", "ja"),
        ("Uttagsbegränsning på huvudmännens konton", "10 akter", "✗", "–",
         "Görs under T2.", "EJ_GENOMFORD", ""),
        ("Handläggningstid för ansökan om god man under 4 månader", "Alla ärenden jan–apr", "✓", "✗",
         "", "GENOMFORD", "nej"),
        ("Förvaltarskapets redovisning – sluträkningar inom en månad", "Avslutade förvaltarskap", "–", "–",
         "Ej aktuellt – inga avslutade förvaltarskap under perioden.", "UTGAR", ""),
        ("Arkivering av akter enligt dokumenthanteringsplan", "Avslutade akter 2024", "✓", None,
         "", "GENOMFORD", ""),
    ]
    r = 4
    for km, urval, u, a, kom, st, av in data:
        for j, v in enumerate([km, urval, u, a, kom if kom else None], 1):
            c = ws.cell(r, j, v); c.alignment = WRAP; c.border = BORDER
        for j in (3, 4):
            ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "✓ = ja   ✗ = nej   – = ej aktuellt").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Orust 2025-05-06  /  Maria Johansson, handläggare överförmyndarenheten")
    widths(ws, [55, 22, 8, 10, 50])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner lock file of the Kultur o fritid workbook
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$IK T1 2025 Kultur o fritid.xlsx"
    name = "Karin Svensson"
    b = bytes([len(name)]) + name.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(162, b"\x20\x00"[:1])
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b[:162])
    FILES.append((fil, "AVVISAD", "", "", ""))

def registers():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|Sektor ledning|Kommunstyrelseförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Sektor lärande|Barn- och utbildningsförvaltningen"),
        ("Omsorgsnämnden", "ON|Sektor omsorg|Omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur o fritid|Kultur och fritid|Enheten för kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggavdelningen|Miljö och bygg"),
        ("Samhällsbyggnadsnämnden", "SBN|Sektor samhällsutveckling|Samhällsbyggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Orust Kommunfastigheter AB", "OKF|Kommunfastigheter|Orust Kommunfastigheter"),
        ("Räddningstjänsten Mitt Bohuslän", "RMB|Räddningstjänstförbundet Mitt Bohuslän"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x for x in row), row
            f.write(";".join(row) + "\n")

if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    file_ks(); file_bun(); file_on(); file_mbn(); file_kof(); file_sbn(); file_ofn(); file_lock()
    registers()
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows;", len(EXPECTED), "controls")
