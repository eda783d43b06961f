#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r222 - Brobacka kommun, T2 2025.
Excel workbooks people have worked in for years: hidden rows/cols/sheets, collapsed outline groups,
autofilters left on, cell notes, data validation, frozen panes, Instruktion sheets, pivot-like summaries,
conditional formatting.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import zipfile

import openpyxl
import xlwt
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
GREEN = PatternFill("solid", fgColor="C6EFCE", bgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C", bgColor="FFEB9C")
ORANGE = PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD")
RED = PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9", bgColor="D9D9D9")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


def body_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BORDER


def set_props(wb, creator, title):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2019, 1, 14, 8, 30, 0)
    wb.properties.modified = FIXED


def save_xlsx(wb, name):
    path = os.path.join(OUT, name)
    wb.save(path)
    normalize_zip(path)
    return path


def normalize_zip(path):
    """Rewrite a zip with fixed timestamps so the build is byte-for-byte deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2025, 9, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def instruktion_sheet(ws, lines, width=110):
    ws.column_dimensions["A"].width = width
    for i, t in enumerate(lines, 1):
        c = ws.cell(row=i, column=1, value=t)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 1:
            c.font = Font(bold=True, size=14)


# ---------------------------------------------------------------------------------------------
# F1  Kommunstyrelsen - fairly easy, but with all the "worked-in" features
# ---------------------------------------------------------------------------------------------
def f1_ks():
    fil = "IK_uppfoljning_T2_2025_KS.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    instruktion_sheet(ins, [
        "Instruktion – uppföljning av internkontrollplan",
        "",
        "1. Fyll i kolumnen \"Status T2\" med hjälp av rullistan (Genomförd, Genomförd med avvikelse, "
        "Delvis genomförd, Ej påbörjad, Utgår).",
        "2. Beskriv resultatet av kontrollen i kolumnen \"Resultat/kommentar\". Ange alltid om avvikelser har noterats.",
        "3. Vid avvikelse: ange åtgärd och ansvarig i kolumnen \"Åtgärd\".",
        "4. Lägg inte till eller ta bort kolumner – fliken Sammanställning läser från kolumn H.",
        "5. Skicka filen till ekonomienheten senast 15 september.",
        "",
        "Mallen uppdaterad 2019-01-14 (ekonomienheten). Rev. 2023-02-01: kolumn Riskvärde 2022 dold.",
    ])

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Tertial 2 (januari–augusti 2025)"
    ws["A3"] = "Ansvarig förvaltning: Kommunledningsförvaltningen"
    hdr = ["Nr", "Process", "Risk", "Riskvärde 2022", "Kontrollmoment", "Metod / omfattning", "Ansvarig",
           "Status T2", "Resultat/kommentar", "Åtgärd"]
    header_row(ws, 5, hdr, [5, 16, 28, 9, 42, 28, 16, 20, 48, 30])
    ws.column_dimensions["D"].hidden = True  # old column
    rows = [
        (1, "Ekonomi", "Felaktiga utbetalningar", 12,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor ur Raindance", "Redovisningschef", "Genomförd",
         "Stickprov på 30 fakturor. Samtliga attesterade av behörig attestant. Inga avvikelser.", "",
         ("GENOMFORD", "nej")),
        (2, "Styrning", "Beslut fattas utan mandat", 9,
         "Kontroll av att beslut fattade på delegation anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor feb–juni", "Kanslichef", "Genomförd med avvikelse",
         "3 av 25 granskade delegationsbeslut hade inte anmälts till KS i tid.",
         "Påminnelse till delegater, ny rutin i ärendesystemet.", ("GENOMFORD", "ja")),
        (3, "Ekonomi", "Förtroendeskada", 8,
         "Representation och förtroendekänsliga poster följer riktlinjen",
         "Samtliga representationsfakturor", "Controller", "Delvis genomförd",
         "Januari–juni är granskade, juli–augusti återstår. Inga avvikelser hittills.", "",
         ("DELVIS", "nej")),
        (4, "IT/informationssäkerhet", "Obehörig åtkomst", 12,
         "Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning",
         "Jämförelse HR-lista mot behörighetslista", "Systemförvaltare", "Ej påbörjad",
         "Skjuts till T3 på grund av systembyte i lönesystemet.", "", ("EJ_GENOMFORD", "")),
        (5, "Upphandling", "Otillåten direktupphandling", 16,
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Samtliga direktupphandlingar > 100 tkr jan–aug", "Upphandlingschef", "Genomförd",
         "12 direktupphandlingar granskade. 2 saknade dokumentation enligt riktlinjen.",
         "Utbildning för beställare i oktober.", ("GENOMFORD", "ja")),
        (6, "Styrning", "Bristande offentlighet", 6,
         "Registrering och diarieföring av allmänna handlingar inom 2 arbetsdagar",
         "Stickprov 20 handlingar", "Registrator", "Utgår",
         "Utgår enligt KS beslut 2025-04-09 § 58, ersätts av granskning av nytt ärendesystem.", "",
         ("UTGAR", "")),
        (7, "Personal", "Felaktiga löneutbetalningar", 12,
         "Löneutbetalningar – kontroll av manuella ändringar i lönesystemet",
         "Logglista manuella ändringar", "HR-chef", None,
         "Kontrollen är genomförd i augusti, inga avvikelser noterade.", "", ("GENOMFORD", "nej")),
        (8, "IT/informationssäkerhet", "Informationsincidenter", 9,
         "Efterlevnad av informationssäkerhetspolicyn – genomförda utbildningar",
         "Utdrag ur lärplattformen", "Informationssäkerhetssamordnare", None, None, None,
         ("SAKNAS", "")),
    ]
    r = 6
    for row in rows:
        body_row(ws, r, row[:10])
        exp(fil, N, row[4], *row[10])
        r += 1
    last = r - 1
    ws["H7"].comment = Comment("Gäller främst socialförvaltningens delegationslistor. /Kansliet", "Lena Holm")
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H6:H{last}")
    ws.conditional_formatting.add(f"H6:H{last}", FormulaRule(formula=['H6="Genomförd"'], fill=GREEN))
    ws.conditional_formatting.add(f"H6:H{last}", FormulaRule(formula=['H6="Genomförd med avvikelse"'], fill=YELLOW))
    ws.conditional_formatting.add(f"H6:H{last}", FormulaRule(formula=['H6="Delvis genomförd"'], fill=ORANGE))
    ws.conditional_formatting.add(f"H6:H{last}", FormulaRule(formula=['H6="Ej påbörjad"'], fill=RED))
    ws.conditional_formatting.add(f"H6:H{last}", FormulaRule(formula=['H6="Utgår"'], fill=GREY))
    ws.freeze_panes = "F6"
    ws.auto_filter.ref = f"A5:J{last}"
    ws.cell(row=last + 3, column=1, value="Datum: 2025-09-10")
    ws.cell(row=last + 4, column=1, value="Uppföljningen godkänd av kommundirektör Anders Ek")

    summ = wb.create_sheet("Sammanställning")
    summ["A1"] = "Sammanställning status T2 2025 – Kommunstyrelsen"
    summ["A1"].font = Font(bold=True, size=12)
    header_row(summ, 3, ["Status", "Antal kontrollmoment", "Andel"], [28, 22, 10])
    counts = [("Genomförd", 2), ("Genomförd med avvikelse", 1), ("Delvis genomförd", 1), ("Ej påbörjad", 1),
              ("Utgår", 1), ("(tom)", 2)]
    for i, (s, n) in enumerate(counts, 4):
        body_row(summ, i, [s, n, round(n / 8, 3)])
        summ.cell(row=i, column=3).number_format = "0%"
    body_row(summ, 10, ["Totalsumma", 8, 1])
    summ.cell(row=10, column=1).font = Font(bold=True)
    summ.cell(row=10, column=3).number_format = "0%"

    lst = wb.create_sheet("Listor")
    for i, s in enumerate(["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej påbörjad", "Utgår"], 1):
        lst.cell(row=i, column=1, value=s)
    lst.sheet_state = "hidden"
    wb.active = 1
    set_props(wb, "Lena Holm", "IK-uppföljning KS")
    save_xlsx(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F2  Barn- och utbildningsnämnden - hard: collapsed groups, hidden 2024 columns, T1/T2/T3 columns, notes
# ---------------------------------------------------------------------------------------------
def f2_bun():
    fil = "BUF internkontroll 2025 uppföljning.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    instruktion_sheet(ins, [
        "Så här fyller du i uppföljningen",
        "Varje tertial fylls status i för respektive kontrollmoment i kolumnen för aktuell period.",
        "Använd rullistan: Genomförd / Genomförd med avvikelse / Delvis / Ej genomförd / Utgår / Se kommentar.",
        "Vid \"Se kommentar\" – skriv förklaringen som en anteckning (högerklicka > Ny anteckning) i statuscellen.",
        "Processrubrikerna kan fällas ihop med + / – i vänstermarginalen.",
        "Kolumnerna för 2024 är dolda men ska ligga kvar (jämförelse i årsredovisningen).",
        "Kontaktperson: Maria Sjöberg, controller BUF",
    ])
    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporteringsperiod: T2 2025 (t.o.m. 31 augusti)"
    hdr = ["ID", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status helår 2024",
           "Kommentar 2024", "Status T1", "Status T2", "Status T3/helår", "Kommentar 2025"]
    header_row(ws, 5, hdr, [6, 46, 30, 14, 16, 14, 30, 16, 18, 16, 50])
    ws.column_dimensions["F"].hidden = True
    ws.column_dimensions["G"].hidden = True
    ws.sheet_properties.outlinePr.summaryBelow = False
    groups = [
        ("Process: Ekonomi", False, [
            ("E1", "Attestering av fakturor i Proceedo sker av behörig attestant", "Stickprov 25 fakturor/tertial",
             "Tertialvis", "Ekonomichef", "Ej genomförd", "Ej hunnits med", "Genomförd", "Genomförd", None,
             "Inga avvikelser T1 eller T2.", None, ("GENOMFORD", "nej")),
            ("E2", "Kontroll av att barnomsorgsavgifter debiteras enligt maxtaxa",
             "Stickprov 40 hushåll, inkomstuppgifter", "Tertialvis", "Avgiftshandläggare", "Genomförd", "",
             "Delvis", "Genomförd med avvikelse", None, "Se anteckning i statuscellen.",
             "12 hushåll hade felaktig inkomstuppgift i systemet. Rättat och efterdebiterat i augusti. /MS",
             ("GENOMFORD", "ja")),
            ("E3", "Inköp görs från avtalade leverantörer (avtalstrohet)", "Leverantörsanalys i Proceedo",
             "Halvår", "Upphandlingsansvarig", "Delvis", "", "Ej genomförd", "Delvis", None,
             "Analys av jan–juni klar, avtalstrohet 86 %. Resterande analys görs T3.", None, ("DELVIS", "")),
        ]),
        ("Process: Elevhälsa och undervisning", True, [
            ("U1", "Anmälan till huvudman om kränkande behandling görs inom fem arbetsdagar",
             "Genomgång av samtliga anmälningar", "Tertialvis", "Verksamhetschef grundskola", "Genomförd", "",
             "Genomförd", "Genomförd", None, "14 av 15 ärenden anmäldes inom fem arbetsdagar, ett ärende anmäldes "
             "efter åtta dagar.", None, ("GENOMFORD", "ja")),
            ("U2", "Upprättande av åtgärdsprogram för elever i behov av särskilt stöd",
             "Stickprov 6 skolor", "Halvår", "Elevhälsochef", "Genomförd", "", None, "Se kommentar", None, None,
             "Stickprov på 3 av 6 skolor klart. Resterande skolor granskas i september.", ("DELVIS", "")),
            ("U3", "Uppföljning av frånvaro – problematisk skolfrånvaro rapporteras till rektor",
             "Utdrag frånvarostatistik", "1 ggr/år (T1)", "Rektorer", "Genomförd", "", "Genomförd", None, None,
             "Genomförd i april, inga avvikelser.", None, ("GENOMFORD", "nej")),
        ]),
        ("Process: Personal", False, [
            ("P1", "Registerkontroll (belastningsregister) vid nyanställning inom förskola och skola",
             "Samtliga nyanställda jan–aug", "Tertialvis", "HR-partner", "Genomförd", "", "Genomförd",
             "Genomförd med avvikelse", None,
             "2 av 40 nyanställda saknade uppvisat utdrag vid anställningstillfället. Utdrag inhämtat i efterhand.",
             None, ("GENOMFORD", "ja")),
            ("P2", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs enligt plan", "Genomgång av protokoll",
             "Halvår", "Förvaltningschef", "Delvis", "", "Delvis", "Ej genomförd", None,
             "Skyddsronder på 4 enheter inställda p.g.a. chefsbyten.", None, ("EJ_GENOMFORD", "")),
            ("P3", "Lönetillägg och övertid attesteras av närmaste chef", "Stickprov 20 lönearter", "Tertialvis",
             "HR-partner", "Genomförd", "", None, "Utgår", None, None,
             "Utgår – ingår i kommungemensam kontroll hos KS enligt beslut BUN 2025-03-18 § 31.",
             ("UTGAR", "")),
        ]),
        ("Process: Informationssäkerhet", True, [
            ("I1", "Behörigheter i elevdokumentationssystemet (Unikum) ses över vid personalförändringar",
             "Jämförelse personallista mot behörigheter", "1 ggr/år", "IT-samordnare", "Ej genomförd", "",
             None, None, None, "Ej påbörjad, genomförs under T3.", None, ("EJ_GENOMFORD", "")),
        ]),
    ]
    r = 6
    ids = []
    for title, collapsed, items in groups:
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        for col in range(1, 12):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        if collapsed:
            ws.row_dimensions[r].collapsed = True
        r += 1
        for it in items:
            body_row(ws, r, list(it[:11]))
            ws.row_dimensions[r].outlineLevel = 1
            if collapsed:
                ws.row_dimensions[r].hidden = True
            if it[11]:
                ws.cell(row=r, column=9).comment = Comment(it[11], "Maria Sjöberg", width=300, height=110)
            exp(fil, N, it[1], *it[12])
            ids.append(r)
            r += 1
    last = r - 1
    lst = wb.create_sheet("Hjälp")
    vals = ["Genomförd", "Genomförd med avvikelse", "Delvis", "Ej genomförd", "Utgår", "Se kommentar"]
    for i, s in enumerate(vals, 1):
        lst.cell(row=i, column=1, value=s)
    lst.cell(row=1, column=3, value="Senast uppdaterad")
    lst.cell(row=2, column=3, value="2022-08-30")
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Hjälp!$A$1:$A$6", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H6:J{last}")
    rng = f"H6:J{last}"
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Genomförd"'], fill=GREEN))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Genomförd med avvikelse"'],
                                                  fill=YELLOW))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Delvis"'], fill=ORANGE))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej genomförd"'], fill=RED))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Utgår"'], fill=GREY))
    ws.freeze_panes = "C6"
    wb.active = 1
    set_props(wb, "Maria Sjöberg", "IKP BUN")
    save_xlsx(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F3  Socialnämnden - numeric status codes, legend only on the Instruktion sheet, hidden 2024 sheet
# ---------------------------------------------------------------------------------------------
def f3_sn():
    fil = "Socialnämnden_IKP_T2-2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins.column_dimensions["A"].width = 12
    ins.column_dimensions["B"].width = 70
    ins["A1"] = "Internkontrollplan Socialnämnden – anvisningar"
    ins["A1"].font = Font(bold=True, size=14)
    ins["A3"] = "Statuskoder (ange siffra i kolumnen för aktuell tertial):"
    ins["A3"].font = Font(bold=True)
    legend = [(1, "Genomförd utan anmärkning", GREEN), (2, "Genomförd med anmärkning", YELLOW),
              (3, "Pågår", ORANGE), (4, "Ej påbörjad", RED), (5, "Utgår", GREY)]
    for i, (k, t, f) in enumerate(legend, 4):
        ins.cell(row=i, column=1, value=k).fill = f
        ins.cell(row=i, column=2, value=t)
    ins["A10"] = "Riskvärde = sannolikhet × konsekvens (1–4). Riskvärde 9 eller högre = kritisk risk."
    ins["A11"] = "Kommentera alltid status 2–5. Bilagor skickas separat till nämndsekreteraren."

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Socialnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2, rapporterad till nämnden 2025-09-24"
    ws["A3"] = "Status: kod 1–5 enligt flik Instruktion"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "S", "K", "Riskvärde", "Kontrollmetod", "Ansvarig",
           "T1", "T2", "Kommentar T2"]
    header_row(ws, 5, hdr, [5, 20, 46, 4, 4, 9, 28, 18, 6, 6, 50])
    rows = [
        (1, "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut – stickprov 20 akter per månad", 3, 4, 12,
         "Stickprov i Procapita", "Enhetschef EKB", 1, 1, "Inga felaktiga utbetalningar i stickproven.",
         ("GENOMFORD", "nej")),
        (2, "Ekonomiskt bistånd", "Ansökningar om ekonomiskt bistånd handläggs inom 10 arbetsdagar", 3, 3, 9,
         "Utdrag handläggningstider", "Enhetschef EKB", 3, 2,
         "Handläggningstiden överskreds i 9 % av ärendena under maj–juli.", ("GENOMFORD", "ja")),
        (3, "Barn och unga", "Orosanmälningar – förhandsbedömning görs inom 14 dagar", 2, 4, 8,
         "Genomgång av samtliga anmälningar", "Enhetschef BoU", 1, 3,
         "Granskning av maj–augusti pågår.", ("DELVIS", "")),
        (4, "Barn och unga", "Utredningar barn och unga avslutas inom fyra månader", 3, 3, 9,
         "Utdrag ur verksamhetssystemet", "Enhetschef BoU", 4, 4,
         "Ej påbörjad p.g.a. personalbrist, flyttas till T3.", ("EJ_GENOMFORD", "")),
        (5, "Placeringar", "Kontroll av att placeringar på HVB följer ramavtal", 2, 4, 8,
         "Jämförelse placeringar mot avtalskatalog", "Placeringssamordnare", None, "se bilaga", "",
         ("OKLAR", "")),
        (6, "Placeringar", "Hantering av klientmedel – kvittens och avstämning", 2, 3, 6,
         "Avstämning kassabok", "Enhetschef", 1, 5,
         "Klientmedelshanteringen har upphört, ingen klient har medel i förvar sedan maj.", ("UTGAR", "")),
        (7, "Dokumentation", "Dokumentation i Treserva enligt HSLF-FS 2016:40 – journalgranskning", 3, 3, 9,
         "Journalgranskning 10 akter", "Kvalitetsutvecklare", None, None, None, ("SAKNAS", "")),
        (8, "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO vid behov", 2, 4, 8,
         "Genomgång av rapporter", "Kvalitetsutvecklare", 1, 1,
         "2 rapporter under perioden, båda utredda inom tid. Ingen anmälan till IVO behövdes.",
         ("GENOMFORD", "nej")),
        (9, "Avtal", "Avtalsuppföljning av externa utförare (LSS/HVB) enligt uppföljningsplan", 2, 3, 6,
         "Uppföljningsbesök och dokumentkontroll", "Avtalscontroller", 3, 2, "Se anteckning.",
         ("GENOMFORD", "ja")),
    ]
    r = 6
    for row in rows:
        body_row(ws, r, list(row[:11]))
        for col in (9, 10):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], *row[11])
        r += 1
    last = r - 1
    ws["J14"].comment = Comment("En av sju utförare saknade aktuell kontroll av F-skatt och "
                                "skatteskulder. Begärt komplettering 2025-08-20. /Avtalscontroller", "Omar Aziz")
    rng = f"I6:J{last}"
    for k, f in ((1, GREEN), (2, YELLOW), (3, ORANGE), (4, RED), (5, GREY)):
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[str(k)], fill=f))
    dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True,
                        showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(rng)
    ws.freeze_panes = "D6"
    ws.cell(row=last + 2, column=2, value="Sammanfattning: 9 kontrollmoment, varav 4 genomförda.")

    old = wb.create_sheet("IKP 2024")
    old["A1"] = "Socialnämnden – Internkontrollplan 2024, helårsuppföljning"
    old["A1"].font = Font(bold=True)
    header_row(old, 3, ["Nr", "Kontrollmoment", "Helår 2024", "Kommentar"], [5, 50, 10, 50])
    olds = [(1, "Utbetalning av ekonomiskt bistånd sker enligt beslut", 2, "Två felaktiga utbetalningar."),
            (2, "Kontroll av att beslut om bistånd är signerade", 1, ""),
            (3, "Orosanmälningar – förhandsbedömning görs inom 14 dagar", 4, "Ej hunnits med."),
            (4, "Inventering av nycklar i gruppboenden", 1, ""),
            (5, "Lex Sarah-rapporter utreds och anmäls till IVO vid behov", 1, "")]
    for i, o in enumerate(olds, 4):
        body_row(old, i, list(o))
    old.sheet_state = "hidden"
    wb.active = 1
    set_props(wb, "Omar Aziz", "Internkontrollplan SN")
    save_xlsx(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F4  Brobacka Bostäder AB - nämnd only in file name and print header; autofilter with active filter
# ---------------------------------------------------------------------------------------------
def f4_bbab():
    fil = "BBAB_IK-uppföljning_T2_2025.xlsx"
    N = "Brobacka Bostäder AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)",
           "Kommentar", "Datum"]
    header_row(ws, 1, hdr, [16, 50, 18, 14, 12, 50, 12])
    rows = [
        ("Ekonomi", "Hyresavier och hyresjusteringar enligt förhandlingsöverenskommelse", "Ekonomichef",
         "Ja", "Nej", "Hyreshöjning 2025 (3,9 %) korrekt inlagd för samtliga kontrakt i stickprov.",
         datetime.date(2025, 6, 12), ("GENOMFORD", "nej")),
        ("Ekonomi", "Kontroll av att hyresfordringar äldre än 60 dagar lämnats till inkasso", "Ekonomichef",
         "Ja", "Ja", "4 ärenden hade inte överlämnats till inkasso. Åtgärdat i juli.",
         datetime.date(2025, 7, 30), ("GENOMFORD", "ja")),
        ("Projekt", "Attest av entreprenadfakturor mot beslutade ÄTA-arbeten", "Projektchef",
         "Delvis", "Nej", "Hälften av pågående projekt granskade, inga fel hittills. Resten i oktober.",
         datetime.date(2025, 8, 22), ("DELVIS", "nej")),
        ("Fastighet", "Besiktning av lekplatser enligt SS-EN 1176", "Förvaltare",
         "Ja", "Nej", "Huvudbesiktning utförd av extern besiktningsman i maj.", datetime.date(2025, 5, 20),
         ("GENOMFORD", "nej")),
        ("Uthyrning", "Uthyrning sker enligt bolagets uthyrningspolicy (kötid)", "Uthyrningschef",
         "Nej", None, "Skjuten till T3 på grund av byte av kösystem.", None, ("EJ_GENOMFORD", "")),
        ("Fastighet", "Nyckel- och passagehantering – spärr av borttappade taggar", "Förvaltare",
         "Ja", "Nej", "Loggar från passagesystemet kontrollerade, samtliga anmälda taggar spärrade samma dag.",
         datetime.date(2025, 8, 15), ("GENOMFORD", "nej")),
        ("Fastighet", "Systematiskt brandskyddsarbete – egenkontroll i trapphus och källare", "Förvaltare",
         "Ja", "Ja", "Brandfarligt skräp i källargångar på Lärkvägen 4–8. Bortforslat, information till hyresgäster.",
         datetime.date(2025, 8, 28), ("GENOMFORD", "ja")),
    ]
    r = 2
    for row in rows:
        body_row(ws, r, list(row[:7]))
        ws.cell(row=r, column=7).number_format = "yyyy-mm-dd"
        exp(fil, N, row[1], *row[7])
        if row[2] != "Förvaltare":
            ws.row_dimensions[r].hidden = True  # hidden by the active filter below
        r += 1
    last = r - 1
    ws.auto_filter.ref = f"A1:G{last}"
    ws.auto_filter.add_filter_column(2, ["Förvaltare"])
    ws.freeze_panes = "C2"
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D2:D{last}")
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"E2:E{last}")
    ws.conditional_formatting.add(f"D2:D{last}", CellIsRule(operator="equal", formula=['"Ja"'], fill=GREEN))
    ws.conditional_formatting.add(f"D2:D{last}", CellIsRule(operator="equal", formula=['"Delvis"'], fill=YELLOW))
    ws.conditional_formatting.add(f"D2:D{last}", CellIsRule(operator="equal", formula=['"Nej"'], fill=RED))
    ws.conditional_formatting.add(f"E2:E{last}", CellIsRule(operator="equal", formula=['"Ja"'], fill=RED))
    ws.oddHeader.left.text = "Brobacka Bostäder AB"
    ws.oddHeader.center.text = "Intern kontroll 2025 – uppföljning tertial 2"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "1:1"
    set_props(wb, "Karin Nyberg", "")
    save_xlsx(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F5  Kultur- och fritidsnämnden - old .xls, easy
# ---------------------------------------------------------------------------------------------
def f5_kfn():
    fil = "KFN uppföljning internkontroll tertial 2 2025.xls"
    N = "Kultur- och fritidsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cell = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write_merge(0, 0, 0, 4, "Kultur- och fritidsnämnden", title)
    ws.write_merge(1, 1, 0, 4, "Uppföljning av internkontrollplan 2025, tertial 2", xlwt.easyxf("font: bold on"))
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvar", "Status T2", "Kommentar"]
    widths = [18, 50, 18, 16, 55]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, bold)
        ws.col(i).width = widths[i] * 256
    rows = [
        ("Kontanthantering", "Kontantkassor i simhall och bibliotek stäms av dagligen", "Enhetschef bad",
         "Klar", "Stickprov 10 dagar per enhet, inga differenser.", ("GENOMFORD", "nej")),
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslutade kriterier", "Föreningskonsulent",
         "Klar med anmärkning",
         "En förening fick aktivitetsbidrag utan inskickad verksamhetsberättelse. Återkrav skickat.",
         ("GENOMFORD", "ja")),
        ("Uthyrning", "Uthyrning av lokaler och anläggningar faktureras korrekt", "Bokningsansvarig",
         "Pågår", "Jämförelse bokningssystem–fakturering klar för ishallen, övriga anläggningar pågår.",
         ("DELVIS", "")),
        ("Tillgångar", "Inventarieförteckning för konst och musikinstrument är uppdaterad", "Kulturchef",
         "Ej startad", "", ("EJ_GENOMFORD", "")),
        ("Avtal", "Avtal med extern arrangör följs upp (sommarprogram)", "Fritidschef", "Klar", "",
         ("GENOMFORD", "")),
        ("Personal", "Registerkontroll av ledare i lovverksamhet med barn", "Fritidschef", "Utgår",
         "Hanteras centralt av HR-avdelningen från 2025.", ("UTGAR", "")),
    ]
    r = 4
    for row in rows:
        for i, v in enumerate(row[:5]):
            ws.write(r, i, v, cell)
        exp(fil, N, row[1], *row[5])
        r += 1
    ws.write(r + 2, 0, "Brobacka 2025-09-08")
    ws.write(r + 3, 0, "Eva Lindqvist, förvaltningschef Kultur- och fritidsförvaltningen")
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(4)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F6  Vård- och omsorgsnämnden - one sheet per tertial (T3 already prepared, empty), colour words
# ---------------------------------------------------------------------------------------------
def f6_von():
    fil = "VON Uppföljning IK 2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    instruktion_sheet(ins, [
        "Instruktion uppföljning intern kontroll – Vård- och omsorgsförvaltningen",
        "En flik per tertial. Kopiera föregående flik och fyll i status för aktuell period.",
        "Status anges med färgord i rullistan: Grön, Gul, Orange, Röd, Grå (se teckenförklaring under tabellen).",
        "Lämna flikarna för tidigare tertial orörda.",
        "Fliken Statistik uppdateras av controller.",
    ])
    controls = [
        ("1", "Hälso- och sjukvård", "Läkemedelshantering – signeringslistor kontrolleras månadsvis i särskilt boende",
         "Månadsvis", "MAS"),
        ("2", "Kvalitet", "Avvikelserapportering i verksamhetssystemet följs upp av enhetschef inom 14 dagar",
         "Tertialvis", "Kvalitetsstrateg"),
        ("3", "Hemtjänst", "Beviljad hemtjänsttid jämförs med utförd tid (Mina tider)", "Tertialvis",
         "Verksamhetschef hemtjänst"),
        ("4", "Ekonomi", "Fakturering av hemtjänstavgifter enligt taxa", "Tertialvis", "Avgiftshandläggare"),
        ("5", "Myndighet", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Halvår",
         "Enhetschefer"),
        ("6", "Ekonomi", "Hantering av brukares privata medel (kontanthantering i boende)", "Tertialvis",
         "Enhetschefer SÄBO"),
        ("7", "Personal", "Bemanningsföretag – avrop sker enligt ramavtal", "Halvår", "HR-chef"),
        ("8", "Myndighet", "Delegationsbeslut enligt SoL anmäls till nämnden", "Tertialvis", "Nämndsekreterare"),
    ]
    t1 = [("Orange", "Tre av fem boenden kontrollerade.", None),
          ("Gul", "31 av 150 avvikelser ej åtgärdade i tid.", None),
          ("Röd", "Ej genomförd, systemstöd saknas.", None),
          ("Grön", "", None), (None, "", None), ("Grön", "", None), (None, "", None),
          ("Grön", "", None)]
    t2 = [("Grön", "Samtliga fem boenden kontrollerade, listorna korrekt signerade.", None,
           ("GENOMFORD", "nej")),
          ("Gul", "23 av 180 avvikelser var inte åtgärdade inom 14 dagar.", None, ("GENOMFORD", "ja")),
          ("Orange", "Jämförelse gjord för två av fyra hemtjänstområden.", None, ("DELVIS", "")),
          ("Grön", "Stickprov 30 fakturor, inga fel.", None, ("GENOMFORD", "nej")),
          ("Röd", "Ej genomförd p.g.a. sommarbemanning.", None, ("EJ_GENOMFORD", "")),
          ("Grå", "Utgår – ingen kontanthantering i boendena sedan mars 2025.", None, ("UTGAR", "")),
          (None, None, None, ("SAKNAS", "")),
          ("Grön", "Se anteckning", "Kontrollerat 40 beslut, 1 beslut saknade anmälan till nämnden – rättat "
                                   "till septembernämnden. /AK", ("GENOMFORD", "ja"))]

    def period_sheet(name, period_text, statuses):
        ws = wb.create_sheet(name)
        ws["A1"] = "Vård- och omsorgsförvaltningen – uppföljning intern kontroll"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = period_text
        hdr = ["Nr", "Riskområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Status", "Resultat / kommentar"]
        header_row(ws, 4, hdr, [5, 18, 50, 12, 22, 10, 55])
        r = 5
        for c, s in zip(controls, statuses):
            body_row(ws, r, list(c) + [s[0], s[1]])
            if s[2]:
                ws.cell(row=r, column=6).comment = Comment(s[2], "Anna Karlsson", width=280, height=100)
            r += 1
        last = r - 1
        rng = f"F5:F{last}"
        for word, fill in (("Grön", GREEN), ("Gul", YELLOW), ("Orange", ORANGE), ("Röd", RED), ("Grå", GREY)):
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{word}"'], fill=fill))
        dv = DataValidation(type="list", formula1='"Grön,Gul,Orange,Röd,Grå"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(rng)
        ws.freeze_panes = "D5"
        lg = last + 2
        ws.cell(row=lg, column=2, value="Teckenförklaring").font = Font(bold=True)
        for i, (w, t, f) in enumerate((("Grön", "Genomförd utan avvikelse", GREEN),
                                      ("Gul", "Genomförd med avvikelse", YELLOW),
                                      ("Orange", "Pågår / delvis genomförd", ORANGE),
                                      ("Röd", "Ej genomförd", RED),
                                      ("Grå", "Utgår", GREY)), lg + 1):
            ws.cell(row=i, column=2, value=w).fill = f
            ws.cell(row=i, column=3, value=t)
        return ws

    period_sheet("T1 2025", "Period: T1 2025 (januari–april)", t1)
    period_sheet("T2 2025", "Period: T2 2025 (januari–augusti)", t2)
    period_sheet("T3 2025", "Period: T3 2025 (helår)", [(None, None, None)] * 8)
    for c, s in zip(controls, t2):
        exp(fil, N, c[2], *s[3])

    st = wb.create_sheet("Statistik")
    st["A1"] = "Antal kontrollmoment per status"
    st["A1"].font = Font(bold=True)
    header_row(st, 3, ["Status", "T1 2025", "T2 2025", "T3 2025"], [24, 10, 10, 10])
    data = [("Grön", 3, 3, 0), ("Gul", 1, 1, 0), ("Orange", 1, 1, 0), ("Röd", 1, 1, 0), ("Grå", 0, 1, 0),
            ("(tom)", 2, 1, 8), ("Totalsumma", 8, 8, 8)]
    for i, d in enumerate(data, 4):
        body_row(st, i, list(d))
    wb.active = 2
    set_props(wb, "Anna Karlsson", "Uppföljning IK VON")
    save_xlsx(wb, fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F7  Samhällsbyggnadsförvaltningen - two nämnder in one sheet, symbols with legend, hidden T1 column
# ---------------------------------------------------------------------------------------------
def f7_sbf():
    fil = "SBF_IK-uppfoljning_2025_T2.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Detalj"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – Internkontroll 2025, uppföljning T2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Teckenförklaring:  ✔ = Genomförd   ◐ = Delvis genomförd   ✖ = Ej genomförd   – = Utgår"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nämnd", "Nr", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2", "Kommentar", "Avvikelse"]
    header_row(ws, 4, hdr, [8, 6, 52, 20, 9, 9, 55, 10])
    ws.column_dimensions["E"].hidden = True
    MBN = "Miljö- och byggnadsnämnden"
    TN = "Tekniska nämnden"
    rows = [
        ("MBN", "1.1", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef", "◐", "✔",
         "96 % inom tid. 4 ärenden överskred tiden, avgiften reducerad enligt PBL 12 kap. 8 a §.", "Ja",
         None, MBN, ("GENOMFORD", "ja")),
        ("MBN", "1.2", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Miljöchef", "◐", "◐",
         "Debitering för kvartal 2 ej klar.", "", None, MBN, ("DELVIS", "")),
        ("MBN", "1.3", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "✔", "✔",
         "Inga avvikelser.", "Nej", None, MBN, ("GENOMFORD", "nej")),
        ("MBN", "1.4", "Jävsprövning dokumenteras i handläggningen", "Miljöchef", "✖", "✖",
         "Ej påbörjad.", "", None, MBN, ("EJ_GENOMFORD", "")),
        ("MBN", "1.5", "Strandskyddsdispenser expedieras till länsstyrelsen inom 3 veckor", "Bygglovschef",
         "✔", "–", "Utgår ur planen enligt MBN 2025-05-20 § 44.", "", None, MBN, ("UTGAR", "")),
        ("TN", "2.1", "Kontroll av att vinterväghållning faktureras enligt avtal", "Gatuchef", "✔", "✔",
         "Stickprov 15 fakturor – inga fel.", "Nej", None, TN, ("GENOMFORD", "nej")),
        ("TN", "2.2", "Ändrings- och tilläggsarbeten (ÄTA) i investeringsprojekt godkänns före utförande",
         "Projektchef", "✖", "◐",
         "2 av 5 projekt granskade. 1 ÄTA utfört utan skriftligt godkännande.", "Ja", None, TN,
         ("DELVIS", "ja")),
        ("TN", "2.3", "Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonsansvarig", "✔", "✔",
         "", "", "Två kort hade tankningar på helger utan notering i körjournal – utreds vidare med "
                 "berörd enhet. /PL", TN, ("GENOMFORD", "ja")),
        ("TN", "2.4", "VA-debitering – mätaravläsningar kontrolleras mot fakturerad förbrukning", "VA-chef",
         "✔", "✖", "Systembyte i kundsystemet, kontrollen flyttas till T3.", "", None, TN,
         ("EJ_GENOMFORD", "")),
        ("TN", "2.5", "Besiktning av kommunala lekplatser", "Parkchef", "", "", "Se bilaga 3", "", None, TN,
         ("OKLAR", "")),
        ("TN", "2.6", "Avtalstrohet vid inköp av förbrukningsmaterial", "Ekonom", "", "✔", "Inga avvikelser.",
         "Nej", None, TN, ("GENOMFORD", "nej")),
    ]
    r = 5
    for row in rows:
        body_row(ws, r, list(row[:8]))
        for col in (5, 6):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        if row[8]:
            ws.cell(row=r, column=6).comment = Comment(row[8], "Per Larsson", width=300, height=100)
        exp(fil, row[9], row[2], *row[10])
        r += 1
    last = r - 1
    ws.auto_filter.ref = f"A4:H{last}"
    ws.freeze_panes = "D5"
    rng = f"E5:F{last}"
    for sym, fill in (("✔", GREEN), ("◐", YELLOW), ("✖", RED), ("–", GREY)):
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{sym}"'], fill=fill))
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(rng)
    ws.cell(row=last + 2, column=1, value="MBN = Miljö- och byggnadsnämnden, TN = Tekniska nämnden")

    pv = wb.create_sheet("Pivot")
    pv["A1"] = "Antal av Kontrollmoment"
    pv["A1"].font = Font(bold=True)
    header_row(pv, 3, ["Nämnd", "✔", "◐", "✖", "–", "(tom)", "Totalsumma"], [12, 6, 6, 6, 6, 8, 12])
    for i, d in enumerate([("MBN", 2, 1, 1, 1, 0, 5), ("TN", 3, 1, 1, 0, 1, 6), ("Totalsumma", 5, 2, 2, 1, 1, 11)],
                          4):
        body_row(pv, i, list(d))
    lst = wb.create_sheet("Listor")
    for i, s in enumerate(["✔", "◐", "✖", "–"], 1):
        lst.cell(row=i, column=1, value=s)
    lst.sheet_state = "hidden"
    set_props(wb, "Per Larsson", "IK SBF 2025")
    save_xlsx(wb, fil)
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))
    FILES.append((fil, "INLAST", TN, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# F8  Reject - BUN budget follow-up (same look: Instruktion sheet, status-like columns, "Avvikelse")
# ---------------------------------------------------------------------------------------------
def f8_reject():
    fil = "BUN_budgetuppfoljning_T2_2025.xlsx"
    wb = openpyxl.Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    instruktion_sheet(ins, [
        "Instruktion – ekonomisk uppföljning tertial 2",
        "Fyll i prognos för helår per verksamhet. Avvikelse = budget – prognos (positivt = överskott).",
        "Kommentera avvikelser större än ±500 tkr.",
        "Ange bedömning i kolumnen Trend via rullistan (Förbättras / Oförändrad / Försämras).",
    ])
    ws = wb.create_sheet("Driftredovisning")
    ws["A1"] = "Barn- och utbildningsnämnden – driftredovisning T2 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse", "Trend", "Kommentar"]
    header_row(ws, 3, hdr, [30, 12, 14, 14, 12, 12, 55])
    rows = [
        ("Förskola", 312400, 205100, 314900, -2500, "Försämras", "Fler barn än planerat i förskolan."),
        ("Grundskola F–9", 498700, 327800, 497200, 1500, "Oförändrad", "Vakanser under våren."),
        ("Gymnasieskola", 176300, 118900, 178800, -2500, "Försämras", "Ökade interkommunala ersättningar."),
        ("Elevhälsa", 38200, 24600, 37900, 300, "Förbättras", ""),
        ("Skolskjuts", 41800, 26000, 42600, -800, "Försämras", "Indexuppräkning av avtal."),
        ("Nämnd och förvaltning", 22400, 14300, 22100, 300, "Oförändrad", ""),
    ]
    for i, row in enumerate(rows, 4):
        body_row(ws, i, list(row))
    ws.cell(row=10, column=1, value="Summa").font = Font(bold=True)
    for col in range(2, 6):
        L = get_column_letter(col)
        ws.cell(row=10, column=col, value=f"=SUM({L}4:{L}9)").font = Font(bold=True)
    dv = DataValidation(type="list", formula1='"Förbättras,Oförändrad,Försämras"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F4:F9")
    ws.conditional_formatting.add("E4:E9", CellIsRule(operator="lessThan", formula=["0"], fill=RED))
    ws.freeze_panes = "B4"
    set_props(wb, "Maria Sjöberg", "Budgetuppföljning BUN")
    save_xlsx(wb, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Brobacka Bostäder AB", "BBAB|Brobackahem|Brobacka Bostäder"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for r in rows:
                wr.writerow(r)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


if __name__ == "__main__":
    f1_ks()
    f2_bun()
    f3_sn()
    f4_bbab()
    f5_kfn()
    f6_von()
    f7_sbf()
    f8_reject()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")
