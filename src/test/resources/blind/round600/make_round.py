#!/usr/bin/python3
# Blind round r600 – Kävlinge kommun, helår 2025. Builds every file + namnder.csv, files.csv, expected.csv.
import os, io, csv, shutil, subprocess, tempfile, datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexcol): return PatternFill("solid", start_color=hexcol, end_color=hexcol)
GREEN, YELLOW, RED, GREY, HEAD = fill("92D050"), fill("FFFF00"), fill("FF0000"), fill("BFBFBF"), fill("DDEBF7")

def wb_new():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "Kävlinge kommun"
    return wb

def put(ws, r, c, v, **kw):
    cell = ws.cell(row=r, column=c)
    if v == "": v = None
    if isinstance(v, str) and v.startswith("="):
        cell.value = v; cell.data_type = "s"
    else:
        cell.value = v
    for k, val in kw.items(): setattr(cell, k, val)
    return cell

def widths(ws, ws_w):
    for i, w in enumerate(ws_w, 1): ws.column_dimensions[get_column_letter(i)].width = w

# ---------------------------------------------------------------- 1. KS (easy xlsx)
def make_ks():
    fn = "KS helårsuppföljning internkontroll 2025.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningsekonom",
         "Stickprov 40 fakturor", "2 av 40 fakturor saknade korrekt beslutsattest.", "Genomförd med avvikelse",
         "Påminnelse om attestordningen till samtliga attestanter", "GENOMFORD", "ja"),
        (2, "Styrning", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kommunsekreterare",
         "Genomgång av delegationslistor", "Samtliga beslut anmälda.", "Genomförd", "", "GENOMFORD", "nej"),
        (3, "Upphandling", "Efterlevnad av upphandlingsreglerna vid direktupphandling", "Upphandlingschef",
         "Stickprov per kvartal", "Kvartal 1–3 granskade utan avvikelser. Kvartal 4 granskas i februari 2026.",
         "Delvis genomförd", "", "DELVIS", "nej"),
        (4, "IT", "Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning", "Systemförvaltare",
         "Jämförelse mot lönesystemets avslutslista", "3 behörigheter var fortfarande aktiva efter avslutad anställning, nu borttagna.",
         "Genomförd med avvikelse", "Rutin för avslut ses över", "GENOMFORD", "ja"),
        (5, "Dokumenthantering", "Hantering av allmänna handlingar – diarieföring sker utan dröjsmål", "Registrator",
         "Stickprov", "Kontrollen har inte hunnits med under året.", "Ej genomförd", "Flyttas till IK-plan 2026",
         "EJ_GENOMFORD", ""),
        (6, "Ekonomi", "Representation och interna utbildningar följer riktlinjer för representation", "Controller",
         "Granskning av konto 7610–7690", "Inga avvikelser.", "Genomförd", "", "GENOMFORD", "nej"),
        (7, "Informationssäkerhet", "Informationsklassning av kommunens verksamhetssystem", "Informationssäkerhetssamordnare",
         "Uppföljning av klassningar", "Ersätts av projekt enligt KS beslut 2025-05-14 § 88.", "Utgår", "", "UTGAR", ""),
        (8, "Lön", "Löneutbetalningar – kontroll av nyupplagda anställningar mot underlag", "Lönechef",
         "Stickprov 30 nyanställningar", "Kontrollen genomförd i oktober, inga avvikelser.", "", "", "GENOMFORD", "nej"),
    ]
    wb = wb_new(); ws = wb.active; ws.title = "Uppföljning"
    put(ws, 1, 1, "Kommunstyrelsen – uppföljning av internkontrollplan 2025", font=TITLE)
    put(ws, 2, 1, "Förvaltning: Kommunledningskontoret")
    put(ws, 3, 1, "Period: Helår 2025 (januari–december)")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Metod", "Resultat av kontroll", "Status", "Åtgärd"]
    for c, h in enumerate(hdr, 1): put(ws, 5, c, h, font=BOLD, fill=HEAD, border=BOX)
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1): put(ws, r, c, v, alignment=WRAP, border=BOX)
        EXP.append((fn, N, row[2], row[8], row[9])); r += 1
    r += 1
    put(ws, r, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig.", font=BOLD)
    put(ws, r + 2, 1, "Kävlinge 2026-01-20")
    put(ws, r + 3, 1, "Ekonomichef, Kommunledningskontoret")
    widths(ws, [5, 18, 48, 22, 26, 48, 22, 34])
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. BUN adopted plan (xlsx, no follow-up)
def make_bun_plan():
    fn = "IK-plan 2025 BUN antagen.xlsx"
    rows = [
        ("Ekonomi", "Fakturor attesteras inte enligt attestordning", 2, 3, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Helår", "Ekonom"),
        ("Ekonomi", "Differenser i handkassor", 2, 2, "Handkassor på skolor och förskolor stäms av månadsvis", "Avstämning av kassajournaler", "Delår och helår", "Rektor/förskolechef"),
        ("HR", "Bisysslor som är förtroendeskadliga", 2, 3, "Anmälan och prövning av bisysslor för chefer", "Genomgång av bisyssleanmälningar", "Helår", "HR-konsult"),
        ("Skolplikt", "Elever med hög frånvaro uppmärksammas inte", 3, 4, "Uppföljning av elever med hög frånvaro enligt rutin för problematisk skolfrånvaro", "Genomgång i elevhälsoteam", "Delår och helår", "Elevhälsochef"),
        ("Kränkande behandling", "Anmälan görs inte till huvudman i tid", 3, 4, "Anmälan av kränkande behandling till huvudman inom föreskriven tid", "Uttag ur DF Respons", "Delår och helår", "Kvalitetsstrateg"),
        ("Kränkande behandling", "Utredningar dokumenteras inte", 2, 4, "Dokumentation av utredningar i DF Respons", "Stickprov 15 ärenden", "Helår", "Kvalitetsstrateg"),
        ("Personal", "Anställning utan registerkontroll", 1, 4, "Kontroll av utdrag ur belastningsregistret vid nyanställning", "Samtliga nyanställda", "Helår", "HR-konsult"),
        ("Arbetsmiljö", "Brister i fysisk arbetsmiljö upptäcks inte", 2, 3, "Genomförande av skyddsronder på samtliga enheter", "Protokoll från skyddsronder", "Helår", "Förvaltningschef"),
    ]
    wb = wb_new(); ws = wb.active; ws.title = "Internkontrollplan 2025"
    put(ws, 1, 1, "Internkontrollplan 2025 – Barn- och ungdomsnämnden", font=TITLE)
    put(ws, 2, 1, "Antagen av Barn- och ungdomsnämnden 2024-12-10 § 112")
    put(ws, 3, 1, "Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Riskvärde 8 eller högre tas med i planen.")
    hdr = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod",
           "Frekvens/rapportering", "Ansvarig", "Uppföljning delår", "Uppföljning helår", "Kommentar"]
    for c, h in enumerate(hdr, 1): put(ws, 5, c, h, font=BOLD, fill=HEAD, border=BOX, alignment=WRAP)
    for i, row in enumerate(rows):
        r = 6 + i
        vals = [i + 1, row[0], row[1], row[2], row[3], row[2] * row[3], row[4], row[5], row[6], row[7], None, None, None]
        for c, v in enumerate(vals, 1): put(ws, r, c, v, border=BOX, alignment=WRAP)
        rv = row[2] * row[3]
        ws.cell(row=r, column=6).fill = RED if rv >= 12 else (YELLOW if rv >= 6 else GREEN)
    widths(ws, [5, 18, 34, 11, 11, 10, 48, 28, 18, 20, 20, 20, 24])
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Barn- och ungdomsnämnden", "2025", ""))

# ---------------------------------------------------------------- 3. TN adopted plan (xlsx with riskmatris sheet)
TN_CONTROLS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 2, 3),
    ("VA", "Fakturering av VA-avgifter sker enligt gällande taxa", 3, 3),
    ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", 2, 4),
    ("Gata/park", "Uppföljning av entreprenörens vinterväghållning mot avtal", 3, 3),
    ("Inköp", "Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)", 3, 3),
    ("Fordon", "Hantering av fordonsförmån och körjournaler för kommunens bilar", 2, 2),
    ("Anläggningstillgångar", "Inventering av anläggningstillgångar – gatubelysning", 2, 3),
]
def make_tn_plan():
    fn = "Internkontrollplan 2025 Tekniska nämnden beslutad 2025-02-19.xlsx"
    wb = wb_new(); ws = wb.active; ws.title = "IK-plan"
    put(ws, 1, 1, "Tekniska nämnden", font=TITLE)
    put(ws, 2, 1, "Internkontrollplan 2025 (beslutad TN 2025-02-19 § 12)", font=BOLD)
    hdr = ["Område", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Risk", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1", "Status T2", "Status T3", "Kommentar"]
    for c, h in enumerate(hdr, 1): put(ws, 4, c, h, font=BOLD, fill=HEAD, border=BOX)
    meth = ["Stickprov", "Avstämning mot taxa", "Besiktningsprotokoll", "Avtalsuppföljning", "Uttag ur e-handelssystemet",
            "Genomgång körjournaler", "Fysisk inventering"]
    freq = ["Per tertial", "Per tertial", "Årligen", "Per tertial", "Årligen", "Årligen", "Årligen"]
    resp = ["Controller", "VA-chef", "Parkchef", "Gatuchef", "Inköpssamordnare", "Fordonssamordnare", "Gatuchef"]
    for i, (a, k, s, kk) in enumerate(TN_CONTROLS):
        r = 5 + i
        vals = [a, k, s, kk, s * kk, meth[i], freq[i], resp[i], None, None, None, None]
        for c, v in enumerate(vals, 1): put(ws, r, c, v, border=BOX, alignment=WRAP)
        rv = s * kk
        ws.cell(row=r, column=5).fill = RED if rv >= 9 else (YELLOW if rv >= 4 else GREEN)
    widths(ws, [20, 50, 11, 11, 8, 26, 14, 18, 11, 11, 11, 30])
    m = wb.create_sheet("Riskmatris")
    put(m, 1, 1, "Riskmatris – sannolikhet × konsekvens", font=BOLD)
    for s in range(1, 5):
        put(m, 2 + (5 - s), 1, f"S{s}", font=BOLD)
        for k in range(1, 5):
            v = s * k
            put(m, 2 + (5 - s), 1 + k, v, fill=RED if v >= 9 else (YELLOW if v >= 4 else GREEN))
    for k in range(1, 5): put(m, 7, 1 + k, f"K{k}", font=BOLD)
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", "Tekniska nämnden", "2025", ""))

# ---------------------------------------------------------------- 4. TN follow-up, Swedish traffic-light words, T1/T2/T3
def make_tn_follow():
    fn = "TN uppföljning internkontroll T3 2025.xlsx"
    N = "Tekniska nämnden"
    data = [  # T1, T2, T3, kommentar, status, avv
        ("Grön", "Grön", "Grön", "Stickprov 20 fakturor per tertial, inga avvikelser.", "GENOMFORD", "nej"),
        ("–", "Grön", "Gul", "T3: fyra abonnenter debiterades enligt 2024 års taxa. Rättat i december.", "GENOMFORD", "ja"),
        ("–", "Grön", None, "Årlig besiktning genomförd i maj, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Grön", "–", "Röd", "Ingen uppföljning under nov–dec på grund av vakant tjänst som gatuingenjör.", "EJ_GENOMFORD", ""),
        (None, None, None, "Kontrollen påbörjad i december, sammanställning klar i februari 2026.", "DELVIS", ""),
        ("–", "–", "Grå", "Bilpoolen avvecklad enligt TN beslut 2025-06-11 § 54.", "UTGAR", ""),
        ("–", "–", "Grön", "Inventering klar, inga differenser mot anläggningsregistret.", "GENOMFORD", "nej"),
    ]
    colfill = {"Grön": GREEN, "Gul": YELLOW, "Röd": RED, "Grå": GREY}
    wb = wb_new(); ws = wb.active; ws.title = "Uppföljning T3"
    put(ws, 1, 1, "Tekniska förvaltningen", font=BOLD)
    put(ws, 2, 1, "Uppföljning internkontrollplan 2025 – tertial 3 (helår)", font=TITLE)
    put(ws, 3, 1, "Rapport till Tekniska nämnden 2026-01-28")
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr, 1): put(ws, 5, c, h, font=BOLD, fill=HEAD, border=BOX)
    resp = ["Controller", "VA-chef", "Parkchef", "Gatuchef", "Inköpssamordnare", "Fordonssamordnare", "Gatuchef"]
    for i, ((a, k, s, kk), d) in enumerate(zip(TN_CONTROLS, data)):
        r = 6 + i
        put(ws, r, 1, a, border=BOX, alignment=WRAP); put(ws, r, 2, k, border=BOX, alignment=WRAP)
        put(ws, r, 3, resp[i], border=BOX)
        for j in range(3):
            v = d[j]
            c = put(ws, r, 4 + j, v, border=BOX, alignment=Alignment(horizontal="center"))
            if v in colfill: c.fill = colfill[v]
        put(ws, r, 7, d[3], border=BOX, alignment=WRAP)
        EXP.append((fn, N, k, d[4], d[5]))
    r = 6 + len(data) + 1
    put(ws, r, 1, "Förklaring:", font=BOLD)
    leg = [("Grön", "Genomförd utan avvikelse", GREEN), ("Gul", "Genomförd med avvikelse", YELLOW),
           ("Röd", "Ej genomförd", RED), ("Grå", "Utgår", GREY), ("–", "Ingen kontroll planerad under tertialen", None)]
    for i, (w, t, f) in enumerate(leg):
        c = put(ws, r + 1 + i, 1, w)
        if f: c.fill = f
        put(ws, r + 1 + i, 2, t)
    widths(ws, [20, 52, 18, 8, 8, 8, 60])
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. BUN follow-up, Word with numbered headings
def make_bun_docx():
    fn = "BUN uppföljning internkontroll helår 2025.docx"
    N = "Barn- och ungdomsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "BUF"
    d.add_paragraph("Barn- och ungdomsförvaltningen").runs[0].bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 0)
    d.add_paragraph("Barn- och ungdomsnämnden antog internkontrollplan för 2025 den 10 december 2024 (§ 112). "
                    "Nedan redovisas resultatet av årets kontroller. Status anges som Genomförd, Delvis genomförd, "
                    "Ej genomförd eller Utgår.")
    sections = [
        ("1 Ekonomi och administration", [
            ("1.1 Leverantörsfakturor", [
                ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
                 "1 faktura saknade beslutsattest. Ärendet har åtgärdats.", "Genomförd med avvikelse", "GENOMFORD", "ja")]),
            ("1.2 Kontanthantering", [
                ("Handkassor på skolor och förskolor stäms av månadsvis", "Avstämning av kassajournaler",
                 "Avstämning gjord på 9 av 14 enheter. Inga differenser på de kontrollerade enheterna.",
                 "Delvis genomförd", "DELVIS", "nej")]),
            ("1.3 Bisysslor", [
                ("Anmälan och prövning av bisysslor för chefer", "Genomgång av anmälningar",
                 "Har inte genomförts under 2025. Flyttas till internkontrollplan 2026.", "Ej genomförd", "EJ_GENOMFORD", "")]),
        ]),
        ("2 Verksamhet", [
            ("2.1 Skolplikt och frånvaro", [
                ("Uppföljning av elever med hög frånvaro enligt rutin för problematisk skolfrånvaro",
                 "Genomgång i elevhälsoteam", "Rutinen följs på samtliga skolor. Inga avvikelser.", "Genomförd",
                 "GENOMFORD", "nej")]),
            ("2.2 Kränkande behandling", [
                ("Anmälan av kränkande behandling till huvudman inom föreskriven tid", "Uttag ur DF Respons",
                 "12 % av anmälningarna kom in senare än fem arbetsdagar.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
                ("Dokumentation av utredningar i DF Respons", "Stickprov 15 ärenden", "Se bilaga 2.", "Se bilaga 2",
                 "OKLAR", "")]),
            ("2.3 Registerkontroll", [
                ("Kontroll av utdrag ur belastningsregistret vid nyanställning", "Samtliga nyanställda",
                 "Samtliga 47 nyanställda under året hade uppvisat utdrag före anställning.", "", "GENOMFORD", "nej")]),
        ]),
        ("3 Systematiskt arbetsmiljöarbete", [
            ("3.1 Skyddsronder", [
                ("Genomförande av skyddsronder på samtliga enheter", "Protokoll",
                 "Ersätts av kommungemensam kontroll enligt beslut i KS.", "Utgår", "UTGAR", "")]),
        ]),
    ]
    for h1, subs in sections:
        d.add_heading(h1, 1)
        for h2, ctrls in subs:
            d.add_heading(h2, 2)
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for c, h in enumerate(["Kontrollmoment", "Omfattning", "Resultat helår", "Status"]):
                t.rows[0].cells[c].text = h
                t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
            for k in ctrls:
                cells = t.add_row().cells
                for c in range(4): cells[c].text = k[c]
                EXP.append((fn, N, k[0], k[4], k[5]))
            d.add_paragraph("")
    d.add_heading("4 Sammanfattning", 1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "Åtgärder för de avvikelser som noterats pågår.")
    d.add_paragraph("Kävlinge den 15 januari 2026\n\nFörvaltningschef, Barn- och ungdomsförvaltningen")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. KFN consultant workbook, English statuses
def make_kfn():
    fn = "Kavlinge_KFN_IC_review_FY2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("KFN-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom KoF",
         "Sample 25 invoices", "No exceptions noted.", "Done", "", "GENOMFORD", "nej"),
        ("KFN-02", "Kassa", "Kassahantering i simhallens reception – dagliga kassaavstämningar", "Badchef",
         "Sample 25 days", "3 av 25 dagar saknade signerad kassaavstämning.", "Done", "Inför digital signering",
         "GENOMFORD", "ja"),
        ("KFN-03", "Bidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Föreningskonsulent",
         "All grants > 50 tkr", "No exceptions noted.", "Done", "", "GENOMFORD", "nej"),
        ("KFN-04", "Uthyrning", "Uthyrning av lokaler – fakturering av bokade tider i bokningssystemet",
         "Bokningsansvarig", "Reconciliation per quarter", "Q1–Q3 tested, no exceptions. Q4 testing ongoing.",
         "In progress", "", "DELVIS", "nej"),
        ("KFN-05", "Tillgångar", "Inventering av konst och inventarier i kommunens konstsamling", "Kulturchef",
         "Physical count", "", "Not started", "Genomförs Q1 2026", "EJ_GENOMFORD", ""),
        ("KFN-06", "Avtal", "Kontroll av att avtal med externa arrangörer är undertecknade före evenemang",
         "Evenemangssamordnare", "—", "Removed from plan by KFN decision 2025-09-17 § 61.", "Cancelled", "",
         "UTGAR", ""),
        ("KFN-07", "GDPR", "Biblioteket – gallring av personuppgifter i låntagarregistret", "Bibliotekschef",
         "System extract", "Ca 1 200 lånekonton inaktiva mer än 3 år har inte gallrats.", "Done",
         "Gallring genomförs januari 2026", "GENOMFORD", "ja"),
        ("KFN-08", "Intäkter", "Bokföring av intäkter från entréavgifter", "Ekonom KoF", "Reconciliation", "", "", "",
         "SAKNAS", ""),
    ]
    wb = wb_new(); ws = wb.active; ws.title = "Cover"
    put(ws, 2, 2, "Internal control review – follow-up", font=TITLE)
    info = [("Client", "Kävlinge kommun"), ("Committee", "Kultur- och fritidsnämnden"),
            ("Scope", "Internkontrollplan 2025"), ("Period", "Full year (helår) 2025"),
            ("Prepared by", "Nordisk Revisionskonsult AB"), ("Date", "2026-01-23"), ("Version", "Final")]
    for i, (a, b) in enumerate(info):
        put(ws, 4 + i, 2, a, font=BOLD); put(ws, 4 + i, 3, b)
    widths(ws, [3, 16, 40])
    so = wb.create_sheet("Summary")
    put(so, 1, 1, "Status overview", font=TITLE)
    put(so, 3, 1, "Status", font=BOLD); put(so, 3, 2, "Number of controls", font=BOLD)
    cnt = {}
    for r in rows: cnt[r[6] or "(blank)"] = cnt.get(r[6] or "(blank)", 0) + 1
    for i, s in enumerate(["Done", "In progress", "Not started", "Cancelled", "(blank)"]):
        put(so, 4 + i, 1, s); put(so, 4 + i, 2, cnt.get(s, 0))
    put(so, 9, 1, "Total", font=BOLD); put(so, 9, 2, len(rows), font=BOLD)
    widths(so, [16, 20])
    ws = wb.create_sheet("Controls")
    hdr = ["ID", "Area", "Kontrollmoment", "Control owner", "Test performed", "Findings", "Status", "Recommendation"]
    for c, h in enumerate(hdr, 1): put(ws, 1, c, h, font=Font(bold=True, color="FFFFFF"), fill=fill("1F4E78"), border=BOX)
    sfill = {"Done": GREEN, "In progress": YELLOW, "Not started": RED, "Cancelled": GREY}
    for i, row in enumerate(rows):
        r = 2 + i
        for c, v in enumerate(row[:8], 1): put(ws, r, c, v or None, border=BOX, alignment=WRAP)
        if row[6] in sfill: ws.cell(row=r, column=7).fill = sfill[row[6]]
        EXP.append((fn, N, row[2], row[8], row[9]))
    ws.freeze_panes = "A2"
    widths(ws, [9, 12, 50, 20, 24, 46, 12, 30])
    lg = wb.create_sheet("Legend")
    put(lg, 1, 1, "Status definitions", font=BOLD)
    for i, (a, b) in enumerate([("Done", "Control performed for the period (findings, if any, in column F)"),
                                ("In progress", "Control started but not completed"),
                                ("Not started", "Control not performed"),
                                ("Cancelled", "Control removed from the plan by decision of the committee")]):
        put(lg, 2 + i, 1, a, font=BOLD); put(lg, 2 + i, 2, b)
    widths(lg, [14, 70])
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. Windows-1252 semicolon export, three nämnder
def make_csv():
    fn = "Export_internkontroll_2026-01-30.csv"
    H = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Rapportperiod", "Status", "Kommentar", "Avvikelse"]
    SN, VON, GVN = ("Kävlinge kommun > Socialnämnden", "Kävlinge kommun > Vård- och omsorgsnämnden",
                    "Kävlinge kommun > Gymnasie- och vuxenutbildningsnämnden")
    regname = {SN: "Socialnämnden", VON: "Vård- och omsorgsnämnden", GVN: "Gymnasie- och vuxenutbildningsnämnden"}
    # org, process, km, ansvarig, (delår status, kommentar, avv), (helår status, kommentar, avv), expected status, avv
    ctrls = [
        (SN, "Myndighetsutövning", "Beslut om bistånd fattas i enlighet med delegationsordningen", "Enhetschef IFO",
         ("Pågående", "Stickprov påbörjat", ""), ("Genomförd", "Stickprov 25 akter; 2 beslut fattade av fel delegat.", "Ja"),
         "GENOMFORD", "ja"),
        (SN, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker mot korrekt underlag", "Enhetschef försörjningsstöd",
         ("Genomförd", "Inga avvikelser", "Nej"), ("Genomförd", "Inga avvikelser", "Nej"), "GENOMFORD", "nej"),
        (SN, "Barn och unga", "Orosanmälningar – förhandsbedömning görs inom 14 dagar", "Enhetschef barn och unga",
         ("Pågående", "", ""), ("Pågående", "Mätning för oktober–december pågår.", ""), "DELVIS", ""),
        (SN, "Placeringar", "Uppföljning av placeringar på HVB enligt avtal", "Placeringssamordnare",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "Skjuts till 2026.", ""), "EJ_GENOMFORD", ""),
        (VON, "Hälso- och sjukvård", "Läkemedelshantering – signeringslistor kontrolleras enligt rutin", "MAS",
         ("Genomförd", "Inga avvikelser", "Nej"), ("Genomförd", "Osignerade doser på två enheter.\nÅtgärdsplan upprättad.", "Ja"),
         "GENOMFORD", "ja"),
        (VON, "Avgifter", "Avgiftsdebitering inom hemtjänst stäms av mot utförd tid", "Avgiftshandläggare",
         ("Genomförd", "Avstämning gjord för jan–jun, inga avvikelser.", "Nej"), ("", "", ""), "GENOMFORD", "nej"),
        (VON, "Särskilt boende", "Hantering av brukares privata medel på särskilt boende", "Enhetschef SÄBO",
         ("", "", ""), ("Utgår", "Ingår i kommunens gemensamma granskning.", ""), "UTGAR", ""),
        (VON, "Kvalitet", "Rapporter enligt lex Sarah utreds inom fastställd tid", "Kvalitetsutvecklare",
         ("Pågående", "", ""), ("Delvis genomförd", "Granskning av 10 av 18 rapporter klar.", "Nej"), "DELVIS", "nej"),
        (GVN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         ("Genomförd", "", "Nej"), ("Genomförd", "Stickprov 20 fakturor, inga avvikelser.", "Nej"), "GENOMFORD", "nej"),
        (GVN, "Betyg", "Betyg rapporteras i Procapita inom fastställd tid", "Rektor",
         ("Genomförd", "VT: inga avvikelser", "Nej"), ("Genomförd", "HT: 3 kurser rapporterades efter sista dag.", "Ja"),
         "GENOMFORD", "ja"),
        (GVN, "Ekonomi", "Interkommunal ersättning för elever i gymnasieskolan faktureras och betalas enligt avtal", "Controller",
         ("Ej påbörjad", "", ""), ("Ej genomförd", "Resursbrist under hösten.", ""), "EJ_GENOMFORD", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(H)
    for c in ctrls:
        for per, (st, kom, av) in (("Delår 2025", c[4]), ("Helår 2025", c[5])):
            w.writerow([c[0], "Internkontrollplan 2025", c[1], c[2], c[3], per, st, kom, av])
        EXP.append((fn, regname[c[0]], c[2], c[6], c[7]))
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    for o in (SN, VON, GVN):
        FILES.append((fn, "INLAST", regname[o], "2025", "HELAR"))

# ---------------------------------------------------------------- 8. BMN ods, nämnd only in print header/file name, tick columns
def make_bmn(tmp):
    fn = "BMN IK 2025 helår.ods"
    N = "Bygg- och miljönämnden"
    groups = [
        ("Myndighetsutövning", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "X", "", "X", "",
             "4 av 212 ärenden överskred tiden, avgiften reducerades.", "GENOMFORD", "ja"),
            ("Tillsynsavgifter enligt miljöbalken debiteras enligt taxa", "Miljöchef", "X", "", "", "X",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", "X", "", "", "X", "", "GENOMFORD", "nej"),
            ("Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Miljöchef", "", "", "", "",
             "Delvis – 78 av 95 planerade kontroller genomförda.", "DELVIS", ""),
        ]),
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "X", "", "", "X",
             "Stickprov 20 fakturor.", "GENOMFORD", "nej"),
            ("Avgifter för strandskyddsdispens faktureras", "Administratör", "", "X", "", "",
             "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
            ("Arkivering av avslutade ärenden i e-arkivet", "Arkivansvarig", "X", "X", "", "", "", "OKLAR", ""),
        ]),
    ]
    wb = wb_new(); ws = wb.active; ws.title = "Helår 2025"
    ws.oddHeader.center.text = "Bygg- och miljönämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Miljö- och byggförvaltningen"
    put(ws, 1, 1, "Uppföljning internkontroll helår 2025", font=TITLE)
    put(ws, 2, 1, "Markera med X i respektive kolumn.")
    put(ws, 4, 1, "Kontrollmoment", font=BOLD, fill=HEAD, border=BOX)
    put(ws, 4, 2, "Ansvarig", font=BOLD, fill=HEAD, border=BOX)
    put(ws, 4, 3, "Kontroll utförd", font=BOLD, fill=HEAD, border=BOX); ws.merge_cells("C4:D4")
    put(ws, 4, 5, "Avvikelse", font=BOLD, fill=HEAD, border=BOX); ws.merge_cells("E4:F4")
    put(ws, 4, 7, "Kommentar", font=BOLD, fill=HEAD, border=BOX)
    for c, h in zip(range(3, 7), ["Ja", "Nej", "Ja", "Nej"]):
        put(ws, 5, c, h, font=BOLD, fill=HEAD, border=BOX, alignment=Alignment(horizontal="center"))
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("G4:G5")
    r = 6
    for g, ctrls in groups:
        put(ws, r, 1, g, font=BOLD, fill=fill("F2F2F2")); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for k in ctrls:
            for c, v in enumerate(k[:7], 1):
                put(ws, r, c, v or None, border=BOX, alignment=WRAP if c in (1, 7) else Alignment(horizontal="center"))
            EXP.append((fn, N, k[0], k[7], k[8])); r += 1
    put(ws, r + 1, 1, "Miljö- och byggchef: Anna Persson   Datum: 2026-01-22")
    widths(ws, [50, 20, 7, 7, 7, 7, 48])
    src = os.path.join(tmp, "bmn.xlsx"); wb.save(src)
    conv(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, "bmn.ods"), os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 9. truncated xlsx (reject)
def make_truncated():
    fn = "Överförmyndarnämnden uppföljning IK helår 2025.xlsx"
    wb = wb_new(); ws = wb.active; ws.title = "Uppföljning"
    put(ws, 1, 1, "Överförmyndarnämnden – uppföljning internkontroll helår 2025", font=TITLE)
    hdr = ["Kontrollmoment", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1): put(ws, 3, c, h, font=BOLD)
    for i, (k, s) in enumerate([("Granskning av årsräkningar sker inom sex månader", "Genomförd"),
                                ("Kontroll av ställföreträdares arvoden", "Genomförd"),
                                ("Registerutdrag för nya ställföreträdare", "Ej genomförd")]):
        put(ws, 4 + i, 1, k); put(ws, 4 + i, 2, s)
    b = io.BytesIO(); wb.save(b); data = b.getvalue()
    with open(os.path.join(OUT, fn), "wb") as f: f.write(data[: int(len(data) * 0.55)])
    FILES.append((fn, "AVVISAD", "", "", ""))

def conv(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round600", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def main():
    tmp = tempfile.mkdtemp(prefix="r600_")
    try:
        make_ks(); make_bun_plan(); make_tn_plan(); make_tn_follow(); make_bun_docx(); make_kfn(); make_csv()
        make_bmn(tmp); make_truncated()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

if __name__ == "__main__":
    main()
