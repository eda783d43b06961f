#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r250 – Vassunda kommun 2025.
Theme: where nämnd, year and period are hard to find.
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round250"
FIXED = dt.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def docx_props(doc, title="", author="", subject=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = subject
    cp.comments = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def docx_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  IK_BUN_T2_25.xlsx – nämnd, period and year ONLY in the file name
# ---------------------------------------------------------------------------
def f1():
    fil = "IK_BUN_T2_25.xlsx"
    N = "Barn- och utbildningsnämnden"
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av att inköp sker från upphandlade leverantörer", "Controller",
         "Genomförd med avvikelse",
         "6 av 30 granskade inköp gjordes utanför avtal (läromedel). Information till rektorerna på ledningsgrupp 2025-08-26.",
         "GENOMFORD", "ja"),
        ("3", "Personal", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning", "HR-specialist",
         "Genomförd", "Samtliga 25 nyanställda under perioden kontrollerade.", "GENOMFORD", "nej"),
        ("4", "Elevhälsa", "Rutin för anmälan av kränkande behandling till huvudman följs",
         "Verksamhetschef grundskola", "Pågår",
         "Granskning av vårterminens anmälningar pågår, beräknas klar i oktober.", "DELVIS", ""),
        ("5", "Förskola", "Erbjudande om plats i förskola lämnas inom fyra månader från ansökan",
         "Placeringsenheten", "Ej påbörjad", "Flyttas till T3 p.g.a. vakans på placeringsenheten.",
         "EJ_GENOMFORD", ""),
        ("6", "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutssamordnare",
         "Utgår", "Kontrollen ersätts av motsvarande kontroll i kommunstyrelsens plan.", "UTGAR", ""),
        ("7", "IT", "Behörigheter i elevregistret tas bort vid avslutad anställning", "Systemförvaltare",
         "", "", "SAKNAS", ""),
        ("8", "Ekonomi", "Avstämning av interkommunala ersättningar (IKE) mot debiterade belopp", "Ekonom",
         "Genomförd", "Två felaktiga debiteringar från annan kommun upptäcktes och har korrigerats.",
         "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Internkontroll – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fyll i status och kommentar för varje kontrollmoment. Status: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BOX
    r = 5
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(row=r, column=i, value=(int(v) if i == 1 else (v or None)))
            c.alignment = WRAP
            c.border = BOX
        exp(fil, N, row[2], row[6], row[7])
        r += 1
    ws.cell(row=r + 1, column=1, value="Sammanställt av förvaltningens controller 2025-09-05")
    for col, w in zip("ABCDEF", (5, 12, 48, 22, 22, 55)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Jonas Berg"
    wb.properties.title = None
    wb.properties.created = FIXED
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2  Word, nämnd only in the page header; period "per 31 augusti"
# ---------------------------------------------------------------------------
def f2():
    fil = "Internkontroll uppföljning aug.docx"
    N = "Socialnämnden"
    doc = Document()
    docx_props(doc, title="", author="Anna Lindqvist")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vassunda kommun\t\tSocialnämnden"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr SN 2025/0187"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Uppföljning per 31 augusti")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024. Nedan redovisas förvaltningens "
        "uppföljning av planens kontrollmoment. Kontrollen av klientmedel har efter beslut flyttats till "
        "Vård- och omsorgsnämndens plan. Avvikelser redovisas med förslag på åtgärder.")
    rows = [
        ("Myndighetsutövning IFO", "Utredningar inom barn och unga avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", "82 % av utredningarna avslutade inom lagstadgad tid. Orsaken är hög "
         "personalomsättning; avvikelsen rapporteras till nämnden.", "Genomförd", "GENOMFORD", "ja"),
        ("Myndighetsutövning IFO", "Skyddsbedömning görs samma dag som orosanmälan inkommer",
         "Stickprov 20 anmälningar", "Samtliga anmälningar i stickprovet hade skyddsbedömning samma dag.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas av rätt delegat",
         "Stickprov 30 beslut", "Stickprovet är draget, granskningen pågår.", "Delvis", "DELVIS", ""),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan och CSN görs innan utbetalning",
         "Stickprov 30 ärenden",
         "Kontrollen har inte genomförts under perioden p.g.a. personalbrist. Genomförs under hösten.",
         "", "EJ_GENOMFORD", ""),
        ("Placeringar", "Avtal finns för samtliga externa placeringar (HVB och familjehem)",
         "Genomgång av placeringslista", "Se bilaga 2.", "", "OKLAR", ""),
        ("Ekonomi", "Hantering av klientmedel och privata medel",
         "Inventering av kassor", "Utgår enligt beslut SN 2025-04-23 § 45.", "Utgår", "UTGAR", ""),
        ("Personal", "Förbindelse om tystnadsplikt undertecknas vid nyanställning",
         "Stickprov 10 anställningar", "Två av tio saknade undertecknad förbindelse. Har åtgärdats.",
         "Genomförd", "GENOMFORD", "ja"),
    ]
    docx_table(doc, ["Process", "Kontrollmoment", "Metod", "Resultat", "Status"], [r[:5] for r in rows])
    for r in rows:
        exp(fil, N, r[1], r[5], r[6])
    doc.add_paragraph("")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  xlsx, nämnd only in the sheet name; "andra tertialen"; code legend
# ---------------------------------------------------------------------------
def f3():
    fil = "uppfoljning_ikp.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True, size=12)
    ins["A3"] = "Fyll i kolumnerna Resultat och Bedömning på nästa flik. Använd koderna i teckenförklaringen."
    ins["A4"] = "Skicka filen till ekonomienheten senast den 15 september."
    ws = wb.create_sheet("Tekniska nämnden")
    ws["A1"] = "Internkontrollplan 2025 – uppföljning andra tertialen"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Resultat andra tertialen", "Bedömning"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
    rows = [
        ("Felaktig fakturering av VA-avgifter", "Avstämning av debiterade VA-avgifter mot mätarställning",
         "Stickprov 50 abonnenter", "Tertial", "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("Otillåten användning av drivmedelskort", "Uppföljning av drivmedelskort mot fordonens körjournaler",
         "Stickprov 15 kort", "Tertial", "Två kort saknade körjournal, påtalat för enhetschef.", "GA",
         "GENOMFORD", "ja"),
        ("Bristande avtalstrohet", "Köp av entreprenadtjänster görs enligt ramavtal",
         "Genomgång av 20 fakturor", "Halvår", "Genomgången påbörjad.", "P", "DELVIS", ""),
        ("Arbetsskador", "Skyddsronder genomförs på samtliga arbetsplatser", "Protokoll", "Årlig",
         "Skjuts till hösten.", "EG", "EJ_GENOMFORD", ""),
        ("Olycksrisk på lekplatser", "Besiktning av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll",
         "Årlig", "Huvudbesiktning utförd i maj utan anmärkningar.", "G", "GENOMFORD", "nej"),
        ("Bristande vinterväghållning", "Kontroll av entreprenörens utryckningstider vid snöröjning",
         "Loggar från entreprenör", "Säsong", "Ej aktuell under perioden.", "–", "UTGAR", ""),
        ("Okända avtalsåtaganden", "Hyresavtal för lokaler är registrerade i avtalsdatabasen",
         "Avstämning mot avtalsdatabas", "Årlig", "", "", "SAKNAS", ""),
    ]
    r = 4
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring bedömning:").font = Font(bold=True)
    for code, txt in [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med anmärkning"),
                      ("P", "Pågår"), ("EG", "Ej genomförd"), ("–", "Ej aktuell")]:
        r += 1
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEF", (30, 48, 26, 10, 45, 12)):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.properties.creator = "Teknik ekonomi"
    wb.properties.created = FIXED
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F4  xlsx, nämnd only in print footer; period as a date range
# ---------------------------------------------------------------------------
def f4():
    fil = "Uppföljning IK.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Vassunda kommun"
    ws.oddFooter.left.text = "Samhällsbyggnadsnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: 2025-01-01 – 2025-08-31"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Omfattning", "Utfall", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL", "Bygglovschef",
         "Stickprov 25 ärenden", "Klar",
         "3 ärenden överskred tiden. Rutinen för begäran om komplettering ses över.", "GENOMFORD", "ja"),
        ("Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa", "Administratör", "20 beslut", "Klar",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Planering", "Planavtal tecknas innan planarbete påbörjas", "Planchef", "Samtliga pågående planer",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Lantmäteri", "Adressregistret uppdateras när nya adresser fastställs", "GIS-ingenjör", "",
         "Pågående", "Avstämning mot Lantmäteriets register pågår.", "DELVIS", ""),
        ("Bostadsanpassning", "Beslut om bostadsanpassningsbidrag fattas enligt delegationsordningen",
         "Handläggare", "15 beslut", "Pågående",
         "Hälften av stickprovet granskat, inga avvikelser hittills.", "DELVIS", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom", "", "Ej utförd",
         "Genomförs i oktober.", "EJ_GENOMFORD", ""),
        ("Tillsyn", "Ärenden om ovårdade tomter följs upp inom sex månader", "Byggnadsinspektör", "", "", "",
         "SAKNAS", ""),
    ]
    fills = {"Klar": "C6EFCE", "Pågående": "FFEB9C", "Ej utförd": "FFC7CE"}
    r = 5
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.alignment = WRAP
            c.border = BOX
        if row[4] in fills:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=fills[row[4]])
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Sammanfattning: 3 kontroller klara, 2 pågående, 1 ej utförd, 1 ej rapporterad.")
    for col, w in zip("ABCDEF", (18, 50, 18, 22, 12, 55)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Maria Holm"
    wb.properties.created = FIXED
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  docx, nämnd only in document properties; period "VB 2025"
# ---------------------------------------------------------------------------
def f5():
    fil = "Bilaga 4 IK.docx"
    N = "Miljö- och hälsoskyddsnämnden"
    doc = Document()
    docx_props(doc, title="Miljö- och hälsoskyddsnämnden – intern kontroll",
               author="Miljöförvaltningen", subject="Internkontroll")
    doc.add_heading("Uppföljning av internkontrollplan – VB 2025", level=1)
    doc.add_paragraph(
        "Nämnden har under året följt upp samtliga kontrollmoment i planen. Sammantaget bedöms den interna "
        "kontrollen som tillräcklig. Handläggningen av enskilda avlopp har under året överförts till "
        "Samhällsbyggnadsnämnden och kontrollen av den har därför utgått.")
    rows = [
        ("1", "Tillsynsavgifter debiteras enligt fastställd taxa", "Ja",
         "Stickprov 30 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("2", "Planerad tillsyn enligt tillsynsplanen genomförs", "Delvis",
         "78 % av planerade livsmedelskontroller genomförda. Resterande läggs in i 2026 års tillsynsplan.",
         "DELVIS", ""),
        ("3", "Delegationsbeslut anmäls till nämnden", "Ja",
         "Två beslut anmäldes för sent. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("4", "Inkomna klagomål diarieförs inom två arbetsdagar", "Nej",
         "Kontrollen har inte hunnits med och flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ("5", "Inspektörer lämnar jävsdeklaration inför tillsynsbesök", "Ja",
         "Samtliga deklarationer inlämnade.", "GENOMFORD", "nej"),
        ("6", "Provtagning av badvatten enligt provtagningsplan", "Ja, med anmärkning",
         "Ett prov togs en vecka för sent p.g.a. sjukdom.", "GENOMFORD", "ja"),
        ("7", "Handläggning av ärenden om enskilda avlopp inom åtta veckor", "Utgår",
         "Ej aktuell – ärendetypen har flyttats till annan nämnd.", "UTGAR", ""),
        ("8", "Introduktion av nyanställda inspektörer i myndighetsutövning", "", "", "SAKNAS", ""),
    ]
    docx_table(doc, ["Nr", "Kontrollmoment", "Genomförd", "Iakttagelser och åtgärder"],
               [r[:4] for r in rows])
    for r in rows:
        exp(fil, N, r[1], r[4], r[5])
    doc.add_paragraph("")
    doc.add_paragraph("Per Sundin, miljöchef")
    doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  odt, e-mail pasted into a document: "Från: Kultur- och fritidsförvaltningen"; symbols + legend
# ---------------------------------------------------------------------------
def f6(tmp):
    fil = "SV Internkontroll T2.odt"
    N = "Kultur- och fritidsnämnden"
    doc = Document()
    docx_props(doc, title="", author="Karin Ek")
    for line in ["Från: Kultur- och fritidsförvaltningen",
                 "Skickat: den 16 september 2025 10:42",
                 "Till: Ekonomienheten",
                 "Ämne: SV: Internkontroll T2"]:
        para = doc.add_paragraph(line)
        para.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    doc.add_paragraph("Hej!")
    doc.add_paragraph("Här kommer vår uppföljning av internkontrollen för T2. Hör av er om något är oklart.")
    rows = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent", "2025-06-10", "●",
         "Stickprov 12 ansökningar. En förening fick för högt bidrag – återkrav skickat.", "GENOMFORD", "ja"),
        ("Dagskassor i simhallen stäms av mot kassasystemet", "Badchef", "2025-05-28", "●",
         "Inga differenser.", "GENOMFORD", "nej"),
        ("Bibliotekets utlån och återlämning av medier registreras korrekt", "Bibliotekschef", "", "◐",
         "Inventering påbörjad.", "DELVIS", ""),
        ("Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig", "2025-08-20", "●",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Registerutdrag begärs för ledare i lovverksamheten", "Fritidsgårdschef", "", "○", "",
         "EJ_GENOMFORD", ""),
        ("Inköp av konst följer riktlinjer för konstnärlig gestaltning", "Kulturstrateg", "", "✖",
         "Inga inköp under året.", "UTGAR", ""),
        ("Ersättning till timanställda lärare i kulturskolan kontrolleras mot tidrapporter", "Kulturskolechef",
         "2025-08-29", "● / ○", "Se separat underlag.", "OKLAR", ""),
    ]
    docx_table(doc, ["Kontrollmoment", "Ansvarig", "Kontrolldatum", "Status", "Kommentar"],
               [r[:5] for r in rows])
    for r in rows:
        exp(fil, N, r[0], r[5], r[6])
    doc.add_paragraph("● = genomförd   ◐ = pågår   ○ = ej påbörjad   ✖ = utgår")
    doc.add_paragraph("")
    doc.add_paragraph("Med vänlig hälsning\nKarin Ek\nFörvaltningsekonom\nKultur- och fritidsförvaltningen\nVassunda kommun")
    src = os.path.join(tmp, "SV Internkontroll T2.docx")
    doc.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, "SV Internkontroll T2.odt"), p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7  xls (BIFF), late 2024 file from Kommunledningsförvaltningen; T1/T2/Helår columns
# ---------------------------------------------------------------------------
def f7():
    fil = "KLF IK helår.xls"
    N = "Kommunstyrelsen"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Kommunledningsförvaltningen", title)
    ws.write(1, 0, "Uppföljning internkontrollplan 2024", bold)
    ws.write(2, 0, "Helårsuppföljning")
    ws.write(3, 0, "Inlämnad: 2025-02-14")
    heads = ["Id", "Rutin/process", "Kontrollmoment", "T1", "T2", "Helår", "Kommentar"]
    for i, h in enumerate(heads):
        ws.write(5, i, h, hdr)
    rows = [
        ("KS1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Genomförd",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("KS2", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Genomförd", "Genomförd",
         "Genomförd med avvikelse", "Två konton var inte avstämda i tid vid novemberbokslutet.",
         "GENOMFORD", "ja"),
        ("KS3", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Pågår", "Genomförd", "",
         "Dokumentation fanns i samtliga granskade fall.", "GENOMFORD", "nej"),
        ("KS4", "Lön", "Kontroll av nya och ändrade löneposter inför lönekörning", "Genomförd", "Genomförd",
         "Genomförd", "En felaktig lönepost upptäcktes i mars och korrigerades.", "GENOMFORD", "ja"),
        ("KS5", "IT", "Behörigheter i ekonomisystemet följs upp", "", "Pågår", "Ej genomförd",
         "Kontrollen avbröts i samband med byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        ("KS6", "Dokumenthantering", "Allmänna handlingar diarieförs inom en vecka", "", "", "Utgår",
         "Avbruten genom beslut KS 2024-09-10 § 112.", "UTGAR", ""),
        ("KS7", "Säkerhet", "Krisledningsplanen revideras och övas", "", "Pågår", "", "", "DELVIS", ""),
        ("KS8", "Förtroendekänsliga poster", "Kostnader för representation och resor granskas", "", "", "", "",
         "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:7]):
            ws.write(r, i, v, cell)
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.write(r, 0, "Summa genomförda helår: 3 av 8", bold)
    ws.write(r + 2, 0, "Godkänd av kommundirektör Eva Nord")
    for i, w in enumerate((6, 22, 48, 12, 12, 22, 50)):
        ws.col(i).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# F8  CSV export (cp1252), organisation = förvaltning; one row per control and tertial
# ---------------------------------------------------------------------------
def f8():
    fil = "export_20250912.csv"
    N = "Vård- och omsorgsnämnden"
    T1 = "2025-01-01 - 2025-04-30"
    T2 = "2025-05-01 - 2025-08-31"
    lines = [
        "Rapport: Internkontroll - uppföljning",
        "Organisation: Vård- och omsorgsförvaltningen",
        "Utskriven: 2025-09-12 08:14",
        "",
        "Kontrollmoment;Process;Period;Status;Kommentar;Ansvarig",
    ]
    data = [
        ("Signeringslistor för läkemedel kontrolleras", "Hälso- och sjukvård",
         [(T1, "Pågående", "Kontroll påbörjad på två av fem boenden."),
          (T2, "Klar", "Kontroll gjord på samtliga boenden. Fyra saknade signeringar har åtgärdats.")],
         "MAS", "GENOMFORD", "ja"),
        ("Avgifter inom äldreomsorgen debiteras enligt beslut", "Ekonomi",
         [(T1, "Klar", "Inga fel."), (T2, "Klar", "Inga fel.")], "Avgiftshandläggare", "GENOMFORD", "nej"),
        ("Genomförandeplaner upprättas inom 14 dagar efter beslut", "Hemtjänst",
         [(T1, "Ej påbörjad", ""), (T2, "Pågående", "Stickprov påbörjat.")], "Enhetschef hemtjänst",
         "DELVIS", ""),
        ("Rapporter enligt lex Sarah utreds inom fastställd tid", "Kvalitet",
         [(T1, "Klar", "Samtliga rapporter utredda inom tid. Inga avvikelser."), (T2, "", "")],
         "Kvalitetsutvecklare", "GENOMFORD", "nej"),
        ("Nyckelhantering i hemtjänsten följer rutin", "Hemtjänst",
         [(T1, "Ej påbörjad", ""), (T2, "Ej påbörjad", "Genomförs under T3.")], "Enhetschef hemtjänst",
         "EJ_GENOMFORD", ""),
        ("Temperatur kontrolleras vid leverans av matlådor", "Kost",
         [(T1, "Ej påbörjad", "Ny leverantör från juni."),
          (T2, "Klar", "Två leveranser låg över gränsvärdet och har reklamerats.")], "Kostchef",
         "GENOMFORD", "ja"),
        ("Bemanningsföretag anlitas endast enligt ramavtal", "Ekonomi",
         [(T2, "Ej aktuell", "Inga bemanningsföretag har anlitats under perioden.")], "Controller",
         "UTGAR", ""),
    ]
    for km, proc, periods, ansv, st, avv in data:
        for per, s, kom in periods:
            lines.append(";".join([km, proc, per, s, kom, ansv]))
        exp(fil, N, km, st, avv)
    with open(p(fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# Reject: covering letter (no follow-up in it)
# ---------------------------------------------------------------------------
def reject():
    fil = "Följebrev IK Socialförvaltningen.docx"
    doc = Document()
    docx_props(doc, title="Följebrev", author="Anna Lindqvist")
    for line in ["Från: Socialförvaltningen", "Till: Ekonomienheten, Vassunda kommun",
                 "Datum: 2025-09-10"]:
        para = doc.add_paragraph(line)
        para.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("")
    doc.add_heading("Uppföljning av internkontrollplan per 31 augusti 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds förvaltningens uppföljning av Socialnämndens internkontrollplan för perioden "
        "januari–augusti 2025. Uppföljningen bifogas i separat fil. Nämnden behandlar ärendet vid sitt "
        "sammanträde den 24 september 2025, varför uppföljningen ännu inte är beslutad.")
    doc.add_paragraph(
        "Av planens sju kontrollmoment har tre genomförts, ett pågår, ett har inte genomförts och ett har "
        "utgått genom beslut; för placeringarna redovisas resultatet i bilaga. Två avvikelser har rapporterats.")
    doc.add_paragraph("Vid frågor kontakta undertecknad.")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r250-")
    try:
        f1(); f2(); f3(); f4(); f5(); f6(tmp); f7(); f8(); reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
