#!/usr/bin/python3
"""Blind round r399 – Hammarstrand kommun, delårsuppföljning intern kontroll 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 10, 8, 0, 0)
LO_PROFILE = "file:///tmp/lo-round399"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(HERE, name)


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Hammarstrand kommun"
    cp.author = "Hammarstrand kommun"


def fix_xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Hammarstrand kommun"


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddsförvaltningen|Miljökontoret"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Hammarstrand Bostäder AB", "HBAB|Hammarstrandshem"),
]


# ---------------------------------------------------------------------------
# 1. Stratsys CSV export, three nämnder in one file
# ---------------------------------------------------------------------------
def stratsys_csv():
    fil = "Stratsys_Internkontroll_uppfoljning_Delar2025.csv"
    # (nämnd, förvaltning, process, kontrollmoment, ansvarig, metod, frekvens,
    #  status T1, status Delår, kommentar, avvikelse, senast ändrad) , expected status, expected avv
    rows = [
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         "Stickprov 20 fakturor per tertial", "Tertial", "Klar", "Klar",
         "Stickprov 40 fakturor (mars och juni). 2 fakturor saknade beslutsattest, "
         "berörda attestanter har informerats och fakturorna har attesterats i efterhand.",
         "Ja", "2025-09-02", "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", "Administration",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         "Avstämning mot diariet", "Tertial", "Pågående", "Klar",
         "Samtliga delegationsbeslut jan–jun har anmälts. Inga avvikelser.",
         "Nej", "2025-08-28", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", "Ekonomi",
         "Representation och förtroendekänsliga poster följer riktlinjen för representation",
         "Controller KLF", "Genomgång av konto 7610–7690", "Delår/helår", "", "Pågående",
         "Granskning av jan–apr klar utan anmärkning.\nMaj–aug granskas i september.",
         "Nej", "2025-09-03", "DELVIS", "nej"),
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar", "Systemförvaltare ekonomi",
         "Utdrag behörighetslista mot HR-system", "Halvår", "Ej påbörjad", "Ej påbörjad",
         "Flyttas till hösten p.g.a. byte av ekonomisystem i maj.",
         "", "2025-08-20", "EJ_GENOMFORD", ""),
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", "Administration",
         "Registerförteckning enligt dataskyddsförordningen är uppdaterad", "Dataskyddssamordnare",
         "Genomgång av registerförteckningen", "År", "", "Klar",
         "Registerförteckningen uppdaterad i maj. Två behandlingar saknades och har lagts till.",
         "Ja", "2025-06-12", "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Kommunledningsförvaltningen", "Upphandling",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlingschef",
         "Stickprov i e-handelssystemet", "Tertial", "Klar", "",
         "T1: 12 direktupphandlingar granskade, samtliga dokumenterade.",
         "Nej", "2025-05-06", "GENOMFORD", "nej"),
        # Samhällsbyggnadsnämnden
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", "Bygglov",
         "Handläggningstider för bygglov följer plan- och bygglagens tidsfrister", "Bygglovschef",
         "Uttag ur ärendesystemet", "Tertial", "Klar", "Klar",
         "Genomsnittlig handläggningstid 4,2 veckor. 3 ärenden överskred 10 veckor och avgiften "
         "har reducerats enligt PBL 12 kap. 8 a §.",
         "Ja", "2025-09-01", "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", "Bygglov",
         "Fakturering av bygglovsavgifter sker enligt gällande taxa", "Administratör bygglov",
         "Stickprov 30 ärenden", "Delår/helår", "", "Pågående",
         "15 av 30 ärenden kontrollerade.",
         "Nej", "2025-09-04", "DELVIS", "nej"),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", "Plan",
         "Arkivering av avslutade detaljplaneärenden sker enligt dokumenthanteringsplanen", "Planchef",
         "Genomgång av avslutade ärenden 2024", "År", "", "Ej påbörjad",
         "",
         "", "2025-04-30", "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", "Tillsyn",
         "Tillsyn av ovårdade tomter dokumenteras i ärendesystemet", "Byggnadsinspektör",
         "Stickprov 10 ärenden", "Halvår", "Utgår", "Utgår",
         "Utgår enligt beslut SBN 2025-04-15 § 48. Ersätts av kontroll av strandskyddsdispenser i plan 2026.",
         "", "2025-04-16", "UTGAR", ""),
        ("Samhällsbyggnadsnämnden", "Samhällsbyggnadsförvaltningen", "Mät och kart",
         "Kontroll av att lantmäteriförrättningar debiteras korrekt", "Mätchef",
         "Avstämning mot förrättningsregister", "Halvår", "", "",
         "",
         "", "2025-01-22", "SAKNAS", ""),
        # Tekniska nämnden
        ("Tekniska nämnden", "Tekniska förvaltningen", "Inköp och avtal",
         "Entreprenörers fakturor stäms av mot avtalade á-priser", "Gatuchef",
         "Stickprov 15 fakturor", "Tertial", "Klar", "Klar",
         "Två fakturor för vinterväghållning hade fel á-pris. Kreditering begärd och mottagen.",
         "Ja", "2025-08-29", "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Tekniska förvaltningen", "VA",
         "Egenkontroll av dricksvattenkvalitet enligt kontrollprogrammet", "VA-chef",
         "Provtagningsprotokoll", "Månad", "Klar", "Klar",
         "Samtliga provtagningar utförda enligt program. Inga otjänliga prover.",
         "Nej", "2025-09-01", "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Tekniska förvaltningen", "Förråd",
         "Inventering av maskiner och inventarier i centralförrådet", "Förrådsansvarig",
         "Fysisk inventering mot anläggningsregister", "År", "", "Pågående",
         "Inventering påbörjad i augusti, ca 60 % klar.",
         "", "2025-08-27", "DELVIS", ""),
        ("Tekniska nämnden", "Tekniska förvaltningen", "Arbetsmiljö",
         "Skyddsronder på avloppsreningsverket genomförs och brister åtgärdas", "Driftchef ARV",
         "Protokoll skyddsrond", "Halvår", "Klar", "Klar",
         "Skyddsrond genomförd 2025-04-09. Fyra brister noterades, samtliga åtgärdade i juni.",
         "Ja", "2025-06-18", "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Tekniska förvaltningen", "Fordon",
         "Körjournaler förs för kommunens förmånsbilar och poolbilar", "Fordonssamordnare",
         "Stickprov körjournaler", "Halvår", "Ej påbörjad", "Ej påbörjad",
         "Ej genomförd – resursbrist under perioden. Genomförs i oktober.",
         "", "2025-08-15", "EJ_GENOMFORD", ""),
    ]
    header = ["Nämnd/styrelse", "Förvaltning", "Process", "Kontrollmoment", "Kontrollansvarig",
              "Kontrollmetod", "Frekvens", "Status T1", "Status Delår", "Kommentar",
              "Avvikelse", "Senast ändrad"]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Stratsys", "Rapport: Internkontrollplan – uppföljning per kontrollmoment"])
        w.writerow(["Organisation: Hammarstrand kommun",
                    "Urval: Kommunstyrelsen; Samhällsbyggnadsnämnden; Tekniska nämnden"])
        w.writerow(["Period: Delår 2025 (jan–aug)", "Utskriven: 2025-09-09 14:32"])
        w.writerow([])
        w.writerow(header)
        for r in rows:
            w.writerow(r[:12])
            exp(fil, r[0], r[3], r[12], r[13])
    for n in ("Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Tekniska nämnden"):
        FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Hypergene Excel export – Barn- och utbildningsnämnden
# ---------------------------------------------------------------------------
def hypergene_xlsx():
    fil = "Hypergene_rapport_IK_300_2025-08.xlsx"
    nam = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    bold = Font(bold=True)
    fills = {
        "Grön": PatternFill("solid", fgColor="92D050"),
        "Gul": PatternFill("solid", fgColor="FFFF00"),
        "Röd": PatternFill("solid", fgColor="FF0000"),
        "Grå": PatternFill("solid", fgColor="BFBFBF"),
    }
    ws["A1"] = "Hypergene Business Planning"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Rapport: IK-uppföljning per kontrollmoment"
    ws["A3"] = "Enhet: 300 Barn- och utbildningsförvaltningen"
    ws["A4"] = "Period: 2025-08   Version: Utfall"
    ws["A5"] = "Skapad: 2025-09-05 10:14 av anna.lindqvist"
    for c in ("A2", "A3", "A4", "A5"):
        ws[c].font = Font(size=9, color="595959")
    header = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
              "Ansvarig", "Status T1", "Status Delår", "Analys/kommentar", "Åtgärd"]
    hr = 7
    for i, h in enumerate(header, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar", 9,
             "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 50 fakturor",
             "Ekonom BUF", "Grön", "Grön", "Stickprov 50 fakturor, inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("1.2", "Statsbidrag", "Återbetalningskrav från Skolverket", 12,
             "Statsbidrag från Skolverket återsöks och redovisas korrekt", "Genomgång av samtliga ansökningar",
             "Controller BUF", "Gul", "Grön",
             "Samtliga ansökningar inskickade. Återbetalning 120 tkr av statsbidrag för "
             "lärarlönelyftet p.g.a. felaktig redovisning 2024.",
             "Rutin för redovisning ses över.", "GENOMFORD", "ja"),
            ("1.3", "Intäkter", "Uteblivna intäkter", 6,
             "Interkommunal ersättning faktureras för elever folkbokförda i andra kommuner",
             "Avstämning elevregister mot kundreskontra", "Skoladministratör", "Gul", "Gul",
             "Fakturering för vårterminen klar. Debitering för hösten sker i oktober.", "",
             "DELVIS", ""),
        ]),
        ("Personal", [
            ("2.1", "Rekrytering", "Obehöriga lärare", 8,
             "Kontroll av lärarlegitimation vid nyanställning", "Genomgång av anställningar jan–aug",
             "HR-specialist", "Grön", "Grön",
             "31 anställningar kontrollerade. 2 obehöriga anställdes utan att undantag prövats; "
             "rutinen har förtydligats för rektorerna.", "Förtydligad rutin", "GENOMFORD", "ja"),
            ("2.2", "Rekrytering", "Personal utan registerkontroll", 12,
             "Registerutdrag ur belastningsregistret finns för all personal i förskola och skola",
             "Kontroll per enhet", "Rektor/förskolechef", "Röd", "Gul",
             "Kontrollerat på 6 av 11 enheter. På Björkbackens förskola saknades utdrag för 2 "
             "vikarier; åtgärdat.", "", "DELVIS", "ja"),
        ]),
        ("Verksamhet", [
            ("3.1", "Elevhälsa", "Kränkningar utreds inte", 16,
             "Anmälan om kränkande behandling hanteras enligt rutin inom fastställd tid",
             "Genomgång av anmälningar i ärendesystemet", "Verksamhetschef grundskola", "", "Röd",
             "Ej genomförd under perioden p.g.a. vakans på elevhälsan. Genomförs i oktober.", "",
             "EJ_GENOMFORD", ""),
            ("3.2", "Närvaro", "Hög frånvaro uppmärksammas inte", 9,
             "Frånvarouppföljning – elever med hög frånvaro utreds", "Stickprov 3 skolor",
             "Verksamhetschef grundskola", "Grå", "Grå",
             "Ej aktuell 2025 – ingår i det systematiska kvalitetsarbetet enligt BUN beslut 2025-02-18 § 31.",
             "", "UTGAR", ""),
            ("3.3", "Skolskjuts", "Felaktiga skolskjutsbeslut", 4,
             "Skolskjutsbeslut fattas i enlighet med skolskjutsreglementet", "Stickprov 20 beslut",
             "Skolskjutshandläggare", "", "", "Se bilaga 3", "", "OKLAR", ""),
        ]),
    ]
    r = hr + 1
    thin = Side(style="thin", color="A6A6A6")
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for it in items:
            vals = it[:11]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=(v if v != "" else None))
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                if i in (8, 9) and v in fills:
                    c.fill = fills[v]
            exp(fil, nam, it[4], it[11], it[12])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusförklaring").font = bold
    legend = [("Grön", "Genomförd"), ("Gul", "Delvis genomförd / pågår"),
              ("Röd", "Ej genomförd"), ("Grå", "Ej aktuell / utgår")]
    for col, txt in legend:
        r += 1
        c = ws.cell(row=r, column=1, value=col)
        c.fill = fills[col]
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Hypergene © – rapporten är systemgenererad").font = Font(size=8, italic=True)
    widths = [6, 18, 24, 9, 42, 28, 20, 10, 11, 50, 24]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = wdt
    fix_xlsx_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nam, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. In-house system (IKS) tab-separated text export, long format – Socialnämnden
# ---------------------------------------------------------------------------
def inhouse_txt():
    fil = "IKS_export_610_20250908.txt"
    nam = "Socialnämnden"
    ctrls = {
        "SN01": "Utbetalning av ekonomiskt bistånd kontrolleras mot fattat beslut",
        "SN02": "Orosanmälningar förhandsbedöms inom 14 dagar",
        "SN03": "Avtal med HVB-hem och familjehem är upprättade före placering",
        "SN04": "Loggkontroll i verksamhetssystemet Lifecare",
        "SN05": "Handläggning av ärenden om försörjningsstöd dokumenteras enligt rutin",
        "SN06": "Återsökning av ersättning från Migrationsverket",
        "SN07": "Hot och våld – riskbedömningar genomförda på samtliga enheter",
    }
    resp = {"SN01": "Enhetschef försörjningsstöd", "SN02": "Enhetschef barn och unga",
            "SN03": "Enhetschef barn och unga", "SN04": "Systemförvaltare",
            "SN05": "Enhetschef försörjningsstöd", "SN06": "Controller SOF",
            "SN07": "Förvaltningschef"}
    # (km, period, status, kommentar, avvik)
    data = [
        ("SN01", "2025T1", "2", "Stickprov 15 av 30 utbetalningar klara.", ""),
        ("SN01", "2025D", "1", "Stickprov 30 utbetalningar: 1 dubbelutbetalning, återkrav upprättat.", "J"),
        ("SN02", "2025T1", "1", "90 % inom 14 dagar.", "J"),
        ("SN02", "2025D", "1", "92 % inom 14 dagar; 7 ärenden försenade p.g.a. sjukskrivningar.", "J"),
        ("SN03", "2025T1", "3", "", ""),
        ("SN03", "2025D", "2", "Genomgång av 18 av 35 placeringar, inga brister hittills.", "N"),
        ("SN04", "2025T1", "1", "Inga otillåtna slagningar.", "N"),
        ("SN04", "2025D", "1", "Inga otillåtna slagningar.", "N"),
        ("SN05", "2025T1", "3", "Planeras till hösten.", ""),
        ("SN06", "2025D", "4", "Utgår – inga ärenden som berättigar till ersättning 2025.", ""),
        ("SN07", "2025D", "", "Riskbedömningar klara på samtliga sex enheter i juni.", ""),
    ]
    expected = {
        "SN01": ("GENOMFORD", "ja"), "SN02": ("GENOMFORD", "ja"), "SN03": ("DELVIS", "nej"),
        "SN04": ("GENOMFORD", "nej"), "SN05": ("EJ_GENOMFORD", ""), "SN06": ("UTGAR", ""),
        "SN07": ("GENOMFORD", ""),
    }
    lines = [
        "# IKS Internkontrollsystem Hammarstrand v2.3 - export",
        "# Urval: ORG=610  AR=2025  PERIOD<=2025D",
        "# Exporterad 2025-09-08 07:55 av SOFEKON1",
        "# STATUS: 1=Genomförd 2=Påbörjad 3=Ej påbörjad 4=Utgår (tom=ej rapporterad)",
        "# AVVIK: J=avvikelse konstaterad N=ingen avvikelse",
        "\t".join(["ORG", "ORGNAMN", "KM_NR", "KONTROLLMOMENT", "ANSVARIG", "PERIOD",
                   "STATUS", "KOMMENTAR", "AVVIK", "REG_DATUM"]),
    ]
    dates = {"2025T1": "2025-05-12", "2025D": "2025-09-05"}
    for km, per, st, kom, av in data:
        lines.append("\t".join(["610", "Socialförvaltningen", km, ctrls[km], resp[km], per,
                                st, kom, av, dates[per]]))
    lines.append("# Antal rader: %d" % len(data))
    with open(p(fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    for km in sorted(ctrls):
        exp(fil, nam, ctrls[km], *expected[km])
    FILES.append((fil, "INLAST", nam, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    para = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            para = cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – Word, colour-only status column
# ---------------------------------------------------------------------------
def von_docx():
    fil = "VON delårsuppföljning internkontroll 2025.docx"
    nam = "Vård- och omsorgsnämnden"
    GREEN, YELLOW, RED = "00B050", "FFC000", "FF0000"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Hammarstrand kommun\tVård- och omsorgsförvaltningen\tDnr VON 2025/41"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Vård- och omsorgsnämnden – delårsrapport per 31 augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 112). Planen omfattar "
        "åtta kontrollmoment. Nedan redovisas resultatet av de kontroller som genomförts under perioden "
        "januari–augusti. Kontroller som ännu inte genomförts redovisas i helårsuppföljningen.")
    lp = d.add_paragraph()
    lp.add_run("Status anges med färg: ").bold = True
    lp.add_run("grön = genomförd, gul = pågår/delvis genomförd, röd = ej genomförd. "
               "Ofärgad ruta = ingen bedömning gjord.")
    rows = [
        ("1", "Läkemedelshantering", "Avvikelser i läkemedelshanteringen rapporteras i avvikelsesystemet",
         "MAS granskar avvikelserapporter och signeringslistor på fyra särskilda boenden",
         "MAS", "Granskning genomförd på fyra särskilda boenden.\nBrister i signeringslistor på "
         "Ekbackens äldreboende – åtgärdsplan upprättad.", GREEN, "GENOMFORD", "ja"),
        ("2", "Hemtjänst", "Beviljade hemtjänsttimmar stäms av mot utförd tid i planeringssystemet",
         "Månadsvis avstämning per hemtjänstgrupp", "Enhetschefer hemtjänst",
         "Avstämning gjord för januari–juni. Juli–augusti återstår.", YELLOW, "DELVIS", ""),
        ("3", "Avgifter", "Avgifter inom äldreomsorgen debiteras enligt maxtaxa",
         "Stickprov 40 avgiftsbeslut", "Avgiftshandläggare",
         "Kontroll av 40 avgiftsbeslut, inga fel hittades.", GREEN, "GENOMFORD", "nej"),
        ("4", "Personal", "Timanställdas arbetade tid attesteras i lönesystemet senast den 5:e varje månad",
         "Uttag ur lönesystemet, 3 månader", "HR-konsult",
         "Ej genomförd, prioriterades bort under sommarperioden.", RED, "EJ_GENOMFORD", ""),
        ("5", "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 50 ärenden", "Verksamhetsutvecklare",
         "Uppföljning pågår. Hittills har 62 % av genomförandeplanerna upprättats inom tidsgränsen.",
         YELLOW, "DELVIS", "ja"),
        ("6", "Arbetsmiljö", "Samtliga medarbetare har genomgått utbildning i hot och våld",
         "Kontroll av utbildningsregister", "Enhetschefer",
         "Utbildningen genomförs under hösten enligt plan.", None, "EJ_GENOMFORD", ""),
        ("7", "Inköp", "Inköp av förbrukningsmaterial sker från avtalade leverantörer",
         "Stickprov i e-handelssystemet", "Ekonom VOF", "", None, "SAKNAS", ""),
        ("8", "Bemanning", "Bemanningsföretag anlitas endast efter beslut av verksamhetschef",
         "Genomgång av fakturor från bemanningsföretag", "Verksamhetschef",
         "Utgår – ersatt av kommunens centrala bemanningsenhet fr.o.m. mars 2025.", None, "UTGAR", ""),
    ]
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod och omfattning", "Ansvarig",
           "Resultat per 31/8", "Status"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            set_cell(cells[i], r[i])
        set_cell(cells[6], "")
        if r[6]:
            shade(cells[6], r[6])
        exp(fil, nam, r[2], r[7], r[8])
    widths = [Cm(1), Cm(3), Cm(5.5), Cm(4.5), Cm(3), Cm(7), Cm(1.6)]
    for row in t.rows:
        for i, wd in enumerate(widths):
            row.cells[i].width = wd
    d.add_paragraph()
    d.add_paragraph("Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak är "
                    "tillräcklig. Brister i läkemedelshanteringen och genomförandeplaner följs upp särskilt.")
    d.add_paragraph("Hammarstrand 2025-09-10")
    d.add_paragraph("Karin Ek\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    fix_docx_props(d)
    d.save(p(fil))
    FILES.append((fil, "INLAST", nam, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – own Excel with X tick columns
# ---------------------------------------------------------------------------
def kfn_xlsx():
    fil = "KFN_IK_uppfoljning_delar.xlsx"
    nam = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    thin = Side(style="thin")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws["A1"] = "Internkontrollplan 2025 – Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Uppföljning delår (januari–augusti)"
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Markera med X i den kolumn som gäller."
    ws["A3"].font = Font(size=9, color="7F7F7F")
    # two-level header rows 5-6
    top = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Uppföljning delår", None, None,
           "Kommentar", "Avvikelse (Ja/Nej)"]
    sub = [None, None, None, "Genomförd", "Delvis", "Ej genomförd", None, None]
    hfill = PatternFill("solid", fgColor="E2EFDA")
    for i, v in enumerate(top, 1):
        c = ws.cell(row=5, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, v in enumerate(sub, 1):
        c = ws.cell(row=6, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = border
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col in ("A", "B", "C", "G", "H"):
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("D5:F5")
    # (område, km, ansvarig, G, D, E, kommentar, avvikelse) + expected
    data = [
        ("Ekonomi", [
            ("Kassahantering i simhallen och på biblioteket – dagskassor stäms av mot kassasystemet",
             "Enhetschef bad", "X", "", "", "Kassadifferens 340 kr i juni, utredd och redovisad.", "Ja",
             "GENOMFORD", "ja"),
            ("Bidrag till föreningar betalas ut enligt nämndens bidragsregler",
             "Föreningskonsulent", "", "X", "",
             "Aktivitetsbidrag för vårterminen kontrollerat.\nLokalbidrag granskas i november.", "Nej",
             "DELVIS", "nej"),
            ("Uthyrning av lokaler och idrottshallar faktureras enligt taxa",
             "Bokningsansvarig", "X", "X", "", "", "", "OKLAR", ""),
        ]),
        ("Verksamhet", [
            ("Lån av medier registreras och påminnelser skickas enligt rutin",
             "Bibliotekschef", "", "", "X", "Skjuts till 2026 p.g.a. byte av bibliotekssystem.", "",
             "EJ_GENOMFORD", ""),
            ("Badvakter har giltig livräddnings- och HLR-utbildning",
             "Enhetschef bad", "X", "", "", "Samtliga 14 badvakter har giltig utbildning.", "Nej",
             "GENOMFORD", "nej"),
            ("Ledare i sommarlovsaktiviteter har lämnat registerutdrag",
             "Fritidsgårdschef", "", "", "", "Se bilaga 1 – sammanställning sommarlov", "",
             "OKLAR", ""),
            ("Inventering av kommunens konstsamling",
             "Kultursekreterare", "", "", "", "Utgår enligt KFN beslut 2025-03-12 § 22.", "",
             "UTGAR", ""),
        ]),
    ]
    r = 7
    for omr, items in data:
        first = r
        for it in items:
            vals = [omr if r == first else None] + list(it[:7])
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=(v if v not in ("",) else None))
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if i in (4, 5, 6, 8) else None)
            exp(fil, nam, it[0], it[7], it[8])
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen behandlad i KFN 2025-09-17 § 67.")
    ws.cell(row=r + 1, column=1, value="Sammanställd av: Lena Berg, nämndsekreterare")
    for col, wdt in zip("ABCDEFGH", [16, 48, 20, 11, 9, 12, 44, 12]):
        ws.column_dimensions[col].width = wdt
    ws.oddHeader.center.text = "Kultur- och fritidsförvaltningen"
    fix_xlsx_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nam, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden – text only, legacy .doc
# ---------------------------------------------------------------------------
def mhn_doc(tmpdir):
    fil = "Miljö- och hälsoskyddsnämnden uppföljning intern kontroll delår 2025.doc"
    nam = "Miljö- och hälsoskyddsnämnden"
    d = docx.Document()
    d.add_paragraph("Hammarstrand kommun\nMiljö- och hälsoskyddsförvaltningen").runs[0].font.size = Pt(9)
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    d.add_paragraph("Miljö- och hälsoskyddsnämnden, Dnr MHN 2025/118")
    d.add_paragraph(
        "Nämnden har i internkontrollplanen för 2025 beslutat om fem kontrollmoment. Nedan redovisas "
        "resultatet per den 31 augusti 2025. Kontrollerna har utförts av förvaltningens "
        "administrativa enhet och miljöchefen.")
    items = [
        ("Debitering av tillsynsavgifter enligt fastställd taxa",
         "Kontrollen är genomförd. 25 ärenden granskades. I ett ärende hade fel timavgift debiterats; "
         "fakturan har krediterats och en ny faktura har skickats.", "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden",
         "Kontrollen är genomförd utan anmärkning. Samtliga beslut fattade på delegation under "
         "januari–juni har anmälts vid nämndens sammanträden.", "GENOMFORD", "nej"),
        ("Klagomålsärenden påbörjas inom två veckor från inkommen anmälan",
         "Kontrollen pågår. Hittills har 40 av 68 ärenden kontrollerats. Sju ärenden hade påbörjats "
         "först efter mer än två veckor, främst under semesterperioden.", "DELVIS", "ja"),
        ("Livsmedelskontrollen följer den fastställda kontrollplanen",
         "Kontrollen har inte genomförts under perioden och flyttas till hösten när den nya "
         "kontrollplanen är inlagd i verksamhetssystemet.", "EJ_GENOMFORD", ""),
        ("Inkommande handlingar diarieförs inom en arbetsdag",
         "Genomförd. Stickprovet visar att 97 % av handlingarna diarieförs samma dag, vilket bedöms "
         "som godtagbart. Ingen åtgärd behövs.", "GENOMFORD", "nej"),
    ]
    for km, text, st, av in items:
        d.add_heading(km, level=2)
        d.add_paragraph(text)
        exp(fil, nam, km, st, av)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen är tillräcklig men att "
                    "handläggningen av klagomålsärenden behöver förbättras under semesterperioder.")
    d.add_paragraph("Per-Olof Sandberg\nMiljöchef")
    fix_docx_props(d)
    src = os.path.join(tmpdir, "mhn.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc:MS Word 97", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "mhn.doc"), p(fil))
    FILES.append((fil, "INLAST", nam, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – legacy .xls, symbols, nämnd only in print header / file name
# ---------------------------------------------------------------------------
def ofn_xls():
    fil = "ÖFN_internkontroll_2025.xls"
    nam = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    # xlwt's setter is broken for non-ASCII on Python 3; set the stored value directly
    ws._Worksheet__header_str = "&CÖverförmyndarnämnden i Hammarstrand"
    ws._Worksheet__footer_str = "&CSida &P av &N"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    sym = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top; "
                      "font: height 240")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Internkontroll 2025 – uppföljning per 2025-08-31", title)
    ws.write(1, 0, "Teckenförklaring:  ✔ = genomförd   ◐ = delvis genomförd   ✘ = ej genomförd   – = ej aktuell",
             small)
    hdr = ["Kontrollmoment", "Kontrollansvarig", "T1", "Delår", "T2/Helår", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, bold)
    rows = [
        ("Årsräkningar granskas inom sex månader från inlämning", "Handläggare", "◐", "✔",
         "Samtliga 212 årsräkningar granskade per 30/6.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Handläggare", "✔", "✔",
         "Stickprov 20 arvoden, 1 felberäkning har rättats.", "GENOMFORD", "ja"),
        ("Förteckningar över huvudmännens tillgångar inkommer inom två månader", "Enhetschef", "✘", "◐",
         "Påminnelser skickade, 9 förteckningar saknas fortfarande.", "DELVIS", "ja"),
        ("Lämplighetsprövning av nya ställföreträdare (belastningsregister och kreditupplysning)",
         "Enhetschef", "✔", "✘", "Ej kontrollerat under maj–augusti.", "EJ_GENOMFORD", ""),
        ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Handläggare", "–", "–",
         "Ej aktuellt som eget kontrollmoment, ingår i granskningen av årsräkningar.", "UTGAR", ""),
    ]
    r = 4
    for km, ans, t1, dl, kom, st, av in rows:
        ws.write(r, 0, km, cellst)
        ws.write(r, 1, ans, cellst)
        ws.write(r, 2, t1, sym)
        ws.write(r, 3, dl, sym)
        ws.write(r, 4, "", sym)
        ws.write(r, 5, kom, cellst)
        exp(fil, nam, km, st, av)
        r += 1
    ws.write(r + 1, 0, "Uppdaterad 2025-09-03 /JL", small)
    for i, wdt in enumerate([50, 18, 7, 7, 10, 50]):
        ws.col(i).width = wdt * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nam, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) with no follow-up in it
# ---------------------------------------------------------------------------
def missiv_docx():
    fil = "Missiv internkontroll delår 2025 - Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Hammarstrand kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-08")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen är exporterad ur IKS och bifogas som separat fil.")
    d.add_paragraph(
        "Ärendet behandlas på Socialnämndens sammanträde den 24 september. Eventuella ändringar "
        "efter nämndens behandling meddelas snarast.")
    d.add_paragraph("Frågor besvaras av controller Maria Holm, tfn 0612-55 18 40.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Strand\nFörvaltningschef")
    fix_docx_props(d)
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r399-")
    try:
        stratsys_csv()
        hypergene_xlsx()
        inhouse_txt()
        von_docx()
        kfn_xlsx()
        mhn_doc(tmpdir)
        ofn_xls()
        missiv_docx()
        write_csvs()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
