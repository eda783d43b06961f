#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r528 - Ulricehamns kommun, helårsuppföljning 2025 av internkontrollplaner.
Builds every file of the round plus namnder.csv, files.csv and expected.csv, in this folder."""
import os, csv, io, datetime, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningen"),
    ("Barn- och utbildningsnämnden", "BUN|Sektor lärande|Barn och utbildning"),
    ("Välfärdsnämnden", "VFN|Sektor välfärd"),
    ("Tekniska nämnden", "TN|Sektor samhällsbyggnad|Teknik"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Myndighetsavdelningen"),
    ("Kultur- och fritidsnämnden", "KFN|Sektor kultur och fritid|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Ulricehamns Energi AB", "UEAB|Ulricehamns Energi|UE"),
]

# ---------------------------------------------------------------------------
# A. Stratsys-like CSV export, two nämnder
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_IKP_export_2026-01-30.csv"
    hdr = ["Id", "Organisation", "Plan", "Process", "Risk", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteringsperiod", "Status",
           "Kommentar", "Åtgärd", "Senast ändrad"]
    TN, MBN = "Tekniska nämnden", "Miljö- och byggnadsnämnden"
    rows = [
        # id, org, process, risk, rv, km, metod, frekv, ansvarig, status, kommentar, atgard, datum, exp_status, exp_avv
        ("IK-TN-25-01", TN, "Upphandling och inköp", "Inköp sker utanför avtal", "12",
         "Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)",
         "Stickprov leverantörsfakturor", "Halvår", "Controller",
         "Genomförd med avvikelse",
         "Stickprov på 40 fakturor. 6 inköp gjordes utanför avtal, främst förbrukningsmaterial till gatuavdelningen.",
         "Information till beställare, ny kontroll 2026", "2026-01-19", "GENOMFORD", "ja"),
        ("IK-TN-25-02", TN, "Upphandling och inköp", "Felaktig attest", "9",
         "Attest av leverantörsfakturor enligt gällande attestordning",
         "Stickprov 20 fakturor", "Årlig", "Ekonom",
         "Genomförd", "20 fakturor granskade, samtliga korrekt attesterade.", "", "2026-01-12",
         "GENOMFORD", "nej"),
        ("IK-TN-25-03", TN, "Fastighetsförvaltning", "Lagstadgade besiktningar uteblir", "16",
         "Uppföljning av att lagstadgade besiktningar (OVK, hiss, brandlarm) genomförs enligt plan",
         "Avstämning mot besiktningsplan", "Tertial", "Fastighetschef",
         "Pågående",
         "OVK genomförd i 14 av 19 fastigheter.\nResterande besiktningar är beställda och utförs under februari 2026.",
         "Bevakas i underhållsplanen", "2026-01-22", "DELVIS", ""),
        ("IK-TN-25-04", TN, "Gata och park", "Olyckor på lekplatser", "8",
         "Kontroll av att egenkontroller av lekplatser dokumenteras",
         "Genomgång av besiktningsprotokoll", "Årlig", "Parkingenjör",
         "Genomförd", "Samtliga 32 lekplatser besiktigade. Dokumentation finns i underhållssystemet.", "",
         "2025-12-15", "GENOMFORD", "nej"),
        ("IK-TN-25-05", TN, "Vatten och avlopp", "Felaktig debitering", "12",
         "Kontroll av att debitering av VA-avgifter överensstämmer med gällande taxa",
         "Stickprov 30 abonnenter", "Årlig", "VA-chef",
         "Genomförd med avvikelse",
         "Två fastigheter debiterades enligt 2024 års taxa. Korrigerat i januari 2026.",
         "Rutin för taxeuppdatering ses över", "2026-01-26", "GENOMFORD", "ja"),
        ("IK-TN-25-06", TN, "Fordon och maskiner", "Privat användning av tjänstefordon", "6",
         "Uppföljning av körjournaler för kommunens fordon",
         "Stickprov körjournaler", "Halvår", "Fordonssamordnare",
         "Ej genomförd",
         "Kontrollen har inte genomförts på grund av byte av fordonssystem. Flyttas till internkontrollplan 2026.",
         "", "2026-01-08", "EJ_GENOMFORD", ""),
        ("IK-TN-25-07", TN, "Avfall", "Bristande avtalsuppföljning", "9",
         "Kontroll av att avtal med entreprenör för avfallshämtning följs upp kvartalsvis",
         "Protokoll från uppföljningsmöten", "Kvartal", "Avfallssamordnare",
         "Utgår",
         "Utgår enligt beslut TN 2025-05-14 § 48, verksamheten övergick till kommunalförbund.",
         "", "2025-05-20", "UTGAR", ""),
        ("IK-TN-25-08", TN, "Personal och arbetsmiljö", "Arbetsskador", "12",
         "Kontroll av att arbetsmiljörond genomförts på samtliga arbetsplatser",
         "Sammanställning av ronder", "Årlig", "Sektorchef",
         "Genomförd", "", "", "2025-12-02", "GENOMFORD", "nej"),
        ("IK-MBN-25-01", MBN, "Myndighetsutövning bygglov", "Handläggningstid överskrids", "16",
         "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet", "Tertial", "Bygglovschef",
         "Genomförd med avvikelse",
         "Av 212 ärenden överskreds handläggningstiden i 9 ärenden. Avgiftsreduktion har tillämpats enligt PBL 12 kap. 8 a §.",
         "Översyn av ärendefördelning", "2026-01-20", "GENOMFORD", "ja"),
        ("IK-MBN-25-02", MBN, "Myndighetsutövning bygglov", "Beslut fattas utan delegation", "8",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslistor/protokoll", "Tertial", "Nämndsekreterare",
         "Genomförd", "Samtliga delegationsbeslut har anmälts månadsvis.", "", "2026-01-09",
         "GENOMFORD", "nej"),
        ("IK-MBN-25-03", MBN, "Miljötillsyn", "Tillsynsskulden ökar", "12",
         "Uppföljning av att tillsynsplanen för miljö- och hälsoskydd följs",
         "Avstämning mot tillsynsplan", "Tertial", "Miljöchef",
         "Pågående",
         "Cirka 85 % av planerade tillsynsbesök genomförda. Resterande förs över till 2026 års tillsynsplan.",
         "", "2026-01-21", "DELVIS", ""),
        ("IK-MBN-25-04", MBN, "Miljötillsyn", "Felaktig avgift", "6",
         "Kontroll av att timavgifter för tillsyn debiteras korrekt",
         "Stickprov 25 ärenden", "Årlig", "Administratör",
         "Genomförd", "Stickprov 25 ärenden, inga avvikelser.", "", "2025-11-28", "GENOMFORD", "nej"),
        ("IK-MBN-25-05", MBN, "Livsmedelskontroll", "Felaktig riskklassning", "6",
         "Kontroll av att livsmedelsanläggningar riskklassas enligt Livsmedelsverkets modell",
         "Stickprov 15 anläggningar", "Årlig", "Livsmedelsinspektör",
         "Genomförd", "Inga avvikelser.", "", "2025-12-10", "GENOMFORD", "nej"),
        ("IK-MBN-25-06", MBN, "Dokumenthantering", "Ärenden avslutas inte", "4",
         "Kontroll av att ärenden diarieförs och avslutas i ärendehanteringssystemet",
         "Uttag öppna ärenden äldre än 1 år", "Årlig", "Registrator",
         "Ej påbörjad", "Ej påbörjad på grund av resursbrist under hösten.", "Läggs in i plan 2026",
         "2026-01-15", "EJ_GENOMFORD", ""),
        ("IK-MBN-25-07", MBN, "Myndighetsutövning bygglov", "Jäv vid handläggning", "8",
         "Kontroll av att jäv hanteras korrekt vid handläggning",
         "Genomgång av jävsanmälningar", "Årlig", "Bygglovschef",
         "", "", "", "", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for r in rows:
        (i, org, proc, risk, rv, km, metod, frekv, ans, st, kom, atg, dat, es, ea) = r
        w.writerow([i, org, "Internkontrollplan 2025", proc, risk, rv, km, metod, frekv, ans,
                    "Helår 2025", st, kom, atg, dat])
        exp(fil, org, km, es, ea)
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# B. Word report, one table per process, nämnd only in the title paragraph
# ---------------------------------------------------------------------------
def make_bun_docx():
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    fil = "IK uppföljning 2025 helår.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    d.core_properties.author = "Sektor lärande"
    d.core_properties.title = "Uppföljning internkontroll"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025, helår", style="Title")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Planen omfattar tio kontrollmoment "
        "fördelade på fyra processer. Nedan redovisas resultatet av årets kontroller per process. "
        "Kontrollerna har genomförts av sektorns controller, rektorer och verksamhetsutvecklare.")
    d.add_paragraph(
        "Statusen anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår. "
        "Avvikelser som upptäckts har åtgärdats eller förs vidare till internkontrollplanen för 2026.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat / kommentar", "Status"]
    processes = [
        ("Process: Ekonomi och inköp", [
            ("Kontroll av att representation och förtroendekänsliga poster följer riktlinjerna",
             "Stickprov 15 verifikationer", "Controller",
             "15 verifikationer granskade. I 3 fall saknades deltagarförteckning och syfte.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Controller",
             "Stickprov 30 fakturor, inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att fakturering av barnomsorgsavgifter sker enligt maxtaxa",
             "Stickprov 50 hushåll per termin", "Avgiftshandläggare",
             "Kontroll av 50 hushåll genomförd för vårterminen.\nHöstterminens kontroll återstår och görs i februari 2026.",
             "Delvis genomförd", "DELVIS", ""),
        ]),
        ("Process: Elevhälsa och skolplikt", [
            ("Kontroll av att elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
             "Genomgång av frånvarorapporter", "Rektorer",
             "Genomförd på samtliga grundskolor. Två skolor följde inte rutinen om anmälan till rektor inom fem dagar.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att anmälningar om kränkande behandling utreds och dokumenteras",
             "Uttag ur DF Respons", "Verksamhetsutvecklare",
             "Samtliga 147 anmälningar utredda. Dokumentationen är komplett.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att skolplikten bevakas för elever folkbokförda i kommunen",
             "Avstämning mot folkbokföringen", "Skolhandläggare",
             "Ej genomförd under året då tjänsten som skolhandläggare varit vakant. Förs över till 2026.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Systematiskt kvalitetsarbete", [
            ("Kontroll av att åtgärdsprogram upprättas för elever i behov av särskilt stöd",
             "Stickprov 5 elever per skola", "Elevhälsochef",
             "Se bilaga 3, Rapport elevhälsa 2025.", "", "OKLAR", ""),
            ("Uppföljning av att betyg sätts och registreras inom fastställd tid",
             "Uttag ur elevregistret", "Skoladministratör",
             "Betyg registrerade i tid för vårterminen och höstterminen.", "Genomförd", "GENOMFORD", "nej"),
        ]),
        ("Process: Personal", [
            ("Kontroll av att utdrag ur belastningsregistret begärs vid nyanställning",
             "Stickprov 20 nyanställningar", "HR-konsult",
             "Stickprov 20 nyanställningar, i ett fall saknades utdrag. Rutinen har förtydligats för rektorerna.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Kontroll av att lärarlegitimation finns vid tillsvidareanställning",
             "Kontroll mot Skolverkets register", "HR-konsult",
             "Kontrolleras centralt av HR enligt kommunstyrelsens internkontrollplan.",
             "Utgår", "UTGAR", ""),
        ]),
    ]
    for title, items in processes:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = h
            for r in c.paragraphs[0].runs:
                r.bold = True
        for (km, metod, ans, res, st, es, ea) in items:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = ans
            lines = res.split("\n")
            cells[3].text = lines[0]
            for ln in lines[1:]:
                cells[3].add_paragraph(ln)
            cells[4].text = st
            exp(fil, N, km, es, ea)
        widths = [Cm(7), Cm(4), Cm(3), Cm(8.5), Cm(3.2)]
        for row in t.rows:
            for i, wd in enumerate(widths):
                row.cells[i].width = wd
        d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: Den interna kontrollen bedöms som i huvudsak tillräcklig. "
                    "Kontrollmoment som inte genomförts förs över till internkontrollplanen 2026.")
    d.add_paragraph("Ulricehamn 2026-01-28")
    d.add_paragraph("Anna Bergström, sektorchef lärande")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# C. Old .xls, title rows, status as colour words with legend below
# ---------------------------------------------------------------------------
def make_vfn_xls():
    import xlwt
    fil = "VFN_IKP_2025_helar.xls"
    N = "Välfärdsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning helår")
    title = xlwt.easyxf("font: bold on, height 280;")
    sub = xlwt.easyxf("font: bold on, height 220;")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top;")
    colour_style = {
        "Grön": "bright_green", "Gul": "yellow", "Orange": "light_orange", "Röd": "red", "Grå": "gray40",
    }
    st_style = {k: xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour %s; "
                               "borders: left thin, right thin, top thin, bottom thin; "
                               "alignment: horiz centre, vert top;" % v) for k, v in colour_style.items()}
    ws.write_merge(0, 0, 0, 8, "ULRICEHAMNS KOMMUN", title)
    ws.write_merge(1, 1, 0, 8, "Uppföljning av internkontrollplan 2025 – Välfärdsnämnden", sub)
    ws.write_merge(2, 2, 0, 8, "Rapporteringstillfälle: Helår 2025 (januari–december)")
    ws.write_merge(3, 3, 0, 8, "Sektor välfärd, upprättad 2026-01-22 av kvalitetsstrateg")
    H = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
         "Status (färg)", "Kommentar/resultat", "Åtgärd"]
    HR = 5
    for i, h in enumerate(H):
        ws.write(HR, i, h, hdr)
    rows = [
        ("Myndighetsutövning IFO", "Barn riskerar att inte få skydd i tid",
         "Kontroll av att utredningstid för barnavårdsutredningar inte överstiger 4 månader",
         "Enhetschef barn och unga", "Tertial", "Gul",
         "Av 96 avslutade utredningar överskred 7 utredningstiden utan beslut om förlängning.",
         "Veckovis bevakning av utredningstid", "GENOMFORD", "ja"),
        ("Myndighetsutövning IFO", "Orosanmälningar bedöms inte i tid",
         "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef barn och unga", "Tertial", "Grön",
         "Samtliga förhandsbedömningar gjorda inom tidsgränsen.", "", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut",
         "Enhetschef försörjningsstöd", "Halvår", "Grön",
         "Stickprov 40 utbetalningar, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Bidragsbrott upptäcks inte",
         "Kontroll av att kontroll mot Försäkringskassan (SSBTEK) görs vid nybesök",
         "Enhetschef försörjningsstöd", "Halvår", "Orange",
         "Kontroll genomförd för första halvåret, utan anmärkning. Andra halvåret har inte kontrollerats.",
         "Kontroll andra halvåret görs i mars 2026", "DELVIS", ""),
        ("Äldreomsorg", "Insatser genomförs inte enligt beslut",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Enhetschefer hemtjänst", "Årlig", "Röd",
         "Ej genomförd. Nytt verksamhetssystem infördes under hösten och underlag kunde inte tas fram.",
         "Kontrollen flyttas till 2026", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Missförhållanden rapporteras inte",
         "Kontroll av att avvikelser enligt SoL/HSL rapporteras och åtgärdas (lex Sarah)",
         "Kvalitetsstrateg", "Tertial", "Grön",
         "Samtliga lex Sarah-rapporter har utretts och åtgärdats.", "", "GENOMFORD", "nej"),
        ("Funktionsstöd LSS", "Felaktig ersättning från Försäkringskassan",
         "Kontroll av att fakturering av assistansersättning till Försäkringskassan sker korrekt",
         "Enhetschef personlig assistans", "Tertial", "Gul",
         "Två månader med felaktigt redovisade timmar för en brukare. Rättelse skickad till Försäkringskassan.",
         "Dubbelkontroll av tidrapporter", "GENOMFORD", "ja"),
        ("Funktionsstöd LSS", "Brukares pengar hanteras felaktigt",
         "Kontroll av att brukarnas privata medel hanteras enligt rutin på gruppbostäder",
         "Enhetschef boende LSS", "Årlig", "",
         "Kontrollen genomförd på samtliga gruppbostäder i november. Inga avvikelser.",
         "", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Felaktig läkemedelshantering",
         "Kontroll av läkemedelshantering enligt rutin (extern granskning av farmaceut)",
         "MAS", "Årlig", "Grå",
         "Utgår 2025, ersätts av regional kvalitetsgranskning.", "", "UTGAR", ""),
        ("Personal", "Överskriden LAS-tid",
         "Kontroll av att timanställda inte har fler timmar än tillåtet enligt LAS",
         "HR-konsult", "Halvår", "Grön", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Inköp utanför avtal",
         "Kontroll av att inköp av konsulttjänster sker enligt ramavtal",
         "Controller", "Årlig", "Röd",
         "Kontrollen har inte genomförts under året.", "", "EJ_GENOMFORD", ""),
    ]
    r = HR + 1
    for n, (proc, risk, km, ans, frekv, farg, kom, atg, es, ea) in enumerate(rows, 1):
        vals = [n, proc, risk, km, ans, frekv, None, kom, atg]
        for c, v in enumerate(vals):
            if c == 6:
                ws.write(r, c, farg, st_style[farg] if farg else body)
            else:
                ws.write(r, c, v, body)
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring status:", xlwt.easyxf("font: bold on;"))
    legend = [
        ("Grön", "Kontrollen genomförd, inga avvikelser"),
        ("Gul", "Kontrollen genomförd, avvikelse noterad"),
        ("Orange", "Kontrollen delvis genomförd"),
        ("Röd", "Kontrollen ej genomförd"),
        ("Grå", "Kontrollen utgår"),
    ]
    for k, txt in legend:
        r += 1
        ws.write(r, 1, k, st_style[k])
        ws.write_merge(r, r, 2, 5, txt)
    r += 2
    ws.write_merge(r, r, 0, 8, "Godkänd av Välfärdsnämnden 2026-02-05 § 9")
    for c, wdt in enumerate([5, 22, 26, 45, 22, 10, 14, 50, 30]):
        ws.col(c).width = wdt * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# D. xlsx traffic-light fills + comment column; a few fills missing
# ---------------------------------------------------------------------------
def make_ks_xlsx():
    import openpyxl
    from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
    fil = "KS Internkontroll 2025 uppföljning.xlsx"
    N = "Kommunstyrelsen"
    G = PatternFill("solid", fgColor="FF00B050")
    Y = PatternFill("solid", fgColor="FFFFFF00")
    R = PatternFill("solid", fgColor="FFFF0000")
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunledningsförvaltningen, Ulricehamns kommun"
    ws["A3"] = "Status:"
    ws["A3"].font = Font(bold=True)
    ws["B3"].fill = G
    ws["C3"] = "Genomförd, inga avvikelser"
    ws["D3"].fill = Y
    ws["E3"] = "Genomförd med avvikelse eller delvis genomförd"
    ws["F3"].fill = R
    ws["G3"] = "Ej genomförd"
    H = ["Process", "Kontrollmoment", "Kontrollansvarig", "Metod", "Status", "Kommentar helår"]
    for i, h in enumerate(H, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFD9E1F2")
        c.border = B
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov 30 fakturor", G, "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att momsredovisningen är korrekt", "Redovisningsansvarig",
         "Månatlig avstämning", G, "Avstämning varje månad, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att leverantörsregistret är uppdaterat och att behörighet att ändra uppgifter är begränsad",
         "Redovisningsansvarig", "Logguttag", Y,
         "Genomförd. Tre inaktiva leverantörer med felaktigt bankgironummer hittades och har spärrats.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Upphandlingschef",
         "Stickprov", R, "Ej genomförd, ansvarig upphandlare har varit föräldraledig.", "EJ_GENOMFORD", ""),
        ("HR och lön", "Kontroll av att löneutbetalningar efter avslutad anställning inte förekommer", "Lönechef",
         "Uttag ur lönesystemet", None,
         "Kontrollen genomförd i oktober. Inga felaktiga utbetalningar hittades.", "GENOMFORD", "nej"),
        ("HR och lön", "Kontroll av att bisysslor anmäls och prövas", "HR-chef",
         "Enkät till chefer", Y,
         "Enkät till chefer genomförd med 60 % svarsfrekvens. Uppföljning pågår och slutförs under första kvartalet 2026.",
         "DELVIS", ""),
        ("IT och informationssäkerhet", "Kontroll av att behörigheter i ekonomisystemet tas bort när anställning upphör",
         "IT-chef", "Jämförelse behörighetslista/HR", None,
         "Ej genomförd under 2025 på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("IT och informationssäkerhet", "Kontroll av att informationsklassning genomförts för verksamhetskritiska system",
         "Informationssäkerhetssamordnare", "Genomgång", G, "Klassning klar för 12 av 12 system.",
         "GENOMFORD", "nej"),
        ("Nämndadministration", "Kontroll av att beslut enligt delegationsordningen anmäls till kommunstyrelsen",
         "Kanslichef", "Stickprov", None,
         "Genomförd med avvikelse: 4 beslut anmäldes för sent. Påminnelse har skickats till chefer.",
         "GENOMFORD", "ja"),
        ("Säkerhet och beredskap", "Kontroll av att krisledningsplanen är uppdaterad och övad",
         "Säkerhetssamordnare", "Dokumentgranskning", R,
         "Övningen har skjutits upp till 2026.", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for (proc, km, ans, metod, fill, kom, es, ea) in rows:
        vals = [proc, km, ans, metod, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if fill is not None:
            ws.cell(row=r, column=5).fill = fill
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen behandlas av kommunstyrelsen 2026-02-11.")
    for col, wdt in zip("ABCDEF", [24, 55, 24, 24, 10, 60]):
        ws.column_dimensions[col].width = wdt
    wb.properties.creator = "Kommunledningsförvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# E. xlsx with T1, T2 and helår side by side
# ---------------------------------------------------------------------------
def make_kfn_xlsx():
    import openpyxl
    from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
    fil = "KFN uppföljning internkontrollplan 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Status anges: Ej påbörjad / Påbörjad / Klar / Klar med avvikelse / Utgår. Ej aktuell = kontrollen görs inte denna period."
    ws["A3"].font = Font(italic=True)
    # two-level header
    ws.merge_cells("A5:A6"); ws["A5"] = "Nr"
    ws.merge_cells("B5:B6"); ws["B5"] = "Område"
    ws.merge_cells("C5:C6"); ws["C5"] = "Kontrollmoment"
    ws.merge_cells("D5:D6"); ws["D5"] = "Ansvarig"
    ws.merge_cells("E5:G5"); ws["E5"] = "Status"
    ws["E6"] = "T1 (jan–apr)"; ws["F6"] = "T2 (maj–aug)"; ws["G6"] = "Helår"
    ws.merge_cells("H5:H6"); ws["H5"] = "Kommentar"
    hf = PatternFill("solid", fgColor="FFFCE4D6")
    for row in ws["A5:H6"]:
        for c in row:
            c.font = Font(bold=True)
            c.fill = hf
            c.border = B
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("Föreningsstöd", "Kontroll av att föreningsbidrag betalas ut enligt bidragsregler", "Föreningskonsulent",
         "Påbörjad", "Klar", "Klar", "20 ansökningar granskade, samtliga korrekt handlagda.", "GENOMFORD", "nej"),
        ("Föreningsstöd", "Kontroll av att föreningar som fått bidrag lämnat verksamhetsberättelse", "Föreningskonsulent",
         "Ej aktuell", "Påbörjad", "Klar med avvikelse",
         "3 föreningar har inte lämnat in verksamhetsberättelse. Utbetalning 2026 hålls inne tills den kommit in.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av kassahantering i simhallen och på biblioteket", "Enhetschef",
         "Klar", "Klar", None, "Kassainventering T1 och T2 utan anmärkning.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att bokningar och uthyrning av lokaler faktureras", "Bokningsansvarig",
         "Klar", "Klar", "Klar med avvikelse",
         "T3: 4 bokningar av idrottshallen hade inte fakturerats. Fakturerat i januari 2026.", "GENOMFORD", "ja"),
        ("Kultur", "Kontroll av att inventarieförteckning för konstsamlingen är aktuell", "Kulturchef",
         "Ej påbörjad", "Påbörjad", "Påbörjad", "Inventering av cirka 60 % av verken är klar.", "DELVIS", ""),
        ("Kultur", "Kontroll av att avtal med studieförbund följs upp", "Kulturchef",
         "Ej aktuell", "Ej aktuell", "Utgår", "Utgår enligt nämndbeslut 2025-09-17 § 62.", "UTGAR", ""),
        ("Fritid", "Kontroll av registerutdrag för ledare i kommunens lovverksamhet", "Fritidschef",
         None, None, None, None, "SAKNAS", ""),
        ("Ekonomi", "Kontroll av att attest sker enligt attestordning", "Controller",
         "Klar", "Klar", "Klar", "Stickprov varje tertial, inga fel.", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Kontroll av att arbetsmiljöronder genomförs på fritidsgårdarna", "Fritidschef",
         "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Ej genomförd, prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("Fritid", "Uppföljning av besöksstatistik mot driftbidrag till samlingslokaler", "Föreningskonsulent",
         "Påbörjad", "Påbörjad", None, None, "DELVIS", ""),
    ]
    r = 7
    for n, (omr, km, ans, t1, t2, hel, kom, es, ea) in enumerate(rows, 1):
        vals = [n, omr, km, ans, t1, t2, hel, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = B
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, es, ea)
        r += 1
    for col, wdt in zip("ABCDEFGH", [5, 16, 55, 20, 14, 14, 18, 55]):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A7"
    wb.properties.creator = "Sektor kultur och fritid"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F. Simple, easy xlsx
# ---------------------------------------------------------------------------
def make_ofn_xlsx():
    import openpyxl
    from openpyxl.styles import Font
    fil = "Överförmyndarnämnden IK helår 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws.append(["Kontrollmoment", "Status", "Kommentar"])
    for c in ws[1]:
        c.font = Font(bold=True)
    rows = [
        ("Granskning av årsräkningar slutförd före 30 juni", "Genomförd",
         "Samtliga 312 årsräkningar granskade 2025-06-19.", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Genomförd",
         "Stickprov 15 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Kontroll av att förvaltarkonton är spärrade enligt beslut", "Genomförd med avvikelse",
         "2 konton saknade spärr, åtgärdat.", "GENOMFORD", "ja"),
        ("Kontroll av att utdrag ur belastningsregistret finns för nya ställföreträdare", "Delvis genomförd",
         "Utdrag saknas i 3 av 22 ärenden, komplettering pågår.", "DELVIS", "ja"),
        ("Kontroll av att ärenden diarieförs inom en vecka", "Ej genomförd",
         "Hanns inte med under året.", "EJ_GENOMFORD", ""),
    ]
    for (km, st, kom, es, ea) in rows:
        ws.append([km, st, kom])
        exp(fil, N, km, es, ea)
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 24
    ws.column_dimensions["C"].width = 55
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# G. ODT text report (no table), kommunalt bolag
# ---------------------------------------------------------------------------
def make_ueab_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, Span
    fil = "UEAB_intern_kontroll_rapport_2025.odt"
    N = "Ulricehamns Energi AB"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.automaticstyles.addElement(bold)

    def para(txt):
        doc.text.addElement(P(text=txt))

    def labelled(label, txt):
        p = P()
        p.addElement(Span(stylename=bold, text=label + " "))
        p.addText(txt)
        doc.text.addElement(p)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Ulricehamns Energi AB – Rapport intern kontroll 2025"))
    para("Uppföljning av bolagets internkontrollplan per 31 december 2025. Rapporten lämnas till styrelsen "
         "och till Ulricehamns Stadshus AB för kännedom.")
    para("Internkontrollplanen för 2025 fastställdes av styrelsen 2025-02-20. Nedan redovisas varje "
         "kontrollmoment med resultat och status.")
    items = [
        ("Kontroll av att elnätsavgifter debiteras enligt beslutad tariff",
         "Stickprov på 50 kunder under oktober. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll av att mätvärden för fjärrvärme läses in och valideras månadsvis",
         "I mars saknades mätvärden för 38 anläggningar. Schablonvärden användes och korrigerades i april.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Kontroll av att leverantörsavtal för bredbandsutbyggnad följs avseende pris och tidplan",
         "Avstämning gjord för etapp 1 och 2. Slutavstämning av etapp 3 med entreprenören sker i februari 2026.",
         "Pågår", "DELVIS", ""),
        ("Kontroll av att behörigheter i driftövervakningssystemet (SCADA) ses över halvårsvis",
         "Översyn gjord i juni och december. Inga obehöriga konton.", "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll av att kundfordringar äldre än 90 dagar hanteras enligt kreditpolicyn",
         "Kontrollen har skjutits till 2026 på grund av byte av kundsystem.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Kontroll av representation och förtroendekänsliga poster",
         "Granskat av styrelsens ordförande. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
    ]
    for n, (km, res, st, es, ea) in enumerate(items, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        labelled("Resultat:", res)
        labelled("Status:", st)
        exp(fil, N, km, es, ea)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattning"))
    para("Fem av sex kontrollmoment har genomförts eller pågår. Kontrollen av kundfordringar läggs in i planen för 2026.")
    para("Ulricehamn den 10 februari 2026")
    para("Per Lindqvist, VD")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# H. Rejected: covering letter (missiv), no follow-up in it
# ---------------------------------------------------------------------------
def make_missiv():
    import docx
    fil = "Missiv_IK_helar_2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("ULRICEHAMNS KOMMUN\nSektor välfärd")
    d.add_paragraph("Datum: 2026-02-06\nDnr: VFN 2025/112")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomiavdelningen")
    d.add_paragraph("Överlämnande av uppföljning av internkontrollplan 2025", style="Heading 1")
    d.add_paragraph(
        "Välfärdsnämnden beslutade 2026-02-05 § 9 att godkänna uppföljningen av nämndens internkontrollplan "
        "för 2025 och att överlämna den till kommunstyrelsen i enlighet med reglementet för intern kontroll.")
    d.add_paragraph(
        "Uppföljningen redovisas i bifogat Excelunderlag. Frågor om underlaget besvaras av sektorns kvalitetsstrateg.")
    d.add_paragraph("Bilaga: VFN_IKP_2025_helar.xls\nBilaga: Protokollsutdrag VFN 2026-02-05 § 9")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Holm\nNämndsekreterare, Välfärdsnämnden")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    make_stratsys()
    make_bun_docx()
    make_vfn_xls()
    make_ks_xlsx()
    make_kfn_xlsx()
    make_ofn_xlsx()
    make_ueab_odt()
    make_missiv()
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))
