#!/usr/bin/env python3
"""Round 295 – Hässlebro kommun. Theme: status told by when and who, not by a word.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv
in the folder this script lives in. Run: /usr/bin/python3 make_round.py
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
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = tempfile.mkdtemp(prefix="r295build-")
LO_PROFILE = "file:///tmp/lo-round295"
FIXED = dt.datetime(2025, 1, 1, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

D = dt.date
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, final_name):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ext = fmt.split(":")[0]
    produced = os.path.splitext(src)[0] + "." + ext
    shutil.copyfile(produced, os.path.join(OUT, final_name))


def fix_wb_props(wb):
    wb.properties.creator = "Hässlebro kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
HEAB = "Hässlebro Energi AB"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|SocN|Socialförvaltningen|IFO"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    (HEAB, "HEAB|Hässlebro Energi|Hässlebro Energi Aktiebolag"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN|Valnämnd"),
]


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, delår, Genomförd datum + Kontrollerad av
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_IK-uppfoljning_delar_2025.xlsx"
    FILES.append((fil, "INLAST", KS, "2025", "DELAR"))
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Uppföljningsperiod: Delår 1 januari – 31 augusti 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Rapportdatum: 2025-09-15     Sammanställd av: Kommunledningsförvaltningen, ekonomienheten"
    ws.merge_cells("A3:I3")
    ws["A4"] = ("Instruktion: Ange datum då kontrollen genomfördes och signatur (initialer) för den som "
                "utförde kontrollen. Beskriv iakttagelser och om avvikelse konstaterats.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:I4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Genomförd datum",
           "Kontrollerad av", "Iakttagelser / kommentar", "Avvikelse"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    # (nr, process, km, frekvens, ansvarig, datum, sign, kommentar, avvikelse, status, avv)
    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 2 ggr/år", "Redovisningschef", D(2025, 4, 22), "EK",
             "Stickprov 40 fakturor. En faktura saknade andra attest, har åtgärdats och attestanten har informerats.",
             "Ja", "GENOMFORD", "ja"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "1 gång/år", "Controller", None, None,
             "Ej påbörjad – genomförs i samband med bokslutet.", None, "EJ_GENOMFORD", ""),
            ("1.3", "Bokslut", "Avstämning av balanskonton (kundfordringar, leverantörsskulder) varje månad",
             "Månadsvis", "Redovisningsekonom", D(2025, 8, 29), "MS",
             "Avstämt januari–juli löpande, augusti avstämd i samband med delårsbokslutet. Inga differenser.",
             "Nej", "GENOMFORD", "nej"),
        ]),
        ("HR och lön", [
            ("2.1", "Lön", "Kontroll av att löneutbetalningar endast sker till anställda med giltigt anställningsavtal",
             "2 ggr/år", "HR-chef", D(2025, 5, 14), "AL",
             "Matchning av lönefil mot HR-systemet. Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
            ("2.2", "Rehabilitering", "Uppföljning av att rehabiliteringsärenden dokumenteras enligt rutin",
             "1 gång/år", "HR-specialist", None, None, "Pågår", None, "DELVIS", ""),
            ("2.3", "Bisysslor", "Kontroll av bisysslor – att anmälda bisysslor har prövats",
             "1 gång/år", "HR-chef", D(2025, 9, 4), "AL",
             "Enkät till samtliga chefer, sammanställning klar 4 september. Inga ej prövade bisysslor.",
             "Nej", "GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter",
             "Behörighetskontroll i ekonomisystemet – att avslutade medarbetare saknar behörighet",
             "2 ggr/år", "Systemförvaltare", D(2025, 3, 11), "JB",
             "Tre konton för avslutade medarbetare var fortfarande aktiva. Kontona har stängts 2025-03-12.",
             "Ja", "GENOMFORD", "ja"),
            ("3.2", "Säkerhetskopiering",
             "Kontroll av att säkerhetskopiering kan återläsas (återläsningstest)",
             "1 gång/år", "IT-chef", None, None, None, None, "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "1 gång/år", "Upphandlingschef", "Utgår", None,
             "Kontrollen ersätts av kommungemensam granskning, beslut KS 2025-03-18 § 45.", None, "UTGAR", ""),
            ("4.2", "Avtalstrohet", "Avtalstrohet – stickprov på inköp utanför avtal",
             "2 ggr/år", "Upphandlare", D(2025, 6, 10), "RN",
             "Endast första stickprovet gjort (30 av planerade 60 inköp). Inga inköp utanför avtal i urvalet. "
             "Andra stickprovet görs i november.", "Nej", "DELVIS", "nej"),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            nr, proc, km, frek, ansv, datum, sign, komm, avv, status, eavv = row
            vals = [nr, proc, km, frek, ansv, datum, sign, komm, avv]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy-mm-dd"
            exp(fil, KS, km, status, eavv)
            r += 1
    r += 1
    ws.cell(r, 1, "Summering: 5 av 10 kontroller genomförda per 31 augusti.").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(r, 1, "Godkänd av kommundirektör: Helena Strand, 2025-09-16")
    widths = [6, 18, 48, 14, 18, 14, 12, 55, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 2. BUN – docx, delår, "Planerad: mars / Utförd: –" cells
# ---------------------------------------------------------------------------
def make_bun():
    fil = "BUN delårsuppföljning IKP 2025.docx"
    FILES.append((fil, "INLAST", BUN, "2025", "DELAR"))
    doc = docx.Document()
    fix_doc_props(doc, "Barn- och utbildningsförvaltningen")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Hässlebro kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/112"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per 31 augusti", level=1)
    p = doc.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    p.add_run("\nTjänsteskrivelse 2025-09-22")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). "
        "Planen omfattar åtta kontrollmoment. I tabellen nedan redovisas när varje kontroll var planerad, "
        "när den faktiskt utfördes och av vem (initialer inom parentes), samt resultat och åtgärder. "
        "Kontroller som är planerade till hösten redovisas fullständigt i årsbokslutet.")
    doc.add_heading("Redovisning per kontrollmoment", level=2)
    rows = [
        ("1", "Kontroll av att registerutdrag ur belastningsregistret har uppvisats vid nyanställning",
         "Stickprov 20 nyanställningar", "Planerad: mars\nUtförd: 2025-03-20 (KL)",
         "Samtliga 20 hade uppvisat utdrag. Ingen avvikelse.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att anmälan om kränkande behandling hanteras inom fastställd tid",
         "Genomgång av ärenden i ärendesystemet", "Planerad: april\nUtförd: 2025-05-07 (SB)",
         "4 av 31 anmälningar hade inte anmälts till huvudmannen inom en vecka. Rektorerna har påmints om rutinen.",
         "GENOMFORD", "ja"),
        ("3", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Planerad: maj\nUtförd: –",
         "Skjuts till hösten på grund av vakans på controllertjänsten.", "EJ_GENOMFORD", ""),
        ("4", "Kontroll av att elevfrånvaro över 10 % följs upp enligt rutin",
         "Stickprov elever per skolenhet", "Planerad: juni\nUtförd: 2025-06-12 (MH), endast grundskola F–6",
         "Högstadiet kontrolleras i september.", "DELVIS", ""),
        ("5", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen",
         "Genomgång av beslut vt 2025", "Planerad: mars\nUtförd: –", "", "EJ_GENOMFORD", ""),
        ("6", "Uppföljning av att barnomsorgsavgifter debiteras enligt gällande taxa",
         "Stickprov 30 hushåll", "Planerad: november\nUtförd: –",
         "Genomförs under hösten enligt plan.", "EJ_GENOMFORD", ""),
        ("7", "Kontroll av att inköp av läromedel sker från avtalade leverantörer",
         "Utdrag ur e-handelssystemet", "Planerad: maj\nUtförd: 2025-05-28 av EK",
         "Två skolor hade köpt läromedel utanför avtal till ett värde av 48 tkr. "
         "Information till rektorer om avtalstrohet.", "GENOMFORD", "ja"),
        ("8", "Kontroll av att lärares behörighet och legitimation är registrerad i personalsystemet",
         "Matchning mot Skolverkets lärarregister", "Planerad: augusti\nUtförd: 2025-09-08 (KL)",
         "Samtliga legitimationer registrerade.", "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Tidplan och utförande", "Resultat och åtgärder"]):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for nr, km, metod, tid, res, status, avv in rows:
        cells = t.add_row().cells
        cells[0].text = nr
        cells[1].text = km
        cells[2].text = metod
        lines = tid.split("\n")
        cells[3].text = lines[0]
        for ln in lines[1:]:
            cells[3].add_paragraph(ln)
        cells[4].text = res
        exp(fil, BUN, km, status, avv)
    widths = [Cm(1), Cm(5.5), Cm(3.5), Cm(3.5), Cm(5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Av åtta kontrollmoment är fyra genomförda, ett delvis genomfört och tre återstår.")
    doc.add_paragraph("Eva Lindqvist\nFörvaltningschef\n2025-09-22")
    doc.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – ods, T2, planerat datum beside faktiskt datum
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Internkontroll_uppfoljning_T2_2025.ods"
    FILES.append((fil, "INLAST", SN, "2025", "T2"))
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av intern kontroll, tertial 2 2025 (perioden januari–augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Redovisas för nämnden 2025-09-24. Kontrollen räknas som utförd först när faktiskt datum är ifyllt."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Planerat datum", "Faktiskt datum", "Kontrollant",
           "Resultat", "Avvikelse (J/N)"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    blocks = [
        ("Myndighetsutövning barn och unga", [
            ("Kontroll av att utredningar inom barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
             D(2025, 4, 30), D(2025, 5, 6), "AJ",
             "Stickprov 25 utredningar, 3 överskred fyra månader utan beslut om förlängning.", "J",
             "GENOMFORD", "ja"),
            ("Kontroll av att beslut om bistånd innehåller motivering och besvärshänvisning",
             D(2025, 3, 31), None, None, None, None, "EJ_GENOMFORD", ""),
            ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
             D(2025, 6, 30), D(2025, 6, 19), "AJ",
             "Stickprov 10 av planerade 25 anmälningar granskade; resterande granskas i september. "
             "Inga överskridanden hittills.", "N", "DELVIS", "nej"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut i verksamhetssystemet",
             D(2025, 5, 31), D(2025, 5, 27), "TN", "Inga avvikelser.", "N", "GENOMFORD", "nej"),
            ("Kontroll av att återkrav av felaktigt utbetalt bistånd registreras och följs upp",
             D(2025, 8, 31), D(2025, 8, 15), "TN, LB", "Utan anmärkning.", "N", "GENOMFORD", "nej"),
            ("Kontroll av att hembesök vid ekonomiskt bistånd dokumenteras",
             D(2025, 11, 15), None, None, "Ej påbörjad, planerad till november.", None, "EJ_GENOMFORD", ""),
        ]),
        ("Placeringar", [
            ("Avtalskontroll vid placering på HVB – att placering sker hos avtalad leverantör",
             D(2025, 2, 28), D(2025, 2, 26), "MS",
             "2 av 14 placeringar hos icke avtalad leverantör utan dokumenterad direktupphandling.", "J",
             "GENOMFORD", "ja"),
            ("Kontroll av att kostnader för externa placeringar stäms av mot beslut",
             D(2025, 6, 30), None, None,
             "Utgår enligt nämndbeslut 2025-04-23 § 41 – ersätts av länsgemensam granskning.", None,
             "UTGAR", ""),
        ]),
    ]
    r = 6
    for omr, rows in blocks:
        start = r
        for km, plan, fakt, kontr, res, avv, status, eavv in rows:
            vals = [omr if r == start else None, km, plan, fakt, kontr, res, avv]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.date):
                    cell.number_format = "yyyy-mm-dd"
            exp(fil, SN, km, status, eavv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Kontrollanter: AJ = Anna Jönsson, TN = Tomas Nyberg, LB = Lina Berg, MS = Maria Sund")
    ws.cell(r, 1).font = Font(size=9, italic=True)
    for i, w in enumerate([22, 55, 14, 14, 12, 55, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(BUILD, "Internkontroll_uppfoljning_T2_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export – SBN + MBN, helår, Senast kontrollerad / Nästa kontroll
# ---------------------------------------------------------------------------
def make_csv():
    fil = "stratsys_export_internkontroll_20260114.csv"
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    hdr = ["Enhet", "Plan", "Uppföljningsperiod", "Kontrollmoment", "Kontrollfrekvens",
           "Senast kontrollerad", "Kontrollerad av", "Nästa kontroll", "Kommentar"]
    rows = [
        (SBN, "Kontroll av att investeringsprojekt följer beslutad budget och tidplan", "Tertialvis",
         "2025-12-12", "KÅ", "2026-04-30",
         "Tre projekt med prognosavvikelse över 10 %, rapporterade till nämnden i december.", "GENOMFORD", "ja"),
        (SBN, "Attest av leverantörsfakturor enligt attestordningen", "2 ggr/år",
         "2025-10-21", "ML", "2026-04-15", "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (SBN, "Kontroll av att arrendeavtal är uppdaterade och indexuppräknade", "1 gång/år",
         "2024-11-03", "ML", "2025-11-30", "", "EJ_GENOMFORD", ""),
        (SBN, "Kontroll av att tillstånd för schakt i allmän mark följs upp med slutbesiktning", "1 gång/år",
         "", "", "", "", "SAKNAS", ""),
        (SBN, "Kontroll av att VA-anslutningsavgifter debiteras enligt gällande taxa", "1 gång/år",
         "2025-06-17", "PW", "2026-06-15",
         "Två fastigheter hade debiterats enligt 2024 års taxa, rättat och mellanskillnaden fakturerad.",
         "GENOMFORD", "ja"),
        (SBN, "Kontroll av att felanmälningar om gatubelysning åtgärdas inom avtalad tid", "Halvårsvis",
         "2025-05-20", "KÅ", "2025-11-20",
         "Första halvåret utan anmärkning. Andra halvårets kontroll ej utförd p.g.a. byte av entreprenör.",
         "DELVIS", ""),
        (MBN, "Kontroll av att bygglov handläggs inom lagstadgad tid", "Kvartalsvis",
         "2025-12-08", "SH", "2026-03-31",
         "Samtliga kvartal kontrollerade. 6 av 212 ärenden överskred tidsfristen, avgiften reducerad "
         "enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        (MBN, "Kontroll av att miljötillsyn sker enligt fastställd tillsynsplan", "1 gång/år",
         "2025-12-15", "IE", "2026-12-15",
         "78 % av planerade tillsynsbesök genomförda. Orsak: vakanser under våren. Åtgärdsplan tas fram.",
         "GENOMFORD", "ja"),
        (MBN, "Kontroll av att tillsynsavgifter debiteras", "1 gång/år",
         "2024-11-03", "IE", "2025-11-03", "Ny kontroll flyttad till 2026.", "EJ_GENOMFORD", ""),
        (MBN, "Kontroll av att delegationsbeslut anmäls till nämnden", "Månadsvis",
         "2025-12-19", "SH", "2026-01-31", "Kontroll sker löpande inför varje nämndsammanträde.",
         "GENOMFORD", ""),
        (MBN, "Kontroll av att beslut om strandskyddsdispens har skickats till länsstyrelsen", "1 gång/år",
         "", "", "", "Utgår – ingår i länsstyrelsens egen överprövning från 2025.", "UTGAR", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for enh, km, frek, senast, av, nasta, komm, status, avv in rows:
            w.writerow([enh, "Internkontrollplan 2025", "Helår 2025", km, frek, senast, av, nasta, komm])
            exp(fil, enh, km, status, avv)


# ---------------------------------------------------------------------------
# 5. VON – xls, T2, T1/T2 columns with "Klar v.34"
# ---------------------------------------------------------------------------
def make_von():
    fil = "VON_IK_T2_2025.xls"
    FILES.append((fil, "INLAST", VON, "2025", "T2"))
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsförvaltningen – intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning tertial 2 (t.o.m. 31 augusti)          Uppdaterad 2025-09-19 / BÅ"
    ws["A3"] = ("Så fyller du i: skriv 'Klar v.XX' (veckonummer) när kontrollen är utförd, "
                "'Påbörjad v.XX' om den pågår. Lämna kommentar vid avvikelse.")
    ws["A3"].font = Font(italic=True, size=9, color="C00000")
    hdr = ["Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BOX
    rows = [
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
         "Enhetschefer", "2 ggr/år", "Klar v.15 (BÅ)", "Klar v.34 (BÅ)",
         "3 av 40 planer upprättade efter mer än 14 dagar. Påminnelse till enheterna.", "GENOMFORD", "ja"),
        ("Kontroll av att läkemedelshantering följer lokala rutiner (avvikelserapportering)",
         "MAS", "Tertialvis", "Klar v.17", "Påbörjad v.33", None, "DELVIS", ""),
        ("Kontroll av att hyresavtal för särskilt boende är undertecknade",
         "Administratör", "1 gång/år", "–", "Klar v.22", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Kontroll av att brukares privata medel hanteras enligt rutin (kassaboken)",
         "Enhetschefer", "Tertialvis", "Klar v.16", None, None, "GENOMFORD", ""),
        ("Kontroll av att timanställda inte överskrider LAS-dagar",
         "HR-konsult", "2 ggr/år", "Ej klar", "Klar v.35", None, "GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "1 gång/år", "–", "Planeras v.40", "Stickprovet görs i oktober.", "EJ_GENOMFORD", ""),
        ("Kontroll av att nyckelkvittenser finns för samtliga utlämnade nycklar i hemtjänsten",
         "Enhetschef hemtjänst", "1 gång/år", None, "Utgår",
         "Ersatt av digitala lås, kontrollen utgår enligt beslut VON 2025-05-20 § 52.", "UTGAR", ""),
        ("Kontroll av att avgiftsbeslut inom äldreomsorgen baseras på aktuell inkomstuppgift",
         "Avgiftshandläggare", "1 gång/år", None, "Klar v.37",
         "Stickprov 30 beslut, 2 byggde på inkomstuppgift äldre än ett år. Omprövning gjord.", "GENOMFORD", "ja"),
        ("Kontroll av att social dokumentation förs löpande (journalgranskning)",
         "Enhetschefer", "Tertialvis", "Klar v.14", "Klar v.33 – ej enhet Björkgården",
         "Björkgården granskas när ny enhetschef är på plats.", "DELVIS", ""),
    ]
    r = 6
    for km, ansv, frek, t1, t2, komm, status, avv in rows:
        for c, v in enumerate([km, ansv, frek, t1, t2, komm], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, VON, km, status, avv)
        r += 1
    for i, w in enumerate([58, 20, 12, 16, 28, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(BUILD, "VON_IK_T2_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)


# ---------------------------------------------------------------------------
# 6. KFN – docx text only, helår, "Utförd 2025-05-12 av AL"
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "Kultur och fritid - uppföljning intern kontroll helår 2025.docx"
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    doc = docx.Document()
    fix_doc_props(doc, "Kultur- och fritidsförvaltningen")
    doc.sections[0].header.paragraphs[0].text = "Hässlebro kommun – Kultur- och fritidsförvaltningen"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Kultur- och fritidsnämnden\nDnr KFN 2025/034\nDatum: 2026-01-28")
    doc.add_heading("Inledning", level=2)
    doc.add_paragraph(
        "Nämnden antog internkontrollplan 2025 den 20 februari 2025. Nedan redovisas för varje "
        "kontrollmoment när kontrollen utfördes och av vem. Initialer: AL = Anna Lindgren, JN = Johan Nord, MB = Mona Berglund, SL = Sara Lund.")
    procs = [
        ("Process: Bidragshantering", [
            ("Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
             "Bidragshandläggare", "1 gång/år",
             "Utförd 2025-05-12 av AL. Stickprov på 15 föreningar. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att föreningar som fått aktivitetsstöd har redovisat deltagarlistor",
             "Bidragshandläggare", "1 gång/år",
             "Utförd 2025-10-06 av AL. 4 av 22 föreningar saknade fullständiga deltagarlistor; återkrav har skickats.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Kassa och taxor", [
            ("Kontroll av att kontanthantering i badhusets kassa stäms av dagligen",
             "Badhuschef", "2 ggr/år",
             "Utförd 2025-03-18 av JN (vårterminen). Höstterminens kontroll: –", "DELVIS", ""),
            ("Kontroll av att uthyrning av lokaler faktureras enligt taxa",
             "Bokningsansvarig", "1 gång/år",
             "Utförd: –. Kontrollen hann inte genomföras under året på grund av personalomsättning och flyttas till 2026.",
             "EJ_GENOMFORD", ""),
            ("Kontroll av att avgifter för kulturskolan debiteras enligt beslutad taxa",
             "Kulturskolechef", "1 gång/år",
             "Utförd 2026-01-14 av AL. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Process: Bibliotek och konst", [
            ("Kontroll av att biblioteksmedier som gallras avförs i inventarieförteckningen",
             "Bibliotekschef", "1 gång/år",
             "Senast kontrollerad 2024-11-03 av MB.", "EJ_GENOMFORD", ""),
            ("Kontroll av att inköp av konst följer riktlinjerna för den offentliga konsten",
             "Konstkonsulent", "1 gång/år",
             "Utförd 2025-11-27 av SL. Inköpen följer riktlinjerna, men beslutsprotokoll saknades för ett inköp.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Evenemang", [
            ("Kontroll av att arrangemang med extern arrangör har giltigt avtal och försäkring",
             "Evenemangssamordnare", "1 gång/år", None, "SAKNAS", ""),
        ]),
    ]
    for pname, ctrls in procs:
        doc.add_heading(pname, level=2)
        for km, ansv, frek, upp, status, avv in ctrls:
            p = doc.add_paragraph()
            p.add_run(km).bold = True
            doc.add_paragraph(f"Ansvarig: {ansv}. Frekvens: {frek}.")
            if upp is not None:
                doc.add_paragraph(upp)
            exp(fil, KFN, km, status, avv)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De kontroller som inte "
        "hunnits med under 2025 förs över till internkontrollplan 2026.")
    doc.add_paragraph("Anna Lindgren\nKultur- och fritidschef")
    doc.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 7. Hässlebro Energi AB – xlsx, helår, "Datum för kontroll" Q1–Q4, company only in print header
# ---------------------------------------------------------------------------
def make_heab():
    fil = "HEAB_IK_2025_helar.xlsx"
    FILES.append((fil, "INLAST", HEAB, "2025", "HELAR"))
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws.oddHeader.center.text = "Hässlebro Energi AB"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.left.text = "Fastställd av styrelsen 2025-02-11"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fyll i datum när kontrollen är utförd i kolumnen för det kvartal då den utfördes. Sign. = den som utfört kontrollen."
    ws["A2"].font = Font(italic=True, size=9)
    # two-row header
    top = ["Nr", "Risk/område", "Kontrollmoment", "Frekvens", "Datum för kontroll", None, None, None,
           "Sign.", "Kommentar/åtgärd"]
    sub = [None, None, None, None, "Q1", "Q2", "Q3", "Q4", None, None]
    for c, h in enumerate(top, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    for c, h in enumerate(sub, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.alignment = Alignment(horizontal="center")
        cell.border = BOX
    ws.merge_cells("E4:H4")
    for c in (1, 2, 3, 4, 9, 10):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    rows = [
        ("Fakturering",
         "Kontroll av att mätarställningar som avviker mer än 30 % mot föregående period utreds före fakturering",
         "Kvartalsvis", [D(2025, 4, 8), D(2025, 7, 9), D(2025, 10, 7), D(2026, 1, 12)], "PL",
         "Samtliga avvikande mätarställningar utredda före fakturering.", "GENOMFORD", "nej"),
        ("Fakturering", "Kontroll av att kreditfakturor över 10 tkr är attesterade av behörig person",
         "Kvartalsvis", [D(2025, 4, 10), D(2025, 7, 11), D(2025, 10, 9), None], "PL",
         "Q4 ej utförd – systembyte i december.", "DELVIS", ""),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen",
         "Halvårsvis", [None, D(2025, 6, 25), None, D(2025, 12, 18)], "KG",
         "Två fakturor attesterade av person utan attesträtt (Q4). Attestförteckningen uppdaterad.",
         "GENOMFORD", "ja"),
        ("IT/OT-säkerhet", "Kontroll av behörigheter i driftövervakningssystemet (SCADA)",
         "1 gång/år", [None, None, None, None], None, None, "SAKNAS", ""),
        ("Personal", "Kontroll av att jourersättning betalas ut enligt avtal",
         "1 gång/år", [None, None, D(2025, 9, 17), None], "MN", None, "GENOMFORD", ""),
        ("Miljö", "Kontroll av att miljörapport lämnas till tillsynsmyndigheten i tid",
         "1 gång/år", [D(2025, 3, 27), None, None, None], "JE",
         "Miljörapporten inlämnad 2025-03-27, före sista dag 31 mars. Ingen avvikelse.", "GENOMFORD", "nej"),
        ("Entreprenad", "Kontroll av att avtal med entreprenörer har giltig ansvarsförsäkring",
         "1 gång/år", ["Ej aktuell", None, None, None], None,
         "Inga nya entreprenadavtal tecknade 2025.", "UTGAR", ""),
        ("Ekonomi", "Kontroll av att representation och gåvor redovisas enligt skatteregler",
         "2 ggr/år", [None, "Pågår", None, None], "KG", None, "DELVIS", ""),
    ]
    r = 6
    for i, (omr, km, frek, dates, sign, komm, status, avv) in enumerate(rows, 1):
        vals = [i, omr, km, frek] + dates + [sign, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
        exp(fil, HEAB, km, status, avv)
        r += 1
    r += 1
    ws.cell(r, 3, "Godkänt av VD: Per Lindahl, 2026-01-20")
    for i, w in enumerate([5, 16, 55, 12, 12, 12, 12, 12, 8, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 8. Rejected: meeting invitation (Kallelse) – no follow-up
# ---------------------------------------------------------------------------
def make_kallelse():
    fil = "Kallelse genomgång internkontroll 2025-09-03.docx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    doc = docx.Document()
    fix_doc_props(doc, "Kommunledningsförvaltningen")
    doc.add_heading("Kallelse", level=1)
    doc.add_paragraph("Genomgång av intern kontroll inför delårsrapport 2025")
    doc.add_paragraph("Tid: onsdag 2025-09-03 kl. 13.00–15.00\nPlats: Kommunhuset, sammanträdesrum Ljungen\n"
                      "Teams-länk skickas separat.")
    doc.add_paragraph("Kallade: ekonomer och internkontrollsamordnare för samtliga förvaltningar (AL, EK, KL, "
                      "MH, SB, TN, BÅ, KÅ, SH).")
    doc.add_paragraph("Ta med: nämndens uppföljning av internkontrollplan 2025 med datum för genomförda "
                      "kontroller och vem som utfört dem. Sista dag att lämna in uppföljningen till "
                      "ekonomienheten är 2025-09-19.")
    doc.add_heading("Dagordning", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Tid", "Punkt", "Ansvarig"]):
        t.rows[0].cells[i].text = h
    for tid, punkt, ansv in [
        ("13.00", "Inledning och syfte", "EK"),
        ("13.10", "Ny mall för uppföljning: Genomförd datum och Kontrollerad av", "EK"),
        ("13.40", "Genomgång av kontrollmoment per förvaltning", "Samtliga"),
        ("14.30", "Tidplan för delårsrapport och helårsuppföljning", "AL"),
        ("14.50", "Övriga frågor", ""),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = tid, punkt, ansv
    doc.add_paragraph()
    doc.add_paragraph("Välkomna!\nElin Karlsson, ekonomienheten")
    doc.save(os.path.join(OUT, fil))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(REGISTER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    make_ks()
    make_bun()
    make_sn()
    make_csv()
    make_von()
    make_kfn()
    make_heab()
    make_kallelse()
    write_csvs()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
