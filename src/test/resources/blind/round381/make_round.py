#!/usr/bin/python3
"""Blind round 381 - Tallåsens kommun, uppföljningar T2 2025."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "-env:UserInstallation=file:///tmp/lo-round381"
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def fixed_props(wb):
    wb.properties.creator = "Tallåsens kommun"
    import datetime
    wb.properties.created = datetime.datetime(2025, 9, 10, 8, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 10, 8, 0)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

# ---------------------------------------------------------------- 1 KS xlsx (easy)
def f_ks():
    fil = "KS Uppföljning internkontrollplan T2 2025.xlsx"
    n = "Kommunstyrelsen"
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Uppföljning T2"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"; ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"; ws["B3"] = "Tertial 2 (januari–augusti) 2025"
    ws["A4"] = "Upprättad av:"; ws["B4"] = "Ekonomienheten, Linnea Berg"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial", "Redovisningschef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 15 verifikationer", "Controller", "Genomförd med avvikelse", "I 3 av 15 fall saknades deltagarförteckning. Påminnelse skickad till berörda chefer.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Analys i inköpsanalysverktyget", "Upphandlingschef", "Delvis genomförd", "Analys gjord för januari–april, maj–augusti återstår.", "DELVIS", ""),
        (4, "Personal", "Behörigheter i personalsystemet tas bort vid avslutad anställning", "Jämförelse avslutade anställningar mot behörighetslista", "HR-chef", "Ej genomförd", "Skjuts till tertial 3 på grund av byte av personalsystem.", "EJ_GENOMFORD", ""),
        (5, "IT", "Loggkontroll av behörigheter i ekonomisystemet", "Uttag av behörighetslogg, genomgång med systemförvaltare", "IT-chef", "Genomförd", "Två konton med för höga behörigheter har åtgärdats.", "GENOMFORD", "ja"),
        (6, "Kansli", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Stickprov 25 handlingar", "Kanslichef", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (7, "Kansli", "Delegationsbeslut anmäls till kommunstyrelsen", "Genomgång av delegationslistor", "Kanslichef", "Utgår", "Kontrollen utgår enligt beslut KS 2025-05-14 § 87, ersätts av ny rutin i ärendesystemet.", "UTGAR", ""),
        (8, "Säkerhet", "Kontaktlistor i krisledningsplanen är uppdaterade", "Genomgång av listor", "Säkerhetssamordnare", None, None, "SAKNAS", ""),
    ]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = BOLD; cell.fill = PatternFill("solid", fgColor="D9E1F2"); cell.border = BOX
    for i, r in enumerate(rows):
        for c, v in enumerate(r[:7], 1):
            cell = ws.cell(7 + i, c, v); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fil, n, r[2], r[7], r[8]))
    ws.cell(7 + len(rows) + 2, 1, "Fastställd av kommundirektör Per Åström 2025-09-12")
    for col, w in zip("ABCDEFG", (5, 13, 45, 32, 18, 22, 50)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 2 BUN docx, T1+T2 text columns
def f_bun():
    fil = "BUN_IK_uppföljning_tertial2_2025.docx"
    n = "Barn- och utbildningsnämnden"
    d = Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=1)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 2024-12-11 § 112. Nedan redovisas "
                    "resultatet av kontrollerna till och med augusti. Kontroller som inte genomförts "
                    "under tertial 2 redovisas i helårsuppföljningen.")
    groups = [
        ("Ekonomi", [
            ("Avgifter", "Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "Stickprov 30 hushåll per tertial",
             "Genomförd, inga avvikelser.", "Genomförd. Två felaktiga debiteringar har rättats.", "GENOMFORD", "ja"),
            ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
             "Påbörjad", "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
            ("Inköp", "Inköp av läromedel sker via upphandlat avtal", "Granskning av inköp över 10 000 kr",
             "Ej påbörjad", "Pågår – 10 av 20 inköp granskade.", "DELVIS", ""),
        ]),
        ("Verksamhet", [
            ("Förskola", "Placering i förskola erbjuds inom fyra månader från ansökan", "Uttag ur placeringssystemet, årligen",
             "Genomförd. Samtliga placeringar inom garantitiden.", "", "GENOMFORD", "nej"),
            ("Elevhälsa", "Anmälan till huvudman om kränkande behandling sker skyndsamt", "Genomgång av samtliga anmälningar",
             "Delvis", "Genomförd med avvikelse: 4 av 31 anmälningar inkom senare än fem dagar.", "GENOMFORD", "ja"),
            ("Rekrytering", "Utdrag ur belastningsregistret uppvisas före anställning", "Stickprov 15 nyanställningar",
             "–", "Ej genomförd, flyttas till tertial 3.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Arbetsmiljö", "Sjukfrånvaro följs upp enligt rehabiliteringsrutinen", "Stickprov per rektorsområde",
             "", "", "SAKNAS", ""),
            ("Lön", "Timanställningar och lönetillägg attesteras av behörig chef", "Stickprov 20 löneposter",
             "", "Se bilaga 2.", "OKLAR", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in enumerate(["Process/rutin", "Kontrollmoment", "Kontrollmetod och frekvens", "Uppföljning T1", "Uppföljning T2"]):
        t.rows[0].cells[c].text = h
        t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
    for g, items in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[4]); m.text = g; m.paragraphs[0].runs[0].bold = True
        for it in items:
            row = t.add_row()
            for c in range(5):
                row.cells[c].text = it[c]
            EXP.append((fil, n, it[1], it[5], it[6]))
    d.add_paragraph("")
    d.add_paragraph("Tallåsen 2025-09-08\nEva Holm, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 3 SN xls, traffic-light fills
def f_sn(tmp):
    fil = "Socialnämnden IK T2-2025.xls"
    n = "Socialnämnden"
    G, Y, R, Gr = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Socialförvaltningen – Internkontrollplan 2025, uppföljning T2"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Teckenförklaring:"
    for col, (color, txt) in zip("BCDE", ((G, "Genomförd"), (Y, "Delvis genomförd/pågår"), (R, "Ej genomförd"), (Gr, "Utgår"))):
        ws[f"{col}2"] = txt; ws[f"{col}2"].fill = PatternFill("solid", fgColor=color)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar T2"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.border = BOX; cell.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Myndighetsutövning IFO", "Utredningar om barn avslutas inte inom lagstadgad tid", 12,
         "Kontroll att barnavårdsutredningar avslutas inom fyra månader", "Enhetschef BoU", Y, G,
         "Samtliga 24 granskade utredningar avslutade inom tid.", "GENOMFORD", "nej"),
        (None, "Placerade barn följs inte upp", 9,
         "Uppföljning av beslut om placering görs minst var sjätte månad", "Enhetschef BoU", G, Y,
         "Stickprov 8 av 15 genomförda, resterande under september.", "DELVIS", ""),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Utbetalning av ekonomiskt bistånd sker enligt beslut och är attesterad", "Enhetschef försörjningsstöd", G, G,
         "Två utbetalningar saknade attest, har åtgärdats.", "GENOMFORD", "ja"),
        (None, "Bidragsbrott upptäcks inte", 8,
         "Kontroll mot Försäkringskassan och CSN vid nyansökan", "Enhetschef försörjningsstöd", R, R,
         "Ej genomförd på grund av vakanser.", "EJ_GENOMFORD", ""),
        ("Avtal och inköp", "Fakturering över avtalat pris", 6,
         "Köpta platser (HVB) faktureras enligt avtalat dygnspris", "Controller", None, Gr,
         "Ramavtalet har upphört, ny upphandling pågår.", "UTGAR", ""),
        ("Dokumentation", "Bristande dokumentation i journal", 6,
         "Journalanteckningar förs inom föreskriven tid", "Kvalitetsutvecklare", None, None, None, "SAKNAS", ""),
        ("Personal", "Olämplig person anställs", 8,
         "Utdrag ur belastningsregistret kontrolleras vid anställning inom LSS och HVB", "HR-konsult", G, G,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kvalitet", "Missförhållanden rapporteras inte", 12,
         "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Kvalitetsutvecklare", G, R,
         "Klar, inga avvikelser.", "OKLAR", ""),
    ]
    r0 = 5
    for i, r in enumerate(rows):
        rr = r0 + i
        for c, v in enumerate(r[:5], 1):
            cell = ws.cell(rr, c, v); cell.alignment = WRAP; cell.border = BOX
        for c, color in ((6, r[5]), (7, r[6])):
            cell = ws.cell(rr, c); cell.border = BOX
            if color:
                cell.fill = PatternFill("solid", fgColor=color)
        cell = ws.cell(rr, 8, r[7]); cell.alignment = WRAP; cell.border = BOX
        EXP.append((fil, n, r[3], r[8], r[9]))
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + 1, end_column=1)
    ws.merge_cells(start_row=r0 + 2, start_column=1, end_row=r0 + 3, end_column=1)
    ws.cell(r0 + len(rows) + 1, 1, "Rapporten godkänd av socialchef Maria Nyström 2025-09-09")
    for col, w in zip("ABCDEFGH", (20, 32, 10, 45, 22, 8, 8, 45)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "Socialnämnden IK T2-2025.xlsx"); wb.save(src)
    soffice(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 4 Stratsys CSV, two nämnder, long format
def f_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-15.csv"
    data = [
        ("Vård- och omsorgsnämnden", "Läkemedel", "Läkemedelshantering: kontroll av signeringslistor i hemtjänsten", "MAS",
         ("Pågående", "Granskning startad i två hemtjänstområden."),
         ("Genomförd", "Avvikelser i 3 av 12 granskade listor, åtgärdsplan upprättad."), "GENOMFORD", "ja"),
        ("Vård- och omsorgsnämnden", "Myndighetsutövning", "Kontroll att biståndsbeslut verkställs inom tre månader", "Enhetschef biståndsenheten",
         ("Genomförd", "Inga ej verkställda beslut äldre än tre månader."),
         ("Genomförd", "Inga ej verkställda beslut äldre än tre månader."), "GENOMFORD", "nej"),
        ("Vård- och omsorgsnämnden", "Ekonomi", "Brukarnas privata medel hanteras enligt rutin (kassaboksgranskning)", "Controller",
         ("Ej påbörjad", ""), ("Pågående", "5 av 9 enheter granskade."), "DELVIS", ""),
        ("Vård- och omsorgsnämnden", "Ekonomi", "Avgiftsbeslut för omsorgsavgift stäms av mot inkomstuppgifter", "Avgiftshandläggare",
         ("Ej påbörjad", ""), ("Ej påbörjad", "Skjuts till hösten."), "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsnämnden", "Personal", "Bemanningsschema stäms av mot utbetald timlön", "HR-konsult",
         ("Pågående", ""), ("Avbruten", "Avbruten genom beslut VON 2025-06-10 § 45, ingår i ny lönekontroll."), "UTGAR", ""),
        ("Kultur- och fritidsnämnden", "Kassahantering", "Kontantkassor i simhall och bibliotek stäms av mot kassarapport", "Administrativ chef",
         ("Genomförd", "Inga differenser."), ("Genomförd", "Inga differenser."), "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "Föreningskonsulent",
         ("Pågående", ""), ("Genomförd", "En förening fick bidrag utan inlämnad verksamhetsberättelse, återkrav pågår."), "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Intäkter", "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
         ("Genomförd", "Inga avvikelser."), ("Pågående", "Stickprov för maj–augusti pågår."), "DELVIS", ""),
        ("Kultur- och fritidsnämnden", "Inventarier", "Inventarieförteckning för kulturskolans instrument uppdateras", "Kulturskolechef",
         ("", ""), ("", ""), "SAKNAS", ""),
    ]
    lines = [["Enhet", "Internkontrollplan", "Process", "Kontrollmoment", "Kontrollansvarig", "Rapporteringsperiod", "Status", "Kommentar"]]
    for e in data:
        for per, (st, com) in (("Tertial 1 2025", e[4]), ("Tertial 2 2025", e[5])):
            lines.append([e[0], "Internkontrollplan 2025", e[1], e[2], e[3], per, st, com])
        EXP.append((fil, e[0], e[2], e[6], e[7]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(lines)
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))

# ---------------------------------------------------------------- 5 SBN odt, prose only
def f_sbn(tmp):
    fil = "Samhällsbyggnadsnämnden - uppföljning intern kontroll tertial 2 2025.odt"
    n = "Samhällsbyggnadsnämnden"
    items = [
        ("Handläggningstid för bygglov", "Bygglovsärenden beslutas inom lagstadgad handläggningstid (tio veckor).",
         "Kontrollen är genomförd. Av 42 granskade ärenden överskred 3 handläggningstiden, vilket har medfört avgiftsreduktion enligt PBL.",
         "GENOMFORD", "ja"),
        ("Planavgifter", "Planavgifter debiteras enligt plantaxa vid detaljplaneuppdrag.",
         "Kontrollen har påbörjats men är inte slutförd. Hittills har 4 av 7 planuppdrag granskats utan anmärkning.",
         "DELVIS", "nej"),
        ("Exploateringsavtal", "Exploateringsavtal följs upp avseende fakturering av gatukostnadsersättning.",
         "Ej genomförd under perioden. Kontrollen genomförs under tertial 3 i samband med bokslutet.",
         "EJ_GENOMFORD", ""),
        ("Lantmäteriförrättningar", "Förrättningskostnader debiteras enligt lantmäteritaxan.",
         "Genomförd. Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Delegationsbeslut", "Delegationsbeslut anmäls till nämnden vid närmast följande sammanträde.",
         "Kontrollmomentet har utgått efter nämndens beslut 2025-04-22 § 31, eftersom kontrollen ingår i kommunstyrelsens plan.",
         "UTGAR", ""),
        ("Tillsyn", "Tillsyn av ovårdade tomter följs upp enligt tillsynsplanen.", "", "SAKNAS", ""),
    ]
    d = Document()
    d.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph("Samhällsbyggnadsnämnden").runs[0].bold = True
    d.add_paragraph("Samhällsbyggnadsförvaltningen har följt upp nämndens internkontrollplan för perioden "
                    "januari–augusti 2025. Sammantaget bedöms den interna kontrollen vara tillräcklig, men "
                    "handläggningstiderna för bygglov behöver fortsatt bevakas.")
    for i, (h, km, res, st, av) in enumerate(items, 1):
        d.add_heading(f"{i}. {h}", level=2)
        d.add_paragraph(f"Kontrollmoment: {km}")
        d.add_paragraph(f"Resultat: {res}".rstrip() if res else "Resultat:")
        EXP.append((fil, n, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Anders Lundqvist\nSamhällsbyggnadschef")
    src = os.path.join(tmp, fil.replace(".odt", ".docx")); d.save(src)
    soffice(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 6 TN ods, tick columns
def f_tn(tmp):
    fil = "TN intern kontroll T2 2025.ods"
    n = "Tekniska nämnden"
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Tekniska förvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2"
    ws["A3"] = "Markera med X i tillämplig kolumn. Ange Ja/Nej i kolumnen Avvikelse."
    ws["A3"].font = Font(italic=True)
    hdr = ["Område", "Kontrollmoment", "Frekvens", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = BOLD; cell.border = BOX
    rows = [
        ("VA", "Debitering av VA-avgifter stäms av mot mätarregistret", "Per tertial", "X", None, None, "Nej", None, "GENOMFORD", "nej"),
        ("VA", "Mätaravläsningar genomförs enligt avläsningsplan", "Per tertial", None, "X", None, None, "Ca 60 % av mätarna avlästa.", "DELVIS", ""),
        ("Renhållning", "Renhållningsavgift debiteras enligt beslutad taxa", "Årligen", "X", None, None, "Ja", "12 abonnemang med fel kärlstorlek har rättats.", "GENOMFORD", "ja"),
        ("Gata", "Vinterväghållning: entreprenörens fakturor kontrolleras mot körjournaler", "Årligen", None, None, "X", None, "Görs i november när säsongens fakturor kommit in.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Hyresavtal för externt inhyrda lokaler stäms av mot fakturerad hyra", "Per tertial", "X", "X", None, None, None, "OKLAR", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i fastighetssystemet", "Per tertial", "X", None, None, "Nej", None, "GENOMFORD", "nej"),
        ("Kost", "Livsmedelsinköp sker från upphandlade leverantörer", "Per tertial", None, None, None, None, "Se bilaga – avtalstrohetsrapport.", "OKLAR", ""),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras", "Per tertial", None, None, None, None, "Ej aktuellt 2025, kontrollen utgår – fordonen leasas via kommunstyrelsen.", "UTGAR", ""),
    ]
    for i, r in enumerate(rows):
        for c, v in enumerate(r[:8], 1):
            cell = ws.cell(6 + i, c, v); cell.border = BOX; cell.alignment = WRAP
            if 4 <= c <= 6:
                cell.alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fil, n, r[1], r[8], r[9]))
    end = 6 + len(rows)
    ws.cell(end, 2, "Summa").font = BOLD
    ws.cell(end, 4, f'=COUNTIF(D6:D{end-1},"X")')
    ws.cell(end, 5, f'=COUNTIF(E6:E{end-1},"X")')
    ws.cell(end, 6, f'=COUNTIF(F6:F{end-1},"X")')
    ws.cell(end + 2, 1, "2025-09-10  Johan Lind, förvaltningschef")
    for col, w in zip("ABCDEFGH", (12, 50, 12, 11, 8, 13, 10, 50)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fil.replace(".ods", ".xlsx")); wb.save(src)
    soffice(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 7 MHN xlsx, symbols, plan vs utfall, nämnd in print header
def f_mhn():
    fil = "IK-uppf 2025 MHN.xlsx"
    n = "Miljö- och hälsoskyddsnämnden"
    wb = Workbook(); fixed_props(wb); ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.left.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Tallåsens kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Intern kontroll 2025 – plan och uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteringsperiod: T2"
    ws["D3"] = "Plan (x = kontroll planerad)"; ws.merge_cells("D3:F3")
    ws["G3"] = "Utfall"; ws.merge_cells("G3:I3")
    for c in ("D3", "G3"):
        ws[c].font = BOLD; ws[c].alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Jan–apr", "Maj–aug", "Sep–dec", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = BOLD; cell.border = BOX; cell.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("1", "Tillsynsavgifter debiteras enligt taxa och tillsynsplan", "Avdelningschef miljö", "x", "x", "x", "✔", "✔", None, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Timavgift debiteras i klagomålsärenden", "Handläggare", "x", "x", "x", "✔", "◐", None, "Granskning av maj–aug pågår.", "DELVIS", ""),
        ("3", "Livsmedelskontroller utförs enligt kontrollplanen", "Livsmedelsinspektör", "x", "x", "x", "◐", "✔", None, "Uppföljd, men 14 kontroller ligger efter plan.", "GENOMFORD", "ja"),
        ("4", "Nya livsmedelsanläggningar registreras inom 14 dagar", "Administratör", None, "x", None, None, "✖", None, "Skjuts till T3.", "EJ_GENOMFORD", ""),
        ("5", "Handlingar som inkommer via e-tjänst diarieförs samma dag", "Administratör", "x", "x", "x", "–", "–", None, "E-tjänsten har ersatts av kommungemensam lösning.", "UTGAR", ""),
        ("6", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", None, None, "x", None, None, None, None, "SAKNAS", ""),
        ("7", "Förelägganden med vite följs upp inom angiven tid", "Avdelningschef miljö", "x", None, None, "✔", None, None, None, "GENOMFORD", ""),
    ]
    for i, r in enumerate(rows):
        for c, v in enumerate(r[:10], 1):
            cell = ws.cell(5 + i, c, v); cell.border = BOX
            cell.alignment = WRAP if c in (2, 10) else Alignment(horizontal="center", vertical="top")
        EXP.append((fil, n, r[1], r[10], r[11]))
    lg = 5 + len(rows) + 2
    ws.cell(lg, 2, "Symbolförklaring").font = BOLD
    for k, (s, t) in enumerate((("✔", "Genomförd"), ("◐", "Påbörjad / delvis genomförd"), ("✖", "Ej genomförd"), ("–", "Utgår"))):
        ws.cell(lg + 1 + k, 2, f"{s}  {t}")
    for col, w in zip("ABCDEFGHIJ", (5, 50, 20, 9, 9, 9, 6, 6, 6, 45)):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "3:4"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "T2"))

# ---------------------------------------------------------------- 8 reject: covering letter
def f_reject():
    fil = "Följebrev IK T2 2025 Tekniska nämnden.docx"
    d = Document()
    d.add_paragraph("Tallåsens kommun\nTekniska förvaltningen\n2025-09-10")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll tertial 2 2025", level=1)
    d.add_paragraph("Härmed översänds Tekniska nämndens uppföljning av internkontrollplanen för tertial 2 2025 "
                    "(bifogad fil ”TN intern kontroll T2 2025.ods”). Uppföljningen behandlas av nämnden "
                    "den 24 september 2025.")
    d.add_paragraph("Av planens åtta kontrollmoment är tre genomförda och ett delvis genomfört. Avtalstrohetsrapporten "
                    "för kostenheten skickas separat när den är klar. Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Ek\nEkonom, Tekniska förvaltningen\n0470-12 34 56")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Tallåsens Bostäder AB", "TBAB|Tallåsbostäder"),
]

def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header); w.writerows(rows)

def main():
    tmp = tempfile.mkdtemp(prefix="r381_")
    try:
        f_ks(); f_bun(); f_sn(tmp); f_stratsys(); f_sbn(tmp); f_tn(tmp); f_mhn(); f_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)

if __name__ == "__main__":
    main()
