#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 171 - Kronåsens kommun, tertial 1 2026 (first follow-up of the plan year).

Builds every file of the round plus namnder.csv, files.csv and expected.csv into the folder
of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import CellIsRule
from openpyxl.utils import get_column_letter

import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(OUT, "_build")
LO_PROFILE = "file:///tmp/lo-round171"
FIXED = dt.datetime(2026, 4, 27, 9, 0, 0)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOLD = Font(bold=True)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    assert ";" not in km
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def fix_props(wb):
    wb.properties.creator = "Kronåsens kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def style_table(ws, first_row, last_row, ncols):
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel plan with T1/T2/T3 follow-up column pairs, only T1 filled
# ---------------------------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning T1 2026 Kommunstyrelsen.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2026"
    ws["A1"] = "Kronåsens kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Internkontrollplan 2026 med uppföljning – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Planen antagen av kommunstyrelsen 2025-12-03, § 218. Uppföljning per tertial. "
                "Tertial 1 (jan–apr) redovisas för kommunstyrelsen 2026-05-20.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:M3")

    hdr1 = ["Nr", "Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Kontrolltillfälle", "Uppföljning T1 (jan–apr)", None, "Uppföljning T2 (maj–aug)", None,
            "Uppföljning T3/helår", None]
    hdr2 = [None] * 8 + ["Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    r1, r2 = 5, 6
    for c, v in enumerate(hdr1, 1):
        if v:
            ws.cell(row=r1, column=c, value=v)
    for c, v in enumerate(hdr2, 1):
        if v:
            ws.cell(row=r2, column=c, value=v)
    for c in range(1, 9):
        ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    for c in (9, 11, 13):
        ws.merge_cells(start_row=r1, start_column=c, end_row=r1, end_column=c + 1)
    hfill = PatternFill("solid", fgColor="1F4E78")
    for r in (r1, r2):
        for c in range(1, 15):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = hfill
            cell.alignment = CENTER
            cell.border = BORDER

    G, K = "group", "ctrl"
    rows = [
        (G, "1. Ekonomi"),
        (K, "1.1", "Leverantörsfakturor", "Felaktiga eller obehöriga utbetalningar", 8,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor per tertial", "Redovisningschef", "T1, T2, T3",
         "Genomförd", "Stickprov på 25 fakturor januari–mars. Samtliga attesterade av behörig attestant. Inga avvikelser."),
        (K, "1.2", "Förtroendekänsliga poster", "Förtroendeskada vid felaktig representation", 9,
         "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)",
         "Genomgång av 20 verifikationer", "Controller", "T1, T3",
         "Genomförd med avvikelse",
         "Två av 20 representationsfakturor saknade deltagarförteckning och syfte. Påminnelse om riktlinjen skickad till berörda chefer 2026-04-15."),
        (K, "1.3", "Bokslut", "Felaktig redovisning i månadsbokslut", 6,
         "Avstämning av balanskonton vid månadsbokslut",
         "Kontroll av avstämningsunderlag", "Redovisningschef", "Varje tertial",
         "Delvis genomförd",
         "Avstämning klar för januari och februari utan anmärkning. Mars pågår på grund av sjukfrånvaro i redovisningsgruppen."),
        (G, "2. Personal"),
        (K, "2.1", "Lön", "Felaktig lön vid nyanställning", 6,
         "Kontroll av att lön vid nyanställning stämmer med anställningsavtal",
         "Stickprov 10 nyanställningar i Heroma", "HR-chef", "T1, T3",
         "Genomförd", "10 nyanställningar kontrollerade mot anställningsavtal. Inga avvikelser."),
        (K, "2.2", "Rehabilitering", "Arbetsgivaren fullgör inte rehabiliteringsansvaret", 8,
         "Uppföljning av rehabiliteringsärenden enligt rutin för arbetslivsinriktad rehabilitering",
         "Genomgång av samtliga ärenden > 60 dagar", "HR-chef", "T2",
         None, None),
        (K, "2.3", "Bisysslor", "Otillåtna bisysslor", 4,
         "Kontroll av att samtliga chefer har redovisat eventuella bisysslor",
         "Avstämning mot sammanställning från HR", "HR-chef", "T3",
         "Ej aktuellt T1", "Kontrollen görs i samband med medarbetarsamtalen under hösten."),
        (G, "3. IT och informationssäkerhet"),
        (K, "3.1", "Behörigheter", "Obehörig åtkomst till ekonomisystemet", 9,
         "Kontroll av behörigheter i ekonomisystemet (Raindance) för avslutade anställningar",
         "Behörighetslista mot lista över avslutade anställningar", "Systemförvaltare", "T1, T3",
         "Genomförd med anmärkning",
         "Tre behörigheter fanns kvar för personer som slutat under hösten 2025. Behörigheterna togs bort 2026-04-08."),
        (K, "3.2", "Säkerhetskopiering", "Förlust av data i verksamhetskritiska system", 8,
         "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
         "Återläsningstest tillsammans med IT-leverantör", "IT-chef", "T2",
         None, None),
        (G, "4. Upphandling och inköp"),
        (K, "4.1", "Avtalstrohet", "Inköp sker utanför ramavtal", 9,
         "Avtalstrohet – stickprov på inköp utanför ramavtal",
         "Stickprov 15 inköp ur leverantörsreskontran", "Upphandlingschef", "T1, T2, T3",
         "Ej genomförd",
         "Kontrollen har inte kunnat genomföras på grund av vakans på upphandlingsenheten. Flyttas till T2."),
        (K, "4.2", "Direktupphandling", "Direktupphandlingar dokumenteras inte", 6,
         "Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinje för direktupphandling",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef", "T1",
         "Delvis genomförd",
         "Stickprov gjort på 6 av 10 planerade direktupphandlingar. I ett fall saknades dokumentation av konkurrensutsättning."),
        (G, "5. Ärendehantering"),
        (K, "5.1", "Delegation", "Delegationsbeslut anmäls inte", 4,
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse beslutslogg mot protokoll", "Kommunsekreterare", "T1, T2, T3",
         "Genomförd", "Samtliga delegationsbeslut januari–april har anmälts vid kommunstyrelsens sammanträden."),
        (K, "5.2", "Diarieföring", "Handlingar diarieförs inte i tid", 4,
         "Inkommande handlingar diarieförs inom tre arbetsdagar",
         "Stickprov 30 handlingar i W3D3", "Registrator", "T3",
         None, "Kontrollen planeras till hösten (T3)."),
    ]
    r = r2 + 1
    gfill = PatternFill("solid", fgColor="DDEBF7")
    first = r
    n_ctrl = 0
    for row in rows:
        if row[0] == G:
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
            for c in range(1, 15):
                ws.cell(row=r, column=c).fill = gfill
        else:
            _, nr, proc, risk, rv, km, metod, ansv, tillf, st, kom = row
            for c, v in enumerate([nr, proc, risk, rv, km, metod, ansv, tillf, st, kom], 1):
                if v is not None:
                    ws.cell(row=r, column=c, value=v)
            n_ctrl += 1
        r += 1
    style_table(ws, first, r - 1, 14)
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment i planen: 12. Genomförda T1: 5 (varav 2 med avvikelse).")
    ws.cell(row=r + 1, column=1, value="Upprättad av: Lena Holm, controller, 2026-04-24")
    ws.cell(row=r + 2, column=1, value="Godkänd av: Anders Ek, kommundirektör")
    widths = [6, 18, 26, 9, 42, 28, 16, 13, 16, 44, 12, 30, 12, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E7"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "5:6"
    wb.save(os.path.join(OUT, fil))

    exp(fil, nm, "Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej")
    exp(fil, nm, "Kontroll av förtroendekänsliga poster (representation, resor, gåvor)", "GENOMFORD", "ja")
    exp(fil, nm, "Avstämning av balanskonton vid månadsbokslut", "DELVIS", "nej")
    exp(fil, nm, "Kontroll av att lön vid nyanställning stämmer med anställningsavtal", "GENOMFORD", "nej")
    exp(fil, nm, "Uppföljning av rehabiliteringsärenden enligt rutin för arbetslivsinriktad rehabilitering", "SAKNAS", "")
    exp(fil, nm, "Kontroll av att samtliga chefer har redovisat eventuella bisysslor", "UTGAR", "")
    exp(fil, nm, "Kontroll av behörigheter i ekonomisystemet (Raindance) för avslutade anställningar", "GENOMFORD", "ja")
    exp(fil, nm, "Test av återläsning av säkerhetskopior för verksamhetskritiska system", "SAKNAS", "")
    exp(fil, nm, "Avtalstrohet – stickprov på inköp utanför ramavtal", "EJ_GENOMFORD", "")
    exp(fil, nm, "Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinje för direktupphandling", "DELVIS", "ja")
    exp(fil, nm, "Delegationsbeslut anmäls till kommunstyrelsen", "GENOMFORD", "nej")
    exp(fil, nm, "Inkommande handlingar diarieförs inom tre arbetsdagar", "SAKNAS", "")
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word text report with "Kommentar T1:" paragraphs
# ---------------------------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning internkontrollplan 2026 tertial 1.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kronåsens kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/412"
    p = d.add_paragraph("TJÄNSTESKRIVELSE")
    p.runs[0].bold = True
    d.add_paragraph("2026-04-29")
    d.add_heading("Uppföljning av internkontrollplan 2026 – tertial 1", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplan 2026 "
                    "för tertial 1 och överlämnar den till kommunstyrelsen.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2026 den 10 december 2025, "
                    "§ 98. Planen innehåller nio kontrollmoment. Flera av kontrollerna är planerade att "
                    "genomföras först under tertial 2 eller tertial 3 och redovisas därför inte i denna "
                    "uppföljning. Nedan redovisas varje kontrollmoment med förvaltningens kommentar för "
                    "tertial 1. Kommentarer för tertial 2 och 3 fylls i vid kommande uppföljningar.")
    d.add_heading("Redovisning per kontrollmoment", level=2)

    ctrls = [
        ("Elevhälsa och trygghet",
         "Anmälan om kränkande behandling görs till huvudmannen inom fem arbetsdagar",
         "Genomgång av samtliga anmälningar i DF Respons januari–mars", "T1, T2, T3", "Verksamhetschef grundskola",
         "Genomförd. 40 anmälningar har granskats, varav 34 anmäldes till huvudmannen inom fem arbetsdagar. "
         "Sex anmälningar gjordes för sent. Rektorerna har påmints om rutinen vid rektorsmöte 2026-04-16."),
        ("Elevhälsa och trygghet",
         "Rektor utreder upprepad eller långvarig frånvaro enligt skollagen 7 kap. 19 a §",
         "Stickprov fem elever per grundskola", "T1, T3", "Verksamhetschef grundskola",
         "Kontrollen har genomförts på tre av fem grundskolor. På de kontrollerade skolorna fanns inga brister. "
         "Resterande två skolor kontrolleras i maj."),
        ("Personal",
         "Utdrag ur belastningsregistret uppvisas vid nyanställning",
         "Samtliga nyanställningar under perioden", "T1, T2, T3", "HR-specialist",
         "Samtliga 22 nyanställda under perioden har uppvisat utdrag ur belastningsregistret före anställning. "
         "Inga avvikelser."),
        ("Förskola",
         "Placering av barn i förskola sker enligt kö- och placeringsregler",
         "Stickprov 20 placeringar", "T2", "Placeringsansvarig",
         "Ej aktuellt T1 – kontrollen genomförs i samband med höstens placeringar."),
        ("Ekonomi",
         "Attest av fakturor för skolskjuts mot avtal och körordrar",
         "Stickprov 10 fakturor", "T1, T3", "Controller",
         "Ej genomförd. Kontrollen skjuts till T2 eftersom nytt skolskjutsavtal började gälla 1 april."),
        ("Ekonomi",
         "Interkommunal ersättning för modersmålsundervisning och studiehandledning faktureras korrekt",
         "Avstämning fakturering mot elevregister", "T3", "Controller",
         ""),
        ("Tillsyn",
         "Tillsyn av fristående förskolor genomförs enligt tillsynsplan",
         "Jämförelse genomförda tillsynsbesök mot plan", "T1, T3", "Utvecklingsstrateg",
         "Två av fyra planerade tillsynsbesök är genomförda. Vid ett besök konstaterades brister i "
         "dokumentationen av barnens vistelsetider och ett föreläggande har utfärdats. Övriga besök görs i maj."),
        ("Säkerhet",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Egenkontroll via checklista", "T1", "Säkerhetssamordnare",
         "Se bilaga 2."),
        ("Lärverktyg",
         "Elever har tillgång till lärverktyg och skolbibliotek enligt skollagen",
         "Enkät till rektorer", "T2", "Verksamhetschef grundskola",
         "–"),
    ]
    for i, (proc, km, metod, frekv, ansv, k1) in enumerate(ctrls, 1):
        d.add_heading(f"{i}. {proc}", level=3)
        for lab, val in (("Kontrollmoment: ", km), ("Kontrollmetod: ", metod),
                         ("Kontrolltillfälle: ", frekv), ("Ansvarig: ", ansv)):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(lab)
            r.bold = True
            p.add_run(val)
        for lab, val in (("Kommentar T1: ", k1), ("Kommentar T2: ", ""), ("Kommentar T3: ", "")):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(lab)
            r.bold = True
            if val:
                p.add_run(val)
        d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under tertial 1 i huvudsak är tillräcklig. "
                    "De brister som har identifierats avseende anmälan om kränkande behandling och tillsyn av "
                    "fristående förskolor följs upp särskilt under tertial 2.")
    d.add_paragraph()
    d.add_paragraph("Karin Sjöberg\nFörvaltningschef")
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2026, 2. Sammanställning egenkontroll SBA")
    d.save(os.path.join(OUT, fil))

    exp(fil, nm, "Anmälan om kränkande behandling görs till huvudmannen inom fem arbetsdagar", "GENOMFORD", "ja")
    exp(fil, nm, "Rektor utreder upprepad eller långvarig frånvaro enligt skollagen 7 kap. 19 a §", "DELVIS", "nej")
    exp(fil, nm, "Utdrag ur belastningsregistret uppvisas vid nyanställning", "GENOMFORD", "nej")
    exp(fil, nm, "Placering av barn i förskola sker enligt kö- och placeringsregler", "UTGAR", "")
    exp(fil, nm, "Attest av fakturor för skolskjuts mot avtal och körordrar", "EJ_GENOMFORD", "")
    exp(fil, nm, "Interkommunal ersättning för modersmålsundervisning och studiehandledning faktureras korrekt", "SAKNAS", "")
    exp(fil, nm, "Tillsyn av fristående förskolor genomförs enligt tillsynsplan", "DELVIS", "ja")
    exp(fil, nm, "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter", "OKLAR", "")
    exp(fil, nm, "Elever har tillgång till lärverktyg och skolbibliotek enligt skollagen", "SAKNAS", "")
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------------------------
# 3. Socialnämnden - "Status T1" drop-down (data validation, list on hidden sheet) + conditional formatting
# ---------------------------------------------------------------------------------------------
def file_sn():
    fil = "SN Internkontroll 2026 - uppföljning T1.xlsx"
    nm = "Socialnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2026"
    lst = wb.create_sheet("Listor")
    statuses = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd",
                "Ej aktuell för perioden", "Utgår"]
    for i, s in enumerate(statuses, 1):
        lst.cell(row=i, column=1, value=s)
    lst.sheet_state = "hidden"

    ws["A1"] = "Socialnämnden – Internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Instruktion: Välj status i rullistan för aktuell period. Cellen färgas automatiskt: "
                "grön = genomförd, orange = genomförd med avvikelse, gul = delvis genomförd, "
                "röd = ej genomförd, grå = ej aktuell för perioden / utgår.")
    ws["A2"].alignment = Alignment(wrap_text=True)
    ws.merge_cells("A2:O2")
    ws.row_dimensions[2].height = 32
    ws["A3"] = "Antagen SN 2025-12-16 § 187. Uppföljning T1 fastställd av förvaltningsledningen 2026-05-05."

    hdr = ["Nr", "Område", "Kontrollmoment", "Metod", "Omfattning", "Ansvarig",
           "T1", "T2", "T3", "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status T3", "Kommentar T3"]
    ws.cell(row=4, column=7, value="Kontroll planerad")
    ws.merge_cells("G4:I4")
    ws.cell(row=4, column=10, value="Uppföljning")
    ws.merge_cells("J4:O4")
    for c in range(1, 16):
        ws.cell(row=4, column=c).font = BOLD
        ws.cell(row=4, column=c).alignment = CENTER
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = CENTER
        cell.border = BORDER

    rows = [
        ("1", "Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Stickprov", "30 beslut", "Enhetschef försörjningsstöd", "x", "x", "x",
         "Genomförd", "Stickprov på 30 beslut. Samtliga fattade av rätt delegat."),
        ("2", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd överensstämmer med beslut\n(stickprov 30 utbetalningar)",
         "Stickprov", "30 utbetalningar", "Enhetschef försörjningsstöd", "x", "", "x",
         "Genomförd med avvikelse",
         "1 av 30 utbetalningar avvek från beslutet (dubbelutbetalning 4 250 kr). Återkrav har beslutats."),
        ("3", "Barn och unga", "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Samtliga anmälningar", "Enhetschef barn och unga", "x", "x", "x",
         "Delvis genomförd",
         "Kontroll gjord för januari–februari: 3 av 58 förhandsbedömningar överskred 14 dagar. "
         "Mars–april kontrolleras i maj."),
        ("4", "Barn och unga", "Utredningar av barn och unga slutförs inom fyra månader",
         "Uttag ur verksamhetssystemet", "Samtliga utredningar", "Enhetschef barn och unga", "", "x", "",
         None, None),
        ("5", "Placeringar", "Placeringar på HVB sker hos upphandlad leverantör",
         "Jämförelse placeringar mot avtalslista", "Samtliga placeringar", "Enhetschef placering", "x", "", "x",
         "Ej genomförd", "Har inte hunnits med under perioden. Genomförs under T2."),
        ("6", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet (Procapita) avseende otillåten åtkomst",
         "Loggranskning", "15 slumpvis valda personer", "Systemförvaltare", "x", "x", "x",
         "Genomförd", "Loggar för 15 slumpvis utvalda personer har granskats. Ingen otillåten åtkomst upptäcktes."),
        ("7", "Placeringar", "Utdrag ur belastnings- och misstankeregistret inhämtas innan familjehemsplacering",
         "Genomgång av akter", "10 familjehem", "Enhetschef placering", "", "", "x",
         "Ej aktuell för perioden", None),
        ("8", "Ekonomi", "Arvoden till kontaktpersoner betalas ut enligt gällande riktlinje",
         "Stickprov", "12 utbetalningar", "Controller", "x", "", "",
         None, "Genomförd – 12 utbetalningar kontrollerade mot riktlinjen, inga fel."),
        ("9", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO vid behov",
         "Genomgång av rapporter", "Samtliga rapporter", "Kvalitetsstrateg", "x", "", "x",
         "Utgår", "Kontrollmomentet utgår enligt beslut SN 2026-02-18 § 21 och ersätts av kvalitetsuppföljning i ledningssystemet."),
        ("10", "Ekonomi", "Avgifter inom öppenvården debiteras enligt taxa",
         "Stickprov", "20 debiteringar", "Avgiftshandläggare", "", "x", "",
         None, None),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
        for c in range(1, 16):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            cell.alignment = CENTER if c in (1, 7, 8, 9) else WRAP
        r += 1
    last = r - 1

    dv = DataValidation(type="list", formula1="Listor!$A$1:$A$6", allow_blank=True,
                        showDropDown=False, showErrorMessage=True,
                        errorTitle="Ogiltig status", error="Välj status i listan.")
    ws.add_data_validation(dv)
    for col in ("J", "L", "N"):
        dv.add(f"{col}6:{col}{last}")
    colours = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "F8CBAD", "Delvis genomförd": "FFEB9C",
               "Ej genomförd": "FFC7CE", "Ej aktuell för perioden": "D9D9D9", "Utgår": "D9D9D9"}
    for col in ("J", "L", "N"):
        rng = f"{col}6:{col}{last}"
        for s, colr in colours.items():
            ws.conditional_formatting.add(
                rng, CellIsRule(operator="equal", formula=[f'"{s}"'],
                                fill=PatternFill(start_color=colr, end_color=colr, fill_type="solid")))
    widths = [5, 18, 44, 22, 18, 22, 5, 5, 5, 22, 48, 16, 24, 16, 24]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "D6"
    ws.cell(row=last + 2, column=1, value="Ansvarig för sammanställning: Maria Lind, kvalitetsstrateg")
    wb.save(os.path.join(OUT, fil))

    exp(fil, nm, "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen", "GENOMFORD", "nej")
    exp(fil, nm, "Utbetalning av ekonomiskt bistånd överensstämmer med beslut (stickprov 30 utbetalningar)", "GENOMFORD", "ja")
    exp(fil, nm, "Förhandsbedömning av orosanmälningar görs inom 14 dagar", "DELVIS", "ja")
    exp(fil, nm, "Utredningar av barn och unga slutförs inom fyra månader", "SAKNAS", "")
    exp(fil, nm, "Placeringar på HVB sker hos upphandlad leverantör", "EJ_GENOMFORD", "")
    exp(fil, nm, "Loggkontroll i verksamhetssystemet (Procapita) avseende otillåten åtkomst", "GENOMFORD", "nej")
    exp(fil, nm, "Utdrag ur belastnings- och misstankeregistret inhämtas innan familjehemsplacering", "UTGAR", "")
    exp(fil, nm, "Arvoden till kontaktpersoner betalas ut enligt gällande riktlinje", "GENOMFORD", "nej")
    exp(fil, nm, "Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "UTGAR", "")
    exp(fil, nm, "Avgifter inom öppenvården debiteras enligt taxa", "SAKNAS", "")
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - adopted plan only (ODS), X = planned tertial, no follow-up
# ---------------------------------------------------------------------------------------------
def file_von():
    fil = "Internkontrollplan 2026 VON antagen.ods"
    nm = "Vård- och omsorgsnämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Internkontrollplan 2026"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontrollplan 2026"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = "Antagen av vård- och omsorgsnämnden 2025-12-11, § 156"
    ws["A4"] = "Riskvärde = sannolikhet × konsekvens (skala 1–4). X i kolumn T1–T3 anger under vilket tertial kontrollen ska genomföras."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
           "Ansvarig", "Rapporteras till", "T1", "T2", "T3"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=v)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = CENTER
        cell.border = BORDER
    rows = [
        ("Läkemedelshantering", "Läkemedel ges inte enligt ordination", 3, 4,
         "Signeringslistor för läkemedel är korrekt ifyllda",
         "Stickprov 20 signeringslistor per särskilt boende", "MAS", "Nämnden", "X", "X", "X"),
        ("Avvikelsehantering", "Avvikelser rapporteras inte och leder inte till förbättring", 3, 3,
         "Avvikelser enligt HSL rapporteras och åtgärdas i verksamhetssystemet",
         "Uttag ur Lifecare och genomgång av åtgärder", "MAS", "Nämnden", "X", "", "X"),
        ("Myndighetsutövning", "Insatser genomförs inte enligt beslut", 2, 3,
         "Genomförandeplaner upprättas inom 14 dagar efter att insatsen påbörjats",
         "Stickprov 15 ärenden", "Enhetschef hemtjänst", "Förvaltningsledning", "", "X", ""),
        ("Avgifter", "Felaktig debitering av omsorgsavgift", 2, 3,
         "Debitering av omsorgsavgifter stämmer med beslut och taxa",
         "Stickprov 25 fakturor", "Avgiftshandläggare", "Nämnden", "X", "", "X"),
        ("Hemtjänst", "Nycklar till brukares bostad hanteras felaktigt", 2, 4,
         "Kvittenslistor för nycklar i hemtjänsten stäms av mot nyckelskåp",
         "Inventering per hemtjänstgrupp", "Enhetschef hemtjänst", "Förvaltningsledning", "X", "X", "X"),
        ("Inköp", "Inköp sker utanför avtal", 3, 2,
         "Inköp av förbrukningsmaterial sker hos avtalad leverantör",
         "Stickprov 20 inköp", "Controller", "Nämnden", "", "", "X"),
        ("Arbetsmiljö", "Tillbud och arbetsskador rapporteras inte", 3, 3,
         "Tillbud och arbetsskador rapporteras i KIA",
         "Jämförelse KIA mot skyddsombudens noteringar", "HR-konsult", "Förvaltningsledning", "", "X", ""),
    ]
    r = 7
    for proc, risk, s, k, km, met, ansv, rapp, t1, t2, t3 in rows:
        vals = [proc, risk, s, k, s * k, km, met, ansv, rapp, t1, t2, t3]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = CENTER if c in (3, 4, 5, 10, 11, 12) else WRAP
        r += 1
    widths = [20, 34, 11, 11, 10, 44, 34, 20, 18, 6, 6, 6]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = os.path.join(BUILD, "Internkontrollplan 2026 VON antagen.xlsx")
    wb.save(tmp)
    soffice(tmp, "ods", OUT)

    for row in rows:
        exp(fil, nm, row[4], "SAKNAS", "")
    FILES.append((fil, "INLAST", nm, "2026", ""))


# ---------------------------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - last year's HELÅR 2025 file sent by mistake, codes + legend
# ---------------------------------------------------------------------------------------------
def file_kfn():
    fil = "KFN uppföljning internkontrollplan.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = Workbook()
    fix_props(wb)
    wb.properties.created = dt.datetime(2026, 1, 20, 14, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 27, 10, 30, 0)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Behandlas av KFN 2026-02-12. Delårsuppföljningen (jan–aug) behandlades 2025-09-18."
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Status delår (aug)", "Status helår",
           "Kommentar / vidtagen åtgärd", "Ansvarig"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7030A0")
        cell.alignment = CENTER
        cell.border = BORDER
    rows = [
        ("Kassahantering", "Kassaavstämning mot kassarapport i simhall och bibliotek", "2 ggr/år", "G", "GA",
         "Kassadifferens på 1 200 kr i simhallen i oktober. Utredd tillsammans med ekonomienheten; rutinen för "
         "dagskassa har skärpts.", "Enhetschef fritid"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsregler och beslut", "2 ggr/år", "D", "G",
         "Samtliga 41 utbetalningar kontrollerade mot beslut. Inga fel.", "Föreningskonsulent"),
        ("Intäkter", "Uthyrning av lokaler och anläggningar faktureras korrekt", "1 gång/år", "G", None,
         "Kontrollen gjordes en gång under året (vid delår), inga avvikelser.", "Bokningsansvarig"),
        ("Inventarier", "Inventering av utlåningsbar utrustning i Fritidsbanken", "1 gång/år", None, "E",
         "Ej genomförd på grund av Fritidsbankens flytt till nya lokaler. Genomförs 2026.", "Enhetschef fritid"),
        ("Inköp", "Avtalstrohet vid inköp av konstnärliga tjänster", "2 ggr/år", "D", "D",
         "Stickprov gjort på 8 av 15 inköp. Två inköp saknade avtal. Fortsatt kontroll 2026.",
         "Kulturchef"),
        ("Förtroendekänsliga poster", "Representation och förtroendekänsliga poster följer riktlinjen",
         "2 ggr/år", "G", "G", "Inga avvikelser.", "Controller"),
        ("Barn och unga", "Utdrag ur belastningsregistret för ledare i lovverksamhet", "1 gång/år", "U", "U",
         "Utgår – lovverksamheten drivs av förening sedan 2025.", "Enhetschef fritid"),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga anläggningar", "1 gång/år", "D", "G",
         "Samtliga skyddsronder genomförda under hösten, inga allvarliga brister.", "Förvaltningschef"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = CENTER if c in (3, 4, 5) else WRAP
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    ws.cell(row=r, column=5, value='=COUNTIF(E6:E13,"G")+COUNTIF(E6:E13,"GA")')
    ws.cell(row=r, column=6, value="genomförda kontroller vid helår")
    r += 2
    ws.cell(row=r, column=1, value="Teckenförklaring").font = BOLD
    legend = [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med anmärkning/avvikelse"),
              ("D", "Delvis genomförd"), ("E", "Ej genomförd"), ("U", "Utgår")]
    for code, txt in legend:
        r += 1
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=txt)
    widths = [22, 46, 11, 14, 12, 52, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))

    exp(fil, nm, "Kassaavstämning mot kassarapport i simhall och bibliotek", "GENOMFORD", "ja")
    exp(fil, nm, "Föreningsbidrag betalas ut enligt bidragsregler och beslut", "GENOMFORD", "nej")
    exp(fil, nm, "Uthyrning av lokaler och anläggningar faktureras korrekt", "GENOMFORD", "nej")
    exp(fil, nm, "Inventering av utlåningsbar utrustning i Fritidsbanken", "EJ_GENOMFORD", "")
    exp(fil, nm, "Avtalstrohet vid inköp av konstnärliga tjänster", "DELVIS", "ja")
    exp(fil, nm, "Representation och förtroendekänsliga poster följer riktlinjen", "GENOMFORD", "nej")
    exp(fil, nm, "Utdrag ur belastningsregistret för ledare i lovverksamhet", "UTGAR", "")
    exp(fil, nm, "Skyddsronder genomförs på samtliga anläggningar", "GENOMFORD", "nej")
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Stratsys export (CSV) with two nämnder: SBN and MBN
# ---------------------------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_2026_export_20260504.csv"
    sbn, mbn = "Samhällsbyggnadsnämnden", "Miljö- och byggnadsnämnden"
    hdr = ["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollfrekvens", "Period", "Status",
           "Bedömning", "Kommentar", "Ansvarig", "Senast ändrad"]
    plan = "Internkontrollplan 2026"
    rows = [
        (sbn, "Gata och park",
         "Leverantörsfakturor för vinterväghållning stämmer mot avtal och körjournaler", "T1, T3",
         "Klar", "Avvikelse",
         "Två fakturor från entreprenören debiterade fler timmar än körjournalen visade.\nKreditering har begärts (18 400 kr).",
         "Gatuchef", "2026-04-28 15:12", "GENOMFORD", "ja"),
        (sbn, "Exploatering",
         "Ekonomiska åtaganden i exploateringsavtal följs upp", "T1",
         "Pågående", "Ingen avvikelse",
         "Genomgång klar för 3 av 5 avtal. Resterande avtal gås igenom i maj.",
         "Exploateringschef", "2026-04-30 09:41", "DELVIS", "nej"),
        (sbn, "Fastighet",
         "Arbetsorder i fastighetssystemet attesteras innan arbetet utförs", "T1, T2, T3",
         "Klar", "Ingen avvikelse", "Stickprov 25 arbetsorder, samtliga attesterade i förväg.",
         "Fastighetschef", "2026-04-22 11:05", "GENOMFORD", "nej"),
        (sbn, "Mark",
         "Försäljning av kommunal mark sker till marknadsvärde enligt riktlinje", "T2",
         "", "", "", "Mark- och exploateringsingenjör", "2026-01-12 08:30", "SAKNAS", ""),
        (sbn, "Fastighet",
         "Lokalhyror debiteras enligt internhyresmodellen", "T1",
         "Ej påbörjad", "", "Resursbrist under perioden, kontrollen flyttas till T2.",
         "Controller", "2026-04-29 16:20", "EJ_GENOMFORD", ""),
        (sbn, "Avfall",
         "Abonnemang för hämtning av hushållsavfall debiteras enligt avfallstaxan", "T3",
         "Ej aktuell under perioden", "", "", "Avfallschef", "2026-04-15 10:00", "UTGAR", ""),
        (mbn, "Bygglov",
         "Handläggningstiden för bygglov överstiger inte tio veckor", "T1, T2, T3",
         "Klar", "Avvikelse",
         "4 av 96 ärenden överskred tio veckor. Avgiften har reducerats enligt PBL 12 kap. 8 a §.",
         "Bygglovschef", "2026-04-27 13:48", "GENOMFORD", "ja"),
        (mbn, "Miljötillsyn",
         "Tillsynsavgifter enligt miljöbalken debiteras enligt taxa", "T1, T3",
         "Klar", "Ingen avvikelse", "Stickprov 20 debiteringar, inga fel.",
         "Miljöchef", "2026-04-24 14:02", "GENOMFORD", "nej"),
        (mbn, "Nämndadministration",
         "Delegationsbeslut återrapporteras till nämnden", "T1, T2, T3",
         "Klar", "", "Återrapporteras månadsvis till nämnden.",
         "Nämndsekreterare", "2026-04-20 09:15", "GENOMFORD", "nej"),
        (mbn, "Livsmedelskontroll",
         "Livsmedelskontroller genomförs enligt kontrollplan", "T1, T2, T3",
         "Pågående", "Ingen avvikelse", "32 av planerade 45 kontroller genomförda till och med april.",
         "Miljöchef", "2026-04-30 08:55", "DELVIS", "nej"),
        (mbn, "Rättssäkerhet",
         "Jävsförhållanden dokumenteras vid handläggning av ärenden", "T2",
         "", "", "", "Förvaltningschef", "2026-01-12 08:30", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for (enh, proc, km, frekv, st, bed, kom, ansv, ts, _, _) in rows:
            w.writerow([enh, plan, proc, km, frekv, "2026 T1", st, bed, kom, ansv, ts])
    for (enh, proc, km, frekv, st, bed, kom, ansv, ts, es, ea) in rows:
        exp(fil, enh, km, es, ea)
    FILES.append((fil, "INLAST", mbn, "2026", "T1"))
    FILES.append((fil, "INLAST", sbn, "2026", "T1"))


# ---------------------------------------------------------------------------------------------
# 7. Tekniska nämnden - .xls, nämnd only in print header and "TF" in file name, X tick columns
# ---------------------------------------------------------------------------------------------
def file_tn():
    fil = "Uppföljning IK T1 2026 TF.xls"
    nm = "Tekniska nämnden"
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "T1"
    ws.oddHeader.left.text = "Kronåsens kommun"
    ws.oddHeader.center.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Internkontrollplan 2026"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll tertial 1 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteringsperiod: 2026-01-01 – 2026-04-30"
    hdr = ["Kontrollmoment", "Kontrollansvarig", "Planerad period", "Genomförd", "Ej genomförd",
           "Avvikelse (J/N)", "Kommentar"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.alignment = CENTER
        cell.border = BORDER
    rows = [
        ("Kontroll av fordonsjournaler och drivmedelskort", "Fordonssamordnare", "T1", "X", "", "N",
         "Samtliga 34 drivmedelskort stämda mot körjournaler.", "GENOMFORD", "nej"),
        ("Egenkontroll av dricksvatten enligt kontrollprogram", "VA-chef", "T1, T2, T3", "X", "", "J",
         "Ett prov med förhöjd halt koliforma bakterier i Åsby 2026-03-02. Kokningsrekommendation utfärdades, "
         "åtgärdat efter spolning och omprov 2026-03-09.", "GENOMFORD", "ja"),
        ("Attest och kontering av fakturor för reinvesteringar i VA-nätet", "Controller", "T1", "", "X", "",
         "Ej hunnit, görs i maj.", "EJ_GENOMFORD", ""),
        ("Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "T2", "", "", "", "",
         "SAKNAS", ""),
        ("Avrop från ramavtal för entreprenadmaskiner", "Inköpssamordnare", "T1, T3", "X", "X", "", "",
         "OKLAR", ""),
        ("Felanmälningar om gatubelysning åtgärdas inom avtalad tid", "Gatuingenjör", "T1", "X", "", "N",
         "Stickprov 20 felanmälningar, samtliga åtgärdade inom avtalad tid.", "GENOMFORD", "nej"),
        ("Avtal och kartor för ledningsrätter är arkiverade", "Arkivsamordnare", "T3", "", "", "",
         "Ej aktuellt T1", "UTGAR", ""),
        ("Tidrapportering för jour och beredskap", "Driftchef", "T1, T2, T3", "X", "", "J",
         "Felaktig OB-ersättning i två fall, rättat i aprillönen.", "GENOMFORD", "ja"),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = CENTER if c in (3, 4, 5, 6) else WRAP
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Markera med X om kontrollen är genomförd eller ej genomförd. "
                                   "Avvikelse: J = ja, N = nej.").font = Font(italic=True, size=9)
    ws.cell(row=r + 2, column=1, value="Ort och datum: Kronåsen 2026-04-30")
    ws.cell(row=r + 3, column=1, value="Per Nyström, teknisk chef")
    widths = [48, 20, 14, 11, 11, 13, 52]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    tmp = os.path.join(BUILD, "Uppföljning IK T1 2026 TF.xlsx")
    wb.save(tmp)
    soffice(tmp, "xls", OUT)
    for row in rows:
        exp(fil, nm, row[0], row[7], row[8])
    FILES.append((fil, "INLAST", nm, "2026", "T1"))


# ---------------------------------------------------------------------------------------------
# 8. Reject - instruction letter from Kommunledningsförvaltningen (no follow-up)
# ---------------------------------------------------------------------------------------------
def file_reject():
    fil = "Anvisning uppföljning internkontroll T1 2026.docx"
    d = docx.Document()
    d.core_properties.author = "Ekonomiavdelningen"
    d.core_properties.created = dt.datetime(2026, 3, 16, 8, 0, 0)
    d.core_properties.modified = dt.datetime(2026, 3, 16, 8, 0, 0)
    d.sections[0].header.paragraphs[0].text = "Kronåsens kommun – Kommunledningsförvaltningen, ekonomiavdelningen"
    d.add_paragraph("2026-03-16")
    d.add_paragraph("Till: Förvaltningschefer, controllers och nämndsekreterare")
    d.add_heading("Anvisning för uppföljning av internkontrollplan 2026 – tertial 1", level=1)
    d.add_paragraph("Nämndernas internkontrollplaner för 2026 antogs i december 2025. Den första uppföljningen "
                    "avser tertial 1 (januari–april) och ska lämnas till ekonomiavdelningen enligt tidplanen nedan. "
                    "Uppföljningen görs i respektive nämnds mall eller som export ur Stratsys.")
    d.add_heading("Så här gör ni", level=2)
    for t in ("Ange för varje kontrollmoment som är planerat till tertial 1 en status: Genomförd, "
              "Delvis genomförd eller Ej genomförd.",
              "Kontrollmoment som enligt planen ska genomföras först under tertial 2 eller 3 markeras "
              "”Ej aktuellt T1”.",
              "Beskriv kortfattat resultatet och eventuella avvikelser samt vilka åtgärder som vidtagits.",
              "Skicka uppföljningen som den behandlats av nämnden – inte förra årets helårsuppföljning."):
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Tidplan", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Nämnd", "Nämndsammanträde", "Senast till ekonomiavdelningen")):
        t.rows[0].cells[i].text = h
    for row in (("Kommunstyrelsen", "2026-05-20", "2026-05-06"),
                ("Barn- och utbildningsnämnden", "2026-05-13", "2026-05-06"),
                ("Socialnämnden", "2026-05-12", "2026-05-06"),
                ("Vård- och omsorgsnämnden", "2026-05-14", "2026-05-06"),
                ("Samhällsbyggnadsnämnden", "2026-05-07", "2026-05-06"),
                ("Miljö- och byggnadsnämnden", "2026-05-07", "2026-05-06"),
                ("Kultur- och fritidsnämnden", "2026-05-11", "2026-05-06"),
                ("Tekniska nämnden", "2026-05-05", "2026-05-06"),
                ("Överförmyndarnämnden", "2026-05-18", "2026-05-06")):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph()
    d.add_paragraph("Frågor besvaras av Lena Holm, controller, tfn 0555-12 34 56.")
    d.add_paragraph("Ekonomiavdelningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnämnden"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Kronåsens Bostäder AB", "KBAB|Kronåsbostäder"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for r in rows:
                wr.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def check():
    names = {n for n, _ in NAMNDER}
    inl = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, u, n, y, p in FILES:
        assert os.path.exists(os.path.join(OUT, f)), f
        if u == "INLAST":
            assert n in names, n
            assert p in ("T1", "DELAR", "T2", "HELAR", ""), p
        else:
            assert n == y == p == ""
    for f, n, km, s, a in EXPECTED:
        assert (f, n) in inl, (f, n)
    # read back
    for f, u, *_ in FILES:
        p = os.path.join(OUT, f)
        if f.endswith(".xlsx"):
            load_workbook(p)
        elif f.endswith(".docx"):
            docx.Document(p)
        elif f.endswith((".ods", ".xls")):
            assert zipfile.is_zipfile(p) == f.endswith(".ods")
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls - OK")


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    file_ks()
    file_bun()
    file_sn()
    file_von()
    file_kfn()
    file_stratsys()
    file_tn()
    file_reject()
    shutil.rmtree(BUILD)
    write_csvs()
    check()


if __name__ == "__main__":
    main()
