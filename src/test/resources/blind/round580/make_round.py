#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r580 - Bjuvs kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round580-build"
LO_PROFILE = "file:///tmp/lo-round580"
FIXED = datetime.datetime(2025, 9, 5, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
BMN = "Bygg- och miljönämnden"
AVN = "Arbete- och välfärdsnämnden"
BBAB = "Bjuvsbostäder AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Samhällsbyggnadsförvaltningen|SBF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF|Vård och omsorg"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (BMN, "BMN|Bygg- och miljöförvaltningen|Bygg och miljö"),
    (AVN, "AVN|Arbete och välfärd|Arbete- och välfärdsförvaltningen|AVF"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Revisionen", "Kommunrevisionen|De förtroendevalda revisorerna"),
    (BBAB, "Bjuvsbostäder|BBAB|Bjuvsbostäder Aktiebolag"),
]


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def setw(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# 1. BUN - Excel with Ja/Nej/Delvis + "Har avvikelser upptäckts?"
# ---------------------------------------------------------------------------
def build_bun():
    fil = "Uppfoljning_IK_delar_2025_BUN.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning delår (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Förvaltning: Barn- och utbildningsförvaltningen      Upprättad av: controller BUF, 2025-09-05"
    ws["A4"] = ("Instruktion: Fyll i Ja/Nej/Delvis i kolumn G och Ja/Nej i kolumn H. "
                "Beskriv resultat och vidtagna åtgärder i kolumn I.")
    ws["A4"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Har kontrollen genomförts enligt plan?", "Har avvikelser upptäckts?",
           "Kommentar / vidtagna åtgärder"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    ws.row_dimensions[hr].height = 45

    groups = [
        ("1. Ekonomiska processer", [
            ("1.1", "Inköp och betalning", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Ekonom BUF", "Ja", "Nej",
             "Stickprov av 20 fakturor mars–juni. Samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("1.2", "Inköp och betalning", "Inköp utanför avtal",
             "Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)",
             "Stickprov 25 inköp", "Ekonom BUF", "Ja", "Ja",
             "3 av 25 inköp gjorda utanför avtal (läromedel). Information till rektorer i maj.",
             "GENOMFORD", "ja"),
            ("1.3", "Avgifter", "Felaktiga avgifter",
             "Fakturering av barnomsorgsavgifter – inkomstuppgifter uppdaterade",
             "Registerkontroll", "Handläggare barnomsorgsavgifter", "Delvis", "Nej",
             "Kontroll av förskolan klar, fritidshem återstår och görs under hösten.",
             "DELVIS", "nej"),
        ]),
        ("2. Elevhälsa och skolplikt", [
            ("2.1", "Kränkande behandling", "Huvudmannen får inte kännedom",
             "Anmälan till huvudman vid kränkande behandling sker inom en vecka",
             "Genomgång av samtliga anmälningar", "Verksamhetsutvecklare", "Ja", "Ja",
             "Två ärenden anmäldes senare än en vecka. Rutinen förtydligad på rektorsmöte.",
             "GENOMFORD", "ja"),
            ("2.2", "Skolplikt", "Elever med hög frånvaro uppmärksammas inte",
             "Uppföljning av elevers frånvaro enligt rutin för skolplikt",
             "Stickprov 10 elever", "Elevhälsochef", "Nej", None,
             "Kontrollen flyttas till hösten p.g.a. byte av frånvarosystem.",
             "EJ_GENOMFORD", ""),
            ("2.3", "Rekrytering", "Olämplig person anställs",
             "Registerkontroll av belastningsregister vid nyanställning",
             "Samtliga nyanställda jan–jun", "HR-konsult", None, None,
             "Genomförd i juni, samtliga 14 nyanställda hade uppvisat utdrag. Inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("3. Personal och arbetsmiljö", [
            ("3.1", "Lön", "Felaktiga löneutbetalningar",
             "Kontroll av att lönetillägg och timanställningar attesteras av behörig chef",
             "Stickprov 15 lönerader", "HR-konsult", "Ja", "Nej", None,
             "GENOMFORD", "nej"),
            ("3.2", "Arbetsmiljö", "Brister i arbetsmiljön",
             "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
             "Enkät till rektorer/förskolechefer", "Förvaltningschef", "Delvis", "Ja",
             "9 av 13 enheter genomförda. Brister i brandskydd på Varagårdsskolan har åtgärdats.",
             "DELVIS", "ja"),
            ("3.3", "Synpunkter och klagomål", "Klagomål hanteras inte",
             "Uppföljning av ärenden i synpunkts- och klagomålshanteringen",
             "Genomgång av registrerade ärenden", "Nämndsekreterare", None, None, None,
             "SAKNAS", ""),
            ("3.4", "Lokaler", "Outnyttjade lokaler",
             "Kontroll av lokalutnyttjande i förskolan",
             "Jämförelse platser/inskrivna", "Lokalstrateg", "Nej", None,
             "Kontrollen utgår enligt beslut BUN 2025-04-23 § 41 – hanteras i kommungemensam lokalöversyn.",
             "UTGAR", ""),
        ]),
    ]
    n_ctrl = 0
    for gname, rows in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        for row in rows:
            vals = list(row[:9])
            ws.append(vals)
            r = ws.max_row
            for c in ws[r]:
                c.alignment = WRAP
                c.border = BOX
            EXPECTED.append((fil, BUN, row[3], row[9], row[10]))
            n_ctrl += 1
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G7:G%d" % ws.max_row)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("H7:H%d" % ws.max_row)
    ws.append([])
    ws.append(["Sammanfattning: 10 kontrollmoment i planen, varav 5 genomförda, 2 delvis, 1 ej genomförd, "
               "1 utgår och 1 ej rapporterad."])
    ws.append([])
    ws.append(["Bjuv 2025-09-05", None, None, "Maria Lindqvist, förvaltningschef"])
    setw(ws, {"A": 6, "B": 20, "C": 24, "D": 46, "E": 24, "F": 20, "G": 16, "H": 14, "I": 55})
    ws.freeze_panes = "A7"
    fix_props_xlsx(wb, "Controller BUF")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. KS - Word, one table per förvaltning, heading before each table
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_uppfoljning_internkontroll_delar2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025 – Kommunstyrelsen", level=0)
    p = d.add_paragraph("Delårsuppföljning per 31 augusti 2025")
    p.runs[0].bold = True
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025 (§ 18). "
        "Nedan redovisas utfallet av de kontroller som genomförts under perioden januari–augusti, "
        "uppdelat per förvaltning. Status anges som Genomförd, Genomförd med avvikelse, Pågår, "
        "Ej genomförd eller Ej aktuell.")

    sections = [
        ("Kommunledningsförvaltningen", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
             "Stickprov 30 fakturor", "Inga avvikelser noterade.", "Genomförd",
             "GENOMFORD", "nej"),
            ("Kontroll av att beslut fattade på delegation anmäls till kommunstyrelsen", "Kanslichef",
             "Genomgång av delegationslistor jan–jun",
             "4 av 40 beslut har inte anmälts i tid. Påminnelse har skickats till beslutsfattare.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Behörighetskontroll i ekonomisystemet – avslutade anställningar har tagits bort", "Systemförvaltare ekonomi",
             "Avstämning mot lista från HR", "Lista från HR inhämtad, avstämning pågår.", "Pågår",
             "DELVIS", ""),
            ("Representation och uppvaktning följer kommunens riktlinjer", "Ekonomichef",
             "Stickprov 15 verifikationer", "Inga avvikelser.", "Genomförd",
             "GENOMFORD", "nej"),
            ("Diarieföring av inkommande handlingar inom föreskriven tid", "Registrator",
             "Stickprov 2 veckor", "Skjuts till helårsuppföljningen pga byte av ärendehanteringssystem.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("Informationssäkerhet – nyanställda har genomfört obligatorisk utbildning", "IT-chef",
             "Uttag ur lärplattformen", "Se bilaga 2.", "",
             "OKLAR", ""),
        ]),
        ("Samhällsbyggnadsförvaltningen", [
            ("Kontroll av att ÄTA-arbeten i entreprenader beställs skriftligt enligt avtal", "Projektchef",
             "Genomgång av pågående projekt",
             "ÄTA-arbeten i projekt Ekebyskolan har inte beställts skriftligt. Rutin ses över.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Fakturering av VA-anslutningsavgifter vid nybyggnation", "VA-chef",
             "Avstämning bygglov mot fakturering", "Samtliga 11 anslutningar fakturerade.", "Genomförd",
             "GENOMFORD", "nej"),
            ("Lekplatsbesiktningar enligt SS-EN 1176 utförs och brister åtgärdas", "Parkchef",
             "Kontroll av besiktningsprotokoll", "8 av 14 lekplatser besiktade, resterande i september.",
             "Pågår", "DELVIS", ""),
            ("Uppföljning av handläggningstid för bostadsanpassningsbidrag", "Enhetschef BAB",
             "Uttag ur verksamhetssystem", "Kontrollen utgår efter beslut KS 2025-03-12 § 52.",
             "Ej aktuell", "UTGAR", ""),
            ("Kontroll av körjournaler och drivmedelskort för kommunens fordon", "Fordonssamordnare",
             "Stickprov 5 fordon", "Ej påbörjad.", "Ej genomförd",
             "EJ_GENOMFORD", ""),
        ]),
    ]
    hdr = ["Kontrollmoment", "Ansvarig", "Kontrollmetod", "Resultat / kommentar", "Status"]
    for name, rows in sections:
        d.add_heading(name, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for row in rows:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = row[i]
            EXPECTED.append((fil, KS, row[0], row[5], row[6]))
        d.add_paragraph("")
    d.add_heading("Sammantagen bedömning", level=2)
    d.add_paragraph(
        "Förvaltningarnas bedömning är att den interna kontrollen i huvudsak är tillräcklig. "
        "Kontroller som inte genomförts under perioden redovisas i helårsuppföljningen.")
    d.add_paragraph("Bjuv den 8 september 2025\n\nKommundirektör")
    fix_props_docx(d, "Kommunledningsförvaltningen", "Uppföljning internkontroll KS delår 2025")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. VON - Stratsys export, controls followed by indented Aktivitet rows
# ---------------------------------------------------------------------------
def build_von():
    fil = "Stratsys_export_VON_2025-09-03.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025"
    ws["A3"] = "Rapport: Delår augusti 2025"
    ws["A4"] = "Utskriven: 2025-09-03 09:14 av Stratsys"
    ws["A4"].font = Font(italic=True, color="808080")
    ws.append([])
    hdr = ["Namn", "Typ", "Ansvarig", "Frekvens", "Status", "Kommentar", "Senast uppdaterad"]
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
    fills = {"Slutförd": "92D050", "Pågående": "FFFF00", "Försenad": "FF0000",
             "Ej påbörjad": "FFFFFF", "Avbruten": "A6A6A6"}

    def put(vals, kind):
        ws.append(vals)
        r = ws.max_row
        for c in ws[r]:
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if kind == "process":
            for c in ws[r]:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="EDEDED")
        elif kind == "akt":
            ws.cell(r, 1).alignment = Alignment(indent=3, wrap_text=True, vertical="top")
            ws.cell(r, 1).font = Font(italic=True, color="404040")
        st = vals[4]
        if st in fills:
            ws.cell(r, 5).fill = PatternFill("solid", fgColor=fills[st])

    def ctrl(name, ansv, frek, status, komm, datum, exp_status, exp_avv):
        put([name, "Kontroll", ansv, frek, status, komm, datum], "ctrl")
        EXPECTED.append((fil, VON, name, exp_status, exp_avv))

    def akt(name, ansv, status, komm, datum):
        put([name, "Aktivitet", ansv, None, status, komm, datum], "akt")

    put(["Ekonomi och administration", "Process", None, None, None, None, None], "process")
    ctrl("Attest av leverantörsfakturor enligt attestordningen", "Controller VOF", "Halvår",
         "Slutförd", "20 fakturor granskade, 1 saknade andra attest. Åtgärdat.", "2025-08-28",
         "GENOMFORD", "ja")
    akt("Påminnelse om attestordningen till enhetschefer", "Controller VOF", "Slutförd", None, "2025-06-10")
    ctrl("Kontroll av att fakturering av hemtjänstavgifter överensstämmer med utförd tid", "Avgiftshandläggare",
         "Tertial", "Slutförd", "Differens på ca 2 % i område Bjuv norr, felaktiga fakturor krediterade.",
         "2025-08-30", "GENOMFORD", "ja")
    akt("Ny rutin för avstämning av TES-tid mot fakturaunderlag", "Enhetschef hemtjänst", "Pågående",
        "Rutin tas fram under hösten.", "2025-08-30")
    ctrl("Hantering av brukares privata medel på särskilt boende", "Enhetschef SÄBO", "Halvår",
         "Ej påbörjad", None, "2025-04-02", "EJ_GENOMFORD", "")
    put(["Vård och omsorg", "Process", None, None, None, None, None], "process")
    ctrl("Kontroll av att genomförandeplaner upprättas inom 14 dagar från beslut", "Kvalitetsutvecklare",
         "Tertial", "Pågående",
         "Stickprov på särskilt boende klart – 3 av 15 planer upprättade för sent. Hemtjänsten granskas i september.",
         "2025-08-29", "DELVIS", "ja")
    akt("Utbildning i social dokumentation för baspersonal", "Kvalitetsutvecklare", "Ej påbörjad", None,
        "2025-05-15")
    akt("Checklista för genomförandeplan i verksamhetssystemet", "Systemförvaltare", "Pågående", None,
        "2025-08-29")
    ctrl("Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS", "Månad", "Slutförd",
         "Inga avvikelser.", "2025-08-31", "GENOMFORD", "nej")
    ctrl("Avvikelser enligt HSL åtgärdas och analyseras inom fastställd tid", "MAS", "Tertial", "Försenad",
         "Ej genomförd pga sjukskrivning MAS. Genomförs i oktober.", "2025-08-15", "EJ_GENOMFORD", "")
    akt("Rekrytering av vikarierande MAS", "Förvaltningschef", "Slutförd", "Vikarie på plats 1 september.",
        "2025-08-20")
    ctrl("Rapporter enligt lex Sarah utreds inom föreskriven tid", "Kvalitetschef", "Halvår", "Avbruten",
         "Avbruten genom beslut VON 2025-05-20 § 48, följs upp i kvalitetsberättelsen.", "2025-05-21",
         "UTGAR", "")
    put(["Personal", "Process", None, None, None, None, None], "process")
    ctrl("Schemaläggning och timanställdas arbetstid följer arbetstidslagen", "HR-specialist", "Halvår",
         None, None, None, "SAKNAS", "")
    akt("Uttag av rapport över dygnsvila ur bemanningssystemet", "HR-specialist", "Ej påbörjad", None, None)
    ctrl("Registerkontroll vid anställning inom LSS-verksamhet", "Enhetschef LSS", "Tertial", "Slutförd",
         "Samtliga 9 nyanställda kontrollerade, utdrag fanns.", "2025-08-25", "GENOMFORD", "nej")

    ws.append([])
    ws.append(["Statusförklaring: Slutförd (grön), Pågående (gul), Försenad (röd), Ej påbörjad (vit), Avbruten (grå)"])
    setw(ws, {"A": 60, "B": 11, "C": 22, "D": 10, "E": 13, "F": 60, "G": 17})
    ws.auto_filter.ref = "A6:G%d" % (ws.max_row - 2)
    fix_props_xlsx(wb, "Stratsys")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. KFN - .ods, legend in merged area right of the table
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN intern kontroll delår 2025.ods"
    src = os.path.join(TMP, "KFN intern kontroll delår 2025.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning av intern kontroll, delår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: 2025-01-01 – 2025-08-31"
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status delår", "Kommentar"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row  # 4
    for c in ws[hr]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    colors = {"G": "00B050", "GA": "92D050", "P": "FFC000", "EG": "FF0000", "U": "BFBFBF"}
    rows = [
        ("Kontanthantering", "Kassahantering på biblioteket och i simhallen – dagsavstämning",
         "Stickprov 10 dagar", "Halvår", "Enhetschef bibliotek", "G", None, "GENOMFORD", "nej"),
        ("Lokaler", "Bokning och debitering av föreningars lokalhyror",
         "Avstämning bokningssystem mot fakturor", "Tertial", "Bokningsansvarig", "GA",
         "Två bokningar i Bjuvs sporthall hade inte fakturerats. Rättat i juli.", "GENOMFORD", "ja"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande riktlinjer och beslut",
         "Genomgång av 10 beslut", "Halvår", "Föreningskonsulent", "P",
         "Vårens bidrag kontrollerade, höstens aktivitetsstöd återstår.", "DELVIS", ""),
        ("Inventarier", "Inventering av utlånade instrument i kulturskolan",
         "Inventering mot register", "År", "Rektor kulturskolan", "EG",
         "Hinns inte före sommaren, görs vid terminsstart.", "EJ_GENOMFORD", ""),
        ("Evenemang", "Kontroll av att arrangemang har giltiga tillstånd (polis, räddningstjänst)",
         "Genomgång av evenemangskalender", "Halvår", "Evenemangssamordnare", "U",
         "Kommunens egna arrangemang hanteras från 2025 av KS.", "UTGAR", ""),
        ("Barn och unga", "Registerutdrag för ledare i sommarlovsverksamheten",
         "Kontroll av samtliga ledare", "År", "Fritidsgårdschef", "G", "23 av 23 ledare uppvisade utdrag.",
         "GENOMFORD", "nej"),
        ("Säkerhet", "Systematiskt brandskyddsarbete i Folkets park",
         "Egenkontroll enligt checklista", "Halvår", "Enhetschef fritid", None, None, "SAKNAS", ""),
    ]
    first = hr + 1
    for r in rows:
        ws.append(list(r[:7]))
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BOX
            c.alignment = WRAP
        code = r[5]
        if code:
            ws.cell(rr, 6).fill = PatternFill("solid", fgColor=colors[code])
            ws.cell(rr, 6).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fil, KFN, r[1], r[7], r[8]))
    last = ws.max_row
    # legend in merged area to the right (I4:K11)
    ws["I4"] = ("Teckenförklaring – Status delår\n"
                "G = Genomförd, inga avvikelser\n"
                "GA = Genomförd, avvikelse noterad (se kommentar)\n"
                "P = Påbörjad / delvis genomförd\n"
                "EG = Ej genomförd\n"
                "U = Utgår")
    ws.merge_cells("I4:K11")
    ws["I4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["I4"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws["I4"].border = BOX
    ws.cell(last + 2, 1, "Uppföljningen behandlad i KFN:s arbetsutskott 2025-09-10.")
    setw(ws, {"A": 18, "B": 50, "C": 28, "D": 10, "E": 22, "F": 11, "G": 50, "H": 3, "I": 18, "J": 18, "K": 18})
    for rr in range(first, last + 1):
        ws.row_dimensions[rr].height = 32
    fix_props_xlsx(wb, "Kultur- och fritidsförvaltningen")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. AVN - CSV export, header mixed English/Swedish, T1 and Delår columns
# ---------------------------------------------------------------------------
def build_avn():
    fil = "AVN_internkontroll_2025_export.csv"
    hdr = ["ID", "Unit / Enhet", "Process", "Kontrollmoment", "Control method", "Ansvarig", "Frequency",
           "Status T1", "Status Delår", "Comment / Kommentar", "Deviation (Y/N)", "Last updated"]
    rows = [
        ("AV-01", "Ekonomiskt bistånd",
         "Kontroll att utbetalning av försörjningsstöd sker efter beslut av behörig handläggare",
         "Stickprov 25 ärenden", "Enhetschef försörjningsstöd", "Tertial", "Genomförd", "Genomförd",
         "Stickprov 25 ärenden per tertial, inga avvikelser.", "N", "2025-08-29", "GENOMFORD", "nej"),
        ("AV-02", "Ekonomiskt bistånd",
         "Kontroll av dubbelutbetalningar mot Försäkringskassan (SSBTEK)",
         "Registerkörning", "Controller", "Tertial", "Pågår", "Genomförd",
         "2 ärenden med felaktig utbetalning, återkrav upprättat.", "Y", "2025-08-27", "GENOMFORD", "ja"),
        ("AV-03", "Ekonomiskt bistånd",
         "Handläggningstid för ansökan om ekonomiskt bistånd – beslut inom 10 arbetsdagar",
         "Uttag ur verksamhetssystemet", "Enhetschef försörjningsstöd", "Halvår", "Genomförd", "",
         "", "N", "2025-04-30", "GENOMFORD", "nej"),
        ("AV-04", "Barn och familj",
         "Orosanmälningar – förhandsbedömning görs inom 14 dagar",
         "Genomgång 20 ärenden", "Enhetschef barn och familj", "Tertial", "Ej påbörjad", "Pågår",
         "12 av 20 ärenden granskade; 3 överskred 14 dagar.", "Y", "2025-08-31", "DELVIS", "ja"),
        ("AV-05", "Barn och familj",
         "Placeringar på HVB – avtal och fakturor stämmer överens",
         "Avstämning avtal/faktura", "Controller", "Halvår", "Ej påbörjad", "Ej påbörjad",
         "Planeras till november.", "", "2025-08-31", "EJ_GENOMFORD", ""),
        ("AV-06", "Arbetsmarknadsenheten",
         "Närvarorapportering för deltagare i arbetsmarknadsinsatser",
         "Stickprov 10 deltagare", "Enhetschef AME", "Tertial", "Genomförd", "Utgår",
         "Utgår efter omorganisation, uppdraget övergår till Arbetsförmedlingen.", "", "2025-06-12",
         "UTGAR", ""),
        ("AV-07", "Vuxen/missbruk",
         "Dokumentation i verksamhetssystemet följer SoL och SOSFS 2014:5",
         "Journalgranskning 10 akter", "Kvalitetsutvecklare", "Halvår", "", "",
         "", "", "", "SAKNAS", ""),
        ("AV-08", "Flyktingmottagning",
         "Ersättningsansökningar till Migrationsverket skickas in inom tidsfrist",
         "Genomgång av samtliga ansökningar", "Handläggare integration", "Tertial", "Genomförd",
         "Genomförd med anmärkning",
         "En ansökan inskickad efter tidsfrist, ersättning om 12 tkr förlorad.", "Y", "2025-08-22",
         "GENOMFORD", "ja"),
        ("AV-09", "Ekonomiskt bistånd",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller", "Halvår", "", "Genomförd",
         "Inga avvikelser.", "N", "2025-08-20", "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow([r[0], "Arbete och välfärd"] + list(r[1:11]))
            EXPECTED.append((fil, AVN, r[2], r[11], r[12]))
    FILES.append((fil, "INLAST", AVN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Bjuvsbostäder AB - .xls, OK / Ej OK / Pågår
# ---------------------------------------------------------------------------
def build_bbab():
    fil = "Bjuvsbostader_internkontroll_2025-08-31.xls"
    src = os.path.join(TMP, "Bjuvsbostader_internkontroll_2025-08-31.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Bjuvsbostäder AB"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws["A2"] = "Uppföljning internkontrollplan 2025 – delårsbokslut per 2025-08-31"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporteras till styrelsen 2025-09-18, ärende 7"
    ws.append([])
    hdr = ["Område", "Kontroll", "Ansvarig", "Tidpunkt", "Utfall", "Kommentar"]
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="BDD7EE")
    rows = [
        ("Ekonomi", "Avstämning av hyresreskontra mot huvudbok", "Ekonomiansvarig", "Månadsvis", "OK",
         None, "GENOMFORD", "nej"),
        ("Ekonomi", "Hyreshöjning 2025 debiterad enligt förhandlingsöverenskommelse med Hyresgästföreningen",
         "Ekonomiansvarig", "Februari", "OK", "Stickprov 30 kontrakt.", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordning", "VD", "Tertialvis", "Ej OK",
         "3 fakturor attesterade av fel person under semesterperioden. Attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        ("Fastighet", "Obligatorisk ventilationskontroll (OVK) utförs enligt plan", "Fastighetschef", "Löpande",
         "Pågår", "12 av 20 fastigheter klara.", "DELVIS", ""),
        ("Fastighet", "Brandskyddskontroll i trapphus och källarförråd", "Fastighetschef", "Halvår", "Ej OK",
         "Kontrollen har inte genomförts pga personalbrist, planeras till oktober.", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Lägenheter erbjuds enligt uthyrningspolicy och bostadskö", "Uthyrningsansvarig",
         "Tertialvis", "OK", "Stickprov 15 uthyrningar, samtliga enligt kö.", "GENOMFORD", "nej"),
        ("Uthyrning", "Andrahandsuthyrning – godkännanden dokumenterade", "Uthyrningsansvarig", "Halvår",
         "Utgår", "Ej aktuell 2025, ingår i styrelsens tillsynsplan.", "UTGAR", ""),
        ("IT/Säkerhet", "Nyckel- och taggsystem – behörigheter för avslutade entreprenörer tas bort",
         "Driftchef", "Tertialvis", "OK", None, "GENOMFORD", "nej"),
    ]
    okfill = {"OK": "C6EFCE", "Ej OK": "FFC7CE", "Pågår": "FFEB9C"}
    for r in rows:
        ws.append(list(r[:6]))
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BOX
            c.alignment = WRAP
        if r[4] in okfill:
            ws.cell(rr, 5).fill = PatternFill("solid", fgColor=okfill[r[4]])
        EXPECTED.append((fil, BBAB, r[1], r[6], r[7]))
    ws.append([])
    ws.append(["Förklaring utfall:"])
    ws.append(["OK", "Kontrollen genomförd utan anmärkning"])
    ws.append(["Ej OK", "Kontrollen genomförd, brister konstaterade (se kommentar)"])
    ws.append(["Pågår", "Kontrollen påbörjad men inte slutförd"])
    ws.append([])
    ws.append(["Bjuv 2025-09-10", "Per Nilsson, VD"])
    setw(ws, {"A": 14, "B": 60, "C": 20, "D": 12, "E": 9, "F": 60})
    fix_props_xlsx(wb, "Bjuvsbostäder AB")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", BBAB, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. BMN - .doc with tick columns
# ---------------------------------------------------------------------------
def build_bmn():
    fil = "BMN uppföljning intern kontroll delår 2025.doc"
    src = os.path.join(TMP, "BMN uppföljning intern kontroll delår 2025.docx")
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Bygg- och miljönämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delår (t.o.m. augusti)").runs[0].bold = True
    d.add_paragraph("Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser.")
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    rows = [
        ("Handläggningstid för bygglov – beslut inom lagstadgad tid (PBL 9 kap. 27 §)", "X", "", "",
         "2 av 60 ärenden översteg 10 veckor, avgiften reducerades.", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt miljöbalken", "X", "", "", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Jäv – handläggare handlägger inte ärenden där de har egen koppling", "", "X", "",
         "Enkät till handläggare skickad, svar från 7 av 11.", "DELVIS", ""),
        ("Delegationsbeslut anmäls till nämnden", "X", "", "", "Samtliga beslut anmälda.",
         "GENOMFORD", "nej"),
        ("Planerade livsmedelskontroller utförs enligt kontrollplanen", "", "", "X",
         "Inspektörstjänst vakant, kontrollerna flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Avslutade ärenden arkiveras i e-arkivet", "X", "", "X", "", "OKLAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = r[i]
            if i in (1, 2, 3):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        EXPECTED.append((fil, BMN, r[0], r[5], r[6]))
    widths = [Cm(6.5), Cm(1.8), Cm(1.5), Cm(1.8), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Bjuv 2025-09-04\nMiljö- och byggchef")
    fix_props_docx(d, "Bygg- och miljöförvaltningen", "Uppföljning IK BMN delår 2025")
    d.save(src)
    soffice(src, "doc", OUT)
    FILES.append((fil, "INLAST", BMN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: Office lock file left behind next to the BUN workbook
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$Uppfoljning_IK_delar_2025_BUN.xlsx"
    user = "Maria Lindqvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_bun()
    build_ks()
    build_von()
    build_kfn()
    build_avn()
    build_bbab()
    build_bmn()
    build_lock()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    shutil.rmtree(TMP)


if __name__ == "__main__":
    main()
