#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 568 - Hultsfreds kommun, delårsuppföljning internkontroll 2025 (jan-aug).

Builds every follow-up file plus namnder.csv, files.csv and expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round568"
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Hultsfreds kommun"


def fix_doc(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Hultsfreds kommun"
    cp.author = "Hultsfreds kommun"


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# A. Kommunstyrelsen - xlsx, traffic-light fill status, legend box top right
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppfoljning_internkontrollplan_delar_2025.xlsx"
    nm = "Kommunstyrelsen"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor jan–jun", "Ekonomichef", GREEN,
         "Stickprov av 25 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Representation och andra förtroendekänsliga poster redovisas med syfte och deltagare",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", YELLOW,
         "2 av 15 verifikationer saknade deltagarförteckning. Påminnelse skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("3", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomgång av direktupphandlingsregistret", "Upphandlingssamordnare", RED,
         "Ej genomförd under perioden p.g.a. vakans. Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("4", "Personal", "Lön betalas endast ut till personer med giltigt anställningsavtal",
         "Avstämning lönesystem mot HR-systemet", "HR-chef", GREEN,
         "Avstämning gjord i maj. Inga avvikelser.", "GENOMFORD", "nej"),
        ("5", "Personal", "Bisysslor anmäls och bedöms enligt kommunens riktlinje",
         "Enkät till chefer", "HR-chef", None,
         "Pågår. Enkäten skickades ut i augusti, svaren sammanställs under september.", "DELVIS", "nej"),
        ("6", "IT och informationssäkerhet", "Behörigheter i ekonomisystemet tas bort när anställningen upphör",
         "Avstämning av avslutade anställningar mot behörighetslista", "Systemförvaltare ekonomi", YELLOW,
         "4 konton var fortfarande aktiva efter avslutad anställning. Kontona spärrades 2025-06-12.",
         "GENOMFORD", "ja"),
        ("7", "IT och informationssäkerhet", "Säkerhetskopior av verksamhetssystem testas genom återläsning",
         "Testrapport från IT-enheten", "IT-chef", GREY,
         "Utgår – ansvaret har flyttats till den länsgemensamma IT-driften, se KS 2025-04-08 § 61.",
         "UTGAR", ""),
        ("8", "Dokumenthantering", "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Stickprov 30 handlingar", "Kanslichef", GREEN, "", "GENOMFORD", "nej"),
        ("9", "Säkerhet och beredskap", "Krisledningsplanen är uppdaterad och känd av krisledningsgruppen",
         "Genomgång och övning", "Säkerhetssamordnare", None, "", "SAKNAS", ""),
        ("10", "Kommunikation", "Webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service",
         "Granskning med testverktyg", "Kommunikationschef", GREEN,
         "Granskning genomförd i juni utan anmärkning.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsbokslut per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad av ekonomienheten 2025-09-10. Status markeras med färg enligt teckenförklaringen."
    ws["A3"].font = Font(italic=True)
    # legend box top right
    ws["I1"] = "Teckenförklaring status"
    ws["I1"].font = Font(bold=True)
    ws.merge_cells("I1:J1")
    legend = [(GREEN, "Kontrollen genomförd – inga avvikelser"),
              (YELLOW, "Kontrollen genomförd – avvikelser har noterats"),
              (RED, "Kontrollen ej genomförd"),
              (GREY, "Kontrollen utgår"),
              (None, "Ingen färg = ej rapporterad / pågår (se kommentar)")]
    for i, (col, txt) in enumerate(legend, start=2):
        c = ws.cell(row=i, column=9)
        if col:
            c.fill = fill(col)
        ws.cell(row=i, column=10, value=txt)
    for r in range(1, 7):
        for cc in (9, 10):
            ws.cell(row=r, column=cc).border = BOX
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar / resultat"]
    HR = 8
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=HR, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BOX
        c.alignment = WRAP
    r = HR + 1
    for row in rows:
        nr, proc, km, met, ans, col, kom, st, av = row
        vals = [nr, proc, km, met, ans, None, kom]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        if col:
            ws.cell(row=r, column=6).fill = fill(col)
        EXPECTED.append((fil, nm, km, st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summering").font = Font(bold=True)
    ws.cell(row=r, column=3, value="Grön: 4   Gul: 2   Röd: 1   Grå: 1   Ej rapporterad: 2   Totalt: 10 kontroller")
    r += 2
    ws.cell(row=r, column=2, value="Ansvarig för sammanställningen: Lena Fransson, ekonomichef")
    for col, w in zip("ABCDEFGHIJ", (5, 18, 48, 30, 20, 9, 50, 3, 6, 48)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden - docx, one small 2-col table per control
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning intern kontroll delår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    ctrls = [
        dict(proc="Skolskjuts", km="Beslut om skolskjuts fattas enligt gällande riktlinjer och delegationsordning",
             risk="Felaktiga beslut och ökade kostnader (riskvärde 6)", met="Stickprov 20 beslut",
             ans="Skolskjutshandläggare", st="Genomförd",
             kom="Stickprov av 20 beslut, samtliga fattade enligt riktlinjen och av rätt delegat.",
             exp=("GENOMFORD", "nej")),
        dict(proc="Trygghet och studiero",
             km="Anmälan om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
             risk="Elever får inte skydd, brister i huvudmannens utredningsskyldighet (riskvärde 12)",
             met="Genomgång av anmälningar jan–jun", ans="Verksamhetsutvecklare", st="Genomförd med avvikelse",
             kom="I 6 av 40 ärenden kom anmälan till huvudmannen senare än fem arbetsdagar. "
                 "Rutinen har förtydligats för rektorerna.",
             exp=("GENOMFORD", "ja")),
        dict(proc="Elevhälsa",
             km="Elevers frånvaro följs upp och anmäls enligt rutin för problematisk skolfrånvaro",
             risk="Elever tappar skolgång utan att åtgärder sätts in (riskvärde 12)",
             met="Uppföljning per skolenhet", ans="Elevhälsochef", st="Delvis genomförd",
             kom="Uppföljning gjord på Hagadalsskolan och Vena skola. Övriga skolenheter följs upp under hösten.",
             exp=("DELVIS", "nej")),
        dict(proc="Personal", km="Utdrag ur belastningsregistret kontrolleras innan anställning i förskola och skola",
             risk="Olämplig person anställs (riskvärde 16)", met="Stickprov nyanställda jan–jun",
             ans="HR-konsult", st="",
             kom="Kontrollen genomfördes i juni. Samtliga 32 nyanställda hade visat upp utdrag innan anställning. "
                 "Inga avvikelser.",
             exp=("GENOMFORD", "nej")),
        dict(proc="Ekonomi", km="Kostnader för modersmålsundervisning stäms av mot avtal",
             risk="Fakturor betalas för ej levererad undervisning (riskvärde 4)", met="Avstämning faktura mot avtal",
             ans="Controller BUF", st="Ej genomförd",
             kom="Flyttas till hösten på grund av byte av leverantör från 1 augusti.",
             exp=("EJ_GENOMFORD", "")),
        dict(proc="Lokaler och säkerhet", km="Systematiskt brandskyddsarbete dokumenteras på varje förskola",
             risk="Bristande brandskydd (riskvärde 8)", met="Kontroll av SBA-pärmar",
             ans="Förskolechefer", st="Utgår",
             kom="Utgår enligt beslut BUN 2025-03-18 § 24. Kontrollen ingår i samhällsbyggnadsförvaltningens plan.",
             exp=("UTGAR", "")),
        dict(proc="Ekonomi",
             km="Fakturering av förskoleavgifter stämmer mot placeringsschema och inkomstuppgift",
             risk="Felaktiga avgifter (riskvärde 9)", met="Stickprov 25 placeringar",
             ans="Placeringsansvarig", st="Se bilaga 2", kom="",
             exp=("OKLAR", "")),
        dict(proc="Inköp", km="Inköp av läromedel sker från upphandlade leverantörer",
             risk="Avtalstrohet brister, risk för otillåten direktupphandling (riskvärde 6)",
             met="Stickprov i e-handelssystemet", ans="Controller BUF", st="Pågår",
             kom="Stickprov för januari–juni gjort utan avvikelser, juli–augusti återstår.",
             exp=("DELVIS", "nej")),
    ]
    d = docx.Document()
    fix_doc(d)
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delår januari–augusti 2025").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024 (BUN § 112). Nedan redovisas "
        "resultatet av respektive kontroll per den 31 augusti 2025. Kontroller som inte är slutförda "
        "följs upp igen i årsbokslutet.")
    for i, c in enumerate(ctrls, start=1):
        d.add_paragraph("Kontroll %d" % i).runs[0].bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in (("Process", c["proc"]), ("Kontrollmoment", c["km"]), ("Risk", c["risk"]),
                         ("Kontrollmetod", c["met"]), ("Ansvarig", c["ans"]),
                         ("Status delår", c["st"]), ("Resultat / kommentar", c["kom"])):
            cells = t.add_row().cells
            cells[0].text = lab
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = val
        d.add_paragraph("")
        EXPECTED.append((fil, nm, c["km"], c["exp"][0], c["exp"][1]))
    d.add_paragraph("Bilaga 2: Sammanställning stickprov förskoleavgifter (separat dokument).")
    d.add_paragraph("Hultsfred 2025-09-12")
    d.add_paragraph("Anna Bergqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# C. Stratsys export - CSV, two nämnder, period column (T1 + Delår rows)
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_export_20250908.csv"
    SN, SBN = "Socialnämnden", "Samhällsbyggnadsnämnden"
    org = {SN: "Hultsfreds kommun > Socialnämnden", SBN: "Hultsfreds kommun > Samhällsbyggnadsnämnden"}
    # (nämnd, process, km, metod, ansvarig, {period: (status, avvikelse, kommentar, datum)}, exp_status, exp_avv)
    T1, DL = "2025 Tertial 1", "2025 Delår"
    ctrls = [
        (SN, "Myndighetsutövning", "Beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen",
         "Stickprov 30 beslut", "Enhetschef myndighet",
         {T1: ("Pågående", "", "Stickprov påbörjat.", "2025-04-28"),
          DL: ("Klar", "Nej", "30 beslut granskade, samtliga fattade enligt delegation.", "2025-08-29")},
         "GENOMFORD", "nej"),
        (SN, "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd föregås av kontroll mot Försäkringskassan (SSBTEK)",
         "Stickprov 25 ärenden", "Enhetschef försörjningsstöd",
         {T1: ("Klar", "Nej", "Inga avvikelser i stickprov jan–apr.", "2025-04-25"),
          DL: ("Klar", "Ja", "I 2 av 25 ärenden saknades dokumenterad kontroll. Handläggarna har fått återkoppling.",
               "2025-08-27")},
         "GENOMFORD", "ja"),
        (SN, "Kvalitet", "Rapporter enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
         {T1: ("Ej påbörjad", "", "", "2025-04-30"),
          DL: ("Pågående", "", "Genomgång av 12 rapporter klar; resterande gås igenom i september.", "2025-09-02")},
         "DELVIS", "nej"),
        (SN, "Hälso- och sjukvård", "Läkemedelshantering inom hemtjänsten följer gällande rutin",
         "Egenkontroll per hemtjänstgrupp", "MAS",
         {DL: ("Försenad", "", "Kontrollen har inte kunnat genomföras p.g.a. vakant MAS-tjänst. Planeras till oktober.",
               "2025-08-20")},
         "EJ_GENOMFORD", ""),
        (SN, "Ekonomi", "Brukarnas kontanthantering på särskilt boende redovisas månadsvis",
         "Avstämning kassabok mot kvitton", "Enhetschefer SÄBO",
         {T1: ("Klar", "Nej", "Genomförd på Tallgården och Linnébacken, inga avvikelser.", "2025-04-22"),
          DL: ("", "", "", "")},
         "GENOMFORD", "nej"),
        (SN, "Avtal", "Avtal med externa placeringar (HVB) följs upp minst en gång per år",
         "Avtalsuppföljning", "Enhetschef IFO",
         {DL: ("Avbruten", "", "Avbruten genom beslut SN 2025-05-21 § 48; ersätts av länsgemensam avtalsuppföljning.",
               "2025-05-22")},
         "UTGAR", ""),
        (SN, "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut om insats",
         "Stickprov 20 ärenden", "Enhetschef hemtjänst",
         {DL: ("", "", "", "")},
         "SAKNAS", ""),
        (SN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller",
         {DL: ("Klar", "Nej", "Stickprov 20 fakturor utan anmärkning.", "2025-08-15")},
         "GENOMFORD", "nej"),
        (SBN, "Fastighet", "Lagstadgade besiktningar (OVK, hissar) genomförs enligt plan",
         "Kontroll mot besiktningsplan", "Fastighetschef",
         {DL: ("Klar", "Nej", "Samtliga hissbesiktningar utförda. OVK klar för 14 av 14 objekt.", "2025-08-26")},
         "GENOMFORD", "nej"),
        (SBN, "Gata/park", "Vinterväghållning faktureras enligt avtal med entreprenör",
         "Avstämning faktura mot körjournal", "Gatuchef",
         {DL: ("Klar", "Ja", "Felaktig timdebitering på en faktura (februari); kreditering har erhållits.",
               "2025-06-10")},
         "GENOMFORD", "ja"),
        (SBN, "VA", "Debitering av VA-avgifter stämmer mot avläst mätarställning",
         "Stickprov 40 abonnenter", "VA-chef",
         {DL: ("Pågående", "", "Stickprov pågår i samarbete med kundtjänst.", "2025-08-30")},
         "DELVIS", "nej"),
        (SBN, "Upphandling", "Avrop från ramavtal för byggentreprenader följer avropsordningen",
         "Genomgång av avrop", "Upphandlare",
         {DL: ("Ej påbörjad", "", "Genomförs under tertial 3.", "2025-08-30")},
         "EJ_GENOMFORD", ""),
        (SBN, "Fordon", "Körjournaler för kommunens fordon förs och granskas",
         "Stickprov 10 fordon", "Fordonssamordnare",
         {DL: ("Klar", "Nej", "", "2025-07-03")},
         "GENOMFORD", "nej"),
        (SBN, "Måltid", "Egenkontroll av livsmedelshantering i kommunens kök dokumenteras",
         "Granskning av egenkontrollprogram", "Kostchef",
         {DL: ("Klar", "", "Se bilaga.", "2025-08-18")},
         "GENOMFORD", ""),
        (SBN, "Fastighet", "Hyresavtal för internt uthyrda lokaler är uppdaterade",
         "Genomgång av avtalsregistret", "Lokalstrateg",
         {DL: ("Försenad", "", "Genomgång av 30 av 45 avtal klar, resterande i oktober.", "2025-08-29")},
         "DELVIS", "nej"),
    ]
    hdr = ["Organisation", "Period", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    out = []
    for per in (T1, DL):
        for c in ctrls:
            if per in c[5]:
                st, av, kom, dat = c[5][per]
                out.append([org[c[0]], per, c[1], c[2], c[3], c[4], st, av, kom, dat])
    out.sort(key=lambda r: (r[0] != org[SN], r[1] != T1))
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        w.writerows(out)
    for c in ctrls:
        EXPECTED.append((fil, c[0], c[2], c[6], c[7]))
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# D. Miljö- och byggnadsnämnden - .ods, merged process heading rows, T1 + delår columns
# ---------------------------------------------------------------------------
def file_mbn():
    base = "Internkontroll_uppfoljning_MBN_2025"
    fil = base + ".ods"
    nm = "Miljö- och byggnadsnämnden"
    groups = [
        ("Process: Myndighetsutövning – bygglov", [
            ("1", "Bygglov handläggs inom lagstadgad tid (10 veckor)", 9, "Stickprov 20 ärenden", "Bygglovschef",
             "Genomförd", "Genomförd med avvikelse",
             "3 av 20 ärenden överskred tidsfristen; avgiftsreduktion har tillämpats.", "GENOMFORD", "ja"),
            ("2", "Avgifter för bygglov debiteras enligt gällande taxa", 6, "Stickprov 15 beslut", "Bygglovschef",
             "–", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("3", "Delegationsbeslut anmäls till nämnden", 4, "Jämförelse delegationslista mot protokoll",
             "Nämndsekreterare", "Genomförd", "Genomförd", "", "GENOMFORD", "nej"),
        ]),
        ("Process: Miljö- och hälsoskyddstillsyn", [
            ("4", "Tillsynsplanen följs – planerade inspektioner genomförs", 9, "Uppföljning i ärendesystemet",
             "Miljöchef", "Pågår", "Delvis genomförd", "62 av 95 planerade inspektioner genomförda.",
             "DELVIS", "nej"),
            ("5", "Tillsynsavgifter faktureras efter genomförd inspektion", 6, "Avstämning inspektion mot faktura",
             "Administratör", "", "", "", "SAKNAS", ""),
            ("6", "Klagomålsärenden diarieförs och återkopplas inom 14 dagar", 4, "Stickprov 10 ärenden",
             "Miljöinspektör", "Ej påbörjad", "Ej genomförd",
             "Prioriterades ned p.g.a. hög ärendebelastning under sommaren.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Ekonomi och administration", [
            ("7", "Attest av leverantörsfakturor enligt attestordningen", 6, "Stickprov 10 fakturor",
             "Förvaltningschef", "Genomförd", "Genomförd", "Stickprov 10 fakturor, utan anmärkning.",
             "GENOMFORD", "nej"),
            ("8", "Jäv och bisysslor för inspektörer och handläggare dokumenteras", 8, "Enkät",
             "Förvaltningschef", "–", "Utgår",
             "Kontrollen utgår 2025, den ingår i kommunstyrelsens kontroll av bisysslor (MBN 2025-02-13 § 9).",
             "UTGAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – uppföljning per 31 augusti (delår)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–16)"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Riskvärde", "Kontrollmetod", "Ansvarig",
           "Uppföljning T1 (april)", "Uppföljning delår (augusti)", "Kommentar"]
    r = 5
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    r += 1
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            nr, km, rv, met, ans, t1, dl, kom, st, av = it
            for j, v in enumerate([nr, km, rv, met, ans, t1, dl, kom], start=1):
                c = ws.cell(row=r, column=j, value=(v if v != "" else None))
                c.border = BOX
                c.alignment = WRAP
            EXPECTED.append((fil, nm, km, st, av))
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Uppföljningen behandlad av miljö- och byggnadsnämnden 2025-09-18 § 72.")
    for col, w in zip("ABCDEFGH", (5, 50, 10, 30, 20, 16, 20, 50)):
        ws.column_dimensions[col].width = w
    tmp = p(base + ".xlsx")
    wb.save(tmp)
    soffice(tmp, "ods")
    os.remove(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# E. Överförmyndarnämnden - .xls, nämnd only in file name, tick columns
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden_IK-uppföljning_delår2025.xls"
    nm = "Överförmyndarnämnden"
    rows = [
        ("Årsräkningar granskas och arvoden beslutas senast 30 juni", "Uppföljning av ärendelista",
         "Handläggare", "X", "", "", "Samtliga 212 årsräkningar granskade per 30 juni.", "GENOMFORD", "nej"),
        ("Ställföreträdare har lämnat utdrag ur belastningsregistret innan förordnande",
         "Stickprov 15 ärenden", "Enhetschef", "X", "", "",
         "1 utdrag saknades i akten, kompletterat i juli.", "GENOMFORD", "ja"),
        ("Uttag från spärrade konton sker endast efter samtycke", "Stickprov 20 akter",
         "Handläggare", "", "X", "", "Stickprov på 10 av planerade 20 akter genomfört, inga fel hittills.",
         "DELVIS", "nej"),
        ("Förteckningar över huvudmannens tillgångar inkommer inom två månader", "Bevakningslista",
         "Handläggare", "", "", "X", "Ej genomförd p.g.a. byte av verksamhetssystem under våren.",
         "EJ_GENOMFORD", ""),
        ("Delegationsbeslut återrapporteras till nämnden", "Genomgång av protokoll",
         "Nämndsekreterare", "X", "", "X", "", "OKLAR", ""),
        ("Arvoden till ställföreträdare betalas ut enligt nämndens riktlinjer", "Stickprov 20 utbetalningar",
         "Ekonom", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Gallring av akter sker enligt dokumenthanteringsplanen", "Kontroll av arkiv",
         "Arkivansvarig", "", "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    bold = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                        "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Uppföljning intern kontroll 2025", big)
    ws.write(1, 0, "Period: januari–augusti (delårsbokslut)", bold)
    ws.write(2, 0, "Markera med X i den kolumn som stämmer.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd", "Delvis genomförd",
           "Ej genomförd", "Kommentar / åtgärd"]
    for j, h in enumerate(hdr):
        ws.write(4, j, h, hdrst)
    for i, row in enumerate(rows, start=5):
        for j in range(7):
            ws.write(i, j, row[j], ctr if 3 <= j <= 5 else cell)
        EXPECTED.append((fil, nm, row[0], row[7], row[8]))
    ws.write(5 + len(rows) + 2, 0, "Rapporterat av: Maria Lind, handläggare, 2025-09-04")
    for j, w in enumerate((50, 26, 18, 11, 11, 11, 50)):
        ws.col(j).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F. Hultsfreds Bostäder AB - xlsx, status codes G/D/E/- with legend on sheet 2
# ---------------------------------------------------------------------------
def file_hbab():
    fil = "HBAB Intern kontroll uppföljning 2025-08.xlsx"
    nm = "Hultsfreds Bostäder AB"
    rows = [
        ("Ekonomi", "Hyresavier skickas ut och inbetalningar stäms av mot hyresreskontran", "Månadsvis",
         "Ekonomichef", "G", "G", "", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kundfordringar äldre än 60 dagar lämnas till inkasso", "Tertial", "Ekonomichef",
         "D", "G", "", "Rutinen följs. Tre ärenden lämnades för sent i april, rättat.", "GENOMFORD", "ja"),
        ("Fastighet", "Underhållsplanen följs upp mot budget", "Tertial", "Fastighetschef",
         "G", "D", "", "Uppföljning av planerat underhåll i Vena och Målilla pågår.", "DELVIS", "nej"),
        ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicy och köordning", "Halvår",
         "Uthyrningsansvarig", "-", "E", "", "Flyttad till hösten.", "EJ_GENOMFORD", ""),
        ("Inköp", "Inköp över 100 tkr föregås av upphandling enligt LOU", "Tertial", "VD",
         "G", "", "", "", "GENOMFORD", "nej"),
        ("Säkerhet", "Brandskyddskontroller i trapphus och källarförråd genomförs", "Halvår",
         "Fastighetschef", "-", "-", "", "Utgår 2025 – ingår i avtalet med räddningstjänsten.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Ekonomichef",
         "G", "G", "", "Stickprov 15 fakturor per tertial.", "GENOMFORD", "nej"),
        ("IT", "Behörigheter i hyressystemet ses över", "Halvår", "IT-ansvarig",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Hultsfreds Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning t.o.m. augusti"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Statuskoder enligt fliken Förklaring"
    ws["A3"].font = Font(italic=True)
    hdr = ["Område", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "Delår", "T3", "Notering"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("E2EFDA")
    for i, row in enumerate(rows, start=6):
        for j, v in enumerate(row[:8], start=1):
            c = ws.cell(row=i, column=j, value=(v if v != "" else None))
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal=("center" if 5 <= j <= 7 else None))
            if v == "-":
                c.data_type = "s"
        EXPECTED.append((fil, nm, row[1], row[8], row[9]))
    ws.cell(row=6 + len(rows) + 1, column=1, value="Godkänd av VD 2025-09-05")
    for col, w in zip("ABCDEFGH", (12, 55, 11, 18, 6, 7, 6, 50)):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring statuskoder"
    lg["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([("G", "Genomförd"), ("D", "Delvis genomförd / pågår"),
                                ("E", "Ej genomförd"), ("-", "Utgår / ej aktuell för perioden"),
                                ("(tom)", "Ej rapporterad")], start=3):
        lg.cell(row=i, column=1, value=k).data_type = "s"
        lg.cell(row=i, column=2, value=t)
    lg.column_dimensions["B"].width = 36
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# G. Kultur- och fritidsnämnden - .odt, one plain table (easy)
# ---------------------------------------------------------------------------
def file_kfn():
    base = "Kultur- och fritidsnämnden internkontroll delår 2025"
    fil = base + ".odt"
    nm = "Kultur- och fritidsnämnden"
    rows = [
        ("Föreningsbidrag betalas ut enligt bidragsreglerna och efter inkommen redovisning", "Fritidschef",
         "Genomförd", "Stickprov 12 ansökningar, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kassahantering i simhallen och på biblioteket stäms av dagligen", "Enhetschefer",
         "Genomförd med anmärkning", "Kassadifferens på 340 kr i simhallen i maj, utredd och rapporterad.",
         "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar debiteras enligt taxa", "Bokningsansvarig", "Pågående",
         "Avstämning mot bokningssystemet pågår.", "DELVIS", "nej"),
        ("Inventarieförteckningen för kulturskolans instrument är uppdaterad", "Kulturskolechef",
         "Ej påbörjad", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("Utlån ur kommunens konstsamling registreras", "Kultursekreterare", "Ej aktuell",
         "Inga utlån har gjorts under 2025.", "UTGAR", ""),
        ("Avtal med externa arrangörer på festivalområdet följs upp", "Kulturchef", "Genomförd", "",
         "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    fix_doc(d)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning internkontrollplan 2025 – delårsrapport januari–augusti")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        t.rows[0].cells[j].text = h
        t.rows[0].cells[j].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for j in range(4):
            cells[j].text = row[j]
        EXPECTED.append((fil, nm, row[0], row[4], row[5]))
    d.add_paragraph("")
    d.add_paragraph("Hultsfred 2025-09-08, Per Holmgren, kultur- och fritidschef")
    tmp = p(base + ".docx")
    d.save(tmp)
    soffice(tmp, "odt")
    os.remove(tmp)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# H. Rejected: Missiv (covering letter) in Word, no controls
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv - uppföljning intern kontroll delår 2025.docx"
    d = docx.Document()
    fix_doc(d)
    d.add_paragraph("HULTSFREDS KOMMUN").runs[0].bold = True
    d.add_paragraph("Kommunledningsförvaltningen, ekonomienheten\nDatum: 2025-09-15\nDnr KS 2025/0187")
    d.add_paragraph("Till: Kommunstyrelsen")
    d.add_heading("Missiv – nämndernas uppföljning av intern kontroll, delår 2025", level=2)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnder och bolag följa upp sina "
        "internkontrollplaner i samband med delårsbokslutet och rapportera resultatet till kommunstyrelsen.")
    d.add_paragraph(
        "Ekonomienheten har tagit emot uppföljningar från kommunstyrelsen, barn- och utbildningsnämnden, "
        "socialnämnden, samhällsbyggnadsnämnden, miljö- och byggnadsnämnden, kultur- och fritidsnämnden, "
        "överförmyndarnämnden samt Hultsfreds Bostäder AB. Uppföljningarna bifogas i sin helhet.")
    d.add_paragraph(
        "Sammantaget visar uppföljningarna att merparten av de planerade kontrollerna har genomförts. "
        "Ett antal kontroller är försenade och kommer att redovisas i samband med årsbokslutet.")
    d.add_paragraph("Förslag till beslut").runs[0].bold = True
    d.add_paragraph("Kommunstyrelsen noterar informationen och lägger uppföljningarna till handlingarna.")
    d.add_paragraph("\nLena Fransson\nEkonomichef")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Tekniska kontoret"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggkontoret"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Overformyndarnamnden"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Hultsfreds Bostäder AB", "HBAB|Hultsfreds Bostäder|Hultsfreds Bostad AB"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_ks()
    file_bun()
    file_stratsys()
    file_mbn()
    file_ofn()
    file_hbab()
    file_kfn()
    file_missiv()
    write_csvs()


if __name__ == "__main__":
    main()
