#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 8: Alvesunds kommun (fictional, Västra Götaland). Rebuilds all files of the round.
Run: /usr/bin/python3 make_round.py  (needs openpyxl, python-docx, odfpy, soffice)"""
import os, csv, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_BREAK

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = tempfile.mkdtemp(prefix="round8_build_")
YEAR = "2025"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, ctrl, status, avv):
    EXPECTED.append((fil, namnd, ctrl.replace(";", ",").replace("\n", " "), status, avv))

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- F1 SBN
def f1():
    fil = "Uppföljning internkontrollplan SBN 2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws.merge_cells("A1:D2")
    ws["A1"] = "ALVESUNDS KOMMUN"
    ws["A1"].font = Font(size=20, bold=True, color="FFFFFF", name="Arial")
    ws["A1"].fill = PatternFill("solid", fgColor="1F3864")
    ws["A1"].alignment = Alignment(vertical="center")
    ws["A3"] = "Samhällsbyggnadsnämnden"; ws["A3"].font = Font(size=13, bold=True)
    ws["A4"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A4"].font = Font(size=12, italic=True)
    ws["F3"] = "Upprättad av: Controller SBF"; ws["F4"] = "Datum: 2026-01-28"
    # Förklaring box J2:K8 (overlaps header row 6)
    ws.merge_cells("J2:K2"); ws["J2"] = "Förklaring"; ws["J2"].font = Font(bold=True)
    ws["J2"].fill = PatternFill("solid", fgColor="D9E1F2")
    legend = [("1", "Genomförd"), ("2", "Delvis genomförd / pågående"), ("3", "Ej genomförd"),
              ("–", "Utgår (beslut i nämnd)"), ("Tom", "Ej rapporterad")]
    for i, (k, v) in enumerate(legend):
        ws.cell(3 + i, 10, k); ws.cell(3 + i, 11, v)
    for r in range(2, 8):
        for c in (10, 11):
            ws.cell(r, c).border = BOX
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning 1–3", "Kommentar / åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(6, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597"); cell.border = BOX; cell.alignment = WRAP
    rows = [
        ("Bygglov", "Beslut fattas utan giltig delegation",
         "Stickprov av 15 bygglovsbeslut avseende att beslut fattats enligt delegationsordningen",
         "Stickprov", "Bygglovschef", 1, "15 av 15 beslut korrekt fattade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Bygglov", "Lagstadgad handläggningstid överskrids, reducerad avgift",
         "Kontroll av att handläggningstiden för bygglov inte överstiger 10 veckor",
         "Uttag ur ärendesystemet", "Bygglovschef", 2,
         "Kontroll gjord för jan–aug. 4 av 62 ärenden överskred 10 veckor och avgiften reducerades. Data för sep–dec sammanställs i februari 2026.",
         "DELVIS", "ja"),
        ("Ekonomi", "Felaktig attest och kontering",
         "Stickprov av 20 leverantörsfakturor – attest och kontering",
         "Stickprov", "Förvaltningsekonom", 1,
         "Två fakturor saknade underlag för kontering, rättat i samråd med ekonomienheten.", "GENOMFORD", "ja"),
        ("Planarbete", "Planavgift debiteras inte",
         "Kontroll av att planavgift debiteras enligt plantaxa i samtliga detaljplaner antagna 2025",
         "Genomgång av antagna planer", "Planchef", 3,
         "Ej genomförd på grund av vakans. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
        ("GIS och mätning", "Obehörig åtkomst till kartdata med personuppgifter",
         "Kontroll av att behörigheter i GIS-systemet är aktuella",
         "Behörighetslista mot personalregister", "GIS-samordnare", 2,
         "Genomgång påbörjad i november. 12 konton för personer som slutat har hittats och spärrats. Resterande genomgång klar i januari 2026.",
         "DELVIS", "ja"),
        ("Mark och exploatering", "Ovårdade tomter följs inte upp",
         "Uppföljning av ärenden om ovårdade tomter",
         "Ärendegenomgång", "Exploateringsingenjör", "–",
         "Utgår enligt beslut SBN 2025-04-23 § 61, ansvaret har flyttats till Miljö- och hälsoskyddsnämnden.", "UTGAR", "nej"),
        ("Inköp", "Köp utanför avtal",
         "Kontroll av avtalstrohet vid inköp av konsulttjänster",
         "Uttag ur e-handelssystemet", "Förvaltningschef", 1,
         "Samtliga inköp över 100 tkr gjorda mot ramavtal.", "GENOMFORD", "nej"),
        ("Dokumenthantering", "Allmänna handlingar registreras inte i tid",
         "Kontroll av att allmänna handlingar diarieförs inom 3 dagar",
         "Stickprov i diariet", "Registrator", None, None, "SAKNAS", "nej"),
        ("Arbetsmiljö", "Brister i fysisk arbetsmiljö upptäcks inte",
         "Uppföljning av att skyddsronder genomförts på samtliga enheter",
         "Protokoll från skyddsronder", "HR-partner", 1,
         "Genomförd på samtliga fem enheter. Se bilaga 2.", "GENOMFORD", "nej"),
        ("Kart- och mätverksamhet", "Intäkter uteblir",
         "Kontroll av att beställda nybyggnadskartor faktureras",
         "Avstämning beställningar mot fakturering", "GIS-samordnare", 3,
         "Kontrollen har inte hunnits med under året.", "EJ_GENOMFORD", "nej"),
    ]
    r = 7
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:7])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.border = BOX; cell.alignment = WRAP
        ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.cell(r + 1, 1, "Godkänd av förvaltningschef Samhällsbyggnadsförvaltningen 2026-01-30")
    for col, w in zip("ABCDEFGHIJK", [5, 18, 28, 45, 24, 18, 12, 55, 3, 6, 26]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Samhällsbyggnadsförvaltningen"
    ws.oddHeader.right.text = "Helår 2025"
    ws2 = wb.create_sheet("Riskbedömning")
    ws2.append(["Risk", "Sannolikhet", "Konsekvens", "Riskvärde"])
    for row in rows:
        ws2.append([row[1], 3, 3, 9])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))

# ---------------------------------------------------------------- F2 BUN (docx, heading + 3-col table)
def f2():
    fil = "BUN – uppföljning intern kontroll delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Uppföljning av intern kontroll – delårsrapport per 31 augusti 2025", 0)
    d.add_paragraph("Barn- och utbildningsförvaltningen, Alvesunds kommun")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025. "
        "Nedan redovisas utfallet av kontrollerna per process till och med augusti. Bedömningen anges som "
        "Godkänd, Delvis godkänd eller Ej godkänd. Kontroller som ännu inte är genomförda redovisas på nytt "
        "i helårsuppföljningen.")
    procs = [
        ("Skolskjuts", [
            ("Kontroll av att beslut om skolskjuts fattats enligt delegationsordningen (stickprov 10 beslut)",
             "10 av 10 beslut fattade av rätt delegat.", "Godkänd", "GENOMFORD", "nej"),
            ("Uppföljning av att entreprenören följer avtalade tider",
             "Förseningar registrerade vid 14 tillfällen under vårterminen, vite har krävts vid två tillfällen. Uppföljningsmöte med entreprenören hölls i juni, ny uppföljning sker under hösten.",
             "Delvis godkänd", "DELVIS", "ja")]),
        ("Elevhälsa", [
            ("Kontroll av att elevhälsans journaler förs i enlighet med patientdatalagen",
             "Granskningen har inte påbörjats. Planeras till oktober när ny medicinskt ledningsansvarig skolsköterska har tillträtt.",
             "Ej godkänd", "EJ_GENOMFORD", "nej"),
            ("Kontroll av att anmälan om kränkande behandling skickas till huvudmannen inom 5 dagar",
             "Stickprov på 30 anmälningar: 24 skickades inom 5 dagar, 6 skickades senare (7–19 dagar). Påminnelse om rutinen har gått ut till samtliga rektorer.",
             "Godkänd med anmärkning", "GENOMFORD", "ja")]),
        ("Ekonomi och inköp", [
            ("Stickprov av 25 fakturor avseende attest och underlag",
             "Samtliga fakturor korrekt attesterade och med underlag.", "Godkänd", "GENOMFORD", "nej"),
            ("Kontroll av avtalstrohet vid inköp av läromedel", "Se bilaga 3.", "", "OKLAR", "nej")]),
        ("Informationssäkerhet", [
            ("Kontroll av att lösenordsrutinen följs på skolornas administrativa datorer",
             "Kontrollen har inte kunnat genomföras då IT-enheten saknat resurser under perioden.",
             "Ej godkänd", "EJ_GENOMFORD", "nej"),
            ("Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Två incidenter under perioden, båda anmälda inom 72 timmar.", "Godkänd", "GENOMFORD", "nej")]),
        ("Barn i behov av särskilt stöd", [
            ("Kontroll av att åtgärdsprogram upprättas och följs upp",
             "Genomgång gjord på 3 av 7 grundskolor. Övriga skolor granskas under hösten.",
             "Delvis godkänd", "DELVIS", "nej")]),
    ]
    for pname, ctrls in procs:
        d.add_heading(pname, level=2)
        t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
        for i, h in enumerate(["Kontroll", "Utfall", "Bedömning"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for c in ctrls:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = c[0], c[1], c[2]
            exp(fil, namnd, c[0], c[3], c[4])
        d.add_paragraph("")
    d.add_paragraph("Alvesund 2025-09-15")
    d.add_paragraph("Maria Lindqvist, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))

# ---------------------------------------------------------------- F3 VON tertial xlsx
def f3():
    fil = "IK-plan VON 2025 - tertialuppföljning.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsnämndens internkontrollplan 2025 – uppföljning per tertial"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status anges som: Utförd enl. plan, Slutförd, Pågående, Ej påbörjad, Avbruten, Osäkert"
    ws["A2"].font = Font(italic=True, size=9)
    top = ["Nr", "Riskområde", "Kontrollaktivitet", "Frekvens", "Ansvarig"]
    for c, h in enumerate(top, 1):
        ws.cell(3, c, h); ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for j, per in enumerate(["T1", "T2", "Helår"]):
        c = 6 + 2 * j
        ws.cell(3, c, per); ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
        ws.cell(4, c, "Status"); ws.cell(4, c + 1, "Kommentar")
    for r in (3, 4):
        for c in range(1, 12):
            ws.cell(r, c).font = Font(bold=True); ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
            ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [
        ("Läkemedelshantering", "Kontroll av signeringslistor för läkemedel på samtliga särskilda boenden", "Månadsvis", "MAS",
         "Pågående", "Jan–apr kontrollerat, tre boenden hade saknade signeringar.",
         "Utförd enl. plan", "Samtliga månader kontrollerade t.o.m. augusti. Avvikelser på Solbacken har rapporterats till MAS och åtgärdats.",
         "GENOMFORD", "ja"),
        ("Hemtjänst", "Stickprov av utförd tid mot beviljad tid i hemtjänsten (10 brukare)", "Två gånger per år", "Enhetschef hemtjänst",
         "Ej påbörjad", "", "Pågående", "5 av 10 brukare granskade. Avvikelse över 20 % hos två brukare.", "DELVIS", "ja"),
        ("Avgifter", "Kontroll av att avgiftsbeslut är uppdaterade efter inkomstförändring", "Årligen", "Avgiftshandläggare",
         "Slutförd", "Årlig kontroll genomförd i mars, inga fel hittades.", "Se T1", "", "GENOMFORD", "nej"),
        ("Bemanning", "Uppföljning av att timanställda har genomgått introduktion", "Tertialvis", "HR",
         "Pågående", "Sammanställning pågår.", "Avbruten",
         "Kontrollen avbryts och ersätts av ny introduktionsrutin enligt beslut i förvaltningens ledningsgrupp 2025-06-12.",
         "UTGAR", "nej"),
        ("Lex Sarah", "Kontroll av att lex Sarah-rapporter utreds inom 2 veckor", "Tertialvis", "Kvalitetsutvecklare",
         "Slutförd", "6 rapporter, alla utredda inom tid.", "Pågående",
         "4 nya rapporter under maj–augusti, en utredning försenad (5 veckor).", "DELVIS", "ja"),
        ("Inköp", "Kontroll av att inköp av förbrukningsmaterial görs via e-handel", "Tertialvis", "Controller",
         "", "", "", "", "SAKNAS", "nej"),
        ("Dokumentation", "Granskning av att genomförandeplaner upprättas inom 14 dagar", "Två gånger per år", "Enhetschefer SÄBO",
         "Ej påbörjad", "", "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", "nej"),
        ("Brukarmedel", "Kontroll av brukarnas kontanthantering (kassabok) på gruppbostäder", "Två gånger per år", "Enhetschef LSS",
         "Osäkert", "Underlag från två enheter saknas.", "Slutförd",
         "Kontroll genomförd på samtliga 9 gruppbostäder. Differens på 240 kr på en enhet har utretts.", "GENOMFORD", "ja"),
        ("Delegering HSL", "Kontroll av att delegeringar av hälso- och sjukvårdsuppgifter är giltiga", "Tertialvis", "MAS",
         "Utförd enl. plan", "Inga utgångna delegeringar.", "Osäkert",
         "Sammanställningen från sjuksköterskorna är inte komplett, går inte att bedöma ännu.", "OKLAR", "nej"),
    ]
    r = 5
    for i, row in enumerate(rows, 1):
        vals = [i, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None); cell.border = BOX; cell.alignment = WRAP
        exp(fil, namnd, row[1], row[8], row[9])
        r += 1
    for col, w in zip("ABCDEFGHIJK", [4, 18, 45, 14, 18, 14, 35, 14, 40, 12, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))

# ---------------------------------------------------------------- F4 system export csv (tab, BOM)
def f4():
    fil = "export_internkontroll_20260114.csv"
    hdr = ["Organisation", "Plan", "Control ID", "Process", "Control", "Responsible", "Reporting period",
           "Status", "Comment", "Deviation", "Last updated"]
    KS, TN = "Kommunledningskontoret", "Tekniska förvaltningen"
    plan = "Internkontrollplan 2025"
    # (org, id, process, control, responsible, [(period, status, comment, deviation, updated)], exp_status, exp_avv)
    ctrls = [
        (KS, "KS-01", "Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         [("Delår 2025", "In progress", "Jan–jun kontrollerat.", "", "2025-09-02"),
          ("Helår 2025", "Completed", "Samtliga delegationsbeslut anmälda. Två beslut anmäldes mer än två månader efter beslutsdatum.", "Yes", "2026-01-09")],
         "GENOMFORD", "ja"),
        (KS, "KS-02", "Representation", "Stickprov av representationsfakturor – syfte och deltagare angivna", "Ekonomichef",
         [("Delår 2025", "Completed", "10 fakturor granskade, inga avvikelser.", "No", "2025-08-29"),
          ("Helår 2025", "Completed", "Ytterligare 10 fakturor granskade, 3 saknade deltagarförteckning.", "Yes", "2026-01-12")],
         "GENOMFORD", "ja"),
        (KS, "KS-03", "IT", "Uppföljning av att systemförvaltare är utsedda för samtliga system", "IT-chef",
         [("Delår 2025", "In progress", "Inventering pågår.", "", "2025-09-01"),
          ("Helår 2025", "In progress", "Systemlistan inventerad till 80 %. Klart under första kvartalet 2026.", "No", "2026-01-13")],
         "DELVIS", "nej"),
        (KS, "KS-04", "Lön", "Kontroll av att lönetillägg har beslutsunderlag", "HR-chef",
         [("Delår 2025", "Not started", "", "", "2025-08-30"),
          ("Helår 2025", "Not started", "Ej genomförd p.g.a. byte av lönesystem.", "No", "2026-01-08")],
         "EJ_GENOMFORD", "nej"),
        (KS, "KS-05", "HR", "Kontroll av efterlevnad av riktlinjer för bisysslor", "HR-chef",
         [("Helår 2025", "Cancelled", "Utgår – ingår i årliga medarbetarsamtal enligt KS beslut 2025-03-05 § 44.", "", "2025-03-10")],
         "UTGAR", "nej"),
        (KS, "KS-06", "Inköp", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Upphandlingschef",
         [("Helår 2025", "", "Se bilaga", "", "2026-01-14")],
         "OKLAR", "nej"),
        (TN, "TN-01", "Gata och park", "Kontroll av att felanmälningar om gatubelysning åtgärdas inom 14 dagar", "Gatuchef",
         [("Delår 2025", "In progress", "", "", "2025-09-03"),
          ("Helår 2025", "Completed", "92 % åtgärdade inom 14 dagar (mål 90 %).", "No", "2026-01-07")],
         "GENOMFORD", "nej"),
        (TN, "TN-02", "Entreprenad", "Stickprov av ÄTA-arbeten i entreprenader – beställning och attest", "Projektchef",
         [("Helår 2025", "Completed", "8 ÄTA granskade. Två saknade skriftlig beställning, rutinen har förtydligats.", "Yes", "2026-01-10")],
         "GENOMFORD", "ja"),
        (TN, "TN-03", "VA", "Kontroll av debitering av anläggningsavgifter enligt VA-taxan", "VA-chef",
         [("Delår 2025", "Not started", "", "", "2025-09-03"),
          ("Helår 2025", "In progress", "Påbörjad i december, 11 av 25 fastigheter kontrollerade.", "No", "2026-01-11")],
         "DELVIS", "nej"),
        (TN, "TN-04", "Fordon", "Kontroll av körjournaler för kommunens bilpool", "Fordonssamordnare",
         [("Helår 2025", "Cancelled", "Bilpoolen avvecklades 2025-05-01, kontrollen är inte längre aktuell.", "", "2025-05-06")],
         "UTGAR", "nej"),
        (TN, "TN-05", "Kost", "Kontroll av att egenkontroller i kommunens tillagningskök dokumenteras", "Kostchef",
         [("Delår 2025", "Not started", "", "", "2025-09-03"),
          ("Helår 2025", "Not started", "Prioriterades bort p.g.a. ombyggnad av centralköket.", "No", "2026-01-14")],
         "EJ_GENOMFORD", "nej"),
    ]
    lines = ["\t".join(hdr)]
    nmap = {KS: "Kommunstyrelsen", TN: "Tekniska nämnden"}
    for org, cid, proc, ctrl, resp, reps, st, av in ctrls:
        for per, status, com, dev, upd in reps:
            lines.append("\t".join([org, plan, cid, proc, ctrl, resp, per, status, com, dev, upd]))
        exp(fil, nmap[org], ctrl, st, av)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", "Kommunstyrelsen", YEAR, "HELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", YEAR, "HELAR"))

# ---------------------------------------------------------------- F5 SN traffic lights + words
def f5():
    fil = "Socialnämnden IK-uppföljning helår 2025.xlsx"
    namnd = "Socialnämnden"
    G, Y, R = "92D050", "FFFF00", "FF0000"
    wb = Workbook(); ws = wb.active; ws.title = "Helår"
    ws["A1"] = "Uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår 2025"
    ws["A3"] = "Färgmarkering:"
    for c, (col, txt) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd"), (R, "Ej genomförd")], 2):
        ws.cell(3, c, txt).fill = PatternFill("solid", fgColor=col)
    hdr = ["Område", "Kontrollmoment", "Metod", "Status", "Resultat och kommentar", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
    groups = [
        ("Område: Ekonomi", [
            ("Ekonomiskt bistånd", "Beloppskontroll av utbetalningar av ekonomiskt bistånd (stickprov 25)", "Stickprov", G, "Genomförd",
             "25 utbetalningar granskade, inga fel.", "", "GENOMFORD", "nej"),
            ("Statsbidrag", "Kontroll av återsökning av statsbidrag från Migrationsverket", "Avstämning", G, "Delvis",
             "Återsökning gjord för kvartal 1–3. Kvartal 4 söks i februari 2026.", "", "DELVIS", "nej"),
            ("Placeringar", "Attest av fakturor för externa placeringar", "Stickprov 15 fakturor", R, "Genomförd",
             "Kontroll genomförd i oktober, samtliga fakturor hade korrekt attest.", "", "GENOMFORD", "nej"),
        ]),
        ("Område: Myndighetsutövning", [
            ("Barn och unga", "Kontroll av att förhandsbedömning av orosanmälan sker inom 14 dagar", "Uttag ur verksamhetssystemet", Y, "Delvis",
             "81 % inom 14 dagar. Brister under sommarperioden p.g.a. bemanning.", "Sommarplanering ses över.", "DELVIS", "ja"),
            ("Barn och unga", "Kontroll av att utredningar barn och unga avslutas inom 4 månader", "Uttag ur verksamhetssystemet", R, "Ej genomförd",
             "Granskning har inte gjorts, planeras till 2026.", "", "EJ_GENOMFORD", "nej"),
            ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet", "Månadsvis loggkontroll", G, None,
             "Loggkontroll gjord varje månad. En otillbörlig åtkomst upptäcktes och hanterades enligt rutin.", "Ärendet anmält till IMY.", "GENOMFORD", "ja"),
            ("Uppdragstagare", "Kontroll av att familjehem har aktuellt utdrag ur belastningsregistret", "Genomgång av akter", Y, "Genomförd",
             "Kontroll gjord för 40 av 52 familjehem, resterande gås igenom i januari. Tre saknade aktuellt utdrag, nya utdrag har begärts in.",
             "", "DELVIS", "ja"),
        ]),
        ("Område: Personal och arbetsmiljö", [
            ("Hot och våld", "Kontroll av att hot- och våldssituationer rapporteras i KIA", "Genomgång av KIA", G, "Genomförd",
             "12 händelser rapporterade, samtliga följda upp av chef.", "", "GENOMFORD", "nej"),
            ("Sekretess", "Uppföljning av att nyanställda handläggare fått introduktion i sekretess (OSL)", "Enkät", None, "Utgår",
             "Ersatt av obligatorisk e-utbildning för alla anställda enligt nämndbeslut 2025-02-19 § 12.", "", "UTGAR", "nej"),
        ]),
    ]
    r = 6
    for gname, ctrls in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for c in ctrls:
            vals = [c[0], c[1], c[2], c[4], c[5], c[6] or None]
            for ci, v in enumerate(vals, 1):
                cell = ws.cell(r, ci, v); cell.border = BOX; cell.alignment = WRAP
            if c[3]:
                ws.cell(r, 4).fill = PatternFill("solid", fgColor=c[3])
            exp(fil, namnd, c[1], c[7], c[8])
            r += 1
    ws.cell(r, 1, "Antal genomförda: 4 av 9").font = Font(bold=True)
    ws.cell(r + 2, 1, "Beslutad av socialnämnden 2026-02-18 § 9")
    for col, w in zip("ABCDEF", [20, 50, 26, 14, 60, 28]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))

# ---------------------------------------------------------------- F6 KFN docx, table continued + nested table
def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def f6():
    fil = "KFN delårsuppföljning IKP 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kultur- och fritidsförvaltningen"
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Kultur- och fritidsnämnden, perioden januari–augusti 2025")
    d.add_paragraph(
        "Förvaltningen har följt upp nämndens internkontrollplan per den 31 augusti. Av nio kontrollmoment är fyra "
        "genomförda. Symbolerna i kolumnen Status förklaras under tabellen.")
    hdr = ["Nr", "Granskningsområde", "Kontrollmoment", "Resultat", "Status"]
    ctrls = [
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalats ut enligt riktlinjer (stickprov 10 föreningar)",
         "Samtliga 10 föreningar hade fått bidrag enligt riktlinjerna.", "●", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontroll av dagskassor i simhallen och på biblioteken", "NESTED", "◐", "DELVIS", "ja"),
        ("Uthyrning av lokaler", "Kontroll av att bokningar i bokningssystemet faktureras",
         "Ej påbörjad. Nytt bokningssystem införs i september och kontrollen görs därefter.", "○", "EJ_GENOMFORD", "nej"),
        ("Inventarier", "Inventering av konstsamlingen (stickprov 50 verk)",
         "48 av 50 verk lokaliserade. Två verk saknas, polisanmälan är gjord.", "●", "GENOMFORD", "ja"),
        ("Arbetsmiljö och säkerhet", "Kontroll av att riskbedömning görs inför evenemang med fler än 500 besökare",
         "Riskbedömning gjord inför Alvesundsfestivalen och Kulturnatten.", "●", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av avtalstrohet vid inköp av scenteknik", "Redovisas i helårsuppföljningen.", "", "SAKNAS", "nej"),
        ("Personuppgifter", "Kontroll av att samtycke finns för bilder på barn i sociala medier",
         "Genomgång av 40 inlägg: 3 bilder saknade dokumenterat samtycke och har avpublicerats.", "●", "GENOMFORD", "ja"),
        ("Fritidsgårdar", "Kontroll av att registerkontroll görs vid anställning på fritidsgårdar",
         "Pågår, 14 av 22 anställda kontrollerade.", "◐", "DELVIS", "nej"),
        ("Bidrag", "Kontroll av att lovbidrag redovisats av mottagande föreningar",
         "Ej aktuellt i år – statsbidraget för sommarlovsaktiviteter upphörde 2025.", "–", "UTGAR", "nej"),
    ]
    def new_table():
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
        set_repeat_header(t.rows[0])
        return t
    t = new_table()
    for i, c in enumerate(ctrls, 1):
        if i == 6:
            p = d.add_paragraph("Tabellen fortsätter på nästa sida.")
            p.runs[0].italic = True
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            d.add_paragraph("Forts. kontrollmoment 6–9")
            t = new_table()
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = c[0]; cells[2].text = c[1]; cells[4].text = c[3]
        if c[2] == "NESTED":
            cells[3].text = "Kontantkontroll gjord vid oanmälda besök:"
            nt = cells[3].add_table(rows=4, cols=3); nt.style = "Table Grid"
            data = [("Anläggning", "Kontrollerad", "Differens"), ("Alvesundsbadet", "Ja", "0 kr"),
                    ("Stadsbiblioteket", "Ja", "120 kr"), ("Filial Västra", "Nej", "–")]
            for ri, rowd in enumerate(data):
                for ci, v in enumerate(rowd):
                    nt.rows[ri].cells[ci].text = v
            cells[3].add_paragraph("Differensen på Stadsbiblioteket är utredd. Filial Västra kontrolleras i september.")
        else:
            cells[3].text = c[2]
        exp(fil, namnd, c[1], c[4], c[5])
    d.add_paragraph("")
    d.add_paragraph("● = Genomförd    ◐ = Påbörjad/delvis genomförd    ○ = Ej påbörjad    – = Utgår")
    d.add_paragraph("Kultur- och fritidsförvaltningen, 2025-09-20")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "DELAR"))

# ---------------------------------------------------------------- F7 MHN ods, merged rows
def f7():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell, CoveredTableCell, TableColumn
    from odf.text import P
    from odf.style import Style, TableColumnProperties, TextProperties
    fil = "Miljö IK-uppföljning 2025.ods"
    namnd = "Miljö- och hälsoskyddsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fet", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wide = Style(name="bred", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="7cm"))
    doc.automaticstyles.addElement(wide)

    def cell(v, rows=1, style=None):
        kw = {"valuetype": "string"}
        if rows > 1: kw["numberrowsspanned"] = rows
        if style: kw["stylename"] = style
        c = TableCell(**kw)
        if v is not None: c.addElement(P(text=v))
        return c if v is not None or rows > 1 or style else TableCell()

    def row(cells):
        r = TableRow()
        for c in cells: r.addElement(c)
        return r

    # sheet 1: instruction
    ins = Table(name="Instruktion")
    for line in ["Instruktion för uppföljning av intern kontroll",
                 "Fyll i kolumnen Utförd (J/N) med J om kontrollen är utförd och N om den inte är utförd.",
                 "Skriv Delvis om kontrollen bara är delvis utförd. Kommentera alltid resultatet.",
                 "Bladet lämnas till nämndsekreteraren senast 20 januari."]:
        ins.addElement(row([cell(line)]))
    doc.spreadsheet.addElement(ins)

    t = Table(name="Helår 2025")
    for w in range(4):
        t.addElement(TableColumn(stylename=wide))
    t.addElement(row([cell("Miljö- och hälsoskyddsnämnden – uppföljning av internkontrollplan, helår 2025", style=bold)]))
    t.addElement(row([cell(None)]))
    t.addElement(row([cell(h, style=bold) for h in ["Granskningsområde", "Vad kontrolleras", "Utförd (J/N)", "Kommentar"]]))
    C = CoveredTableCell
    # group Livsmedelskontroll
    t.addElement(row([cell("Livsmedelskontroll", style=bold)]))
    c1 = "Kontroll av att samtliga livsmedelsanläggningar i riskklass 1–3 har fått planerad kontroll under året enligt kontrollplanen"
    t.addElement(row([cell("Planerad kontroll", 3), cell(c1, 3), cell("J", 3), cell("212 anläggningar planerade.")]))
    t.addElement(row([C(), C(), C(), cell("198 kontrollerade (93 %).")]))
    t.addElement(row([C(), C(), C(), cell("14 flyttas till 2026 p.g.a. sjukskrivning.")]))
    exp(fil, namnd, c1, "GENOMFORD", "ja")
    c2 = "Kontroll av att avgift tas ut enligt taxa vid extra offentlig kontroll"
    t.addElement(row([cell("Avgifter"), cell(c2), cell("N"), cell("Ej utförd, rutinen revideras under våren 2026.")]))
    exp(fil, namnd, c2, "EJ_GENOMFORD", "nej")
    # group Miljötillsyn
    t.addElement(row([cell("Miljötillsyn", style=bold)]))
    c3 = "Kontroll av att klagomålsärenden kvitteras till klaganden inom 5 arbetsdagar"
    t.addElement(row([cell("Klagomål", 2), cell(c3, 2), cell("Delvis", 2), cell("Stickprov 20 ärenden.")]))
    t.addElement(row([C(), C(), C(), cell("15 av 20 kvitterade inom 5 dagar, resterande inom 9 dagar.")]))
    exp(fil, namnd, c3, "DELVIS", "ja")
    c4 = "Kontroll av att förelägganden med vite följs upp"
    t.addElement(row([cell("Förelägganden"), cell(c4), cell("J"), cell("Samtliga 6 förelägganden uppföljda.")]))
    exp(fil, namnd, c4, "GENOMFORD", "nej")
    # control text split over two unmerged rows
    t.addElement(row([cell("Enskilda avlopp"), cell("Kontroll av att inventering av enskilda avlopp"), cell(None), cell(None)]))
    t.addElement(row([cell(None), cell("sker enligt plan för område Norra Alvesund"), cell("N"),
                      cell("Inventeringen pausad, livsmedelskontrollen prioriterades.")]))
    exp(fil, namnd, "Kontroll av att inventering av enskilda avlopp sker enligt plan för område Norra Alvesund", "EJ_GENOMFORD", "nej")
    # group Administration
    t.addElement(row([cell("Administration", style=bold)]))
    c6 = "Kontroll av att delegationsbeslut anmäls till nämnden"
    t.addElement(row([cell("Delegation"), cell(c6), cell("J"), cell(None)]))
    exp(fil, namnd, c6, "GENOMFORD", "nej")
    c7 = "Kontroll av att ärenden i diariet avslutas när de är färdighandlagda"
    t.addElement(row([cell("Diarium"), cell(c7), cell(None), cell("Ej aktuell 2025 – ersätts av e-arkivprojektet enligt nämndbeslut.")]))
    exp(fil, namnd, c7, "UTGAR", "nej")
    c8 = "Stickprov av tidrapportering i tillsynsärenden med timavgift"
    t.addElement(row([cell("Timavgift"), cell(c8), cell("J"), cell("Genomförd med anmärkning: 3 av 15 ärenden saknade tidrapport.")]))
    exp(fil, namnd, c8, "GENOMFORD", "ja")
    t.addElement(row([cell(None)]))
    t.addElement(row([cell("Sammanställt av miljöchef Erik Sandberg 2026-01-19")]))
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))

# ---------------------------------------------------------------- F8 AIN free text odt
def f8():
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    fil = "Redovisning intern kontroll AIN 2025.odt"
    namnd = "Arbetsmarknads- och integrationsnämnden"
    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Redovisning av intern kontroll 2025"))
    doc.text.addElement(P(text="Arbetsmarknads- och integrationsnämnden – helårsuppföljning"))
    doc.text.addElement(P(text=(
        "Nämnden beslutade i februari 2025 om sju kontroller. Här redovisas vad som har gjorts under året. "
        "Någon sammanfattande bedömning per kontroll görs inte, utan resultatet framgår av texten.")))
    items = [
        ("Lönebidrag", "Kontroll av att utbetalda lönebidrag motsvarar beslut och lönespecifikation",
         "Stickprov på 15 ärenden har gjorts. I ett ärende hade lönebidrag betalats ut för en månad efter att anställningen upphört. Återkrav har skickats till arbetsgivaren.",
         "GENOMFORD", "ja"),
        ("Handlingsplaner", "Kontroll av att deltagare i arbetsmarknadsinsatser har aktuell handlingsplan",
         "Granskningen påbörjades i oktober men hann inte slutföras före årsskiftet. Hittills har 30 av 80 akter gåtts igenom och i 3 av dessa saknades handlingsplan.",
         "DELVIS", "ja"),
        ("Feriearbete", "Kontroll av närvarorapportering för feriearbetande ungdomar",
         "Kontrollen är genomförd. Närvarorapporterna stämde med utbetald lön för samtliga 120 ungdomar.",
         "GENOMFORD", "nej"),
        ("SFI", "Kontroll av att SFI-elevers frånvaro rapporteras till CSN",
         "Ansvaret för SFI flyttades till Gymnasie- och vuxenutbildningsnämnden den 1 juli 2025. Kontrollen är därför inte längre aktuell för nämnden och har strukits ur planen.",
         "UTGAR", "nej"),
        ("Statsbidrag", "Kontroll av att statsbidrag för extratjänster rekvireras",
         "Se bilaga 1.", "OKLAR", "nej"),
        ("Inköp", "Kontroll av att inköp sker från avtalade leverantörer",
         "Någon kontroll har inte gjorts under 2025. Frågan tas upp i ledningsgruppen i januari 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Schablonersättning", "Kontroll av att schablonersättning för nyanlända redovisas korrekt",
         "Arbetet pågår tillsammans med ekonomienheten och slutförs i samband med bokslutet.",
         "DELVIS", "nej"),
    ]
    for i, (rub, ctrl, res, st, av) in enumerate(items, 1):
        doc.text.addElement(H(outlinelevel=2, text=f"{i}. {rub}"))
        doc.text.addElement(P(text=f"Vad har kontrollerats: {ctrl}."))
        doc.text.addElement(P(text=res))
        exp(fil, namnd, ctrl, st, av)
    doc.text.addElement(P(text="Alvesund den 22 januari 2026"))
    doc.text.addElement(P(text="Anna Persson, förvaltningschef Arbetsmarknadsförvaltningen"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))

# ---------------------------------------------------------------- F9 ÖFN xls with X tick columns
def f9():
    fil = "ÖFN IK 2025 helår.xls"
    namnd = "Överförmyndarnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Internkontroll 2025 – uppföljning helår"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(3, c, h); cell.font = Font(bold=True); cell.border = BOX
    rows = [
        ("Granskning av årsräkningar – stickprov av 20 verifikationer", "X", "", "",
         "Två ställföreträdare har fått anmärkning för saknade kvitton.", "GENOMFORD", "ja"),
        ("Kontroll av att nya ställföreträdare har lämplighetsprövats (belastningsregister, kreditupplysning)", "X", "", "",
         "", "GENOMFORD", "nej"),
        ("Kontroll av att förteckningar inkommit inom 2 månader", "", "X", "",
         "Påminnelser skickade i 11 ärenden, 4 förteckningar saknas fortfarande.", "DELVIS", "ja"),
        ("Kontroll av att arvodesbeslut fattas inom 3 månader efter inkommen årsräkning", "", "", "X",
         "Hann inte göras p.g.a. hög ärendebelastning.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av uttagsspärr på konton för omyndiga", "", "x", "",
         "Kontrollerat hos två av tre banker, svar från den tredje saknas.", "DELVIS", "nej"),
        ("Kontroll av att god man för ensamkommande barn entledigas vid 18 års ålder", "", "", "",
         "Ej aktuellt 2025, inga ärenden.", "UTGAR", "nej"),
    ]
    r = 4
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            cell = ws.cell(r, c, v or None); cell.border = BOX; cell.alignment = WRAP
        exp(fil, namnd, row[0], row[5], row[6])
        r += 1
    ws.cell(r + 1, 1, "Markera med X i rätt kolumn.")
    for col, w in zip("ABCDE", [60, 11, 9, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Överförmyndarnämnden"
    ws.oddFooter.right.text = "Sida &P"
    tmp = os.path.join(BUILD, "ofn.xlsx"); wb.save(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", BUILD, tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(BUILD, "ofn.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))

# ---------------------------------------------------------------- F10 GVN: PNG screenshot renamed .xlsx
def f10():
    """A screenshot of a sheet (PNG) saved with an .xlsx name."""
    from PIL import Image, ImageDraw, ImageFont
    fil = "GVN uppföljning internkontroll helår 2025.xlsx"
    namnd = "Gymnasie- och vuxenutbildningsnämnden"
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 15)
    img = Image.new("RGB", (980, 260), "white"); dr = ImageDraw.Draw(img)
    dr.text((10, 10), "Gymnasie- och vuxenutbildningsnämnden – uppföljning internkontroll helår 2025", font=bold, fill="black")
    cols = [10, 470, 600, 970]
    rows = [("Kontrollmoment", "Status", "Kommentar"),
            ("Kontroll av att betyg rapporteras i rätt tid", "Genomförd", "Inga avvikelser"),
            ("Kontroll av frånvarorapportering till CSN", "Pågående", "Klart feb 2026"),
            ("Stickprov av 20 fakturor – attest", "Genomförd", "1 faktura utan attest")]
    y = 50
    for i, r in enumerate(rows):
        if i == 0:
            dr.rectangle([cols[0], y, cols[-1], y + 30], fill="#D9E1F2")
        for j, v in enumerate(r):
            dr.text((cols[j] + 5, y + 7), v, font=bold if i == 0 else font, fill="black")
        for x in cols:
            dr.line([x, y, x, y + 30], fill="gray")
        dr.line([cols[0], y, cols[-1], y], fill="gray")
        y += 30
    dr.line([cols[0], y, cols[-1], y], fill="gray")
    img.save(os.path.join(OUT, fil), format="PNG")
    FILES.append((fil, "AVVISAD", namnd, YEAR, "HELAR"))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|Kommunledningsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö"),
    ("Arbetsmarknads- och integrationsnämnden", "AIN|Arbetsmarknadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

def main():
    for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
        f()
    def w(name, hdr, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(";".join(hdr) + "\n")
            for r in rows:
                assert all(";" not in x for x in r), r
                fh.write(";".join(r) + "\n")
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    shutil.rmtree(BUILD, ignore_errors=True)
    print(len(FILES), "file lines,", len(EXPECTED), "expected controls")

if __name__ == "__main__":
    main()
