#!/usr/bin/python3
# Blind round 425 - Föllinge kommun (fictional), T2 2025, several periods side by side.
import csv, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round425"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    EXPECTED.append((fil, namnd, km, st, av))

def soffice_convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r425_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmp)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "KS_IK-uppfoljning_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Föllinge kommun"; ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: tertial 2, 2025 (t.o.m. 31 augusti)"
    ws["A4"] = "Ange status med något av alternativen: Genomförd / Pågår / Ej påbörjad / Utgår. Kommentera alltid avvikelser."
    ws["A4"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    ws.append([]); ws.append(hdr)
    for c in ws[6]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = WRAP; c.border = BOX
    rows = [
     ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Ekonomichef", "Tertialvis",
      "Genomförd", "Inga avvikelser.", "Genomförd", "20 fakturor granskade. 2 fakturor över 50 tkr saknade andra attest enligt beloppsgräns. Berörda attestanter har informerats.", "GENOMFORD", "ja"),
     ("1.2", None, "Kontroll av att representation följer riktlinjer för representation", "Genomgång av samtliga representationsfakturor", "Controller", "Tertialvis",
      "Pågår", "Stickprov påbörjat i april.", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
     ("1.3", None, "Avstämning av bankkonton mot huvudbok vid varje månadsskifte", "Avstämningsrapport signeras", "Redovisningsansvarig", "Månadsvis",
      "Genomförd", "Jan–april avstämda utan differenser.", "Pågår", "Avstämning för maj–juli klar, augusti återstår.", "DELVIS", ""),
     ("2.1", "Upphandling och inköp", "Kontroll av avtalstrohet vid inköp av kontorsmaterial", "Uttag ur e-handelssystemet, jämförelse mot ramavtal", "Upphandlingschef", "1 gång/år",
      "Ej påbörjad", "Planeras till T2.", "Genomförd", "Avtalstroheten var 87 %. Inköp utanför avtal hos två enheter; information har gått ut till enhetscheferna.", "GENOMFORD", "ja"),
     ("2.2", None, "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen", "Genomgång av diariet", "Upphandlingschef", "1 gång/år",
      "Genomförd", "Samtliga 6 direktupphandlingar dokumenterade. Inga avvikelser.", None, None, "GENOMFORD", "nej"),
     ("3.1", "Personal och lön", "Kontroll av att löneutbetalningar till avslutade anställningar har stoppats", "Jämförelse avslutade anställningar mot lönekörning", "HR-chef", "Tertialvis",
      "Genomförd", "Inga avvikelser.", None, "Kontrollen utförd i juli. En felaktig utbetalning (1 person, 23 400 kr) upptäcktes och återkrav är skickat.", "GENOMFORD", "ja"),
     ("3.2", None, "Uppföljning av rehabiliteringsärenden vid upprepad korttidsfrånvaro", "Stickprov i HR-systemet", "HR-chef", "Tertialvis",
      "Pågår", "", "Ej genomförd", "Skjuts till T3 på grund av vakans på HR-avdelningen.", "EJ_GENOMFORD", ""),
     ("4.1", "Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personal", "Behörighetslista mot personalregister", "Systemförvaltare", "1 gång/år",
      None, None, "Utgår", "Ersätts av gemensam behörighetsgenomgång vid systembytet, beslut KS 2025-04-08 § 61.", "UTGAR", ""),
     ("4.2", None, "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "Stickprov 30 handlingar", "Registrator", "Tertialvis",
      "Genomförd", "Inga avvikelser vid stickprov i mars.", "Pågår", "Nytt stickprov påbörjat i augusti.", "DELVIS", ""),
    ]
    start = 7
    for i, r in enumerate(rows):
        ws.append(list(r[:10]))
        exp(fil, N, r[2], r[10], r[11])
    # merge process cells vertically
    for a, b in [(7, 9), (10, 11), (12, 13), (14, 15)]:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    for row in ws.iter_rows(min_row=7, max_row=15, max_col=10):
        for c in row:
            c.alignment = WRAP; c.border = BOX
    r = 17
    ws.cell(r, 1, "Sammanställning T2: 9 kontrollmoment – 5 genomförda, 2 pågår, 1 ej genomförd, 1 utgår.").font = Font(bold=True)
    ws.cell(r + 2, 1, "Godkänd av: Anna Berglund, kommundirektör, 2025-09-12")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 42, 30, 18, 12, 13, 32, 13, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 2. BUN docx
def file_bun():
    fil = "BUN uppföljning internkontroll tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_paragraph("Föllinge kommun\nBarn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av intern kontroll – tertial 2, 2025", level=1)
    d.add_paragraph("Diarienummer: BUN 2025/118")
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 23 januari 2025 (§ 4). "
                    "Nedan redovisas status för varje kontrollmoment efter första och andra tertialet. "
                    "Bedömningen i kolumnen T2 avser läget per den 31 augusti 2025. Kommentaren kompletterar bedömningen.")
    groups = [
     ("Process: Elevhälsa och trygghet", [
      ("Anmälan om kränkande behandling till huvudman sker skyndsamt", "Stickprov av anmälningar på samtliga skolor", "Rektorer",
       "●", "◐", "Stickprov på 4 av 7 skolor klart. Resterande skolor granskas i september.", "DELVIS", ""),
      ("Elevakter förvaras enligt rutin för sekretessbelagda handlingar", "Besök på varje enhet", "Verksamhetschef elevhälsa",
       "○", "●", "Samtliga skolor kontrollerade. På Föllinge skola förvarades akter i olåst skåp; åtgärdat i juni.", "GENOMFORD", "ja"),
      ("Kontroll av att frånvaro över 10 % anmäls till rektor och elevhälsa", "Uttag ur frånvarosystemet", "Verksamhetschef grundskola",
       "◐", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
     ]),
     ("Process: Ekonomi", [
      ("Attest av fakturor för skolskjuts", "Stickprov 15 fakturor", "Ekonom",
       "●", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
      ("Avgifter i förskola och fritidshem debiteras enligt beslutad taxa", "Stickprov 20 hushåll", "Ekonom / barnomsorgshandläggare",
       "○", "○", "Ej genomförd på grund av byte av barnomsorgssystem. Flyttas till T3.", "EJ_GENOMFORD", ""),
      ("Inköp av läromedel görs från upphandlad leverantör", "Uttag ur e-handel", "Ekonom",
       "", "", "Se bilaga 2.", "OKLAR", ""),
     ]),
     ("Process: Personal och systematiskt kvalitetsarbete", [
      ("Registerkontroll (utdrag ur belastningsregistret) görs vid nyanställning", "Genomgång av samtliga nyanställningar", "HR-konsult",
       "◐", "", "Kontrollen slutförd i maj. 2 av 25 nyanställda saknade uppvisat utdrag vid anställningsstart; utdrag har nu visats.", "GENOMFORD", "ja"),
      ("Uppföljning av att extra anpassningar dokumenteras i elevdokumentationen", "Granskning av 10 elever per skola", "Kvalitetsstrateg",
       "–", "–", "Utgår enligt beslut BUN 2025-02-20 § 12, ingår i huvudmannens kvalitetsrapport.", "UTGAR", ""),
     ]),
    ]
    hdr = ["Kontrollmoment", "Metod/omfattning", "Ansvarig", "T1", "T2", "Kommentar"]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
    for gname, items in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = gname
        for r in m.paragraphs[0].runs: r.bold = True
        for it in items:
            row = t.add_row()
            for i in range(6):
                row.cells[i].text = it[i]
            exp(fil, N, it[0], it[6], it[7])
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring: ● = Genomförd   ◐ = Delvis genomförd/pågår   ○ = Ej genomförd   – = Utgår")
    d.add_paragraph("Bilaga 2: Sammanställning läromedelsinköp (separat fil).")
    d.add_paragraph("Föllinge 2025-09-15\n\nMaria Holm\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 3. SN ods (plan columns + T2 follow-up, codes + fills)
def file_sn():
    fil = "Socialnämnden IKP 2025 med uppföljning T2.ods"
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 (maj–augusti 2025)"
    ws["A3"] = "Status: G = Genomförd, P = Pågående/delvis genomförd, E = Ej genomförd, U = Utgår"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A5:J5"); ws["A5"] = "PLAN (antagen SN 2024-12-11 § 142)"
    ws.merge_cells("K5:L5"); ws["K5"] = "UPPFÖLJNING T2"
    for c in ("A5", "K5"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    ws["A5"].fill = PatternFill("solid", fgColor="D9E1F2"); ws["K5"].fill = PatternFill("solid", fgColor="FCE4D6")
    hdr = ["Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens",
           "Ansvarig", "Rapport till nämnd", "Status", "Resultat/kommentar"]
    ws.append(hdr)
    for c in ws[6]:
        c.font = Font(bold=True); c.alignment = WRAP; c.border = BOX
    fills = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    rows = [
     ("Ekonomiskt bistånd", "Felaktiga utbetalningar av ekonomiskt bistånd", 3, 4,
      "Kontroll av att beslut om ekonomiskt bistånd är attesterade av behörig handläggare", "Stickprov 25 akter", "Tertialvis", "Enhetschef försörjningsstöd", "T1, T2, Helår",
      "G", "25 akter granskade. 1 beslut saknade attest, rättat i efterhand.", "GENOMFORD", "ja"),
     ("Ekonomiskt bistånd", "Bidragsbrott upptäcks inte", 2, 3,
      "Kontroll mot Försäkringskassan (SSBTEK) görs vid varje nyansökan", "Stickprov 15 nyansökningar", "Tertialvis", "Enhetschef försörjningsstöd", "T1, T2, Helår",
      "G", "Inga avvikelser.", "GENOMFORD", "nej"),
     ("Barn och unga", "Barn far illa utan att skyddsbedömning görs i tid", 3, 4,
      "Förhandsbedömning av orosanmälan avslutas inom 14 dagar", "Uttag ur verksamhetssystemet", "Månadsvis", "Enhetschef barn och unga", "T1, T2, Helår",
      "P", "Juni–juli sammanställda: 92 % inom 14 dagar, 8 ärenden över tid. Augusti sammanställs i september.", "DELVIS", "ja"),
     ("Barn och unga", "Långa utredningstider", 3, 3,
      "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader", "Uttag ur verksamhetssystemet", "Tertialvis", "Enhetschef barn och unga", "T2, Helår",
      "E", "Ej genomförd under T2 på grund av personalbrist. Genomförs i oktober.", "EJ_GENOMFORD", ""),
     ("Äldreomsorg", "Insatser genomförs inte enligt beslut", 2, 3,
      "Genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst", "Stickprov 20 brukare", "1 gång/år", "Enhetschef hemtjänst", "Helår",
      None, None, "SAKNAS", ""),
     ("Äldreomsorg", "Missförhållanden rapporteras inte", 2, 4,
      "Rapporter enligt lex Sarah hanteras och utreds enligt rutin", "Genomgång av samtliga rapporter", "Tertialvis", "MAS / SAS", "T1, T2, Helår",
      "G", "4 rapporter under perioden, samtliga hanterade och utredda enligt rutin.", "GENOMFORD", "nej"),
     ("Funktionsnedsättning", "Felaktig fakturering av assistanstimmar", 2, 3,
      "Fakturerade assistanstimmar överensstämmer med beviljade timmar", "Stickprov 10 brukare", "Tertialvis", "Enhetschef LSS", "T1, T2, Helår",
      "U", "Utgår – kontrollen flyttad till kommunstyrelsens plan (samordnad granskning av assistansersättning).", "UTGAR", ""),
     ("Hälso- och sjukvård", "Felaktig läkemedelshantering", 3, 4,
      "Signeringslistor för läkemedel kontrolleras på särskilda boenden", "Granskning av signeringslistor en vecka per boende", "Tertialvis", "MAS", "T1, T2, Helår",
      "P", "3 av 5 boenden klara. Brister i signering på Granbacken, handlingsplan upprättad.", "DELVIS", "ja"),
    ]
    for i, r in enumerate(rows):
        rn = 7 + i
        ws.append([r[0], r[1], r[2], r[3], None, r[4], r[5], r[6], r[7], r[8], r[9], r[10]])
        ws.cell(rn, 5, "=C%d*D%d" % (rn, rn))
        if r[9]:
            ws.cell(rn, 11).fill = PatternFill("solid", fgColor=fills[r[9]])
            ws.cell(rn, 11).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, r[4], r[11], r[12])
    for row in ws.iter_rows(min_row=7, max_row=14, max_col=12):
        for c in row:
            c.border = BOX
            if c.column != 11: c.alignment = WRAP
    for col, w in zip("ABCDEFGHIJKL", [18, 28, 9, 9, 8, 42, 24, 11, 22, 13, 8, 48]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r425src_")
    src = os.path.join(tmp, "Socialnämnden IKP 2025 med uppföljning T2.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 4. SBN xls (last year beside this year, colour only)
def file_sbn():
    fil = "SBF_intern_kontroll_T2-2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("T2 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    col = {k: xlwt.easyxf("pattern: pattern solid, fore_colour %s; borders: left thin, right thin, top thin, bottom thin" % v)
           for k, v in {"grön": "bright_green", "gul": "yellow", "röd": "red", "grå": "gray40"}.items()}
    ws.write(0, 0, "Intern kontroll 2025 – uppföljning tertial 2", title)
    ws.write(1, 0, "Förvaltning: Samhällsbyggnadsförvaltningen")
    ws.write(2, 0, "Uppföljningen jämförs med utfallet vid helårsuppföljningen 2024.")
    hdr = ["Kontrollmoment", "Ansvarig", "Utfall helår 2024", "Status T2 2025", "Kommentar 2025"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, head)
    rows = [
     ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "Genomförd – 3 ärenden över tid", "grön",
      "Samtliga 46 ärenden under perioden inom tid.", "GENOMFORD", "nej"),
     ("Fakturering av bygglovsavgifter sker enligt taxa", "Bygglovschef", "Genomförd", "gul",
      "Stickprov för maj–juni klart, juli–augusti återstår.", "DELVIS", ""),
     ("VA-anslutningsavgifter debiteras vid nyanslutning", "VA-chef", "Ej genomförd", "röd",
      "Ej genomförd, resursbrist. Genomförs under T3.", "EJ_GENOMFORD", ""),
     ("Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "Genomförd", "grön",
      "Besiktning gjord i juni. 2 lekredskap på Rönnvägen avstängda på grund av rötskador.", "GENOMFORD", "ja"),
     ("Uppföljning av entreprenörers avtalsvillkor vid snöröjning", "Gatuchef", "Genomförd", "grå",
      "Ej aktuell under T2 (vintersäsong).", "UTGAR", ""),
     ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Genomförd", None,
      "", "SAKNAS", ""),
     ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Genomförd", None,
      "Genomförd i augusti, samtliga beslut anmälda vid sammanträdet 2025-08-27.", "GENOMFORD", "nej"),
     ("Hyresavtal för kommunens lokaler – förfallodatum och indexuppräkning", "Fastighetschef", "Ny kontroll 2025", "gul",
      "Genomförd för lokaler i centralorten, övriga återstår. Två avtal hade felaktig indexuppräkning, rättat.", "DELVIS", "ja"),
    ]
    for i, r in enumerate(rows):
        rr = 5 + i
        ws.write(rr, 0, r[0], cell); ws.write(rr, 1, r[1], cell); ws.write(rr, 2, r[2], cell)
        if r[3]:
            ws.write(rr, 3, "", col[r[3]])
        else:
            ws.write(rr, 3, "", cell)
        ws.write(rr, 4, r[4], cell)
        exp(fil, N, r[0], r[5], r[6])
    lr = 5 + len(rows) + 1
    ws.write(lr, 0, "Färgförklaring status 2025:", bold)
    ws.write(lr + 1, 0, "", col["grön"]); ws.write(lr + 1, 1, "Genomförd")
    ws.write(lr + 2, 0, "", col["gul"]); ws.write(lr + 2, 1, "Pågår / delvis genomförd")
    ws.write(lr + 3, 0, "", col["röd"]); ws.write(lr + 3, 1, "Ej genomförd")
    ws.write(lr + 4, 0, "", col["grå"]); ws.write(lr + 4, 1, "Ej aktuell / utgår")
    ws.write(lr + 6, 0, "Upprättad av: Johan Lind, controller, 2025-09-08")
    for i, w in enumerate([48, 20, 26, 14, 60]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 5. Stratsys-like CSV, two nämnder
def file_csv():
    fil = "stratsys_export_internkontroll_20250910.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    K = ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden")
    M = ("Miljö- och byggförvaltningen", "Miljö- och byggnämnden")
    rows = [
     (K, "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Fritidschef", "Pågående", "Ansökningar inkomna, granskning påbörjad.",
      "Slutförd", "12 föreningar granskade. En förening saknade årsmöteshandlingar – bidraget hålls inne tills underlag kommit in.", "GENOMFORD", "ja"),
     (K, "Kontanthantering", "Kassahantering vid simhallen – dagliga kassarapporter stäms av", "Badchef", "Slutförd", "Inga avvikelser.",
      "Slutförd", "Inga avvikelser.", "GENOMFORD", "nej"),
     (K, "Intäkter", "Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig", "Ej påbörjad", "",
      "Pågående", "Maj och juni kontrollerade utan anmärkning, juli–augusti återstår.", "DELVIS", "nej"),
     (K, "Tillgångar", "Inventering av utlånade instrument i kulturskolan", "Kulturskolechef", "Slutförd", "Samtliga 214 instrument återfunna.",
      "", "", "GENOMFORD", "nej"),
     (K, "Informationssäkerhet", "Behörigheter i bokningssystemet är aktuella", "Systemförvaltare", "Ej påbörjad", "",
      "Avbruten", "Avbruten enligt beslut KFN 2025-05-14 § 38, nytt bokningssystem införs.", "UTGAR", ""),
     (M, "Avgifter", "Tillsynsavgifter debiteras enligt taxa", "Miljöchef", "Slutförd", "Inga avvikelser.",
      "Pågående", "Nytt stickprov pågår, hittills inga avvikelser.", "DELVIS", "nej"),
     (M, "Myndighetsutövning", "Livsmedelskontroller utförs enligt fastställd kontrollplan", "Miljöchef", "Pågående", "38 av 140 kontroller utförda.",
      "Pågående", "62 av 140 planerade kontroller utförda (44 %). Efter plan på grund av vakant inspektörstjänst.", "DELVIS", "ja"),
     (M, "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Slutförd", "Samtliga beslut anmälda.",
      "Ej påbörjad", "Kontrollen görs efter sammanträdet i september.", "EJ_GENOMFORD", ""),
     (M, "Myndighetsutövning", "Klagomålsärenden besvaras inom två veckor", "Miljöchef", "", "",
      "", "", "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Internkontroll 2025 - uppföljning;;;;;;;\r\n")
        f.write("Utskriven: 2025-09-10 14:32 av ekonomienheten;;;;;;;\r\n")
        f.write(";;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow([r[0][0]] + list(r[1:8]))
            exp(fil, r[0][1], r[2], r[8], r[9])
    FILES.append((fil, "INLAST", K[1], "2025", "T2"))
    FILES.append((fil, "INLAST", M[1], "2025", "T2"))

# ---------------------------------------------------------------- 6. ÖFN odt, text only
def file_ofn():
    fil = "Uppföljning internkontroll T2 2025 - Överförmyndarnämnden.odt"
    N = "Överförmyndarnämnden"
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    hs1 = Style(name="Heading 1", family="paragraph"); hs1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    it = Style(name="Periodstycke", family="paragraph"); it.addElement(ParagraphProperties(marginleft="0.5cm"))
    doc.styles.addElement(hs); doc.styles.addElement(hs1); doc.automaticstyles.addElement(it)
    doc.text.addElement(P(text="Överförmyndarnämnden i Föllinge kommun"))
    doc.text.addElement(H(outlinelevel=1, stylename=hs1, text="Uppföljning av internkontrollplan 2025 – andra tertialet"))
    doc.text.addElement(P(text="Nämnden antog internkontrollplanen för 2025 den 29 januari 2025. Under varje kontrollmoment "
                               "redovisas läget efter tertial 1 (januari–april) och tertial 2 (maj–augusti)."))
    items = [
     ("1. Årsräkningar granskas inom sex månader från inlämning",
      ["Tertial 1: Granskning pågår, 180 av 260 årsräkningar granskade.",
       "Tertial 2: Samtliga 260 årsräkningar är granskade per den 31 augusti. Inga anmärkningar utöver sedvanliga kompletteringar."],
      "GENOMFORD", "nej"),
     ("2. Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret",
      ["Tertial 1: Ej påbörjad.",
       "Tertial 2: Kontrollen är genomförd för nya ställföreträdare (22 st). Kontroll av befintliga ställföreträdare återstår och görs under hösten."],
      "DELVIS", ""),
     ("3. Uttag från spärrade konton sker endast efter överförmyndarens samtycke",
      ["Tertial 1: Genomförd, inga avvikelser.",
       "Tertial 2: Genomförd. Vid stickprov på 15 uttag saknades samtycke i ett fall; banken har kontaktats och rutinen har förtydligats."],
      "GENOMFORD", "ja"),
     ("4. Arvoden till gode män och förvaltare betalas ut enligt nämndens riktlinjer",
      ["Tertial 1: Kontrollen görs i samband med årsräkningsgranskningen.",
       "Tertial 2: Kontrollen flyttas till tertial 3 eftersom handläggarresurserna prioriterats till årsräkningarna."],
      "EJ_GENOMFORD", ""),
     ("5. Förteckningar inkommer inom två månader efter förordnande",
      ["Tertial 2: Se bilaga 1 (ärendeförteckning)."],
      "OKLAR", ""),
     ("6. Behörigheter i akthanteringssystemet granskas",
      ["Kontrollmomentet utgår 2025 eftersom granskningen görs av den gemensamma IT-enheten (beslut ÖFN 2025-03-26 § 19)."],
      "UTGAR", ""),
    ]
    for head, paras, st, av in items:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=head))
        for p in paras:
            doc.text.addElement(P(stylename=it, text=p))
        km = head.split(". ", 1)[1]
        exp(fil, N, km, st, av)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Föllinge den 11 september 2025"))
    doc.text.addElement(P(text="Karin Sjödin, ordförande"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 7. FBAB xlsx, tick columns, name only in print header / file name
def file_fbab():
    fil = "FBAB_internkontroll_2025_uppf_T2.xlsx"
    N = "Föllinge Bostäder AB"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.left.text = "Föllinge Bostäder AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 2"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Markera med x när kontrollen är planerad respektive utförd. Avvikelse anges J/N."
    ws.merge_cells("E4:G4"); ws["E4"] = "Planerad"
    ws.merge_cells("H4:J4"); ws["H4"] = "Utförd"
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "T1", "T2", "T3", "T1", "T2", "T3", "Avvikelse (J/N)", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.cell(5, i + 1, h)
    for r in (4, 5):
        for c in ws[r]:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", wrap_text=True); c.border = BOX
    rows = [
     (1, "Hyresintäkter", "Hyresavisering stäms av mot hyresreskontran", "Ekonomichef", "x", "x", "x", "x", "x", "", "N", "", "GENOMFORD", "nej"),
     (2, "Uthyrning", "Nya hyresgäster är kreditprövade före kontraktsskrivning", "Uthyrningschef", "x", "x", "x", "x", "", "", "", "T2-kontrollen ej gjord, semesterperiod.", "EJ_GENOMFORD", ""),
     (3, "Inköp", "Attest av leverantörsfakturor enligt attestordning", "Ekonomichef", "", "x", "", "", "x", "", "J", "En faktura från entreprenör attesterad av beställaren själv (jäv). Rutinen förtydligad.", "GENOMFORD", "ja"),
     (4, "Fastighet", "Systematiskt brandskyddsarbete (SBA) i flerbostadshus dokumenteras", "Fastighetschef", "", "x", "x", "", "pågår", "", "", "8 av 14 fastigheter klara.", "DELVIS", ""),
     (5, "Uthyrning", "Uppföljning av vakansgrad och outhyrda lägenheter", "Uthyrningschef", "x", "", "", "x", "", "", "N", "", "GENOMFORD", "nej"),
     (6, "Fastighet", "Underhållsplanens åtgärder följer budget", "Fastighetschef", "", "", "x", "", "", "", "", "", "SAKNAS", ""),
     (7, "Säkerhet", "Kvittenser finns för utlämnade huvudnycklar", "Driftchef", "x", "x", "", "x", "x", "", "J", "Två nycklar saknade kvittens vid T2-kontrollen; nycklarna är spärrade.", "GENOMFORD", "ja"),
     (8, "Ekonomi", "Representation och gåvor följer bolagets policy", "VD", "", "x", "", "", "", "", "", "Utgår – ingår i ägardirektivets gemensamma kontroll för bolagen.", "UTGAR", ""),
    ]
    for i, r in enumerate(rows):
        rn = 6 + i
        for j, v in enumerate(r[:12]):
            c = ws.cell(rn, j + 1, v if v != "" else None); c.border = BOX
            c.alignment = WRAP if j in (2, 11) else Alignment(horizontal="center", vertical="top")
        exp(fil, N, r[2], r[12], r[13])
    ws.cell(15, 1, "Rapporterad till styrelsen 2025-09-18. Ansvarig: Per Ekström, VD")
    for col, w in zip("ABCDEFGHIJKL", [5, 14, 45, 16, 5, 5, 5, 7, 7, 5, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 8. reject: budget follow-up with T1/T2 columns
def file_reject():
    fil = "KFN_ekonomisk_uppfoljning_T2_2025.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Driftredovisning"
    ws["A1"] = "Kultur- och fritidsnämnden – ekonomisk uppföljning tertial 2 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Verksamhet", "Budget 2025", "Utfall T1", "Utfall T2 (ack.)", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]: c.font = Font(bold=True)
    data = [
     ("Nämnd och förvaltningsledning", 2150, 690, 1420, 2100, None, "Vakant tjänst under våren."),
     ("Bibliotek", 6800, 2210, 4530, 6850, None, "Ökade kostnader för medier."),
     ("Kulturskola", 5400, 1890, 3420, 5400, None, "Enligt plan."),
     ("Fritidsgårdar", 3100, 1010, 2080, 3250, None, "Utökade öppettider under sommarlovet."),
     ("Simhall och idrottsanläggningar", 9700, 3450, 6610, 10050, None, "Högre energikostnader, reparation av pumpar."),
     ("Föreningsbidrag", 2600, 1300, 2450, 2600, None, "Bidrag utbetalda enligt beslut."),
    ]
    for i, d in enumerate(data):
        rn = 5 + i
        ws.append(list(d))
        ws.cell(rn, 6, "=B%d-E%d" % (rn, rn))
    rn = 5 + len(data)
    ws.cell(rn, 1, "Summa").font = Font(bold=True)
    for col in "BCDEF":
        ws["%s%d" % (col, rn)] = "=SUM(%s5:%s%d)" % (col, col, rn - 1)
    ws.cell(rn + 2, 1, "Nämnden prognostiserar ett underskott om 400 tkr för 2025. Åtgärder redovisas i separat handlingsplan.")
    for col, w in zip("ABCDEFG", [34, 12, 11, 15, 13, 20, 45]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def registry():
    rows = [
     ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
     ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
     ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
     ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
     ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
     ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
     ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
     ("Valnämnden", "VN"),
     ("Krisledningsnämnden", "KLN"),
     ("Föllinge Bostäder AB", "FBAB|Föllingebostäder|Föllinge Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(rows)

def main():
    file_ks(); file_bun(); file_sn(); file_sbn(); file_csv(); file_ofn(); file_fbab(); file_reject()
    registry()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)

if __name__ == "__main__":
    main()
