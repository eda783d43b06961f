#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 121 – Storvikens kommun, helår 2025. Builds every file of the round plus namnder.csv,
files.csv and expected.csv in this folder."""
import os, subprocess, shutil, csv
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Stadsledningskontoret|SLK"),
    ("Utbildningsnämnden", "UBN|Utbildningsförvaltningen|UBF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOCF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret|SBK"),
    ("Stadsdelsnämnden Hamnstaden", "SDN Hamnstaden|Hamnstadens stadsdelsförvaltning|Hamnstaden SDF"),
    ("Stadsdelsnämnden Vikåsen", "SDN Vikåsen|Vikåsens stadsdelsförvaltning|SDF Vikåsen"),
    ("Stadsdelsnämnden Norr", "SDN Norr|Norra stadsdelsförvaltningen|SDF Norr|Norra Storviken"),
    ("Storvikshem AB", "Storvikshem|SVH|Storvikshem Bostäder"),
    ("Storvikens Energi AB", "Storviken Energi|SEAB|Storvikens Energi"),
]

# ---------------------------------------------------------------------------
# File 1: SDN Hamnstaden – xlsx, two tables on one sheet (own + kommungemensamma)
# ---------------------------------------------------------------------------
def file_hamnstaden():
    fil = "SDN Hamnstaden - Uppföljning internkontroll helår 2025.xlsx"
    N = "Stadsdelsnämnden Hamnstaden"
    own = [
        # nr, process, kontrollmoment, metod, ansvarig, T2, helår, avvikelse, kommentar, (status, avv)
        ("1.1", "Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 20 ärenden per tertial", "Enhetschef försörjningsstöd",
         "Genomförd", "Genomförd", "Nej", "Inga avvikelser i 60 granskade ärenden.", ("GENOMFORD", "nej")),
        ("1.2", None,
         "Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med beslut",
         "Stickprov 20 utbetalningar per tertial", "Controller",
         "Genomförd", "Genomförd med anmärkning", "Ja",
         "Två dubbelutbetalningar upptäcktes i oktober (totalt 18 400 kr). Återkrav har beslutats och rutin för manuella utbetalningar har skärpts.",
         ("GENOMFORD", "ja")),
        ("1.3", None,
         "Kontroll av att aktuella förändringsplaner finns i ärenden med planering mot arbete",
         "Uttag ur Viva, samtliga aktuella ärenden", "Biträdande enhetschef",
         "Delvis", "Delvis", "Ja",
         "Förändringsplan finns i 71 % av ärendena (målet är 90 %). Arbetet fortsätter 2026.",
         ("DELVIS", "ja")),
        ("2.1", "Hemtjänst (extern utförare)",
         "Stickprov av att utförd tid i hemtjänst stämmer med fakturerad tid från externa utförare",
         "Jämförelse TES-registrering mot faktura, 4 utförare/år", "Beställarenheten",
         "Pågår", "Genomförd", "Ja",
         "Felaktig fakturering hos en utförare (Omsorgsgruppen Väst AB). 48 tkr har krediterats.",
         ("GENOMFORD", "ja")),
        ("2.2", None,
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 15 ärenden", "Enhetschef hemtjänst",
         "Ej påbörjad", "Ej genomförd", "Nej",
         "Kontrollen sköts upp p.g.a. byte av verksamhetssystem och hann inte genomföras. Flyttas till internkontrollplan 2026.",
         ("EJ_GENOMFORD", "nej")),
        ("3.1", "Förskola",
         "Kontroll av att barnomsorgsavgift debiteras utifrån aktuell inkomstuppgift",
         "Stickprov 30 hushåll", "Administratör förskola",
         "Genomförd", None, None,
         "Kontrollen genomfördes i sin helhet under våren (redovisad i T2), inga fel. Ingen ytterligare kontroll planerad under hösten.",
         ("GENOMFORD", "nej")),
        ("3.2", None,
         "Kontroll av att närvarotider i förskolan registreras dagligen",
         "Uttag ur Tieto Edu, 2 ggr/år", "Förskolechefer",
         "Delvis", "Genomförd", "Nej",
         "Höstens uttag visar fullständig registrering på samtliga förskolor.",
         ("GENOMFORD", "nej")),
        ("4.1", "Fritid och ungdom",
         "Kontroll att rutin för hot och våld är känd och förankrad på fritidsgårdarna",
         "Genomgång på APT, dokumenteras i protokoll", "Enhetschef fritid",
         "Pågår", "Genomförd", "Nej",
         "Rutinen har gåtts igenom på APT på samtliga tre fritidsgårdar.",
         ("GENOMFORD", "nej")),
        ("5.1", "Inköp och ekonomi",
         "Stickprov 10 fakturor per kvartal avseende avtalstrohet",
         "Inköpsgruppen granskar 10 fakturor/kvartal", "Upphandlare",
         "Genomförd", "Delvis", "Ja",
         "Kvartal 4 kunde inte genomföras p.g.a. vakans. Av 30 granskade fakturor saknade 3 avtal.",
         ("DELVIS", "ja")),
        ("5.2", None,
         "Kontroll av förtroendekänsliga poster (representation, gåvor, resor)",
         "Samtliga poster på konto 7610–7690", "Controller",
         "Genomförd", "Genomförd", "Nej", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("6.1", "Personal",
         "Kontroll av att bisysslor är anmälda och bedömda",
         "Enkät till chefer", "HR-konsult",
         "", "Utgår", "",
         "Utgår enligt nämndbeslut 2025-09-18 § 112, ersätts av kommungemensam kontroll 2026.",
         ("UTGAR", "nej")),
        ("6.2", None,
         "Kontroll av att registerutdrag begärs vid anställning i förskola och fritid",
         "Samtliga nyanställningar", "HR-konsult",
         "Genomförd", "Genomförd", "Nej", "Registerutdrag fanns för samtliga 41 nyanställda.", ("GENOMFORD", "nej")),
    ]
    common = [
        ("K1", "Attest",
         "Kontroll av att attestförteckningen är aktuell och att attest sker enligt attestreglementet",
         "Genomförd", "Nej", "Attestförteckningen uppdaterad 2025-03-01 och 2025-09-15.", ("GENOMFORD", "nej")),
        ("K2", "Leverantörsregister",
         "Kontroll av ändringar av bankuppgifter i leverantörsregistret",
         "Genomförd", "Ja",
         "En ändring saknade verifierande kontakt med leverantören. Ingen felaktig utbetalning skedde. Rutinen är förtydligad.",
         ("GENOMFORD", "ja")),
        ("K3", "Delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Delvis", "Ja",
         "Anmälan av beslut inom individ- och familjeomsorgen sker med 2–3 månaders eftersläpning.",
         ("DELVIS", "ja")),
        ("K4", "IT-behörigheter",
         "Kontroll av att behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Ej genomförd", "Nej",
         "Underlag (listor över avslutade konton) har inte levererats från IT-avdelningen.",
         ("EJ_GENOMFORD", "nej")),
        ("K5", "Dataskydd",
         "Kontroll av att förvaltningens personuppgiftsbehandlingar finns i registerförteckningen",
         "Se bilaga 3", "", "", ("OKLAR", "nej")),
        ("K6", "Löner",
         "Kontroll av att övertid och lönetillägg är attesterade av behörig chef",
         "Genomförd", "Nej", "Stickprov 25 lönearter, inga avvikelser.", ("GENOMFORD", "nej")),
        ("K7", "Upphandling",
         "Kontroll av att medarbetare som deltar i upphandling har lämnat jävsdeklaration",
         "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Hamnstadens stadsdelsförvaltning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (verksamhetsberättelse)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Dnr HAM 2024/0187"
    ws["A4"] = "Behandlas av stadsdelsnämnden 2026-02-19"
    widths = {"A": 6, "B": 22, "C": 55, "D": 32, "E": 24, "F": 14, "G": 22, "H": 11, "I": 60}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 6
    ws.cell(r, 1, "Del 1. Nämndens egna kontrollmoment").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).fill = fill("D9E1F2")
    r += 1
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/frekvens", "Ansvarig", "Status T2",
           "Status helår", "Avvikelse", "Kommentar/åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.fill = fill("BDD7EE"); cell.border = BORDER; cell.alignment = WRAP
    r += 1
    proc_start = None
    for row in own:
        nr, proc, km, metod, ans, t2, hel, avv, kom, (st, av) = row
        if proc:
            if proc_start and proc_start[1] < r - 1:
                ws.merge_cells(start_row=proc_start[1], start_column=2, end_row=r - 1, end_column=2)
            proc_start = (proc, r)
            ws.cell(r, 2, proc)
        for c, v in ((1, nr), (3, km), (4, metod), (5, ans), (6, t2), (7, hel), (8, avv), (9, kom)):
            if v is not None and v != "":
                ws.cell(r, c, v)
        for c in range(1, 10):
            ws.cell(r, c).border = BORDER; ws.cell(r, c).alignment = WRAP
        exp(fil, N, km, st, av)
        r += 1
    if proc_start and proc_start[1] < r - 1:
        ws.merge_cells(start_row=proc_start[1], start_column=2, end_row=r - 1, end_column=2)
    r += 2
    ws.cell(r, 1, "Del 2. Kommungemensamma kontrollmoment (beslutade av kommunstyrelsen för samtliga nämnder, KS 2024-12-04 § 233)").font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).fill = fill("E2EFDA")
    r += 1
    ws.cell(r, 1, "Stadsdelsförvaltningens redovisning av de kommungemensamma kontrollerna för Hamnstaden.").font = Font(italic=True)
    r += 1
    hdr2 = ["Id", "Kontrollområde", "Kommungemensamt kontrollmoment", "Resultat helår", "Avvikelse?", "Kommentar"]
    cols2 = [1, 2, 3, 4, 5, 6]
    for c, h in zip(cols2, hdr2):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.fill = fill("C6E0B4"); cell.border = BORDER; cell.alignment = WRAP
    # comment column spans F:I
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
    r += 1
    for row in common:
        idn, omr, km, res, avv, kom, (st, av) = row
        for c, v in zip(cols2, (idn, omr, km, res, avv, kom)):
            if v:
                ws.cell(r, c, v)
        for c in range(1, 10):
            ws.cell(r, c).border = BORDER; ws.cell(r, c).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Summering").font = BOLD
    ws.cell(r, 3, "Antal kontrollmoment totalt: %d (varav %d egna och %d kommungemensamma)" % (len(own) + len(common), len(own), len(common)))
    r += 2
    ws.cell(r, 1, "Upprättad av: Lena Ek, controller, 2026-01-27")
    r += 1
    ws.cell(r, 1, "Bilaga 3 (registerförteckning) skickas separat.")
    ws.freeze_panes = "A8"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# File 2: Storvikshem AB – xlsx, English/Swedish mixed headings
# ---------------------------------------------------------------------------
def file_storvikshem():
    fil = "Storvikshem_ICP_follow-up_FY2025.xlsx"
    N = "Storvikshem AB"
    sections = [
        ("1. Rental administration / Hyresadministration", [
            ("RA-1", "Felaktig hyra debiteras",
             "Stickprov hyresavtal – kontroll att hyran i Vitec överensstämmer med avtal",
             "Hyresadministratör", "Quarterly / kvartal", "Ongoing", "Completed", "N",
             "40 avtal granskade, inga differenser.", ("GENOMFORD", "nej")),
            ("RA-2", "Felaktig första avi vid nyproduktion",
             "Kontroll av att hyresavier för nyproduktion Kajen 4 skickats ut korrekt",
             "Uthyrningschef", "Once / en gång", "", "Genomförd", "Y",
             "3 avier med fel hyresnivå (bruksvärdesjustering saknades), korrigerade innan förfallodag.",
             ("GENOMFORD", "ja")),
            ("RA-3", "Kundförluster",
             "Uppföljning av hyresfordringar äldre än 90 dagar och inkassoåtgärder",
             "Ekonomichef", "Monthly / månadsvis", "Completed", "Partly done", "Y",
             "Uppföljning ej gjord okt–nov pga sjukskrivning. 12 ärenden utan inkassoåtgärd identifierade i december.",
             ("DELVIS", "ja")),
        ]),
        ("2. Procurement / Upphandling och inköp", [
            ("PR-1", "Köp utanför avtal",
             "Kontroll av avtalstrohet – spend analysis mot ramavtal",
             "Inköpsansvarig", "Yearly / årligen", "", "Completed", "Y",
             "Avtalstrohet 87 % (target/mål 90 %). Handlingsplan för fastighetsskötsel tas fram.",
             ("GENOMFORD", "ja")),
            ("PR-2", "Otillåten direktupphandling",
             "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
             "Inköpsansvarig", "Yearly / årligen", "Not started", "Not done", "N",
             "Postponed to 2026 due to implementation of new procurement system (Mercell). Skjuts till IKP 2026.",
             ("EJ_GENOMFORD", "nej")),
            ("PR-3", "Ej godkända ÄTA-arbeten betalas",
             "Kontroll av att ÄTA-arbeten i byggprojekt är godkända av projektledare innan fakturering",
             "Projektchef", "Per project", "Ongoing", "Completed", "N",
             "Checked for Kajen 4 and Brf-omvandling Lunden: all ÄTA approved.", ("GENOMFORD", "nej")),
        ]),
        ("3. Finance / Ekonomi", [
            ("FI-1", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordning (sample 40 invoices)",
             "Redovisningsansvarig", "Semi-annual / halvår", "Completed", "Completed", "N",
             "", ("GENOMFORD", "nej")),
            ("FI-2", "Bedrägeri via falska betalningsuppgifter",
             "Ändring av bankgiro/kontonummer i leverantörsregistret – dual control",
             "Redovisningsansvarig", "Continuous / löpande", "Completed", "Completed", "Y",
             "One change (of 23) made without call-back verification. No payment made to the new account. Rutin uppdaterad.",
             ("GENOMFORD", "ja")),
            ("FI-3", "Otillbörliga förmåner",
             "Representation och förtroendekänsliga poster – granskning av VD:s utlägg",
             "Styrelsens ordförande", "Yearly / årligen", "", "Completed", "N",
             "Reviewed by chairman of the board 2026-01-15.", ("GENOMFORD", "nej")),
            ("FI-4", "Fel i likviditetsrapportering",
             "Avstämning av koncernkonto mot huvudbok månadsvis",
             "Ekonomichef", "Monthly / månadsvis", "Completed", "", "",
             "Monthly reconciliations done Jan–Dec 2025, no differences. Samtliga avstämningar signerade.",
             ("GENOMFORD", "nej")),
        ]),
        ("4. IT & information security / IT och informationssäkerhet", [
            ("IT-1", "Obehörig åtkomst",
             "Review of user access in Vitec and Agresso (behörighetsgenomgång)",
             "IT-ansvarig", "Yearly / årligen", "", "Ongoing", "N",
             "Genomgången påbörjades i december och beräknas vara klar i februari 2026.",
             ("DELVIS", "nej")),
            ("IT-2", "Dataförlust",
             "Test av återläsning av backup (restore test)",
             "IT-ansvarig", "Semi-annual / halvår", "Completed", "Genomförd", "N",
             "Restore test 2025-05-20 and 2025-11-18 OK.", ("GENOMFORD", "nej")),
        ]),
        ("5. GDPR / Dataskydd", [
            ("GD-1", "Personuppgifter sparas för länge",
             "Gallring av personuppgifter för avflyttade hyresgäster enligt gallringsplan",
             "Dataskyddssamordnare", "Yearly / årligen", "Not started", "Not started", "N",
             "Not performed 2025 – gallringsfunktion i Vitec ej driftsatt.",
             ("EJ_GENOMFORD", "nej")),
        ]),
        ("6. Property maintenance / Fastighetsförvaltning", [
            ("PM-1", "Myndighetskrav uppfylls ej",
             "Kontroll att lagstadgade besiktningar (OVK, hiss, lekplatser) utförs i tid",
             "Förvaltningschef", "Yearly / årligen", "Ongoing", "Completed", "Y",
             "OVK försenad i 2 fastigheter (Sjöbacken 3, Vikgatan 12), utförd jan 2026.",
             ("GENOMFORD", "ja")),
            ("PM-2", "Energideklaration saknas",
             "Kontroll av att energideklarationer är giltiga för samtliga fastigheter",
             "Energiingenjör", "Yearly / årligen", "", "N/A", "",
             "Not applicable 2025 – all declarations valid until 2027 (ej aktuell).",
             ("UTGAR", "nej")),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ICP 2025"
    ws["A1"] = "Storvikshem AB – Internal Control Plan / Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Follow-up: Full year (helår) 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Report to the Board / styrelsen, board meeting 2026-02-12. Org.nr 556123-4567"
    hdr = ["ID", "Risk", "Control activity / Kontrollmoment", "Owner / Ansvarig", "Frequency / Frekvens",
           "Status Q2 (delår)", "Status FY / Helår", "Deviation / Avvikelse (Y/N)", "Comment / Kommentar"]
    widths = [7, 30, 58, 22, 20, 16, 16, 14, 62]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = fill("1F4E78")
        cell.alignment = WRAP; cell.border = BORDER
    r += 1
    n = 0
    for title, rows in sections:
        ws.cell(r, 1, title).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = fill("DDEBF7")
        r += 1
        for row in rows:
            idn, risk, km, own, freq, q2, fy, dev, com, (st, av) = row
            for c, v in enumerate((idn, risk, km, own, freq, q2, fy, dev, com), 1):
                if v:
                    ws.cell(r, c, v)
                ws.cell(r, c).alignment = WRAP; ws.cell(r, c).border = BORDER
            exp(fil, N, km, st, av)
            n += 1
            r += 1
    r += 1
    ws.cell(r, 1, "Total number of controls / Antal kontroller: %d" % n).font = BOLD
    r += 2
    ws.cell(r, 1, "Status legend: Completed = Genomförd | Ongoing / Partly done = Pågår / Delvis | Not started / Not done = Ej genomförd | N/A = Ej aktuell")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    r += 1
    ws.cell(r, 1, "Prepared by / Upprättad av: Johan Berg, CFO").font = Font(size=9)
    ws.freeze_panes = "A6"
    # second sheet: summary for the board (not controls)
    ws2 = wb.create_sheet("Summary")
    ws2["A1"] = "Summary / Sammanfattning ICP 2025"
    ws2["A1"].font = BOLD
    ws2["A3"] = "Status"; ws2["B3"] = "Count"
    ws2["A4"] = "Completed"; ws2["B4"] = '=COUNTIF(\'ICP 2025\'!G:G,"Completed")+COUNTIF(\'ICP 2025\'!G:G,"Genomförd")'
    ws2["A5"] = "Ongoing / Partly done"; ws2["B5"] = '=COUNTIF(\'ICP 2025\'!G:G,"Ongoing")+COUNTIF(\'ICP 2025\'!G:G,"Partly done")'
    ws2["A6"] = "Not started / Not done"; ws2["B6"] = '=COUNTIF(\'ICP 2025\'!G:G,"Not started")+COUNTIF(\'ICP 2025\'!G:G,"Not done")'
    ws2["A7"] = "N/A"; ws2["B7"] = '=COUNTIF(\'ICP 2025\'!G:G,"N/A")'
    ws2["A9"] = "Bolagets bedömning: den interna kontrollen har i allt väsentligt varit tillräcklig under 2025."
    ws2.column_dimensions["A"].width = 30
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)

def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)

# ---------------------------------------------------------------------------
# File 3: Storvikens Energi AB – docx, traffic-light shading with legend
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Storvikens Energi AB Uppföljning IKP helår 2025.docx"
    N = "Storvikens Energi AB"
    GREEN, YELLOW, RED, GREY, BLUE = "00B050", "FFFF00", "FF0000", "A6A6A6", "5B9BD5"
    data = [
        ("Nätverksamhet", [
            ("Kontroll av att mätvärden från elmätare läses in och korrigeras inom 5 dagar",
             "Månadsvis rapport ur mätvärdessystemet",
             "98,7 % av mätvärdena inlästa inom tid. Inga avvikelser utöver kända mätarfel.", GREEN, ("GENOMFORD", "nej")),
            ("Stickprov på att anslutningsavgifter debiteras enligt gällande prislista",
             "20 stickprov per halvår",
             "40 stickprov. En felaktig debitering (för låg avgift) upptäcktes och har justerats.", GREEN, ("GENOMFORD", "ja")),
            ("Kontroll av att avbrottsersättning betalas ut enligt ellagen",
             "Genomgång av samtliga avbrott > 12 timmar",
             "Rutinen följs men utbetalningarna efter stormen i januari blev försenade. Cirka 140 kunder fick ersättningen efter lagstadgad tid. Genomgången av höstens avbrott är inte avslutad.",
             YELLOW, ("DELVIS", "ja")),
        ]),
        ("Elhandel och kundfakturering", [
            ("Kontroll av att kundavtal registreras korrekt i kundsystemet",
             "Stickprov 30 nya avtal per kvartal",
             "Inga avvikelser.", GREEN, ("GENOMFORD", "nej")),
            ("Kontroll av att kreditering och avskrivning av kundfordringar attesteras enligt delegation",
             "Samtliga avskrivningar > 5 tkr",
             "Kontrollen har inte genomförts under året på grund av byte av kundsystem.", RED, ("EJ_GENOMFORD", "nej")),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor – stickprov 25 fakturor per kvartal",
             "Stickprov", "Inga avvikelser.", GREEN, ("GENOMFORD", "nej")),
            ("Kontroll av representation och andra förtroendekänsliga poster",
             "Samtliga poster", "Två poster saknade deltagarförteckning och syfte; underlagen har kompletterats.",
             GREEN, ("GENOMFORD", "ja")),
            ("Avstämning av anläggningsregister mot huvudbok",
             "Kvartalsvis", "Avstämning gjord per 31 augusti. Årsavstämningen pågår inom bokslutsarbetet.",
             YELLOW, ("DELVIS", "nej")),
        ]),
        ("Inköp", [
            ("Kontroll av avtalstrohet vid inköp av material och entreprenadtjänster",
             "Leverantörsanalys", "Se bilaga 2.", BLUE, ("OKLAR", "nej")),
            ("Kontroll av att direktupphandlingar över 100 tkr konkurrensutsätts och dokumenteras",
             "Genomgång av samtliga direktupphandlingar",
             "Åtta direktupphandlingar granskade. Tre saknade dokumentation av konkurrensutsättning. Utbildning för beställare genomförd i november.",
             GREEN, ("GENOMFORD", "ja")),
        ]),
        ("Informationssäkerhet", [
            ("Kontroll av behörigheter i driftövervakningssystemet (SCADA)",
             "Halvårsvis genomgång",
             "Genomgången i juni är gjord. Höstens genomgång har inte slutförts.", YELLOW, ("DELVIS", "nej")),
            ("Kontroll av att incidentrapportering enligt cybersäkerhetslagen sker inom föreskriven tid",
             "Genomgång av incidentlogg",
             "Utgår – ersätts av styrelsens särskilda granskning av informationssäkerheten (styrelsebeslut 2025-05-14).",
             GREY, ("UTGAR", "nej")),
            ("Loggkontroll av åtkomst till kunddata",
             "Stickprov av loggar, 2 ggr/år", "Genomförd i maj och november, ingen otillbörlig åtkomst.",
             GREEN, ("GENOMFORD", "nej")),
        ]),
        ("Arbetsmiljö och elsäkerhet", [
            ("Kontroll att skyddsronder genomförs på samtliga anläggningar",
             "Protokoll från skyddsronder", "Genomförda på samtliga 11 anläggningar enligt plan.",
             GREEN, ("GENOMFORD", "nej")),
            ("Kontroll av att elsäkerhetsbehörighet finns för alla som arbetar med starkström",
             "Register över behörigheter", "", None, ("SAKNAS", "nej")),
        ]),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run("Storvikens Energi AB"); r.bold = True; r.font.size = Pt(16)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    doc.add_paragraph("Datum: 2026-01-28. Godkänd av VD. Rapporteras till styrelsen 2026-02-10 och för kännedom till kommunstyrelsen i Storvikens kommun.")
    doc.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 den 11 december 2024. Planen omfattar 15 kontrollmoment "
        "inom sex processer. Nedan redovisas resultatet för helåret. Bedömningen anges med färg i kolumnen Bedömning.")
    doc.add_paragraph("Teckenförklaring (bedömning):")
    leg = doc.add_table(rows=4, cols=2)
    leg.style = "Table Grid"
    for i, (col, txt) in enumerate([(GREEN, "Kontrollen är genomförd"),
                                    (YELLOW, "Kontrollen är delvis genomförd / pågår"),
                                    (RED, "Kontrollen är inte genomförd"),
                                    (GREY, "Kontrollen utgår")]):
        shade(leg.rows[i].cells[0], col)
        leg.rows[i].cells[0].width = Cm(1.5)
        set_cell(leg.rows[i].cells[1], txt)
        leg.rows[i].cells[1].width = Cm(9)
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["Process", "Kontrollmoment", "Kontrollmetod", "Resultat och eventuella avvikelser", "Bedömning"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
        shade(t.rows[0].cells[c], "D9D9D9")
    for proc, rows in data:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        set_cell(m, proc, bold=True, size=10)
        shade(m, "DEEAF6")
        for km, metod, res, col, (stt, av) in rows:
            row = t.add_row()
            set_cell(row.cells[0], "")
            set_cell(row.cells[1], km)
            set_cell(row.cells[2], metod)
            set_cell(row.cells[3], res)
            set_cell(row.cells[4], "")
            if col:
                shade(row.cells[4], col)
            exp(fil, N, km, stt, av)
    widths = [Cm(3.2), Cm(7.5), Cm(4.5), Cm(9), Cm(2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Leverantörsanalys 2025 (separat dokument).")
    doc.add_paragraph("Storviken 2026-01-28")
    doc.add_paragraph("Karin Holm, VD")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

def file_energi_letter():
    fil = "Följebrev IK-uppföljning 2025 Storvikens Energi.docx"
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run("Storvikens Energi AB"); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph("Till: Storvikens kommun, Stadsledningskontoret, ekonomiavdelningen\nFrån: Storvikens Energi AB\nDatum: 2026-01-29")
    doc.add_heading("Följebrev – uppföljning av intern kontroll 2025", level=2)
    doc.add_paragraph(
        "Hej! Härmed översänds Storvikens Energi AB:s helårsuppföljning av internkontrollplanen för 2025 i enlighet "
        "med kommunstyrelsens anvisningar för bolagens rapportering. Uppföljningen behandlas av bolagets styrelse den "
        "10 februari 2026; om styrelsen gör ändringar skickar vi en reviderad version.")
    doc.add_paragraph(
        "Bilaga 2 (leverantörsanalysen) innehåller affärskänsliga uppgifter och skickas därför inte med, men kan "
        "lämnas ut till revisorerna på begäran.")
    doc.add_paragraph("Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\nPer Lindqvist\nEkonomichef, Storvikens Energi AB\n0570-123 45")
    doc.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
# File 4: SDN Vikåsen – .xls (Stratsys-like export with letter codes, converted by LibreOffice)
# ---------------------------------------------------------------------------
def file_vikasen():
    fil = "Vikåsen_IK_2025_helar.xls"
    N = "Stadsdelsnämnden Vikåsen"
    rows = [
        ("Individ- och familjeomsorg", [
            ("Kontroll av att utredningar om barn avslutas inom fyra månader", "Uttag ur Lifecare", "Tertial",
             "Enhetschef barn och unga", "D", "D", "D", "Ja", "85 % avslutade inom lagstadgad tid.", ("DELVIS", "ja")),
            ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur Lifecare", "Tertial",
             "Enhetschef mottagning", "G", "G", "G", "Nej", "", ("GENOMFORD", "nej")),
            ("Kontroll av att beslut om försörjningsstöd fattas enligt delegationsordningen", "Stickprov 20 beslut", "Helår",
             "Enhetschef försörjningsstöd", "-", "-", "G", "Nej", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ]),
        ("Funktionsnedsättning (LSS)", [
            ("Kontroll av att gynnande LSS-beslut verkställs inom tre månader", "Uttag ur Lifecare", "Tertial",
             "Enhetschef LSS", "E", "D", "D", "Ja", "Två ej verkställda beslut har rapporterats till IVO. Kontroll gjord T2 och T3, ej T1.", ("DELVIS", "ja")),
            ("Stickprovskontroll av assistansersättning – utförda timmar mot tidrapporter", "Stickprov 10 ärenden", "Helår",
             "Biståndshandläggare", "-", "-", "G", "Ja", "Ett ärende med överdebitering, återkrav 62 tkr.", ("GENOMFORD", "ja")),
            ("Kontroll av att genomförandeplaner upprättats i daglig verksamhet", "Genomgång samtliga brukare", "Helår",
             "Enhetschef daglig verksamhet", "-", "-", "X", "", "", ("OKLAR", "nej")),
        ]),
        ("Äldreomsorg", [
            ("Kontroll av att avgifter inom äldreomsorgen beräknas korrekt", "Stickprov 25 avgiftsbeslut", "Helår",
             "Avgiftshandläggare", "-", "G", "", "Nej", "Kontroll utförd i juni, inga fel.", ("GENOMFORD", "nej")),
            ("Kontroll av läkemedelshantering i hemtjänst (avvikelserapporter)", "Genomgång av avvikelser", "Tertial",
             "MAS", "G", "G", "G", "Ja", "12 läkemedelsavvikelser under året, samtliga utredda och åtgärdade.", ("GENOMFORD", "ja")),
        ]),
        ("Ekonomi och administration", [
            ("Kontroll av att attest sker enligt attestordning", "Stickprov 30 fakturor", "Helår",
             "Controller", "-", "-", "G", "Nej", "", ("GENOMFORD", "nej")),
            ("Kontroll av avtalstrohet vid inköp av förbrukningsmaterial", "Leverantörsanalys", "Helår",
             "Controller", "-", "-", "E", "Nej", "Ej genomförd – resursbrist på ekonomienheten under hösten.", ("EJ_GENOMFORD", "nej")),
            ("Kontroll av att kontantkassor inventeras och stäms av", "Oanmäld kassainventering", "Halvår",
             "Administrativ chef", "-", "G", "G", "Ja", "Kassadifferens 450 kr på Vikåsens träffpunkt, utrett.", ("GENOMFORD", "ja")),
            ("Kontroll av att delegationsbeslut anmäls till nämnden", "Jämförelse beslut/anmälan", "Tertial",
             "Nämndsekreterare", "U", "U", "U", "", "Utgår – ingår i den kommungemensamma kontrollen från 2025.", ("UTGAR", "nej")),
        ]),
        ("Personal", [
            ("Kontroll av att retroaktiva löner efter lönerevision utbetalats korrekt", "Stickprov 20 anställda", "Helår",
             "HR-specialist", "-", "-", "G", "Nej", "", ("GENOMFORD", "nej")),
            ("Kontroll av att rehabiliteringsärenden dokumenteras i Adato", "Uttag ur Adato", "Halvår",
             "HR-specialist", "", "", "", "", "", ("SAKNAS", "nej")),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Stratsys – Rapport: Internkontroll, uppföljning"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Enhet: Stadsdelsnämnden Vikåsen"
    ws["A3"] = "Period: 2025 Helår (jan–dec)"
    ws["A4"] = "Utskriven 2026-01-30 09:14 av maria.lund"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status T1", "Status T2",
           "Status helår", "Avvikelse", "Kommentar"]
    widths = [26, 60, 26, 10, 26, 9, 9, 11, 10, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 6
    for c, h in enumerate(hdr, 1):
        ws.cell(r, c, h).font = BOLD
        ws.cell(r, c).fill = fill("D9D9D9")
    r += 1
    for proc, items in rows:
        for it in items:
            km, met, frek, ans, t1, t2, hel, avv, kom, (st, av) = it
            vals = [proc, km, met, frek, ans, t1, t2, hel, avv, kom]
            for c, v in enumerate(vals, 1):
                if v:
                    ws.cell(r, c, v)
                ws.cell(r, c).alignment = WRAP
            exp(fil, N, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = BOLD
    ws.cell(r, 2, "G = Genomförd   D = Delvis genomförd/pågår   E = Ej genomförd   U = Utgår   - = Ingen kontroll planerad för perioden")
    wb.save("_vikasen_tmp.xlsx")
    prof = "file:///tmp/lo-round121"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "xls",
                    "--outdir", OUT, "_vikasen_tmp.xlsx"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace("_vikasen_tmp.xls", fil)
    os.remove("_vikasen_tmp.xlsx")
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# File 5: Socialnämnden – docx, free text only
# ---------------------------------------------------------------------------
def file_socialnamnden():
    fil = "SN Uppföljning internkontrollplan 2025 helår.docx"
    N = "Socialnämnden"
    procs = [
        ("Ekonomiskt bistånd", [
            ("Kontroll av att ekonomiskt bistånd utbetalas i enlighet med beslut",
             "Stickprov 25 ärenden per halvår.",
             "Kontrollen är genomförd. Sammanlagt 50 ärenden granskades och inga felaktiga utbetalningar upptäcktes.",
             ("GENOMFORD", "nej")),
            ("Kontroll av att beslut om ekonomiskt bistånd har stöd i delegationsordningen",
             "Stickprov 40 beslut under hösten.",
             "Granskningen visade att 4 av 40 beslut hade fattats av handläggare utan delegation för beloppet. Besluten har "
             "anmälts till nämnden i efterhand och rutinen har förtydligats på APT i december.",
             ("GENOMFORD", "ja")),
        ]),
        ("Barn och unga", [
            ("Kontroll av att orosanmälningar gällande barn förhandsbedöms inom 14 dagar",
             "Uttag ur verksamhetssystemet per tertial.",
             "Delår: 92 % bedömdes inom 14 dagar. Helår: 95 % inom tid. För de anmälningar som överskred tidsgränsen "
             "har skälen dokumenterats och gåtts igenom med berörda arbetsgrupper.",
             ("GENOMFORD", "ja")),
            ("Kontroll av att barnavårdsutredningar slutförs inom fyra månader",
             "Uttag ur verksamhetssystemet, två gånger per år.",
             "Kontrollen har genomförts för första halvåret: i 6 av 31 ärenden hade utredningstiden förlängts utan "
             "formellt beslut. Kontrollen för andra halvåret har inte hunnits med och görs i februari 2026.",
             ("DELVIS", "ja")),
            ("Kontroll av att placeringar i HVB sker hos upphandlade utförare",
             "Genomgång av samtliga nya placeringar.",
             "Helår: Samtliga 14 nya placeringar under året har skett hos ramavtalsleverantörer.",
             ("GENOMFORD", "nej")),
        ]),
        ("Missbruk och beroende", [
            ("Kontroll av att anmälningar enligt LVM handläggs enligt rutin",
             "Genomgång av samtliga anmälningar.",
             "Delår: Ingen kontroll genomförd. Helår: Ingen kontroll har genomförts under året på grund av vakanser på "
             "enheten. Kontrollen förs över till 2026 års plan.",
             ("EJ_GENOMFORD", "nej")),
        ]),
        ("Funktionsnedsättning", [
            ("Kontroll av att gynnande LSS-beslut verkställs inom tre månader",
             "Kvartalsvis uttag.",
             "Kontrollen har genomförts varje kvartal. Per den 31 december fanns 7 ej verkställda beslut, samtliga har "
             "rapporterats till IVO.",
             ("GENOMFORD", "ja")),
            ("Kontroll av att fakturor från privata assistansanordnare överensstämmer med beviljade timmar",
             "Stickprov 15 fakturor.",
             "Stickprov på 15 fakturor genomfört. En faktura avsåg fler timmar än beviljat; mellanskillnaden har krediterats.",
             ("GENOMFORD", "ja")),
        ]),
        ("Administration och informationssäkerhet", [
            ("Kontroll av att delegationsbeslut återrapporteras till nämnden",
             "Jämförelse mellan beslutslista och anmälningslista, två gånger per år.",
             "Genomförd, inga avvikelser.", ("GENOMFORD", "nej")),
            ("Kontroll av loggar i verksamhetssystemet för otillbörlig åtkomst",
             "Månatlig slumpvis loggkontroll.",
             "Loggkontroller har påbörjats under hösten men har inte kunnat genomföras i den omfattning som planerats. "
             "Arbetet fortsätter 2026.", ("DELVIS", "nej")),
            ("Kontroll av att hot- och våldssituationer rapporteras och följs upp",
             "Genomgång av tillbudsrapporter i KIA.",
             "Utgår. Kontrollmomentet lyftes ur planen genom nämndens beslut 2025-06-12 § 78 eftersom det hanteras inom "
             "det systematiska arbetsmiljöarbetet.", ("UTGAR", "nej")),
            ("Kontroll av att representation följer kommunens riktlinjer",
             "Granskning av samtliga representationsfakturor.",
             "Genomförd. Vid en konferens i maj hade alkohol bekostats, vilket strider mot riktlinjen. Ärendet har hanterats "
             "med berörd chef och beloppet har återbetalats.", ("GENOMFORD", "ja")),
            ("Kontroll av att inkomna klagomål och synpunkter besvaras inom 10 arbetsdagar",
             "Uttag ur synpunktshanteringen.",
             "", ("SAKNAS", "nej")),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    p = doc.add_paragraph("Socialförvaltningen\t\t\t\t\t\tTjänsteskrivelse\nStorvikens kommun\t\t\t\t\t\t2026-02-05\n\t\t\t\t\t\t\tDnr SN 2026/0031")
    doc.add_heading("Socialnämndens uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Bilaga 4 till verksamhetsberättelse 2025")
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Socialnämnden fastställde internkontrollplanen för 2025 den 12 december 2024. Planen innehåller 13 kontrollmoment "
        "fördelade på fem processer. Av dessa har åtta genomförts, två har genomförts delvis, ett har inte genomförts och "
        "ett har utgått under året. För ett kontrollmoment saknas redovisning. Förvaltningen bedömer att den interna "
        "kontrollen i huvudsak har varit tillräcklig, men att kontrollerna inom barn och unga behöver stärkas.")
    doc.add_heading("Redovisning per process", level=2)
    n = 0
    for proc, items in procs:
        doc.add_heading("Process: " + proc, level=3)
        for km, metod, res, (stt, av) in items:
            n += 1
            p = doc.add_paragraph()
            r1 = p.add_run("Kontrollmoment %d: " % n); r1.bold = True
            r2 = p.add_run(km); r2.bold = True
            doc.add_paragraph("Metod: " + metod)
            p = doc.add_paragraph()
            p.add_run("Resultat helår: ").italic = True
            if res:
                p.add_run(res)
            exp(fil, N, km, stt, av)
    doc.add_heading("Förslag till åtgärder inför 2026", level=2)
    for b in ["Kontrollen av utredningstider inom barn och unga görs kvartalsvis från 2026.",
              "Loggkontroller schemaläggs månadsvis med ansvarig namngiven systemförvaltare.",
              "Kontrollen av LVM-anmälningar flyttas till internkontrollplan 2026."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Anna Sjöberg\nSocialdirektör")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# File 6: Utbildningsnämnden – xlsx with Status 2024 and Status 2025, instruction sheet
# ---------------------------------------------------------------------------
def file_ubn():
    fil = "UBN_IK-uppföljning_2025.xlsx"
    N = "Utbildningsnämnden"
    rows = [
        ("U1", "Skolskjuts", "Felaktiga skolskjutsbeslut", 9,
         "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen", "Genomförd", "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("U2", "Skolskjuts", "Felaktig fakturering", 12,
         "Stickprov av fakturor från skolskjutsentreprenör mot körda turer", "Delvis genomförd", "Genomförd", "Ja",
         "Felaktigt debiterade turer v. 36–38. Kreditering 31 tkr.", ("GENOMFORD", "ja")),
        ("U3", "Elevhälsa", "Bristande journalföring", 8,
         "Kontroll att elevhälsans journaler förs i Prorenata enligt rutin", "Genomförd", "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("U4", "Trygghet och studiero", "Kränkningar utreds inte", 16,
         "Kontroll av att anmälningar om kränkande behandling utreds och anmäls till huvudman", "Genomförd", "Delvis genomförd", "Ja",
         "Utredning saknades i 5 av 48 anmälningar. Uppföljning med rektorer i januari.", ("DELVIS", "ja")),
        ("U5", "Betyg", "Betygskataloger saknas", 6,
         "Kontroll av att betygskatalogen signeras och arkiveras", "", "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("U6", "Skolpeng och ersättningar", "Intäkter uteblir", 9,
         "Kontroll av att interkommunal ersättning faktureras för elever från andra kommuner", "", "Ej genomförd", "Nej",
         "Kontrollen hanns inte med, flyttas till 2026.", ("EJ_GENOMFORD", "nej")),
        ("U7", "Skolpeng och ersättningar", "Felaktig skolpeng", 12,
         "Kontroll av elevregister mot utbetald skolpeng till fristående skolor", "Genomförd", "Genomförd", "Ja",
         "8 elever var utskrivna men debiterade. Justerat i decemberutbetalningen.", ("GENOMFORD", "ja")),
        ("U8", "Inköp", "Köp utanför avtal", 9,
         "Kontroll av avtalstrohet – läromedel och livsmedel", "Genomförd", "", "Nej",
         "Genomförd i november, avtalstrohet 93 %. Inga väsentliga avvikelser.", ("GENOMFORD", "nej")),
        ("U9", "Inköp", "Otillåten direktupphandling", 8,
         "Kontroll av att direktupphandlingar dokumenteras enligt riktlinje", "Ej genomförd", "Pågår", "Nej",
         "Genomgång av 2025 års direktupphandlingar pågår.", ("DELVIS", "nej")),
        ("U10", "Ekonomi", "Felaktiga utbetalningar", 6,
         "Kontroll av att attest av leverantörsfakturor sker av behörig attestant", "Genomförd", "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("U11", "Ekonomi", "Felaktiga avgifter", 8,
         "Kontroll av barnomsorgsavgifter (maxtaxa) mot inkomstuppgifter", "Genomförd", "", "", "", ("SAKNAS", "nej")),
        ("U12", "IT och dataskydd", "Obehörig åtkomst", 12,
         "Kontroll av behörigheter i elevregistret vid avslutad anställning", "", "Genomförd", "Ja",
         "23 konton för avslutade medarbetare fanns kvar och har spärrats.", ("GENOMFORD", "ja")),
        ("U13", "IT och dataskydd", "Sen incidentanmälan", 8,
         "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar", "Genomförd", "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("U14", "IT och dataskydd", "Elevdata på återlämnade datorer", 4,
         "Kontroll att elevdatorer återlämnas och raderas när elever slutar", "Delvis genomförd", "Utgår", "",
         "Ej aktuell från HT25 – återlämning och radering hanteras av leasingleverantören enligt nytt avtal.", ("UTGAR", "nej")),
        ("U15", "Personal", "Olämplig person anställs", 12,
         "Kontroll av att registerutdrag uppvisats vid nyanställning", "Genomförd", "Genomförd", "Nej", "", ("GENOMFORD", "nej")),
        ("U16", "Personal", "Obehöriga lärare", 9,
         "Kontroll av att lärare har legitimation och behörighet för undervisade ämnen", "Genomförd", "", "",
         "Kontrollen har inte genomförts 2025 pga. byte av HR-system.", ("EJ_GENOMFORD", "nej")),
    ]
    wb = Workbook()
    wi = wb.active
    wi.title = "Instruktion"
    wi["A1"] = "Instruktion – uppföljning av internkontrollplan"
    wi["A1"].font = Font(bold=True, size=13)
    wi["A3"] = "1. Fyll i kolumnen Status 2025 med något av värdena Genomförd, Delvis genomförd, Pågår, Ej genomförd, Utgår."
    wi["A4"] = "2. Ange Ja i kolumnen Avvikelse konstaterad om kontrollen visat fel eller brister, och beskriv dem i kommentaren."
    wi["A5"] = "3. Status 2024 fylls i automatiskt från föregående års uppföljning och ska inte ändras."
    wi["A7"] = "Exempel:"
    wi["A7"].font = BOLD
    ex = ["X0", "Exempelområde", "Exempelrisk", 6, "Exempel: Kontroll av att fakturor attesteras inom 10 dagar", "", "Genomförd", "Nej", "Exempelkommentar"]
    for c, v in enumerate(ex, 1):
        wi.cell(8, c, v).font = Font(italic=True, color="808080")
    wi.column_dimensions["A"].width = 14
    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Underlag till årsbokslut 2025. Utbildningsförvaltningen, ekonomienheten."
    hdr = ["Risk-ID", "Område", "Risk", "Riskvärde", "Kontrollmoment", "Status 2024", "Status 2025",
           "Avvikelse konstaterad", "Kommentar 2025"]
    widths = [8, 22, 28, 9, 62, 16, 16, 12, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.fill = fill("FCE4D6"); cell.alignment = WRAP; cell.border = BORDER
    ws.cell(r, 6).fill = fill("EDEDED")
    r += 1
    first = r
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            if v not in ("", None):
                ws.cell(r, c, v)
            ws.cell(r, c).alignment = WRAP; ws.cell(r, c).border = BORDER
        ws.cell(r, 6).font = Font(color="808080")
        st, av = row[9]
        exp(fil, N, row[4], st, av)
        r += 1
    last = r - 1
    r += 1
    ws.cell(r, 5, "Antal Genomförd 2025").font = BOLD
    ws.cell(r, 7, "=COUNTIF(G%d:G%d,\"Genomförd\")" % (first, last))
    r += 1
    ws.cell(r, 5, "Antal kontrollmoment").font = BOLD
    ws.cell(r, 7, "=COUNTA(E%d:E%d)" % (first, last))
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# File 7: Kultur- och fritidsnämnden – docx, delår per 31 augusti 2025 (no helår sent)
# ---------------------------------------------------------------------------
def file_kfn_delar():
    fil = "KFN delårsuppföljning internkontroll 2025.docx"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("1", "Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt beslutade regler", "Föreningskonsulent",
         "Klar", "Stickprov 15 föreningar. En förening hade fått för högt aktivitetsstöd; 8 tkr återkrävt.", ("GENOMFORD", "ja")),
        ("2", "Föreningsbidrag", "Kontroll av att redovisning inkommit för utbetalda projektbidrag", "Föreningskonsulent",
         "Pågår", "Påminnelser skickade till 6 föreningar.", ("DELVIS", "nej")),
        ("3", "Lokaluthyrning", "Kontroll av att samtliga bokningar i bokningssystemet faktureras", "Bokningsansvarig",
         "Klar", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("4", "Lokaluthyrning", "Kontroll av att rabatterade taxor endast ges till berättigade föreningar", "Bokningsansvarig",
         "Ej påbörjad", "Planeras till oktober.", ("EJ_GENOMFORD", "nej")),
        ("5", "Kontanthantering", "Inventering och avstämning av kassor på simhallen och biblioteken", "Administrativ chef",
         "Klar", "Kassadifferens -1 200 kr på Storvikens simhall, utredd och rapporterad.", ("GENOMFORD", "ja")),
        ("6", "Kontanthantering", "Kontroll av kortbetalningar och dagsavräkning i kassasystemet", "Ekonom",
         "Klar", "", ("GENOMFORD", "nej")),
        ("7", "Bibliotek", "Kontroll av att mediainköp sker via avtalad leverantör", "Bibliotekschef",
         "Pågår", "", ("DELVIS", "nej")),
        ("8", "Inköp", "Kontroll av avtalstrohet vid inköp av tjänster till evenemang", "Evenemangssamordnare",
         "Ej påbörjad", "Genomförs efter sommarens evenemang, redovisas i helårsuppföljningen.", ("EJ_GENOMFORD", "nej")),
        ("9", "Ekonomi", "Kontroll av representation och gåvor", "Ekonom",
         "Klar", "Inga avvikelser för perioden jan–aug.", ("GENOMFORD", "nej")),
        ("10", "Konst", "Inventering av kommunens konstsamling (stickprov 100 verk)", "Konstintendent",
         "Pågår", "62 verk inventerade, 6 verk har ännu inte återfunnits.", ("DELVIS", "ja")),
        ("11", "IT", "Kontroll av behörigheter i bokningssystemet", "Systemförvaltare",
         "Utgår", "Utgår enligt beslut KFN 2025-04-23 § 41 (systemet ersätts).", ("UTGAR", "nej")),
        ("12", "Arbetsmiljö", "Kontroll av att rutin för ensamarbete följs på fritidsgårdarna", "Enhetschef fritidsgårdar",
         "Pågår", "Genomgång gjord på två av fyra gårdar.", ("DELVIS", "nej")),
    ]
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run("Kultur- och fritidsförvaltningen"); r.bold = True; r.font.size = Pt(12)
    doc.add_heading("Delårsrapport 2025 – uppföljning av internkontrollplan per 31 augusti", level=1)
    doc.add_paragraph(
        "Nämnden följer upp internkontrollplanen två gånger per år: i delårsrapporten per 31 augusti och i "
        "verksamhetsberättelsen. Nedan redovisas läget per 31 augusti 2025. Kontroller som är markerade Pågår eller "
        "Ej påbörjad ska vara klara till helårsuppföljningen.")
    doc.add_paragraph("Status: Klar = kontrollen genomförd, Pågår = kontrollen påbörjad, Ej påbörjad, Utgår = kontrollen stryks genom beslut.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Light Grid Accent 1"
    for c, h in enumerate(["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status 31/8", "Kommentar"]):
        set_cell(t.rows[0].cells[c], h, bold=True)
    for nr, omr, km, ans, stt, kom, (s, av) in rows:
        row = t.add_row()
        for c, v in enumerate([nr, omr, km, ans, stt, kom]):
            set_cell(row.cells[c], v)
        exp(fil, N, km, s, av)
    widths = [Cm(1), Cm(3.5), Cm(8), Cm(4), Cm(2.5), Cm(7)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Behandlad av kultur- och fritidsnämnden 2025-09-24 § 88.")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

# ---------------------------------------------------------------------------
# File 8: SDN Norr – xlsx, traffic-light fills T1/T2/T3, legend top right
# ---------------------------------------------------------------------------
def file_norr():
    fil = "Norra SDF IKP 2025 - helårsuppföljning.xlsx"
    N = "Stadsdelsnämnden Norr"
    G, Y, R, B, GR = "92D050", "FFFF00", "FF0000", "00B0F0", "BFBFBF"
    rows = [
        ("Ekonomiskt bistånd", [
            ("Kontroll av att utbetalning av försörjningsstöd överensstämmer med beslut", "Stickprov 15 ärenden/tertial",
             "Enhetschef", (G, G, G), "", ("GENOMFORD", "nej")),
            ("Kontroll av att hyreskontrakt verifieras vid bistånd till boendekostnad", "Stickprov 10 ärenden/tertial",
             "Enhetschef", (Y, G, Y), "T3: 2 ärenden med inaktuella hyreskontrakt, uppgifter har begärts in.", ("GENOMFORD", "ja")),
        ]),
        ("Äldreomsorg", [
            ("Kontroll av att biståndsbeslut i hemtjänst följs upp årligen", "Uttag ur Lifecare",
             "Enhetschef biståndsenheten", (B, B, Y), "Uppföljning gjord i 88 % av ärendena.", ("GENOMFORD", "ja")),
            ("Kontroll av att fakturerad tid från hemtjänstutförare överensstämmer med registrerad tid", "Jämförelse TES/faktura",
             "Beställarenheten", (None, None, G), "", ("GENOMFORD", "nej")),
            ("Kontroll av att matavgifter debiteras korrekt på särskilt boende", "Stickprov 20 boende",
             "Avgiftshandläggare", (None, R, R), "Ej genomförd p.g.a. resursbrist.", ("EJ_GENOMFORD", "nej")),
            ("Kontroll av att fallriskbedömning görs vid inflyttning på särskilt boende", "Genomgång journaler",
             "MAS", (G, G, G), "", ("GENOMFORD", "nej")),
        ]),
        ("Förskola", [
            ("Kontroll av att placering i förskola erbjuds inom fyra månader", "Uttag ur placeringssystemet",
             "Placeringsadministratör", (None, G, Y), "3 barn fick erbjudande efter mer än fyra månader.", ("GENOMFORD", "ja")),
            ("Kontroll av att avgiftsgrundande inkomst är registrerad för samtliga hushåll", "Uttag",
             "Placeringsadministratör", (None, None, G), "", ("GENOMFORD", "nej")),
            ("Kontroll av att allergiinformation finns och följs i förskolans kök", "Besök i köken",
             "Förskolechefer", (None, None, GR), "Flyttad till kostenhetens egenkontroll.", ("UTGAR", "nej")),
        ]),
        ("Administration och stöd", [
            ("Kontroll av att attestförteckningen uppdateras vid organisationsförändring", "Jämförelse org.schema/attestlista",
             "Controller", (None, G, G), "", ("GENOMFORD", "nej")),
            ("Kontroll av att leverantörsfakturor attesteras före förfallodag", "Uttag ur ekonomisystemet",
             "Controller", (G, Y, Y), "Dröjsmålsräntor 14 tkr under året.", ("GENOMFORD", "ja")),
            ("Kontroll av att medarbetare med åtkomst till känsliga personuppgifter har signerat tystnadsförbindelse",
             "Inventering per enhet", "HR", (None, B, B), "Inventering pågår, klar mars 2026.", ("DELVIS", "nej")),
            ("Kontroll av att arvoden till kontaktpersoner och familjehem betalas ut enligt beslut", "Stickprov 20 uppdrag",
             "Enhetschef", (None, None, "klar"), "", ("GENOMFORD", "nej")),
            ("Kontroll av att kontanthantering på träffpunkterna sker enligt rutin", "Oanmäld kontroll",
             "Administrativ chef", (None, None, None), "", ("SAKNAS", "nej")),
            ("Kontroll av körjournaler för förvaltningens bilar", "Stickprov 3 månader",
             "Administrativ chef", (None, G, G), "", ("GENOMFORD", "nej")),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Norra stadsdelsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning T1, T2 och T3 (helår)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Senast uppdaterad 2026-01-22"
    # legend top right
    ws["J1"] = "Förklaring"; ws["J1"].font = BOLD
    legend = [(G, "Genomförd, inga avvikelser"), (Y, "Genomförd, avvikelser noterade"), (R, "Ej genomförd"),
              (B, "Pågår"), (GR, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(2 + i, 10).fill = fill(col)
        ws.cell(2 + i, 11, txt)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Analys/kommentar"]
    widths = [22, 62, 28, 24, 6, 6, 6, 50, 3, 10, 32]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = BOLD; cell.border = BORDER; cell.fill = fill("F2F2F2")
    r += 1
    for proc, items in rows:
        ws.cell(r, 1, proc).font = BOLD
        r += 1
        for km, met, ans, (t1, t2, t3), kom, (st, av) in items:
            ws.cell(r, 2, km); ws.cell(r, 3, met); ws.cell(r, 4, ans)
            for c, v in zip((5, 6, 7), (t1, t2, t3)):
                if v and len(v) == 6 and v.isalnum() and v.upper() == v:
                    ws.cell(r, c).fill = fill(v)
                elif v:
                    ws.cell(r, c, v)
            if kom:
                ws.cell(r, 8, kom)
            for c in range(1, 9):
                ws.cell(r, c).border = BORDER
                ws.cell(r, c).alignment = WRAP
            exp(fil, N, km, st, av)
            r += 1
    r += 1
    ws.cell(r, 1, "Signerat: Erik Nyström, stadsdelsdirektör")
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
def main():
    for f in os.listdir(OUT):
        if f.endswith((".xlsx", ".xls", ".docx")):
            os.remove(f)
    file_hamnstaden()
    file_storvikshem()
    file_energi()
    file_energi_letter()
    file_vikasen()
    file_socialnamnden()
    file_ubn()
    file_kfn_delar()
    file_norr()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))

if __name__ == "__main__":
    main()
