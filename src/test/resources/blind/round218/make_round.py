#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r218 – Sälgdal kommun, T2 2025: uppföljningar med åtgärdsplaner och avvikelser i fokus."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round218"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def soffice_convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r218_")
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmp)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, title rows, main sheet + separate "Åtgärdsplan" sheet
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IKP_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Sälgdal kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"; ws["C3"] = "Kommunstyrelsen"
    ws["A4"] = "Period:"; ws["C4"] = "Tertial 2 (januari–augusti) 2025"
    ws["A5"] = "Uppföljningsdatum:"; ws["C5"] = "2025-09-10"
    ws["A6"] = ("Kontrollstatus anges som Genomförd / Delvis genomförd / Ej genomförd / Utgår. "
                "OBS! Kolumnen Åtgärdsstatus avser åtgärden för avvikelsen, inte själva kontrollen.")
    ws["A6"].font = Font(italic=True, size=9)
    ws.merge_cells("A6:J6")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollstatus", "Iakttagelse", "Avvikelse (beskrivning)",
           "Åtgärd", "Ansvarig för åtgärd", "Klart senast", "Åtgärdsstatus"]
    ws.append([]); ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = BOLD; c.fill = PatternFill("solid", fgColor="BDD7EE"); c.border = BOX; c.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
         "Stickprov 40 fakturor. 2 saknade behörig attest.",
         "Två fakturor attesterade av person utan delegation i attestförteckningen.",
         "Påminnelse om attestordningen till samtliga attestanter; uppdatering av attestlista i Raindance.",
         "Ekonomichef", "2025-10-31", "Pågår", "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av förtroendekänsliga poster (representation, resor)", "Genomförd",
         "25 verifikationer granskade. Syfte och deltagare angivna i samtliga.", "–", "–", "", "", "",
         "GENOMFORD", "nej"),
        (3, "Personal", "Kontroll att utdrag ur belastningsregistret begärts vid nyanställning inom KS verksamheter",
         "Delvis genomförd", "Kontroll gjord för januari–april; maj–augusti återstår.", "Ej bedömt ännu",
         "", "", "", "", "DELVIS", ""),
        (4, "IT och informationssäkerhet", "Behörigheter i ekonomisystemet avslutas vid avslutad anställning",
         "Genomförd", "6 konton var fortfarande aktiva för personer som slutat.",
         "Konton avslutas inte i tid – rutinen för signal från HR till IT följs inte.",
         "Automatisk avregistrering via HR-systemet.", "IT-chef", "2025-12-31", "Ej påbörjad",
         "GENOMFORD", "ja"),
        (5, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Ej genomförd",
         "Kontrollen flyttas till tertial 3 på grund av vakans på upphandlingsenheten.", "", "", "", "", "",
         "EJ_GENOMFORD", ""),
        (6, "Upphandling", "Avtalstrohet – inköp sker från avtalade leverantörer", "Genomförd",
         "Avtalstroheten uppgick till 87 % (mål 90 %).", "Inköp av kontorsmaterial utanför avtal.",
         "Information till beställare; spärr av ej avtalade leverantörer i e-handelssystemet.",
         "Upphandlingschef", "2025-11-30", "Klar", "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Diarieföring av inkomna allmänna handlingar inom två arbetsdagar", "Utgår",
         "Utgår enligt KS beslut 2025-05-14 § 88, ersätts av kontroll i helårsplanen.", "", "", "", "", "",
         "UTGAR", ""),
        (8, "Säkerhet", "Kontroll av att kommunens krisledningsplan är uppdaterad och kommunicerad", "",
         "", "", "", "", "", "", "SAKNAS", ""),
    ]
    for r in rows:
        ws.append(list(r[:10]))
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = WRAP
        exp(fil, N, r[2], r[10], r[11])
    ws.append([])
    ws.append(["", "", "Sammanställt av: Maria Lindqvist, controller, kommunledningsförvaltningen"])
    for col, w in zip("ABCDEFGHIJ", [5, 18, 45, 16, 40, 38, 40, 18, 12, 14]):
        ws.column_dimensions[col].width = w
    # Åtgärdsplan sheet – repeats the deviations
    ap = wb.create_sheet("Åtgärdsplan")
    ap["A1"] = "Åtgärdsplan – avvikelser från uppföljning T2 2025, Kommunstyrelsen"; ap["A1"].font = Font(bold=True, size=12)
    ap.append([])
    ap.append(["Nr", "Kontrollmoment", "Avvikelse", "Åtgärd", "Ansvarig", "Klart senast", "Status åtgärd"])
    for c in ap[3]:
        c.font = BOLD; c.border = BOX
    for r in rows:
        if r[11] == "ja":
            ap.append([r[0], r[2], r[5], r[6], r[7], r[8], r[9]])
            for c in ap[ap.max_row]:
                c.border = BOX; c.alignment = WRAP
    for col, w in zip("ABCDEFG", [5, 45, 40, 45, 18, 12, 14]):
        ap.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx, process headings in table, separate Åtgärdsplan table
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.bold = bold; run.font.size = Pt(9)

def file_bun():
    fil = "BUN IK-uppföljning T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Uppföljning av intern kontroll 2025 – tertial 2", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_paragraph("Dnr BUN 2025/112 · Barn- och utbildningsförvaltningen · 2025-09-15")
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). Nedan redovisas "
                    "utfallet av kontrollerna till och med augusti, de avvikelser som upptäckts och de åtgärder "
                    "som vidtagits eller planeras. Avvikelserna återfinns även i åtgärdsplanen i avsnitt 2.")
    d.add_heading("1. Resultat av kontrollerna", level=2)
    hdr = ["Nr", "Kontrollmoment", "Kontrollens status", "Iakttagelse", "Avvikelse (beskrivning)", "Åtgärd", "Klart senast"]
    data = [
        ("Process: Elevhälsa och trygghet", None),
        (("1", "Anmälan till huvudman om kränkande behandling sker skyndsamt", "Genomförd – allvarlig avvikelse",
          "14 av 52 anmälningar inkom till huvudmannen senare än 10 dagar efter händelsen.",
          "Sen anmälan vid tre skolor; risk att elevens rätt till utredning inte tillgodoses.",
          "Utbildning av rektorer; digital anmälan i DF Respons införs.", "2025-10-15"), ("GENOMFORD", "ja")),
        (("2", "Elevhälsans journalföring sker enligt patientdatalagen", "Genomförd",
          "Loggkontroll utförd i PMO för samtliga skolsköterskor.", "Ingen", "–", "–"), ("GENOMFORD", "nej")),
        (("3", "Kontakt med vårdnadshavare vid upprepad ogiltig frånvaro", "Delvis genomförd",
          "Kontroll gjord på 4 av 9 grundskolor.", "Vid en skola saknades dokumenterad kontakt i två fall.",
          "Rutinen för frånvarohantering förtydligas.", "2025-12-31"), ("DELVIS", "ja")),
        ("Process: Ekonomi och administration", None),
        (("4", "Interkommunal ersättning faktureras enligt gällande avtal", "Genomförd",
          "Samtliga 31 elever i annan kommun fakturerade korrekt.", "Inga avvikelser", "", ""), ("GENOMFORD", "nej")),
        (("5", "Skolskjuts beviljas enligt skolskjutsreglementet", "Ej påbörjad",
          "Kontrollen planeras till oktober i samband med läsårsstart.", "", "", ""), ("EJ_GENOMFORD", "")),
        (("6", "Inventering av stöldbegärlig utrustning (elevdatorer, läsplattor)", "Genomförd med anmärkning",
          "23 elevdatorer saknas i inventarieförteckningen.", "Bristande registrering av inventarier.",
          "Ny inventering vid terminsstart och ansvarig utsedd per skola.", "2026-01-31"), ("GENOMFORD", "ja")),
        ("Process: Styrning och ledning", None),
        (("7", "Uppföljning av att nämndens beslut verkställs", "Se bilaga 2", "", "", "", ""), ("OKLAR", "")),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for item, ex in data:
        row = t.add_row()
        if ex is None:
            m = row.cells[0].merge(row.cells[-1])
            set_cell(m, item, bold=True)
        else:
            for i, v in enumerate(item):
                set_cell(row.cells[i], v)
            exp(fil, N, item[1], ex[0], ex[1])
    d.add_heading("2. Åtgärdsplan", level=2)
    d.add_paragraph("Åtgärdsstatus: Ej påbörjad / Pågår / Genomförd. Observera att åtgärdens status inte är kontrollens status.")
    hdr2 = ["Avser nr", "Avvikelse", "Åtgärd", "Ansvarig för åtgärd", "Klart senast", "Åtgärdsstatus"]
    t2 = d.add_table(rows=1, cols=len(hdr2)); t2.style = "Table Grid"
    for i, h in enumerate(hdr2):
        set_cell(t2.rows[0].cells[i], h, bold=True)
    for r in [("1", "Sen anmälan av kränkande behandling till huvudman", "Utbildning av rektorer; digital anmälan i DF Respons", "Skolchef grundskola", "2025-10-15", "Pågår"),
              ("3", "Saknad dokumentation av kontakt med vårdnadshavare", "Rutinen för frånvarohantering förtydligas", "Rektor Sälgskolan", "2025-12-31", "Ej påbörjad"),
              ("6", "Elevdatorer saknas i inventarieförteckningen", "Ny inventering vid terminsstart", "IT-samordnare BUF", "2026-01-31", "Genomförd")]:
        row = t2.add_row()
        for i, v in enumerate(r):
            set_cell(row.cells[i], v)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Förteckning över verkställda beslut (separat dokument).")
    d.add_paragraph("Lena Ek\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 3. Socialnämnden – ods (via LibreOffice), codes G/P/E/U with legend, T1/T2/helår columns,
#    deviations only as a count
# ---------------------------------------------------------------------------
def file_sn(tmpdir):
    fil = "Socialnämnden_IKP2025_uppföljning.ods"
    N = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025, uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteringstillfällen: T1 (per 30/4), T2 (per 31/8), Helår (per 31/12). Denna version: T2."
    ws.append([])
    hdr = ["Process", "Kontrollmoment", "Metod", "Kontrollansvarig", "Status T1", "Status T2", "Status helår",
           "Antal avvikelser", "Kommentar / åtgärd"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD; c.fill = PatternFill("solid", fgColor="E2EFDA"); c.border = BOX; c.alignment = WRAP
    data = [
        ("Myndighetsutövning",),
        ("", "Utredningar inom barn och unga avslutas inom fyra månader", "Stickprov 20 ärenden", "Enhetschef BoU",
         "G", "G", "", 3, "Tre utredningar överskred tidsgränsen. Åtgärd: veckovis ärendegenomgång med enhetschef.",
         "GENOMFORD", "ja"),
        ("", "Förhandsbedömningar av orosanmälningar görs inom 14 dagar", "Systemuttag Treserva",
         "Enhetschef mottagning", "P", "G", "", 0, "", "GENOMFORD", "nej"),
        ("", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 30 beslut",
         "Enhetschef försörjningsstöd", "G", "P", "", 1,
         "T2: 18 av 30 beslut granskade. Ett beslut fattat av handläggare utan delegation – genomgång av delegationsordningen på APT.",
         "DELVIS", "ja"),
        ("", "Återsökning av statsbidrag för ensamkommande barn och unga", "Avstämning mot Migrationsverket",
         "Controller", "E", "", "", "", "Kontrollen genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Ekonomi",),
        ("", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "Avstämning månadsvis", "Controller",
         "G", "G", "", 0, "", "GENOMFORD", "nej"),
        ("", "Kontroll av kontanthantering på boenden (handkassor)", "Inventering av kassor", "Enhetschef HVB",
         "P", "P", "", 2,
         "Två kassor saknade kvitton. Ny rutin för handkassor tas fram, klar senast 2025-10-31 (åtgärden pågår).",
         "DELVIS", "ja"),
        ("", "Fakturor från konsulentstödda familjehem kontrolleras mot avtal", "Stickprov", "Enhetschef familjehem",
         "", "U", "", "", "Utgår – ramavtalet har upphört, se SN 2025-06-11 § 74.", "UTGAR", ""),
        ("Personal",),
        ("", "Registerutdrag kontrolleras före anställning inom LSS och HVB", "Stickprov 15 anställningar",
         "HR-konsult", "G", "", "", "", "", "GENOMFORD", ""),
        ("", "Sjukfrånvaro följs upp och rehabiliteringsärenden startas enligt rutin", "Uttag ur HR-systemet",
         "HR-konsult", "", "", "", "", "", "SAKNAS", ""),
    ]
    for r in data:
        if len(r) == 1:
            ws.append([r[0]]); ws.cell(ws.max_row, 1).font = BOLD
            ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            continue
        ws.append(list(r[:9]))
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = WRAP
        exp(fil, N, r[1], r[9], r[10])
    ws.append([])
    ws.append(["Teckenförklaring:", "G = Genomförd   P = Påbörjad / delvis genomförd   E = Ej påbörjad   U = Utgår"])
    ws.cell(ws.max_row, 1).font = BOLD
    ws.append(["", "Antal avvikelser avser antal avvikelser som konstaterats i kontrollen t.o.m. aktuell period."])
    for col, w in zip("ABCDEFGHI", [20, 48, 24, 22, 9, 9, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmpdir, "Socialnämnden_IKP2025_uppföljning.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 4. Stratsys export, TN + KFN, long format (one row per control and period)
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_2025-09-05.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Uppföljningsperiod", "Status kontroll", "Avvikelse",
           "Avvikelsebeskrivning", "Åtgärd", "Ansvarig för åtgärd", "Klart senast", "Åtgärdsstatus", "Kommentar"]
    TN, KFN = "Tekniska förvaltningen", "Kultur- och fritidsförvaltningen"
    rows = []
    def ctl(org, proc, km, periods, status, avv):
        for p in periods:
            rows.append([org, proc, km, p[0]] + list(p[1:]))
        exp(fil, {"Tekniska förvaltningen": "Tekniska nämnden",
                  "Kultur- och fritidsförvaltningen": "Kultur- och fritidsnämnden"}[org], km, status, avv)
    E = ""
    ctl(TN, "Fastighetsunderhåll", "Planerat underhåll utförs enligt fastställd underhållsplan",
        [("2025 T1", "Pågående", "Nej", E, E, E, E, E, E),
         ("2025 T2", "Genomförd", "Ja", "Tre åtgärder i underhållsplanen har senarelagts utan beslut.",
          "Revidera underhållsplanen och förankra i nämnden.", "Fastighetschef", "2025-11-30", "Ej påbörjad", E)],
        "GENOMFORD", "ja")
    ctl(TN, "Gata och park", "Egenkontroll av kommunens lekplatser enligt SS-EN 1176",
        [("2025 T1", "Genomförd", "Nej", E, E, E, E, E, E),
         ("2025 T2", "Genomförd", "Ja", "Allvarlig avvikelse: trasig klätterställning på Björkvallens lekplats.",
          "Utrustningen avstängd och ersatt.", "Parkchef", "2025-08-20", "Klar", E)],
        "GENOMFORD", "ja")
    ctl(TN, "VA", "Provtagning av dricksvatten enligt kontrollprogrammet",
        [("2025 T1", "Genomförd", "Nej", E, E, E, E, E, E),
         ("2025 T2", "Genomförd", "Nej", E, E, E, E, E, "Alla prover utan anmärkning.")],
        "GENOMFORD", "nej")
    ctl(TN, "Ekonomi", "Investeringsprojekt följs upp mot budget per tertial",
        [("2025 T1", "Ej påbörjad", E, E, E, E, E, E, E),
         ("2025 T2", "Pågående", E, E, E, E, E, E, "Tre av sju projekt uppföljda.")],
        "DELVIS", "")
    ctl(TN, "Avfall", "Fakturering av renhållningsavgift stäms av mot abonnentregistret",
        [("2025 T1", "Ej påbörjad", E, E, E, E, E, E, E),
         ("2025 T2", "Ej påbörjad", E, E, E, E, E, E, "Flyttas till T3 på grund av byte av verksamhetssystem.")],
        "EJ_GENOMFORD", "")
    ctl(TN, "Fordon", "Körjournaler förs för kommunens fordon",
        [("2025 T1", "Genomförd", "Nej", E, E, E, E, E, E),
         ("2025 T2", "Utgår", E, E, E, E, E, E, "Ersätts av GPS-baserad elektronisk körjournal från 2025-06-01.")],
        "UTGAR", "")
    ctl(KFN, "Föreningsbidrag", "Föreningsbidrag betalas ut enligt kommunens bidragsregler",
        [("2025 T1", "Genomförd", "Nej", E, E, E, E, E, E),
         ("2025 T2", "Genomförd", "Ja", "Bidrag utbetalt till förening som inte lämnat verksamhetsberättelse.",
          "Återkrav av bidraget.", "Föreningskonsulent", "2025-10-15", "Pågående", E)],
        "GENOMFORD", "ja")
    ctl(KFN, "Bibliotek", "Kontroll av kontantkassor i biblioteken",
        [("2025 T2", "Genomförd", "Nej", E, E, E, E, E, E)],
        "GENOMFORD", "nej")
    ctl(KFN, "Anläggningar", "Bokning och fakturering av idrottshallar överensstämmer",
        [("2025 T1", "Pågående", "Nej", E, E, E, E, E, E),
         ("2025 T2", "Pågående", "Ja", "Lokaler nyttjade utan att faktura skickats (11 tillfällen).",
          "Månadsvis avstämning bokningssystem–ekonomisystem.", "Anläggningschef", "2025-12-31", "Pågående", E)],
        "DELVIS", "ja")
    ctl(KFN, "Kulturskola", "Avgifter i kulturskolan debiteras enligt beslutad taxa",
        [("2025 T1", "Ej påbörjad", E, E, E, E, E, E, E),
         ("2025 T2", E, E, E, E, E, E, E, E)],
        "EJ_GENOMFORD", "")
    ctl(KFN, "Säkerhet", "Systematiskt brandskyddsarbete (SBA) i kulturhuset dokumenteras",
        [("2025 T2", "Genomförd", "Nej", E, "–", E, E, "Ej aktuell", E)],
        "GENOMFORD", "nej")
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))

# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden – .doc, text only (no tables)
# ---------------------------------------------------------------------------
def file_mbn(tmpdir):
    fil = "MBN_internkontroll_tertial2.doc"
    N = "Miljö- och byggnadsnämnden"
    d = Document()
    d.add_heading("Miljö- och byggnadsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2 (per 31 augusti 2025)").runs[0].bold = True
    d.add_paragraph("Samhällsbyggnadsförvaltningen, 2025-09-08. Handläggare: Johan Sundberg.")
    d.add_paragraph("Nämnden har i internkontrollplanen för 2025 beslutat om sex kontrollmoment. Nedan redovisas "
                    "för varje kontrollmoment status, iakttagelser, eventuell avvikelse samt åtgärd och åtgärdens status.")
    items = [
        ("Handläggningstid för bygglov följer plan- och bygglagens tidsfrister",
         ["Status: Genomförd",
          "Iakttagelse: Av 48 granskade ärenden hade 5 överskridit tiden på tio veckor utan beslut om förlängning.",
          "Avvikelse: Ja – avgiften har reducerats i fem ärenden enligt 12 kap. 8 a § PBL.",
          "Åtgärd: Veckovis bevakning av tidsfrister i Castor. Ansvarig för åtgärd: bygglovschef. Klart senast 2025-10-01. Åtgärdsstatus: Genomförd."],
         "GENOMFORD", "ja"),
        ("Debitering av årliga tillsynsavgifter enligt miljöbalken och livsmedelslagen sker enligt taxa",
         ["Status: Genomförd – allvarlig avvikelse",
          "Iakttagelse: Cirka 30 % av livsmedelsobjekten hade inte debiterats årlig kontrollavgift för 2025.",
          "Åtgärd: Fakturering av samtliga objekt samt översyn av objektsregistret. Ansvarig för åtgärd: miljöchef. Klart senast 2025-11-30. Åtgärdsstatus: Pågående."],
         "GENOMFORD", "ja"),
        ("Jäv – kontroll att handläggare inte handlägger ärenden där jäv föreligger",
         ["Status: Delvis genomförd",
          "Iakttagelse: Jävsförklaringar har inhämtats från 9 av 14 handläggare.",
          "Avvikelse: Inga avvikelser hittills."],
         "DELVIS", "nej"),
        ("Registrering av inkomna klagomål i ärendesystemet",
         ["Kontrollen har inte genomförts under perioden på grund av personalbrist. Den planeras i stället till november."],
         "EJ_GENOMFORD", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden",
         ["Status: Genomförd",
          "Iakttagelse: Samtliga delegationsbeslut under perioden har anmälts.",
          "Avvikelse: Nej",
          "Åtgärd: – Åtgärdsstatus: Ej aktuell"],
         "GENOMFORD", "nej"),
        ("Uppföljning av förelägganden förenade med vite",
         ["Status: Utgår",
          "Kontrollmomentet ströks av nämnden 2025-04-23 § 41 och ersätts av en granskning från revisionen."],
         "UTGAR", ""),
    ]
    for i, (km, lines, st, av) in enumerate(items, 1):
        d.add_heading(f"Kontrollmoment {i}: {km}", level=2)
        for ln in lines:
            d.add_paragraph(ln)
        exp(fil, N, km, st, av)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Av sex kontrollmoment har tre genomförts, ett genomförts delvis, ett inte genomförts och ett utgått. "
                    "Två avvikelser bedöms som väsentliga och följs upp i helårsrapporten.")
    d.add_paragraph("Anna Berglund\nFörvaltningschef")
    src = os.path.join(tmpdir, "MBN_internkontroll_tertial2.docx")
    d.save(src)
    soffice_convert(src, "doc", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – xlsx traffic-light fills, nämnd only in print header/file name
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IKP_2025_uppf_aug.xlsx"
    N = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "A6A6A6"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Sälgdal kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status markeras med färg i kolumn D. Allvarlig avvikelse markeras med X."
    ws.append([])
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar / iakttagelse",
           "Allvarlig avvikelse (X)", "Åtgärd", "Åtgärdsstatus"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD; c.border = BOX; c.alignment = WRAP; c.fill = PatternFill("solid", fgColor="DDEBF7")
    data = [
        ("Hälso- och sjukvård", "Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS", GREEN,
         "Kontroll genomförd på samtliga särskilda boenden. 12 osignerade administreringar upptäcktes.", "X",
         "Genomgång med ansvariga sjuksköterskor; MAS följer upp i oktober.", "Pågår", "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Rapporter enligt lex Sarah utreds inom fastställd tid", "Kvalitetsstrateg", GREEN,
         "Samtliga 7 rapporter utredda inom tid.", "", "", "", "GENOMFORD", "nej"),
        ("Hemtjänst", "Utförd tid i hemtjänsten stäms av mot beviljad tid", "Enhetschef hemtjänst", YELLOW,
         "Avstämning gjord för två av fyra hemtjänstgrupper. Avvikelse: 9 % mer utförd tid än beviljad i grupp Norr.",
         "", "Genomgång av planeringen i TES.", "Ej påbörjad", "DELVIS", "ja"),
        ("Särskilt boende", "Brukarnas privata medel hanteras enligt rutin", "Enhetschef SÄBO", RED,
         "Ej genomförd – ansvarig enhetschef har slutat.", "", "", "", "EJ_GENOMFORD", ""),
        ("Särskilt boende", "Nattbemanning kontrolleras mot schema och bemanningsplan", "Enhetschef SÄBO", GREEN,
         "Ej genomförd, flyttas till T3.", "", "", "", "OKLAR", ""),
        ("Ekonomi", "Fakturering av omsorgsavgifter enligt maxtaxa", "Avgiftshandläggare", GREEN,
         "Stickprov 25 fakturor – samtliga korrekta.", "", "", "Klar", "GENOMFORD", "nej"),
        ("Personal", "Delegeringar av hälso- och sjukvårdsuppgifter förnyas årligen", "MAS", GREY,
         "Utgår – hanteras inom MAS egenkontroll.", "", "", "", "UTGAR", ""),
        ("Personal", "Introduktion av nyanställda sker enligt checklista", "HR-strateg", None,
         "", "", "", "", "SAKNAS", ""),
    ]
    for r in data:
        ws.append([r[0], r[1], r[2], "", r[4], r[5], r[6], r[7]])
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BOX; c.alignment = WRAP
        if r[3]:
            ws.cell(rr, 4).fill = PatternFill("solid", fgColor=r[3])
        ws.cell(rr, 6).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, r[1], r[8], r[9])
    ws.append([]); ws.append(["Teckenförklaring"]); ws.cell(ws.max_row, 1).font = BOLD
    for color, txt in [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.append(["", "", "", "", txt])
        ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=color)
    for col, w in zip("ABCDEFGH", [20, 48, 20, 9, 55, 12, 40, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 7. Sälgdal Energi AB – .xls (via LibreOffice), symbols with legend, T1/T2, separate Åtgärdsplan sheet
# ---------------------------------------------------------------------------
def file_seab(tmpdir):
    fil = "Sälgdal Energi AB - Internkontroll 2025 T2.xls"
    N = "Sälgdal Energi AB"
    wb = Workbook(); ws = wb.active; ws.title = "Kontrollplan 2025"
    ws["A1"] = "Sälgdal Energi AB – Intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 2025-08-31 (T2) – rapport till styrelsen och Kommunstyrelsen"
    ws["A3"] = "Teckenförklaring:  ✔ = Utförd   ◐ = Pågår   ✘ = Ej utförd   – = Ej aktuell"
    ws.append([])
    hdr = ["Id", "Risk", "Riskvärde", "Kontrollmoment", "Frekvens", "T1", "T2", "Avvikelse (J/N)", "Hänvisning åtgärdsplan"]
    ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD; c.border = BOX; c.fill = PatternFill("solid", fgColor="FCE4D6")
    data = [
        ("E1", "Felaktig debitering", 12, "Mätarställningar i debiteringssystemet stäms av mot insamlade mätvärden",
         "Månadsvis", "✔", "✔", "J", "ÅP-1", "GENOMFORD", "ja"),
        ("E2", "Kundförluster", 8, "Kreditprövning av nya företagskunder", "Löpande", "✔", "✔", "N", "",
         "GENOMFORD", "nej"),
        ("E3", "Otillbörlig påverkan", 9, "Jäv och bisysslor – årlig redovisning från anställda", "Årligen", "–", "◐",
         "J", "ÅP-2", "DELVIS", "ja"),
        ("E4", "IT-säkerhet", 16, "Behörighetsgenomgång i driftövervakningssystemet (SCADA)", "Halvår", "✘", "✘",
         "", "", "EJ_GENOMFORD", ""),
        ("E5", "Upphandling", 6, "Avrop från ramavtal följer avtalens villkor", "Tertial", "◐", "✔", "N", "",
         "GENOMFORD", "nej"),
        ("E6", "Miljötillstånd", 16, "Utsläppsmätning vid värmeverket enligt miljötillståndet", "Tertial", "✔", "✔",
         "J – allvarlig", "ÅP-3", "GENOMFORD", "ja"),
        ("E7", "Kontanthantering", 4, "Kassahantering i kundtjänst stäms av dagligen", "Dagligen", "–", "–", "",
         "Kontanthanteringen upphörde 2024; kontrollen utgår.", "UTGAR", ""),
    ]
    for r in data:
        ws.append(list(r[:9]))
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = WRAP
        exp(fil, N, r[3], r[9], r[10])
    ws.append([]); ws.append(["", "", "", "Godkänd av VD Per Holm 2025-09-12"])
    for col, w in zip("ABCDEFGHI", [5, 22, 9, 50, 11, 5, 5, 14, 30]):
        ws.column_dimensions[col].width = w
    ap = wb.create_sheet("Åtgärdsplan")
    ap.append(["Åtgärdsplan 2025 – Sälgdal Energi AB"]); ap["A1"].font = Font(bold=True)
    ap.append([])
    ap.append(["Nr", "Avser", "Avvikelse", "Åtgärd", "Ansvarig", "Klart senast", "Status"])
    for r in [("ÅP-1", "E1", "312 mätare med saknade mätvärden debiterades på schablon utan kontroll.",
               "Rutin för manuell avläsning; felanmälan till mätleverantör.", "Kundtjänstchef", "2025-10-31", "Pågår"),
              ("ÅP-2", "E3", "4 anställda har inte lämnat bisysslaredovisning.", "Påminnelse och uppföljning i medarbetarsamtal.",
               "HR-chef", "2025-11-30", "Ej påbörjad"),
              ("ÅP-3", "E6", "Överskridande av villkor för NOx-utsläpp under två veckor i juni.",
               "Justering av rökgasrening; anmälan till tillsynsmyndigheten gjord.", "Driftchef", "2025-09-30", "Klar")]:
        ap.append(list(r))
    src = os.path.join(tmpdir, "Sälgdal Energi AB - Internkontroll 2025 T2.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialförvaltningen – no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv_IK-uppföljning_T2_Socialnämnden.docx"
    d = Document()
    d.add_paragraph("Sälgdal kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-16")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av internkontrollplan, tertial 2 2025", level=1)
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025 "
                    "(bilaga: Socialnämnden_IKP2025_uppföljning.ods). Uppföljningen behandlades av nämnden "
                    "2025-09-10 § 102.")
    d.add_paragraph("De avvikelser som konstaterats hanteras enligt den åtgärdsplan som framgår av kommentarerna i "
                    "bilagan. Åtgärderna bedöms vara genomförda senast vid årsskiftet och återrapporteras i "
                    "helårsuppföljningen.")
    d.add_paragraph("Vid frågor, kontakta controller Sara Nilsson, tfn 0123-456 78.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Holmgren\nSocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

def main():
    # remove previously generated outputs (keep script + README)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))
    tmpdir = tempfile.mkdtemp(prefix="r218src_")
    file_ks(); file_bun(); file_sn(tmpdir); file_stratsys(); file_mbn(tmpdir); file_von(); file_seab(tmpdir); file_missiv()
    shutil.rmtree(tmpdir)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
            ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö och bygg"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Sälgdal Energi AB", "Sälgdal Energi|SEAB"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")

if __name__ == "__main__":
    main()
