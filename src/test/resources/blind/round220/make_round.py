#!/usr/bin/python3
# Builds blind round r220: Vikbyns kommun, helår 2025, multi-year / multi-period follow-ups.
import csv, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_BREAK
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = [] # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXP.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- F1 KS xlsx
def f1():
    fil = "KS_uppfoljning_IK_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Vikbyns kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen (Kommunledningskontoret)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Helårsuppföljning. Rapporterad till kommunstyrelsen 2026-02-04. Kolumnen Status 2024 visar förra årets utfall för jämförelse."
    ws.merge_cells("A1:G1"); ws.merge_cells("A2:G2"); ws.merge_cells("A3:G3")
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar 2025"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = WRAP; c.border = BOX
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd", "Genomförd",
         "Stickprov 40 fakturor. Samtliga attesterade av behörig attestant.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningsansvarig",
         "Genomförd", "Genomförd med anmärkning",
         "6 av 30 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Köp över direktupphandlingsgränsen är dokumenterade", "Upphandlingschef",
         "Delvis genomförd", "Genomförd",
         "25 direktupphandlingar granskade,\ntvå saknade dokumentation enligt riktlinjen.", "GENOMFORD", "ja"),
        (4, "Personal", "Kontroll av att löneutbetalningar till avslutade anställningar stoppas", "HR-chef",
         "Genomförd", "Delvis genomförd",
         "Kvartal 1–3 granskade utan felaktiga utbetalningar. Kvartal 4 granskas i februari 2026.", "DELVIS", "nej"),
        (5, "IT", "Behörigheter i ekonomisystemet följs upp två gånger per år", "IT-chef",
         "Ej genomförd", None,
         "Genomförd i juni och december. Tre konton med för höga behörigheter har justerats.", "GENOMFORD", "ja"),
        (6, "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "Registrator",
         "–", "Ej genomförd", "Flyttas till 2026 på grund av byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
        (7, "Säkerhet", "Kontroll av att krisledningsplanen är uppdaterad", "Säkerhetssamordnare",
         "Genomförd", "Utgår", "Ersatt av ny plan för extraordinära händelser, KS 2025-03-12 § 45.", "UTGAR", ""),
        (8, "Ekonomi", "Avstämning av kundreskontra mot huvudbok varje månad", "Ekonomichef",
         "Genomförd", None, None, "SAKNAS", ""),
    ]
    for r in rows:
        ws.append(list(r[:7]))
        for c in ws[ws.max_row]:
            c.alignment = WRAP; c.border = BOX
        exp(fil, N, r[2], r[7], r[8])
    ws.append([])
    ws.append(["", "Sammanfattning: 4 av 8 kontrollmoment genomförda under 2025."])
    ws.append([])
    ws.append(["", "Vikbyn 2026-01-28", "", "Anna Lindqvist, kommundirektör"])
    for col, w in zip("ABCDEFG", [5, 18, 48, 20, 16, 22, 55]):
        ws.column_dimensions[col].width = w
    wb.properties.created = wb.properties.modified = __import__('datetime').datetime(2026, 1, 28, 9, 0)
    wb.save(fil)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F2 BUN xlsx T1/T2/T3
def f2():
    fil = "BUN_IK_tertial_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per tertial (T3 = helår)"; ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Teckenförklaring: G = Genomförd utan anmärkning, A = Genomförd med anmärkning, P = Pågår/delvis, "
                "E = Ej genomförd, U = Utgår. Tom ruta = ingen kontroll planerad för tertialet.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:G3")
    ws.append([])
    hdr = ["Process", "Kontrollmoment", "Frekvens", "T1", "T2", "T3", "Kommentar"]
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX
    groups = [
        ("Process: Ekonomi", [
            ("Inköp", "Inköp görs hos avtalade leverantörer (stickprov 20 inköp per tertial)", "Per tertial", "G", "A", "G",
             "T2: 3 inköp utanför avtal (förskolan Solrosen), åtgärdat. T3: inga avvikelser.", "GENOMFORD", "nej"),
            ("Intäkter", "Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "Per tertial", "G", "G", None,
             None, "GENOMFORD", "nej"),
            ("Attest", "Attest av leverantörsfakturor enligt attestordningen", "Helår", None, None, "A",
             "Två fakturor attesterade av jävig attestant.", "GENOMFORD", "ja"),
        ]),
        ("Process: Verksamhet", [
            ("Elevhälsa", "Elevers frånvaro följs upp och anmäls enligt rutin", "Per tertial", "P", "P", "P",
             "Rutinen är införd på låg- och mellanstadiet, högstadiet under 2026.", "DELVIS", ""),
            ("Skolskjuts", "Beslut finns för alla elever med skolskjuts", "T2", None, "E", None,
             "Förskjuten, görs inför läsåret 2026/27.", "EJ_GENOMFORD", ""),
            ("Rekrytering", "Registerutdrag ur belastningsregistret kontrolleras vid nyanställning", "Per tertial",
             "G", "G", "Se bilaga 2", None, "OKLAR", ""),
            ("Trygghet", "Kränkande behandling anmäls till huvudman inom en vecka", "Per tertial", "A", "U", None,
             "Utgår från T2, ersatt av ny rutin i ärendesystemet.", "UTGAR", ""),
        ]),
        ("Process: Personal", [
            ("Rehabilitering", "Rehabiliteringsplan upprättas inom 30 dagar vid sjukfrånvaro", "Helår", None, None, "E",
             "Ej genomförd p.g.a. vakans på HR-enheten.", "EJ_GENOMFORD", ""),
            ("Lön", "Kontroll av att lönetillägg har beslut", "Helår", None, None, None, None, "SAKNAS", ""),
            ("Lön", "Semesterlöneskulden stäms av mot HR-systemet", "Helår", None, None, "G", None, "GENOMFORD", "nej"),
        ]),
    ]
    for g, rows in groups:
        ws.append([g]); r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        for row in rows:
            ws.append(list(row[:7]))
            for c in ws[ws.max_row]:
                c.border = BOX; c.alignment = WRAP
            for col in (4, 5, 6):
                ws.cell(ws.max_row, col).alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            exp(fil, N, row[1], row[7], row[8])
    ws.append([])
    ws.append(["Antal G/A per tertial", None, None, 4, 3, 3])
    for col, w in zip("ABCDEFG", [16, 55, 12, 6, 6, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.properties.created = wb.properties.modified = __import__('datetime').datetime(2026, 1, 28, 9, 0)
    wb.save(fil)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F3 SN docx with 2026 plan appended
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        run = p.add_run(ln); run.bold = bold
        if i < len(lines) - 1:
            run.add_break()

def f3():
    fil = "Socialnamnden_uppfoljning_internkontroll_2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.add_heading("Socialnämnden – Uppföljning av intern kontroll helår 2025", 1)
    d.add_paragraph("Dnr SN 2026/14")
    d.add_paragraph("Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Nedan redovisas "
                    "utfallet för helåret 2025. För jämförelse visas även utfallet 2024 för de kontrollmoment som "
                    "fanns med i förra årets plan. Som bilaga följer förslag till internkontrollplan 2026.")
    d.add_heading("Resultat av kontrollerna 2025", 2)
    rows = [
        ("Beslut om bistånd enligt SoL fattas av behörig delegat", "Stickprov 25 beslut", "Genomförd", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Utbetalning av ekonomiskt bistånd stäms av mot beslut", "Stickprov 30 utbetalningar per halvår",
         "Genomförd med avvikelse", "Genomförd", "Inga felaktiga utbetalningar under 2025.", "GENOMFORD", "nej"),
        ("Orosanmälningar – förhandsbedömning görs inom 14 dagar", "Uttag ur verksamhetssystemet",
         "Delvis genomförd", "Genomförd med avvikelse",
         "12 % av förhandsbedömningarna tog längre tid än 14 dagar.\nÅtgärd: bemanningen i mottagningsgruppen förstärks.",
         "GENOMFORD", "ja"),
        ("Genomförandeplaner inom hemtjänsten upprättas och följs upp var sjätte månad", "Journalgranskning",
         "Ej genomförd", "Delvis genomförd", "Granskning gjord i två av fyra hemtjänstgrupper.", "DELVIS", ""),
        ("Läkemedelshantering – signeringslistor kontrolleras", "Egenkontroll månadsvis", "Genomförd",
         "Ej genomförd", "Kontrollen har inte kunnat göras p.g.a. byte till digital signering under hösten.",
         "EJ_GENOMFORD", ""),
        ("Kontanthantering på särskilda boenden – kassaboken stäms av", "Kvartalsvis avstämning", "Genomförd",
         "Avbruten", "Avbruten genom beslut SN 2025-05-20 § 61. Boendena har gått över till kortbetalning.",
         "UTGAR", ""),
        ("Avtalstrohet vid köp av externa placeringar", "Genomgång av samtliga placeringar", "–", "", "",
         "SAKNAS", ""),
        ("Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Genomgång av samtliga rapporter",
         "Genomförd", "Genomförd", "Samtliga 9 rapporter utreddes inom tid, 2 anmäldes till IVO.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Metod", "Utfall 2024", "Utfall 2025", "Kommentar / åtgärd"]):
        set_cell(c, h, bold=True)
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r[:5]):
            set_cell(c, v)
        exp(fil, N, r[0], r[5], r[6])
    d.add_paragraph()
    d.add_paragraph("Samlad bedömning: den interna kontrollen inom socialnämndens verksamhet bedöms i huvudsak "
                    "vara tillräcklig, med undantag för läkemedelshanteringen där kontrollen återkommer 2026.")
    d.add_paragraph("Eva Sandberg\nSocialchef")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bilaga 1: Förslag till internkontrollplan 2026", 1)
    d.add_paragraph("Planen behandlas av socialnämnden i februari 2026. Kontrollerna följs upp vid delår och helår 2026.")
    plan = [
        ("Myndighetsutövning", "Felaktiga beslut", "Beslut om bistånd enligt SoL fattas av behörig delegat",
         "Stickprov 25 beslut", "Helår", "Enhetschef IFO"),
        ("Hälso- och sjukvård", "Felmedicinering", "Läkemedelshantering – signeringslistor kontrolleras",
         "Uttag ur digitalt signeringssystem", "Delår, helår", "MAS"),
        ("Ekonomi", "Felaktiga utbetalningar", "Utbetalning av ersättning till familjehem stäms av mot avtal",
         "Stickprov 20 utbetalningar", "Helår", "Controller"),
        ("Personal", "Bristande kompetens", "Delegeringar för HSL-insatser förnyas årligen",
         "Genomgång av delegeringsregister", "Helår", "Sjuksköterskor"),
        ("Upphandling", "Köp utanför avtal", "Avtalstrohet vid köp av externa placeringar",
         "Genomgång av samtliga placeringar", "Delår, helår", "Avdelningschef"),
    ]
    t2 = d.add_table(rows=1, cols=6); t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Process", "Risk", "Kontrollmoment", "Metod", "Uppföljning", "Ansvarig"]):
        set_cell(c, h, bold=True)
    for r in plan:
        for c, v in zip(t2.add_row().cells, r):
            set_cell(c, v)
    d.save(fil)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F4 TN xlsx, sheet per year, colour status
GREEN, YELLOW, ORANGE, RED, GREY = "00B050", "FFFF00", "FFC000", "FF0000", "BFBFBF"

def f4():
    fil = "Tekniska_IK_2024-2025.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    wi = wb.active; wi.title = "Instruktioner"
    for i, t in enumerate([
        "Instruktion för uppföljning av intern kontroll – Tekniska förvaltningen",
        "",
        "Ett blad per år. Fyll i kolumnen Status genom att färgmarkera cellen enligt teckenförklaringen på varje blad.",
        "Skriv en kort kommentar om resultatet och vilka åtgärder som vidtagits.",
        "Skicka filen till ekonomiavdelningen senast 31 januari.",
    ], 1):
        wi.cell(i, 1, t)
    wi["A1"].font = Font(bold=True, size=12)
    wi.column_dimensions["A"].width = 100

    def sheet(year, rows, period_text):
        ws = wb.create_sheet(str(year))
        ws["A1"] = "Tekniska förvaltningen – Uppföljning intern kontroll"; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"År: {year}"; ws["A3"] = f"Period: {period_text}"
        ws["D2"] = "Teckenförklaring status:"; ws["D2"].font = Font(bold=True)
        legend = [(GREEN, "Genomförd utan avvikelse"), (YELLOW, "Genomförd med avvikelse"),
                  (ORANGE, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]
        for i, (col, txt) in enumerate(legend):
            ws.cell(3 + i, 4).fill = PatternFill("solid", fgColor=col); ws.cell(3 + i, 4).border = BOX
            ws.cell(3 + i, 5, txt)
        hdr = ["Id", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(9, j, h); c.font = Font(bold=True); c.border = BOX
            c.fill = PatternFill("solid", fgColor="DDEBF7")
        for i, r in enumerate(rows):
            rr = 10 + i
            for j, v in enumerate(r[:6], 1):
                c = ws.cell(rr, j, v); c.alignment = WRAP; c.border = BOX
            s = ws.cell(rr, 7); s.border = BOX
            if r[6]:
                s.fill = PatternFill("solid", fgColor=r[6])
            c = ws.cell(rr, 8, r[7]); c.alignment = WRAP; c.border = BOX
        for col, w in zip("ABCDEFGH", [6, 16, 26, 45, 26, 18, 9, 50]):
            ws.column_dimensions[col].width = w
        ws.oddHeader.center.text = f"Tekniska nämnden – intern kontroll {year}"
        return ws

    rows24 = [
        ("T1", "Ekonomi", "Felaktiga betalningar", "Fakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "Stickprov 15 fakturor", "Controller", YELLOW, "2 ÄTA-arbeten saknade skriftligt beslut."),
        ("T2", "Fordon", "Privat användning", "Kontroll av att fordonens körjournaler förs", "Genomgång alla fordon",
         "Fordonssamordnare", RED, "Ej hunnits med."),
        ("T3", "Gata/park", "Bristande service", "Felanmälningar gata/park åtgärdas inom utlovad tid",
         "Uttag ur felanmälningssystemet", "Driftchef", GREEN, ""),
        ("T4", "Förråd", "Svinn", "Inventering av förråd vid årsskiftet", "Inventering", "Förrådsansvarig", GREEN, ""),
        ("T5", "VA", "Felaktig debitering", "Kontroll av VA-anslutningsavgifter mot beslut", "Stickprov 10 ärenden",
         "VA-chef", GREEN, "Inga avvikelser."),
        ("T6", "Avfall", "Felaktig debitering", "Avfallstaxan debiteras korrekt", "Stickprov 30 kunder",
         "Avfallschef", ORANGE, "Påbörjad i december."),
    ]
    sheet(2024, rows24, "Helår")
    rows25 = [
        ("T1", "Ekonomi", "Felaktiga betalningar", "Fakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "Stickprov 20 fakturor", "Controller", GREEN, "20 fakturor granskade, alla ÄTA-arbeten hade beslut.",
         "GENOMFORD", "nej"),
        ("T2", "Fordon", "Privat användning", "Kontroll av att fordonens körjournaler förs", "Genomgång alla fordon",
         "Fordonssamordnare", YELLOW, "Körjournal saknades för 2 av 14 fordon.", "GENOMFORD", "ja"),
        ("T3", "Gata/park", "Bristande service", "Felanmälningar gata/park åtgärdas inom utlovad tid",
         "Uttag ur felanmälningssystemet", "Driftchef", ORANGE, "Uppföljningen gjord för gata, park återstår.",
         "DELVIS", ""),
        ("T4", "Förråd", "Svinn", "Inventering av förråd vid årsskiftet", "Inventering", "Förrådsansvarig", GREEN,
         "", "GENOMFORD", "nej"),
        ("T5", "Avfall", "Felaktig debitering", "Avfallstaxan debiteras korrekt", "Stickprov 30 kunder",
         "Avfallschef", RED, "Resursbrist under hösten.", "EJ_GENOMFORD", ""),
        ("T6", "VA", "Felaktig debitering", "Kontroll av VA-anslutningsavgifter mot beslut", "Stickprov 10 ärenden",
         "VA-chef", GREY, "VA-verksamheten överförd till Vikbyns Energi AB 2025-01-01.", "UTGAR", ""),
        ("T7", "Gata/park", "Olycksrisk", "Besiktning av lekplatser enligt besiktningsplan", "Besiktningsprotokoll",
         "Parkingenjör", None, "", "SAKNAS", ""),
        ("T8", "Upphandling", "Köp utanför avtal",
         "Upphandlade ramavtal följs vid beställning av entreprenadtjänster", "Stickprov 25 beställningar",
         "Upphandlare", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    sheet(2025, rows25, "Helår")
    for r in rows25:
        exp(fil, N, r[3], r[8], r[9])
    wb.active = 2
    wb.properties.created = wb.properties.modified = __import__('datetime').datetime(2026, 1, 28, 9, 0)
    wb.save(fil)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F5 Hypergene CSV, two nämnder, T1/T2/T3
def f5():
    fil = "Hypergene_export_internkontroll_2025-12-31.csv"
    KFN, MBN = "Kultur- och fritidsnämnden", "Miljö- och byggnämnden"
    lines = [
        ["Rapport: Internkontroll - uppföljning kontrollmoment"],
        ["Urval: År 2025; Period: Tertial 3; Organisation: Kultur- och fritidsförvaltningen, Miljö- och byggförvaltningen"],
        ["Utskriven: 2026-01-19 08:42 av ekonomi_ab"],
        [],
        ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2", "Status T3", "Kommentar"],
    ]
    data = [
        ("Kultur- och fritidsförvaltningen", KFN, "Bidrag", "Föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "Bidragshandläggare", "", "", "Klar", "Stickprov 15 ansökningar, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", KFN, "Kassa", "Kassahantering i simhallen stäms av dagligen",
         "Badchef", "Pågår", "Pågår", "Klar med avvikelse", "Kassadifferenser vid 4 tillfällen, rutinen har skärpts.",
         "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", KFN, "Inköp", "Biblioteksmedia köps in enligt avtal",
         "Bibliotekschef", "", "Pågår", "", "", "DELVIS", ""),
        ("Kultur- och fritidsförvaltningen", KFN, "Intäkter", "Uthyrning av lokaler och anläggningar faktureras",
         "Bokningsansvarig", "", "", "Ej påbörjad", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", KFN, "Avtal",
         "Avtal för sommarlovsaktiviteter är undertecknade innan start", "Fritidschef", "", "Klar", "", "",
         "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MBN, "Bygglov", "Handläggningstid för bygglov följer PBL:s tidsfrister",
         "Bygglovschef", "Klar", "Klar", "Klar", "Tidsfristen överskreds i 3 av 212 ärenden; avgiften reducerades.",
         "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", MBN, "Tillsyn", "Tillsynsavgifter debiteras enligt taxa",
         "Miljöchef", "", "", "Klar", "", "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MBN, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "", "", "Pågår", "Rutinen ses över, klar under våren 2026.", "DELVIS", ""),
        ("Miljö- och byggförvaltningen", MBN, "Jäv", "Handläggare har lämnat jävsdeklaration",
         "Förvaltningschef", "", "", "Avbruten", "Avbruten genom beslut MBN 2025-09-10 § 88.", "UTGAR", ""),
        ("Miljö- och byggförvaltningen", MBN, "Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplan",
         "Livsmedelsinspektör", "", "", "", "", "SAKNAS", ""),
    ]
    for d in data:
        lines.append([d[0]] + list(d[2:9]))
        exp(fil, d[1], d[3], d[9], d[10])
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", KFN, 2025, "HELAR"))
    FILES.append((fil, "INLAST", MBN, 2025, "HELAR"))

# ---------------------------------------------------------------- soffice helper
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round220",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------------------------------------------------------- F6 ÖFN odt, 2024 vs 2025 symbols
def f6():
    fil = "ÖFN helår 2025 jämfört med 2024.odt"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden i Vikbyn", 1)
    d.add_paragraph("Intern kontroll – årsuppföljning 2025 med jämförelse mot 2024")
    rows = [
        ("Årsräkningar granskas inom sex månader från inlämning", "✔", "!",
         "14 av 160 årsräkningar granskades efter 1 september.", "GENOMFORD", "ja"),
        ("Ställföreträdare kontrolleras mot belastnings- och skuldsaneringsregister innan förordnande", "✔", "✔",
         "", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "!", "✔",
         "Inga fel 2025 efter ny beräkningsmall.", "GENOMFORD", "nej"),
        ("Uttag från spärrade konton har överförmyndarens samtycke", "✘", "✘",
         "Bankernas rapportering är fortfarande inte komplett.", "EJ_GENOMFORD", ""),
        ("Akter arkiveras enligt dokumenthanteringsplanen", "✔", "–",
         "Ej aktuellt 2025 på grund av arkivflytt.", "UTGAR", ""),
        ("Behovet av förvaltarskap omprövas årligen", "", "✔ ✘", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "2024", "2025", "Kommentar 2025"]):
        set_cell(c, h, bold=True)
    for r in rows:
        for c, v in zip(t.add_row().cells, r[:4]):
            set_cell(c, v)
        exp(fil, N, r[0], r[4], r[5])
    d.add_paragraph()
    d.add_paragraph("Teckenförklaring: ✔ = kontroll utförd utan anmärkning, ! = kontroll utförd med anmärkning, "
                    "✘ = kontroll ej utförd, – = ej aktuellt. Tom ruta = kontrollmomentet fanns inte i planen.")
    d.add_paragraph("Behandlad av överförmyndarnämnden 2026-01-22 § 5.")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "ofn.docx"); d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, "ofn.odt"), fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F7 Vikbyns Energi xls (xlwt), name in print header + file name
def f7():
    fil = "Vikbyns_Energi_IK_2025.xls"
    N = "Vikbyns Energi AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    ws.header_str = "&LVikbyns Energi AB&CIntern kontroll 2025&RSida &P".encode("utf-8")
    ws.footer_str = "&LStyrelsemote 2026-02-12".encode("ascii")
    bold = xlwt.easyxf("font: bold on, height 260")
    hs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write(0, 0, "Intern kontroll 2025 – helårsrapport till styrelsen", bold)
    ws.write(1, 0, "Resultat för 2024 visas för jämförelse. Bedömning avser 2025.")
    hdr = ["Kontrollområde", "Kontrollmoment", "Resultat 2024", "Resultat 2025", "Bedömning 2025", "Åtgärd"]
    for j, h in enumerate(hdr):
        ws.write(3, j, h, hs)
    rows = [
        ("Intäkter", "Fakturering av nätavgifter stäms av mot mätarställningar",
         "Avstämning gjord varje månad.", "Avstämning gjord varje månad, inga differenser.", 1, "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30, inga fel.", "Stickprov 30, en faktura saknade andra attest.", 2,
         "Systemspärr för dubbelattest införs.", "GENOMFORD", "ja"),
        ("Ekonomi", "Avstämning av elcertifikat och ursprungsgarantier", "Genomförd.", "Ej gjord under året.", 0,
         "Görs i samband med bokslut 2026.", "EJ_GENOMFORD", ""),
        ("VA", "Kontroll av VA-anslutningsavgifter mot beslut", "– (ny 2025)",
         "Stickprov 10 ärenden: 3 anslutningsavgifter beräknade enligt gammal taxa.", 3,
         "Rättelse av fakturor, utbildning av handläggare.", "GENOMFORD", "ja"),
        ("IT", "Behörighetsgranskning i driftsystemet (SCADA)", "Genomförd, inga avvikelser.",
         "Pågår, slutförs i februari 2026.", "", "", "DELVIS", ""),
        ("Upphandling", "Leverantörskontroll (F-skatt, skulder hos Kronofogden) vid nya avtal",
         "Genomförd.", "12 nya avtal kontrollerade.", 1, "", "GENOMFORD", "nej"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r[:6]):
            ws.write(4 + i, j, v, cs)
        exp(fil, N, r[1], r[6], r[7])
    ws.write(11, 0, "Bedömning: 1 = ingen avvikelse, 2 = mindre avvikelse, 3 = väsentlig avvikelse, 0 = kontrollen ej genomförd")
    for j, w in enumerate([16, 45, 30, 40, 14, 35]):
        ws.col(j).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- F8 Räddningstjänst docx, text only, T1/T2/Helår paragraphs
def f8():
    fil = "RTF_uppfoljning_internkontrollplan_2025.docx"
    N = "Räddningstjänstförbundet Vikbyn-Åsen"
    d = docx.Document()
    d.add_heading("Räddningstjänstförbundet Vikbyn-Åsen", 0)
    d.add_heading("Uppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Förbundsdirektionen fastställde internkontrollplanen 2025-02-14. Kontrollerna har följts upp "
                    "vid tertial 1, tertial 2 och vid årets slut. Nedan redovisas resultatet per kontrollmoment.")
    items = [
        ("Kontroll av att tillsynsbesök genomförs enligt tillsynsplanen",
         ["T1: 18 av 30 planerade tillsyner genomförda.", "T2: 41 av 60 planerade tillsyner genomförda.",
          "Helår: Kontrollen genomförd. 88 av 90 tillsyner gjordes; två skjuts till januari 2026, vilket är en avvikelse mot planen."],
         "GENOMFORD", "ja"),
        ("Fakturering av tillsyn och brandskyddskontroll",
         ["T1: Ej påbörjad.", "Helår: Genomförd, inga avvikelser."], "GENOMFORD", "nej"),
        ("Övningstid för deltidsbrandmän registreras i personalsystemet",
         ["T2: Påbörjad.", "Helår: Delvis genomförd. Registrering saknas för station Åsen under hösten."],
         "DELVIS", "ja"),
        ("Underhåll av andningsskydd enligt tillverkarens intervall",
         ["Helår: Ej genomförd. Kontrollen skjuts till 2026."], "EJ_GENOMFORD", ""),
        ("Inköp av fordon följer LOU",
         ["T2: Utgår – ingen fordonsupphandling genomfördes 2025."], "UTGAR", ""),
    ]
    for i, (km, paras, st, av) in enumerate(items, 1):
        h = d.add_paragraph(); r = h.add_run(f"{i}. {km}"); r.bold = True
        for p in paras:
            d.add_paragraph(p)
        exp(fil, N, km, st, av)
    d.add_paragraph("Vikbyn 2026-01-30")
    d.add_paragraph("Lars Öberg, räddningschef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))

# ---------------------------------------------------------------- reject: Excel lock file
def reject():
    fil = "~$Tekniska_IK_2024-2025.xlsx"
    owner = "Johansson Maria"
    data = bytes([len(owner)]) + owner.encode("latin-1") + b" " * (53 - len(owner))
    data += bytes([len(owner), 0]) + owner.encode("utf-16-le") + b"\x20\x00" * (54 - len(owner))
    with open(fil, "wb") as f:
        f.write(data[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))

def namnder():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndarnämnden i Vikbyn"),
        ("Valnämnden", "VN"),
        ("Vikbyns Energi AB", "Vikbyn Energi|VEAB"),
        ("Vikbyns Bostäder AB", "VBAB|Vikbybostäder"),
        ("Räddningstjänstförbundet Vikbyn-Åsen", "RTF|Räddningstjänsten Vikbyn-Åsen|Räddningstjänstförbundet"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)

def main():
    for fn in os.listdir(OUT):
        if fn not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, fn))
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); f8(); reject(); namnder()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    print(len(FILES), "file rows,", len(EXP), "controls")

main()
