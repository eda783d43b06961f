#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r546 - Lysekils kommun, tertial 2 (T2) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py   (from any directory; files land next to this script)
"""
import csv
import datetime
import io
import os
import shutil
import struct
import subprocess
import tempfile
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round546"
FIXED_DT = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningen"),
    ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|Barn och utbildning"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Bygg- och miljöavdelningen"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Gemensamma överförmyndarnämnden"),
    ("Lysekils Hamn AB", "Hamnbolaget|Lysekils Hamn|Hamnen"),
    ("LEVA i Lysekil AB", "LEVA|Lysekils Energi|LEVA AB"),
    ("Lysekilsbostäder AB", "LBo|Lysekilsbostäder|Bostadsbolaget"),
    ("Räddningstjänstförbundet Mitt Bohuslän", "RMB|Räddningstjänsten Mitt Bohuslän|Räddningstjänstförbundet"),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ===========================================================================
# F1  Kommunstyrelsen - xlsx, numeric codes 1/2/3 (legend below), T1 + T2 columns
# ===========================================================================
def build_ks():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "KS_uppfoljning_internkontroll_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Controller KSF"
    ws = wb.active
    ws.title = "IKP 2025 T2"

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Lysekils kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Tertial 2 (januari–augusti) 2025"
    ws["A4"] = "Upprättad av: controller, kommunstyrelseförvaltningen   Datum: 2025-09-12"
    ws["A4"].font = Font(italic=True)

    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Antal granskade / antal avvikelser", "Status T1", "Status T2", "Kommentar T2"]
    HR = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = box

    # (group heading) or (nr, process, risk, km, metod, ansvarig, frekvens, sample, t1, t2, kommentar, status, avv)
    rows = [
        ("G", "Ekonomiadministration"),
        ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar, oegentligheter",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 10 fakturor/månad mot attestlista", "Redovisningsansvarig", "Månadsvis",
         "40 / 2", 1, 1,
         "Två fakturor attesterade av person utan attesträtt i Raindance. Attestlistan uppdaterad i juni.",
         "GENOMFORD", "ja"),
        ("1.2", "Representation", "Förtroendeskada",
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov på konto 7610–7630", "Controller", "Tertialvis",
         "25 / 0", 2, 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Bokslut", "Felaktig redovisning i delårsrapport",
         "Avstämning av balanskonton inför delårsbokslut",
         "Genomgång av avstämningsmallar", "Ekonomichef", "Tertialvis",
         "–", 1, 2,
         "Avstämning av kundfordringar och förutbetalda kostnader pågår, klart till delårsrapporten 2025-09-30.",
         "DELVIS", ""),
        ("G", "Personal och lön"),
        ("2.1", "Anställning", "Lön utbetalas utan giltigt avtal",
         "Kontroll av att anställningsavtal finns registrerade i personalsystemet innan första lön betalas ut",
         "Stickprov nyanställda jan–aug", "HR-chef", "Årligen",
         "30 / 1", None, 1,
         "En timanställning registrerad efter löneutbetalning. Rutinen har kommunicerats till cheferna.",
         "GENOMFORD", "ja"),
        ("2.2", "Lön", "Felaktig ersättning",
         "Uppföljning av att övertid och mertid attesteras av närmaste chef",
         "Rapport ur Heroma, stickprov 20 poster", "Lönechef", "Årligen",
         "", None, 3,
         "Ej genomförd p.g.a. vakans på HR-avdelningen. Genomförs under oktober.",
         "EJ_GENOMFORD", ""),
        ("G", "Upphandling och inköp"),
        ("3.1", "Inköp", "Brott mot LOU",
         "Köp utanför ramavtal – stickprov på inköp över 100 000 kr mot upphandlingsregister",
         "Leverantörsreskontra mot avtalsdatabas", "Upphandlingschef", "Tertialvis",
         "15 / 3", None, 1,
         "Tre inköp av konsulttjänster saknade upphandling (direktupphandling utan dokumentation). "
         "Återrapporteras till KS i oktober.",
         "GENOMFORD", "ja"),
        ("3.2", "Direktupphandling", "Bristande dokumentation",
         "Dokumentation av direktupphandlingar över 100 000 kr enligt riktlinjen",
         "Genomgång av diariet", "Upphandlingschef", "Halvår",
         "", 2, None, "", "DELVIS", ""),
        ("G", "Informationssäkerhet"),
        ("4.1", "Behörigheter", "Obehörig åtkomst",
         "Behörighetskontroll i ekonomisystemet – borttag av behörigheter för avslutade anställningar",
         "Avslutade anställningar mot behörighetslista", "IT-chef", "Tertialvis",
         "12 / 0", 1, 1, "Samtliga behörigheter borttagna i tid.", "GENOMFORD", "nej"),
        ("4.2", "Kontinuitet", "Dataförlust",
         "Test av återläsning av säkerhetskopior för verksamhetssystem",
         "Återläsningstest i testmiljö", "IT-chef", "Årligen",
         "", None, None, "", "SAKNAS", ""),
        ("G", "Ledning och styrning"),
        ("5.1", "Verkställighet", "Beslut verkställs inte",
         "Uppföljning av att politiska beslut verkställs inom beslutad tid",
         "Genomgång av beslutslogg", "Kanslichef", "Halvår",
         "", None, None,
         "Utgår – kontrollen ersätts av redovisning av ärendebalans enligt beslut KS 2025-04-23 § 71.",
         "UTGAR", ""),
        ("5.2", "Diarieföring", "Handlingar hanteras inte enligt OSL",
         "Diarieföring av inkommande handlingar till kommunstyrelsen inom fem arbetsdagar",
         "Stickprov i W3D3", "Registrator", "Tertialvis",
         "50 / 4", 1, 2,
         "Kontrollen genomförd för maj–juni; juli–augusti återstår. Fyra handlingar diarieförda efter mer än fem dagar.",
         "DELVIS", "ja"),
    ]
    r = HR + 1
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            r += 1
            continue
        nr, proc, risk, km, met, ans, frek, samp, t1, t2, kom, st, avv = row
        vals = [nr, proc, risk, km, met, ans, frek, samp, t1, t2, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.alignment = wrap
            cell.border = box
            if c in (9, 10):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, st, avv)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="Statuskoder:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="1 = Genomförd")
    ws.cell(row=r + 1, column=2, value="2 = Påbörjad / delvis genomförd")
    ws.cell(row=r + 2, column=2, value="3 = Ej genomförd")
    ws.cell(row=r + 4, column=1, value="Lysekil 2025-09-12")
    ws.cell(row=r + 5, column=1, value="Kommundirektör")

    widths = [6, 18, 22, 45, 28, 18, 12, 16, 9, 9, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# F2  Utbildningsnämnden - docx, two tables (one per verksamhetsområde), X ticks
# ===========================================================================
def build_un():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    fil = "Utbildningsnämnden IKP uppföljning T2 2025.docx"
    namnd = "Utbildningsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = "Utbildningsförvaltningen"
    d.core_properties.title = "Uppföljning internkontrollplan T2 2025"

    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Utbildningsnämnden, Lysekils kommun")
    p = d.add_paragraph()
    p.add_run("Uppföljningsperiod: ").bold = True
    p.add_run("2025-01-01 – 2025-08-31")
    d.add_paragraph(
        "Utbildningsnämnden antog internkontrollplanen för 2025 den 2024-12-11 (§ 112). Nedan redovisas "
        "resultatet av kontrollerna per verksamhetsområde. Markera med X i den kolumn som stämmer för "
        "kontrollens status vid periodens slut och beskriv resultatet i kommentarsfältet. Avvikelser ska "
        "alltid kommenteras.")

    hdr = ["Kontrollmoment", "Kontrollmetod / stickprov", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]

    def table(title, rows):
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell = t.rows[0].cells[i]
            cell.text = ""
            cell.paragraphs[0].add_run(h).bold = True
        for km, metod, ticks, kom, st, avv in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            for j, key in enumerate(("G", "D", "E")):
                cells[2 + j].text = "X" if key in ticks else ""
                cells[2 + j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[5].text = kom
            exp(fil, namnd, km, st, avv)
        d.add_paragraph()

    table("Verksamhetsområde: Förskola och grundskola", [
        ("Rutin för anmälan till huvudman vid kränkande behandling följs (skollagen 6 kap. 10 §)",
         "Stickprov 20 anmälningar", "G",
         "Samtliga 20 anmälningar har anmälts till huvudman inom fem dagar.", "GENOMFORD", "nej"),
        ("Frånvarorapportering och uppföljning av hög frånvaro i grundskolan",
         "Genomgång per skolenhet", "D",
         "Genomfört på Kronbergsskolan och Mariedalsskolan, återstår Skaftö skola.", "DELVIS", ""),
        ("Kontroll av att registerutdrag från belastningsregistret uppvisats vid nyanställning",
         "Samtliga nyanställda jan–aug", "G",
         "18 granskade, 1 avvikelse: registerutdrag saknades för en vikarie. Åtgärdat i juni.",
         "GENOMFORD", "ja"),
        ("Avgiftsdebitering i förskolan stämmer med inkomstuppgift och vistelsetid",
         "Stickprov 30 hushåll", "GD",
         "Stickprov 30 hushåll.", "OKLAR", ""),
        ("Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "",
         "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
    ])
    table("Verksamhetsområde: Gymnasium och vuxenutbildning", [
        ("Interkommunala ersättningar faktureras enligt gällande prislista",
         "Samtliga fakturor vt 2025", "G",
         "Samtliga 42 fakturor kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Betygskataloger arkiveras enligt dokumenthanteringsplanen",
         "Kontroll i arkivet", "E",
         "Flyttas till tertial 3 på grund av byte av arkivsystem.", "EJ_GENOMFORD", ""),
        ("Kontroll av närvaro som underlag för CSN-rapportering",
         "Stickprov 25 elever per termin", "D",
         "Vårterminen kontrollerad: 25 elever, 2 felaktiga rapporteringar. Höstterminen återstår.",
         "DELVIS", "ja"),
        ("Inköp av läromedel sker från avtalade leverantörer",
         "Stickprov 15 inköp", "G",
         "Ett av 15 inköp gjort från leverantör utan avtal.", "GENOMFORD", "ja"),
        ("Systematiskt arbetsmiljöarbete – skyddsronder genomförda enligt plan",
         "Protokoll från skyddsronder", "",
         "Utgår 2025 – ersatt av förvaltningsövergripande kontroll av arbetsmiljöarbetet.", "UTGAR", ""),
    ])

    d.add_paragraph("Lysekil 2025-09-10")
    d.add_paragraph("Förvaltningschef, utbildningsförvaltningen")
    for para in d.paragraphs:
        for run in para.runs:
            run.font.size = run.font.size or Pt(11)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# F3  Socialnämnden - .xls (xlwt), codes 0-3 with legend on top, sample column, totals row
# ===========================================================================
def build_sn():
    import xlwt

    fil = "SN_internkontroll_2025_T2.xls"
    namnd = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                        "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    centre = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    grp = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: vert top")

    ws.write(0, 0, "Socialnämnden – Internkontrollplan 2025", title)
    ws.write(1, 0, "Uppföljning per 2025-08-31 (tertial 2)", bold)
    ws.write(2, 0, "Status:", bold)
    ws.write(2, 1, "0 = Ej påbörjad     1 = Påbörjad     2 = Delvis genomförd     3 = Genomförd")

    hdr = ["Område", "Kontrollmoment", "Metod", "Stickprov (antal granskade / antal avvikelser)",
           "Status", "Resultat och kommentar", "Åtgärd", "Ansvarig"]
    HR = 4
    for c, h in enumerate(hdr):
        ws.write(HR, c, h, hdrst)

    groups = [
        ("Individ- och familjeomsorg", [
            ("Utredningstid barnavårdsutredningar inom fyra månader (SoL 11 kap. 2 §)",
             "Stickprov i Treserva", "30 / 4", 3,
             "Fyra utredningar överskred fyra månader utan beslut om förlängning.",
             "Veckovis bevakning av utredningstider införd.", "Enhetschef IFO", "GENOMFORD", "ja"),
            ("Beslut om placering fattas enligt delegationsordningen",
             "Stickprov beslut jan–aug", "20 / 0", 3, "Inga avvikelser.", "", "Enhetschef IFO",
             "GENOMFORD", "nej"),
            ("Uppföljning av köpta platser (HVB/familjehem) mot avtal och faktura",
             "Fakturagranskning", "", 1,
             "Arbetet har påbörjats, fakturagranskning januari–april klar.", "", "Verksamhetschef IFO",
             "DELVIS", ""),
        ]),
        ("Äldreomsorg", [
            ("Genomförandeplaner upprättade inom 14 dagar efter verkställt beslut",
             "Stickprov per enhet", "25 / 6", 2,
             "Vårdboende granskat, hemtjänsten granskas i oktober. Sex planer upprättades för sent.",
             "Påminnelse till samordnare.", "Verksamhetschef ÄO", "DELVIS", "ja"),
            ("Avgiftsberäkning inom äldreomsorgen – kontroll av inkomstuppgifter och maxtaxa",
             "Stickprov avgiftsbeslut", "40 / 1", 3,
             "En felaktig avgift, korrigerad och återbetald.", "", "Avgiftshandläggare",
             "GENOMFORD", "ja"),
            ("Läkemedelshantering – avvikelserapportering enligt rutin",
             "Genomgång av avvikelser i MedControl", "", 0,
             "Ej påbörjad. MAS granskning planeras till november.", "", "MAS", "EJ_GENOMFORD", ""),
        ]),
        ("Funktionsstöd (LSS)", [
            ("Kontroll av att beslut om insatser enligt LSS verkställs inom tre månader",
             "Rapport ej verkställda beslut", "12 / 0", 3, "Samtliga beslut verkställda inom tre månader.",
             "", "Verksamhetschef FS", "GENOMFORD", "nej"),
            ("Hantering av brukares privata medel på gruppbostad",
             "Kassagranskning", "", None,
             "Utgår enligt beslut SN 2025-05-21 § 48, ersätts av extern granskning.", "",
             "Verksamhetschef FS", "UTGAR", ""),
        ]),
        ("Förvaltningsgemensamt", [
            ("Kontroll av att sekretessbelagda handlingar skickas med säker e-post",
             "Stickprov utgående post", "", None, "", "", "Nämndsekreterare", "SAKNAS", ""),
            ("Lönerapportering timanställda – attest av tidrapporter i Heroma",
             "Stickprov 35 tidrapporter", "35 / 0", 3, "Inga avvikelser.", "", "Ekonom",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = HR + 1
    n = 0
    n_done = 0
    for gname, items in groups:
        first = True
        for km, met, samp, code, kom, atg, ans, st, avv in items:
            ws.write(r, 0, gname if first else "", grp)
            first = False
            ws.write(r, 1, km, cellst)
            ws.write(r, 2, met, cellst)
            ws.write(r, 3, samp, centre)
            if code is None:
                ws.write(r, 4, "", centre)
            else:
                ws.write(r, 4, code, centre)
            ws.write(r, 5, kom, cellst)
            ws.write(r, 6, atg, cellst)
            ws.write(r, 7, ans, cellst)
            exp(fil, namnd, km, st, avv)
            n += 1
            if code == 3:
                n_done += 1
            r += 1
    ws.write(r, 0, "Summa", bold)
    ws.write(r, 1, "Antal kontrollmoment: %d, varav genomförda (status 3): %d" % (n, n_done), bold)
    ws.write(r + 2, 0, "Sammanställt av: förvaltningsekonom, socialförvaltningen 2025-09-11")

    for c, w in enumerate([24, 50, 26, 18, 8, 50, 30, 20]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# F4  Stratsys export - CSV Windows-1252, two nämnder, long format T1/T2 rows
# ===========================================================================
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-15.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
           "Kommentar", "Ansvarig", "Senast ändrad"]
    # controls: (org, register name, process, km, metod, ansvarig, [(period, status, comment, date)], exp status, avv)
    SBF = "Samhällsbyggnadsförvaltningen"
    MBN = "Miljö- och byggnadsnämnden"
    controls = [
        (SBF, "Samhällsbyggnadsnämnden", "Intäkter",
         "Debitering av markupplåtelser och torghandel enligt taxa",
         "Stickprov upplåtelser mot faktura", "Gatuchef",
         [("2025 T1", "Pågående", "Stickprov januari–april påbörjat.", "2025-05-08"),
          ("2025 T2", "Genomförd", "50 granskade, 2 avvikelser (fel taxa för uteservering). Korrigerat och "
                                   "kreditfakturor skickade.", "2025-09-10")],
         "GENOMFORD", "ja"),
        (SBF, "Samhällsbyggnadsnämnden", "Fastighetsunderhåll",
         "Kontroll av att arbetsorder i fastighetsunderhållet attesteras innan fakturering",
         "Stickprov arbetsorder", "Fastighetschef",
         [("2025 T1", "Ej påbörjad", "", "2025-05-08"),
          ("2025 T2", "Pågående", "Underlag sammanställs, resultat redovisas i T3.", "2025-09-09")],
         "DELVIS", ""),
        (SBF, "Samhällsbyggnadsnämnden", "Upphandling",
         "Uppföljning av ramavtal för vinterväghållning",
         "Avtalsuppföljning med entreprenör", "Gatuchef",
         [("2025 T1", "Genomförd", "Avtalsuppföljning genomförd i mars. Inga avvikelser.", "2025-04-02"),
          ("2025 T2", "", "", "")],
         "GENOMFORD", "nej"),
        (SBF, "Samhällsbyggnadsnämnden", "Lokalförsörjning",
         "Hyresavtal för kommunens lokaler är uppdaterade och registrerade i fastighetssystemet",
         "Genomgång av avtalsregister", "Lokalstrateg",
         [("2025 T2", "Ej påbörjad", "Skjuts till 2026 på grund av personalbrist.", "2025-09-12")],
         "EJ_GENOMFORD", ""),
        (SBF, "Samhällsbyggnadsnämnden", "Säkerhet",
         "Tillsyn av lekplatser enligt SS-EN 1176",
         "Besiktningsprotokoll", "Parkchef",
         [("2025 T2", "Genomförd", "Samtliga 14 lekplatser besiktigade; två brister (lösa fallskyddsplattor).\r\n"
                                   "Bristerna åtgärdade i juli.", "2025-08-29")],
         "GENOMFORD", "ja"),
        (SBF, "Samhällsbyggnadsnämnden", "Bidrag",
         "Kontroll av bidrag till enskilda vägar mot gällande beslut",
         "Utbetalningslista mot beslut", "Trafikingenjör",
         [("2025 T1", "Ej påbörjad", "", "2025-05-08"),
          ("2025 T2", "Ej aktuell", "Avbruten genom beslut SBN 2025-06-12 § 88.", "2025-06-13")],
         "UTGAR", ""),
        (MBN, "Miljö- och byggnadsnämnden", "Bygglov",
         "Handläggningstid bygglov inom tio veckor enligt PBL",
         "Stickprov ärenden i Castor", "Bygglovschef",
         [("2025 T1", "Genomförd", "40 granskade / 3 avvikelser.", "2025-05-06"),
          ("2025 T2", "Genomförd", "Stickprov 45 ärenden, 3 överskred tidsfristen; avgiften reducerad "
                                   "enligt PBL 12 kap. 8 a §.", "2025-09-04")],
         "GENOMFORD", "ja"),
        (MBN, "Miljö- och byggnadsnämnden", "Tillsyn",
         "Debitering av tillsynsavgifter inom miljö och livsmedel enligt taxa",
         "Fakturor mot tillsynsplan", "Miljöchef",
         [("2025 T2", "Pågående", "Livsmedel klar utan avvikelser, miljö återstår.", "2025-09-05")],
         "DELVIS", "nej"),
        (MBN, "Miljö- och byggnadsnämnden", "Rättssäker handläggning",
         "Jäv – kontroll av att handläggare inte handlägger ärenden där jäv föreligger",
         "Genomgång av jävsdeklarationer", "Förvaltningschef",
         [("2025 T2", "Genomförd", "Inga avvikelser.", "2025-09-05")],
         "GENOMFORD", "nej"),
        (MBN, "Miljö- och byggnadsnämnden", "Rättssäker handläggning",
         "Delegationsbeslut anmäls till nämnden",
         "Delegationslista mot protokoll", "Nämndsekreterare",
         [("2025 T1", "Genomförd", "Samtliga anmälda.", "2025-04-28"),
          ("2025 T2", "Genomförd", "Samtliga beslut anmälda.", "2025-09-01")],
         "GENOMFORD", "nej"),
        (MBN, "Miljö- och byggnadsnämnden", "Ärendehantering",
         "Registrering av inkomna klagomål i ärendesystemet Ecos",
         "Stickprov inkomna klagomål", "Miljöchef",
         [("2025 T2", "", "Se bilaga", "2025-09-05")],
         "OKLAR", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for org, reg, proc, km, met, ans, periods, st, avv in controls:
        for per, status, kom, datum in periods:
            w.writerow([org, proc, km, met, per, status, kom, ans, datum])
        exp(fil, reg, km, st, avv)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "T2"))


# ===========================================================================
# F5  Lysekils Hamn AB - xlsx, symbols with legend beside table, name only in print header/file name
# ===========================================================================
def build_hamn():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "Hamnbolaget IK uppföljning T2 2025.xlsx"
    namnd = "Lysekils Hamn AB"
    wb = Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Ekonomi hamnen"
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.left.text = "Lysekils Hamn AB"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "Intern kontroll 2025"
    ws.oddFooter.right.text = "Utskrivet &D"
    ws.page_setup.orientation = "landscape"

    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {"●": "C6EFCE", "◐": "FFEB9C", "○": "FFC7CE", "–": "D9D9D9"}

    ws["A1"] = "Intern kontroll 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avser perioden 2025-01-01 – 2025-08-31. Rapporteras till styrelsen 2025-09-18."

    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig",
           "Antal granskade / antal avvikelser", "Status", "Kommentar"]
    HR = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=HR, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = box
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        ("Intäkter", "Hamnavgifter för fritidsbåtar debiteras enligt fastställd taxa", "Årligen",
         "Ekonomiansvarig", "30 / 1", "●", "En båtplats debiterad med fjolårets taxa, korrigerad.",
         "GENOMFORD", "ja"),
        ("Intäkter", "Avstämning av kassasystem i gästhamnen mot bankinsättningar", "Månadsvis",
         "Hamnkapten", "3 / 0", "●", "Juni–augusti avstämda utan differenser.", "GENOMFORD", "nej"),
        ("Säkerhet", "Kontroll av att ISPS-säkerhetsrutiner i hamnanläggningen följs", "Årligen",
         "Hamnskyddschef", "", "◐", "Övning genomförd i juni, dokumentationsgenomgång återstår.",
         "DELVIS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion", "Tertialvis",
         "VD", "20 / 0", "●", "", "GENOMFORD", "nej"),
        ("Anläggningar", "Underhållsplan för kajer och bryggor följs upp", "Halvår",
         "Driftchef", "", "○", "Ej genomförd, skjuts till T3.", "EJ_GENOMFORD", ""),
        ("Avtal", "Avtal med hyresgäster i hamnens lokaler är aktuella", "Årligen",
         "VD", "", "–", "Lokalerna överförda till kommunen 2025-03-01.", "UTGAR", ""),
        ("Miljö", "Rapportering till styrelsen av avvikelser mot miljötillståndet", "Tertialvis",
         "Driftchef", "", "●", "Inga avvikelser att rapportera under perioden.", "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for omr, km, frek, ans, samp, sym, kom, st, avv in rows:
        vals = [omr, km, frek, ans, samp, sym, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
            cell.border = box
            cell.alignment = wrap
        sc = ws.cell(row=r, column=6)
        sc.alignment = Alignment(horizontal="center", vertical="top")
        sc.font = Font(size=14)
        sc.fill = PatternFill("solid", fgColor=fills[sym])
        exp(fil, namnd, km, st, avv)
        r += 1

    ws["I4"] = "Teckenförklaring"
    ws["I4"].font = Font(bold=True)
    legend = [("●", "Genomförd"), ("◐", "Delvis genomförd / pågår"), ("○", "Ej genomförd"), ("–", "Utgår")]
    for i, (s, t) in enumerate(legend):
        ws.cell(row=5 + i, column=9, value=s).fill = PatternFill("solid", fgColor=fills[s])
        ws.cell(row=5 + i, column=9).alignment = Alignment(horizontal="center")
        ws.cell(row=5 + i, column=10, value=t)

    for col, w in zip("ABCDEFGHIJ", [16, 50, 12, 16, 16, 8, 50, 3, 6, 24]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# F6  LEVA i Lysekil AB - .ods (odfpy), codes 1/2/3 with legend on separate sheet
# ===========================================================================
def build_leva():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    fil = "LEVA_IK-plan_2025_uppf_tertial2.ods"
    namnd = "LEVA i Lysekil AB"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fetstil", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hdrst = Style(name="rubrik", family="table-cell")
    hdrst.addElement(TextProperties(fontweight="bold"))
    hdrst.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #000000",
                                         wrapoption="wrap"))
    doc.automaticstyles.addElement(hdrst)
    body = Style(name="kropp", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(body)
    widths = {}

    def colstyle(w):
        if w not in widths:
            s = Style(name="col%d" % len(widths), family="table-column")
            s.addElement(TableColumnProperties(columnwidth="%.1fcm" % w))
            doc.automaticstyles.addElement(s)
            widths[w] = s
        return widths[w]

    def addrow(table, values, style=None):
        tr = TableRow()
        for v in values:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, stylename=style) if style else \
                    TableCell(valuetype="float", value=v)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=v))
            tr.addElement(tc)
        table.addElement(tr)

    t = Table(name="Uppföljning T2")
    for w in [1.2, 5.5, 2.0, 7.5, 3.5, 3.5, 2.5, 8.0]:
        t.addElement(TableColumn(stylename=colstyle(w)))
    addrow(t, ["LEVA i Lysekil AB"], bold)
    addrow(t, ["Internkontrollplan 2025 – uppföljning tertial 2 (jan–aug)"], bold)
    addrow(t, ["Fastställd av styrelsen 2025-02-20. Bedömning enligt koder på fliken Förklaringar."])
    addrow(t, [])
    addrow(t, ["Nr", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Kontrollansvarig",
               "Antal granskade / antal avvikelser", "Bedömning", "Kommentar"], hdrst)
    rows = [
        (1, "Felaktig debitering av nätkunder", 12,
         "Elnätsavgifter debiteras enligt gällande nättariff", "Ekonomichef", "50 / 0", 1, "",
         "GENOMFORD", "nej"),
        (2, "Felaktiga mätvärden", 9,
         "Kontroll av mätvärden och avräkning mot elhandlare", "Nätchef", "100 / 3", 2,
         "Tre mätare med felaktig avläsning, rättade i september.", "GENOMFORD", "ja"),
        (3, "Obehörig åtkomst till styrsystem", 16,
         "Behörigheter i driftsystemet (SCADA) för fjärrvärme ses över", "IT-samordnare", "", 3,
         "Skjuts till T3 p.g.a. systemuppgradering.", "EJ_GENOMFORD", ""),
        (4, "Oegentligheter", 8,
         "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "40 / 1", 2,
         "En faktura attesterad av beställaren själv.", "GENOMFORD", "ja"),
        (5, "Kundförluster", 6,
         "Kundfordringar – påminnelse och inkasso enligt kreditpolicy", "Kundtjänstchef", "25 / 0", 1,
         "Rutinen följs.", "GENOMFORD", "nej"),
        (6, "Intäktsbortfall renhållning", 9,
         "Uppföljning av renhållningstaxa mot antal kärl i kundsystemet", "Renhållningschef", "", None,
         "Se bilaga 2", "OKLAR", ""),
        (7, "Brott mot LOU", 12,
         "Inköp sker från upphandlade ramavtal", "Inköpsansvarig", "30 / 2", 2,
         "Två inköp av förbrukningsmaterial utanför avtal.", "GENOMFORD", "ja"),
        (8, "Hälsorisk dricksvatten", 20,
         "Dricksvattenprover tas enligt kontrollprogram", "VA-chef", "12 / 0", 1,
         "Samtliga prover tjänliga.", "GENOMFORD", "nej"),
    ]
    for nr, risk, rv, km, ans, samp, code, kom, st, avv in rows:
        addrow(t, [nr, risk, rv, km, ans, samp, code, kom], body)
        exp(fil, namnd, km, st, avv)
    doc.spreadsheet.addElement(t)

    t2 = Table(name="Förklaringar")
    t2.addElement(TableColumn(stylename=colstyle(3.0)))
    t2.addElement(TableColumn(stylename=colstyle(10.0)))
    addrow(t2, ["Bedömning", "Förklaring"], bold)
    addrow(t2, [1, "Genomförd utan avvikelse"])
    addrow(t2, [2, "Genomförd med avvikelse"])
    addrow(t2, [3, "Ej genomförd"])
    addrow(t2, [])
    addrow(t2, ["Riskvärde", "Sannolikhet (1–4) × Konsekvens (1–5)"])
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# F7  Räddningstjänstförbundet Mitt Bohuslän - .doc (text only, no tables)
# ===========================================================================
def build_rmb(tmpdir):
    import docx

    fil = "RMB Tertialrapport 2 2025 intern kontroll.doc"
    namnd = "Räddningstjänstförbundet Mitt Bohuslän"
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = "RMB förbundskansli"
    d.add_heading("Räddningstjänstförbundet Mitt Bohuslän", level=0)
    d.add_heading("Tertialrapport 2 2025 – uppföljning av intern kontroll", level=1)
    d.add_paragraph(
        "Direktionen antog förbundets internkontrollplan för 2025 den 30 januari 2025. Planen omfattar fem "
        "kontrollmoment. Uppföljningen avser perioden januari–augusti och redovisas till direktionen samt "
        "till medlemskommunerna Uddevalla, Lysekil och Munkedal i samband med tertialrapporten.")
    d.add_heading("Uppföljning per kontrollmoment", level=1)

    items = [
        ("Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
         ["Per den 31 augusti har 38 av 60 planerade tillsyner genomförts. Kontrollen fortsätter under hösten "
          "och bedöms vara klar vid årsskiftet.",
          "Bedömning: Delvis genomförd"], "DELVIS", ""),
        ("Fakturering av automatlarm (onödiga larm) sker enligt taxa",
         ["22 fakturor har granskats. Två larm hade inte fakturerats; dessa har fakturerats i efterhand och "
          "rutinen för överföring från larmloggen har förtydligats.",
          "Bedömning: Genomförd"], "GENOMFORD", "ja"),
        ("Kontroll av att brandmän i beredskap har giltigt körkort och obligatoriska utbildningar",
         ["Samtliga 45 brandmän i beredskap har kontrollerats mot personalregistret. Inga avvikelser.",
          "Bedömning: Genomförd"], "GENOMFORD", "nej"),
        ("Löneutbetalning till räddningspersonal i beredskap stämmer mot tjänstgöringslistor",
         ["Kontrollen har inte kunnat genomföras då ett nytt schemasystem infördes i juni. Kontrollen "
          "genomförs under tertial 3.",
          "Bedömning: Ej genomförd"], "EJ_GENOMFORD", ""),
        ("Avtal med medlemskommunerna om förebyggande verksamhet följs upp",
         ["Uppföljningen är klar och redovisades för direktionen 2025-06-12. Inga avvikelser mot avtalen "
          "noterades."], "GENOMFORD", "nej"),
    ]
    for km, paras, st, avv in items:
        d.add_heading(km, level=2)
        for ptxt in paras:
            d.add_paragraph(ptxt)
        exp(fil, namnd, km, st, avv)

    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph("Förbundets samlade bedömning är att den interna kontrollen är tillräcklig. Kvarvarande "
                    "kontroller slutförs under tertial 3 och redovisas i årsredovisningen.")
    d.add_paragraph("Uddevalla 2025-09-16")
    d.add_paragraph("Förbundsdirektör")
    src = os.path.join(tmpdir, "RMB Tertialrapport 2 2025 intern kontroll.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# F8  Lysekilsbostäder AB - easy xlsx, status words
# ===========================================================================
def build_lbo():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    fil = "Lysekilsbostäder internkontroll T2 2025.xlsx"
    namnd = "Lysekilsbostäder AB"
    wb = Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Lysekilsbostäder AB – Uppföljning intern kontroll tertial 2 2025"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    rows = [
        ("Hyresavier stämmer mot hyresavtal", "Ekonomichef", "Genomförd",
         "20 avier kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Uthyrning av lägenheter sker enligt uthyrningspolicyn", "Uthyrningschef", "Genomförd",
         "Ett kontrakt tecknat utan kreditprövning.", "GENOMFORD", "ja"),
        ("Attest av fakturor enligt attestordning", "Ekonomichef", "Genomförd",
         "Stickprov 15 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Energiuppföljning per fastighet", "Fastighetschef", "Pågår",
         "Uppföljning klar för 14 av 22 fastigheter.", "DELVIS", ""),
        ("OVK-besiktningar utförs enligt plan", "Fastighetschef", "Ej genomförd",
         "Upphandling av besiktningsfirma pågår.", "EJ_GENOMFORD", ""),
        ("Nyckelhantering – kvittens av utlämnade nycklar", "Förvaltare", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = 4
    for km, ans, st_txt, kom, st, avv in rows:
        for c, v in enumerate([km, ans, st_txt, kom], 1):
            ws.cell(row=r, column=c, value=(v if v != "" else None)).alignment = \
                Alignment(wrap_text=True, vertical="top")
        exp(fil, namnd, km, st, avv)
        r += 1
    for col, w in zip("ABCD", [50, 18, 14, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ===========================================================================
# R  rejected: a PNG screenshot saved with .xlsx extension
# ===========================================================================
def build_rejected():
    fil = "Riskmatris_Hamnen_2025.xlsx"
    W, H = 160, 120
    # a simple 4x5 risk matrix in green/yellow/red, deterministic, written by hand (no PIL needed)
    colours = [(99, 190, 123), (255, 235, 132), (248, 105, 107)]
    raw = bytearray()
    for y in range(H):
        raw.append(0)
        for x in range(W):
            cx, cy = x * 5 // W, 3 - y * 4 // H
            score = (cx + 1) * (cy + 1)
            if x % (W // 5) == 0 or y % (H // 4) == 0:
                rgb = (255, 255, 255)
            else:
                rgb = colours[0 if score <= 4 else (1 if score <= 9 else 2)]
            raw.extend(rgb)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(png)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip container (xlsx/docx/ods) with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    # clean previous outputs (only files this script makes)
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(OUT):
        p = os.path.join(OUT, fn)
        if fn not in keep and os.path.isfile(p):
            os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="round546-")
    try:
        build_ks()
        build_un()
        build_sn()
        build_stratsys()
        build_hamn()
        build_leva()
        build_rmb(tmpdir)
        build_lbo()
        build_rejected()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith((".xlsx", ".docx", ".ods")) and not fn.startswith("Riskmatris"):
            normalize_zip(os.path.join(OUT, fn))
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
