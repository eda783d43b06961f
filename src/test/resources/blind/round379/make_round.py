#!/usr/bin/python3
# Blind round 379 - Lönneberga kommun, T1 2025 follow-ups of internkontrollplaner.
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round379"
TMP = tempfile.mkdtemp(prefix="r379_")
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fix_core(doc_or_wb, author):
    import datetime
    cp = doc_or_wb.core_properties if hasattr(doc_or_wb, "core_properties") else doc_or_wb.properties
    cp.creator = author
    cp.created = datetime.datetime(2025, 5, 6, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 5, 6, 9, 0, 0)
    if hasattr(cp, "last_modified_by"):
        cp.last_modified_by = author

# ---------------------------------------------------------------- 1. KS xlsx
def file_ks():
    fil = "IK-uppf T1 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    rows = [
        (1, "Attest", "Attest av leverantörsfakturor sker enligt attestordningen",
         "Stickprov på 40 fakturor jan–apr. 3 fakturor var attesterade av vikarie utan beslutad attesträtt.",
         "Uppdatera attestförteckningen i Raindance vid vikariat.", "Granskning genomförd", "T2", "GENOMFORD", "ja"),
        (2, "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
         "Samtliga 12 verifikationer innehöll syfte och deltagarförteckning.", "Ingen åtgärd",
         "Granskning genomförd", "Delår", "GENOMFORD", "nej"),
        (3, "Delegation", "Delegationsbeslut anmäls till nästkommande sammanträde",
         "Genomgång av beslut januari–februari klar, inga avvikelser i genomgånget urval. Mars–april återstår.", "",
         "Granskning påbörjad", "Delår", "DELVIS", "nej"),
        (4, "Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
         "Granskningen flyttas till T2 på grund av byte av ekonomisystem.", "",
         "Granskning ej genomförd", "T2", "EJ_GENOMFORD", ""),
        (5, "Upphandling och inköp", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
         "Av 9 direktupphandlingar saknade 2 dokumentation av konkurrensutsättning.",
         "Utbildning för beställare i maj.", "Granskning genomförd med avvikelse", "Delår", "GENOMFORD", "ja"),
        (6, "Lön", "Kontroll av att utbetald övertid är attesterad av närmaste chef",
         "Stickprov 25 löneposter. Inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (7, "Krisberedskap", "Kontinuitetsplan för IT-drift är uppdaterad",
         "Kontrollen utgår ur planen enligt KS beslut 2025-03-12 § 41, hanteras i säkerhetsskyddsplanen.", "",
         "Utgår", "", "UTGAR", ""),
        (8, "Upphandling och inköp", "Inköp sker från upphandlade avtalsleverantörer", "", "", "", "Delår", "SAKNAS", ""),
        (9, "Diarieföring", "Inkomna handlingar diarieförs inom tre arbetsdagar", "Se bilaga 1.", "", "", "T2", "OKLAR", ""),
        (10, "Återsökning migrationsmedel", "Ansökan om ersättning från Migrationsverket görs inom föreskriven tid",
         "Ingen identifierad avvikelse, samtliga ansökningar för kvartal 4 2024 och kvartal 1 2025 är inlämnade i tid.",
         "Ingen åtgärd", "", "Bokslut", "GENOMFORD", "nej"),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    fix_core(wb, "Karin Andersson")
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"; ws["B3"] = "Kommunstyrelsen (Kommunledningsförvaltningen)"
    ws["A4"] = "År:"; ws["B4"] = 2025
    ws["A5"] = "Uppföljningsperiod:"; ws["B5"] = "Tertial 1 (januari–april)"
    for c in ("A3", "A4", "A5"): ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Åter-\nredovisas"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX; c.alignment = WRAP
    r = 8
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP; c.border = BOX
        EXP.append((fil, N, row[2], row[7], row[8])); r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Karin Andersson, controller, 2025-05-08")
    ws.cell(r + 1, 1, "Bilaga 1 lämnas separat.")
    for col, w in zip("ABCDEFG", (5, 20, 40, 50, 35, 22, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 2. BUN docx
def file_bun():
    fil = "BUN_internkontroll_T1-2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document(); fix_core(doc, "Maria Lind")
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tDnr BUN 2025/37"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", 0)
    doc.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 10 december 2024 (§ 98). "
                      "Enligt kommunens riktlinjer för intern kontroll ska nämnden följa upp planen vid tertial 1, "
                      "delår och helår. I tabellerna nedan redovisas resultatet av de kontroller som skulle genomföras "
                      "under perioden januari–april 2025.")
    doc.add_paragraph("Bedömning anges som Genomförd, Delvis genomförd, Pågår eller Ej genomförd. "
                      "Har kontrollen visat avvikelse anges det i resultatkolumnen.")
    hdr = ["Kontrollmoment", "Metod/omfattning", "Ansvarig", "Resultat T1", "Bedömning"]
    blocks = [
        ("1. Ekonomi", [
            (None, [
                ("Kontroll av att fakturor för skolskjuts överensstämmer med avtal och körjournal", "Stickprov 20 fakturor",
                 "Ekonom", "2 fakturor avvek med felaktigt antal kilometer, kreditering har begärts.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
                ("Kontroll av att interkommunala ersättningar faktureras för samtliga elever från annan kommun",
                 "Avstämning mot elevregistret", "Skoladministratör", "Avstämning gjord för vårterminen. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
                ("Uppföljning av att inköp av läromedel görs via e-handel", "Uttag ur e-handelssystemet", "Inköpssamordnare",
                 "Mätning påbörjad i mars, resultat redovisas vid delår.", "Pågår", "DELVIS", ""),
            ])]),
        ("2. Verksamhet", [
            ("Process: Elevhälsa och trygghet", [
                ("Kontroll av att anmälan om kränkande behandling skickas till huvudman samma dag",
                 "Genomgång av samtliga anmälningar", "Utredare",
                 "Av 37 anmälningar skickades 31 samma dag, 6 med 1–4 dagars fördröjning. Rektorerna har informerats.",
                 "Genomförd", "GENOMFORD", "ja"),
                ("Kontroll av att elevakter förvaras enligt gällande rutin", "Stickprov på 3 skolor", "Verksamhetschef elevhälsa",
                 "Stickprov gjort på Katthultskolan och Backhorvaskolan. Bullerbyskolan återstår.", "Delvis genomförd", "DELVIS", ""),
            ]),
            ("Process: Förskola och personal", [
                ("Kontroll av att placering i förskola erbjuds inom fyra månader", "Uppföljning i kösystemet",
                 "Placeringshandläggare", "Samtliga 58 placeringar erbjöds inom lagstadgad tid.", "Genomförd", "GENOMFORD", "nej"),
                ("Kontroll av att utdrag ur belastningsregistret har visats vid nyanställning", "Stickprov 15 anställningar",
                 "HR-konsult", "Planeras till T2 i samband med sommarrekryteringen.", "Ej genomförd", "EJ_GENOMFORD", ""),
                ("Kontroll av att rutinen för frånvaroanmälan följs vid elevs upprepade frånvaro", "Genomgång av frånvarostatistik",
                 "Rektor", "", "", "SAKNAS", ""),
            ]),
        ]),
    ]
    for title, groups in blocks:
        doc.add_heading(title, 1)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            for p in t.rows[0].cells[i].paragraphs:
                for run in p.runs: run.bold = True
        for gname, ctrls in groups:
            if gname:
                cells = t.add_row().cells
                m = cells[0].merge(cells[4]); m.text = gname
                m.paragraphs[0].runs[0].italic = True
            for c in ctrls:
                cells = t.add_row().cells
                for i in range(5): cells[i].text = c[i]
                EXP.append((fil, N, c[0], c[5], c[6]))
        doc.add_paragraph("")
    doc.add_paragraph("Lönneberga 2025-05-12")
    doc.add_paragraph("Maria Lind\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 3. SN xlsx traffic lights
def file_sn():
    fil = "Socialnämnden IKP 2025 uppföljning.xlsx"
    N = "Socialnämnden"
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "A6A6A6"
    procs = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", 12, "Stickprov av utbetalningar av ekonomiskt bistånd mot beslut i Viva",
             "Enhetschef försörjningsstöd", G, "", "20 ärenden granskade, inga felaktigheter.", "GENOMFORD", "nej"),
            ("Dubbelutbetalning", 9, "Kontroll av dubbla utbetalningar till samma mottagare inom samma månad",
             "Ekonomiassistent", G, "", "Två dubbelutbetalningar upptäckta och återkrävda.", "GENOMFORD", "ja"),
            ("Uteblivna återkrav", 6, "Uppföljning av att beslutade återkrav har fakturerats",
             "Ekonom", Y, "", "Genomgång av januari–februari klar.", "DELVIS", ""),
        ]),
        ("Barn och unga", [
            ("Barn far illa p.g.a. sen handläggning", 16, "Kontroll av att förhandsbedömning görs inom 14 dagar efter orosanmälan",
             "Enhetschef barn och unga", Y, "", "Pågår. Hittills har 82 % av förhandsbedömningarna gjorts inom tidsgränsen.", "DELVIS", "ja"),
            ("Utredningstid överskrids", 12, "Kontroll av att utredning avslutas inom fyra månader",
             "Enhetschef barn och unga", R, "", "Ej genomförd på grund av vakans, skjuts till T2.", "EJ_GENOMFORD", ""),
            ("Brister i familjehemsvården", 12, "Kontroll av att familjehem har aktuell utredning och uppföljningsplan",
             "Familjehemssekreterare", GR, "", "Utgår – flyttad till Vård- och omsorgsnämndens plan efter omorganisationen 1 mars.", "UTGAR", ""),
        ]),
        ("Dokumentation och sekretess", [
            ("Obehörig åtkomst till personakter", 9, "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
             "Systemförvaltare", G, "Genomförd", "Inga obehöriga slagningar upptäcktes.", "GENOMFORD", "nej"),
            ("Sekretessbelagda uppgifter röjs", 8, "Kontroll av att sekretessbelagda handlingar skickas med säker e-post",
             "Administrativ chef", None, "", "", "SAKNAS", ""),
            ("Beslut fattas utan stöd i delegation", 6, "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", R, "Genomförd", "", "OKLAR", ""),
        ]),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "IKP 2025"
    fix_core(wb, "Lena Berg")
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 30 april 2025"; ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Risk", "Risk-\nvärde", "Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BOX; c.alignment = WRAP
    r = HR + 1
    for pname, risks in procs:
        start = r
        for rk in risks:
            ws.cell(r, 2, rk[0]); ws.cell(r, 3, rk[1]); ws.cell(r, 4, rk[2]); ws.cell(r, 5, rk[3])
            if rk[4]: ws.cell(r, 6).fill = PatternFill("solid", fgColor=rk[4])
            if rk[5]: ws.cell(r, 6, rk[5])
            if rk[6]: ws.cell(r, 9, rk[6])
            for i in range(1, 10):
                ws.cell(r, i).border = BOX; ws.cell(r, i).alignment = WRAP
            EXP.append((fil, N, rk[2], rk[7], rk[8])); r += 1
        ws.cell(start, 1, pname)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = WRAP; ws.cell(start, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Teckenförklaring").font = Font(bold=True)
    for col, txt in ((G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"), (GR, "Utgår")):
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=col); ws.cell(r, 2, txt)
    r += 2
    ws.cell(r, 1, "Avvikelser beskrivs i kommentarsfältet. Ifylls av respektive ansvarig, sammanställt av kvalitetsstrateg Lena Berg.")
    for col, w in zip("ABCDEFGHI", (22, 28, 7, 45, 24, 12, 8, 8, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 4. Stratsys CSV, two nämnder
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-06.csv"
    data = [
        ("Vård- och omsorgsförvaltningen", "Vård- och omsorgsnämnden", [
            ("Läkemedelshantering", "Kontroll av att signeringslistor för läkemedel är kompletta", "Stickprov 2 enheter per månad", "MAS",
             "Klar", "Brister i signering på Kattholmens boende, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
            ("Avvikelsehantering", "Kontroll av att avvikelser i Lifecare utreds och avslutas inom 30 dagar", "Uttag ur Lifecare", "Kvalitetsutvecklare",
             "Pågår", "Uppföljning sker månadsvis. 74 % avslutade i tid hittills.", "DELVIS", "ja"),
            ("Hemtjänst", "Kontroll av att utförd tid i hemtjänsten stämmer mot beviljad tid", "Jämförelse planerad/utförd tid", "Enhetschef hemtjänst",
             "Ej påbörjad", "Startar i juni när nytt planeringssystem är infört.", "EJ_GENOMFORD", ""),
            ("Avgifter", "Kontroll av att avgiftsbeslut inom äldreomsorgen uppdateras vid ändrade inkomster", "Stickprov 40 beslut", "Avgiftshandläggare",
             "Klar", "Samtliga 40 granskade beslut var korrekta.", "GENOMFORD", "nej"),
            ("Bemanning", "Kontroll av att timanställda inte överskrider tillåten anställningstid enligt LAS", "Uttag ur lönesystemet", "HR-specialist",
             "Ej aktuell", "Kontrollen utgår, hanteras centralt av HR-avdelningen från 2025.", "UTGAR", ""),
            ("Hygien", "Observationsmätning av basala hygienrutiner på särskilt boende", "PPM-BHK", "Hygiensjuksköterska",
             "", "", "SAKNAS", ""),
            ("Dokumentation", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov 20 ärenden", "Enhetschef",
             "", "Kontrollen är genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Överförmyndarenheten", "Överförmyndarnämnden", [
            ("Granskning", "Kontroll av att årsräkningar granskas inom fastställd tid", "Uttag ur Wärna", "Enhetschef",
             "Pågår", "Granskning pågår, 61 % klara per 30/4.", "DELVIS", ""),
            ("Arvoden", "Kontroll av att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Stickprov 15 ärenden", "Handläggare",
             "Klar", "Ett arvode var felberäknat och har korrigerats.", "GENOMFORD", "ja"),
            ("Lämplighetsprövning", "Kontroll av att nya ställföreträdare lämplighetsprövats mot belastningsregistret", "Samtliga nya uppdrag", "Handläggare",
             "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Säker förvaring", "Kontroll av att värdehandlingar förvaras i brandsäkert skåp", "Inventering", "Administratör",
             "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Period", "Status", "Kommentar", "Senast uppdaterad"])
        for org, N, ctrls in data:
            for c in ctrls:
                upd = "2025-05-0%d" % (2 + len(c[1]) % 4) if (c[4] or c[5]) else ""
                w.writerow([org, c[0], c[1], c[2], c[3], "2025 T1", c[4], c[5], upd])
                w.writerow([org, c[0], c[1], c[2], c[3], "2025 T2", "", "", ""])
                EXP.append((fil, N, c[1], c[6], c[7]))
            FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 5. KFN odt with tick columns
def file_kfn():
    fil = "Kultur och fritid - uppföljning IK tertial 1 2025.odt"
    N = "Kultur- och fritidsnämnden"
    ctrls = [
        ("Kassahantering i simhallen: dagskassor stäms av mot kassarapport", "X", "", "", "Differens på 350 kr i februari, utredd och förklarad.", "GENOMFORD", "ja"),
        ("Kontroll av att föreningsbidrag betalas ut enligt kommunens bidragsregler", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Inventering av utrustning på fritidsgårdarna", "", "X", "", "Bullerbygården klar, Katthultsgården inventeras i maj.", "DELVIS", ""),
        ("Kontroll av att bokningar i lokalbokningssystemet faktureras", "X", "X", "", "", "OKLAR", ""),
        ("Kontroll av att registerutdrag finns för ledare i lovverksamheten", "", "", "X", "Lovverksamheten startar först i juni.", "EJ_GENOMFORD", ""),
        ("Kontroll av att avtal med studieförbunden följs upp", "", "", "", "Se bilaga 2", "OKLAR", ""),
        ("Kontroll av att biblioteket följer rutin för gallring av personuppgifter i lånesystemet", "", "", "",
         "Utgår enligt beslut KFN 2025-02-18 § 12.", "UTGAR", ""),
        ("Kontroll av att representation inom bibliotek och kulturskola följer riktlinjerna", "", "", "", "", "SAKNAS", ""),
    ]
    doc = Document(); fix_core(doc, "Olle Nilsson")
    doc.add_heading("Kultur- och fritidsnämnden", 1)
    doc.add_paragraph("Internkontroll 2025 – uppföljning tertial 1").runs[0].bold = True
    doc.add_paragraph("Markera med X i den kolumn som stämmer. Kommentera avvikelser och åtgärder.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar/åtgärd"]):
        t.rows[0].cells[i].text = h
    for n, c in enumerate(ctrls, 1):
        cells = t.add_row().cells
        cells[0].text = str(n); cells[1].text = c[0]
        cells[2].text, cells[3].text, cells[4].text, cells[5].text = c[1], c[2], c[3], c[4]
        EXP.append((fil, N, c[0], c[5], c[6]))
    doc.add_paragraph("")
    doc.add_paragraph("Ansvarig: Olle Nilsson, kultur- och fritidschef, 2025-05-09")
    src = os.path.join(TMP, "kfn.docx"); doc.save(src)
    soffice(src, "odt", TMP)
    shutil.move(os.path.join(TMP, "kfn.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 6. SBN xls, plan + follow-up, codes
def file_sbn():
    fil = "SBN_IK_2025.xls"
    N = "Samhällsbyggnadsnämnden"
    ctrls = [
        ("Bygglov", "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid", "Stickprov 20 ärenden", "Tertialvis", "Bygglovschef", 2, 1, "Samtliga beslut inom 10 veckor.", "GENOMFORD", "nej"),
        (None, "Kontroll av att bygglovsavgifter debiteras enligt taxa", "Stickprov 10 ärenden", "Tertialvis", "Bygglovshandläggare", 1, 2, "1 ärende debiterat med fel timtaxa, korrigerat.", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körrapporter", "Samtliga fakturor", "Månadsvis", "Gatuchef", 1, 3, "Januari–februari kontrollerade.", "DELVIS", ""),
        (None, "Uppföljning av att lekplatsbesiktningar genomförs enligt plan", "Genomgång av besiktningsprotokoll", "Årsvis", "Parkingenjör", 1, None, "", "SAKNAS", ""),
        ("Fastighet", "Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade", "Genomgång av avtalsregistret", "Årsvis", "Fastighetschef", 4, 4, "Resursbrist, flyttas till T2.", "EJ_GENOMFORD", ""),
        (None, "Kontroll av att egenkontroll av brandskydd dokumenteras i kommunens fastigheter", "Stickprov 5 fastigheter", "Tertialvis", "Drifttekniker", 2, 5, "Ansvaret överfört till räddningstjänstförbundet.", "UTGAR", ""),
        ("Kart/GIS", "Kontroll av att fakturering av kartprodukter sker enligt taxa", "Stickprov 10 fakturor", "Tertialvis", "GIS-samordnare", 1, 1, "", "GENOMFORD", "nej"),
        ("VA", "Kontroll av att avläsning av vattenmätare sker enligt rutin", "Uttag ur VA-debiteringssystemet", "Tertialvis", "VA-ingenjör", 2, None, "Klart för Lönneberga tätort, Katthult och Backhorva återstår.", "DELVIS", ""),
        ("Upphandling", "Kontroll av att avrop från ramavtal för konsulttjänster följer avtalets rangordning", "Samtliga avrop", "Tertialvis", "Upphandlare", 1, 2, "Två avrop har inte gjorts enligt rangordning.", "GENOMFORD", "ja"),
    ]
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    fix_core(wb, "Per Holm")
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fastställd 2024-11-27. Uppföljning ifylld 2025-05-05."
    ws.cell(4, 1, "PLAN"); ws.merge_cells("A4:F4")
    ws.cell(4, 7, "UPPFÖLJNING (statuskod, se förklaring nedan)"); ws.merge_cells("G4:K4")
    for c in (ws.cell(4, 1), ws.cell(4, 7)):
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Helår 2024", "T1 2025", "T2 2025", "Helår 2025", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA"); c.border = BOX; c.alignment = WRAP
    r = 6; pstart = None
    for n, c in enumerate(ctrls, 1):
        if c[0] is not None:
            if pstart and r - 1 > pstart:
                ws.merge_cells(start_row=pstart, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(r, 2, c[0]); pstart = r
        vals = [n, None, c[1], c[2], c[3], c[4], c[5], c[6], None, None, c[7] or None]
        for i, v in enumerate(vals, 1):
            if i == 2: continue
            ws.cell(r, i, v)
        for i in range(1, 12):
            ws.cell(r, i).border = BOX; ws.cell(r, i).alignment = WRAP
        EXP.append((fil, N, c[1], c[8], c[9])); r += 1
    if r - 1 > pstart:
        ws.merge_cells(start_row=pstart, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Statuskoder:").font = Font(bold=True)
    for code, txt in ((1, "Genomförd utan avvikelse"), (2, "Genomförd, avvikelse noterad"), (3, "Påbörjad"), (4, "Ej genomförd"), (5, "Utgår")):
        r += 1; ws.cell(r, 1, code); ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFGHIJK", (5, 14, 45, 26, 11, 18, 9, 9, 9, 9, 45)):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "SBN_IK_2025.xlsx"); wb.save(src)
    soffice(src, "xls", TMP)
    shutil.move(os.path.join(TMP, "SBN_IK_2025.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 7. Bolag, text-only docx
def file_lbab():
    fil = "Lönneberga Bostäder - rapport intern kontroll jan-apr 2025.docx"
    N = "Lönneberga Bostäder AB"
    ctrls = [
        ("Hyresadministration", "Kontroll av att nya hyresavtal registreras i hyressystemet med korrekt hyra och startdatum",
         "15 avtal kontrollerade mot hyressystemet, inga fel.", "Genomförd", "GENOMFORD", "nej"),
        ("Kundfordringar", "Kontroll av att hyresfordringar äldre än 60 dagar överlämnas till inkasso",
         "Genomgång av fordringslistan pågår tillsammans med ekonomibyrån.", "Pågående", "DELVIS", ""),
        ("Felanmälan", "Kontroll av att felanmälningar åtgärdas inom utlovad tid",
         "23 % av de akuta felanmälningarna åtgärdades inte inom 24 timmar. Jourrutinen ses över.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Nyckelhantering", "Kontroll av att nyckelkvittenser finns för samtliga utlämnade huvudnycklar",
         "Kontrollen skjuts till hösten efter bytet av låssystem.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Byggprojekt", "Kontroll av att attest av entreprenadfakturor sker av behörig projektledare",
         "Kontrollen har inte gjorts under perioden, den görs i samband med bokslutet.", "–", "EJ_GENOMFORD", ""),
        ("Representation", "Kontroll av att bolagets representation följer ägardirektivets riktlinjer",
         "Samtliga representationsfakturor jan–apr granskade. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ]
    doc = Document(); fix_core(doc, "Alfred Svensson")
    doc.add_heading("Lönneberga Bostäder AB", 0)
    doc.add_paragraph("Rapport intern kontroll 2025 – första tertialet (januari–april)").runs[0].bold = True
    doc.add_paragraph("Enligt ägardirektivet ska bolaget rapportera sin interna kontroll till kommunstyrelsen i samband med "
                      "kommunens tertialuppföljning. Styrelsen fastställde bolagets internkontrollplan 2025-01-28. "
                      "Nedan redovisas varje kontrollmoment med resultat och status.")
    for n, c in enumerate(ctrls, 1):
        doc.add_heading(f"{n}. {c[0]}", 2)
        p = doc.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(c[1])
        p = doc.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(c[2])
        p = doc.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(c[3])
        EXP.append((fil, N, c[1], c[4], c[5]))
    doc.add_paragraph("")
    doc.add_paragraph("Rapporten behandlades av styrelsen 2025-05-20.")
    doc.add_paragraph("Alfred Svensson, VD")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))

# ---------------------------------------------------------------- 8. Rejected: covering letter
def file_missiv():
    fil = "Missiv IK T1 2025 Miljö- och hälsoskyddsnämnden.docx"
    doc = Document(); fix_core(doc, "Eva Ström")
    doc.add_paragraph("Miljöförvaltningen\t\t2025-05-07")
    doc.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    doc.add_heading("Uppföljning av internkontrollplan 2025, tertial 1", 1)
    doc.add_paragraph("Hej!")
    doc.add_paragraph("Miljö- och hälsoskyddsnämnden har inte hunnit behandla uppföljningen av internkontrollplanen för "
                      "tertial 1 eftersom majsammanträdet ställdes in. Uppföljningen behandlas i stället vid sammanträdet "
                      "den 11 juni 2025 och skickas till er direkt därefter.")
    doc.add_paragraph("Kontrollerna av tillsynsavgifter och jäv i tillsynsärenden är enligt plan schemalagda till "
                      "andra halvåret och påverkas inte av förseningen.")
    doc.add_paragraph("Hör av er om ni har frågor.")
    doc.add_paragraph("Med vänlig hälsning\nEva Ström\nAdministrativ chef, Miljöförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Lönneberga Bostäder AB", "LBAB|Lönneberga Bostäder|Bostadsbolaget"),
    ("Räddningstjänstförbundet Lönneberga-Katthult", "RTF|Räddningstjänsten"),
]

def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    file_ks(); file_bun(); file_sn(); file_stratsys(); file_kfn(); file_sbn(); file_lbab(); file_missiv()
    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], REGISTER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
    shutil.rmtree(TMP, ignore_errors=True)

if __name__ == "__main__":
    main()
