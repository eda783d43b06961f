#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 561 - Oskarshamns kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TableColumnProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r561_build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round561"
FIXED_DT = datetime.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ---------------------------------------------------------------------------
# 1. Stratsys CSV export: Socialnämnden + Överförmyndarnämnden, rows of 2024 and 2025
# ---------------------------------------------------------------------------
def build_stratsys_csv():
    fil = "Stratsys_export_internkontroll_SOC_2025-09-12.csv"
    header = ["År", "Period", "Organisation", "Process", "Kontrollmoment", "Kontrollmetod",
              "Frekvens", "Ansvarig", "Status", "Kommentar", "Senast uppdaterad"]
    SN = "Socialnämnden"
    OFN = "Överförmyndarnämnden"
    rows = []
    # --- 2024, helår (NOT this year's controls) ---
    rows += [
        ["2024", "Helår", SN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "Två gånger per år", "Controller SOC", "Slutförd",
         "Stickprov 40 fakturor under året. 1 faktura saknade beslutsattest, åtgärdat.", "2025-01-28"],
        ["2024", "Helår", SN, "Ekonomi",
         "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut i Procapita",
         "Stickprov 30 utbetalningar", "Halvår", "Enhetschef försörjningsstöd", "Slutförd",
         "Inga avvikelser.", "2025-01-30"],
        ["2024", "Helår", SN, "Myndighetsutövning",
         "Handläggningstid för utredningar enligt 11 kap. 1 § SoL (barn och unga) inom 4 månader",
         "Uttag ur verksamhetssystem", "Halvår", "Enhetschef barn och familj", "Slutförd",
         "12 av 97 utredningar överskred fyra månader. Handlingsplan framtagen.", "2025-02-03"],
        ["2024", "Helår", SN, "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet (otillbörlig åtkomst)", "Loggutdrag", "Kvartal",
         "Systemförvaltare", "Ej påbörjad", "Loggfunktionen ej tillgänglig efter systembyte.",
         "2025-01-15"],
        ["2024", "Helår", SN, "Personal", "Kontroll av att semesterväxling registrerats korrekt",
         "Stickprov", "Årligen", "HR-specialist", "Slutförd", "Utan anmärkning.", "2025-01-20"],
        ["2024", "Helår", OFN, "Tillsyn", "Granskning av årsräkningar inkomna senast 1 mars",
         "Granskning", "Årligen", "Handläggare överförmyndarenheten", "Slutförd",
         "Samtliga 455 årsräkningar granskade.", "2024-12-18"],
        ["2024", "Helår", OFN, "Ekonomi", "Kontroll av arvodesbeslut mot fastställda riktlinjer",
         "Stickprov 20 arvoden", "Årligen", "Enhetschef överförmyndarenheten", "Slutförd",
         "Inga avvikelser.", "2024-12-18"],
    ]
    # --- 2025, delår (THIS year's controls) ---
    r25 = [
        (SN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov",
         "Två gånger per år", "Controller SOC", "Slutförd",
         "Stickprov 25 fakturor jan–jun. Inga avvikelser.", "2025-08-29",
         "GENOMFORD", "nej"),
        (SN, "Ekonomi", "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut i Procapita",
         "Stickprov 30 utbetalningar", "Halvår", "Enhetschef försörjningsstöd", "Slutförd",
         "Stickprov 30 utbetalningar. 2 utbetalningar saknade dokumenterat beslut; "
         "beslut har dokumenterats i efterhand och rutinen har förtydligats på APT.",
         "2025-09-02", "GENOMFORD", "ja"),
        (SN, "Myndighetsutövning",
         "Handläggningstid för utredningar enligt 11 kap. 1 § SoL (barn och unga) inom 4 månader",
         "Uttag ur verksamhetssystem", "Halvår", "Enhetschef barn och familj", "Pågående",
         "Uppföljning av jan–jun klar: 7 av 52 utredningar överskred fyra månader.\n"
         "Uppföljning av jul–dec görs till helår.", "2025-09-05", "DELVIS", "ja"),
        (SN, "Myndighetsutövning",
         "Kontroll av att Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga ärenden", "Årligen", "Kvalitetsstrateg", "Ej påbörjad",
         "Planeras till november.", "2025-06-10", "EJ_GENOMFORD", ""),
        (SN, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet (otillbörlig åtkomst)",
         "Loggutdrag", "Kvartal", "Systemförvaltare", "Slutförd",
         "Loggkontroll av 40 slumpvis valda personakter. Ingen otillbörlig åtkomst upptäckt.",
         "2025-08-27", "GENOMFORD", "nej"),
        (SN, "Personal",
         "Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning inom LSS",
         "Stickprov 15 anställningar", "Årligen", "HR-specialist", "Försenad",
         "Ej påbörjad p.g.a. vakans HR-konsult, genomförs under hösten.", "2025-08-20",
         "EJ_GENOMFORD", ""),
        (SN, "Avtal", "Uppföljning av avtal med externa HVB-placeringar (avtalstrohet)",
         "Genomgång av placeringar", "Årligen", "Avdelningschef IFO", "Avbruten",
         "Kontrollmomentet utgår enligt SN beslut 2025-04-23 § 58, ersätts av länsgemensam "
         "avtalsuppföljning.", "2025-04-24", "UTGAR", ""),
        (OFN, "Tillsyn", "Granskning av årsräkningar inkomna senast 1 mars", "Granskning",
         "Årligen", "Handläggare överförmyndarenheten", "Pågående",
         "412 av 468 årsräkningar granskade per 31 augusti.", "2025-09-01", "DELVIS", "nej"),
        (OFN, "Tillsyn", "Kontroll av att nya ställföreträdare har lämnat utdrag ur belastningsregistret",
         "Genomgång", "Löpande", "Handläggare överförmyndarenheten", "Slutförd",
         "Samtliga 15 nya ställföreträdare jan–aug kontrollerade.", "2025-09-01",
         "GENOMFORD", "nej"),
        (OFN, "Ekonomi", "Kontroll av arvodesbeslut mot fastställda riktlinjer",
         "Stickprov 20 arvoden", "Årligen", "Enhetschef överförmyndarenheten", "Slutförd",
         "Stickprov 20 arvoden: 1 felaktigt beräknat arvode har korrigerats.", "2025-08-22",
         "GENOMFORD", "ja"),
    ]
    for (org, proc, km, metod, frekv, ansv, status, komm, datum, st, avv) in r25:
        rows.append(["2025", "Delår", org, proc, km, metod, frekv, ansv, status, komm, datum])
        exp(fil, org, km, st, avv)
    # export order: sorted by Organisation, then År, as a system export might
    rows.sort(key=lambda r: (r[2], r[0]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", SN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN workbook with sheets "Instruktion", "T1", "Delår"
# ---------------------------------------------------------------------------
def build_bun_xlsx():
    fil = "BUN_Internkontroll_2025_T1_och_delar.xlsx"
    N = "Barn- och utbildningsnämnden"
    # (nr, process, risk, kontrollmoment, ansvarig, T1 status, T1 komm, Delår status, Delår komm, exp, avv)
    C = [
        (1, "Ekonomi", "Fakturor betalas utan behörig attest",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller BUF",
         "Påbörjad", "Stickprov för jan–mar pågår.",
         "Genomförd", "Stickprov 20 fakturor jan–jun. 1 faktura attesterad av ej behörig "
                      "(vikarierande rektor). Attestförteckningen är uppdaterad.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Inköp utanför avtal",
         "Kontroll av att inköp sker från avtalade leverantörer (avtalstrohet)", "Controller BUF",
         "Ej påbörjad", "",
         "Påbörjad", "Analys av inköp jan–jun i Visma Proceedo pågår.",
         "DELVIS", "nej"),
        (3, "Skolväsende", "Kränkande behandling anmäls inte till huvudman",
         "Anmälan till huvudman om kränkande behandling inom föreskriven tid", "Verksamhetschef grundskola",
         "Genomförd", "Kontroll av 34 ärenden, samtliga anmälda inom 5 dagar.",
         "Genomförd", "Kontroll av 61 ärenden jan–jun. 4 anmälningar gjordes senare än rutinen anger; "
                      "påminnelse till rektorerna.",
         "GENOMFORD", "ja"),
        (4, "Skolväsende", "Hög frånvaro uppmärksammas inte",
         "Uppföljning av elevers frånvaro – rutin för anmälan vid hög frånvaro följs",
         "Elevhälsochef",
         "Påbörjad", "",
         "Påbörjad", "Genomgång klar på 7 av 11 skolenheter.",
         "DELVIS", "nej"),
        (5, "Skolskjuts", "Beslut fattas utan delegation",
         "Skolskjuts – kontroll att beslut om skolskjuts är fattade enligt delegationsordningen",
         "Skolskjutshandläggare",
         "Genomförd", "Kontrollerat inför vårterminen, inga avvikelser.",
         None, "Genomförd under T1, se flik T1.",
         "GENOMFORD", "nej"),
        (6, "Personal", "Olämplig person anställs i verksamhet med barn",
         "Registerutdrag ur belastningsregistret vid anställning inom förskola och skola",
         "HR-partner",
         "Genomförd", "Inga avvikelser.",
         "Genomförd", "Stickprov 25 nyanställningar inför höstterminen, samtliga hade uppvisat utdrag.",
         "GENOMFORD", "nej"),
        (7, "Informationssäkerhet", "Obehöriga har åtkomst till elevuppgifter",
         "Kontroll av behörigheter i lärplattformen (Unikum) vid avslutad anställning",
         "IT-samordnare BUF",
         "Ej påbörjad", "",
         "Ej påbörjad", "Skjuts till T3 p.g.a. byte av IT-samordnare.",
         "EJ_GENOMFORD", ""),
        (8, "Säkerhet", "Brister i brandskyddet upptäcks inte",
         "Systematiskt brandskyddsarbete (SBA) – dokumenterade egenkontroller på samtliga förskolor",
         "Förskolechefer",
         "Påbörjad", "",
         "Utgår", "Utgår enligt BUN beslut 2025-05-20 § 41; ansvaret ligger hos "
                  "Samhällsbyggnadsförvaltningen som fastighetsägare.",
         "UTGAR", ""),
        (9, "Styrning", "Barnets bästa beaktas inte i beslut",
         "Barnkonsekvensanalys i ärenden till nämnden", "Nämndsekreterare",
         "Påbörjad", "Genomgång av vårens nämndärenden pågår.",
         None, "",
         "DELVIS", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb, "Maria Holmberg")
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Internkontrollplan 2025 – instruktion för uppföljning"
    ins["A1"].font = Font(bold=True, size=14)
    lines = [
        "Uppföljningen görs per tertial i respektive flik (T1, Delår). Flik T2/helår läggs till inför bokslut.",
        "Fyll i kolumnen Status med något av alternativen i listan:",
        "   Genomförd – kontrollen är utförd för perioden",
        "   Påbörjad – kontrollen pågår eller är delvis utförd",
        "   Ej påbörjad – kontrollen har inte startat",
        "   Utgår – kontrollen har strukits genom beslut i nämnden",
        "Beskriv resultatet och eventuella avvikelser i kolumnen Kommentar.",
        "Skicka filen till ekonomiavdelningen senast 15 september.",
        "Kontaktperson: Maria Holmberg, controller, Barn- och utbildningsförvaltningen",
    ]
    for i, t in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110

    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]
    widths = [5, 18, 32, 55, 24, 14, 60]
    for sheetname, periodtxt, si, ki in (("T1", "Tertial 1 (januari–april 2025)", 5, 6),
                                         ("Delår", "Delår (januari–augusti 2025)", 7, 8)):
        ws = wb.create_sheet(sheetname)
        ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljningsperiod: " + periodtxt
        ws["A2"].font = Font(italic=True)
        for j, h in enumerate(hdr, start=1):
            c = ws.cell(row=4, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.border = BORDER
            c.alignment = WRAP
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = widths[j - 1]
        dv = DataValidation(type="list", formula1='"Genomförd,Påbörjad,Ej påbörjad,Utgår"',
                            allow_blank=True)
        ws.add_data_validation(dv)
        r = 5
        start_of_proc = {}
        for c_ in C:
            vals = [c_[0], c_[1], c_[2], c_[3], c_[4], c_[si], c_[ki]]
            for j, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=j, value=(v if v not in ("",) else None))
                cell.border = BORDER
                cell.alignment = WRAP
            dv.add(ws.cell(row=r, column=6))
            start_of_proc.setdefault(c_[1], []).append(r)
            r += 1
        # merge process cells spanning consecutive rows of the same process
        for proc, rs in start_of_proc.items():
            if len(rs) > 1 and rs[-1] - rs[0] == len(rs) - 1:
                ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
        ws.freeze_panes = "A5"
        ws.cell(row=r + 1, column=1, value="Ifylld av: Maria Holmberg, controller BUF")
    wb.active = 2
    wb.save(os.path.join(HERE, fil))
    for c_ in C:
        exp(fil, N, c_[3], c_[9], c_[10])
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. KFN Word document, table with ✔ / ✘ in column "OK?"
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_kfn_docx():
    fil = "KFN uppföljning internkontroll delår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.author = "Johan Sundberg"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.title = "Uppföljning internkontroll delår 2025"
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Oskarshamns kommun\tKultur- och fritidsförvaltningen\tDnr KFN 2025/0034"

    p = d.add_paragraph()
    r = p.add_run("Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti",
                    style="Heading 1")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 98). Planen omfattar åtta "
        "kontrollmoment. Nedan redovisas utfallet av de kontroller som är genomförda till och med augusti. "
        "Kontroller som enligt planen ska göras under hösten redovisas i samband med årsbokslutet.")
    lp = d.add_paragraph()
    lp.add_run("Teckenförklaring, kolumn OK?: ").bold = True
    lp.add_run("✔ = kontrollen genomförd utan anmärkning   ✘ = kontrollen genomförd, avvikelse "
               "noterad (se kommentar)   tom ruta = kontrollen ej genomförd under perioden")

    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Metod och frekvens", "Ansvarig", "OK?", "Kommentar"]
    rows = [
        ("1", "Kontanthantering",
         "Kontantkassor på bibliotek och simhall – kassainventering",
         "Oanmäld inventering, 2 ggr/år", "Enhetschef bibliotek / Arena", "✔",
         "Oanmäld kassainventering på Stadsbiblioteket och Arena Oskarshamn i juni. Kassorna stämde.",
         "GENOMFORD", "nej"),
        ("2", "Bidrag",
         "Föreningsbidrag – kontroll att utbetalt aktivitetsstöd motsvarar redovisade sammankomster",
         "Stickprov 10 föreningar, årligen", "Föreningskonsulent", "✘",
         "2 av 10 föreningar hade redovisat sammankomster som inte kunde styrkas med närvarolistor. "
         "Återkrav har skickats.",
         "GENOMFORD", "ja"),
        ("3", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 15 fakturor, halvår", "Controller", "✔",
         "Utan anmärkning.",
         "GENOMFORD", "nej"),
        ("4", "Ekonomi",
         "Uthyrning av lokaler – debitering enligt fastställd taxa",
         "Genomgång av bokningar, halvår", "Bokningsansvarig", "✘",
         "Kontroll av bokningar i Interbook Go jan–jun: 6 bokningar debiterade med fel taxa "
         "(föreningstaxa till privatperson). Rättelsefakturor skickade.",
         "GENOMFORD", "ja"),
        ("5", "Personal",
         "Registerutdrag för ledare i sommarlovsverksamheten",
         "Kontroll av samtliga, inför sommaren", "Fritidsgårdschef", "✔ ✘",
         "Se bilaga 2.",
         "OKLAR", ""),
        ("6", "Kulturarv",
         "Inventering av konstsamlingen (stickprov av konstverk i kommunens lokaler)",
         "Stickprov 30 verk, årligen", "Kulturstrateg", "",
         "Planeras till oktober.",
         "EJ_GENOMFORD", ""),
        ("7", "Informationssäkerhet",
         "Kontroll av behörigheter i bokningssystemet",
         "Behörighetslista, årligen", "Systemförvaltare", "",
         "",
         "SAKNAS", ""),
        ("8", "Service",
         "Efterlevnad av rutin för hantering av synpunkter och klagomål",
         "Genomgång av diariet, halvår", "Nämndsekreterare", "✔",
         "14 synpunkter inkomna jan–aug, samtliga besvarade inom 10 arbetsdagar.",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        c = t.rows[0].cells[j]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row[:7]):
            cells[j].text = v
            if j == 5:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in cells[j].paragraphs[0].runs:
                    run.font.size = Pt(14)
                    if "✘" in v and "✔" not in v:
                        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                    elif "✔" in v and "✘" not in v:
                        run.font.color.rgb = RGBColor(0x00, 0x80, 0x00)
        exp(fil, N, row[2], row[7], row[8])
    widths = [Cm(1.0), Cm(3.2), Cm(6.5), Cm(4.0), Cm(3.5), Cm(1.5), Cm(7.5)]
    for rr in t.rows:
        for j, w in enumerate(widths):
            rr.cells[j].width = w

    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning", style="Heading 2")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Avvikelserna inom "
        "föreningsbidrag och lokaluthyrning har åtgärdats och rutinerna ses över under hösten.")
    d.add_paragraph("Oskarshamn 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, Kultur- och fritidsförvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. SBN .ods – status only as fill colour, legend below
# ---------------------------------------------------------------------------
def build_sbn_ods():
    fil = "SBN_IK-uppfoljning_delar2025.ods"
    N = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    GREEN, YELLOW, RED, GREY = "#00b050", "#ffc000", "#ff0000", "#a6a6a6"

    def cellstyle(name, bg=None, bold=False, wrap=True, size=None, border=True):
        st = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        if border:
            kw["border"] = "0.06pt solid #808080"
        st.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if size:
            tk["fontsize"] = size
        if tk:
            st.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(st)
        return st

    s_title = cellstyle("title", bold=True, size="14pt", wrap=False, border=False)
    s_sub = cellstyle("sub", wrap=False, border=False)
    s_hdr = cellstyle("hdr", bg="#d9d9d9", bold=True)
    s_proc = cellstyle("proc", bg="#ddebf7", bold=True)
    s_txt = cellstyle("txt")
    s_plain = cellstyle("plain", wrap=False, border=False)
    s_bold = cellstyle("boldplain", bold=True, wrap=False, border=False)
    fills = {"G": cellstyle("stG", bg=GREEN), "Y": cellstyle("stY", bg=YELLOW),
             "R": cellstyle("stR", bg=RED), "X": cellstyle("stX", bg=GREY), None: s_txt}

    colw = ["4.2cm", "7.5cm", "4.5cm", "3.8cm", "1.8cm", "8.5cm"]
    table = Table(name="Uppföljning delår")
    for i, w in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def row(values, styles, span_first=None):
        tr = TableRow()
        for k, (v, st) in enumerate(zip(values, styles)):
            if span_first and k > 0 and k < span_first:
                tr.addElement(CoveredTableCell())
                continue
            kw = {"stylename": st}
            if span_first and k == 0:
                kw["numbercolumnsspanned"] = span_first
            tc = TableCell(valuetype="string", **kw) if v else TableCell(**kw)
            if v:
                for line in v.split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    blank = ["", "", "", "", "", ""]
    row(["Samhällsbyggnadsnämnden", "", "", "", "", ""], [s_title] + [s_plain] * 5)
    row(["Internkontrollplan 2025 – uppföljning delår (januari–augusti)", "", "", "", "", ""],
        [s_sub] + [s_plain] * 5)
    row(["Samhällsbyggnadsförvaltningen, 2025-09-08", "", "", "", "", ""], [s_sub] + [s_plain] * 5)
    row(blank, [s_plain] * 6)
    row(["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"], [s_hdr] * 6)

    data = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
             "Ekonom SBF", "G", "Stickprov 20 fakturor utan anmärkning.", "GENOMFORD", "nej"),
            ("Kontroll av fakturering av VA-anslutningsavgifter", "Avstämning mot anslutna fastigheter",
             "Ekonom VA", "G", "3 av 24 nya anslutningar var inte fakturerade. Fakturor skickade i juni.",
             "GENOMFORD", "ja"),
        ]),
        ("Upphandling", [
            ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av inköp", "Upphandlare", "Y",
             "Genomgång av januari–juni klar utan anmärkning, juli–december kontrolleras till helår.",
             "DELVIS", "nej"),
            ("Avtalstrohet vid inköp av entreprenadtjänster (ramavtal gata/park)",
             "Analys av leverantörsreskontra", "Enhetschef gata/park", "R",
             "Ej genomförd, resursbrist på upphandlingsenheten under våren.", "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet", [
            ("Systematiskt brandskyddsarbete i kommunens fastigheter – egenkontroller utförda och dokumenterade",
             "Kontroll i fastighetssystemet", "Fastighetschef", "Y",
             "Egenkontroller dokumenterade för 31 av 44 objekt.\nBrister på 2 objekt har åtgärdats.",
             "DELVIS", "ja"),
            ("Lagstadgade besiktningar (OVK, hiss) genomförs i tid", "Besiktningsprotokoll",
             "Drifttekniker", "G", "Samtliga besiktningar utförda enligt plan.", "GENOMFORD", "nej"),
        ]),
        ("Gata/park", [
            ("Kontroll av att grävtillstånd finns för schakt i allmän platsmark",
             "Stickprov mot ledningsägares anmälningar", "Trafikingenjör", "X",
             "Utgår efter beslut i SBN 2025-03-12 § 22, ersätts av kontroll i nytt ärendesystem.",
             "UTGAR", ""),
            ("Vinterväghållning – kontroll av entreprenörens utryckningstider mot avtal",
             "Körjournaler", "Enhetschef gata/park", "G",
             "Säsongen 2024/25 kontrollerad: 4 utryckningar försenade, vite har debiterats.",
             "GENOMFORD", "ja"),
        ]),
        ("Vatten och avlopp", [
            ("Provtagning av dricksvatten enligt kontrollprogram", "Provtagningsprotokoll",
             "Processingenjör", "G", "Samtliga prover tagna enligt program, inga otjänliga prover.",
             "GENOMFORD", "nej"),
            ("Kontroll av behörigheter i driftövervakningssystemet (SCADA)", "Behörighetslista",
             "Systemansvarig VA", None, "", "SAKNAS", ""),
            ("Felanmälningar i Infracontrol åtgärdas inom utlovad tid", "Uttag ur Infracontrol",
             "Driftchef", None, "Pågår, rapport klar i oktober.", "DELVIS", "nej"),
        ]),
    ]
    for proc, ctrls in data:
        row([proc, "", "", "", "", ""], [s_proc] * 6, span_first=6)
        for (km, metod, ansv, col, komm, st, avv) in ctrls:
            row([proc, km, metod, ansv, "", komm],
                [s_txt, s_txt, s_txt, s_txt, fills[col], s_txt])
            exp(fil, N, km, st, avv)
    row(blank, [s_plain] * 6)
    row(["Färgförklaring status:", "", "", "", "", ""], [s_bold] + [s_plain] * 5)
    for col, label in (("G", "Genomförd"), ("Y", "Pågår / delvis genomförd"),
                       ("R", "Ej genomförd"), ("X", "Utgår")):
        tr = TableRow()
        tr.addElement(TableCell(stylename=fills[col]))
        tc = TableCell(valuetype="string", stylename=s_plain)
        tc.addElement(P(text=label))
        tr.addElement(tc)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. KS workbook with process headings and summary rows
# ---------------------------------------------------------------------------
def build_ks_xlsx():
    fil = "KS_Uppföljning_internkontroll_delår_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb, "Lena Ek")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser: delårsbokslut per 2025-08-31"
    ws["A3"] = "Kommunledningsförvaltningen, ekonomiavdelningen"
    hdr = ["Process", "Kontrollmoment", "Riskvärde\n(S × K)", "Ansvarig",
           "Genomförd\n(Ja/Nej/Delvis)", "Resultat / iakttagelser", "Åtgärd"]
    widths = [16, 52, 11, 22, 15, 55, 35]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = widths[j - 1]
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", 9, "Redovisningschef", "Ja",
             "Stickprov 30 fakturor. Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("Kontroll av representation och förtroendekänsliga poster (syfte och deltagare dokumenterade)",
             12, "Controller KS", "Ja",
             "Stickprov 15 verifikationer, 3 saknade deltagarförteckning.",
             "Påminnelse till budgetansvariga om riktlinjen för representation.", "GENOMFORD", "ja"),
            ("Avstämning av balanskonton månadsvis", 6, "Redovisningsekonom", "Ja",
             "Avstämning gjord för januari–juli utan anmärkning.", "", "GENOMFORD", "nej"),
            ("Kontroll av ändrade leverantörsuppgifter (bankkonto) mot bedrägeriförsök", 16,
             "Redovisningschef", "Delvis",
             "Ny rutin med kontroll av ändringar infördes i maj. Ändringar januari–april har ännu inte "
             "kontrollerats.", "Efterkontroll jan–apr görs i oktober.", "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet", 12,
             "Lönechef", "Ja",
             "Kontroll mot HR-underlag. 1 felaktig slutlön har upptäckts och återkrävts.",
             "Rutin för avslut uppdaterad.", "GENOMFORD", "ja"),
            ("Rätt ersättning för OB och övertid enligt kollektivavtal", 8, "Lönechef", "Nej",
             "Ej genomförd, skjuts till hösten p.g.a. byte av lönesystem.", "", "EJ_GENOMFORD", ""),
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden dokumenteras i Adato", 9,
             "HR-chef", "Ja",
             "Samtliga ärenden med mer än 14 dagars sjukfrånvaro hade påbörjad rehabiliteringsplan.",
             "", "GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("Behörighetskontroll i ekonomisystemet (Raindance) – avslutade användare", 12,
             "Systemförvaltare ekonomi", "Ja",
             "4 användare hade kvar behörighet trots avslutad anställning. Behörigheterna är borttagna.",
             "Koppling till HR-systemet utreds.", "GENOMFORD", "ja"),
            ("Test av återläsning av säkerhetskopior", 8, "IT-chef", "Nej",
             "Utgår – hanteras av IT-driften i det regionala samarbetet enligt beslut KS 2025-02-04 § 17.",
             "", "UTGAR", ""),
            ("Informationssäkerhetsutbildning för nyanställda genomförd", 6, "Informationssäkerhetssamordnare",
             "Delvis", "Genomgång av deltagarlistor pågår, resultat redovisas vid helår.", "",
             "DELVIS", "nej"),
        ]),
        ("Upphandling", [
            ("Direktupphandlingar dokumenteras enligt riktlinjer för direktupphandling", 12,
             "Upphandlingschef", "Ja",
             "Stickprov 10 direktupphandlingar, 2 saknade dokumentation.",
             "Utbildning för beställare planerad i oktober.", "GENOMFORD", "ja"),
            ("Kontroll av att avtal finns för leverantörer med inköp över 700 000 kr", 9,
             "Upphandlingschef", "Ja", "Samtliga leverantörer hade giltigt avtal.", "",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    tot_done = tot = 0
    for proc, ctrls in groups:
        ws.cell(row=r, column=1, value=proc).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        done = 0
        for (km, risk, ansv, gen, res, atg, st, avv) in ctrls:
            vals = [proc, km, risk, ansv, gen, res, atg or None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if gen == "Ja":
                done += 1
            exp(fil, N, km, st, avv)
            r += 1
        c = ws.cell(row=r, column=1,
                    value="Summa %s: %d av %d genomförda" % (proc, done, len(ctrls)))
        c.font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        r += 2
        tot_done += done
        tot += len(ctrls)
    c = ws.cell(row=r, column=1, value="Totalt: %d av %d kontrollmoment genomförda" % (tot_done, tot))
    c.font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(row=r + 2, column=1,
            value="Uppföljningen har stämts av med kommundirektören 2025-09-09. Lena Ek, controller.")
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Oskarshamns kommun – Kommunstyrelsen"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 6. Förbund: Sydarkivera – Word document with text only
# ---------------------------------------------------------------------------
def build_sydarkivera_docx():
    fil = "Sydarkivera - uppföljning intern kontroll delår 2025.docx"
    N = "Kommunalförbundet Sydarkivera"
    d = docx.Document()
    d.core_properties.author = "Sydarkivera kansli"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kommunalförbundet Sydarkivera\t\tDnr 2025/112"
    d.add_paragraph("Tjänsteskrivelse").runs[0].bold = True
    d.add_paragraph("Uppföljning av intern kontroll 2025 – delår januari–augusti", style="Title")
    d.add_paragraph("Förbundsstyrelsen, sammanträde 2025-09-25")
    d.add_paragraph("Bakgrund", style="Heading 1")
    d.add_paragraph(
        "Förbundsstyrelsen fastställde internkontrollplanen för 2025 den 28 november 2024. Enligt "
        "förbundets reglemente för intern kontroll ska planen följas upp i samband med delårsrapporten "
        "och årsredovisningen. Uppföljningen lämnas även till medlemskommunerna, däribland "
        "Oskarshamns kommun, för kännedom.")
    d.add_paragraph("Uppföljning per kontrollmoment", style="Heading 1")
    items = [
        ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Kontrollen genomförd i juni. 20 fakturor granskades utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Leveranser till e-arkivet",
         "Leveranser av e-arkiv från medlemskommunerna registreras och kvitteras inom 30 dagar",
         "Delvis genomförd. 11 av 14 leveranser under perioden kvitterades inom 30 dagar. Tre leveranser "
         "blev försenade på grund av tekniska problem vid import; problemet är åtgärdat. Resterande "
         "leveranser kontrolleras vid helår.",
         "DELVIS", "ja"),
        ("Gallring", "Gallring sker enligt medlemmarnas dokumenthanteringsplaner",
         "Kontrollen har inte genomförts under perioden och planeras till hösten.",
         "EJ_GENOMFORD", ""),
        ("Behörigheter", "Behörigheter i e-arkivet följs upp två gånger per år",
         "Den första av två uppföljningar genomfördes i april. Två konton för tidigare konsulter var "
         "fortfarande aktiva och har inaktiverats. Nästa uppföljning görs i november.",
         "DELVIS", "ja"),
        ("Medlemsavgifter", "Fakturering av medlemsavgifter enligt förbundsordningen",
         "Genomförd. Avgifterna för 2025 fakturerades i januari enligt beslutad fördelning, utan avvikelser.",
         "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Informationssäkerhetsincidenter rapporteras och dokumenteras",
         "Se bilaga 3, incidentrapport.",
         "OKLAR", ""),
    ]
    for i, (head, km, res, st, avv) in enumerate(items, start=1):
        d.add_paragraph("%d. %s" % (i, head), style="Heading 2")
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, st, avv)
    d.add_paragraph("Sammanfattande bedömning", style="Heading 1")
    d.add_paragraph(
        "Förbundsdirektören bedömer att den interna kontrollen i huvudsak är tillräcklig. Kvarstående "
        "kontroller genomförs under hösten och redovisas i årsredovisningen.")
    d.add_paragraph("Förslag till beslut", style="Heading 1")
    d.add_paragraph("Förbundsstyrelsen godkänner uppföljningen av intern kontroll för delår 2025.")
    d.add_paragraph("Växjö 2025-09-11")
    d.add_paragraph("Förbundsdirektör")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. MBN – easy legacy .xls (built as xlsx, converted with LibreOffice)
# ---------------------------------------------------------------------------
def build_mbn_xls():
    fil = "MBN internkontroll uppföljning delår 2025.xls"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb, "Per Nilsson")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan – delår 2025"
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for col, w in zip("ABCD", (60, 22, 14, 60)):
        ws.column_dimensions[col].width = w
    C = [
        ("Debitering av tillsynsavgifter enligt taxa för miljöbalkens område", "Miljöchef",
         "Genomförd", "Stickprov 20 ärenden, rätt taxa i samtliga.", "GENOMFORD", "nej"),
        ("Handläggningstid för bygglov (10 veckor) hålls", "Bygglovschef", "Genomförd",
         "94 % inom 10 veckor. 8 ärenden överskred tiden och avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Genomförd", "Utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Jäv – kontroll av att handläggare inte handlägger ärenden där jäv föreligger",
         "Förvaltningschef", "Pågår", "Stickprov påbörjat.", "DELVIS", "nej"),
        ("Livsmedelskontroll genomförs enligt fastställd kontrollplan", "Miljöchef", "Ej genomförd",
         "Uppföljningen av kontrollplanen görs vid helår.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att inkomna bygglovsärenden diarieförs inom 2 dagar", "Registrator", "Utgår", "",
         "UTGAR", ""),
    ]
    for i, c_ in enumerate(C, start=5):
        for j, v in enumerate(c_[:4], start=1):
            cell = ws.cell(row=i, column=j, value=v or None)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, c_[0], c_[4], c_[5])
    src = os.path.join(TMP, "MBN internkontroll uppföljning delår 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", "xls:MS Excel 97",
                    "--outdir", TMP, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(TMP, fil), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel lock file of the KS workbook (owner file "~$...")
# ---------------------------------------------------------------------------
def build_lockfile(ks_fil):
    fil = "~$" + ks_fil[2:]
    user = "Lena Ek"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(55, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Kommunalförbundet Sydarkivera", "Sydarkivera|Förbundsstyrelsen Sydarkivera"),
        ("Oskarshamnshem AB", "Oskarshamnshem|OHEM"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in "".join(r) and "\n" not in "".join(r), r
            f.write(";".join(r) + "\n")


def main():
    os.makedirs(TMP, exist_ok=True)
    build_stratsys_csv()
    build_bun_xlsx()
    build_kfn_docx()
    build_sbn_ods()
    ks = build_ks_xlsx()
    build_sydarkivera_docx()
    build_mbn_xls()
    build_lockfile(ks)
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
