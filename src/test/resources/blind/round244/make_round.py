#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 244 - theme: symbols and text formatting as status.
Kommun: Ålstorp, year 2025 (mostly helår).
Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round244"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_wb_props(wb):
    wb.properties.creator = "Ålstorps kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Ålstorps kommun"


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, ✔ ⚠ ✘ – symbols, legend in a footer row below the table
# ---------------------------------------------------------------------------
def f1():
    fil = "KS_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Ålstorps kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Internkontrollplan beslutad: KS 2025-01-29 § 12"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar/resultat"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("G", "Ekonomi"),
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Redovisningschef", "✔",
         "Samtliga 25 fakturor korrekt attesterade av behörig attestant.", "GENOMFORD", "nej"),
        ("1.2", "Förtroendekänsliga poster", "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
         "Stickprov 20 verifikationer", "Controller", "⚠",
         "4 av 20 verifikationer saknade deltagarförteckning och syfte. Rutinen har förtydligats och "
         "information lämnats till chefer i december.", "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
         "Genomgång av avstämningar april, augusti, november", "Redovisningsekonom", "✔",
         "Avstämningar finns och är signerade.", "GENOMFORD", "nej"),
        ("G", "Personal"),
        ("2.1", "Lön", "Korrekt registrering av nyanställda i lönesystemet (Heroma)",
         "Jämförelse anställningsavtal/lönesystem", "HR-chef", "✘",
         "Ej genomförd på grund av byte av lönesystem under hösten. Kontrollen flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("2.2", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång i Adato", "HR-konsult", "✔",
         "Rehabiliteringsplaner upprättade i samtliga ärenden över 60 dagar.", "GENOMFORD", "nej"),
        ("G", "IT och informationssäkerhet"),
        ("3.1", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet",
         "Lista behörigheter jämförs mot personalregister", "IT-chef", "⚠",
         "Tre konton för avslutade medarbetare var fortfarande aktiva. Kontona har stängts.", "GENOMFORD", "ja"),
        ("3.2", "Drift", "Kontroll av att säkerhetskopiering och återläsningstest genomförs",
         "Loggar och testprotokoll", "IT-chef", "✔",
         "Återläsningstest genomfört i oktober utan anmärkning.", "GENOMFORD", "nej"),
        ("G", "Upphandling och ärendehantering"),
        ("4.1", "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys i e-handelssystemet", "Upphandlingschef", "–",
         "Utgår – ersätts av revisionens kommunövergripande granskning av avtalstrohet.", "UTGAR", ""),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef", "✔",
         "Dokumentation fanns i samtliga 10 fall.", "GENOMFORD", "nej"),
        ("4.3", "Delegation", "Kontroll av att beslut fattade på delegation anmäls till kommunstyrelsen",
         "Jämförelse delegationslista/protokoll", "Kanslichef", "",
         "Kontrollen har inte kunnat genomföras under året. Görs i februari 2026.", "EJ_GENOMFORD", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="FFDDEBF7")
            r += 1
            continue
        vals = row[:7]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=6).font = Font(size=14)
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring: ✔ = Genomförd utan anmärkning   ⚠ = Genomförd – avvikelse noterad   "
                                   "✘ = Ej genomförd   – = Utgår")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r + 2, column=1, value="Upprättad av: Karin Lindqvist, controller, 2026-01-20")
    widths = [6, 22, 45, 30, 18, 8, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - xlsx, 🟢🟡🟠🔴⚪ emoji, delår + helår columns,
#     legend on a separate sheet "Förklaring"
# ---------------------------------------------------------------------------
def f2():
    fil = "BUN Uppföljning IK 2025 helår.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Internkontroll 2025 – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delår (jan–aug) och helår. Statusförklaring, se flik Förklaring."
    ws["A2"].font = Font(italic=True)
    hdr = ["Område", "Risk", "Kontrollmoment", "Riskvärde", "Status delår", "Status helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFE2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Skolskjuts", "Beslut fattas i strid med riktlinjer",
         "Skolskjuts – kontroll att beslut om skolskjuts följer riktlinjerna", 9, "🟡", "🟢",
         "Samtliga 30 granskade beslut följer riktlinjerna.", "GENOMFORD", "nej"),
        ("Elevhälsa och trygghet", "Kränkningar anmäls inte i tid",
         "Registrering och handläggning av kränkande behandling enligt skollagen 6 kap.", 12, "🟡", "🟠",
         "Anmälan till huvudman skedde i 5 av 22 granskade ärenden senare än rutinen anger. "
         "Rektorerna har fått återkoppling.", "GENOMFORD", "ja"),
        ("Personal", "Person olämplig för arbete med barn anställs",
         "Kontroll av att registerutdrag ur belastningsregistret uppvisats vid nyanställning", 16, "🟢", "🟢",
         "Utdrag fanns för samtliga 41 nyanställda.", "GENOMFORD", "nej"),
        ("Elevhälsa och trygghet", "Hög frånvaro upptäcks inte",
         "Uppföljning av elever med hög frånvaro", 12, "🟡", "🟡",
         "Kartläggning klar för grundskolan, gymnasiet återstår.", "DELVIS", ""),
        ("Ekonomi", "Felaktiga avgifter",
         "Fakturering av barnomsorgsavgifter – avstämning mot inkomstuppgifter", 8, "🔴", "🔴",
         "Ej genomförd, resursbrist på förvaltningens administration.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Utrustning försvinner",
         "Inventering av IT-utrustning (elevdatorer)", 6, "🟡", None,
         "Inventeringen slutfördes i november. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Tillsyn", "Anmälningsplikt missas",
         "Kontroll av att anmälan till Skolinspektionen skett inom tid", 6, "🟢", None, None,
         "GENOMFORD", "nej"),
        ("Lokaler", "Brister i brandskydd",
         "Systematiskt brandskyddsarbete på förskolor", 9, "⚪", "⚪",
         "Ej aktuellt 2025, hanteras av Tekniska förvaltningen.", "UTGAR", ""),
        ("Ekonomi", "Inköp utanför avtal",
         "Läromedelsinköp följer ramavtal", 4, "🟢", "🟢",
         "Stickprov 15 inköp, samtliga enligt avtal.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        for c in (5, 6):
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    for i, w in enumerate([20, 30, 50, 10, 12, 12, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Förklaring")
    ws2["A1"] = "Förklaring till statussymboler"
    ws2["A1"].font = Font(bold=True)
    leg = [("🟢", "Kontrollen genomförd, inga avvikelser"),
           ("🟠", "Kontrollen genomförd, avvikelser har noterats"),
           ("🟡", "Kontrollen delvis genomförd / pågår"),
           ("🔴", "Kontrollen ej genomförd"),
           ("⚪", "Ej aktuell under perioden")]
    for i, (s, t) in enumerate(leg, 3):
        ws2.cell(row=i, column=1, value=s)
        ws2.cell(row=i, column=2, value=t)
    ws2["A10"] = "Riskvärde = sannolikhet × konsekvens (1–16)."
    ws2.column_dimensions["B"].width = 50
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  Socialnämnden - docx, ● ◐ ○, legend as a paragraph AFTER the table
# ---------------------------------------------------------------------------
def f3():
    fil = "Socialnämnden_helårsuppföljning_internkontroll_2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    fix_doc_props(d, "Socialförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    p = d.add_paragraph("Socialnämnden, Ålstorps kommun")
    p.runs[0].bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 21). Planen omfattar åtta "
        "kontrollmoment som valts ut utifrån nämndens risk- och väsentlighetsanalys. Nedan redovisas resultatet "
        "av årets kontroller. Avvikelser och vidtagna åtgärder beskrivs i kolumnen Resultat och åtgärder.")
    rows = [
        ("Ekonomiskt bistånd", "Handläggning av ekonomiskt bistånd – kontroll av att utbetalningar föregås av beslut",
         "Stickprov 40 ärenden", "Halvår", "●",
         "2 utbetalningar saknade dokumenterat beslut. Handläggarna har fått påminnelse om rutinen, "
         "ny kontroll i mars 2026.", "GENOMFORD", "ja"),
        ("Barn och unga", "Tid för påbörjad utredning inom barn- och unga (4 månader)",
         "Uttag ur verksamhetssystemet", "Månadsvis", "◐",
         "Kontrollen genomförd för januari–september, resterande månader analyseras i januari 2026.",
         "DELVIS", ""),
        ("Kvalitet", "Lex Sarah – rapporter utreds och åtgärdas inom fastställd tid",
         "Genomgång av samtliga rapporter", "Helår", "●",
         "Samtliga 7 rapporter utredda inom fastställd tid.", "GENOMFORD", "nej"),
        ("Familjehem", "Kontroll av att familjehem har aktuella utdrag ur belastningsregistret",
         "Stickprov 15 familjehem", "Helår", "○",
         "Ej genomförd. Skjuts till 2026 på grund av omorganisationen av familjehemsenheten.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Återsökning av statsbidrag och ersättning från Migrationsverket",
         "Avstämning mot ansökningar", "Kvartal", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Placeringar", "Uppföljning av köpta platser (HVB) mot avtal",
         "Genomgång av fakturor och avtal", "Helår", "", "Se bilaga 3", "OKLAR", ""),
        ("Dokumentation", "Dokumentation i journalsystemet enligt SoL och HSL",
         "Granskning av 20 akter", "Helår", "● ○", "", "OKLAR", ""),
        ("Kvalitet", "Hantering av synpunkter och klagomål", "Genomgång av registrerade synpunkter",
         "Helår", "●", "", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Metod", "Frekvens", "Status", "Resultat och åtgärder"]):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
            if i == 4:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[1], row[6], row[7])
    d.add_paragraph("")
    p = d.add_paragraph()
    r = p.add_run("Teckenförklaring: ● genomförd   ◐ delvis genomförd/pågående   ○ ej genomförd")
    r.italic = True
    r.font.size = Pt(9)
    d.add_paragraph("Bilaga 3: Uppföljning av avtal för köpta HVB-platser 2025 (separat dokument).")
    d.add_paragraph("Ålstorp 2026-01-22")
    d.add_paragraph("Anna Bergström\nSocialchef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Tekniska nämnden - xlsx, status by FONT colour of the result text, struck-through row,
#     legend line above the table
# ---------------------------------------------------------------------------
def f4():
    fil = "Tekniska nämnden IK 2025.xlsx"
    N = "Tekniska nämnden"
    GREEN, RED, BLACK = "FF00B050", "FFFF0000", "FF000000"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Resultatet anges med textfärg: grön text = genomförd utan anmärkning, röd text = avvikelse eller "
                "ej genomförd, svart text = pågår. Överstrukna kontrollmoment har utgått.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:E3")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[3].height = 28
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Kontrollperiod", "Resultat helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
    rows = [
        ("Fakturahantering", "Kontroll av att fakturor från entreprenörer stäms av mot avtal och ÄTA-beslut",
         "Ekonom", "Helår", "Stickprov 15 fakturor, inga avvikelser.", GREEN, False, "GENOMFORD", "nej"),
        ("Fordon", "Körjournaler för kommunens fordon förs enligt riktlinje", "Fordonssamordnare", "Helår",
         "12 av 40 fordon saknade fullständig körjournal. Påminnelse skickad till alla enheter.", RED, False,
         "GENOMFORD", "ja"),
        ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande",
         "Samtliga prover tagna enligt programmet.", GREEN, False, "GENOMFORD", "nej"),
        ("Gata/park", "Besiktning av lekplatser", "Parkchef", "Helår",
         "Huvudbesiktning klar för 18 av 26 lekplatser, resterande i mars 2026.", BLACK, False, "DELVIS", ""),
        ("Avfall", "Kontroll av att kundregistret för avfallsabonnemang är korrekt", "Avfallschef", "Helår",
         "Ej genomförd på grund av systembyte.", RED, False, "EJ_GENOMFORD", ""),
        ("Fastighet", "Energiuppföljning av kommunala fastigheter", "Fastighetschef", "Helår",
         None, BLACK, True, "UTGAR", ""),
        ("Upphandling", "Kontroll av att ramavtal används vid inköp av material till gata/park",
         "Gatuchef", "Helår", "Genomförd, inga avvikelser noterade.", RED, False, "OKLAR", ""),
        ("Fastighet", "Hyresavtal – kontroll att hyror debiteras enligt avtal", "Fastighetsekonom", "Helår",
         "Kontrollerat 10 avtal, korrekt debitering.", GREEN, False, "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Skyddsronder genomförs enligt plan", "Förvaltningschef", "Helår", "Pågår.", BLACK,
         False, "DELVIS", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:5], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if row[6]:
                cell.font = Font(strike=True, color="FF7F7F7F")
        if not row[6]:
            ws.cell(row=r, column=5).font = Font(color=row[5])
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporten behandlad av Tekniska nämnden 2026-02-04.")
    for i, w in enumerate([18, 55, 18, 14, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Miljö- och byggnämnden - ods (via LibreOffice), ✓/–/? per tertial, legend footer;
#     nämnd only in the print header and the file name
# ---------------------------------------------------------------------------
def f5():
    fil = "MBN_ik_2025_T3.ods"
    N = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Miljö- och byggnämnden – Ålstorps kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per tertial"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Rapporteringstillfälle: T3 (helår), avstämt 2026-01-15"
    ws.merge_cells("A2:H2")
    hdr = ["Nr", "Kontrollmoment", "Frekvens", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    rows = [
        (1, "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Varje tertial", "Bygglovschef",
         "✓", "✓", "✓", "2 ärenden över tidsgränsen under T3, reducerad avgift tillämpad.", "GENOMFORD", "ja"),
        (2, "Debitering av timavgift för tillsyn enligt taxa", "Varje tertial", "Miljöchef",
         "✓", "✓", "✓", None, "GENOMFORD", "nej"),
        (3, "Delegationsbeslut anmäls till nämnden", "Varje tertial", "Nämndsekreterare",
         "✓", "✓", "–", "Anmälan för november–december ej gjord, görs på nämndens sammanträde i februari.",
         "EJ_GENOMFORD", ""),
        (4, "Livsmedelskontroll – planerade inspektioner genomförs enligt kontrollplan", "En gång/år",
         "Miljöchef", None, None, "✓", "84 av 90 planerade kontroller utförda, resterande flyttade till 2026.",
         "GENOMFORD", "ja"),
        (5, "Arkivering av avslutade ärenden i e-arkiv", "En gång/år", "Registrator",
         None, None, "?", None, "SAKNAS", ""),
        (6, "Kontroll av att jäv anmäls och dokumenteras", "Varje tertial", "Förvaltningschef",
         "✓", "✓", "✓", None, "GENOMFORD", "nej"),
        (7, "Strandskyddsdispenser – överprövning av länsstyrelsen följs upp", "En gång/år", "Planarkitekt",
         None, None, "Ej akt.", "Inga dispenser överprövades 2025.", "UTGAR", ""),
        (8, "Fakturering av bygglovsavgifter sker inom 30 dagar från beslut", "Varje tertial", "Handläggare",
         "✓", "–", "✓", "T2: eftersläpning under semesterperioden, åtgärdad i september.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        for c in (5, 6, 7):
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    ws.cell(row=r + 1, column=1, value="✓ = genomförd    – = ej genomförd    ? = uppgift saknas    "
                                       "Ej akt. = ej aktuellt")
    ws.cell(row=r + 1, column=1).font = Font(size=9, italic=True)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    for i, w in enumerate([5, 50, 14, 18, 6, 6, 8, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(HERE, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden - docx, status = the chosen alternative in BOLD,
#     struck-through kontrollmoment, instruction above the table
# ---------------------------------------------------------------------------
def f6():
    fil = "Kultur- och fritidsnämnden uppföljning intern kontroll helår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Kultur- och fritidsförvaltningen")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ålstorps kommun – Kultur- och fritidsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll 2025 – helårsrapport", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    p = d.add_paragraph()
    r = p.add_run("Instruktion: Ange status genom att markera aktuellt alternativ med fetstil. "
                  "Kontrollmoment som har utgått stryks över.")
    r.italic = True
    OPTS = ["Genomförd", "Delvis", "Ej genomförd"]
    rows = [
        ("Kontanthantering i simhallens kassa – dagliga kassaavstämningar", "Badchef", 0,
         "Avstämningar korrekta, en kassadifferens på 200 kr har utretts och rapporterats.", False,
         "GENOMFORD", "ja"),
        ("Föreningsbidrag betalas ut enligt bidragsreglerna", "Föreningskonsulent", 0, "Inga avvikelser.",
         False, "GENOMFORD", "nej"),
        ("Uthyrning av lokaler debiteras enligt taxa", "Bokningsansvarig", 1,
         "Kontroll gjord för sporthallarna, ej för samlingslokalerna.", False, "DELVIS", ""),
        ("Inventering av konst i kommunens samlingar", "Kulturchef", 2, "Skjuts till 2026.", False,
         "EJ_GENOMFORD", ""),
        ("Kontroll av biblioteksmedier som ej återlämnats", "Bibliotekschef", None,
         "Utgår enligt beslut KFN 2025-04-10 § 31.", True, "UTGAR", ""),
        ("Lönerapportering för timanställda på fritidsgårdar", "Fritidschef", None,
         "Kontrollen genomförd i oktober, samtliga tidrapporter attesterade.", False, "GENOMFORD", "nej"),
        ("Avtal med extern arrangör av sommarlovsaktiviteter följs upp", "Fritidschef", None, "", False,
         "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for km, ansv, choice, comm, struck, st, av in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(km)
        if struck:
            run.font.strike = True
        cells[1].text = ansv
        cells[2].text = ""
        para = cells[2].paragraphs[0]
        for j, o in enumerate(OPTS):
            if j:
                para.add_run(" / ")
            rr = para.add_run(o)
            if choice == j:
                rr.bold = True
        cells[3].text = comm
        exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Uppföljningen har sammanställts av förvaltningens controller och behandlas av "
                    "nämnden den 11 februari 2026.")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  Hypergene export - csv, two organisations, delår + helår rows, emoji status,
#     legend line above the table
# ---------------------------------------------------------------------------
def f7():
    fil = "Hypergene_IK_export_2025-12-31.csv"
    VON = "Vård- och omsorgsnämnden"
    EN = "Ålstorps Energi AB"
    lines = [
        ["Rapport: Intern kontroll – uppföljning kontrollmoment"],
        ["Urval: Ålstorps kommunkoncern; År 2025; Perioder: Delår, Helår"],
        ["Statusförklaring: 🟢 Klar  🟡 Pågår  🔴 Ej påbörjad  ⚫ Avbruten"],
        [],
        ["Organisation", "Period", "Process", "Kontrollmoment", "Status", "Kommentar", "Senast uppdaterad"],
    ]
    von = [
        ("Hälso- och sjukvård", "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet",
         ("🟡", "Granskning pågår på 4 av 9 enheter.", "2025-09-10"),
         ("🟢", "Samtliga enheter granskade, rapporteringen fungerar enligt rutin.", "2025-12-18"),
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Kontroll av att biståndsbeslut verkställs inom 3 månader",
         ("🔴", "", "2025-09-10"),
         ("🟡", "Granskning av hemtjänstbeslut klar, särskilt boende återstår.", "2025-12-19"),
         "DELVIS", ""),
        ("Ekonomi", "Debitering av omsorgsavgifter enligt maxtaxa",
         ("🟢", "Delårskontroll utan anmärkning.", "2025-09-08"),
         ("🟢", "Helårskontroll: 3 felaktiga avgiftsbeslut har rättats och återbetalats.", "2025-12-17"),
         "GENOMFORD", "ja"),
        ("Bemanning", "Nattbemanning på särskilda boenden följer bemanningsplan",
         ("🟡", "", "2025-09-10"),
         ("⚫", "Avbruten genom beslut VON 2025-10-22 § 88, ersätts av ny bemanningsmodell.", "2025-10-23"),
         "UTGAR", ""),
        ("Hälso- och sjukvård", "Kontroll av att basala hygienrutiner följs (punktprevalensmätning)",
         ("🟢", "", "2025-09-05"),
         ("🟢", "", "2025-12-12"),
         "GENOMFORD", "nej"),
        ("Ekonomi", "Hantering av brukares privata medel",
         ("🔴", "", "2025-09-10"),
         ("🔴", "Ej genomförd.", "2025-12-19"),
         "EJ_GENOMFORD", ""),
    ]
    body = []
    for proc, km, dl, hl, st, av in von:
        body.append([VON, "Delår 2025", proc, km, dl[0], dl[1], dl[2]])
        body.append([VON, "Helår 2025", proc, km, hl[0], hl[1], hl[2]])
        exp(fil, VON, km, st, av)
    energi = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "🟢", "Inga avvikelser.",
         "2025-12-15", "GENOMFORD", "nej"),
        ("Kund och debitering", "Avläsning och fakturering av fjärrvärme mot mätvärden", "🟢",
         "Avvikelse i 2 anläggningar, korrigerat i december.", "2025-12-16", "GENOMFORD", "ja"),
        ("IT/OT-säkerhet", "Behörigheter i driftsystemet (SCADA) ses över", "🟡",
         "Översyn påbörjad, klar Q1 2026.", "2025-12-16", "DELVIS", ""),
        ("Upphandling", "Efterlevnad av LOU vid upphandling av entreprenader", "🟢", "", "2025-12-10",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av kundfordringar och påminnelserutin", "", "", "", "SAKNAS", ""),
    ]
    for proc, km, s, c, dt, st, av in energi:
        body.append([EN, "Helår 2025", proc, km, s, c, dt])
        exp(fil, EN, km, st, av)
    with open(fil, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for ln in lines + body:
            w.writerow(ln)
        w.writerow([])
        w.writerow(["Antal rader: %d" % len(body)])
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))
    FILES.append((fil, "INLAST", EN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  Räddningstjänstförbundet - xls (xlwt), ✔ in Ja/Nej tick columns for "Genomförd" and "Avvikelse"
# ---------------------------------------------------------------------------
def f8():
    fil = "RTJ Ålstorp-Bergby IK 2025.xls"
    N = "Räddningstjänstförbundet Ålstorp-Bergby"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    bold = xlwt.easyxf("font: bold on")
    big = xlwt.easyxf("font: bold on, height 280")
    hdr_st = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                         "align: wrap on, horiz center, vert center; pattern: pattern solid, fore_colour gray25")
    cell_st = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    tick_st = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Räddningstjänstförbundet Ålstorp–Bergby", big)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025", bold)
    ws.write(2, 0, "Period: helår (januari–december)")
    # two-level header
    ws.write_merge(4, 5, 0, 0, "Kontrollområde", hdr_st)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", hdr_st)
    ws.write_merge(4, 4, 2, 3, "Genomförd", hdr_st)
    ws.write_merge(4, 4, 4, 5, "Avvikelse", hdr_st)
    ws.write_merge(4, 5, 6, 6, "Kommentar", hdr_st)
    for c, h in zip((2, 3, 4, 5), ("Ja", "Nej", "Ja", "Nej")):
        ws.write(5, c, h, hdr_st)
    T = "✔"
    rows = [
        ("Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplan", T, "", T, "",
         "41 av 45 planerade tillsyner genomförda. Resterande 4 genomförs i januari 2026.", "GENOMFORD", "ja"),
        ("Operativ verksamhet", "Kontroll av att utryckningstider registreras korrekt i insatsrapporter",
         T, "", "", T, "Stickprov 30 insatsrapporter.", "GENOMFORD", "nej"),
        ("Operativ verksamhet", "Övningsplan för deltidsbrandmän följs", "", T, "", "",
         "Övningar ställdes in under sommaren pga. hög brandrisk; genomförs 2026.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Fakturering av onödiga automatlarm enligt taxa", T, T, "", T, "", "OKLAR", ""),
        ("Materiel", "Underhåll av andningsskydd enligt tillverkarens krav", T, "", T, "",
         "Två apparater hade missat årsservice, åtgärdat i oktober.", "GENOMFORD", "ja"),
        ("Ekonomi", "Representation och förtroendekänsliga kostnader", T, "", "", T, "", "GENOMFORD", "nej"),
        ("Personal", "Rökdykarnas hälsokontroller och arbetsprov genomförs årligen", "", "", "", "",
         "Pågår, 18 av 24 rökdykare klara.", "DELVIS", ""),
    ]
    r = 6
    for row in rows:
        ws.write(r, 0, row[0], cell_st)
        ws.write(r, 1, row[1], cell_st)
        for c in range(2, 6):
            ws.write(r, c, row[c], tick_st)
        ws.write(r, 6, row[6], cell_st)
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.write(r + 1, 0, "Godkänd av förbundsdirektionen 2026-02-06, § 5")
    for c, w in enumerate([20, 50, 6, 6, 6, 6, 55]):
        ws.col(c).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# R  Reject: a stand-alone legend file (no controls) sent along by KS
# ---------------------------------------------------------------------------
def reject():
    fil = "Teckenförklaring statussymboler IK.xlsx"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Förklaring"
    ws["A1"] = "Teckenförklaring – statussymboler i uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Gäller för samtliga nämnders uppföljningar från och med 2025. Ekonomiavdelningen, Ålstorps kommun."
    data = [("Symbol", "Betydelse", "Används i"),
            ("✔", "Genomförd utan anmärkning", "Excelmallar"),
            ("⚠", "Genomförd – avvikelse noterad", "Excelmallar"),
            ("✘", "Ej genomförd", "Excelmallar"),
            ("–", "Utgår", "Excelmallar"),
            ("🟢", "Klar", "Hypergene"),
            ("🟡", "Pågår", "Hypergene"),
            ("🔴", "Ej påbörjad", "Hypergene"),
            ("⚫", "Avbruten", "Hypergene"),
            ("Grön text", "Genomförd utan anmärkning", "Valfri mall"),
            ("Röd text", "Avvikelse eller ej genomförd", "Valfri mall")]
    for i, row in enumerate(data, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = BORDER
            if i == 4:
                c.font = Font(bold=True)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 16
    wb.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Ålstorps Energi AB", "Ålstorp Energi|ÅEAB"),
        ("Räddningstjänstförbundet Ålstorp-Bergby", "RTJ|Räddningstjänsten Ålstorp-Bergby|"
                                                   "Räddningstjänstförbundet Ålstorp–Bergby"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg:
            fh.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row), row
            fh.write(";".join(row) + "\n")


if __name__ == "__main__":
    f1()
    f2()
    f3()
    f4()
    f5()
    f6()
    f7()
    f8()
    reject()
    registers()
    print("files:", len(FILES), "controls:", len(EXPECTED))
