#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 264 - Hällsjö kommun - theme: copy-paste and text-hygiene artefacts.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import os, csv, shutil, subprocess, tempfile, zipfile

import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round264"

NBSP = "\u00a0"
ZWSP = "\u200b"
SHY = "\u00ad"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


import datetime
FIXED_DT = datetime.datetime(2025, 9, 1, 8, 0, 0)


def fix_wb(wb):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Hällsjö kommun"


def fix_doc(d):
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.author = "Hällsjö kommun"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def clean(s):
    """How a careful human reads a cell: invisible chars gone, nbsp = space."""
    return (s.replace(SHY, "").replace(ZWSP, "").replace(NBSP, " ").strip())


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, delår
# ---------------------------------------------------------------------------
def f1():
    fil = "KS_IK-uppfoljning_delar_2025.xlsx"
    nd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kommunstyrelsen" + NBSP + "– uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: DELÅR" + NBSP + "(jan–aug)  "
    ws["A3"] = "Kommunledningsförvaltningen, ekonomiavdelningen"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process" + NBSP, "Kontroll-\nmoment", "Metod /\nstickprov", "Antal" + NBSP + "stick-\nprov",
           "Ansvarig", "STATUS" + ZWSP + "\nDELÅR", "Kommentar / resultat "]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = [
        # nr, process, km, metod, antal, ansvarig, status, kommentar, exp_status, exp_avv
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov ur\u00a0leverantörsreskontran", "'25", "Ekonomichef", "Genomförd.",
         "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av att representationsfakturor har syfte och deltagare angivna",
         "Stickprov", "20", "Redovisningsansvarig", "GENOMFÖRD MED AVVIKELSE",
         "3 av 20 fakturor saknade deltagarförteckning. Påminnelse skickad till\u00a0chefer.",
         "GENOMFORD", "ja"),
        ("3", "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Analys i\u00a0inköpsanalysverktyget", "' 12 ", "Upphandlingschef", " klar ! ",
         "Avtalstroheten uppgick till 91 %. Inga köp över direktupphandlingsgränsen utan avtal.",
         "GENOMFORD", "nej"),
        ("4", "Personal", "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Avstämning mot HR-systemet", "", "HR-chef", "Ej" + NBSP + "genomförd",
         "Flyttas till hösten p.g.a. byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("5", "Ekonomi", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
         "Registeruttag", "", "Systemförvaltare", "Del" + SHY + "vis",
         "Genomgång gjord för ekonomiavdelningen, HR-avdelningen återstår.", "DELVIS", ""),
        ("6", "IT / informationssäkerhet", "Loggkontroll av åtkomst till personalsystemet",
         "Logguttag", "'10", "IT-chef", "   ", " ", "SAKNAS", ""),
        ("7", "Kansli", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov", "30", "Registrator", ZWSP + "GENOMFÖRD" + ZWSP,
         "4 av 30 handlingar diariefördes först efter 5–7 dagar.", "GENOMFORD", "ja"),
        ("8", "Kansli", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor", "", "Kanslichef", "Pågår\u2026",
         "Kontroll av jan–juni gjord, juli–aug görs i september.", "DELVIS", ""),
        ("9", "Säkerhet", "Krisledningsplanen är uppdaterad och övad",
         "Dokumentgranskning", "", "Säkerhetssamordnare", "Utgår –",
         "Utgår enligt KS beslut 2025-03-12 § 45, ersätts av ny plan för civilt försvar.",
         "UTGAR", ""),
        ("10", "Ekonomi", "Avstämning av kundfordringar och påminnelserutin",
         "Avstämning", "'5", "Redovisningsansvarig", "",
         "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        ws.append(list(r[:8]))
        exp(fil, nd, clean(r[2]), r[8], r[9])
    ws.append([])
    last = ws.max_row + 1
    ws.cell(row=last, column=1, value="Summa genomförda:")
    ws.cell(row=last, column=5, value="'6")
    ws.cell(row=last + 2, column=1,
            value="Uppföljningen godkänd av kommundirektör" + NBSP + "Anna Lindqvist, 2025-09-15")
    widths = [5, 18, 48, 26, 10, 20, 14, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for row in ws.iter_rows(min_row=6):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, T2 ; broken words, ALL CAPS header
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(9)
        if i < len(lines) - 1:
            run.add_break()


def f2():
    fil = "BUN uppföljning intern kontroll T2 2025.docx"
    nd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("BARN- OCH UTBILDNINGSNÄMNDEN", level=1)
    d.add_paragraph("Uppföljning av intern kontroll, tertial" + NBSP + "2 2025")
    d.add_paragraph("Enligt nämndens ”Plan för intern kontroll 2025” ska kontrollerna följas upp "
                    "per tertial. Nedan redovisas status efter tertial 2 (maj–aug). Texten har "
                    "kopierats från förvaltningens arbetsdokument.")
    hdr = ["NR", "RISK" + SHY + "OMRÅDE", "KONTROLL-\nMOMENT", "FREKVENS", "STATUS\nT2", "KOMMENTAR"]
    rows = [
        ("1", "Personal", "Registerutdrag ur belastnings-\nregistret har uppvisats före anställning inom förskola och skola",
         "Registerutdrag ur belastningsregistret har uppvisats före anställning inom förskola och skola",
         "Varje tertial", "Genom-\nförd", "Stickprov 15 nyanställda, samtliga hade uppvisat utdrag.",
         "GENOMFORD", "nej"),
        ("2", "Elevhälsa", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         None, "Varje tertial", "GENOM-\nFÖRD",
         "Av 40 anmälningar var 6 inte anmälda inom en vecka. Rutinen har förtydligats till rektorerna.",
         "GENOMFORD", "ja"),
        ("3", "Elevhälsa", "Elevers frånvaro följs upp enligt rutinen för ”problematisk skolfrånvaro”",
         None, "Två ggr/år", "Del-\nvis genom-\nförd", "Granskat på 4 av 7 skolor, övriga under hösten.",
         "DELVIS", ""),
        ("4", "Skolskjuts", "Ansökningar om skolskjuts handläggs inom fyra veckor",
         None, "Årligen", "Ej genom-\nförd", "Ingen kontroll under perioden – resursbrist på enheten.",
         "EJ_GENOMFORD", ""),
        ("5", "Ekonomi", "Barnomsorgsavgifter debiteras enligt taxa",
         None, "Varje tertial", "Genomförd" + NBSP, "Inga fel i stickprov om 30 fakturor.",
         "GENOMFORD", "nej"),
        ("6", "Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet",
         None, "Årligen", "—", "", "SAKNAS", ""),
        ("7", "Ekonomi", "Inventarieförteckning för elevdatorer är uppdaterad",
         None, "Årligen", "Ej aktuell", "Elevdatorerna leasas från 2025 – kontrollen är inte längre aktuell.",
         "UTGAR", ""),
        ("8", "Ekonomi", "Attest av fakturor för skolmåltider",
         None, "Varje tertial", "Genom\u2010\nförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("9", "Kvalitet", "Synpunkter och klagomål besvaras inom 14 dagar",
         None, "Varje tertial", "Pågår", "Sammanställning klar i oktober.", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for r in rows:
        cells = t.add_row().cells
        vals = [r[0], r[1], r[2], r[4], r[5], r[6]]
        for i, v in enumerate(vals):
            set_cell(cells[i], v)
        exp(fil, nd, r[3] if r[3] else clean(r[2]), r[7], r[8])
    d.add_paragraph("")
    d.add_paragraph("Beslutad av barn- och utbildningsnämnden 2025-10-22, § 118.")
    d.add_paragraph("Maria Ek" + NBSP + "– förvaltningschef")
    fix_doc(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Stratsys export - Socialnämnden + Överförmyndarnämnden, helår; HTML entities, tabs
# ---------------------------------------------------------------------------
def f3():
    fil = "stratsys_export_internkontroll_2025-12-31.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2",
           "Status Helår", "Kommentar"]
    SN, OF = "Socialnämnden", "Överförmyndarnämnden"
    rows = [
        ("Socialförvaltningen", "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut &amp; attest",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut & attest",
         "Enhetschef&nbsp;EB", "Genomförd", "Genomförd", "Genomförd",
         "Stickprov 30 utbetalningar,&nbsp;inga avvikelser.", SN, "GENOMFORD", "nej"),
        ("Socialförvaltningen", "Barn &amp; unga",
         "Orosanmälningar förhandsbedöms inom 14 dagar",
         None, "Sektionschef IFO", "Påbörjad", "Pågår", "Genomförd med avvikelse",
         "12 av 85 förhandsbedömningar tog mer än 14 dagar.\tÅtgärdsplan upprättad.", SN, "GENOMFORD", "ja"),
        ("Socialförvaltningen", "LSS",
         "Beslut om insatser enligt LSS verkställs inom tre månader",
         None, "Verksamhetschef LSS", "", "Ej genomförd", "EJ&nbsp;GENOMFÖRD",
         "Kontrollen har inte kunnat genomföras p.g.a. vakanser.", SN, "EJ_GENOMFORD", ""),
        ("Socialförvaltningen", "Äldreomsorg",
         "Avgifter inom äldreomsorgen beräknas korrekt (maxtaxa)",
         None, "Avgiftshandläggare", "Genomförd", "Delvis genomförd", "",
         "Höstens stickprov: hälften av ärendena granskade.", SN, "DELVIS", ""),
        ("Socialförvaltningen", "Hälso- &amp; sjukvård",
         "Journalanteckningar enligt HSL görs inom fem dagar",
         "Journalanteckningar enligt HSL görs inom fem dagar",
         "MAS", "&ndash;", "&ndash;", "Utgår",
         "Utgår enligt beslut SN 2025-06-18 &sect; 72 &ndash; ersätts av egenkontroll.", SN, "UTGAR", ""),
        ("Socialförvaltningen", "Äldreomsorg",
         "Privata medel för brukare på särskilt boende redovisas kvartalsvis",
         None, "Enhetschefer SÄBO", "Genomförd", "Genomförd", "&nbsp;", "", SN, "GENOMFORD", ""),
        ("Socialförvaltningen", "Arbetsmiljö",
         "Hot- och våldssituationer rapporteras i\tLISA",
         "Hot- och våldssituationer rapporteras i LISA",
         "HR-partner", "", "", "", "Se bilaga 3", SN, "OKLAR", ""),
        ("Överförmyndarnämnden", "Tillsyn",
         "Årsräkningar granskas inom sex månader",
         None, "Handläggare ÖFN", "Pågår", "Pågår", "Genomförd",
         "Samtliga 212 årsräkningar granskade; 3 med anmärkning om saknade underlag.", OF, "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Rekrytering",
         "Ställföreträdare kontrolleras mot belastningsregistret inför förordnande",
         None, "Handläggare ÖFN", "", "", "Genomförd ", "Inga avvikelser", OF, "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Arvoden",
         "Arvoden till gode män beräknas enligt nämndens riktlinje",
         None, "Enhetschef ÖFN", "", "", "ej påbörjad", "Skjuts till 2026.", OF, "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8]])
            exp(fil, r[9], r[3] if r[3] else r[2], r[10], r[11])
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", OF, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - Hypergene csv, T1, double-encoded (mojibake)
# ---------------------------------------------------------------------------
def f4():
    fil = "tekniska_ik_2025_T1.csv"
    nd = "Tekniska nämnden"
    lines = [
        ["Rapport: Internkontroll – uppföljning", "", "", "", "", "", ""],
        ["Nämnd: Tekniska nämnden", "", "", "", "", "", ""],
        ["Period: Tertial 1 2025 (jan–apr)", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Id", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Granskat antal", "Bedömning", "Kommentar"],
    ]
    rows = [
        ("TN-01", "Ekonomi", "Attest av leverantörsfakturor för väghållning", "Controller", "20",
         "Genomförd", "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
        ("TN-02", "Fastighet", "Hyresavtal för kommunens lokaler är uppdaterade i avtalsdatabasen",
         "Fastighetschef", "48", "Delvis genomförd", "Hälften av avtalen genomgångna.", "DELVIS", ""),
        ("TN-03", "VA", "Provtagning av dricksvatten sker enligt kontrollprogrammet", "VA-ingenjör", "36",
         "Genomförd med avvikelse", "Två provtagningar i Åsby gjordes för sent.", "GENOMFORD", "ja"),
        ("TN-04", "Fordon", "Körjournaler för kommunens fordon förs fullständigt", "Fordonssamordnare", "",
         "Ej påbörjad", "Planeras till tertial 2.", "EJ_GENOMFORD", ""),
        ("TN-05", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras", "Upphandlare", "14",
         "Genomförd", "Tre av 14 direktupphandlingar saknade dokumentation – åtgärdat.", "GENOMFORD", "ja"),
        ("TN-06", "Avfall", "Fakturering av renhållningsavgift stäms av mot abonnentregistret",
         "Avfallschef", "", "", "", "SAKNAS", ""),
        ("TN-07", "Arbetsmiljö", "Skyddsronder genomförs på samtliga arbetsplatser", "Enhetschefer", "",
         "Pågår", "", "DELVIS", ""),
        ("TN-08", "Gata/park", "Lekplatsbesiktningar utförs och brister åtgärdas", "Parkchef", "",
         "Utgår", "Ansvaret för lekplatser är överfört till Kultur- och fritidsförvaltningen.", "UTGAR", ""),
    ]
    import io
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for l in lines:
        w.writerow(l)
    for r in rows:
        w.writerow(r[:7])
        exp(fil, nd, r[2], r[7], r[8])
    w.writerow(["", "", "", "", "", "", ""])
    w.writerow(["Utskriven 2025-05-12 av ekonomienheten", "", "", "", "", "", ""])
    text = buf.getvalue()
    # double encoding: UTF-8 bytes read as Windows-1252, saved again as UTF-8
    moj = text.encode("utf-8").decode("cp1252")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(moj.encode("utf-8"))
    FILES.append((fil, "INLAST", nd, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - ods, delår; ALL CAPS, leading apostrophes, tabs
# ---------------------------------------------------------------------------
def f5(tmp):
    fil = "KFN_internkontroll_2025_delar.ods"
    nd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "KULTUR- OCH FRITIDSNÄMNDEN"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "INTERNKONTROLLPLAN 2025 – UPPFÖLJNING DELÅR (JAN–AUG)"
    ws["A2"].font = Font(bold=True)
    ws.append([])
    ws.append(["PROCESS", "RISK", "KONTROLLMOMENT", "RISK-\nVÄRDE", "STATUS" + NBSP + "DELÅR", "KOMMENTAR"])
    for c in ws[4]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Bidrag", "Felaktiga utbetalningar", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", "'12",
         "'GENOMFÖRD", "Stickprov 10 föreningar – inga avvikelser.", "GENOMFORD", "nej"),
        ("Bidrag", "Bidrag används inte för avsett ändamål",
         "Föreningar som fått bidrag har lämnat verksamhetsberättelse och ekonomisk redovisning",
         " 9 ", "GENOMFÖRD MED ANMÄRKNING",
         "4 föreningar har inte lämnat redovisning; påminnelse skickad ”senast 30/9”.", "GENOMFORD", "ja"),
        ("Bibliotek", "Stöld/förskingring", "Kontanthantering vid bibliotekens kassor stäms av månadsvis",
         "'8", "DELVIS\tGENOMFÖRD", "Huvudbiblioteket klart,\tfilialerna återstår.", "DELVIS", ""),
        ("Anläggningar", "Intäktsbortfall",
         "Bokning och fakturering av idrottshallar stämmer mot bokningssystemet", "6", "  ", "\t",
         "SAKNAS", ""),
        ("Kulturskola", "Felaktig debitering", "Elevavgifter i kulturskolan debiteras enligt taxa", "'4",
         "'Ej genomförd", "Ej genomförd – ny rektor från augusti.", "EJ_GENOMFORD", ""),
        ("Anläggningar", "Miljö/arbetsmiljö", "Badhusets kemikaliehantering följer egenkontrollprogrammet",
         "'16", "UTGÅR", "Badhuset är stängt för renovering hela 2025.", "UTGAR", ""),
        ("Evenemang", "Avtalsrisk", "Avtal med externa arrangörer är undertecknade före evenemang", "6",
         "KLAR.", "Samtliga 8 avtal undertecknade i tid.", "GENOMFORD", "nej"),
        ("Bidrag", "Regelefterlevnad", "Lotteritillstånd registreras och redovisas", "'3",
         "SE BILAGA", "", "OKLAR", ""),
    ]
    for r in rows:
        ws.append(list(r[:6]))
        exp(fil, nd, clean(r[2]), r[6], r[7])
    ws.append([])
    ws.append(["TECKENFÖRKLARING: GENOMFÖRD / DELVIS GENOMFÖRD / EJ GENOMFÖRD / UTGÅR"])
    ws.append(["Rapporterat av: Johan Sandberg" + NBSP + "(kvalitetsutvecklare) 2025-09-10"])
    for i, wdt in enumerate([16, 26, 52, 8, 22, 50]):
        ws.column_dimensions[chr(65 + i)].width = wdt
    src = os.path.join(tmp, "KFN_internkontroll_2025_delar.xlsx")
    fix_wb(wb)
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - .doc, helår, two tables, nämnd only in page header
# ---------------------------------------------------------------------------
def f6(tmp):
    fil = "Samhällsbyggnad IK-uppföljning helår 2025.doc"
    nd = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Miljö-" + NBSP + "och byggnadsnämnden\tDnr MBN 2025/0012"
    d.add_heading("Samhällsbyggnadsförvaltningen", level=1)
    d.add_paragraph("UPPFÖLJNING AV INTERNKONTROLLPLAN 2025 – HELÅR")
    d.add_paragraph("Kontrollerna redovisas per verksamhetsområde. Kolumnen ”Avvikelse” anger om "
                    "kontrollen visat på fel eller brister.")
    hdr = ["Kontroll" + SHY + "moment", "Status" + NBSP + "helår", "Avvikelse" + ZWSP, "Kommentar\u00a0"]
    blocks = [
        ("Miljö- och hälsoskydd", [
            ("Tillsynsavgifter debiteras enligt taxa och tillsynsplan", "Genomförd.", "Nej",
             "Inga fel i stickprov om 25 ärenden.", "GENOMFORD", "nej"),
            ("Handläggningstid för anmälningsärenden enligt miljöbalken följs upp", "Genomförd!", "Ja",
             "Handläggningstiden översteg målet i 9 % av ärendena.", "GENOMFORD", "ja"),
            ("Livsmedelskontroller genomförs enligt den risk" + SHY + "baserade kontrollplanen", "DELVIS\u2026", "",
             "78 % av planerade kontroller genomförda.", "DELVIS", ""),
            ("Jäv och bisysslor hos inspektörer dokumenteras", "ej genomförd .", "",
             "Har inte hunnits med under året – flyttas till 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Bygglov och tillsyn", [
            ("Bygglov beslutas inom lagstadgad tid (10 veckor)", "GENOMFÖRD", "JA ",
             "Fem ärenden överskred tidsfristen,\tavgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
            ("Avgiftsreduktion enligt PBL hanteras korrekt", " ", "",
             "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
            ("Slutbesked utfärdas först efter fullständig dokumentation", "Se bilaga 2", "", "",
             "OKLAR", ""),
            ("Arkivering av bygglovshandlingar i e-arkivet", "Avbruten", "",
             "Avbruten genom beslut MBN 2025-05-20 § 61.", "UTGAR", ""),
        ]),
    ]
    for title, rows in blocks:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for r in rows:
            cells = t.add_row().cells
            for i in range(4):
                set_cell(cells[i], r[i])
            exp(fil, nd, clean(r[0]), r[4], r[5])
        d.add_paragraph("")
    d.add_paragraph("Samhällsbyggnadschef Per Holm, 2026-01-28")
    src = os.path.join(tmp, "Samhällsbyggnad IK-uppföljning helår 2025.docx")
    fix_doc(d)
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Hällsjö Bostäder AB - xlsx, T1 and T2 side by side
# ---------------------------------------------------------------------------
def f7():
    fil = "Hallsjo_Bostader_IK_T2_2025.xlsx"
    nd = "Hällsjö Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Hällsjö Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning tertial" + NBSP + "2"
    ws.append([])
    ws.append(["#", "Kontroll" + ZWSP + "moment", "Antal kontrollerade", "Status" + NBSP + "T1",
               "Kommentar T1", "Status" + NBSP + "T2" + NBSP, "Kommentar T2"])
    thin = Side(style="thin")
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("1", "Hyresavier och hyresinbetalningar stäms av mot reskontran", "12", "Genomförd", "",
         "Genomförd – utan anmärkning", "", "GENOMFORD", "nej"),
        ("2", "Lägenhetsförmedling sker enligt bolagets uthyrningspolicy", "15", "Delvis",
         "Halva urvalet granskat.", "GENOMFÖRD – MED ANMÄRKNING",
         "2 av 15 kontrakt saknade dokumenterad köordning.", "GENOMFORD", "ja"),
        ("3", "Besiktning vid avflytt dokumenteras och debiteras", "", "", "", "—", "",
         "SAKNAS", ""),
        ("4", "Attest av entreprenadfakturor över 50" + NBSP + "000 kr", "'40", "Genomförd", "",
         "Genomförd.", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5", "Nyckel- och taggsystem: spärr av förlorade taggar", "", "Ej påbörjad", "",
         "EJ GENOMFÖRD", "Systemleverantören byts; kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("6", "Systematiskt brandskyddsarbete i flerbostadshus", "'44", "Delvis", "",
         "Delvis genomförd", "Ronder klara i 31 av 44 fastigheter.", "DELVIS", ""),
        ("7", "Förtroendekänsliga poster (representation, resor) granskas", "25", "", "",
         "Genomförd", "”Mindre brister” i dokumentationen av deltagare i 2 fall.", "GENOMFORD", "ja"),
        ("8", "Uppföljning av hyresskulder och avhysningsärenden", "", "Utgår",
         "Hanteras i kreditpolicyn.", "Utgår", "‐", "UTGAR", ""),
    ]
    for r in rows:
        ws.append(list(r[:7]))
        exp(fil, nd, clean(r[1]), r[7], r[8])
    ws.append(["", "Totalt kontrollerade", "'136"])
    ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
    ws.append([])
    ws.append(["", "Godkänd av VD Lena Åberg 2025-09-30"])
    for row in ws.iter_rows(min_row=4, max_row=12):
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, wdt in zip("ABCDEFG", [4, 50, 12, 14, 28, 26, 50]):
        ws.column_dimensions[col].width = wdt
    ws.oddHeader.center.text = "Hällsjö Bostäder AB – intern kontroll"
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (no follow-up in it)
# ---------------------------------------------------------------------------
def f8():
    fil = "Följebrev – uppföljning intern kontroll BUN T2 2025.docx"
    d = docx.Document()
    d.add_paragraph("Barn-" + NBSP + "och utbildningsförvaltningen")
    d.add_paragraph("2025-10-23")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Följebrev" + NBSP + "– uppföljning av intern kontroll T2 2025", level=1)
    d.add_paragraph("Hej!")
    d.add_paragraph("Härmed översänds barn- och utbildningsnämndens uppföljning av internkontroll" + SHY +
                    "planen för tertial 2 2025, beslutad av nämnden 2025-10-22 § 118. Uppföljningen finns "
                    "i den bifogade filen ”BUN uppföljning intern kontroll T2 2025.docx”.")
    d.add_paragraph("Av nämndens nio kontrollmoment har fyra genomförts, två pågår och en kontroll har "
                    "utgått. Vi återkommer med helårsuppföljningen i januari.")
    d.add_paragraph("Vänliga hälsningar" + NBSP)
    d.add_paragraph("Maria Ek\nFörvaltningschef")
    fix_doc(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggförvaltningen"),
        ("Valnämnden", "VN"),
        ("Hällsjö Bostäder AB", "Hällsjöbostäder|HBAB|Hallsjo Bostader"),
        ("Räddningstjänstförbundet Mellersta Hällsjö", "RMH|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r264_")
    try:
        f1(); f2(); f3(); f4(); f5(tmp); f6(tmp); f7(); f8()
        registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
