#!/usr/bin/python3
# Blind round r426 - Sälens kommun (fictional), tertial 2 2025, tick/checkbox follow-ups.
import os, csv, shutil, subprocess, tempfile
import openpyxl, xlwt
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round426"
EXP = []    # expected rows
FILES = []  # files.csv rows

def exp(fil, namnd, km, status, avv):
    EXP.append([fil, namnd, km, status, avv])

def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)

# ---------------------------------------------------------------- 1 KS xlsx
def file_ks():
    fil = "KS_IK_uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Sälens kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, tertial 2 (januari–augusti)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Instruktion: Markera med x i den kolumn som gäller för kontrollens status. Ange Ja eller Nej under "
                "Avvikelse. Beskriv avvikelse och vidtagen/planerad åtgärd i kommentarsfältet.")
    ws.merge_cells("A3:J3"); ws["A3"].alignment = WRAP; ws.row_dimensions[3].height = 30
    ws["A5"] = "Nr"; ws["B5"] = "Process"; ws["C5"] = "Kontrollmoment"; ws["D5"] = "Kontrollansvarig"
    ws["E5"] = "Frekvens"; ws["F5"] = "Status T2"; ws["I5"] = "Avvikelse (Ja/Nej)"; ws["J5"] = "Kommentar / åtgärd"
    ws["F6"] = "Genomförd"; ws["G6"] = "Delvis"; ws["H6"] = "Ej genomförd"
    for c in "ABCDEIJ":
        ws.merge_cells(f"{c}5:{c}6")
    ws.merge_cells("F5:H5")
    for r in (5, 6):
        for c in "ABCDEFGHIJ":
            cell = ws[f"{c}{r}"]; cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.alignment = CENTER; cell.border = BOX
    rows = [
        ("H", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Tertial",
         "x", "", "", "Nej", "Stickprov 40 fakturor maj–aug, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare", "Controller", "Tertial",
         "x", "", "", "Ja", "3 av 25 underlag saknade deltagarförteckning. Påminnelse skickad till berörda chefer.", "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton per 31 augusti", "Redovisningsekonom", "Tertial",
         "", "x", "", "Nej", "Avstämning klar för konto 1510–1790. Övriga konton stäms av i september.", "DELVIS", "nej"),
        ("H", "Personal"),
        ("2.1", "Lön", "Kontroll att löneutbetalningar till avslutade anställningar har upphört", "Lönechef", "Månadsvis",
         "x", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("2.2", "Medarbetarskap", "Uppföljning av att medarbetarsamtal genomförts", "HR-chef", "Årligen",
         "", "", "x", "", "Genomförs under hösten enligt plan (T3).", "EJ_GENOMFORD", ""),
        ("H", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "Systemförvaltare Raindance", "Tertial",
         "", "", "", "Nej", "Kontrollen genomförd 2025-08-21, inga avvikelser.", "GENOMFORD", "nej"),
        ("3.2", "Loggar", "Logguppföljning i ärendehanteringssystemet", "Informationssäkerhetssamordnare", "Tertial",
         "x", "x", "", "", "", "OKLAR", ""),
        ("H", "Upphandling och inköp"),
        ("4.1", "Avtalstrohet", "Avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlingschef", "Tertial",
         "x", "", "", "Ja", "Inköp utanför avtal hos två enheter (ca 48 tkr). Dialog förd med enhetscheferna.", "GENOMFORD", "ja"),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlingschef", "Tertial",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        else:
            for i, v in enumerate(row[:10]):
                c = ws.cell(r, i + 1, v if v != "" else None)
                c.border = BOX; c.alignment = CENTER if 5 <= i <= 8 else WRAP
            exp(fil, N, row[2], row[10], row[11])
        r += 1
    ws.cell(r, 3, "Antal markeringar").font = Font(bold=True)
    ws.cell(r, 6, 5); ws.cell(r, 7, 2); ws.cell(r, 8, 1)
    r += 2
    ws.cell(r, 1, "Uppföljningen godkänd av: Anna Lindqvist, kommundirektör, 2025-09-10")
    for col, w in zip("ABCDEFGHIJ", (6, 18, 48, 22, 11, 11, 9, 12, 12, 50)):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Sälens kommun – Kommunstyrelsen"
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ---------------------------------------------------------------- 2 BUN docx (one form per control)
def cb(on): return "☒" if on else "☐"

def file_bun():
    fil = "BUN uppföljning internkontroll tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2").runs[0].bold = True
    d.add_paragraph("Dnr BUN 2024/312")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024. Nedan redovisas uppföljningen av "
        "respektive kontroll för perioden januari–augusti 2025. Varje kontroll redovisas i ett eget formulär. "
        "Kryssa i det alternativ som gäller.")
    forms = [
        ("Personal", "Kontroll av att registerutdrag från belastningsregistret har uppvisats före anställning",
         "HR-specialist", "Stickprov 20 nyanställningar", "J", "N",
         "Samtliga 20 granskade anställningar hade uppvisat registerutdrag.", "–", "GENOMFORD", "nej"),
        ("Skolskjuts", "Handläggning av ansökningar om skolskjuts sker inom fastställd tid",
         "Skolskjutssamordnare", "Genomgång av samtliga ansökningar mars–juni", "J", "J",
         "4 av 30 ansökningar handlades efter fyra veckor.", "Rutinen ses över och ersättare utses vid semester.",
         "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
         "Kvalitetsstrateg", "Jämförelse anmälningsdatum och registreringsdatum", "D", "N",
         "Kontrollen har gjorts för grundskolan. Förskolan kvarstår och görs i oktober.", "", "DELVIS", "nej"),
        ("Elevhälsa", "Frånvarouppföljning av elever med hög frånvaro (över 15 %)",
         "Rektorer", "Uttag ur frånvarosystemet", "N", "",
         "Kontrollen flyttas till tertial 3 på grund av byte av lärplattform.", "", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av fakturor för inköp av läromedel",
         "Controller", "Stickprov 15 fakturor", "", "", "", "", "SAKNAS", ""),
        ("Informationssäkerhet", "Rutin för hantering av skyddade personuppgifter följs",
         "Registrator", "Genomgång av akter med skyddad identitet", "J", "J",
         "Genomförd med anmärkning: två enheter saknade uppdaterad rutin.",
         "Rutinen skickas ut på nytt och gås igenom på rektorsmöte.", "GENOMFORD", "ja"),
        ("Ekonomi", "Uppföljning av att ersättning till fristående förskolor beräknas enligt beslutad resursfördelning",
         "Controller", "Avstämning av utbetalningar mot barnantal", "J", "N",
         "Utbetalningarna stämmer mot beslutad resursfördelning.", "", "GENOMFORD", "nej"),
    ]
    for i, f in enumerate(forms, 1):
        d.add_heading(f"Kontroll {i}", level=2)
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        def row(a, b):
            cells = t.add_row().cells; cells[0].text = a; cells[1].text = b
            cells[0].paragraphs[0].runs[0].bold = True
        row("Process", f[0]); row("Kontrollmoment", f[1]); row("Kontrollansvarig", f[2]); row("Metod", f[3])
        row("Är kontrollen genomförd?", f"{cb(f[4]=='J')} Ja     {cb(f[4]=='D')} Delvis     {cb(f[4]=='N')} Nej")
        row("Har avvikelser upptäckts?", f"{cb(f[5]=='J')} Ja     {cb(f[5]=='N')} Nej")
        row("Resultat / kommentar", f[6]); row("Åtgärd", f[7])
        for rr in t.rows:
            rr.cells[0].width = Cm(5); rr.cells[1].width = Cm(11)
        d.add_paragraph()
        exp(fil, N, f[1], f[8], f[9])
    d.add_paragraph("Sälen 2025-09-15")
    d.add_paragraph("Maria Ek\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.sections[0].header.paragraphs[0].text = "BUN – Intern kontroll 2025"
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ---------------------------------------------------------------- 3 SN xls (Ja/Nej per tertial)
def file_sn():
    fil = "Socialnamnden_IKP_2025_uppf.xls"
    N = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("IKP 2025")
    b = xlwt.easyxf("font: bold on; align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour light_turquoise")
    t = xlwt.easyxf("font: bold on, height 280")
    w = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    c = xlwt.easyxf("align: wrap on, vert top, horiz center; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Socialnämnden – Internkontrollplan 2025 med uppföljning", t)
    ws.write(1, 0, "Uppföljning tertial 2 (per 31 augusti 2025). Fylls i av kontrollansvarig. Svara Ja, Nej eller Delvis.")
    ws.write(2, 0, "Riskvärde = sannolikhet × konsekvens (1–16).")
    hdr = ["Nr", "Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig"]
    for i, h in enumerate(hdr):
        ws.write_merge(4, 5, i, i, h, b)
    ws.write_merge(4, 4, 7, 9, "Är kontrollen genomförd?", b)
    ws.write(5, 7, "T1", b); ws.write(5, 8, "T2", b); ws.write(5, 9, "T3", b)
    ws.write_merge(4, 5, 10, 10, "Har avvikelser upptäckts?", b)
    ws.write_merge(4, 5, 11, 11, "Kommentar", b)
    rows = [
        (1, "Ekonomiskt bistånd", "Beslut fattas utan stöd i delegation", 8,
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 25 beslut per tertial", "Enhetschef försörjningsstöd",
         "Ja", "Ja", "", "Nej", "", "GENOMFORD", "nej"),
        (2, "Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet", "Stickprov 30 utbetalningar", "Controller",
         "Delvis", "Ja", "", "Ja", "En felaktig utbetalning (3 200 kr) upptäcktes, återkrav upprättat.", "GENOMFORD", "ja"),
        (3, "Barn och unga", "Barn far illa när anmälan inte bedöms i tid", 16,
         "Förhandsbedömning av orosanmälan inom 14 dagar", "Uttag ur Treserva", "Enhetschef barn och unga",
         "Nej", "Delvis", "", "Ja", "Uttag gjort för maj–juni: 78 % bedömda inom 14 dagar. Juli–augusti återstår.", "DELVIS", "ja"),
        (4, "Barn och unga", "Placerade barns behov följs inte upp", 9,
         "Uppföljning av placerade barns vårdplaner minst var sjätte månad", "Genomgång av samtliga placeringar", "Enhetschef barn och unga",
         "Ja", "", "", "Nej", "Årlig kontroll, genomförd under T1.", "GENOMFORD", "nej"),
        (5, "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", 12,
         "Loggkontroll av åtkomst till personakter i Treserva", "Slumpvis loggkontroll 10 användare", "Systemförvaltare",
         "Nej", "Nej", "", "", "Ej genomförd – systemförvaltaren är föräldraledig. Planeras till oktober.", "EJ_GENOMFORD", ""),
        (6, "Familjehem", "Placering utan giltigt avtal", 6,
         "Kontroll av att avtal med konsulentstödda familjehem finns och är giltiga", "Avtalsgenomgång", "Familjehemssekreterare",
         "", "Ej aktuell", "", "", "Utgår – upphandlingen avbröts genom beslut SN 2025-03-19 § 34. Kontrollen ersätts 2026.", "UTGAR", ""),
        (7, "Vuxen", "Lång handläggningstid", 8,
         "Handläggningstid för ansökningar om bistånd enligt 4 kap. 1 § SoL", "Uttag ur Treserva", "Enhetschef vuxen",
         "", "Ja", "", "", "Se bilaga 2.", "GENOMFORD", ""),
        (8, "Boenden", "Svinn i kontanthantering", 6,
         "Kontroll av att kontanthantering på boenden redovisas månadsvis", "Avstämning kassabok mot kvitton", "Boendechef",
         "Ja", "Se bilaga 3", "", "", "", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:12]):
            ws.write(r, i, v, c if i in (0, 3, 7, 8, 9, 10) else w)
        exp(fil, N, row[4], row[12], row[13])
        r += 1
    ws.write(r + 1, 0, "Teckenförklaring: Ja = kontrollen genomförd, Delvis = delvis genomförd/pågår, Nej = ej genomförd. T3 fylls i vid helårsuppföljningen.")
    ws.write(r + 3, 0, "Behandlad i socialnämndens arbetsutskott 2025-09-17.")
    for i, wd in enumerate((5, 18, 26, 9, 42, 26, 22, 9, 11, 8, 12, 50)):
        ws.col(i).width = wd * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ---------------------------------------------------------------- 4 VON odt (☒/☐ table), converted from docx
def file_von(tmp):
    fil = "VON_T2_2025.odt"
    N = "Vård- och omsorgsnämnden"
    d = Document()
    s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
    d.add_heading("Vård- och omsorgsförvaltningen", level=1)
    d.add_paragraph("Uppföljning intern kontroll – andra tertialet 2025").runs[0].bold = True
    d.add_paragraph("Kryssa i status för perioden maj–augusti. Ange om avvikelse har upptäckts. "
                    "Kontroller som utgått enligt nämndbeslut lämnas utan kryss med hänvisning till beslutet.")
    rows = [
        ("Läkemedelshantering", "Signeringslistor för läkemedel kontrolleras månadsvis på särskilda boenden", "G", "J",
         "Saknade signeringar på 2 av 6 boenden. Avvikelser registrerade i Synergi.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst", "D", "",
         "Stickprov påbörjat, 12 av 20 granskade.", "DELVIS", ""),
        ("Avgifter", "Fakturering av hemtjänstavgifter stämmer mot utförd tid", "G", "N", "", "GENOMFORD", "nej"),
        ("Säkerhet", "Kontroll av att brandskyddsronder genomförts på samtliga boenden", "E", "",
         "Skjuts upp till T3.", "EJ_GENOMFORD", ""),
        ("Kvalitet", "Uppföljning av avvikelser enligt Lex Sarah inom 2 veckor", "G", "N",
         "Samtliga 5 rapporter utredda inom tid.", "GENOMFORD", "nej"),
        ("Hemtjänst", "Kontroll av nyckelkvittenser i hemtjänsten", "", "",
         "Utgår enligt beslut VON 2025-05-14 § 45 (digitala lås införda).", "UTGAR", ""),
        ("Bemanning", "Bemanningsföretag anlitas endast enligt gällande avtal", "", "", "", "SAKNAS", ""),
        ("Brukarnas medel", "Inventering av privata medel som förvaltas för brukare", "", "",
         "Inventering genomförd på samtliga enheter i juni, inga differenser.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        cells[0].text = row[0]; cells[1].text = row[1]
        cells[2].text = cb(row[2] == "G"); cells[3].text = cb(row[2] == "D"); cells[4].text = cb(row[2] == "E")
        cells[5].text = f"{cb(row[3]=='J')} Ja  {cb(row[3]=='N')} Nej"
        cells[6].text = row[4]
        exp(fil, N, row[1], row[5], row[6])
    d.add_paragraph()
    d.add_paragraph("Ansvarig för sammanställningen: Per Sundin, kvalitetscontroller. Datum: 2025-09-08")
    src = os.path.join(tmp, "VON_T2_2025.docx"); d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ---------------------------------------------------------------- 5 Stratsys CSV, KFN + SBN, status words
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    K = "Kultur- och fritidsnämnden"; S = "Samhällsbyggnadsnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status", "Avvikelse", "Kommentar"]
    T1, T2 = "Tertial 1 2025", "Tertial 2 2025"
    data = [
        # (org, process, km, ansv, [(period, status, avv, kommentar)], expected, avv)
        (K, "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade regler", "Fritidskonsulent",
         [(T1, "Pågående", "", "Aktivitetsbidrag vår granskas."), (T2, "Genomförd", "Nej", "20 utbetalningar granskade utan anmärkning.")],
         "GENOMFORD", "nej"),
        (K, "Kassahantering", "Kassaredovisning vid badhuset stäms av mot dagskassor", "Badhuschef",
         [(T1, "Genomförd", "Nej", ""), (T2, "Genomförd med avvikelse", "Ja", "Kassadifferens 1 150 kr i juli.\nRutin för kassaöverlämning förtydligad.")],
         "GENOMFORD", "ja"),
        (K, "Uthyrning", "Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig",
         [(T1, "Ej påbörjad", "", ""), (T2, "Pågående", "", "Stickprov pågår.")],
         "DELVIS", ""),
        (K, "Bibliotek", "Utlåning av bibliotekets medier till skolor dokumenteras", "Bibliotekschef",
         [(T1, "Ej påbörjad", "", ""), (T2, "Ej påbörjad", "", "Flyttas till 2026 p.g.a. nytt bibliotekssystem.")],
         "EJ_GENOMFORD", ""),
        (K, "Lovverksamhet", "Kontroll av registerutdrag för ledare i lovverksamhet", "Fritidschef",
         [(T2, "Utgår", "", "Ej aktuell 2025 – ingen egen lovverksamhet i kommunens regi.")],
         "UTGAR", ""),
        (S, "Investeringar", "Attest av fakturor för entreprenader inom VA-projekt", "Projektchef VA",
         [(T1, "Genomförd", "Nej", ""), (T2, "Genomförd", "Nej", "")],
         "GENOMFORD", "nej"),
        (S, "Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [(T2, "Genomförd med avvikelse", "Ja", "6 ärenden över 10 veckor; avgiften reducerad enligt PBL.")],
         "GENOMFORD", "ja"),
        (S, "Gata/park", "Felanmälningar gatubelysning åtgärdas inom avtalad tid", "Gatuingenjör",
         [(T1, "Pågående", "Nej", ""), (T2, "Pågående", "Nej", "Halva avtalsperioden följd upp.")],
         "DELVIS", "nej"),
        (S, "Redovisning", "Anläggningsregister stäms av mot genomförda investeringar", "Controller",
         [(T2, "Ej påbörjad", "", "")],
         "EJ_GENOMFORD", ""),
        (S, "Avtal", "Avtalsuppföljning av vinterväghållning", "Driftchef",
         [(T2, "", "", "Se separat rapport till nämnden 2025-09-24.")],
         "OKLAR", ""),
        (S, "Taxor", "Kontroll av att anslutningsavgifter för VA debiteras enligt taxa", "VA-ekonom",
         [(T2, "Genomförd", "Nej", "12 nya anslutningar kontrollerade.")],
         "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Rapport: Intern kontroll – uppföljning;;;;;;;\r\n")
        fh.write("Utskriven: 2025-09-05 14:32 av ekonomiavdelningen;;;;;;;\r\n")
        wr = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        wr.writerow(hdr)
        for org, proc, km, ansv, periods, st, avv in data:
            for p in periods:
                wr.writerow([org, proc, km, ansv, p[0], p[1], p[2], p[3]])
            exp(fil, org, km, st, avv)
    FILES.append([fil, "INLAST", K, "2025", "T2"])
    FILES.append([fil, "INLAST", S, "2025", "T2"])

# ---------------------------------------------------------------- 6 ÖFN ods (x columns, nämnd only in file name)
def file_ofn(tmp):
    fil = "OFN_IK_2025_T2.ods"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: maj–augusti (T2)"
    ws["A3"] = "Markera med x. Avvikelse: markera med x om avvikelse upptäckts och beskriv i noteringen."
    hdr = ["Nr", "Kontrollmoment", "Metod/omfattning", "Kontrollant", "Utförd", "Ej utförd", "Avvikelse", "Notering"]
    for i, h in enumerate(hdr, 1):
        cl = ws.cell(5, i, h); cl.font = Font(bold=True); cl.border = BOX; cl.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        (1, "Granskning av årsräkningar – stickprov på arvoderade ställföreträdare", "Stickprov 15 akter", "Handläggare",
         "x", "", "", "15 av 15 granskade, inga anmärkningar.", "GENOMFORD", "nej"),
        (2, "Kontroll av att nya ställföreträdare har registerkontroll hos Kronofogden och polisen", "Samtliga nya förordnanden", "Enhetschef",
         "x", "", "x", "En ställföreträdare förordnad innan utdrag från Kronofogden inkommit.", "GENOMFORD", "ja"),
        (3, "Uttagsmedgivanden handläggs enligt delegationsordningen", "Stickprov 10 akter", "Handläggare",
         "x", "", "", "Stickprov 5 av planerade 10 akter granskade, resterande i oktober.", "DELVIS", "nej"),
        (4, "Arvodesbeslut stäms av mot utbetalning i lönesystemet", "Samtliga arvoden maj", "Administratör",
         "", "x", "", "Ej utförd p.g.a. vakans.", "EJ_GENOMFORD", ""),
        (5, "Förteckningar inkommer inom två månader från förordnande", "Bevakningslista", "Handläggare",
         "", "", "", "", "SAKNAS", ""),
        (6, "Kontroll av att beslut om förvaltarskap registreras i Wärna inom en vecka", "Samtliga nya beslut", "Administratör",
         "x", "", "", "", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            cl = ws.cell(r, i, v if v != "" else None); cl.border = BOX
            cl.alignment = CENTER if i in (1, 5, 6, 7) else WRAP
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    ws.cell(r + 1, 1, "Upprättad 2025-09-03 / L. Berg")
    for col, wd in zip("ABCDEFGH", (5, 50, 24, 16, 8, 9, 10, 50)):
        ws.column_dimensions[col].width = wd
    src = os.path.join(tmp, "OFN_IK_2025_T2.xlsx"); wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ---------------------------------------------------------------- 7 Sälens Energi AB xlsx (symbols per tertial + fills)
def file_seab():
    fil = "Sälens Energi AB - Intern kontroll 2025 T2.xlsx"
    N = "Sälens Energi AB"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Sälens Energi AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per tertial (rapport till styrelsen 2025-09-18)"
    ws["A4"] = "Område"; ws["B4"] = "Kontrollmoment"; ws["C4"] = "Ansvarig"; ws["D4"] = "Status per tertial"
    ws["G4"] = "Avvikelse"; ws["H4"] = "Kommentar T2"
    ws["D5"] = "T1"; ws["E5"] = "T2"; ws["F5"] = "T3"
    for c in "ABCGH":
        ws.merge_cells(f"{c}4:{c}5")
    ws.merge_cells("D4:F4")
    for rr in (4, 5):
        for c in "ABCDEFGH":
            cl = ws[f"{c}{rr}"]; cl.font = Font(bold=True); cl.alignment = CENTER; cl.border = BOX
            cl.fill = PatternFill("solid", fgColor="BDD7EE")
    fills = {"✔": "C6EFCE", "◐": "FFEB9C", "✘": "FFC7CE", "—": "D9D9D9"}
    rows = [
        ("Fakturering", "Mätarvärden för fjärrvärme stäms av mot fakturering", "Kundtjänstchef", "✔", "✔", "Nej", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "✔", "◐", "Nej",
         "Stickprov för maj–juni klart, juli–augusti kvar.", "DELVIS", "nej"),
        ("IT/OT-säkerhet", "Behörigheter i driftövervakningssystemet (SCADA) ses över", "Driftchef", "✘", "✔", "Ja",
         "Två konton för avslutade konsulter spärrade.", "GENOMFORD", "ja"),
        ("Elsäkerhet", "Kontroll av att elsäkerhetsbesiktning utförts enligt plan", "Elnätschef", "", "✘", "",
         "Besiktningsfirman har skjutit upp uppdraget till oktober.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Uppföljning av kundfordringar äldre än 90 dagar", "Ekonomichef", "✔", "✔", "Ja",
         "Förfallna fordringar 412 tkr, inkasso påbörjat för 9 kunder.", "GENOMFORD", "ja"),
        ("Inköp", "Direktupphandlingar dokumenteras enligt upphandlingspolicyn", "Inköpsansvarig", "—", "—", "",
         "Utgår 2025, ersatt av kontroll i koncernens gemensamma plan.", "UTGAR", ""),
        ("IT", "Säkerhetskopiering av kundsystemet testas (återläsningstest)", "IT-samordnare", "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:7]):
            col = [1, 2, 3, 4, 5, 7, 8][i]
            cl = ws.cell(r, col, v if v != "" else None); cl.border = BOX
            cl.alignment = CENTER if col in (4, 5, 6, 7) else WRAP
            if col in (4, 5) and v in fills:
                cl.fill = PatternFill("solid", fgColor=fills[v])
        ws.cell(r, 6).border = BOX
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring").font = Font(bold=True)
    for sym, txt in (("✔", "Genomförd"), ("◐", "Delvis genomförd / pågår"), ("✘", "Ej genomförd"), ("—", "Ej aktuell / utgår")):
        r += 1
        cl = ws.cell(r, 1, sym); cl.fill = PatternFill("solid", fgColor=fills[sym]); cl.alignment = CENTER
        ws.cell(r, 2, txt)
    for col, wd in zip("ABCDEFGH", (16, 50, 18, 7, 7, 7, 11, 50)):
        ws.column_dimensions[col].width = wd
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "T2"])

# ---------------------------------------------------------------- 8 reject: covering letter
def file_missiv():
    fil = "Missiv_IK_uppfoljning_T2_2025_SN.docx"
    d = Document()
    d.add_paragraph("Sälens kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomiavdelningen, att. Controller intern kontroll")
    d.add_heading("Översändande av uppföljning av internkontrollplan, tertial 2 2025", level=2)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen 2025 för tertial 2 "
        "(filen Socialnamnden_IKP_2025_uppf.xls). Uppföljningen behandlades av nämndens arbetsutskott "
        "2025-09-17 och kommer att anmälas till nämnden 2025-09-24.")
    d.add_paragraph(
        "Av planens åtta kontroller är merparten genomförda. Loggkontrollen i Treserva har inte kunnat "
        "genomföras under perioden och planeras till oktober. En kontroll har utgått genom nämndbeslut.")
    d.add_paragraph("Bilagor som det hänvisas till i uppföljningen (bilaga 2 och 3) skickas separat.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Holm\nEkonom, socialförvaltningen\n0280-123 45")
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, "AVVISAD", "", "", ""])

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Sälens Energi AB", "SEAB|Sälenenergi|Sälens Energi"),
    ("Räddningstjänstförbundet Fjällen", "RFF|Räddningstjänsten Fjällen"),
]

def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r426_")
    try:
        file_ks(); file_bun(); file_sn(); file_von(tmp); file_stratsys(); file_ofn(tmp); file_seab(); file_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    main()
