#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r525 - Essunga kommun, kommunalförbund och bolag, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
Intermediate files (xlsx/docx that are converted to ods/odt) are made in /tmp/r525_build.
"""
import csv
import os
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

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r525_build"
LO_PROFILE = "file:///tmp/lo-round525"
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def soffice_convert(src, fmt):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", OUT, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(OUT, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    if not os.path.exists(out):
        raise SystemExit("conversion failed: " + src)
    return out


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain xlsx, title rows, process group rows, word statuses
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning helår 2025 Kommunstyrelsen.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Helår (januari–december 2025)"
    ws["A4"] = "Sammanställt av ekonomiavdelningen, kommunledningsförvaltningen 2026-01-22"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Ansvarig", "Status",
           "Resultat / kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("1. Ekonomi och redovisning", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor per halvår", "Ekonomichef", "Genomförd",
             "Inga avvikelser noterade vid något av stickproven.", "GENOMFORD", "nej"),
            ("1.2", "Representation",
             "Kontroll av att representationsfakturor har angivet syfte och deltagare",
             "Samtliga representationsfakturor över 2 000 kr", "Controller",
             "Genomförd med avvikelse",
             "4 av 18 fakturor saknade deltagarförteckning. Påminnelse om riktlinjerna har skickats till samtliga chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Moms", "Avstämning av ingående moms mot huvudbok",
             "Månadsvis", "Redovisningsansvarig", "Genomförd", "", "GENOMFORD", "nej"),
        ]),
        ("2. Personal och lön", [
            ("2.1", "Lön",
             "Kontroll av att lön inte betalas ut efter avslutad anställning",
             "Rapport ur Heroma månadsvis", "HR-chef", "Genomförd med avvikelse",
             "Två felaktiga utbetalningar (totalt 14 300 kr) upptäcktes. Återkrav har skickats.",
             "GENOMFORD", "ja"),
            ("2.2", "Bisysslor", "Uppföljning av att anmälda bisysslor har prövats",
             "Genomgång av samtliga anmälningar", "HR-chef", "Delvis genomförd",
             "Genomgången är klar för kommunledningsförvaltningen, övriga förvaltningar återstår.",
             "DELVIS", ""),
        ]),
        ("3. Upphandling och inköp", [
            ("3.1", "Avtalstrohet", "Kontroll av inköp utanför ramavtal (avtalstrohet)",
             "Analys av inköpsstatistik 2025", "Upphandlare", "Ej genomförd",
             "Flyttas till internkontrollplan 2026 på grund av byte av e-handelssystem.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Direktupphandling",
             "Dokumentation av direktupphandlingar över 100 000 kr",
             "Samtliga direktupphandlingar", "Upphandlare", "Genomförd",
             "Dokumentation fanns för samtliga 7 direktupphandlingar.", "GENOMFORD", "nej"),
        ]),
        ("4. Informationssäkerhet och IT", [
            ("4.1", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet Raindance",
             "Årlig genomgång av samtliga användare", "IT-samordnare", "Genomförd",
             "Tre aktiva konton för personer som slutat hittades och har stängts.",
             "GENOMFORD", "ja"),
            ("4.2", "Kontinuitet", "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
             "Ett test per år", "IT-samordnare", "Utgår",
             "Ersatt av regional övning inom Skaraborgs IT-samverkan, beslut KS 2025-05-14 § 87.",
             "UTGAR", ""),
        ]),
        ("5. Styrning och ledning", [
            ("5.1", "Delegation", "Anmälan av delegationsbeslut till kommunstyrelsen",
             "Stickprov två månader", "Kanslichef", "Genomförd", "Inga avvikelser.",
             "GENOMFORD", "nej"),
            ("5.2", "Diarieföring",
             "Diarieföring av inkomna handlingar sker inom föreskriven tid",
             "Stickprov 30 handlingar", "Registrator", "", "", "SAKNAS", ""),
        ]),
    ]
    status_fill = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C",
                   "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = BOLD
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            vals = row[:7]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            if row[5] in status_fill:
                ws.cell(r, 6).fill = fill(status_fill[row[5]])
            exp(fil, nm, row[2], row[7], row[8])
            r += 1
    r += 1
    ws.cell(r, 1, "Samlad bedömning: Kommunstyrelsen bedömer att den interna kontrollen 2025 i huvudsak "
                  "har varit tillräcklig. Avvikelserna har åtgärdats eller förs över till 2026 års plan.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1).alignment = WRAP
    ws.row_dimensions[r].height = 32
    r += 2
    ws.cell(r, 1, "Godkänd av kommunchef Anna Lindqvist, 2026-01-27")
    widths = [6, 18, 42, 28, 18, 20, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "6:6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - ods, T1/T2/T3 columns with symbols + legend below
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN IK-uppföljning 2025 T1-T3.ods"
    nm = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – internkontrollplan 2025, uppföljning per tertial"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Förvaltning: Barn- och utbildningsförvaltningen   |   Rapport till nämnden 2026-02-10 (tertial 3 = helår)"
    ws.merge_cells("A2:H2")
    # two header rows
    ws["A4"] = "Process"
    ws["B4"] = "Risk"
    ws["C4"] = "Kontrollmoment"
    ws["D4"] = "Ansvarig"
    ws["E4"] = "Uppföljning 2025"
    ws["H4"] = "Kommentar"
    ws["E5"] = "T1"
    ws["F5"] = "T2"
    ws["G5"] = "T3 / helår"
    for col in "ABCDH":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:G4")
    for rr in (4, 5):
        for c in range(1, 9):
            cell = ws.cell(rr, c)
            cell.font = BOLD
            cell.fill = fill("FCE4D6")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    G, A, P, X, U = "✔", "!", "◐", "✖", "U"
    rows = [
        ("Undervisning", "Elevers frånvaro registreras inte korrekt",
         "Kontroll av att elevfrånvaro registreras i skolplattformen samma dag",
         "Rektorer", G, G, G, "Stickprov på två skolor per tertial. Inga brister.", "GENOMFORD", "nej"),
        ("", "Kränkande behandling anmäls inte till huvudman",
         "Anmälan av kränkande behandling till huvudman inom fem arbetsdagar",
         "Rektorer", P, A, A,
         "I 6 av 41 ärenden skedde anmälan senare än fem arbetsdagar. Rutinen har förtydligats på rektorsmöte.",
         "GENOMFORD", "ja"),
        ("", "Anställd saknar registerutdrag",
         "Kontroll av utdrag ur belastningsregistret vid nyanställning",
         "HR-konsult", G, G, P,
         "Kontrollen för november–december var inte klar vid rapporttillfället.", "DELVIS", ""),
        ("Ekonomi", "Felaktig fakturering av skolskjuts",
         "Kontroll av fakturering av skolskjuts mot avtal och körlistor",
         "Ekonom", G, "", "", "Årlig kontroll, genomförd i april.", "GENOMFORD", "nej"),
        ("", "Statsbidrag återbetalas eller går förlorade",
         "Ansökan och återrapportering av riktade statsbidrag sker i rätt tid",
         "Förvaltningsekonom", "", G, G, "", "GENOMFORD", "nej"),
        ("", "Inköp sker utanför avtal",
         "Inköp av läromedel sker via avtalad leverantör",
         "Rektorer", P, P, G, "", "GENOMFORD", "nej"),
        ("Förskola", "Lagkrav på placering inom fyra månader uppfylls inte",
         "Placering i förskola erbjuds inom fyra månader från ansökan",
         "Placeringshandläggare", G, G, X,
         "Ej genomförd under T3 på grund av sjukskrivning av handläggare.", "EJ_GENOMFORD", ""),
        ("", "Elevers datorer försvinner",
         "Inventering av digitala enheter (elevdatorer och lärplattor)",
         "IT-pedagog", "", "", X, "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Elevhälsa", "Obehörig åtkomst till journaler",
         "Loggkontroll i elevhälsans journalsystem",
         "Verksamhetschef elevhälsa", U, U, U,
         "Utgår enligt beslut BUN 2025-03-12 § 19, hanteras i informationssäkerhetsplanen.", "UTGAR", ""),
        ("Måltider", "Elev med allergi får fel kost",
         "Kontroll av att specialkost serveras enligt intyg",
         "Kostchef", "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if 5 <= c <= 7:
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring").font = BOLD
    legend = [(G, "Genomförd utan anmärkning"), (A, "Genomförd, avvikelse noterad (se kommentar)"),
              (P, "Påbörjad / delvis genomförd"), (X, "Ej genomförd"),
              (U, "Utgår (beslut av nämnden)"), ("tom ruta", "Ingen kontroll planerad eller rapporterad för tertialen")]
    for sym, txt in legend:
        r += 1
        ws.cell(r, 1, sym).alignment = Alignment(horizontal="center")
        ws.cell(r, 2, txt)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    widths = [14, 30, 44, 20, 7, 7, 10, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = os.path.join(TMP, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods")
    FILES.append((fil, "INLAST", nm, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx, prose + table without status column (free text results)
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def file_sn():
    fil = "Socialnämnden - uppföljning internkontrollplan helår 2025.docx"
    nm = "Socialnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "ESSUNGA KOMMUN\tSocialförvaltningen\tTjänsteskrivelse SN 2026/14"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Datum: 2026-01-29\nHandläggare: Maria Berg, kvalitetsutvecklare")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (SN § 112). Planen omfattar "
        "nio kontrollmoment inom ekonomiskt bistånd, placeringar, myndighetsutövning, hemtjänst, LSS och "
        "hälso- och sjukvård. Nedan redovisas resultatet av kontrollerna för helåret.")
    d.add_heading("Resultat av kontrollerna", level=2)
    rows = [
        ("1", "Placeringar", "Fakturor från externa placeringar (HVB och familjehem) stäms av mot beslut",
         "Stickprov 20 fakturor, oktober", "Stickprov på 20 fakturor visade inga fel.", "GENOMFORD", "nej"),
        ("2", "Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Stickprov 15 beslut per halvår",
         "Stickprov på 15 beslut. I två fall hade beslutet fattats av handläggare utan delegation. "
         "Delegationsordningen har gåtts igenom på APT i november.", "GENOMFORD", "ja"),
        ("3", "Barn och unga", "Skyddsbedömning görs samma dag eller senast dagen efter att orosanmälan kommit in",
         "Genomgång av samtliga orosanmälningar under två månader", "Ej hunnit genomföras pga vakans.",
         "EJ_GENOMFORD", ""),
        ("4", "Hemtjänst", "Utförd tid i hemtjänsten stäms av mot beviljad tid",
         "Avstämning per hemtjänstgrupp och kvartal",
         "Avstämning gjord för hemtjänstgrupp Nossebro. Övriga grupper är påbörjade och slutförs i februari 2026.",
         "DELVIS", ""),
        ("5", "LSS", "Genomförandeplaner upprättas inom 14 dagar efter beslut om insats",
         "Stickprov 10 ärenden", "Se bilaga 3.", "OKLAR", ""),
        ("6", "Hälso- och sjukvård", "Kontroll av läkemedelsförråd på särskilda boenden",
         "Kvalitetsgranskning av MAS två gånger per år",
         "Genomförd av MAS i maj och november. Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Arbetsmiljö", "Rapportering av hot- och våldssituationer i KIA",
         "Genomgång av rapporter per halvår",
         "Utgår – ersatt av förvaltningens arbetsmiljöplan enligt SN 2025-04-23 § 41.", "UTGAR", ""),
        ("8", "Avgifter", "Avgifter inom äldreomsorgen debiteras enligt gällande taxa",
         "Stickprov 20 avgiftsbeslut", "", "SAKNAS", ""),
        ("9", "Informationssäkerhet", "Loggkontroll i Treserva av att åtkomst till personakter är behörig",
         "Slumpvis granskning av 50 loggposter",
         "Loggkontroll gjord i oktober, 50 loggposter granskades. En otillbörlig åtkomst upptäcktes och har "
         "hanterats enligt rutin, personuppgiftsincident anmäld till IMY.", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Resultat helår 2025"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        exp(fil, nm, row[2], row[5], row[6])
    widths = [Cm(1.0), Cm(3.5), Cm(7.0), Cm(5.0), Cm(9.0)]
    for r_ in t.rows:
        for i, w in enumerate(widths):
            r_.cells[i].width = w
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Kontrollmoment 3 har inte kunnat "
        "genomföras under året och förs över till internkontrollplanen 2026. Resultatet för kontrollmoment 5 "
        "redovisas i bilaga 3.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025.")
    d.add_paragraph("\nLena Karlsson\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnad - ods with two nämnder on two sheets, percentage of sample checked
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnad IK 2025 helår.ods"
    wb = Workbook()
    ins = wb.active
    ins.title = "Anvisning"
    ins["A1"] = "Anvisning för uppföljning av intern kontroll – Samhällsbyggnadsförvaltningen"
    ins["A1"].font = Font(bold=True, size=12)
    texts = [
        "Förvaltningen redovisar uppföljningen för de nämnder den betjänar, en flik per nämnd.",
        "Kolumnen 'Kontrollerat' anger hur stor andel av det planerade stickprovet som har kontrollerats vid årets slut (0–100 %).",
        "Kolumnen 'Antal fel' anger antal poster i stickprovet där fel eller brister hittades.",
        "Om en kontroll har utgått eller inte kunnat genomföras ska det förklaras i kommentaren.",
        "Uppföljningen avser helår 2025 och lämnas till ekonomiavdelningen senast 2026-01-31.",
    ]
    for i, t in enumerate(texts, 3):
        ins.cell(i, 1, t)
    ins.column_dimensions["A"].width = 110

    def sheet(title, namnd, rows, note):
        ws = wb.create_sheet(title)
        ws["A1"] = f"{namnd} – uppföljning av intern kontroll, helår 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        ws["A2"] = "Redovisad av: Samhällsbyggnadsförvaltningen, 2026-01-28"
        hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Stickprov (antal)",
               "Kontrollerat (andel av stickprov)", "Antal fel", "Kommentar"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(4, c, h)
            cell.font = BOLD
            cell.fill = fill("E2EFDA")
            cell.border = BORDER
            cell.alignment = WRAP
        r = 5
        tot_n = 0
        tot_checked = 0.0
        tot_err = 0
        for row in rows:
            area, km, resp, n, pct, err, comment, status, avv = row
            vals = [area, km, resp, n, pct, err, comment]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v not in ("", None) else None)
                cell.border = BORDER
                cell.alignment = WRAP
            ws.cell(r, 5).number_format = "0%"
            exp(fil, namnd, km, status, avv)
            if isinstance(n, int) and isinstance(pct, float):
                tot_n += n
                tot_checked += n * pct
            if isinstance(err, int):
                tot_err += err
            r += 1
        ws.cell(r, 1, "Totalt").font = BOLD
        ws.cell(r, 4, tot_n).font = BOLD
        ws.cell(r, 5, round(tot_checked / tot_n, 2)).font = BOLD
        ws.cell(r, 5).number_format = "0%"
        ws.cell(r, 6, tot_err).font = BOLD
        for c in range(1, 8):
            ws.cell(r, c).border = Border(top=Side(style="double"))
        r += 2
        ws.cell(r, 1, note)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).alignment = WRAP
        ws.row_dimensions[r].height = 30
        for i, w in enumerate([18, 46, 18, 11, 14, 9, 48], 1):
            ws.column_dimensions[get_column_letter(i)].width = w

    sbn = "Samhällsbyggnadsnämnden"
    sheet("Samhällsbyggnadsnämnden", sbn, [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", 30, 1.0, 0,
         "", "GENOMFORD", "nej"),
        ("VA", "Debitering av VA-avgifter enligt gällande taxa", "VA-ingenjör", 40, 1.0, 3,
         "Tre fastigheter debiterades enligt 2024 års taxa. Rättat och kreditfakturor skickade.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor från komplett ansökan", "Bygglovschef",
         25, 0.6, 1, "Ett ärende överskred tio veckor. Resterande ärenden granskas i januari 2026.",
         "DELVIS", "ja"),
        ("Fastighet", "Uppföljning av planerat underhåll enligt underhållsplan", "Fastighetschef",
         12, 0.0, "", "Ej genomförd, underhållsplanen är under revidering.", "EJ_GENOMFORD", ""),
        ("Miljö", "Avgifter för livsmedelskontroll debiteras enligt taxa", "Miljöchef", 20, 1.0, 0,
         "", "GENOMFORD", "nej"),
        ("Gata/park", "Vinterväghållningsentreprenörens fakturor stäms av mot körjournaler",
         "Gatuingenjör", 15, 1.0, 0, "Samtliga fakturor stämde mot körjournalerna.", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Skyddsronder på förråd och verkstäder genomförs två gånger per år",
         "Enhetschef teknik", "", "", "", "Utgår – ingår sedan 2025 i det systematiska arbetsmiljöarbetet.",
         "UTGAR", ""),
    ], "Bedömning: kontrollerna visar enstaka fel i debitering som har rättats. Underhållsplanen följs upp 2026.")
    kfn = "Kultur- och fritidsnämnden"
    sheet("Kultur- och fritidsnämnden", kfn, [
        ("Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent", 10, 1.0, 0,
         "", "GENOMFORD", "nej"),
        ("Kassa", "Kassaredovisning i Nossebro badhus stäms av mot bokföring", "Badhuschef", 12, 0.75, 0,
         "Oktober–december återstår att stämma av.", "DELVIS", "nej"),
        ("Uthyrning", "Uthyrning av lokaler och idrottshall faktureras enligt taxa", "Bokningsansvarig",
         20, 1.0, 2, "Två bokningar var inte fakturerade, fakturerades i december.", "GENOMFORD", "ja"),
        ("Bibliotek", "Medieinköp till biblioteket görs från avtalad leverantör", "Bibliotekschef", 15, 0.0,
         "", "Ej hunnit genomföras pga vakans", "EJ_GENOMFORD", ""),
        ("Fritidsgård", "Kontroll av att registerutdrag finns för ledare på fritidsgården", "Fritidsgårdsföreståndare",
         8, 1.0, 0, "", "GENOMFORD", "nej"),
    ], "Bedömning: den interna kontrollen inom kultur och fritid bedöms som tillräcklig.")
    tmp = os.path.join(TMP, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods")
    FILES.append((fil, "INLAST", sbn, YEAR, "HELAR"))
    FILES.append((fil, "INLAST", kfn, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Räddningstjänstförbundet - ods, one sheet, status column per member kommun
# ---------------------------------------------------------------------------
def file_rtf():
    fil = "Räddningstjänstförbundet EG - IK helår 2025.ods"
    nm = "Räddningstjänstförbundet Essunga-Grästorp"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Räddningstjänstförbundet Essunga-Grästorp"
    ws["A1"].font = Font(bold=True, size=13, color="C00000")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Förbundet redovisar uppföljningen till direktionen och till medlemskommunerna Essunga kommun "
                "och Grästorps kommun. Kontrollerna avser förbundets verksamhet i båda kommunerna.")
    ws.merge_cells("A3:F3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    ws["A5"] = "Id"
    ws["B5"] = "Kontrollmoment"
    ws["C5"] = "Kontrollmetod"
    ws["D5"] = "Status per medlemskommun"
    ws["F5"] = "Kommentar"
    ws["D6"] = "Essunga kommun"
    ws["E6"] = "Grästorps kommun"
    for col in "ABCF":
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("D5:E5")
    for rr in (5, 6):
        for c in range(1, 7):
            cell = ws.cell(rr, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("C00000")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rows = [
        ("RT1", "Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
         "Jämförelse tillsynsplan – genomförda tillsyner", "Utförd",
         "38 av 38 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        ("RT2", "Brandskyddskontroll och rengöring (sotning) utförs enligt fastställda frister",
         "Rapport från entreprenören per halvår", "Delvis utförd",
         "Eftersläpning i båda kommunerna, cirka 60 objekt. Entreprenören har lämnat åtgärdsplan.",
         "DELVIS", "ja"),
        ("RT3", "Övningsplan för deltidsbrandmän följs (minst 50 övningstimmar per år)",
         "Uttag ur övningsdatabasen", "Utförd med avvikelse",
         "Fyra deltidsbrandmän nådde inte 50 timmar. Kompletterande övningar planeras.", "GENOMFORD", "ja"),
        ("RT4", "Andningsskydd kontrolleras och provas enligt föreskrift",
         "Genomgång av provningsprotokoll", "Utförd", "", "GENOMFORD", "nej"),
        ("RT5", "Attest av leverantörsfakturor enligt förbundets attestordning",
         "Stickprov", "Utförd", "Stickprov på 20 fakturor visade inga fel", "GENOMFORD", "nej"),
        ("RT6", "Debitering av onödiga automatlarm enligt taxa",
         "Avstämning larmlista – fakturor", "Ej utförd",
         "Ej hunnit genomföras pga vakans på administratörstjänsten.", "EJ_GENOMFORD", ""),
        ("RT7", "Insatsrapporter upprättas inom sju dagar efter insats",
         "Stickprov 25 insatsrapporter", "Utförd",
         "Två av 25 rapporter upprättades för sent.", "GENOMFORD", "ja"),
        ("RT8", "Olycksundersökning genomförs vid brand med personskada",
         "Genomgång av ärenden", "Utgår",
         "Utgår enligt direktionsbeslut 2025-06-05 § 22, ingen sådan händelse under året.", "UTGAR", ""),
    ]
    r = 7
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[3], row[4]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, nm, row[1], row[5], row[6])
        r += 1
    r += 1
    ws.cell(r, 1, "Statusvärden: Utförd / Utförd med avvikelse / Delvis utförd / Ej utförd / Utgår")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    r += 2
    ws.cell(r, 1, "Nossebro 2026-02-03")
    ws.cell(r + 1, 1, "Per Ekström, förbundschef")
    for i, w in enumerate([6, 46, 30, 14, 14, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = os.path.join(TMP, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods")
    FILES.append((fil, "INLAST", nm, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Essungabostäder AB - xlsx, company only in file name and print header; codes + fills
# ---------------------------------------------------------------------------
def file_bostad():
    fil = "Essungabostäder_IK_helår_2025.xlsx"
    nm = "Essungabostäder AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Essungabostäder AB"
    ws.oddHeader.left.size = 10
    ws.oddHeader.center.text = "Intern kontroll 2025"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "Styrelsemöte 2026-02-12, ärende 6"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Underlag till styrelsemötet 2026-02-12"
    ws["A3"] = ("Status:  G = Genomförd   GA = Genomförd med anmärkning   D = Delvis genomförd   "
                "E = Ej genomförd   (tom = se kommentar)")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")
    hdr = ["Område", "Risk", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.fill = fill("D9D9D9")
        cell.border = BORDER
        cell.alignment = WRAP
    code_fill = {"G": "00B050", "GA": "92D050", "D": "FFC000", "E": "FF0000"}
    rows = [
        ("Hyresintäkter", "Hyra debiteras felaktigt",
         "Hyresdebitering stäms av mot hyreskontrakt", 9, "Ekonomichef", "G",
         "Avstämning av samtliga 312 lägenheter och 14 lokaler.", "GENOMFORD", "nej"),
        ("Kundfordringar", "Hyresskulder växer utan åtgärd",
         "Uppföljning av hyresskulder och inkassoärenden", 6, "Kundansvarig", "G", "", "GENOMFORD", "nej"),
        ("Fastighetsskötsel", "Olycka på lekplats",
         "Besiktning av lekplatser enligt SS-EN 1176", 8, "Förvaltare", "GA",
         "Två lekredskap på Västergården underkändes och har åtgärdats i juli.", "GENOMFORD", "ja"),
        ("Inköp", "Betalning för ej utförda arbeten",
         "Fakturor från entreprenörer stäms av mot beställning och avtal", 12, "Teknisk chef", "",
         "Stickprov på 20 fakturor visade inga fel", "GENOMFORD", "nej"),
        ("Brandskydd", "Brand i flerbostadshus",
         "Systematiskt brandskyddsarbete (SBA) – rondering i flerbostadshus", 12, "Förvaltare", "D",
         "Rondering genomförd i 9 av 14 fastigheter.", "DELVIS", ""),
        ("Uthyrning", "Lägenheter fördelas utan hänsyn till kö",
         "Uthyrning sker enligt bolagets uthyrningspolicy", 6, "Uthyrare", "",
         "Ej hunnit genomföras pga vakans", "EJ_GENOMFORD", ""),
        ("IT", "Obehöriga har åtkomst till kunduppgifter",
         "Behörigheter i fastighetssystemet ses över", 8, "VD", "E",
         "Skjuts till 2026 på grund av byte av fastighetssystem.", "EJ_GENOMFORD", ""),
        ("Energi", "Hög energiförbrukning upptäcks inte",
         "Uppföljning av energiförbrukning per fastighet", 4, "Teknisk chef", "",
         "Se bilaga", "OKLAR", ""),
        ("Styrning", "Jäv vid beslut",
         "Jävsdeklaration för styrelse och ledande befattningshavare", 6, "VD", "G",
         "Samtliga deklarationer inlämnade i mars.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        if row[5] in code_fill:
            ws.cell(r, 6).fill = fill(code_fill[row[5]])
        exp(fil, nm, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Upprättad av: Sofia Nilsson, ekonomichef")
    for i, w in enumerate([16, 30, 44, 11, 14, 8, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "5:5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Nossebro Energi AB - xlsx, plan columns + delår and helår follow-up side by side
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Nossebro Energi - internkontroll 2025.xlsx"
    nm = "Nossebro Energi AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Nossebro Energi AB"
    ws["A1"].font = Font(bold=True, size=14, color="2F5597")
    ws["A2"] = "Internkontrollplan 2025 med uppföljning delår och helår"
    ws["A2"].font = Font(bold=True)
    ws["H2"] = "Fastställd av styrelsen 2025-02-20"
    ws["H2"].font = Font(italic=True, size=9)
    # two header rows
    top = [("A4", "Plan 2025"), ("F4", "Uppföljning delår (jan–aug)"), ("H4", "Uppföljning helår")]
    for addr, t in top:
        ws[addr] = t
    ws.merge_cells("A4:E4")
    ws.merge_cells("F4:G4")
    ws.merge_cells("H4:I4")
    sub = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Kommentar",
           "Status", "Kommentar"]
    for c, h in enumerate(sub, 1):
        ws.cell(5, c, h)
    for rr in (4, 5):
        for c in range(1, 10):
            cell = ws.cell(rr, c)
            cell.font = BOLD
            cell.fill = fill("BDD7EE" if c <= 5 else ("FFF2CC" if c <= 7 else "E2EFDA"))
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rows = [
        ("1", "Elnät – mätning", "Kontroll av uteblivna mätvärden från elmätare", "Månadsvis", "Nätchef",
         "Klar", "", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Fakturering", "Nätavgifter debiteras enligt gällande tariff", "Kvartalsvis", "Ekonomichef",
         "Klar", "", "Klar",
         "Fel tariff för 6 kunder efter tariffändringen 1 juli. Kreditering gjord i oktober.", "GENOMFORD", "ja"),
        ("3", "Leveranssäkerhet", "Avbrottsrapportering till Energimarknadsinspektionen", "Årligen", "Nätchef",
         "Ej aktuell", "Rapporteras efter årets slut.", "Pågår", "Rapport lämnas senast 2026-02-28.",
         "DELVIS", ""),
        ("4", "Inköp", "Upphandling enligt LUF över direktupphandlingsgränsen", "Löpande", "VD",
         "Klar", "Två upphandlingar granskade, korrekt genomförda.", "", "", "GENOMFORD", "nej"),
        ("5", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Löpande", "Ekonomichef",
         "Klar", "", "Klar", "Stickprov på 20 fakturor visade inga fel", "GENOMFORD", "nej"),
        ("6", "Informationssäkerhet", "Behörigheter till driftövervakningssystemet (SCADA) ses över",
         "Halvårsvis", "IT-ansvarig", "Pågår", "", "",
         "Ej hunnit genomföras pga vakans (IT-tekniker).", "EJ_GENOMFORD", ""),
        ("7", "Fjärrvärme", "Avstämning av levererad fjärrvärme mot fakturerad energi", "Kvartalsvis",
         "Driftchef", "Klar", "", "Klar", "", "GENOMFORD", "nej"),
        ("8", "Personal", "Elsäkerhetsbehörighet för montörer kontrolleras", "Årligen", "Nätchef",
         "Ej påbörjad", "", "Klar", "Samtliga 11 montörer har giltig behörighet.", "GENOMFORD", "nej"),
        ("9", "Miljö", "Egenkontroll av oljeavskiljare vid värmeverket", "Årligen", "Driftchef",
         "Ej påbörjad", "", "Ej påbörjad", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("10", "Krisberedskap", "Övning av reservkraft enligt beredskapsplanen", "Årligen", "VD",
         "Ej aktuell", "", "Ej aktuell",
         "Utgår 2025 enligt styrelsebeslut, ersätts av regional elberedskapsövning.", "UTGAR", ""),
    ]
    sfill = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Ej aktuell": "EDEDED"}
    r = 6
    for row in rows:
        for c, v in enumerate(row[:9], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (6, 8) and v in sfill:
                cell.fill = fill(sfill[v])
        exp(fil, nm, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(r, 1, "Helårsuppföljningen behandlad av styrelsen 2026-02-19.")
    for i, w in enumerate([5, 18, 42, 12, 13, 12, 30, 12, 44], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) as .odt - no controls in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv IK-uppföljning 2025 Nossebro Energi.odt"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Nossebro Energi AB"
    d.add_paragraph("Essunga kommun\nEkonomiavdelningen\nAtt: Controller Jonas Holm\n\nNossebro 2026-02-20")
    d.add_heading("Översändande av uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph(
        "Hej,\n\nHärmed översänds Nossebro Energi AB:s uppföljning av internkontrollplanen för helåret 2025, "
        "som behandlades av bolagets styrelse den 19 februari 2026 (§ 8). Uppföljningen bifogas som separat "
        "fil (Nossebro Energi - internkontroll 2025.xlsx).")
    d.add_paragraph(
        "Av tio kontrollmoment har sju genomförts helt eller delvis. Ett kontrollmoment har utgått efter "
        "styrelsebeslut och två har inte kunnat genomföras under året. De avvikelser som noterats har "
        "åtgärdats och redovisas i bilagan. Styrelsen bedömer att bolagets interna kontroll är tillräcklig.")
    d.add_paragraph(
        "Internkontrollplan för 2026 kommer att fastställas av styrelsen i mars och skickas därefter till "
        "kommunstyrelsen i enlighet med ägardirektivet.")
    d.add_paragraph("\nMed vänliga hälsningar\n\nErik Johansson\nVD, Nossebro Energi AB\n0512-570 00")
    tmp = os.path.join(TMP, os.path.splitext(fil)[0] + ".docx")
    d.save(tmp)
    soffice_convert(tmp, "odt")
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Bildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|Sektor omsorg"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Räddningstjänstförbundet Essunga-Grästorp",
         "Räddningstjänsten Essunga-Grästorp|RTF EG|Räddningstjänstförbundet|Räddningstjänsten"),
        ("Essungabostäder AB", "Essungabostäder|Bostadsbolaget"),
        ("Nossebro Energi AB", "Nossebro Energi|NEAB|Energibolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    file_ks()
    file_bun()
    file_sn()
    file_sbf()
    file_rtf()
    file_bostad()
    file_energi()
    file_missiv()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
