#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 169 - Sävedals kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import datetime
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round169"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

F1 = "Samhällsbyggnadsförvaltningen IK-uppföljning delår 2025.xlsx"
F2 = "Bilaga 3 Uppföljning intern kontroll delår 2025 Bildningsförvaltningen.docx"
F3 = "Stratsys_export_internkontroll_KLF_delar2025.csv"
F4 = "ÖFN Kärrbo-Sävedal uppföljning IK 2025-08-31.doc"
F5 = "SN IKP 2025 med uppföljning delår.xls"
F6 = "VON internkontroll delår 2025.ods"
F7 = "Protokollsutdrag SN 2025-09-17 § 87.docx"

BN = "Byggnadsnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
TN = "Tekniska nämnden"
BUN = "Barn- och utbildningsnämnden"
KFN = "Kultur- och fritidsnämnden"
KS = "Kommunstyrelsen"
AMN = "Arbetsmarknadsnämnden"
VN = "Valnämnden"
OFN = "Överförmyndarnämnden Sävedal–Kärrbo"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"


FIXED_TIME = datetime.datetime(2025, 9, 5, 10, 0, 0)


def fix_wb(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def fix_doc(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --------------------------------------------------------------------------------------
# Register
# --------------------------------------------------------------------------------------
REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    (BUN, "BUN|Barn- och utbildning|Barn och utbildning"),
    (KFN, "KFN|Kultur och fritid|Kultur- och fritid"),
    (SN, "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    (VON, "VON|Vård och omsorg|Vård- och omsorgsförvaltningen"),
    (BN, "BN|Bygglovsnämnden|Bygg"),
    (MHN, "MHN|Miljö och hälsa|Miljönämnden|Miljö- och hälsoskydd"),
    (TN, "TN|Teknik|Tekniska förvaltningen"),
    (AMN, "AMN|Arbetsmarknad och integration|Arbetsmarknadsenheten"),
    (VN, "VN|Valnämnd"),
    (OFN, "ÖFN|Gemensamma överförmyndarnämnden|Överförmyndarnämnden|Gemensam överförmyndarnämnd|Överförmyndarenheten"),
    ("Krisledningsnämnden", "KLN|Krisledning"),
]

# --------------------------------------------------------------------------------------
# File 1: xlsx, one sheet per nämnd + summary sheet (symbols ● ◐ ○ –)
# --------------------------------------------------------------------------------------
G, D, E, U = "●", "◐", "○", "–"

# (nr, process, kontrollmoment, metod, frekvens, ansvarig, t1, delar, avv, kommentar, exp_status, exp_avv)
BN_ROWS = [
    ("1", "Handläggning av bygglov",
     "Kontroll att beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)",
     "Stickprov 20 ärenden", "Tertial", "Bygglovschef", G, G, "Ja",
     "Stickprov maj–aug: 3 av 20 ärenden överskred 10 veckor utan beslut om förlängning. "
     "Bevakningslista har införts i ärendesystemet.", "GENOMFORD", "ja"),
    ("2", "Avgifter", "Avgift för bygglov debiteras enligt gällande plan- och bygglovstaxa",
     "Stickprov 15 beslut", "Halvår", "Administratör", "", G, "Nej",
     "Samtliga 15 granskade avgiftsbeslut var korrekta.", "GENOMFORD", "nej"),
    ("3", "Delegation", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
     "Genomgång av delegationslistor", "Tertial", "Nämndsekreterare", G, D, "Nej",
     "Maj och juni kontrollerade utan anmärkning, juli–augusti återstår (semesterperiod).",
     "DELVIS", "nej"),
    ("4", "Tillsyn", "Ärenden om olovligt byggande påbörjas inom fyra veckor från anmälan",
     "Genomgång av ärendelista", "Helår", "Byggnadsinspektör", "", E, "",
     "Kontrollen genomförs under hösten.", "EJ_GENOMFORD", ""),
    ("5", "Dokumenthantering",
     "Bygglovshandlingar diarieförs och arkiveras enligt dokumenthanteringsplanen",
     "Stickprov 10 ärenden", "Helår", "Registrator", G, "", "Nej",
     "Genomförd i april, inga brister.", "GENOMFORD", "nej"),
    ("6", "Kart- och mätverksamhet",
     "Debitering av nybyggnadskartor stäms av mot utförda uppdrag",
     "Avstämning mot uppdragslista", "Halvår", "GIS-ingenjör", "", U, "",
     "Utgår – kart- och mätverksamheten är överflyttad till tekniska nämnden från 2025-03-01.",
     "UTGAR", ""),
]

MHN_ROWS = [
    ("1", "Livsmedelskontroll",
     "Planerad tillsyn av livsmedelsanläggningar genomförs enligt kontrollplanen",
     "Avstämning i Ecos mot tillsynsplan", "Tertial", "Enhetschef miljö", D, "",
     "62 av 110 planerade kontroller genomförda (56 %). Bedöms nås vid årets slut.",
     "DELVIS", "nej"),
    ("2", "Avgifter",
     "Timavgift för extra offentlig kontroll debiteras inom en månad efter utförd kontroll",
     "Stickprov 10 ärenden", "Halvår", "Administratör", G, "Ja",
     "2 av 10 ärenden debiterades först efter sju veckor. Rutinen har förtydligats.",
     "GENOMFORD", "ja"),
    ("3", "Jäv och opartiskhet", "Jävsdeklaration finns för samtliga inspektörer",
     "Genomgång av personalakter", "Helår", "Miljöchef", G, "Nej", "", "GENOMFORD", "nej"),
    ("4", "Klagomålshantering",
     "Klagomål på buller och inomhusmiljö registreras och återkopplas inom fem arbetsdagar",
     "Stickprov 15 klagomål", "Halvår", "Miljöinspektör", E, "",
     "Ej genomförd p.g.a. vakant tjänst. Flyttas till hösten.", "EJ_GENOMFORD", ""),
    ("5", "Badvatten", "Provtagning av kommunens badplatser sker enligt provtagningsprogrammet",
     "Avstämning mot provtagningsprogram", "Helår", "Miljöinspektör", G, "Nej",
     "Samtliga fyra badplatser provtagna juni–augusti.", "GENOMFORD", "nej"),
    ("6", "Myndighetsutövning", "Förelägganden med vite följs upp inom angiven tid",
     "Genomgång av vitesärenden", "Halvår", "Enhetschef miljö", D, "",
     "Pågår, 5 av 9 ärenden kontrollerade. Hittills inga avvikelser.", "DELVIS", "nej"),
    ("7", "Registrering",
     "Registrering av nya livsmedelsanläggningar handläggs inom 14 dagar",
     "Stickprov 10 registreringar", "Halvår", "Administratör", "", "", "", "SAKNAS", ""),
]

# TN: group headings instead of process column
TN_GROUPS = [
    ("Upphandling och inköp", [
        ("1", "Inköp görs från leverantörer med avtal (avtalstrohet)", "Stickprov 30 fakturor",
         "Tertial", "Controller", G, G, "Ja",
         "4 av 30 fakturor avsåg inköp utan avtal (förbrukningsmaterial). Information till beställare.",
         "GENOMFORD", "ja"),
        ("2", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga direktupphandlingar", "Halvår", "Upphandlare", E, G, "Nej",
         "Sex direktupphandlingar granskade, samtliga dokumenterade.", "GENOMFORD", "nej"),
    ]),
    ("Fastighet", [
        ("3", "Lagstadgade besiktningar (OVK, hissar) utförs i tid", "Genomgång av besiktningsregister",
         "Tertial", "Fastighetschef", D, D, "Ja",
         "OVK: två skolor har passerat besiktningsdatum, besiktning beställd till september.",
         "DELVIS", "ja"),
        ("4", "Felanmälningar åtgärdas inom avtalad tid", "Uttag ur felanmälningssystemet",
         "Tertial", "Driftchef", G, G, "Nej", "", "GENOMFORD", "nej"),
    ]),
    ("Gata och park", [
        ("5", "Huvudbesiktning av kommunens lekplatser genomförs årligen",
         "Besiktningsprotokoll", "Helår", "Parkchef", "", E, "",
         "Planerad till oktober.", "EJ_GENOMFORD", ""),
        ("6", "Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler",
         "Stickprov 10 fakturor", "Säsong", "Gatuchef", G, "", "Nej",
         "Kontrollerat för säsongen januari–mars, inga avvikelser.", "GENOMFORD", "nej"),
    ]),
    ("Vatten och avlopp", [
        ("7", "Debitering av VA-avgifter stäms av mot mätarställning",
         "Avstämning 20 abonnenter", "Halvår", "VA-ekonom", D, "Se bilaga 4", "", "",
         "OKLAR", ""),
        ("8", "Egenkontroll av dricksvatten enligt kontrollprogram",
         "Provtagningsprotokoll", "Månad", "VA-chef", "", U, "",
         "Ej aktuell – hanteras av Sävedal-Kärrbo Vatten AB från 2025.", "UTGAR", ""),
    ]),
]

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADFILL = PatternFill("solid", fgColor="1F4E78")
GROUPFILL = PatternFill("solid", fgColor="DDEBF7")


def hdr(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEADFILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER


def body(ws, row, values, center_cols=()):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=(v if v != "" else None))
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="top",
                                horizontal="center" if i in center_cols else None)


def build_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sammanfattning"

    def counts(statuses):
        return [len(statuses), statuses.count(G), statuses.count(D), statuses.count(E),
                statuses.count(U), len(statuses) - sum(statuses.count(x) for x in (G, D, E, U))]

    bn_st = [r[7] or r[6] for r in BN_ROWS]
    mhn_st = [r[6] for r in MHN_ROWS]
    tn_rows = [r for _, rows in TN_GROUPS for r in rows]
    tn_st = [r[6] or r[5] for r in tn_rows]

    ws["A1"] = "Sävedals kommun – Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställning av uppföljning av internkontrollplaner 2025 – delårsrapport per 31 augusti"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Bilaga 3 till delårsrapport 2025"
    ws["A3"].font = Font(italic=True)
    hdr(ws, 5, ["Nämnd", "Antal kontrollmoment", "● Genomförda", "◐ Delvis/pågår",
                "○ Ej genomförda", "– Utgår", "Övrigt/ej rapporterat"])
    r = 6
    tot = [0] * 6
    for name, st in ((BN, bn_st), (MHN, mhn_st), (TN, tn_st)):
        c = counts(st)
        tot = [a + b for a, b in zip(tot, c)]
        body(ws, r, [name] + c, center_cols=range(2, 8))
        r += 1
    body(ws, r, ["Totalt"] + tot, center_cols=range(2, 8))
    for col in range(1, 8):
        ws.cell(row=r, column=col).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Se respektive flik (BN, MHN, TN) för kontrollmoment och kommentarer.")
    ws.cell(row=r + 3, column=1, value="Sammanställt av: Jonas Wikström, controller, 2025-09-04")
    ws.column_dimensions["A"].width = 34
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16

    legend = ("Teckenförklaring:  ● = genomförd    ◐ = delvis genomförd / pågår    "
              "○ = ej genomförd    – = utgår")

    # ---- BN
    ws = wb.create_sheet("BN")
    ws.oddHeader.center.text = "Sävedals kommun – Byggnadsnämnden"
    ws["A1"] = "Bilaga 3"
    ws["A1"].font = Font(italic=True)
    ws["A2"] = "Byggnadsnämnden – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: januari–augusti 2025 (delår)"
    ws["A4"] = "Internkontrollplanen antagen av byggnadsnämnden 2024-12-05, § 112"
    ws["A6"] = legend
    ws.merge_cells("A6:J6")
    hdr(ws, 8, ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
                "Status T1", "Status delår", "Avvikelse", "Kommentar/åtgärd"])
    r = 9
    for row in BN_ROWS:
        body(ws, r, list(row[:10]), center_cols=(1, 7, 8, 9))
        EXPECTED.append((F1, BN, row[2], row[10], row[11]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen fastställd av byggnadsnämnden 2025-09-18, § 71.")
    ws.cell(row=r + 3, column=1, value="Maria Holm")
    ws.cell(row=r + 4, column=1, value="Samhällsbyggnadschef")
    widths = [5, 20, 42, 24, 10, 16, 9, 11, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    # ---- MHN: Status delår + Status helår (helår empty)
    ws = wb.create_sheet("MHN")
    ws.oddHeader.center.text = "Sävedals kommun – Miljö- och hälsoskyddsnämnden"
    ws["A1"] = "Bilaga 3"
    ws["A1"].font = Font(italic=True)
    ws["A2"] = "Miljö- och hälsoskyddsnämnden – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljning per 2025-08-31 (delår). Helårsuppföljning redovisas i årsredovisningen."
    ws["A4"] = "Planen antagen 2024-12-04, § 98"
    ws["A6"] = legend
    ws.merge_cells("A6:J6")
    hdr(ws, 8, ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
                "Status delår", "Status helår", "Avvikelse", "Kommentar/åtgärd"])
    r = 9
    for row in MHN_ROWS:
        vals = list(row[:7]) + [""] + [row[7], row[8]]
        body(ws, r, vals, center_cols=(1, 7, 8, 9))
        EXPECTED.append((F1, MHN, row[2], row[9], row[10]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen fastställd av miljö- och hälsoskyddsnämnden 2025-09-17, § 64.")
    ws.cell(row=r + 3, column=1, value="Maria Holm, samhällsbyggnadschef")
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    # ---- TN: group heading rows, no process column
    ws = wb.create_sheet("TN")
    ws.oddHeader.center.text = "Sävedals kommun – Tekniska nämnden"
    ws["A1"] = "Bilaga 3"
    ws["A1"].font = Font(italic=True)
    ws["A2"] = "Tekniska nämnden"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljning internkontrollplan 2025 – T1 och delår"
    ws["A4"] = legend
    ws.merge_cells("A4:I4")
    hdr(ws, 6, ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
                "T1 (jan–apr)", "Delår (jan–aug)", "Avvikelse", "Kommentar"])
    r = 7
    for gname, rows in TN_GROUPS:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True)
        c.fill = GROUPFILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            body(ws, r, list(row[:9]), center_cols=(1, 6, 7, 8))
            EXPECTED.append((F1, TN, row[1], row[9], row[10]))
            r += 1
    ws.cell(row=r + 1, column=1, value="Fastställd av tekniska nämnden 2025-09-16, § 80.")
    ws.cell(row=r + 2, column=1, value="Bilaga 4: VA-avstämning (separat fil)")
    for i, w in enumerate([5, 44, 26, 10, 16, 11, 13, 10, 50]):
        ws.column_dimensions[chr(65 + i)].width = w

    fix_wb(wb, "Jonas Wikström")
    wb.save(os.path.join(HERE, F1))
    for n in (BN, MHN, TN):
        FILES.append((F1, "INLAST", n, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# File 2: docx, one heading per nämnd with its table (G/D/E/U legend)
# --------------------------------------------------------------------------------------
BUN_ROWS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
     "G", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Ekonomi", "Skolskjutskostnader stäms av mot beslut om skolskjuts", "Avstämning per månad",
     "D", "Avstämt januari–maj. Juni–augusti stäms av i september.", "DELVIS", "nej"),
    ("Elevhälsa och trygghet", "Anmälan om kränkande behandling till huvudman sker skyndsamt",
     "Genomgång av anmälningar i ärendesystemet",
     "G", "112 anmälningar under perioden, varav 9 anmäldes senare än fem dagar. Rektorerna har påmints om rutinen.",
     "GENOMFORD", "ja"),
    ("Elevhälsa och trygghet", "Hög frånvaro (över 15 %) följs upp av mentor och elevhälsa",
     "Stickprov på tre skolor", "E",
     "Ej genomförd, omprioriterad till hösten p.g.a. byte av lärplattform.", "EJ_GENOMFORD", ""),
    ("Förskola", "Barngruppernas storlek följs upp mot Skolverkets riktmärken",
     "Statistik per 15 mars och 15 oktober", "G",
     "Mätningen per 15 mars genomförd. Samtliga avdelningar inom riktmärket.", "GENOMFORD", "nej"),
    ("Förskola", "Plats i förskola erbjuds inom fyra månader från ansökan",
     "Genomgång av kö- och placeringsuppgifter", "G",
     "Två placeringar erbjöds efter fyra månader och en vecka. Avvikelsen rapporterad till nämnden i juni.",
     "GENOMFORD", "ja"),
    ("Informationssäkerhet", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
     "Genomgång av förteckningen", "U",
     "Utgår enligt beslut BUN 2025-04-15 § 41, ersätts av kommungemensam kontroll.", "UTGAR", ""),
    ("Personal", "Legitimation kontrolleras vid anställning av lärare och förskollärare",
     "Stickprov 10 anställningar", "",
     "Kontrollen är genomförd – samtliga tio hade giltig legitimation.", "GENOMFORD", "nej"),
]

KFN_ROWS = [
    ("1", "Föreningsbidrag betalas ut enligt gällande bidragsnormer", "Fritidschef", "G",
     "20 ansökningar granskade. En förening hade fått för högt aktivitetsstöd, beloppet är återkrävt.",
     "GENOMFORD", "ja"),
    ("2", "Kassahantering i simhallen och på biblioteket stäms av dagligen", "Enhetschefer", "D",
     "Simhallen granskad utan anmärkning. Avstämningen för biblioteket återstår att granska.",
     "DELVIS", "nej"),
    ("3", "Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig", "G",
     "Inga avvikelser.", "GENOMFORD", "nej"),
    ("4", "Utdrag ur belastningsregistret finns för personal som arbetar med barn på fritidsgård",
     "Fritidsgårdschef", "E", "Ej genomförd under perioden.", "EJ_GENOMFORD", ""),
    ("5", "Inventering av kommunens konstsamling", "Kulturstrateg", "Pågår",
     "Inventeringen klar i kommunhuset, skolorna inventeras under hösten.", "DELVIS", "nej"),
    ("6", "Bidrag till studieförbund redovisas enligt avtal", "Kulturchef", "", "", "SAKNAS", ""),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def doc_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def build_f2():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Sävedals kommun | Bildningsförvaltningen"
    sec.footer.paragraphs[0].text = "Dnr BIF 2025/214"
    doc.add_paragraph("Bilaga 3").runs[0].italic = True
    doc.add_heading("Uppföljning av internkontrollplaner 2025 – delår (januari–augusti)", level=0)
    doc.add_paragraph(
        "Bildningsförvaltningen bereder ärenden åt två nämnder: barn- och utbildningsnämnden och "
        "kultur- och fritidsnämnden. Nedan redovisas uppföljningen av respektive nämnds "
        "internkontrollplan per den 31 augusti 2025. Internkontrollplanerna antogs 2024-12-10 "
        "(BUN § 134) respektive 2024-12-12 (KFN § 77).")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring status: ").bold = True
    p.add_run("G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår")

    doc.add_heading("1. Barn- och utbildningsnämnden", level=1)
    doc.add_paragraph("Nämnden har åtta kontrollmoment i 2025 års plan. Två avvikelser har rapporterats "
                      "löpande till nämnden under våren.")
    doc_table(doc, ["Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Status",
                    "Resultat och kommentar"],
              [r[:5] for r in BUN_ROWS], widths=[3, 5, 3.5, 1.5, 5.5])
    for r in BUN_ROWS:
        EXPECTED.append((F2, BUN, r[1], r[5], r[6]))
    doc.add_paragraph()

    doc.add_heading("2. Kultur- och fritidsnämnden", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden har sex kontrollmoment 2025.")
    doc_table(doc, ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"],
              [r[:5] for r in KFN_ROWS], widths=[1, 6, 3, 1.5, 7])
    for r in KFN_ROWS:
        EXPECTED.append((F2, KFN, r[1], r[5], r[6]))

    doc.add_paragraph()
    doc.add_paragraph("Sävedal 2025-09-08")
    doc.add_paragraph()
    doc.add_paragraph("Karin Åberg\nBildningschef")
    fix_doc(doc, "Karin Åberg")
    doc.save(os.path.join(HERE, F2))
    FILES.append((F2, "INLAST", BUN, "2025", "DELAR"))
    FILES.append((F2, "INLAST", KFN, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# File 3: Stratsys CSV export, nämnd as a column, three nämnder mixed
# --------------------------------------------------------------------------------------
# (org, process, km, metod, ansvarig, frekvens, status, avvikelse, kommentar, exp_status, exp_avv)
F3_ROWS = [
    (KS, "Ekonomi", "Kontroll av att representation och förtroendekänsliga poster följer riktlinjerna",
     "Stickprov 20 verifikationer", "Redovisningschef", "Tertial", "Genomförd med avvikelse", "Ja",
     "3 av 20 verifikationer saknade deltagarförteckning.\nInformation lämnad till berörda chefer.",
     "GENOMFORD", "ja"),
    (AMN, "Ekonomi", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
     "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd", "Månad", "Genomförd", "Nej",
     "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
    (VN, "Ekonomi", "Arvoden till röstmottagare betalas ut enligt beslutat arvode",
     "Genomgång av utbetalningar", "Valsamordnare", "Vid val", "Ej aktuell", "",
     "Inget val genomförs 2025.", "UTGAR", ""),
    (KS, "Ekonomi", "Avstämning av balanskonton sker månadsvis",
     "Genomgång av avstämningspärmar", "Redovisningsekonom", "Månad", "Genomförd", "Nej", "",
     "GENOMFORD", "nej"),
    (AMN, "Ekonomi", "Statsbidrag för extratjänster återsöks enligt Arbetsförmedlingens beslut",
     "Avstämning mot beslut", "Controller", "Kvartal", "Genomförd", "Nej",
     "Återsökt för januari–juli.", "GENOMFORD", "nej"),
    (KS, "Personal", "Löneutbetalningar kontrolleras mot beslutade lönelistor",
     "Stickprov 40 löneutbetalningar", "HR-chef", "Tertial", "Pågående", "Nej",
     "T1 klar utan anmärkning, T2 påbörjad.", "DELVIS", "nej"),
    (AMN, "Personal", "Handledare för praktikanter har genomgått introduktion",
     "Genomgång av introduktionslistor", "Enhetschef arbetsmarknad", "Halvår", "Ej påbörjad", "",
     "Startar i oktober.", "EJ_GENOMFORD", ""),
    (KS, "Informationssäkerhet",
     "Behörigheter i ekonomisystemet följs upp mot aktuell personalförteckning",
     "Genomgång av behörighetslista", "Systemförvaltare", "Halvår", "Genomförd med avvikelse", "Ja",
     "12 behörigheter för avslutade anställningar fanns kvar och har tagits bort.", "GENOMFORD", "ja"),
    (VN, "Informationssäkerhet",
     "Valnämndens protokoll diarieförs och publiceras enligt dokumenthanteringsplanen",
     "Genomgång", "Nämndsekreterare", "Helår", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
    (AMN, "Myndighetsutövning",
     "Beslut om arbetsmarknadsinsats fattas inom 30 dagar från ansökan",
     "Stickprov 15 ärenden", "Enhetschef arbetsmarknad", "Tertial", "Genomförd med avvikelse", "Ja",
     "2 beslut fattades efter 35 respektive 41 dagar.", "GENOMFORD", "ja"),
    (AMN, "Myndighetsutövning", "Deltagares närvaro i etableringsinsatser följs upp",
     "Närvarolistor", "Arbetsmarknadskonsulent", "Termin", "Delvis genomförd", "",
     "Kontrollerat för vårterminen.", "DELVIS", "nej"),
    (KS, "Styrning och uppföljning", "Uppdrag från kommunfullmäktige verkställs och återrapporteras",
     "Genomgång av uppdragslistan", "Kanslichef", "Halvår", "Se kommentar", "",
     "Redovisas i separat ärende till KS 2025-10-01.", "OKLAR", ""),
    (KS, "Upphandling", "Avtalstrohet vid inköp av konsulttjänster",
     "Stickprov 25 fakturor", "Upphandlingschef", "Halvår", "Ej påbörjad", "",
     "Senareläggs till T3 p.g.a. byte av e-handelssystem.", "EJ_GENOMFORD", ""),
    (KS, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
     "Genomgång av samtliga", "Upphandlingschef", "Halvår", "Genomförd", "Nej",
     "Granskat 8 direktupphandlingar.\nSamtliga dokumenterade.", "GENOMFORD", "nej"),
    (VN, "Val 2026", "Lokaler för röstning vid valet 2026 inventeras och tillgänglighetsgranskas",
     "Inventering på plats", "Valsamordnare", "Helår", "Delvis genomförd", "Nej",
     "17 av 24 vallokaler/röstningslokaler inventerade.", "DELVIS", "nej"),
    (VN, "Val 2026", "Rekrytering av röstmottagare påbörjas enligt tidplan",
     "Avstämning mot tidplan", "Valsamordnare", "Helår", "Ej påbörjad", "",
     "Rekryteringen påbörjas i januari 2026 enligt tidplanen.", "EJ_GENOMFORD", ""),
    (VN, "Val 2026", "Utbildningsmaterial för röstmottagare uppdateras efter Valmyndighetens anvisningar",
     "Genomgång av materialet", "Valsamordnare", "Helår", "", "", "", "SAKNAS", ""),
]


def build_f3():
    path = os.path.join(HERE, F3)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        n = 9
        w.writerow(["Rapport: Internkontroll - uppföljning"] + [""] * (n - 1))
        w.writerow(["Urval: Kommunledningsförvaltningen (KS, AMN, VN)", "Period: Delår 2025 (augusti)"]
                   + [""] * (n - 2))
        w.writerow(["Utskriven: 2025-09-05 14:32 av ewa.sund"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                    "Frekvens", "Status Delår 2025", "Avvikelse", "Kommentar Delår 2025"])
        for r in F3_ROWS:
            w.writerow(list(r[:9]))
            EXPECTED.append((F3, r[0], r[2], r[9], r[10]))
    for n_ in (KS, AMN, VN):
        FILES.append((F3, "INLAST", n_, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# File 4: joint nämnd (värdkommun Kärrbo), Word 97 .doc
# --------------------------------------------------------------------------------------
OFN_ROWS = [
    ("1", "Granskning av årsräkningar för 2024 slutförs senast 30 juni",
     "Samtliga 412 årsräkningar",
     "405 av 412 årsräkningar var granskade per 30 juni, resterande sju blev klara i juli.",
     "Med anmärkning", "GENOMFORD", "ja"),
    ("2", "Arvoden till gode män och förvaltare beslutas enligt nämndens riktlinjer",
     "Stickprov 25 arvodesbeslut", "Samtliga beslut följer riktlinjerna.", "Utan anmärkning",
     "GENOMFORD", "nej"),
    ("3", "Lämplighetsprövning (belastningsregister, kreditupplysning) görs innan ställföreträdare förordnas",
     "Samtliga nya förordnanden jan–aug (31 st)",
     "Kontrollen pågår, 20 av 31 granskade. Inga brister hittills.", "Pågår", "DELVIS", "nej"),
    ("4", "Överförmyndarspärr finns på bankkonton för omyndiga",
     "Stickprov 15 ärenden", "Ej genomförd p.g.a. personalbrist. Genomförs under tertial 3.",
     "Ej genomförd", "EJ_GENOMFORD", ""),
    ("5", "Uttagsbegäran från spärrade konton handläggs inom tio arbetsdagar",
     "Stickprov 20 ärenden", "", "", "SAKNAS", ""),
    ("6", "Kostnader fördelas mellan Kärrbo och Sävedal enligt samverkansavtalet",
     "Avstämning av fakturering till Sävedal",
     "Kostnadsfördelningen granskas av Kärrbo kommuns revisorer 2025 (beslut ÖFN 2025-04-10 § 27).",
     "Utgår", "UTGAR", ""),
    ("7", "Akter förvaras och gallras enligt dokumenthanteringsplanen",
     "Stickprov 10 akter", "Två akter saknade gallringsbeslut. Åtgärdat i augusti.",
     "Med anmärkning", "GENOMFORD", "ja"),
]


def build_f4(tmp):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "KÄRRBO KOMMUN\tÖverförmyndarenheten"
    sec.footer.paragraphs[0].text = "Kärrbo kommun, 445 80 Kärrbo  |  Värdkommun för gemensam överförmyndarnämnd"
    p = doc.add_paragraph()
    r = p.add_run("Tjänsteskrivelse")
    r.bold = True
    doc.add_paragraph("Datum 2025-09-12\nDnr ÖFN 2025/38\nHandläggare: Sofia Berg, samordnare")
    h = doc.add_paragraph()
    r = h.add_run("Gemensamma överförmyndarnämnden i Kärrbo och Sävedal\n"
                  "Uppföljning av intern kontroll 2025 – delår per 31 augusti")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Överförmyndarnämnden är gemensam för Kärrbo kommun och Sävedals kommun sedan 2019, med "
        "Kärrbo som värdkommun. Nämndens internkontrollplan för 2025 antogs 2025-02-13, § 9. "
        "Uppföljningen redovisas till båda kommunernas kommunstyrelser.")
    p = doc.add_paragraph()
    p.add_run("Bedömning: ").bold = True
    p.add_run("Utan anmärkning = kontrollen genomförd, inga avvikelser. Med anmärkning = kontrollen "
              "genomförd, avvikelse noterad. Pågår = kontrollen påbörjad. Ej genomförd. "
              "Utgår = kontrollen struken genom beslut.")
    doc_table(doc, ["Nr", "Kontrollmoment", "Kontrollmetod och omfattning",
                    "Resultat per 31 augusti", "Bedömning"],
              [r_[:5] for r_ in OFN_ROWS], widths=[1, 5.5, 3.5, 6, 2.5])
    for r_ in OFN_ROWS:
        EXPECTED.append((F4, OFN, r_[1], r_[5], r_[6]))
    doc.add_paragraph()
    doc.add_paragraph("Förslag till beslut: Överförmyndarnämnden godkänner uppföljningen och "
                      "överlämnar den till kommunstyrelserna i Kärrbo och Sävedal.")
    doc.add_paragraph()
    doc.add_paragraph("Sofia Berg\nSamordnare överförmyndarenheten")
    fix_doc(doc, "Sofia Berg")
    src = os.path.join(tmp, "ofn.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, "ofn.doc"), os.path.join(HERE, F4))
    FILES.append((F4, "INLAST", OFN, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# File 5: Socialnämnden .xls (xlwt), merged process cells, words + fills, T1 and delår
# --------------------------------------------------------------------------------------
# (process, risk, riskvärde, km, metod, ansvarig, rapporteras, t1, delår, delår_fill, kommentar, exp, avv)
SN_ROWS = [
    ("Myndighetsutövning barn och unga",
     "Utredningar överskrider lagstadgad tid", "12",
     "Barnavårdsutredningar avslutas inom fyra månader", "Stickprov 20 utredningar", "IFO-chef",
     "T1, delår, helår", "Genomförd", "Genomförd med avvikelse", "yellow",
     "4 av 20 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
    ("Myndighetsutövning barn och unga",
     "Orosanmälningar bedöms inte skyndsamt", "9",
     "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Genomgång i verksamhetssystemet",
     "Enhetschef mottagning", "T1, delår, helår", "Genomförd", "Genomförd", "green",
     "Samtliga bedömningar inom 14 dagar.", "GENOMFORD", "nej"),
    ("Myndighetsutövning barn och unga",
     "Placerade barn saknar aktuell vårdplan", "8",
     "Vårdplan upprättas för placerade barn", "Stickprov 10 akter", "Enhetschef placering",
     "Delår, helår", "Pågår", "Pågår", "yellow",
     "6 av 10 akter granskade, en vårdplan saknades och upprättas nu.", "DELVIS", "ja"),
    ("Familjehem",
     "Felaktiga ersättningar till familjehem", "9",
     "Arvoden och omkostnadsersättningar till familjehem betalas ut enligt SKR:s riktlinjer",
     "Stickprov 15 utbetalningar", "Ekonom", "Delår, helår", "", "Genomförd", "green", "",
     "GENOMFORD", "nej"),
    ("Familjehem",
     "Utbetalning fortsätter efter avslutad placering", "6",
     "Kontroll av att utbetalningar till familjehem upphör när placeringen avslutas",
     "Avstämning placeringar/utbetalningar", "Ekonom", "T1, delår", "Ej genomförd", "", "red", "",
     "EJ_GENOMFORD", ""),
    ("LSS",
     "Beslut verkställs inte i tid", "12",
     "Beslut enligt LSS verkställs inom tre månader", "Genomgång ej verkställda beslut",
     "Enhetschef LSS", "T1, delår, helår", "Genomförd", "Genomförd", "green",
     "Ett beslut om bostad med särskild service ej verkställt inom tre månader, rapporterat till IVO.",
     "GENOMFORD", "ja"),
    ("LSS",
     "Genomförandeplaner inaktuella", "6",
     "Genomförandeplaner i gruppbostäder följs upp halvårsvis", "Stickprov 12 planer",
     "Enhetschef LSS", "Delår, helår", "", "Se bilaga 2", None, "", "OKLAR", ""),
    ("Dokumentation och informationssäkerhet",
     "Obehörig åtkomst till personuppgifter", "12",
     "Loggkontroll i verksamhetssystemet genomförs månadsvis", "Slumpvis loggkontroll",
     "Systemförvaltare", "T1, delår, helår", "Genomförd", "Delvis", "yellow",
     "Loggkontroll utförd januari–juni. Juli–augusti ej utförd på grund av semester.",
     "DELVIS", "nej"),
    ("Dokumentation och informationssäkerhet",
     "Sekretess bryts av nyanställda", "4",
     "Sekretessförbindelse finns undertecknad för alla nyanställda", "Genomgång personalakter",
     "HR-konsult", "Delår", "Ej påbörjad", "Utgår", "grey",
     "Utgår – ingår i HR:s kommungemensamma kontroll från 2025 (KS 2025-03-05 § 41).",
     "UTGAR", ""),
    ("Dokumentation och informationssäkerhet",
     "Missförhållanden anmäls inte", "8",
     "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Genomgång av rapporter",
     "Kvalitetsstrateg", "T1, delår, helår", "Genomförd", "", None, "", "GENOMFORD", "nej"),
]


def build_f5():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")

    def style(fill=None, bold=False, wrap=True, size=None, color=None):
        parts = []
        fparts = []
        if bold:
            fparts.append("bold on")
        if size:
            fparts.append("height %d" % (size * 20))
        if color:
            fparts.append("colour %s" % color)
        if fparts:
            parts.append("font: " + ", ".join(fparts))
        parts.append("align: vert top" + (", wrap on" if wrap else ""))
        parts.append("borders: left thin, right thin, top thin, bottom thin")
        if fill:
            parts.append("pattern: pattern solid, fore_colour %s" % fill)
        return xlwt.easyxf("; ".join(parts))

    fills = {"green": "light_green", "yellow": "light_yellow", "red": "rose", "grey": "gray25"}
    title = xlwt.easyxf("font: bold on, height 280")
    ws.write(0, 0, "Socialnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", xlwt.easyxf("font: bold on, height 240"))
    ws.write(2, 0, "Antagen av socialnämnden 2024-11-20 § 145. Uppföljning delår avser perioden "
                   "2025-01-01 – 2025-08-31.")
    heads = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
             "Rapporteras", "Status T1", "Status delår", "Kommentar delår"]
    hs = style(fill="ice_blue", bold=True)
    for i, h in enumerate(heads):
        ws.write(4, i, h, hs)
    r0 = 5
    plain = style()
    # merged process cells
    i = 0
    while i < len(SN_ROWS):
        j = i
        while j + 1 < len(SN_ROWS) and SN_ROWS[j + 1][0] == SN_ROWS[i][0]:
            j += 1
        if j > i:
            ws.write_merge(r0 + i, r0 + j, 0, 0, SN_ROWS[i][0], style(bold=True))
        else:
            ws.write(r0 + i, 0, SN_ROWS[i][0], style(bold=True))
        i = j + 1
    for k, row in enumerate(SN_ROWS):
        r = r0 + k
        (proc, risk, rv, km, met, ans, rap, t1, de, dfill, kom, exp, avv) = row
        ws.write(r, 1, risk, plain)
        ws.write(r, 2, int(rv), plain)
        ws.write(r, 3, km, plain)
        ws.write(r, 4, met, plain)
        ws.write(r, 5, ans, plain)
        ws.write(r, 6, rap, plain)
        t1fill = {"Genomförd": "green", "Ej genomförd": "red", "Pågår": "yellow",
                  "Ej påbörjad": "red"}.get(t1)
        ws.write(r, 7, t1, style(fill=fills.get(t1fill)))
        ws.write(r, 8, de, style(fill=fills.get(dfill)))
        ws.write(r, 9, kom, plain)
        EXPECTED.append((F5, SN, km, exp, avv))
    r = r0 + len(SN_ROWS) + 1
    ws.write(r, 0, "Färgkoder: grön = genomförd, gul = pågår/delvis genomförd eller genomförd med "
                   "avvikelse, röd = ej genomförd, grå = utgår")
    ws.write(r + 1, 0, "Bilaga 2: Sammanställning genomförandeplaner LSS (lämnas separat)")
    ws.write(r + 3, 0, "Sammanställd av: Lena Ek, kvalitetsstrateg, 2025-09-03")
    for c, w in enumerate([22, 26, 9, 40, 22, 18, 14, 12, 14, 50]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(HERE, F5))
    FILES.append((F5, "INLAST", SN, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# File 6: Vård- och omsorgsnämnden .ods (built as xlsx, converted), tick columns
# --------------------------------------------------------------------------------------
# (nr, km, ansvarig, G, D, E, kommentar, exp, avv) ; group rows as ("#", name)
VON_ROWS = [
    ("#", "1. Hemtjänst"),
    ("1.1", "Utförd hemtjänsttid stäms av mot beviljad tid", "Enhetschef hemtjänst", "X", "", "",
     "Avstämt mars och juni. Avvikelse över 10 % i tre ärenden, utreds vidare.", "GENOMFORD", "ja"),
    ("1.2", "Fakturor från privata hemtjänstutförare kontrolleras mot registrerad tid",
     "Avgiftshandläggare", "", "X", "", "Januari–april kontrollerat.", "DELVIS", "nej"),
    ("1.3", "Behörigheter till digitala lås avslutas när anställning upphör",
     "Systemförvaltare", "X", "X", "", "", "OKLAR", ""),
    ("#", "2. Särskilt boende"),
    ("2.1", "Läkemedelsavvikelser sammanställs och följs upp månadsvis av MAS",
     "MAS", "X", "", "", "Uppföljning genomförd varje månad enligt rutin.", "GENOMFORD", "nej"),
    ("2.2", "Boendekostnader och omsorgsavgifter debiteras enligt avgiftsbeslut",
     "Avgiftshandläggare", "X", "", "", "Stickprov 20 debiteringar, samtliga korrekta.",
     "GENOMFORD", "nej"),
    ("2.3", "Riskbedömning avseende fall, trycksår och nutrition görs vid inflyttning",
     "Sjuksköterskor", "", "", "X", "Ej genomförd. Planeras till oktober.", "EJ_GENOMFORD", ""),
    ("#", "3. Personal och bemanning"),
    ("3.1", "Timanställda har registerkontroll och introduktion innan första arbetspass",
     "Bemanningsenheten", "", "X", "",
     "Påbörjad för sommarvikarier, 30 av 48 kontrollerade. Två saknade dokumenterad introduktion.",
     "DELVIS", "ja"),
    ("3.2", "Schemaläggning följer arbetstidslagen avseende dygnsvila", "Enhetschefer", "", "", "",
     "", "SAKNAS", ""),
    ("3.3", "Bisysslor anmäls och prövas", "Enhetschefer", "", "", "",
     "Utgår 2025 enligt nämndbeslut 2025-05-21 § 52.", "UTGAR", ""),
]


def build_f6(tmp):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontroll – delår 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Markera med X i den kolumn som gäller. Kommentera alltid delvis och ej genomförda kontroller."
    ws["A3"].font = Font(italic=True)
    # two header rows
    for col, v in ((1, "Nr"), (2, "Kontrollmoment"), (3, "Kontrollansvarig"), (7, "Iakttagelser/kommentar")):
        c = ws.cell(row=5, column=col, value=v)
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.cell(row=5, column=4, value="Status per 31 augusti")
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=6)
    for col, v in ((4, "Genomförd"), (5, "Delvis"), (6, "Ej genomförd")):
        ws.cell(row=6, column=col, value=v)
    for rr in (5, 6):
        for col in range(1, 8):
            c = ws.cell(row=rr, column=col)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 7
    for row in VON_ROWS:
        if row[0] == "#":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            body(ws, r, list(row[:7]), center_cols=(1, 4, 5, 6))
            EXPECTED.append((F6, VON, row[1], row[7], row[8]))
        r += 1
    ws.cell(row=r + 1, column=1, value="Beslutad av vård- och omsorgsnämnden 2025-09-24 § 88")
    ws.cell(row=r + 2, column=1, value="Ansvarig tjänsteperson: Per Lundgren, förvaltningschef vård och omsorg")
    for col, w in zip("ABCDEFG", [6, 48, 22, 11, 9, 12, 52]):
        ws.column_dimensions[col].width = w
    fix_wb(wb, "Per Lundgren")
    src = os.path.join(tmp, "von.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "von.ods"), os.path.join(HERE, F6))
    FILES.append((F6, "INLAST", VON, "2025", "DELAR"))


# --------------------------------------------------------------------------------------
# File 7: protocol extract (reject)
# --------------------------------------------------------------------------------------
def build_f7():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "SÄVEDALS KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1(1)"
    doc.add_paragraph("Socialnämnden\nSammanträdesdatum 2025-09-17")
    p = doc.add_paragraph()
    r = p.add_run("§ 87    Dnr SN 2025/112")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025, delår")
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    p.add_run("Beslut").bold = True
    doc.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025 per delår och "
                      "överlämnar den till kommunstyrelsen.")
    p = doc.add_paragraph()
    p.add_run("Sammanfattning av ärendet").bold = True
    doc.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnden följa upp sin internkontrollplan "
        "i samband med delårsrapporten. Förvaltningen har sammanställt uppföljningen. Merparten av "
        "kontrollmomenten är genomförda. Avvikelser har noterats inom handläggningen av "
        "barnavårdsutredningar och verkställighet av LSS-beslut; åtgärder pågår. Ett kontrollmoment "
        "har utgått då det ingår i en kommungemensam kontroll.")
    p = doc.add_paragraph()
    p.add_run("Beslutsunderlag").bold = True
    doc.add_paragraph("Tjänsteskrivelse 2025-09-03\nBilaga: Internkontrollplan 2025 med uppföljning delår")
    p = doc.add_paragraph()
    p.add_run("Beslutet skickas till").bold = True
    doc.add_paragraph("Kommunstyrelsen\nSocialchef\nKvalitetsstrateg")
    doc.add_paragraph()
    doc.add_paragraph("Justerandes signatur ____________          Utdragsbestyrkande ____________")
    fix_doc(doc, "Nämndsekreterare SN")
    doc.save(os.path.join(HERE, F7))
    FILES.append((F7, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    tmp = tempfile.mkdtemp(prefix="r169_")
    try:
        build_f1()
        build_f2()
        build_f3()
        build_f4(tmp)
        build_f5()
        build_f6(tmp)
        build_f7()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(set(r[0] for r in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
