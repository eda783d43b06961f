#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r372 - Österbyn kommun, T1 2025 inbox.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv
into the folder of this script. Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Österbyn Bostäder AB", "ÖBAB|Österbyns Bostäder|Bostadsbolaget"),
    ("Österbyn Energi och Vatten AB", "ÖEVAB|ÖEV|Österbyn Energi|Österbyns Energi och Vatten"),
    ("Räddningstjänsten Österbyn-Norrå", "RÖN|Räddningstjänstförbundet Österbyn-Norrå|"
     "Kommunalförbundet Räddningstjänsten Österbyn-Norrå|Direktionen för Räddningstjänsten Österbyn-Norrå"),
]


# ---------------------------------------------------------------------------
# File 1 - Kommunstyrelsen, plain xlsx with T1/T2/T3 columns
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning IKP 2025 Kommunstyrelsen T1.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Karin Lindqvist"
    ws = wb.active
    ws.title = "Uppföljning 2025"
    bold = Font(bold=True)
    ws["A1"] = "Österbyn kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: Tertial 1 (januari–april 2025)"
    ws["A4"] = ("Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår. "
                "Avvikelse beskrivs i kommentarsfältet.")
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2", "Status T3", "Kommentar T3"]
    r = 6
    thin = Side(style="thin", color="999999")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)

    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Tertialvis", "Ekonomichef", "Genomförd",
             "20 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("1.2", "Representation", "Kontroll av att moms på representation redovisas korrekt",
             "Stickprov 15 verifikationer", "Tertialvis", "Redovisningsansvarig", "Genomförd med avvikelse",
             "2 av 15 verifikationer saknade uppgift om deltagare och syfte. Återkoppling till berörda chefer.",
             "GENOMFORD", "ja"),
            ("1.3", "Bokslut", "Avstämning av balanskonton inför tertialbokslut",
             "Genomgång av avstämningsblanketter", "Tertialvis", "Redovisningsansvarig", "Genomförd",
             "Samtliga balanskonton avstämda per 30 april.", "GENOMFORD", "nej"),
        ]),
        ("HR/Personal", [
            ("2.1", "Lön", "Löneutbetalningar – kontroll av nyanställda i Personec mot anställningsavtal",
             "Stickprov 10 nyanställda", "Tertialvis", "HR-chef", "Pågår",
             "Stickprov påbörjat, 6 av 10 kontrollerade. Inga fel hittills.", "DELVIS", "nej"),
            ("2.2", "Lön", "Uppföljning av att avslutade anställningar avslutas i lönesystemet i rätt tid",
             "Registeruttag mot avgångslista", "Två gånger per år", "Lönechef", "Ej påbörjad",
             "Planeras till maj.", "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuell personallista",
             "Systemuttag Raindance", "Tertialvis", "Systemförvaltare ekonomi", "Genomförd med avvikelse",
             "Fyra användare som slutat hade kvar behörighet. Behörigheterna är borttagna 2025-04-22.",
             "GENOMFORD", "ja"),
            ("3.2", "Kontinuitet", "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
             "Test", "Årligen", "IT-chef", "Utgår",
             "Utgår enligt KS beslut 2025-03-04 § 41, ersätts av IT-avdelningens egen kontinuitetsplan.",
             "UTGAR", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Avtalstrohet", "Avtalstrohet – köp utanför ramavtal för kontorsmaterial",
             "Analys av leverantörsreskontra", "Tertialvis", "Upphandlingschef", None,
             "Kontrollen är genomförd, inköp via e-handel 97 %. Inga köp utanför avtal noterades.",
             "GENOMFORD", "nej"),
            ("4.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Stickprov 5 direktupphandlingar", "Två gånger per år", "Upphandlingschef", None, None,
             "SAKNAS", ""),
        ]),
    ]
    r = 7
    n = 0
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (nr, proc, km, metod, frekv, ansv, st, kom, es, av) in rows:
            vals = [nr, proc, km, metod, frekv, ansv, st, kom, None, None, None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            exp(fil, nm, km, es, av)
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summa antal kontroller:").font = bold
    ws.cell(row=r, column=3, value=n)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Karin Lindqvist, controller, 2025-05-08")
    widths = [6, 18, 48, 26, 14, 20, 22, 50, 12, 20, 12, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A7"
    wb.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 2 - BUN, Word with one table, symbols + legend, merged process cells
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_bun():
    fil = "BUN uppföljning intern kontroll tertial 1 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Österbyn kommun\tTjänsteskrivelse\tDnr BUN 2025/37"
    p = d.add_paragraph()
    run = p.add_run("Barn- och utbildningsnämnden")
    run.bold = True
    run.font.size = Pt(11)
    d.add_heading("Uppföljning av intern kontroll – tertial 1 2025", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplan för 2025 den 11 december 2024 (§ 112). "
        "Planen innehåller åtta kontrollmoment fördelade på fyra processer. I denna tjänsteskrivelse redovisas "
        "resultatet av de kontroller som genomförts under perioden januari–april 2025. Kontroller som "
        "inte har kunnat genomföras under tertialen redovisas med orsak.")
    d.add_heading("Teckenförklaring", level=2)
    d.add_paragraph("●  Genomförd utan anmärkning\n"
                    "▲  Genomförd, avvikelse noterad\n"
                    "◐  Delvis genomförd / pågår\n"
                    "○  Ej genomförd\n"
                    "–  Utgår")
    d.add_heading("Resultat per kontrollmoment", level=2)

    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 12 beslut, samtliga fattade av rätt delegat.", "●", "GENOMFORD", "nej"),
        ("Skolskjuts", "Fakturor från skolskjutsentreprenör stäms av mot körda turer",
         "Avstämning januari–mars klar, april återstår.", "◐", "DELVIS", ""),
        ("Elevhälsa", "Journalföring i elevhälsans medicinska insats sker inom föreskriven tid",
         "Loggkontroll visade att 3 av 25 journalanteckningar fördes senare än 5 dagar efter besöket. "
         "Skolsköterskorna har påmints om rutinen.", "▲", "GENOMFORD", "ja"),
        ("Elevhälsa", "Kränkande behandling – anmälan till huvudman sker inom en vecka",
         "Se bilaga 2.", "", "OKLAR", ""),
        ("Ekonomi", "Hantering av barnomsorgsavgifter – inkomstuppgifter kontrolleras mot maxtaxan",
         "Ej genomförd på grund av byte av avgiftssystem. Flyttas till tertial 2.", "○", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Skolpeng till fristående huvudmän betalas ut enligt beslutade belopp",
         "Kontroll av utbetalningar februari och mars. Inga avvikelser.", "●", "GENOMFORD", "nej"),
        ("Personal", "Registerkontroll (utdrag ur belastningsregistret) innan anställning i förskola och skola",
         "20 nyanställningar granskade. För en person saknades dokumentation om uppvisat utdrag; "
         "utdrag har därefter visats upp.", "▲", "GENOMFORD", "ja"),
        ("Personal", "Uppföljning av sjukfrånvaro – rehabiliteringsutredning påbörjas senast dag 15",
         "", "–", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Process", "Kontrollmoment", "Resultat/kommentar T1", "Bedömning"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        set_cell_shading(c, "DDEBF7")
    start = {}
    for proc, km, res, sym, es, av in rows:
        cells = t.add_row().cells
        cells[0].text = proc
        cells[1].text = km
        cells[2].text = res
        cells[3].text = sym
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, nm, km, es, av)
    # merge process cells vertically (pairs)
    for i in range(1, len(rows) + 1, 2):
        a = t.cell(i, 0)
        b = t.cell(i + 1, 0)
        txt = a.text
        m = a.merge(b)
        m.text = txt
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning av anmälningar om kränkande behandling januari–april 2025 "
                    "(redovisas separat, sekretess).")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av intern kontroll för tertial 1 2025.")
    d.add_paragraph("\nAnna Berg\nFörvaltningschef")
    d.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 3 - SN, xlsx, traffic-light fills only, nämnd only in filename + print header
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_IK_T1_2025.xlsx"
    nm = "Socialnämnden"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "T1 2025"
    ws.oddHeader.center.text = "Socialförvaltningen – Intern kontroll"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll, tertial 1 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteras till nämnden 2025-05-21"
    # legend box top-right
    ws["G1"] = "Teckenförklaring status"
    ws["G1"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
           (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=2 + i, column=7).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=8, value=txt)
    hdr = ["Riskområde", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Metod",
           "Status", "Avvikelse (J/N)", "Kommentar"]
    thin = Side(style="thin")
    R = 7
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=R, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rows = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut och riktlinjer", 12,
         "Enhetschef försörjningsstöd", "Stickprov 30 ärenden", GREEN, "N",
         "Stickprov 30 ärenden, inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll mot Försäkringskassan och CSN (SSBTEK) görs vid nybesök", 9,
         "Enhetschef försörjningsstöd", "Stickprov 20 nybesök", GREEN, "J",
         "I 2 av 20 ärenden saknades dokumenterad SSBTEK-kontroll.", "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar", 16,
         "Enhetschef mottagning", "Uttag ur Treserva", YELLOW, "N",
         "Genomgång av januari–februari klar, mars–april pågår.", "DELVIS", "nej"),
        ("Barn och unga", "Utredningstid enligt 11 kap. 2 § SoL (fyra månader) hålls", 12,
         "Enhetschef utredning", "Uttag ur Treserva", RED, None,
         "Ej genomförd pga personalbrist på enheten.", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Genomförandeplaner upprättas inom 14 dagar efter beslut om hemtjänst", 9,
         "Områdeschef hemtjänst", "Stickprov 15 brukare", GREEN, "N", None, "GENOMFORD", "nej"),
        ("Äldreomsorg", "Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov", 12,
         "MAS / kvalitetsutvecklare", "Genomgång av rapporter", GREY, None,
         "Utgår – ingår i kvalitetsledningssystemets egenkontroll från 2025.", "UTGAR", ""),
        ("LSS", "Fakturering av personlig assistans stäms av mot beviljade timmar", 8,
         "Enhetschef LSS", "Avstämning tidrapporter", None, None, None, "SAKNAS", ""),
        ("Arbetsmiljö", "Rutin vid hot och våld gås igenom på APT i samtliga enheter", 6,
         "Respektive enhetschef", "Protokoll APT", YELLOW, "N", "8 av 11 enheter klara.", "DELVIS", "nej"),
    ]
    r = R + 1
    for row in rows:
        ro, km, rv, ansv, met, fill, avj, kom, es, av = row
        vals = [ro, km, rv, ansv, met, None, avj, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if fill:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fill)
        exp(fil, nm, km, es, av)
        r += 1
    for col, w in zip("ABCDEFGH", [20, 52, 10, 24, 22, 10, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 4 - Stratsys CSV export, two nämnder (förvaltning names), cp1252
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_IK_2025-05-12.csv"
    sbn, kfn = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"
    SBF, KFF = "Samhällsbyggnadsförvaltningen", "Kultur- och fritidsförvaltningen"
    hdr = ["Organisation", "Styrdokument", "Process", "Kontrollmoment", "Ansvarig", "Period",
           "Status", "Kommentar", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    per = "Tertial 1 2025"
    rows = [
        (SBF, "Bygglov", "Handläggningstid för bygglov följer plan- och bygglagens tidsfrister",
         "Bygglovschef", "Klar med avvikelse",
         "3 av 40 ärenden överskred 10 veckor.\nAvgiften reducerades enligt PBL 12 kap. 8 a §.",
         "2025-05-06 14:12", sbn, "GENOMFORD", "ja"),
        (SBF, "Bygglov", "Debitering av bygglovsavgift sker enligt gällande taxa", "Bygglovschef", "Klar",
         "Stickprov 15 ärenden, korrekt debitering.", "2025-05-06 14:20", sbn, "GENOMFORD", "nej"),
        (SBF, "Gata/park", "Besiktning av lekplatser enligt besiktningsplan", "Parkchef", "Ej påbörjad",
         "Besiktningssäsongen startar i maj.", "2025-04-29 08:55", sbn, "EJ_GENOMFORD", ""),
        (SBF, "Miljö- och hälsoskydd", "Tillsynsplan för livsmedelskontroll följs", "Miljöchef", "Pågår",
         "32 % av planerade kontroller utförda (mål 33 % per tertial).", "2025-05-02 10:03", sbn,
         "DELVIS", ""),
        (SBF, "Fastighet", "Egenkontroll av brandskydd (SBA) i kommunens fastigheter", "Fastighetschef",
         "Ej aktuell", "Överförd till räddningstjänstens tillsyn, beslut SBN 2025-01-28 § 9.",
         "2025-02-03 09:10", sbn, "UTGAR", ""),
        (SBF, "Upphandling", "Beställningar av entreprenader görs inom gällande ramavtal",
         "Förvaltningschef", "Ej rapporterad", "", "", sbn, "SAKNAS", ""),
        (KFF, "Föreningsbidrag", "Föreningsbidrag betalas ut enligt riktlinjer och beslut",
         "Föreningskonsulent", "Klar", "Alla 28 utbetalningar kontrollerade mot beslut. Inga fel.",
         "2025-05-05 11:41", kfn, "GENOMFORD", "nej"),
        (KFF, "Föreningsbidrag", "Redovisning av aktivitetsstöd kontrolleras mot närvarolistor",
         "Föreningskonsulent", "Pågår",
         "Stickprov hos 4 av 8 föreningar klart. En förening hade redovisat 12 sammankomster för mycket; "
         "återkrav har skickats.", "2025-05-05 11:52", kfn, "DELVIS", "ja"),
        (KFF, "Bibliotek", "Kontanthantering i biblioteket – dagskassor stäms av", "Bibliotekschef", "Klar",
         "Avstämda varje vecka, differens 0 kr.", "2025-04-30 16:05", kfn, "GENOMFORD", "nej"),
        (KFF, "Fritidsgårdar", "Registerkontroll för personal på fritidsgårdar", "Fritidschef",
         "Ej påbörjad", "", "2025-04-30 16:10", kfn, "EJ_GENOMFORD", ""),
        (KFF, "Anläggningar", "Bokning och debitering av idrottsanläggningar stäms av i bokningssystemet",
         "Anläggningschef", "Pågår", "Kontroll av januari–februari genomförd.", "2025-05-07 13:30", kfn,
         "DELVIS", ""),
    ]
    with open(path(fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, ansv, st, kom, dt, nm, es, av in rows:
            w.writerow([org, plan, proc, km, ansv, per, st, kom, dt])
            exp(fil, nm, km, es, av)
    FILES.append((fil, "INLAST", sbn, "2025", "T1"))
    FILES.append((fil, "INLAST", kfn, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 5 - Österbyn Bostäder AB, board report, text only
# ---------------------------------------------------------------------------
def file_obab():
    fil = "ÖBAB styrelserapport intern kontroll jan-apr 2025.docx"
    nm = "Österbyn Bostäder AB"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Österbyn Bostäder AB"
    d.sections[0].header.paragraphs[0].text = "Österbyn Bostäder AB (publ)\tStyrelsemöte 2025-05-20\tÄrende 7"
    d.add_heading("Rapport till styrelsen: Intern kontroll – uppföljning januari–april 2025", level=1)
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 vid sammanträdet 2024-12-10. "
        "Enligt ägardirektivet från Österbyn kommun ska bolaget rapportera uppföljningen av den interna "
        "kontrollen till styrelsen tre gånger per år. Denna rapport avser perioden 1 januari – 30 april 2025. "
        "Nedan redovisas varje kontroll med genomförande, iakttagelser och status.")
    items = [
        ("1. Hyresdebitering",
         "Kontroll att samtliga uthyrda lägenheter aviseras med rätt hyra efter årets hyresförhandling",
         "Ekonomiassistent jämförde hyresregistret med förhandlingsprotokollet (höjning 4,6 %) för samtliga "
         "1 412 lägenheter.",
         "Inga avvikelser.", "Genomförd.", "GENOMFORD", "nej"),
        ("2. Hyresfordringar",
         "Uppföljning av hyresskulder och att inkassorutinen följs",
         "Genomgång av kravlistan per 31 mars.",
         "I två ärenden skickades ärendet till inkasso cirka tre veckor senare än rutinen anger. "
         "Rutinen har gåtts igenom med kundtjänst.",
         "Genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("3. Underhåll och entreprenader",
         "Attest av entreprenadfakturor mot beställning och avtal",
         "Stickprov på 20 fakturor från ramavtalsentreprenörer. Hittills har 11 fakturor granskats.",
         "Inga fel bland de granskade fakturorna hittills.",
         "Pågår, slutförs i maj.", "DELVIS", "nej"),
        ("4. Uthyrning",
         "Tilldelning av lägenheter sker enligt uthyrningspolicyn (kötid)",
         "10 nytecknade kontrakt granskades mot kölistan.",
         "Samtliga tilldelningar följde kötid eller dokumenterat undantag enligt policyn.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("5. Nyckel- och låshantering",
         "Inventering av huvudnycklar och låssystem",
         "Har inte påbörjats.",
         "–",
         "Ej genomförd. Skjuts till augusti på grund av byte av låssystem i område Norrbacka.",
         "EJ_GENOMFORD", ""),
        ("6. Jäv och bisysslor",
         "Jävsdeklarationer för styrelse och ledande befattningshavare",
         "Blankett för jävsdeklaration skickades ut i februari.",
         "Samtliga sju ledamöter och fyra personer i ledningsgruppen har lämnat deklaration. "
         "Inga jävsförhållanden har rapporterats.",
         "Genomförd.", "GENOMFORD", "nej"),
    ]
    for head, km, gen, iakt, status, es, av in items:
        d.add_heading(head, level=2)
        for lab, txt in (("Kontrollmoment: ", km), ("Genomförande: ", gen),
                         ("Iakttagelser: ", iakt), ("Status: ", status)):
            p = d.add_paragraph()
            r = p.add_run(lab)
            r.bold = True
            p.add_run(txt)
        exp(fil, nm, km, es, av)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Styrelsen noterar rapporten och lägger den till handlingarna.")
    d.add_paragraph("Österbyn 2025-05-09\n\nPer Sandström\nVD, Österbyn Bostäder AB")
    d.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 6 - Österbyn Energi och Vatten AB, .xls, plan ticks + "utförd" ticks per tertial
# ---------------------------------------------------------------------------
def file_oev():
    fil = "ÖEVAB Internkontroll 2025 styrelserapport T1.xls"
    nm = "Österbyn Energi och Vatten AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    grp = xlwt.easyxf("font: bold on; align: horiz centre; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cen = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Österbyn Energi och Vatten AB", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning – rapport till styrelsen 2025-05-27")
    ws.write(2, 0, "Uppföljning avser tertial 1 (januari–april). Kolumnerna för T2 och T3 fylls i vid senare rapporter.")
    # two-level header: row 4 groups, row 5 columns
    ws.write_merge(4, 4, 5, 7, "Planerad", grp)
    ws.write_merge(4, 4, 8, 10, "Utförd", grp)
    cols = ["Risk-ID", "Område", "Kontrollaktivitet", "Ansvarig", "Frekvens",
            "T1", "T2", "T3", "T1", "T2", "T3", "Avvikelse (J/N)", "Kommentar"]
    for c, h in enumerate(cols):
        ws.write(5, c, h, bold)
    for c in range(0, 5):
        ws.write(4, c, "", grp)
    ws.write_merge(4, 4, 11, 12, "", grp)
    rows = [
        ("E1", "Elnät/debitering", "Avläsning och debitering av elmätare – kontroll av nollförbrukare",
         "Chef kundservice", "Tertial", "X", "X", "X", "X", "N",
         "14 nollförbrukare utredda, samtliga avser tomma lägenheter.", "GENOMFORD", "nej"),
        ("E2", "Elnät/debitering", "Nätavgifter debiteras enligt gällande tariff",
         "Nätchef", "Halvår", "X", "", "X", "X", "J",
         "Fel tariff för 3 kunder efter säkringsbyte. Rättat och kreditering gjord.", "GENOMFORD", "ja"),
        ("V1", "VA", "Provtagning av dricksvatten enligt kontrollprogram",
         "VA-chef", "Månad", "X", "X", "X", "(X)", "N",
         "Provtagning januari–mars enligt plan, aprilprovet försenat pga byte av laboratorium.",
         "DELVIS", "nej"),
        ("V2", "VA", "Kontroll av att VA-anslutningsavgifter faktureras vid nyanslutning",
         "Chef kundservice", "Årligen", "X", "", "", "–", "",
         "Ej utförd, resursbrist på kundservice. Görs under T2.", "EJ_GENOMFORD", ""),
        ("F1", "Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktion",
         "Ekonomichef", "Tertial", "X", "X", "X", "X", "N", "", "GENOMFORD", "nej"),
        ("F2", "Ekonomi", "Avstämning av anläggningsregister mot huvudbok",
         "Redovisningsekonom", "Årligen", "", "", "X", "", "", "", "SAKNAS", ""),
        ("I1", "IT/OT-säkerhet", "Behörighetsgranskning i styrsystemet (SCADA) för vattenverket",
         "IT-säkerhetsansvarig", "Halvår", "X", "", "X", "X", "J",
         "Två konton för tidigare konsulter var fortfarande aktiva – spärrade 2025-03-14.", "GENOMFORD", "ja"),
        ("H1", "Arbetsmiljö", "Skyddsronder i pumpstationer och ställverk",
         "Arbetsmiljösamordnare", "Halvår", "X", "", "X", "(X)", "",
         "5 av 9 anläggningar klara.", "DELVIS", ""),
    ]
    r = 6
    for rid, omr, km, ansv, frekv, p1, p2, p3, u1, avj, kom, es, av in rows:
        vals = [rid, omr, km, ansv, frekv, p1, p2, p3, u1, "", "", avj, kom]
        for c, v in enumerate(vals):
            ws.write(r, c, v, cen if 5 <= c <= 11 else norm)
        exp(fil, nm, km, es, av)
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring: X = utförd/planerad, (X) = delvis utförd, – = ej utförd. "
                   "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse.", small)
    ws.write(r + 2, 0, "Godkänd av VD 2025-05-16, Lena Holm")
    widths = [8, 18, 50, 22, 10, 5, 5, 5, 5, 5, 5, 10, 50]
    for i, wdt in enumerate(widths):
        ws.col(i).width = wdt * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 7 - Räddningstjänsten (kommunalförbund), .ods, repeated headers per område,
#          helår 2024 beside T1 2025, letter codes with legend at the bottom
# ---------------------------------------------------------------------------
def file_ron():
    fil = "Räddningstjänsten Österbyn-Norrå uppföljning IK 2025-T1.ods"
    nm = "Räddningstjänsten Österbyn-Norrå"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TextProperties(fontweight="bold"))
    hdrst.addElement(TableCellProperties(backgroundcolor="#FCE4D6", border="0.5pt solid #000000",
                                         wrapoption="wrap"))
    doc.automaticstyles.addElement(hdrst)
    bord = Style(name="bord", family="table-cell")
    bord.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap",
                                        verticalalign="top"))
    doc.automaticstyles.addElement(bord)
    widths = ["1.0cm", "9.0cm", "2.2cm", "2.2cm", "2.2cm", "9.0cm"]
    t = Table(name="Uppföljning")
    for i, wd in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, span_first=False):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if span_first and i == 0:
                kw["numbercolumnsspanned"] = len(widths)
            tc = TableCell(valuetype="string", **kw) if v not in (None, "") else TableCell(**kw)
            if v not in (None, ""):
                for k, line in enumerate(str(v).split("\n")):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            if span_first and i == 0:
                for _ in range(len(widths) - 1):
                    tr.addElement(CoveredTableCell())
                break
        t.addElement(tr)

    row(["Räddningstjänsten Österbyn-Norrå – kommunalförbund"], big, span_first=True)
    row(["Direktionen – Uppföljning av intern kontroll 2025"], bold, span_first=True)
    row(["Rapportperiod: tertial 1 2025 (jan–apr). Helårsresultat 2024 visas som jämförelse."], None,
        span_first=True)
    row([""])
    header = ["Nr", "Kontrollmoment", "Helår 2024", "T1 2025", "T2 2025", "Kommentar T1 2025"]
    blocks = [
        ("Område: Ekonomi", [
            ("1", "Attestering av fakturor enligt förbundets attestordning", "G", "G",
             "Stickprov 25 fakturor utan anmärkning.", "GENOMFORD", "nej"),
            ("2", "Fakturering av onödiga automatiska brandlarm till larmägare", "D", "A",
             "Samtliga 41 onödiga larm fakturerade. 2 fakturor ställdes till fel larmägare och har krediterats.",
             "GENOMFORD", "ja"),
            ("3", "Medlemsavgifter från medlemskommunerna stäms av mot förbundsordningen", "G", "",
             "", "SAKNAS", ""),
        ]),
        ("Område: Räddningsverksamhet och tillsyn", [
            ("4", "Tillsyn enligt LSO genomförs enligt tillsynsplan", "E", "D",
             "18 av 60 planerade tillsyner genomförda (30 %).", "DELVIS", ""),
            ("5", "Rökdykarnas fysiska tester och övningar dokumenteras", "G", "G", "", "GENOMFORD", "nej"),
            ("6", "Insatsrapporter färdigställs inom 7 dagar efter insats", "Ny 2025", "E",
             "Ej genomförd – nytt insatsrapportsystem infördes i mars.", "EJ_GENOMFORD", ""),
        ]),
        ("Område: Personal", [
            ("7", "Hälsokontroller för räddningspersonal i beredskap (RIB) genomförs enligt AFS", "D", "U",
             "Utgår enligt direktionsbeslut 2025-02-20 § 6 – hanteras av företagshälsovården.",
             "UTGAR", ""),
            ("8", "Beredskapsersättning för RIB stäms av mot schema och lönesystem", "G", "D",
             "Januari–februari avstämda. 3 felaktiga ersättningar upptäcktes och rättades i aprillönen.",
             "DELVIS", "ja"),
        ]),
        ("Område: Fordon och materiel", [
            ("9", "Besiktning och service av fordon och släckutrustning enligt underhållsplan", "G", "G",
             "Samtliga fordon besiktigade i tid.", "GENOMFORD", "nej"),
        ]),
    ]
    for bname, items in blocks:
        row([bname], bold, span_first=True)
        row(header, hdrst)
        for nr, km, h24, t1, kom, es, av in items:
            row([nr, km, h24, t1, "", kom], bord)
            exp(fil, nm, km, es, av)
        row([""])
    row(["Förklaring: G = Genomförd utan anmärkning, A = Genomförd med anmärkning, D = Delvis genomförd/pågår, "
         "E = Ej genomförd, U = Utgår"], None, span_first=True)
    row(["Upprättad av: Mats Ek, administrativ chef, 2025-05-07"], None, span_first=True)
    doc.spreadsheet.addElement(t)
    doc.save(path(fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# File 8 - reject: covering letter (missiv) from Räddningstjänsten
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv IK-uppföljning T1 2025 Räddningstjänsten.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_paragraph("Räddningstjänsten Österbyn-Norrå\nKommunalförbund\nBox 114, 793 21 Österbyn")
    d.add_paragraph("2025-05-16\t\tDnr RÖN 2025/18")
    d.add_paragraph("Till\nÖsterbyn kommun, ekonomiavdelningen\nNorrå kommun, ekonomiavdelningen")
    d.add_heading("Missiv – Uppföljning av intern kontroll tertial 1 2025", level=1)
    d.add_paragraph(
        "Härmed översänds förbundets uppföljning av internkontrollplan 2025 för tertial 1 i enlighet med "
        "förbundsordningen § 14 och medlemskommunernas anvisningar för uppföljning av intern kontroll.")
    d.add_paragraph(
        "Direktionen behandlade uppföljningen vid sammanträdet 2025-05-15, § 22, och beslutade att godkänna "
        "den. Uppföljningen bifogas som separat fil (kalkylblad). Protokollsutdrag skickas när protokollet är "
        "justerat.")
    d.add_paragraph(
        "Frågor om uppföljningen besvaras av administrativ chef Mats Ek, tfn 0651-123 45, "
        "mats.ek@ron-raddning.example.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Wester\nRäddningschef")
    d.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in NAMNDER:
            w.writerow([n, a])
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_stratsys()
    file_obab()
    file_oev()
    file_ron()
    file_missiv()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
