#!/usr/bin/python3
"""Blind round r333 – Gräsmyra kommun, T2 2025. Statuses answered as questions."""
import csv, datetime, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 3, 10, 0, 0)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv=""):
    EXP.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")

def fix_wb(wb):
    wb.properties.creator = "Gräsmyra kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

def fix_doc(doc):
    cp = doc.core_properties
    cp.author = "Gräsmyra kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Gräsmyra kommun"

# ---------------------------------------------------------------- 1 KS xlsx
def file_ks():
    fil = "KS_IK-uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Gräsmyra kommun"; ws["A1"].font = Font(bold=True, size=10)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Tertial 2 (januari–augusti 2025)"
    ws["A4"] = ("Instruktion: Besvara frågan ”Har kontrollen genomförts?” med Ja, Nej eller Delvis. "
                "Ange J eller N i kolumnen för avvikelse. Vid Nej eller Delvis ska kommentar alltid lämnas.")
    ws["A4"].font = Font(italic=True, size=9); ws.merge_cells("A4:H4"); ws["A4"].alignment = WRAP
    ws.row_dimensions[4].height = 28
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Har kontrollen genomförts?\nJa/Nej/Delvis", "Avvikelse upptäckt?\nJ/N", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = HEAD_FILL; c.alignment = WRAP; c.border = BOX
    ws.row_dimensions[6].height = 32
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
         "Controller", "Ja", "J", "2 av 30 fakturor attesterade av person utan delegation. Återkopplat till berörda chefer.",
         "GENOMFORD", "ja"),
        ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 15 verifikat",
         "Redovisningsekonom", "Ja", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Ekonomi", "Avstämning av balanskonton inför delårsbokslut", "Samtliga balanskonton",
         "Redovisningschef", "Delvis", "N",
         "Avstämning klar för kundfordringar och leverantörsskulder, övriga konton stäms av i september.", "DELVIS", "nej"),
        ("G", "HR/Personal"),
        ("2.1", "Personal", "Kontroll av att löneutbetalning sker enligt beslutade lönebeslut", "Stickprov 20 anställda",
         "HR-specialist", "Ja", None, "Genomförd i juni. En felaktig OB-ersättning upptäcktes och har rättats.",
         "GENOMFORD", "ja"),
        ("2.2", "Personal", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Kvartalsvis genomgång per enhet",
         "HR-chef", "Nej", None, "Skjuts till T3 p.g.a. byte av HR-system.", "EJ_GENOMFORD", ""),
        ("G", "IT och informationssäkerhet"),
        ("3.1", "IT", "Kontroll av behörigheter i ekonomisystemet (Raindance) för avslutade medarbetare",
         "Samtliga avslutade jan–jun", "IT-säkerhetssamordnare", "Ja", "J",
         "3 konton för avslutade medarbetare var fortfarande aktiva. Spärrade 2025-06-12.", "GENOMFORD", "ja"),
        ("3.2", "IT", "Test av återläsning av säkerhetskopior", "Ett test per år", "IT-chef", None, None, None,
         "SAKNAS", ""),
        ("G", "Upphandling"),
        ("4.1", "Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Stickprov 10 upphandlingar",
         "Upphandlare", "Ja", "N", "Ja, men endast 6 av 10 stickprov granskade – resterande granskas i oktober.",
         "DELVIS", "nej"),
        ("4.2", "Upphandling", "Avtalstrohet – inköp hos avtalade leverantörer", "Analys av inköpsstatistik",
         "Upphandlingschef", "Ja", "J", "Avtalstrohet 87 %. Köp utanför avtal främst på kontorsmaterial.",
         "GENOMFORD", "ja"),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = GROUP_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            for i, v in enumerate(row[:8], 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            exp(fil, N, row[2], row[8], row[9])
        r += 1
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"J,N"', allow_blank=True)
    ws.add_data_validation(dv); ws.add_data_validation(dv2)
    dv.add(f"F7:F{r-1}"); dv2.add(f"G7:G{r-1}")
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. "
            "Avvikelser inom behörighetshantering och attest åtgärdas under hösten.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).alignment = WRAP; ws.row_dimensions[r].height = 30
    ws.cell(row=r + 2, column=1, value="Godkänd av: Eva Lindqvist, kommundirektör, 2025-09-08")
    for col, w in zip("ABCDEFGH", [6, 14, 46, 26, 20, 16, 14, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Intern kontroll 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 2 BUN docx
def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)

def file_bun():
    fil = "BUN uppföljning intern kontroll tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document(); fix_doc(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Gräsmyra kommun\tBarn- och utbildningsförvaltningen"
    doc.add_heading("Barn- och utbildningsnämnden", level=1)
    doc.add_heading("Uppföljning intern kontroll – tertial 2 2025", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 131). Nedan redovisas "
        "uppföljningen per den 31 augusti 2025. För varje kontrollmoment anges om kontrollen har genomförts "
        "(Ja/Nej/Delvis) samt resultat och eventuella åtgärder.")
    data = [
        ("Kontroll av att anmälningar om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
         "Genomgång av samtliga anmälningar\ni DF Respons", "Kvalitetsstrateg", "Delvis",
         "Genomförd för grundskolan. Förskolan granskas i oktober.\n4 anmälningar rapporterades för sent till huvudman.",
         "DELVIS", "ja"),
        ("Kontroll av frånvarorapportering och hantering av problematisk skolfrånvaro",
         "Stickprov på 3 skolor", "Rektorer", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att placering i förskola sker enligt köregler",
         "Stickprov 20 placeringar", "Placeringsansvarig", "Ja",
         "Två placeringar gjordes utanför köordning utan dokumenterad motivering. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Kontroll av att skolskjuts beviljas enligt riktlinjer",
         "Stickprov 15 beslut", "Skolskjutshandläggare", "Nej",
         "Ej genomförd, handläggaren har varit föräldraledig. Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Kontroll av utdrag ur belastningsregistret vid nyanställning",
         "Stickprov 10 nyanställda", "HR-konsult", "Ja",
         "10 av 10 hade uppvisat utdrag före anställning.", "GENOMFORD", "nej"),
        ("Inventering av elevdatorer (1:1)",
         "Inventering mot\nförteckning", "IT-samordnare", "Utgår",
         "Utgår enligt BUN beslut 2025-04-16 § 42, ersätts av central inventering via IT-enheten.", "UTGAR", ""),
        ("Kontroll av att statsbidrag återrapporteras till Skolverket i tid",
         "Genomgång av beviljade\nstatsbidrag", "Controller", "Ja",
         "Se bilaga 2.", "GENOMFORD", ""),
        ("Attest av fakturor inom förskoleverksamheten",
         "Stickprov 20 fakturor", "Controller", "Ja", "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Metod", "Ansvarig", "Har kontrollen genomförts? Ja/Nej/Delvis", "Kommentar/resultat"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ""
        run = t.rows[0].cells[i].paragraphs[0].add_run(h); run.bold = True
    for d in data:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = d[i]
        exp(fil, N, d[0], d[5], d[6])
    set_col_widths(t, [5.0, 3.5, 2.8, 2.5, 5.5])
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Sammanställning statsbidrag 2025 (separat fil).")
    doc.add_paragraph("Gräsmyra 2025-09-04")
    doc.add_paragraph("Anna Berg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 3 SN xlsx
def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (tertial 2). Kolumnen ”Följer plan” besvaras Ja/Nej per tertial."
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan: T1\nJa/Nej",
           "Följer plan: T2\nJa/Nej", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA"); c.alignment = WRAP; c.border = BOX
    groups = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar av ekonomiskt bistånd", 12,
             "Stickprov av 25 utbetalningar av ekonomiskt bistånd mot fattade beslut", "Ja", "Ja",
             "T1: inga avvikelser.\nT2: 1 utbetalning saknade beslut i Viva, återkrav initierat.", "GENOMFORD", "ja"),
            ("Beslut fattas utan delegation", 9,
             "Kontroll av att beslut fattas enligt delegationsordningen", "Ja", "Ja",
             "Inga avvikelser vid någon av kontrollerna.", "GENOMFORD", "nej"),
        ]),
        ("Barn och unga", [
            ("Utredningar drar ut på tiden", 12,
             "Uppföljning av att utredningar avslutas inom fyra månader", "Ja", "Ja",
             "Genomförd. Utredningstiden överskreds i 5 av 30 ärenden, främst p.g.a. vakanser. Handlingsplan finns.",
             "GENOMFORD", "ja"),
            ("Barn riskerar att inte få skydd i tid", 16,
             "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Ja", "Nej",
             "Kontrollen för maj–aug är påbörjad, hälften av ärendena granskade. Slutförs i september.",
             "DELVIS", ""),
        ]),
        ("Äldreomsorg och LSS", [
            ("Insatser motsvarar inte beslut", 9,
             "Kontroll av att genomförandeplaner upprättas och följs upp var sjätte månad", None, "Nej",
             "Ej genomförd under perioden p.g.a. införande av nytt verksamhetssystem. Flyttas till T3.",
             "EJ_GENOMFORD", ""),
            ("Missförhållanden rapporteras inte", 12,
             "Granskning av avvikelserapportering enligt lex Sarah", "Ja", None,
             "Kontrollen görs en gång per år (T1). Samtliga rapporter utredda inom tidsgräns.", "GENOMFORD", "nej"),
        ]),
        ("Personal och ekonomi", [
            ("Felaktig lön till timanställda", 8,
             "Kontroll av att timanställda inom hemtjänsten har korrekt lönesättning", "Ja", "Ja",
             "Två felaktiga ersättningar upptäcktes och har korrigerats.", "GENOMFORD", "ja"),
            ("Kostnader för placeringar överstiger avtal", 9,
             "Uppföljning av avtalade volymer med externa HVB-hem", "Nej", "Ja",
             "Avstämning mot fakturor genomförd i juli, inga avvikelser.", "GENOMFORD", "nej"),
            ("Inaktuella avtal", 4,
             "Kontroll av att hyresavtal för bostad med särskild service är aktuella", "-", "Utgår",
             "Utgår – ansvaret flyttat till samhällsbyggnadsförvaltningen enligt SN beslut 2025-05-21 § 77.",
             "UTGAR", ""),
        ]),
    ]
    r = 5
    for proc, items in groups:
        start = r
        for it in items:
            ws.cell(row=r, column=1, value=proc if r == start else None)
            vals = [it[0], it[1], it[2], it[3], it[4], it[5]]
            for i, v in enumerate(vals, 2):
                c = ws.cell(row=r, column=i, value=v)
            for col in range(1, 8):
                ws.cell(row=r, column=col).alignment = WRAP; ws.cell(row=r, column=col).border = BOX
            exp(fil, N, it[2], it[6], it[7])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (1–4). Röd ≥ 12, gul 6–11, grön ≤ 5.").font = Font(italic=True, size=9)
    for row in range(5, r - 1):
        c = ws.cell(row=row, column=3)
        if isinstance(c.value, int):
            c.fill = PatternFill("solid", fgColor="FF8080" if c.value >= 12 else ("FFE699" if c.value >= 6 else "A9D08E"))
    for col, w in zip("ABCDEFG", [18, 28, 9, 44, 11, 11, 52]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 4 SBN docx (Klar (x))
def file_sbn():
    fil = "SBN internkontroll uppföljning T2-2025.docx"
    N = "Samhällsbyggnadsnämnden"
    doc = Document(); fix_doc(doc)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph(); r = p.add_run("Samhällsbyggnadsnämnden"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Internkontroll 2025 – uppföljning tertial 2")
    p = doc.add_paragraph(); r = p.add_run(
        "Markera med x i den kolumn som gäller per 31/8: Klar = kontrollen är genomförd, Pågår = kontrollen är "
        "påbörjad, Ej påbörjad = kontrollen har inte startat. Kommentera avvikelser.")
    r.italic = True; r.font.size = Pt(9)
    blocks = [
        ("Plan- och byggverksamhet", [
            ("Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "x", "", "",
             "86 av 92 ärenden inom tid. 6 ärenden överskred tiden, avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
            ("Stickprov av att debitering av bygglovstaxa sker enligt gällande taxa", "Administratör", "x", "", "",
             "Inga fel i 20 stickprov.", "GENOMFORD", "nej"),
            ("Uppföljning av att slutbesked meddelas innan byggnad tas i bruk", "Byggnadsinspektör", "", "x", "",
             "Genomgång av 2024 års ärenden pågår.", "DELVIS", ""),
            ("Kontroll av att beslut om strandskyddsdispens fattas enligt delegation", "Planchef", "", "", "",
             "Kontrollen genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Gata/park och fastighet", [
            ("Kontroll av att arbetsmiljöansvar vid entreprenader är skriftligt överlämnat", "Projektledare",
             "X", "X", "", "", "OKLAR", ""),
            ("Attest av fakturor för drift och underhåll av gator", "Gatuchef", "X", "", "", "", "GENOMFORD", ""),
            ("Kontroll av att felanmälningar i fastigheter åtgärdas inom avtalad tid", "Fastighetschef", "", "", "X",
             "Ej påbörjad, ny fastighetsförvaltare från september.", "EJ_GENOMFORD", ""),
            ("Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör", "X", "", "",
             "Besiktning genomförd i maj. 3 lekredskap åtgärdade efter anmärkning.", "GENOMFORD", "ja"),
            ("Kontroll av att markupplåtelser faktureras", "Handläggare gata", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    for title, items in blocks:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Klar (x)", "Pågår (x)", "Ej påbörjad (x)", "Kommentar"]):
            t.rows[0].cells[i].text = ""
            t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        for it in items:
            cells = t.add_row().cells
            for i in range(6):
                cells[i].text = it[i]
                if i in (2, 3, 4):
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, it[0], it[6], it[7])
        set_col_widths(t, [8.0, 3.2, 1.8, 1.8, 2.2, 8.0])
        doc.add_paragraph()
    doc.add_paragraph("Uppföljningen behandlas av samhällsbyggnadsnämnden 2025-09-17.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 5 Stratsys CSV (KFN + MHN)
def file_csv():
    fil = "stratsys_export_internkontroll_20250903.csv"
    KFN, MHN = "Kultur- och fritidsnämnden", "Miljö- och hälsoskyddsnämnden"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Period", "Har kontrollen genomförts?",
           "Avvikelse upptäckt?", "Kommentar", "Senast ändrad", "Ändrad av"]
    # (org, område, km, [(period, svar, avv, kommentar, datum, vem)], status, avv)
    C = [
        (KFN, "Ekonomi", "Kontroll av kassahantering i simhallens reception",
         [("Tertial 1 2025", "Ja", "N", "Inga differenser.", "2025-04-28", "Lena Ek"),
          ("Tertial 2 2025", "Ja", "J", "Kassadifferens på 1 450 kr i juli, utreds av enhetschef.", "2025-09-01", "Lena Ek")],
         "GENOMFORD", "ja"),
        (KFN, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslut och regler",
         [("Tertial 1 2025", "Delvis", "N", "Lokalt aktivitetsstöd kontrollerat.", "2025-04-30", "Omar Haddad"),
          ("Tertial 2 2025", "Ja", "N", "Samtliga bidragsformer kontrollerade.", "2025-08-29", "Omar Haddad")],
         "GENOMFORD", "nej"),
        (KFN, "Inventarier", "Uppföljning av utlånade inventarier på bibliotek och fritidsgårdar",
         [("Tertial 1 2025", "Nej", "", "", "2025-04-30", "Omar Haddad"),
          ("Tertial 2 2025", "Delvis", "", "Biblioteken klara, fritidsgårdarna återstår.", "2025-09-02", "Karin Sjö")],
         "DELVIS", ""),
        (KFN, "Ekonomi", "Kontroll av att lokalbokning faktureras korrekt",
         [("Tertial 1 2025", "Ja", "N", "Årlig kontroll, genomförd i april. Inga fel.", "2025-04-25", "Lena Ek"),
          ("Tertial 2 2025", "", "", "", "", "")],
         "GENOMFORD", "nej"),
        (KFN, "IT", "Kontroll av behörighet till bokningssystemet",
         [("Tertial 2 2025", "Nej", "", "Skjuts upp till 2026 i avvaktan på ny bokningsplattform.", "2025-09-02", "Karin Sjö")],
         "EJ_GENOMFORD", ""),
        (MHN, "Ekonomi", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
         [("Tertial 1 2025", "Ja", "N", "", "2025-05-05", "Johan Lind"),
          ("Tertial 2 2025", "Ja", "N", "Stickprov 15 ärenden, inga fel.", "2025-08-28", "Johan Lind")],
         "GENOMFORD", "nej"),
        (MHN, "Tillsyn", "Uppföljning av att tillsynsplanen för livsmedelskontroll följs",
         [("Tertial 1 2025", "Delvis", "", "30 % av planerade kontroller.", "2025-05-05", "Johan Lind"),
          ("Tertial 2 2025", "Delvis", "", "62 % av planerade kontroller genomförda per 31/8.", "2025-08-28", "Johan Lind")],
         "DELVIS", ""),
        (MHN, "Handläggning", "Kontroll av jäv vid handläggning av tillsynsärenden",
         [("Tertial 1 2025", "", "", "", "", ""),
          ("Tertial 2 2025", "Ja", "J", "Ett ärende handlagt av inspektör med jäv, ärendet har omprövats.", "2025-08-30", "Sara Nyström")],
         "GENOMFORD", "ja"),
        (MHN, "Handläggning", "Kontroll av att klagomålsärenden diarieförs inom två dagar",
         [("Tertial 1 2025", "Ja", "N", "", "2025-05-06", "Sara Nyström"),
          ("Tertial 2 2025", "Nej", "", "Inte gjord under T2 p.g.a. semester, görs i oktober.", "2025-08-30", "Sara Nyström")],
         "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for org, omr, km, periods, st, av in C:
            for per in periods:
                w.writerow([org, omr, km, per[0], per[1], per[2], per[3], per[4], per[5]])
            exp(fil, org, km, st, av)
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))
    FILES.append((fil, "INLAST", MHN, "2025", "T2"))

# ---------------------------------------------------------------- 6 ÖFN xls (via LibreOffice)
def file_ofn():
    fil = "ÖFN IK T2 2025.xls"
    N = "Överförmyndarnämnden"
    wb = Workbook(); fix_wb(wb)
    ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Intern kontroll 2025 – uppföljning T2"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Enhet: Överförmyndarenheten"
    hdr = ["Kontrollmoment", "Har kontrollen genomförts? (Ja/Nej/Delvis)", "Avvikelse upptäckt? (J/N)", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.alignment = WRAP; c.border = BOX
    data = [
        ("Granskning av årsräkningar – stickprov av 20 akter avseende verifikationer", "Ja", "J",
         "3 akter saknade verifikat för uttag, kompletteringar begärda.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret", "Ja", "N", None,
         "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Delvis", "N",
         "Klart för gode män, förvaltare kontrolleras under T3.", "DELVIS", "nej"),
        ("Uppföljning av att förvaltarkonton är överförmyndarspärrade", "Ja (med anm.)", "J",
         "Två konton saknade spärr, åtgärdat 2025-07-02.", "GENOMFORD", "ja"),
        ("Kontroll av handläggningstid för yttranden till tingsrätten", "Nej", None, "Ej genomförd.",
         "EJ_GENOMFORD", ""),
    ]
    for j, d in enumerate(data):
        for i in range(4):
            c = ws.cell(row=5 + j, column=1 + i, value=d[i]); c.alignment = WRAP; c.border = BOX
        exp(fil, N, d[0], d[4], d[5])
    ws.cell(row=11, column=1, value="Uppgiftslämnare: Maria Öhman, 2025-09-02")
    for col, w in zip("ABCD", [55, 18, 14, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Gräsmyra kommun"
    tmp = tempfile.mkdtemp(prefix="r333_")
    src = os.path.join(tmp, "ofn.xlsx"); wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round333",
                    "--convert-to", "xls", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "ofn.xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 7 Gräsmyra Bostäder docx (text only)
def file_gbab():
    fil = "Gräsmyra Bostäder - uppföljning internkontroll aug 2025.docx"
    N = "Gräsmyra Bostäder AB"
    doc = Document(); fix_doc(doc)
    doc.add_heading("Gräsmyra Bostäder AB", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – per 31 augusti 2025")
    doc.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan 2025-02-11. Uppföljningen nedan avser perioden "
        "januari–augusti och lämnas till kommunstyrelsen i samband med delårsrapporten för tertial 2.")
    items = [
        ("Hyresavisering och hyresreskontra",
         "Avstämning av hyresreskontra mot huvudbok varje månad", "Ja", "Nej",
         "Avstämt januari–augusti utan differenser.", "GENOMFORD", "nej"),
        ("Uthyrning",
         "Kontroll av att nya hyresgäster kreditprövas enligt uthyrningspolicyn", "Ja", "Ja",
         "I 2 av 25 kontrakt saknades dokumenterad kreditupplysning. Uthyrarna har påmints om rutinen.",
         "GENOMFORD", "ja"),
        ("Upphandling",
         "Kontroll av att underhållsplanens åtgärder upphandlas enligt LOU", "Delvis", "Nej",
         "Fönsterbyte Norra Backen kontrollerat. Takbyte Storgatan 12 upphandlas i oktober och kontrolleras då.",
         "DELVIS", "nej"),
        ("Nyckel- och låshantering",
         "Kontroll av att nyckelkvittenser finns för samtliga utlämnade huvudnycklar", "Nej", "–",
         "Ej genomförd. Planeras till november i samband med byte av låssystem.", "EJ_GENOMFORD", ""),
        ("Brandskydd",
         "Brandskyddskontroll (SBA) i samtliga trapphus", "Ja", "Ja",
         "Genomförd i maj. Brister i 4 trapphus (barnvagnar och cyklar i trapphus) – åtgärdade.",
         "GENOMFORD", "ja"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Ja, se bilaga 1", "Se bilaga 1",
         "", "GENOMFORD", ""),
    ]
    for n, (head, km, q1, q2, kom, st, av) in enumerate(items, 1):
        doc.add_heading(f"{n}. {head}", level=3)
        p = doc.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = doc.add_paragraph(); p.add_run("Har kontrollen genomförts? ").bold = True; p.add_run(q1)
        p = doc.add_paragraph(); p.add_run("Avvikelse upptäckt? ").bold = True; p.add_run(q2)
        if kom:
            p = doc.add_paragraph(); p.add_run("Kommentar: ").bold = True; p.add_run(kom)
        exp(fil, N, km, st, av)
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 1: Attestkontroll leverantörsfakturor jan–aug 2025 (skickas separat)")
    doc.add_paragraph("Per Holmgren\nVD, Gräsmyra Bostäder AB")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 8 rejected: covering letter
def file_letter():
    fil = "Följebrev IK T2 Tekniska nämnden.docx"
    doc = Document(); fix_doc(doc)
    doc.add_paragraph("Gräsmyra kommun\nTekniska förvaltningen")
    doc.add_paragraph("2025-09-03")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Angående uppföljning av intern kontroll tertial 2 2025", level=2)
    doc.add_paragraph(
        "Hej!\n\nTekniska nämndens uppföljning av internkontrollplanen för tertial 2 har ännu inte behandlats av "
        "nämnden. Ärendet tas upp på sammanträdet den 24 september 2025 och uppföljningen skickas till er "
        "direkt därefter. Vi har i nuläget inga kända väsentliga avvikelser att rapportera.\n\n"
        "Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nMikael Strand\nEkonom, tekniska förvaltningen\n0570-123 45")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- register + CSVs
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Gräsmyra Bostäder AB", "Gräsmyrabostäder|GBAB|Gräsmyra Bostäder"),
]

def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for r in rows:
                wr.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], REGISTER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

def normalize_zips():
    """Rewrite docx/xlsx with fixed zip timestamps so the round is byte-for-byte reproducible."""
    import zipfile
    for fil, *_ in FILES:
        if not fil.endswith((".docx", ".xlsx")):
            continue
        path = os.path.join(OUT, fil)
        with zipfile.ZipFile(path) as z:
            items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in items:
                zi = zipfile.ZipInfo(name, date_time=(2025, 9, 3, 10, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)

if __name__ == "__main__":
    file_ks(); file_bun(); file_sn(); file_sbn(); file_csv(); file_ofn(); file_gbab(); file_letter()
    normalize_zips()
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXP)} controls")
