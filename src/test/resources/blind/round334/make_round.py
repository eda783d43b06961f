#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r334 - Kroksjö kommun, T1 2025 inbox.
Builds all follow-up files plus namnder.csv, files.csv, expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import docx
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 5, 8, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel, T1/T2/T3 columns, status words in T1 column
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_Uppföljning internkontrollplan T1 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Lena Ahlberg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IKP 2025"
    bold = Font(bold=True)
    ws["A1"] = "Kroksjö kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen"
    ws["A4"] = "Uppföljningsperiod:"
    ws["B4"] = "Tertial 1 (jan–apr) 2025"
    ws["A5"] = ("Ange status per tertial: Genomförd / Påbörjad / Ej påbörjad / Ej aktuell. "
                "Kommentera avvikelser och åtgärder i kolumnen Kommentar/avvikelse.")
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "T1", "T2", "T3", "Kommentar/avvikelse"]
    ws.append([])
    ws.append(hdr)
    hrow = ws.max_row
    grey = PatternFill("solid", fgColor="D9D9D9")
    for c in ws[hrow]:
        c.font = bold
        c.fill = grey
    rows = [
        ("Ekonomi",),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertialvis", "Ekonomichef", "Genomförd",
         "Stickprov 20 fakturor. 1 faktura attesterad av ersättare utan giltig delegation. "
         "Rättat och information lämnad till berörda chefer.", "GENOMFORD", "ja"),
        ("1.2", "Ekonomi",
         "Kontroll av representationsfakturor avseende syfte och deltagarförteckning",
         "Stickprov 10 fakturor", "Två ggr/år", "Redovisningsansvarig", "Planerad T2",
         "", "EJ_GENOMFORD", ""),
        ("1.3", "Ekonomi",
         "Kontroll av att leverantörsregistret är uppdaterat och att inaktiva leverantörer spärras",
         "Helgenomgång av registret", "Årligen", "Systemförvaltare ekonomi", "Påbörjad",
         "Genomgång påbörjad i april, ungefär hälften av registret granskat. Inga avvikelser hittills.",
         "DELVIS", "nej"),
        ("Upphandling och inköp",),
        ("2.1", "Upphandling", "Avtalstrohet vid inköp av varor och tjänster",
         "Analys av inköp utan avtal via e-handelssystemet", "Tertialvis", "Upphandlingschef",
         "Genomförd",
         "Köptrohet 91 %. Inköp utanför avtal inom kontorsmaterial och catering – dialog förs med berörda enheter.",
         "GENOMFORD", "ja"),
        ("2.2", "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade enligt riktlinjen",
         "Stickprov", "Årligen", "Upphandlingschef", "Ej aktuell T1", "", "UTGAR", ""),
        ("Personal",),
        ("3.1", "Lön", "Rätt lön utbetalas vid nyanställning – kontroll mot anställningsavtal",
         "Stickprov 10 nyanställda", "Tertialvis", "HR-chef", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3.2", "Rehabilitering",
         "Uppföljning av att sjukfrånvaro över 14 dagar anmäls och rehabiliteringsplan upprättas",
         "Utdrag ur HR-systemet", "Tertialvis", "HR-chef", "–", "", "SAKNAS", ""),
        ("3.3", "Arbetsmiljö",
         "Systematiskt arbetsmiljöarbete: årlig uppföljning (SAM) genomförd på samtliga enheter",
         "Enkät till chefer", "Årligen", "HR-chef", None, "", "SAKNAS", ""),
        ("Informationssäkerhet och dataskydd",),
        ("4.1", "IT", "Behörigheter i ekonomisystemet motsvarar aktuella arbetsuppgifter",
         "Genomgång av behörighetslista", "Två ggr/år", "IT-chef", "Påbörjad",
         "Behörighetslista uttagen 2025-04-22, granskning pågår.", "DELVIS", ""),
        ("4.2", "Dataskydd", "Registerförteckning enligt GDPR (art. 30) är aktuell",
         "Genomgång med verksamheterna", "Årligen", "Dataskyddssamordnare", "Ej påbörjad",
         "Planeras till hösten.", "EJ_GENOMFORD", ""),
        ("Styrning och ledning",),
        ("5.1", "Delegering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov 15 beslut", "Tertialvis", "Kommunsekreterare", None,
         "Kontroll gjord av 15 beslut, samtliga anmälda till KS 2025-04-09. Ingen avvikelse.",
         "GENOMFORD", "nej"),
    ]
    for r in rows:
        if len(r) == 1:
            ws.append([r[0]])
            ws.cell(ws.max_row, 1).font = bold
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=10)
            continue
        nr, proc, km, met, frek, ans, t1, kom, st, avv = r
        ws.append([nr, proc, km, met, frek, ans, t1, None, None, kom or None])
        for c in ws[ws.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, st, avv)
    ws.append([])
    ws.append(["Sammanställt av: Lena Ahlberg, controller, 2025-05-06"])
    widths = [6, 14, 48, 30, 12, 20, 14, 10, 10, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A8"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word table, symbols with legend after table
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN uppföljning internkontroll tertial 1 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Maria Stenberg"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Kroksjö kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/38"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 142). "
        "Nedan redovisas förvaltningens uppföljning av kontrollmomenten per den 30 april 2025. "
        "Flera kontroller är enligt planen schemalagda till senare under året.")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Resultat/kommentar"]
    rows = [
        ("Elevhälsa", "Dokumentation av elevhälsans insatser sker i journalsystemet",
         "Stickprov 15 journaler", "Elevhälsochef", "●",
         "15 journaler granskade, samtliga dokumenterade enligt rutin.", "GENOMFORD", "nej"),
        ("Kränkande behandling", "Anmälan om kränkande behandling till huvudman sker utan dröjsmål",
         "Genomgång av samtliga anmälningar", "Verksamhetschef grundskola", "●",
         "42 anmälningar under perioden. 6 anmäldes till huvudman senare än fem arbetsdagar. "
         "Åtgärd: påminnelse till rektorer vid rektorsmöte i april.", "GENOMFORD", "ja"),
        ("Skolplikt", "Uppföljning av elevers frånvaro och att frånvaroutredning påbörjas vid hög frånvaro",
         "Sammanställning från frånvarosystemet", "Verksamhetschef grundskola", "◐",
         "Sammanställning klar för sex av nio skolenheter.", "DELVIS", ""),
        ("Ekonomi", "Attest av fakturor för inköp till skolenheter enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonomichef", "○", "Planerad T2", "EJ_GENOMFORD", ""),
        ("Förskola", "Placering i förskola erbjuds inom fyra månader från ansökan",
         "Statistik ur e-tjänsten", "Verksamhetschef förskola", "●",
         "Samtliga 87 placeringar erbjudna inom lagstadgad tid.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Beslut om skolskjuts fattas i enlighet med gällande riktlinjer",
         "Stickprov 10 beslut", "Skolskjutshandläggare", "Planerad T2", "", "EJ_GENOMFORD", ""),
        ("Systematiskt kvalitetsarbete", "Rektorers kvalitetsrapporter lämnas enligt årshjulet",
         "Avstämning mot årshjul", "Kvalitetsstrateg", "",
         "Ej aktuell T1 – rapporterna lämnas i augusti.", "UTGAR", ""),
        ("Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet tas bort när personal slutar",
         "Jämförelse mot personalregistret", "Systemförvaltare", "◐",
         "Kontrollen påbörjad. Hittills hittade 4 aktiva konton för personal som slutat – borttagna.",
         "DELVIS", "ja"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = r[i]
        exp(fil, N, r[1], r[6], r[7])
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring:  ● Genomförd   ◐ Påbörjad/delvis genomförd   ○ Ej påbörjad")
    d.add_paragraph("Kroksjö 2025-05-12")
    d.add_paragraph("Maria Stenberg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - ODS, status/comment per period side by side
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnamnden_IKP2025_T1.ods"
    N = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(wrap)
    widths = ["4cm", "7cm", "4cm", "2.5cm", "3cm", "7cm", "3cm", "5cm", "3cm", "5cm"]
    table = Table(name="Uppföljning 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tr.addElement(TableCell())
                continue
            kw = {"valuetype": "string"}
            if style is not None:
                kw["stylename"] = style
            tc = TableCell(**kw)
            for line in str(v).split("\n"):
                tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Socialnämnden"], bold)
    row(["Internkontrollplan 2025 med uppföljning"], bold)
    row(["Uppföljning per: 2025-04-30 (tertial 1)"])
    row([])
    row(["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Tidpunkt", "Status T1",
         "Kommentar T1", "Status T2", "Kommentar T2", "Status helår", "Kommentar helår"], bold)
    data = [
        ("Myndighetsutövning",),
        ("Myndighetsutövning", "Förhandsbedömning av orosanmälningar sker inom 14 dagar",
         "Enhetschef barn och unga", "Löpande", "Genomförd",
         "Stickprov 30 anmälningar: 27 bedömda inom 14 dagar,\n3 överskred tiden med 1–4 dagar.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Enhetschef barn och unga", "T1, T2, T3", "Delvis genomförd",
         "Uppföljning gjord för mars och april. Januari–februari saknas p.g.a. byte av verksamhetssystem.",
         "DELVIS", ""),
        ("Myndighetsutövning", "Beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
         "Enhetschef försörjningsstöd", "T1", "Genomförd", "Stickprov 25 beslut. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Kontroll av att utbetalt ekonomiskt bistånd överensstämmer med beslut",
         "Enhetschef försörjningsstöd", "T2", "Ej aktuell T1", "", "UTGAR", ""),
        ("Ekonomi",),
        ("Ekonomi", "Fakturor för externa placeringar kontrolleras mot avtal och beslut",
         "Controller", "Tertialvis", "Påbörjad",
         "Granskning av fakturor för mars pågår,\nberäknas klar i maj.", "DELVIS", ""),
        ("Ekonomi",
         "Kontroll av att förtroendekänsliga poster (representation, kurser och konferenser) följer riktlinjer",
         "Controller", "T3", "–", "", "SAKNAS", ""),
        ("Personal och arbetsmiljö",),
        ("Personal och arbetsmiljö",
         "Utdrag ur belastningsregistret har begärts vid nyanställning inom barn och unga",
         "HR-konsult", "Tertialvis", "Genomförd", "8 nyanställningar under perioden, utdrag finns för samtliga.",
         "GENOMFORD", "nej"),
        ("Personal och arbetsmiljö", "Hot- och våldssituationer rapporteras i avvikelsesystemet och följs upp",
         "Avdelningschef", "T2", "Planerad T2", "", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet",),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet avseende otillbörlig åtkomst",
         "Systemförvaltare", "Tertialvis", "",
         "Loggkontroll ej genomförd under T1 på grund av vakans hos systemförvaltare.",
         "EJ_GENOMFORD", ""),
    ]
    for r in data:
        if len(r) == 1:
            row([r[0]], bold)
            continue
        area, km, ans, tid, st, kom, est, avv = r
        row([area, km, ans, tid, st, kom, "", "", "", ""], wrap)
        exp(fil, N, km, est, avv)
    row([])
    row(["Uppföljningen behandlades av socialnämnden 2025-05-21."])
    doc.spreadsheet.addElement(table)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export, two förvaltningar (VON + KFN)
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2025-05-08.csv"
    VON = "Vård- och omsorgsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    hdr = ["Organisation", "Plan", "Kontrollmoment", "Kontrollansvarig", "Period", "Status",
           "Kommentar", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    data = [
        ("Vård- och omsorgsförvaltningen", VON, "Rätt avgift debiteras för hemtjänst enligt taxa",
         "Avgiftshandläggare", "Genomförd",
         "Stickprov 20 kunder. 2 felaktiga avgifter p.g.a. ej uppdaterad inkomstuppgift, rättade i april.",
         "2025-04-28", "GENOMFORD", "ja"),
        ("Vård- och omsorgsförvaltningen", VON,
         "Genomförandeplaner upprättas inom 14 dagar efter beslut om insats", "Enhetschef hemtjänst",
         "Pågående", "Granskning klar för 3 av 6 enheter.", "2025-05-02", "DELVIS", ""),
        ("Vård- och omsorgsförvaltningen", VON,
         "Läkemedelshantering – signeringslistor kontrolleras på särskilt boende", "MAS", "Genomförd",
         "Inga avvikelser.", "2025-04-30", "GENOMFORD", "nej"),
        ("Vård- och omsorgsförvaltningen", VON,
         "Rapporter enligt lex Sarah utreds och återkopplas till nämnden", "Kvalitetsstrateg",
         "Ej aktuell under perioden", "Kontrollen genomförs T3.", "2025-03-14", "UTGAR", ""),
        ("Vård- och omsorgsförvaltningen", VON,
         "Schemaläggning och timanställdas arbetstid följer arbetstidslagen", "HR-konsult",
         "Ej påbörjad", "Planerad till T2.", "2025-04-11", "EJ_GENOMFORD", ""),
        ("Vård- och omsorgsförvaltningen", VON, "Bisysslor hos anställda är anmälda och prövade",
         "Förvaltningschef", "", "", "2025-01-20", "SAKNAS", ""),
        ("Kultur- och fritidsförvaltningen", KFN,
         "Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Fritidskonsulent", "Genomförd",
         "Samtliga 14 ansökningar om aktivitetsstöd kontrollerade.\nIngen avvikelse.", "2025-04-24",
         "GENOMFORD", "nej"),
        ("Kultur- och fritidsförvaltningen", KFN,
         "Kontantkassor i simhallen och på biblioteket stäms av mot kassarapport", "Enhetschef",
         "Genomförd", "Kassadifferens 340 kr i simhallen i mars, utredd och åtgärdad.", "2025-04-29",
         "GENOMFORD", "ja"),
        ("Kultur- och fritidsförvaltningen", KFN,
         "Uthyrning av lokaler och anläggningar faktureras korrekt", "Bokningsansvarig", "Pågående", "",
         "2025-04-15", "DELVIS", ""),
        ("Kultur- och fritidsförvaltningen", KFN, "Inventarieförteckningen över konst är uppdaterad",
         "Konstintendent", "Ej påbörjad", "Planerad T3", "2025-02-03", "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsförvaltningen", KFN,
         "Systematiskt brandskyddsarbete i kulturhuset dokumenteras", "Fastighetsansvarig",
         "Ej aktuell under perioden", "", "2025-02-03", "UTGAR", ""),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, nm, km, ans, st, kom, dat, est, avv in data:
            w.writerow([org, plan, km, ans, "2025 T1", st, kom, dat])
            exp(fil, nm, km, est, avv)
    FILES.append((fil, "INLAST", VON, "2025", "T1"))
    FILES.append((fil, "INLAST", KFN, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - Excel with plan x in T1/T2/T3 and traffic-light status fill
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN IK-plan 2025 uppföljning T1.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Samhällsbyggnadsförvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning"
    GREEN = PatternFill("solid", fgColor="00B050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    HEAD = PatternFill("solid", fgColor="BDD7EE")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Samhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 1, 2025"
    ws["A2"].font = Font(bold=True)
    # two header rows
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "ID", "Process", "Risk", "Riskvärde", "Kontrollmoment"
    ws["F4"] = "Kontroll planerad"
    ws["I4"], ws["J4"] = "Status", "Kommentar"
    ws["F5"], ws["G5"], ws["H5"] = "T1", "T2", "T3"
    for col in "ABCDEIJ":
        ws.merge_cells("%s4:%s5" % (col, col))
    ws.merge_cells("F4:H4")
    for r in (4, 5):
        for c in range(1, 11):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = HEAD
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("SBN-1", "Bygglov", "Handläggningstider överskrids med nedsatt avgift som följd", 12,
         "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "xxx", GREEN,
         "Samtliga 64 beslut under perioden fattade inom 10 veckor.", "GENOMFORD", "nej"),
        ("SBN-2", "Bygglov", "Felaktig avgift tas ut", 9,
         "Debitering av bygglovsavgift överensstämmer med taxan", "x..", GREEN,
         "Stickprov 15 ärenden. 2 ärenden hade för låg avgift, justerat genom tilläggsfaktura.",
         "GENOMFORD", "ja"),
        ("SBN-3", "Detaljplan", "Planarbete påbörjas utan att kostnaderna är reglerade", 8,
         "Planavtal finns tecknat innan planarbete påbörjas", ".x.", None, "", "SAKNAS", ""),
        ("SBN-4", "Mark och exploatering", "Markanvisning sker i strid med riktlinjer", 6,
         "Markanvisningar följer antagen markanvisningspolicy", "..x", None, "", "SAKNAS", ""),
        ("SBN-5", "Lantmäteri/GIS", "Felaktig eller sen adressregistrering", 6,
         "Belägenhetsadresser registreras i adressregistret inom en månad efter beslut", "x.x", YELLOW,
         "Kontroll av januari–mars klar, april återstår.", "DELVIS", ""),
        ("SBN-6", "Ekonomi", "Felaktiga utbetalningar", 9,
         "Attest av leverantörsfakturor enligt attestordningen", "xxx", RED,
         "Ej genomförd p.g.a. sjukskrivning, görs T2.", "EJ_GENOMFORD", ""),
        ("SBN-7", "Trafik", "Bristande uppföljning av upphandlad parkeringsövervakning", 8,
         "Avtal om parkeringsövervakning följs upp mot fakturerade timmar", ".x.", None, "Planerad T2",
         "EJ_GENOMFORD", ""),
        ("SBN-8", "Informationshantering", "Handlingar diarieförs inte eller för sent", 6,
         "Inkomna handlingar i bygglovsärenden diarieförs inom tre arbetsdagar", "x..", GREEN,
         "Stickprov 20 handlingar, samtliga diarieförda inom tre arbetsdagar.", "GENOMFORD", "nej"),
    ]
    r = 6
    for idv, proc, risk, rv, km, plan, fill, kom, est, avv in data:
        vals = [idv, proc, risk, rv, km] + [("x" if ch == "x" else None) for ch in plan] + [None, kom or None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 6 <= c <= 8 else None)
        if fill is not None:
            ws.cell(r, 9).fill = fill
        exp(fil, N, km, est, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring status").font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"),
              (None, "Ingen färg = ej uppföljd under perioden")]
    for fill, txt in legend:
        r += 1
        if fill is not None:
            ws.cell(r, 1).fill = fill
            ws.cell(r, 2, txt)
        else:
            ws.cell(r, 2, txt)
    widths = [8, 18, 34, 9, 48, 5, 5, 5, 10, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden - Word, one key/value table per control
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "Uppföljning intern kontroll MHN T1 2025.docx"
    N = "Miljö- och hälsoskyddsnämnden"
    d = docx.Document()
    d.core_properties.author = "Miljöförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.sections[0].header.paragraphs[0].text = "Kroksjö kommun – Miljöförvaltningen"
    d.add_paragraph("TJÄNSTESKRIVELSE\t2025-05-05\tDnr MHN 2025/112")
    d.add_heading("Uppföljning av intern kontroll, tertial 1 2025", level=1)
    d.add_paragraph("Miljö- och hälsoskyddsnämnden")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Miljö- och hälsoskyddsnämnden antog internkontrollplan för 2025 i december 2024. Planen omfattar "
        "sex kontrollmoment. Under tertial 1 har två kontroller genomförts och en påbörjats. Övriga "
        "kontroller genomförs enligt planen under tertial 2 och 3.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    data = [
        ("Tillsynsplanen följs – planerade inspektioner genomförs enligt plan",
         "Tillsynsskulden ökar och lagkrav uppfylls inte", "Enhetschef miljö", "Tertialvis", "Påbörjad",
         "32 av 118 planerade inspektioner genomförda (27 %). Takten bedöms följa planen.", "DELVIS", "nej"),
        ("Debitering av timavgift för tillsyn sker enligt taxa", "Felaktig debitering",
         "Administratör", "T1", "Genomförd",
         "Stickprov 10 ärenden. En faktura saknade underliggande timrapport; rättad.", "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till nämnden", "Beslut fattas utan stöd i delegation", "Nämndsekreterare",
         "Tertialvis", "Genomförd",
         "Samtliga beslut anmälda vid nämndens sammanträden i februari och april.", "GENOMFORD", "nej"),
        ("Klagomålsärenden kommuniceras till klagande inom två veckor", "Bristande service och förtroende",
         "Enhetschef hälsoskydd", "T2", "Ej aktuell T1", "Kontrolleras T2.", "UTGAR", ""),
        ("Provtagning av dricksvatten i enskilda anläggningar följer kontrollprogrammet",
         "Hälsorisk vid otjänligt vatten", "Livsmedelsinspektör", "T2", "Planerad T2", "",
         "EJ_GENOMFORD", ""),
        ("Jäv och bisysslor – inspektörer har lämnat jävsdeklaration", "Förtroendeskada vid jäv",
         "Förvaltningschef", "T3", "–", "", "SAKNAS", ""),
    ]
    for i, (km, risk, ans, tid, st, kom, est, avv) in enumerate(data, start=1):
        d.add_paragraph("Kontroll %d" % i).runs[0].bold = True
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        kv = [("Kontrollmoment", km), ("Risk", risk), ("Ansvarig", ans), ("Planerad tidpunkt", tid),
              ("Status T1", st), ("Kommentar", kom)]
        for j, (k, v) in enumerate(kv):
            t.rows[j].cells[0].text = k
            t.rows[j].cells[1].text = v
            t.rows[j].cells[0].width = Cm(4)
            t.rows[j].cells[1].width = Cm(12)
        d.add_paragraph("")
        exp(fil, N, km, est, avv)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Miljö- och hälsoskyddsnämnden godkänner uppföljningen av intern kontroll för tertial 1 2025.")
    d.add_paragraph("Anna Lindqvist\nMiljöchef")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden - .xls (xlwt), nämnd only in print header / file name / sheet name
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TF_IKP_T1-2025.xls"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Per Nyström"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "TF 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: T1 (jan–apr)"
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Avvikelse (J/N)",
           "Åtgärd/kommentar"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C0C0C0")
        cell.border = border
    data = [
        ("Kontroll av att leverantörsfakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "Stickprov 10 fakturor", "Projektchef", "OK", "J",
         "En ÄTA-faktura saknade skriftligt beslut. Rutinen förtydligad.", "GENOMFORD", "ja"),
        ("Fordonsregister och körjournaler för kommunens fordon är uppdaterade", "Genomgång",
         "Fordonssamordnare", "OK", "N", "", "GENOMFORD", "nej"),
        ("Drivmedelskort används enligt riktlinje", "Stickprov transaktioner", "Fordonssamordnare",
         "Påg.", "", "Januari–mars granskade.", "DELVIS", ""),
        ("Egenkontroll av dricksvattenkvalitet i vattenverken enligt kontrollprogram",
         "Provtagningsprotokoll", "VA-chef", "OK", "N", "Alla prover utan anmärkning.", "GENOMFORD", "nej"),
        ("Besiktning av lekplatser genomförs årligen", "Besiktningsprotokoll", "Parkchef",
         "Ej aktuell T1", "", "Huvudbesiktning sker i juni.", "UTGAR", ""),
        ("Vinterväghållning – entreprenörens utryckningstider följs upp mot avtal", "GPS-data",
         "Gatuchef", "OK", "N", "Samtliga 23 utryckningar inom avtalad tid.", "GENOMFORD", "nej"),
        ("Inventering av kommunens gatubelysning mot anläggningsregistret", "Inventering", "Gatuchef",
         "Ej påb.", "", "Planeras hösten 2025.", "EJ_GENOMFORD", ""),
        ("Behörigheter till driftövervakningssystemet (SCADA) gås igenom", "Behörighetslista", "VA-chef",
         "-", "", "", "SAKNAS", ""),
    ]
    r = 5
    for km, met, ans, t1, avvjn, kom, est, avv in data:
        vals = [km, met, ans, t1, None, None, avvjn or None, kom or None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, est, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Förklaring: OK = kontroll genomförd, Påg. = pågår, Ej påb. = ej påbörjad").font = Font(bold=True)
    ws.cell(r + 1, 1, "Uppdaterad 2025-05-07 / Per Nyström")
    for c, w in enumerate([55, 22, 18, 12, 8, 8, 10, 45], start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = w
    tmpdir = "/tmp/lo-round334-work"
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, "TF_IKP_T1-2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round334",
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmpdir, fil), p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel lock file left by an open workbook
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$KS_Uppföljning internkontrollplan T1 2025.xlsx"
    user = "Lena Ahlberg"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (54 - len(user))
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    data = data[:165].ljust(165, b"\x00")
    with open(p(fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Kroksjö Bostäder AB", "KBAB|Kroksjöbostäder"),
]


def write_csvs():
    def wcsv(name, hdr, rows):
        with open(p(name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(hdr)
            for r in rows:
                w.writerow(r)
    wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    file_ks()
    file_bun()
    file_sn()
    file_csv()
    file_sbn()
    file_mhn()
    file_tn()
    file_lock()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
