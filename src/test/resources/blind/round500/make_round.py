#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r500 - Falu kommun, inkorg med delårsuppföljningar av internkontrollplaner 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, directly in the folder of this script.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import glob
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round500"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def soffice_convert(src, fmt, final_name):
    """Convert src with LibreOffice into HERE/final_name (temp dir outside the round)."""
    tmp = tempfile.mkdtemp(prefix="r500conv_")
    try:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                        "--convert-to", fmt, "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = glob.glob(os.path.join(tmp, "*"))
        if len(produced) != 1:
            raise RuntimeError("conversion failed for %s: %s" % (src, produced))
        shutil.move(produced[0], out(final_name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Falu kommun"
    return wb


# ---------------------------------------------------------------------------
# F1  Socialnämnden + Omsorgsnämnden: one sheet, a nämnd per block, merged title
# ---------------------------------------------------------------------------
def f1():
    fil = "IK-uppföljning delår 2025 SN och ON.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Delår 2025"
    ncol = 8
    widths = [5, 18, 26, 44, 24, 20, 16, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "Socialförvaltningen och Omsorgsförvaltningen, Falu kommun"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = ("Statusbedömning per 31 augusti: Genomförd / Genomförd med avvikelse / Pågår / "
                "Ej påbörjad / Utgår. Beskriv resultat och eventuella avvikelser i kommentarsfältet.")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws["A3"].font = Font(italic=True, size=9)

    header = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
              "Status 31/8", "Kommentar"]

    sn = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprovskontroll av utbetalt ekonomiskt bistånd mot beslut i verksamhetssystemet",
         "Stickprov 20 akter per kvartal", "Enhetschef försörjningsstöd", "Genomförd",
         "40 akter granskade. I 2 akter saknades beslut för utbetalningen. Återkrav har initierats.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning görs inte i tid",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Uttag ur Treserva jan–aug", "Sektionschef barn och unga", "Genomförd",
         "96 % av förhandsbedömningarna inom 14 dagar (mål 100 %). Överskridandena beror på hög arbetsbelastning i juni.",
         "GENOMFORD", "ja"),
        ("Placeringar", "Placering utan giltigt avtal",
         "Uppföljning av att samtliga externa placeringar har giltigt avtal eller ramavtal",
         "Genomgång av placeringslista", "Placeringssamordnare", "Pågår",
         "Genomgång av HVB-placeringar klar, samtliga hade avtal. Familjehem kvarstår.",
         "DELVIS", "nej"),
        ("Dokumentation", "Bristande dokumentation",
         "Kontroll av att journalanteckningar förs löpande enligt SoL 11 kap 5 §",
         "Granskning 15 akter", "Enhetschef vuxen", "Ej påbörjad",
         "Flyttas till hösten på grund av personalomsättning.",
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
         "Loggkontroll av åtkomst till sekretessmarkerade personakter",
         "Logguttag 2 ggr/år", "Systemförvaltare", "Genomförd",
         "Inga otillbörliga åtkomster upptäckta.",
         "GENOMFORD", "nej"),
        ("Delegation", "Beslut fattas utan delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Stickprov", "Nämndsekreterare", "Utgår",
         "Utgår enligt SN beslut 2025-03-20 § 41, ersätts av automatisk kontroll i ärendesystemet.",
         "UTGAR", ""),
        ("Upphandling", "Köp utanför avtal",
         "Avtalstrohet vid köp av konsulttjänster",
         "Analys av leverantörsreskontra", "Controller", None, None,
         "SAKNAS", ""),
    ]
    on = [
        ("Läkemedelshantering", "Felaktig läkemedelsadministrering",
         "Kontroll av signeringslistor för läkemedel inom särskilt boende",
         "Granskning av signeringslistor 1 vecka/mån", "MAS", "Genomförd med avvikelse",
         "Brister i signering på två enheter (Gruvriset och Hälsinggården). Handlingsplan upprättad.",
         "GENOMFORD", "ja"),
        ("Hemtjänst", "Debiterad tid stämmer inte med utförd tid",
         "Avstämning av planerad mot utförd tid i hemtjänsten",
         "Månadsvis avstämning", "Enhetschefer hemtjänst", "Pågår",
         "Jan–maj avstämt utan väsentliga differenser. Juni–aug kvarstår.",
         "DELVIS", "nej"),
        ("Säkerhet", "Brand på boende",
         "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga boenden",
         "Egenkontroll", "Säkerhetssamordnare", "Genomförd",
         "Samtliga 11 boenden har dokumenterat SBA.",
         "GENOMFORD", "nej"),
        ("Avgifter", "Felaktiga avgifter",
         "Kontroll av att avgiftsbeslut fattas och debiteras korrekt\n(stickprov 25 beslut)",
         "Stickprov", "Avgiftshandläggare", "Genomförd",
         "3 av 25 beslut hade felaktigt förbehållsbelopp. Rättat och återbetalt.",
         "GENOMFORD", "ja"),
        ("Bemanning", "Brott mot LAS",
         "Uppföljning av att timanställda inte överskrider LAS-dagar",
         "Rapport ur personalsystemet", "HR-konsult", "Ej påbörjad", None,
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Felaktiga betalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Ekonom", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Hot och våld mot personal",
         "Kontroll att riskbedömning avseende hot och våld är genomförd på samtliga enheter",
         "Enkät till enhetschefer", "Verksamhetschef", "Se bilaga 2", None,
         "OKLAR", ""),
        ("Kvalitet", "Missförhållanden utreds inte",
         "Uppföljning av att lex Sarah-rapporter utreds inom fastställd tid",
         "Genomgång av rapporter", "Kvalitetsstrateg", None,
         "Samtliga 9 rapporter har utretts inom fastställd tid. Ingen anmälan till IVO behövdes.",
         "GENOMFORD", "nej"),
    ]

    row = 5
    for namnd, rows in (("Socialnämnden", sn), ("Omsorgsnämnden", on)):
        ws.cell(row=row, column=1, value=namnd)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row=row, column=1).font = Font(bold=True, size=12, color="FFFFFF")
        ws.cell(row=row, column=1).fill = fill("1F4E78")
        row += 1
        for c, h in enumerate(header, 1):
            cell = ws.cell(row=row, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9E1F2")
            cell.border = BORDER
            cell.alignment = WRAP
        row += 1
        for i, r in enumerate(rows, 1):
            vals = [i] + list(r[:7])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            exp(fil, namnd, r[2], r[7], r[8])
            row += 1
        row += 1  # blank row between blocks
    ws.cell(row=row, column=1, value="Sammanställt av: Anna Lindqvist, controller, 2025-09-12")
    ws.cell(row=row, column=1).font = Font(italic=True)
    ws.print_title_rows = "1:2"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Omsorgsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden: Word, table split over a page break,
#     the continuation table has no header row
# ---------------------------------------------------------------------------
def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def _group_row(table, text):
    cells = table.add_row().cells
    m = cells[0].merge(cells[-1])
    m.text = text
    m.paragraphs[0].runs[0].bold = True
    _shade(m, "E2EFD9")


def f2():
    fil = "BUN Uppföljning internkontroll delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "FALU KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/0123"
    sec.footer.paragraphs[0].text = "Uppföljning internkontrollplan delår 2025"

    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden\nPeriod: 1 januari – 31 augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 142). Planen omfattar "
        "tolv kontrollmoment inom fem områden. Nedan redovisas resultatet av de kontroller som "
        "genomförts fram till och med augusti. Kontroller som ska genomföras under hösten redovisas "
        "i helårsuppföljningen. Förvaltningens sammantagna bedömning är att den interna kontrollen "
        "i huvudsak är tillräcklig, men att rutinen för anmälan av kränkande behandling behöver "
        "förbättras.")
    d.add_paragraph("Status anges som Genomförd, Genomförd – avvikelse, Delvis genomförd, "
                    "Ej genomförd eller Utgår.")

    header = ["Kontrollmoment", "Ansvarig", "Resultat delår", "Status"]
    part1 = [
        ("Ekonomi och upphandling", None),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov om 30 fakturor i april och augusti. Inga avvikelser.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Kontroll av representation och förtroendekänsliga poster", "Controller",
         "15 poster granskade. 2 av 15 saknade deltagarförteckning.", "Genomförd – avvikelse",
         "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av läromedel", "Inköpssamordnare",
         "Uppföljningen är påbörjad, rapport till nämnden i oktober.", "Delvis genomförd",
         "DELVIS", "nej"),
        ("Elevhälsa och trygghet", None),
        ("Kontroll att anmälan om kränkande behandling rapporteras till huvudman senast nästa arbetsdag",
         "Rektorer",
         "Genomgång av 142 anmälningar. 18 % anmäldes senare än nästa arbetsdag.", "Genomförd",
         "GENOMFORD", "ja"),
        ("Uppföljning av elever med frånvaro över 10 % och att åtgärder vidtagits", "Elevhälsochef",
         "Kontrollen görs vid läsårsstart och är inte genomförd per delår.", "Ej genomförd",
         "EJ_GENOMFORD", ""),
        ("Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-specialist",
         "Samtliga 47 nyanställda kontrollerade, utdrag fanns i alla fall.", "Genomförd",
         "GENOMFORD", "nej"),
    ]
    part2 = [
        ("Skolskjuts och måltider", None),
        ("Kontroll av att skolskjutsbeslut fattas enligt riktlinjer", "Skolskjutshandläggare",
         "Stickprov 20 beslut – samtliga enligt riktlinjerna.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Egenkontrollprogram för livsmedel följs i skolköken", "Kostchef",
         "Genomfört i 14 av 22 kök, inga brister. Resterande kök under september.", "Delvis genomförd",
         "DELVIS", "nej"),
        ("Rutin för specialkost vid allergi följs", "Kostchef", "", "",
         "SAKNAS", ""),
        ("Personal och IT", None),
        ("Kontroll av behörigheter i Edlevo vid avslutad anställning", "IT-samordnare",
         "Ersätts av central kontroll hos kommunstyrelsen enligt beslut BUN 2025-04-10 § 58.", "Utgår",
         "UTGAR", ""),
        ("Nya anställningar registreras med rätt lön och avtal", "Personalchef",
         "Se separat rapport.", "",
         "OKLAR", ""),
        ("Uppföljning av rehabiliteringsärenden vid upprepad sjukfrånvaro", "Personalchef",
         "Rehabiliteringsplan finns i 31 av 34 ärenden, tre ärenden saknar plan.", "Delvis genomförd",
         "DELVIS", "ja"),
    ]

    def make_table(rows, with_header):
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if with_header:
            cells = t.add_row().cells
            for c, h in zip(cells, header):
                c.text = h
                c.paragraphs[0].runs[0].bold = True
                _shade(c, "BDD6EE")
        for r in rows:
            if r[1] is None:
                _group_row(t, r[0])
                continue
            cells = t.add_row().cells
            for c, v in zip(cells, r[:4]):
                c.text = v
            exp(fil, namnd, r[0], r[4], r[5])
        for row in t.rows:
            for i, w in enumerate((Cm(6), Cm(3), Cm(5.5), Cm(2.5))):
                row.cells[i].width = w
        return t

    make_table(part1, True)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    make_table(part2, False)

    d.add_paragraph()
    d.add_paragraph("Falun 2025-09-15")
    d.add_paragraph("Per Hedlund\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Kultur- och fritidsnämnden: .xls, statuses G/DG/EG, legend at the bottom
# ---------------------------------------------------------------------------
def f3(tmpdir):
    fil = "KFN IK 2025 delår.xls"
    namnd = "Kultur- och fritidsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    widths = [18, 46, 24, 12, 20, 8, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (t.o.m. augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Kultur- och fritidsförvaltningen, ansvarig för sammanställning: Jonas Berg"
    header = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status",
              "Kommentar / åtgärd"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
    rows = [
        ("Bidrag", "Kontroll att föreningsbidrag betalas ut enligt bidragsnormerna",
         "Stickprov 10 ansökningar", "2 ggr/år", "Föreningskonsulent", "G", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Bidrag", "Uppföljning av redovisningar från föreningar som fått projektbidrag",
         "Genomgång av redovisningar", "1 gång/år", "Föreningskonsulent", "DG",
         "Granskning av inkomna redovisningar pågår, klar i oktober.",
         "DELVIS", "nej"),
        ("Kassahantering", "Kassaavstämning i entrékassan på Lugnets simhall",
         "Oanmäld kassainventering", "Kvartalsvis", "Anläggningschef", "G",
         "Kassadifferens på 1 250 kr i maj. Utredd, felaktig växelkassa.",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Kontroll av dagskassor på stadsbiblioteket",
         "Avstämning mot kassasystem", "Kvartalsvis", "Bibliotekschef", "G", None,
         "GENOMFORD", "nej"),
        ("Avtal", "Kontroll av att hyresavtal för externa lokaler är registrerade i avtalsdatabasen",
         "Jämförelse avtalsdatabas – reskontra", "1 gång/år", "Controller", "EG",
         "Har inte hunnits med p.g.a. vakans. Genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Kontroll att behandlingar av personuppgifter finns i registerförteckningen",
         "Genomgång per verksamhet", "1 gång/år", "Dataskyddssamordnare", "DG",
         "Biblioteket och kulturskolan klara. Fritidsgårdarna kvarstår.",
         "DELVIS", "nej"),
        ("Evenemang", "Kontroll av tillstånd och säkerhetsplan vid större evenemang",
         "Genomgång av evenemangslista", "Löpande", "Evenemangssamordnare", "G",
         "Säkerhetsplan saknades för ett evenemang i juni (Falu Folkfest, delarrangemang).",
         "GENOMFORD", "ja"),
        ("Personal", "Kontroll att personal på fritidsgårdar lämnat utdrag ur belastningsregistret",
         "Stickprov", "1 gång/år", "Enhetschef fritid", None,
         "Utgår – kontrollen flyttad till HR-avdelningens centrala plan.",
         "UTGAR", ""),
        ("Tillgångar", "Inventering av kommunens konstsamling (stickprov 50 verk)",
         "Fysisk inventering", "1 gång/år", "Konstintendent", "DG",
         "47 av 50 verk återfunna. 3 verk kunde inte lokaliseras och är anmälda.",
         "DELVIS", "ja"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, namnd, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: G = Genomförd   DG = Delvis genomförd   EG = Ej genomförd")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Behandlad i KFN 2025-09-18 § 72")
    src = os.path.join(tmpdir, "KFN IK 2025 delår.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F4  Tekniska nämnden: three period columns, latest filled decides;
#     nämnd only in the file name and the print header
# ---------------------------------------------------------------------------
def f4():
    fil = "TN Uppföljning IKP 2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    widths = [5, 18, 48, 22, 20, 14, 14, 14, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Uppföljning sker per 30/4, 31/8 och 31/12. Ange status i kolumnen för aktuell "
                "uppföljning: Genomförd, Påbörjad, Ej påbörjad, Ej aktuell.")
    ws["A2"].font = Font(italic=True, size=9)
    header = ["Nr", "Rutin/process", "Kontrollmoment", "Omfattning", "Ansvarig",
              "Status april", "Status augusti", "Status december", "Kommentar"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.border = BORDER
        cell.alignment = WRAP
    colours = {"Genomförd": "C6EFCE", "Påbörjad": "FFEB9C", "Ej påbörjad": "FFC7CE",
               "Ej aktuell": "D9D9D9"}
    rows = [
        ("Gata", "Kontroll av att vinterväghållning faktureras enligt avtal med entreprenör",
         "Körjournaler jan–mars", "Gatuchef", "Påbörjad", "Genomförd", None,
         "Avstämt mot körjournaler, inga avvikelser.", "GENOMFORD", "nej"),
        ("Investering", "Uppföljning av investeringsprojekt mot beslutad budget",
         "Samtliga projekt > 1 mnkr", "Projektchef", "Genomförd", "Genomförd", None,
         "Två projekt (Gruvgatan och GC-väg Holmtorget) prognostiserar överskridande med mer än 10 %.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr är dokumenterade",
         "Stickprov 10 st", "Inköpsansvarig", "Påbörjad", None, None,
         "Stickprov jan–mars klart, inga brister.", "DELVIS", "nej"),
        ("Fordon", "Kontroll av körjournaler för tjänstefordon",
         "Samtliga fordon", "Fordonsansvarig", "Ej påbörjad", "Påbörjad", None,
         None, "DELVIS", "nej"),
        ("Park", "Besiktning av lekplatser enligt SS-EN 1176",
         "Samtliga lekplatser", "Parkchef", "Ej påbörjad", "Genomförd", None,
         "41 lekplatser besiktade, 6 hade anmärkning av klass A. Åtgärdade i juli.",
         "GENOMFORD", "ja"),
        ("Gata", "Kontroll av att grävtillstånd följs upp med återställningsbesiktning",
         "Stickprov 15 tillstånd", "Trafikingenjör", "Påbörjad", "Ej aktuell", None,
         "Ansvaret för grävtillstånd överfört till Miljö- och samhällsnämnden från 1 juni.",
         "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Ekonom", "Genomförd", None, None,
         None, "GENOMFORD", "nej"),
        ("Parkering", "Kontroll av att makulerade kontrollavgifter är motiverade",
         "Samtliga makuleringar", "Parkeringshandläggare", None, None, None,
         None, "SAKNAS", ""),
        ("Bidrag", "Kontroll av utbetalning av bidrag till enskilda vägar",
         "Samtliga utbetalningar", "Handläggare enskilda vägar", "Ej påbörjad", "Ej påbörjad", None,
         "Utbetalning sker i oktober, kontrollen görs därefter.", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö", "Uppföljning av skyddsronder på driftenheten",
         "Vår- och höstrond", "Driftchef", "Genomförd", "Påbörjad", None,
         "Vårens skyddsronder klara utan allvarliga brister, höstens ronder påbörjade.",
         "DELVIS", "nej"),
    ]
    r = 5
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:8])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (6, 7, 8) and v in colours:
                cell.fill = fill(colours[v])
        exp(fil, namnd, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppdaterad 2025-09-08 / LE")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  Miljö- och samhällsnämnden: .ods, Ja/Nej column with free-text deviations beside it
# ---------------------------------------------------------------------------
def f5(tmpdir):
    fil = "MSN IK delår 2025.ods"
    namnd = "Miljö- och samhällsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Intern kontroll"
    widths = [20, 48, 14, 48, 34, 22]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Miljö- och samhällsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning intern kontroll – delårsbokslut 2025-08-31"
    ws["A2"].font = Font(bold=True)
    header = ["Kontrollområde", "Kontrollmoment", "Genomförd (Ja/Nej)", "Avvikelser",
              "Åtgärder", "Ansvarig"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Myndighetsutövning", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Ja",
         "12 av 310 ärenden överskred 10 veckor. Avgiften reducerades i 4 ärenden.",
         "Ny ärendefördelning från september.", "Bygglovschef", "GENOMFORD", "ja"),
        ("Taxor och avgifter", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Ja",
         "Inga avvikelser", None, "Miljöchef", "GENOMFORD", "nej"),
        ("Delegation", "Kontroll av delegationsbeslut – stickprov 20 beslut", "Ja",
         "Ett beslut fattat av fel delegat (bygglovsärende 2025-000341).",
         "Påminnelse om delegationsordningen på APT.", "Nämndsekreterare", "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Uppföljning av att planerad livsmedelskontroll genomförs enligt kontrollplanen",
         "Nej", "Kontrollen pågår, 58 % av planerade kontroller utförda per 31/8. Inga avvikelser hittills.",
         None, "Enhetschef livsmedel", "DELVIS", "nej"),
        ("Dokumenthantering", "Kontroll av att inkomna handlingar diarieförs inom en vecka", "Nej",
         None, "Genomförs under hösten.", "Registrator", "EJ_GENOMFORD", ""),
        ("Kart och mät", "Avstämning av debitering för nybyggnadskartor och utstakning", "Ja",
         "-", None, "Mätchef", "GENOMFORD", "nej"),
        ("Miljötillsyn", "Kontroll av att förelägganden följs upp inom utsatt tid", "Ja",
         "Uppföljning saknades i 3 av 25 granskade ärenden.", "Bevakning i Ecos läggs in.",
         "Miljöchef", "GENOMFORD", "ja"),
        ("Bostadsanpassning", "Stickprov av bostadsanpassningsbidrag – beslut och utbetalning överensstämmer",
         None, "Ej aktuellt 2025, bostadsanpassningen är flyttad till Omsorgsnämnden.", None,
         "Handläggare BAB", "UTGAR", ""),
        ("Informationssäkerhet", "Kontroll av behörigheter i Ecos 2 och ByggR", None,
         None, None, "Systemförvaltare", "SAKNAS", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ja",
         "Nej", None, "Ekonom", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, namnd, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av förvaltningschef Karin Wallin 2025-09-09")
    src = os.path.join(tmpdir, "MSN IK delår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Falu Energi & Vatten AB: the bolag reports in English
# ---------------------------------------------------------------------------
def f6():
    fil = "FEV Internal Control Follow-up Interim Report 2025.xlsx"
    namnd = "Falu Energi & Vatten AB"
    wb = new_wb()
    ws = wb.active
    ws.title = "Follow-up Aug 2025"
    widths = [6, 16, 36, 48, 20, 8, 18, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Falu Energi & Vatten AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal control plan 2025 – follow-up, interim report (January–August)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Prepared by: Finance department, 2025-09-05. Approved by the CEO."
    ws["A4"] = "Status: Completed / In progress / Not started / Cancelled"
    ws["A4"].font = Font(italic=True, size=9)
    header = ["Ref", "Process", "Risk description", "Control activity", "Control owner",
              "Risk score", "Status Aug 2025", "Comments"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("B1", "Billing", "Incorrect invoicing of electricity customers",
         "Reconciliation of metered electricity volumes against invoiced volumes",
         "Head of Customer Service", 12, "Completed", "No material differences identified.",
         "GENOMFORD", "nej"),
        ("B2", "Billing", "Unauthorised credit notes",
         "Review of manual adjustments to customer invoices above SEK 10,000",
         "Billing Manager", 9, "Completed",
         "3 adjustments lacked second approval. Routine updated in June.",
         "GENOMFORD", "ja"),
        ("P1", "Purchasing", "Purchases outside framework agreements",
         "Compliance with framework agreements for contractor services",
         "Procurement Manager", 8, "In progress",
         "Sample of Q1–Q2 purchases reviewed without remarks; Q3 pending.",
         "DELVIS", "nej"),
        ("IT1", "IT security", "Former employees keep system access",
         "Quarterly review of user access rights in the billing system",
         "IT Manager", 12, "Completed",
         "Two accounts of former employees were still active – deactivated immediately.",
         "GENOMFORD", "ja"),
        ("W1", "Water", "Drinking water quality not monitored",
         "Follow-up of the drinking water sampling programme according to the control plan",
         "Water Production Manager", 16, "Completed", "All samples taken as planned. No remarks.",
         "GENOMFORD", "nej"),
        ("R1", "Waste", "Incorrect weighing and invoicing of waste",
         "Verification of weighbridge data at Ritarbo recycling centre",
         "Waste Operations Manager", 6, "Not started",
         "Postponed to Q4 due to replacement of the weighbridge system.",
         "EJ_GENOMFORD", ""),
        ("F1", "Finance", "Payments without proper approval",
         "Approval of supplier invoices in accordance with the delegation of authority",
         "CFO", 9, "Completed", None,
         "GENOMFORD", "nej"),
        ("F2", "Projects", "Cost overruns in investment projects",
         "Monitoring of investment projects against approved budget",
         "CFO", 12, "Cancelled",
         "Cancelled by board decision 2025-05-22; covered by the new project office reporting.",
         "UTGAR", ""),
        ("H1", "HR", "Unapproved overtime",
         "Check that overtime is approved in advance by the line manager",
         "HR Manager", 4, None, None,
         "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, namnd, row[3], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Reported to the Board of Directors 2025-09-18.")
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F7  Kommunstyrelsen: Stratsys CSV export (cp1252, ';'), Enhet = förvaltning name
# ---------------------------------------------------------------------------
def f7():
    fil = "Stratsys_export_KS_IK_2025.csv"
    namnd = "Kommunstyrelsen"
    lines = [
        ["Internkontroll 2025 - Uppföljning delår", "", "", "", "", "", ""],
        ["Utskrivet 2025-09-11 08:42", "", "", "", "", "", ""],
        ["Enhet", "Kontrollmoment", "Beskrivning", "Kontrollansvarig", "Period", "Status", "Kommentar"],
    ]
    rows = [
        ("Kontroll av att politiska beslut verkställs inom beslutad tid",
         "Genomgång av beslutsuppföljningslistan", "Kanslichef", "Klar",
         "Genomgång av 34 beslut, 2 beslut har inte verkställts inom beslutad tid.",
         "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Redovisningschef", "Klar", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Kontroll av behörigheter i ekonomisystemet Raindance",
         "Genomgång av behörighetslista", "Systemförvaltare ekonomi", "Klar", "",
         "GENOMFORD", "nej"),
        ("Uppföljning av avtalstrohet – köp utanför avtal",
         "Analys av inköpsdata", "Upphandlingschef", "Pågående",
         "Analys av inköpsdata jan–jun pågår.",
         "DELVIS", "nej"),
        ("Kontroll av att diarieföring sker enligt dokumenthanteringsplanen",
         "Stickprov 30 ärenden", "Arkivarie", "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
        ("Kontroll av löneutbetalningar – stickprov felaktiga utbetalningar",
         "Stickprov 50 lönespecifikationer", "Lönechef", "Klar",
         "Fyra felaktiga utbetalningar av övertidsersättning har korrigerats.",
         "GENOMFORD", "ja"),
        ("Uppföljning av krisberedskapsplanens aktualitet",
         "Genomgång av planen", "Säkerhetschef", "Avbruten",
         "Avbruten enligt KS beslut 2025-04-08 § 77, hanteras i ny ledningsplan.",
         "UTGAR", ""),
        ("Kontroll av förtroendekänsliga poster – representation och resor",
         "Stickprov", "Controller", "Pågående",
         "Resor granskade, en resa saknade beslut om tjänsteresa. Representation återstår.",
         "DELVIS", "ja"),
    ]
    for r in rows:
        lines.append(["Kommunledningsförvaltningen", r[0], r[1], r[2], "Delår 2025", r[3], r[4]])
        exp(fil, namnd, r[0], r[5], r[6])
    with open(out(fil), "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(lines)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F8  Överförmyndarnämnden: follow-up written in an e-mail, saved as .txt
# ---------------------------------------------------------------------------
def f8():
    fil = "SV Uppföljning internkontroll delår 2025 - Överförmyndarnämnden.txt"
    namnd = "Överförmyndarnämnden"
    items = [
        ("Kontroll att samtliga årsräkningar granskats senast 30 juni",
         "Status: Genomförd. 612 av 618 årsräkningar granskades i tid, 6 blev försenade på grund av "
         "kompletteringar.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har giltigt registerutdrag vid förordnande",
         "Status: Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        ("Stickprov av arvodesbeslut mot gällande riktlinjer",
         "Status: Påbörjad, beräknas klar i oktober.", "DELVIS", "nej"),
        ("Kontroll att förteckningar inkommer inom två månader från förordnande",
         "Status: Ej genomförd. Vi har inte haft resurser under sommaren, görs till helår.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att uttag från spärrade konton har överförmyndarens samtycke",
         "Se bifogad fil.", "OKLAR", ""),
    ]
    body = []
    body.append("Från: Maria Ekström <maria.ekstrom@falun.se>")
    body.append("Skickat: den 10 september 2025 14:22")
    body.append("Till: Ekonomiavdelningen <ekonomi@falun.se>")
    body.append("Kopia: Lars Nyberg <lars.nyberg@falun.se>")
    body.append("Ämne: SV: Uppföljning internkontroll delår 2025 - Överförmyndarnämnden")
    body.append("")
    body.append("Hej!")
    body.append("")
    body.append("Här kommer överförmyndarnämndens uppföljning av internkontrollplanen per 31 augusti. "
                "Vi har ingen egen mall så jag skriver direkt i mejlet, hoppas det går bra.")
    body.append("")
    for i, (km, res, st, av) in enumerate(items, 1):
        body.append("%d. %s" % (i, km))
        body.append(res)
        body.append("")
        exp(fil, namnd, km, st, av)
    body.append("Nämnden behandlar uppföljningen på sammanträdet den 24 september.")
    body.append("")
    body.append("Vänliga hälsningar")
    body.append("Maria Ekström")
    body.append("Handläggare, Överförmyndarenheten")
    body.append("Falu kommun")
    body.append("")
    body.append("-----Ursprungligt meddelande-----")
    body.append("Från: Ekonomiavdelningen <ekonomi@falun.se>")
    body.append("Skickat: den 25 augusti 2025 10:03")
    body.append("Till: Nämndernas controllers; Överförmyndarenheten; Bolagen")
    body.append("Ämne: Uppföljning internkontroll delår 2025")
    body.append("")
    body.append("Hej alla!")
    body.append("")
    body.append("Påminnelse: uppföljningen av internkontrollplanerna per 31 augusti ska vara "
                "ekonomiavdelningen tillhanda senast den 12 september. Använd gärna den gemensamma "
                "mallen. Ange för varje kontrollmoment status Genomförd, Delvis genomförd eller "
                "Ej genomförd och beskriv eventuella avvikelser.")
    body.append("")
    body.append("Med vänlig hälsning")
    body.append("Ekonomiavdelningen")
    body.append("")
    with open(out(fil), "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(body) + "\r\n")
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F9  Rejected: the TN economic forecast (no internal-control follow-up)
# ---------------------------------------------------------------------------
def f9():
    fil = "TN ekonomisk prognos delår 2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Prognos aug"
    for i, w in enumerate([30, 14, 14, 14, 16, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Tekniska nämnden – ekonomisk uppföljning delår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    header = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår",
              "Avvikelse mot budget", "Kommentar"]
    for c, h in enumerate(header, 1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    rows = [
        ("Nämnd och administration", 4200, 2650, 4100, "Vakant tjänst under våren."),
        ("Gator och vägar", 68500, 49800, 72300, "Ökade kostnader för vinterväghållning jan–mars."),
        ("Parker och lekplatser", 21400, 13900, 21400, None),
        ("Parkering", -6200, -4600, -6900, "Högre intäkter från kontrollavgifter."),
        ("Enskilda vägar", 3100, 400, 3100, "Bidrag betalas ut i oktober."),
        ("Skog och mark", -1800, -900, -1500, "Lägre virkespriser."),
        ("Fordon och maskiner", 2600, 1950, 2900, "Reparation av hjullastare."),
    ]
    r = 4
    for row in rows:
        ws.cell(row=r, column=1, value=row[0])
        ws.cell(row=r, column=2, value=row[1])
        ws.cell(row=r, column=3, value=row[2])
        ws.cell(row=r, column=4, value=row[3])
        ws.cell(row=r, column=5, value="=B%d-D%d" % (r, r))
        ws.cell(row=r, column=6, value=row[4])
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for c in (2, 3, 4, 5):
        col = get_column_letter(c)
        ws.cell(row=r, column=c, value="=SUM(%s4:%s%d)" % (col, col, r - 1)).font = Font(bold=True)
    ws.cell(row=r + 2, column=1,
            value="Prognosen avser helår 2025 och bygger på utfall t.o.m. augusti. Negativt belopp = intäkt.")
    wb.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def registers():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och samhällsnämnden", "MSN|Miljö- och samhällsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Falu Energi & Vatten AB", "FEV|Falu Energi och Vatten|Falu Energi & Vatten"),
        ("Kopparstaden AB", "Kopparstaden"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r500src_")
    try:
        f1()
        f2()
        f3(tmpdir)
        f4()
        f5(tmpdir)
        f6()
        f7()
        f8()
        f9()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    registers()
    print("files:", len(FILES), "rows in files.csv;", len(EXPECTED), "controls in expected.csv")


if __name__ == "__main__":
    main()
