#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 527 - Gislaved kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; uses LibreOffice for .xls/.ods)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round527"
BUILD = "/tmp/r527_build"

YEAR = "2025"
PERIOD = "DELAR"

files_rows = []      # fil;utfall;nämnd;år;period
expected_rows = []   # fil;nämnd;kontrollmoment;status;avvikelse

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
PROC_FILL = PatternFill("solid", fgColor="EDEDED")


def exp(fil, namnd, km, status, avv):
    expected_rows.append([fil, namnd, km.replace("\n", " "), status, avv])


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fixed_props(wb):
    wb.properties.creator = "Gislaveds kommun"
    wb.properties.lastModifiedBy = "Gislaveds kommun"
    import datetime
    d = datetime.datetime(2025, 9, 10, 9, 0, 0)
    wb.properties.created = d
    wb.properties.modified = d


def fixed_docprops(doc):
    import datetime
    d = datetime.datetime(2025, 9, 12, 9, 0, 0)
    doc.core_properties.author = "Gislaveds kommun"
    doc.core_properties.last_modified_by = "Gislaveds kommun"
    doc.core_properties.created = d
    doc.core_properties.modified = d
    doc.core_properties.revision = 1


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen - xlsx, title rows, merged process headings, Status column
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "IK_delar_2025_KS.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Delårsrapport januari–augusti"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A2"].font = BOLD
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen     Upprättad: 2025-09-10 av Karin Bengtsson, controller"
    heads = ["Nr", "Kontrollmoment", "Risk", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Status", "Resultat", "Avvikelse (ja/nej)", "Åtgärd"]
    r = 5
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = WRAP
    widths = [6, 48, 8, 24, 13, 20, 16, 46, 11, 36]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    data = [
        ("Process: Ekonomi och redovisning", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen\nStickprov 25 fakturor per tertial",
             "Hög", "Stickprov i Raindance", "Tertialvis", "Redovisningschef", "Genomförd",
             "25 fakturor granskade i T1 och 25 i delår. 2 fakturor attesterade av ersättare utan giltig delegation.",
             "Ja", "Påminnelse om attestordningen skickad till berörda chefer.", "GENOMFORD", "ja"),
            ("1.2", "Avstämning av balanskonton inför delårsbokslut\nKontroll att samtliga balanskonton har specifikation",
             "Medel", "Genomgång av avstämningsmallar", "Delår och helår", "Redovisningsekonom", "Genomförd",
             "Samtliga balanskonton avstämda och specificerade per 2025-08-31.", "Nej", "", "GENOMFORD", "nej"),
            ("1.3", "Representation och förtroendekänsliga poster\nStickprov 15 verifikationer",
             "Hög", "Granskning av verifikationer mot riktlinje för representation", "Halvårsvis", "Controller",
             "Delvis genomförd",
             "10 av 15 verifikationer granskade, inga fel hittills. Resterande granskas till helårsuppföljningen.",
             "Nej", "", "DELVIS", "nej"),
        ]),
        ("Process: Upphandling och inköp", [
            ("2.1", "Inköp följer gällande ramavtal\nStickprov 30 inköp över 10 tkr",
             "Hög", "Avtalstrohetsanalys, leverantörsreskontra", "Tertialvis", "Upphandlingschef", "Genomförd",
             "3 av 30 inköp gjorda utanför avtal (kontorsmöbler och konsulttjänst).",
             "Ja", "Information till beställare om avtalskatalogen på intranätet.", "GENOMFORD", "ja"),
            ("2.2", "Direktupphandlingar dokumenteras enligt riktlinjen\nGenomgång av samtliga direktupphandlingar över 100 tkr",
             "Medel", "Genomgång av dokumentation i diariet", "Årligen", "Upphandlingschef", "Ej genomförd",
             "Ej genomförd på grund av vakans på upphandlingsenheten. Flyttas till hösten.",
             "", "Genomförs under oktober–november.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Personal", [
            ("3.1", "Löneutbetalningar stämmer mot anställningsbeslut\nStickprov 20 nyanställda",
             "Medel", "Jämförelse anställningsavtal mot lönesystem", "Halvårsvis", "Lönechef", "Genomförd",
             "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
            ("3.2", "Avslut av behörigheter vid avslutad anställning\nJämförelse personalsystem mot AD-konton",
             "Hög", "Systemuttag och avstämning", "Tertialvis", "IT-chef", "Genomförd",
             "14 konton var fortfarande aktiva efter anställningens slut. Samtliga är nu avslutade.",
             "Ja", "Automatisk avaktivering kopplad till personalsystemet utreds.", "GENOMFORD", "ja"),
        ]),
        ("Process: Informationssäkerhet och ärendehantering", [
            ("4.1", "Informationsklassning av verksamhetssystem\nKontroll att klassning är gjord för kritiska system",
             "Hög", "Genomgång av klassningsregister", "Årligen", "Informationssäkerhetssamordnare", "Pågår",
             "Klassning klar för 6 av 11 kritiska system.", "", "", "DELVIS", ""),
            ("4.2", "Diarieföring av inkommande handlingar\nStickprov 20 e-postärenden till kommunens funktionsbrevlåda",
             "Medel", "Stickprov", "Halvårsvis", "Kanslichef", "Utgår",
             "Utgår enligt KS beslut 2025-04-02 § 61, ersatt av kommunövergripande granskning.",
             "", "", "UTGAR", ""),
            ("4.3", "Anmälan av delegationsbeslut till kommunstyrelsen\nJämförelse delegationslista mot protokoll",
             "Låg", "Jämförelse", "Helår", "Kanslichef", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for proc, rows in data:
        ws.cell(r, 1, proc).font = BOLD
        for c in range(1, 11):
            ws.cell(r, c).fill = PROC_FILL
            ws.cell(r, c).border = BORDER
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:10], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.row_dimensions[r].height = 45
            exp(fil, namnd, row[1], row[10], row[11])
            r += 1
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", namnd, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - xlsx with subtotal rows per process
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "Uppföljning IKP BUN delår 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, delår 1 januari – 31 augusti"
    ws["A2"].font = Font(italic=True)
    heads = ["Kontrollmoment", "Risk", "Kontrollmetod", "Frekvens", "Ansvarig", "Status",
             "Resultat", "Avvikelse (ja/nej)", "Åtgärd"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5496")
        cell.alignment = WRAP
        cell.border = BORDER
    for i, w in enumerate([50, 9, 26, 14, 20, 16, 46, 11, 34], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    groups = [
        ("Elevhälsa, trygghet och skolplikt", [
            ("Hantering av frånvaroanmälningar och upprepad frånvaro\nStickprov: 10 elever med mer än 15 % frånvaro per skolenhet",
             "Hög", "Uttag ur närvarosystemet och genomgång av utredningar", "Tertialvis", "Rektorer / verksamhetschef",
             "Genomförd", "Utredning av frånvaron är påbörjad för samtliga elever i stickprovet.", "Nej", "",
             "GENOMFORD", "nej"),
            ("Anmälan om kränkande behandling till huvudman\nGenomgång av anmälningar i DF Respons",
             "Hög", "Systemuttag", "Tertialvis", "Verksamhetschef grundskola",
             "Genomförd", "4 anmälningar har inte vidarebefordrats till huvudman inom en vecka.", "Ja",
             "Rutinen förtydligad och gicks igenom på rektorsmöte 2025-08-14.", "GENOMFORD", "ja"),
            ("Skolplikt – elever som flyttat ut ur kommunen avregistreras korrekt\nAvstämning av elevregistret mot folkbokföringen",
             "Medel", "Avstämning", "Halvårsvis", "Skoladministratör",
             "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
            ("Extra anpassningar och åtgärdsprogram dokumenteras\nStickprov 15 elever, 5 skolor",
             "Medel", "Genomgång av elevakter", "Årligen", "Elevhälsochef",
             "Delvis genomförd", "Granskningen är gjord på 3 av 5 skolor.", "", "Resterande skolor granskas i oktober.",
             "DELVIS", ""),
        ], "Antal kontroller: 4, varav genomförda: 3"),
        ("Ekonomi", [
            ("Debitering av avgifter för förskola och fritidshem (maxtaxa)\nStickprov 20 hushåll: inkomstuppgift mot debiterad avgift",
             "Hög", "Stickprov i avgiftssystemet", "Halvårsvis", "Ekonom BUF",
             "Genomförd", "2 hushåll hade debiterats fel avgift. Rättat och återbetalt.", "Ja",
             "Påminnelse om inkomstuppgift skickas två gånger per år.", "GENOMFORD", "ja"),
            ("Interkommunal ersättning faktureras för elever från andra kommuner\nAvstämning av elevregister mot fakturerade belopp",
             "Medel", "Avstämning", "Halvårsvis", "Ekonom BUF",
             "Genomförd", "Samtliga elever fakturerade för vårterminen.", "Nej", "", "GENOMFORD", "nej"),
            ("Skolskjuts beviljas enligt riktlinjerna\nStickprov 10 beslut om skolskjuts",
             "Låg", "Genomgång av beslut", "Årligen", "Skolskjutshandläggare",
             "Ej påbörjad", "Ej påbörjad, genomförs under oktober.", "", "", "EJ_GENOMFORD", ""),
        ], "Antal kontroller: 3, varav genomförda: 2"),
        ("Personal och säkerhet", [
            ("Registerkontroll ur belastningsregistret före anställning\nStickprov 20 nyanställda inom förskola och skola",
             "Hög", "Kontroll i personalakt", "Halvårsvis", "HR-partner",
             "Genomförd", "1 anställning saknade uppvisat utdrag ur belastningsregistret.", "Ja",
             "HR kontrollerar utdraget i samband med att anställningsavtalet skrivs.", "GENOMFORD", "ja"),
            ("Systematiskt brandskyddsarbete (SBA) på samtliga enheter\nKontroll av egenkontrollprotokoll",
             "Medel", "Genomgång av protokoll", "Årligen", "Förvaltningschef",
             "Ej aktuell", "Ansvaret är överfört till Tekniska förvaltningen från 2025.", "", "",
             "UTGAR", ""),
        ], "Antal kontroller: 2, varav genomförda: 1"),
    ]
    r = 5
    for proc, rows, subtotal in groups:
        ws.cell(r, 1, proc).font = Font(bold=True, size=12)
        for c in range(1, 10):
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            for c, v in enumerate(row[:9], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.row_dimensions[r].height = 48
            exp(fil, namnd, row[0], row[9], row[10])
            r += 1
        ws.cell(r, 1, subtotal).font = Font(italic=True, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
    r += 1
    ws.cell(r, 1, "Totalt antal kontroller: 9, varav genomförda: 6").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 2
    ws.cell(r, 1, "Uppföljningen redovisas för nämnden 2025-09-24. Kontaktperson: Jonas Axelsson, förvaltningsekonom.")
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", namnd, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# F3  Socialnämnden - docx, table with merged process rows, notes + signature block
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_lines(cell, lines, bold_first=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.font.size = Pt(size)
        if i == 0 and bold_first:
            run.bold = True
        if i > 0 and bold_first:
            run.italic = True


def f3_sn():
    fil = "Socialnämnden - uppföljning intern kontroll delår 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Gislaveds kommun\tSocialförvaltningen\tDnr SN 2025/112"

    doc.add_heading("Uppföljning av intern kontroll 2025 – delårsbokslut", level=1)
    doc.add_paragraph("Socialnämnden, Gislaveds kommun")
    doc.add_paragraph("Uppföljningsperiod: januari–augusti 2025")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 187). Nedan redovisas resultatet "
        "av de kontroller som ska vara genomförda vid delårsbokslutet. Kontrollmomentets andra rad anger urval.")

    heads = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Resultat", "Avvikelse (ja/nej)", "Åtgärd"]
    groups = [
        ("Myndighetsutövning – individ- och familjeomsorg", [
            (["Förhandsbedömning av orosanmälningar inom 14 dagar", "Urval: samtliga anmälningar i mars och juni"],
             "Uttag ur Treserva", "Två gånger per år", "Enhetschef barn och familj",
             "Genomförd. 212 anmälningar, varav 9 förhandsbedömda efter mer än 14 dagar.", "Ja",
             "Utökad bemanning i mottagningsgruppen under sommaren.", "GENOMFORD", "ja"),
            (["Utredningstid för barnavårdsutredningar (4 månader)", "Urval: avslutade utredningar januari–juni"],
             "Uttag ur Treserva", "Två gånger per år", "Enhetschef barn och familj",
             "Genomförd. Samtliga utredningar avslutade inom lagstadgad tid eller med beslut om förlängning.", "Nej",
             "", "GENOMFORD", "nej"),
            (["Beslut om ekonomiskt bistånd är korrekt dokumenterade", "Urval: 20 slumpvis valda akter"],
             "Aktgranskning", "Tertialvis", "Enhetschef försörjningsstöd",
             "Delvis genomförd – 12 av 20 akter granskade. Granskningen slutförs i oktober.", "",
             "", "DELVIS", ""),
        ]),
        ("Äldreomsorg och funktionsstöd", [
            (["Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut om hemtjänst", "Urval: 25 nya beslut"],
             "Journalgranskning", "Halvårsvis", "Enhetschefer hemtjänst",
             "Genomförd. 6 av 25 saknade genomförandeplan inom 14 dagar.", "Ja",
             "Uppföljning på APT och ny checklista för nya ärenden.", "GENOMFORD", "ja"),
            (["Avvikelser enligt SoL och HSL rapporteras och följs upp", "Urval: avvikelsesystemet, samtliga enheter"],
             "Genomgång av avvikelsesystemet", "Tertialvis", "Kvalitetsutvecklare",
             "Ej genomförd. Kontrollen har prioriterats ned på grund av införandet av nytt verksamhetssystem.", "",
             "Genomförs till helårsuppföljningen.", "EJ_GENOMFORD", ""),
            (["Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov", "Urval: samtliga rapporter"],
             "Genomgång av rapporter och utredningar", "Tertialvis", "Kvalitetsutvecklare",
             "Genomförd utan anmärkning. 7 rapporter, varav 1 anmäld till IVO.", "Nej", "", "GENOMFORD", "nej"),
            (["Läkemedelshantering på särskilda boenden", "Urval: egenkontroll på två boenden"],
             "Egenkontroll enligt MAS-rutin", "Årligen", "MAS",
             "Se bilaga 2.", "", "", "OKLAR", ""),
        ]),
        ("Ekonomi", [
            (["Fakturor från hemtjänstutförare enligt LOV stämmer mot utförd tid", "Urval: 3 utförare, en månad"],
             "Avstämning tidsregistrering mot faktura", "Halvårsvis", "Ekonom socialförvaltningen",
             "Genomförd. Differens på 41 timmar hos en utförare, kreditfaktura begärd.", "Ja",
             "Utföraren har fått skriftlig påminnelse om avtalsvillkoren.", "GENOMFORD", "ja"),
            (["Hantering av brukares kontanter på gruppbostäder", "Urval: kassabok och kvitton på 4 gruppbostäder"],
             "Kontroll på plats", "Årligen", "Verksamhetschef funktionsstöd",
             "Utgår enligt beslut i socialnämnden 2025-05-21 § 48; ersätts av en fördjupad granskning 2026.", "",
             "", "UTGAR", ""),
        ]),
    ]
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        cell_lines(c, [h], bold_first=True)
        set_cell_shading(c, "BDD7EE")
    for proc, rows in groups:
        row = table.add_row()
        m = row.cells[0].merge(row.cells[-1])
        cell_lines(m, [proc], bold_first=True, size=10)
        set_cell_shading(m, "E7E6E6")
        for item in rows:
            row = table.add_row()
            cell_lines(row.cells[0], item[0], bold_first=True)
            for j, v in enumerate(item[1:7], 1):
                cell_lines(row.cells[j], [v])
            exp(fil, namnd, " ".join(item[0]), item[7], item[8])
    widths = [Cm(6.5), Cm(3.2), Cm(2.3), Cm(3.0), Cm(6.0), Cm(1.8), Cm(3.3)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Noteringar").bold = True
    doc.add_paragraph("Resultatet för läkemedelshanteringen redovisas i medicinskt ansvarig sjuksköterskas "
                      "rapport, bilaga 2.", style="List Number")
    doc.add_paragraph("Kontrollen av kontanthantering på gruppbostäder ingår inte längre i planen för 2025.",
                      style="List Number")
    doc.add_paragraph("Avvikelser som redovisas ovan har kommunicerats till berörda enhetschefer.",
                      style="List Number")
    doc.add_paragraph()
    doc.add_paragraph("Gislaved 2025-09-12")
    sig = doc.add_table(rows=3, cols=2)
    sig.cell(0, 0).text = "\n\n_______________________________"
    sig.cell(0, 1).text = "\n\n_______________________________"
    sig.cell(1, 0).text = "Eva Johansson"
    sig.cell(1, 1).text = "Lars Nilsson"
    sig.cell(2, 0).text = "Socialchef"
    sig.cell(2, 1).text = "Ordförande, socialnämnden"
    fixed_docprops(doc)
    doc.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", namnd, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# F4  Kultur- och fritidsnämnden - .xls, nämnd only in sheet name, status codes with legend
# ---------------------------------------------------------------------------
def f4_kfn():
    fil = "Internkontroll uppföljning 2025-08.xls"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion för uppföljning av internkontrollplan"
    ins["A1"].font = Font(bold=True, size=13)
    ins["A3"] = "Fyll i kolumnerna Status, Resultat, Avvikelse (ja/nej) och Åtgärd för varje kontrollmoment."
    ins["A4"] = "Ange status med bokstavskod enligt förklaringen under tabellen. Markera cellen med färg."
    ins["A5"] = "Skicka filen till ekonomienheten senast 2025-09-08."
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Kultur- och fritidsnämnden")
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Delår (januari–augusti)"
    heads = ["Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Frekvens", "Ansvarig", "Status",
             "Resultat", "Avvikelse (ja/nej)", "Åtgärd"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.border = BORDER
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    for i, w in enumerate([50, 9, 28, 13, 20, 8, 46, 11, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fills = {"G": "92D050", "D": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    groups = [
        ("Föreningsbidrag", [
            ("Utbetalning av aktivitetsstöd till föreningar\nStickprov 10 föreningar: närvarolistor mot ansökan",
             9, "Stickprov", "Halvårsvis", "Föreningskonsulent", "G",
             "Två föreningar hade redovisat deltagare äldre än 25 år.", "Ja", "Återkrav skickat.",
             "GENOMFORD", "ja"),
            ("Anläggnings- och lokalbidrag beslutas enligt bidragsreglerna\nGenomgång av samtliga beslut våren 2025",
             6, "Genomgång av beslut", "Årligen", "Föreningskonsulent", "G",
             "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
            ("Föreningars årsredovisningar har kommit in innan bidrag betalas ut\nKontroll i föreningsregistret",
             4, "Registerkontroll", "Årligen", "Administratör", "D",
             "Kontroll gjord för idrottsföreningar, kulturföreningar återstår.", "", "", "DELVIS", ""),
        ]),
        ("Bibliotek och kulturverksamhet", [
            ("Kontanthantering vid bibliotekens kassor\nKassaavstämning mot dagsrapport, 5 tillfällen",
             6, "Oanmäld kassakontroll", "Tertialvis", "Bibliotekschef", "G",
             "Differens på 150 kr vid ett tillfälle på Anderstorps bibliotek.", "Ja",
             "Genomgång av kassarutin med personalen.", "GENOMFORD", "ja"),
            ("Inköp av medier sker enligt avtal\nStickprov 15 fakturor",
             4, "Stickprov leverantörsfakturor", "Årligen", "Bibliotekschef", "E",
             "Ej utförd under perioden.", "", "Genomförs under tertial 3.", "EJ_GENOMFORD", ""),
            ("Personuppgifter i kulturskolans elevregister gallras enligt gallringsplan\nKontroll av gallring",
             3, "Systemkontroll", "Årligen", "Kulturskolechef", "U",
             "Kulturskolan tillhör barn- och utbildningsnämnden från 2025-01-01.", "", "", "UTGAR", ""),
        ]),
        ("Anläggningar och bokning", [
            ("Bokning och fakturering av idrottshallar\nAvstämning bokningssystem mot fakturerat belopp, 2 månader",
             6, "Avstämning", "Halvårsvis", "Fritidschef", "G",
             "Maj och juni avstämda, 4 bokningar var inte fakturerade (8 400 kr).", "Ja", "Fakturerat i efterhand.",
             "GENOMFORD", "ja"),
            ("Säkerhetsrutiner vid Gislaveds simhall\nKontroll av tillsynsschema och dokumenterade övningar",
             12, "Dokumentgranskning", "Halvårsvis", "Badmästare", "",
             "Kontroll genomförd i juni, inga brister.", "Nej", "", "GENOMFORD", "nej"),
            ("Tillsyn av motionsspår och elljusspår\nKontroll av besiktningsprotokoll",
             4, "Dokumentgranskning", "Årligen", "Fritidschef", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    r = 5
    for proc, rows in groups:
        ws.cell(r, 1, proc).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            for c, v in enumerate(row[:9], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            code = row[5]
            if code:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=fills[code])
                ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            ws.row_dimensions[r].height = 45
            exp(fil, namnd, row[0], row[9], row[10])
            r += 1
    r += 1
    ws.cell(r, 1, "Statusförklaring").font = BOLD
    r += 1
    for code, txt in [("G", "Genomförd"), ("D", "Delvis genomförd / pågår"), ("E", "Ej genomförd"),
                      ("U", "Utgår / ej aktuell")]:
        ws.cell(r, 1, f"{code} = {txt}")
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=fills[code])
        r += 1
    wb.active = 1
    fixed_props(wb)
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, "Internkontroll uppföljning 2025-08.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "xls", OUT)
    files_rows.append([fil, "INLAST", namnd, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# F5  Tekniska nämnden - xlsx, two-row frozen header, hidden helper column,
#     nämnd/period only in print header and file name
# ---------------------------------------------------------------------------
def f5_tn():
    fil = "TN_internkontroll_delar_2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    # two-row header
    top = [("Nr", 1, 1), ("Process (hjälpkolumn)", 2, 2), ("Kontrollmoment", 3, 3), ("Risk", 4, 4),
           ("Plan", 5, 7), ("Uppföljning delår 2025", 8, 11)]
    sub = {5: "Kontrollmetod", 6: "Frekvens", 7: "Ansvarig", 8: "Status", 9: "Resultat",
           10: "Avvikelse (ja/nej)", 11: "Åtgärd"}
    hdr_fill = PatternFill("solid", fgColor="C6E0B4")
    for txt, c1, c2 in top:
        ws.cell(1, c1, txt)
        if c1 == c2:
            ws.merge_cells(start_row=1, start_column=c1, end_row=2, end_column=c1)
        else:
            ws.merge_cells(start_row=1, start_column=c1, end_row=1, end_column=c2)
    for c, txt in sub.items():
        ws.cell(2, c, txt)
    for rr in (1, 2):
        for c in range(1, 12):
            cell = ws.cell(rr, c)
            cell.font = BOLD
            cell.fill = hdr_fill
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for i, w in enumerate([5, 22, 48, 8, 26, 12, 18, 20, 46, 11, 32], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.column_dimensions["B"].hidden = True

    groups = [
        ("Vatten och avlopp", [
            ("Provtagning av dricksvatten enligt kontrollprogrammet\nGenomgång av laboratoriets provsvar",
             "Hög", "Genomgång av provsvar", "Månadsvis", "VA-chef", "Genomförd",
             "Samtliga prover tagna. Ett prov i Reftele med anmärkning (koliforma bakterier), åtgärdat genom spolning och omprov.",
             "Ja", "Utökad provtagning i Reftele under hösten.", "GENOMFORD", "ja"),
            ("Debitering av VA-avgifter mot mätarställning\nStickprov 30 abonnenter",
             "Medel", "Stickprov i kundsystemet", "Halvårsvis", "Kundtjänstchef", "Genomförd med anmärkning",
             "4 abonnenter debiterade på schablon trots avläst mätarställning.", "Ja",
             "Rättelsefakturor skickade.", "GENOMFORD", "ja"),
        ]),
        ("Gata och park", [
            ("Vinterväghållning utförs enligt avtal med entreprenör\nKontroll av körjournaler mot fakturor",
             "Medel", "Avstämning körjournal/faktura", "Säsong", "Gatuchef", "Genomförd",
             "Körjournaler och fakturor stämmer, inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
            ("Huvudbesiktning av lekplatser på allmän platsmark\nKontroll av besiktningsprotokoll",
             "Hög", "Dokumentgranskning", "Årligen", "Parkchef", "Pågående",
             "Besiktning klar för 18 av 32 lekplatser.", "", "", "DELVIS", ""),
        ]),
        ("Fastighetsförvaltning", [
            ("Obligatorisk ventilationskontroll (OVK) i kommunens lokaler\nKontroll mot besiktningsregistret",
             "Hög", "Registerkontroll", "Årligen", "Fastighetschef", "Genomförd",
             "3 fastigheter har underkänd OVK, åtgärder är beställda.", "Ja",
             "Åtgärder klara senast 2025-12-31.", "GENOMFORD", "ja"),
            ("Systematiskt brandskyddsarbete i kommunens fastigheter\nStickprov 8 fastigheter",
             "Hög", "Kontroll på plats", "Årligen", "Fastighetschef", "Ej påbörjad",
             "Planeras till november.", "", "", "EJ_GENOMFORD", ""),
        ]),
        ("Måltidsverksamhet", [
            ("Egenkontroll av livsmedelshantering i skolkök\nStickprov 6 kök, temperaturloggar",
             "Medel", "Kontroll av loggar", "Tertialvis", "Kostchef", "Genomförd",
             "Inga fel hittades i loggarna.", "", "", "GENOMFORD", "nej"),
            ("Specialkost dokumenteras och levereras enligt beställning\nKontroll av 20 beställningar",
             "Hög", "Stickprov", "Halvårsvis", "Kostchef", "Genomförd",
             "1 felleverans (laktosfri kost), rutinen är uppdaterad.", "Ja", "Rutin uppdaterad 2025-06-02.",
             "GENOMFORD", "ja"),
            ("Inköp av livsmedel sker från upphandlade leverantörer\nAvtalstrohet i e-handelssystemet",
             "Medel", "Systemuttag", "Halvårsvis", "Kostchef", "Utgår",
             "Ersätts av kommunövergripande kontroll av avtalstrohet i kommunstyrelsens plan.", "", "",
             "UTGAR", ""),
        ]),
    ]
    r = 3
    n = 0
    for proc, rows in groups:
        ws.cell(r, 1, proc).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
        for row in rows:
            n += 1
            vals = [n, proc] + list(row[:9])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.row_dimensions[r].height = 48
            exp(fil, namnd, row[0], row[9], row[10])
            r += 1
    ws.freeze_panes = "C3"
    ws.print_title_rows = "1:2"
    ws.oddHeader.left.text = "Tekniska nämnden"
    ws.oddHeader.center.text = "Uppföljning intern kontroll – delår 2025"
    ws.oddHeader.right.text = "Gislaveds kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.auto_filter.ref = f"A2:K{r - 1}"
    fixed_props(wb)
    wb.save(os.path.join(OUT, fil))
    files_rows.append([fil, "INLAST", namnd, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# F6  Miljö- och byggnämnden - .ods, process column merged vertically, T1 + delår + helår status columns
# ---------------------------------------------------------------------------
def f6_mbn():
    fil = "MBN uppföljning internkontroll 2025 delår.ods"
    namnd = "Miljö- och byggnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Miljö- och byggnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per tertial. Denna version: delårsuppföljning per 2025-08-31 (T1-status från aprilrapporten)."
    heads = ["Process", "Kontrollmoment", "Risk", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Status T1", "Status delår", "Status helår", "Resultat / kommentar", "Avvikelse (ja/nej)", "Åtgärd"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.border = BORDER
        cell.alignment = WRAP
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    for i, w in enumerate([16, 48, 8, 24, 12, 18, 12, 12, 12, 46, 11, 30], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    groups = [
        ("Bygglov och byggtillsyn", [
            ("Handläggningstid för bygglov inom 10 veckor\nUttag ur ärendesystemet för ärenden beslutade jan–jun",
             "Hög", "Systemuttag", "Halvårsvis", "Bygglovschef", "Påbörjad", "Klar", "",
             "96 % inom lagstadgad tid, 5 ärenden överskred tiden.", "Ja",
             "Ärendebalansen följs upp veckovis.", "GENOMFORD", "ja"),
            ("Avgiftsuttag för bygglov enligt taxa\nStickprov 15 beslut",
             "Medel", "Stickprov", "Årligen", "Bygglovschef", "Klar", "", "",
             "T1: Samtliga 15 beslut debiterade enligt taxa.", "Nej", "", "GENOMFORD", "nej"),
            ("Slutbesked utfärdas först efter komplett underlag\nStickprov 10 slutbesked",
             "Hög", "Aktgranskning", "Halvårsvis", "Byggnadsinspektör", "Ej påbörjad", "Påbörjad", "",
             "5 av 10 slutbesked granskade.", "", "", "DELVIS", ""),
        ]),
        ("Miljö- och hälsoskydd", [
            ("Planerade livsmedelsinspektioner genomförs enligt tillsynsplanen\nUppföljning mot tillsynsplan",
             "Hög", "Uppföljning i tillsynsregistret", "Tertialvis", "Miljöchef", "Påbörjad", "Påbörjad", "",
             "58 % av planerade inspektioner genomförda per augusti (mål 67 %).", "Ja",
             "Inhyrd inspektör under hösten.", "DELVIS", "ja"),
            ("Fakturering av timavgift för tillsyn\nAvstämning tidrapportering mot fakturering",
             "Medel", "Avstämning", "Halvårsvis", "Administrativ chef", "Ej påbörjad", "Ej påbörjad", "",
             "Resursbrist, genomförs under tertial 3.", "", "", "EJ_GENOMFORD", ""),
            ("Jäv och bisysslor bland inspektörer\nInsamling av bisyssleblanketter",
             "Medel", "Blankettinsamling", "Årligen", "Miljöchef", "Klar", "Klar", "",
             "Samtliga blanketter inkomna, ingen otillåten bisyssla.", "Nej", "", "GENOMFORD", "nej"),
            ("Handläggning av klagomål på boendemiljö\nGenomgång av ärenden äldre än 3 månader",
             "Låg", "Ärendegenomgång", "Halvårsvis", "Miljöinspektör", "-", "Ej aktuell", "",
             "Kontrollmomentet ströks vid revideringen av planen i maj (MBN 2025-05-14 § 52).", "", "",
             "UTGAR", ""),
        ]),
        ("Administration", [
            ("Diarieföring och arkivering av bygglovsärenden\nStickprov 20 ärenden i e-arkivet",
             "Medel", "Stickprov", "Årligen", "Nämndsekreterare", "", "Klar", "",
             "2 ärenden saknade slutligt beslut i e-arkivet, kompletterat.", "Ja", "", "GENOMFORD", "ja"),
            ("Delegationsbeslut anmäls till nämnden\nJämförelse mellan delegationslista och protokoll",
             "Medel", "Jämförelse", "Tertialvis", "Nämndsekreterare", "Klar", "Se kommentar", "",
             "Se separat rapport till nämnden 2025-09-18.", "", "", "OKLAR", ""),
        ]),
    ]
    r = 5
    for proc, rows in groups:
        start = r
        for row in rows:
            vals = [proc if r == start else None] + list(row[:11])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.row_dimensions[r].height = 45
            exp(fil, namnd, row[0], row[11], row[12])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).font = BOLD
    r += 1
    ws.cell(r, 1, "Statusvärden: Klar / Påbörjad / Ej påbörjad / Ej aktuell. Helårsstatus fylls i vid bokslut.")
    ws.freeze_panes = "C5"
    fixed_props(wb)
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, "MBN uppföljning internkontroll 2025 delår.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", OUT)
    files_rows.append([fil, "INLAST", namnd, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# F7  Stratsys CSV export - two organisations (KAN + AB Gislavedshus)
# ---------------------------------------------------------------------------
def f7_csv():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    heads = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Period", "Status", "Kommentar", "Avvikelse", "Åtgärd"]
    kan = "Kompetens- och arbetslivsnämnden"
    gh = "AB Gislavedshus"
    rows = [
        (kan, "Vuxenutbildning", "Betygsdokumentation inom vuxenutbildningen\nUrval: 20 betyg från vårterminen",
         "Stickprov i elevsystemet", "Halvår", "Rektor vuxenutbildningen", "Genomförd",
         "Samtliga betyg korrekt dokumenterade och signerade.", "Nej", "", "GENOMFORD", "nej"),
        (kan, "Arbetsmarknad", "Utbetalning av ersättning till deltagare i arbetsmarknadsinsatser\nUrval: 15 deltagare",
         "Stickprov", "Tertial", "Enhetschef arbetsmarknad", "Genomförd",
         "1 deltagare fick dubbel utbetalning i maj, beloppet är återkrävt.", "Ja",
         "Kontroll före utbetalning infördes i juni.", "GENOMFORD", "ja"),
        (kan, "Vuxenutbildning", "Uppföljning av upphandlade anordnare inom yrkesvux\nGenomgång av avtalsuppföljningar",
         "Dokumentgranskning", "År", "Rektor vuxenutbildningen", "Pågående",
         "Två av tre anordnare uppföljda.", "", "", "DELVIS", ""),
        (kan, "Ekonomi", "Redovisning av statsbidrag till Skolverket\nKontroll av rekvisition mot utfall",
         "Avstämning", "År", "Controller", "Ej påbörjad",
         "Genomförs i samband med bokslutet.", "", "", "EJ_GENOMFORD", ""),
        (kan, "Informationssäkerhet", "Behörigheter i elevsystemet\nGenomgång av aktiva användarkonton",
         "Systemuttag", "Halvår", "Systemförvaltare", "Genomförd", "", "Nej", "", "GENOMFORD", "nej"),
        (gh, "Uthyrning", "Hyresavtal upprättas och debiteras korrekt\nUrval: 20 nya avtal",
         "Stickprov", "Halvår", "Uthyrningschef", "Genomförd", "Inga avvikelser.", "Nej", "",
         "GENOMFORD", "nej"),
        (gh, "Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn\nUrval: 10 tilldelningar",
         "Stickprov", "Halvår", "Uthyrningschef", "Genomförd",
         "1 tilldelning saknade dokumenterad motivering till avsteg från kön.", "Ja",
         "Mall för motivering införd.", "GENOMFORD", "ja"),
        (gh, "Ekonomi", "Attest av entreprenadfakturor\nUrval: 10 fakturor över 200 tkr",
         "Stickprov", "Tertial", "Ekonomichef", "Pågående", "", "", "", "DELVIS", ""),
        (gh, "Inköp", "Ramavtal för underhåll följs\nAvtalstrohetsanalys",
         "Leverantörsanalys", "År", "Fastighetschef", "Avbruten",
         "Avbruten genom styrelsebeslut 2025-06-12, ersätts av extern granskning.", "", "", "UTGAR", ""),
        (gh, "Ekonomi", "Hyresfordringar och inkasso följs upp\nMånadsvis avstämning av kundreskontran",
         "Avstämning", "Månad", "Ekonomichef", "", "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(heads)
        for row in rows:
            org, proc, km, met, frek, ans, st, kom, avv, atg, es, ea = row
            w.writerow([org, proc, km, met, frek, ans, "Delår 2025", st, kom, avv, atg])
            exp(fil, org, km, es, ea)
    files_rows.append([fil, "INLAST", kan, YEAR, PERIOD])
    files_rows.append([fil, "INLAST", gh, YEAR, PERIOD])


# ---------------------------------------------------------------------------
# R   Reject: covering letter (missiv) from socialförvaltningen, no controls
# ---------------------------------------------------------------------------
def r_missiv():
    fil = "Missiv uppföljning intern kontroll delår 2025 SN.docx"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Gislaveds kommun\tSocialförvaltningen\t2025-09-12"
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_paragraph("Från: Socialförvaltningen")
    doc.add_paragraph("Dnr SN 2025/112")
    doc.add_heading("Missiv – uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025. "
        "Uppföljningen behandlades av socialnämndens arbetsutskott den 9 september och går till nämnden för "
        "beslut den 24 september 2025.")
    doc.add_paragraph(
        "Sammanfattningsvis har merparten av de planerade kontrollerna genomförts. Avvikelser har främst "
        "noterats inom handläggningstider och dokumentation, och åtgärder har påbörjats. Två kontroller "
        "återstår och redovisas i helårsuppföljningen. Resultatet för läkemedelshanteringen redovisas i "
        "separat bilaga från medicinskt ansvarig sjuksköterska.")
    doc.add_paragraph("Bilagor:")
    doc.add_paragraph("Uppföljning av intern kontroll 2025 – delårsbokslut", style="List Bullet")
    doc.add_paragraph("Bilaga 2, MAS-rapport läkemedelshantering", style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Sofia Karlsson\nNämndsekreterare, socialförvaltningen\n0371-810 00")
    fixed_docprops(doc)
    doc.save(os.path.join(OUT, fil))
    files_rows.append([fil, "AVVISAD", "", "", ""])


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kompetens- och arbetslivsnämnden", "KAN|Kompetens- och arbetslivsförvaltningen|Vuxenutbildningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("AB Gislavedshus", "Gislavedshus|GH"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in reg:
            w.writerow(row)


def normalize_zip(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 10, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def main():
    # remove earlier outputs (only the files this script produces)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    f1_ks()
    f2_bun()
    f3_sn()
    f4_kfn()
    f5_tn()
    f6_mbn()
    f7_csv()
    r_missiv()
    write_register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files_rows)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(expected_rows)
    shutil.rmtree(BUILD)
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(os.path.join(OUT, fn))
    print(f"{len(files_rows)} file rows, {len(expected_rows)} expected rows")


if __name__ == "__main__":
    main()
