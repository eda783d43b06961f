#!/usr/bin/python3
"""Blind round r441 – Knivsta kommun 2025, helår follow-ups from bolag and förbund (+ two nämnder)."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round441"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {c: PatternFill("solid", fgColor=v) for c, v in
        dict(green="92D050", yellow="FFEB84", red="FF7C80", grey="BFBFBF", head="1F4E78", light="DDEBF7").items()}

EXPECTED = []   # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []      # fil, utfall, nämnd, år, period

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.8))

def set_table_font(table, size=9):
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)

# ---------------------------------------------------------------- 1 Knivstabostäder – styrelserapport docx
def f1():
    fil = "Knivstabostader_uppfoljning_IK_2025_helar.docx"
    N = "Knivstabostäder AB"
    doc = Document(); landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Knivstabostäder AB\tTjänsteskrivelse\t2026-02-05"
    doc.add_paragraph("Knivstabostäder AB").runs[0].bold = True
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Ärende till styrelsens sammanträde 2026-02-19, ärende 7. Dnr KBAB 2026/04")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Styrelsen godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den till "
                      "kommunstyrelsen i Knivsta kommun i enlighet med ägardirektivet.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph("Styrelsen fastställde internkontrollplanen för 2025 den 20 februari 2025. Planen omfattar elva "
                      "kontrollmoment inom ekonomi, uthyrning, fastighetsförvaltning samt arbetsmiljö och "
                      "informationshantering. Av dessa har sex genomförts, en är delvis genomförd, en pågår, en har inte "
                      "genomförts, en har utgått efter styrelsebeslut och en har inte rapporterats. Två kontrollmoment har påvisat avvikelser som "
                      "föranlett åtgärder. Kontrollerna redovisas i tabellen nedan.")
    rows = [
        ("G", "Ekonomi"),
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov om 40 fakturor. Två fakturor hade attesterats av person utan attesträtt efter organisationsförändringen i maj. Attestlistan uppdaterades i oktober.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Avstämning av hyresreskontra mot huvudbok per kvartal", "Ekonomichef",
         "Avstämning utförd för samtliga fyra kvartal utan differenser.", "Genomförd", "GENOMFORD", "nej"),
        ("3", "Ekonomi", "Inköp över 100 tkr sker enligt LOU och bolagets upphandlingspolicy", "VD",
         "Granskning av 12 inköp. En direktupphandling av snöröjning (148 tkr) saknade dokumentation. Fastighetsförvaltarna har utbildats i upphandlingspolicyn.",
         "Genomförd", "GENOMFORD", "ja"),
        ("G", "Uthyrning"),
        ("4", "Uthyrning", "Lägenheter förmedlas enligt bolagets uthyrningspolicy och kötid", "Uthyrningschef",
         "20 av årets 143 nya kontrakt har kontrollerats mot bostadskön. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("5", "Uthyrning", "Uppföljning av hyresfordringar och inkassoärenden", "Uthyrningschef",
         "Rutinen för påminnelser och inkasso har följts under första halvåret. Kontrollen av andra halvåret pågår och slutförs i februari 2026.",
         "Pågår", "DELVIS", "nej"),
        ("G", "Fastighetsförvaltning"),
        ("6", "Fastighetsförvaltning", "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter", "Förvaltningschef",
         "Dokumentation saknas för 3 av 14 fastigheter (bl.a. kv. Ängsbacken i Alsike). Kompletteras under kvartal 1 2026.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("7", "Fastighetsförvaltning", "Besiktning av lekplatser enligt SS-EN 1176", "Förvaltningschef",
         "Huvudbesiktningen har skjutits till våren 2026 på grund av byte av besiktningsföretag.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("8", "Fastighetsförvaltning", "Energideklarationer är giltiga för samtliga fastigheter", "Energisamordnare",
         "Utgår enligt styrelsebeslut 2025-05-22 § 34, hanteras inom ramen för bolagets nya energistrategi.", "Utgår", "UTGAR", ""),
        ("9", "Fastighetsförvaltning", "Underhållsplanen följs upp mot budget", "VD", "", "", "SAKNAS", ""),
        ("G", "Arbetsmiljö och informationshantering"),
        ("10", "Arbetsmiljö och informationshantering", "Registerförteckning enligt GDPR är uppdaterad", "Dataskyddsombud",
         "Registerförteckningen uppdaterades i juni 2025. Inga brister noterade.", "Genomförd", "GENOMFORD", "nej"),
        ("11", "Arbetsmiljö och informationshantering", "Behörigheter i fastighetssystemet Vitec gås igenom två gånger per år", "IT-ansvarig",
         "Genomgång gjord i april och november. Tre konton för personal som slutat hade inte avslutats och togs bort.", "", "GENOMFORD", "ja"),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Ansvarig", "Metod", "Resultat/kommentar helår", "Status"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "G":
            m = cells[0].merge(cells[5]); m.text = r[1]; m.paragraphs[0].runs[0].bold = True
            continue
        nr, _, km, ans, res, st, es, ea = r
        metod = "Stickprov" if nr in ("1", "3", "4") else "Genomgång"
        for c, v in zip(cells, [nr, km, ans, metod, res, st]):
            c.text = v
        exp(fil, N, km, es, ea)
    set_table_font(t)
    doc.add_paragraph()
    doc.add_paragraph("Knivsta 2026-02-05")
    doc.add_paragraph("Anna Lindqvist\nVD, Knivstabostäder AB")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 Knivsta Energi – English-influenced xlsx
def f2():
    fil = "KEAB_IC-plan_2025_year-end.xlsx"
    N = "Knivsta Energi AB"
    wb = Workbook(); ws = wb.active; ws.title = "IC 2025"
    ws.oddHeader.center.text = "Knivsta Energi AB – Internal Control"
    ws.oddFooter.right.text = "Page &P of &N"
    ws["A1"] = "Internkontrollplan 2025 – Follow-up year-end (helår)"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Company: KEAB"; ws["D2"] = "Reported to the Board: 2026-02-24"
    ws["A3"] = "Status: Completed = kontrollen utförd | In progress = pågår | Not started = ej påbörjad | N/A = not applicable / cancelled"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["ID", "Process", "Risk", "Control", "Control owner", "Frequency", "Status H1", "Status year-end", "Comment"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.border = BOX; c.alignment = WRAP
    rows = [
        ("IC-01", "Purchasing", "Risk för jäv vid upphandling", "Jävsdeklaration inhämtas från samtliga i utvärderingsgruppen vid upphandling",
         "Head of Purchasing", "Per procurement", "In progress", "Completed", "All 6 procurements checked, no deviations.", "GENOMFORD", "nej"),
        ("IC-02", "Finance", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "CFO", "Monthly", "Completed", "Completed – deviation noted", "2 of 60 sampled invoices lacked second attest. Reminder sent to all approvers.", "GENOMFORD", "ja"),
        ("IC-03", "Billing", "Felaktig debitering av kunder", "Control of meter data (mätvärden) vs. billing, sample of 50 customers",
         "Head of Customer Service", "Quarterly", "Completed", "In progress", "Q4 sample delayed due to migration of billing system; to be finished Feb 2026.", "DELVIS", ""),
        ("IC-04", "IT/OT security", "Obehörig åtkomst till styrsystem (SCADA)", "Review of user accounts and privileges in SCADA",
         "IT Manager", "Twice a year", "Not started", "Not started", "Postponed to 2026 – new SCADA platform is being procured.", "EJ_GENOMFORD", ""),
        ("IC-05", "Environment", "Utsläpp över villkor i miljötillståndet", "Uppföljning av utsläppsvärden för fjärrvärmeverket mot miljötillståndet",
         "Environmental coordinator", "Monthly", "Completed", "Completed", "One NOx exceedance in January, reported to the supervisory authority. Burner adjusted.", "GENOMFORD", "ja"),
        ("IC-06", "HR", "Bristande kompetens vid elarbete", "Certificates for high-voltage work (ESA) are valid for all field staff",
         "HR Manager", "Yearly", "", "Completed", "All 18 technicians have valid ESA certificates.", "GENOMFORD", "nej"),
        ("IC-07", "Legal", "Avtal förnyas inte i tid", "Contract register updated and expiry dates monitored",
         "Legal counsel", "Quarterly", "In progress", "", "Completed in December. Register holds 112 active contracts, none expired.", "GENOMFORD", "nej"),
        ("IC-08", "GDPR", "Personuppgiftsincidenter rapporteras inte", "Incident log reviewed and reported to the Board",
         "DPO", "Twice a year", "Completed", "N/A", "Cancelled by Board decision 2025-09-18; handled in the group-wide GDPR process.", "UTGAR", ""),
        ("IC-09", "Finance", "Felaktig aktivering av investeringar", "Review of capitalised projects vs. investment budget",
         "Controller", "Yearly", "", "Completed", "See appendix 3.", "GENOMFORD", ""),
        ("IC-10", "Security", "Otillräcklig krisberedskap", "Crisis management exercise performed with management team",
         "CEO", "Yearly", "Not started", "", "", "EJ_GENOMFORD", ""),
    ]
    sf = {"Completed": "green", "Completed – deviation noted": "yellow", "In progress": "yellow", "Not started": "red", "N/A": "grey"}
    r = 6
    for row in rows:
        vals = row[:9]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None); c.border = BOX; c.alignment = WRAP
            if i in (7, 8) and v in sf:
                c.fill = FILL[sf[v]]
        exp(fil, N, row[3], row[9], row[10])
        r += 1
    ws.cell(row=r + 1, column=1, value="Prepared by: Erik Holm, Controller").font = Font(size=9)
    for col, w in zip("ABCDEFGHI", [8, 14, 28, 44, 20, 14, 13, 16, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 Räddningstjänstförbundet – granskningsrapport odt
def f3():
    fil = "Granskningsrapport_intern_kontroll_2025_RUS.odt"
    N = "Räddningstjänstförbundet Uppland Syd"
    doc = Document(); landscape(doc)
    doc.add_heading("Granskningsrapport", level=0)
    doc.add_paragraph("Intern kontroll 2025 – helårsgranskning").runs[0].bold = True
    doc.add_paragraph("Räddningstjänsten Uppland Syd\nDiarienummer: RUS 2026/0031\nDatum: 2026-01-28")
    doc.add_heading("1. Uppdrag och metod", level=1)
    doc.add_paragraph("Direktionen har gett förbundets controller i uppdrag att granska att kontrollmomenten i "
                      "internkontrollplanen för 2025 har genomförts. Granskningen har skett genom stickprov, "
                      "registergenomgång och intervjuer. Kolumnen ”Kontroll utförd” anger om kontrollmomentet har "
                      "genomförts (Ja / Delvis / Nej / Ej aktuell). Kolumnen ”Avvikelse” anger om granskningen visat på fel eller brister.")
    doc.add_heading("2. Iakttagelser", level=1)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor okt–dec",
         "Samtliga fakturor attesterade av behörig attestant.", "Ja", "Nej", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Representation och förtroendekänsliga poster redovisas med syfte och deltagare", "Samtliga verifikationer konto 7620–7630",
         "3 av 17 verifikationer saknade deltagarförteckning.", "Ja", "Ja", "GENOMFORD", "ja"),
        ("3", "Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Jämförelse plan/utfall",
         "112 av 140 planerade tillsyner genomförda (80 %). Eftersläpningen beror på vakanser.", "Delvis", "Ja", "DELVIS", "ja"),
        ("4", "Förebyggande", "Handläggningstid för tillstånd brandfarlig vara understiger sex veckor", "Samtliga ärenden 2025 (n = 38)",
         "Median fyra veckor. Fem ärenden hade längre handläggningstid än sex veckor.", "Ja", "Ja", "GENOMFORD", "ja"),
        ("5", "Personal", "Rökdykare har genomfört årliga fys- och arbetsprov", "Register över arbetsprov",
         "Samtliga 64 rökdykare godkända.", "Ja", "Nej", "GENOMFORD", "nej"),
        ("6", "Fordon och materiel", "Besiktning och service av fordon och materiel enligt underhållsplan", "–",
         "Kontrollen har inte genomförts då fordonsansvarig varit tjänstledig. Flyttas till 2026.", "Nej", "–", "EJ_GENOMFORD", ""),
        ("7", "Löner", "Kontroll av jour- och beredskapsersättning mot schema", "Urval två månader",
         "Granskning av maj genomförd utan anmärkning, november återstår.", "Delvis", "Nej", "DELVIS", "nej"),
        ("8", "Upphandling", "Direktupphandlingar dokumenteras enligt riktlinjen", "–",
         "Kontrollmomentet ströks av direktionen 2025-06-12 § 28 då det ingår i medlemskommunernas gemensamma granskning.", "Ej aktuell", "–", "UTGAR", ""),
        ("9", "Informationssäkerhet", "Loggkontroll i ärendesystemet Daedalos", "Logguttag",
         "Se bilaga 2.", "", "", "OKLAR", ""),
    ]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Granskningsobjekt", "Kontrollmoment", "Urval/metod", "Iakttagelser", "Kontroll utförd", "Avvikelse"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r[:7]):
            c.text = v
        exp(fil, N, r[2], r[7], r[8])
    set_table_font(t)
    doc.add_heading("3. Sammanfattande bedömning", level=1)
    doc.add_paragraph("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Förbundet bör säkerställa att "
                      "tillsynsplanen och underhållsplanen för fordon kan följas under 2026.")
    doc.add_paragraph("Uppsala 2026-01-28\n\nKarin Ek\nController, Räddningstjänsten Uppland Syd")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, fil.replace(".odt", ".docx"))
    doc.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", "odt", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 IT-förbundet – Stratsys-like CSV
def f4():
    fil = "Stratsys_export_internkontroll_2025.csv"
    N = "Kommunalförbundet IT Mälardalen Nord"
    E = "IT Mälardalen Nord"
    ctrl = [
        ("Behörighetshantering", "Behörigheter i medlemskommunernas AD granskas och inaktiva konton avslutas", "Säkerhetssamordnare", "Tertial",
         [("Tertial 1 2025", "Pågående", "Uttag av inaktiva konton gjort."), ("Tertial 2 2025", "Pågående", ""),
          ("Helår 2025", "Klar", "124 inaktiva konton identifierades och avslutades.")], "GENOMFORD", "ja"),
        ("Drift", "Återläsningstest av säkerhetskopior genomförs kvartalsvis", "Driftchef", "Kvartal",
         [("Tertial 1 2025", "Klar", "Test mars OK."), ("Tertial 2 2025", "Klar", "Test juni OK."),
          ("Helår 2025", "Klar", "Fyra tester under året, samtliga lyckade.")], "GENOMFORD", "nej"),
        ("Incidenthantering", "Säkerhetsincidenter rapporteras till medlemskommunerna inom 72 timmar", "Säkerhetssamordnare", "Löpande",
         [("Tertial 1 2025", "Klar", ""), ("Tertial 2 2025", "Klar", ""),
          ("Helår 2025", "Pågående", "Rapporteringen av incidenten i oktober dröjde fem dagar. Ny rutin tas fram.")], "DELVIS", "ja"),
        ("Licenser", "Avstämning av Microsoft-licenser mot faktisk användning", "IT-strateg", "År",
         [("Tertial 1 2025", "Ej påbörjad", ""), ("Tertial 2 2025", "Ej påbörjad", ""),
          ("Helår 2025", "Ej påbörjad", "Skjuts till 2026 på grund av nytt ramavtal.")], "EJ_GENOMFORD", ""),
        ("Ekonomi", "Fakturering till medlemskommunerna sker enligt fördelningsnyckel", "Ekonom", "Tertial",
         [("Tertial 1 2025", "Klar", ""), ("Tertial 2 2025", "Klar", ""), ("Helår 2025", "Klar", "")], "GENOMFORD", ""),
        ("Dataskydd", "Personuppgiftsbiträdesavtal finns för samtliga system", "Dataskyddsombud", "År",
         [("Tertial 1 2025", "Pågående", "Inventering startad."), ("Tertial 2 2025", "Klar", "Samtliga 31 system har PUB-avtal.")], "GENOMFORD", "nej"),
        ("Kontinuitet", "Kontinuitetsplanen för driftcentralen övas", "Driftchef", "År",
         [("Tertial 1 2025", "", ""), ("Tertial 2 2025", "", ""),
          ("Helår 2025", "Avbruten", "Avbruten genom direktionsbeslut 2025-10-09, ersätts av gemensam övning med länsstyrelsen 2026.")], "UTGAR", ""),
        ("Upphandling", "Avrop från ramavtal sker enligt avropsordningen", "Inköpssamordnare", "Tertial",
         [("Tertial 1 2025", "Ej bedömd", ""), ("Tertial 2 2025", "Ej bedömd", ""), ("Helår 2025", "Ej bedömd", "")], "SAKNAS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("Rapport: Intern kontroll - uppföljning kontrollmoment\r\n")
        fh.write(f"Organisation: {N}\r\n")
        fh.write("Plan: Internkontrollplan 2025\r\nUtskriven: 2026-01-30 14:12 av Maria Sund\r\n\r\n")
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Period", "Status", "Kommentar"])
        for proc, km, ans, frek, per, es, ea in ctrl:
            for p, s, k in per:
                w.writerow([E, proc, km, ans, frek, p, s, k])
            exp(fil, N, km, es, ea)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 Knivsta Kommunfastigheter – Q1–Q4 xlsx
def f5():
    fil = "KKF_internkontroll_2025_kvartal.xlsx"
    N = "Knivsta Kommunfastigheter AB"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Knivsta Kommunfastigheter AB – Internkontroll 2025, kvartalsuppföljning (helårsrapport)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Fastställd av styrelsen 2025-02-13. Uppföljning per 2025-12-31."
    ws.merge_cells("F4:I4"); ws["F4"] = "Status per kvartal"; ws["F4"].alignment = Alignment(horizontal="center")
    ws["F4"].font = Font(bold=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Q1", "Q2", "Q3", "Q4", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = FILL["light"]; c.border = BOX
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Kvartalsvis", "Ekonomiansvarig",
         "G", "G", "A", "G", "Q3: en faktura attesterad av beställaren själv (jäv). Rättad och informerat.", "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Avstämning av hyresavtal mot hyresdebitering (kommunens verksamhetslokaler)", "Halvår", "Ekonomiansvarig",
         "–", "G", "–", "G", "", "GENOMFORD", ""),
        ("3", "Förvaltning", "Felanmälningar åtgärdas inom 14 dagar", "Kvartalsvis", "Driftchef",
         "G", "G", "P", "P", "Eftersläpning under hösten, 23 ärenden äldre än 14 dagar vid årsskiftet.", "DELVIS", "ja"),
        ("4", "Projekt", "Kontroll av entreprenadfakturor mot avtal (ÄTA-arbeten)", "Kvartalsvis", "Projektchef",
         "G", "G", "G", "", "", "GENOMFORD", ""),
        ("5", "Förvaltning", "OVK-besiktningar utförs enligt plan", "Årlig", "Driftchef",
         "–", "–", "–", "E", "Besiktning av Thunmanskolan och Alsike skola flyttad till 2026.", "EJ_GENOMFORD", ""),
        ("6", "Projekt", "Investeringsprojekt följs upp mot beslutad budget", "Kvartalsvis", "VD",
         "G", "G", "G", "G", "Samtliga projekt inom budget utom Ängbyskolan (+4,2 mnkr), rapporterat till styrelsen i november.", "GENOMFORD", "ja"),
        ("7", "Säkerhet", "Nyckelkvittenser och passerkort inventeras", "Årlig", "Säkerhetsansvarig",
         "–", "–", "–", "G", "", "GENOMFORD", ""),
        ("8", "Miljö", "Energiuppföljning per fastighet", "Kvartalsvis", "Energiingenjör",
         "G", "G", "–", "–", "Utgår från Q3 enligt styrelsebeslut 2025-08-28, ansvaret har övertagits av kommunen.", "UTGAR", ""),
        ("9", "Ekonomi", "Ändringar av bankuppgifter i leverantörsregistret kontrolleras", "Kvartalsvis", "Ekonomiansvarig",
         "G", "G", "G", "G", "Inga obehöriga ändringar.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:10], 1):
            c = ws.cell(row=r, column=i, value=v or None); c.border = BOX; c.alignment = WRAP
            if 6 <= i <= 9:
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[10], row[11])
        r += 1
    ws.cell(row=r, column=3, value="Antal genomförda (G/A) Q4").font = Font(bold=True)
    ws.cell(row=r, column=9, value=f'=COUNTIF(I6:I{r-1},"G")+COUNTIF(I6:I{r-1},"A")').font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Teckenförklaring:").font = Font(bold=True)
    for k, txt in enumerate(["G = Genomförd", "A = Genomförd med avvikelse", "P = Pågår", "E = Ej genomförd",
                             "– = Ej aktuellt detta kvartal"], 0):
        ws.cell(row=r + 3 + k, column=1, value=txt)
    for col, w in zip("ABCDEFGHIJ", [5, 12, 50, 12, 18, 5, 5, 5, 5, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 Samordningsförbundet – text-only docx
def f6():
    fil = "Samordningsforbundet_IK_uppfoljning_2025.docx"
    N = "Samordningsförbundet Uppsala län"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Finsam Uppsala län"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Helårsuppföljning. Behandlad av styrelsen 2026-02-06 § 5.")
    doc.add_paragraph("Förbundets internkontrollplan för 2025 innehåller sex kontrollmoment. Nedan redovisas resultatet "
                      "för respektive kontrollmoment. Förbundschefen ansvarar för samtliga kontroller om inget annat anges.")
    items = [
        ("Ekonomi", "Utbetalningar till finansierade insatser sker enligt styrelsens beslut och avtal",
         "Samtliga 14 utbetalningar under året har stämts av mot beslut och avtal. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi", "Insatsernas rekvisitioner granskas mot redovisade kostnader",
         "Rekvisitionerna för kvartal 1–3 är granskade. Kvartal 4 granskas i samband med bokslutet i februari.", "Delvis genomförd", "DELVIS", ""),
        ("Dataskydd", "Deltagaruppgifter registreras i SUS med samtycke",
         "I två av 30 granskade deltagarakter saknades samtycke. Insatsledarna har informerats och rutinen har förtydligats.", "Genomförd", "GENOMFORD", "ja"),
        ("Dokumenthantering", "Förbundets dokumenthanteringsplan tillämpas",
         "Kontrollen prioriterades bort under året på grund av byte av förbundschef.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Styrning", "Delegationsbeslut anmäls till styrelsen",
         "Samtliga delegationsbeslut har anmälts vid närmast följande styrelsemöte. Kontrollen är utförd utan anmärkning.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Medlemmarnas avgifter faktureras och betalas enligt budget",
         "Ingår i revisorernas granskning 2025 och följs därför inte upp här.", "Utgår", "UTGAR", ""),
    ]
    for i, (omr, km, res, st, es, ea) in enumerate(items, 1):
        doc.add_heading(f"{i}. {omr}", level=2)
        p = doc.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = doc.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        p = doc.add_paragraph(); p.add_run("Status: ").bold = True; p.add_run(st)
        exp(fil, N, km, es, ea)
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph("Den interna kontrollen bedöms som tillräcklig. Kontrollmoment 4 förs över till planen för 2026.")
    doc.add_paragraph("Uppsala 2026-01-22\nLena Åberg, förbundschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 KS + BMN – one workbook, two sheets, fills
def f7():
    fil = "Internkontroll_2025_helar_KS_BMN.xlsx"
    wb = Workbook()
    # --- KS: status by colour only
    N = "Kommunstyrelsen"
    ws = wb.active; ws.title = "KS"
    ws.oddHeader.left.text = "Kommunstyrelsen"; ws.oddHeader.right.text = "Knivsta kommun"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status anges med färg i kolumn E, se teckenförklaring nedanför tabellen."
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Metod", "Status helår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.border = BOX; c.fill = FILL["light"]
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Stickprov 50 fakturor",
         "green", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ägarstyrning", "Uppföljning av de kommunala bolagens rapportering enligt ägardirektiven", "Kommundirektör", "Genomgång",
         "yellow", "Knivstabostäder och Kommunfastigheter har rapporterat. Knivsta Energis rapport inkommer i mars 2026.", "DELVIS", ""),
        ("Styrning", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Stickprov",
         "green", "Två beslut anmäldes senare än vid närmast följande sammanträde.", "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlingschef", "Stickprov",
         "red", "Ej genomförd på grund av vakans på upphandlingsenheten.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet", "Systemförvaltare", "Registeruttag",
         "green", "", "GENOMFORD", ""),
        ("Dokumenthantering", "Allmänna handlingar diarieförs inom tre arbetsdagar", "Registrator", "Stickprov",
         "grey", "Utgår enligt KS beslut 2025-04-14 § 61.", "UTGAR", ""),
        ("Lön", "Nyanställda i lönesystemet kontrolleras mot anställningsavtal", "HR-chef", "Stickprov",
         None, "Se bilaga.", "OKLAR", ""),
    ]
    r = 5
    for proc, km, ans, met, col, kom, es, ea in rows:
        for i, v in enumerate([proc, km, ans, met, None, kom or None], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
        if col:
            ws.cell(row=r, column=5).fill = FILL[col]
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Teckenförklaring").font = Font(bold=True)
    for k, (col, txt) in enumerate([("green", "Genomförd"), ("yellow", "Delvis genomförd / pågår"),
                                    ("red", "Ej genomförd"), ("grey", "Utgår")]):
        ws.cell(row=r + 2 + k, column=1).fill = FILL[col]
        ws.cell(row=r + 2 + k, column=2, value=txt)
    for c, w in zip("ABCDEF", [20, 50, 18, 20, 12, 55]):
        ws.column_dimensions[c].width = w
    # --- BMN: words + fill
    N2 = "Bygg- och miljönämnden"
    ws = wb.create_sheet("BMN")
    ws["A1"] = "Bygg- och miljönämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.border = BOX; c.fill = FILL["light"]
    rows = [
        ("1", "Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Tertial",
         "Genomförd", "green", "4 av 212 ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("2", "Myndighetsutövning", "Avgifter för bygglov debiteras enligt taxa", "Stickprov 30 ärenden", "Halvår",
         "Genomförd", "green", "Inga fel.", "GENOMFORD", "nej"),
        ("3", "Miljötillsyn", "Tillsyn av enskilda avlopp enligt tillsynsplan", "Jämförelse plan/utfall", "År",
         "Delvis genomförd", "yellow", "65 % av planerade tillsyner utförda, resterande flyttas till 2026.", "DELVIS", ""),
        ("4", "Styrning", "Delegationsbeslut anmäls till nämnden", "Stickprov", "Tertial",
         "Ej genomförd", "red", "", "EJ_GENOMFORD", ""),
        ("5", "Myndighetsutövning", "Handläggare dokumenterar jävsprövning i ärendet", "Stickprov 20 ärenden", "År",
         "Genomförd", "green", "Inga jävssituationer identifierade.", "GENOMFORD", "nej"),
        ("6", "Livsmedelskontroll", "Livsmedelskontrollen följer den fastställda kontrollplanen", "Jämförelse plan/utfall", "År",
         "", None, "", "SAKNAS", ""),
    ]
    r = 5
    for nr, omr, km, met, frek, st, col, kom, es, ea in rows:
        for i, v in enumerate([nr, omr, km, met, frek, st or None, kom or None], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
        if col:
            ws.cell(row=r, column=6).fill = FILL[col]
        exp(fil, N2, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Beslutad i nämnden 2026-02-11 § 12")
    for c, w in zip("ABCDEFG", [5, 20, 50, 24, 10, 16, 55]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    FILES.append((fil, "INLAST", N2, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 reject: covering letter (missiv)
def f8():
    fil = "Missiv_granskningsrapport_IK_2025.docx"
    doc = Document()
    doc.add_paragraph("Räddningstjänsten Uppland Syd\t\t2026-01-29")
    doc.add_paragraph("Till: Kommunstyrelsen i Knivsta kommun\nKopia: Ekonomikontoret")
    doc.add_heading("Överlämnande av granskningsrapport – intern kontroll 2025", level=1)
    doc.add_paragraph("Direktionen för Räddningstjänstförbundet Uppland Syd behandlade vid sitt sammanträde den "
                      "28 januari 2026 förbundets granskningsrapport avseende intern kontroll för 2025.")
    doc.add_paragraph("Internkontrollplanen omfattade nio kontrollmoment. Rapporten bifogas i sin helhet "
                      "(Granskningsrapport_intern_kontroll_2025_RUS.odt). Direktionen bedömer att den interna "
                      "kontrollen i huvudsak har varit tillräcklig.")
    doc.add_paragraph("Vi ber er att delge rapporten kommunstyrelsen i samband med behandlingen av årsredovisningen. "
                      "Frågor besvaras av förbundets controller Karin Ek, tfn 018-727 00 00.")
    doc.add_paragraph("Med vänlig hälsning\n\nPer Gustafsson\nFörbundsdirektör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

import datetime as _dt
_FIXED = _dt.datetime(2026, 2, 5, 9, 0, 0)
_orig_doc_save = Document().__class__.save
def _doc_save(self, path):
    self.core_properties.created = _FIXED; self.core_properties.modified = _FIXED
    self.core_properties.author = "Knivsta"; self.core_properties.last_modified_by = "Knivsta"
    _orig_doc_save(self, path)
Document().__class__.save = _doc_save
_orig_wb_save = Workbook.save
def _wb_save(self, path):
    self.properties.created = _FIXED; self.properties.modified = _FIXED; self.properties.creator = "Knivsta"
    _orig_wb_save(self, path)
Workbook.save = _wb_save

REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Samhällsbyggnadsförvaltningen"),
    ("Knivstabostäder AB", "Knivstabostäder|Knivsta Bostäder|KBAB"),
    ("Knivsta Kommunfastigheter AB", "KKF|Kommunfastigheter|Knivsta Kommunfastigheter"),
    ("Knivsta Energi AB", "Knivsta Energi|KEAB|Knivsta Energy"),
    ("Knivsta Vatten AB", "Knivsta Vatten|KVAB"),
    ("Räddningstjänstförbundet Uppland Syd", "RUS|Räddningstjänsten Uppland Syd|Räddningsförbundet Uppland Syd"),
    ("Samordningsförbundet Uppsala län", "Finsam Uppsala län|Samordningsförbundet|SOF Uppsala"),
    ("Kommunalförbundet IT Mälardalen Nord", "IT Mälardalen Nord|ITMN|IT-förbundet"),
    ("Knivsta Centrumutveckling AB", "Centrumutveckling|KCAB"),
]

def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)

if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
