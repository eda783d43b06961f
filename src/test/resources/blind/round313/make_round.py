#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 313 - Storbäcken kommun, helår 2025 inbox (January 2026).

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r313build"
LO_PROFILE = "file:///tmp/lo-round313"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
BOST = "Storbäckens Bostäder AB"
ENERGI = "Storbäcken Energi AB"
RTJ = "Räddningstjänstförbundet Norra Älvdalen"

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Storbäcken kommun"


def fix_doc(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1


def shade(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - kommun's xlsx template, codes G/D/E/U, T1/T2/helår
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning IKP helår 2025 KS.xlsx"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Storbäcken kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["C3"] = "Kommunstyrelsen"
    ws["A4"] = "Uppföljningsperiod:"
    ws["C4"] = "Helår 2025 (januari–december)"
    ws["A5"] = "Upprättad av:"
    ws["C5"] = "Karin Lundgren, controller, Kommunledningsförvaltningen"
    ws["H5"] = "Datum:"
    ws["I5"] = "2026-01-19"
    for r in (3, 4, 5):
        ws.cell(r, 1).font = BOLD
    ws["A7"] = ("Statuskoder: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   "
                "U = Utgår.  Fyll i status för varje tertial. Avvikelse anges Ja/Nej.")
    ws["A7"].font = Font(italic=True, size=9)
    ws.merge_cells("A7:M7")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens",
           "Ansvarig", "Riskvärde", "Status T1", "Status T2", "Status helår",
           "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    HR = 9
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.font = Font(bold=True, color="FFFFFF")
        cell.alignment = WRAP
        cell.border = BORDER
    ws.freeze_panes = "A10"
    # (group heading) or control rows:
    # nr, process, risk, km, metod, frekvens, ansvarig, rv, t1, t2, hel, avv, komm, expstatus, expavv
    rows = [
        ("GRP", "1. Ekonomi"),
        ("1.1", "Inköp och betalning", "Felaktiga utbetalningar", 
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per tertial", "Tertial", "Ekonomichef", 9,
         "G", "G", "G", "Nej", "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("1.2", "Inköp och betalning", "Otillåtna kostnader",
         "Representation och förtroendekänsliga poster bokförs med syfte och deltagare",
         "Genomgång av samtliga verifikationer konto 7xxx", "Tertial", "Redovisningsansvarig", 8,
         "G", "G", "G", "Ja",
         "3 av 25 verifikationer saknade deltagarförteckning. Återkoppling till berörda chefer i december.",
         "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Felaktig redovisning",
         "Avstämning av balanskonton vid årsbokslut",
         "Avstämning med underlag", "Årlig", "Redovisningsansvarig", 6,
         "", "", "D", "",
         "Avstämning av 14 av 17 konton klar. Resterande slutförs i samband med bokslutet i februari 2026.",
         "DELVIS", ""),
        ("GRP", "2. Upphandling och inköp"),
        ("2.1", "Upphandling", "Köp utanför avtal",
         "Köp görs från avtalade leverantörer (avtalstrohet)",
         "Analys i inköpsanalysverktyget", "Tertial", "Upphandlingschef", 9,
         "G", "G", "G", "Ja",
         "Avtalstrohet 87 % (mål 90 %). Köp utanför avtal främst inom IT-tillbehör.",
         "GENOMFORD", "ja"),
        ("2.2", "Upphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje",
         "Stickprov 10 direktupphandlingar", "Halvår", "Upphandlingschef", 8,
         "E", "D", "E", "",
         "Kontrollen har inte kunnat slutföras p.g.a. vakans på upphandlingsenheten. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("GRP", "3. Personal och lön"),
        ("3.1", "Lön", "Obehörig åtkomst",
         "Behörigheter i lönesystemet stäms av mot aktuella anställningar",
         "Avstämning behörighetslista mot HR-systemet", "Halvår", "HR-chef", 6,
         "", "G", "", "Nej", "", "GENOMFORD", "nej"),
        ("3.2", "Lön", "Felaktiga arvoden",
         "Utbetalning av ersättning till förtroendevalda sker enligt arvodesreglementet",
         "Stickprov 20 utbetalningar", "Årlig", "Lönechef", 4,
         "", "", "G", "Nej", "Stickprov genomfört i oktober.", "GENOMFORD", "nej"),
        ("GRP", "4. Informationssäkerhet och dataskydd"),
        ("4.1", "Dataskydd", "Brister i GDPR-efterlevnad",
         "Registerförteckning enligt GDPR är uppdaterad",
         "Genomgång av förteckningen", "Årlig", "Dataskyddssamordnare", 6,
         "", "", "D", "",
         "Förteckningen uppdaterad för kansliet och HR, ekonomienheten återstår.", "DELVIS", ""),
        ("4.2", "Informationssäkerhet", "Obehörig åtkomst till handlingar",
         "Loggkontroll av åtkomst till ärendehanteringssystemet",
         "Loggutdrag, stickprov", "Tertial", "Informationssäkerhetssamordnare", 6,
         "G", "U", "U", "",
         "Utgår enligt KS beslut 2025-06-11 § 98, ersätts av central loggkontroll från IT-enheten.",
         "UTGAR", ""),
        ("GRP", "5. Styrning och ärendehantering"),
        ("5.1", "Ärendehantering", "Beslut verkställs inte",
         "Beslut i kommunstyrelsen verkställs och återrapporteras inom angiven tid",
         "Genomgång av beslutsuppföljningslistan", "Halvår", "Kanslichef", 8,
         "", "D", "G", "Ja",
         "Två beslut från 2024 är ännu inte verkställda; åtgärdsplan finns.", "GENOMFORD", "ja"),
        ("5.2", "Ärendehantering", "Delegationsbeslut anmäls inte",
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslistor mot protokoll", "Tertial", "Kanslichef", 4,
         "", "", "", "", "Se bilaga 2.", "OKLAR", ""),
        ("5.3", "Ärendehantering", "Bristande offentlighet",
         "Hantering av allmänna handlingar – diarieföring sker inom två arbetsdagar",
         "Stickprov i diariet", "Årlig", "Registrator", 4,
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = HR + 1
    for row in rows:
        if row[0] == "GRP":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        vals = row[:13]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, KS, row[3], row[13], row[14])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning: 12 kontrollmoment, varav 6 genomförda, 2 delvis genomförda, "
                  "1 ej genomförd och 1 utgått.").font = Font(italic=True)
    ws.cell(r + 2, 1, "Godkänd av förvaltningschef: Per Holmström 2026-01-20")
    widths = [6, 18, 20, 45, 28, 10, 18, 9, 9, 9, 10, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.oddHeader.center.text = "Internkontroll 2025 – Kommunstyrelsen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - trimmed kommun template, traffic-light fills, .xls
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUF internkontroll 2025 helår.xls"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IK helår"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning: Barn- och utbildningsförvaltningen"
    ws["A3"] = "Rapporteras till nämnden 2026-02-10"
    green, yellow, red, grey = "00B050", "FFC000", "FF0000", "BFBFBF"
    ws["A5"] = "Teckenförklaring status:"
    ws["A5"].font = BOLD
    legend = [("Genomförd", green), ("Delvis genomförd / pågår", yellow),
              ("Ej genomförd", red), ("Utgår", grey)]
    for i, (txt, col) in enumerate(legend):
        ws.cell(6 + i, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(6 + i, 2, txt)
    HR = 11
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = BOLD
        cell.border = BORDER
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    # process, km, ansvarig, fill, status text, avv text, kommentar, expstatus, expavv
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef BUF",
         green, "", "Nej", "Stickprov 40 fakturor, inga fel.", "GENOMFORD", "nej"),
        ("Ekonomi", "Fakturering av barnomsorgsavgifter sker enligt taxa", "Avgiftshandläggare",
         green, "", "Ja", "Två familjer hade felaktig avgiftsnivå, rättat i oktober.", "GENOMFORD", "ja"),
        ("Ekonomi", "Interkommunal ersättning för elever i andra kommuner faktureras och betalas korrekt",
         "Controller BUF", yellow, "", "", "Genomgång av höstterminens fakturor pågår.", "DELVIS", ""),
        ("Verksamhet", "Anmälningar om kränkande behandling anmäls till huvudman och utreds skyndsamt",
         "Rektorer", green, "", "Ja",
         "Genomförd med avvikelse: 12 % av anmälningarna utreddes inte inom fastställd tid.",
         "GENOMFORD", "ja"),
        ("Verksamhet", "Elever med hög frånvaro följs upp enligt rutin", "Elevhälsochef",
         red, "", "", "Rutinen har inte följts upp under året p.g.a. byte av elevhälsochef.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Utdrag ur belastningsregistret kontrolleras vid nyanställning inom förskola och skola",
         "HR-konsult", green, "", "Nej", "", "GENOMFORD", "nej"),
        ("Verksamhet", "Beslut om skolskjuts fattas enligt riktlinjer", "Skolskjutshandläggare",
         grey, "Utgår", "",
         "Ansvaret överfört till Samhällsbyggnadsnämnden från 2025-07-01.", "UTGAR", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga skolenheter",
         "Rektorer", yellow, "", "", "Genomfört på 9 av 12 enheter.", "DELVIS", ""),
        ("Inköp", "Läromedelsinköp görs från avtalade leverantörer", "Controller BUF",
         None, "", "", "Se bilaga 3", "OKLAR", ""),
    ]
    r = HR + 1
    for row in rows:
        vals = [row[0], row[1], row[2], row[4], row[5], row[6]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
        if row[3]:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=row[3])
        exp(fil, BUN, row[1], row[7], row[8])
        r += 1
    ws.cell(r + 1, 1, "Bilaga 3: Inköpsanalys läromedel 2025 (separat fil)").font = Font(italic=True)
    for col, w in zip("ABCDEF", [14, 55, 22, 10, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Barn- och utbildningsnämnden"
    src = os.path.join(TMP, "BUF internkontroll 2025 helår.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - kommun template Word version, symbols, nämnd only in page header
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN Uppföljning internkontrollplan 2025 helår.docx"
    doc = Document()
    fix_doc(doc, "Lena Åberg")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Storbäcken kommun\tSocialnämnden\tDnr SN 2025/118"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024. Planen omfattar tio "
        "kontrollmoment inom myndighetsutövning, ekonomi samt personal och arbetsmiljö. "
        "Nedan redovisas utfallet för helåret.")
    p = doc.add_paragraph()
    p.add_run("Statusförklaring: ").bold = True
    p.add_run("● Genomförd   ◐ Delvis genomförd   ○ Ej genomförd   – Utgår")
    rows = [
        ("GRP", "Myndighetsutövning"),
        ("Barn och unga", "Utredningstid för barnavårdsutredningar överstiger inte fyra månader",
         "Enhetschef IFO", "●", "Genomförd. 6 av 58 utredningar förlängdes utan beslut om förlängning.",
         "GENOMFORD", "ja"),
        ("Äldreomsorg", "Biståndsbeslut inom äldreomsorgen är dokumenterade enligt SoL\n"
         "Stickprov 20 akter per halvår", "Enhetschef biståndsenheten", "◐",
         "Kontroll av vårens akter genomförd. Höstens stickprov pågår.", "DELVIS", ""),
        ("Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom fastställd tid",
         "Kvalitetsstrateg", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan och CSN görs innan utbetalning av ekonomiskt bistånd",
         "Enhetschef försörjningsstöd", "●",
         "Kontroll görs i samtliga ärenden via SSBTEK. Inga avvikelser.", "GENOMFORD", "nej"),
        ("GRP", "Ekonomi"),
        ("Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Controller SOC", "●",
         "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
        ("Inköp", "Köp av externa placeringar sker enligt ramavtal", "Enhetschef IFO", "○",
         "Ej genomförd, kontrollen ingår i planen för 2026.", "EJ_GENOMFORD", ""),
        ("Brukarmedel", "Hantering av brukarmedel (kontanter) på särskilda boenden", "Enhetschefer SÄBO",
         "●", "Genomförd med anmärkning: kvittenser saknades på två boenden.", "GENOMFORD", "ja"),
        ("GRP", "Personal och arbetsmiljö"),
        ("Rekrytering", "Utdrag ur belastningsregistret vid anställning inom LSS", "HR-partner", "–",
         "Utgår, kontrolleras centralt av HR-avdelningen från 2025.", "UTGAR", ""),
        ("Arbetsmiljö", "Sjukfrånvaro och bemanning följs upp månatligen", "Socialchef", "",
         "Uppföljning har genomförts varje månad i förvaltningens ledningsgrupp utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Delegering av hälso- och sjukvårdsuppgifter förnyas årligen",
         "MAS", "◐", "Förnyelse klar inom hemtjänsten, särskilt boende återstår.", "DELVIS", ""),
    ]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Resultat/kommentar"]
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "BDD7EE")
    for row in rows:
        cells = table.add_row().cells
        if row[0] == "GRP":
            m = cells[0].merge(cells[4])
            m.text = ""
            m.paragraphs[0].add_run(row[1]).bold = True
            shade(m, "F2F2F2")
            continue
        cells[0].text = row[0]
        lines = row[1].split("\n")
        cells[1].text = lines[0]
        for extra in lines[1:]:
            cells[1].add_paragraph(extra)
        cells[2].text = row[2]
        cells[3].text = row[3]
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[4].text = row[4]
        exp(fil, SN, row[1].replace("\n", " "), row[5], row[6])
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig. "
        "Avvikelserna avseende utredningstider och brukarmedel har åtgärdats genom förtydligade rutiner.")
    doc.add_paragraph("Storbäcken 2026-01-22")
    doc.add_paragraph("Anders Nyberg\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsförvaltningen - ODS, two sheets (SBN, KFN), periods side by side
# ---------------------------------------------------------------------------
def _sbf_sheet(ws, fil, namnd, title, rows):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per tertial. Status väljs i listan: Genomförd / Delvis genomförd / Ej genomförd / Utgår"
    ws["A2"].font = Font(italic=True, size=9)
    # two header rows: period group + Status/Kommentar
    ws["A4"] = "Nr"
    ws["B4"] = "Kontrollmoment"
    ws["C4"] = "Ansvarig"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    groups = [("Tertial 1", 4), ("Tertial 2", 6), ("Helår (T3)", 8)]
    for name, col in groups:
        ws.cell(4, col, name)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Status")
        ws.cell(5, col + 1, "Kommentar")
    for r in (4, 5):
        for c in range(1, 10):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    for i, row in enumerate(rows, 1):
        km, ans, t1, k1, t2, k2, th, kh, es, ea = row
        vals = [i, km, ans, t1, k1, t2, k2, th, kh]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, namnd, km, es, ea)
        r += 1
    for col, w in zip("ABCDEFGHI", [5, 50, 18, 14, 30, 14, 30, 14, 45]):
        ws.column_dimensions[col].width = w
    return r


def file_sbf():
    fil = "SBF_IK_uppfoljning_2025.ods"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "SBN"
    sbn_rows = [
        ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Delvis genomförd", "Två ärenden över tid.", "Genomförd", "",
         "Genomförd", "4 av 212 ärenden för helåret över tid, avgiften reducerad enligt PBL.",
         "GENOMFORD", "ja"),
        ("Tillsyn enligt miljöbalken följer fastställd tillsynsplan", "Miljöchef",
         "Delvis genomförd", "", "Delvis genomförd", "",
         "Delvis genomförd", "78 % av planerade tillsynsbesök genomförda.", "DELVIS", ""),
        ("Avgifter för bygglov och tillsyn debiteras enligt taxa", "Administrativ chef",
         "", "", "", "", "Genomförd", "Stickprov 25 ärenden, inga fel.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "", "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Investeringsprojekt följs upp mot budget och tidplan", "Projektchef",
         "Genomförd", "", "Genomförd", "",
         "Pågår", "Slutredovisning av VA-projekt Skolgatan klar i mars 2026.", "DELVIS", ""),
        ("Vinterväghållning – entreprenörens utförande kontrolleras mot avtal", "Gatuchef",
         "", "", "", "",
         "Ej genomförd", "Kontrollen uteblev p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Genomförd", "", "Genomförd", "", "Genomförd", "", "GENOMFORD", ""),
        ("Beslut om skolskjuts fattas enligt riktlinjer", "Trafikhandläggare",
         "Ej aktuell", "Ansvaret övertas 2025-07-01.", "Genomförd", "",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r = _sbf_sheet(ws, fil, SBN, "Samhällsbyggnadsnämnden – internkontroll 2025", sbn_rows)
    ws.cell(r + 1, 1, "Samhällsbyggnadsförvaltningen, Jonas Berglund, 2026-01-16")
    ws2 = wb.create_sheet("KFN")
    kfn_rows = [
        ("Föreningsbidrag betalas ut enligt bidragsregler och beslut", "Fritidskonsulent",
         "", "", "", "", "Genomförd",
         "En förening fick bidrag utan inlämnad årsredovisning; återkrav har skickats.",
         "GENOMFORD", "ja"),
        ("Kassahantering i simhall och bibliotek", "Enhetschef bad/bibliotek",
         "Genomförd", "", "Genomförd", "", "Genomförd",
         "Kassaavstämning vid fyra tillfällen utan differens.", "GENOMFORD", "nej"),
        ("Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
         "", "", "", "", "Delvis genomförd",
         "Kontroll av idrottshallar klar, övriga lokaler kontrolleras våren 2026.", "DELVIS", ""),
        ("Utdrag ur belastningsregistret för personal i fritidsgårdsverksamhet", "Enhetschef fritid",
         "", "", "Genomförd", "", "Genomförd", "", "GENOMFORD", ""),
        ("Inventering av kommunens konstsamling", "Kulturchef",
         "", "", "Utgår", "Beslut KFN 2025-09-18 § 41.", "Utgår",
         "Konstsamlingen inventerades 2024.", "UTGAR", ""),
        ("Bidrag till studieförbund – redovisning följs upp", "Kulturchef",
         "", "", "", "", "",
         "Ej genomförd. Redovisningarna från studieförbunden inkommer först i mars.",
         "EJ_GENOMFORD", ""),
    ]
    r = _sbf_sheet(ws2, fil, KFN, "Kultur- och fritidsnämnden – internkontroll 2025", kfn_rows)
    ws2.cell(r + 1, 1, "Samhällsbyggnadsförvaltningen, kultur- och fritidsavdelningen, 2026-01-16")
    src = os.path.join(TMP, "SBF_IK_uppfoljning_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Storbäckens Bostäder AB - board paper (styrelsehandling), docx
# ---------------------------------------------------------------------------
def file_bostader():
    fil = "Styrelsehandling 2026-02-05 ärende 8 Intern kontroll 2025.docx"
    doc = Document()
    fix_doc(doc, "Maria Ek")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "STORBÄCKENS BOSTÄDER AB\tStyrelsemöte 2026-02-05\tÄrende 8"
    sec.footer.paragraphs[0].text = "Storbäckens Bostäder AB, org.nr 556412-7780, Box 112, 845 21 Storbäcken"
    p = doc.add_paragraph()
    p.add_run("TJÄNSTESKRIVELSE").bold = True
    doc.add_paragraph("Till: Styrelsen\nFrån: VD\nDatum: 2026-01-23")
    doc.add_heading("Uppföljning av bolagets interna kontroll 2025", level=1)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Styrelsen godkänner uppföljningen av internkontrollplanen för 2025 och "
                      "överlämnar den till kommunstyrelsen i Storbäcken kommun.")
    doc.add_heading("Ärendet", level=2)
    doc.add_paragraph(
        "Enligt ägardirektivet ska bolaget årligen anta en plan för intern kontroll och rapportera "
        "utfallet till styrelsen och ägaren. Styrelsen antog planen för 2025 den 6 februari 2025 (§ 9). "
        "Kontrollerna har utförts av bolagets ekonomifunktion och förvaltare under året. "
        "Resultatet framgår av tabellen nedan.")
    rows = [
        ("1", "Hyror", "Hyresavier överensstämmer med gällande hyresavtal",
         "Ekonomiassistent", "20 kontrakt jämförda mot hyresavi, inga differenser.",
         "Utan anmärkning", "GENOMFORD", "nej"),
        ("2", "Hyror", "Hyresskulder bevakas och inkassorutinen följs",
         "Ekonomichef", "Påminnelser skickades med tre veckors fördröjning i juli p.g.a. semester.",
         "Med anmärkning", "GENOMFORD", "ja"),
        ("3", "Inköp", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Stickprov 25 fakturor.", "Utan anmärkning", "GENOMFORD", "nej"),
        ("4", "Fastighet", "Underhållsplanen följs och avvikelser rapporteras till styrelsen",
         "Teknisk chef", "Uppdaterad underhållsplan presenteras för styrelsen i april 2026.",
         "Pågående", "DELVIS", ""),
        ("5", "Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn och kötid",
         "Uthyrningschef",
         "1 av 30 kontrollerade uthyrningar avvek från kötid utan dokumenterat skäl.",
         "Med anmärkning", "GENOMFORD", "ja"),
        ("6", "Inköp", "Upphandlingar följer LOU och bolagets upphandlingspolicy",
         "VD", "Kontrollen skjuts till 2026 p.g.a. byte av inköpsansvarig.",
         "Ej utförd", "EJ_GENOMFORD", ""),
        ("7", "Säkerhet", "Behörigheter i nyckel- och passersystemet stäms av",
         "Förvaltare", "Avstämning mot personallista i november.", "Utan anmärkning",
         "GENOMFORD", "nej"),
        ("8", "Säkerhet", "Systematiskt brandskyddsarbete i bolagets fastigheter",
         "Teknisk chef", "Egenkontroller utförda i samtliga 46 fastigheter.", "Utan anmärkning",
         "GENOMFORD", "nej"),
    ]
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for i, h in enumerate(["Nr", "Område", "Kontroll", "Utförd av", "Resultat", "Bedömning"]):
        c = table.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = table.add_row().cells
        for i in range(6):
            cells[i].text = row[i]
        exp(fil, BOST, row[2], row[6], row[7])
    doc.add_paragraph()
    doc.add_heading("Åtgärder med anledning av 2024 års kontroller", level=2)
    doc.add_paragraph(
        "Den brist i hyresavisering som konstaterades 2024 har åtgärdats genom ny rutin i "
        "hyressystemet. Inga kvarstående åtgärder finns från föregående år.")
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "VD bedömer att den interna kontrollen under 2025 har varit tillfredsställande. "
        "De anmärkningar som noterats har hanterats inom ordinarie verksamhet.")
    doc.add_paragraph("\nMaria Ek\nVerkställande direktör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BOST, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Storbäcken Energi AB - own xlsx programme, quarters with tick symbols, legend below
# ---------------------------------------------------------------------------
def file_energi():
    fil = "SEAB Internkontrollprogram 2025 Q1-Q4.xlsx"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Storbäcken Energi AB"
    ws["A1"].font = Font(bold=True, size=14, color="C55A11")
    ws["A2"] = "Internkontrollprogram 2025 – utfall kvartal 1–4"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapport till styrelsen 2026-01-28"
    hdr = ["ID", "Område", "Kontrollaktivitet", "Frekvens", "Kontrollant",
           "Q1", "Q2", "Q3", "Q4", "Notering"]
    HR = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C55A11")
        cell.border = BORDER
    rows = [
        ("E1", "Elnät", "Avvikande förbrukning vid mätaravläsning utreds", "Kvartal", "Mätchef",
         "✓", "✓", "✓", "✓", "", "GENOMFORD", "nej"),
        ("E2", "Elnät", "Fakturering av nätavgifter stäms av mot avläst volym", "Kvartal",
         "Kundtjänstchef", "✓", "✓", "✓", "(✓)",
         "Q4: 14 kunder felaktigt debiterade efter tariffbyte, korrigerat i januari 2026.",
         "GENOMFORD", "ja"),
        ("E3", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Halvår",
         "Ekonomichef", "–", "✓", "–", "✓", "", "GENOMFORD", "nej"),
        ("E4", "IT/OT", "Behörigheter i driftövervakningssystemet (SCADA) granskas", "Halvår",
         "IT-säkerhetsansvarig", "–", "✓", "–", "✗",
         "Q4 ej utförd, extern granskare ej tillgänglig. Utförs feb 2026.", "EJ_GENOMFORD", ""),
        ("E5", "Elsäkerhet", "Egenkontrollprogram för elsäkerhet revideras", "Årlig",
         "Elsäkerhetsansvarig", "–", "–", "–", "P",
         "Revision startad i december, rapport februari 2026.", "DELVIS", ""),
        ("E6", "Elnät", "Avbrottsrapportering till Energimarknadsinspektionen sker inom föreskriven tid",
         "Årlig", "Nätchef", "–", "–", "–", "✓", "", "GENOMFORD", "nej"),
        ("E7", "Fjärrvärme", "Prisändringar för fjärrvärme kommuniceras till kunderna i tid", "Årlig",
         "Marknadschef", "–", "–", "✓", "–", "Prisändring 2026 aviserad i september.",
         "GENOMFORD", "nej"),
        ("E8", "Säkerhet", "Säkerhetsskyddsanalysen uppdateras", "Årlig", "Säkerhetsskyddschef",
         "–", "–", "–", "–",
         "Utgår 2025 – analysen uppdaterades i samband med ny säkerhetsskyddsplan, styrelsebeslut 2025-03-20.",
         "UTGAR", ""),
        ("E9", "Inköp", "Kontroll av F-skatt och skatteskulder för nya leverantörer", "Kvartal",
         "Inköpare", "✓", "✓", "✗", "✓", "Q3 ej utförd p.g.a. semester; Q4 omfattade även Q3.",
         "GENOMFORD", "nej"),
    ]
    r = HR + 1
    for row in rows:
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            if 6 <= c <= 9:
                cell.alignment = Alignment(horizontal="center", vertical="top")
            else:
                cell.alignment = WRAP
        exp(fil, ENERGI, row[2], row[10], row[11])
        r += 1
    ws.cell(r, 3, "Antal utförda kontroller (✓ eller (✓))").font = BOLD
    ws.cell(r, 6, 3)
    ws.cell(r, 7, 5)
    ws.cell(r, 8, 3)
    ws.cell(r, 9, 5)
    r += 2
    ws.cell(r, 1, "Förklaring:").font = BOLD
    legend = ["✓ = Utförd utan anmärkning", "(✓) = Utförd med anmärkning, se notering",
              "✗ = Ej utförd", "P = Påbörjad", "– = Ej planerad detta kvartal"]
    for i, t in enumerate(legend, 1):
        ws.cell(r + i, 1, t)
    for col, w in zip("ABCDEFGHIJ", [5, 12, 55, 9, 20, 5, 5, 5, 5, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", ENERGI, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Räddningstjänstförbundet Norra Älvdalen - förbund's report template, text blocks, odt
# ---------------------------------------------------------------------------
def file_rtj():
    fil = "RNÄ Rapport internkontroll 2025.odt"
    doc = Document()
    fix_doc(doc, "Räddningstjänstförbundet Norra Älvdalen")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Räddningstjänstförbundet Norra Älvdalen – RAPPORT"
    sec.footer.paragraphs[0].text = "Medlemskommuner: Storbäcken och Älvsnäs"
    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph("Förbundsdirektionen 2026-02-12\nDnr RNÄ 2025/031\nHandläggare: Tomas Lind, förbundsekonom")
    doc.add_heading("1. Inledning", level=1)
    doc.add_paragraph(
        "Direktionen fastställde förbundets internkontrollplan för 2025 den 13 februari 2025 (§ 5). "
        "Planen innehåller sju kontroller. I denna rapport redovisas genomförande, resultat och "
        "bedömning för hela verksamhetsåret 2025.")
    doc.add_heading("2. Redovisning per kontroll", level=1)
    blocks = [
        ("Tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
         "Tillsynsverksamheten uppfyller inte lagkrav.", "Stf. räddningschef",
         "Jämförelse mellan tillsynsplan och registrerade tillsyner i verksamhetssystemet.",
         "68 av 85 planerade tillsyner har genomförts. Resterande förs över till 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("Onödiga automatlarm faktureras enligt taxa", "Intäktsbortfall.", "Förbundsekonom",
         "Samtliga 112 automatlarm under året jämförda mot fakturerade larm.",
         "Fem larm hade inte fakturerats. Fakturor skickades i december.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Felaktiga utbetalningar.",
         "Förbundsekonom", "Stickprov 20 fakturor.", "Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Övningsplanen för deltidsbrandmän i beredskap följs", "Bristande kompetens vid insats.",
         "Utbildningsansvarig", "Genomgång av övningsloggar för samtliga stationer.",
         "Samtliga stationer har genomfört planerade övningar.", "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll av andningsskydd och rökdykarutrustning", "Personskada vid rökdykning.",
         "Materialansvarig", "Funktionskontroll enligt tillverkarens anvisningar och AFS.",
         "Samtliga 48 apparater är kontrollerade utan anmärkning.", None, "GENOMFORD", "nej"),
        ("Medlemsbidrag faktureras enligt förbundsordningen", "Felaktig fördelning mellan medlemmarna.",
         "Förbundsdirektör", "Avstämning av fakturerade bidrag mot budgetbeslut.",
         "Kontrollen har skjutits upp till 2026 på grund av sjukfrånvaro.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Sotning och brandskyddskontroll utförs enligt fastställda frister",
         "Ökad brandrisk i bostäder.", "Förebyggandechef", "–",
         "Uppdraget har överförts till medlemskommunerna. Kontrollen avbröts genom beslut i "
         "direktionen 2025-05-15 § 22.", "Avbruten genom beslut", "UTGAR", ""),
    ]
    for i, b in enumerate(blocks, 1):
        km, risk, ans, gen, res, bed, es, ea = b
        h = doc.add_paragraph()
        rr = h.add_run(f"Kontroll {i}")
        rr.bold = True
        rr.font.size = Pt(13)
        for label, val in [("Kontrollmoment", km), ("Risk", risk), ("Ansvarig", ans),
                           ("Genomförande", gen), ("Resultat", res), ("Bedömning", bed)]:
            if val is None:
                continue
            p = doc.add_paragraph()
            p.add_run(label + ": ").bold = True
            p.add_run(val)
        exp(fil, RTJ, km, es, ea)
    doc.add_heading("3. Samlad bedömning", level=1)
    doc.add_paragraph(
        "Förbundsledningen bedömer att den interna kontrollen har varit tillräcklig. Fem av sju "
        "kontroller är genomförda helt eller delvis, en har skjutits upp och en har avbrutits.")
    doc.add_paragraph("Kristina Olofsson\nFörbundsdirektör")
    src = os.path.join(TMP, "RNÄ Rapport internkontroll 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", RTJ, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. REJECT - covering letter (följebrev) from Storbäcken Energi AB
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev IK 2025 Storbäcken Energi.docx"
    doc = Document()
    fix_doc(doc, "Storbäcken Energi AB")
    doc.add_paragraph("Storbäcken Energi AB\nVerkstadsvägen 4\n845 30 Storbäcken")
    doc.add_paragraph("Storbäcken kommun\nEkonomiavdelningen\nKommunledningsförvaltningen")
    doc.add_paragraph("2026-01-29")
    doc.add_heading("Överlämnande av uppföljning av internkontrollprogram 2025", level=1)
    doc.add_paragraph(
        "Härmed överlämnas Storbäcken Energi AB:s uppföljning av internkontrollprogrammet för 2025, "
        "behandlad av bolagets styrelse 2026-01-28 § 6. Uppföljningen bifogas i separat fil "
        "(SEAB Internkontrollprogram 2025 Q1-Q4.xlsx).")
    doc.add_paragraph(
        "Styrelsen har noterat att två kontroller inte har kunnat slutföras under året och att "
        "dessa genomförs under första kvartalet 2026. Frågor besvaras av undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\n\nHelena Sjöberg\nEkonomichef, Storbäcken Energi AB\n"
                      "helena.sjoberg@storbackenenergi.example")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        (KS, "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
        (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
        (SN, "SN|Socialförvaltningen|SOC"),
        (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        (BOST, "Storbäckenbostäder|StoBo|Bostadsbolaget|Storbäckens Bostads AB"),
        (ENERGI, "SEAB|Storbäcken Energi|Energibolaget"),
        (RTJ, "RNÄ|Räddningstjänsten Norra Älvdalen|Norra Älvdalens räddningstjänstförbund"),
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
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    file_ks()
    file_bun()
    file_sn()
    file_sbf()
    file_bostader()
    file_energi()
    file_rtj()
    file_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
