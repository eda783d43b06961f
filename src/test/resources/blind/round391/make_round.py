#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 391 - Ekbacka kommun, T1 2025.
Theme: several controls are not yet due in T1 (planned for later tertials); the
nämnder mark that in different ways (dash, "ej aktuellt denna period", grey fill,
"planerad T3", empty) beside ordinary done / partly / not done statuses.

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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round391"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv=""):
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb_props(wb):
    wb.properties.creator = "Ekbacka kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, group heading rows, T1/T2/helår column pairs, "–"
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK-uppföljning T1 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Tertial 1 (januari–april 2025)"
    ws["A3"] = "Förvaltning: Kommunledningsförvaltningen"
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2",
           "Status helår", "Kommentar helår"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BORDER
    groups = [
        ("Ekonomi", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 25 fakturor per tertial", "Tertialvis", "Ekonomichef",
             "Genomförd",
             "Stickprov på 25 fakturor jan–mars. 2 fakturor attesterade av person utan attesträtt; rättat och attestförteckningen uppdaterad.",
             "GENOMFORD", "ja"),
            ("1.2", "Kontroll av att avstämning av balanskonton sker månadsvis",
             "Genomgång av avstämningspärmar", "Tertialvis", "Redovisningsansvarig",
             "Genomförd", "Avstämningar gjorda för januari–april utan anmärkning.",
             "GENOMFORD", "nej"),
            ("1.3", "Representation och förtroendekänsliga poster följer riktlinjerna",
             "Stickprov 15 verifikationer", "Delår", "Controller",
             "–", "Kontrollen genomförs i samband med delårsbokslutet.",
             "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("2.1", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Analys av leverantörsreskontra", "Tertialvis", "Upphandlingschef",
             "Delvis genomförd",
             "Analys av inköp januari–februari klar, mars–april återstår.\nPreliminärt 87 % avtalstrohet.",
             "DELVIS", ""),
            ("2.2", "Direktupphandlingar över 100 tkr dokumenteras",
             "Stickprov i upphandlingsregistret", "Årligen (T3)", "Upphandlingschef",
             "–", "", "SAKNAS", ""),
        ]),
        ("Personal", [
            ("3.1", "Löneutbetalningar stäms av mot anställningsavtal vid nyanställning",
             "Stickprov 10 nyanställda", "Tertialvis", "HR-chef",
             "Ej genomförd", "Ej genomförd p.g.a. vakans på HR-avdelningen; skjuts till T2.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Uppföljning av att medarbetarsamtal genomförts",
             "Enkät till chefer", "Årligen", "HR-chef",
             "–", "Planerad T3", "SAKNAS", ""),
        ]),
        ("Informationssäkerhet", [
            ("4.1", "Behörigheter i ekonomisystemet gås igenom och avslutade användare tas bort",
             "Behörighetslista mot personalsystem", "Tertialvis", "Systemförvaltare",
             "Genomförd",
             "Genomgång 2025-03-14. 4 konton för avslutade anställda låg kvar och har stängts.",
             "GENOMFORD", "ja"),
            ("4.2", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
             "Genomgång av förteckningen", "Årligen", "Dataskyddssamordnare",
             "–", "Ej aktuellt denna period", "SAKNAS", ""),
        ]),
        ("Styrning och ledning", [
            ("5.1", "Delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse beslut/anmälningar", "Tertialvis", "Kommunsekreterare",
             None, "Kontroll gjord av samtliga anmälda beslut januari–april, inga avvikelser.",
             "GENOMFORD", "nej"),
            ("5.2", "Uppföljning av att beslut i kommunstyrelsen verkställs",
             "Genomgång av beslutslogg", "Tertialvis", "Kanslichef",
             "Utgår", "Utgår enligt KS beslut 2025-02-11 § 23, ingår i ny ärendeuppföljning.",
             "UTGAR", ""),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for c in range(1, len(hdr) + 1):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        r += 1
        for nr, km, metod, frekv, ansv, st, kom, est, eavv in rows:
            vals = [nr, km, metod, frekv, ansv, st, kom, None, None, None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, km, est, eavv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Statusalternativ: Genomförd / Delvis genomförd / Ej genomförd / Utgår.   – = kontrollen är inte aktuell denna period.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Karin Holm, controller, 2025-05-08")
    widths = [6, 45, 28, 14, 20, 16, 50, 12, 30, 12, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. BUN - docx with one table, process merged vertically, "Ej aktuellt denna period"
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN intern kontroll tertial 1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_paragraph("Barn- och utbildningsnämnden").runs[0].bold = True
    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 17 december 2024 (§ 142). "
        "I denna rapport redovisas kontrollerna för perioden januari–april. "
        "Kontroller som enligt planen ska genomföras under tertial 2 eller 3 är markerade "
        "”Ej aktuellt denna period” och redovisas i kommande uppföljningar.")
    rows = [
        ("Ekonomi",
         "Kontroll av att fakturor för interkommunal ersättning (IKE) stäms av mot elevregistret",
         "T1, T3",
         "Samtliga 42 fakturor stämda mot elevregistret. En faktura avsåg elev som flyttat; kreditering begärd.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Ekonomi",
         "Skolpeng till fristående skolor betalas ut enligt beslutade belopp",
         "Varje tertial", "Kontroll av utbetalningar januari–april, inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Inventarieförteckning på skolenheterna är uppdaterad",
         "T3", "", "Ej aktuellt denna period", "SAKNAS", ""),
        ("Verksamhet",
         "Anmälningar om kränkande behandling anmäls till huvudman inom fem arbetsdagar",
         "Varje tertial",
         "Genomgång av 31 anmälningar: 24 anmäldes inom fem arbetsdagar, 7 senare.\nPåminnelse om rutinen har skickats till samtliga rektorer.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Verksamhet",
         "Frånvarouppföljning för elever med hög frånvaro (över 20 %)",
         "T1, T2",
         "Uppföljning gjord på 4 av 7 grundskolor; övriga skolor klara i juni.",
         "Pågår", "DELVIS", ""),
        ("Verksamhet",
         "Beslut om skolskjuts fattas enligt delegationsordningen",
         "T2", "—", "Ej aktuellt denna period", "SAKNAS", ""),
        ("Verksamhet",
         "Utdrag ur belastningsregistret kontrolleras vid nyanställning inom förskolan",
         "Varje tertial",
         "Stickprov på 10 nyanställningar; utdrag fanns i samtliga fall.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Arbetsmiljö",
         "Skyddsronder genomförs på samtliga enheter",
         "T3", "Planeras hösten 2025.", "", "SAKNAS", ""),
        ("Arbetsmiljö",
         "Kontroll av att riskbedömning görs vid förändring i verksamheten",
         "T1",
         "Mallen för riskbedömning håller på att revideras, kontrollen har därför inte gjorts.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö",
         "Kontroll av lärarlegitimation vid tillsvidareanställning",
         "T1",
         "Kontrollen ingår från 2025 i HR-centrets löpande rutin och har strukits ur nämndens plan.",
         "Utgår", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Kontrollperiod", "Resultat T1", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    start = {}
    for idx, (proc, km, per, res, st, est, eavv) in enumerate(rows):
        cells = t.add_row().cells
        if proc not in start:
            start[proc] = idx + 1
            cells[0].text = proc
        cells[1].text = km
        cells[2].text = per
        cells[3].text = res
        cells[4].text = st
        exp(fil, N, km, est, eavv)
    # merge process cells vertically
    procs = [r[0] for r in rows]
    for proc, s in start.items():
        e = s + procs.count(proc) - 1
        if e > s:
            t.cell(s, 0).merge(t.cell(e, 0))
    widths = [Cm(2.6), Cm(5.6), Cm(2.4), Cm(5.6), Cm(3.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Ekbacka 2025-05-12")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Stratsys-style CSV export, two nämnder (SN + VON)
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-05-06.csv"
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    hdr = ["Organisation", "Process", "Risk", "Kontrollmoment", "Metod", "Frekvens",
           "Period", "Status", "Kommentar", "Ansvarig", "Senast uppdaterad"]
    rows = [
        (SN, "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprov av utbetalt ekonomiskt bistånd mot beslut", "Stickprov 20 akter", "Tertialvis",
         "Klar", "20 akter granskade. I 2 fall saknades underlag för hyreskostnad, återkrav utreds.",
         "Enhetschef försörjningsstöd", "2025-04-29", "GENOMFORD", "ja"),
        (SN, "Barn och unga", "Rättssäkerhet",
         "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", "Tertialvis",
         "Klar", "92 % avslutade inom fyra månader. 6 ärenden överskred tiden, samtliga med beslut om förlängning – ingen avvikelse.",
         "Enhetschef barn och unga", "2025-04-30", "GENOMFORD", "nej"),
        (SN, "Barn och unga", "Barn far illa",
         "Orosanmälningar skyddsbedöms inom 24 timmar", "Genomgång av samtliga anmälningar", "Tertialvis",
         "Pågår", "Granskning av januari–februari klar, mars–april pågår.",
         "Enhetschef mottagning", "2025-05-02", "DELVIS", ""),
        (SN, "Placeringar", "Avtalstrohet",
         "Placeringar i HVB sker hos upphandlade leverantörer", "Jämförelse placeringar/avtal", "Årligen (T2)",
         "Ej aktuell för perioden", "Kontrolleras T2.",
         "Controller", "2025-04-15", "SAKNAS", ""),
        (SN, "Styrning", "Bristande rapportering",
         "Delegationsbeslut inom IFO redovisas till nämnden", "Stickprov", "Årligen (T3)",
         "Ej påbörjad", "Planerad till T3 enligt internkontrollplanen.",
         "Nämndsekreterare", "2025-04-15", "SAKNAS", ""),
        (SN, "Ekonomi", "Förskingring",
         "Hantering av kontanta medel och presentkort på boenden", "Inventering och avstämning", "Tertialvis",
         "Ej påbörjad", "Inte genomförd p.g.a. hög arbetsbelastning, görs i maj.",
         "Enhetschef boende", "2025-05-05", "EJ_GENOMFORD", ""),
        (VON, "Avgifter", "Felaktig debitering",
         "Fakturering av hemtjänstavgifter stäms av mot utförd tid", "Avstämning mot tidrapportering", "Tertialvis",
         "Klar", "Avstämning januari–mars, inga avvikelser.",
         "Avgiftshandläggare", "2025-04-28", "GENOMFORD", "nej"),
        (VON, "Hälso- och sjukvård", "Patientsäkerhet",
         "Läkemedelshantering – signeringslistor är kompletta", "Stickprov på tre boenden", "Tertialvis",
         "Klar med avvikelse", "Brister i signering på Björkängens äldreboende, handlingsplan upprättad.",
         "MAS", "2025-04-30", "GENOMFORD", "ja"),
        (VON, "Myndighetsutövning", "Bristande dokumentation",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Stickprov 15 ärenden", "Årligen",
         "", "", "Enhetschef hemtjänst", "", "SAKNAS", ""),
        (VON, "Valfrihetssystem", "Avtalsbrott",
         "Uppföljning av privata utförares avtalsuppfyllelse (LOV)", "Avtalsuppföljning", "Årligen (T3)",
         "Ej aktuell för perioden", "", "Avtalscontroller", "2025-04-15", "SAKNAS", ""),
        (VON, "Hälso- och sjukvård", "Fallskador",
         "Kontroll av att fallriskbedömning görs vid inflyttning", "Journalgranskning 15 journaler", "Tertialvis",
         "Pågår", "Stickprov påbörjat, 8 av 15 journaler granskade.",
         "Sjuksköterska", "2025-05-06", "DELVIS", ""),
        (VON, "Personal", "Jäv och otillåten påverkan",
         "Kontroll av bisysslor hos chefer", "Genomgång av bisyssleanmälningar", "Årligen",
         "Utgår", "Utgår – hanteras i kommungemensam kontroll under kommunstyrelsen.",
         "HR-konsult", "2025-02-20", "UTGAR", ""),
    ]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for (org, proc, risk, km, met, frek, st, kom, ansv, upd, est, eavv) in rows:
            w.writerow([org, proc, risk, km, met, frek, "Tertial 1 2025", st, kom, ansv, upd])
            exp(fil, org, km, est, eavv)
    FILES.append((fil, "INLAST", SN, "2025", "T1"))
    FILES.append((fil, "INLAST", VON, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. KFN - xlsx, status only by fill colour, nämnd only in print header + file name
# ---------------------------------------------------------------------------
GREEN = "92D050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"


def file_kfn():
    fil = "KFN_IK_T1_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – uppföljning tertial 1"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppgifterna avser januari–april. Markera status med färg i kolumn F."
    ws["A2"].font = Font(italic=True, size=9)
    # legend top right
    ws["H1"] = "Teckenförklaring"
    ws["H1"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd"), (RED, "Ej genomförd"),
           (GREY, "Ej aktuell denna period (kontrollen görs senare under året)")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=2 + i, column=8).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=9, value=txt)
    hdr = ["Område", "Kontrollmoment", "Hur kontrolleras", "Ansvarig", "Tidpunkt", "Status T1", "Kommentar"]
    hr = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Stickprov 15 beslut", "Bidragshandläggare", "T1", GREEN,
         "Stickprov 15 beslut; två saknade underskrift av behörig handläggare, har kompletterats.",
         "GENOMFORD", "ja"),
        ("Lokalbokning", "Debitering av lokalhyror sker enligt taxa",
         "Stickprov 20 fakturor", "Bokningsansvarig", "T1, T2, T3", GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kassahantering", "Kassahantering i simhallens reception stäms av dagligen",
         "Genomgång av kassarapporter", "Badchef", "T1, T3", YELLOW,
         "Avstämningar gjorda men kvittering saknas för delar av mars.", "DELVIS", "ja"),
        ("Bibliotek", "Inventering av bibliotekets mediebestånd",
         "Inventering", "Bibliotekschef", "T3", GREY,
         "Görs i oktober.", "SAKNAS", ""),
        ("Föreningsbidrag", "Kontroll av att avtal med föreningar om driftbidrag är underskrivna",
         "Genomgång av avtal", "Bidragshandläggare", "T2", GREY,
         None, "SAKNAS", ""),
        ("Personal", "Utdrag ur belastningsregistret för ledare i sommarlovsverksamhet",
         "Kontroll vid anställning", "Fritidschef", "T2", GREY,
         "Planeras inför sommarrekryteringen (T2).", "SAKNAS", ""),
        ("Inköp", "Kontroll av inköp med kommunens betalkort",
         "Stickprov 10 köp", "Controller", "T1", RED,
         "Ej genomförd, ansvarig controller föräldraledig.", "EJ_GENOMFORD", ""),
        ("Kassahantering", "Försäljning i kafeterian redovisas korrekt",
         "Avstämning kassa/bokföring", "Enhetschef fritidsgård", "T1", RED,
         "Genomförd 28/4 utan anmärkning.", "OKLAR", ""),
        ("Lokaler", "Hyresavtal för externa lokaler följs upp",
         "Genomgång av avtalsregistret", "Förvaltningsekonom", "T1", None,
         None, "SAKNAS", ""),
    ]
    r = hr + 1
    for omr, km, hur, ansv, tid, fill, kom, est, eavv in rows:
        vals = [omr, km, hur, ansv, tid, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if fill:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fill)
        exp(fil, N, km, est, eavv)
        r += 1
    for col, w in zip("ABCDEFGHI", [16, 44, 24, 20, 11, 10, 48, 4, 50]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsförvaltningen - .xls (xlwt), planned T1/T2/T3 ticks + status code
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBF Internkontrollplan 2025 uppf T1.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Plan och uppföljning")
    bold = xlwt.easyxf("font: bold on; align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin; pattern: pattern solid, fore_colour ice_blue")
    title = xlwt.easyxf("font: bold on, height 280")
    small = xlwt.easyxf("font: italic on, height 180; align: wrap on")
    cellst = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    centre = xlwt.easyxf("align: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Samhällsbyggnadsförvaltningen", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning T1 (jan–apr)")
    ws.write_merge(2, 2, 0, 8,
                   "Status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår. "
                   "Lämna status tom om kontrollen inte är planerad för perioden.", small)
    # two header rows
    ws.write_merge(4, 5, 0, 0, "Nr", bold)
    ws.write_merge(4, 5, 1, 1, "Kontrollmoment", bold)
    ws.write_merge(4, 5, 2, 2, "Kontrollansvarig", bold)
    ws.write_merge(4, 4, 3, 5, "Planerad kontroll", bold)
    ws.write(5, 3, "T1", bold)
    ws.write(5, 4, "T2", bold)
    ws.write(5, 5, "T3", bold)
    ws.write_merge(4, 4, 6, 7, "Uppföljning T1", bold)
    ws.write(5, 6, "Status", bold)
    ws.write(5, 7, "Kommentar", bold)
    ws.write_merge(4, 5, 8, 8, "Åtgärd", bold)
    rows = [
        ("Bygglovsavgifter debiteras enligt gällande taxa", "Bygglovschef", "xxx",
         "G", "Stickprov 20 ärenden, 1 felaktig avgift har justerats.", "Genomgång av taxan med handläggarna",
         "GENOMFORD", "ja"),
        ("Handläggningstid för bygglov inom 10 veckor", "Bygglovschef", "xxx",
         "D", "Uppföljning gjord för januari–mars, april redovisas T2.", "",
         "DELVIS", ""),
        ("Delegationsbeslut i bygglovsärenden anmäls till nämnden", "Nämndsekreterare", "x-x",
         "G", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Kontroll av att detaljplaneavgifter tas ut enligt planavtal", "Planchef", "--x",
         "", "", "", "SAKNAS", ""),
        ("Lantmäteriförrättningar faktureras inom 30 dagar", "Enhetschef mät", "-x-",
         "", "Planerad T2", "", "SAKNAS", ""),
        ("Behörigheter i ärendehanteringssystemet ses över", "Systemförvaltare", "--x",
         "G", "Genomförd i förtid i samband med systembyte, inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Registrator", "x-x",
         "E", "Flyttas till T2 på grund av omorganisation av registraturen.", "",
         "EJ_GENOMFORD", ""),
        ("Tillsyn av obligatorisk ventilationskontroll (OVK) följs upp", "Byggnadsinspektör", "xxx",
         "", "", "", "SAKNAS", ""),
        ("Kontroll av att markanvisningsavtal följer riktlinjerna", "Mark- och exploateringschef", "--x",
         "U", "Utgår – inga markanvisningar planerade 2025.", "", "UTGAR", ""),
        ("Arkivering av avslutade bygglovsärenden", "Arkivredogörare", "--x",
         "-", "", "", "SAKNAS", ""),
    ]
    r = 6
    for i, (km, ansv, plan, st, kom, atg, est, eavv) in enumerate(rows, 1):
        ws.write(r, 0, i, centre)
        ws.write(r, 1, km, cellst)
        ws.write(r, 2, ansv, cellst)
        for j, ch in enumerate(plan):
            ws.write(r, 3 + j, "x" if ch == "x" else "", centre)
        ws.write(r, 6, st, centre)
        ws.write(r, 7, kom, cellst)
        ws.write(r, 8, atg, cellst)
        exp(fil, N, km, est, eavv)
        r += 1
    r += 1
    ws.write(r, 0, "Uppföljningen behandlad i samhällsbyggnadsnämnden 2025-05-20 § 61.")
    for c, w in enumerate([5, 46, 22, 5, 5, 5, 8, 46, 30]):
        ws.col(c).width = w * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. MHN - odt, free text, a heading per kontrollmoment
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "MHN uppföljning internkontroll T1-2025.odt"
    N = "Miljö- och hälsoskyddsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm"))
    boldst = Style(name="Fet", family="text")
    boldst.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.automaticstyles.addElement(boldst)
    doc.text.addElement(P(text="Miljö- och hälsoskyddsnämnden"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av internkontrollplan 2025 – tertial 1"))
    doc.text.addElement(P(text=(
        "Nämnden antog internkontrollplanen för 2025 den 10 december 2024 (§ 112). Planen omfattar "
        "sju kontrollmoment, varav några enligt planen ska genomföras senare under året. Nedan "
        "redovisas utfallet per kontrollmoment för perioden januari–april.")))
    items = [
        ("Debitering av tillsynsavgifter enligt fastställd taxa",
         ["Status: Genomförd.",
          "Stickprov på 15 debiteringar visade att samtliga följde taxan."],
         "GENOMFORD", "nej"),
        ("Handläggningstid för klagomålsärenden",
         ["Status: Delvis genomförd.",
          "Ärenden för januari och februari har gåtts igenom; mars och april återstår."],
         "DELVIS", ""),
        ("Livsmedelskontroller genomförs enligt kontrollplan",
         ["Kontrollen är inte aktuell denna period. Avstämning mot kontrollplanen görs i samband med T2."],
         "SAKNAS", ""),
        ("Handläggare med bisyssla handlägger inte ärenden där jäv kan föreligga",
         ["Genomgång av samtliga bisyssleanmälningar har gjorts och jämförts mot ärendefördelningen. "
          "Inga jävssituationer har upptäckts."],
         "GENOMFORD", "nej"),
        ("Upphandling av konsulttjänster följer LOU",
         ["Ej aktuell 2025 eftersom nämnden inte planerar någon upphandling under året. "
          "Kontrollmomentet utgår."],
         "UTGAR", ""),
        ("Sekretessmarkering av handlingar i ärendesystemet",
         ["Status: Planerad T3."],
         "SAKNAS", ""),
        ("Avgiftsbefrielse och nedsättning av avgift beslutas enligt delegationsordningen",
         ["Status: Se bilaga 2."],
         "OKLAR", ""),
    ]
    for km, paras, est, eavv in items:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        for ptxt in paras:
            p = P()
            if ptxt.startswith("Status:"):
                p.addElement(Span(stylename=boldst, text="Status:"))
                p.addText(ptxt[len("Status:"):])
            else:
                p.addText(ptxt)
            doc.text.addElement(p)
        exp(fil, N, km, est, eavv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Ekbacka den 15 maj 2025"))
    doc.text.addElement(P(text="Lars Berg, miljöchef"))
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Ekbacka Bostäder AB - ods (via LibreOffice), status in period columns side by side
# ---------------------------------------------------------------------------
def file_bostader(tmp):
    fil = "Ekbacka Bostäder IK 2025 T1.ods"
    N = "Ekbacka Bostäder AB"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Ekbacka Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – rapport till kommunstyrelsen, tertial 1"
    ws["A3"] = "Rapportdatum: 2025-05-09"
    hdr = ["Område", "Kontroll", "Ansvarig", "Jan–apr", "Maj–aug", "Sep–dec", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    rows = [
        ("Hyresadministration", "Hyresavier stäms av mot hyreskontrakt vid nyuthyrning", "Uthyrningschef",
         "OK", "", "", "", "GENOMFORD", "nej"),
        ("", "Hyresfordringar äldre än 60 dagar följs upp", "Ekonomichef",
         "Avvikelse", "", "", "3 ärenden hade inte överlämnats till inkasso i tid.", "GENOMFORD", "ja"),
        ("Fastighetsförvaltning", "Besiktning av lekplatser", "Förvaltare",
         "–", "Planerad", "", "", "SAKNAS", ""),
        ("", "Energideklarationer är giltiga", "Energistrateg",
         "–", "", "Planerad", "", "SAKNAS", ""),
        ("Inköp", "Ramavtal används vid inköp av entreprenadtjänster", "Inköpsansvarig",
         "Pågår", "", "", "Genomgång av kvartal 1 klar, april återstår.", "DELVIS", ""),
        ("", "Attest av fakturor enligt attestinstruktion", "Ekonomichef",
         "OK", "", "", "Stickprov 30 fakturor.", "GENOMFORD", "nej"),
        ("Ekonomi", "Avstämning av kundreskontra mot huvudbok", "Redovisningsekonom",
         "Ej utförd", "", "", "Görs i maj p.g.a. bokslutsarbete.", "EJ_GENOMFORD", ""),
        ("", "Kontroll av närståendetransaktioner med kommunen", "VD",
         "", "", "Planerad", "", "SAKNAS", ""),
    ]
    r = 6
    for omr, km, ansv, t1, t2, t3, kom, est, eavv in rows:
        for c, v in enumerate([omr, km, ansv, t1, t2, t3, kom], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, km, est, eavv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=("Förklaring: OK = kontrollerat utan anmärkning, Avvikelse = kontrollerat med "
                                    "anmärkning, Pågår = kontroll påbörjad, Ej utförd = kontrollen skulle ha gjorts "
                                    "men är inte gjord, – = ej aktuellt denna period, Planerad = period då kontrollen ska göras."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [22, 50, 18, 11, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "bostader.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "bostader.ods"), out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from Tekniska nämnden, no follow-up in it
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev TN internkontroll T1.docx"
    d = docx.Document()
    d.core_properties.author = "Tekniska förvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Tekniska förvaltningen\nEkbacka kommun")
    d.add_paragraph("2025-05-09")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    p = d.add_paragraph()
    p.add_run("Angående uppföljning av internkontrollplan tertial 1 2025").bold = True
    d.add_paragraph(
        "Tekniska nämndens uppföljning av internkontrollplanen för tertial 1 behandlas på nämndens "
        "sammanträde den 22 maj. Eftersom flera av nämndens kontroller enligt planen genomförs först "
        "under tertial 2 och 3 har förvaltningen valt att lämna uppföljningen efter sammanträdet.")
    d.add_paragraph(
        "Vi skickar protokollsutdrag och uppföljningsmall så snart nämnden har fattat beslut. "
        "Hör gärna av er vid frågor.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Per Sandberg\nEkonom, Tekniska förvaltningen")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalise_zip(path):
    """Rewrite a zip container with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 5, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Ekbacka Bostäder AB", "Ekbacka Bostäder|EBAB|Ekbackahem"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    tmp = tempfile.mkdtemp(prefix="r391_")
    try:
        file_ks()
        file_bun()
        file_stratsys()
        file_kfn()
        file_sbn()
        file_mhn()
        file_bostader(tmp)
        file_reject()
        write_csvs()
        for name in os.listdir(HERE):
            if name.endswith((".xlsx", ".docx", ".odt")):
                normalise_zip(out(name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
