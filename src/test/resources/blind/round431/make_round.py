#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r431 - Torsby kommun (fictional), delår 2025.
Builds all follow-up files, one file to reject, and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = tempfile.mkdtemp(prefix="r431_build_")
LO_PROFILE = "file:///tmp/lo-round431"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expect(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, traffic-light fills without text, legend at the bottom
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_IK_uppfoljning_delar_2025.xlsx"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    # (nr, process, risk, kontrollmoment, metod, ansvarig, frekvens, T1 fill, delår fill, kommentar, status, avv)
    groups = [
        ("Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Felaktiga eller obehöriga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Redovisningschef", "Tertialvis", G, G,
             "Stickprov på 30 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Leverantörsregister", "Bedrägeri via ändrade bankuppgifter",
             "Kontroll av att nya leverantörer och ändrade bankuppgifter verifieras innan utbetalning",
             "Genomgång av logg över ändringar i leverantörsregistret", "Ekonomichef", "Tertialvis", G, None,
             "Pågår. 12 av 20 ändringar kontrollerade, inga fel hittills. Slutförs i september.",
             "DELVIS", "nej"),
            ("1.3", "Förtroendekänsliga poster", "Otillåten representation",
             "Representation – syfte, deltagare och belopp framgår av underlaget",
             "Stickprov 25 verifikationer", "Controller", "Delår, helår", None, Y,
             "3 av 25 verifikationer saknade deltagarförteckning.\nPåminnelse skickad till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.4", "Bokslut", "Felaktig redovisning i delårsbokslut",
             "Avstämning av balanskonton inför delårsbokslut",
             "Avstämning av samtliga balanskonton", "Redovisningschef", "Delår, helår", None, G,
             "Samtliga balanskonton avstämda per 2025-08-31.", "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Felaktiga löneutbetalningar",
             "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
             "Jämförelse avslutade anställningar mot lönelista", "Lönechef", "Tertialvis", G, R,
             "Två utbetalningar efter avslutad anställning (sammanlagt 41 300 kr). Återkrav skickat, "
             "rutinen för avslutsblankett ses över.", "GENOMFORD", "ja"),
            ("2.2", "Arbetsmiljö", "Långa sjukskrivningar utan rehabiliteringsinsats",
             "Uppföljning av att sjukfrånvaro över 14 dagar har en rehabiliteringsplan",
             "Stickprov 10 ärenden", "HR-chef", "Delår", None, R,
             "Ej genomförd på grund av vakans på HR-avdelningen. Flyttas till helårsuppföljningen.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("3.1", "Behörigheter", "Obehörig åtkomst till ekonomisystemet",
             "Behörigheter i ekonomisystemet stäms av mot aktuell personalförteckning",
             "Avstämning behörighetslista mot HR-systemet", "Systemförvaltare", "1 gång/år (T1)", G, None,
             "", "GENOMFORD", "nej"),
            ("3.2", "Personuppgifter", "Otillbörlig åtkomst till personakter",
             "Loggkontroll av åtkomst till personakter i HR-systemet",
             "Uttag av logg, stickprov 5 personakter", "Dataskyddssamordnare", "Delår", None, None,
             "", "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Brister i dokumentation",
             "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Genomgång av samtliga direktupphandlingar", "Upphandlingschef", "Delår", None, GR,
             "Utgår – ersätts av kommunövergripande granskning enligt KS beslut 2025-04-14 § 62.",
             "UTGAR", ""),
            ("4.2", "Avtalstrohet", "Inköp utanför ramavtal",
             "Avtalstrohet – stickprov på inköp mot ramavtal",
             "Stickprov 40 inköp", "Upphandlingschef", "Delår", None, Y,
             "Stickprov 40 inköp: 6 utanför avtal (kontorsmaterial). Information till beställare.",
             "GENOMFORD", "ja"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Torsby kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E79")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: delår 1 januari – 31 augusti 2025"
    ws["A4"] = ("Instruktion: Markera status genom att färga cellen i kolumnen för aktuell period enligt "
                "färgförklaringen längst ned. Kommentar ska alltid lämnas vid gul eller röd markering.")
    ws.merge_cells("A4:J4")
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 30
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "Status T1", "Status delår", "Kommentar delår"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    r += 1
    rows = []
    for gname, ctrls in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for (nr, proc, risk, km, metod, ansv, frekv, t1, dl, kom, st, av) in ctrls:
            vals = [nr, proc, risk, km, metod, ansv, frekv, None, None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = wrap
                cell.border = border
            if t1:
                ws.cell(r, 8).fill = PatternFill("solid", fgColor=t1)
            if dl:
                ws.cell(r, 9).fill = PatternFill("solid", fgColor=dl)
            rows.append((km, st, av))
            r += 1
    r += 1
    ws.cell(r, 1, "Färgförklaring").font = Font(bold=True)
    r += 1
    for col, txt in [(G, "Kontrollen genomförd utan anmärkning"),
                     (Y, "Kontrollen genomförd – mindre brister noterade"),
                     (R, "Ej genomförd eller väsentliga brister – se kommentar"),
                     (GR, "Utgår")]:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 1).border = border
        ws.cell(r, 2, txt)
        r += 1
    r += 1
    ws.cell(r, 1, "Upprättad av: Karin Lindqvist, controller, kommunledningsförvaltningen, 2025-09-12")
    widths = [6, 18, 24, 42, 28, 18, 14, 10, 10, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "DELAR"))
    expect(fil, "Kommunstyrelsen", rows)


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - .odt (via docx), symbols with legend
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN delårsuppföljning internkontroll 2025.odt"
    # (område, kontrollmoment, ansvarig, symbol, kommentar, status, avv)
    ctrls = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom BUF", "✔",
         "Stickprov på 25 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att interkommunala ersättningar (IKE) faktureras och betalas enligt gällande prislista",
         "Ekonom BUF", "⚠",
         "Två kommuner fakturerade med 2024 års prislista. Kreditering har begärts.", "GENOMFORD", "ja"),
        ("Ekonomi", "Skolskjuts – kontroll av faktura mot körjournal", "Skolskjutssamordnare", "◐",
         "Vårterminen kontrollerad utan anmärkning, höstterminen återstår.", "DELVIS", "nej"),
        ("Elevhälsa och trygghet",
         "Anmälan om kränkande behandling görs till huvudmannen inom fem arbetsdagar", "Rektorer", "⚠",
         "Av 48 anmälningar kom 9 in senare än fem arbetsdagar. Följs upp på rektorsmöte i september.",
         "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Orosanmälningar till socialtjänsten dokumenteras i elevakten",
         "Elevhälsochef", "✘", "Ej genomförd under perioden – genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Elevhälsa och trygghet",
         "Utdrag ur belastningsregistret har kontrollerats före anställning i förskola och skola",
         "HR-specialist", "✔", "Samtliga 31 nyanställningar kontrollerade.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Beslut om skolplacering fattas enligt delegationsordningen",
         "Förvaltningschef", "", "Se bilaga 2.", "OKLAR", ""),
        ("Myndighetsutövning", "Handläggning av ansökan om tilläggsbelopp sker inom fyra veckor",
         "Utredare", "—", "Utgår enligt BUN beslut 2025-03-19 § 28, ingår i ny process för tilläggsbelopp.",
         "UTGAR", ""),
        ("Information och dokumenthantering",
         "Gallring av elevdokumentation enligt dokumenthanteringsplanen", "Registrator", "", "",
         "SAKNAS", ""),
        ("Information och dokumenthantering", "Behörighetskontroll i lärplattformen vid läsårsstart",
         "IT-samordnare", "◐", "Planerad till vecka 34–36, pågår.", "DELVIS", ""),
        ("Information och dokumenthantering",
         "Kontroll av att frånvaro registreras dagligen i närvarosystemet", "Rektorer", "✔",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Torsby kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/37"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 6). Planen omfattar elva "
        "kontrollmoment inom fyra områden. Denna uppföljning avser perioden januari–augusti 2025 och "
        "redovisas till nämnden i samband med delårsrapporten. Kontrollmoment som inte är slutförda "
        "redovisas på nytt i helårsuppföljningen.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("✔ Genomförd   ◐ Påbörjad/delvis genomförd   ✘ Ej genomförd   "
              "⚠ Genomförd – avvikelse konstaterad   — Utgår")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Ansvarig", "Status", "Resultat/kommentar"]):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    start = {}
    rows = []
    for omr, km, ansv, sym, kom, st, av in ctrls:
        cells = t.add_row().cells
        idx = len(t.rows) - 1
        if omr not in start:
            start[omr] = idx
            cells[0].text = omr
        cells[1].text = km
        cells[2].text = ansv
        cells[3].text = sym
        cells[4].text = kom
        rows.append((km, st, av))
    # merge område cells vertically
    for omr, s in start.items():
        e = max(i for i, c in enumerate(ctrls, 1) if c[0] == omr)
        if e > s:
            a = t.cell(s, 0)
            txt = a.text
            m = a.merge(t.cell(e, 0))
            m.text = txt
    widths = [Cm(4), Cm(8), Cm(3.5), Cm(1.6), Cm(8.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Förteckning över granskade delegationsbeslut om skolplacering (separat dokument).")
    d.add_paragraph("Torsby den 15 september 2025")
    d.add_paragraph("Anna Berg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    src = os.path.join(BUILD, fil.replace(".odt", ".docx"))
    d.save(src)
    soffice_convert(src, "odt", BUILD)
    shutil.move(os.path.join(BUILD, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    expect(fil, "Barn- och utbildningsnämnden", rows)


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .ods (via xlsx), codes with legend on a separate sheet, T1/Delår/Helår
# ---------------------------------------------------------------------------
def make_sn():
    fil = "SN_internkontroll_2025.ods"
    groups = [
        ("Ekonomiskt bistånd", [
            ("Utbetalning av ekonomiskt bistånd sker endast efter beslut av behörig handläggare",
             "Stickprov 20 ärenden per tertial", "Enhetschef försörjningsstöd", "G", "GA", "",
             "Delår: 1 av 20 ärenden saknade underskrift av beslutsfattare. Återkopplat till handläggargruppen.",
             "GENOMFORD", "ja"),
            ("Kontroll mot Försäkringskassan och CSN (SSBTEK) vid nyansökan",
             "Stickprov 20 nyansökningar", "Enhetschef försörjningsstöd", "G", "G", "", "",
             "GENOMFORD", "nej"),
        ]),
        ("Äldreomsorg", [
            ("Avgiftsbeslut inom äldreomsorgen stäms av mot aktuella inkomstuppgifter",
             "Omprövning av samtliga avgiftsbeslut", "Avgiftshandläggare", "P", "P", "",
             "Omprövning av 140 avgiftsbeslut pågår, 95 klara.", "DELVIS", ""),
            ("Genomförandeplan finns upprättad inom 14 dagar efter beslut i hemtjänsten",
             "Stickprov 30 ärenden", "Områdeschef hemtjänst", "EG", "GA", "",
             "T1: ej hunnen. Delår: genomförandeplan saknades i 7 av 30 granskade ärenden.",
             "GENOMFORD", "ja"),
            ("Läkemedelshantering – kontroll av signeringslistor",
             "Stickprov 2 enheter per tertial", "MAS", "", "", "", "", "SAKNAS", ""),
        ]),
        ("Individ- och familjeomsorg, barn och unga", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "GA", "G", "",
             "T1: 4 av 61 utanför tidsgränsen. Delår: 58 av 58 inom tid.", "GENOMFORD", "nej"),
            ("Uppföljning av placeringar i HVB – avtal och fakturor",
             "Genomgång av samtliga placeringar", "Enhetschef barn och unga", "U", "U", "",
             "Utgår, ingår i kommunövergripande granskning av köpt verksamhet.", "UTGAR", ""),
        ]),
        ("LSS", [
            ("Beslut enligt LSS verkställs inom tre månader, annars rapport till IVO",
             "Uttag ur verksamhetssystemet", "Enhetschef LSS", "", "EG", "",
             "Ej genomförd p.g.a. personalbrist, skjuts till T3.", "EJ_GENOMFORD", ""),
            ("Loggkontroll i verksamhetssystemet Lifecare",
             "Stickprov 10 användare", "Systemförvaltare", "G", "X", "", "", "OKLAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Socialnämnden – internkontrollplan 2025, uppföljning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status anges med kod, se fliken Förklaring. Fyll i kolumnen för aktuell uppföljning."
    ws["A2"].font = Font(italic=True)
    ws.cell(4, 5, "Uppföljning 2025")
    ws.merge_cells("E4:G4")
    ws.cell(4, 5).alignment = Alignment(horizontal="center")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "Delår", "Helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = border
    for c in range(5, 8):
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.cell(4, c).border = border
    r = 6
    rows = []
    for proc, ctrls in groups:
        first = r
        for (km, metod, ansv, t1, dl, hl, kom, st, av) in ctrls:
            vals = [proc if r == first else None, km, metod, ansv, t1 or None, dl or None, hl or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if 5 <= c <= 7 else None)
            rows.append((km, st, av))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Sammanställd av: Maria Sjöberg, kvalitetsstrateg, socialförvaltningen 2025-09-08")
    for i, w in enumerate([22, 45, 26, 24, 7, 7, 7, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring till statuskoder"
    lg["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("G", "Genomförd utan avvikelse"), ("GA", "Genomförd med avvikelse"),
                                ("P", "Pågående"), ("EG", "Ej genomförd"), ("U", "Utgår")], 3):
        lg.cell(i, 1, k)
        lg.cell(i, 2, v)
    lg.column_dimensions["B"].width = 30
    src = os.path.join(BUILD, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "ods", BUILD)
    shutil.move(os.path.join(BUILD, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    expect(fil, "Socialnämnden", rows)


# ---------------------------------------------------------------------------
# 4. Torsby Bostäder AB - legacy .xls, J/N/P tick columns + separate avvikelse column
# ---------------------------------------------------------------------------
def make_torsbyhem():
    fil = "Torsbyhem_IK_2025_aug.xls"
    ctrls = [
        ("1", "Hyresadministration",
         "Hyresavisering – kontroll att nya hyror efter hyresförhandlingen 2025 lagts in korrekt",
         "Hyresadministratör", "J", "N", "Stickprov 50 lägenheter.", "GENOMFORD", "nej"),
        ("2", "Hyresadministration", "Kravhantering – hyresfordringar äldre än 60 dagar överlämnas till inkasso",
         "Ekonomiassistent", "J", "J", "4 ärenden överlämnades för sent. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("3", "Fastighetsförvaltning", "Statusbesiktning av tak och fasader enligt underhållsplan",
         "Fastighetschef", "P", "", "Hälften av beståndet besiktigat, resten under hösten.", "DELVIS", ""),
        ("4", "Fastighetsförvaltning", "Obligatorisk ventilationskontroll (OVK) – åtgärdande av anmärkningar",
         "Fastighetschef", "N", "", "Ej utförd, ny konsult upphandlas.", "EJ_GENOMFORD", ""),
        ("5", "Inköp", "Inköp sker via upphandlade avtal (avtalstrohet)", "Inköpsansvarig", "J", "N", "",
         "GENOMFORD", "nej"),
        ("6", "Inköp", "Attest av fakturor enligt bolagets attestordning", "Ekonomichef", "J", "N", "",
         "GENOMFORD", "nej"),
        ("7", "IT", "Säkerhetskopiering och återläsningstest av hyressystemet", "IT-ansvarig", "P", "N",
         "Återläsningstest utfört för ekonomisystemet, hyressystemet återstår.", "DELVIS", "nej"),
        ("8", "Bolagsstyrning", "Jävsdeklaration för styrelse och ledande befattningshavare", "VD", "Utgår", "",
         "Utgår 2025 – hanteras i ägardialogen med kommunen.", "UTGAR", ""),
        ("9", "Bolagsstyrning", "Rapportering av ekonomiskt utfall till ägaren enligt ägardirektiv", "VD",
         "", "", "", "SAKNAS", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    centre = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Torsby Bostäder AB", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning per 2025-08-31", bold)
    ws.write(2, 0, "Planen fastställd av styrelsen 2025-02-20. Uppföljningen redovisas för styrelsen 2025-09-18.")
    heads = ["Nr", "Område", "Kontrollaktivitet", "Ansvarig", "Utförd (J/N/P)", "Avvikelse (J/N)",
             "Kommentar/åtgärd"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, hdr)
    ws.write(5, 0, "J = Ja, N = Nej, P = Påbörjad", ital)
    r = 6
    rows = []
    for nr, omr, km, ansv, utf, avv, kom, st, av in ctrls:
        ws.write(r, 0, int(nr), cellst)
        ws.write(r, 1, omr, cellst)
        ws.write(r, 2, km, cellst)
        ws.write(r, 3, ansv, cellst)
        ws.write(r, 4, utf, centre)
        ws.write(r, 5, avv, centre)
        ws.write(r, 6, kom, cellst)
        rows.append((km, st, av))
        r += 1
    r += 1
    ws.write(r, 0, "Sammanställt av: Per Ohlsson, ekonomichef")
    ws.write(r + 1, 0, "Torsby 2025-09-05")
    for c, w in enumerate([5, 22, 55, 20, 12, 12, 50]):
        ws.col(c).width = 256 * w
    ws.set_header_str(b"&CTorsbyhem - internkontroll 2025")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Torsby Bostäder AB", "2025", "DELAR"))
    expect(fil, "Torsby Bostäder AB", rows)


# ---------------------------------------------------------------------------
# 5. Stratsys export - CSV (cp1252), two organisations, one row per control and period
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-09-10.csv"
    SBF = "Samhällsbyggnadsförvaltningen"
    TEV = "TEVAB – Torsby Energi och Vatten AB"
    # (org, process, kontrollmoment, ansvarig, [(period, status, avvikelse, kommentar)], exp status, exp avv)
    ctrls = [
        (SBF, "Bygglov", "Handläggningstid för bygglov följer tidsfristen i plan- och bygglagen", "Bygglovschef",
         [("Tertial 1 2025", "Gul", "", "Pågår"),
          ("Delår 2025", "Grön", "Nej",
           "92 av 96 ärenden inom tid; 4 med förlängd handläggningstid enligt beslut.")], "GENOMFORD", "nej"),
        (SBF, "Miljötillsyn", "Tillsyn enligt miljöbalken genomförs enligt tillsynsplan 2025", "Miljöchef",
         [("Tertial 1 2025", "Gul", "", "30 % av planerade besök."),
          ("Delår 2025", "Gul", "", "58 % av planerade besök genomförda.")], "DELVIS", ""),
        (SBF, "Ekonomi", "Avgifter för bygglov och tillsyn debiteras enligt gällande taxa", "Controller",
         [("Tertial 1 2025", "Grön", "Nej", ""),
          ("Delår 2025", "Grön", "Ja",
           "Debitering saknades i 6 ärenden, totalt 38 400 kr. Fakturering sker i september.")],
         "GENOMFORD", "ja"),
        (SBF, "Gata/park", "Kontroll av att vinterväghållning utförs enligt entreprenadavtal", "Gatuchef",
         [("Tertial 1 2025", "Grön", "Nej", "Stickprov på 12 utryckningar mot körjournal, inga avvikelser.")],
         "GENOMFORD", "nej"),
        (SBF, "Planering", "Planavtal tecknas innan planarbete påbörjas", "Planchef",
         [("Tertial 1 2025", "Röd", "", "Ej påbörjad."),
          ("Delår 2025", "Röd", "", "Ej genomförd – resursbrist på planenheten.")], "EJ_GENOMFORD", ""),
        (SBF, "Nämndadministration", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         "Nämndsekreterare",
         [("Tertial 1 2025", "", "", ""), ("Delår 2025", "", "", "")], "SAKNAS", ""),
        (TEV, "Vatten och avlopp", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef",
         [("Tertial 1 2025", "Grön", "Nej", ""),
          ("Delår 2025", "Grön", "Nej", "Samtliga prover utan anmärkning.")], "GENOMFORD", "nej"),
        (TEV, "Elnät", "Mätaravläsning – utredning av kunder med avvikande förbrukning", "Nätchef",
         [("Tertial 1 2025", "Gul", "", "Pågår"),
          ("Delår 2025", "Grön", "Ja", "Avvikande förbrukning hos 14 kunder utredd, 3 felaktiga mätare bytta.")],
         "GENOMFORD", "ja"),
        (TEV, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         [("Delår 2025", "Gul", "", "Stickprov påbörjat i augusti.")], "DELVIS", ""),
        (TEV, "Upphandling", "Efterlevnad av LUF vid inköp över direktupphandlingsgränsen", "Upphandlare",
         [("Tertial 1 2025", "Grå", "", "Ej aktuell"),
          ("Delår 2025", "Grå", "", "Utgår enligt styrelsebeslut 2025-05-22 § 31.")], "UTGAR", ""),
        (TEV, "Informationssäkerhet", "Behörighetsöversyn i driftövervakningssystemet (SCADA)", "IT-säkerhetsansvarig",
         [("Tertial 1 2025", "", "", ""),
          ("Delår 2025", "Röd", "", "Ej påbörjad, skjuts till hösten.")], "EJ_GENOMFORD", ""),
    ]
    lines = [
        ["Rapport: Internkontroll - uppföljning"],
        ["Urval: Samhällsbyggnadsförvaltningen, TEVAB – Torsby Energi och Vatten AB"],
        ["Perioder: Tertial 1 2025, Delår 2025"],
        ["Utskriven: 2025-09-10 14:32 av ekonomiavdelningen"],
        [],
        ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Avvikelse", "Kommentar"],
    ]
    exp_sbn, exp_tev = [], []
    for org, proc, km, ansv, per, st, av in ctrls:
        for (p, s, a, k) in per:
            lines.append([org, proc, km, ansv, p, s, a, k])
        (exp_sbn if org == SBF else exp_tev).append((km, st, av))
    lines.append([])
    lines.append(["Statusförklaring: Grön = Genomförd, Gul = Pågående/delvis genomförd, "
                  "Röd = Ej genomförd, Grå = Ej aktuell/utgår"])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Torsby Energi och Vatten AB", "2025", "DELAR"))
    expect(fil, "Samhällsbyggnadsnämnden", exp_sbn)
    expect(fil, "Torsby Energi och Vatten AB", exp_tev)


# ---------------------------------------------------------------------------
# 6. Räddningstjänsten Norra Värmland (kommunalförbund) - .docx, text only, tertialrapport 2
# ---------------------------------------------------------------------------
def make_rnv():
    fil = "RNV Tertialrapport 2 2025 - intern kontroll.docx"
    ctrls = [
        ("Tillsyn enligt lagen om skydd mot olyckor genomförs enligt fastställd tillsynsplan",
         "Stf räddningschef", "Delvis genomförd",
         "41 av 70 planerade tillsyner är genomförda. Resterande planeras under hösten.", "DELVIS", ""),
        ("Kontroll av att insatsrapporter upprättas och attesteras inom 30 dagar",
         "Insatsledare", "Genomförd",
         "Stickprov på 40 insatsrapporter. 5 rapporter attesterades senare än 30 dagar. "
         "Påminnelse har gått ut till samtliga styrkeledare.", "GENOMFORD", "ja"),
        ("Fakturering av onödiga automatlarm enligt taxa", "Administrativ chef", "Genomförd",
         "Samtliga 23 debiterbara larm har fakturerats. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att deltidsbrandmän har giltig läkarundersökning och godkänt arbetsprov",
         "HR-handläggare", None,
         "Kontrollen har inte påbörjats under perioden på grund av långtidssjukskrivning. "
         "Den genomförs under tertial 3.", "EJ_GENOMFORD", ""),
        ("Underhåll och besiktning av andningsskydd enligt tillverkarens föreskrifter", "Verkstadsansvarig",
         "Genomförd med anmärkning",
         "Två apparater hade passerat besiktningsdatum och togs omedelbart ur drift.", "GENOMFORD", "ja"),
        ("Fordonsbesiktning och service av utryckningsfordon", "Fordonsansvarig", "Utgår",
         "Kontrollen har ersatts av förbundets nya underhållssystem (direktionsbeslut 2025-04-10 § 19).",
         "UTGAR", ""),
        ("Debitering av medlemskommunerna enligt förbundsordningen", "Ekonom", "–", "–", "SAKNAS", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Räddningstjänsten Norra Värmland\t\tTertialrapport 2 2025"
    d.add_heading("Räddningstjänsten Norra Värmland", level=0)
    d.add_paragraph("Kommunalförbund för medlemskommunerna Torsby, Ekshult och Mossberga")
    d.add_heading("Tertialrapport 2 2025 – uppföljning av internkontrollplan", level=1)
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_heading("1 Inledning", level=2)
    d.add_paragraph(
        "Direktionen antog förbundets internkontrollplan för 2025 den 30 januari 2025 (§ 4). Planen "
        "bygger på en risk- och väsentlighetsanalys och omfattar sju kontrollmoment. I denna rapport redovisas "
        "status för respektive kontrollmoment per den 31 augusti 2025. Resultatet lämnas även till "
        "medlemskommunerna som underlag för deras delårsrapporter.")
    d.add_heading("2 Uppföljning per kontrollmoment", level=2)
    rows = []
    for km, ansv, status, res, est, av in ctrls:
        d.add_heading(km, level=3)
        d.add_paragraph("Ansvarig: " + ansv)
        if status is not None:
            p = d.add_paragraph()
            p.add_run("Status: ").bold = True
            p.add_run(status)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        rows.append((km, est, av))
    d.add_heading("3 Samlad bedömning", level=2)
    d.add_paragraph("Förbundets interna kontroll bedöms som i huvudsak tillräcklig. Kontrollmoment som inte "
                    "slutförts redovisas i årsredovisningen 2025.")
    d.add_paragraph("Torsby 2025-09-11")
    d.add_paragraph("Lars Nyström, räddningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Räddningstjänsten Norra Värmland", "2025", "T2"))
    expect(fil, "Räddningstjänsten Norra Värmland", rows)


# ---------------------------------------------------------------------------
# 7. Kultur- och fritidsnämnden - .ods built with odfpy; plan + follow-up columns, coloured dots,
#    nämnd only in print header and file name
# ---------------------------------------------------------------------------
def make_kfn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import (Style, TextProperties, TableColumnProperties, TableCellProperties,
                           ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, Header,
                           HeaderStyle, HeaderFooterProperties)
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P, Span

    fil = "KFN_IKP_2025_delar.ods"
    GRN, YEL, RED = "#00A650", "#FFC000", "#E00000"
    # (process, risk, S, K, kontrollmoment, metod, ansvarig, rapporteras, dots[(char,colour)], kommentar, st, av)
    ctrls = [
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", 2, 3,
         "Utbetalning av föreningsbidrag sker enligt beslutade bidragsregler",
         "Stickprov 15 föreningar", "Föreningskonsulent", "Delår",
         [("●", GRN)], "Stickprov 15 föreningar, samtliga korrekt.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Aktivitetsstöd för deltagare som inte deltagit", 3, 2,
         "Redovisning av aktivitetsstöd kontrolleras mot närvarolistor",
         "Stickprov 10 föreningar per termin", "Föreningskonsulent", "Delår, helår",
         [], "Pågår – vårterminens listor granskade, höstterminen återstår.", "DELVIS", ""),
        ("Anläggningar", "Intäktsbortfall", 2, 2,
         "Bokning och debitering av idrottsanläggningar stäms av mot bokningssystemet",
         "Avstämning maj och augusti", "Fritidschef", "Delår",
         [("●", YEL)], "Två bokningar hade inte debiterats. Fakturerat i efterhand.", "GENOMFORD", "ja"),
        ("Anläggningar", "Smittspridning vid badplatser", 2, 4,
         "Kontroll av att badvattenprover tas vid kommunala badplatser enligt provtagningsschema",
         "Genomgång av provprotokoll", "Fritidschef", "Delår",
         [("●", RED)], "Ej genomförd under sommaren på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Kassahantering", "Svinn och stöld", 2, 2,
         "Kontanthantering i simhallens kassa – dagsavstämning",
         "Stickprov 10 dagar", "Badchef", "Delår",
         [("○", "#000000")], "Kontanthanteringen upphörde 2025-03-01.", "UTGAR", ""),
        ("Bibliotek", "Inköp utanför avtal", 2, 2,
         "Inköp av medier sker via upphandlat avtal",
         "Stickprov 20 fakturor", "Bibliotekschef", "Delår",
         [("●", GRN)], "", "GENOMFORD", "nej"),
        ("Arrangemang", "Oklara åtaganden mot externa parter", 3, 3,
         "Avtal med externa artister och föreläsare är undertecknade före evenemang",
         "Genomgång av sommarens evenemang", "Kulturchef", "Delår",
         [("●", GRN), ("●", RED)], "", "OKLAR", ""),
        ("Bibliotek", "Otillbörlig åtkomst till låntagaruppgifter", 2, 3,
         "Loggkontroll av låntagarregistret i bibliotekssystemet",
         "Uttag av logg", "Bibliotekschef", "Delår",
         [], "", "SAKNAS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    # page layout with header containing the nämnd
    pl = PageLayout(name="pl1")
    pl.addElement(PageLayoutProperties(printorientation="landscape", pagewidth="29.7cm", pageheight="21cm",
                                       margin="1.5cm"))
    hs = HeaderStyle()
    hs.addElement(HeaderFooterProperties(minheight="0.8cm", marginbottom="0.3cm"))
    pl.addElement(hs)
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Default", pagelayoutname=pl)
    hdr = Header()
    hdr.addElement(P(text="Kultur- och fritidsnämnden – Internkontrollplan 2025"))
    mp.addElement(hdr)
    doc.masterstyles.addElement(mp)

    def colstyle(name, width):
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(s)
        return s

    def cellstyle(name, bold=False, bg=None, wrap=True, size=None, center=False):
        s = Style(name=name, family="table-cell")
        kw = {"border": "0.5pt solid #808080"} if name not in ("ctitle", "cplain") else {}
        if bg:
            kw["backgroundcolor"] = bg
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        s.addElement(TableCellProperties(**kw))
        if center:
            s.addElement(ParagraphProperties(textalign="center"))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    ts = Style(name="ta1", family="table", masterpagename=mp)
    doc.automaticstyles.addElement(ts)
    c_title = cellstyle("ctitle", bold=True, size="14pt", wrap=False)
    c_plain = cellstyle("cplain", wrap=False)
    c_head = cellstyle("chead", bold=True, bg="#D9E1F2")
    c_head2 = cellstyle("chead2", bold=True, bg="#FCE4D6")
    c_body = cellstyle("cbody")
    c_dot = cellstyle("cdot", center=True)
    dot_styles = {}
    for col in (GRN, YEL, RED, "#000000"):
        s = Style(name="dot" + col.strip("#"), family="text")
        s.addElement(TextProperties(color=col, fontsize="14pt"))
        doc.automaticstyles.addElement(s)
        dot_styles[col] = s

    widths = ["3.2cm", "4.2cm", "1.2cm", "1.2cm", "1.4cm", "6.5cm", "3.8cm", "3.2cm", "2.4cm", "2.2cm", "6.5cm"]
    table = Table(name="IKP 2025", stylename=ts)
    for i, w in enumerate(widths):
        table.addElement(TableColumn(stylename=colstyle("co%d" % i, w)))

    def text_cell(txt, style, span=None):
        kw = {"stylename": style}
        if span:
            kw["numbercolumnsspanned"] = span
        if isinstance(txt, int):
            c = TableCell(valuetype="float", value=txt, **kw)
            c.addElement(P(text=str(txt)))
            return c
        c = TableCell(**kw)
        if txt:
            for line in str(txt).split("\n"):
                c.addElement(P(text=line))
        return c

    def add_row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)

    add_row([text_cell("Internkontrollplan 2025 med uppföljning delår", c_title)])
    add_row([text_cell("Antagen 2025-01-28 § 5. Uppföljning per 2025-08-31.", c_plain)])
    # legend row with coloured dots
    leg = TableCell(stylename=c_plain, numbercolumnsspanned=11)
    p = P(text="Status: ")
    for ch, col, txt in [("●", GRN, " Genomförd utan anmärkning   "), ("●", YEL, " Genomförd med anmärkning   "),
                         ("●", RED, " Ej genomförd   "), ("○", "#000000", " Utgår")]:
        sp = Span(stylename=dot_styles[col], text=ch)
        p.addElement(sp)
        p.addText(txt)
    leg.addElement(p)
    tr = TableRow()
    tr.addElement(leg)
    for _ in range(10):
        tr.addElement(CoveredTableCell())
    table.addElement(tr)
    add_row([text_cell("", c_plain)])
    # two header rows: block headings
    tr = TableRow()
    tr.addElement(text_cell("Riskanalys och plan", c_head, span=9))
    for _ in range(8):
        tr.addElement(CoveredTableCell())
    tr.addElement(text_cell("Uppföljning delår 2025", c_head2, span=2))
    tr.addElement(CoveredTableCell())
    table.addElement(tr)
    heads = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
             "Ansvarig", "Rapporteras"]
    add_row([text_cell(h, c_head) for h in heads] + [text_cell("Status", c_head2),
                                                      text_cell("Kommentar", c_head2)])
    rows = []
    for proc, risk, s, k, km, metod, ansv, rapp, dots, kom, st, av in ctrls:
        cells = [text_cell(proc, c_body), text_cell(risk, c_body), text_cell(s, c_body), text_cell(k, c_body),
                 text_cell(s * k, c_body), text_cell(km, c_body), text_cell(metod, c_body),
                 text_cell(ansv, c_body), text_cell(rapp, c_body)]
        dc = TableCell(stylename=c_dot)
        if dots:
            p = P()
            for ch, col in dots:
                p.addElement(Span(stylename=dot_styles[col], text=ch))
            dc.addElement(p)
        cells.append(dc)
        cells.append(text_cell(kom, c_body))
        add_row(cells)
        rows.append((km, st, av))
    add_row([text_cell("", c_plain)])
    add_row([text_cell("Ansvarig för sammanställning: Eva Holm, förvaltningschef", c_plain)])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))
    expect(fil, "Kultur- och fritidsnämnden", rows)


# ---------------------------------------------------------------------------
# 8. To reject - covering letter (.odt) from Torsby Bostäder AB, no follow-up in it
# ---------------------------------------------------------------------------
def make_reject():
    fil = "Följebrev delårsrapport 2025 Torsby Bostäder AB.odt"
    d = docx.Document()
    d.add_paragraph("Torsby Bostäder AB\nBox 114\n685 22 Torsby")
    d.add_paragraph("Torsby 2025-09-19")
    d.add_paragraph("Till: Kommunstyrelsen, Torsby kommun\nAtt: Ekonomiavdelningen")
    d.add_heading("Överlämnande av delårsrapport per 2025-08-31", level=1)
    d.add_paragraph(
        "Härmed överlämnas Torsby Bostäder AB:s delårsrapport för perioden januari–augusti 2025, "
        "behandlad av bolagets styrelse den 18 september 2025.")
    d.add_paragraph(
        "Bolagets uppföljning av internkontrollplanen 2025 bifogas som separat fil "
        "(Torsbyhem_IK_2025_aug.xls). Resultatet kommer att kommenteras muntligt vid ägardialogen den "
        "7 oktober.")
    d.add_paragraph(
        "Vid frågor om delårsrapporten, kontakta ekonomichef Per Ohlsson, tel. 0560-123 45.")
    d.add_paragraph("Med vänlig hälsning\n\nMalin Eriksson\nVerkställande direktör, Torsby Bostäder AB")
    d.add_paragraph("Bilagor: Delårsrapport 2025 (pdf), Uppföljning internkontroll 2025 (xls)")
    src = os.path.join(BUILD, "foljebrev.docx")
    d.save(src)
    soffice_convert(src, "odt", BUILD)
    shutil.move(os.path.join(BUILD, "foljebrev.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Torsby Bostäder AB", "Torsbyhem|TBAB"),
        ("Torsby Energi och Vatten AB", "TEVAB|Torsby Energi|Torsby Vatten"),
        ("Räddningstjänsten Norra Värmland", "RNV|Räddningstjänstförbundet Norra Värmland|"
                                             "Kommunalförbundet Räddningstjänsten Norra Värmland"),
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


if __name__ == "__main__":
    make_ks()
    make_bun()
    make_sn()
    make_torsbyhem()
    make_stratsys()
    make_rnv()
    make_kfn()
    make_reject()
    write_csvs()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))
