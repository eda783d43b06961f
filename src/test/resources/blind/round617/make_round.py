#!/usr/bin/python3
"""Blind round 617 – Björnå kommun (invented), delår 2025, follow-up per kontrollområde."""
import csv
import datetime
import os
import struct
import zlib

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties,
                       TableColumnProperties, TableCellProperties)
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Björnå Energi AB", "Björnå Energi|BEAB"),
    ("Räddningstjänsten Björnå-Älvdal", "RBÄ|Räddningstjänstförbundet Björnå-Älvdal|Direktionen för Räddningstjänsten Björnå-Älvdal"),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ============================================================ 1. KS .xlsx
def make_ks():
    fil = "KS_internkontroll_uppföljning_delår_2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Björnå kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: delår januari–augusti 2025"
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Status delår", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Ekonomichef",
             "Genomförd", "Nej", "30 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
            ("Representation och förtroendekänsliga poster", "Stickprov 15 verifikationer", "Redovisningsansvarig",
             "Genomförd med avvikelse", "Ja",
             "3 av 15 verifikationer saknade syfte och deltagarförteckning. Påminnelse skickad till berörda chefer.",
             "GENOMFORD", "ja"),
            ("Kontroll av behörigheter i ekonomisystemet", "Genomgång av roller", "Systemförvaltare ekonomi",
             "Delvis genomförd", "",
             "Genomgång av roller klar för kommunledningsförvaltningen, övriga förvaltningar under hösten.",
             "DELVIS", ""),
            ("Avstämning av balanskonton vid månadsbokslut", "Avstämning april och juni", "Redovisningsansvarig",
             "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("Inköp sker från avtalade leverantörer (avtalstrohet)", "Analys av leverantörsreskontra",
             "Upphandlingschef", "Ej genomförd", "",
             "Kontrollen flyttas till T3 p.g.a. byte av e-handelssystem.", "EJ_GENOMFORD", ""),
            ("Direktupphandlingar över 100 tkr är dokumenterade", "Samtliga direktupphandlingar jan–jun",
             "Upphandlingschef", "Genomförd", "Ja",
             "2 av 9 direktupphandlingar saknade dokumentation. Utbildning för beställare hålls i oktober.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("Löneutbetalningar till avslutade anställningar", "Systemkörning efter varje lönekörning",
             "Lönechef", "Genomförd", "Nej", "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
            ("Bisysslor är anmälda och prövade", "Enkät till chefer", "HR-chef", "Utgår", "",
             "Utgår enligt KS beslut 2025-04-09 § 58, ersätts av central kontroll i HR-systemet.", "UTGAR", ""),
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Genomgång av ärenden i HR-systemet",
             "HR-chef", None, "", "Ej påbörjad, planeras till september.", "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("Hantering av personuppgiftsincidenter enligt rutin", "Genomgång av incidentregister",
             "Dataskyddsombud", "Delvis genomförd", "Ja",
             "Incidentregistret granskat t.o.m. juni. Två incidenter anmäldes för sent till IMY.", "DELVIS", "ja"),
            ("Loggkontroll i verksamhetssystem", "Stickprov loggar", "IT-chef", None, "", None, "SAKNAS", ""),
        ]),
    ]
    r = 6
    for omr, rows in groups:
        start = r
        for km, metod, ansv, st, avv, kom, es, ea in rows:
            vals = [None, km, metod, ansv, st, avv or None, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, nm, km, es, ea)
            r += 1
        ws.cell(row=start, column=1, value=omr).font = Font(bold=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Lena Holm, controller, 2025-09-12")
    ws.cell(row=r + 1, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-23")
    for col, w in zip("ABCDEFG", [20, 48, 28, 22, 20, 14, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True)
    ins["A3"] = "Ange status per kontrollmoment: Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår."
    ins["A4"] = "Ange i kolumnen Avvikelse om kontrollen visat fel eller brister (Ja/Nej)."
    ins["A5"] = "Skicka ifylld mall till ekonomiavdelningen senast 2025-09-15."
    wb.properties.creator = "Lena Holm"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 2. BUN .docx
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def make_bun():
    fil = "BUN delårsuppföljning internkontroll 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport")
    d.add_paragraph(
        "Nedan redovisas utfallet av nämndens kontrollmoment för tertial 1 och för delåret (januari–augusti). "
        "Kontrollerna är grupperade per kontrollområde. Status anges med bokstavskod enligt teckenförklaring "
        "under tabellen.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "Delår", "Kommentar"]
    groups = [
        ("1. Avgifter och ekonomisk hantering", [
            ("Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "Stickprov 20 hushåll",
             "Avgiftshandläggare", "D", "G", "20 hushåll kontrollerade, inga fel.", "GENOMFORD", "nej"),
            ("Attest av fakturor inom förskoleverksamheten", "Stickprov 25 fakturor", "Förskolechefer",
             "G", "", "Kontrollen genomfördes i april, inga avvikelser.", "GENOMFORD", "nej"),
            ("Hantering av kontanta medel och kassor på skolorna", "Kassainventering", "Rektorer",
             "E", "D", "Kontroll gjord på 4 av 9 skolor. På en skola saknades kassajournal.", "DELVIS", "ja"),
        ]),
        ("2. Skolskjuts", [
            ("Beslut om skolskjuts fattas enligt gällande riktlinjer", "Stickprov 10 beslut",
             "Skolskjutshandläggare", "–", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Fakturerade skolskjutsturer stämmer mot avtal", "Jämförelse faktura/körlista", "Upphandlare",
             "–", "E", "Ej genomförd p.g.a. vakans, görs under T3.", "EJ_GENOMFORD", ""),
        ]),
        ("3. Elevhälsa och trygghet", [
            ("Anmälan om kränkande behandling till huvudman inom angiven tid", "Uppföljning i ärendesystemet",
             "Rektorer", "D", "D", "78 % av anmälningarna inkom inom fem arbetsdagar; målet är 100 %.",
             "DELVIS", "ja"),
            ("Registerkontroll av nyanställd personal (belastningsregister)", "Samtliga nyanställningar",
             "HR-konsult", "G", "G", "Samtliga 41 nyanställda kontrollerade.", "GENOMFORD", "nej"),
            ("Elevhälsans journalföring enligt patientdatalagen", "Journalgranskning", "Verksamhetschef elevhälsa",
             "U", "U", "Utgår – granskas av IVO under hösten.", "UTGAR", ""),
        ]),
        ("4. Systematiskt kvalitetsarbete", [
            ("Uppföljning av frånvaro hos elever i grundskolan", "Statistik ur närvarosystemet",
             "Utvecklingsstrateg", "", "", "Se bilaga 2.", "OKLAR", ""),
            ("Betygsättning och rättssäker dokumentation", "Stickprov betygskataloger", "Rektorer",
             "", "", "", "SAKNAS", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True)
    r = 1
    for omr, rows in groups:
        c = t.cell(r, 0).merge(t.cell(r, len(hdr) - 1))
        set_cell(c, omr, bold=True, size=10)
        r += 1
        for km, metod, ansv, t1, dl, kom, es, ea in rows:
            for i, v in enumerate([km, metod, ansv, t1, dl, kom]):
                set_cell(t.cell(r, i), v)
            exp(fil, nm, km, es, ea)
            r += 1
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår, "
                    "– = kontrollen ej planerad för perioden.")
    d.add_paragraph("Björnå 2025-09-11")
    d.add_paragraph("Maria Ek, förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 3. SN .ods
def make_sn():
    fil = "Socialnämnden_internkontroll_delår2025.ods"
    nm = "Socialnämnden"
    doc = OpenDocumentSpreadsheet()
    st_title = Style(name="title", family="table-cell")
    st_title.addElement(TextProperties(fontweight="bold", fontsize="13pt"))
    st_hdr = Style(name="hdr", family="table-cell")
    st_hdr.addElement(TextProperties(fontweight="bold"))
    st_hdr.addElement(TableCellProperties(backgroundcolor="#d9d9d9", border="0.5pt solid #000000", wrapoption="wrap"))
    st_omr = Style(name="omr", family="table-cell")
    st_omr.addElement(TextProperties(fontweight="bold"))
    st_omr.addElement(TableCellProperties(border="0.5pt solid #000000"))
    st_mom = Style(name="mom", family="table-cell")
    st_mom.addElement(ParagraphProperties(marginleft="0.6cm", textalign="start"))
    st_mom.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", textalignsource="fix"))
    st_std = Style(name="std", family="table-cell")
    st_std.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    st_it = Style(name="it", family="table-cell")
    st_it.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    colstyles = []
    for i, w in enumerate(["9cm", "4.5cm", "2.5cm", "2.8cm", "8cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        colstyles.append(cs)
    for s in [st_title, st_hdr, st_omr, st_mom, st_std, st_it] + colstyles:
        doc.automaticstyles.addElement(s)
    tab = Table(name="Internkontroll 2025")
    for cs in colstyles:
        tab.addElement(TableColumn(stylename=cs))

    def row(vals, styles):
        tr = TableRow()
        for v, s in zip(vals, styles):
            kw = {"stylename": s} if s is not None else {}
            if v is None or v == "":
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=v))
            tr.addElement(tc)
        tab.addElement(tr)

    row(["Socialnämnden – uppföljning av internkontrollplan"], [st_title])
    row(["Delårsrapport 2025 (januari–augusti)"], [None])
    row([""], [None])
    row(["Kontrollområde / kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Iakttagelser / åtgärder"],
        [st_hdr] * 5)
    groups = [
        ("EKONOMISKT BISTÅND", [
            ("Utbetalning av ekonomiskt bistånd sker på korrekta beslut", "Stickprov 25 ärenden", "Månadsvis",
             "Klar", "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
            ("Kontroll av dubbelutbetalningar mot Försäkringskassan (SSBTEK)", "Systemkörning", "Kvartalsvis",
             "Klar, avvikelse", "Två dubbelutbetalningar upptäckta, återkrav upprättat.", "GENOMFORD", "ja"),
            ("Återsökning av statlig ersättning för flyktingmottagande", "Avstämning mot Migrationsverket",
             "Halvår", "Pågår", "Ansökan för kvartal 1–2 inskickad, kvartal 3 återstår.", "DELVIS", ""),
        ]),
        ("HANDLÄGGNING OCH DOKUMENTATION", [
            ("Utredningstider inom barn- och ungdomsvården följer fyramånadersgränsen", "Uttag ur verksamhetssystem",
             "Tertial", "Pågår", "Av 64 avslutade utredningar överskred 9 tidsgränsen.", "DELVIS", "ja"),
            ("Genomförandeplaner inom äldreomsorgen är dokumenterade och uppdaterade", "Stickprov 30 brukare",
             "Årligen", "Ej påbörjad", "Skjuts till helår.", "EJ_GENOMFORD", ""),
            ("Lex Sarah-rapporter utreds och anmäls inom föreskriven tid", "Genomgång av samtliga rapporter",
             "Tertial", "Klar", "", "GENOMFORD", ""),
        ]),
        ("LÄKEMEDELSHANTERING", [
            ("Signering av läkemedelslistor på särskilda boenden", "Stickprov", "Halvår", "Klar",
             "Brister i signering på Björkgårdens boende, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
            ("Förvaring av narkotikaklassade läkemedel i hemsjukvården", "Inventering", "Årligen", "Ej aktuell",
             "Ansvaret övergick till Region Västra Norrland 2025-03-01.", "UTGAR", ""),
        ]),
        ("AVTAL OCH UPPHANDLING", [
            ("Följsamhet till avtal vid köp av HVB-placeringar", "Jämförelse placeringar/avtal", "Halvår",
             "", "", "SAKNAS", ""),
        ]),
    ]
    for omr, rows in groups:
        row([omr, "", "", "", ""], [st_omr] * 5)
        for km, metod, frekv, st, kom, es, ea in rows:
            row([km, metod, frekv, st, kom], [st_mom, st_std, st_std, st_std, st_std])
            exp(fil, nm, km, es, ea)
    row([""], [None])
    row(["Status: Klar = kontrollen genomförd, Pågår = delvis genomförd, Ej påbörjad = ej genomförd, "
         "Ej aktuell = kontrollen utgår."], [st_it])
    row(["Ansvarig för sammanställning: Johan Persson, kvalitetsutvecklare, Socialförvaltningen"], [st_it])
    doc.spreadsheet.addElement(tab)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 4. Stratsys CSV (TN + KFN)
def make_csv():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    hdr = ["Organisation", "Nivå", "Id", "Namn", "Ansvarig", "Period", "Status", "Kommentar", "Senast uppdaterad"]
    data = [
        ("Tekniska nämnden", "TN", [
            ("Fastighetsförvaltning", "Pågående", [
                ("Kontroll av att hyresavtal för externa hyresgäster är indexuppräknade", "Fastighetschef",
                 "Slutförd", "Samtliga 34 avtal uppräknade enligt KPI.", "GENOMFORD", "nej"),
                ("Besiktning av lekplatser enligt besiktningsplan", "Parkchef", "Pågående",
                 "18 av 27 lekplatser besiktade.\nResterande besiktas i september.", "DELVIS", ""),
                ("Energiuppföljning av kommunala fastigheter", "Energistrateg", "Ej påbörjad", "",
                 "EJ_GENOMFORD", ""),
            ]),
            ("VA och renhållning", "Pågående", [
                ("Fakturering av VA-avgifter mot mätarställning", "VA-chef", "Slutförd med avvikelse",
                 "Felaktig taxa för 12 abonnenter, rättat i juni.", "GENOMFORD", "ja"),
                ("Kontroll av kör- och vilotider vid sophämtning", "Renhållningschef", "Avbruten",
                 "Avbruten enligt TN beslut 2025-05-20 § 44, hanteras i entreprenörens egenkontroll.", "UTGAR", ""),
            ]),
            ("Investeringar", "Slutförd", [
                ("Projektredovisning av investeringsprojekt över 1 mnkr", "Controller",
                 "Slutförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ]),
        ]),
        ("Kultur- och fritidsnämnden", "KFN", [
            ("Föreningsbidrag", "Pågående", [
                ("Föreningsbidrag betalas ut enligt fastställda regler", "Föreningskonsulent", "Slutförd",
                 "Stickprov 12 föreningar; en förening fick för högt aktivitetsstöd, återkrav skickat.",
                 "GENOMFORD", "ja"),
                ("Redovisning av verksamhetsbidrag från studieförbund", "Föreningskonsulent", "Pågående",
                 "Redovisningar inkomna från 3 av 5 studieförbund.", "DELVIS", ""),
            ]),
            ("Kassahantering", "Pågående", [
                ("Kassahantering i simhallen och på biblioteken", "Enhetschef fritid", "Slutförd",
                 "Inga avvikelser.", "GENOMFORD", "nej"),
                ("Hantering av presentkort och entrékort", "Enhetschef fritid", "Ej påbörjad",
                 "Flyttad till T3.", "EJ_GENOMFORD", ""),
            ]),
            ("Uthyrning", "", [
                ("Bokning och debitering av idrottsanläggningar", "Bokningsansvarig", "", "", "SAKNAS", ""),
            ]),
        ]),
    ]
    lines = []
    for org, pref, omrs in data:
        for i, (omr, ost, moms) in enumerate(omrs, 1):
            lines.append([org, "1", "%s-%d" % (pref, i), omr, "", "Delår 2025", ost, "", "2025-09-05"])
            for j, (km, ansv, st, kom, es, ea) in enumerate(moms, 1):
                lines.append([org, "2", "%s-%d.%d" % (pref, i, j), km, ansv, "Delår 2025", st, kom, "2025-09-05"])
                exp(fil, org, km, es, ea)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(lines)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ============================================================ 5. MBN .xlsx (status per område only)
def make_mbn():
    fil = "MBN_IKP_2025_uppföljning.xlsx"
    nm = "Miljö- och byggnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Miljö- och byggnämnden"
    ws["C2"] = "Förvaltning: Samhällsbyggnadsförvaltningen"
    ws["A3"] = "Uppföljning: Delår (jan–aug)"
    ws["A4"] = "Status och kommentar anges per kontrollområde."
    ws["A4"].font = Font(italic=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Risk (sannolikhet x konsekvens)", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = BORDER
        c.alignment = WRAP
    # (område, status, kommentar, [(moment, risk, exp status, exp avv)])
    groups = [
        ("Bygglovshandläggning", "Genomförd", "Samtliga kontrollmoment genomförda utan anmärkning.", [
            ("Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)", "3 x 3 = 9", "GENOMFORD", "nej"),
            ("Avgifter för bygglov debiteras enligt gällande taxa", "2 x 3 = 6", "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "2 x 2 = 4", "GENOMFORD", "nej"),
        ]),
        ("Tillsyn miljö och livsmedel", "Delvis genomförd",
         "Livsmedelskontrollerna följer tillsynsplanen. Kontrollen av timavgifter för miljötillsyn "
         "är ej påbörjad på grund av personalbrist.", [
            ("Livsmedelskontroller genomförs enligt tillsynsplan", "3 x 4 = 12", "GENOMFORD", ""),
            ("Timavgifter för miljötillsyn debiteras korrekt", "3 x 2 = 6", "EJ_GENOMFORD", ""),
        ]),
        ("Diarieföring och arkiv", "Ej genomförd",
         "Kontrollen skjuts till hösten i samband med byte av ärendesystem.", [
            ("Inkomna handlingar diarieförs inom två arbetsdagar", "2 x 3 = 6", "EJ_GENOMFORD", ""),
            ("Gallring av handlingar enligt dokumenthanteringsplan", "2 x 2 = 4", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", "Genomförd med avvikelse",
         "Två av 20 granskade fakturor saknade beslutsattest. Attestanterna har informerats.", [
            ("Attest av leverantörsfakturor enligt attestordningen", "2 x 3 = 6", "GENOMFORD", "ja"),
        ]),
        ("Strandskydd", "Utgår", "Utgår – kontrollen ingår i kommunstyrelsens plan 2025.", [
            ("Strandskyddsdispenser prövas enligt miljöbalken", "2 x 4 = 8", "UTGAR", ""),
        ]),
    ]
    r = 7
    for omr, st, kom, moms in groups:
        for i, v in enumerate([omr, None, None, st, kom], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            c.fill = PatternFill("solid", fgColor="EDEDED")
        ws.cell(row=r, column=1).font = Font(bold=True)
        r += 1
        for km, risk, es, ea in moms:
            for i, v in enumerate([None, km, risk, None, None], 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, nm, km, es, ea)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen godkänd av förvaltningschef Anders Lind 2025-09-09.")
    for col, w in zip("ABCDE", [26, 55, 18, 22, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Miljö- och byggnämnden – intern kontroll"
    wb.properties.creator = "Samhällsbyggnadsförvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 6. Björnå Energi .xls (colour status)
def make_energi():
    fil = "Björnå Energi AB - Intern kontroll uppföljning aug 2025.xls"
    nm = "Björnå Energi AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025-08-31")

    def st(fill=None, bold=False, wrap=True, size=None, center=False):
        s = "font: bold %s%s; borders: left thin, right thin, top thin, bottom thin; align: %swrap %s%s" % (
            "on" if bold else "off", ", height %d" % (size * 20) if size else "",
            "vert centre, " if center else "vert top, ", "on" if wrap else "off", ";")
        if fill:
            s += " pattern: pattern solid, fore_colour %s;" % fill
        return xlwt.easyxf(s)

    title = xlwt.easyxf("font: bold on, height 280;")
    plain = xlwt.easyxf("")
    ws.write(0, 0, "Björnå Energi AB – Internkontrollplan 2025", title)
    ws.write(1, 0, "Uppföljning per 2025-08-31 (delår)", plain)
    ws.write(2, 0, "Teckenförklaring status:", xlwt.easyxf("font: bold on;"))
    ws.write(2, 1, "Genomförd", st("bright_green"))
    ws.write(2, 2, "Pågår / delvis genomförd", st("yellow"))
    ws.write(2, 3, "Ej genomförd", st("red"))
    ws.write(2, 4, "Utgår", st("gray25"))
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, st("light_turquoise", bold=True))
    groups = [
        ("Elhandel och nätavgifter", [
            ("Avläsning och debitering av elmätare enligt ellagen", "Kundservicechef", "bright_green",
             "Stickprov 50 kunder, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
            ("Kreditkontroll av nya företagskunder", "Ekonomichef", "yellow",
             "Rutinen uppdaterad i maj, kontroll av kunder från kvartal 2 återstår.", "DELVIS", ""),
        ]),
        ("Inköp", [
            ("Ramavtal används vid inköp av material", "Inköpsansvarig", "bright_green",
             "6 % av inköpsvolymen gjordes utanför ramavtal. Åtgärd: påminnelse till projektledare.",
             "GENOMFORD", "ja"),
            ("Jäv och bisysslor i samband med upphandling", "VD", "red", "", "EJ_GENOMFORD", ""),
        ]),
        ("IT och driftsäkerhet", [
            ("Behörigheter i driftövervakningssystemet (SCADA) granskas", "IT-säkerhetsansvarig",
             "bright_green", "", "GENOMFORD", ""),
            ("Test av återläsning av säkerhetskopior", "IT-säkerhetsansvarig", "gray25",
             "Ersätts av extern revision hösten 2025.", "UTGAR", ""),
            ("Incidentrapportering enligt NIS2-direktivet", "IT-säkerhetsansvarig", None, "", "SAKNAS", ""),
        ]),
        ("Ekonomi", [
            ("Avstämning av koncernkonto mot Björnå kommun", "Redovisningsekonom", "bright_green",
             "Avstämt månadsvis, inga differenser.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for omr, rows in groups:
        start = r
        for km, ansv, fill, kom, es, ea in rows:
            ws.write(r, 1, km, st())
            ws.write(r, 2, ansv, st())
            ws.write(r, 3, "", st(fill))
            ws.write(r, 4, kom, st())
            exp(fil, nm, km, es, ea)
            r += 1
        if r - 1 > start:
            ws.write_merge(start, r - 1, 0, 0, omr, st(bold=True, center=True))
        else:
            ws.write(start, 0, omr, st(bold=True, center=True))
    ws.write(r + 1, 0, "Rapporteras till styrelsen 2025-09-18. Kopia till Björnå kommun, ekonomiavdelningen.", plain)
    for i, w in enumerate([24, 52, 22, 12, 60]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 7. Räddningstjänsten .docx (tick columns)
def make_rtj():
    fil = "RBÄ uppföljning intern kontroll 2025 delår.docx"
    nm = "Räddningstjänsten Björnå-Älvdal"
    d = docx.Document()
    d.core_properties.author = "Räddningstjänsten Björnå-Älvdal"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.add_heading("Räddningstjänsten Björnå-Älvdal", level=1)
    d.add_paragraph("Direktionen – uppföljning av intern kontroll, delår 2025 (1 januari – 31 augusti)")
    d.add_paragraph("Markera med X i den kolumn som motsvarar kontrollens status. Kommentera avvikelser.")
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    groups = [
        ("Myndighetsutövning", [
            ("Tillsyn enligt LSO genomförs enligt tillsynsplan", "", "X", "",
             "42 av 60 planerade tillsyner genomförda.", "DELVIS", ""),
            ("Beslut om rengöring och brandskyddskontroll dokumenteras", "X", "", "",
             "Inga brister.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi", [
            ("Fakturering av onödiga automatlarm sker enligt taxa", "X", "", "",
             "4 larm hade inte fakturerats, rättat i juni.", "GENOMFORD", "ja"),
            ("Attest av övertidsersättning och utlägg", "X", "", "X", "", "OKLAR", ""),
        ]),
        ("Personal och arbetsmiljö", [
            ("Rökdykarnas årliga hälsokontroller och arbetsprov", "", "", "X",
             "Arbetsprov planerade till oktober.", "EJ_GENOMFORD", ""),
            ("Kontroll av körkortsbehörighet för utryckningsförare", "X", "", "", "", "GENOMFORD", ""),
        ]),
        ("Materiel", [
            ("Underhåll av andningsskydd enligt tillverkarens anvisningar", "", "", "",
             "Utgår 2025 – andningsskydden byts ut mot ny modell under hösten.", "UTGAR", ""),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True)
    r = 1
    for omr, rows in groups:
        c = t.cell(r, 0).merge(t.cell(r, len(hdr) - 1))
        set_cell(c, omr, bold=True, size=10)
        r += 1
        for km, g, dl, e, kom, es, ea in rows:
            for i, v in enumerate([km, g, dl, e, kom]):
                set_cell(t.cell(r, i), v)
            exp(fil, nm, km, es, ea)
            r += 1
    d.add_paragraph("")
    d.add_paragraph("Sammanställd av Karin Sjöberg, administrativ chef, 2025-09-04.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 8. reject: PNG renamed .xlsx
def png_bytes(w=240, h=120):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 18:
                px = (31, 78, 120)
            elif y % 20 == 0 or x % 60 == 0:
                px = (128, 128, 128)
            elif 180 <= x < 240 and 20 <= y:
                px = [(112, 173, 71), (255, 192, 0), (192, 0, 0)][(y // 20) % 3]
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        c = t + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_reject():
    fil = "ÖFN uppföljning internkontroll delår 2025.xlsx"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(png_bytes())
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    make_ks()
    make_bun()
    make_sn()
    make_csv()
    make_mbn()
    make_energi()
    make_rtj()
    make_reject()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
