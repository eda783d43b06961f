#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r605 - Tranås kommun, delår 2025 (per 31 augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv
in the folder of this script. Deterministic (fixed document properties, no clock).
"""
import os
import csv
import datetime

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 5, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(HERE, name)


def fix_props(wb):
    wb.properties.creator = "Tranås kommun"
    wb.properties.lastModifiedBy = "Tranås kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - risk-based xlsx with process group rows
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Kommunstyrelsen IKP uppföljning delår 2025.xlsx"
    nd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning delår"
    bold = Font(bold=True)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Tranås kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning i delårsrapport per 31 augusti 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Riskvärde = sannolikhet × konsekvens (skala 1–4, riskvärde 1–16). "
                "Kontroller med riskvärde 9 eller högre rapporteras särskilt till KS.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:J3")
    heads = ["Process", "Risk (oönskad händelse)", "Sannolikhet (1–4)", "Konsekvens (1–4)",
             "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
             "Status 31/8", "Kommentar / åtgärd"]
    hr = 5
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    groups = [
        ("Ekonomiprocesser", [
            ("Felaktiga utbetalningar", 3, 3,
             "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Två ggr/år",
             "Genomförd", "Stickprov 40 fakturor mars–juni. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Förtroendeskada", 3, 4,
             "Kontroll av att representation och förtroendekänsliga poster är korrekt konterade och motiverade",
             "Redovisningsansvarig", "Två ggr/år", "Genomförd med avvikelse",
             "3 av 25 verifikationer saknade deltagarförteckning. Information till chefer i juni.",
             "GENOMFORD", "ja"),
            ("Fel i delårsbokslut", 2, 3,
             "Avstämning av balanskonton inför delårsbokslut", "Controller", "Delår/helår",
             "Pågår", "Avstämningen görs i samband med delårsbokslutet i september.", "DELVIS", ""),
        ]),
        ("HR / personal", [
            ("Felaktiga löner", 2, 4,
             "Kontroll av att ändringar i lönesystemet (Heroma) görs enligt beslut",
             "HR-chef", "Kvartal", "Genomförd", "Stickprov 30 ändringar, inga felaktigheter.",
             "GENOMFORD", "nej"),
            ("Ohälsa, brister i arbetsmiljön", 3, 3,
             "Kontroll av att systematiskt arbetsmiljöarbete (SAM) dokumenteras på samtliga enheter",
             "HR-chef", "Årligen", "Ej påbörjad", "Skjuts till hösten p.g.a. vakanser på HR-enheten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("Obehörig åtkomst", 3, 4,
             "Behörigheter i ekonomisystemet – avslutade anställningar är borttagna",
             "IT-chef", "Två ggr/år", "Genomförd",
             "Två konton för avslutade anställningar hittades och stängdes omgående.",
             "GENOMFORD", "ja"),
            ("Förlust av data", 2, 4,
             "Test av återläsning av säkerhetskopior för verksamhetssystem", "IT-chef", "Årligen",
             None, None, "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("Köp utanför avtal", 4, 3,
             "Inköp sker från avtalade leverantörer (avtalstrohet)", "Upphandlingschef", "Två ggr/år",
             "Delvis", "Stickprov på 30 av planerade 60 inköp klart; 4 köp utanför avtal.",
             "DELVIS", "ja"),
            ("Otillåten direktupphandling", 3, 3,
             "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Upphandlingschef",
             "Årligen", None,
             "Kontrollen genomförs i november enligt plan, inget att rapportera till delår.",
             "EJ_GENOMFORD", ""),
            ("Beslut fattas utan mandat", 2, 2,
             "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Två ggr/år",
             "Utgår", "Ersätts av digital rutin i ärendesystemet, beslut KS 2025-03-12 § 45.",
             "UTGAR", ""),
        ]),
    ]
    r = hr + 1
    n = 0
    for gname, rows in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = Font(bold=True, color="FFFFFF")
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="2F5597")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for (risk, s, k, km, ans, frek, st, kom, est, eav) in rows:
            vals = [gname, risk, s, k, s * k, km, ans, frek, st, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = box
            if s * k >= 9:
                ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor="F8CBAD")
            exp(fil, nd, km, est, eav)
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontroller i planen:").font = bold
    ws.cell(row=r, column=3, value=n)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Anna Lindqvist, controller, 2025-09-08")
    widths = [18, 26, 11, 11, 10, 50, 18, 12, 18, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - G/Y/R bedömning, nämnd only in file name + print header
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN_IK_delar_2025.xlsx"
    nd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Barn- och utbildningsförvaltningen, Tranås kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    bold = Font(bold=True)
    ws["A1"] = "Internkontrollplan 2025 – uppföljning delår (jan–aug)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteras till nämnden 2025-09-24"
    # two-row header with merged "Riskbedömning"
    ws["A4"] = "Nr"
    ws["B4"] = "Område"
    ws["C4"] = "Kontrollmoment"
    ws["D4"] = "Riskbedömning"
    ws.merge_cells("D4:F4")
    ws["D5"] = "S"
    ws["E5"] = "K"
    ws["F5"] = "RV"
    ws["G4"] = "Metod / omfattning"
    ws["H4"] = "Utfall delår"
    ws["I4"] = "Bedömning (G/Y/R)"
    for col in "ABCGHI":
        ws.merge_cells(f"{col}4:{col}5")
    for row in (4, 5):
        for col in range(1, 10):
            c = ws.cell(row=row, column=col)
            c.font = bold
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    fills = {"G": "92D050", "g": "92D050", "Y": "FFFF00", "R": "FF0000"}
    rows = [
        ("Ekonomi", "Kontroll av att placeringar i förskola debiteras enligt taxa", 3, 2,
         "Stickprov 20 placeringar", "Stickprov 20 placeringar, samtliga korrekt debiterade.", "G",
         "GENOMFORD", "nej"),
        ("Trygghet och studiero", "Rutin för anmälan av kränkande behandling till huvudman följs", 3, 4,
         "Genomgång av anmälningar per skola",
         "Granskning påbörjad, 6 av 12 skolor klara. 1 anmälan rapporterades sent till huvudman.", "Y",
         "DELVIS", "ja"),
        ("Närvaro", "Frånvarorapportering – upprepad ogiltig frånvaro anmäls till elevhälsan", 2, 3,
         "Samtliga 7–9-skolor", "Genomförd på samtliga 7–9-skolor utan anmärkning.", "g",
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen", 2, 2,
         "Stickprov 15 beslut",
         "Ej genomförd – ansvarig handläggare föräldraledig, flyttas till helår.", "R",
         "EJ_GENOMFORD", ""),
        ("Personal", "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning", 2, 4,
         "Alla nyanställda jan–aug", "Se bilaga 2", None, "OKLAR", ""),
        ("Informationssäkerhet", "Inventarieförteckning för digitala enheter (Chromebooks) är uppdaterad", 3, 2,
         "Avstämning mot inventarielista", "Kontrollen är genomförd. Inga avvikelser.", None,
         "GENOMFORD", "nej"),
        ("Ekonomi", "Statsbidrag – ansökan och redovisning sker inom tidsgränser", 2, 4,
         "Samtliga statsbidrag", "Samtliga redovisningar till Skolverket inlämnade i tid.", "G",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av fakturor för skolmåltider", 2, 2, "Stickprov 20 fakturor",
         "Utgår – kontrollen flyttad till kommunstyrelsens plan (kostenheten).", "–",
         "UTGAR", ""),
        ("Kvalitet", "Uppföljning av att individuella utvecklingsplaner (IUP) upprättas", 3, 3,
         "Stickprov årskurs 3 och 6", None, "R", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet",
         "Kontroll av att elevers sekretessmarkering hanteras korrekt i lärplattformen", 1, 4,
         "Samtliga elever med skyddade personuppgifter",
         "Genomförd, men 1 elev med skyddad identitet syntes i en klasslista – åtgärdat direkt.", "G",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for i, (omr, km, s, k, metod, utf, bed, est, eav) in enumerate(rows, 1):
        vals = [i, omr, km, s, k, s * k, metod, utf, bed]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if bed in fills:
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=fills[bed])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nd, km, est, eav)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Förklaring / Legend").font = bold
    legend = [
        "G = Green / Grönt – genomförd, OK utan anmärkning",
        "Y = Yellow / Gult – delvis genomförd, in progress / pågår",
        "R = Red / Rött – not done, ej genomförd",
        "Avvikelser (deviations found) beskrivs i kolumnen Utfall delår. S = sannolikhet, K = konsekvens, RV = riskvärde (S×K).",
    ]
    for line in legend:
        r += 1
        ws.cell(row=r, column=2, value=line)
    widths = [5, 20, 48, 5, 5, 6, 26, 48, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word report, one table per risk area + summary count table
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnamnden_uppfoljning_IKP_delar_2025.docx"
    nd = "Socialnämnden"
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Socialförvaltningen"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Socialförvaltningen"
    cp.title = "Uppföljning internkontrollplan delår 2025"
    d.sections[0].header.paragraphs[0].text = "TRANÅS KOMMUN\tSocialförvaltningen\tDnr SN 2025/0117"
    d.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025", level=1)
    d.add_paragraph("Delårsuppföljning – perioden januari–augusti 2025")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Planen bygger på "
        "en riskanalys där varje risk har bedömts utifrån sannolikhet (S, 1–4) och konsekvens (K, 1–4). "
        "Riskvärdet (RV) är produkten av dessa, 1–16. Nedan redovisas utfallet per riskområde.")
    areas = [
        ("Riskområde 1: Myndighetsutövning", [
            ("Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", 3, 4,
             "Av 48 avslutade utredningar överskred 6 fyra månader utan beslut om förlängning.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Beslut om bistånd enligt SoL fattas av behörig delegat", 2, 3,
             "Stickprov 30 beslut – samtliga fattade av behörig delegat.", "Genomförd", "GENOMFORD", "nej"),
            ("Förhandsbedömning av orosanmälningar görs inom 14 dagar", 3, 4,
             "Kontroll av perioden januari–juni klar, juli–augusti återstår. Inga överskridanden hittills.",
             "Delvis genomförd", "DELVIS", "nej"),
        ]),
        ("Riskområde 2: Ekonomi", [
            ("Fakturering av avgifter inom hemtjänst överensstämmer med beviljade och utförda timmar", 3, 3,
             "Avstämning april och maj, inga differenser.", "Genomförd", "GENOMFORD", "nej"),
            ("Hantering av brukares privata medel på särskilt boende", 2, 4,
             "Kontrollen flyttas till hösten på grund av omorganisation.", "Ej genomförd",
             "EJ_GENOMFORD", ""),
        ]),
        ("Riskområde 3: Informationssäkerhet", [
            ("Loggkontroll i verksamhetssystemet för journalföring", 3, 4,
             "Loggkontroller genomförda för individ- och familjeomsorgen, återstår för vård och omsorg.",
             "Pågår", "DELVIS", ""),
            ("Behörigheter i verksamhetssystemet tas bort när anställning upphör", 2, 3,
             "Ersätts av automatisk avslutning via AD från april 2025.", "Utgår", "UTGAR", ""),
        ]),
        ("Riskområde 4: Bemanning och kompetens", [
            ("Registerkontroll vid anställning inom LSS-verksamhet", 2, 4,
             "Samtliga 14 nyanställda kontrollerade.", "Genomförd", "GENOMFORD", "nej"),
            ("Delegeringar av hälso- och sjukvårdsuppgifter är aktuella och signerade", 3, 3,
             "5 delegeringar hade gått ut; förnyade i juni.", "Genomförd", "GENOMFORD", "ja"),
        ]),
    ]
    for title, rows in areas:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "S", "K", "RV", "Utfall / kommentar", "Status"]):
            t.rows[0].cells[i].text = h
            for run in t.rows[0].cells[i].paragraphs[0].runs:
                run.bold = True
        for (km, s, k, utf, st, est, eav) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([km, str(s), str(k), str(s * k), utf, st]):
                cells[i].text = v
            exp(fil, nd, km, est, eav)
        d.add_paragraph("")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Tabellen visar antal kontroller per status vid delårsuppföljningen.")
    summ = [("Status", "Antal", "Varav med avvikelse"),
            ("Genomförd", "5", "2"),
            ("Delvis genomförd", "2", "0"),
            ("Ej genomförd", "1", "–"),
            ("Utgår", "1", "–"),
            ("Totalt", "9", "2")]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for row in summ:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Åtgärder för "
        "avvikelserna inom myndighetsutövning redovisas i verksamhetsberättelsen.")
    d.add_paragraph("Tranås 2025-09-10")
    d.add_paragraph("Eva Bergström\nSocialchef")
    d.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))
    return fil


def build_lock(docname):
    fil = "~$" + docname[2:]
    user = "Eva Bergström"
    ascii_user = user.encode("latin-1")
    b = bytearray()
    b.append(len(user))
    b += ascii_user
    b += b"\x00" * (54 - len(b))
    b += len(user).to_bytes(2, "little")
    b += user.encode("utf-16-le")
    b += b"\x00" * (162 - len(b))
    with open(p(fil), "wb") as f:
        f.write(bytes(b))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 4. KFN + SBN share one sheet in an .ods, band rows name the nämnd
# ---------------------------------------------------------------------------
def build_ods():
    fil = "Uppfoljning_internkontroll_KFN_SBN_delar2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    band = Style(name="band", family="table-cell")
    band.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    band.addElement(TableCellProperties(backgroundcolor="#385723"))
    doc.automaticstyles.addElement(band)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#c5e0b4", wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap"))
    doc.automaticstyles.addElement(wrap)
    widths = ["3.5cm", "8cm", "2.2cm", "2.2cm", "2cm", "3.5cm", "8cm", "2.8cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="Delår 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    NC = 8

    def cell(v, style=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            c = TableCell(valuetype="float", value=v, **kw)
            c.addElement(P(text=str(v)))
        else:
            c = TableCell(**kw)
            if v not in (None, ""):
                for i, line in enumerate(str(v).split("\n")):
                    c.addElement(P(text=line))
        return c

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            tr.addElement(cell(v, style))
        t.addElement(tr)

    def band_row(text):
        tr = TableRow()
        tr.addElement(cell(text, band, NC))
        for _ in range(NC - 1):
            tr.addElement(CoveredTableCell())
        t.addElement(tr)

    row(["Uppföljning av internkontrollplaner 2025 – delår (t.o.m. 31 augusti)"], bold)
    row(["Samhällsbyggnadsförvaltningen, Tranås kommun – gemensam sammanställning för nämnderna"])
    row([])
    row(["Kontrollområde", "Kontrollmoment", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
         "Kontrollansvarig", "Uppföljning delår", "Status"], head)
    kfn = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade riktlinjer", 3, 3, "Föreningshandläggare",
         "Samtliga 22 aktivitetsstöd kontrollerade mot närvarolistor.", "Klar", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontanthantering och kassaredovisning vid simhallens entrékassa", 3, 2,
         "Badchef", "Två kassadifferenser (totalt 1 240 kr) i maj; rutin för dubbelkontroll införd.",
         "Klar, avvikelse", "GENOMFORD", "ja"),
        ("Intäkter", "Uthyrning av lokaler faktureras enligt taxa", 2, 2, "Bokningsansvarig",
         "Stickprov januari–maj klart, juni–augusti görs i september.", "Påbörjad", "DELVIS", ""),
        ("Bibliotek", "Krav och fakturering av ej återlämnade medier", 1, 2, "Bibliotekschef",
         "Utgår enligt beslut KFN 2025-02-20 § 12.", "Ej aktuell", "UTGAR", ""),
        ("Avtal", "Avtal med externa arrangörer av evenemang är undertecknade före genomförande", 2, 3,
         "Evenemangssamordnare", None, None, "SAKNAS", ""),
    ]
    sbn = [
        ("Myndighetsutövning", "Handläggningstid för bygglov inom 10 veckor enligt PBL", 3, 3,
         "Bygglovschef",
         "94 % av ärendena inom tidsfrist; 5 ärenden överskred, avgiftsreduktion tillämpad.",
         "Klar, avvikelse", "GENOMFORD", "ja"),
        ("Intäkter", "Debitering av bygglovsavgifter enligt gällande taxa", 2, 3, "Bygglovschef",
         "Stickprov 15 ärenden – korrekt debiterade.", "Klar", "GENOMFORD", "nej"),
        ("Tillsyn", "Kontroller av livsmedelsverksamheter enligt tillsynsplan", 3, 3, "Miljöchef",
         "48 av 110 planerade kontroller utförda per 31/8.", "Påbörjad", "DELVIS", ""),
        ("Dokumenthantering", "Kontroll av att diarieföring sker inom föreskriven tid", 2, 2, "Nämndsekreterare",
         None, "Ej utförd", "EJ_GENOMFORD", ""),
        ("Intäkter", "Debitering av årliga tillsynsavgifter inom miljöbalkens område", 2, 3, "Miljöchef",
         "Genomförd utan anmärkning.", "Klar", "GENOMFORD", "nej"),
        ("Avtal", "Uppföljning av avtal med entreprenör för kart- och mättjänster", 3, 3,
         "Samhällsbyggnadschef", "Se separat rapport", None, "OKLAR", ""),
    ]
    for name, data in (("Kultur- och fritidsnämnden", kfn), ("Samhällsbyggnadsnämnden", sbn)):
        band_row(name)
        for (omr, km, s, k, ans, utf, st, est, eav) in data:
            tr = TableRow()
            for v in [omr, km, s, k, s * k, ans, utf, st]:
                tr.addElement(cell(v, wrap))
            t.addElement(tr)
            exp(fil, name, km, est, eav)
        row([])
        FILES.append((fil, "INLAST", name, "2025", "DELAR"))
    row(["Status: Klar / Klar, avvikelse / Påbörjad / Ej utförd / Ej aktuell"])
    doc.spreadsheet.addElement(t)
    doc.save(p(fil))


# ---------------------------------------------------------------------------
# 5. UTF-16 export from a governance system: TN + ÖFN, T1 and Delår side by side
# ---------------------------------------------------------------------------
def build_export():
    fil = "Stratsys_Export_Internkontroll_20250905.txt"
    lines = []
    lines.append(["Rapport: Internkontroll – uppföljning 2025", "", "", "", "", "", "", "", ""])
    lines.append(["Utskriven: 2025-09-05 09:42", "Urval: Tekniska nämnden; Överförmyndarnämnden",
                  "", "", "", "", "", "", ""])
    lines.append([""] * 9)
    lines.append(["Organisation", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
                  "Status T1", "Kommentar T1", "Status Delår", "Kommentar Delår"])
    tn = [
        ("Kontroll av att drivmedelskort används enligt riktlinje", 3, 2,
         "Genomförd", "Inga avvikelser.", "Genomförd", "Kontroll maj–aug, inga avvikelser.", "GENOMFORD", "nej"),
        ("Egenkontroll av lekplatser enligt SS-EN 1176", 3, 4,
         "Ej påbörjad", "", "Delvis genomförd", "18 av 31 lekplatser besiktigade, 2 redskap avstängda.",
         "DELVIS", "ja"),
        ("Arbetsorder i fastighetssystemet attesteras innan fakturering", 2, 3,
         "Genomförd", "Stickprov 25 arbetsorder, samtliga korrekt.", "", "", "GENOMFORD", "nej"),
        ("Avtalstrohet vid inköp av material inom VA-verksamheten", 3, 3,
         "Ej påbörjad", "", "Ej genomförd", "Resursbrist, flyttas till T3.", "EJ_GENOMFORD", ""),
        ("Kundfordringar VA – påminnelser skickas enligt rutin", 2, 3,
         "", "", "Genomförd", "Påminnelserutinen följd; 3 kunder överlämnade till inkasso enligt rutin.",
         "GENOMFORD", "nej"),
        ("Nycklar och passerkort återlämnas vid avslutad anställning", 2, 3,
         "Utgår", "Ingår i KS kontroll av behörigheter.", "Utgår", "", "UTGAR", ""),
    ]
    ofn = [
        ("Granskning av årsräkningar inkomna senast 1 mars", 3, 4,
         "Delvis genomförd", "62 % granskade.", "Genomförd",
         "Samtliga 214 årsräkningar granskade; 9 med anmärkning.", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", 2, 3,
         "", "", "Genomförd", "Stickprov 20 arvodesbeslut – korrekt.", "GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya ställföreträdare (belastningsregister och kreditupplysning)", 2, 4,
         "Genomförd", "Samtliga 11 nya prövade.", "Ej genomförd",
         "Ingen kontroll maj–aug p.g.a. sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Uttag från spärrade förvaltarkonton sker med överförmyndarens samtycke", 2, 4,
         "Ej påbörjad", "Planeras till hösten.", "", "", "EJ_GENOMFORD", ""),
    ]
    for org, data in (("Tekniska nämnden", tn), ("Överförmyndarnämnden", ofn)):
        for (km, s, k, st1, k1, st2, k2, est, eav) in data:
            lines.append([org, km, str(s), str(k), str(s * k), st1, k1, st2, k2])
            exp(fil, org, km, est, eav)
        FILES.append((fil, "INLAST", org, "2025", "DELAR"))
    lines.append([""] * 9)
    lines.append(["Antal rader: 10", "", "", "", "", "", "", "", ""])
    text = "\r\n".join("\t".join(x) for x in lines) + "\r\n"
    with open(p(fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


# ---------------------------------------------------------------------------
# 6. Tranåsbostäder AB - .xls with "Klar %"
# ---------------------------------------------------------------------------
def build_xls():
    fil = "Tranasbostader_internkontroll_2025.xls"
    nd = "Tranåsbostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    b = xlwt.easyxf("font: bold on")
    t = xlwt.easyxf("font: bold on, height 280")
    h = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                    "alignment: wrap on; borders: left thin, right thin, top thin, bottom thin")
    w = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    pct = xlwt.easyxf("alignment: horiz center, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Tranåsbostäder AB – Uppföljning internkontrollplan 2025", t)
    ws.write(1, 0, "Avser: delår per 2025-08-31")
    ws.write(2, 0, "Klar % anger hur stor del av kontrollen som är utförd (0, 25, 50, 75, 100).")
    heads = ["Nr", "Rutin/process", "Kontrollmoment", "S", "K", "Riskvärde", "Ansvarig", "Klar %", "Notering"]
    for i, hh in enumerate(heads):
        ws.write(4, i, hh, h)
    rows = [
        ("Hyror", "Hyresavier och hyreshöjningar registreras enligt förhandlat utfall", 3, 3,
         "Ekonomichef", 100, "Kontrollerat mot förhandlingsprotokoll 2025.", "GENOMFORD", "nej"),
        ("Redovisning", "Avstämning hyresreskontra mot huvudbok", 2, 3, "Redovisningsekonom", 100,
         "Differens 4 300 kr utredd och rättad i juni.", "GENOMFORD", "ja"),
        ("Inköp", "Attest av entreprenörsfakturor enligt attestordning", 3, 3, "Fastighetschef", 75,
         "Stickprov januari–juni klart.", "DELVIS", ""),
        ("Hyror", "Uppföljning av obetalda hyror och avhysningsärenden", 3, 4, "Kundchef", 50,
         "", "DELVIS", ""),
        ("Säkerhet", "Brandskyddskontroller (SBA) i samtliga fastigheter", 2, 4, "Driftchef", 25,
         "Påbörjat i kv. Tallen.", "DELVIS", ""),
        ("Uthyrning", "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn", 2, 3, "Kundchef", 0,
         "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Nyckelhantering – kvittens vid utlämning av huvudnycklar", 2, 3, "Driftchef", None,
         "", "SAKNAS", ""),
        ("Upphandling", "Jävsdeklaration vid upphandling av ramavtal för måleri", 1, 3, "VD", None,
         "Utgår – ingen upphandling genomförs 2025.", "UTGAR", ""),
    ]
    r = 5
    for i, (proc, km, s, k, ans, klar, note, est, eav) in enumerate(rows, 1):
        ws.write(r, 0, i, pct)
        ws.write(r, 1, proc, w)
        ws.write(r, 2, km, w)
        ws.write(r, 3, s, pct)
        ws.write(r, 4, k, pct)
        ws.write(r, 5, s * k, pct)
        ws.write(r, 6, ans, w)
        if klar is None:
            ws.write(r, 7, "", pct)
        else:
            ws.write(r, 7, klar, pct)
        ws.write(r, 8, note, w)
        exp(fil, nd, km, est, eav)
        r += 1
    r += 1
    ws.write(r, 1, "Godkänd av styrelsen:", b)
    ws.write(r, 2, "Styrelsemöte 2025-09-18")
    for i, wd in enumerate([5, 16, 50, 5, 5, 10, 20, 9, 45]):
        ws.col(i).width = wd * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, "2025", "DELAR"))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Tranåsbostäder AB", "Tranåsbostäder|TBAB"),
        ("Tranås Energi AB", "Tranås Energi|TEAB"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n")
        wr.writerow(["nämnd", "alias"])
        wr.writerows(namnder)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n")
        wr.writerow(["fil", "utfall", "nämnd", "år", "period"])
        wr.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n")
        wr.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        wr.writerows(EXPECTED)


def normalize_zip(name):
    """Rewrite a zip container with fixed timestamps so the build is byte-deterministic."""
    import zipfile
    path = p(name)
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 5, 10, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def main():
    build_ks()
    build_bun()
    sn = build_sn()
    build_lock(sn)
    build_ods()
    build_export()
    build_xls()
    for name in os.listdir(HERE):
        if name.endswith((".xlsx", ".docx", ".ods")) and not name.startswith("~$"):
            normalize_zip(name)
    write_csvs()


if __name__ == "__main__":
    main()
