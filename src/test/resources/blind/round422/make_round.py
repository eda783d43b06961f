#!/usr/bin/python3
"""Blind round r422 - Robertsfors kommun (fiktiv), tertial 1 2025.
Theme: statuses as codes/symbols/traffic-light fills explained by a legend, plus two plain-word files.
Builds every file of the round plus namnder.csv, files.csv, expected.csv."""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
LO_PROFILE = "file:///tmp/lo-round422"
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_props_xlsx(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r422conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


# --------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, letter codes, legend ABOVE the table, helår 2024 column beside T1
# --------------------------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppfoljning_T1_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Robertsfors kommun"
    ws["A1"].font = Font(bold=True, size=9, color="595959")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Tertial 1 (januari–april) 2025"
    ws["A3"].font = Font(italic=True)
    ws["A5"] = ("Statuskoder:  G = Genomförd utan avvikelse    A = Genomförd med avvikelse    "
                "D = Delvis genomförd/pågår    E = Ej genomförd    U = Utgår")
    ws["A5"].font = Font(size=9)
    ws.merge_cells("A5:I5")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status helår 2024", "Status T1 2025", "Kommentar T1"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("H", "Ekonomi"),
        ("C", "1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Tertialvis", "Ekonomichef", "G", "A",
         "2 av 25 fakturor attesterade av person som saknar behörighet i attestförteckningen. "
         "Attestförteckningen har uppdaterats.", "GENOMFORD", "ja"),
        ("C", "1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 15 verifikat", "Tertialvis", "Redovisningsansvarig", "A", "G",
         "Samtliga 15 verifikat korrekta.", "GENOMFORD", "nej"),
        ("C", "1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
         "Genomgång av avstämningar", "Månadsvis", "Controller", "G", "D",
         "Avstämning klar för januari–februari, mars–april pågår.", "DELVIS", ""),
        ("H", "Personal"),
        ("C", "2.1", "Lön", "Kontroll av att löneutbetalningar till nyanställda grundar sig på korrekt underlag",
         "Stickprov 10 anställningsavtal mot utbetald lön", "Tertialvis", "HR-chef", "G", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "2.2", "Rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång i Adato", "Tertialvis", "HR-specialist", "E", "E",
         "Har inte hunnits med under tertialet, planeras till maj.", "EJ_GENOMFORD", ""),
        ("H", "Upphandling och inköp"),
        ("C", "3.1", "Avtalstrohet", "Avtalstrohet – kontroll av inköp mot ramavtal",
         "Analys av leverantörsreskontra", "Halvår", "Upphandlare", "D", None, None, "SAKNAS", ""),
        ("C", "3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 10 inköp", "Tertialvis", "Upphandlare", "G", "U",
         "Utgår enligt KS beslut 2025-02-11 § 23, ingår i kommungemensam granskning.", "UTGAR", ""),
        ("H", "Informationssäkerhet"),
        ("C", "4.1", "Behörigheter",
         "Behörigheter i ekonomisystemet följs upp och avslutas för personal som slutat",
         "Jämförelse behörighetslista mot personalregister", "Tertialvis", "Systemförvaltare", "E", "A",
         "3 konton för avslutad personal var fortfarande aktiva. Kontona har stängts.", "GENOMFORD", "ja"),
        ("C", "4.2", "Dokumenthantering", "Kontroll av loggar i diariesystemet",
         "Loggkontroll, stickprov", "Tertialvis", "Registrator", "G", "D",
         "Hälften av planerade stickprov gjorda, resten görs i maj.", "DELVIS", ""),
    ]
    r = 8
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            vals = row[1:10]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if i in (7, 8):
                    c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, row[3], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt 2025-05-08 av ekonomiavdelningen, Kommunledningsförvaltningen")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    widths = [5, 18, 45, 28, 11, 18, 10, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A8"
    fix_props_xlsx(wb, "Ekonomiavdelningen")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, traffic-light fills, legend on a separate sheet
# --------------------------------------------------------------------------------------------
GREEN, YELLOW, BLUE, RED, GREY = "00B050", "FFFF00", "00B0F0", "FF0000", "BFBFBF"


def file_bun():
    fil = "BUF uppföljning internkontroll tertial 1.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Status markeras med färg i kolumnen för respektive tertial, se fliken Förklaring."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Risk-\nvärde",
           "T1", "T2", "T3", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        (1, "Skolskjuts", "Felaktiga beslut om skolskjuts",
         "Kontroll att beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Stickprov 10 beslut", "Skolskjutssamordnare", 6, GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Fakturor betalas utan behörig attest",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Controller", 8, YELLOW,
         "1 faktura saknade attest av beslutsattestant. Återkoppling till berörd rektor.", "GENOMFORD", "ja"),
        (3, "Elevhälsa", "Bristande journalföring",
         "Kontroll att journalföring inom elevhälsans medicinska insats sker enligt patientdatalagen",
         "Granskning 5 journaler per skolsköterska", "Verksamhetschef elevhälsa", 9, BLUE,
         "Granskningen pågår, beräknas klar i juni.", "DELVIS", ""),
        (4, "Kränkande behandling", "Anmälan till huvudman dröjer",
         "Anmälan om kränkande behandling till huvudman sker skyndsamt",
         "Genomgång av anmälningar i DF Respons", "Kvalitetsutvecklare", 12, GREEN,
         "Samtliga 14 anmälningar inkom till huvudman inom 5 dagar.", "GENOMFORD", "nej"),
        (5, "Närvaro", "Elever med problematisk frånvaro fångas inte upp",
         "Uppföljning av elever med hög frånvaro enligt rutin",
         "Uttag ur Skola24, genomgång med rektorer", "Rektorer", 12, RED,
         "Ej genomförd p.g.a. vakans som elevhälsochef.", "EJ_GENOMFORD", ""),
        (6, "Förskola", "Placering sker inte inom garantitid",
         "Köhantering och placering i förskola inom fyra månader",
         "Uttag ur kösystemet", "Förskolesamordnare", 6, GREEN, None, "GENOMFORD", "nej"),
        (7, "Avgifter", "Felaktiga avgifter i förskola",
         "Kontroll av inkomstuppgifter för avgift i förskola och fritidshem",
         "Avstämning mot inkomstuppgifter", "Assistent", 4, GREY,
         "Utgår – kontrollen flyttad till kommungemensam plan enligt KS beslut.", "UTGAR", ""),
        (8, "Måltider", "Felaktig specialkost",
         "Kontroll av att specialkost serveras enligt intyg",
         "Stickprov i skolrestauranger", "Kostchef", 9, None, None, "SAKNAS", ""),
        (9, "Dokumenthantering", "Betygskataloger arkiveras inte",
         "Kontroll att betygskataloger arkiveras enligt dokumenthanteringsplanen",
         "Genomgång av arkiv vt", "Skoladministratör", 4, GREEN, "Se bilaga 3.", "GENOMFORD", "nej"),
        (10, "Barnomsorgspeng", "Ersättning betalas för barn som inte är placerade",
         "Registerkontroll av barn i fristående förskola mot folkbokföring",
         "Avstämning barnlistor mot folkbokföring", "Controller", 8, RED,
         "Genomförd, inga avvikelser.", "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        nr, proc, risk, km, metod, ansv, rv, fill, komm, st, avv = row
        vals = [nr, proc, risk, km, metod, ansv, rv, None, None, None, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if fill:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, st, avv)
        r += 1
    widths = {"A": 5, "B": 16, "C": 26, "D": 42, "E": 26, "F": 18, "G": 7, "H": 6, "I": 6, "J": 6, "K": 48}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring till statusfärger"
    lg["A1"].font = Font(bold=True, size=12)
    legend = [
        (GREEN, "Kontrollen genomförd, inga avvikelser"),
        (YELLOW, "Kontrollen genomförd, avvikelser noterade (se kommentar)"),
        (BLUE, "Kontrollen påbörjad men inte slutförd"),
        (RED, "Kontrollen ej genomförd"),
        (GREY, "Utgår"),
    ]
    for i, (col, txt) in enumerate(legend, 3):
        lg.cell(row=i, column=1).fill = PatternFill("solid", fgColor=col)
        lg.cell(row=i, column=1).border = BORDER
        lg.cell(row=i, column=2, value=txt)
    lg["A9"] = "Riskvärde = sannolikhet (1–4) × konsekvens (1–4)."
    lg["A9"].font = Font(italic=True, size=9)
    lg.column_dimensions["A"].width = 6
    lg.column_dimensions["B"].width = 60
    fix_props_xlsx(wb, "BUF Kvalitet")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 3. Socialnämnden - docx, symbols, legend in a Word paragraph above the table
# --------------------------------------------------------------------------------------------
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for j, line in enumerate(lines):
        if j > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def file_sn():
    fil = "Socialnämnden_uppföljning_IKP_T1-2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Robertsfors kommun\tSocialförvaltningen\tDnr SN 2025/014"
    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplan för 2025 den 17 december 2024 (§ 142). Planen omfattar nio "
        "kontrollmoment inom individ- och familjeomsorg, ekonomiskt bistånd och administration. Nedan redovisas "
        "utfallet för perioden januari–april 2025. Avvikelser och åtgärder beskrivs i kolumnen Resultat och kommentar.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("✔ Genomförd utan avvikelse   ⚠ Genomförd med avvikelse   ◐ Påbörjad/pågår   "
              "✖ Ej genomförd   — Utgår")
    hdr = ["Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status", "Resultat och kommentar"]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    rows = [
        ("H", "Ekonomiskt bistånd"),
        ("C", "Kontroll att utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 20 utbetalningar", "Enhetschef försörjningsstöd", "⚠",
         "I 2 av 20 ärenden hade utbetalning skett med för högt belopp (totalt 3 450 kr).\nÅterkrav har beslutats.",
         "GENOMFORD", "ja"),
        ("C", "Kontroll mot Arbetsförmedlingen och Försäkringskassan via SSBTEK vid nyansökan",
         "Stickprov 15 ärenden", "Enhetschef försörjningsstöd", "✔",
         "Kontroll görs i samtliga nyansökningar. Stickprov på 15 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("H", "Individ- och familjeomsorg"),
        ("C", "Orosanmälningar – förhandsbedömning görs inom 14 dagar",
         "Uttag ur Treserva", "Enhetschef barn och unga", "◐",
         "Januari–februari granskade: 87 % av förhandsbedömningarna inom tidsgränsen.\n"
         "Mars–april granskas i maj.", "DELVIS", "ja"),
        ("C", "Uppföljning av placeringar i HVB – avtal finns med utföraren",
         "Genomgång av samtliga placeringar", "Enhetschef barn och unga", "✖",
         "Ej genomförd under perioden på grund av hög arbetsbelastning. Genomförs under T2.",
         "EJ_GENOMFORD", ""),
        ("C", "Barnavårdsutredningar avslutas inom fyra månader",
         "Samtliga avslutade utredningar", "Enhetschef barn och unga", "✔",
         "Samtliga 23 avslutade utredningar inom fyra månader.", "GENOMFORD", "nej"),
        ("H", "Administration"),
        ("C", "Delegationsbeslut anmäls till nämnden", "Jämförelse beslutslistor/protokoll",
         "Nämndsekreterare", "—",
         "Utgår 2025 enligt beslut SN 2025-01-28 § 5. Kontrolleras i stället av kansliet.", "UTGAR", ""),
        ("C", "Loggkontroll i verksamhetssystemet Treserva", "Stickprov 10 användare",
         "Systemförvaltare", "", "Se bilaga 1.", "OKLAR", ""),
        ("C", "Hantering av kontanter och värdehandlingar för enskilda inom boendestöd",
         "Inventering av kassor", "Enhetschef boendestöd", "", "", "SAKNAS", ""),
    ]
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[4])
            set_cell(m, row[1], bold=True)
        else:
            for i, v in enumerate(row[1:6]):
                set_cell(cells[i], v)
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, row[1], row[6], row[7])
    d.add_paragraph("")
    d.add_paragraph("Robertsfors 2025-05-14")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    fix_props_docx(d, "Anna Lindqvist")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - ods (via xlsx), numeric codes, legend BELOW the table, T1/T2/T3 columns
# --------------------------------------------------------------------------------------------
def file_von(tmpdir):
    fil = "VON IKP 2025 uppföljning april.ods"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Vård- och omsorgsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljningstillfällen: T1 (april), T2 (augusti), T3 (december)"
    ws["A2"].font = Font(size=9)
    hdr = ["Id", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
    rows = [
        ("V1", "Läkemedel", "Kontroll av läkemedelshantering enligt MAS riktlinjer på särskilda boenden",
         "MAS", "Tertial", 2, "Signeringslistor ej kompletta på Lärkan avd 2. Åtgärdsplan upprättad.",
         "GENOMFORD", "ja"),
        ("V2", "Avgifter", "Kontroll av avgiftsbeslut för hemtjänst och särskilt boende",
         "Avgiftshandläggare", "Tertial", 1, None, "GENOMFORD", "nej"),
        ("V3", "Hemtjänst", "Utförd tid i hemtjänst stämmer mot beviljad tid",
         "Enhetschef hemtjänst", "Tertial", 3, "Januari–februari klart, mars–april pågår.", "DELVIS", ""),
        ("V4", "Bemanning", "Kontroll att registerutdrag begärts vid anställning inom LSS-verksamhet",
         "HR-konsult", "Tertial", 1, "10 av 10 anställningar korrekta.", "GENOMFORD", "nej"),
        ("V5", "Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Enhetschefer", "Tertial", 4, "Påbörjas under T2.", "EJ_GENOMFORD", ""),
        ("V6", "Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov",
         "Kvalitetsutvecklare", "Tertial", 1, "3 rapporter inkomna, samtliga utredda inom rutinens tider.",
         "GENOMFORD", "nej"),
        ("V7", "Fordon", "Kontroll av körjournaler för verksamhetsbilar",
         "Enhetschef", "Halvår", 5, "Leasingbilarna hanteras av fordonsenheten fr.o.m. 2025.", "UTGAR", ""),
        ("V8", "Hälso- och sjukvård", "Kontroll av fakturering av hemsjukvård till Region Västerbotten",
         "Controller", "Helår", None, None, "SAKNAS", ""),
        ("V9", "Privata medel", "Kontroll av kontanthantering av brukares privata medel på boenden",
         "Enhetschefer SÄBO", "Tertial", 2, "Kassabok saknades för en brukare på Lärkan.", "GENOMFORD", "ja"),
    ]
    r = 5
    for row in rows:
        idv, proc, km, ansv, frekv, code, komm, st, avv = row
        vals = [idv, proc, km, ansv, frekv, code, None, None, komm]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring statuskod:").font = BOLD
    legend = ["1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning", "3 = Påbörjad",
              "4 = Ej påbörjad", "5 = Utgår"]
    for i, t in enumerate(legend):
        ws.cell(row=r + 1 + i, column=1, value=t)
    widths = {"A": 5, "B": 16, "C": 55, "D": 18, "E": 9, "F": 5, "G": 5, "H": 5, "I": 55}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    fix_props_xlsx(wb, "Vård och omsorg")
    src = os.path.join(tmpdir, "VON IKP 2025 uppföljning april.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 5. Hypergene CSV export - plain words, two nämnder, cp1252
# --------------------------------------------------------------------------------------------
def file_csv():
    fil = "Hypergene_export_internkontroll_20250512.csv"
    SBN = "Samhällsbyggnadsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Plan", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    plan = "Internkontrollplan 2025"
    rows = [
        (SBN, "Kontroll av att bygglovsansökningar handläggs inom lagstadgad tid (10 veckor)",
         "Bygglovschef", "Klar", "Samtliga 31 ärenden beslutade inom tidsfrist.", "GENOMFORD", "nej"),
        (SBN, "Kontroll av att VA-anslutningsavgift debiteras korrekt vid nyanslutningar",
         "VA-chef", "Klar", "Två anslutningar felaktigt debiterade, fakturorna har korrigerats.", "GENOMFORD", "ja"),
        (SBN, "Uppföljning av fastighetsunderhåll enligt underhållsplan", "Fastighetschef", "Pågår", "",
         "DELVIS", ""),
        (SBN, "Kontroll av att entreprenör för vinterväghållning följer avtal",
         "Gatuchef", "Klar", "Stickprov av 12 utryckningar utan anmärkning.", "GENOMFORD", "nej"),
        (SBN, "Kontroll av hyresavtal för externt inhyrda lokaler", "Fastighetschef", "Ej påbörjad",
         "Planeras till hösten.", "EJ_GENOMFORD", ""),
        (SBN, "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom", "Ej rapporterad",
         "", "SAKNAS", ""),
        (KFN, "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent", "Klar",
         "Stickprov 8 föreningar. En förening saknade årsmöteshandlingar, utbetalningen har stoppats.",
         "GENOMFORD", "ja"),
        (KFN, "Kassahantering i simhallen och på biblioteket", "Enhetschef fritid", "Klar",
         "Inga kassadifferenser.", "GENOMFORD", "nej"),
        (KFN, "Fakturering av uthyrning av idrottshallar stäms av mot bokningssystemet",
         "Bokningsansvarig", "Pågår", "Bokningssystemet byttes i mars, avstämning pågår.", "DELVIS", ""),
        (KFN, "Inventering av kommunens konstsamling", "Kulturchef", "Avbruten",
         "Avbruten genom beslut KFN 2025-03-18 § 12.", "UTGAR", ""),
        (KFN, "Kontroll av registrering av lotteritillstånd", "Handläggare", "Klar", "", "GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, km, ansv, status, komm, st, avv in rows:
            w.writerow([org, plan, km, ansv, "T1 2025", status, komm])
            exp(fil, org, km, st, avv)
    FILES.append((fil, "INLAST", SBN, "2025", "T1"))
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 6. Överförmyndarnämnden - .doc (via docx), text only, plain words
# --------------------------------------------------------------------------------------------
def file_ofn(tmpdir):
    fil = "Uppföljning IK ÖFN per 30 april 2025.doc"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    d.add_heading("Uppföljning av intern kontroll", level=1)
    d.add_paragraph("Överförmyndarnämnden i Robertsfors kommun")
    d.add_paragraph("Uppföljning per den 30 april 2025 (tertial 1)")
    d.add_paragraph(
        "Nämnden fastställde internkontrollplanen för 2025 i december 2024. Planen innehåller fem kontrollmoment. "
        "Nedan redovisas status och resultat för respektive kontrollmoment.")
    items = [
        ("Granskning av årsräkningar sker inom fastställd tid", "Pågår",
         "Av 142 inkomna årsräkningar är 98 granskade per den 30 april. Resterande beräknas vara granskade i juni.",
         "DELVIS", ""),
        ("Kontroll av att ställföreträdare saknar anteckning i belastningsregistret innan förordnande",
         "Genomförd", "Samtliga sex nya ställföreträdare har kontrollerats. Ingen anmärkning.", "GENOMFORD", "nej"),
        ("Kontroll av att omyndigas bankkonton har överförmyndarspärr", "Genomförd med anmärkning",
         "Ett konto saknade överförmyndarspärr. Banken har kontaktats och spärr är nu registrerad.",
         "GENOMFORD", "ja"),
        ("Arvodesbeslut fattas enligt nämndens riktlinjer", "Ej genomförd",
         "Kontrollen skjuts till tertial 2 på grund av handläggarbyte.", "EJ_GENOMFORD", ""),
        ("Sekretessbelagda handlingar skickas på säkert sätt", None,
         "Kontrollen har genomförts genom genomgång av utgående post och e-post under mars. Inga brister noterades.",
         "GENOMFORD", "nej"),
    ]
    for i, (km, status, res, st, avv) in enumerate(items, 1):
        h = d.add_paragraph()
        h.add_run(f"Kontrollmoment {i}: ").bold = True
        h.add_run(km).bold = True
        if status:
            p = d.add_paragraph()
            p.add_run("Status: ").italic = True
            p.add_run(status)
        p = d.add_paragraph()
        p.add_run("Resultat: ").italic = True
        p.add_run(res)
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Robertsfors den 6 maj 2025")
    d.add_paragraph("Lena Öberg, handläggare överförmyndarenheten")
    fix_props_docx(d, "Lena Öberg")
    src = os.path.join(tmpdir, "Uppföljning IK ÖFN per 30 april 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden - xlsx, tick columns, legend below, nämnd only in print header + file name
# --------------------------------------------------------------------------------------------
def file_mbn():
    fil = "MBN_IK_T1_2025.xlsx"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "Robertsfors kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll 2025 – tertial 1"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell",
           "Avvikelse", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = BOLD
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("Tillsyn", "Tillsyn av enskilda avlopp enligt tillsynsplan", "D", "N",
         "12 av 30 planerade tillsynsbesök genomförda.", "DELVIS", "nej"),
        ("Bygglov", "Kontroll att beslut om bygglov fattas enligt delegationsordningen", "G", "J",
         "Ett beslut fattat av fel delegat, anmält till nämnden i april.", "GENOMFORD", "ja"),
        ("Avgifter", "Debitering av tillsynsavgifter enligt taxa", "G", "N", "", "GENOMFORD", "nej"),
        ("Livsmedel", "Offentlig kontroll av livsmedelsanläggningar enligt kontrollplan", "E", "",
         "Vakant tjänst som livsmedelsinspektör.", "EJ_GENOMFORD", ""),
        ("Strandskydd", "Handläggningstid för strandskyddsdispens", "U", "",
         "Inga ärenden under perioden.", "UTGAR", ""),
        ("Arkiv", "Diarieföring av inkomna handlingar sker samma dag", "GD", "", "", "OKLAR", ""),
        ("Miljö", "Uppföljning av förelägganden med vite", "", "", "", "SAKNAS", ""),
    ]
    col_of = {"G": 3, "D": 4, "E": 5, "U": 6}
    r = 4
    for omr, km, marks, avvmark, komm, st, avv in rows:
        vals = [omr, km, None, None, None, None, avvmark or None, komm or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for m in marks:
            c = ws.cell(row=r, column=col_of[m], value="x")
            c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Markera status för perioden med x i en av kolumnerna C–F.")
    ws.cell(row=r + 1, column=1, value="Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse.")
    ws.cell(row=r + 3, column=1, value="Ansvarig: Per Marklund, miljö- och byggchef")
    widths = {"A": 16, "B": 52, "C": 10, "D": 8, "E": 11, "F": 10, "G": 10, "H": 45}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    fix_props_xlsx(wb, "Per Marklund")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# --------------------------------------------------------------------------------------------
# 8. Reject: covering letter (missiv) from Kultur och fritid - no follow-up in it
# --------------------------------------------------------------------------------------------
def file_reject():
    fil = "Missiv IK-uppföljning T1 2025 KFN.docx"
    d = docx.Document()
    d.add_paragraph("Robertsfors kommun\nKultur- och fritidsförvaltningen")
    d.add_paragraph("2025-05-12")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Missiv – uppföljning av intern kontroll tertial 1 2025", level=2)
    d.add_paragraph(
        "Kultur- och fritidsnämndens uppföljning av internkontrollplanen för tertial 1 2025 har rapporterats "
        "direkt i Hypergene och finns i den gemensamma exporten. Nämnden behandlar uppföljningen på sitt "
        "sammanträde den 27 maj 2025.")
    d.add_paragraph(
        "Vi vill uppmärksamma att kontrollmomentet om konstsamlingen har avbrutits genom nämndbeslut i mars "
        "och att avstämningen av hallbokningar fördröjts av byte av bokningssystem. Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Holmström\nKultur- och fritidschef")
    fix_props_docx(d, "Maria Holmström")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunkontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård och omsorg|Vård- och omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och bygg|Bygg- och miljöenheten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Robertsfors Bostäder AB", "RoBo|Bostadsbolaget"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmpdir = tempfile.mkdtemp(prefix="r422src")
    file_ks()
    file_bun()
    file_sn()
    file_von(tmpdir)
    file_csv()
    file_ofn(tmpdir)
    file_mbn()
    file_reject()
    shutil.rmtree(tmpdir)
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
