#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 378 - Bjuråker kommun, delår 2025.
Builds all follow-up files, the rejected file and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round378"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och bygg|SBF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Bjuråker"),
    ("Bjuråkers Bostäder AB", "BBAB|Bostadsbolaget|Bjuråkersbostäder"),
    ("Valnämnden", "VN"),
    ("Lönenämnden", "Gemensam lönenämnd|Lönecenter"),
]


# ---------------------------------------------------------------------------
# File 1: Stratsys CSV export (cp1252), KS + TN
# ---------------------------------------------------------------------------
def file1():
    fil = "stratsys_export_IK_20250912.csv"
    cols = ["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår"]
    ks = "Kommunstyrelsen / Kommunledningsförvaltningen"
    tn = "Tekniska nämnden / Tekniska förvaltningen"
    rows = [
        # org, process, risk, km, metod, ansv, sT1, kT1, sD, kD, expected status, avv
        (ks, "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial",
         "Ekonomichef", "Genomförd", "Inga avvikelser.", "Genomförd",
         "40 fakturor granskade, 2 saknade korrekt beslutsattest. Rutinen har kommunicerats till attestanterna.",
         "GENOMFORD", "ja"),
        (ks, "Ekonomi", "Jäv vid attest",
         "Kontroll av att beslutsattestant inte attesterar egna kostnader", "Uttag ur ekonomisystemet",
         "Redovisningsansvarig", "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (ks, "HR/Lön", "Felaktig lön",
         "Kontroll av att anställningsavtal finns registrerade i lönesystemet före första utbetalning",
         "Stickprov nyanställda", "HR-chef", "Pågående", "", "Pågående",
         "Stickprov gjort för mars–maj utan anmärkning, juni–augusti återstår.", "DELVIS", "nej"),
        (ks, "Upphandling", "Otillåtna direktupphandlingar",
         "Granskning av direktupphandlingar över 100 tkr avseende dokumentation", "Genomgång av diarium",
         "Upphandlingschef", "Ej påbörjad", "Planeras till T2.", "", "", "EJ_GENOMFORD", ""),
        (ks, "Informationssäkerhet", "Obehörig åtkomst",
         "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning", "Avstämning mot HR-system",
         "IT-chef", "", "", "Genomförd med avvikelse",
         "3 konton för avslutade anställda var fortfarande aktiva.\nKontona stängdes 2025-06-18.",
         "GENOMFORD", "ja"),
        (ks, "Dokumenthantering", "Bristande diarieföring",
         "Kontroll att allmänna handlingar diarieförs inom föreskriven tid", "Stickprov",
         "Kanslichef", "Utgår", "Utgår enligt KS beslut 2025-03-04 § 41, ingår i ny arkivplan.", "Utgår", "",
         "UTGAR", ""),
        (ks, "Ekonomi", "Förtroendeskada",
         "Kontroll av representation och förtroendekänsliga utgifter mot riktlinjer", "Stickprov 15 verifikat",
         "Controller", "", "", "", "Se bilaga 2", "OKLAR", ""),
        (tn, "Fastighet", "Eftersatt underhåll",
         "Kontroll av att planerat underhåll genomförs enligt underhållsplan", "Avstämning mot underhållsplan",
         "Fastighetschef", "Pågående", "", "Delvis genomförd",
         "Ca 60 % av planerade åtgärder utförda, resterande planeras till september–oktober.", "DELVIS", ""),
        (tn, "VA", "Otjänligt dricksvatten",
         "Uppföljning av provtagningsprogram för dricksvatten", "Avstämning mot provtagningsprogram",
         "VA-chef", "Genomförd", "", "Genomförd",
         "Samtliga prover tagna enligt program. Ett prov från Bjuråkers vattenverk bedömdes tjänligt med anmärkning, åtgärdat.",
         "GENOMFORD", "ja"),
        (tn, "Gata/Park", "Bristande avtalsuppföljning",
         "Kontroll av entreprenörens utförande enligt avtal om vinterväghållning", "5 stickprov under säsongen",
         "Gatuchef", "Genomförd", "5 stickprov utförda, inga avvikelser.", "", "", "GENOMFORD", "nej"),
        (tn, "Avfall", "Felaktig fakturering",
         "Avstämning av renhållningsavgifter mot abonnentregister", "Avstämning",
         "Avfallssamordnare", "Ej påbörjad", "", "Ej genomförd", "Har inte hunnits med på grund av vakanser.",
         "EJ_GENOMFORD", ""),
        (tn, "Fordon", "Otillåten användning av drivmedelskort",
         "Kontroll av tankningar med drivmedelskort mot körjournal", "Stickprov 2 månader",
         "Fordonsansvarig", "", "", "Genomförd",
         "Avvikelse: 4 tankningar saknade notering i körjournal. Berörda förare har kontaktats.",
         "GENOMFORD", "ja"),
        (tn, "Inköp", "Bristande avtalstrohet",
         "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial", "Uttag ur e-handelssystemet",
         "Controller teknik", "", "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        pad = [""] * (len(cols) - 1)
        w.writerow(["Stratsys - Export"] + pad)
        w.writerow(["Rapport: Internkontrollplan 2025 - uppföljning per kontrollmoment"] + pad)
        w.writerow(["Urval: Bjuråkers kommun; Nivå: Nämnd; Period: Delår 2025"] + pad)
        w.writerow(["Exporterad: 2025-09-12 08:41 av ekon\\annlin"] + pad)
        w.writerow([""] * len(cols))
        w.writerow(cols)
        for r in rows:
            w.writerow(list(r[:10]))
    for r in rows:
        namnd = "Kommunstyrelsen" if r[0] == ks else "Tekniska nämnden"
        exp(fil, namnd, r[3], r[10], r[11])
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2: Hypergene xlsx export, BUN + SN as group rows, status codes + legend
# ---------------------------------------------------------------------------
def file2():
    fil = "Hypergene_rapport_IK_2025-08.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    bold = Font(bold=True)
    ws["A1"] = "Hypergene Business Planning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport: IK - Uppföljning kontrollmoment"
    ws["A3"] = "Period: 2025-08 (Delår)"
    ws["A4"] = "Urval: Bjuråkers kommun > Barn- och utbildningsförvaltningen; Socialförvaltningen"
    ws["A5"] = "Skapad: 2025-09-10 14:02   Användare: HYP\\ekonomi03"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status",
           "Kommentar", "Senast ändrad"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    groups = [
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden", [
            ("Ekonomi", "Attest av fakturor inom förskoleverksamheten", "Förvaltningsekonom", "Tertial", 3,
             "Stickprov 15 fakturor utan anmärkning.", "2025-08-28", "GENOMFORD", "nej"),
            ("Elevhälsa", "Kontroll av att anmälan om kränkande behandling utreds inom 14 dagar", "Rektorer",
             "Löpande", 4, "3 av 22 ärenden utreddes inte inom tidsgränsen. Påminnelse skickad till rektorer.",
             "2025-09-02", "GENOMFORD", "ja"),
            ("Skolskjuts", "Kontroll av beslut om skolskjuts mot riktlinjer", "Skolskjutssamordnare", "Årlig", 1,
             "Genomförs i samband med nytt läsår.", "2025-05-12", "EJ_GENOMFORD", ""),
            ("Systematiskt kvalitetsarbete", "Uppföljning av elever med frånvaro över 20 %", "Rektorer", "Tertial",
             2, "Gjort på 4 av 6 skolor.", "2025-08-30", "DELVIS", ""),
            ("Avgifter", "Kontroll av inkomstuppgifter för barnomsorgsavgift", "Avgiftshandläggare", "Årlig",
             None, None, None, "SAKNAS", ""),
            ("Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-partner", "Tertial", 9,
             "Ersätts av central kontroll i kommunstyrelsens plan.", "2025-03-15", "UTGAR", ""),
        ]),
        ("Socialförvaltningen", "Socialnämnden", [
            ("Myndighetsutövning IFO", "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader",
             "Enhetschef IFO", "Tertial", 4,
             "5 av 31 utredningar överskred tiden, beslut om förlängning saknades i 2 fall.", "2025-09-01",
             "GENOMFORD", "ja"),
            ("Ekonomiskt bistånd", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
             "Enhetschef försörjningsstöd", "Månad", 3, "Inga avvikelser.", "2025-08-31", "GENOMFORD", "nej"),
            ("Äldreomsorg", "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "Enhetschefer",
             "Tertial", 2, "Hemtjänsten klar, särskilt boende återstår.", "2025-08-29", "DELVIS", ""),
            ("Hälso- och sjukvård", "Kontroll av läkemedelshantering enligt delegering", "MAS", "Halvår", 3,
             None, "2025-06-30", "GENOMFORD", "nej"),
            ("Avgifter", "Kontroll av avgiftsbeslut inom hemtjänst", "Avgiftshandläggare", "Tertial", 1,
             "Startar i september.", "2025-08-20", "EJ_GENOMFORD", ""),
            ("Dokumentation", "Kontroll av sekretessmarkering i verksamhetssystemet", "Systemförvaltare", "Årlig",
             3, "Kontrollen har inte utförts, flyttas till hösten.", "2025-08-25", "OKLAR", ""),
            ("Bemanning", "Kontroll av timanställdas arbetade timmar mot schema", "Enhetschefer", "Tertial", 3,
             "Kontroll gjord i hemtjänst Norr och Öst. Differenser i 6 fall, korrigerade i lön.", "2025-09-03",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 8
    grey = PatternFill("solid", fgColor="D9D9D9")
    for org, namnd, items in groups:
        ws.cell(row=r, column=1, value=org).font = bold
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = grey
        r += 1
        for it in items:
            vals = [None, it[0], it[1], it[2], it[3], it[4], it[5], it[6]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, namnd, it[1], it[7], it[8])
            r += 1
        ws.cell(row=r, column=2, value="Antal kontrollmoment: %d" % len(items)).font = Font(italic=True)
        r += 2
    ws.cell(row=r, column=1, value="Statusförklaring:").font = bold
    ws.cell(row=r + 1, column=1,
            value="1 = Ej påbörjad   2 = Påbörjad/delvis genomförd   3 = Genomförd   "
                  "4 = Genomförd med avvikelse   9 = Utgår   (tom) = Ej rapporterad")
    ws.cell(row=r + 3, column=1, value="Hypergene  |  Sida 1 (1)")
    for col, wd in zip("ABCDEFGH", [30, 24, 55, 24, 10, 8, 60, 14]):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A8"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 3: Stratsys tab-separated text, MBN (only förvaltning name), colour words
# ---------------------------------------------------------------------------
def file3():
    fil = "IK_SBF_delar2025.txt"
    rows = [
        ("MB-01", "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet",
         "Bygglovschef", "Grön", "2 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("MB-02", "Kontroll av debitering av tillsynsavgifter enligt taxa", "Stickprov 10 ärenden", "Miljöchef",
         "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("MB-03", "Uppföljning av tillsynsplan för livsmedelskontroll", "Avstämning mot plan", "Miljöchef",
         "Gul", "48 av 85 planerade kontroller utförda.", "DELVIS", ""),
        ("MB-04", "Kontroll av att delegationsbeslut anmäls till nämnden", "Avstämning mot diariet",
         "Nämndsekreterare", "Röd", "Ej genomförd på grund av byte av nämndsekreterare.", "EJ_GENOMFORD", ""),
        ("MB-05", "Kontroll av att beslut om strandskyddsdispens har korrekt motivering", "Granskning av beslut",
         "Planarkitekt", "Grå", "Ej aktuellt 2025, uppgiften har flyttats till kommunstyrelsen.", "UTGAR", ""),
        ("MB-06", "Granskning av avgiftsuttag för bygglov mot taxa", "Stickprov", "Bygglovschef", "", "",
         "SAKNAS", ""),
        ("MB-07", "Kontroll av att inspektionsrapporter skickas till verksamhetsutövaren inom två veckor",
         "Stickprov 20 inspektioner", "Miljöinspektörer", "Grön", "Genomförd.\nInga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    lines = []
    lines.append("Stratsys rapportutskrift\t\t\t\t\t")
    lines.append("Enhet:\tSamhällsbyggnadsförvaltningen\t\t\t\t")
    lines.append("Plan:\tInternkontrollplan 2025\t\t\t\t")
    lines.append("Rapporteringsperiod:\tDelår 2025 (januari–augusti)\t\t\t\t")
    lines.append("\t\t\t\t\t")
    lines.append("Id\tKontrollmoment\tKontrollmetod\tAnsvarig\tStatus\tKommentar")
    for r in rows:
        cells = []
        for v in r[:6]:
            if "\n" in v or "\t" in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        lines.append("\t".join(cells))
        exp(fil, "Miljö- och byggnadsnämnden", r[1], r[6], r[7])
    lines.append("\t\t\t\t\t")
    lines.append("Förklaring status:\tGrön = Genomförd\tGul = Påbörjad/delvis genomförd\tRöd = Ej genomförd"
                 "\tGrå = Utgår/ej aktuell\tTom = Ej rapporterad")
    lines.append("Utskriven 2025-09-11\t\t\t\tSida 1 av 1\t")
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 4: KFN Word template, several tables per process, tick columns Ja/Nej/Delvis
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def file4():
    fil = "Uppföljning internkontrollplan KFN delår 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Kultur- och fritidsförvaltningen\tBjuråkers kommun\t2025-09-08"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden – delårsrapport januari–augusti")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 87). Nedan redovisas utfallet av "
        "de kontrollmoment som skulle vara utförda eller påbörjade till och med augusti. Markera med X om "
        "kontrollen är genomförd (Ja), inte genomförd (Nej) eller delvis genomförd (Delvis). Avvikelser "
        "beskrivs i kommentarsfältet.")
    processes = [
        ("Föreningsbidrag", [
            ("Kontroll att beviljade föreningsbidrag följer bidragsreglerna", "Fritidschef", "X", "", "",
             "10 ärenden granskade. Ett bidrag hade betalats ut med för högt belopp – återkrävt.", "GENOMFORD", "ja"),
            ("Kontroll av redovisning av aktivitetsstöd mot närvarolistor", "Föreningskonsulent", "", "", "X",
             "Vårterminen kontrollerad, hösten återstår.", "DELVIS", ""),
        ]),
        ("Anläggningar och bad", [
            ("Kontroll av kassahantering i simhallen", "Badchef", "X", "", "", "Inga anmärkningar.",
             "GENOMFORD", "nej"),
            ("Kontroll av att bokningar i bokningssystemet faktureras", "Bokningsansvarig", "X", "", "X",
             "Faktureringen för juni släpar.", "OKLAR", "ja"),
        ]),
        ("Bibliotek", [
            ("Inventering av mediebestånd och stöldskydd", "Bibliotekschef", "", "X", "",
             "Genomförs i november enligt plan.", "EJ_GENOMFORD", ""),
            ("Kontroll av hantering av personuppgifter i lånesystemet (GDPR)", "Bibliotekschef", "", "", "", "",
             "SAKNAS", ""),
        ]),
        ("Kulturskolan", [
            ("Kontroll av avgifter och syskonrabatt i kulturskolan", "Kulturskolechef", "", "", "",
             "Kontrollen är gjord i maj, inga fel hittades.", "GENOMFORD", "nej"),
            ("Kontroll av att inköp görs från avtalade leverantörer", "Kulturskolechef", "UTGÅR", None, None,
             "Utgår – ersätts av kommungemensam kontroll av avtalstrohet.", "UTGAR", ""),
        ]),
    ]
    for pname, items in processes:
        doc.add_heading("Process: " + pname, level=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        set_cell(h0[0], "Kontrollmoment", bold=True)
        set_cell(h0[1], "Ansvarig", bold=True)
        set_cell(h0[2], "Genomförd", bold=True, center=True)
        set_cell(h0[5], "Kommentar / avvikelse", bold=True)
        h0[0].merge(h1[0])
        h0[1].merge(h1[1])
        h0[5].merge(h1[5])
        h0[2].merge(h0[4])
        for c, txt in zip(h1[2:5], ["Ja", "Nej", "Delvis"]):
            set_cell(c, txt, bold=True, center=True)
        for it in items:
            cells = t.add_row().cells
            set_cell(cells[0], it[0])
            set_cell(cells[1], it[1])
            if it[3] is None:
                m = cells[2].merge(cells[4])
                set_cell(m, it[2], bold=True, center=True)
            else:
                for c, v in zip(cells[2:5], it[2:5]):
                    set_cell(c, v, center=True)
            set_cell(cells[5], it[5])
            exp(fil, namnd, it[0], it[6], it[7])
        for row in t.rows:
            row.cells[0].width = Cm(6.5)
        doc.add_paragraph()
    doc.add_paragraph("Bjuråker den 8 september 2025")
    doc.add_paragraph("Eva Lindqvist\nFörvaltningschef, kultur- och fritidsförvaltningen")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 5: ÖFN own Excel template (.xls via LibreOffice), fill-only status, T1 + Delår
# ---------------------------------------------------------------------------
def file5(tmp):
    fil = "ÖFN uppföljning IK 2025.xls"
    namnd = "Överförmyndarnämnden"
    GREEN = PatternFill("solid", fgColor="00FF00")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREYF = PatternFill("solid", fgColor="C0C0C0")
    fills = {"G": GREEN, "Y": YELLOW, "R": RED, "S": GREYF, "": None}
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Internkontroll – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Överförmyndarnämnden"
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["B3"].alignment = Alignment(horizontal="left")
    ws["A4"] = "Uppföljning:"
    ws["B4"] = "Delår (t.o.m. augusti)"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    ws["D2"] = "Färgförklaring:"
    ws["D2"].font = Font(bold=True)
    legend = [("E2", GREEN, "Genomförd"), ("E3", YELLOW, "Påbörjad"), ("E4", RED, "Ej genomförd"),
              ("E5", GREYF, "Utgår")]
    for addr, fl, txt in legend:
        ws[addr].fill = fl
        ws[addr].border = border
        ws.cell(row=ws[addr].row, column=6, value=txt)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "Delår", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.border = border
        c.fill = PatternFill("solid", fgColor="CCCCFF")
    rows = [
        (1, "Granskning av årsräkningar – kontroll av verifikationer för utgifter över 5 000 kr",
         "Stickprov 20 %", "Handläggare", "G", "G",
         "Samtliga årsräkningar för 2024 granskade. 3 ärenden med brister har skickats tillbaka för komplettering.",
         "GENOMFORD", "ja"),
        (2, "Kontroll att arvoden till ställföreträdare beslutas enligt riktlinjer", "Stickprov 10 beslut",
         "Enhetschef", "Y", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Kontroll att förordnanden registreras i verksamhetssystemet inom en vecka", "Uttag ur systemet",
         "Handläggare", "Y", "Y", "", "DELVIS", ""),
        (4, "Kontroll av uttag från spärrade konton", "Stickprov", "Handläggare", "R", "", "Planeras till T2.",
         "EJ_GENOMFORD", ""),
        (5, "Kontroll av att lämplighetsprövning görs innan förordnande av god man", "Granskning av akter",
         "Enhetschef", "", "R", "Ej genomförd p.g.a. hög arbetsbelastning.", "EJ_GENOMFORD", ""),
        (6, "Kontroll av att sekretessbelagda handlingar hanteras enligt rutin", "Genomgång av rutin",
         "Registrator", "S", "S", "Ersatt av ny kommungemensam rutin.", "UTGAR", ""),
        (7, "Kontroll att förteckningar kommer in inom två månader efter förordnande", "Uttag ur systemet",
         "Handläggare", "", "", "", "SAKNAS", ""),
    ]
    r = 8
    for it in rows:
        vals = [it[0], it[1], it[2], it[3], None, None, it[6] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for col, key in ((5, it[4]), (6, it[5])):
            if fills[key] is not None:
                ws.cell(row=r, column=col).fill = fills[key]
        exp(fil, namnd, it[1], it[7], it[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Karin Öhman, 2025-09-05")
    for col, wd in zip("ABCDEFG", [12, 55, 22, 16, 8, 8, 55]):
        ws.column_dimensions[col].width = wd
    ws.oddHeader.center.text = "Överförmyndarnämnden – intern kontroll 2025"
    src = os.path.join(tmp, "ofn.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, "ofn.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6: Bostadsbolaget, text-only report (.odt via LibreOffice)
# ---------------------------------------------------------------------------
def file6(tmp):
    fil = "Bjuråkersbostäder rapport intern kontroll aug 2025.odt"
    namnd = "Bjuråkers Bostäder AB"
    doc = Document()
    doc.add_heading("Bjuråkers Bostäder AB", level=1)
    doc.add_paragraph("Rapport intern kontroll – delår 1 januari–31 augusti 2025")
    doc.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 14 februari 2025. Planen omfattar sex "
        "kontrollpunkter. Nedan redovisas resultatet per kontrollpunkt för perioden januari–augusti. "
        "Helårsuppföljningen redovisas för styrelsen i februari 2026.")
    items = [
        ("Hyresdebitering", "Avstämning av hyresdebitering mot hyreskontrakt för nya hyresgäster.",
         "Kontrollen är genomförd för 25 nya kontrakt. Inga avvikelser noterades.", "GENOMFORD", "nej"),
        ("Kundfordringar", "Kontroll av att hyresfordringar äldre än 60 dagar överlämnas till inkasso.",
         "Delvis genomförd – kontroll gjord för första kvartalet, andra kvartalet pågår.", "DELVIS", ""),
        ("Felanmälan", "Kontroll av att felanmälningar åtgärdas inom avtalad tid.",
         "Genomförd. 12 % av ärendena åtgärdades inte inom avtalad tid, främst inom ventilation. "
         "En åtgärdsplan tas fram tillsammans med entreprenören.", "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av att upphandlingar av entreprenader följer LOU.",
         "Kontrollen har inte genomförts under perioden och flyttas till helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
        ("ROT-entreprenader", "Kontroll av attest av fakturor för ROT-entreprenader.",
         "Utgår då inga ROT-entreprenader har genomförts under 2025.", "UTGAR", ""),
        ("Nyckelhantering", "Kontroll av nyckelhantering och behörigheter i passersystemet.", "", "SAKNAS", ""),
    ]
    for i, (rubrik, km, res, st, avv) in enumerate(items, 1):
        doc.add_heading("Kontrollpunkt %d: %s" % (i, rubrik), level=2)
        p = doc.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = doc.add_paragraph()
        p.add_run("Resultat: ").bold = True
        if res:
            p.add_run(res)
        exp(fil, namnd, km, st, avv)
    doc.add_paragraph()
    doc.add_paragraph("Bjuråker 2025-09-15")
    doc.add_paragraph("Per Ågren\nVerkställande direktör")
    src = os.path.join(tmp, "bbab.docx")
    doc.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, "bbab.odt"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 7: Räddningstjänsten .ods: plan columns + T1/Delår/Helår, instruction sheet, old 2024 sheet
# ---------------------------------------------------------------------------
def file7(tmp):
    fil = "Räddningstjänsten IK-plan med uppföljning 2025.ods"
    namnd = "Räddningsnämnden"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = ("Fyll i status per kontrollmoment i kolumnen för aktuell uppföljning: Genomförd, "
                 "Genomförd med anmärkning, Påbörjad, Ej genomförd eller Ej aktuell.")
    ins["A4"] = "Riskvärde = sannolikhet × konsekvens (1–16). Kontrollmoment med riskvärde 9 eller högre ska följas upp varje tertial."
    ins["A5"] = "Skicka filen till ekonomiavdelningen senast 15 september."

    ws = wb.create_sheet("IK 2025")
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Räddningstjänsten Bjuråker"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Antagen av nämnden 2024-11-26 § 52. Uppföljning per 2025-08-31."
    ws.merge_cells("A5:H5")
    ws["A5"] = "PLAN"
    ws.merge_cells("I5:N5")
    ws["I5"] = "UPPFÖLJNING"
    for a in ("A5", "I5"):
        ws[a].font = Font(bold=True)
        ws[a].alignment = Alignment(horizontal="center")
        ws[a].fill = PatternFill("solid", fgColor="F4B084" if a == "A5" else "A9D08E")
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Ansvarig",
           "Tidpunkt", "Status T1", "Kommentar T1", "Status delår", "Kommentar delår", "Status helår",
           "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.border = border
        c.alignment = Alignment(wrap_text=True)
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar", 2, 3,
         "Attest av leverantörsfakturor enligt attestordningen", "Administrativ chef", "T1, delår",
         "Genomförd", "Inga avvikelser.", "Genomförd med anmärkning", "1 av 20 fakturor attesterad av fel person.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Intäktsbortfall", 2, 2,
         "Kontroll av fakturering av onödiga automatlarm", "Administrativ chef", "T1",
         "Genomförd", "Inga avvikelser.", "", "", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Tillsyn uteblir", 3, 3,
         "Kontroll att tillsyn enligt LSO genomförs enligt tillsynsplan", "Stf räddningschef", "Tertialvis",
         "Påbörjad", "9 av 40 tillsyner.", "Påbörjad", "22 av 40 planerade tillsyner utförda.", "DELVIS", ""),
        ("Myndighetsutövning", "Bristande kvalitet i sotning", 2, 3,
         "Uppföljning av sotningsentreprenörens rapportering av brandskyddskontroller", "Brandingenjör",
         "Delår", "Ej aktuell", "", "Ej aktuell", "Avbruten genom beslut i nämnden 2025-04-22 § 18.",
         "UTGAR", ""),
        ("Personal", "Bristande kompetens", 2, 4,
         "Kontroll av att deltidsbrandmän genomfört obligatoriska övningar", "Styrkeledare", "T1, delår",
         "Genomförd", "", "Genomförd", "Samtliga har genomfört övningarna.", "GENOMFORD", "nej"),
        ("Fordon och materiel", "Fordon ej funktionsdugliga", 2, 4,
         "Kontroll av besiktning och service av utryckningsfordon", "Fordonsansvarig", "Delår",
         "", "", "Ej genomförd", "Skjuts till hösten p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ("Utbildning", "Intäktsbortfall", 1, 2,
         "Kontroll av att intäkter för externa utbildningar faktureras", "Utbildningssamordnare", "Delår",
         "", "", "", "", "SAKNAS", ""),
    ]
    r = 7
    prev = None
    start = None
    for it in rows:
        proc = it[0]
        vals = [proc if proc != prev else None, it[1], it[2], it[3], None, it[4], it[5], it[6],
                it[7] or None, it[8] or None, it[9] or None, it[10] or None, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=5, value="=C%d*D%d" % (r, r))
        if proc != prev:
            if start is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
        prev = proc
        exp(fil, namnd, it[4], it[11], it[12])
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for col, wd in zip("ABCDEFGHIJKLMN", [18, 22, 10, 10, 9, 45, 18, 12, 14, 28, 18, 34, 12, 20]):
        ws.column_dimensions[col].width = wd

    old = wb.create_sheet("IK 2024 (helår)")
    old["A1"] = "Internkontrollplan 2024 – helårsuppföljning"
    old["A1"].font = Font(bold=True)
    old["A2"] = "Räddningstjänsten Bjuråker"
    for i, h in enumerate(["Process", "Kontrollmoment", "Status helår", "Kommentar"], 1):
        old.cell(row=4, column=i, value=h).font = Font(bold=True)
    oldrows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Inga avvikelser."),
        ("Myndighetsutövning", "Kontroll att tillsyn enligt LSO genomförs enligt tillsynsplan", "Genomförd",
         "38 av 38 tillsyner utförda."),
        ("Personal", "Kontroll av arbetstidsuttag vid heltidsstyrkan", "Ej genomförd", "Flyttad till 2025, utgick sedan."),
    ]
    for j, orow in enumerate(oldrows, 5):
        for i, v in enumerate(orow, 1):
            old.cell(row=j, column=i, value=v)
    wb.active = 1
    src = os.path.join(tmp, "rtj.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, "rtj.ods"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 8 (rejected): Hypergene budget follow-up export - not an IK follow-up
# ---------------------------------------------------------------------------
def file8():
    fil = "Hypergene_rapport_Ekonomi_2025-08.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Hypergene Business Planning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport: Ekonomisk uppföljning per nämnd - prognos helår"
    ws["A3"] = "Period: 2025-08 (Delår)"
    ws["A4"] = "Urval: Bjuråkers kommun > Samtliga nämnder"
    ws["A5"] = "Skapad: 2025-09-10 14:09   Användare: HYP\\ekonomi03"
    hdr = ["Nämnd", "Budget 2025 (tkr)", "Utfall jan-aug (tkr)", "Prognos helår (tkr)",
           "Budgetavvikelse (tkr)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    data = [
        ("Kommunstyrelsen", 98500, 63110, 97200, "Vakanser inom kommunledningsförvaltningen."),
        ("Barn- och utbildningsnämnden", 312400, 214950, 318900, "Ökat antal barn i förskolan, fler resursbehov."),
        ("Socialnämnden", 288700, 199480, 296100, "Högre kostnader för placeringar inom IFO."),
        ("Tekniska nämnden", 61200, 40310, 60800, ""),
        ("Kultur- och fritidsnämnden", 34100, 22080, 33900, ""),
        ("Miljö- och byggnadsnämnden", 12800, 7950, 12400, "Högre bygglovsintäkter än budgeterat."),
        ("Överförmyndarnämnden", 4100, 2890, 4300, "Ökade arvodeskostnader."),
        ("Räddningsnämnden", 27600, 18320, 27600, ""),
    ]
    r = 8
    for d in data:
        ws.cell(row=r, column=1, value=d[0])
        ws.cell(row=r, column=2, value=d[1])
        ws.cell(row=r, column=3, value=d[2])
        ws.cell(row=r, column=4, value=d[3])
        ws.cell(row=r, column=5, value="=B%d-D%d" % (r, r))
        ws.cell(row=r, column=6, value=d[4] or None)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for col in "BCDE":
        ws["%s%d" % (col, r)] = "=SUM(%s8:%s%d)" % (col, col, r - 1)
        ws["%s%d" % (col, r)].font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Hypergene  |  Sida 1 (1)")
    for col, wd in zip("ABCDEF", [30, 16, 18, 18, 20, 50]):
        ws.column_dimensions[col].width = wd
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r378_")
    try:
        file1()
        file2()
        file3()
        file4()
        file5(tmp)
        file6(tmp)
        file7(tmp)
        file8()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
