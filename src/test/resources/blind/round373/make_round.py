#!/usr/bin/python3
"""Blind round r373 – Hedemo kommun, helår 2025. Builds every file + namnder.csv, files.csv, expected.csv."""
import os, csv, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round373"
EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXP.append((fil, namnd, km, status, avv))

def fixed_props(props):
    import datetime
    props.author = "Hedemo kommun"
    props.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    props.modified = datetime.datetime(2026, 1, 28, 15, 30, 0)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------- 1. KS xlsx, X-kolumner
def f_ks():
    fil = "KS_IK-uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK helår 2025"
    fixed_props(wb.properties)
    ws["A1"] = "Hedemo kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: Helår (januari–december) 2025"
    ws["A4"] = ("Instruktion: Markera med X i den kolumn som stämmer för kontrollmomentet. "
                "Beskriv eventuella avvikelser och vidtagna åtgärder i kommentarsfältet.")
    ws.merge_cells("A4:J4"); ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 30
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Genomförd", "Delvis genomförd", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7"); c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [
        ("G", "1. Ekonomiprocesser"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Ekonomichef", "X", "", "", "Nej",
         "Stickprov 40 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Representation och förtroendekänsliga poster",
         "Samtliga verifikationer konto 7630–7632, okt–nov", "Redovisningsansvarig", "x", "", "", "Ja",
         "3 av 25 verifikationer saknade deltagarförteckning och syfte.\nPåminnelse om riktlinjen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton vid årsbokslut",
         "Samtliga balanskonton", "Redovisningsansvarig", "", "X", "", "Nej",
         "Klart för samtliga konton utom 2990 Övriga upplupna kostnader, slutförs i februari 2026.",
         "DELVIS", "nej"),
        ("G", "2. Personal och lön"),
        ("2.1", "Lön", "Löneutbetalningar till avslutade anställningar",
         "Körning i lönesystemet mot avslutsdatum", "HR-chef", "X", "", "", "Ja",
         "En felaktig utbetalning (12 400 kr) efter avslut. Beloppet återkrävt.", "GENOMFORD", "ja"),
        ("2.2", "HR", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång av rehabärenden > 60 dagar", "HR-chef", "", "", "X", "",
         "Flyttad till 2026 på grund av vakans på HR-avdelningen.", "EJ_GENOMFORD", ""),
        ("G", "3. Inköp och upphandling"),
        ("3.1", "Inköp", "Avtalstrohet vid inköp – köp utanför ramavtal",
         "Leverantörsreskontra, 3 mån", "Upphandlingschef", "X", "X", "", "Ja",
         "Se bilaga 2.", "OKLAR", "ja"),
        ("3.2", "Inköp", "Direktupphandlingar dokumenteras enligt riktlinjen",
         "Samtliga direktupphandlingar > 100 tkr", "Upphandlingschef", "", "", "", "Nej",
         "Kontrollen genomförd i november. Samtliga direktupphandlingar över 100 tkr var dokumenterade.",
         "GENOMFORD", "nej"),
        ("G", "4. Informationssäkerhet"),
        ("4.1", "IT", "Behörigheter i ekonomisystemet Raindance gås igenom",
         "Behörighetslista mot personalregister", "Systemförvaltare", "X ", "", "", "Nej",
         "Genomgång 2025-10-14. Inga avvikelser.", "GENOMFORD", "nej"),
        ("4.2", "IT", "Loggkontroll av åtkomst till personalakter",
         "Stickprov i loggar", "IT-säkerhetssamordnare", "", "", "", "", "", "SAKNAS", ""),
        ("4.3", "IT", "Kontroll av e-postarkivering enligt dokumenthanteringsplan",
         "", "Arkivarie", "", "", "", "", "Utgår enligt beslut KS 2025-05-12 § 88.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for i, v in enumerate(row[:10], 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 6 <= i <= 9 else None)
            exp(fil, N, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 10 kontrollmoment i planen. Avvikelser redovisas för nämnden 2026-02-18.")
    ws.cell(row=r + 2, column=1, value="Upprättad av: Anna Lindqvist, controller, kommunledningsförvaltningen  2026-01-20")
    for col, w in zip("ABCDEFGHIJ", [6, 12, 44, 28, 20, 11, 11, 11, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "6:6"
    ws.oddHeader.center.text = "Hedemo kommun – Kommunstyrelsen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2. BUN docx, ✓ per tertial
def f_bun():
    fil = "BUN uppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); fixed_props(d.core_properties)
    d.add_heading("Uppföljning av intern kontroll 2025", 0)
    d.add_paragraph("Barn- och utbildningsnämnden, Hedemo kommun").runs[0].bold = True
    d.add_paragraph("Helårsuppföljning – tertial 1, 2 och 3")
    d.add_heading("Sammanfattning", 1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). Planen innehåller tio "
        "kontrollmoment. Under året har ett kontrollmoment tillkommit efter beslut i nämnden. Kontrollerna har "
        "följts upp per tertial. De flesta kontroller har genomförts utan väsentliga avvikelser. Avvikelser "
        "har noterats inom legitimationskontrollen och hanteringen av anmälningar om kränkande behandling.")
    d.add_paragraph("Teckenförklaring: ✓ = genomförd   (✓) = delvis genomförd   – = ej genomförd   "
                    "tom ruta = kontrollen ej planerad det tertialet")
    ctrl = [
        ("Kontroll av att registerutdrag ur belastningsregistret har begärts vid nyanställning",
         "Stickprov nyanställda", "HR-konsult", "✓", "✓", "✓",
         "Stickprov 15 nyanställda, samtliga utdrag uppvisade.", "GENOMFORD", "nej"),
        ("Handläggning av anmälningar om kränkande behandling till huvudman",
         "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", "✓", "(✓)", "✓",
         "T2: två anmälningar registrerades för sent, åtgärdat genom utbildning av rektorer. T3 utan anmärkning.",
         "GENOMFORD", "ja"),
        ("Uppföljning av elevfrånvaro enligt rutin för problematisk skolfrånvaro",
         "Rapport från skolorna", "Elevhälsochef", "✓", "✓", "(✓)",
         "Två av sju skolor har inte rapporterat för höstterminen.", "DELVIS", ""),
        ("Attest av fakturor för skolskjuts",
         "Stickprov 20 fakturor", "Controller", "", "✓", "",
         "Årlig kontroll, genomförd i juni. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att betyg registrerats i elevregistret (Ist)",
         "Avstämning mot betygskataloger", "Skoladministratör", "", "✓", "✓", "", "GENOMFORD", ""),
        ("Tillsyn av fristående förskolor enligt tillsynsplan",
         "Tillsynsbesök", "Utredare", "(✓)", "(✓)", "(✓)",
         "Tillsyn genomförd på fyra av sex förskolor. Resterande två flyttas till 2026.", "DELVIS", ""),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Enkät till rektorer", "Säkerhetssamordnare", "", "", "–",
         "Ej genomförd p.g.a. vakant tjänst som säkerhetssamordnare.", "EJ_GENOMFORD", ""),
        ("Kontroll av lärares legitimation och behörighet vid tillsvidareanställning",
         "Samtliga tillsvidareanställningar", "HR-konsult", "✓", "✓", "✓",
         "En tillsvidareanställning utan legitimation upptäcktes; anställningen har omvandlats till visstid.",
         "GENOMFORD", "ja"),
        ("Hantering av skyddade personuppgifter i elevregistret",
         "Stickprov", "Systemförvaltare", "", "", "", "", "SAKNAS", ""),
        ("Inventering av digitala läromedel och licenser",
         "Inventering", "IT-pedagog", "", "", "",
         "Utgår – ersätts av kommungemensam licensinventering (KS).", "UTGAR", ""),
    ]
    extra = [
        ("Kontroll av förskolans kö- och placeringshantering mot riktlinjer",
         "Stickprov 30 placeringar", "Placeringshandläggare", "", "✓", "✓",
         "Inga avvikelser. Samtliga placeringar erbjöds inom fyra månader.", "GENOMFORD", "nej"),
    ]
    def table(items):
        t = d.add_table(rows=2, cols=7); t.style = "Table Grid"
        h0 = t.rows[0].cells; h1 = t.rows[1].cells
        for i, txt in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig"]):
            h0[i].merge(h1[i]); h0[i].text = txt
        m = h0[3].merge(h0[5]); m.text = "Utfört per tertial 2025"
        h1[3].text, h1[4].text, h1[5].text = "T1", "T2", "T3"
        h0[6].merge(h1[6]); h0[6].text = "Kommentar"
        for c in t.rows[0].cells + t.rows[1].cells:
            for p in c.paragraphs:
                for rr in p.runs: rr.bold = True
        for it in items:
            cells = t.add_row().cells
            for i in range(7):
                cells[i].text = it[i]
                if 3 <= i <= 5: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, it[0], it[7], it[8])
    d.add_heading("Kontrollmoment enligt internkontrollplan 2025", 1)
    table(ctrl)
    d.add_heading("Tillkommande kontroll beslutad under året (BUN 2025-05-14 § 52)", 1)
    table(extra)
    d.add_paragraph("")
    d.add_paragraph("Hedemo 2026-01-22\nKarin Sjöberg, förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3. SN xlsx, Ja/Nej delår + helår
def f_sn():
    fil = "Socialnämnden_helår2025_IK.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    fixed_props(wb.properties)
    ws["A1"] = "Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår och helår"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Svara Ja eller Nej på frågorna. Vid Nej eller avvikelse ska kommentar lämnas."
    top = ["Process", "Risk", "Sanno-likhet", "Konse-kvens", "Risk-värde", "Kontrollmoment", "Ansvarig"]
    for i, h in enumerate(top, 1):
        ws.cell(row=5, column=i, value=h); ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    ws.cell(row=5, column=8, value="Delår (jan–aug)"); ws.merge_cells("H5:I5")
    ws.cell(row=5, column=10, value="Helår (jan–dec)"); ws.merge_cells("J5:K5")
    ws.cell(row=5, column=12, value="Kommentar helår"); ws.merge_cells("L5:L6")
    for col in (8, 10):
        ws.cell(row=6, column=col, value="Genomförd enligt plan? (Ja/Nej)")
        ws.cell(row=6, column=col + 1, value="Avvikelse noterad? (Ja/Nej)")
    for rr in (5, 6):
        for cc in range(1, 13):
            c = ws.cell(row=rr, column=cc); c.font = Font(bold=True); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.fill = PatternFill("solid", fgColor="E2EFDA")
    groups = [
        ("Myndighetsutövning IFO", [
            ("Utredningar om barn och unga inte avslutas inom lagstadgad tid", 4, 3,
             "Utredningstider barn och unga – utredning avslutas inom fyra månader (SoL 11:2)", "Enhetschef barn och unga",
             "Ja", "Ja", "Ja", "Ja", "12 av 58 utredningar överskred fyra månader. Åtgärdsplan framtagen.", "GENOMFORD", "ja"),
            ("Beslut fattas utan delegation", 2, 4,
             "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef försörjningsstöd",
             "Ja", "Nej", "Ja", "Nej", "Stickprov 30 beslut, samtliga enligt delegation.", "GENOMFORD", "nej"),
        ]),
        ("Vård och omsorg", [
            ("Missförhållanden rapporteras inte i tid", 3, 4,
             "Avvikelserapportering enligt lex Sarah hanteras inom fastställd tid", "MAS/kvalitetsstrateg",
             "Ja", "Nej", "Delvis", "Nej",
             "Helårskontrollen endast gjord för hemtjänsten, särskilt boende återstår.", "DELVIS", "nej"),
            ("Insatser genomförs inte enligt beslut", 3, 3,
             "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "Enhetschefer hemtjänst",
             "Nej", "", "Nej", "",
             "Ej genomförd, systembyte (Lifecare) under hösten.", "EJ_GENOMFORD", ""),
            ("Felaktig debitering av avgifter", 3, 2,
             "Fakturering av hemtjänstavgifter stäms av mot utförd tid", "Avgiftshandläggare",
             "", "", "Ja", "Ja",
             "Differenser hittades för 9 brukare, korrigerat på decemberfakturan.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Felaktiga utbetalningar", 2, 3,
             "Kontroll av utbetalningar till familjehem", "Controller",
             "Ja", "Nej", "", "", "", "GENOMFORD", "nej"),
            ("Köpta platser följer inte avtal", 3, 3,
             "Avtalsuppföljning av köpta platser (HVB)", "Upphandlare/controller",
             "Nej", "", "Ja", "Nej", "Genomförd i oktober.", "GENOMFORD", "nej"),
            ("Brukares privata medel hanteras felaktigt", 2, 4,
             "Hantering av kontanta medel för brukare (privata medel)", "Enhetschefer SÄBO",
             "", "", "Ja", "Ja", "Se bilaga 3.", "GENOMFORD", "ja"),
            ("Ej verkställda beslut rapporteras inte", 2, 3,
             "Kontroll av att ej verkställda beslut rapporteras till IVO kvartalsvis", "Nämndsekreterare",
             "Ja", "Nej", "Ej aktuellt", "",
             "Kontrollen utgår efter nämndbeslut 2025-09-24 då rapporteringen flyttats till kvalitetsenheten.",
             "UTGAR", ""),
            ("Obehörig åtkomst till journaler", 3, 4,
             "Behörighetsuppföljning i verksamhetssystemet (loggkontroll)", "Systemförvaltare",
             "", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 7
    for proc, items in groups:
        start = r
        for it in items:
            risk, s, k, km, ans, dg, da, hg, ha, kom, st, av = it
            vals = [proc if r == start else None, risk, s, k, s * k, km, ans, dg, da, hg, ha, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if i in (3, 4, 5, 8, 9, 10, 11) else None)
            exp(fil, N, km, st, av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Ifylld av: Jonas Berg, kvalitetsstrateg   Datum: 2026-01-28")
    for col, w in zip("ABCDEFGHIJKL", [18, 30, 8, 8, 7, 42, 20, 12, 12, 12, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4. SBN ods, statusord
def f_sbn(tmp):
    fil = "SBN_IK_2025.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Internkontroll"
    ws["A1"] = "SAMHÄLLSBYGGNADSNÄMNDEN"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025"
    ws["A3"] = "Rapporttillfälle: Helår"
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Resultat/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BOX
    groups = [
        ("Bygglov", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Tertial", "Bygglovschef",
             "Genomförd", "96 % inom tid. Sju ärenden överskred tidsfristen och avgiften reducerades.", "GENOMFORD", "ja"),
            ("Debitering av bygglovsavgifter enligt taxa", "Stickprov 20 ärenden", "Årligen", "Bygglovschef",
             "Genomförd", "Stickprov 20 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("Mark och exploatering", [
            ("Markanvisningsavtal följs upp mot villkor", "Genomgång av avtal", "Årligen", "Exploateringschef",
             "Pågår", "Två av fem avtal granskade.", "DELVIS", ""),
            ("Kontroll av att detaljplaner följer tidplan i planprogrammet", "Avstämning mot planprogram", "Halvår",
             "Planchef", "Ej påbörjad", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
            ("Arrendeavtal – indexuppräkning och fakturering", "Samtliga arrenden", "Årligen", "Markhandläggare",
             "Genomförd med anmärkning", "Tre arrenden har inte indexuppräknats sedan 2022. Rättas från 2026.",
             "GENOMFORD", "ja"),
            ("Lantmäteritaxor – avstämning av fakturerade förrättningar", "Avstämning", "Årligen", "Exploateringschef",
             "Utgår", "Kommunen saknar egen lantmäterimyndighet från 2025.", "UTGAR", ""),
        ]),
        ("Administration", [
            ("Hantering av allmänna handlingar – diarieföring av inkomna ärenden", "Stickprov", "Årligen",
             "Registrator", "Genomförd", "", "GENOMFORD", ""),
            ("Kontroll av behörigheter i GIS-systemet", "Behörighetslista", "Årligen", "GIS-samordnare",
             "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for area, items in groups:
        start = r
        for it in items:
            vals = [area if r == start else None] + list(it[:6])
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, it[0], it[6], it[7])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="Statusalternativ: Genomförd / Genomförd med anmärkning / Pågår / Ej påbörjad / Utgår")
    for col, w in zip("ABCDEFG", [20, 45, 25, 10, 20, 22, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "SBN_IK_2025.xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", "ods",
                    "--outdir", OUT, src], check=True, capture_output=True)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5. Stratsys-CSV, KFN + TN
def f_csv():
    fil = "stratsys_export_internkontroll_20260131.csv"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Genomförd delår 2025",
           "Genomförd helår 2025", "Avvikelse", "Kommentar helår", "Senast ändrad"]
    KF, TN = "Kultur- och fritidsnämnden", "Tekniska nämnden"
    rows = [
        (KF, "Bidrag", "Kontroll av föreningsbidrag – redovisning av medlemsantal", "Föreningskonsulent",
         "Ja", "Ja", "Ja", "Två föreningar kunde inte styrka medlemsantal; bidrag återkrävt.", "2026-01-12",
         "GENOMFORD", "ja"),
        (KF, "Kontanthantering", "Kassahantering i simhallen och på biblioteket", "Enhetschef bad",
         "Ja", "Ja", "Nej", "Fyra oanmälda kassainventeringar utan anmärkning.", "2026-01-12", "GENOMFORD", "nej"),
        (KF, "Intäkter", "Uthyrning av lokaler faktureras enligt bokningssystemet", "Bokningsansvarig",
         "Nej", "Delvis", "Nej", "Kontrollerat för sporthallar,\nej för samlingslokaler.", "2026-01-15",
         "DELVIS", "nej"),
        (KF, "Tillgångar", "Inventering av konstsamlingen", "Kulturchef",
         "", "Nej", "", "Skjuts upp till 2026 på grund av personalbrist.", "2026-01-15", "EJ_GENOMFORD", ""),
        (KF, "Avtal", "Uppföljning av avtal med extern driftentreprenör för ishallen", "Fritidschef",
         "Ja", "", "", "", "2025-09-03", "GENOMFORD", ""),
        (TN, "Avtal", "Kontroll av fakturor från entreprenörer mot avtal (vinterväghållning)", "Gatuchef",
         "Ja", "Ja", "Ja", "Felaktigt debiterade timmar upptäcktes, kreditering erhållen.", "2026-01-20",
         "GENOMFORD", "ja"),
        (TN, "Fordon", "Fordonsbokning och körjournaler för kommunens bilpool", "Fordonssamordnare",
         "Ja", "Ja", "Nej", "", "2026-01-20", "GENOMFORD", "nej"),
        (TN, "VA", "Egenkontroll av dricksvatten enligt kontrollprogram", "VA-chef",
         "Ja", "Ja", "Nej", "Samtliga provtagningar utförda enligt program.", "2026-01-21", "GENOMFORD", "nej"),
        (TN, "Park", "Uppföljning av lekplatsbesiktningar", "Parkchef",
         "Nej", "Nej", "", "Besiktningsfirma ej upphandlad.", "2026-01-21", "EJ_GENOMFORD", ""),
        (TN, "Fordon", "Drivmedelskort – kontroll av tankningar", "Fordonssamordnare",
         "", "Se bilaga", "", "", "2026-01-22", "OKLAR", ""),
        (TN, "Avfall", "Avfallstaxa – fakturering av slamtömning", "Avfallschef",
         "Ja", "Utgår", "", "Ansvaret överfört till Hedemo Vatten AB från 1 september.", "2026-01-22",
         "UTGAR", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Internkontroll 2025 - Uppföljning helår;;;;;;;;\r\n")
        f.write("Urval: Hedemo kommun / Nämnder;;;;;;;;\r\n")
        f.write(";;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow(r[:9])
            exp(fil, r[0], r[2], r[9], r[10])
    FILES.append((fil, "INLAST", KF, "2025", "HELAR"))
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))

# ---------------------------------------------------------------- 6. MBN docx, kryssrutor per kontroll
def f_mbn():
    fil = "Uppföljning intern kontroll helår 2025.docx"
    N = "Miljö- och byggnämnden"
    d = docx.Document(); fixed_props(d.core_properties)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Miljö- och byggnämnden\tHedemo kommun\tDnr MBN 2025/31"
    sec.footer.paragraphs[0].text = "Uppföljning intern kontroll"
    d.add_heading("Uppföljning av intern kontroll – helår 2025", 0)
    d.add_paragraph(
        "Förvaltningen redovisar här uppföljningen av nämndens internkontrollplan för 2025. Varje "
        "kontrollmoment redovisas i en egen tabell. Kryssa i rutan för genomförande och om avvikelse noterats.")
    def box(opts, ticked):
        return "   ".join(("☒ " if o in ticked else "☐ ") + o for o in opts)
    items = [
        ("Tillsynsavgifter debiteras enligt taxa inom livsmedelskontrollen", "Miljöchef",
         ["Ja"], ["Nej"], "Stickprov 25 objekt, samtliga debiterade enligt taxa.", "GENOMFORD", "nej"),
        ("Planerad tillsyn enligt miljöbalken genomförs enligt tillsynsplan", "Miljöchef",
         ["Delvis"], ["Ja"], "78 % av planerad tillsyn genomförd. Prioritering av klagomålsärenden under hösten.",
         "DELVIS", "ja"),
        ("Handläggningstid för strandskyddsdispenser", "Bygg- och miljöhandläggare",
         ["Ja"], ["Ja"], "Två ärenden överskred handläggningstiden på tio veckor.", "GENOMFORD", "ja"),
        ("Jäv och bisysslor – inventering av handläggares bisysslor", "Förvaltningschef",
         ["Nej"], [], "Genomförs första kvartalet 2026.", "EJ_GENOMFORD", ""),
        ("Diarieföring av klagomålsärenden inom två arbetsdagar", "Nämndsekreterare",
         ["Ja", "Nej"], [], "", "OKLAR", ""),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [], ["Nej"], "Samtliga delegationsbeslut har anmälts månadsvis, kontrollerat mot ärendesystemet.",
         "GENOMFORD", "nej"),
        ("Kontroll av OVK-protokoll (obligatorisk ventilationskontroll)", "Byggnadsinspektör",
         [], [], "", "SAKNAS", ""),
    ]
    for n, (km, ans, g, a, kom, st, av) in enumerate(items, 1):
        d.add_heading(f"Kontroll {n}", 2)
        t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
        data = [("Kontrollmoment", km), ("Ansvarig", ans),
                ("Genomförd", box(["Ja", "Nej", "Delvis"], g)),
                ("Avvikelse noterad", box(["Ja", "Nej"], a)), ("Kommentar", kom)]
        for i, (k, v) in enumerate(data):
            t.cell(i, 0).text = k; t.cell(i, 1).text = v
            t.cell(i, 0).paragraphs[0].runs[0].bold = True
        exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Hedemo den 26 januari 2026")
    d.add_paragraph("Per Holm\nförvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7. ÖFN xls, statusord, nämnd bara i filnamn
def f_ofn():
    fil = "Uppföljning intern kontroll 2025 - ÖFN.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    hst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; "
                      "alignment: wrap on; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Uppföljning internkontroll – helår 2025", xlwt.easyxf("font: bold on, height 280"))
    ws.write(1, 0, "Datum: 2026-01-19")
    hdr = ["Id", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Åtgärd", "Status", "Återrapporteras"]
    for i, h in enumerate(hdr): ws.write(3, i, h, hst)
    rows = [
        ("ÖF1", "Årsräkningar", "Granskning av årsräkningar – stickprov på verifikationer",
         "Fem ställföreträdare saknade kontoutdrag för hela året.", "Kompletteringar begärda.", "Klar",
         "Nämnd feb 2026", "GENOMFORD", "ja"),
        ("ÖF2", "Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Inga", "", "Klar", "", "GENOMFORD", "nej"),
        ("ÖF3", "Rekrytering", "Kontroll av att registerutdrag tas innan nya ställföreträdare föreslås",
         "", "", "Påbörjad", "Nämnd april 2026", "DELVIS", ""),
        ("ÖF4", "Förvaltning", "Spärrade bankkonton för omyndiga kontrolleras mot bankens besked",
         "", "", "Ej påbörjad", "Nämnd april 2026", "EJ_GENOMFORD", ""),
        ("ÖF5", "Årsräkningar", "Handläggningstid för granskning av årsräkningar (senast 30/9)",
         "12 % av årsräkningarna granskades efter 30/9.", "Extra resurs under sommaren 2026.", "Klar",
         "Nämnd feb 2026", "GENOMFORD", "ja"),
        ("ÖF6", "Arkiv", "Gallring av akter enligt dokumenthanteringsplan",
         "", "", "Ej aktuell", "", "UTGAR", ""),
        ("ÖF7", "E-tjänster", "Kontroll av e-tjänst för ansökan om förvaltarskap",
         "", "", "", "", "SAKNAS", ""),
    ]
    for r, row in enumerate(rows, 4):
        for i, v in enumerate(row[:7]): ws.write(r, i, v, wrap)
        exp(fil, N, row[2], row[7], row[8])
    ws.write(len(rows) + 5, 0, "Ansvarig: enhetschef", bold)
    for i, w in enumerate([6, 16, 45, 38, 30, 12, 18]): ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8. Avvisad: följebrev
def f_reject():
    fil = "Följebrev IK helår 2025 Socialnämnden.docx"
    d = docx.Document(); fixed_props(d.core_properties)
    d.add_paragraph("Hedemo kommun\nSocialförvaltningen")
    d.add_paragraph("2026-01-28").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll helår 2025", 1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för 2025 (bifogad fil "
        "”Socialnämnden_helår2025_IK.xlsx”). Uppföljningen behandlas av socialnämnden den 11 februari 2026.")
    d.add_paragraph(
        "Bilaga 3 om hantering av brukares privata medel skickas separat eftersom den innehåller "
        "sekretessuppgifter. Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJonas Berg\nKvalitetsstrateg, socialförvaltningen\n0123-45 67 89")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Hedemo Bostäder AB", "Hedemobostäder|HBAB"),
    ]
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="r373_")
    try:
        f_ks(); f_bun(); f_sn(); f_sbn(tmp); f_csv(); f_mbn(); f_ofn(); f_reject()
        registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "expected rows")
