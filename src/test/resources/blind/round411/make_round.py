#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r411 – Töre kommun, uppföljning internkontroll tertial 2 (T2) 2025.

Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv
deterministically in the folder of this script.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round411"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
MBN = "Miljö- och byggnämnden"
TN = "Tekniska nämnden"
KFN = "Kultur- och fritidsnämnden"
OFN = "Överförmyndarnämnden Töre–Kalix"
TBAB = "Töre Bostäder AB"
VN = "Valnämnden"
KRIS = "Krisledningsnämnden"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def set_widths(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Samhällsbyggnadsförvaltningen – one workbook, two nämnder (a sheet each)
# ---------------------------------------------------------------------------
def file1():
    fil = "IK_T2_2025_Samhällsbyggnadsförvaltningen.xlsx"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Uppföljning av internkontrollplan 2025 – Samhällsbyggnadsförvaltningen",
        "",
        "Förvaltningen redovisar uppföljningen för båda nämnderna i denna fil, en flik per nämnd.",
        "Fyll i status för aktuellt tertial med något av: Ej påbörjad / Pågår / Klar / Utgår.",
        "Kommentar ska alltid lämnas när kontrollen visat avvikelser eller när status är annat än Klar.",
        "Ändrade kontroller (flyttade/ersatta) ska framgå av kommentaren med hänvisning till beslut.",
        "",
        "Filen skickas till ekonomienheten senast 2025-09-19.",
        "Kontaktperson: Karin Nilsson, controller samhällsbyggnad",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 100

    header = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
              "Status T1", "Status T2", "Kommentar"]

    def sheet(title, namnd, rows):
        ws = wb.create_sheet(title)
        ws["A1"] = f"Uppföljning internkontrollplan 2025 – {namnd}"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws["A2"] = "Period: Tertial 2 (januari–augusti 2025)"
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A2:H2")
        for c, h in enumerate(header, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for row in rows:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
            exp(fil, namnd, row[2], row[8], row[9])
            r += 1
        ws.cell(row=r + 1, column=1, value="Sammanställt av: Karin Nilsson, 2025-09-16")
        set_widths(ws, [5, 16, 48, 26, 20, 12, 14, 60])
        ws.freeze_panes = "A5"
        ws.oddHeader.center.text = namnd
        return ws

    tn_rows = [
        [1, "Upphandling", "Kontroll att direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
         "Stickprov 10 upphandlingar", "Upphandlingssamordnare", "Pågår", "Klar",
         "10 stickprov granskade. 2 direktupphandlingar saknade dokumentation – kompletterat och "
         "informerat enhetscheferna.", "GENOMFORD", "ja"],
        [2, "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller", "Klar", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"],
        [3, "Fastighet", "Kontroll att lagstadgade besiktningar (OVK, hissar) är genomförda",
         "Genomgång av besiktningsprotokoll", "Fastighetschef", "Pågår", "",
         "OVK och hissbesiktning genomförd för samtliga objekt utom Töre skola, som besiktigas v. 38.",
         "DELVIS", ""],
        [4, "Gata/park", "Kontroll av att vinterväghållningsentreprenören följer avtalade insatstider",
         "Genomgång av körjournaler och larmloggar", "Gatuchef", "Ej påbörjad", "",
         "Kontrollen flyttas till 2026 då ny entreprenör startar 1 november. Beslut TN 2025-06-17 § 58.",
         "EJ_GENOMFORD", ""],
        [5, "VA", "Provtagning av dricksvatten sker enligt kontrollprogrammet",
         "Avstämning mot provtagningsplan", "VA-chef", "Klar", "Klar",
         "Samtliga prover tagna. Ett prov i Ytterbyn med anmärkning (koliforma bakterier), "
         "omprov utan anmärkning.", "GENOMFORD", "ja"],
        [6, "Fordon", "Körjournaler för kommunens fordon förs korrekt",
         "Stickprov 5 fordon", "Förrådsansvarig", "Ej påbörjad", "Pågår → Klar",
         "Klar 2025-09-05. Inga avvikelser.", "GENOMFORD", "nej"],
        [7, "Avfall", "Kontroll av att avgifter för slamtömning debiteras enligt taxa",
         "Stickprov 15 fakturor", "Avfallsingenjör", "Ej påbörjad", "Utgår",
         "Ersatt av kontroll nr 8 (kundregister avfall), beslut TN 2025-04-22 § 41.", "UTGAR", ""],
        [8, "Avfall", "Kontroll att kundregistret för avfallsabonnemang stämmer mot fastighetsregistret",
         "Avstämning register", "Avfallsingenjör", "", "Pågår",
         "Ny kontroll från april. Avstämning klar för Töre tätort, landsbygden återstår.", "DELVIS", ""],
    ]
    mbn_rows = [
        [1, "Myndighetsutövning", "Handläggningstid för bygglov inom 10 veckor enligt PBL",
         "Uttag ur ärendesystemet", "Bygglovschef", "Pågår", "Klar",
         "87 % av ärendena beslutades inom tid. 4 ärenden överskred tiden, orsak: sena kompletteringar "
         "och ingen förlängning meddelad.", "GENOMFORD", "ja"],
        [2, "Tillsyn", "Planerad livsmedelskontroll genomförs enligt kontrollplanen",
         "Avstämning mot kontrollplan", "Miljöchef", "Pågår", "Pågår",
         "62 av 95 planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""],
        [3, "Avgifter", "Debitering av tillsynsavgifter sker enligt taxa",
         "Stickprov 15 ärenden", "Administratör", "", "", "", "SAKNAS", ""],
        [4, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista/protokoll", "Nämndsekreterare", "Pågår", "",
         "Genomförd i juni. Två beslut från maj anmäldes för sent, rutinen är förtydligad.",
         "GENOMFORD", "ja"],
        [5, "Arkiv", "Diarieföring av inkomna handlingar sker inom två arbetsdagar",
         "Stickprov 20 handlingar", "Nämndsekreterare", "Ej påbörjad", "Ej påbörjad",
         "Kontrollen ersätts av e-arkivprojektets granskning (KS) och ingår inte längre i nämndens plan.",
         "UTGAR", ""],
        [6, "Myndighetsutövning", "Kontroll att inspektörer inte handlägger ärenden där jäv föreligger",
         "Genomgång av jävsanmälningar", "Miljöchef", "Klar", "",
         "Genomförd under T1, inga avvikelser.", "GENOMFORD", "nej"],
    ]
    sheet("Tekniska nämnden", TN, tn_rows)
    sheet("Miljö- och byggnämnden", MBN, mbn_rows)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", TN, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Kommunstyrelsen – Word, one table with group heading rows
# ---------------------------------------------------------------------------
def shade(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def file2():
    fil = "KS uppföljning intern kontroll tertial 2 2025.docx"
    d = docx.Document()
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Kommunstyrelsen, Töre kommun").bold = True
    d.add_paragraph("Redovisning per tertial 2 (31 augusti 2025)")
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 10 december 2024 (§ 214). Nedan "
        "redovisas status för respektive kontrollmoment per den 31 augusti. Kontroller som inte kunnat "
        "genomföras enligt plan kommenteras. Under perioden har två kontrollmoment ändrats genom beslut "
        "eller ersatts av andra granskningar, se kommentarerna.")
    d.add_paragraph("Statusangivelse: Klar – Pågår – Ej påbörjad. Ändrad status anges med pil (→).")
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Klar",
             "Stickprov 25 fakturor. En faktura attesterad av ersättare utan giltig delegation. "
             "Återkopplat till berörd chef.", "GENOMFORD", "ja"),
            ("Avstämning av balanskonton vid tertialbokslut", "Redovisningsansvarig", "Pågår → Klar",
             "Samtliga balanskonton avstämda 2025-09-12, inga differenser.", "GENOMFORD", "nej"),
            ("Representation och kurskostnader följer riktlinjen för representation", "Controller", "",
             "Kontrollen flyttas till 2026 enligt beslut KS 2025-06-10 § 112 på grund av byte av "
             "ekonomisystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Löneutbetalningar grundar sig på attesterade underlag", "Lönechef", "Pågår",
             "Stickprov 30 av 50 granskade, inga avvikelser hittills.", "DELVIS", "nej"),
            ("Rehabiliteringsärenden hanteras enligt rutin för arbetsanpassning och rehabilitering",
             "HR-chef", "Klar", "Genomförd. 3 av 12 ärenden saknade dokumenterad rehabplan.",
             "GENOMFORD", "ja"),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörigheter i ekonomisystemet avslutas när anställningen upphör", "IT-chef", "Klar", "",
             "GENOMFORD", ""),
            ("Personuppgiftsbiträdesavtal finns för samtliga system som behandlar personuppgifter",
             "Dataskyddsombud", "Ej påbörjad",
             "Ersätts av den gemensamma GDPR-granskning som Kalix kommun leder hösten 2025. "
             "Kontrollmomentet utgår ur KS plan (KS 2025-06-10 § 113).", "UTGAR", ""),
            ("Säkerhetskopiering och återläsningstest av verksamhetskritiska system", "IT-chef", "Pågår",
             "Återläsningstest genomfört för ekonomisystemet. Övriga system testas i oktober.", "DELVIS", ""),
        ]),
        ("Kansli", [
            ("Allmänna handlingar diarieförs utan dröjsmål", "Kanslichef", "", "Se bilaga 2.", "OKLAR", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "BDD7EE")
    r = 1
    for gname, items in groups:
        row = t.rows[r]
        m = row.cells[0].merge(row.cells[4])
        m.text = gname
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        r += 1
        for km, ans, st, kom, es, ea in items:
            cells = t.rows[r].cells
            cells[0].text = gname
            cells[1].text = km
            cells[2].text = ans
            cells[3].text = st
            cells[4].text = kom
            exp(fil, KS, km, es, ea)
            r += 1
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Granskning av diarieföring (separat dokument)")
    d.add_paragraph()
    d.add_paragraph("Töre 2025-09-18")
    d.add_paragraph("Anna Lindqvist\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsförvaltningen – codes with legend, traffic-light fills
# ---------------------------------------------------------------------------
def file3():
    fil = "BUF internkontroll 2025 uppföljning.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporteras till barn- och utbildningsnämnden 2025-10-02"
    ws["F1"] = "Teckenförklaring status:"
    ws["F1"].font = BOLD
    ws["F2"] = "G = Genomförd"
    ws["F3"] = "P = Påbörjad"
    ws["F4"] = "E = Ej påbörjad / ej genomförd"
    ws["F5"] = "U = Utgår"
    GREEN = PatternFill("solid", fgColor="C6EFCE")
    YELLOW = PatternFill("solid", fgColor="FFEB9C")
    RED = PatternFill("solid", fgColor="FFC7CE")
    GREY = PatternFill("solid", fgColor="D9D9D9")
    fills = {"G": GREEN, "P": YELLOW, "E": RED, "U": GREY}
    fills["P → G"] = GREEN
    ws["G2"].fill = GREEN
    ws["G3"].fill = YELLOW
    ws["G4"].fill = RED
    ws["G5"].fill = GREY
    hdr = ["Rad", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Tidpunkt", "Status", "Resultat / kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    rows = [
        ("Felaktiga beslut om skolskjuts", 12,
         "Kontroll att beslut om skolskjuts fattas enligt kommunens riktlinjer",
         "Skolskjutshandläggare", "Maj", "G", "20 beslut granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal utan registerkontroll arbetar med barn", 16,
         "Utdrag ur belastningsregistret har visats vid anställning i förskola och skola",
         "HR-konsult", "Löpande", "G",
         "34 nyanställningar granskade. 2 saknade registrerat utdrag – kompletterat i augusti.",
         "GENOMFORD", "ja"),
        ("Kränkande behandling utreds inte", 16,
         "Anmälan om kränkande behandling till huvudman sker inom fem arbetsdagar",
         "Rektorer", "Aug/dec", "P",
         "Vårterminen granskad: 3 av 41 anmälningar kom till huvudman senare än fem dagar. "
         "Höstterminen följs upp i T3.", "DELVIS", "ja"),
        ("Hög frånvaro upptäcks inte", 9,
         "Elevers frånvaro följs upp enligt rutin för närvarofrämjande arbete",
         "Rektorer", "Juni", "",
         "Genomfört i juni på samtliga skolor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Inköp utanför avtal", 8,
         "Inköp av läromedel sker via avtalade leverantörer",
         "Controller", "Oktober", "E", "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("Intäktsbortfall", 9,
         "Interkommunal ersättning faktureras för samtliga elever från annan kommun",
         "Controller", "September", "E",
         "Flyttad till 2026 – nytt elevregister införs under hösten.", "EJ_GENOMFORD", ""),
        ("Felaktiga avgifter", 6,
         "Barnomsorgsavgifter debiteras enligt maxtaxa och aktuell inkomstuppgift",
         "Administratör barnomsorg", "Augusti", "U",
         "Ersatt av inkomstkontroll mot Skatteverket som görs centralt, beslut BUN 2025-03-20 § 19.",
         "UTGAR", ""),
        ("Brand på förskola/skola", 12,
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Rektorer/förskolechefer", "Augusti", "P → G",
         "Klar 2025-09-03. Två enheter saknade brandskyddsutbildning för nyanställda; utbildning v. 40.",
         "GENOMFORD", "ja"),
    ]
    r = 8
    for i, (risk, rv, km, ans, tid, st, kom, es, ea) in enumerate(rows, 1):
        vals = [i, risk, rv, km, ans, tid, st if st else None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        if st:
            ws.cell(row=r, column=7).fill = fills[st]
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, BUN, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Summering: 4 av 8 kontrollmoment genomförda per 31 augusti.")
    ws.cell(row=r + 3, column=1, value="Maria Berg, förvaltningschef")
    set_widths(ws, [5, 28, 10, 48, 20, 12, 10, 60])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden – .xls, T1 and T2 side by side, process heading rows
# ---------------------------------------------------------------------------
def file4(tmp):
    fil = "Socialnämnden IK 2025 T1-T2.xls"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 och tertial 2. Status: Genomförd / Delvis / Ej genomförd / – (ej aktuellt under perioden)"
    hdr = ["Kontrollmoment", "Omfattning", "Ansvarig", "T1 status", "T1 kommentar", "T2 status", "T2 kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    blocks = [
        ("Myndighetsutövning IFO", [
            ("Utredningar om barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)", "Stickprov 30 utredningar",
             "Enhetschef IFO", "Delvis", "Jan–april: 12 av 15 granskade inom tid.",
             "Genomförd", "Hela urvalet granskat: 3 av 30 överskred tiden, i ett fall saknades beslut om förlängning.",
             "GENOMFORD", "ja"),
            ("Ekonomiskt bistånd beviljas enligt riktlinjer och riksnorm", "Stickprov 20 ärenden",
             "Enhetschef försörjningsstöd", "Delvis", "10 av 20 ärenden granskade, inga avvikelser.",
             "", "", "DELVIS", "nej"),
        ]),
        ("Äldreomsorg", [
            ("Händelser enligt lex Sarah rapporteras och utreds enligt rutin", "Samtliga rapporter",
             "MAS/verksamhetschef", "Genomförd", "Inga avvikelser.", "Genomförd", "", "GENOMFORD", "nej"),
            ("Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden", "4 boenden",
             "MAS", "–", "Planeras T2.", "Pågår → Genomförd",
             "Samtliga fyra boenden kontrollerade. Brister i signering på Solbacken, åtgärdsplan upprättad.",
             "GENOMFORD", "ja"),
            ("Genomförandeplaner upprättas inom 14 dagar från verkställt beslut", "Stickprov 20",
             "Enhetschefer hemtjänst", "–", "", "Ej genomförd",
             "Flyttas till T3 på grund av personalbrist under sommaren.", "EJ_GENOMFORD", ""),
            ("Beslut enligt LSS verkställs inom tre månader", "Samtliga beslut",
             "Enhetschef LSS", "–", "", "Ej genomförd", "Påbörjas i september.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Hantering av brukares privata medel (kontantkassor) sker enligt rutin", "Inventering 8 kassor",
             "Controller", "Genomförd", "Inventering av 3 kassor utan anmärkning.",
             "Genomförd", "Resterande 5 kassor inventerade. Differens 340 kr på Björkgården, utredd och återställd.",
             "GENOMFORD", "ja"),
            ("Avgifter inom äldreomsorgen beräknas korrekt", "Stickprov 15 avgiftsbeslut",
             "Avgiftshandläggare", "–", "", "",
             "Kontrollen ersätts 2025 av kommunstyrelsens centrala avgiftskontroll, se KS internkontrollplan.",
             "UTGAR", ""),
        ]),
    ]
    r = 5
    for pname, items in blocks:
        cell = ws.cell(row=r, column=1, value=pname)
        cell.font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for item in items:
            vals = item[:7]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
            exp(fil, SN, item[0], item[7], item[8])
            r += 1
    ws.cell(row=r + 1, column=1, value="Behandlad i socialnämnden 2025-09-24 § 87")
    set_widths(ws, [50, 22, 22, 14, 40, 18, 55])
    src = os.path.join(tmp, "Socialnämnden IK 2025 T1-T2.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, "Socialnämnden IK 2025 T1-T2.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Gemensam överförmyndarnämnd (Kalix värdkommun) – ODT with symbol legend
# ---------------------------------------------------------------------------
def file5(tmp):
    fil = "ÖFN Kalix-Töre IK T2 2025.odt"
    d = docx.Document()
    d.add_heading("Överförmyndarnämnden Kalix–Töre", level=1)
    d.add_paragraph("Gemensam nämnd för Kalix kommun och Töre kommun. Kalix kommun är värdkommun.")
    d.add_heading("Uppföljning av intern kontroll, tertial 2 2025", level=2)
    d.add_paragraph(
        "Nämnden följer upp sin internkontrollplan tre gånger per år. Rapporten avser perioden "
        "januari–augusti 2025 och skickas till båda kommunernas kommunstyrelser. Resultat redovisas "
        "där det är möjligt per kommun.")
    rows = [
        ("Årsräkningar granskas inom fyra månader från inlämning", "Handläggare", "✔",
         "92 % granskade inom tid (Kalix 131 av 145, Töre 48 av 50). Förseningar beror på "
         "sjukfrånvaro under våren.", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Enhetschef", "✔",
         "Stickprov 20 ärenden, inga avvikelser.", "GENOMFORD", "nej"),
        ("Ställföreträdare har inte fler uppdrag än riktlinjen tillåter", "Handläggare", "◐",
         "Genomgång klar för Kalix. Töres ställföreträdare gås igenom i september.", "DELVIS", ""),
        ("Förvaltarkonton med överförmyndarspärr kontrolleras mot bankens besked", "Enhetschef", "",
         "Kontrollen flyttas till 2026 i samråd med revisorerna. I år görs i stället en genomgång av "
         "digitalt inlämnade årsräkningar.", "EJ_GENOMFORD", ""),
        ("Registerutdrag (belastningsregister och Kronofogden) inhämtas innan ny ställföreträdare förordnas",
         "Handläggare", "✔", "Samtliga 17 nya ställföreträdare kontrollerade före förordnande.", "GENOMFORD", "nej"),
        ("Handlingar gallras enligt dokumenthanteringsplanen", "Administratör", "✘",
         "Ej påbörjad, planeras till november.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Utförs av", "Bedömning", "Resultat T2"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r, (km, who, sym, res, es, ea) in enumerate(rows, 1):
        c = t.rows[r].cells
        c[0].text = km
        c[1].text = who
        c[2].text = sym
        c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c[3].text = res
        exp(fil, OFN, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Bedömning: ✔ genomförd   ◐ delvis genomförd/pågår   ✘ ej genomförd")
    d.add_paragraph("Kalix 2025-09-22")
    d.add_paragraph("Lena Holmström, ordförande")
    src = os.path.join(tmp, "ofn.docx")
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, "ofn.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritid – Stratsys CSV export, one row per control and period
# ---------------------------------------------------------------------------
def file6():
    fil = "Export_Stratsys_20250915.csv"
    org = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig", "Senast ändrad"]
    controls = [
        ("Föreningsstöd", "Bidrag till föreningar betalas ut enligt bidragsreglerna", "Fritidskonsulent",
         ("Pågående", "Vårens aktivitetsbidrag granskade, inga avvikelser.", "2025-04-28"),
         ("Genomförd", "Samtliga 24 ansökningar kontrollerade. En förening har redovisat för många "
                       "deltagartillfällen och blir återbetalningsskyldig.", "2025-09-10"),
         "GENOMFORD", "ja"),
        ("Kontanthantering", "Kassahantering i simhallen och biblioteket sker enligt rutin", "Enhetschef fritid",
         ("Genomförd", "Kassainventering 2025-03-14 utan anmärkning.", "2025-04-02"),
         ("", "", ""),
         "GENOMFORD", "nej"),
        ("Lokaluthyrning", "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
         ("Ej påbörjad", "", "2025-04-02"),
         ("Ej aktuell", "Utgår – bokningssystemet byts och kontrollen görs i stället i det nya systemet 2026.",
          "2025-09-08"),
         "UTGAR", ""),
        ("Inventarier", "Inventarieförteckningen för kulturskolans instrument är aktuell", "Kulturskolechef",
         ("Ej påbörjad", "", "2025-04-02"),
         ("Pågående", "Inventering påbörjad, ca 60 % av instrumenten kontrollerade.", "2025-09-12"),
         "DELVIS", ""),
        ("Anläggningar", "Besiktning av lekplatser och utegym genomförs enligt plan", "Anläggningschef",
         ("Ej påbörjad", "Besiktning beställd till juni.", "2025-04-02"),
         ("Genomförd", "Besiktning utförd i juni. Två anmärkningar (fallskydd) åtgärdade i juli.", "2025-08-29"),
         "GENOMFORD", "ja"),
        ("Inköp", "Direktupphandlingar dokumenteras enligt riktlinjen", "Förvaltningschef",
         ("Ej påbörjad", "", "2025-04-02"),
         ("Ej påbörjad", "Flyttas till 2026 på grund av vakans på controllertjänsten.", "2025-09-15"),
         "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for proc, km, ans, t1, t2, es, ea in controls:
            w.writerow([org, proc, km, "Tertial 1 2025", t1[0], t1[1], ans, t1[2]])
            w.writerow([org, proc, km, "Tertial 2 2025", t2[0], t2[1], ans, t2[2]])
            exp(fil, KFN, km, es, ea)
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Töre Bostäder AB – free text only, converted to .doc
# ---------------------------------------------------------------------------
def file7(tmp):
    fil = "Töre Bostäder intern kontroll T2 2025.doc"
    d = docx.Document()
    d.add_heading("Töre Bostäder AB", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, tertial 2")
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan 2025-02-13. Nedan redovisas varje "
        "kontrollmoment med resultat per den 31 augusti 2025. Rapporten behandlas på styrelsemötet "
        "2025-09-25.")
    items = [
        ("1. Hyresadministration", "Hyresaviseringen stämmer mot gällande hyresavtal",
         "Stickprov om 40 hyresavtal jämfört med aviseringen. I ett fall var fel hyresnivå aviserad efter "
         "hyresförhandlingen; rättat och kreditfaktura skickad.", "Status: Genomförd", "GENOMFORD", "ja"),
        ("2. Kundfordringar", "Kundfordringar äldre än 90 dagar hanteras enligt inkassorutinen",
         "Genomgång av reskontran per juni klar, augusti återstår.", "Status: Pågår", "DELVIS", ""),
        ("3. Felanmälan", "Felanmälningar åtgärdas inom avtalad tid",
         "Kontrollen är genomförd. 94 % av felanmälningarna åtgärdades inom avtalad tid, vilket är "
         "bättre än målet på 90 %.", None, "GENOMFORD", "nej"),
        ("4. Brandskydd", "Brandskyddskontroller i trapphus (SBA) genomförs kvartalsvis",
         "Kontroller genomförda i samtliga trapphus, inga anmärkningar.",
         "Status: Pågår → Klar (2025-09-01)", "GENOMFORD", "nej"),
        ("5. Ekonomi", "Attest av fakturor enligt bolagets attestordning",
         "Kontrollen flyttas till 2026 eftersom nytt ekonomisystem införs i oktober och attestflödet "
         "då ändras.", "Status: Flyttad till 2026", "EJ_GENOMFORD", ""),
    ]
    for head, km, res, st, es, ea in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        if st:
            d.add_paragraph(st)
        exp(fil, TBAB, km, es, ea)
    d.add_paragraph()
    d.add_paragraph("Töre 2025-09-17\nPeter Sundström, vd")
    src = os.path.join(tmp, "tbab.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, "tbab.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", TBAB, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from Socialförvaltningen
# ---------------------------------------------------------------------------
def file8():
    fil = "Följebrev IK T2 Socialförvaltningen.docx"
    d = docx.Document()
    d.add_paragraph("Socialförvaltningen\t\t\t\t2025-09-25")
    d.add_paragraph("Till: Ekonomienheten, Töre kommun")
    d.add_heading("Uppföljning av intern kontroll tertial 2 2025", level=2)
    d.add_paragraph(
        "Hej! Här kommer socialnämndens uppföljning av internkontrollplanen för tertial 2 som bifogad "
        "Excelfil. Uppföljningen behandlades i socialnämnden 2025-09-24 § 87.")
    d.add_paragraph(
        "Observera att kontrollen av avgifter inom äldreomsorgen har lyfts över till kommunstyrelsens "
        "plan och att två kontroller inom äldreomsorgen kommer att redovisas först i helårsuppföljningen. "
        "Kommentarer finns i filen.")
    d.add_paragraph("Hör av er om något är oklart.")
    d.add_paragraph("Med vänlig hälsning\nSara Ek\nNämndsekreterare, Socialförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    namnder = [
        (KS, "KS|Kommunledningsförvaltningen|KLF"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
        (SN, "SN|Socialförvaltningen|SOC"),
        (MBN, "MBN|Miljö- och byggnadsnämnden|Miljö och bygg"),
        (TN, "TN|Teknisk nämnd|Tekniska förvaltningen"),
        (KFN, "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        (OFN, "ÖFN|Överförmyndarnämnden|Överförmyndarnämnden Kalix–Töre|Gemensamma överförmyndarnämnden|Överförmyndarenheten"),
        (TBAB, "TBAB|Töre Bostäder|Bostadsbolaget"),
        (VN, "VN"),
        (KRIS, "Krisledningen"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r411-")
    try:
        file1()
        file2()
        file3()
        file4(tmp)
        file5(tmp)
        file6()
        file7(tmp)
        file8()
        registers()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
