#!/usr/bin/python3
"""Blind round r363 – Holmsund-Väst kommun, inkorg T2 2025.
Builds all follow-up files + namnder.csv, files.csv, expected.csv deterministically."""
import csv, datetime, os, shutil, subprocess
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 8, 9, 0, 0)
EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv=""):
    EXP.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fix_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED

def fix_props_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1

# ---------------------------------------------------------------- 1. KS xlsx
def ks():
    fil = "KS Uppföljning internkontrollplan T2 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); fix_props_xlsx(wb, "Lena Forsberg")
    ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Nämnd:"; ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"; ws["B3"] = "Tertial 2 (januari–augusti 2025)"
    ws["A4"] = "Upprättad av:"; ws["B4"] = "Lena Forsberg, controller"; ws["E4"] = "Datum:"; ws["F4"] = "2025-09-08"
    for c in ("A2", "A3", "A4", "E4"): ws[c].font = Font(bold=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Kommentar/åtgärd"]
    ws.append([]); ws.append(hdr)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BORDER; c.alignment = WRAP
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial",
         "Ekonomichef", "Tertial", "Genomförd", "Genomförd",
         "Stickprov 30 fakturor. 2 fakturor saknade behörig beslutsattestant.\nAttestantförteckningen har uppdaterats.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av att representation följer riktlinjer för representation",
         "Genomgång av samtliga representationsfakturor", "Controller", "Tertial", "Genomförd",
         "Genomförd med anmärkning", "Tre fakturor saknade deltagarförteckning och syfte.", "GENOMFORD", "ja"),
        (3, "Ekonomi", "Avstämning av balanskonton vid tertialbokslut", "Kontroll av avstämningsblanketter",
         "Redovisningsansvarig", "Tertial", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (4, "Upphandling", "Köptrohet mot ramavtal – kontroll av inköp över 100 000 kr utan avtal",
         "Analys i inköpsanalysverktyg", "Upphandlingschef", "Halvår", "Ej påbörjad", "Pågår",
         "Analys av perioden januari–juni pågår, redovisas i T3.", "DELVIS", ""),
        (5, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Helår", None, None,
         "Kontrolleras under hösten enligt plan.", "EJ_GENOMFORD", ""),
        (6, "Personal", "Löneutbetalningar – kontroll av att avslutade anställningar avslutas i lönesystemet",
         "Stickprov 20 avslutade anställningar", "HR-chef", "Tertial", "Genomförd", "Genomförd",
         "En felaktig utbetalning efter avslut, återkrav har skickats.", "GENOMFORD", "ja"),
        (7, "Personal", "Kontroll av att lönetillägg och arvoden är beslutade enligt delegationsordningen",
         "Stickprov 15 lönetillägg", "HR-chef", "Halvår", "Genomförd", None, None, "GENOMFORD", ""),
        (8, "Informationssäkerhet", "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
         "Genomgång av behörighetslista", "Systemförvaltare", "Halvår", "–", "Genomförd",
         "Genomgång 2025-06-12. Fyra konton för avslutade anställda inaktiverades.", "GENOMFORD", "ja"),
        (9, "Informationssäkerhet", "Kontroll av att informationssäkerhetsutbildning genomförts av nyanställda",
         "Utdrag ur lärplattformen", "Säkerhetssamordnare", "Tertial", "Delvis", "Delvis",
         "Utdrag ur lärplattformen var inte möjligt före systembytet i juni.\nKontroll gjord för juni–augusti.",
         "DELVIS", ""),
        (10, "Dokumenthantering", "Allmänna handlingar diarieförs inom föreskriven tid",
         "Stickprov 20 inkomna handlingar", "Registrator", "Tertial", "Genomförd", "Utgår",
         "Kontrollmomentet utgår enligt KS beslut 2025-06-10 § 112, ersätts av ny kontroll 2026.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        exp(fil, N, row[2], row[9], row[10]); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd / Genomförd med anmärkning / Delvis / Pågår / Ej påbörjad / Utgår").font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-16")
    for col, w in zip("ABCDEFGHI", (5, 18, 48, 30, 20, 10, 14, 22, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "T2"))

# ---------------------------------------------------------------- 2. BUN docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def bun():
    fil = "BUN uppföljning intern kontroll tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); fix_props_docx(d, "Karin Sjöberg")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). "
                    "Nedan redovisas uppföljningen per den 31 augusti 2025. Kontrollerna har genomförts av "
                    "förvaltningens controllers, rektorer och elevhälsans ledning.")
    d.add_paragraph("Statusförklaring: G = Genomförd, D = Delvis genomförd/pågår, E = Ej genomförd, U = Utgår.")
    cols = ["Process", "Kontrollmoment", "Ansvarig", "Resultat/kommentar", "Avvikelse", "Status"]
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    for i, h in enumerate(cols):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    groups = [
        ("Ekonomi", [
            ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
             "25 fakturor granskade, samtliga korrekt attesterade.", "Nej", "G", "GENOMFORD", "nej"),
            ("Skolskjuts", "Kontroll av att skolskjutsfakturor överensstämmer med avtal och beställda resor",
             "Skolskjutshandläggare",
             "Stickprov mars och maj. En faktura med felaktigt antal resor, kreditering har begärts.",
             "Ja", "G", "GENOMFORD", "ja"),
            ("Interkommunal ersättning", "Uppföljning av interkommunala ersättningar (IKE) mot elevregister",
             "Controller", "Avstämning för vårterminen klar, höstterminen stäms av i oktober.", "Nej", "D",
             "DELVIS", "nej"),
        ]),
        ("Elevhälsa och skolplikt", [
            ("Skolplikt", "Rutin för anmälan till huvudman vid upprepad ogiltig frånvaro följs",
             "Verksamhetschef elevhälsa",
             "Kontrollen har inte genomförts på grund av vakans som skolsocial samordnare. Flyttas till T3.",
             "–", "E", "EJ_GENOMFORD", ""),
            ("Kränkande behandling", "Anmälan om kränkande behandling till huvudman sker utan dröjsmål",
             "Rektorer", "42 anmälningar under perioden, 9 anmäldes senare än fem arbetsdagar.", "Ja", "G",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och kompetens", [
            ("Rekrytering", "Registerutdrag ur belastningsregistret har uppvisats före anställning", "HR-partner",
             "Stickprov 15 nyanställningar, samtliga hade uppvisat utdrag.", "Nej", "G", "GENOMFORD", "nej"),
            ("Behörighet", "Kontroll av att legitimation finns för lärare som sätter betyg", "HR-partner",
             "Se bilaga 2.", "", "", "OKLAR", ""),
            ("Arbetsmiljö", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt plan", "Rektorer",
             "Ingår i HR:s uppföljning av SAM fr.o.m. 2025, beslut BUN 2025-04-23 § 38.", "", "U", "UTGAR", ""),
            ("Måltider", "Skolmåltider – egenkontrollprogram följs i tillagningskök", "Kostchef",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    for g, items in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[-1]); m.text = g
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        for it in items:
            row = t.add_row()
            for i, v in enumerate(it[:6]): row.cells[i].text = v
            exp(fil, N, it[1], it[6], it[7])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning lärarlegitimationer per skolenhet (lämnas separat).")
    d.add_paragraph("Karin Sjöberg\nController, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "T2"))

# ---------------------------------------------------------------- 3. Stratsys CSV (SN + VON)
def stratsys():
    fil = "Stratsys_export_internkontroll_20250905.csv"
    SN, VON = "Socialnämnden", "Vård- och omsorgsnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
           "Avvikelse", "Senast ändrad"]
    P1, P2 = "Tertial 1 2025", "Tertial 2 2025"
    # (org, process, km, ansvarig, [(period,status,kommentar,avv,datum)], expected status, avv)
    data = [
        (SN, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Enhetschef försörjningsstöd",
         [(P1, "Klar", "Stickprov 20 ärenden, inga avvikelser.", "Nej", "2025-05-02"),
          (P2, "Klar", "Stickprov 20 ärenden. En dubbelutbetalning upptäcktes och har återkrävts.", "Ja", "2025-09-01")],
         "GENOMFORD", "ja"),
        (SN, "Myndighetsutövning barn och unga", "Utredningstid barnavårdsutredningar inom 4 månader", "Enhetschef BoU",
         [(P1, "Pågående", "Mätning påbörjad.", "", "2025-05-06"),
          (P2, "Klar", "86 % avslutade inom lagstadgad tid.\n11 utredningar förlängdes utan formellt beslut.", "Ja", "2025-09-03")],
         "GENOMFORD", "ja"),
        (SN, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare",
         [(P1, "Klar", "Loggkontroll av 10 slumpvis utvalda användare, ingen otillbörlig åtkomst.", "Nej", "2025-04-28"),
          (P2, "", "", "", "")],
         "GENOMFORD", "nej"),
        (SN, "Placeringar", "Avtalstrohet vid placering på HVB och i familjehem", "Enhetschef placering",
         [(P1, "Ej påbörjad", "", "", "2025-05-02"),
          (P2, "Försenad", "Kontrollen skjuts till T3 på grund av personalbrist.", "", "2025-08-29")],
         "EJ_GENOMFORD", ""),
        (SN, "Arbetsmiljö", "Rapportering av hot- och våldssituationer i KIA", "Avdelningschef IFO",
         [(P1, "Klar", "Samtliga händelser rapporterade.", "Nej", "2025-05-05"),
          (P2, "Pågående", "Sammanställning för maj–augusti pågår.", "", "2025-09-02")],
         "DELVIS", ""),
        (SN, "Ekonomiskt bistånd", "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Enhetschef försörjningsstöd",
         [(P1, "", "", "", ""), (P2, "", "", "", "")],
         "SAKNAS", ""),
        (VON, "Hemtjänst", "Fakturering av hemtjänstinsatser mot utförd tid", "Enhetschef hemtjänst",
         [(P1, "Klar", "Inga avvikelser.", "Nej", "2025-05-07"),
          (P2, "Klar", "Avvikelse i 3 av 25 granskade ärenden. Rutinen för tidsregistrering ses över.", "Ja", "2025-09-04")],
         "GENOMFORD", "ja"),
        (VON, "Hälso- och sjukvård", "Läkemedelsavvikelser rapporteras och följs upp i Synergi", "MAS",
         [(P1, "", "", "", ""), (P2, "Pågående", "", "", "2025-09-01")],
         "DELVIS", ""),
        (VON, "Bemanning", "Timanställda schemaläggs enligt LAS-regler", "Bemanningschef",
         [(P1, "Pågående", "Underlag begärt från HR.", "", "2025-05-02"),
          (P2, "Ej aktuell", "Utgår enligt beslut VON 2025-05-20 § 61.", "", "2025-06-02")],
         "UTGAR", ""),
        (VON, "Avgifter", "Avgiftsbeslut för vård- och omsorgsavgift uppdateras vid ändrade inkomstuppgifter",
         "Avgiftshandläggare",
         [(P1, "Ej påbörjad", "", "", "2025-05-02"),
          (P2, "Klar", "Samtliga 40 granskade avgiftsbeslut var korrekta.", "Nej", "2025-08-27")],
         "GENOMFORD", "nej"),
        (VON, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar i särskilt boende", "Verksamhetschef SÄBO",
         [(P1, "Pågående", "", "", "2025-05-02"),
          (P2, "Pågående", "Granskning av 3 av 6 boenden klar. Brister i två boenden där planer saknades.", "Ja", "2025-09-04")],
         "DELVIS", "ja"),
        (VON, "Inköp", "Inköp av förbrukningsmaterial sker via avtalad leverantör", "Controller",
         [(P1, "", "", "", ""),
          (P2, "Ej påbörjad", "Planeras till oktober.", "", "2025-08-20")],
         "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, ans, pers, st, av in data:
            for p in pers:
                w.writerow([org, proc, km, ans, p[0], p[1], p[2], p[3], p[4]])
            exp(fil, org, km, st, av)
    FILES.append((fil, "INLAST", SN, 2025, "T2"))
    FILES.append((fil, "INLAST", VON, 2025, "T2"))

# ---------------------------------------------------------------- 4. SBN xls (older format)
def sbn():
    fil = "SBN_IK-uppfoljning_T2_2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: italic on")
    hs = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre, horiz centre")
    cs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    xs = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    ps = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    ws.write_merge(0, 0, 0, 7, "SAMHÄLLSBYGGNADSNÄMNDEN", title)
    ws.write_merge(1, 1, 0, 7, "Internkontrollplan 2025 – uppföljning per 31 augusti (T2)", sub)
    ws.write_merge(3, 4, 0, 0, "Process", hs)
    ws.write_merge(3, 4, 1, 1, "Kontrollmoment", hs)
    ws.write_merge(3, 4, 2, 2, "Kontrollansvarig", hs)
    ws.write_merge(3, 3, 3, 5, "Utfall T2 (markera med X)", hs)
    ws.write(4, 3, "Genomförd", hs); ws.write(4, 4, "Delvis", hs); ws.write(4, 5, "Ej genomförd", hs)
    ws.write_merge(3, 4, 6, 6, "Avvikelse (Ja/Nej)", hs)
    ws.write_merge(3, 4, 7, 7, "Kommentar", hs)
    procs = [
        ("Bygglov", [
            ("Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef", "X", "", "", "Ja",
             "4 av 112 ärenden överskred 10 veckor. Avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Debitering av bygglovsavgift enligt gällande taxa", "Bygglovsadministratör", "X", "", "", "Nej",
             "Stickprov 15 beslut.", "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "", "X", "", "",
             "Anmälan för juni–augusti görs på septembersammanträdet.", "DELVIS", ""),
        ]),
        ("Mark och exploatering", [
            ("Arrendeavgifter faktureras enligt avtal", "Mark- och exploateringsingenjör", "", "", "X", "",
             "Kontrollen ej utförd, flyttas till T3.", "EJ_GENOMFORD", ""),
            ("Markförsäljning sker till marknadsmässigt pris med oberoende värdering", "Mark- och exploateringschef",
             "X", "X", "", "", "Två försäljningar under perioden.", "OKLAR", ""),
        ]),
        ("Kart och GIS", [
            ("Behörigheter i GIS-systemet stäms av mot personallista", "GIS-samordnare", "", "", "", "", "",
             "SAKNAS", ""),
        ]),
        ("Trafik och gata", [
            ("Parkeringsintäkter från automater redovisas korrekt", "Trafikingenjör", "X", "", "", "Nej",
             "Avstämt mot bankens redovisning för maj och augusti.", "GENOMFORD", "nej"),
            ("Vinterväghållning – kontroll av entreprenörens fakturor mot körjournaler", "Gatuchef", "", "", "", "",
             "Utgår – ny entreprenad från 2025-10-01, kontrollen flyttas till planen för 2026.", "UTGAR", ""),
        ]),
    ]
    r = 5
    for p, items in procs:
        ws.write_merge(r, r + len(items) - 1, 0, 0, p, ps)
        for it in items:
            ws.write(r, 1, it[0], cs); ws.write(r, 2, it[1], cs)
            for k in range(3):
                ws.write(r, 3 + k, it[2 + k], xs)
            ws.write(r, 6, it[5], xs); ws.write(r, 7, it[6], cs)
            exp(fil, N, it[0], it[7], it[8]); r += 1
    ws.write(r + 1, 0, "Justerat av förvaltningschef Per Nilsson 2025-09-10")
    for i, w in enumerate((22, 50, 26, 11, 9, 13, 12, 55)):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "T2"))

# ---------------------------------------------------------------- 5. KFN docx, text only
def kfn():
    fil = "Uppföljning intern kontroll T2 2025 KFF.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document(); fix_props_docx(d, "Anna Lindqvist")
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Kultur- och fritidsförvaltningen\tHolmsund-Väst kommun\t2025-09-09"
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph("Förvaltningen redovisar här uppföljningen av de kontrollmoment som ingår i 2025 års "
                    "internkontrollplan. Uppföljningen avser perioden januari–augusti.")
    items = [
        ("1. Kontanthantering", "Kassaredovisning i simhallen stäms av mot kassasystemets dagsrapporter",
         "Avstämning gjord för april och augusti. En differens på 1 250 kr i april har inte kunnat förklaras. "
         "Personalen har fått förnyad genomgång av kassarutinen.", "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("2. Föreningsbidrag", "Utbetalda föreningsbidrag har beslut och korrekt underlag",
         "Samtliga 34 utbetalningar under perioden har granskats. Inga avvikelser.", "Genomförd.", "GENOMFORD", "nej"),
        ("3. Lokalbokning", "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Stickprov på 20 bokningar har påbörjats och beräknas vara klart i oktober.", "Pågår.", "DELVIS", ""),
        ("4. Bibliotek", "Avgifter för förlorade medier krävs in enligt rutin",
         "Kontrollen har inte genomförts under perioden eftersom biblioteket har bytt mediesystem i maj. "
         "Den görs under hösten.", None, "EJ_GENOMFORD", ""),
        ("5. Fritidsgårdar", "Registerutdrag kontrolleras för personal på fritidsgårdar",
         "Alla 12 tillsvidareanställda och 5 timvikarier har visat registerutdrag.", "Genomförd.", "GENOMFORD", "nej"),
        ("6. Offentlig konst", "Inventering av kommunens konstsamling",
         None, "Utgår 2025 enligt nämndens beslut 2025-03-19 § 22.", "UTGAR", ""),
    ]
    for head, km, res, bed, st, av in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        if res:
            p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        if bed:
            p = d.add_paragraph(); p.add_run("Bedömning: ").bold = True; p.add_run(bed)
        exp(fil, N, km, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "Avvikelsen i kassahanteringen följs upp särskilt i helårsuppföljningen.")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "T2"))

# ---------------------------------------------------------------- 6. MHN xlsx, colour fills
def mhn():
    fil = "Miljö- och hälsoskyddsnämnden IKP 2025 uppföljning.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    G = PatternFill("solid", fgColor="00B050"); Y = PatternFill("solid", fgColor="FFFF00")
    R = PatternFill("solid", fgColor="FF0000"); GR = PatternFill("solid", fgColor="BFBFBF")
    wb = openpyxl.Workbook(); fix_props_xlsx(wb, "Miljökontoret")
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Miljö- och hälsoskyddsnämnden"; ws["A2"].font = Font(bold=True)
    ws["A4"] = "Plan (antagen MHN 2024-12-11 § 98)"; ws.merge_cells("A4:F4")
    ws["G4"] = "Uppföljning"; ws.merge_cells("G4:J4")
    hdr = ["Nr", "Rutin/system", "Risk", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "T1", "T2", "T3",
           "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = BORDER; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for c in ("A4", "G4"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    rows = [
        ("Tillsyn", "Planerad tillsyn genomförs inte", "Uppföljning av tillsynsplanen – andel genomförda planerade tillsynsbesök",
         12, "Miljöchef", Y, Y, "62 % av årets planerade besök genomförda per 31/8.", "DELVIS", ""),
        ("Avgifter", "Felaktig debitering", "Timavgift debiteras enligt taxa vid tillsyn", 9, "Administratör",
         G, G, "Stickprov 20 fakturor, en faktura med felaktig timtaxa har krediterats.", "GENOMFORD", "ja"),
        ("Jäv", "Jäv vid handläggning", "Jävsdeklarationer från inspektörer finns för 2025", 8, "Miljöchef",
         G, None, "Klart i februari.", "GENOMFORD", ""),
        ("Delegation", "Beslut fattas utan delegation", "Delegationsbeslut anmäls till nämnden", 6,
         "Nämndsekreterare", G, G, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Livsmedelskontroll", "Kontrollfrekvens enligt riskklassning följs inte",
         "Livsmedelskontroller genomförs enligt kontrollplan och riskklassning", 12, "Livsmedelsinspektör",
         R, R, "Kontrollen ej utförd pga vakans, görs under T3.", "EJ_GENOMFORD", ""),
        ("Diarieföring", "Handlingar registreras inte", "Inkomna klagomål registreras i Ecos inom två arbetsdagar",
         6, "Administratör", None, None, None, "SAKNAS", ""),
        ("Förelägganden", "Förelägganden följs inte upp", "Uppföljning av förelägganden med vite", 4,
         "Miljöinspektör", None, GR, "Utgår, inga vitesförelägganden under 2025.", "UTGAR", ""),
    ]
    r = 6
    for n, row in enumerate(rows, 1):
        vals = [n, row[0], row[1], row[2], row[3], row[4], None, None, None, row[7]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        if row[5]: ws.cell(row=r, column=7).fill = row[5]
        if row[6]: ws.cell(row=r, column=8).fill = row[6]
        exp(fil, N, row[2], row[8], row[9]); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    for fill, txt in ((G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej genomförd"), (GR, "Utgår")):
        r += 1; ws.cell(row=r, column=2).fill = fill; ws.cell(row=r, column=3, value=txt)
    for col, w in zip("ABCDEFGHIJ", (5, 18, 32, 48, 10, 20, 7, 7, 7, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "T2"))

# ---------------------------------------------------------------- 7. TN xlsx, instruction sheet + lists
def tn():
    fil = "TN Intern kontroll 2025 - uppföljning T2.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook(); fix_props_xlsx(wb, "Johan Berg")
    ins = wb.active; ins.title = "Instruktion"
    lines = ["Instruktion för uppföljning av intern kontroll",
             "",
             "1. Fyll i fliken Uppföljning för aktuell period. Välj status i rullistan.",
             "2. Beskriv iakttagelser och eventuella avvikelser i kolumnen Iakttagelser.",
             "3. Ange åtgärd och datum när åtgärden ska vara klar.",
             "4. Skicka filen till ekonomiavdelningen senast 2025-09-12.",
             "",
             "Statusvärden: Genomförd, Delvis genomförd, Ej genomförd, Utgår"]
    for i, l in enumerate(lines, 1): ins.cell(row=i, column=1, value=l)
    ins["A1"].font = Font(bold=True, size=13); ins.column_dimensions["A"].width = 90
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Tekniska nämnden – intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: T2 (januari–augusti)"
    hdr = ["ID", "Område", "Kontrollmoment", "Hur kontrolleras", "När", "Status", "Iakttagelser", "Åtgärd",
           "Klart datum"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("TN-01", "VA", "Debitering av VA-avgifter enligt VA-taxa vid nyanslutning", "Stickprov 10 anslutningar",
         "April, augusti", "Genomförd", "Inga fel.", None, None, "GENOMFORD", "nej"),
        ("TN-02", "VA", "Vattenmätarbyten registreras i kundsystemet", "Avstämning mot arbetsordrar", "Augusti",
         "Delvis genomförd", "Registreringen är halvvägs klar efter systembytet.", "Slutförs av kundtjänst",
         "2025-10-31", "DELVIS", ""),
        ("TN-03", "Avfall", "Renhållningsavgift debiteras enligt abonnemang", "Stickprov 30 abonnemang", "Maj",
         "Genomförd", "5 kunder hade fel kärlstorlek registrerad. Rättat och fakturor justerade.",
         "Rutin för ändringar ses över", "2025-12-31", "GENOMFORD", "ja"),
        ("TN-04", "Fastighet", "Hyresavtal för externt inhyrda lokaler är uppdaterade och signerade",
         "Genomgång av avtalsregistret", "Juni", "Ej genomförd", "Flyttas till T3 p.g.a. sjukskrivning.", None,
         None, "EJ_GENOMFORD", ""),
        ("TN-05", "Fastighet", "Lagstadgade besiktningar (hissar, OVK) genomförs i tid", "Utdrag ur fastighetssystemet",
         "Löpande", "Genomförd", "OVK saknades för 2 objekt, besiktning är beställd.", "Bevakning i systemet",
         "2025-09-30", "GENOMFORD", "ja"),
        ("TN-06", "Gata/park", "Fakturor från driftentreprenör kontrolleras mot beställning", "Stickprov 12 fakturor",
         "Tertialvis", "Genomförd", "Kontroll av 12 fakturor, inga avvikelser.", None, None, "GENOMFORD", "nej"),
        ("TN-07", "Fordon", "Körjournaler förs för kommunens fordon", "Genomgång av körjournaler", "Tertialvis",
         "Utgår", "Ersatt av elektronisk körjournal från mars.", None, None, "UTGAR", ""),
        ("TN-08", "Upphandling", "Avrop från ramavtal för entreprenader följer avropsordning",
         "Granskning av 5 avrop", "Augusti", None, "Se separat granskningsrapport (bilaga 3).", None, None,
         "OKLAR", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BORDER; c.alignment = WRAP
        exp(fil, N, row[2], row[9], row[10]); r += 1
    lst = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"], 1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv); dv.add("F5:F40")
    for col, w in zip("ABCDEFGHI", (8, 12, 50, 28, 14, 18, 50, 28, 12)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "T2"))

# ---------------------------------------------------------------- 8. reject: covering letter
def missiv():
    fil = "Missiv BUN internkontroll T2 2025.docx"
    d = docx.Document(); fix_props_docx(d, "Karin Sjöberg")
    d.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen"
    d.add_paragraph("2025-09-18")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph("Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplan 2025 "
                    "för tertial 2. Uppföljningen behandlades av nämnden 2025-09-17 § 87 och nämnden beslutade "
                    "att lägga uppföljningen till handlingarna.")
    d.add_paragraph("Bilaga 2 (lärarlegitimationer) skickas separat av HR-avdelningen då den innehåller "
                    "personuppgifter.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nKarin Sjöberg\nController\nTel. 0910-55 12 34")
    d.add_paragraph("Bilaga: BUN uppföljning intern kontroll tertial 2 2025.docx")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- registers
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg: f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES: f.write(";".join(str(x) for x in row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXP: w.writerow(row)

if __name__ == "__main__":
    for fn in (ks, bun, stratsys, sbn, kfn, mhn, tn, missiv):
        fn()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXP)} expected controls")
