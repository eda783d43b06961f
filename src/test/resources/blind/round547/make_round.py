#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r547 - Herrljunga kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import re
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r547build"
LO_PROFILE = "file:///tmp/lo-round547"
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def expect(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, norm(km), status, avv))


# ---------------------------------------------------------------- helpers xlsx
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER


# ================================================================ A: Kommunstyrelsen + ÖFN (xlsx)
def build_ks():
    fil = "IKP uppföljning delår 2025 KS.xlsx"
    wb = Workbook()
    fix_wb_props(wb, "Ekonomienheten Herrljunga")
    ws = wb.active
    ws.title = "KS 2025"
    widths = [18, 46, 11, 11, 28, 18, 14, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws.merge_cells("A1:H1")
    ws["A1"] = "HERRLJUNGA KOMMUN"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Uppföljning delår 1 (januari–augusti 2025). Fylls i av kontrollansvarig och lämnas till "
                "ekonomienheten senast 2025-09-15.")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30

    hdr_fill = PatternFill("solid", fgColor="BDD7EE")
    # two-row header
    for rng, txt in [("A5:A6", "Process"), ("B5:B6", "Kontrollmoment"), ("C5:D5", "Risk"),
                     ("E5:E6", "Kontrollmetod"), ("F5:F6", "Kontrollansvarig"),
                     ("G5:H5", "Uppföljning delår 2025")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
    ws["C6"] = "Sannolikhet"
    ws["D6"] = "Konsekvens"
    ws["G6"] = "Status"
    ws["H6"] = "Kommentar / åtgärd"
    for r in (5, 6):
        for c in range(1, 9):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = hdr_fill
            cell.alignment = CENTER
            cell.border = BORDER

    groups = [
        ("Ekonomi", [
            ("Inköp", [
                dict(km="Avtalstrohet vid inköp av varor och tjänster – stickprov 20 fakturor",
                     s=3, k=3, m="Stickprov 20 fakturor", a="Upphandlare", st="Genomförd",
                     kom=["17 av 20 inköp gjorda mot avtal. 3 köp utan avtal (kontorsmaterial), "
                          "information har gått ut till beställarna."],
                     exp="GENOMFORD", avv="ja"),
                dict(km="Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
                     s=2, k=3, m="Genomgång av samtliga", a="Upphandlare", st="Genomförd",
                     kom=["Samtliga 6 direktupphandlingar dokumenterade. Inga avvikelser."],
                     exp="GENOMFORD", avv="nej"),
            ]),
            ("Attest", [
                dict(km="Attest av leverantörsfakturor enligt attestordningen",
                     s=2, k=3, m="Stickprov 25 fakturor", a="Redovisningsekonom", st="Genomförd",
                     kom=["Kontroll av 25 fakturor, samtliga korrekt attesterade."],
                     exp="GENOMFORD", avv="nej"),
            ]),
            ("Representation", [
                dict(km="Representation och förtroendekänsliga poster –\nsyfte och deltagare anges",
                     s=3, k=2, m="Genomgång konto 7xxx", a="Ekonomichef", st="Delvis",
                     kom=["Kontrollerat jan–april. Resterande månader görs i oktober. "
                          "2 fakturor saknade deltagarlista."],
                     exp="DELVIS", avv="ja"),
            ]),
            ("Leverantörsregister", [
                dict(km="Ändring av bankuppgifter i leverantörsregistret verifieras mot leverantören",
                     s=2, k=4, m="Logg ändringar", a="Redovisningsekonom", st="",
                     kom=[""], exp="SAKNAS", avv=""),
            ]),
        ]),
        ("Personal", [
            ("Lön", [
                dict(km="Kontroll att avslutade anställningar avslutas i lönesystemet i rätt tid",
                     s=2, k=3, m="Avstämning mot personalregister", a="HR-chef", st="Ej genomförd",
                     kom=["Ej genomförd under perioden, planeras till november."],
                     exp="EJ_GENOMFORD", avv=""),
            ]),
            ("Arbetsmiljö", [
                dict(km="Systematiskt arbetsmiljöarbete – årlig uppföljning genomförd på samtliga enheter",
                     s=2, k=3, m="Enkät till chefer", a="HR-chef", st="Pågår",
                     kom=["Enkät utskickad, sammanställning klar i oktober."],
                     exp="DELVIS", avv=""),
            ]),
            ("Bisysslor", [
                dict(km="Bisysslor redovisas och bedöms av chef",
                     s=2, k=2, m="Genomgång vid medarbetarsamtal", a="Kommunchef", st="Genomförd",
                     kom=["Samtliga chefer har gått igenom bisysslor. En bisyssla bedömd som "
                          "förtroendeskadlig och har avslutats."],
                     exp="GENOMFORD", avv="ja"),
            ]),
        ]),
        ("IT", [
            ("Behörigheter", [
                dict(km="Behörigheter i ekonomisystemet motsvarar aktuell befattning",
                     s=3, k=3, m="Behörighetslista mot befattning", a="Systemförvaltare", st="Genomförd",
                     kom=["Granskning 2025-05-12: 4 behörigheter borttagna för personer som bytt tjänst.",
                          "Ny granskning 2025-08-20: inga avvikelser."],
                     exp="GENOMFORD", avv="ja"),
            ]),
            ("Informationssäkerhet", [
                dict(km="Säkerhetskopiering och återläsningstest av verksamhetssystem",
                     s=2, k=4, m="Återläsningstest", a="IT-samordnare", st="Utgår",
                     kom=["Utgår – hanteras av IT-avdelningen i Vårgårda enligt samverkansavtalet "
                          "och ingår i deras plan."],
                     exp="UTGAR", avv=""),
                dict(km="Genomgång av personuppgiftsbiträdesavtal för nya system",
                     s=2, k=3, m="Genomgång", a="Dataskyddssamordnare", st="",
                     kom=[""], exp="SAKNAS", avv=""),
            ]),
        ]),
    ]

    grp_fill = PatternFill("solid", fgColor="D9D9D9")
    r = 7
    for gname, subs in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, gname).font = Font(bold=True, size=12)
        for c in range(1, 9):
            ws.cell(r, c).fill = grp_fill
            ws.cell(r, c).border = BORDER
        r += 1
        for sub, ctrls in subs:
            start = r
            for c in ctrls:
                n = len(c["kom"])
                ws.cell(r, 2, c["km"])
                ws.cell(r, 3, c["s"])
                ws.cell(r, 4, c["k"])
                ws.cell(r, 5, c["m"])
                ws.cell(r, 6, c["a"])
                if c["st"]:
                    ws.cell(r, 7, c["st"])
                for i, t in enumerate(c["kom"]):
                    if t:
                        ws.cell(r + i, 8, t)
                if n > 1:
                    for col in range(2, 8):
                        ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
                for rr in range(r, r + n):
                    for col in range(1, 9):
                        ws.cell(rr, col).alignment = WRAP
                        ws.cell(rr, col).border = BORDER
                    ws.cell(rr, 3).alignment = CENTER
                    ws.cell(rr, 4).alignment = CENTER
                expect(fil, "Kommunstyrelsen", c["km"], c["exp"], c["avv"])
                r += n
            ws.cell(start, 1, sub)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. "
                  "Två kontroller återstår och rapporteras i helårsuppföljningen.").alignment = WRAP
    ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 1, "Upprättad av:")
    ws.cell(r, 2, "Karin Lundgren, ekonomichef")
    ws.cell(r + 1, 1, "Datum:")
    ws.cell(r + 1, 2, "2025-09-08")
    ws.print_title_rows = "5:6"
    ws.page_setup.orientation = "landscape"

    # ---- second sheet: Överförmyndarnämnden (kansliet administers it)
    w2 = wb.create_sheet("ÖFN")
    for i, w in enumerate([50, 26, 12, 14, 55], 1):
        w2.column_dimensions[get_column_letter(i)].width = w
    w2.merge_cells("A1:E1")
    w2["A1"] = "Överförmyndarnämnden – uppföljning internkontroll delår 2025"
    w2["A1"].font = Font(bold=True, size=12)
    w2.merge_cells("A2:E2")
    w2["A2"] = "Period: 2025-01-01 – 2025-08-31. Handläggs av kommunstyrelsens kansli."
    heads = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = w2.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = hdr_fill
        cell.border = BORDER
    ofn = [
        ("Årsräkningar granskas inom fyra månader från inkommen räkning", "Uttag ur verksamhetssystemet",
         "Årligen", "Genomförd",
         "94 % granskade inom tidsgränsen. 6 ärenden försenade p.g.a. kompletteringar.", "GENOMFORD", "ja"),
        ("Arvodesbeslut till ställföreträdare fattas enligt nämndens riktlinjer", "Stickprov 10 beslut",
         "Årligen", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Registerutdrag ur belastningsregistret finns för nya ställföreträdare", "Genomgång av samtliga nya",
         "Tertial", "Genomförd", "Samtliga 7 nya ställföreträdare har utdrag.", "GENOMFORD", "nej"),
        ("Uttag från spärrade konton har överförmyndarens samtycke", "Stickprov", "Årligen", "Ej aktuell",
         "Ej aktuell i år – kontrolleras av banken. Ersätts med annan kontroll 2026.", "UTGAR", ""),
        ("Förteckningar inkommer inom två månader efter förordnande", "Bevakningslista", "Tertial", "", "",
         "SAKNAS", ""),
    ]
    r = 5
    for km, met, frek, st, kom, exp, avv in ofn:
        for c, v in enumerate([km, met, frek, st, kom], 1):
            cell = w2.cell(r, c, v if v else None)
            cell.alignment = WRAP
            cell.border = BORDER
        expect(fil, "Överförmyndarnämnden", km, exp, avv)
        r += 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", YEAR, "DELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", YEAR, "DELAR"))


# ================================================================ helpers docx
def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def heading_row(table, text, ncols, fill="D9D9D9"):
    row = table.add_row()
    m = row.cells[0].merge(row.cells[ncols - 1])
    m.text = ""
    run = m.paragraphs[0].add_run(text)
    run.bold = True
    set_cell_bg(m, fill)
    return row


def header_row(table, heads, fill="BDD7EE"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, fill)


# ================================================================ B: Bildningsnämnden (docx, no status column)
def build_bin():
    fil = "Bildningsnämnden uppföljning internkontroll delår 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Bildningsförvaltningen")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Herrljunga kommun\nBildningsförvaltningen")
    r.font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport", level=1)
    d.add_paragraph("Bildningsnämnden")
    d.add_paragraph(
        "Bildningsnämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 8). Nedan redovisas "
        "uppföljningen per den 31 augusti 2025. Kontrollansvarig har beskrivit vad som gjorts och vad "
        "kontrollen visade. Kontroller som inte är gjorda ska slutföras till helårsuppföljningen.")
    heads = ["Kontrollmoment", "Metod / omfattning", "Kontrollansvarig", "Uppföljning delår 2025"]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, heads)
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Ekonom",
             "Kontrollen är gjord i maj. 30 fakturor granskades, samtliga attesterade av behörig attestant. "
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att skolskjutsar faktureras enligt avtal", "Jämförelse faktura – avtal, 3 månader",
             "Skjutsplanerare",
             "Ej gjord. Skjutsplaneraren har varit föräldraledig, kontrollen skjuts till hösten.",
             "EJ_GENOMFORD", ""),
            ("Interkommunal ersättning – debitering av barn och elever från andra kommuner",
             "Avstämning mot elevregister", "Ekonom",
             "Påbörjad. Förskolan är kontrollerad utan anmärkning, grundskolan återstår.", "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("Registerutdrag ur belastningsregistret uppvisas vid nyanställning",
             "Samtliga nyanställda jan–aug", "HR-konsult",
             "Genomförd. Av 14 nyanställda saknades utdrag för en vikarie; utdraget har nu inhämtats.",
             "GENOMFORD", "ja"),
            ("Semesterplanering och uttag av semester enligt semesterlagen", "Uttag ur personalsystemet",
             "Rektorer", "", "SAKNAS", ""),
        ]),
        ("Verksamhet", [
            ("Anmälan till huvudman vid kränkande behandling görs skyndsamt", "Genomgång av ärenden",
             "Rektorer",
             "Delvis genomförd – två av fyra skolenheter har lämnat underlag. I de granskade ärendena "
             "gjordes anmälan i tid.", "DELVIS", "nej"),
            ("Elevfrånvaro följs upp enligt rutin för problematisk frånvaro", "Stickprov 10 elever per enhet",
             "Rektorer", "Klart. Rutinen följs på samtliga enheter.", "GENOMFORD", "nej"),
            ("Beslut om tilläggsbelopp dokumenteras och följs upp", "Genomgång av samtliga beslut",
             "Verksamhetschef", "Inte genomförd under perioden.", "EJ_GENOMFORD", ""),
        ]),
        ("IT", [
            ("Avslut av konton i lärplattform och elevregister när elev slutar", "Avstämning mot elevregister",
             "IT-pedagog",
             "Genomförd med anmärkning: 11 konton för elever som slutade vt 2025 var fortfarande aktiva. "
             "Kontona är nu avslutade.", "GENOMFORD", "ja"),
            ("Personuppgiftsincidenter rapporteras enligt rutin", "Genomgång incidentlogg",
             "Dataskyddsombud", "Se bilaga 2.", "OKLAR", ""),
        ]),
    ]
    for g, ctrls in groups:
        heading_row(t, g, 4)
        for km, met, ans, uppf, exp, avv in ctrls:
            row = t.add_row()
            for i, v in enumerate([km, met, ans, uppf]):
                row.cells[i].text = v
            expect(fil, "Bildningsnämnden", km, exp, avv)
    for row in t.rows:
        for i, w in enumerate([Cm(5.5), Cm(3.5), Cm(2.8), Cm(6.5)]):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning personuppgiftsincidenter (lämnas separat).")
    d.add_paragraph("Herrljunga 2025-09-09\n\nMaria Ekberg\nFörvaltningschef, bildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Bildningsnämnden", YEAR, "DELAR"))


# ================================================================ C: Socialnämnden (xlsx, nämnd only in print header)
def build_sn():
    fil = "IK uppföljning aug 2025.xlsx"
    wb = Workbook()
    fix_wb_props(wb, "socialförvaltningen")
    ws = wb.active
    ws.title = "Delår 2025"
    widths = [6, 48, 9, 26, 11, 18, 11, 16, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Period: januari–augusti (delår)"
    ws["A2"].font = Font(italic=True)
    heads = ["Nr", "Kontrollmoment", "Riskvärde", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Planerad", "Status", "Resultat / kommentar"]
    ws.merge_cells("A3:G3")
    ws["A3"] = "PLAN"
    ws.merge_cells("H3:I3")
    ws["H3"] = "UPPFÖLJNING DELÅR"
    for c in (1, 8):
        ws.cell(3, c).font = Font(bold=True)
        ws.cell(3, c).alignment = CENTER
    for c in range(1, 8):
        ws.cell(3, c).fill = PatternFill("solid", fgColor="E2EFDA")
    for c in range(8, 10):
        ws.cell(3, c).fill = PatternFill("solid", fgColor="FCE4D6")
    box(ws, 3, 1, 3, 9)
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.alignment = CENTER
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    groups = [
        ("1. Ekonomi", [
            ("1.1", "Utbetalning av ekonomiskt bistånd sker enligt beslut", 12, "Stickprov 25 utbetalningar",
             "Tertial", "Enhetschef IFO", "April, aug", "Klar",
             "Stickprov 25 utbetalningar, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Hyra debiteras för lägenheter som hyrs ut i andra hand", 9, "Avstämning hyreslista",
             "Halvår", "Boendesamordnare", "Juni", "Klar med avvikelse",
             "En hyresgäst ej debiterad mars–maj, rättat i juni.", "GENOMFORD", "ja"),
            ("1.3", "Hantering av brukares kontanter och privata medel på särskilt boende", 12,
             "Genomgång kassabok och kvitton", "Halvår", "Enhetschefer SÄBO", "Aug", "Pågår",
             "Två av tre boenden kontrollerade, inga brister hittills.", "DELVIS", "nej"),
        ]),
        ("2. Personal", [
            ("2.1", "Kontroll av att timanställda inte överskrider LAS-dagar", 8, "Uttag ur lönesystem",
             "Halvår", "HR-konsult", "Juni", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
            ("2.2", "Introduktion av nyanställda i hemtjänsten följer checklista", 6, "Stickprov 10",
             "Årligen", "Enhetschef hemtjänst", "Maj", "Klar", "", "GENOMFORD", ""),
        ]),
        ("3. Verksamhet", [
            ("3.1", "Orosanmälningar – förhandsbedömning inom 14 dagar", 16, "Uttag ur verksamhetssystem",
             "Tertial", "Enhetschef IFO", "April, aug", "Klar",
             "92 av 96 inom 14 dagar. 4 överskridanden, orsak hög arbetsbelastning i juni.",
             "GENOMFORD", "ja"),
            ("3.2", "Avvikelser enligt lex Sarah utreds och rapporteras", 12, "Genomgång av avvikelser",
             "Tertial", "Kvalitetsutvecklare", "Aug", "Pågår", "", "DELVIS", ""),
            ("3.3", "Verkställighet av beslut enligt LSS inom tre månader", 9, "Uttag ej verkställda beslut",
             "Halvår", "Enhetschef LSS", "Juni", "", "", "SAKNAS", ""),
            ("3.4", "Läkemedelshantering – signeringslistor kontrolleras", 12, "Stickprov",
             "Tertial", "MAS", "April", "Utgår",
             "Utgår enligt beslut SN 2025-04-22 § 41, ersätts av MAS egenkontroll.", "UTGAR", ""),
        ]),
        ("4. IT och informationssäkerhet", [
            ("4.1", "Loggkontroll i journalsystemet", 12, "Loggutdrag 40 akter", "Tertial",
             "Systemförvaltare", "April, aug", "Klar",
             "Loggar för 40 slumpvis valda personakter kontrollerade. Ingen obehörig åtkomst.",
             "GENOMFORD", "nej"),
            ("4.2", "Behörighetstilldelning i verksamhetssystemet följer rutin", 8, "Behörighetslista",
             "Årligen", "Systemförvaltare", "Aug", "Ej påbörjad",
             "Flyttas till T3 p.g.a. systembyte.", "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 5
    gfill = PatternFill("solid", fgColor="F2F2F2")
    for g, ctrls in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, g).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = gfill
            ws.cell(r, c).border = BORDER
        r += 1
        for nr, km, risk, met, frek, ans, plan, st, kom, exp, avv in ctrls:
            vals = [nr, km, risk, met, frek, ans, plan, st, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            expect(fil, "Socialnämnden", km, exp, avv)
            r += 1
    r += 1
    ws.cell(r, 1, "Statusalternativ: Klar, Klar med avvikelse, Pågår, Ej påbörjad, Utgår.").font = Font(italic=True, size=9)
    # nämnd only in print header
    ws.oddHeader.left.text = "Socialnämnden"
    ws.oddHeader.left.size = 10
    ws.oddHeader.right.text = "Herrljunga kommun"
    ws.oddFooter.left.text = "Utskrivet &D"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "3:4"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", YEAR, "DELAR"))


# ================================================================ D: Tekniska nämnden (odt)
def build_tn():
    fil = "Tekniska nämnden IK delår 2025.odt"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    pbold = Style(name="PFet", family="paragraph")
    pbold.addElement(TextProperties(fontweight="bold", fontsize="10pt"))
    doc.automaticstyles.addElement(pbold)
    psmall = Style(name="PLiten", family="paragraph")
    psmall.addElement(TextProperties(fontsize="10pt"))
    doc.automaticstyles.addElement(psmall)
    tstyle = Style(name="Tab", family="table")
    tstyle.addElement(TableProperties(width="25cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cellst)
    grpst = Style(name="CellGrp", family="table-cell")
    grpst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                         backgroundcolor="#d9d9d9"))
    doc.automaticstyles.addElement(grpst)
    hdrst = Style(name="CellHdr", family="table-cell")
    hdrst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm",
                                         backgroundcolor="#c6e0b4"))
    doc.automaticstyles.addElement(hdrst)
    widths = ["1.0cm", "7.5cm", "3.0cm", "2.4cm", "2.4cm", "6.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(text="Herrljunga kommun – Tekniska förvaltningen", stylename=psmall))
    doc.text.addElement(H(outlinelevel=1, text="Tekniska nämnden", stylename=h1))
    doc.text.addElement(P(text="Uppföljning intern kontroll – delår 2025 (1 januari – 31 augusti)",
                          stylename=pbold))
    doc.text.addElement(P(text="Kolumnen Genomförd fylls i med Ja / Nej / Delvis. Avvikelse anges med Ja eller Nej. "
                               "Kontroller som inte längre är aktuella markeras Utgår.", stylename=psmall))
    doc.text.addElement(P(text=""))

    tab = Table(name="Internkontroll", stylename=tstyle)
    for cs in colstyles:
        tab.addElement(TableColumn(stylename=cs))

    def row(vals, style=cellst, pstyle=psmall):
        tr = TableRow()
        for v in vals:
            tc = TableCell(stylename=style, valuetype="string")
            for line in (v.split("\n") if v else [""]):
                tc.addElement(P(text=line, stylename=pstyle))
            tr.addElement(tc)
        tab.addElement(tr)

    def grp(text):
        tr = TableRow()
        tc = TableCell(stylename=grpst, numbercolumnsspanned=6, valuetype="string")
        tc.addElement(P(text=text, stylename=pbold))
        tr.addElement(tc)
        for _ in range(5):
            tr.addElement(CoveredTableCell())
        tab.addElement(tr)

    row(["Nr", "Kontrollmoment", "Ansvarig", "Genomförd\n(Ja/Nej/Delvis)", "Avvikelse\n(Ja/Nej)", "Kommentar"],
        style=hdrst, pstyle=pbold)
    groups = [
        ("Ekonomi", [
            ("1", "Fakturering av VA-avgifter sker enligt gällande taxa", "VA-chef", "Ja", "Nej",
             "Kontroll av 30 kunder utan fel.", "GENOMFORD", "nej"),
            ("2", "Hyresdebitering för kommunens lokaler stäms av mot hyresavtal", "Fastighetschef", "Ja", "Ja",
             "Två hyresgäster debiterades fel indexuppräkning, korrigerat i juni.", "GENOMFORD", "ja"),
            ("3", "Avtalsuppföljning av entreprenader för vinterväghållning", "Gatuchef", "Delvis", "Nej",
             "Två av fyra entreprenörer följts upp.", "DELVIS", "nej"),
        ]),
        ("Personal", [
            ("4", "Tidrapportering av övertid och jour i kostenheten", "Kostchef", "Nej", "",
             "Ej gjord, omorganisation av kostenheten under våren.", "EJ_GENOMFORD", ""),
            ("5", "Skyddsronder genomförs på förråd och verkstad", "Driftchef", "Ja", "Nej", "",
             "GENOMFORD", "nej"),
        ]),
        ("Fastighet och gata", [
            ("6", "Lagstadgade besiktningar (OVK, hissar, lekplatser) genomförs enligt plan", "Fastighetschef",
             "Delvis", "Ja", "OVK klar, 3 anmärkningar åtgärdas. Hissar och lekplatser besiktas i september.",
             "DELVIS", "ja"),
            ("7", "Bidrag till enskilda vägar betalas ut enligt beslut", "Gatuchef", "", "", "", "SAKNAS", ""),
        ]),
        ("IT", [
            ("8", "Behörigheter i fastighetssystemet följs upp", "Systemförvaltare", "Utgår", "",
             "Utgår – systemet avvecklades i mars 2025.", "UTGAR", ""),
            ("9", "Driftövervakning av VA-verkens styrsystem (SCADA)", "VA-chef", "Ja", "Nej",
             "Genomförd, inga larm utan åtgärd.", "GENOMFORD", "nej"),
        ]),
    ]
    for g, ctrls in groups:
        grp(g)
        for nr, km, ans, gen, avvk, kom, exp, avv in ctrls:
            row([nr, km, ans, gen, avvk, kom])
            expect(fil, "Tekniska nämnden", km, exp, avv)
    doc.text.addElement(tab)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Herrljunga 2025-09-05", stylename=psmall))
    doc.text.addElement(P(text="Per-Olof Strand, förvaltningschef", stylename=psmall))
    path = os.path.join(OUT, fil)
    doc.save(path)
    FILES.append((fil, "INLAST", "Tekniska nämnden", YEAR, "DELAR"))


# ================================================================ E: Miljö- och byggnadsnämnden (.doc, T1 + delår)
def build_mbn():
    fil = "MBN internkontroll 2025 delår.doc"
    d = docx.Document()
    fix_doc_props(d, "Miljö- och byggförvaltningen")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("MILJÖ- OCH BYGGNADSNÄMNDEN")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Internkontroll 2025 – uppföljning tertial 1 och delår")
    d.add_paragraph("Status anges: Genomförd / Delvis / Ej genomförd / Ej aktuell. "
                    "Kontroller som görs en gång per år redovisas i den kolumn då de utfördes.")
    heads = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1\n(jan–apr)", "Status delår\n(jan–aug)",
             "Kommentar"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, heads, fill="FFF2CC")
    groups = [
        ("Ekonomi", [
            ("Debitering av timavgift i tillsynsärenden enligt taxa", "Stickprov 15 ärenden/tertial",
             "Miljöchef", "Genomförd", "Genomförd",
             "Ett ärende med fel timtaxa under T1, rättat. Inga fel i T2-urvalet.", "GENOMFORD", "ja"),
            ("Fakturering av bygglovsavgifter sker i samband med beslut", "Avstämning beslut – faktura",
             "Byggchef", "Delvis", "Genomförd", "Resterande ärenden kontrollerade i augusti, inga fel.",
             "GENOMFORD", "nej"),
        ]),
        ("Myndighetsutövning", [
            ("Handläggningstid för bygglov inom 10 veckor efter komplett ansökan", "Uttag ur ärendesystem",
             "Byggchef", "Genomförd", "",
             "Kontrolleras en gång per år. 2 ärenden överskred tiden.", "GENOMFORD", "ja"),
            ("Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslista – protokoll",
             "Nämndsekreterare", "Ej genomförd", "Delvis", "Anmälan för jan–juni gjord.", "DELVIS", ""),
            ("Tillsynsplan för livsmedelskontroll följs", "Antal genomförda inspektioner mot plan",
             "Miljöchef", "Pågår", "Pågår", "58 % av planerade inspektioner gjorda per 31/8.", "DELVIS", ""),
            ("Inkomna handlingar diarieförs inom två arbetsdagar", "Stickprov 20 handlingar", "Registrator",
             "", "", "", "SAKNAS", ""),
            ("Jävsdeklaration upprättas av handläggare", "Genomgång", "Förvaltningschef", "Ej aktuell",
             "Ej aktuell", "Ingår i kommunstyrelsens kontroll av bisysslor.", "UTGAR", ""),
        ]),
        ("Personal", [
            ("Sjukfrånvaro följs upp enligt rehabiliteringsrutinen", "Uttag ur personalsystem",
             "Förvaltningschef", "Ej genomförd", "Ej genomförd", "Flyttas till T3.", "EJ_GENOMFORD", ""),
        ]),
    ]
    for g, ctrls in groups:
        heading_row(t, g, 6, fill="EDEDED")
        for km, met, ans, t1, dl, kom, exp, avv in ctrls:
            row = t.add_row()
            for i, v in enumerate([km, met, ans, t1, dl, kom]):
                row.cells[i].text = v
            expect(fil, "Miljö- och byggnadsnämnden", km, exp, avv)
    for row in t.rows:
        for i, w in enumerate([Cm(7), Cm(4.5), Cm(3), Cm(2.6), Cm(2.6), Cm(6.5)]):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Redovisad för nämnden 2025-09-17.")
    tmp_docx = os.path.join(TMP, "mbn.docx")
    d.save(tmp_docx)
    lo_convert(tmp_docx, "doc:MS Word 97", ".doc", fil)
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", YEAR, "DELAR"))


def lo_convert(src, filt, ext, target_name):
    outdir = os.path.join(TMP, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", filt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ext)
    shutil.move(produced, os.path.join(OUT, target_name))


# ================================================================ F: Lönenämnden (xlsx, tick columns)
def build_lon():
    fil = "Lönenämnden IKP 2025 uppföljning delår.xlsx"
    wb = Workbook()
    fix_wb_props(wb, "Löneenheten")
    ws = wb.active
    ws.title = "Uppföljning"
    widths = [5, 14, 46, 26, 16, 11, 9, 11, 11, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:J1")
    ws["A1"] = "Gemensam lönenämnd Herrljunga–Vårgårda"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:J2")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (t.o.m. 31 augusti)"
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:J3")
    ws["A3"] = "Markera status med X i en av kolumnerna. Vid avvikelse beskriv i kommentaren."
    ws["A3"].font = Font(italic=True, size=9)
    for rng, txt in [("A5:A6", "Nr"), ("B5:B6", "Process"), ("C5:C6", "Kontrollmoment"),
                     ("D5:D6", "Kontrollmetod"), ("E5:E6", "Omfattning"),
                     ("F5:H5", "Status delår (markera med X)"), ("I5:I6", "Avvikelse (Ja/Nej)"),
                     ("J5:J6", "Kommentar")]:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
    ws["F6"] = "Genomförd"
    ws["G6"] = "Delvis"
    ws["H6"] = "Ej genomförd"
    for r in (5, 6):
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.alignment = CENTER
            cell.border = BORDER
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    # ticks: (genomförd, delvis, ej)
    groups = [
        ("Lön", [
            ("1", "Utbetalning av lön till avslutade anställda förhindras", "Avstämning avslut – lönekörning",
             "Varje månad", ("X", "", ""), "Nej", "Ingen felaktig utbetalning.", "GENOMFORD", "nej"),
            ("2", "Manuella lönetillägg attesteras innan utbetalning", "Stickprov", "40 st", ("X", "", ""),
             "Ja", "3 av 40 saknade attest, återkopplat till respektive chef.", "GENOMFORD", "ja"),
            ("3", "Kontroll av skattetabell och jämkningsbeslut", "Stickprov", "20 st per kommun",
             ("", "X", ""), "", "Vårgårda klart, Herrljunga återstår.", "DELVIS", ""),
        ]),
        ("Resor", [
            ("4", "Reseräkningar och traktamenten följer resepolicyn", "Stickprov", "25 st", ("X", "X", ""),
             "", "", "OKLAR", ""),
            ("5", "Körjournal bifogas vid milersättning", "Stickprov", "20 st", ("", "", "x"), "",
             "Ej hunnit p.g.a. semesterperioden.", "EJ_GENOMFORD", ""),
        ]),
        ("System", [
            ("6", "Behörigheter i lönesystemet följs upp två gånger per år", "Behörighetslista",
             "Samtliga", ("X", "", ""), "Nej", "", "GENOMFORD", "nej"),
            ("7", "Lönefil till bank stäms av mot lönelista före utbetalning", "Avstämning", "Varje månad",
             ("", "", ""), "", "", "SAKNAS", ""),
        ]),
        ("Pension", [
            ("8", "Pensionsgrundande lön rapporteras korrekt till KPA", "Avstämning", "Årligen",
             ("", "", ""), "", "Utgår 2025 – avstämningen görs av ekonomiavdelningarna.", "UTGAR", ""),
        ]),
    ]
    r = 7
    for proc, ctrls in groups:
        start = r
        for nr, km, met, omf, ticks, avvk, kom, exp, avv in ctrls:
            vals = [nr, None, km, met, omf, ticks[0], ticks[1], ticks[2], avvk, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v else None)
                cell.alignment = CENTER if c in (1, 6, 7, 8, 9) else WRAP
                cell.border = BORDER
            expect(fil, "Lönenämnden", km, exp, avv)
            r += 1
        ws.cell(start, 2, proc).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(start, 2).font = Font(bold=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Godkänd av lönechef 2025-09-03, Lena Holm")
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Lönenämnden", YEAR, "DELAR"))


# ================================================================ G: HEAB (easy xlsx)
def build_heab():
    fil = "HEAB internkontroll 2025.xlsx"
    wb = Workbook()
    fix_wb_props(wb, "HEAB")
    ws = wb.active
    ws.title = "Internkontroll"
    for i, w in enumerate([12, 50, 16, 18, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Herrljunga Elektriska AB – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning per 2025-08-31"
    heads = ["Område", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(heads, 1):
        ws.cell(4, c, h).font = Font(bold=True)
        ws.cell(4, c).border = BORDER
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Avstämning av kundreskontra mot huvudbok", "Redovisningsansvarig", "Genomförd",
         "Görs månadsvis, stämmer.", "GENOMFORD", "nej"),
        ("Elnät", "Mätarbyten registreras korrekt i kundsystemet", "Nätchef", "Delvis genomförd",
         "50 av planerade 100 byten kontrollerade, inga fel hittills.", "DELVIS", "nej"),
        ("Personal", "Elsäkerhetsutbildning för montörer är giltig", "Nätchef", "Genomförd",
         "Två montörer hade utgånget intyg, utbildning bokad i september.", "GENOMFORD", "ja"),
        ("IT", "Tvåfaktorsinloggning krävs för fjärråtkomst till driftsystem", "IT-ansvarig", "Ej genomförd",
         "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
        ("Stadsnät", "Fakturering av fiberanslutningar stäms av mot avtal", "Ekonomichef", "Genomförd", "",
         "GENOMFORD", ""),
    ]
    r = 5
    for omr, km, ans, st, kom, exp, avv in rows:
        for c, v in enumerate([omr, km, ans, st, kom], 1):
            cell = ws.cell(r, c, v if v else None)
            cell.alignment = WRAP
            cell.border = BORDER
        expect(fil, "Herrljunga Elektriska AB", km, exp, avv)
        r += 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Herrljunga Elektriska AB", YEAR, "DELAR"))


# ================================================================ H: Herrljungabostäder (docx, text only)
def build_hbab():
    fil = "Herrljungabostäder rapport intern kontroll delår 2025.docx"
    d = docx.Document()
    fix_doc_props(d, "Herrljungabostäder")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Herrljungabostäder AB", level=1)
    d.add_heading("Rapport intern kontroll, delår 2025", level=2)
    d.add_paragraph("Enligt ägardirektivet ska bolaget rapportera uppföljningen av sin internkontrollplan till "
                    "kommunstyrelsen i samband med delårsrapporten. Rapporten avser perioden januari–augusti 2025. "
                    "Styrelsen fastställde planen 2025-02-13.")
    items = [
        ("1. Hyresavisering",
         "Hyror aviseras enligt gällande hyresavtal och förhandlade hyreshöjningar.",
         "Kontrollen är genomförd i april efter hyreshöjningen. Samtliga 312 avtal stämde.",
         "GENOMFORD", "nej"),
        ("2. Hyresskulder",
         "Hyresskulder äldre än 30 dagar hanteras enligt inkassorutinen.",
         "Genomförd. Två ärenden hade inte skickats till inkasso i tid; rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("3. Upphandling",
         "Ramavtal används vid beställning av underhållsarbeten.",
         "Påbörjad – fakturor för kvartal 1 är kontrollerade, resten görs under hösten.",
         "DELVIS", ""),
        ("4. Nycklar och passersystem",
         "Kvittens finns för samtliga utlämnade huvudnycklar.",
         "Ej genomförd, flyttas till helårsuppföljningen.",
         "EJ_GENOMFORD", ""),
        ("5. Brandskydd",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter.",
         "",
         "SAKNAS", ""),
        ("6. Personuppgifter",
         "Personuppgifter om före detta hyresgäster gallras enligt gallringsplan.",
         "Genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
    ]
    for rub, km, res, exp, avv in items:
        p = d.add_paragraph()
        p.add_run(rub).bold = True
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").italic = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").italic = True
        if res:
            p.add_run(res)
        expect(fil, "Herrljungabostäder AB", km, exp, avv)
    d.add_paragraph()
    d.add_paragraph("Herrljunga 2025-09-10\nJonas Berg, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Herrljungabostäder AB", YEAR, "DELAR"))


# ================================================================ I: rejected - meeting invitation (docx)
def build_kallelse():
    fil = "Kallelse SN 2025-09-23.docx"
    d = docx.Document()
    fix_doc_props(d, "Nämndsekreterare")
    d.styles["Normal"].font.name = "Calibri"
    p = d.add_paragraph()
    r = p.add_run("KALLELSE")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph("Tid: Tisdag 23 september 2025 kl. 13.30\nPlats: Kommunhuset, sammanträdesrum Tornet\n"
                    "Förhinder anmäls till nämndsekreteraren senast dagen före.")
    d.add_paragraph("Ärenden")
    items = [
        ("1", "Val av justerare", ""),
        ("2", "Godkännande av dagordning", ""),
        ("3", "Ekonomisk uppföljning augusti 2025", "SN 2025/12"),
        ("4", "Delårsrapport januari–augusti 2025", "SN 2025/88"),
        ("5", "Uppföljning av internkontrollplan 2025, delår", "SN 2025/9"),
        ("6", "Riktlinje för handläggning av ekonomiskt bistånd – revidering", "SN 2025/64"),
        ("7", "Redovisning av delegationsbeslut", ""),
        ("8", "Meddelanden", ""),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Ärende", "Dnr"])
    for nr, txt, dnr in items:
        row = t.add_row()
        row.cells[0].text = nr
        row.cells[1].text = txt
        row.cells[2].text = dnr
    d.add_paragraph()
    d.add_paragraph("Handlingarna finns tillgängliga i nämndappen.\n\nAnders Nilsson (C)\nOrdförande\n\n"
                    "Sofia Karlsson\nNämndsekreterare")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelseförvaltningen"),
    ("Bildningsnämnden", "BIN|BN|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    ("Lönenämnden", "Gemensam lönenämnd Herrljunga–Vårgårda|Gemensam lönenämnd Herrljunga-Vårgårda|"
                    "Lönenämnden Herrljunga-Vårgårda|Löneenheten"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Herrljunga Elektriska AB", "HEAB|Herrljunga Elektriska|Herrljunga Elektriska Aktiebolag"),
    ("Herrljungabostäder AB", "HBAB|Herrljunga Bostäder|Herrljungabostäder"),
]


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in NAMNDER:
            w.writerow([n, a])
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-for-byte repeatable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    os.replace(tmp, path)


def main():
    os.makedirs(TMP, exist_ok=True)
    build_ks()
    build_bin()
    build_sn()
    build_tn()
    build_mbn()
    build_lon()
    build_heab()
    build_hbab()
    build_kallelse()
    write_csvs()
    for f in sorted(os.listdir(OUT)):
        if f.endswith((".xlsx", ".docx", ".odt")):
            normalize_zip(os.path.join(OUT, f))
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(set(r[0] for r in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
