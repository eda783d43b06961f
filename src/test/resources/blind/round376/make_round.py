#!/usr/bin/python3
"""Blind round 376 - Tjörnarp kommun, T2 2025, traffic-light follow-ups."""
import csv, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
import xlwt
import docx
from docx.shared import RGBColor, Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round376"
GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 BUN xlsx, fills
def bun():
    fn = "BUN_IK_T2_2025.xlsx"; nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK-plan 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2 (jan–aug)"; ws["A2"].font = Font(bold=True)
    ws["A4"] = "Teckenförklaring:"; ws["A4"].font = Font(italic=True)
    leg = [(GREEN, "Genomförd utan avvikelse"), (YELLOW, "Genomförd med avvikelse – åtgärd pågår"),
           (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (c, t) in enumerate(leg):
        ws.cell(row=4 + i, column=2).fill = fill(c); ws.cell(row=4 + i, column=2).border = BOX
        ws.cell(row=4 + i, column=3, value=t)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "T1", "T2", "Kommentar T2"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=9, column=j, value=h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78"); c.border = BOX
    rows = [
        ("G", "Ekonomi"),
        ("1", "Inköp och betalning", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Per tertial", "Ekonomichef", GREEN, GREEN, "20 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Inköp och betalning", "Kontroll av att inköp sker från avtalade leverantörer", "Stickprov 25 inköp", "Per tertial", "Upphandlare", YELLOW, YELLOW, "3 av 25 inköp utanför avtal (läromedel). Information till rektorerna har getts.", "GENOMFORD", "ja"),
        ("3", "Inköp och betalning", "Representation och förtroendekänsliga poster", "Genomgång av konto 7xxx", "Per tertial", "Controller", GREEN, RED, "Kontrollen har inte hunnit genomföras p.g.a. vakans på ekonomienheten. Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("G", "Skolverksamhet"),
        ("4", "Elevhälsa och närvaro", "Registrering och uppföljning av elevfrånvaro i lärplattformen", "Rapport ur Skola24", "Per tertial", "Rektorer", GREEN, GREEN, "Samtliga skolor registrerar frånvaro dagligen.", "GENOMFORD", "nej"),
        ("5", "Trygghet och studiero", "Anmälan till huvudman om kränkande behandling inom föreskriven tid", "Genomgång av anmälningar", "Per tertial", "Verksamhetschef grundskola", YELLOW, YELLOW, "12 av 74 anmälningar inkom senare än 5 arbetsdagar.", "GENOMFORD", "ja"),
        ("6", "Skolskjuts", "Kontroll av skolskjutsbeslut mot gällande riktlinjer", "Stickprov 10 beslut", "1 gång/år", "Skolskjutshandläggare", GREEN, None, "Årlig kontroll – genomförd under T1 utan anmärkning.", "GENOMFORD", "nej"),
        ("7", "Resursfördelning", "Handläggning av ansökningar om tilläggsbelopp", "Genomgång av ärenden", "Per tertial", "Kvalitetsstrateg", GREEN, GREY, "Utgår enligt beslut BUN 2025-06-11 § 54; ersätts av kontroll i planen 2026.", "UTGAR", ""),
        ("G", "Personal"),
        ("8", "Rekrytering", "Kontroll av att utdrag ur belastningsregistret begärts vid nyanställning", "Stickprov 15 nyanställda", "Per tertial", "HR-partner", GREEN, GREEN, "Samtliga 15 utdrag uppvisade.", "GENOMFORD", "nej"),
        ("9", "Arbetsmiljö", "Systematiskt arbetsmiljöarbete – genomförda skyddsronder", "Protokoll från skyddsronder", "1 gång/år", "Förvaltningschef", None, None, "", "SAKNAS", ""),
        ("10", "Arbetsmiljö", "Rutin för hantering av hot och våld mot personal", "Genomgång av tillbudsrapporter i KIA", "Per tertial", "HR-partner", None, None, "Kontrollen är genomförd, inga avvikelser noterades.", "GENOMFORD", "nej"),
    ]
    r = 10
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
        else:
            nr, proc, km, met, frek, ans, t1, t2, kom, st, av = row
            for j, v in enumerate([int(nr), proc, km, met, frek, ans, None, None, kom or None], 1):
                c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BOX
            if t1: ws.cell(row=r, column=7).fill = fill(t1)
            if t2: ws.cell(row=r, column=8).fill = fill(t2)
            EXP.append((fn, nm, km, st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. Avvikelser rörande kränkande behandling och avtalstrohet följs upp i helårsrapporten.")
    ws.cell(row=r + 2, column=1, value="Tjörnarp 2025-09-18")
    ws.cell(row=r + 3, column=1, value="Anna Lindqvist, förvaltningschef Barn- och utbildningsförvaltningen")
    for col, w in zip("ABCDEFGHI", [5, 22, 48, 26, 12, 22, 7, 7, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Barn- och utbildningsförvaltningen"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = bold; run.font.size = Pt(size)
        if i < len(lines) - 1: run.add_break()

def landscape(d):
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)
    return s

# ---------------------------------------------------------------- 2 SN docx, coloured symbols, legend below
def sn():
    fn = "Socialnämnden uppföljning internkontroll tertial 2 2025.docx"; nm = "Socialnämnden"
    d = docx.Document(); landscape(d)
    d.add_heading("Socialnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2 (januari–augusti)", level=2)
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (SN § 7). Nedan redovisas "
                    "status för respektive kontrollmoment per den 31 augusti. Status markeras med färgsymbol enligt "
                    "förklaringen under tabellen. Avvikelser och iakttagelser beskrivs i kolumnen Resultat.")
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Resultat och iakttagelser"]
    rows = [
        ("G", "Myndighetsutövning"),
        ("Barn och unga", "Utredningar inom barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)", "Stickprov 30 utredningar", "Enhetschef BoU", [GREEN], "26 av 30 avslutade inom fyra månader, 4 förlängda med motiverade beslut.", "GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att skyddsbedömning görs samma dag som anmälan inkommit", "Genomgång av anmälningar i Lifecare", "Enhetschef mottagning", [YELLOW], "Kontroll gjord för januari–april utan anmärkning. Perioden maj–augusti kontrolleras i september.", "DELVIS", "nej"),
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen", "Stickprov 20 beslut", "Enhetschef försörjningsstöd", [GREEN], "20 beslut granskade. 2 beslut var fattade av handläggare utan delegation – ärendena har återrapporterats och rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("G", "Ekonomi"),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Controller", [GREEN], "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Utbetalningar", "Kontroll av utbetalningar av försörjningsstöd mot underlag (dubbelutbetalningar)", "Rapport ur ekonomisystemet", "Controller", [RED], "Ej genomförd under perioden på grund av byte av verksamhetssystem. Flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        ("Intäkter", "Återsökning av statlig ersättning från Migrationsverket", "Avstämning av ansökningar", "Ekonom", [YELLOW], "Ansökningar för kvartal 1 och 2 är inskickade, kvartal 3 pågår.", "DELVIS", ""),
        ("G", "Informationssäkerhet"),
        ("Dokumentation", "Logguppföljning i verksamhetssystemet avseende otillåten åtkomst", "Slumpvis loggkontroll 10 akter", "Systemförvaltare", [GREEN, RED], "", "OKLAR", ""),
        ("Behörigheter", "Behörigheter i verksamhetssystemet stäms av mot aktuell personalförteckning", "Avstämning mot HR-lista", "Systemförvaltare", [GREEN], "Avstämning gjord 2025-05-20. 6 behörigheter för avslutade anställda fanns kvar och har tagits bort.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "D9D9D9")
    for row in rows:
        if row[0] == "G":
            cells = t.add_row().cells; m = cells[0].merge(cells[5])
            set_cell(m, row[1], bold=True); shade(m, "F2F2F2")
            continue
        proc, km, met, ans, syms, res, st, av = row
        cells = t.add_row().cells
        for i, v in enumerate([proc, km, met, ans]):
            set_cell(cells[i], v)
        p = cells[4].paragraphs[0]
        for s in syms:
            r = p.add_run("● "); r.font.color.rgb = RGBColor.from_string(s); r.font.size = Pt(14)
        set_cell(cells[5], res)
        EXP.append((fn, nm, km, st, av))
    d.add_paragraph()
    p = d.add_paragraph(); p.add_run("Förklaring: ").bold = True
    for c, txt in [(GREEN, "Genomförd   "), (YELLOW, "Delvis genomförd/pågår   "), (RED, "Ej genomförd")]:
        r = p.add_run("● "); r.font.color.rgb = RGBColor.from_string(c)
        p.add_run(txt)
    d.add_paragraph()
    d.add_paragraph("Socialförvaltningen 2025-09-15")
    d.add_paragraph("Karin Åberg, socialchef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 3 VON ods, colour words, legend on own sheet
def von(tmp):
    fn = "VON Internkontroll 2025 uppföljning T2.ods"; nm = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook(); a = wb.active; a.title = "Anvisning"
    a["A1"] = "Anvisning för uppföljning"; a["A1"].font = Font(bold=True, size=13)
    a["A3"] = "Fyll i kolumnen Bedömning med färg enligt nedan och kommentera alltid gul och röd."
    a["A5"] = "Färg"; a["B5"] = "Betydelse"; a["A5"].font = a["B5"].font = Font(bold=True)
    leg = [("Grön", GREEN, "Kontrollen är genomförd och inga brister har upptäckts"),
           ("Gul", YELLOW, "Kontrollen är genomförd men brister har upptäckts, åtgärder pågår"),
           ("Röd", RED, "Kontrollen är inte genomförd"),
           ("Utgår", None, "Kontrollmomentet har strukits ur planen")]
    for i, (w, c, t) in enumerate(leg):
        a.cell(row=6 + i, column=1, value=w)
        if c: a.cell(row=6 + i, column=1).fill = fill(c)
        a.cell(row=6 + i, column=2, value=t)
    a.column_dimensions["A"].width = 10; a.column_dimensions["B"].width = 70
    ws = wb.create_sheet("Uppföljning T2")
    ws["A1"] = "Vård- och omsorgsnämnden – internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljningsperiod: tertial 2, 2025"
    ws["A3"] = "Färgförklaring, se flik Anvisning"; ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Område", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Bedömning", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h); c.font = Font(bold=True); c.fill = fill("D9E1F2"); c.border = BOX
    col = {"Grön": GREEN, "Gul": YELLOW, "gul": YELLOW, "Röd": RED}
    rows = [
        ("Ekonomi", "Felaktig debitering leder till intäktsbortfall", 12, "Debitering av omsorgsavgifter enligt fattade beslut", "Avgiftshandläggare", "Grön", "Stickprov 25 debiteringar, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Ekonomi", "Brukares pengar hanteras felaktigt", 9, "Kontroll av hantering av brukares privata medel (kassaboksrutin)", "Enhetschefer SÄBO", "Gul", "Brister i kvittohanteringen på två boenden. Ny rutin införd i juni.", "GENOMFORD", "ja"),
        ("Kvalitet", "Missförhållanden rapporteras inte", 16, "Avvikelser enligt lex Sarah utreds och rapporteras till IVO inom föreskriven tid", "MAS/kvalitetsutvecklare", "Grön", "", "GENOMFORD", "nej"),
        ("Kvalitet", "Insatser genomförs inte enligt beslut", 12, "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Enhetschef hemtjänst", "Röd", "Ej genomförd – ansvarig enhetschef har slutat, tas upp igen under hösten.", "EJ_GENOMFORD", ""),
        ("Kvalitet", "Felaktig läkemedelshantering", 16, "Läkemedelshantering – signeringslistor kontrolleras månadsvis", "Sjuksköterskor", "gul", "Kontroll på samtliga sex enheter; ofullständiga signeringslistor på två enheter.", "GENOMFORD", "ja"),
        ("Kvalitet", "Beviljad tid utförs inte", 8, "Uppföljning av beviljade insatser i hemtjänsten (planerad mot utförd tid)", "Biståndshandläggare", "", "", "SAKNAS", ""),
        ("Personal", "Otillåten överskridning av LAS-dagar", 6, "Kontroll av att timanställda inte överskrider LAS-dagar", "HR", "Utgår", "Ersätts av central kontroll inom HR-avdelningen.", "UTGAR", ""),
        ("Personal", "Bristande introduktion ger patientsäkerhetsrisker", 9, "Introduktion av nyanställda enligt checklista", "Enhetschefer", "Gul", "Checklista saknades för 3 av 18 nyanställda.", "GENOMFORD", "ja"),
    ]
    r = 6
    for omr, risk, rv, km, ans, bed, kom, st, av in rows:
        for j, v in enumerate([omr, risk, rv, km, ans, bed or None, kom or None], 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BOX
        if bed in col: ws.cell(row=r, column=6).fill = fill(col[bed])
        EXP.append((fn, nm, km, st, av)); r += 1
    for c, w in zip("ABCDEFG", [12, 34, 9, 50, 22, 11, 50]):
        ws.column_dimensions[c].width = w
    x = os.path.join(tmp, "von.xlsx"); wb.save(x)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", "ods", "--outdir", tmp, x],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "von.ods"), os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 4 KS xls, plain words, T1 + T2 side by side
def ks():
    fn = "KS uppföljning IKP 2025.xls"; nm = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Uppföljning")
    b = xlwt.easyxf("font: bold on"); h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    w = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Kommunstyrelsen, Tjörnarps kommun", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025", b)
    ws.write(2, 0, "Rapporteringstillfällen: T1 (per 30 april) och T2 (per 31 augusti)")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status T2", "Kommentar"]
    for j, t in enumerate(hdr): ws.write(4, j, t, h)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Redovisningschef", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Avstämning av kundfordringar och påminnelserutin", "Genomgång reskontra", "Redovisningschef", "Pågår", "Genomförd med anmärkning", "Påminnelser skickades ut för sent i juni p.g.a. semester.", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Efterlevnad av upphandlingsregler vid direktupphandling", "Stickprov 30 direktupphandlingar", "Upphandlingschef", "Ej påbörjad", "Pågår", "Stickprov på 10 av 30 direktupphandlingar klart.", "DELVIS", ""),
        ("4", "Administration", "Uppföljning av att diarieföring sker inom föreskriven tid", "Rapport ur ärendesystemet", "Kanslichef", "Genomförd", "", "", "GENOMFORD", ""),
        ("5", "Personal", "Löneutbetalningar – kontroll av nyupplagda anställda i lönesystemet", "Avstämning mot anställningsavtal", "Lönechef", "Ej påbörjad", "Ej påbörjad", "Skjuts till T3 p.g.a. byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("6", "Kommunikation", "Kontroll av efterlevnad av riktlinje för sociala medier", "Genomgång av kommunens konton", "Kommunikationschef", "Pågår", "Avbruten genom beslut KS 2025-05-14 § 88", "Riktlinjen revideras.", "UTGAR", ""),
        ("7", "Informationssäkerhet", "Informationssäkerhet – klassning av informationstillgångar", "Genomgång av klassningar", "Informationssäkerhetssamordnare", "", "Se bilaga 2", "", "OKLAR", ""),
        ("8", "Säkerhet", "Krisberedskap – uppdatering av kontaktlistor i krisledningsplanen", "Kontroll av listor", "Säkerhetssamordnare", "Genomförd", "Genomförd", "Kontaktlistor uppdaterade 2025-03-01 och 2025-08-20, inga brister.", "GENOMFORD", "nej"),
        ("9", "Administration", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse delegationslistor/protokoll", "Kanslichef", "Genomförd", "Genomförd", "Två beslut anmäldes för sent (juni).", "GENOMFORD", "ja"),
    ]
    r = 5
    for row in rows:
        for j, v in enumerate(row[:8]):
            ws.write(r, j, int(v) if j == 0 else v, w)
        EXP.append((fn, nm, row[2], row[8], row[9])); r += 1
    ws.write(r + 2, 0, "Datum: 2025-09-10")
    ws.write(r + 3, 0, "Upprättad av: Per Holm, ekonomichef, Kommunledningsförvaltningen")
    for j, wd in enumerate([5, 18, 45, 28, 22, 16, 24, 45]):
        ws.col(j).width = wd * 256
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 5 Stratsys CSV, plain words, two nämnder, period rows
def stratsys():
    fn = "Stratsys_export_IK_2025-09-22.csv"
    KFF, TF = "Kultur- och fritidsförvaltningen", "Tekniska förvaltningen"
    KFN, TN = "Kultur- och fritidsnämnden", "Tekniska nämnden"
    ctrl = [
        (KFF, KFN, "Bidrag", "Kontroll av bidrag till föreningar mot ansökningsunderlag", "Föreningskonsulent",
         ("Pågår", "Stickprov påbörjat."), ("Genomförd", "Stickprov 12 föreningar, 1 bidrag återkrävt p.g.a. felaktigt medlemsantal."), "GENOMFORD", "ja"),
        (KFF, KFN, "Kontanthantering", "Kassahantering i simhallen och biblioteket", "Enhetschef fritid",
         ("Genomförd", "Inga differenser."), ("Genomförd", "Inga differenser."), "GENOMFORD", "nej"),
        (KFF, KFN, "Intäkter", "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
         ("Ej påbörjad", ""), ("Delvis genomförd", "Kontroll av Tjörnarpshallen klar, övriga anläggningar i oktober."), "DELVIS", ""),
        (KFF, KFN, "Barn och unga", "Registerutdrag för ledare i lovverksamhet", "Fritidsgårdschef",
         ("Genomförd", "Samtliga ledare har uppvisat utdrag, inga avvikelser."), ("", ""), "GENOMFORD", "nej"),
        (KFF, KFN, "Tillgångar", "Inventering av utlånade konstverk", "Kulturchef",
         ("", ""), ("Ej aktuell", "Inventering sker vartannat år, nästa gång 2026."), "UTGAR", ""),
        (TF, TN, "Entreprenader", "Kontroll av att fakturor från entreprenörer stämmer mot avtal (á-priser)", "Gatuchef",
         ("Genomförd med avvikelse", "Felaktigt á-pris på snöröjning, kreditering begärd."), ("Genomförd med avvikelse", "Krediteringen mottagen i juli; ny avvikelse på sopsaltning."), "GENOMFORD", "ja"),
        (TF, TN, "VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "VA-chef",
         ("Genomförd", ""), ("Genomförd", ""), "GENOMFORD", ""),
        (TF, TN, "Arbetsmiljö", "Arbetsmiljörond på reningsverket", "Driftchef VA",
         ("Ej påbörjad", ""), ("Ej genomförd", "Flyttad till oktober."), "EJ_GENOMFORD", ""),
        (TF, TN, "Fordon", "Kontroll av fordonsloggar och drivmedelskort", "Fordonssamordnare",
         ("Pågår", ""), ("Pågår", "Drivmedelskort kontrollerade, fordonsloggar återstår."), "DELVIS", ""),
        (TF, TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ("", ""), ("", ""), "SAKNAS", ""),
    ]
    lines = [["Enhet", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Senast ändrad"]]
    for enh, nm, proc, km, ans, t1, t2, st, av in ctrl:
        lines.append([enh, proc, km, ans, "2025 T1", t1[0], t1[1], "2025-05-06"])
        lines.append([enh, proc, km, ans, "2025 T2", t2[0], t2[1], "2025-09-19" if t2[0] else ""])
        EXP.append((fn, nm, km, st, av))
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        wr = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        wr.writerows(lines)
    FILES.append((fn, "INLAST", KFN, "2025", "T2"))
    FILES.append((fn, "INLAST", TN, "2025", "T2"))

# ---------------------------------------------------------------- 6 TBAB xlsx, coloured symbols, legend right of table
def tbab():
    fn = "Tjörnarps Bostäder AB - Internkontroll uppföljning T2 2025.xlsx"; nm = "Tjörnarps Bostäder AB"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Internkontroll"
    ws["A1"] = "Tjörnarps Bostäder AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – T2"
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = Font(bold=True); c.border = BOX; c.fill = fill("E2EFDA")
    ws["I4"] = "Symbolförklaring"; ws["I4"].font = Font(bold=True)
    for i, (sym, c, t) in enumerate([("●", GREEN, "Utförd utan anmärkning"), ("●", "FFC000", "Utförd med anmärkning"),
                                     ("●", RED, "Ej utförd"), ("–", None, "Ej aktuell")]):
        x = ws.cell(row=5 + i, column=9, value=sym); x.alignment = Alignment(horizontal="center")
        if c: x.font = Font(color=c, size=14)
        ws.cell(row=5 + i, column=10, value=t)
    G, Y, R = GREEN, "FFC000", RED
    rows = [
        ("Hyresadministration", "Hyresavisering – kontroll att hyreshöjning 2025 lagts in korrekt", "Ekonomichef", G, G, "", "GENOMFORD", "nej"),
        ("Hyresadministration", "Uppföljning av hyresfordringar och avhysningsärenden", "Kundchef", Y, Y, "Två ärenden saknade dokumenterad påminnelse.", "GENOMFORD", "ja"),
        ("Uthyrning", "Kontroll av att lägenheter förmedlas enligt kötid", "Uthyrningsansvarig", None, G, "Stickprov 20 kontrakt.", "GENOMFORD", "nej"),
        ("Fastighet", "Obligatorisk ventilationskontroll (OVK) enligt plan", "Teknisk förvaltare", None, R, "Upphandling av besiktningsman pågår.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete – egenkontroll i trapphus", "Fastighetschef", "–", "–", "Utgår ur planen 2025, ingår i fastighetsskötarnas ordinarie rondering.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", G, G, "", "GENOMFORD", "nej"),
        ("Ekonomi", "Avstämning av projektredovisning mot budget för ombyggnad kv. Linden", "Projektledare", None, Y, "Felaktig kontering av 2 fakturor, rättat i augusti.", "GENOMFORD", "ja"),
        ("Styrning", "Jäv och bisysslor – årlig redovisning från personal", "VD", None, None, "Enkät skickad i augusti, svar inkommer löpande.", "DELVIS", ""),
    ]
    r = 5
    for i, (omr, km, ans, t1, t2, kom, st, av) in enumerate(rows, 1):
        vals = [i, omr, km, ans, None, None, kom or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = WRAP; c.border = BOX
        for col, s in ((5, t1), (6, t2)):
            if s == "–":
                ws.cell(row=r, column=col, value="–").alignment = Alignment(horizontal="center")
            elif s:
                c = ws.cell(row=r, column=col, value="●"); c.font = Font(color=s, size=14)
                c.alignment = Alignment(horizontal="center")
        EXP.append((fn, nm, km, st, av)); r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av VD 2025-09-05, Lars Nyberg")
    for c, w in zip("ABCDEFGHIJ", [5, 20, 55, 20, 6, 6, 50, 3, 16, 26]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 7 SBN docx, shaded cells, legend in footer, nämnd in header
def sbn():
    fn = "SBF_uppfoljning_IK_T2_2025.docx"; nm = "Samhällsbyggnadsnämnden"
    d = docx.Document(); s = landscape(d)
    hp = s.header.paragraphs[0]; hp.text = "Tjörnarps kommun\tSamhällsbyggnadsnämnden"
    fp = s.footer.paragraphs[0]
    fp.add_run("Färgförklaring status: ").bold = True
    fp.add_run("grön = genomförd, gul = påbörjad/delvis genomförd, röd = ej genomförd, grå = utgår")
    d.add_heading("Uppföljning av intern kontroll 2025 – tertial 2", level=1)
    d.add_paragraph("Förvaltningen redovisar här resultatet av de kontroller som ingår i internkontrollplanen för 2025. "
                    "Status anges med färg i kolumnen Status.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Hur", "Status", "Kommentar"]
    rows = [
        ("Planering", "Detaljplaner handläggs enligt plan- och bygglagens tidsfrister och beslutade planprioriteringar", "Genomgång av planlistan", GREEN, "", "GENOMFORD", ""),
        ("Exploatering", "Exploateringsavtal följs upp mot avtalade åtaganden", "Genomgång av avtal", YELLOW, "3 av 7 avtal uppföljda.", "DELVIS", ""),
        ("Mark", "Försäljning av kommunal mark sker till marknadsvärde enligt värdering", "Kontroll av köpeavtal", GREEN, "Två försäljningar under perioden, båda med oberoende värdering. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Geodata", "Ajourhållning av primärkarta och adressregister", "Stickprov", RED, "Resursbrist, görs under T3.", "EJ_GENOMFORD", ""),
        ("Mark", "Arrendeavtal faktureras enligt avtal", "Avstämning avtal/fakturor", GREEN, "En felaktig indexuppräkning upptäcktes och har rättats.", "GENOMFORD", "ja"),
        ("Geodata", "Kontroll av att lägenhetsregistret uppdateras efter slutbesked", "Avstämning mot bygglovsregistret", GREY, "Uppgiften flyttad till Miljö- och byggnämnden från 2025-07-01.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor", None, "Se bilaga 1", "OKLAR", ""),
        ("Mark", "Uppföljning av beviljade markanvisningar", "Genomgång av markanvisningsavtal", GREEN, "", "GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for omr, km, hur, c, kom, st, av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([omr, km, hur, "", kom]):
            set_cell(cells[i], v)
        if c: shade(cells[3], c)
        EXP.append((fn, nm, km, st, av))
    d.add_paragraph()
    d.add_paragraph("Samhällsbyggnadsförvaltningen 2025-09-12")
    d.add_paragraph("Maria Ek, samhällsbyggnadschef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "T2"))

# ---------------------------------------------------------------- 8 reject: instruction with legend only
def anvisning():
    fn = "Anvisning färgmarkering uppföljning IK T2 2025.docx"
    d = docx.Document()
    d.add_heading("Anvisning – uppföljning av internkontrollplaner tertial 2 2025", level=1)
    d.add_paragraph("Till: nämndernas förvaltningar och de kommunala bolagen")
    d.add_paragraph("Från: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph("Uppföljningen av internkontrollplanerna per 31 augusti ska lämnas till ekonomienheten senast "
                    "den 22 september 2025. Använd gärna er egen mall, men markera status för varje kontrollmoment "
                    "med de färger som anges nedan och kommentera alltid gul och röd status.")
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Färg", bold=True); set_cell(t.rows[0].cells[1], "Betydelse", bold=True)
    for c, txt in [(GREEN, "Kontrollen är genomförd utan avvikelse"), (YELLOW, "Kontrollen är påbörjad eller genomförd med avvikelse"),
                   (RED, "Kontrollen är inte genomförd"), (GREY, "Kontrollen utgår (ange beslut)")]:
        cells = t.add_row().cells; shade(cells[0], c); set_cell(cells[1], txt)
    d.add_paragraph()
    d.add_paragraph("Uppföljningarna sammanställs och redovisas för kommunstyrelsen den 15 oktober 2025. "
                    "Frågor besvaras av Per Holm, ekonomichef, tel. 0413-123 45.")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Tjörnarps Bostäder AB", "TBAB|Tjörnarpsbostäder|Tjörnarps Bostäder"),
]

def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md" and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="r376_")
    bun(); sn(); von(tmp); ks(); stratsys(); tbab(); sbn(); anvisning()
    shutil.rmtree(tmp, ignore_errors=True)
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            f.write(";".join(header) + "\n")
            for r in rows:
                f.write(";".join(r) + "\n")
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

if __name__ == "__main__":
    main()
