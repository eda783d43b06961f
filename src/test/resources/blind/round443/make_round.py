#!/usr/bin/python3
"""Blind round r443 - Säffle kommun, helår 2025 inbox.

Builds every file of the round plus namnder.csv, files.csv, expected.csv in the
folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 30, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round443"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, rows):
    """rows: list of (kontrollmoment, status, avvikelse)."""
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title still says 2024, columns T1/T2/Helår 2025
# ---------------------------------------------------------------------------
def make_ks():
    fil = "Uppföljning IKP KS helår 2025.xlsx"
    N = "Kommunstyrelsen"
    # nr, process, kontrollmoment, metod, frekvens, ansvarig, T1, T2, helår, kommentar, (status, avv)
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertial", "Ekonomichef",
         "Genomförd", "Genomförd", "Genomförd",
         "Två fakturor i T3 saknade andra attest. Berörda attestanter har informerats och fakturorna har attesterats i efterhand.",
         "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 10 verifikat", "Helår", "Redovisningsekonom",
         None, None, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Analys av inköp i e-handelssystemet", "Helår", "Upphandlingschef",
         None, "Delvis genomförd", "Delvis genomförd",
         "Analysen omfattar januari–september. Oktober–december analyseras i februari 2026.",
         "DELVIS", ""),
        (4, "Personal", "Kontroll av att anställningsavtal är undertecknade före första lönebetalning",
         "Stickprov 15 nyanställda", "Helår", "HR-chef",
         None, None, "Ej genomförd",
         "Ej genomförd på grund av byte av HR-system. Kontrollen flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        (5, "Personal", "Bisysslor – årlig inventering av anställdas bisysslor",
         "Enkät till samtliga chefer", "Helår", "HR-chef",
         None, None, "Genomförd",
         "Tre bisysslor bedömdes som förtroendeskadliga och har avslutats.",
         "GENOMFORD", "ja"),
        (6, "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Jämförelse mot avslutade anställningar i lönesystemet", "Tertial", "IT-chef",
         "Genomförd", "Delvis genomförd", "Genomförd",
         "Vid T2 fanns fyra aktiva konton för avslutade anställningar. Åtgärdat, inga kvar vid årets slut.",
         "GENOMFORD", "ja"),
        (7, "Dokumenthantering", "Diarieföring av inkomna handlingar inom föreskriven tid",
         "Stickprov 30 handlingar", "Tertial", "Kommunsekreterare",
         "Genomförd", "Genomförd", None, None, "GENOMFORD", ""),
        (8, "Säkerhet", "Kontroll av att kommunens krisledningsplan är uppdaterad",
         "Genomgång av planen", "Helår", "Säkerhetssamordnare",
         None, None, "Utgår",
         "Ersätts av ny plan för civilt försvar enligt KS beslut 2025-03-12 § 41.",
         "UTGAR", ""),
        (9, "Ekonomi", "Avstämning av balanskonton vid månadsbokslut",
         "Genomgång av avstämningsunderlag", "Månad", "Redovisningschef",
         "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (10, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras",
         "Uttag ur upphandlingsverktyget", "Helår", "Upphandlingschef",
         None, None, None, None, "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2024"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Status anges som: Genomförd / Delvis genomförd / Ej genomförd / Utgår. "
                "Avvikelser och åtgärder beskrivs i kolumnen Kommentar.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1 2025", "Status T2 2025", "Status helår 2025", "Kommentar / avvikelse"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, len(hdr) + 1):
        cell = ws.cell(row=5, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    for r in rows:
        ws.append(list(r[:10]))
        for c in range(1, 11):
            ws.cell(row=ws.max_row, column=c).alignment = WRAP
            ws.cell(row=ws.max_row, column=c).border = BOX
    ws.append([])
    ws.append([None, "Sammanställning helår 2025", None, None, None, None, None, None,
               "Genomförd: 5, Delvis: 1, Ej genomförd: 1, Utgår: 1"])
    ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
    ws.append([])
    ws.append([None, "Upprättad av: Anna Lindqvist, ekonomichef, 2026-01-26"])
    widths = [5, 18, 45, 30, 10, 18, 16, 16, 16, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    fix_wb_props(wb, "Anna Lindqvist")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))
    exp(fil, N, [(r[2], r[10], r[11]) for r in rows])


# ---------------------------------------------------------------------------
# 2+3. Barn- och utbildningsnämnden - two versions (v1, slutlig), xlsx
# ---------------------------------------------------------------------------
BUN_FILL = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "C6EFCE",
            "Pågår": "FFEB9C", "Delvis genomförd": "FFEB9C",
            "Ej påbörjad": "FFC7CE", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}


def make_bun(version):
    N = "Barn- och utbildningsnämnden"
    fil = "BUN_IK-uppföljning_helår2025_%s.xlsx" % version
    v1 = version == "v1"
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller",
             ("Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
             ("Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej")),
            ("Kontroll av att inköp görs från upphandlade leverantörer", "Stickprov 20 inköp", "Controller",
             ("Pågår", "Stickprovet pågår.", "DELVIS", ""),
             ("Genomförd med avvikelse",
              "3 av 20 inköp gjordes utanför avtal. Information till rektorer och förskolechefer i december.",
              "GENOMFORD", "ja")),
            ("Interkommunala ersättningar faktureras korrekt", "Avstämning mot elevregister", "Ekonom",
             (None, None, "SAKNAS", ""),
             ("Genomförd", "Avstämt per 15 oktober och 15 mars. Inga avvikelser.", "GENOMFORD", "nej")),
        ]),
        ("Elevhälsa och trygghet", [
            ("Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
             "Genomgång av samtliga anmälningar", "Utvecklingsledare",
             ("Genomförd", "42 anmälningar granskade. 5 rapporterades senare än 5 arbetsdagar.", "GENOMFORD", "ja"),
             ("Genomförd", "42 anmälningar granskade. 5 rapporterades senare än 5 arbetsdagar. "
              "Rutinen har förtydligats på rektorsmöte.", "GENOMFORD", "ja")),
            ("Elevers frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
             "Stickprov per skolenhet", "Verksamhetschef grundskola",
             ("Delvis genomförd", "Kontrollerat på 3 av 6 skolenheter.", "DELVIS", ""),
             ("Delvis genomförd", "Kontrollerat på 4 av 6 skolenheter. Resterande under VT 2026.", "DELVIS", "")),
            ("Registerkontroll i belastningsregistret vid nyanställning", "Samtliga nyanställda", "HR-partner",
             ("Ej påbörjad", None, "EJ_GENOMFORD", ""),
             ("Genomförd", "Samtliga 18 nyanställda hade uppvisat utdrag före anställning.", "GENOMFORD", "nej")),
        ]),
        ("Skolskjuts", [
            ("Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 15 beslut", "Skolskjutshandläggare",
             ("Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
             ("Genomförd", "Inga avvikelser.", "GENOMFORD", "nej")),
            ("Uppföljning av skolskjutsavtalets kvalitetskrav", "Uppföljningsmöte med entreprenör", "Skolskjutssamordnare",
             ("Ej genomförd", "Ej genomförd, prioriteras 2026.", "EJ_GENOMFORD", ""),
             ("Utgår", "Utgår – avtalet upphandlas på nytt 2026, beslut BUN 2025-10-22 § 87.", "UTGAR", "")),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2024"
    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Version 1 (utkast) 2026-01-14 – ej behandlad i nämnd" if v1
                else "Slutlig version 2026-01-30 – behandlad BUN 2026-01-28 § 5")
    ws["A2"].font = Font(italic=True, color="C00000" if v1 else "000000")
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Helår 2025 – status", "Resultat och åtgärder"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, 7):
        cell = ws.cell(row=4, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    rows_exp = []
    for gname, items in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(row=r, column=1).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        for km, metod, ansv, a, b in items:
            st, txt, code, av = a if v1 else b
            ws.append([None, km, metod, ansv, st, txt])
            r = ws.max_row
            for c in range(1, 7):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            if st:
                ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=BUN_FILL[st])
            rows_exp.append((km, code, av))
    ws.append([])
    ws.append(["Färgmarkering: grön = genomförd, gul = pågår/delvis genomförd, röd = ej genomförd/ej påbörjad, grå = utgår"])
    ws.cell(row=ws.max_row, column=1).font = Font(italic=True, size=9)
    for i, w in enumerate([18, 50, 28, 22, 20, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Barn- och utbildningsförvaltningen"
    fix_wb_props(wb, "Jonas Berg")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))
    exp(fil, N, rows_exp)


# ---------------------------------------------------------------------------
# 4. Socialnämnden - landscape Word table, merged process cells, letter codes
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def make_sn():
    N = "Socialnämnden"
    fil = "SN Uppföljning internkontrollplan 2025 helår.docx"
    procs = [
        ("Myndighetsutövning", [
            ("Beslut fattas utan delegation",
             "Kontroll av att beslut inom IFO fattas enligt delegationsordningen",
             "Stickprov 20 beslut", "Enhetschef IFO",
             "20 beslut granskade. Samtliga fattade av rätt delegat.", "G", "GENOMFORD", "nej"),
            ("Utredningstiden överskrids",
             "Barnavårdsutredningar avslutas inom fyra månader",
             "Uttag ur verksamhetssystemet", "IFO-chef",
             "64 utredningar avslutade. 11 förlängdes, samtliga med beslut om förlängning "
             "enligt 11 kap. 2 § SoL. Ingen avvikelse.", "G", "GENOMFORD", "nej"),
            ("Felaktiga utbetalningar",
             "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut",
             "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd",
             "Två utbetalningar saknade beslut i akten. Rutinen har förtydligats.", "G", "GENOMFORD", "ja"),
        ]),
        ("Vård och omsorg", [
            ("Felaktig läkemedelshantering",
             "Egenkontroll av läkemedelsförråd på särskilda boenden",
             "Kvartalsvis egenkontroll", "MAS",
             "Genomförd på 3 av 5 boenden. Resterande två genomförs i januari 2026.", "D", "DELVIS", ""),
            ("Avvikelser rapporteras inte",
             "Uppföljning av att avvikelser registreras och åtgärdas i avvikelsesystemet",
             "Genomgång av avvikelserapporter", "MAS", "", "", "SAKNAS", ""),
            ("Fallskador",
             "Riskbedömning av fall görs vid inflyttning",
             "Journalgranskning 15 brukare", "Enhetschef särskilt boende",
             "Se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Ekonomi och personal", [
            ("Felaktig avgiftsdebitering",
             "Kontroll av att omsorgsavgifter debiteras enligt beslut",
             "Stickprov 20 brukare", "Avgiftshandläggare",
             "Ej genomförd på grund av vakans under hösten.", "E", "EJ_GENOMFORD", ""),
            ("Kostnader för inhyrd personal",
             "Inhyrning av personal från bemanningsföretag sker enligt avtal",
             "Fakturagranskning", "Förvaltningschef",
             "Ej aktuellt 2025, ingen inhyrning har skett.", "U", "UTGAR", ""),
            ("Oegentligheter",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 15 fakturor", "Controller",
             "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.header.paragraphs[0].text = "Säffle kommun – Socialförvaltningen\tDnr SN 2025/112"
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)
    d.add_heading("Uppföljning internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Nedan redovisas "
        "resultatet av årets kontroller. Förvaltningens bedömning är att den interna kontrollen i "
        "huvudsak har varit tillräcklig.")
    d.add_paragraph("Status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Resultat helår 2025", "Status"]
    nrows = 1 + sum(len(p[1]) for p in procs)
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.cell(0, i)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "D9E2F3")
    r = 1
    rows_exp = []
    for pname, items in procs:
        first = r
        for risk, km, metod, ansv, res, code, st, av in items:
            vals = [None, risk, km, metod, ansv, res, code]
            for i, v in enumerate(vals):
                if v is not None:
                    t.cell(r, i).text = v
            if code:
                t.cell(r, 6).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            rows_exp.append((km, st, av))
            r += 1
        merged = t.cell(first, 0).merge(t.cell(r - 1, 0))
        merged.text = pname
        merged.paragraphs[0].runs[0].bold = True
    widths = [Cm(3.2), Cm(3.8), Cm(5.5), Cm(3.5), Cm(3.0), Cm(6.2), Cm(1.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Säffle 2026-02-03")
    d.add_paragraph("Maria Ek, socialchef")
    fix_doc_props(d, "Maria Ek")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))
    exp(fil, N, rows_exp)


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - ods, period/year only in file name
# ---------------------------------------------------------------------------
def make_kfn(tmp):
    N = "Kultur- och fritidsnämnden"
    fil = "KFN internkontroll helår 2025.ods"
    rows = [
        ("Föreningsbidrag", "Kontroll av att föreningsbidrag betalas ut enligt gällande riktlinjer",
         "Bidragshandläggare", "Ja", "Stickprov 12 ansökningar, inga avvikelser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Redovisning av beviljade projektbidrag har inkommit",
         "Bidragshandläggare", "Delvis", "4 av 9 redovisningar saknas, påminnelse skickad i november.",
         "DELVIS", "ja"),
        ("Bibliotek", "Inventering av mediebeståndet – förkomna medier",
         "Bibliotekschef", "Nej", "Flyttas till nästa år på grund av ombyggnaden av huvudbiblioteket.",
         "EJ_GENOMFORD", ""),
        ("Anläggningar", "Bokning och debitering av anläggningar stäms av mot bokningssystemet",
         "Fritidschef", "Ja", "Avstämning gjord. Två bokningar hade inte debiterats – fakturerade i efterhand.",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Kontantkassor på badhuset och biblioteket inventeras",
         "Enhetschef Fritid", "Ja", None, "GENOMFORD", ""),
        ("Evenemang", "Avtal med artister och arrangörer är undertecknade före evenemang",
         "Kulturutvecklare", "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Personal", "Registerkontroll av ledare i sommarlovsverksamheten",
         "Fritidschef", None, None, "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Kultur- och fritidsnämnden – Internkontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av kontrollmoment"
    ws.append([])
    ws.append(["Område", "Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Kommentar"])
    for c in range(1, 6):
        ws.cell(row=4, column=c).font = Font(bold=True)
        ws.cell(row=4, column=c).border = BOX
    for r in rows:
        ws.append(list(r[:5]))
        for c in range(1, 6):
            ws.cell(row=ws.max_row, column=c).alignment = WRAP
            ws.cell(row=ws.max_row, column=c).border = BOX
    for i, w in enumerate([16, 55, 20, 14, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_wb_props(wb, "Kultur och fritid")
    src = os.path.join(tmp, "kfn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "kfn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))
    exp(fil, N, [(r[1], r[5], r[6]) for r in rows])


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - real .xls (xlwt), Status empty, status words in Kommentar
# ---------------------------------------------------------------------------
def make_tn():
    N = "Tekniska nämnden"
    fil = "Tekniska nämnden IK uppföljning helår 2025.xls"
    rows = [
        (1, "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "Tertial",
         "Genomförd. Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "VA", "Kontroll av att VA-anslutningsavgifter debiteras enligt taxa", "VA-chef", "Helår",
         "Genomförd, en fastighet hade debiterats fel taxa – rättat.", "GENOMFORD", "ja"),
        (3, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "Helår",
         "Delvis genomförd – 14 av 22 lekplatser besiktigade.", "DELVIS", ""),
        (4, "Fordon", "Körjournaler för kommunens fordon förs korrekt", "Fordonsansvarig", "Helår",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        (5, "Måltid", "Livsmedelskontroll – egenkontrollprogram i tillagningskök", "Kostchef", "Tertial",
         "Klar. Mindre brister i temperaturloggningen på ett kök, åtgärdat.", "GENOMFORD", "ja"),
        (6, "Avfall", "Avfallstaxa – kontroll av kundregister mot fastighetsregistret", "Renhållningschef",
         "Helår", "Pågår, slutförs i mars 2026.", "DELVIS", ""),
        (7, "Upphandling", "Ramavtal för entreprenader avropas enligt avropsordning", "Teknisk chef", "Helår",
         "Utgår – ramavtalet löpte ut 2024 och ingen avropsordning har gällt under 2025.", "UTGAR", ""),
        (8, "Fastighet", "Systematiskt brandskyddsarbete (SBA) – kontroller genomförs i kommunens lokaler",
         "Fastighetschef", "Tertial", "Se bilaga.", "OKLAR", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Helår 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    hstyle = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                         "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cstyle = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write(0, 0, "TEKNISKA NÄMNDEN", bold)
    ws.write(1, 0, "Intern kontroll – uppföljning helår 2025")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, hstyle)
    for ri, r in enumerate(rows, start=4):
        vals = [r[0], r[1], r[2], r[3], r[4], "", r[5]]
        for ci, v in enumerate(vals):
            ws.write(ri, ci, v, cstyle)
    ws.write(len(rows) + 5, 0, "Rapporterad av: Per Olsson, teknisk chef, 2026-01-22")
    for i, w in enumerate([5, 16, 50, 18, 10, 12, 55]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))
    exp(fil, N, [(r[2], r[6], r[7]) for r in rows])


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden - xlsx, "Andel genomförd 0–100 %", title 2024
# ---------------------------------------------------------------------------
def make_mbn():
    N = "Miljö- och byggnadsnämnden"
    fil = "MBN uppföljning internkontroll 2025.xlsx"
    rows = [
        ("Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 25 ärenden", 100,
         "2 ärenden överskred handläggningstiden, avgiften reducerades enligt PBL.",
         "Påminnelse i ärendesystemet införd.", "GENOMFORD", "ja"),
        ("Bygglov", "Debitering av bygglovsavgift enligt gällande taxa", "Stickprov 20 ärenden", 100,
         "Inga avvikelser.", None, "GENOMFORD", "nej"),
        ("Miljötillsyn", "Tillsynsplanen enligt miljöbalken följs", "Uppföljning av tillsynsplan", 80,
         "80 % av planerade inspektioner utförda.", "Resterande inspektioner läggs in i plan 2026.",
         "DELVIS", ""),
        ("Livsmedel", "Livsmedelskontroller debiteras efter utförd kontroll",
         "Avstämning kontroller/fakturor", 0, "Ej påbörjad på grund av personalbrist.", None,
         "EJ_GENOMFORD", ""),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Samtliga månader", 100, None, None,
         "GENOMFORD", ""),
        ("Arkiv", "Gallring enligt dokumenthanteringsplan", "Genomgång av arkivet", None,
         "Ej aktuellt – ny dokumenthanteringsplan antas 2026.", None, "UTGAR", ""),
        ("Strandskydd", "Strandskyddsdispenser skickas till länsstyrelsen inom föreskriven tid",
         "Samtliga beslut", "50 %", "Kontrollen gjord för första halvåret.", None, "DELVIS", ""),
        ("Nämndadministration", "Kontroll av att jäv noteras i protokoll", "Genomgång av protokoll",
         None, None, None, "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2024 – uppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Ange hur stor andel av kontrollen som är genomförd (0 = ej påbörjad, 100 = helt genomförd)."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Planerad omfattning 2025",
           "Andel genomförd 0–100 % (helår 2025)", "Iakttagelser", "Åtgärd"]
    ws.append([])
    ws.append(hdr)
    for c in range(1, 7):
        cell = ws.cell(row=5, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = BOX
    for r in rows:
        ws.append(list(r[:6]))
        for c in range(1, 7):
            ws.cell(row=ws.max_row, column=c).alignment = WRAP
            ws.cell(row=ws.max_row, column=c).border = BOX
    for i, w in enumerate([18, 50, 24, 18, 50, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_wb_props(wb, "Miljö och bygg")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2025, "HELAR"))
    exp(fil, N, [(r[1], r[6], r[7]) for r in rows])


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden - late 2024 follow-up sent January 2025, docx
# ---------------------------------------------------------------------------
def make_ofn():
    N = "Överförmyndarnämnden"
    fil = "ÖFN uppföljning internkontroll 2024.docx"
    rows = [
        ("Granskning av årsräkningar som inkommit senast 1 mars", "Ja", "Nej",
         "Samtliga 212 årsräkningar granskade.", "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har lämnat utdrag ur belastningsregistret innan förordnande",
         "Ja", "Ja", "En ställföreträdare förordnades innan utdraget inkommit. Utdraget var utan anmärkning.",
         "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Uttagsspärr på huvudmännens bankkonton kontrolleras", "Delvis", "Nej",
         "Kontrollerat för nya ärenden under 2024. Äldre ärenden kvarstår.", "DELVIS", "nej"),
        ("Skanning av inkomna handlingar till digital akt", "Nej", "",
         "Ej genomförd – införandet av nytt ärendesystem har senarelagts.", "EJ_GENOMFORD", ""),
        ("Behovet av förvaltarskap ses över årligen", "", "", "", "SAKNAS", ""),
    ]
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph("Överförmyndarnämnden")
    p.runs[0].bold = True
    d.add_paragraph("Datum: 2025-01-21")
    d.add_heading("Uppföljning av internkontrollplan 2024 – helår", level=1)
    d.add_paragraph(
        "Överförmyndarnämnden redovisar härmed uppföljningen av 2024 års internkontrollplan. "
        "Uppföljningen skickas senare än övriga nämnders på grund av sjukfrånvaro på kansliet.")
    hdr = ["Kontrollmoment", "Genomförd", "Avvikelse", "Kommentar"]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    for ri, r in enumerate(rows, 1):
        for ci in range(4):
            t.cell(ri, ci).text = r[ci]
    for row in t.rows:
        for i, w in enumerate([Cm(6.5), Cm(2.2), Cm(2.2), Cm(6.0)]):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Lena Karlsson, handläggare")
    fix_doc_props(d, "Lena Karlsson")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, 2024, "HELAR"))
    exp(fil, N, [(r[0], r[4], r[5]) for r in rows])


# ---------------------------------------------------------------------------
# 9. To reject: covering letter (missiv) for the BUN final version
# ---------------------------------------------------------------------------
def make_missiv():
    fil = "Missiv BUN internkontroll helår 2025.docx"
    d = docx.Document()
    d.add_paragraph("Säffle kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-30")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll helår 2025", level=2)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens slutliga uppföljning av internkontrollplanen "
        "för 2025, i enlighet med nämndens beslut 2026-01-28 § 5.")
    d.add_paragraph(
        "Den slutliga versionen ersätter den version (v1) som skickades 2026-01-14. Skillnaderna avser "
        "främst kontrollerna av inköp, interkommunala ersättningar och registerkontroller, där arbetet "
        "slutfördes efter att utkastet skickats.")
    d.add_paragraph("Bilaga: BUN_IK-uppföljning_helår2025_slutlig.xlsx")
    d.add_paragraph("Med vänlig hälsning\n\nKarin Nyström\nFörvaltningschef")
    fix_doc_props(d, "Karin Nyström")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Säffle Kommunfastigheter AB", "SKF|Kommunfastigheter"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r443build-")
    try:
        make_ks()
        make_bun("v1")
        make_bun("slutlig")
        make_sn()
        make_kfn(tmp)
        make_tn()
        make_mbn()
        make_ofn()
        make_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
