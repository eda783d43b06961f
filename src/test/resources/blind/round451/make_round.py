#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r451 - Kils kommun, delår 2025, controls with stickprov/kontrollpunkter.

Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round451"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r451conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd, ignore_errors=True)


THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen – xlsx, control row + numbered stickprov rows,
#          summary row per process
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Kils kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Uppföljningsdatum: 2025-09-15     Sammanställd av: Kommunledningsförvaltningen, ekonomienheten"
    ws["A5"] = ("Kontrollrader (med nummer 1, 2 …) anger samlad status. Underliggande rader (1.1, 1.2 …) "
                "redovisar respektive stickprov/kontrollpunkt.")
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment / stickprov", "Metod / omfattning", "Resultat",
           "Status", "Ansvarig", "Kommentar"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1

    def proc_head(title):
        nonlocal r
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1

    def control(nr, proc, km, metod, res, status, ansv, komm):
        nonlocal r
        vals = [nr, proc, km, metod, res, status, ansv, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = Font(bold=True) if c in (1, 3) else Font()
            cell.border = BORDER
            cell.alignment = WRAP
        r += 1

    def sample(nr, text, res, komm=None):
        nonlocal r
        vals = [nr, None, text, None, res, None, None, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = Font(size=9, color="404040")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top", indent=1 if c == 3 else 0)
        r += 1

    def summary(text):
        nonlocal r
        ws.cell(r, 1, text).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        r += 1  # blank row after summary

    proc_head("Process: Ekonomi och redovisning")
    km1 = "Attest av leverantörsfakturor enligt attestordningen"
    control("1", "Ekonomi", km1, "Stickprov 5 fakturor ur Raindance",
            "4 av 5 stickprov utan anmärkning", "Genomförd med anmärkning", "Ekonomichef",
            "En faktura attesterad av person utan attesträtt. Attestförteckningen har uppdaterats och "
            "berörda chefer informerats.")
    sample("1.1", "Stickprov 1 – lev.faktura 25-03112, Kils Buss & Taxi AB", "Utan anmärkning")
    sample("1.2", "Stickprov 2 – lev.faktura 25-04478, Ahlsell Sverige AB", "Utan anmärkning")
    sample("1.3", "Stickprov 3 – lev.faktura 25-05020, Telia Sverige AB", "Utan anmärkning")
    sample("1.4", "Stickprov 4 – lev.faktura 25-06633, Konsultbolaget Värmland AB", "Anmärkning",
           "Attestant saknade delegation i attestförteckningen")
    sample("1.5", "Stickprov 5 – lev.faktura 25-07191, Office Depot", "Utan anmärkning")
    exp(fil, N, km1, "GENOMFORD", "ja")

    km2 = "Representation redovisas med syfte och deltagare"
    control("2", "Ekonomi", km2, "Stickprov 10 verifikationer konto 6071/6072",
            "10 av 10 stickprov utan anmärkning", "Genomförd", "Redovisningsekonom", None)
    sample("2.1", "Verifikationer 1–4 (jan–mars)", "Utan anmärkning")
    sample("2.2", "Verifikationer 5–7 (april–maj)", "Utan anmärkning")
    sample("2.3", "Verifikationer 8–10 (juni–aug)", "Utan anmärkning")
    exp(fil, N, km2, "GENOMFORD", "nej")

    km3 = "Avstämning av kundreskontra mot huvudbok varje månad"
    control("3", "Ekonomi", km3, "Månatlig avstämning",
            "Avstämning gjord för januari–juni", "Pågår", "Redovisningsekonom",
            "Inga differenser i de avstämda månaderna. Juli och augusti stäms av i september.")
    sample("3.1", "Kontrollpunkt januari–april", "Avstämd, ingen differens")
    sample("3.2", "Kontrollpunkt maj–juni", "Avstämd, ingen differens")
    sample("3.3", "Kontrollpunkt juli–augusti", "Ej utförd")
    exp(fil, N, km3, "DELVIS", "nej")
    summary("Summa process Ekonomi och redovisning: 3 kontroller – 2 genomförda, 1 pågår")

    proc_head("Process: Personal")
    km4 = "Anställningsavtal är undertecknade av båda parter före tillträdesdagen"
    control("4", "HR", km4, "Stickprov 8 nyanställningar", None, None, "HR-chef",
            "Samtliga åtta stickprov har granskats. Alla avtal var undertecknade före tillträdesdagen.")
    sample("4.1", "Stickprov 1–4 (Barn och utbildning)", "Utan anmärkning")
    sample("4.2", "Stickprov 5–6 (Vård och omsorg)", "Utan anmärkning")
    sample("4.3", "Stickprov 7–8 (Teknik och service)", "Utan anmärkning")
    exp(fil, N, km4, "GENOMFORD", "nej")

    km5 = "Uppföljning av långa sjukfall och rehabiliteringsärenden enligt rutin"
    control("5", "HR", km5, "Genomgång av samtliga sjukfall > 60 dagar", None, "Ej påbörjad", "HR-chef",
            "Skjuts till hösten på grund av byte av HR-system.")
    exp(fil, N, km5, "EJ_GENOMFORD", "")
    summary("Summa process Personal: 2 kontroller – 1 genomförd, 1 ej påbörjad")

    proc_head("Process: Informationssäkerhet och IT")
    km6 = "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar"
    control("6", "IT", km6, "Fem kontrollpunkter enligt checklista",
            "3 av 5 kontrollpunkter klara (60 %)", "Delvis genomförd", "IT-samordnare",
            "Två avslutade konsulter hade kvar behörighet – borttagna 2025-06-02.")
    sample("6.1", "Behörighetslista uttagen ur Raindance", "Klar")
    sample("6.2", "Listan jämförd mot Personec (aktiva anställningar)", "Klar")
    sample("6.3", "Avslutade användare borttagna", "Klar", "2 konton borttagna")
    sample("6.4", "Chefer har intygat behörigheter för sina medarbetare", "Ej klar")
    sample("6.5", "Dokumentation arkiverad i W3D3", "Ej klar")
    exp(fil, N, km6, "DELVIS", "ja")

    km7 = "Diarieföring av inkomna handlingar sker inom tre arbetsdagar"
    control("7", "Registratur", km7, "Stickprov 20 handlingar", "–", "Utgår", None,
            "Utgår – ersätts av kommungemensam granskning enligt KS beslut 2025-04-08 § 52.")
    exp(fil, N, km7, "UTGAR", "")
    summary("Summa process Informationssäkerhet och IT: 2 kontroller – 1 delvis, 1 utgår")

    ws.cell(r, 1, "Totalt 7 kontroller: 3 genomförda, 2 pågår/delvis, 1 ej påbörjad, 1 utgår").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    widths = [6, 14, 48, 28, 30, 20, 18, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 2: Barn- och utbildningsnämnden – docx, one table per control with its
#          kontrollpunkter and a "Samlad bedömning" row
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def file_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden, Kils kommun").bold = True
    d.add_paragraph("Period: 1 januari – 31 augusti 2025. Diarienummer BUN 2025/118.")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). Nedan redovisas varje "
        "kontroll i en egen tabell. Under varje kontrollmoment anges de kontrollpunkter eller stickprov som "
        "granskats och resultatet för dessa. Raden ”Samlad bedömning” visar kontrollens status vid delåret.")

    def control_table(no, process, km, ansvarig, metod, points, samlad):
        d.add_heading(f"Kontroll {no}", level=2)
        t = d.add_table(rows=0, cols=3)
        t.style = "Table Grid"

        def row_merged(label, value, bold_val=False):
            cells = t.add_row().cells
            set_cell(cells[0], label, bold=True)
            m = cells[1].merge(cells[2])
            set_cell(m, value, bold=bold_val)

        row_merged("Process", process)
        row_merged("Kontrollmoment", km, bold_val=True)
        row_merged("Ansvarig", ansvarig)
        row_merged("Metod", metod)
        cells = t.add_row().cells
        for c, h in zip(cells, ["Kontrollpunkt / stickprov", "Resultat", "Kommentar"]):
            set_cell(c, h, bold=True)
        for pt in points:
            cells = t.add_row().cells
            for c, v in zip(cells, pt):
                set_cell(c, v or "", size=9)
        row_merged("Samlad bedömning", samlad, bold_val=True)
        d.add_paragraph()

    km = "Anmälan om kränkande behandling skickas till huvudman samma dag som händelsen blivit känd"
    control_table(1, "Trygghet och studiero", km, "Rektorer / kvalitetsstrateg",
                  "Genomgång av samtliga anmälningar i DF Respons jan–aug",
                  [("Ängens skola", "Ja", "12 av 12 anmälningar i tid"),
                   ("Sannerudsskolan", "Ja", "9 av 9 i tid"),
                   ("Frykerudsskolan", "Nej", "2 av 6 anmälningar skickades 3–5 dagar för sent"),
                   ("Nilsbyskolan", "Ja", "4 av 4 i tid")],
                  "Genomförd med anmärkning")
    exp(fil, N, km, "GENOMFORD", "ja")

    km = "Hög frånvaro (över 15 %) anmäls till elevhälsan"
    control_table(2, "Elevhälsa", km, "Elevhälsochef",
                  "Stickprov 4 elever per skola med frånvaro över 15 %",
                  [("Stickprov Ängens skola", "4 av 4 anmälda", ""),
                   ("Stickprov Frykerudsskolan", "4 av 4 anmälda", ""),
                   ("Stickprov Nilsbyskolan", "4 av 4 anmälda", ""),
                   ("Stickprov Sannerudsskolan", "", "Återstår, görs i september")],
                  "Delvis genomförd – stickprov för Sannerudsskolan återstår")
    exp(fil, N, km, "DELVIS", "nej")

    km = "Avgifter i förskola och fritidshem debiteras enligt maxtaxa och aktuell inkomstuppgift"
    control_table(3, "Ekonomi", km, "Förvaltningsekonom",
                  "Stickprov 10 hushåll i avgiftssystemet",
                  [("Stickprov 1–5", "Korrekt", ""),
                   ("Stickprov 6–10", "Korrekt", "")],
                  "Genomförd. 10 av 10 stickprov utan anmärkning.")
    exp(fil, N, km, "GENOMFORD", "nej")

    km = "Utdrag ur belastningsregistret uppvisas före anställning i förskola och skola"
    control_table(4, "Personal", km, "HR-konsult",
                  "Stickprov 10 nyanställningar",
                  [("–", "–", "")],
                  "Utgår – kontrollen flyttas till kommunstyrelsens plan (BUN 2025-03-12 § 18)")
    exp(fil, N, km, "UTGAR", "")

    km = "Beslut om skolskjuts fattas enligt delegationsordningen"
    control_table(5, "Skolskjuts", km, "Skolskjutssamordnare",
                  "Stickprov 8 beslut",
                  [("Stickprov 1–4", "", ""),
                   ("Stickprov 5–8", "", "")],
                  "Se bilaga 2")
    exp(fil, N, km, "OKLAR", "")

    km = "Förteckning över digitala enheter (Chromebooks och iPads) är uppdaterad"
    control_table(6, "IT och inventarier", km, "IT-pedagog",
                  "Jämförelse förteckning – fysisk inventering på två skolor",
                  [("Ängens skola", "", "Kontrollen har inte påbörjats, planeras till oktober."),
                   ("Sannerudsskolan", "", "")],
                  "")
    exp(fil, N, km, "EJ_GENOMFORD", "")

    km = "Synpunkter och klagomål diarieförs och besvaras inom 14 dagar"
    control_table(7, "Kvalitet", km, "Nämndsekreterare",
                  "Stickprov 10 ärenden ur diariet",
                  [("Stickprov 1–6", "5 av 6 besvarade i tid", "Ett ärende besvarat efter 21 dagar"),
                   ("Stickprov 7–10", "Ej granskade ännu", "")],
                  "Pågår – 60 % av stickproven granskade")
    exp(fil, N, km, "DELVIS", "ja")

    d.add_paragraph()
    d.add_paragraph("Kil den 18 september 2025")
    d.add_paragraph("Karin Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 3: Socialnämnden – xlsx, T1 and Delår side by side, symbols with legend,
#          control rows + kontrollpunkt rows, summary per process
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_IK-uppföljning_2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1 och delår (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    # legend to the right
    ws["I1"] = "Teckenförklaring"
    ws["I1"].font = Font(bold=True)
    ws["I2"] = "● = Genomförd"
    ws["I3"] = "◐ = Påbörjad / delvis genomförd"
    ws["J2"] = "○ = Ej påbörjad"
    ws["J3"] = "– = Utgår"

    # two-row header
    r1, r2 = 5, 6
    heads = [("A", "Process"), ("B", "Kontrollmoment"), ("C", "Kontrollpunkt / stickprov"),
             ("D", "Omfattning")]
    for col, h in heads:
        ws[f"{col}{r1}"] = h
        ws.merge_cells(f"{col}{r1}:{col}{r2}")
    ws[f"E{r1}"] = "Tertial 1 (jan–apr)"
    ws.merge_cells(f"E{r1}:F{r1}")
    ws[f"G{r1}"] = "Delår (jan–aug)"
    ws.merge_cells(f"G{r1}:I{r1}")
    ws[f"E{r2}"] = "Status"
    ws[f"F{r2}"] = "Kommentar"
    ws[f"G{r2}"] = "Status"
    ws[f"H{r2}"] = "Andel klar"
    ws[f"I{r2}"] = "Resultat / kommentar"
    for row in ws.iter_rows(min_row=r1, max_row=r2, min_col=1, max_col=9):
        for c in row:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r = 7

    def ctrl(proc, km, omf, t1s, t1k, ds, andel, dk):
        nonlocal r
        vals = [proc, km, None, omf, t1s, t1k, ds, andel, dk]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c == 2:
                cell.font = Font(bold=True)
            if c in (5, 7):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        if isinstance(andel, float):
            ws.cell(r, 8).number_format = "0 %"
        r += 1

    def kp(text, t1s, ds, dk=None):
        nonlocal r
        vals = [None, None, text, None, t1s, None, ds, None, dk]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.font = Font(size=9)
            cell.alignment = WRAP
            if c in (5, 7):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        r += 1

    def summ(text):
        nonlocal r
        ws.cell(r, 1, text).font = Font(italic=True, bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1

    P = "Myndighetsutövning IFO"
    km = "Utredningar inom barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)"
    ctrl(P, km, "5 stickprov", "◐", "2 av 5 stickprov granskade", "●", 1.0,
         "3 av 5 stickprov utan anmärkning. Två utredningar förlängdes utan dokumenterat beslut.")
    kp("Stickprov 1 – dnr IFO 2025-0041", "●", "●", "Utan anmärkning")
    kp("Stickprov 2 – dnr IFO 2025-0077", "●", "●", "Anmärkning – förlängd utan beslut")
    kp("Stickprov 3 – dnr IFO 2025-0102", None, "●", "Utan anmärkning")
    kp("Stickprov 4 – dnr IFO 2025-0139", None, "●", "Anmärkning – förlängd utan beslut")
    kp("Stickprov 5 – dnr IFO 2025-0160", None, "●", "Utan anmärkning")
    exp(fil, N, km, "GENOMFORD", "ja")

    km = "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen"
    ctrl(P, km, "10 stickprov", "●", "Klar för T1", "●", 1.0, "10 av 10 stickprov utan anmärkning.")
    kp("Stickprov 1–5 (jan–apr)", "●", "●")
    kp("Stickprov 6–10 (maj–aug)", None, "●")
    exp(fil, N, km, "GENOMFORD", "nej")
    summ("Summering Myndighetsutövning IFO: 2 av 2 kontroller genomförda")

    P = "Äldreomsorg"
    km = "Genomförandeplaner upprättas inom 14 dagar från beslut om hemtjänst"
    ctrl(P, km, "1 stickprov per enhet (5 enheter)", "○", "Startar maj", "◐", 0.4,
         "2 av 5 enheter kontrollerade. På enhet Norr saknades genomförandeplan för en brukare.")
    kp("Hemtjänst Norr", None, "●", "Anmärkning")
    kp("Hemtjänst Söder", None, "●", "Utan anmärkning")
    kp("Hemtjänst Centrum", None, "○")
    kp("Hemtjänst Fagerås", None, "○")
    kp("Nattpatrullen", None, "○")
    exp(fil, N, km, "DELVIS", "ja")

    km = "Signeringslistor för läkemedel kontrolleras varje månad på särskilt boende"
    ctrl(P, km, "Månadsvis, 3 boenden", "◐", "Kontroll gjord på Solbacka jan–apr, inga avvikelser",
         None, None, None)
    kp("Solbacka", "●", None)
    kp("Lindgården", "○", None)
    kp("Åsgården", "○", None)
    exp(fil, N, km, "DELVIS", "nej")

    km = "Kontanthantering på särskilt boende – kassan stäms av varje månad"
    ctrl(P, km, "4 boenden", "◐", "", "●", 1.0,
         "4 av 4 boenden kontrollerade. Differens 120 kr på Lindgården har utretts och rättats.")
    kp("Solbacka", "●", "●")
    kp("Lindgården", None, "●", "Differens 120 kr")
    kp("Åsgården", "●", "●")
    kp("Korttidsboendet", None, "●")
    exp(fil, N, km, "GENOMFORD", "ja")

    km = "Avgiftsbeslut inom äldreomsorgen grundas på aktuell inkomstförfrågan"
    ctrl(P, km, "10 stickprov", "", "", "", None, "Se bilaga 3")
    exp(fil, N, km, "OKLAR", "")
    summ("Summering Äldreomsorg: 1 genomförd, 2 delvis, 1 se bilaga")

    P = "Funktionsstöd (LSS)"
    km = "Tidsredovisning för personlig assistans stämmer mot utbetalning från Försäkringskassan"
    ctrl(P, km, "3 ärenden", "○", "", "○", 0.0, "Ej påbörjad – resursbrist under sommaren.")
    exp(fil, N, km, "EJ_GENOMFORD", "")

    km = "Lex Sarah-rapporter utreds och vid behov anmäls till IVO inom föreskriven tid"
    ctrl(P, km, "Samtliga rapporter", "–", "Utgår", "–", None,
         "Utgår, ersatt av egenkontroll i ledningssystemet (SN 2025-03-26 § 41).")
    exp(fil, N, km, "UTGAR", "")
    summ("Summering Funktionsstöd: 0 av 2 genomförda (1 utgår)")

    r += 1
    ws.cell(r, 1, "Upprättad av: Maria Ek, kvalitetsutvecklare, Socialförvaltningen, 2025-09-10")
    widths = {"A": 18, "B": 46, "C": 32, "D": 18, "E": 9, "F": 28, "G": 9, "H": 10, "I": 50, "J": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "C7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 4: Stratsys export CSV – two nämnder (MBN + KFN), row types
#          Process / Kontrollmoment / Kontrollpunkt / Summering
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_IK_delar2025_export.csv"
    hdr = ["Organisation", "Typ", "Id", "Namn", "Period", "Status", "Andel genomfört (%)",
           "Kommentar", "Ansvarig"]
    rows = []
    per = "Delår 2025 (jan–aug)"

    # ---- Miljö- och byggnämnden
    org = "Miljö- och byggnämnden"
    rows.append([org, "Process", "P1", "Bygglovshantering", per, "", "", "", ""])
    km = "Handläggningstid för bygglov håller lagstadgad tidsfrist på tio veckor"
    rows.append([org, "Kontrollmoment", "K1.1", km, per, "Klar", "100",
                 "20 av 20 stickprov inom tidsfristen.", "Bygglovschef"])
    rows.append([org, "Kontrollpunkt", "K1.1.1", "Stickprov 1–10 (jan–apr)", per, "Klar", "100",
                 "Utan anmärkning", ""])
    rows.append([org, "Kontrollpunkt", "K1.1.2", "Stickprov 11–20 (maj–aug)", per, "Klar", "100",
                 "Utan anmärkning", ""])
    exp(fil, org, km, "GENOMFORD", "nej")
    km = "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde"
    rows.append([org, "Kontrollmoment", "K1.2", km, per, "Pågående", "50",
                 "Januari–april kontrollerat utan anmärkning, maj–augusti återstår.", "Nämndsekreterare"])
    rows.append([org, "Kontrollpunkt", "K1.2.1", "Delegationslistor jan–apr", per, "Klar", "100", "", ""])
    rows.append([org, "Kontrollpunkt", "K1.2.2", "Delegationslistor maj–aug", per, "Ej påbörjad", "0", "", ""])
    exp(fil, org, km, "DELVIS", "nej")
    rows.append([org, "Summering", "", "Summering Bygglovshantering", per, "", "75",
                 "1 av 2 kontrollmoment klara", ""])
    rows.append([org, "Process", "P2", "Miljö- och livsmedelstillsyn", per, "", "", "", ""])
    km = "Avgifter för tillsyn enligt miljöbalken debiteras enligt gällande taxa"
    rows.append([org, "Kontrollmoment", "K2.1", km, per, "Klar", "100",
                 "3 av 5 stickprov utan anmärkning – två fakturor med fel timavgift har krediterats.",
                 "Miljöchef"])
    for i, res in enumerate(["Utan anmärkning", "Fel timavgift", "Utan anmärkning", "Fel timavgift",
                             "Utan anmärkning"], 1):
        rows.append([org, "Kontrollpunkt", f"K2.1.{i}", f"Stickprov {i}", per, "Klar", "100", res, ""])
    exp(fil, org, km, "GENOMFORD", "ja")
    km = "Livsmedelskontroller utförs enligt fastställd kontrollplan"
    rows.append([org, "Kontrollmoment", "K2.2", km, per, "Ej påbörjad", "0", "", "Miljöchef"])
    exp(fil, org, km, "EJ_GENOMFORD", "")
    km = "Avslutade ärenden arkiveras i ärendesystemet Castor"
    rows.append([org, "Kontrollmoment", "K2.3", km, per, "Ej rapporterad", "", "", "Administratör"])
    rows.append([org, "Kontrollpunkt", "K2.3.1", "Stickprov 10 avslutade ärenden", per, "Ej rapporterad",
                 "", "", ""])
    exp(fil, org, km, "SAKNAS", "")
    rows.append([org, "Summering", "", "Summering Miljö- och livsmedelstillsyn", per, "", "33",
                 "1 av 3 kontrollmoment klara", ""])

    # ---- Kultur- och fritidsnämnden (exported under förvaltningens name)
    org = "Kultur och fritid"
    N2 = "Kultur- och fritidsnämnden"
    rows.append([org, "Process", "P1", "Föreningsstöd", per, "", "", "", ""])
    km = "Föreningsbidrag betalas ut enligt kommunens bidragsregler"
    rows.append([org, "Kontrollmoment", "K1.1", km, per, "Klar", "100",
                 "Samtliga 12 ansökningar granskade, inga avvikelser.", "Fritidskonsulent"])
    rows.append([org, "Kontrollpunkt", "K1.1.1", "Aktivitetsbidrag (8 ansökningar)", per, "Klar", "100",
                 "Utan anmärkning", ""])
    rows.append([org, "Kontrollpunkt", "K1.1.2", "Lokalbidrag (4 ansökningar)", per, "Klar", "100",
                 "Utan anmärkning", ""])
    exp(fil, N2, km, "GENOMFORD", "nej")
    km = "Bidrag till studieförbund följs upp mot inlämnad verksamhetsrapport"
    rows.append([org, "Kontrollmoment", "K1.2", km, per, "Pågående", "20",
                 "Rapporter från ett av fem studieförbund har granskats.", "Kulturchef"])
    exp(fil, N2, km, "DELVIS", "")
    rows.append([org, "Summering", "", "Summering Föreningsstöd", per, "", "60", "", ""])
    rows.append([org, "Process", "P2", "Anläggningar och uthyrning", per, "", "", "", ""])
    km = "Dagskassor i simhallen stäms av mot kassasystemet"
    rows.append([org, "Kontrollmoment", "K2.1", km, per, "Pågående", "75",
                 "3 av 4 månader avstämda. Differens i juni på 340 kr, orsak ej klarlagd.", "Badchef"])
    for i, (m, st, pc, k) in enumerate([("Maj", "Klar", "100", "Utan anmärkning"),
                                        ("Juni", "Klar", "100", "Differens 340 kr"),
                                        ("Juli", "Klar", "100", "Utan anmärkning"),
                                        ("Augusti", "Ej påbörjad", "0", "")], 1):
        rows.append([org, "Kontrollpunkt", f"K2.1.{i}", f"Avstämning {m}", per, st, pc, k, ""])
    exp(fil, N2, km, "DELVIS", "ja")
    km = "Uthyrning av lokaler och anläggningar faktureras"
    rows.append([org, "Kontrollmoment", "K2.2", km, per, "Klar", "100",
                 "Genomförd med anmärkning: 2 av 15 bokningar hade inte fakturerats. Fakturor skickade i augusti.",
                 "Bokningsansvarig"])
    exp(fil, N2, km, "GENOMFORD", "ja")
    km = "Inventering av bibliotekets mediebestånd"
    rows.append([org, "Kontrollmoment", "K2.3", km, per, "Avbruten", "0",
                 "Avbruten enligt beslut i kultur- och fritidsnämnden 2025-05-20 § 31.", "Bibliotekschef"])
    exp(fil, N2, km, "UTGAR", "")
    rows.append([org, "Summering", "", "Summering Anläggningar och uthyrning", per, "", "58", "", ""])

    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(rows)
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", N2, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 5: Tekniska nämnden – ODS (built as xlsx, converted), status ONLY by
#          fill colour, legend on top, nämnd given by förvaltning name
# ---------------------------------------------------------------------------
def file_tn(tmpdir):
    fil = "Teknik_och_service_IK_delar25.ods"
    N = "Tekniska nämnden"
    GREEN, YELLOW, ORANGE, RED, GREY = "92D050", "FFFF00", "FFC000", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Teknik och service"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 2025-08-31"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Färgförklaring status:"
    legend = [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Genomförd med anmärkning"),
              (ORANGE, "Påbörjad"), (RED, "Ej påbörjad"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        c = ws.cell(3, 2 + i, txt)
        c.fill = PatternFill("solid", fgColor=col)
        c.font = Font(size=9)
        c.alignment = Alignment(wrap_text=True)
    hdr = ["Process / kontrollmoment", "Kontrollpunkt", "Utfall", "Status", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    r += 1

    def proc(name):
        nonlocal r
        ws.cell(r, 1, name).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1

    def ctrl(km, fill, komm=None, points=()):
        nonlocal r
        c = ws.cell(r, 1, km)
        c.font = Font(bold=True)
        c.alignment = WRAP
        for cc in range(1, 6):
            ws.cell(r, cc).border = BORDER
        if fill:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=fill)
        if komm:
            ws.cell(r, 5, komm).alignment = WRAP
        r += 1
        for kp, utf in points:
            ws.cell(r, 2, kp).alignment = WRAP
            ws.cell(r, 3, utf).alignment = WRAP
            for cc in range(1, 6):
                ws.cell(r, cc).border = BORDER
                ws.cell(r, cc).font = Font(size=9)
            r += 1

    def summ(text, fill=None):
        nonlocal r
        ws.cell(r, 1, text).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 2

    proc("VA-verksamhet")
    km = "Mätaravläsning och debitering av VA-avgifter stämmer"
    ctrl(km, GREEN, None, [("Stickprov 10 abonnenter – mätarställning mot faktura", "10 av 10 OK")])
    exp(fil, N, km, "GENOMFORD", "nej")
    km = "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan"
    ctrl(km, YELLOW, "Otjänligt prov i Fagerås 2025-06-11, spolning och omprov utan anmärkning.",
         [("Provtagning Kils vattenverk (utgående)", "OK, 8 av 8 prov"),
          ("Provtagning ledningsnät Fagerås", "1 av 4 prov otjänligt"),
          ("Provtagning ledningsnät Högerud", "OK, 4 av 4 prov")])
    exp(fil, N, km, "GENOMFORD", "ja")
    summ("Process VA: 2 av 2 kontroller genomförda")

    proc("Gata och park")
    km = "Säkerhetsbesiktning av kommunens lekplatser"
    ctrl(km, ORANGE, "Övriga lekplatser besiktigas i september. Inga allvarliga brister hittills.",
         [("Huvudbesiktning, 14 lekplatser", "8 av 14 besiktigade (57 %)")])
    exp(fil, N, km, "DELVIS", "nej")
    km = "Vinterväghållning – entreprenörens körrapporter kontrolleras mot faktura"
    ctrl(km, GREEN, None, [("Januari", "OK"), ("Februari", "OK"), ("Mars", "OK")])
    exp(fil, N, km, "GENOMFORD", "nej")
    summ("Process Gata och park: 1 av 2 genomförda")

    proc("Fastighet")
    km = "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens verksamhetslokaler"
    ctrl(km, RED, "Flyttad till hösten på grund av vakant tjänst som fastighetstekniker.",
         [("Dokumentation kontrolleras i 5 fastigheter", "")])
    exp(fil, N, km, "EJ_GENOMFORD", "")
    km = "Avtalstrohet vid inköp av byggmaterial"
    ctrl(km, GREY, "Ingår i kommunstyrelsens kommungemensamma kontroll av avtalstrohet.", [])
    exp(fil, N, km, "UTGAR", "")
    km = "Utlämnade nycklar och passerkort stäms av mot nyckelregistret"
    ctrl(km, None, None, [("Stickprov 20 kort i passersystemet", "")])
    exp(fil, N, km, "SAKNAS", "")
    summ("Process Fastighet: 0 av 3 genomförda")

    ws["A" + str(r)] = "Ansvarig för sammanställning: Per Olsson, teknisk chef"
    for k, v in {"A": 50, "B": 40, "C": 22, "D": 12, "E": 50}.items():
        ws.column_dimensions[k].width = v
    ws.column_dimensions["F"].width = 16
    src = os.path.join(tmpdir, "Teknik_och_service_IK_delar25.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 6: Överförmyndarnämnden – .doc (docx converted), nämnd only in page
#          header, one table where control rows are followed by stickprov rows
# ---------------------------------------------------------------------------
def file_ofn(tmpdir):
    fil = "Uppföljning IKP 2025 delår.doc"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Överförmyndarnämnden i Kil\tIntern kontroll\t2025-09-05"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsbokslut", level=1)
    d.add_paragraph("Redovisningen avser perioden januari–augusti 2025. Kontrollmomenten redovisas med "
                    "status på kontrollraden; under varje kontrollmoment listas granskade stickprov.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment / stickprov", "Metod", "Status / utfall", "Kommentar"]):
        set_cell(c, h, bold=True)

    def ctrl(km, metod, status, komm, samples=()):
        cells = t.add_row().cells
        set_cell(cells[0], km, bold=True)
        set_cell(cells[1], metod)
        set_cell(cells[2], status, bold=True)
        set_cell(cells[3], komm)
        for s, u, k in samples:
            cells = t.add_row().cells
            set_cell(cells[0], "   – " + s, size=9)
            set_cell(cells[1], "", size=9)
            set_cell(cells[2], u, size=9)
            set_cell(cells[3], k, size=9)

    km = "1. Årsräkningar för 2024 granskas inom sex månader från inlämning"
    ctrl(km, "Uppföljning i Wärna GO", "Delvis – 72 % granskade per 31/8",
         "Balans på grund av vakans under våren. Beräknas klart i oktober.")
    exp(fil, N, km, "DELVIS", "")
    km = "2. Ställföreträdare har giltigt utdrag ur belastningsregistret"
    ctrl(km, "Stickprov 5 ställföreträdare", "Genomförd", "5 av 5 stickprov utan anmärkning.",
         [("Stickprov 1 – god man, akt 2019-044", "Utan anmärkning", ""),
          ("Stickprov 2 – förvaltare, akt 2021-112", "Utan anmärkning", ""),
          ("Stickprov 3 – god man, akt 2023-007", "Utan anmärkning", ""),
          ("Stickprov 4 – god man, akt 2024-091", "Utan anmärkning", ""),
          ("Stickprov 5 – förvaltare, akt 2025-010", "Utan anmärkning", "")])
    exp(fil, N, km, "GENOMFORD", "nej")
    km = "3. Uttag från spärrade konton sker endast med överförmyndarens samtycke"
    ctrl(km, "Stickprov 5 konton", "Genomförd med anmärkning",
         "4 av 5 stickprov utan anmärkning. Ett uttag gjort utan samtycke – ärendet utreds.",
         [("Stickprov 1", "Utan anmärkning", ""),
          ("Stickprov 2", "Utan anmärkning", ""),
          ("Stickprov 3", "Anmärkning", "Uttag 15 000 kr utan samtycke"),
          ("Stickprov 4", "Utan anmärkning", ""),
          ("Stickprov 5", "Utan anmärkning", "")])
    exp(fil, N, km, "GENOMFORD", "ja")
    km = "4. Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer"
    ctrl(km, "Stickprov 10 arvodesbeslut", "", "Kontrollen har inte genomförts under perioden.")
    exp(fil, N, km, "EJ_GENOMFORD", "")
    km = "5. Förteckning över huvudmannens tillgångar inkommer inom två månader vid nya förvaltarskap"
    ctrl(km, "Samtliga nya förvaltarskap", "Ej aktuell",
         "Inga nya förvaltarskap har beslutats under perioden.")
    exp(fil, N, km, "UTGAR", "")

    d.add_paragraph()
    d.add_paragraph("Anna Berg, samordnare överförmyndarenheten")
    src = os.path.join(tmpdir, "Uppföljning IKP 2025 delår.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File 7: Kilsbostäder AB – .xls (xlwt), plan columns + tick columns for the
#          follow-up, stickprov rows under some controls
# ---------------------------------------------------------------------------
def file_kb():
    fil = "Kilsbostader IK 2025 delar.xls"
    N = "Kilsbostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, horiz centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    boldcell = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                           "align: wrap on, vert top")
    small = xlwt.easyxf("font: height 180, colour grey50; borders: left thin, right thin, top thin, "
                        "bottom thin; align: wrap on, vert top")
    centre = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre")

    ws.write(0, 0, "Kilsbostäder AB", title)
    ws.write(1, 0, "Intern kontroll 2025 – uppföljning delår (januari–augusti)", bold)
    ws.write(2, 0, "Markera med X i den kolumn som gäller. Stickprov redovisas på raderna under respektive kontroll.")
    # header rows 4-5
    ws.write_merge(4, 5, 0, 0, "Nr", head)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", head)
    ws.write_merge(4, 4, 2, 4, "Planerad kontroll", head)
    for i, t in enumerate(["T1", "T2", "T3"]):
        ws.write(5, 2 + i, t, head)
    ws.write_merge(4, 4, 5, 7, "Uppföljning delår", head)
    for i, t in enumerate(["Genomförd", "Delvis", "Ej genomförd"]):
        ws.write(5, 5 + i, t, head)
    ws.write_merge(4, 5, 8, 8, "Antal stickprov", head)
    ws.write_merge(4, 5, 9, 9, "Utan anmärkning", head)
    ws.write_merge(4, 5, 10, 10, "Kommentar", head)
    r = 6

    def ctrl(nr, km, plan, ticks, antal, utan, komm, samples=()):
        nonlocal r
        ws.write(r, 0, nr, boldcell)
        ws.write(r, 1, km, boldcell)
        for i in range(3):
            ws.write(r, 2 + i, "x" if plan[i] else "", centre)
        for i in range(3):
            ws.write(r, 5 + i, "X" if ticks[i] else "", centre)
        ws.write(r, 8, antal if antal is not None else "", centre)
        ws.write(r, 9, utan if utan is not None else "", centre)
        ws.write(r, 10, komm or "", cellst)
        r += 1
        for s, res in samples:
            ws.write(r, 0, "", small)
            ws.write(r, 1, s, small)
            for c in range(2, 10):
                ws.write(r, c, "", small)
            ws.write(r, 10, res, small)
            r += 1

    km = "Hyresavier överensstämmer med gällande hyresavtal"
    ctrl(1, km, (1, 1, 0), (1, 0, 0), 5, 5, "Samtliga stickprov korrekta.",
         [("Stickprov lgh 1-204, Storgatan 12", "Utan anmärkning"),
          ("Stickprov lgh 3-011, Fryksta", "Utan anmärkning"),
          ("Stickprov lgh 2-105, Hagalund", "Utan anmärkning"),
          ("Stickprov lgh 1-302, Storgatan 14", "Utan anmärkning"),
          ("Stickprov lgh 4-001, Högerud", "Utan anmärkning")])
    exp(fil, N, km, "GENOMFORD", "nej")
    km = "Besiktning vid avflyttning dokumenteras och skador debiteras"
    ctrl(2, km, (0, 1, 0), (1, 0, 0), 5, 3,
         "3 av 5 stickprov utan anmärkning. I två fall saknades debitering av konstaterade skador.",
         [("Stickprov 1", "Utan anmärkning"), ("Stickprov 2", "Skada ej debiterad"),
          ("Stickprov 3", "Utan anmärkning"), ("Stickprov 4", "Skada ej debiterad"),
          ("Stickprov 5", "Utan anmärkning")])
    exp(fil, N, km, "GENOMFORD", "ja")
    km = "Fakturor över 50 tkr är attesterade av VD"
    ctrl(3, km, (1, 1, 1), (0, 1, 0), 10, 6, "6 av 10 stickprov granskade, inga avvikelser hittills.")
    exp(fil, N, km, "DELVIS", "nej")
    km = "Hyresfordringar äldre än 60 dagar följs upp och skickas till inkasso"
    ctrl(4, km, (1, 1, 1), (1, 0, 1), None, None, "")
    exp(fil, N, km, "OKLAR", "")
    km = "Brandskyddskontroll i trapphus och allmänna utrymmen"
    ctrl(5, km, (0, 0, 1), (0, 0, 0), None, None, "")
    exp(fil, N, km, "SAKNAS", "")
    km = "Lägenheter förmedlas i turordning enligt bostadskön"
    ctrl(6, km, (0, 1, 0), (0, 0, 1), None, None, "Skjuts till T3 på grund av byte av kösystem.")
    exp(fil, N, km, "EJ_GENOMFORD", "")

    r += 1
    ws.write(r, 0, "Behandlad av styrelsen 2025-09-24. Rapporteras till kommunstyrelsen i samband med delårsrapporten.")
    ws.col(0).width = 256 * 5
    ws.col(1).width = 256 * 50
    for c in range(2, 8):
        ws.col(c).width = 256 * 11
    ws.col(8).width = 256 * 10
    ws.col(9).width = 256 * 10
    ws.col(10).width = 256 * 55
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Rejected: covering letter (missiv) – no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv IK delår 2025 Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Kils kommun\nSocialförvaltningen")
    d.add_paragraph("2025-09-12")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Socialnämndens uppföljning av internkontrollplanen för perioden januari–augusti "
        "2025. Uppföljningen finns i den bifogade Excelfilen och behandlas av nämnden den 24 september.")
    d.add_paragraph(
        "Av nämndens åtta kontrollmoment är tre genomförda och tre påbörjade. Ett kontrollmoment har utgått "
        "genom nämndens beslut och resultatet för avgiftsbesluten redovisas i en separat bilaga. "
        "Avvikelser har noterats avseende handläggningstider inom barn och unga samt genomförandeplaner "
        "i hemtjänsten. Åtgärder redovisas i bifogad fil.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Ek\nKvalitetsutvecklare\n0554-191 00")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Teknik och service|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden i Kil|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Kilsbostäder AB", "Kilsbostäder|KBAB|Kilsbostader"),
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
    tmpdir = tempfile.mkdtemp(prefix="r451src")
    file_ks()
    file_bun()
    file_sn()
    file_stratsys()
    file_tn(tmpdir)
    file_ofn(tmpdir)
    file_kb()
    file_missiv()
    write_csvs()
    shutil.rmtree(tmpdir, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
