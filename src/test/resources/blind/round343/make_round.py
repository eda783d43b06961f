#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r343 - Ljungdala kommun, delår 2025 inbox.

Builds every file of the round plus namnder.csv, files.csv, expected.csv
directly in this folder.  Run with:  /usr/bin/python3 make_round.py
"""
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
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, TableColumnProperties,
                       TableCellProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round343"
FIXED = datetime.datetime(2025, 9, 15, 8, 30, 0)

files_rows = []      # fil;utfall;nämnd;år;period
expected_rows = []   # fil;nämnd;kontrollmoment;status;avvikelse


def out(name):
    return os.path.join(HERE, name)


def add_expected(fil, namnd, controls):
    """controls: list of dicts with keys km, st, av"""
    for c in controls:
        expected_rows.append([fil, namnd, c["km"], c["st"], c["av"]])


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def fix_xlsx_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknikförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Ljungdala Bostäder AB", "LBAB|Ljungdalabostäder|Ljungdala Bostäder"),
]


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - plain xlsx, status words (easy)
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_uppfoljning_internkontroll_delar_2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Ljungdala kommun"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Upprättad 2025-09-12 av Karin Wennberg, controller, Kommunledningsförvaltningen"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status", "Kommentar / resultat"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP

    groups = [
        ("Ekonomi", [
            ("1.1", "Inköp och betalning",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor ur Raindance", "Redovisningschef", "Genomförd",
             "2 av 30 fakturor saknade andra attest (belopp över 50 tkr). Påminnelse om attestordningen skickad till samtliga attestanter.",
             "GENOMFORD", "ja"),
            ("1.2", "Inköp och betalning",
             "Representation och förtroendekänsliga poster följer kommunens riktlinje",
             "Genomgång av samtliga representationsfakturor jan–jun", "Ekonomichef", "Genomförd",
             "Inga avvikelser noterade.", "GENOMFORD", "nej"),
            ("1.3", "Upphandling",
             "Avtalstrohet vid inköp av förbrukningsmaterial",
             "Leverantörsanalys i Raindance, stickprov", "Upphandlingschef", "Pågår",
             "Stickprov för januari–juni klart, juli–augusti granskas i september.",
             "DELVIS", ""),
        ]),
        ("Personal", [
            ("2.1", "Lön",
             "Löneutbetalningar vid avslutad anställning stoppas i tid",
             "Avstämning avslutade anställningar mot lönekörning", "HR-chef", "Genomförd",
             "En felaktig utbetalning (juni) har upptäckts och återkrävts.",
             "GENOMFORD", "ja"),
            ("2.2", "Bisysslor",
             "Bisysslor är anmälda och prövade enligt riktlinjen",
             "Enkät till chefer", "HR-chef", "Ej påbörjad",
             "Planeras till oktober i samband med medarbetarsamtal.",
             "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörighetshantering",
             "Behörigheter i ekonomisystemet stäms av mot aktuell personal",
             "Utdrag behörighetslista, avstämning mot HR-system", "Systemförvaltare", "Genomförd",
             "Avstämning gjord i maj. Tre konton för avslutad personal var fortfarande aktiva och har stängts.",
             "GENOMFORD", "ja"),
            ("3.2", "Behörighetshantering",
             "Loggkontroll i ärendehanteringssystemet",
             "Granskning av loggar", "IT-chef", "Utgår",
             "Utgår enligt beslut KS 2025-04-09 § 61, ersätts av kommungemensamt projekt.",
             "UTGAR", ""),
            ("3.3", "Dokumenthantering",
             "Diarieföring av inkommande handlingar sker inom fem arbetsdagar",
             "Stickprov 20 handlingar", "Kanslichef", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 7
    controls = []
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            controls.append({"km": row[2], "st": row[7], "av": row[8]})
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Sammanställning").font = Font(bold=True)
    ws.cell(row=r + 1, column=2, value="Genomförda: 4   Pågår: 1   Ej påbörjade: 1   Utgår: 1   Ej rapporterade: 1")
    ws.cell(row=r + 3, column=2, value="Fastställd av förvaltningsledningen 2025-09-12")
    for col, w in zip("ABCDEFG", [6, 22, 46, 34, 18, 13, 60]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb, "Karin Wennberg")
    wb.save(out(fil))
    files_rows.append([fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"])
    add_expected(fil, "Kommunstyrelsen", controls)


# ---------------------------------------------------------------------------
# F2  BUN follow-up - docx, one table per process, symbols with legend
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    d = docx.Document()
    fix_docx_props(d, "Maria Lindqvist")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tTjänsteskrivelse\tDnr BUN 2025/118"
    d.add_paragraph("LJUNGDALA KOMMUN").runs[0].bold = True
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). "
        "Planen omfattar sju kontrollmoment fördelade på tre processer. Uppföljningen avser perioden "
        "januari–augusti 2025. Tre kontrollmoment är genomförda, två visar avvikelser som redovisas nedan "
        "och ett kontrollmoment har flyttats till hösten.")
    d.add_heading("Resultat per process", level=2)

    procs = [
        ("Process: Skolpliktsbevakning", [
            ("Uppföljning av elever med problematisk frånvaro enligt rutin",
             "Stickprov 10 elever per skolenhet\nGranskning av dokumentation i elevhälsojournal",
             "Rutinen följs på 7 av 8 skolenheter. Ljungskolan saknade dokumenterade åtgärder för 3 elever. Rektor har fått i uppdrag att komplettera.",
             "◐", "DELVIS", "ja"),
            ("Skolpliktsbevakning för elever folkbokförda i kommunen men inskrivna i annan kommun",
             "Registerkontroll mot folkbokföring",
             "Kontroll genomförd i mars. Samtliga elever har kunnat placeras.",
             "●", "GENOMFORD", "nej"),
        ]),
        ("Process: Trygghet och studiero", [
            ("Anmälan om kränkande behandling rapporteras till huvudman inom föreskriven tid",
             "Genomgång av samtliga anmälningar januari–juni",
             "112 anmälningar, varav 19 rapporterades senare än fem arbetsdagar. Information till rektorer på ledningsgrupp i augusti.",
             "●", "GENOMFORD", "ja"),
            ("Elevhälsans journalföring sker enligt patientdatalagen",
             "Stickprov 5 journaler per skolsköterska",
             "Granskningen är flyttad till hösten på grund av vakant tjänst som verksamhetschef för elevhälsan.",
             "○", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Ekonomi och administration", [
            ("Interkommunala ersättningar faktureras och betalas enligt beslutade belopp",
             "Avstämning mot elevregister och prislista",
             "Inga avvikelser.",
             "●", "GENOMFORD", "nej"),
            ("Kontroll av inköp via kommunens e-handelssystem",
             "Stickprov",
             "Utgår för nämnden – ingår i kommunstyrelsens kommungemensamma kontroll.",
             "–", "UTGAR", ""),
            ("Underlag för statsbidrag för modersmålsundervisning är korrekta",
             "Avstämning närvaro mot ansökan",
             "Se bilaga 3.",
             "", "OKLAR", ""),
        ]),
    ]
    controls = []
    for pname, rows in procs:
        p = d.add_paragraph()
        p.add_run(pname).bold = True
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Genomförande", "Resultat och kommentar", "Status"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for km, gm, res, sym, st, av in rows:
            cells = t.add_row().cells
            cells[0].text = km
            # multi-line cell: separate paragraphs
            lines = gm.split("\n")
            cells[1].text = lines[0]
            for ln in lines[1:]:
                cells[1].add_paragraph(ln)
            cells[2].text = res
            cells[3].text = sym
            cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            controls.append({"km": km, "st": st, "av": av})
        for row in t.rows:
            row.cells[0].width = Cm(5.0)
            row.cells[1].width = Cm(4.0)
            row.cells[2].width = Cm(6.5)
            row.cells[3].width = Cm(1.5)
        d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("● Genomförd   ◐ Delvis genomförd/pågår   ○ Ej genomförd   – Utgår")
    d.add_paragraph("Bilaga 3: Avstämning modersmål VT 2025 (skickas separat).")
    d.add_paragraph()
    d.add_paragraph("Maria Lindqvist\nFörvaltningschef")
    d.save(out(fil))
    files_rows.append([fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"])
    add_expected(fil, "Barn- och utbildningsnämnden", controls)


# ---------------------------------------------------------------------------
# P1  BUN adopted plan 2025 - docx (no follow-up)
# ---------------------------------------------------------------------------
def make_bun_plan():
    fil = "BUN Internkontrollplan 2025 antagen.docx"
    d = docx.Document()
    fix_docx_props(d, "Maria Lindqvist")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Internkontrollplan 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, Ljungdala kommun")
    d.add_paragraph("Antagen av barn- och utbildningsnämnden 2024-12-11, § 142. Uppföljning rapporteras till nämnden "
                    "i samband med delårsrapport och årsredovisning.")
    hdr = ["Process", "Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapportering"]
    rows = [
        ("Skolpliktsbevakning", "Elever med hög frånvaro uppmärksammas inte", "3", "4", "12",
         "Uppföljning av elever med problematisk frånvaro enligt rutin", "Stickprov 10 elever per skolenhet",
         "1 gång/termin", "Skolchef", "Delår, helår"),
        ("Skolpliktsbevakning", "Elev fullgör inte skolplikt", "2", "4", "8",
         "Skolpliktsbevakning för elever folkbokförda i kommunen men inskrivna i annan kommun",
         "Registerkontroll", "1 gång/år", "Utredare", "Delår"),
        ("Trygghet och studiero", "Kränkningar utreds inte skyndsamt", "3", "4", "12",
         "Anmälan om kränkande behandling rapporteras till huvudman inom föreskriven tid",
         "Genomgång av anmälningar", "2 gånger/år", "Skolchef", "Delår, helår"),
        ("Trygghet och studiero", "Bristande patientsäkerhet", "2", "3", "6",
         "Elevhälsans journalföring sker enligt patientdatalagen", "Stickprov", "1 gång/år",
         "Verksamhetschef elevhälsa", "Helår"),
        ("Ekonomi och administration", "Felaktiga ersättningar", "2", "3", "6",
         "Interkommunala ersättningar faktureras och betalas enligt beslutade belopp", "Avstämning",
         "2 gånger/år", "Controller", "Delår, helår"),
        ("Ekonomi och administration", "Inköp utanför avtal", "3", "2", "6",
         "Kontroll av inköp via kommunens e-handelssystem", "Stickprov", "1 gång/år", "Controller", "Helår"),
        ("Ekonomi och administration", "Återbetalning av statsbidrag", "2", "3", "6",
         "Underlag för statsbidrag för modersmålsundervisning är korrekta", "Avstämning", "1 gång/år",
         "Administrativ chef", "Delår"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph()
    d.add_paragraph("S = sannolikhet (1–4), K = konsekvens (1–4). Riskvärde = S × K.")
    d.save(out(fil))
    files_rows.append([fil, "INLAST", "Barn- och utbildningsnämnden", "2025", ""])


# ---------------------------------------------------------------------------
# F3  Socialnämnden - xlsx, traffic-light fills, T1 / Delår / Helår columns
# ---------------------------------------------------------------------------
GREEN = "92D050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"


def make_sn():
    fil = "SN IKP 2025 uppföljning T1+delår.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025, uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning T1 (jan–apr) och delår (jan–aug). Helår fylls i inför bokslut."
    # legend
    ws["A3"] = "Färgkod status:"
    ws["A3"].font = Font(bold=True)
    leg = [("B3", GREEN, "Genomförd"), ("D3", YELLOW, "Delvis genomförd / pågår"),
           ("F3", RED, "Ej genomförd"), ("H3", GREY, "Utgår")]
    for ref, col, txt in leg:
        c = ws[ref]
        c.fill = PatternFill("solid", fgColor=col)
        c.border = BORDER
        nxt = ws.cell(row=c.row, column=c.column + 1, value=txt)
        nxt.font = Font(size=9)

    # two-level header rows 5-6
    top = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig"]
    for i, h in enumerate(top, 1):
        ws.cell(row=5, column=i, value=h)
        ws.merge_cells(start_row=5, start_column=i, end_row=6, end_column=i)
    for start, lab in [(7, "T1"), (9, "Delår"), (11, "Helår")]:
        ws.cell(row=5, column=start, value=lab)
        ws.merge_cells(start_row=5, start_column=start, end_row=5, end_column=start + 1)
        ws.cell(row=6, column=start, value="Resultat/kommentar")
        ws.cell(row=6, column=start + 1, value="Status")
    for r in (5, 6):
        for col in range(1, 13):
            c = ws.cell(row=r, column=col)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")

    # (nr, process, risk, rv, km, ansv, t1text, t1fill, dtext, dfill, st, av)
    data = [
        ("1", "Ekonomiskt bistånd", "Felaktiga utbetalningar", 12,
         "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i verksamhetssystemet",
         "Enhetschef försörjningsstöd",
         "Stickprov 20 ärenden, inga avvikelser.", GREEN,
         "Stickprov 20 ärenden. 1 ärende utbetalt dubbelt i juni, beloppet återkrävt.", GREEN,
         "GENOMFORD", "ja"),
        ("2", None, "Bidragsbrott upptäcks inte", 9,
         "Hushållens inkomster stäms av via SSBTEK vid nyansökan",
         "Enhetschef försörjningsstöd",
         "Påbörjad.", YELLOW,
         "Avstämning görs i samtliga nyansökningar. Inga avvikelser.", GREEN,
         "GENOMFORD", "nej"),
        ("3", "Barn och unga", "Barn i behov av skydd uppmärksammas inte i tid", 16,
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Enhetschef barn och unga",
         "88 % inom tid.", YELLOW,
         "91 % inom 14 dagar. 9 ärenden överskred tiden, samtliga under sommaren.", YELLOW,
         "DELVIS", "ja"),
        ("4", None, "Placerade barns behov tillgodoses inte", 12,
         "Uppföljning av placerade barn enligt SoL 6 kap. 7 b §",
         "Enhetschef barn och unga",
         None, None,
         "Ej genomförd p.g.a. hög personalomsättning. Genomförs under T3.", RED,
         "EJ_GENOMFORD", ""),
        ("5", "Hot och våld", "Medarbetare skadas", 8,
         "Handlingsplan vid hot och våld är känd i samtliga arbetsgrupper (APT)",
         "Förvaltningschef",
         "Genomgång på APT klar inom IFO, återstår för öppenvården.", YELLOW,
         None, None,
         "DELVIS", ""),
        ("6", "Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter", 12,
         "Loggkontroll i verksamhetssystemet – otillbörlig åtkomst",
         "Systemförvaltare",
         None, None,
         "Loggkontroll av 40 slumpvis valda ärenden. Ingen otillbörlig åtkomst upptäcktes.", GREEN,
         "GENOMFORD", "nej"),
        ("7", None, "Sekretessuppgift lämnas ut felaktigt", 6,
         "Utlämnande av allmän handling föregås av sekretessprövning",
         "Nämndsekreterare",
         None, None,
         "Utgår enligt beslut SN 2025-03-19 § 34 (ingår i kommunens granskning av registratur).", GREY,
         "UTGAR", ""),
        ("8", "Delegation", "Beslut fattas utan befogenhet", 6,
         "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare",
         "Anmäls månadsvis.", GREEN,
         None, GREEN,
         "GENOMFORD", ""),
    ]
    r = 7
    controls = []
    proc_start = {}
    for row in data:
        nr, proc, risk, rv, km, ansv, t1t, t1f, dt, df, st, av = row
        vals = [nr, proc, risk, rv, km, ansv, t1t, None, dt, None, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if t1f:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=t1f)
        if df:
            ws.cell(row=r, column=10).fill = PatternFill("solid", fgColor=df)
        controls.append({"km": km, "st": st, "av": av})
        r += 1
    # merge process cells vertically (process spans several controls)
    ws.merge_cells("B7:B8")
    ws.merge_cells("B9:B10")
    ws.merge_cells("B12:B13")
    for col, w in zip("ABCDEFGHIJKL", [5, 18, 26, 9, 42, 20, 30, 8, 42, 8, 26, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "G7"
    ws.oddHeader.right.text = "Socialförvaltningen"
    fix_xlsx_props(wb, "Socialförvaltningen")
    wb.save(out(fil))
    files_rows.append([fil, "INLAST", "Socialnämnden", "2025", "DELAR"])
    add_expected(fil, "Socialnämnden", controls)


# ---------------------------------------------------------------------------
# P2  SN adopted plan - xlsx with "rapporteras" x-columns (no follow-up)
# ---------------------------------------------------------------------------
def make_sn_plan():
    fil = "SN Internkontrollplan 2025 beslutad 2024-12-18.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Beslutad av socialnämnden 2024-12-18 § 201"
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Metod", "Ansvarig", "T1", "Delår", "Helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BORDER
    ws.cell(row=3, column=9, value="Rapporteras")
    ws.merge_cells("I3:K3")
    rows = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 3, 4,
         "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut i verksamhetssystemet",
         "Stickprov 20 ärenden", "Enhetschef försörjningsstöd", "x", "x", "x"),
        ("Ekonomiskt bistånd", "Bidragsbrott upptäcks inte", 3, 3,
         "Hushållens inkomster stäms av via SSBTEK vid nyansökan", "Avstämning",
         "Enhetschef försörjningsstöd", "x", "x", "x"),
        ("Barn och unga", "Barn i behov av skydd uppmärksammas inte i tid", 4, 4,
         "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Statistik ur verksamhetssystem",
         "Enhetschef barn och unga", "x", "x", "x"),
        ("Barn och unga", "Placerade barns behov tillgodoses inte", 3, 4,
         "Uppföljning av placerade barn enligt SoL 6 kap. 7 b §", "Stickprov 10 ärenden",
         "Enhetschef barn och unga", "", "x", "x"),
        ("Hot och våld", "Medarbetare skadas", 2, 4,
         "Handlingsplan vid hot och våld är känd i samtliga arbetsgrupper (APT)", "Protokoll APT",
         "Förvaltningschef", "x", "x", ""),
        ("Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter", 3, 4,
         "Loggkontroll i verksamhetssystemet – otillbörlig åtkomst", "Loggutdrag",
         "Systemförvaltare", "", "x", "x"),
        ("Informationssäkerhet", "Sekretessuppgift lämnas ut felaktigt", 2, 3,
         "Utlämnande av allmän handling föregås av sekretessprövning", "Stickprov",
         "Nämndsekreterare", "", "x", ""),
        ("Delegation", "Beslut fattas utan befogenhet", 2, 3,
         "Delegationsbeslut anmäls till nämnden", "Protokollsgranskning",
         "Nämndsekreterare", "x", "x", "x"),
    ]
    for ri, row in enumerate(rows, 5):
        proc, risk, s, k, km, met, ans, t1, de, he = row
        vals = [proc, risk, s, k, None, km, met, ans, t1, de, he]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=ri, column=i, value=v if v != "" else None)
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(row=ri, column=5, value="=C%d*D%d" % (ri, ri)).border = BORDER
    for col, w in zip("ABCDEFGHIJK", [20, 30, 11, 11, 10, 45, 24, 24, 6, 6, 6]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb, "Socialförvaltningen")
    wb.save(out(fil))
    files_rows.append([fil, "INLAST", "Socialnämnden", "2025", ""])


# ---------------------------------------------------------------------------
# F4  Vård- och omsorgsnämnden - .doc (text only, no table)
# ---------------------------------------------------------------------------
def make_von(tmp):
    fil = "VON delårsuppföljning intern kontroll 2025.doc"
    d = docx.Document()
    fix_docx_props(d, "Anders Holm")
    d.add_heading("Vård- och omsorgsnämnden", level=1)
    d.add_paragraph("Delårsuppföljning av intern kontroll januari–augusti 2025").runs[0].bold = True
    d.add_paragraph("Dnr VON 2025/77")
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller fem kontrollmoment. Nedan redovisas resultatet "
        "av de kontroller som genomförts till och med augusti. Kontrollerna har utförts av verksamhetens "
        "kvalitetsutvecklare och controller.")
    items = [
        ("1. Läkemedelshantering",
         "Signeringslistor för läkemedel är kompletta på särskilda boenden",
         "Stickprov på fyra särskilda boenden i maj. Ofullständiga signeringar på Björkgården (12 av 240 tillfällen). "
         "Åtgärd: genomgång med sjuksköterskor och påminnelse om rutinen.",
         "Bedömning: Genomförd med avvikelse.",
         "GENOMFORD", "ja"),
        ("2. Avgifter",
         "Debitering av omsorgsavgifter stämmer med beviljade insatser",
         "Kontrollen pågår. 60 av 100 ärenden i stickprovet är granskade, inga fel har hittats hittills.",
         "Bedömning: Pågår.",
         "DELVIS", "nej"),
        ("3. Hemtjänst",
         "Utförd tid i hemtjänsten registreras och stäms av mot beviljad tid",
         "Avstämning har genomförts för samtliga hemtjänstgrupper för perioden januari–juni. "
         "Inga väsentliga avvikelser mellan beviljad och utförd tid.",
         None,
         "GENOMFORD", "nej"),
        ("4. Kvalitet och patientsäkerhet",
         "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Kontrollen är framflyttad till helårsuppföljningen på grund av byte av avvikelsesystem.",
         "Bedömning: Ej genomförd.",
         "EJ_GENOMFORD", ""),
        ("5. Säkerhet",
         "Nyckelhantering i hemtjänsten (kvittens av nycklar)",
         "Nämnden beslutade 2025-02-26 § 19 att ersätta fysiska nycklar med digitala lås. Kontrollen är därför inte längre relevant.",
         "Bedömning: Ej aktuell 2025.",
         "UTGAR", ""),
    ]
    controls = []
    for head, km, res, bed, st, av in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        if bed:
            d.add_paragraph(bed)
        controls.append({"km": km, "st": st, "av": av})
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelsen inom "
        "läkemedelshanteringen följs upp särskilt under hösten.")
    d.add_paragraph("Anders Holm, förvaltningschef")
    src = os.path.join(tmp, "von.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.move(os.path.join(tmp, "von.doc"), out(fil))
    files_rows.append([fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "DELAR"])
    add_expected(fil, "Vård- och omsorgsnämnden", controls)


# ---------------------------------------------------------------------------
# F5  Stratsys CSV export - two nämnder (SBN + TN), period rows
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_SBF_20250915.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status",
           "Kommentar", "Ansvarig", "Senast ändrad"]
    SBN, TN = "Samhällsbyggnadsnämnden", "Tekniska nämnden"
    T1, DE = "Tertial 1 2025", "Delår 2025"
    plan = "Internkontrollplan 2025"
    # per control: (org, process, km, ansvarig, [(period,status,comment,date)], exp_st, exp_av)
    ctrls = [
        (SBN, "Bygglov", "Handläggningstid för bygglov följer PBL (10 veckor)", "Bygglovschef",
         [(T1, "Pågående", "Mätning jan–apr: 94 % inom tid.", "2025-05-06"),
          (DE, "Klar", "Mätning jan–aug: 96 % inom tid. 7 ärenden överskred tidsfristen, avgiften har reducerats enligt PBL.", "2025-09-08")],
         "GENOMFORD", "ja"),
        (SBN, "Bygglov", "Fakturering av bygglovsavgifter sker efter beslut", "Administrativ chef",
         [(T1, "Ej påbörjad", "", "2025-05-06"),
          (DE, "Klar", "Stickprov 25 beslut. Inga avvikelser.", "2025-09-02")],
         "GENOMFORD", "nej"),
        (SBN, "Delegation", "Delegationsbeslut i bygglovsärenden anmäls till nämnden", "Nämndsekreterare",
         [(T1, "Klar", "Samtliga beslut anmälda. Inga avvikelser.", "2025-04-29"),
          (DE, "", "", "")],
         "GENOMFORD", "nej"),
        (SBN, "Exploatering", "Exploateringsavtal stäms av mot fakturerade ersättningar", "Exploateringschef",
         [(T1, "Ej påbörjad", "", "2025-05-06"),
          (DE, "Ej påbörjad", "Skjuts till hösten p.g.a. vakans.", "2025-09-10")],
         "EJ_GENOMFORD", ""),
        (SBN, "Tillsyn", "Tillsyn av ovårdade tomter enligt tillsynsplan", "Bygglovschef",
         [(DE, "Ej aktuell", "Utgår enligt beslut SBN 2025-05-20 § 88.", "2025-05-21")],
         "UTGAR", ""),
        (SBN, "Lantmäteri", "Debitering av nedlagd tid i lantmäteriärenden", "Stadsingenjör",
         [(T1, "", "", ""),
          (DE, "Pågående", "", "2025-09-11")],
         "DELVIS", ""),
        (TN, "Entreprenader", "Leverantörsfakturor för entreprenader kontrolleras mot avtal och ÄTA-beslut", "Projektchef",
         [(DE, "Klar", "Stickprov 15 fakturor. 2 ÄTA-arbeten saknade skriftligt beslut, rutinen har förtydligats.", "2025-09-05")],
         "GENOMFORD", "ja"),
        (TN, "Fordon", "Körjournaler förs för kommunens fordon", "Fordonssamordnare",
         [(DE, "Pågående", "Körjournaler inventerade för 60 % av fordonen.", "2025-09-12")],
         "DELVIS", ""),
        (TN, "VA", "Egenkontroll av dricksvatten enligt kontrollprogram", "VA-chef",
         [(T1, "Klar", "Alla prover utan anmärkning.", "2025-04-30"),
          (DE, "Klar", "Alla prover utan anmärkning.", "2025-08-29")],
         "GENOMFORD", "nej"),
        (TN, "Gata/park", "Snöröjningsentreprenörers tidrapporter stäms av mot GPS-data", "Gatuchef",
         [(T1, "Klar", "Vintersäsongen avstämd. En entreprenör debiterade 14 timmar för mycket, kreditfaktura erhållen.", "2025-04-22"),
          (DE, "", "", "")],
         "GENOMFORD", "ja"),
        (TN, "Gata/park", "Besiktning av kommunens lekplatser enligt SS-EN 1176", "Parkchef",
         [(T1, "", "", ""),
          (DE, "", "", "")],
         "SAKNAS", ""),
    ]
    path = out(fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, ans, periods, st, av in ctrls:
            for per, s, com, dt in periods:
                w.writerow([org, plan, proc, km, per, s, com, ans, dt])
    files_rows.append([fil, "INLAST", SBN, "2025", "DELAR"])
    files_rows.append([fil, "INLAST", TN, "2025", "DELAR"])
    for org, proc, km, ans, periods, st, av in ctrls:
        expected_rows.append([fil, org, km, st, av])


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden - .xls, X tick columns, nämnd only in
#     print header / file name / signature
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "KFN IK-uppf delår 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws._Worksheet__header_str = "&LKultur- och fritidsnämnden&CIntern kontroll 2025&RSida &P"  # xlwt py3 setter bug: set str directly
    ws._Worksheet__footer_str = "&LLjungdala kommun&R&D"
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; "
                       "borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour gray25")
    title = xlwt.easyxf("font: bold on, height 280")
    note = xlwt.easyxf("font: italic on, height 180")
    cell = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    tick = xlwt.easyxf("align: vert top, horiz centre; borders: left thin, right thin, top thin, bottom thin")
    ws.write_merge(0, 0, 0, 8, "Uppföljning intern kontroll per 2025-08-31", title)
    ws.write_merge(1, 1, 0, 8, "Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser.", note)
    ws.write_merge(3, 4, 0, 0, "Kontrollmoment", bold)
    ws.write_merge(3, 4, 1, 1, "Kontrollmetod", bold)
    ws.write_merge(3, 3, 2, 5, "Status delår", bold)
    for i, h in enumerate(["Genomförd", "Delvis", "Ej genomförd", "Ej aktuell"]):
        ws.write(4, 2 + i, h, bold)
    ws.write_merge(3, 4, 6, 6, "Kommentar", bold)
    ws.write_merge(3, 4, 7, 7, "Ansvarig", bold)
    # (km, metod, ticks idx list, comment, ansvarig, st, av)
    data = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Stickprov 12 ansökningar",
         [0], "Inga avvikelser.", "Föreningskonsulent", "GENOMFORD", "nej"),
        ("Kontanthantering i simhallens kassa (dagsavstämning)", "Avstämning kassarapporter mars–maj",
         [0], "Differenser vid 3 tillfällen, samtliga under 200 kr. Rutinen för dagsavstämning har förtydligats.",
         "Badchef", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler debiteras enligt taxa", "Bokningssystem mot fakturor",
         [1], "Sporthallarna klara, samlingslokalerna återstår.", "Bokningsansvarig", "DELVIS", ""),
        ("Inventering av utlånad utrustning (fritidsbanken, kulturskolan)", "Fysisk inventering",
         [2], "Görs i november.", "Enhetschef fritid", "EJ_GENOMFORD", ""),
        ("Registerkontroll av ledare i verksamhet med barn", "Kontroll av utdrag ur belastningsregistret",
         [0, 1], "", "Enhetschef fritid", "OKLAR", ""),
        ("Konstinköp diarieförs och registreras i konstregistret", "Genomgång av inköp",
         [], "Genomförd i april, samtliga inköp är registrerade.", "Kulturchef", "GENOMFORD", "nej"),
        ("Arvoden till kulturskolans timanställda stäms av mot närvarolistor", "Stickprov",
         [], "", "Kulturskolechef", "SAKNAS", ""),
        ("Evenemangsbidrag – återrapportering från arrangörer", "Genomgång av redovisningar",
         [3], "Bidraget är avskaffat från 2025.", "Kulturchef", "UTGAR", ""),
    ]
    r = 5
    controls = []
    for km, met, ticks, com, ans, st, av in data:
        ws.write(r, 0, km, cell)
        ws.write(r, 1, met, cell)
        for i in range(4):
            ws.write(r, 2 + i, "X" if i in ticks else "", tick)
        ws.write(r, 6, com, cell)
        ws.write(r, 7, ans, cell)
        controls.append({"km": km, "st": st, "av": av})
        r += 1
    ws.write(r + 1, 0, "Ljungdala 2025-09-10")
    ws.write(r + 3, 0, "Eva Sandberg")
    ws.write(r + 4, 0, "Förvaltningschef Kultur och fritid")
    for i, w in enumerate([44, 28, 11, 9, 12, 11, 46, 20]):
        ws.col(i).width = w * 256
    wb.save(out(fil))
    files_rows.append([fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"])
    add_expected(fil, "Kultur- och fritidsnämnden", controls)


# ---------------------------------------------------------------------------
# P3  KFN adopted plan 2025 - PDF (via docx)
# ---------------------------------------------------------------------------
def make_kfn_plan(tmp):
    fil = "Internkontrollplan 2025 KFN (antagen 2024-11-27).pdf"
    d = docx.Document()
    fix_docx_props(d, "Eva Sandberg")
    d.add_heading("Kultur- och fritidsnämndens internkontrollplan 2025", level=1)
    d.add_paragraph("Antagen av kultur- och fritidsnämnden 2024-11-27, § 98.")
    d.add_paragraph("Planen bygger på förvaltningens risk- och väsentlighetsanalys. Kontrollmomenten följs upp "
                    "per 31 augusti och i samband med årsbokslutet.")
    hdr = ["Kontrollmoment", "Risk", "Riskbedömning", "Kontrollmetod", "Ansvarig", "Tidpunkt"]
    rows = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Felaktiga bidrag", "Hög", "Stickprov", "Föreningskonsulent", "Delår"),
        ("Kontanthantering i simhallens kassa (dagsavstämning)", "Förskingring", "Hög", "Avstämning", "Badchef", "Delår, helår"),
        ("Uthyrning av lokaler debiteras enligt taxa", "Intäktsbortfall", "Medel", "Avstämning", "Bokningsansvarig", "Delår"),
        ("Inventering av utlånad utrustning (fritidsbanken, kulturskolan)", "Förlust av utrustning", "Medel", "Inventering", "Enhetschef fritid", "Helår"),
        ("Registerkontroll av ledare i verksamhet med barn", "Olämpliga ledare", "Hög", "Kontroll av utdrag", "Enhetschef fritid", "Delår"),
        ("Konstinköp diarieförs och registreras i konstregistret", "Konst försvinner", "Låg", "Genomgång", "Kulturchef", "Delår"),
        ("Arvoden till kulturskolans timanställda stäms av mot närvarolistor", "Felaktiga löner", "Medel", "Stickprov", "Kulturskolechef", "Delår"),
        ("Evenemangsbidrag – återrapportering från arrangörer", "Bidrag används felaktigt", "Medel", "Genomgång", "Kulturchef", "Helår"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    src = os.path.join(tmp, "kfnplan.docx")
    d.save(src)
    soffice_convert(src, "pdf", tmp)
    shutil.move(os.path.join(tmp, "kfnplan.pdf"), out(fil))
    files_rows.append([fil, "INLAST", "Kultur- och fritidsnämnden", "2025", ""])


# ---------------------------------------------------------------------------
# F7  Överförmyndarnämnden - .odt, one simple table (easy)
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "Överförmyndarnämnden uppföljning IK delår 2025.odt"
    doc = OpenDocumentText()
    hstyle = Style(name="Rubrik", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.styles.addElement(hstyle)
    bstyle = Style(name="Fet", family="paragraph")
    bstyle.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bstyle)
    cstyle = Style(name="Cell", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cstyle)

    doc.text.addElement(P(stylename=hstyle, text="Överförmyndarnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan – delår 2025 (t.o.m. 31 augusti)"))
    doc.text.addElement(P(text=""))
    hdr = ["Kontrollmoment", "Utfall", "Avvikelse", "Status"]
    data = [
        ("Årsräkningar granskas inom sex månader från inlämning",
         "98 % granskade inom tid. 6 årsräkningar låg över sex månader.", "Ja", "Genomförd",
         "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 25 beslut, inga fel.", "Nej", "Genomförd", "GENOMFORD", "nej"),
        ("Överförmyndarspärr på bankkonton är registrerad",
         "Se bilaga 2.", "", "", "OKLAR", ""),
        ("Lämplighetsprövning av nya ställföreträdare (belastningsregister, kreditupplysning)",
         "14 av 20 nya ställföreträdare kontrollerade hittills.", "Nej", "Pågår", "DELVIS", "nej"),
        ("Akter arkiveras enligt dokumenthanteringsplanen",
         "", "", "Ej påbörjad", "EJ_GENOMFORD", ""),
    ]
    t = Table(name="IK")
    t.addElement(TableColumn(numbercolumnsrepeated=4))
    tr = TableRow()
    for h in hdr:
        tc = TableCell(stylename=cstyle)
        tc.addElement(P(stylename=bstyle, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    controls = []
    for km, utf, avv, st_txt, st, av in data:
        tr = TableRow()
        for v in (km, utf, avv, st_txt):
            tc = TableCell(stylename=cstyle)
            tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
        controls.append({"km": km, "st": st, "av": av})
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Bilaga 2 lämnas till nämnden vid sammanträdet 2025-09-24."))
    doc.text.addElement(P(text="Lena Ek, enhetschef Överförmyndarenheten"))
    doc.save(out(fil))
    files_rows.append([fil, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"])
    add_expected(fil, "Överförmyndarnämnden", controls)


# ---------------------------------------------------------------------------
# R1  Reject: covering letter (missiv) - no follow-up in it
# ---------------------------------------------------------------------------
def make_missiv():
    fil = "Missiv delårsrapport 2025 VON.docx"
    d = docx.Document()
    fix_docx_props(d, "Anders Holm")
    d.add_paragraph("Ljungdala kommun\nVård- och omsorgsförvaltningen")
    d.add_paragraph("2025-09-15")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Översändande av delårsrapport 2025 med bilagor", level=2)
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Härmed översänds vård- och omsorgsnämndens delårsrapport per 31 augusti 2025. Till rapporten hör "
        "följande bilagor:")
    for b in ["Bilaga 1: Ekonomisk uppföljning med helårsprognos",
              "Bilaga 2: Delårsuppföljning av intern kontroll januari–augusti 2025",
              "Bilaga 3: Redovisning av ej verkställda beslut, kvartal 2"]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph(
        "Nämnden behandlar delårsrapporten vid sammanträdet den 24 september. Eventuella ändringar efter "
        "nämndens beslut meddelas omgående. Observera att uppföljningen av intern kontroll skickas som "
        "separat fil.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Anders Holm\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    d.save(out(fil))
    files_rows.append([fil, "AVVISAD", "", "", ""])


def main():
    # remove previously generated round files (keep script + README)
    keep = {"make_round.py", "README.md"}
    for n in os.listdir(HERE):
        p = os.path.join(HERE, n)
        if n not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r343_build_")
    try:
        make_ks()
        make_bun()
        make_bun_plan()
        make_sn()
        make_sn_plan()
        make_von(tmp)
        make_stratsys()
        make_kfn()
        make_kfn_plan(tmp)
        make_ofn()
        make_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in sorted(files_rows, key=lambda x: (x[0], x[2])):
            w.writerow(r)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in expected_rows:
            w.writerow(r)
    print("files:", len(files_rows), "expected rows:", len(expected_rows))


if __name__ == "__main__":
    main()
