#!/usr/bin/python3
"""Blind round r259 — Rösjöberga kommun: year-end follow-up 2025 together with next year's plan 2026.

Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime as dt
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r259_build"
LO_PROFILE = "file:///tmp/lo-round259"
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
MBN = "Miljö- och byggnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
RBAB = "Rösjöberga Bostäder AB"
RTRV = "Räddningstjänstförbundet Rösjö-Vallen"
REAB = "Rösjöberga Energi AB"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
    (TN, "TN|Tekniska förvaltningen|Teknik|Samhällsbyggnad teknik"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KoF|Kultur och fritid"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö och bygg|Bygg- och miljönämnden"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN|Valkansliet"),
    (RBAB, "RBAB|Rösjöbergabostäder|Bostadsbolaget|Rösjöberga Bostäder"),
    (RTRV, "RTRV|Räddningstjänsten Rösjö-Vallen|Direktionen för räddningstjänsten|Räddningstjänsten"),
    (REAB, "REAB|Rösjöberga Energi|Energibolaget"),
]


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL_HEAD = PatternFill("solid", fgColor="D9E1F2")
FILL_GREEN = PatternFill("solid", fgColor="92D050")
FILL_YELLOW = PatternFill("solid", fgColor="FFFF00")
FILL_RED = PatternFill("solid", fgColor="FF0000")
FILL_GREY = PatternFill("solid", fgColor="D9D9D9")
FILL_PLAN = PatternFill("solid", fgColor="FCE4D6")


def fix_wb(wb):
    wb.properties.creator = "Rösjöberga kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d):
    cp = d.core_properties
    cp.author = "Rösjöberga kommun"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Rösjöberga kommun"
    cp.revision = 1


def to_ods(xlsx_path, out_name):
    """Convert a temp xlsx to ods in OUT with the wanted name."""
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "ods", "--outdir", TMP, xlsx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(xlsx_path)[0] + ".ods"
    shutil.move(produced, os.path.join(OUT, out_name))


def set_widths(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def docx_table(d, header, rows, style="Table Grid", bold_header=True):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = h
        if bold_header:
            for r in c.paragraphs[0].runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# ---------------------------------------------------------------------------
# F1  KS: workbook with sheets "Uppföljning 2025" and "Plan 2026"
# ---------------------------------------------------------------------------
def f1():
    fil = "Internkontroll KS helår 2025 och plan 2026.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Rösjöberga kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025, helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Ärende till kommunstyrelsen 2026-02-04. Status anges som Genomförd / Delvis genomförd / Ej genomförd / Utgår."
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Status helår", "Kommentar / resultat", "Avvikelse (Ja/Nej)"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = BOLD
        c.fill = FILL_HEAD
        c.border = BORDER
        c.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Leverantörsfakturor", "Felaktiga utbetalningar, oegentligheter",
             "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
             "Genomförd", "Stickprov 40 fakturor (mars och oktober). 2 fakturor saknade andra attest, påminnelse skickad till berörda chefer.", "Ja",
             "GENOMFORD", "ja"),
            ("Representation", "Representation utan koppling till verksamheten",
             "Kontroll av att representation redovisas med syfte och deltagare", "Controller KLF",
             "Genomförd", "Samtliga 22 verifikationer hade syfte och deltagarförteckning.", "Nej",
             "GENOMFORD", "nej"),
            ("Kundreskontra", "Intäktsförluster",
             "Avstämning av kundfordringar äldre än 90 dagar", "Ekonomiassistent",
             "Delvis genomförd", "Avstämning gjord för kvartal 1–3. Kvartal 4 stäms av i samband med bokslutet i februari.", "Nej",
             "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("Lön", "Felaktig behörighet i lönesystemet",
             "Kontroll av att löneutbetalningar sker enligt beslut (behörighet i lönesystemet)", "HR-chef",
             "Ej genomförd", "Skjuts upp till 2026 på grund av byte av lönesystem (Heroma) under hösten.", "",
             "EJ_GENOMFORD", ""),
            ("Rehabilitering", "Brister i arbetsmiljöansvaret",
             "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato", "HR-specialist",
             "Genomförd", "", "Nej",
             "GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter", "Obehörig åtkomst efter avslutad anställning",
             "Kontroll av behörigheter i ekonomisystemet för avslutade anställningar", "Systemförvaltare Raindance",
             "Genomförd med anmärkning", "3 konton var inte avslutade inom 30 dagar. Konton stängda 2025-11-03.", "Ja",
             "GENOMFORD", "ja"),
            ("Säkerhetskopiering", "Förlust av data",
             "Test av återläsning av säkerhetskopior", "IT-chef",
             "Utgår", "Utgår enligt KS beslut 2025-05-14 § 88. Hanteras av IT-förbundet Vallen.", "",
             "UTGAR", ""),
        ]),
        ("Upphandling", [
            ("Direktupphandling", "Brott mot LOU, ej dokumenterade upphandlingar",
             "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "Upphandlingschef",
             "Genomförd", "Granskning av 12 direktupphandlingar, samtliga dokumenterade i avtalsdatabasen.", "Nej",
             "GENOMFORD", "nej"),
        ]),
    ]
    for gname, rows in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(r, 1).font = BOLD
        ws.cell(r, 1).fill = FILL_GREY
        for row in rows:
            ws.append(list(row[:7]))
            r = ws.max_row
            for c in ws[r]:
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, KS, row[2], row[7], row[8])
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med anmärkning,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E{hr+1}:E{ws.max_row}")
    ws.append([])
    ws.append(["Sammanfattning: 5 av 8 kontrollmoment genomförda, 1 delvis, 1 ej genomfört, 1 utgått."])
    ws.append([])
    ws.append(["Godkänd av kommundirektör Eva Lindqvist 2026-01-15"])
    set_widths(ws, {"A": 20, "B": 28, "C": 48, "D": 22, "E": 18, "F": 55, "G": 12})
    ws.freeze_panes = ws.cell(hr + 1, 1)

    # Plan 2026
    wp = wb.create_sheet("Plan 2026")
    wp["A1"] = "Förslag till internkontrollplan 2026 – Kommunstyrelsen"
    wp["A1"].font = Font(bold=True, size=14)
    wp["A2"] = "Riskvärde = sannolikhet × konsekvens (1–4). Kontrollmoment med riskvärde 8 eller högre tas med i planen."
    wp.append([])
    ph = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapportering"]
    wp.append(ph)
    for c in wp[wp.max_row]:
        c.font = BOLD
        c.fill = FILL_HEAD
        c.border = BORDER
    plan = [
        ("Leverantörsfakturor", "Felaktiga utbetalningar", 3, 4, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Två ggr/år", "Redovisningschef", "Delår, helår"),
        ("Kundreskontra", "Intäktsförluster", 3, 3, "Avstämning av kundfordringar äldre än 90 dagar", "Avstämning mot reskontra", "Kvartalsvis", "Ekonomiassistent", "Helår"),
        ("Lön", "Felaktig behörighet i lönesystemet", 2, 4, "Kontroll av att löneutbetalningar sker enligt beslut (behörighet i lönesystemet)", "Behörighetslista mot beslut", "En gång/år", "HR-chef", "Helår"),
        ("Behörigheter", "Obehörig åtkomst", 3, 3, "Kontroll av behörigheter i ekonomisystemet för avslutade anställningar", "Jämförelse mot avslutslista HR", "Två ggr/år", "Systemförvaltare Raindance", "Delår, helår"),
        ("Bisysslor", "Jäv och förtroendeskada", 2, 4, "Kontroll av att bisysslor anmäls och bedöms", "Enkät till chefer", "En gång/år", "HR-chef", "Helår"),
        ("Inköp", "Köp utanför avtal", 4, 2, "Granskning av avtalstrohet vid inköp av förbrukningsmaterial", "Analys av leverantörsreskontra", "En gång/år", "Upphandlingschef", "Helår"),
        ("Dataskydd", "Brott mot dataskyddsförordningen", 2, 4, "Kontroll av att registerförteckningen enligt GDPR är uppdaterad", "Genomgång av förteckning", "En gång/år", "Dataskyddsombud", "Helår"),
    ]
    for p in plan:
        wp.append([p[0], p[1], p[2], p[3], p[2] * p[3], p[4], p[5], p[6], p[7], p[8]])
        for c in wp[wp.max_row]:
            c.alignment = WRAP
            c.border = BORDER
    set_widths(wp, {"A": 20, "B": 28, "C": 11, "D": 11, "E": 10, "F": 50, "G": 30, "H": 14, "I": 24, "J": 14})
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  BUN: Word, table 1 = follow-up 2025, table 2 = "Förslag till internkontrollplan 2026"
# ---------------------------------------------------------------------------
def f2():
    fil = "BUN uppföljning IKP 2025 samt förslag IKP 2026.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Rösjöberga kommun – Barn- och utbildningsförvaltningen"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 (helår)", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 14). Nedan redovisas resultatet av "
        "årets kontroller. Status anges som Klar, Pågående, Ej påbörjad eller Ej aktuell.")
    header = ["Område", "Kontrollmoment", "Genomförande", "Resultat", "Status"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    rows = [
        ("GROUP", "Administration och ekonomi"),
        ("Närvaro", "Kontroll av att frånvaro i grundskolan registreras dagligen i Skolplattformen",
         "Stickprov, fyra skolor\nvecka 12 och 41",
         "En skola registrerade inte frånvaro på fritidshemmet.\nRutinen är förtydligad och åtgärdad.", "Klar",
         "GENOMFORD", "ja"),
        ("Tilläggsbelopp", "Uppföljning av att beslut om tilläggsbelopp fattas enligt delegationsordningen",
         "Genomgång av samtliga beslut", "Samtliga 18 beslut fattade av behörig delegat. Inga avvikelser.", "Klar",
         "GENOMFORD", "nej"),
        ("Förskoleplacering", "Kontroll av köhantering och placering i förskola inom fyra månader",
         "Uttag ur e-tjänsten",
         "Vårterminen kontrollerad, inga avvikelser hittills. Höstterminen redovisas i februari 2026.", "Pågående",
         "DELVIS", "nej"),
        ("GROUP", "Personal"),
        ("Rekrytering", "Registerkontroll ur belastningsregistret vid nyanställning",
         "Stickprov 25 anställningar",
         "2 av 25 anställningar saknade dokumenterad kontroll av registerutdrag.", "Klar",
         "GENOMFORD", "ja"),
        ("Inventarier", "Inventering av skolans IT-utrustning (elevdatorer)",
         "Inventering mot tillgångsregister",
         "Inventeringen har inte hunnits med under året och flyttas till 2026.", "Ej påbörjad",
         "EJ_GENOMFORD", ""),
        ("Skolskjuts", "Kontroll av att skolskjutsbeslut fattas enligt riktlinjerna",
         "Stickprov 20 beslut",
         "Skolskjutsen överfördes till tekniska nämnden 2025-03-01.", "Ej aktuell",
         "UTGAR", ""),
        ("GROUP", "Elevhälsa och trygghet"),
        ("Kränkande behandling", "Uppföljning av att kränkande behandling anmäls till huvudman inom fem dagar",
         "Genomgång av anmälningar i DF Respons", "Se bilaga 3.", "",
         "OKLAR", ""),
    ]
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            m = cells[0].merge(cells[4])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            continue
        for i in range(5):
            cells[i].text = row[i]
        exp(fil, BUN, row[1], row[5], row[6])
    d.add_paragraph()
    d.add_paragraph("Bilaga 3: Sammanställning av anmälningar om kränkande behandling 2025 (separat dokument).")

    d.add_heading("Förslag till internkontrollplan 2026", level=2)
    d.add_paragraph(
        "Förvaltningen har genomfört en riskanalys inför 2026. Kontrollmoment som inte kunde slutföras 2025 "
        "föreslås kvarstå. Nya kontrollmoment är markerade med (ny).")
    plan = [
        ("Felaktig närvarostatistik", "Kontroll av att frånvaro i grundskolan registreras dagligen i Skolplattformen", "Stickprov", "Rektor", "Vt och ht"),
        ("Lagkrav om placering inte uppfylls", "Kontroll av köhantering och placering i förskola inom fyra månader", "Uttag ur e-tjänsten", "Förskolechef", "Helår"),
        ("Förlust av utrustning", "Inventering av skolans IT-utrustning (elevdatorer)", "Inventering", "IT-samordnare", "Helår"),
        ("Brister i elevers trygghet", "Uppföljning av att kränkande behandling anmäls till huvudman inom fem dagar", "Genomgång av anmälningar", "Elevhälsochef", "Delår, helår"),
        ("Felaktiga ersättningar (ny)", "Kontroll av interkommunal ersättning mot elevregistret (ny)", "Avstämning", "Controller BUF", "Helår"),
        ("Bristande dokumentation (ny)", "Kontroll av att åtgärdsprogram följs upp och dokumenteras (ny)", "Stickprov 30 elever", "Rektor", "Helår"),
    ]
    docx_table(d, ["Risk", "Kontrollmoment", "Metod", "Ansvarig", "Tidpunkt för rapportering"], plan)
    d.add_paragraph()
    d.add_paragraph("Rösjöberga 2026-01-20")
    d.add_paragraph("Anders Holm\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    fix_doc(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  SN: one sheet, follow-up 2025 left, plan 2026 columns to the right
# ---------------------------------------------------------------------------
def f3():
    fil = "Socialnämnden IK 2025 helår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP"
    ws["A1"] = "Socialnämnden – intern kontroll: uppföljning helår 2025 och förslag till plan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Färgkod i kolumn D: grön = genomförd, gul = delvis genomförd, röd = ej genomförd"
    ws["A3"] = "UPPFÖLJNING 2025"
    ws.merge_cells("A3:F3")
    ws["G3"] = "PLAN 2026"
    ws.merge_cells("G3:J3")
    for ref in ("A3", "G3"):
        ws[ref].font = BOLD
        ws[ref].alignment = Alignment(horizontal="center")
    ws["A3"].fill = FILL_HEAD
    ws["G3"].fill = FILL_PLAN
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status 2025", "Kommentar 2025", "Avvikelse",
           "Beslut inför 2026", "Risk 2026", "Kontrollmoment 2026", "Ansvarig 2026"]
    ws.append(hdr)
    for i, c in enumerate(ws[4]):
        c.font = BOLD
        c.border = BORDER
        c.alignment = WRAP
        c.fill = FILL_HEAD if i < 6 else FILL_PLAN
    fills = {"Genomförd": FILL_GREEN, "Delvis": FILL_YELLOW, "Ej genomförd": FILL_RED}
    rows = [
        ("1", "Kontroll av att utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare",
         "Enhetschef försörjningsstöd", "Genomförd", "30 ärenden granskade, 1 utbetalning utan beslut i Viva.", "Ja",
         "Kvarstår 2026", "Felaktiga utbetalningar", "Kontroll av att utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare", "Enhetschef försörjningsstöd",
         "GENOMFORD", "ja"),
        ("2", "Granskning av att genomförandeplaner upprättas inom 14 dagar inom hemtjänsten",
         "Områdeschef hemtjänst", "Delvis", "Granskning klar i två av tre hemtjänstområden (Norr, Centrum). Söder granskas i januari.", "Nej",
         "Kvarstår 2026", "Brister i dokumentation", "Granskning av att genomförandeplaner upprättas inom 14 dagar inom hemtjänsten", "Områdeschef hemtjänst",
         "DELVIS", "nej"),
        ("3", "Kontroll av att anmälningar enligt lex Sarah utreds och rapporteras",
         "Kvalitetsstrateg", "Genomförd", "Inga avvikelser.", "Nej",
         "Utgår 2026", "", "", "",
         "GENOMFORD", "nej"),
        ("4", "Kontroll av hantering av brukares kontanta medel på särskilt boende",
         "Enhetschef särskilt boende", None, "Kontrollen genomfördes i november utan anmärkning.", None,
         "Kvarstår 2026", "Förskingring", "Kontroll av hantering av brukares kontanta medel på särskilt boende", "Enhetschef särskilt boende",
         "GENOMFORD", "nej"),
        ("5", "Uppföljning av att LSS-beslut verkställs inom tre månader",
         "Verksamhetschef LSS", "Ej genomförd", "Ej genomförd på grund av vakanser under hösten.", None,
         "Kvarstår 2026", "Sanktionsavgift vid ej verkställda beslut", "Uppföljning av att LSS-beslut verkställs inom tre månader", "Verksamhetschef LSS",
         "EJ_GENOMFORD", ""),
        ("6", "Kontroll av att loggar i journalsystemet följs upp",
         "Systemförvaltare Treserva", None, None, None,
         "Utgår 2026", "", "", "",
         "SAKNAS", ""),
        ("7", "Avtalsuppföljning av HVB-placeringar",
         "Enhetschef barn och unga", "Genomförd", None, "Nej",
         "Kvarstår 2026", "Placeringar utan avtal", "Avtalsuppföljning av HVB-placeringar", "Enhetschef barn och unga",
         "GENOMFORD", "nej"),
        ("8", "Kontroll av delegationsbeslut inom individ- och familjeomsorgen",
         "Avdelningschef IFO", "Delvis", "Beslut jan–jun kontrollerade. Fel delegat i 2 av 40 beslut.", "Ja",
         "Kvarstår 2026", "Beslut fattade utan delegation", "Kontroll av delegationsbeslut inom IFO och LSS", "Avdelningschef IFO",
         "DELVIS", "ja"),
        ("", None, None, None, None, None,
         "Ny 2026", "Otillåten informationsöverföring", "Kontroll av att samtycke till informationsöverföring dokumenteras", "Kvalitetsstrateg",
         None, None),
        ("", None, None, None, None, None,
         "Ny 2026", "Kostnader över avtal", "Kontroll av fakturor från bemanningsföretag mot avtal", "Controller SOC",
         None, None),
    ]
    for row in rows:
        ws.append(list(row[:10]))
        r = ws.max_row
        for i, c in enumerate(ws[r]):
            c.alignment = WRAP
            c.border = BORDER
        st = row[3]
        if st in fills:
            ws.cell(r, 4).fill = fills[st]
        if row[10]:
            exp(fil, SN, row[1], row[10], row[11])
    ws.append([])
    ws.append(["Uppföljningen behandlas i socialnämnden 2026-02-11. Kolumnerna G–J utgör förslag till internkontrollplan 2026."])
    ws.append(["Sammanställd av: Maria Ek, kvalitetsstrateg"])
    set_widths(ws, {"A": 5, "B": 48, "C": 22, "D": 14, "E": 45, "F": 10, "G": 16, "H": 26, "I": 48, "J": 24})
    ws.print_title_rows = "4:4"
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  TN: ODS, codes with legend, T1/T2/T3 side by side, "Inför 2026" column
# ---------------------------------------------------------------------------
def f4():
    fil = "Tekniska nämnden - uppföljning internkontroll 2025.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "TEKNISKA NÄMNDEN"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – årsuppföljning (tertial 3) samt inriktning 2026"
    ws["A2"].font = BOLD
    ws.append([])
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Iakttagelser", "Inför 2026"]
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = BOLD
        c.fill = FILL_HEAD
        c.border = BORDER
    rows = [
        ("VA", "Kontroll av att fakturering av VA-avgifter sker enligt taxa", "Stickprov 25 abonnenter", "Tertialvis", "VA-chef",
         "G", "G", "G", "", "Kvarstår 2026", "GENOMFORD", "nej"),
        ("Fordon", "Stickprovskontroll av bränsleinköp med drivmedelskort", "Jämförelse mot körjournal", "Tertialvis", "Fordonssamordnare",
         "G", "G", "GA", "T3: två tankningar saknade anteckning i körjournal. Förare informerade.", "Kvarstår 2026", "GENOMFORD", "ja"),
        ("Fastighet", "Kontroll av att arbetsorder för fastighetsunderhåll attesteras före utförande", "Genomgång i Incit", "Tertialvis", "Fastighetschef",
         "P", "P", "", "Ny rutin för attest i Incit införs under hösten.", "Kvarstår 2026", "DELVIS", ""),
        ("Fordon", "Inventering av maskiner och fordon mot anläggningsregistret", "Fysisk inventering", "En gång/år", "Fordonssamordnare",
         "", "", "EG", "Ej hunnits med, personalbrist.", "Kvarstår 2026", "EJ_GENOMFORD", ""),
        ("Inköp", "Kontroll av avtalstrohet vid inköp av asfalt och grus", "Analys av leverantörsreskontra", "En gång/år", "Gatuchef",
         "", "", "G", "Inköp sker mot ramavtal.", "Utgår 2026", "GENOMFORD", "nej"),
        ("Gata/park", "Uppföljning av att felanmälningar åtgärdas inom utlovad tid", "Uttag ur felanmälningssystemet", "Tertialvis", "Gatuchef",
         "P", "P", "P", "Ca 80 % åtgärdas inom utlovad tid, analys pågår.", "Kvarstår 2026", "DELVIS", ""),
        ("Kost", "Kontroll av livsmedelshantering i kostenhetens tillagningskök", "Egenkontrollprogram", "Tertialvis", "Kostchef",
         "U", "", "", "Kostenheten överfördes till barn- och utbildningsnämnden 2025-04-01.", "", "UTGAR", ""),
        ("Fastighet", "Kontroll av energiavtal för kommunens fastigheter", "Avstämning mot fakturor", "En gång/år", "Energistrateg",
         "", "", "", "", "Ny 2026", None, None),
        ("Gata/park", "Kontroll av att besiktning av lekplatser dokumenteras", "Genomgång av besiktningsprotokoll", "En gång/år", "Parkchef",
         "", "", "", "", "Ny 2026", None, None),
    ]
    for row in rows:
        ws.append(list(row[:10]))
        r = ws.max_row
        for c in ws[r]:
            c.alignment = WRAP
            c.border = BORDER
        for col in (6, 7, 8):
            ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
        if row[10]:
            exp(fil, TN, row[1], row[10], row[11])
    ws.append([])
    ws.append(["Teckenförklaring:"])
    ws.cell(ws.max_row, 1).font = BOLD
    for code, text in [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd, avvikelse konstaterad"),
                       ("P", "Påbörjad / pågår"), ("EG", "Ej genomförd"), ("U", "Utgår")]:
        ws.append([code, text])
    ws.append([])
    ws.append(["Kolumnen ”Inför 2026” anger nämndens förslag till internkontrollplan 2026 (Kvarstår 2026 / Utgår 2026 / Ny 2026)."])
    set_widths(ws, {"A": 14, "B": 50, "C": 28, "D": 12, "E": 18, "F": 5, "G": 5, "H": 5, "I": 48, "J": 14})
    os.makedirs(TMP, exist_ok=True)
    tmpx = os.path.join(TMP, "tn_ik_2025.xlsx")
    fix_wb(wb)
    wb.save(tmpx)
    to_ods(tmpx, fil)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  KFN: Word, tick columns, plan 2026 only as text/bullets
# ---------------------------------------------------------------------------
def f5():
    fil = "Kultur och fritid - uppföljning internkontroll helår 2025.docx"
    d = docx.Document()
    p = d.add_paragraph("Kultur- och fritidsförvaltningen")
    p.runs[0].bold = True
    d.add_heading("Uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph("Markera med X i den kolumn som stämmer för respektive kontrollmoment.")
    rows = [
        ("Kontroll av kontanthantering i simhallens kassa", "X", "", "", "Kassadifferens på 450 kr vid ett tillfälle i juli, utredd och dokumenterad.", "GENOMFORD", "ja"),
        ("Kontroll av att föreningsbidrag betalas ut enligt beslutade riktlinjer", "X", "", "", "Utan anmärkning.", "GENOMFORD", "nej"),
        ("Uppföljning av att bokningar i lokalbokningssystemet faktureras", "", "X", "", "Bokningar januari–juni granskade. Resterande del av året granskas under våren.", "DELVIS", ""),
        ("Inventering av kommunens konstsamling", "", "", "X", "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", ""),
        ("Kontroll av att avtal för sommarlovsaktiviteter är undertecknade", "X", "X", "", "", "OKLAR", ""),
        ("Kontroll av registerutdrag för ledare i sommarlovsverksamheten", "", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
            if i in (1, 2, 3):
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, KFN, row[0], row[5], row[6])
    d.add_paragraph()
    d.add_heading("Inför 2026", level=2)
    d.add_paragraph("Kontrollmomenten om lokalbokning och konstsamlingen kvarstår 2026. "
                    "Kontrollen av kontanthanteringen utgår 2026 eftersom simhallen blir kontantfri.")
    d.add_paragraph("Förvaltningen föreslår följande nya kontrollmoment för 2026:")
    d.add_paragraph("Kontroll av att hyresavtal för föreningslokaler följer taxan", style="List Bullet")
    d.add_paragraph("Kontroll av att bidrag till studieförbund redovisas enligt villkoren", style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Rösjöberga 2026-01-16\nLinnea Berg, förvaltningschef")
    fix_doc(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Stratsys export: ÖFN + Rösjöberga Bostäder AB, plans 2025 (helår) and 2026 (not started)
# ---------------------------------------------------------------------------
def f6():
    fil = "Export_Stratsys_internkontroll_20260112.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontrollmoment"
    ws.append(["Rapport: Internkontroll – kontrollmoment"])
    ws.append(["Urval: Organisation = Överförmyndarnämnden, Rösjöberga Bostäder AB; Plan = Internkontrollplan 2025, Internkontrollplan 2026; Period = Helår"])
    ws.append(["Utskriven 2026-01-12 10:41 av ekonomikontoret"])
    hdr = ["Organisation", "Plan", "Id", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Avvikelse"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD
    R = []
    # (org, plan, id, km, ansv, period, status, kommentar, avvikelse, exp_status, exp_avv)
    R += [
        (OFN, "Internkontrollplan 2025", "IK-ÖF-25-01", "Granskning av årsräkningar inom lagstadgad tid", "Handläggare", "Helår 2025", "Slutförd",
         "95 % av årsräkningarna granskade inom sex månader.", "Nej", "GENOMFORD", "nej"),
        (OFN, "Internkontrollplan 2025", "IK-ÖF-25-02", "Kontroll av att ställföreträdares arvoden beslutas enligt riktlinjer", "Enhetschef", "Helår 2025", "Slutförd",
         "Två arvoden felberäknade, rättade i november.", "Ja", "GENOMFORD", "ja"),
        (OFN, "Internkontrollplan 2025", "IK-ÖF-25-03", "Kontroll av att förteckningar inkommer inom två månader", "Handläggare", "Helår 2025", "Pågår",
         "", "", "DELVIS", ""),
        (OFN, "Internkontrollplan 2025", "IK-ÖF-25-04", "Kontroll av att registerutdrag finns för nya gode män", "Enhetschef", "Helår 2025", "Ej startad",
         "Flyttas till 2026.", "", "EJ_GENOMFORD", ""),
        (OFN, "Internkontrollplan 2026", "IK-ÖF-26-01", "Granskning av årsräkningar inom lagstadgad tid", "Handläggare", "Helår 2026", "Ej påbörjad", "", "", None, None),
        (OFN, "Internkontrollplan 2026", "IK-ÖF-26-02", "Kontroll av att förteckningar inkommer inom två månader", "Handläggare", "Helår 2026", "Ej påbörjad", "", "", None, None),
        (OFN, "Internkontrollplan 2026", "IK-ÖF-26-03", "Kontroll av att beslut om entledigande expedieras", "Enhetschef", "Helår 2026", "Ej påbörjad", "", "", None, None),
        (RBAB, "Internkontrollplan 2025", "IK-RB-25-01", "Kontroll av hyresavier mot hyreskontrakt", "Ekonomichef", "Helår 2025", "Slutförd",
         "Stickprov 50 avier, inga fel.", "Nej", "GENOMFORD", "nej"),
        (RBAB, "Internkontrollplan 2025", "IK-RB-25-02", "Uppföljning av kreditkontroll vid nyuthyrning", "Uthyrningschef", "Helår 2025", "Slutförd",
         "3 av 20 nyuthyrningar saknade dokumenterad kreditupplysning.", "Ja", "GENOMFORD", "ja"),
        (RBAB, "Internkontrollplan 2025", "IK-RB-25-03", "Kontroll av ÄTA-arbeten i ombyggnadsprojekt Ängsgården", "Projektchef", "Helår 2025", "Avbruten",
         "Projektet avbrutet genom styrelsebeslut 2025-06-12.", "", "UTGAR", ""),
        (RBAB, "Internkontrollplan 2025", "IK-RB-25-04", "Kontroll av nyckelhantering och nyckelkvittenser", "Förvaltningschef", "Helår 2025", "Pågår",
         "Tre av fem förvaltningsområden kontrollerade.", "", "DELVIS", ""),
        (RBAB, "Internkontrollplan 2025", "IK-RB-25-05", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Helår 2025", "Slutförd",
         "", "Nej", "GENOMFORD", "nej"),
        (RBAB, "Internkontrollplan 2026", "IK-RB-26-01", "Uppföljning av kreditkontroll vid nyuthyrning", "Uthyrningschef", "Helår 2026", "Ej påbörjad", "", "", None, None),
        (RBAB, "Internkontrollplan 2026", "IK-RB-26-02", "Kontroll av att besiktningsanmärkningar åtgärdas", "Projektchef", "Helår 2026", "Ej påbörjad", "", "", None, None),
    ]
    for row in R:
        ws.append(list(row[:9]))
        if row[9]:
            exp(fil, row[0], row[3], row[9], row[10])
    ws.auto_filter.ref = f"A4:I{ws.max_row}"
    set_widths(ws, {"A": 28, "B": 24, "C": 13, "D": 55, "E": 18, "F": 12, "G": 12, "H": 50, "I": 10})
    fix_wb(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", RBAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  RTRV: ODS, delår + helår side by side, "Förslag 2026" column, new 2026 block
# ---------------------------------------------------------------------------
def f7():
    fil = "RTRV IK-uppföljning 2025.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Räddningstjänsten Rösjö-Vallen – Direktionen"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Räddningstjänsten Rösjö-Vallen, redovisas för direktionen 2026-02-06"
    ws.append([])
    hdr = ["Kontrollmoment", "Delår (jan–aug)", "Helår (sep–dec)", "Kommentar", "Förslag 2026"]
    ws.append(hdr)
    for c in ws[ws.max_row]:
        c.font = BOLD
        c.fill = FILL_HEAD
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Kontroll av att tillsynsavgifter faktureras", "Genomförd", "Genomförd", "Samtliga tillsyner fakturerade.", "Kvarstår 2026", "GENOMFORD", "nej"),
        ("Kontroll av att övningstid för deltidsbrandmän registreras", "Pågår", "", "Registrering i Daedalos stäms av mot scheman.", "Kvarstår 2026", "DELVIS", ""),
        ("Kontroll av att rökdykarutrustning genomgår årlig funktionskontroll", "", "Genomförd med avvikelse", "Två andningsapparater hade passerat kontrolldatum, skickade på service.", "Kvarstår 2026", "GENOMFORD", "ja"),
        ("Kontroll av att beslut om befrielse från sotning fattas enligt delegation", "Ej påbörjad", "Ej genomförd", "Prioriterades bort.", "Kvarstår 2026", "EJ_GENOMFORD", ""),
        ("Kontroll av att leasingavgifter för fordon bokförs korrekt", "Genomförd", "", "Inga avvikelser vid delårskontrollen.", "Utgår 2026", "GENOMFORD", "nej"),
    ]
    for row in rows:
        ws.append(list(row[:5]))
        for c in ws[ws.max_row]:
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, RTRV, row[0], row[5], row[6])
    ws.append([])
    ws.append(["Nya kontrollmoment 2026"])
    ws.cell(ws.max_row, 1).font = BOLD
    ws.append(["Kontroll av att insatsrapporter attesteras inom sju dagar", "", "", "Föreslås av räddningschefen.", "Ny 2026"])
    ws.append(["Kontroll av att egensotning handläggs enligt föreskrift", "", "", "", "Ny 2026"])
    ws.append([])
    ws.append(["Jonas Vik, räddningschef"])
    set_widths(ws, {"A": 55, "B": 16, "C": 22, "D": 50, "E": 14})
    os.makedirs(TMP, exist_ok=True)
    tmpx = os.path.join(TMP, "rtrv_ik_2025.xlsx")
    fix_wb(wb)
    wb.save(tmpx)
    to_ods(tmpx, fil)
    FILES.append((fil, "INLAST", RTRV, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  MBN: pure adopted plan 2026 (no follow-up)
# ---------------------------------------------------------------------------
def f8():
    fil = "MBN Internkontrollplan 2026 antagen.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Internkontrollplan 2026", level=1)
    d.add_paragraph("Miljö- och byggnämnden, Rösjöberga kommun")
    d.add_paragraph("Antagen av miljö- och byggnämnden 2025-11-20, § 143. Planen följs upp vid delår och helår 2026.")
    plan = [
        ("Bygglov", "Viten och nedsatt avgift vid överskriden handläggningstid", "12", "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", "Uttag ur Castor", "Tertialvis", "Bygglovschef", "Delår, helår"),
        ("Tillsyn", "Intäktsbortfall", "9", "Kontroll av att timavgifter för tillsyn debiteras enligt taxa", "Stickprov 20 ärenden", "En gång/år", "Miljöchef", "Helår"),
        ("Tillsyn", "Jäv, förtroendeskada", "8", "Kontroll av jäv vid handläggning av tillsynsärenden", "Stickprov", "En gång/år", "Miljöchef", "Helår"),
        ("Delegation", "Beslut utan giltig delegation", "8", "Stickprov av att delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista – diarium", "Två ggr/år", "Nämndsekreterare", "Delår, helår"),
        ("Registratur", "Bristande offentlighet", "6", "Kontroll av att diarieföring sker inom en vecka", "Stickprov inkomna handlingar", "En gång/år", "Registrator", "Helår"),
        ("Tillsyn", "Miljöskador kvarstår", "9", "Uppföljning av att förelägganden följs upp med tillsynsbesök", "Genomgång av ärenden", "En gång/år", "Miljöinspektör", "Helår"),
    ]
    docx_table(d, ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"], plan)
    for p in plan:
        exp(fil, MBN, p[3], "SAKNAS", "")
    d.add_paragraph()
    d.add_paragraph("Justerat enligt protokoll. Karin Sjöström, nämndsekreterare")
    fix_doc(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", MBN, "2026", ""))


# ---------------------------------------------------------------------------
# F9  Reject: covering letter (följebrev) without any controls
# ---------------------------------------------------------------------------
def f9():
    fil = "Följebrev internkontroll helår 2025 och plan 2026 - SOC.docx"
    d = docx.Document()
    d.add_paragraph("Socialförvaltningen\nRösjöberga kommun")
    d.add_paragraph("2026-01-22")
    d.add_paragraph("Till: Ekonomikontoret, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll 2025 och förslag till plan 2026", level=2)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för 2025 samt förslag till "
        "internkontrollplan för 2026. Underlaget behandlas av socialnämnden den 11 februari 2026.")
    d.add_paragraph(
        "Av årets åtta kontrollmoment har fyra genomförts, två genomförts delvis och ett inte genomförts. "
        "Sex kontrollmoment föreslås kvarstå 2026 och två nya kontrollmoment tillkommer.")
    d.add_paragraph("Bilagor:")
    d.add_paragraph("Socialnämnden IK 2025 helår.xlsx", style="List Bullet")
    d.add_paragraph("Med vänlig hälsning\nMaria Ek, kvalitetsstrateg")
    fix_doc(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
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


def main():
    os.makedirs(TMP, exist_ok=True)
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
        fn()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
