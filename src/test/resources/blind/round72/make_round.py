#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 72 - Ystads kommun (Skåne), helår 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")
GROUPFILL = PatternFill("solid", fgColor="EDEDED")


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# F1  Socialnämnden - xlsx, control text merged down over 2-3 sub-check rows
# ---------------------------------------------------------------------------
def f1_socialnamnden():
    fil = "SN Uppföljning internkontrollplan 2025 helår.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Socialnämnden, Ystads kommun"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (T3)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Upprättad av: Lena Persson, verksamhetscontroller socialförvaltningen, 2026-01-19"
    heads = ["Nr", "Process", "Kontrollmoment", "Delkontroll", "Status", "Kommentar / iakttagelser", "Ansvarig"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BOX
        c.alignment = WRAP
    widths = [5, 22, 48, 34, 14, 52, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    # (nr, process, kontrollmoment, ansvarig, [(delkontroll, status, kommentar)], expected, avvikelse)
    groups = [
        ("Myndighetsutövning", [
            ("1", "Ekonomiskt bistånd",
             "Stickprov i 15 ärenden om ekonomiskt bistånd – att beslut fattats enligt delegation och att utbetalning överensstämmer med beslut",
             "Enhetschef IFO vuxen",
             [("a) Beslut enligt delegationsordningen", "Genomförd", "15 av 15 ärenden korrekt."),
              ("b) Utbetalning överensstämmer med beslut", "Genomförd",
               "1 ärende med dubbelutbetalning (2 340 kr). Återkrav beslutat."),
              ("c) Journalanteckning om utbetalning finns", "Genomförd", "Inga brister.")],
             "GENOMFORD", "ja"),
            ("2", "Barn och unga",
             "Kontroll att förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar",
             "Enhetschef IFO barn och unga",
             [("", "Genomförd",
               "Av 212 anmälningar under året var 9 inte förhandsbedömda inom 14 dagar (hög arbetsbelastning i juli).")],
             "GENOMFORD", "ja"),
            ("3", "Verkställighet",
             "Uppföljning av ej verkställda beslut enligt SoL och LSS – rapportering enligt 16 kap. 6 f § SoL",
             "Avdelningschef stöd och omsorg",
             [("a) Rapportering till IVO varje kvartal", "Genomförd", "Samtliga kvartal rapporterade i tid."),
              ("b) Rapportering till nämnd och revisorer", "Ej genomförd",
               "Rapporten för kvartal 3 har inte lämnats till nämnden.")],
             "DELVIS", "ja"),
            ("4", "LSS",
             "Kontroll av att beslut om insats enligt LSS följs upp minst en gång per år",
             "Enhetschef LSS-handläggning",
             [("", "Pågår", "Genomgång klar för 40 av 118 ärenden, resterande under våren 2026.")],
             "DELVIS", "nej"),
        ]),
        ("Ekonomi och administration", [
            ("5", "Inköp",
             "Leverantörsfakturor – attest och avtalstrohet, stickprov 20 fakturor per kvartal",
             "Ekonom socialförvaltningen",
             [("a) Attest enligt attestförteckning", "Genomförd", "Inga fel."),
              ("b) Köp mot upphandlat ramavtal", "Genomförd",
               "3 av 80 fakturor utan avtal (taxiresor, beställda direkt av enhet)."),
              ("c) Kontering och moms", "Genomförd", "Inga fel.")],
             "GENOMFORD", "ja"),
            ("6", "Kontanthantering",
             "Kontroll av brukarmedel och kassahantering på särskilt boende",
             "Enhetschefer SÄBO",
             [("a) Kastanjegården", "Genomförd", "Kassaböcker och kvitton stämmer."),
              ("b) Källan", "Ej genomförd", "Enhetschef sjukskriven under hösten, kontrollen blev inte gjord.")],
             "DELVIS", "nej"),
            ("7", "Avgifter",
             "Kontroll av att avgiftsbeslut för hemtjänst debiteras korrekt – stickprov 10 ärenden",
             "Avgiftshandläggare",
             [("", "Ej genomförd", "Flyttas till internkontrollplan 2026.")],
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Personal och informationssäkerhet", [
            ("8", "Rekrytering",
             "Kontroll av utdrag ur belastningsregistret vid anställning i verksamhet för barn och unga",
             "HR-partner",
             [("a) HVB och stödboende", "Genomförd", "Utdrag finns för samtliga 11 nyanställda."),
              ("b) Familjehemsenheten", "Genomförd", "Utdrag finns för samtliga.")],
             "GENOMFORD", "nej"),
            ("9", "Informationssäkerhet",
             "Loggkontroll i verksamhetssystemet (Treserva) avseende otillbörlig åtkomst till personakter",
             "Systemförvaltare",
             [("a) Individ- och familjeomsorg", "Ej genomförd", "Ingen loggkontroll gjord 2025."),
              ("b) Vård och omsorg", "Ej genomförd", ""),
              ("c) LSS", "Ej genomförd", "")],
             "EJ_GENOMFORD", "nej"),
            ("10", "Introduktion",
             "Kontroll att nyanställda har fått introduktion enligt förvaltningens checklista",
             "Enhetschefer",
             [("", None, None)],
             "SAKNAS", "nej"),
        ]),
    ]
    r = 6
    for gname, ctrls in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = GROUPFILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for nr, proc, km, ansv, subs, st, avv in ctrls:
            n = len(subs)
            ws.cell(row=r, column=1, value=int(nr))
            ws.cell(row=r, column=2, value=proc)
            ws.cell(row=r, column=3, value=km)
            ws.cell(row=r, column=7, value=ansv)
            for k, (dk, s, kom) in enumerate(subs):
                if dk:
                    ws.cell(row=r + k, column=4, value=dk)
                if s:
                    ws.cell(row=r + k, column=5, value=s)
                if kom:
                    ws.cell(row=r + k, column=6, value=kom)
            for rr in range(r, r + n):
                for col in range(1, 8):
                    ws.cell(row=rr, column=col).alignment = WRAP
                    ws.cell(row=rr, column=col).border = BOX
            if n > 1:
                for col in (1, 2, 3, 7):
                    ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
            exp(fil, N, km, st, avv)
            r += n
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: nämndens interna kontroll bedöms som i huvudsak tillräcklig. "
                                    "Kontroller som inte genomförts förs över till 2026 års plan.")
    ws.cell(row=r + 1, column=1, value="Behandlad i socialnämndens arbetsutskott 2026-02-04.")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - .xls (via soffice), "Kontrollen utförd (datum)"
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN internkontroll 2025 årsuppföljning.xls"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = BOLD
    ws["A3"] = "Nämnd: Barn- och utbildningsnämnden"
    heads = ["Riskområde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
             "Kontrollen utförd (datum)", "Resultat / avvikelser", "Åtgärd"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.alignment = WRAP
    for i, w in enumerate([18, 50, 26, 12, 18, 14, 50, 30]):
        ws.column_dimensions[chr(65 + i)].width = w

    D = dt.date
    rows = [
        ("Skolplikt", "Kontroll av att elever med hög frånvaro anmäls till huvudmannen och att åtgärder vidtas",
         "Genomgång av frånvarostatistik i IST", "2 ggr/år", "Skolchef", D(2025, 6, 12),
         "Inga avvikelser. Samtliga fall anmälda.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Stickprov 10 fakturor per enhet – attest och underlag",
         "Stickprov i Unit4", "1 ggr/år", "Controller BUF", D(2025, 11, 20),
         "4 fakturor saknade angiven beställare. Påminnelse till rektorer.", "Information på rektorsmöte",
         "GENOMFORD", "ja"),
        ("Kränkande behandling", "Kontroll av att anmälan om kränkande behandling görs till huvudman inom en vecka",
         "Genomgång av samtliga anmälningar", "Per termin", "Kvalitetsutvecklare", D(2025, 12, 15),
         "Genomgång av 64 ärenden, 7 anmäldes senare än en vecka.", "Rutinen förtydligad",
         "GENOMFORD", "ja"),
        ("Avgifter", "Inkomstkontroll barnomsorgsavgifter – debitering enligt inkomstuppgift (maxtaxa)",
         "Avstämning mot Skatteverkets uppgifter", "1 ggr/år", "Placeringsenheten", None,
         "Inkomstkontrollen mot Skatteverket är påbörjad i december och slutförs i februari 2026.", "",
         "DELVIS", "nej"),
        ("Personal", "Kontroll att utdrag ur belastningsregistret uppvisats vid anställning i förskola och skola",
         "Stickprov 20 anställningar", "1 ggr/år", "HR", None,
         "Kontrollen har inte genomförts 2025 på grund av byte av HR-system.", "Görs 2026",
         "EJ_GENOMFORD", "nej"),
        ("Skolskjuts", "Kontroll av att beslut om skolskjuts finns för samtliga elever som åker",
         "Avstämning mot transportörens listor", "1 ggr/år", "Skolskjutshandläggare", None,
         "", "", "SAKNAS", "nej"),
        ("IT", "Inventering av elevdatorer mot tillgångsregistret",
         "Inventering på plats", "1 ggr/år", "IT-samordnare", "Ej utförd",
         "Planeras till vårterminen 2026.", "", "EJ_GENOMFORD", "nej"),
        ("Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse diarium – nämndprotokoll", "2 ggr/år", "Nämndsekreterare", "v. 48",
         "Två beslut (skolplacering) anmäldes inte. Anmäls i januari.", "", "GENOMFORD", "ja"),
        ("Måltider", "Kontroll av att specialkost serveras enligt gällande allergilistor",
         "Stickprov på 6 enheter", "1 ggr/år", "Kostchef", D(2025, 10, 3),
         "OK", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll att attestförteckningen är uppdaterad efter organisationsförändringen",
         "Jämförelse attestlista – organisation", "1 ggr/år", "Controller BUF", "?",
         "", "", "OKLAR", "nej"),
    ]
    r = 6
    for risk, km, metod, frekv, ansv, datum, res, atg, st, avv in rows:
        vals = [risk, km, metod, frekv, ansv, datum, res or None, atg or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
        if isinstance(datum, dt.date):
            ws.cell(row=r, column=6).number_format = "yyyy-mm-dd"
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen redovisas för barn- och utbildningsnämnden 2026-02-11.")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "bun.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "bun.xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F3  Samhällsbyggnadsnämnden - .ods, share done as percentages (31/8 and 31/12)
# ---------------------------------------------------------------------------
def f3_sbn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.number import PercentageStyle, Number, Text as NText
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    fil = "Samhällsbyggnadsnämnden IKP 2025 uppföljning.ods"
    N = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    pst = PercentageStyle(name="pct0")
    pst.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    pst.addElement(NText(text=" %"))
    doc.automaticstyles.addElement(pst)
    pcell = Style(name="cpct", family="table-cell", datastylename="pct0")
    doc.automaticstyles.addElement(pcell)
    bold = Style(name="cbold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    big = Style(name="cbig", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    wrap = Style(name="cwrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(wrap)
    colstyles = []
    for i, w in enumerate(["4.5cm", "9cm", "5cm", "3cm", "3cm", "9cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="Uppföljning 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None:
                tc = TableCell()
            elif isinstance(v, float):
                tc = TableCell(valuetype="percentage", value=v, stylename=pcell)
                tc.addElement(P(text="%d %%" % round(v * 100)))
            else:
                tc = TableCell(valuetype="string", stylename=style or wrap)
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Samhällsbyggnadsnämnden – uppföljning av internkontrollplan 2025"], big)
    row(["Delår per 31 augusti och helår per 31 december. Andel genomförd anges i procent av planerad kontroll."])
    row([])
    row(["Process", "Kontrollmoment", "Kontrollmetod", "Andel genomförd 31/8", "Andel genomförd 31/12",
         "Kommentar helår"], bold)
    data = [
        ("Inköp och avtal", "Stickprov av 20 leverantörsfakturor mot avtal – fastighetsunderhåll",
         "Stickprov, jämförelse faktura mot avtalat á-pris", 0.5, 1.0,
         "2 fakturor med fel á-pris (måleriarbeten), kreditering begärd och erhållen.", "GENOMFORD", "ja"),
        ("Mark och exploatering", "Kontroll av att arrendeavgifter fakturerats enligt avtal (jordbruksarrenden)",
         "Avstämning arrenderegister mot kundreskontra", 1.0, None,
         None, "GENOMFORD", "nej"),
        ("Investeringar", "Kontroll av att investeringsprojekt har beslutad projektbudget före start",
         "Genomgång av projekt startade 2025", 0.4, 0.6,
         "3 av 5 projekt kontrollerade. Ombyggnaden av parkeringen vid Sandskogen saknade beslutad budget vid start.",
         "DELVIS", "ja"),
        ("Gata och park", "Kontroll av att årlig huvudbesiktning av kommunens lekplatser genomförts",
         "Besiktningsprotokoll", 0.0, 1.0,
         "Besiktning utförd av extern besiktningsman i oktober. 4 anmärkningar, samtliga åtgärdade.",
         "GENOMFORD", "ja"),
        ("Mark och exploatering", "Kontroll av att markanvisningsavtal följer antagen riktlinje för markanvisning",
         "Genomgång av tecknade avtal", 0.0, 0.0,
         "Ej hunnit, resursbrist på mark- och exploateringsenheten.", "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet", "Kontroll av behörigheter i fastighetssystemet – avslutade anställda",
         "Jämförelse behörighetslista mot personalsystem", 0.25, "60 %",
         "Kontroll gjord för fastighetsavdelningen, gatuavdelningen återstår.", "DELVIS", "nej"),
        ("Gata och park", "Kontroll av att felanmälningar åtgärdas inom avtalad tid av driftentreprenör",
         "Stickprov i felanmälningssystemet", "Utgår", "Utgår",
         "Kontrollmomentet ströks genom nämndbeslut 2025-04-23 § 58.", "UTGAR", "nej"),
        ("Fordon", "Kontroll av drivmedelskort och bränsleförbrukning för kommunens fordon",
         "Stickprov transaktioner", None, None, None, "SAKNAS", "nej"),
        ("Gata och park", "Vinterväghållning – kontroll av entreprenörens körjournaler mot faktura",
         "Jämförelse körjournal – faktura jan–mars och nov–dec", 1.0, 1.0,
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for proc, km, metod, a, h, kom, st, avv in data:
        row([proc, km, metod, a, h, kom])
        exp(fil, N, km, st, avv)
    row([])
    row(["Genomsnitt", None, None, 0.46, 0.66, None], bold)
    row(["Sammanställt av Johan Mårtensson, controller samhällsbyggnadsförvaltningen, 2026-01-23"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F4  Ekonomienhetens insamlingsbok - one sheet per small nämnd
# ---------------------------------------------------------------------------
def f4_ekonomi():
    fil = "Ekonomienheten sammanställning IK små nämnder 2025.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Insamling av uppföljning internkontroll 2025 – små nämnder",
        "",
        "Ekonomienheten fyller i bladet för respektive nämnd i dialog med nämndens sekreterare.",
        "Status väljs i rullistan:",
        "Genomförd = kontrollen är utförd enligt plan",
        "Delvis genomförd = kontrollen är påbörjad eller utförd till en del",
        "Ej genomförd = kontrollen har inte utförts",
        "Ej aktuell = kontrollen kan inte utföras i år eller har strukits",
        "",
        "Sista dag för ifyllnad: 2026-01-30. Frågor till Maria Holm, ekonomienheten.",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=l)
    ins["A1"].font = TITLE
    ins.column_dimensions["A"].width = 90

    ov = wb.create_sheet("Översikt")
    ov["A1"] = "Översikt – antal kontroller per nämnd"
    ov["A1"].font = BOLD
    for i, h in enumerate(["Nämnd", "Antal kontroller", "Genomförda", "Delvis", "Ej genomförda", "Ej aktuella"], 1):
        ov.cell(row=3, column=i, value=h).font = BOLD
    ov.append(["Överförmyndarnämnden", 5, 3, 1, 1, 0])
    ov.append(["Valnämnden", 5, 2, 1, 0, 1])
    ov.append(["Summa", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)", "=SUM(E4:E5)", "=SUM(F4:F5)"])
    ov["A6"].font = BOLD
    ov.column_dimensions["A"].width = 26

    def nsheet(title, namnd, ifylld, rows):
        ws = wb.create_sheet(title)
        ws["A1"] = "Nämnd: " + namnd
        ws["A1"].font = TITLE
        ws["A2"] = "Uppföljning internkontrollplan – helår 2025"
        ws["A3"] = "Ifylld av: " + ifylld
        heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Status (välj i lista)", "Kommentar", "Datum"]
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=5, column=i, value=h)
            c.font = BOLD
            c.fill = HEADFILL
        for i, w in enumerate([5, 22, 55, 20, 55, 12]):
            ws.column_dimensions[chr(65 + i)].width = w
        dv = DataValidation(type="list",
                            formula1='"Genomförd,Delvis genomförd,Ej genomförd,Ej aktuell"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 6
        for k, (omr, km, st_txt, kom, datum, st, avv) in enumerate(rows, 1):
            ws.cell(row=r, column=1, value=k)
            ws.cell(row=r, column=2, value=omr)
            ws.cell(row=r, column=3, value=km).alignment = WRAP
            if st_txt:
                ws.cell(row=r, column=4, value=st_txt)
            if kom:
                ws.cell(row=r, column=5, value=kom).alignment = WRAP
            if datum:
                ws.cell(row=r, column=6, value=datum).number_format = "yyyy-mm-dd"
            dv.add("D%d" % r)
            exp(fil, namnd, km, st, avv)
            r += 1
        return ws

    D = dt.date
    nsheet("ÖFN", "Överförmyndarnämnden", "Karin Sjöberg, handläggare överförmyndarkansliet", [
        ("Årsräkningar", "Fördjupad granskning av årsräkningar – stickprov 10 % av ärendena",
         "Genomförd", "31 årsräkningar granskade fördjupat. 2 fall med otillåtna uttag, ställföreträdare entledigade.",
         D(2025, 9, 30), "GENOMFORD", "ja"),
        ("Ställföreträdare", "Kontroll av att samtliga nya ställföreträdare har giltigt utdrag ur belastningsregistret",
         "Genomförd", "Inga avvikelser.", D(2025, 11, 12), "GENOMFORD", "nej"),
        ("Bank", "Kontroll att överförmyndarspärr finns på konton för omyndiga",
         "Delvis genomförd", "Kontrollerat mot 2 av 3 banker, svar från den tredje saknas.", None, "DELVIS", "nej"),
        ("Arvoden", "Uppföljning av handläggningstid för arvodesbeslut (mål: inom 3 månader)",
         "Ej genomförd", "Skjuts till 2026.", None, "EJ_GENOMFORD", "nej"),
        ("Avslut", "Kontroll av att ärenden avslutas korrekt i verksamhetssystemet vid dödsfall",
         None, "Genomförd i november, inga fel hittades.", D(2025, 11, 27), "GENOMFORD", "nej"),
    ])
    nsheet("Valnämnden", "Valnämnden", "Peter Ahlgren, valsamordnare", [
        ("Röstmottagare", "Kontroll av att röstmottagare genomgått utbildning inför val",
         "Ej aktuell", "Inget allmänt val 2025.", None, "UTGAR", "nej"),
        ("Valmaterial", "Inventering av förråd med valsedlar och valmaterial",
         "Genomförd", "Inventering 2025-10-14, materialet komplett.", D(2025, 10, 14), "GENOMFORD", "nej"),
        ("Vallokaler", "Kontroll av att vallokaler uppfyller tillgänglighetskrav inför valet 2026",
         "Delvis genomförd", "12 av 17 lokaler besökta.", None, "DELVIS", "nej"),
        ("Arvoden", "Kontroll att arvoden till röstmottagare betalats ut enligt beslut",
         "Se kommentar", None, None, "OKLAR", "nej"),
        ("Diarium", "Kontroll av att valnämndens beslut diarieförs",
         "Genomförd", "2 beslut var inte diarieförda, åtgärdat i december.", D(2025, 12, 8), "GENOMFORD", "ja"),
    ])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F5  Kommunstyrelsen - .docx, status and comment in the same cell
# ---------------------------------------------------------------------------
def f5_ks():
    from docx import Document
    from docx.shared import Pt, Cm

    fil = "KS uppföljning intern kontroll helår 2025.docx"
    N = "Kommunstyrelsen"
    d = Document()
    d.add_heading("Kommunstyrelsen", level=0)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 312). Nedan redovisas "
        "utfallet per process. Kolumnen Status/kommentar anger om kontrollen är utförd och vad som framkommit. "
        "Kommunledningsförvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
    procs = [
        ("Process: Ekonomi och redovisning", [
            ("Avstämning av balanskonton vid bokslut (kundfordringar, leverantörsskulder)",
             "Vid varje månadsbokslut", "Redovisningsansvarig", "OK – inga fel", "GENOMFORD", "nej"),
            ("Stickprov av 20 representationsfakturor – syfte och deltagare angivna",
             "Två gånger per år", "Controller KLF",
             "OK, men 3 fakturor saknade deltagarförteckning. Påminnelse skickad till berörda chefer.",
             "GENOMFORD", "ja"),
            ("Kontroll av att momsavdrag på representation görs korrekt",
             "En gång per år", "Redovisningsansvarig", "Ej klart, se nedan", "EJ_GENOMFORD", "nej"),
        ]),
        ("Process: Upphandling och inköp", [
            ("Kontroll av avtalstrohet – inköp över 100 tkr hos leverantörer utan avtal",
             "Kvartalsvis", "Upphandlingschef",
             "Delvis klart – kvartal 1–3 kontrollerade utan anmärkning, kvartal 4 återstår.", "DELVIS", "nej"),
            ("Kontroll att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Två gånger per år", "Upphandlingschef",
             "Klar. Två direktupphandlingar saknade dokumentation (IT-konsult, tryckeri).", "GENOMFORD", "ja"),
        ]),
        ("Process: IT och informationssäkerhet", [
            ("Behörighetskontroll i ekonomisystemet – avslutade användare",
             "Två gånger per år", "Systemförvaltare ekonomi",
             "Utförd 2025-11-05 – 6 konton inaktiverade som borde ha stängts tidigare.", "GENOMFORD", "ja"),
            ("Test av återläsning av säkerhetskopior för kritiska system",
             "En gång per år", "IT-chef", "Se kommentar", "OKLAR", "nej"),
            ("Uppföljning av att nyanställda genomgått informationssäkerhetsutbildning",
             "En gång per år", "Informationssäkerhetssamordnare", "Ej påbörjad", "EJ_GENOMFORD", "nej"),
        ]),
        ("Process: Personal och lön", [
            ("Kontroll av att lönebeslut vid nyanställning är attesterade före första utbetalning",
             "Stickprov 25 st per halvår", "HR-chef", "OK – inga fel", "GENOMFORD", "nej"),
            ("Kontroll av att chefer inhämtat uppgift om bisysslor från medarbetare",
             "En gång per år", "HR-chef",
             "Utgår – ersatt av kommungemensam rutin (KS 2025-03-05 § 41)", "UTGAR", "nej"),
            ("Kontroll av att arvoden till förtroendevalda betalas ut enligt arvodesreglementet",
             "Stickprov 10 st", "Kanslichef", "", "SAKNAS", "nej"),
        ]),
    ]
    for ptitle, ctrls in procs:
        d.add_heading(ptitle, level=2)
        tbl = d.add_table(rows=1, cols=4)
        tbl.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod/frekvens", "Ansvarig", "Status/kommentar"]):
            cell = tbl.rows[0].cells[i]
            cell.text = ""
            run = cell.paragraphs[0].add_run(h)
            run.bold = True
        for km, metod, ansv, sk, st, avv in ctrls:
            cells = tbl.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = ansv
            cells[3].text = sk
            exp(fil, N, km, st, avv)
        d.add_paragraph("")
    d.add_heading("Kommentarer", level=2)
    d.add_paragraph(
        "Momsavdrag på representation: kontrollen har inte genomförts under 2025 på grund av vakans på "
        "redovisningsenheten under hösten. Kontrollen förs över till internkontrollplanen för 2026.")
    d.add_paragraph(
        "Avtalstrohet kvartal 4: underlaget från e-handelssystemet blir klart i februari och redovisas i "
        "samband med uppföljningen per 30 april 2026.")
    d.add_paragraph("")
    d.add_paragraph("Ystad 2026-01-28")
    d.add_paragraph("Anna Nilsson\nEkonomichef, kommunledningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden - xlsx, 2024 and 2025 follow-up side by side on one sheet
# ---------------------------------------------------------------------------
def f6_kfn():
    fil = "KFN IK uppföljning 2024 och 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden – uppföljning av intern kontroll"
    ws["A1"].font = TITLE
    ws["A3"] = "HELÅR 2024 (redovisad för nämnden 2025-02-19)"
    ws["A3"].font = BOLD
    ws["G3"] = "HELÅR 2025"
    ws["G3"].font = BOLD
    for col0 in (1, 7):
        for i, h in enumerate(["Kontrollmoment", "Status", "Kommentar", "Ansvarig"]):
            c = ws.cell(row=4, column=col0 + i, value=h)
            c.font = BOLD
            c.fill = HEADFILL
    for col, w in zip("ABCDEFGHIJ", [46, 14, 40, 16, 3, 3, 46, 14, 44, 16]):
        ws.column_dimensions[col].width = w
    fills = {"Genomförd": GREEN, "Delvis": YELLOW, "Pågår": YELLOW, "Ej genomförd": RED}

    y2024 = [
        ("Kontroll av kassahantering i biblioteket och på Ystads konstmuseum", "Genomförd",
         "Inga differenser.", "Kulturchef"),
        ("Stickprov av föreningsbidrag – att redovisning inkommit före utbetalning", "Delvis",
         "Stickprov gjort för aktivitetsstöd, ej för lokalbidrag.", "Fritidskonsulent"),
        ("Kontroll av att hyresavtal för externt förhyrda lokaler är uppdaterade", "Genomförd",
         "Två avtal omförhandlade.", "Fritidschef"),
        ("Kontroll av entréintäkter på Ystad Arena mot kassasystemet", "Genomförd",
         "", "Anläggningschef"),
        ("Uppföljning av att evenemangsavtal är underskrivna före evenemang", "Ej genomförd",
         "Hanns inte med.", "Evenemangssamordnare"),
        ("Kontroll av inventarieförteckning för konstsamlingen", "Genomförd",
         "Tre verk ej återfunna, polisanmälan gjord.", "Intendent"),
    ]
    y2025 = [
        ("Kontroll av kassahantering i biblioteket och på Ystads konstmuseum", "Genomförd", True,
         "Kassaavstämning fyra gånger. Differens 120 kr vid ett tillfälle, utrett.", "Kulturchef",
         "GENOMFORD", "ja"),
        ("Stickprov av föreningsbidrag – att redovisning inkommit före utbetalning", None, False,
         None, "Fritidskonsulent", "SAKNAS", "nej"),
        ("Uppföljning av att evenemangsavtal är underskrivna före evenemang", "Delvis", True,
         "Avtalet för en av sommarens stora arrangemang signerades i efterhand. Övriga OK.",
         "Evenemangssamordnare", "DELVIS", "ja"),
        ("Kontroll av entréintäkter på Ystad Arena mot kassasystemet", "", "RED",
         "Kassasystemet byttes i maj, ingen avstämning gjord.", "Anläggningschef", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att bidrag till studieförbund fördelas enligt beslutade regler", "Genomförd", True,
         "Inga avvikelser.", "Fritidschef", "GENOMFORD", "nej"),
        ("Kontroll av timanställdas tidrapporter på badet (sommarpersonal)", "Pågår", True,
         "Juni och juli kontrollerade, augusti återstår.", "Anläggningschef", "DELVIS", "nej"),
        ("Kontroll av inventarieförteckning för konstsamlingen", "Utgår", False,
         "Flyttad till kommunstyrelsens inventering av konst.", "Intendent", "UTGAR", "nej"),
    ]
    r = 5
    for km, s, kom, ansv in y2024:
        ws.cell(row=r, column=1, value=km).alignment = WRAP
        c = ws.cell(row=r, column=2, value=s)
        c.fill = fills[s]
        if kom:
            ws.cell(row=r, column=3, value=kom).alignment = WRAP
        ws.cell(row=r, column=4, value=ansv)
        r += 1
    r = 5
    for km, s, fill, kom, ansv, st, avv in y2025:
        ws.cell(row=r, column=7, value=km).alignment = WRAP
        c = ws.cell(row=r, column=8, value=s if s else None)
        if fill is True:
            c.fill = fills[s]
        elif fill == "RED":
            c.fill = RED
        if kom:
            ws.cell(row=r, column=9, value=kom).alignment = WRAP
        ws.cell(row=r, column=10, value=ansv)
        exp(fil, N, km, st, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=7, value="Färgförklaring:").font = BOLD
    ws.cell(row=r + 1, column=7, value="Grön = genomförd")
    ws.cell(row=r + 1, column=8).fill = GREEN
    ws.cell(row=r + 2, column=7, value="Gul = delvis genomförd / pågår")
    ws.cell(row=r + 2, column=8).fill = YELLOW
    ws.cell(row=r + 3, column=7, value="Röd = ej genomförd")
    ws.cell(row=r + 3, column=8).fill = RED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F7  Miljö- och byggnadsnämnden - Stratsys-like CSV export, Windows-1252, row per control and period
# ---------------------------------------------------------------------------
def f7_mbn():
    fil = "MBN_internkontroll_export_2025.csv"
    N = "Miljö- och byggnadsnämnden"
    org = "Miljö- och byggnadsnämnden"
    plan = "Internkontrollplan 2025"
    ctrls = [
        ("Handläggning", "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         ("Pågående", "Sammanställning för jan–jun klar."),
         ("Genomförd", "Av 342 beslut överskred 11 tidsfristen. Avgiften reducerades enligt PBL 12 kap. 8 a §."),
         "GENOMFORD", "ja"),
        ("Avgifter", "Stickprov av 10 beslut om tillsynsavgift enligt miljöbalken mot gällande taxa",
         ("Genomförd", "Inga avvikelser."), ("", ""), "GENOMFORD", "nej"),
        ("Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
         ("Genomförd", "Inga avvikelser."), ("Genomförd", "Ett beslut anmäldes en månad för sent."),
         "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Kontroll av att den planerade livsmedelskontrollen följer kontrollplanen",
         ("Pågående", ""), ("Pågående", "Sammanställning av utfallet blir klar i februari."), "DELVIS", "nej"),
        ("Tillsyn", "Kontroll av att ärenden om olovligt byggande följs upp inom sex månader",
         ("Ej påbörjad", ""), ("Ej genomförd", "Ej prioriterat under året."), "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet", "Kontroll av behörigheter i ärendehanteringssystemet",
         ("", ""), ("", "Kontroll genomförd i december. 2 behörigheter togs bort för personal som slutat."),
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av kostnadsfördelning mellan miljöenheten och byggenheten",
         ("Ej påbörjad", ""), ("Utgår", "Struken vid revidering av planen, nämndbeslut 2025-09-18."),
         "UTGAR", "nej"),
    ]
    lines = ["Rapport: Internkontroll - uppföljning;Utskriven 2026-01-21 09:14;;;;;;;"]
    lines.append("Organisation;Plan;Process;Kontrollmoment;Period;Status;Kommentar;Senast ändrad;Ändrad av")
    for proc, km, dl, hl, st, avv in ctrls:
        for per, (s, k), date, who in (("Delår 2025", dl, "2025-09-08", "Sofia Lindqvist"),
                                       ("Helår 2025", hl, "2026-01-16", "Sofia Lindqvist")):
            lines.append(";".join([org, plan, proc, km, per, s, k, date if (s or k) else "", who if (s or k) else ""]))
        exp(fil, N, km, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# F8  Excel lock file -> AVVISAD
# ---------------------------------------------------------------------------
def f8_lock():
    fil = "~$SN Uppföljning internkontrollplan 2025 helår.xlsx"
    name = "Lena Persson"
    data = bytes([len(name)]) + name.encode("latin-1") + b" " * (54 - len(name))
    data += bytes([len(name), 0]) + name.encode("utf-16-le") + b"\x20\x00" * (54 - len(name))
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Miljö- och byggenheten"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet|Överförmyndaren"),
        ("Valnämnden", "VN|Valn"),
        ("Krisledningsnämnden", "KLN|Krisledning"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    names = {r[0] for r in reg}
    for row in FILES:
        assert row[2] == "" or row[2] in names, row
    for row in EXPECTED:
        assert row[1] in names, row
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    clean_old()
    f1_socialnamnden()
    f2_bun()
    f3_sbn()
    f4_ekonomi()
    f5_ks()
    f6_kfn()
    f7_mbn()
    f8_lock()
    write_csvs()
    print("files:", len(set(r[0] for r in FILES)), "file rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
