#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 114 – Östersala kommun, helår 2025.

Builds every file of the round in this folder:
  the inbox files, namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round114"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Socialnämnden – long Word verksamhetsberättelse, IK is chapter 7
# ---------------------------------------------------------------------------
def build_sn_docx():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT

    fil = "Verksamhetsberättelse 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Östersala kommun\tSocialnämnden\tVerksamhetsberättelse 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr SN 2026/14"

    def pagebreak():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table(header, rows, widths=None, bold_last=False):
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(h)
            r.bold = True
        for ri, row in enumerate(rows):
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                r = cells[i].paragraphs[0].add_run(str(v))
                if bold_last and ri == len(rows) - 1:
                    r.bold = True
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    # --- title page
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ÖSTERSALA KOMMUN")
    r.bold = True
    r.font.size = Pt(14)
    for _ in range(6):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Verksamhetsberättelse 2025")
    r.bold = True
    r.font.size = Pt(28)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Socialnämnden")
    r.font.size = Pt(18)
    for _ in range(8):
        d.add_paragraph()
    d.add_paragraph("Beslutad av socialnämnden 2026-02-18, § 12")
    d.add_paragraph("Diarienummer: SN 2026/14")
    d.add_paragraph("Handläggare: Karin Lundqvist, förvaltningsekonom")
    pagebreak()

    d.add_heading("Innehåll", level=1)
    for line in ["1 Ordföranden har ordet", "2 Uppdrag och organisation", "3 Året i korthet",
                 "4 Måluppfyllelse", "5 Ekonomi", "6 Personal", "7 Intern kontroll",
                 "8 Framtid och utmaningar"]:
        d.add_paragraph(line)
    pagebreak()

    d.add_heading("1 Ordföranden har ordet", level=1)
    for txt in [
        "2025 har varit ett år då socialnämnden har fått hantera både ett ökat inflöde av "
        "orosanmälningar och ett fortsatt högt antal hushåll med behov av ekonomiskt bistånd. "
        "Samtidigt har förvaltningen genomfört det största systembytet på över tio år.",
        "Jag vill rikta ett särskilt tack till alla medarbetare som under året har visat stort "
        "engagemang. Trots ansträngd bemanning inom myndighetsutövningen har vi klarat att hålla "
        "de flesta lagstadgade tidsgränser.",
        "Nämnden redovisar ett underskott mot budget på 6,4 miljoner kronor, framför allt till följd "
        "av kostnader för externa placeringar av barn och unga. Åtgärdsplanen som antogs i maj har "
        "dämpat kostnadsutvecklingen under hösten.",
        "Anna-Lena Berg (S), ordförande socialnämnden",
    ]:
        d.add_paragraph(txt)
    pagebreak()

    d.add_heading("2 Uppdrag och organisation", level=1)
    for txt in [
        "Socialnämnden ansvarar för individ- och familjeomsorgen i Östersala kommun: barn och unga, "
        "vuxna med missbruk, ekonomiskt bistånd, familjerätt, våld i nära relationer samt "
        "arbetsmarknadsinsatser för personer som uppbär försörjningsstöd.",
        "Förvaltningen är organiserad i tre avdelningar: Barn och familj, Vuxen och försörjning samt "
        "Stab. Socialchef är Mikael Ekström.",
        "Under 2025 har mottagningsenheten för barn och unga slagits samman med "
        "familjebehandlingen till en gemensam enhet för tidiga insatser.",
    ]:
        d.add_paragraph(txt)

    d.add_heading("3 Året i korthet", level=1)
    d.add_paragraph("Tabell 1. Verksamhetsmått")
    table(["Verksamhetsmått", "2023", "2024", "2025"], [
        ["Antal orosanmälningar barn och unga", "1 412", "1 538", "1 702"],
        ["Antal inledda barnavårdsutredningar", "398", "417", "452"],
        ["Antal hushåll med ekonomiskt bistånd (snitt/mån)", "611", "648", "659"],
        ["Utbetalt ekonomiskt bistånd, tkr", "58 204", "63 911", "66 480"],
        ["Antal placerade barn och unga 31/12", "71", "78", "74"],
        ["Antal vårddygn HVB vuxna", "3 904", "4 210", "3 655"],
    ], widths=[9, 2.2, 2.2, 2.2])
    d.add_paragraph("")
    for txt in [
        "Antalet orosanmälningar har ökat med elva procent jämfört med 2024. Ökningen är störst "
        "bland anmälningar från skolan och från polisen.",
        "Kostnaderna för ekonomiskt bistånd har fortsatt att öka, men i lägre takt än tidigare år. "
        "Arbetsmarknadsenheten har under året haft 212 deltagare varav 64 har gått vidare till "
        "arbete eller studier.",
    ]:
        d.add_paragraph(txt)
    pagebreak()

    d.add_heading("4 Måluppfyllelse", level=1)
    d.add_paragraph(
        "Kommunfullmäktige har fastställt fyra inriktningsmål som berör nämnden. Nämnden har brutit "
        "ned dessa i nämndmål med indikatorer. Bedömningen görs i tre nivåer: Uppfyllt, Delvis "
        "uppfyllt och Ej uppfyllt.")
    d.add_paragraph("Tabell 2. Nämndmål och indikatorer")
    table(["Nämndmål", "Indikator", "Målvärde", "Utfall 2025", "Bedömning"], [
        ["Barn och unga ska få rätt stöd i tid", "Andel utredningar klara inom 4 månader", "95 %", "93 %", "Delvis uppfyllt"],
        ["Fler ska bli självförsörjande", "Andel avslutade bistånd till arbete/studier", "35 %", "38 %", "Uppfyllt"],
        ["Våldsutsatta ska få skydd och stöd", "Andel med skyddsbedömning samma dag", "100 %", "97 %", "Delvis uppfyllt"],
        ["Hög kvalitet i placeringar", "Andel placerade barn med aktuell vårdplan", "100 %", "88 %", "Ej uppfyllt"],
        ["Nöjda brukare", "Brukarenkät IFO, andel nöjda", "80 %", "82 %", "Uppfyllt"],
    ], widths=[4.2, 4.6, 1.8, 2, 2.6])
    d.add_paragraph("")
    d.add_paragraph(
        "Sammantaget bedöms nämndens mål vara delvis uppfyllda. Det mål som inte har nåtts gäller "
        "vårdplaner för placerade barn, där bristen främst förklaras av vakanser bland "
        "familjehemssekreterarna under våren.")
    pagebreak()

    d.add_heading("5 Ekonomi", level=1)
    d.add_heading("5.1 Driftredovisning", level=2)
    d.add_paragraph("Tabell 3. Driftredovisning per verksamhet (tkr)")
    table(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"], [
        ["Nämnd och förvaltningsledning", "-8 450", "-8 102", "348", "-7 987"],
        ["Barn och unga, öppenvård", "-31 200", "-30 655", "545", "-29 410"],
        ["Barn och unga, placeringar", "-52 800", "-61 930", "-9 130", "-58 340"],
        ["Vuxna, missbruk och beroende", "-24 600", "-23 115", "1 485", "-25 002"],
        ["Ekonomiskt bistånd", "-67 000", "-66 480", "520", "-63 911"],
        ["Arbetsmarknadsenheten", "-12 300", "-12 410", "-110", "-11 870"],
        ["Summa", "-196 350", "-202 692", "-6 342", "-196 520"],
    ], widths=[6, 2.5, 2.5, 2.3, 2.5], bold_last=True)
    d.add_paragraph("")
    d.add_paragraph(
        "Nämndens nettokostnader uppgår till 202,7 mnkr, vilket är 6,3 mnkr mer än budget. "
        "Underskottet hänförs till placeringar av barn och unga där antalet dygn på HVB har varit "
        "högre än budgeterat. Överskottet inom vuxenområdet beror på lägre volymer av institutionsvård.")
    d.add_heading("5.2 Investeringar", level=2)
    table(["Projekt", "Budget", "Utfall", "Kommentar"], [
        ["Nytt verksamhetssystem IFO", "2 400", "2 615", "Avslutat, slutredovisas i mars 2026"],
        ["Inventarier familjecentral", "350", "121", "Återstår möblering, ombudgeteras"],
    ], widths=[5.5, 2, 2, 6.5])
    pagebreak()

    d.add_heading("6 Personal", level=1)
    d.add_paragraph("Tabell 4. Personalnyckeltal")
    table(["Nyckeltal", "2024", "2025", "Kommentar"], [
        ["Antal tillsvidareanställda 31/12", "214", "221", "Sju nya tjänster inom myndighet"],
        ["Antal årsarbetare", "205,4", "210,8", ""],
        ["Sjukfrånvaro totalt, %", "7,9", "7,1", "Minskning inom barn och unga"],
        ["Personalomsättning socialsekreterare, %", "18", "14", ""],
        ["Andel med socionomexamen, %", "91", "93", ""],
    ], widths=[6, 2, 2, 6])
    d.add_paragraph("")
    d.add_paragraph(
        "Rekryteringsläget för erfarna socialsekreterare är fortsatt ansträngt men har förbättrats. "
        "Förvaltningen har infört en introduktionstrappa för nyexaminerade och anlitar inte längre "
        "konsulter inom myndighetsutövningen för barn och unga.")
    pagebreak()

    d.add_heading("7 Intern kontroll", level=1)
    for txt in [
        "Nämnden antog internkontrollplan för 2025 den 22 januari 2025 (§ 8). Planen omfattar tio "
        "kontrollmoment som har valts ut utifrån nämndens risk- och väsentlighetsanalys. "
        "Uppföljning har skett per delår och i denna verksamhetsberättelse redovisas helårsresultatet.",
        "Av de tio kontrollmomenten har sex genomförts, två har genomförts delvis, ett har inte "
        "genomförts och ett har utgått efter beslut i kommunstyrelsen. I tre av de genomförda "
        "kontrollerna har avvikelser noterats, se avsnitt 7.2.",
    ]:
        d.add_paragraph(txt)
    d.add_paragraph("Tabell 5. Sammanställning av kontrollmomentens status")
    table(["Status", "Antal"], [
        ["Genomförd", "6"], ["Delvis genomförd", "2"], ["Ej genomförd", "1"], ["Utgår", "1"],
        ["Totalt", "10"],
    ], widths=[5, 2], bold_last=True)
    d.add_paragraph("")
    d.add_heading("7.1 Uppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph("Tabell 6. Resultat per kontrollmoment, helår 2025")

    ik = [
        # process, kontrollmoment, metod, resultat, status, expected status, avvikelse
        ("Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd fattas enligt gällande delegationsordning",
         "Stickprov 20 ärenden per halvår",
         "Stickprov om totalt 40 ärenden. I två ärenden hade beslut fattats av handläggare utan "
         "delegation för beloppet. Påminnelse om delegationsordningen har gjorts på APT.",
         "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Kontroll av dubbla utbetalningar av försörjningsstöd",
         "Månatlig körning av utbetalningslista i verksamhetssystemet",
         "Kontroll genomförd varje månad. Inga dubbelutbetalningar har upptäckts.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Barn och unga",
         "Barnavårdsutredningar slutförs inom fyra månader (11 kap. 2 § SoL)",
         "Uttag ur verksamhetssystemet per tertial",
         "Genomsnittlig utredningstid 3,6 månader. 14 av 452 utredningar överskred fyra månader "
         "utan beslut om förlängning.",
         "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Barn och unga",
         "Skyddsbedömning görs samma dag som orosanmälan inkommer",
         "Genomgång av samtliga anmälningar en vecka per tertial",
         "Kontroll gjord för tertial 1 och 2 utan anmärkning. Kontrollen för tertial 3 har inte "
         "hunnits med i samband med bytet av verksamhetssystem.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Placeringar",
         "Avtalstrohet vid köp av HVB- och konsulentstödda familjehemsplaceringar",
         "Genomgång av samtliga nya placeringar",
         "Av 31 nya placeringar gjordes 6 utanför ramavtal. I 4 av dessa saknades dokumenterad "
         "motivering till direktupphandlingen.",
         "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Informationssäkerhet",
         "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
         "Slumpvis uttag av 50 loggposter per kvartal",
         "Loggkontroll har inte kunnat genomföras under året eftersom loggfunktionen inte har "
         "fungerat efter systembytet. Kontrollen flyttas till internkontrollplan 2026.",
         "", "EJ_GENOMFORD", "nej"),
        ("Personal",
         "Utdrag ur belastningsregistret uppvisas före anställning inom HVB och boenden för barn",
         "Genomgång av samtliga nyanställningar",
         "12 nyanställningar kontrollerade. Registerutdrag fanns i samtliga fall.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Attest av leverantörsfakturor – jäv och beloppsgränser följs",
         "Stickprov 25 fakturor",
         "Stickprov av 25 fakturor. Inga avvikelser noterades.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Representation och förtroendekänsliga poster följer kommunens riktlinjer",
         "Stickprov 15 verifikationer",
         "Kontrollen genomförs centralt av kommunstyrelsen för samtliga nämnder 2025 "
         "(KS 2025-03-10 § 45).",
         "Utgår", "UTGAR", "nej"),
        ("Dataskydd",
         "Registerförteckningen över personuppgiftsbehandlingar är aktuell",
         "Genomgång per enhet",
         "Arbetet pågår. Tre av fem enheter har uppdaterat sina behandlingar i förteckningen.",
         "Pågår", "DELVIS", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Resultat och kommentar", "Status helår"]):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    first_row_of_process = {}
    for idx, (proc, km, met, res, stat, es, av) in enumerate(ik):
        cells = t.add_row().cells
        cells[0].text = proc
        cells[1].text = km
        cells[2].text = met
        cells[3].text = res
        cells[4].text = stat
        exp(fil, namnd, km, es, av)
    # vertical merge of process cells for consecutive equal processes
    rows = t.rows
    k = 0
    while k < len(ik):
        j = k
        while j + 1 < len(ik) and ik[j + 1][0] == ik[k][0]:
            j += 1
        if j > k:
            m = rows[k + 1].cells[0].merge(rows[j + 1].cells[0])
            m.text = ik[k][0]
        k = j + 1
    for row in t.rows:
        for k, w in enumerate([2.6, 4.4, 3.2, 5.4, 2.2]):
            row.cells[k].width = Cm(w)
    d.add_paragraph("")
    d.add_paragraph(
        "Statusbegrepp: Genomförd = kontrollen är utförd enligt plan. Delvis genomförd/Pågår = "
        "kontrollen är påbörjad men inte utförd fullt ut. Ej genomförd = kontrollen har inte utförts. "
        "Utgår = kontrollmomentet har strukits genom beslut.").runs[0].italic = True

    d.add_heading("7.2 Åtgärder med anledning av noterade avvikelser", level=2)
    table(["Åtgärd", "Ansvarig", "Klart senast", "Status"], [
        ["Utbildning i delegationsordningen för handläggare ekonomiskt bistånd", "Enhetschef försörjning", "2026-03-31", "Planerad"],
        ["Rutin för dokumentation av direktupphandling av placeringar", "Avdelningschef barn och familj", "2026-04-30", "Påbörjad"],
        ["Veckovis bevakning av utredningstider i nya verksamhetssystemet", "Enhetschef utredning", "2026-02-28", "Klar"],
    ], widths=[7.5, 4, 2.5, 2])
    d.add_paragraph("")
    d.add_paragraph(
        "Nämndens samlade bedömning är att den interna kontrollen under 2025 har varit tillräcklig, "
        "men att kontrollen av informationssäkerheten behöver stärkas under 2026.")
    pagebreak()

    d.add_heading("8 Framtid och utmaningar", level=1)
    for txt in [
        "Den nya socialtjänstlagen som träder i kraft 2026 ställer krav på ett mer förebyggande och "
        "kunskapsbaserat arbetssätt. Förvaltningen har påbörjat en genomlysning av samtliga processer.",
        "Kostnaderna för placeringar bedöms fortsatt vara den största ekonomiska risken. "
        "Nämnden kommer under 2026 att utveckla hemmaplanslösningar i samarbete med barn- och "
        "utbildningsnämnden.",
        "Kompetensförsörjningen är en fortsatt utmaning, särskilt inom familjehemsvården.",
    ]:
        d.add_paragraph(txt)
    d.add_paragraph("")
    d.add_paragraph("Östersala den 18 februari 2026")
    d.add_paragraph("Anna-Lena Berg\t\t\tMikael Ekström")
    d.add_paragraph("Ordförande\t\t\tSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – Excel, budget sheets first, IK on sheet 5
# ---------------------------------------------------------------------------
def build_bun_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    fil = "BUN VB2025 bilagor ekonomi personal IK.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    bold = Font(bold=True)
    title = Font(bold=True, size=14)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdrfill = PatternFill("solid", fgColor="DDEBF7")

    # sheet 1 Drift
    ws = wb.active
    ws.title = "Drift 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – driftredovisning 2025"
    ws["A1"].font = title
    ws["A2"] = "Bilaga 1 till verksamhetsberättelse 2025. Belopp i tkr."
    hdr = ["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Avvikelse %", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = bold
        c.fill = hdrfill
    drift = [
        ("Förskola", -198400, -193850, "Lägre barnantal än budgeterat under hösten"),
        ("Pedagogisk omsorg", -6200, -6010, ""),
        ("Grundskola F–9", -412300, -418960, "Ökade kostnader för elevassistenter"),
        ("Fritidshem", -48700, -47330, ""),
        ("Anpassad grundskola", -21500, -24110, "Två nya elever med omfattande behov"),
        ("Elevhälsa", -27900, -27540, ""),
        ("Skolskjuts", -19800, -22470, "Ny upphandling med högre priser från augusti"),
        ("Nämnd och förvaltningsadministration", -24100, -23020, "Vakanta tjänster"),
    ]
    r0 = 5
    for i, (v, b, u, k) in enumerate(drift):
        r = r0 + i
        ws.cell(r, 1, v)
        ws.cell(r, 2, b)
        ws.cell(r, 3, u)
        ws.cell(r, 4, "=C%d-B%d" % (r, r))
        ws.cell(r, 5, "=D%d/ABS(B%d)" % (r, r))
        ws.cell(r, 5).number_format = "0.0%"
        ws.cell(r, 6, k)
    rs = r0 + len(drift)
    ws.cell(rs, 1, "Summa").font = bold
    for col, L in ((2, "B"), (3, "C"), (4, "D")):
        ws.cell(rs, col, "=SUM(%s%d:%s%d)" % (L, r0, L, rs - 1)).font = bold
    ws.cell(rs, 5, "=D%d/ABS(B%d)" % (rs, rs))
    ws.cell(rs, 5).number_format = "0.0%"
    for col in "BCD":
        for r in range(r0, rs + 1):
            ws["%s%d" % (col, r)].number_format = "# ##0"
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["F"].width = 50
    for col in "BCDE":
        ws.column_dimensions[col].width = 14

    # sheet 2 Investeringar (status words here are NOT controls)
    ws = wb.create_sheet("Investeringar")
    ws["A1"] = "Investeringsredovisning 2025 (tkr)"
    ws["A1"].font = title
    ws.append([])
    ws.append(["Projekt", "Budget 2025", "Utfall 2025", "Kvar", "Status", "Kommentar"])
    for c in ws[3]:
        c.font = bold
        c.fill = hdrfill
    inv = [
        ("Ny förskola Norrängen (6 avd.)", 38000, 29450, "Pågår", "Inflyttning planerad augusti 2026"),
        ("Ombyggnad skolkök Västerskolan", 4200, 4380, "Avslutat", ""),
        ("Digitala lärverktyg, elevdatorer åk 4–6", 3100, 3050, "Avslutat", ""),
        ("Skolgård Brobyskolan", 1800, 0, "Ej påbörjat", "Skjuts till 2026 pga överklagad upphandling"),
        ("Inventarier förskola", 900, 712, "Pågår", ""),
    ]
    for i, (p, b, u, s, k) in enumerate(inv):
        r = 4 + i
        ws.append([p, b, u, "=B%d-C%d" % (r, r), s, k])
    r = 4 + len(inv)
    ws.append(["Summa investeringar", "=SUM(B4:B%d)" % (r - 1), "=SUM(C4:C%d)" % (r - 1), "=SUM(D4:D%d)" % (r - 1)])
    ws.cell(r, 1).font = bold
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["F"].width = 44

    # sheet 3 Personal
    ws = wb.create_sheet("Personal")
    ws["A1"] = "Personalnyckeltal 2025"
    ws["A1"].font = title
    ws.append([])
    ws.append(["Yrkesgrupp", "Antal anställda 31/12", "Årsarbetare", "Sjukfrånvaro 2024 %", "Sjukfrånvaro 2025 %"])
    for c in ws[3]:
        c.font = bold
        c.fill = hdrfill
    for row in [("Förskollärare", 212, 201.5, 8.4, 7.9), ("Barnskötare", 188, 176.2, 10.1, 9.6),
                ("Grundskollärare", 341, 329.0, 5.9, 6.2), ("Fritidspedagoger/lärare i fritidshem", 74, 70.1, 6.8, 6.5),
                ("Elevassistenter", 96, 88.4, 9.2, 8.8), ("Skolledare", 38, 38.0, 3.1, 2.7),
                ("Administration och elevhälsa", 61, 58.3, 4.4, 4.9)]:
        ws.append(list(row))
    ws.append(["Totalt", "=SUM(B4:B10)", "=SUM(C4:C10)", None, None])
    ws["A11"].font = bold
    ws.column_dimensions["A"].width = 38
    for col in "BCDE":
        ws.column_dimensions[col].width = 20

    # sheet 4 Nyckeltal
    ws = wb.create_sheet("Nyckeltal")
    ws["A1"] = "Nyckeltal verksamhet"
    ws["A1"].font = title
    ws.append([])
    ws.append(["Nyckeltal", "2023", "2024", "2025"])
    for c in ws[3]:
        c.font = bold
    for row in [("Antal inskrivna barn förskola (snitt)", 1680, 1652, 1611),
                ("Antal elever grundskola 15/10", 3920, 3968, 4011),
                ("Andel behöriga till gymnasiet, %", 84.2, 85.9, 86.4),
                ("Kostnad per elev grundskola, kr", 112400, 116900, 119300)]:
        ws.append(list(row))
    ws.column_dimensions["A"].width = 42

    # sheet 5 IK uppföljning
    ws = wb.create_sheet("IK uppföljning")
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Barn- och utbildningsnämnden"
    ws["A1"].font = title
    ws["A2"] = "Bilaga 4 till verksamhetsberättelse 2025, dnr BUN 2026/9. Uppföljning per 31 december."
    ws["A2"].font = Font(italic=True)

    green = PatternFill("solid", fgColor="92D050")
    yellow = PatternFill("solid", fgColor="FFFF00")
    red = PatternFill("solid", fgColor="FF0000")
    grey = PatternFill("solid", fgColor="BFBFBF")
    blue = PatternFill("solid", fgColor="9BC2E6")

    ws["F3"] = "Färgförklaring kolumn Helår:"
    ws["F3"].font = bold
    for r, (fill, txt) in enumerate([(green, "Genomförd"), (yellow, "Delvis genomförd / pågår"),
                                     (red, "Ej genomförd"), (grey, "Utgår")], start=4):
        ws.cell(r, 6).fill = fill
        ws.cell(r, 6).border = box
        ws.cell(r, 7, txt)

    hr = 9
    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Delår 31/8", "Helår", "Kommentar helår"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(hr, i, h)
        c.font = bold
        c.fill = hdrfill
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")

    groups = [
        ("Ekonomi och administration", [
            (1, "Attest", "Obehöriga attesterar fakturor",
             "Kontroll av att attestförteckningen uppdateras vid chefsbyte", "Controller",
             "Genomförd", green,
             "Två chefsbyten under hösten; förteckningen uppdaterades inom en vecka.", "GENOMFORD", "nej"),
            (2, "Inköp", "Direktupphandlingar saknar dokumentation",
             "Stickprov på direktupphandlingar över 100 tkr – dokumentation enligt riktlinje finns",
             "Upphandlare", "Pågår", yellow,
             "Dokumentation saknades i 3 av 8 granskade direktupphandlingar. Utbildning för rektorer vt 2026.",
             "DELVIS", "ja"),
            (3, "Skolskjuts", "Felaktig fakturering från entreprenör",
             "Fakturor för skolskjuts stäms av mot avtal och körlistor", "Skolskjutssamordnare",
             "Ej påbörjad", red,
             "Inte genomförd på grund av långtidssjukskrivning.", "EJ_GENOMFORD", "nej"),
            (4, "Tilläggsbelopp", "Beslut saknar underlag",
             "Beslut om tilläggsbelopp för elever i fristående skolor är dokumenterade och följs upp",
             "Utredare", "Genomförd", None,
             "Kontrollen genomfördes under våren, se delårsrapporten.", "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            (5, "Kränkande behandling", "Anmälningar når inte huvudmannen",
             "Anmälningar om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
             "Kvalitetsstrateg", "Pågår", green,
             "Samtliga 147 anmälningar under året har kontrollerats. Rapportering skedde inom fem arbetsdagar.",
             "GENOMFORD", "nej"),
            (6, "Närvaro", "Elever med hög frånvaro fångas inte upp",
             "Uppföljning av elever med frånvaro över 20 % enligt rutin för främjande av närvaro",
             "Elevhälsochef", "Pågår", blue,
             "Redovisas muntligt på nämndens sammanträde i februari.", "OKLAR", "nej"),
        ]),
        ("Personal och IT", [
            (7, "Rekrytering", "Personal anställs utan registerkontroll",
             "Utdrag ur belastningsregistret kontrolleras före anställning i förskola och skola",
             "HR-konsult", "Genomförd", green,
             "Stickprov 30 anställningar: utdrag fanns i 29 fall, i ett fall uppvisades utdraget först efter tillträdet.",
             "GENOMFORD", "ja"),
            (8, "IT-behörigheter", "Avslutad personal har kvar behörighet",
             "Behörigheter i elevregistret tas bort när personal slutar", "Systemförvaltare",
             "Ej påbörjad", yellow,
             "Genomgång påbörjad i december; 23 konton för avslutade medarbetare återstår att stänga.",
             "DELVIS", "ja"),
            (9, "Dataskydd", "Personuppgifter behandlas utan avtal",
             "Personuppgiftsbiträdesavtal finns för samtliga digitala lärverktyg", "Dataskyddssamordnare",
             "Utgår", grey,
             "Utgår enligt nämndbeslut 2025-05-14 § 61 – ersätts av kommunövergripande kontroll.",
             "UTGAR", "nej"),
        ]),
    ]
    r = hr + 1
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (nr, proc, risk, km, ansv, delar, helfill, kom, es, av) in rows:
            vals = [nr, proc, risk, km, ansv, delar, None, kom]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(r, i, v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if helfill is not None:
                ws.cell(r, 7).fill = helfill
            exp(fil, namnd, km, es, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 9")
    ws.cell(r + 1, 1, "Upprättad av: Jonas Pettersson, controller, 2026-01-28")
    for col, w in zip("ABCDEFGH", [5, 18, 28, 46, 18, 13, 10, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A10"
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F10:F25")

    # hidden sheet with drop-down values
    ls = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Pågår", "Ej påbörjad", "Utgår"], start=1):
        ls.cell(i, 1, v)
    ls.sheet_state = "hidden"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden – .odt verksamhetsberättelse, IK as free text
# ---------------------------------------------------------------------------
def build_kfn_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import H, P, Span
    from odf.table import Table, TableColumn, TableRow, TableCell

    fil = "KFN Verksamhetsberättelse 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    boldst = Style(name="Fet", family="text")
    boldst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldst)
    titlest = Style(name="Titel", family="paragraph")
    titlest.addElement(TextProperties(fontsize="24pt", fontweight="bold"))
    titlest.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(titlest)
    brk = Style(name="Sidbrytning", family="paragraph")
    brk.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(brk)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    def para(txt, style=None):
        p = P(stylename=style) if style else P()
        p.addText(txt)
        doc.text.addElement(p)

    def labelled(label, txt):
        p = P()
        s = Span(stylename=boldst, text=label + " ")
        p.addElement(s)
        p.addText(txt)
        doc.text.addElement(p)

    def head(txt, lvl):
        h = H(outlinelevel=lvl, stylename=h1 if lvl == 1 else h2)
        h.addText(txt)
        doc.text.addElement(h)

    def pb():
        doc.text.addElement(P(stylename=brk))

    def table(name, rows):
        t = Table(name=name)
        t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for i, row in enumerate(rows):
            tr = TableRow()
            for v in row:
                tc = TableCell(valuetype="string")
                p = P()
                if i == 0:
                    p.addElement(Span(stylename=boldst, text=str(v)))
                else:
                    p.addText(str(v))
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)

    para("Östersala kommun")
    para("")
    para("Verksamhetsberättelse 2025", titlest)
    para("Kultur- och fritidsnämnden", titlest)
    para("")
    para("Dnr KFN 2026/7 – fastställd av nämnden 2026-02-12 § 6")
    pb()
    head("1 Inledning", 1)
    para("Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, fritidsgårdar, "
         "simhall, ishall och idrottsplatser samt stöd till föreningslivet. Året präglades av "
         "invigningen av det nya biblioteket i Norrängen och av fortsatt höga energikostnader i ishallen.")
    para("Nämnden redovisar ett överskott på 0,9 mnkr, främst till följd av vakanta tjänster och "
         "högre intäkter från simhallen än budgeterat.")
    head("2 Verksamheten i siffror", 1)
    table("Besok", [
        ["Verksamhet", "Besök 2024", "Besök 2025", "Förändring"],
        ["Huvudbiblioteket", "168 200", "171 450", "+2 %"],
        ["Biblioteket Norrängen (öppnat 2025-04-05)", "–", "38 900", "–"],
        ["Simhallen Östersalabadet", "142 300", "151 020", "+6 %"],
        ["Ishallen", "61 800", "59 400", "−4 %"],
        ["Fritidsgårdar (unika besökare)", "1 240", "1 315", "+6 %"],
        ["Kulturskolan, elever", "910", "944", "+4 %"],
    ])
    para("")
    para("Ökningen i simhallen förklaras av utökade öppettider på helger och ett nytt samarbete med "
         "grundskolorna kring simundervisning.")
    head("3 Måluppfyllelse", 1)
    para("Nämndens tre mål för 2025 bedöms som uppfyllda respektive delvis uppfyllda. Målet om fler "
         "aktiva flickor i föreningslivet nåddes inte fullt ut: andelen flickor bland deltagartillfällena "
         "var 41 procent mot målet 45 procent.")
    head("4 Ekonomi", 1)
    table("Ekonomi", [
        ["Verksamhet (tkr)", "Budget", "Utfall", "Avvikelse"],
        ["Bibliotek", "-24 300", "-23 880", "420"],
        ["Kulturskola och allmänkultur", "-15 600", "-15 210", "390"],
        ["Fritidsgårdar", "-9 800", "-9 950", "-150"],
        ["Simhall och ishall", "-21 100", "-20 860", "240"],
        ["Föreningsstöd", "-7 400", "-7 400", "0"],
        ["Summa", "-78 200", "-77 300", "900"],
    ])
    pb()
    head("5 Intern kontroll", 1)
    para("Nämndens internkontrollplan för 2025 antogs 2025-01-16 § 4 och omfattar sju kontrollmoment. "
         "Nedan redovisas resultatet av varje kontroll för helåret. Nämndens samlade bedömning är att "
         "den interna kontrollen har varit tillräcklig, med undantag för lokaluthyrningen där kontrollen "
         "inte har kunnat genomföras.")

    kontroller = [
        ("5.1 Kassahantering",
         "Dagliga kassaavstämningar i simhallen och på biblioteken",
         "Stickprov har gjorts i mars, juni och oktober. I juni konstaterades en kassadifferens på "
         "1 250 kronor i simhallen. Differensen har utretts och en rutin med dubbelkontroll vid "
         "dagskassan har införts.", "GENOMFORD", "ja"),
        ("5.2 Föreningsbidrag",
         "Aktivitetsstöd till föreningar betalas ut på korrekt underlag",
         "Närvarolistor från 15 slumpvis utvalda föreningar har granskats i november mot ansökt "
         "aktivitetsstöd. Inga felaktigheter hittades.", "GENOMFORD", "nej"),
        ("5.3 Lokaluthyrning",
         "Bokade tider i bokningssystemet faktureras",
         "Kontrollen har inte genomförts under året på grund av vakans på bokningsenheten. "
         "Kontrollmomentet förs över till internkontrollplanen 2026.", "EJ_GENOMFORD", "nej"),
        ("5.4 Inköp",
         "Avtalstrohet vid inköp av förbrukningsmaterial till kulturskola och fritidsgårdar",
         "Genomgången av inköpen under första halvåret är klar och visade god avtalstrohet. "
         "Granskningen av andra halvåret har påbörjats och slutförs i februari 2026.", "DELVIS", "nej"),
        ("5.5 Konstsamlingen",
         "Inventering av kommunens konstverk mot konstregistret",
         "Utgår. Ansvaret för konstsamlingen överfördes den 1 juli 2025 till kommunstyrelsen "
         "(KF 2025-06-16 § 88).", "UTGAR", "nej"),
        ("5.6 Löner",
         "Timrapporter för timavlönade badvärdar och fritidsledare är attesterade före löneutbetalning",
         "Tre månader har kontrollerats (februari, juli, oktober). I 9 av 120 timrapporter saknades "
         "chefens attest. Timrapporterna har i efterhand stämts av mot schema och var korrekta.",
         "GENOMFORD", "ja"),
        ("5.7 Trygghet på fritidsgårdarna",
         "Incidenter om hot och våld rapporteras i avvikelsesystemet",
         "Se bilaga 2.", "OKLAR", "nej"),
    ]
    for rub, km, res, es, av in kontroller:
        head(rub, 2)
        labelled("Kontrollmoment:", km)
        labelled("Resultat helår:", res)
        exp(fil, namnd, km, es, av)

    para("")
    head("6 Framtid", 1)
    para("Under 2026 planeras en utredning om en ny ishall. Nämnden ser också behov av att "
         "modernisera bokningssystemet för lokaler och anläggningar.")
    para("")
    para("Bilagor: 1. Verksamhetsmått per anläggning, 2. Rapport trygghet fritidsgårdar 2025")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV, Windows-1252, semicolons, two nämnder
# ---------------------------------------------------------------------------
def build_csv_export():
    fil = "IK_export_Stratsys_20260205.csv"
    header = ["Organisation", "Styrdokument", "Period", "Process", "Kontrollmoment",
              "Kontrollansvarig", "Status", "Kommentar", "Åtgärd"]
    tn = "Tekniska nämnden"
    mbn = "Miljö- och byggnadsnämnden"
    rows = [
        ("Tekniska nämnden", "Avtal och inköp",
         "Avtalstrohet vid inköp av entreprenadtjänster (ramavtal mark och anläggning)", "Inköpssamordnare",
         "Genomförd med avvikelse", "2 av 20 stickprov avsåg inköp utanför avtal; leverantörerna har kontaktats.",
         "Information till arbetsledare", tn, "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Fordon",
         "Körjournaler för kommunens fordon förs och attesteras månadsvis", "Fordonssamordnare",
         "Genomförd", "Inga avvikelser.", "", tn, "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Fordon",
         "Tankningar med drivmedelskort stäms av mot fordonsregistret", "Ekonom",
         "Pågående", "Januari–augusti kontrollerade; september–december kontrolleras i januari 2026.",
         "", tn, "DELVIS", "nej"),
        ("Tekniska nämnden", "Delegation",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Nämndsekreterare",
         "Genomförd", "Samtliga beslut anmälda; två beslut anmäldes dock först efter fyra månader.",
         "Påminnelse till delegaterna", tn, "GENOMFORD", "ja"),
        ("Tekniska nämnden", "VA",
         "Egenkontroll av dricksvatten enligt provtagningsprogrammet", "VA-chef",
         "", "Samtliga provtagningar har genomförts enligt programmet; inga prover var otjänliga.",
         "", tn, "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Bidrag",
         "Utbetalning av bidrag till enskilda vägar kontrolleras mot beslut", "Handläggare vägbidrag",
         "Ej påbörjad", "Kontrollen skjuts till 2026 p.g.a. omorganisation.", "", tn, "EJ_GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Myndighetsutövning",
         "Handläggningstid för bygglov inom 10 veckor (9 kap. 27 § PBL)", "Bygglovschef",
         "Genomförd med avvikelse",
         "6 % av ärendena överskred tidsfristen; avgiften har reducerats enligt PBL.\n"
         "Orsak: sjukfrånvaro under våren; ärendebalansen är nu återställd.",
         "Veckovis bevakning av ärendelistan", mbn, "GENOMFORD", "ja"),
        ("Miljö- och byggnämnden", "Taxor och avgifter",
         "Debitering av tillsynsavgifter enligt taxa (livsmedel, miljöbalken)", "Miljöchef",
         "Genomförd", "Stickprov 30 ärenden – samtliga debiterade korrekt.", "", mbn, "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Myndighetsutövning",
         "Jäv och delegation vid beslut i bygglovsärenden", "Förvaltningsjurist",
         "Pågående", "Granskning av 20 beslut påbörjad i december.", "", mbn, "DELVIS", "nej"),
        ("Miljö- och byggnämnden", "Dokumenthantering",
         "Inkomna handlingar diarieförs inom två arbetsdagar", "Registrator",
         "Utgår", "Ersätts av kommunstyrelsens övergripande kontroll 2025.", "", mbn, "UTGAR", "nej"),
        ("Miljö- och byggnämnden", "IT",
         "Behörigheter i ärendehanteringssystemet ses över två gånger per år", "Systemförvaltare",
         "Ej påbörjad", "", "", mbn, "EJ_GENOMFORD", "nej"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Uppföljning internkontrollplan;Utskriven 2026-02-05 08:14;Användare: ekonomi\\lindhe\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for org, proc, km, ansv, st, kom, atg, namnd, es, av in rows:
            w.writerow([org, "Internkontrollplan 2025", "T3 2025", proc, km, ansv, st, kom, atg])
            exp(fil, namnd, km, es, av)
    FILES.append((fil, "INLAST", tn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mbn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen – real .xls, status as assessment of result
# ---------------------------------------------------------------------------
def build_ks_xls():
    import xlwt
    fil = "KS uppföljning internkontroll 2025.xls"
    namnd = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    st_title = xlwt.easyxf("font: bold on, height 300")
    st_b = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    st_c = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    st_i = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Kommunledningsförvaltningen", xlwt.easyxf("font: bold on"))
    ws.write(1, 0, "Uppföljning av kommunstyrelsens internkontrollplan 2025", st_title)
    ws.write(2, 0, "Period: januari–december 2025")
    ws.write(3, 0, "Rapporteras till kommunstyrelsen 2026-03-09 tillsammans med årsredovisningen", st_i)
    hdr = ["Område", "Kontrollmoment", "Omfattning", "Utförd av", "Resultat av kontrollen",
           "Iakttagelser", "Föreslagen åtgärd"]
    for i, h in enumerate(hdr):
        ws.write(5, i, h, st_b)
    rows = [
        ("Löner", "Löneutbetalningar till avslutade anställningar har stoppats",
         "Samtliga avslut okt–dec", "Lönecenter", "Inga avvikelser",
         "Inga utbetalningar efter slutdatum.", "", "GENOMFORD", "nej"),
        ("Löner", "Stickprov på manuella lönetillägg och retroaktiva ersättningar",
         "25 stickprov", "Lönecenter", "Brister noterade",
         "4 av 25 tillägg saknade underlag från chef.", "Ny blankett med obligatorisk attest", "GENOMFORD", "ja"),
        ("Leverantörer", "Ändringar av bankgiro/kontonummer i leverantörsregistret verifieras",
         "Samtliga ändringar", "Redovisningsenheten", "Mindre avvikelser",
         "1 av 46 ändringar saknade dokumenterad återringning till leverantören.", "Påminnelse om rutin", "GENOMFORD", "ja"),
        ("Representation", "Representation och förtroendekänsliga poster – alla nämnder",
         "30 verifikationer", "Controller", "Inga avvikelser",
         "Deltagarlista och syfte fanns i samtliga fall.", "", "GENOMFORD", "nej"),
        ("IT", "Behörighetsgenomgång i ekonomisystemet",
         "Samtliga användare", "Systemförvaltare ekonomi", "Ej kontrollerat",
         "Genomgången sköts upp i väntan på nytt ekonomisystem och hann inte utföras under året.",
         "Genomförs efter driftstart 2026", "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet", "Kontinuitetsplan för kritiska IT-system är uppdaterad och testad",
         "Fem system", "IT-chef", "Kontroll pågår",
         "Planerna för tre av fem system är uppdaterade; test återstår.", "", "DELVIS", "nej"),
        ("Upphandling", "Avtalstrohet – inköp hos avtalsleverantörer (kommunövergripande)",
         "Spendanalys helår", "Upphandlingsenheten", "Brister noterade",
         "Avtalstroheten var 81 % mot målet 90 %. Störst avvikelse inom konsulttjänster.",
         "Riktad information till beställare", "GENOMFORD", "ja"),
        ("Delegation", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Samtliga beslut", "Kanslienheten", "Inga avvikelser", "", "", "GENOMFORD", "nej"),
        ("Krisberedskap", "Ersättning för krisberedskap återredovisas till MSB enligt överenskommelse",
         "Återredovisning", "Säkerhetssamordnare", "Ej aktuellt 2025",
         "Återredovisningen sker vartannat år, nästa gång 2026.", "", "UTGAR", "nej"),
        ("Dokumenthantering", "Allmänna handlingar registreras inom två arbetsdagar (kommunövergripande)",
         "Stickprov 50 handlingar", "Kanslienheten", "", "", "", "SAKNAS", "nej"),
    ]
    r = 6
    for (omr, km, omf, utf, res, iakt, atg, es, av) in rows:
        for i, v in enumerate([omr, km, omf, utf, res, iakt, atg]):
            ws.write(r, i, v, st_c)
        exp(fil, namnd, km, es, av)
        r += 1
    r += 1
    ws.write(r, 0, "Bedömningsskala för kolumnen Resultat av kontrollen:", xlwt.easyxf("font: bold on"))
    for txt in ["Inga avvikelser – kontrollen är genomförd och inga fel har hittats",
                "Mindre avvikelser – kontrollen är genomförd, enstaka fel av mindre betydelse",
                "Brister noterade – kontrollen är genomförd och visar brister som kräver åtgärd",
                "Kontroll pågår – kontrollen är påbörjad men inte slutförd",
                "Ej kontrollerat – kontrollen har inte genomförts",
                "Ej aktuellt – kontrollen ska inte göras i år"]:
        r += 1
        ws.write(r, 0, txt)
    r += 2
    ws.write(r, 0, "Sammanställt av: Eva Sjöberg, internkontrollsamordnare, 2026-02-10")
    for i, w in enumerate([18, 48, 20, 22, 20, 50, 30]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – .xlsm with instruction + economy sheets, tick boxes
# ---------------------------------------------------------------------------
def build_von_xlsm():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

    fil = "VON_IKP_2025_helar.xlsm"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    bold = Font(bold=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws = wb.active
    ws.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "1. Fyll i fliken 'IKP 2025' – markera med X i den kolumn som stämmer för varje kontrollmoment.",
        "2. Markera endast EN statuskolumn per rad.",
        "3. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv dem i kommentaren.",
        "4. Fliken 'Ekonomi helår' fylls i av controller.",
        "",
        "Exempel:",
    ]
    for i, t in enumerate(lines, start=1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=14)
    ex_hdr = ["Kontrollmoment", "Genomförd", "Delvis genomförd", "Ej genomförd", "Ej aktuell", "Avvikelse", "Kommentar"]
    for i, h in enumerate(ex_hdr, start=1):
        ws.cell(9, i, h).font = bold
    for i, v in enumerate(["Exempel: Kontroll av att kassaboken stäms av varje månad", "X", "", "", "",
                           "Nej", "Avstämt jan–dec utan anmärkning"], start=1):
        ws.cell(10, i, v).font = Font(italic=True, color="808080")
    ws.column_dimensions["A"].width = 60

    ws = wb.create_sheet("Ekonomi helår")
    ws["A1"] = "Vård- och omsorgsnämnden – ekonomiskt utfall 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Verksamhet", "Budget", "Prognos T2", "Utfall helår", "Avvikelse mot budget"])
    for c in ws[3]:
        c.font = bold
    eko = [("Hemtjänst", -142500, -146000, -145320), ("Särskilt boende", -261800, -259900, -260410),
           ("Hemsjukvård", -48300, -49100, -49650), ("Korttidsboende", -21700, -22500, -22010),
           ("Dagverksamhet", -9400, -9100, -8870), ("Biståndsenheten", -14200, -14000, -13890)]
    for i, (v, b, p, u) in enumerate(eko):
        r = 4 + i
        ws.append([v, b, p, u, "=D%d-B%d" % (r, r)])
    r = 4 + len(eko)
    ws.append(["Summa", "=SUM(B4:B%d)" % (r - 1), "=SUM(C4:C%d)" % (r - 1), "=SUM(D4:D%d)" % (r - 1),
               "=SUM(E4:E%d)" % (r - 1)])
    ws.cell(r, 1).font = bold
    ws.column_dimensions["A"].width = 24
    for col in "BCDE":
        ws.column_dimensions[col].width = 18

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Vård- och omsorgsförvaltningen, kvalitetsenheten. Datum: 2026-01-30"
    hdr = ["Nr", "Kontrollmoment", "Metod", "Frekvens", "Genomförd", "Delvis genomförd",
           "Ej genomförd", "Ej aktuell", "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(5, i, h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ctrls = [
        ("Biståndsbeslut inom hemtjänst följs upp minst en gång per år", "Uttag ur verksamhetssystemet",
         "Helår", ("X", "", "", ""), "Nej", "98 % av besluten uppföljda, övriga bokade i januari.", "GENOMFORD", "nej"),
        ("Avgiftsberäkning – inkomstförfrågan skickas och avgifter justeras årligen",
         "Stickprov 40 avgiftsbeslut", "Helår", ("✓", "", "", ""), "Ja",
         "12 felaktiga avgiftsbeslut har rättats, återbetalning till 5 brukare.", "GENOMFORD", "ja"),
        ("Signeringslistor för läkemedel på särskilda boenden är kompletta",
         "Genomgång en vecka per boende", "Halvår", ("", "x", "", ""), "Ja",
         "Genomfört på 4 av 7 boenden; osignerade doser på två boenden.", "DELVIS", "ja"),
        ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Helår", ("X", "", "", ""), "Nej", "", "GENOMFORD", "nej"),
        ("Nycklar och larmnycklar i hemtjänsten kvitteras och inventeras",
         "Inventering av nyckelskåp", "Halvår", ("X", "X", "", ""), "", "", "OKLAR", "nej"),
        ("Fakturor från externa utförare (LOV-hemtjänst) stäms av mot registrerad tid",
         "Stickprov 3 utförare", "Kvartal", ("", "", "X", ""), "",
         "Ej utförd – registrerad tid från TES saknas för perioden efter uppgradering.", "EJ_GENOMFORD", "nej"),
        ("Inhyrd personal från bemanningsföretag avropas enligt avtal",
         "Genomgång av samtliga avrop", "Helår", ("", "", "", "X"), "", "Inga avrop 2025.", "UTGAR", "nej"),
        ("Systematiskt brandskyddsarbete – brandskyddsronder på särskilda boenden",
         "Kontroll av ronderingsprotokoll", "Halvår", ("", "", "", ""), "", "", "SAKNAS", "nej"),
    ]
    r = 6
    for n, (km, met, frek, ticks, avv, kom, es, av) in enumerate(ctrls, start=1):
        vals = [n, km, met, frek] + list(ticks) + [avv, kom]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 5 <= i <= 9 else None)
        exp(fil, namnd, km, es, av)
        r += 1
    r += 1
    ws.cell(r, 2, "Godkänd av förvaltningschef: Lena Håkansson")
    for col, w in zip("ABCDEFGHIJ", [5, 52, 28, 10, 11, 11, 11, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.active = 2

    tmpdir = tempfile.mkdtemp(prefix="r114_")
    src = os.path.join(tmpdir, "VON_IKP_2025_helar.xlsx")
    wb.save(src)
    soffice_convert(src, 'xlsm:Calc MS Excel 2007 VBA XML', tmpdir)
    shutil.move(os.path.join(tmpdir, "VON_IKP_2025_helar.xlsm"), os.path.join(HERE, fil))
    shutil.rmtree(tmpdir, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Covering letter without controls (rejected)
# ---------------------------------------------------------------------------
def build_cover_letter():
    from docx import Document
    fil = "Följebrev verksamhetsberättelse GVN 2025.docx"
    d = Document()
    d.add_paragraph("Östersala kommun")
    d.add_paragraph("Gymnasie- och vuxenutbildningsförvaltningen")
    d.add_paragraph("2026-02-04")
    d.add_paragraph("")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Verksamhetsberättelse 2025 – Gymnasie- och vuxenutbildningsnämnden", level=1)
    for t in [
        "Hej!",
        "Nämndens verksamhetsberättelse för 2025 med bilagor skickas i ett separat mejl eftersom "
        "filerna är för stora för att skickas tillsammans.",
        "Uppföljningen av internkontrollplanen 2025 har inte hunnit färdigställas. Den behandlas av "
        "nämnden den 25 februari och skickas till er direkt efter sammanträdet. Vi har stämt av "
        "förseningen med internkontrollsamordnaren.",
        "Hör av er om ni har frågor.",
        "Med vänliga hälsningar",
        "Sofia Alm",
        "Controller, gymnasie- och vuxenutbildningsförvaltningen",
    ]:
        d.add_paragraph(t)
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden – .ods, last year's follow-up sent by mistake (2024)
# ---------------------------------------------------------------------------
def build_ofn_ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    fil = "ÖFN intern kontroll årsuppföljning 2024.ods"
    namnd = "Överförmyndarnämnden"
    doc = OpenDocumentSpreadsheet()
    b = Style(name="fet", family="table-cell")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    wide = Style(name="bred", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="9cm"))
    doc.automaticstyles.addElement(wide)
    narrow = Style(name="smal", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="3cm"))
    doc.automaticstyles.addElement(narrow)

    t = Table(name="Uppföljning")
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(stylename=narrow))
    t.addElement(TableColumn(stylename=wide))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
            if v:
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Överförmyndarnämnden – intern kontroll 2024, årsuppföljning"], b)
    row(["Upprättad 2025-01-20 av överförmyndarenheten"])
    row([])
    row(["Kontrollmoment", "Status", "Kommentar"], b)
    ctrls = [
        ("Granskning av årsräkningar – stickprov på verifikationer", "Klar",
         "40 av 212 årsräkningar granskade mot verifikat. Inga anmärkningar.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Klar",
         "Felberäknat arvode i 2 ärenden, rättat och återbetalt.", "GENOMFORD", "ja"),
        ("Förteckningar inkommer inom två månader efter förordnande", "Påbörjad",
         "Bevakningsrutin i Wärna införd i november; genomgång av äldre ärenden återstår.", "DELVIS", "nej"),
        ("Registerkontroll av nya gode män och förvaltare (belastningsregister, Kronofogden)", "Klar",
         "Samtliga 27 nya ställföreträdare kontrollerade.", "GENOMFORD", "nej"),
        ("Överförmyndarspärr finns på bankkonton för omyndiga med tillgångar över 1,5 pbb", "Ej klar",
         "Ej genomförd på grund av personalbrist under hösten.", "EJ_GENOMFORD", "nej"),
    ]
    for km, st, kom, es, av in ctrls:
        row([km, st, kom])
        exp(fil, namnd, km, es, av)
    row([])
    row(["Status: Klar / Påbörjad / Ej klar"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ---------------------------------------------------------------------------
def write_register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen|Gymnasieförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def write_lists():
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    build_sn_docx()
    build_bun_xlsx()
    build_kfn_odt()
    build_csv_export()
    build_ks_xls()
    build_von_xlsm()
    build_cover_letter()
    build_ofn_ods()
    write_register()
    write_lists()
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
