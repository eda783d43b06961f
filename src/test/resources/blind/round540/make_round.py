#!/usr/bin/python3
"""Blind round r540 - Partille kommun, delår 2025. Builds all files + CSVs deterministically."""
import csv
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixed_props(wb):
    import datetime
    wb.properties.creator = "Partille kommun"
    wb.properties.created = datetime.datetime(2025, 9, 10, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 10, 8, 0, 0)


def docx_props(doc, author):
    import datetime
    doc.core_properties.author = author
    doc.core_properties.created = datetime.datetime(2025, 9, 10, 8, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 9, 10, 8, 0, 0)
    doc.core_properties.last_modified_by = author


# ---------------------------------------------------------------------------
# File 1: Socialnämnden - xlsx with title block, "Status 31/8" in words
# ---------------------------------------------------------------------------
def file1():
    fil = "Uppfoljning_internkontroll_SN_delar_2025.xlsx"
    nm = "Socialnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Socialnämnden"
    ws["A3"] = "Period:"
    ws["B3"] = "Delårsrapport januari–augusti 2025"
    ws["A4"] = "Upprättad av:"
    ws["B4"] = "Anna Berglund, controller"
    ws["A5"] = "Datum:"
    ws["B5"] = "2025-09-12"
    for r in range(2, 6):
        ws.cell(r, 1).font = Font(bold=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Tidpunkt", "Status 31/8", "Kommentar"]
    HR = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("1", "Myndighetsutövning barn och unga", "Utredningar överskrider lagstadgad tid",
         "Handläggningstid för utredningar inom barn och unga följer lagkravet på fyra månader",
         "Stickprov 20 utredningar", "Enhetschef BoU", "April, augusti", "Genomförd",
         "Stickprov 20 utredningar, 2 överskred fyra månader utan beslut om förlängning. Åtgärdsplan upprättad.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomiskt bistånd", "Beslut fattas utan delegation",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 25 beslut i Viva", "Enhetschef försörjningsstöd", "Maj", "Genomförd",
         "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("3", "Myndighetsutövning barn och unga", "Barn som far illa uppmärksammas inte",
         "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur verksamhetssystem, samtliga anmälningar jan–jun", "Enhetschef mottagning",
         "Juni", "Genomförd med avvikelse",
         "9 av 412 förhandsbedömningar tog längre tid än 14 dagar. Orsak: hög arbetsbelastning under mars.",
         "GENOMFORD", "ja"),
        ("4", "Placeringar", "Kostnader för placeringar avviker från avtal",
         "Uppföljning av placeringar i HVB mot avtal och ramavtal",
         "Genomgång av fakturor mot avtal", "Controller", "Augusti, november", "Pågår",
         "Granskning av 6 av 12 placeringar klar.", "DELVIS", ""),
        ("5", "Personal", "Olämplig person anställs",
         "Registerkontroll i belastningsregistret vid nyanställning",
         "Stickprov nyanställda 2025", "HR-konsult", "Oktober", "Ej påbörjad",
         "Genomförs i oktober enligt plan.", "EJ_GENOMFORD", ""),
        ("6", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Controller", "Mars, september", "Genomförd",
         "Stickprov 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Ekonomi", "Förlust av kontanta medel",
         "Hantering av handkassor på enheterna",
         "Oanmäld kassainventering", "Controller", "Två gånger per år", "Utgår",
         "Handkassorna avvecklades i mars 2025.", "UTGAR", ""),
        ("8", "Informationshantering", "Uppgifter lämnas ut utan stöd i lag",
         "Dokumentation av samtycke vid informationsutbyte med andra myndigheter",
         "Stickprov 15 akter", "Verksamhetsutvecklare", "Augusti", "", "", "SAKNAS", ""),
        ("9", "Kvalitet", "Missförhållanden åtgärdas inte",
         "Lex Sarah-rapporter hanteras och utreds inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "Löpande", "Se bilaga 2",
         "", "OKLAR", ""),
    ]
    r = HR + 1
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        EXPECTED.append((fil, nm, row[3], row[9], row[10]))
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning:").font = Font(bold=True)
    ws.cell(r, 4, "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                  "Avvikelser inom barn och unga följs upp till helår.")
    ws.cell(r + 2, 1, "Godkänd av förvaltningschef Per Lindqvist 2025-09-15")
    widths = [5, 24, 28, 44, 28, 20, 14, 16, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2: Kultur- och fritidsnämnden - docx, bold header, two-line status cells
# ---------------------------------------------------------------------------
def file2():
    fil = "KFN Uppföljning intern kontroll delår 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    doc = Document()
    docx_props(doc, "Kultur och fritid")
    doc.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden\nPeriod: januari–augusti 2025")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (KFN § 88). "
        "Nedan redovisas utfallet av kontrollerna per den 31 augusti. Kontroller som inte "
        "genomförts under perioden redovisas med orsak i kommentarsfältet.")
    rows = [
        ("Föreningsbidrag betalas ut enligt gällande riktlinjer och beslut",
         "Kontroll av samtliga utbetalningar", "Föreningsstrateg", "Genomförd",
         "Samtliga 14 utbetalningar kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Bokningar i lokalbokningssystemet faktureras",
         "Avstämning bokningar mot fakturering", "Bokningsansvarig", "Delvis\n(se kommentar)",
         "Vårens bokningar kontrollerade utan anmärkning. Höstterminens bokningar kontrolleras i november.",
         "DELVIS", "nej"),
        ("Inventering av konst i kommunens konstsamling",
         "Inventering enligt förteckning", "Kulturchef", "Genomförd\nmed avvikelse",
         "Två verk kunde inte lokaliseras. Anmälan har gjorts till polisen.", "GENOMFORD", "ja"),
        ("Kassahantering vid Partille Arena och simhallen",
         "Avstämning kassaredovisning mot dagsrapporter", "Enhetschef anläggningar", "Genomförd",
         "Kassaredovisningen stämmer mot dagsrapporterna.", "GENOMFORD", "nej"),
        ("Efterlevnad av avtal vid inköp av evenemangstjänster",
         "Stickprov 10 inköp", "Evenemangssamordnare", "Ej genomförd\n(se kommentar)",
         "Kontrollen skjuts till helår på grund av vakans.", "EJ_GENOMFORD", ""),
        ("Registerutdrag finns för personal i verksamhet med barn (fritidsgårdar)",
         "Genomgång personalakter", "Enhetschef fritid", "Delvis",
         "Utdrag finns för 18 av 22 anställda; utdrag för resterande fyra har begärts.",
         "DELVIS", "ja"),
        ("Säkerhetsrutiner vid större evenemang följs",
         "Checklista efter evenemang", "Säkerhetssamordnare", "Utgår\n(beslut KFN § 32)",
         "Rutinen ersätts av kommungemensam evenemangsrutin.", "UTGAR", ""),
        ("Ej återlämnade biblioteksmedier följs upp och faktureras",
         "Uttag ur bibliotekssystemet", "Bibliotekschef", "Genomförd", "", "GENOMFORD", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        EXPECTED.append((fil, nm, row[0], row[5], row[6]))
    doc.add_paragraph("")
    doc.add_paragraph("Behandlad av Kultur- och fritidsnämnden 2025-09-24.")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 3: Kommunstyrelsen - xlsx grouped under bold process rows, IDs KS-01
# ---------------------------------------------------------------------------
def file3():
    fil = "IK_uppfoljning_delar_2025_KS.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK-plan KS 2025"
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 31 augusti 2025 (delår). Utfall T1 avser läget per 30 april."
    ws["A2"].font = Font(italic=True)
    hdr = ["ID", "Kontrollmoment", "Kontrollansvarig", "Metod", "Omfattning",
           "Utfall T1", "Utfall delår", "Kommentar delår"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
    groups = [
        ("Process: Ekonomi och redovisning", [
            ("KS-01", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
             "Stickprov", "50 fakturor", "Pågår", "Klar",
             "50 fakturor granskade, 2 saknade beslutsattest. Berörda chefer informerade.",
             "GENOMFORD", "ja"),
            ("KS-02", "Avstämning av balanskonton vid månadsbokslut", "Redovisningsekonom",
             "Avstämning", "Samtliga balanskonton", "Klar", "Klar", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("KS-03", "Representation och förtroendekänsliga poster följer riktlinjerna",
             "Controller", "Stickprov", "20 verifikationer", "", "Pågår",
             "Urval gjort, granskning pågår.", "DELVIS", ""),
        ]),
        ("Process: Upphandling och inköp", [
            ("KS-04", "Inköp görs från avtalade leverantörer (avtalstrohet)", "Upphandlingschef",
             "Spendanalys", "Jan–jun", "Ej start", "Klar",
             "Avtalstroheten uppgick till 87 %, under målet 90 %. Åtgärder: utbildning av beställare.",
             "GENOMFORD", "ja"),
            ("KS-05", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlare",
             "Stickprov", "10 direktupphandlingar", "Pågår", "", "", "DELVIS", ""),
        ]),
        ("Process: Personal och lön", [
            ("KS-06", "Behörigheter i lönesystemet är aktuella", "Lönechef",
             "Behörighetsgenomgång", "Samtliga användare", "", "Klar",
             "Tre inaktuella behörigheter har tagits bort.", "GENOMFORD", "ja"),
            ("KS-07", "Utbetalning av övertidsersättning har underlag", "HR-chef",
             "Stickprov", "25 utbetalningar", "", "Ej start", "Planeras till oktober.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Process: Informationssäkerhet och dokumenthantering", [
            ("KS-08", "Loggkontroll av åtkomst i ärendehanteringssystemet", "IT-säkerhetssamordnare",
             "Logguttag", "Kvartalsvis", "Ej start", "Utgår",
             "Ersätts av central granskning från IT-enheten enligt beslut KS 2025-05-20 § 71.",
             "UTGAR", ""),
            ("KS-09", "Gallring av personuppgifter enligt dokumenthanteringsplanen", "Arkivarie",
             "Kontroll", "Tre system", "", "", "", "SAKNAS", ""),
            ("KS-10", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "Registrator",
             "Stickprov", "30 handlingar", "Klar", "Klar", "", "GENOMFORD", ""),
        ]),
    ]
    r = HR + 1
    for title, ctrls in groups:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in ctrls:
            for c, v in enumerate(row[:8], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border = BORDER
                cell.alignment = WRAP
            EXPECTED.append((fil, nm, row[1], row[8], row[9]))
            r += 1
    r += 1
    ws.cell(r, 1, "Förklaring: Klar = kontrollen genomförd, Pågår = kontrollen påbörjad, "
                  "Ej start = kontrollen ej påbörjad, Utgår = kontrollen stryks.").font = Font(italic=True)
    widths = [8, 50, 22, 18, 20, 11, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# File 4: Stratsys CSV export with two nämnder
# ---------------------------------------------------------------------------
def file4():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    FG = "Förskole- och grundskolenämnden"
    GV = "Gymnasie- och vuxenutbildningsnämnden"
    rows = [
        (FG, "Statsbidrag", "Ansökan om statsbidrag redovisas korrekt och i tid", "Controller BoU",
         "Klar", "Samtliga redovisningar inlämnade i tid till Skolverket.", "GENOMFORD", "nej"),
        (FG, "Placering förskola", "Placering i förskola sker enligt kötid och regelverk",
         "Placeringsansvarig", "Klar",
         "Stickprov 25 placeringar.\nEn placering avvek från köordningen, rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        (FG, "Trygghet och studiero", "Anmälningar om kränkande behandling rapporteras till huvudman",
         "Kvalitetsutvecklare", "Pågående", "Genomgång av vårterminens anmälningar pågår.",
         "DELVIS", ""),
        (FG, "Skolplikt", "Skolpliktsbevakning sker för samtliga folkbokförda barn",
         "Utredare", "Ej påbörjad", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        (FG, "Avgifter", "Barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
         "Avgiftshandläggare", "Klar", "", "GENOMFORD", ""),
        (GV, "Ekonomi", "Interkommunal ersättning faktureras och betalas korrekt", "Controller GVN",
         "Klar", "Avstämning mot elevregistret. 4 felaktiga fakturor har krediterats.",
         "GENOMFORD", "ja"),
        (GV, "Studiestöd", "Frånvarorapportering till CSN sker enligt rutin", "Rektor",
         "Pågående", "Kontroll av vårterminen klar, höstterminen återstår.", "DELVIS", ""),
        (GV, "Arkiv", "Betygsdokumentation arkiveras enligt dokumenthanteringsplanen", "Skoladministratör",
         "Avbruten", "Avbruten genom beslut GVN 2025-04-10 § 22, ersätts av central arkivgranskning.",
         "UTGAR", ""),
        (GV, "Vuxenutbildning", "Upphandlad vuxenutbildning följs upp mot avtal", "Rektor Komvux",
         "Klar", "Uppföljningsmöten genomförda med samtliga utförare. Inga avvikelser.",
         "GENOMFORD", "nej"),
        (GV, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller GVN",
         "", "", "SAKNAS", ""),
    ]
    hdr = ["Enhet", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status",
           "Periodens kommentar", "Senast uppdaterad"]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for i, row in enumerate(rows):
            w.writerow([row[0], row[1], row[2], row[3], "Delår 2025", row[4], row[5],
                        "2025-09-0%d" % (1 + i % 7)])
            EXPECTED.append((fil, row[0], row[2], row[6], row[7]))
    FILES.append((fil, "INLAST", FG, "2025", "DELAR"))
    FILES.append((fil, "INLAST", GV, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 5: Samhällsbyggnadsförvaltningen - .ods, colour fills, legend to the right
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"


def file5():
    fil = "SBF_IK_delar2025.ods"
    nm = "Samhällsbyggnadsnämnden"
    tmp = "_tmp_sbf.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – delår 2025 (t.o.m. augusti)"
    ws["A2"].font = Font(bold=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Kommentar"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    rows = [
        ("1", "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Stickprov 30 ärenden",
         "Bygglovschef", GREEN, "Stickprov 30 ärenden, samtliga inom tid.", "GENOMFORD", "nej"),
        ("2", "Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 20 ärenden",
         "Bygglovschef", GREEN, "I 2 av 20 ärenden hade fel taxa tillämpats. Rättat och rutin uppdaterad.",
         "GENOMFORD", "ja"),
        ("3", "Miljötillsyn", "Tillsyn enligt miljöbalken genomförs enligt tillsynsplanen",
         "Uttag ur Ecos", "Miljöchef", YELLOW, "58 % av planerade tillsynsbesök genomförda t.o.m. augusti.",
         "DELVIS", ""),
        ("4", "Livsmedel", "Utförda livsmedelskontroller debiteras", "Avstämning Ecos mot ekonomisystem",
         "Miljöchef", RED, "Kontrollen har inte kunnat genomföras på grund av systembyte.",
         "EJ_GENOMFORD", ""),
        ("5", "Exploatering", "Exploateringsavtal följs upp avseende ekonomiska åtaganden",
         "Genomgång av avtal", "Exploateringschef", GREY, "Inga nya avtal tecknade 2025.",
         "UTGAR", ""),
        ("6", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Controller", GREEN, "", "GENOMFORD", ""),
        ("7", "Gata/park", "Underhållsplan för gator och broar följs", "Jämförelse plan/utfall",
         "Gatuchef", None, "", "SAKNAS", ""),
        ("8", "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Jämförelse diarium/protokoll",
         "Nämndsekreterare", GREEN, "Anmälningar sker löpande, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for row in rows:
        for c, v in enumerate([row[0], row[1], row[2], row[3], row[4], None, row[6]], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        if row[5]:
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=row[5])
        EXPECTED.append((fil, nm, row[2], row[7], row[8]))
        r += 1
    # legend to the right
    ws["I4"] = "Teckenförklaring"
    ws["I4"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")]):
        ws.cell(5 + i, 9).fill = PatternFill("solid", fgColor=col)
        ws.cell(5 + i, 9).border = BORDER
        ws.cell(5 + i, 10, txt)
    ws.cell(r + 1, 1, "Ansvarig: Samhällsbyggnadschef Eva Holm, 2025-09-11")
    widths = [5, 20, 45, 28, 18, 10, 50, 3, 6, 26]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(tmp)
    outdir = "/tmp/lo-round540-out"
    shutil.rmtree(outdir, ignore_errors=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round540",
                    "--convert-to", "ods", "--outdir", outdir, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(outdir, "_tmp_sbf.ods"), fil)
    os.remove(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6: Partillebo AB - docx, "Bedömning" Godkänd / Delvis godkänd / Ej godkänd
# ---------------------------------------------------------------------------
def file6():
    fil = "Partillebo_intern_kontroll_uppfoljning_aug_2025.docx"
    nm = "Partillebo AB"
    doc = Document()
    docx_props(doc, "Partillebo AB")
    doc.add_heading("Partillebo AB", level=1)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – rapport per 31 augusti", level=2)
    doc.add_paragraph(
        "Enligt ägardirektivet ska bolaget rapportera uppföljning av intern kontroll till "
        "kommunstyrelsen i samband med delårsrapporten. Kontrollerna har utförts av bolagets "
        "ekonomifunktion och respektive ansvarig chef.")
    p = doc.add_paragraph()
    p.add_run("Bedömning avser resultatet av utförd kontroll: ").bold = True
    p.add_run("Godkänd = inga brister, Delvis godkänd = mindre brister som åtgärdas, "
              "Ej godkänd = väsentliga brister. Kontroller som ännu inte är utförda lämnas utan bedömning.")
    rows = [
        ("Uthyrning", "Hyresavtal upprättas enligt gällande mall och beslutad hyressättning",
         "Uthyrningschef", "Godkänd", "Stickprov 15 nya avtal under perioden.", "GENOMFORD", "nej"),
        ("Hyresreskontra", "Hyresfordringar bevakas och överlämnas till inkasso enligt rutin",
         "Ekonomichef", "Delvis godkänd",
         "3 av 20 ärenden överlämnades för sent till inkasso. Påminnelserutinen ses över.",
         "GENOMFORD", "ja"),
        ("Byggprojekt", "Fakturering av ÄTA-arbeten i byggprojekt sker enligt avtal",
         "Projektchef", "Ej godkänd",
         "ÄTA-arbeten i projekt Kåsjöberget saknade skriftlig beställning. Åtgärdsplan tas fram till styrelsens möte i oktober.",
         "GENOMFORD", "ja"),
        ("Säkerhet", "Nyckelhantering och behörigheter i passersystemet",
         "Fastighetschef", "Godkänd", "Behörighetslistor avstämda, inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning", "Lägenheter förmedlas via bostadskön enligt uthyrningspolicyn",
         "Uthyrningschef", "", "Kontrollen pågår, beräknas klar i oktober.", "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Godkänd", "Stickprov 40 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Upphandling", "Jävsdeklarationer finns för samtliga som deltar i upphandlingar",
         "Upphandlingsansvarig", "", "Ej genomförd, planeras till kvartal 4.", "EJ_GENOMFORD", ""),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollpunkt", "Kontrollansvarig", "Bedömning", "Kommentar / åtgärd"]):
        cell = t.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        EXPECTED.append((fil, nm, row[1], row[5], row[6]))
    doc.add_paragraph("")
    doc.add_paragraph("Partille 2025-09-16\nMaria Sjöberg, VD")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Reject: Office lock file of the KS workbook
# ---------------------------------------------------------------------------
def reject(ks_file):
    fil = "~$" + ks_file
    owner = "Jonas Ek"
    data = bytes([len(owner)]) + owner.encode("latin-1") + b"\x00" * (54 - len(owner))
    data += bytes([len(owner), 0]) + owner.encode("utf-16-le") + b"\x00" * (2 * (54 - len(owner)))
    data = data[:165].ljust(165, b"\x00")
    with open(fil, "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|Kommunstyrelseförvaltningen"),
        ("Förskole- och grundskolenämnden", "FGN|Förskole- och grundskoleförvaltningen|Förskole- och grundskolenämnd"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|SBF|Samhällsbyggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Partillebo AB", "Partillebo|Partillebo Aktiebolag"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")


def main():
    for f in os.listdir("."):
        if f.endswith((".xlsx", ".docx", ".ods", ".csv")) or f.startswith("~$"):
            os.remove(f)
    file1()
    file2()
    ks = file3()
    file4()
    file5()
    file6()
    reject(ks)
    registry()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
