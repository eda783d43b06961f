#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 154 - Storåsen kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
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
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="FFDDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="FFF2F2F2")


def one_line(s):
    return " ".join(s.split())


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, one_line(km), status, avv))


def new_wb():
    wb = Workbook()
    wb.properties.creator = "Storåsens kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Ekonomiavdelningen"
    return wb


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|AMF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Storåsens Energi AB", "Storåsen Energi|SEAB|Storåsens Energi"),
]

# ---------------------------------------------------------------------------
# File 1: the economy office's common workbook, one sheet per nämnd
# ---------------------------------------------------------------------------
F1 = "Uppföljning internkontrollplaner helår 2025.xlsx"

DROP = ["Genomförd utan anmärkning", "Genomförd med anmärkning", "Påbörjad",
        "Ej påbörjad", "Utgår"]
DROP_MAP = {
    "Genomförd utan anmärkning": ("GENOMFORD", "nej"),
    "Genomförd med anmärkning": ("GENOMFORD", "ja"),
    "Påbörjad": ("DELVIS", ""),
    "Ej påbörjad": ("EJ_GENOMFORD", ""),
    "Utgår": ("UTGAR", ""),
}

# rows: (process, risk, S, K, kontrollmoment, metod, ansvarig, status, kommentar, åtgärd,
#        expected override (status, avv) or None)
F1_SHEETS = [
    ("KS", "Kommunstyrelsen", "Nämnd: Kommunstyrelsen", [
        ("Ekonomi", "Fakturor attesteras av obehörig", 3, 3,
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor okt–nov", "Redovisningschef",
         "Genomförd med anmärkning",
         "3 av 40 fakturor attesterade av person utan behörighet (ersättare ej anmäld). Attestförteckningen har uppdaterats.",
         "Påminnelse till chefer om anmälan av ersättare.", ("GENOMFORD", "ja")),
        ("Ekonomi", "Representation utan tydligt syfte", 2, 2,
         "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 20 verifikationer", "Controller",
         "Genomförd utan anmärkning", "Samtliga granskade verifikationer hade syfte och deltagarlista.",
         "", ("GENOMFORD", "nej")),
        ("Avtal", "Avtal saknas i avtalsdatabasen", 3, 2,
         "Uppföljning av att avtal registreras i avtalsdatabasen",
         "Genomgång per avdelning", "Upphandlingschef",
         "Påbörjad", "Genomgång av 2 av 5 avdelningar klar, resterande slutförs kv 1 2026.",
         "", ("DELVIS", "")),
        ("IT/behörigheter", "Avslutade anställda har kvar behörighet", 2, 4,
         "Behörighetskontroll i ekonomisystemet (Raindance)\n– avslutade anställningar",
         "Jämförelse behörighetslista mot HR-systemet", "Systemförvaltare",
         "Genomförd med anmärkning", "Fyra konton för avslutade anställningar var fortfarande aktiva. Kontona har spärrats.",
         "Rutin för avslut i HR-systemet kopplas till behörighetsspärr.", ("GENOMFORD", "ja")),
        ("Upphandling", "Direktupphandlingar dokumenteras inte", 3, 3,
         "Efterlevnad av riktlinjer för direktupphandling – dokumentation över 100 tkr",
         "Stickprov ur leverantörsreskontran", "Upphandlingschef",
         "Ej påbörjad", "Ej genomförd p.g.a. vakans på upphandlingsenheten. Flyttas till internkontrollplan 2026.",
         "", ("EJ_GENOMFORD", "")),
        ("Dokumenthantering", "Inkommande e-post diarieförs inte", 2, 3,
         "Hantering av allmänna handlingar – diarieföring av inkommande e-post",
         "Stickprov funktionsbrevlådor", "Kanslichef",
         "Genomförd utan anmärkning", "Inga brister noterade.", "", ("GENOMFORD", "nej")),
        ("Ekonomi", "Felaktiga resor och konferenser", 2, 3,
         "Kontroll av förtroendekänsliga poster (resor, konferenser)",
         "Stickprov 15 verifikationer", "Controller",
         None, "Kontrollen är genomförd, inga avvikelser noterades.", "", ("GENOMFORD", "nej")),
    ]),
    ("BUF", "Barn- och utbildningsnämnden", "Förvaltning: Barn- och utbildningsförvaltningen", [
        ("Personal", "Anställning utan kontroll av belastningsregistret", 2, 4,
         "Kontroll av att registerutdrag ur belastningsregistret uppvisats vid nyanställning",
         "Stickprov 25 anställningar", "HR-specialist",
         "Genomförd med anmärkning", "2 av 25 anställningar saknade dokumenterat registerutdrag.",
         "Checklista för rekrytering revideras.", ("GENOMFORD", "ja")),
        ("Elevhälsa", "Upprepad frånvaro uppmärksammas inte", 3, 3,
         "Skolpliktsbevakning – rutin för upprepad frånvaro följs",
         "Genomgång av frånvarorapporter", "Elevhälsochef",
         "Genomförd utan anmärkning", "Rutinen följs på samtliga skolor.", "", ("GENOMFORD", "nej")),
        ("Likabehandling", "Kränkningar anmäls inte till huvudman", 3, 4,
         "Anmälan av kränkande behandling till huvudman inom föreskriven tid",
         "Jämförelse incidentrapporter mot anmälningar", "Kvalitetsstrateg",
         "Påbörjad", "Grundskolan granskad, förskolan återstår.", "", ("DELVIS", "")),
        ("Ekonomi", "Felaktiga avgifter", 2, 2,
         "Rätt debitering av barnomsorgsavgifter (maxtaxa) – stickprov inkomstuppgifter",
         "Stickprov 30 hushåll", "Controller",
         "Genomförd utan anmärkning", "", "", ("GENOMFORD", "nej")),
        ("Skolskjuts", "Beslut fattas utan delegation", 2, 2,
         "Skolskjuts – beslut fattade enligt delegationsordningen",
         "Stickprov beslut", "Skolskjutssamordnare",
         "Utgår", "Utgår, ansvaret för skolskjuts flyttades till Tekniska nämnden 2025-03-01 (BUN 2025-02-12 § 14).",
         "", ("UTGAR", "")),
        ("Tillgångar", "Stöld av IT-utrustning", 2, 2,
         "Inventering av stöldbegärlig utrustning (datorer, läsplattor)",
         "Inventering mot IT-register", "IT-samordnare",
         "Ej påbörjad", "", "", ("EJ_GENOMFORD", "")),
        ("Personal", "Rehabilitering dokumenteras inte", 3, 3,
         "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Genomgång av ärenden i Adato", "HR-chef",
         "Genomförd med anmärkning", "Rehabiliteringsplan saknades i 5 av 18 ärenden.",
         "Utbildning för rektorer i Adato våren 2026.", ("GENOMFORD", "ja")),
        ("Ekonomi", "Statsbidrag återbetalas", 2, 4,
         "Kontroll av att statsbidrag återrapporteras i rätt tid",
         "Bevakningslista Skolverket", "Ekonomichef",
         None, "", "", ("SAKNAS", "")),
    ]),
    ("Socialnämnden", "Socialnämnden", "Nämnd: Socialnämnden", [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", 3, 3,
         "Utbetalning av ekonomiskt bistånd – kontroll av beslut och underlag",
         "Stickprov 30 utbetalningar", "Enhetschef försörjningsstöd",
         "Genomförd med anmärkning", "2 av 30 utbetalningar saknade underskrivet beslut.",
         "Påminnelse i arbetsgrupp, ny kontroll T1 2026.", ("GENOMFORD", "ja")),
        ("Barn och unga", "Förhandsbedömning görs inte i tid", 3, 4,
         "Handläggningstid för förhandsbedömningar inom 14 dagar",
         "Utdrag ur Treserva", "Enhetschef barn och unga",
         "Genomförd utan anmärkning", "98 % inom 14 dagar, övriga med dokumenterat skäl.", "", ("GENOMFORD", "nej")),
        ("Barn och unga", "Vårdplan saknas", 2, 4,
         "Uppföljning av placeringar – vårdplaner upprättade",
         "Genomgång samtliga placeringar", "Enhetschef barn och unga",
         "Påbörjad", "Halva ärendemängden granskad.", "", ("DELVIS", "")),
        ("Juridik", "Ansökan till förvaltningsrätt för sent", 1, 4,
         "Kontroll av att LVU-ärenden överlämnas till förvaltningsrätten i tid",
         "Samtliga ärenden", "Socialchef",
         "Genomförd utan anmärkning", "", "", ("GENOMFORD", "nej")),
        ("Boenden", "Brister i hantering av klientmedel", 3, 2,
         "Hantering av kontanta medel på boenden (klientmedel)",
         "Oanmäld kassakontroll", "Enhetschef boenden",
         "Genomförd med anmärkning", "Kassaredovisning saknades för juni på ett boende.",
         "", ("GENOMFORD", "ja")),
        ("Informationssäkerhet", "Obehörig åtkomst till journaler", 2, 4,
         "Loggkontroll i verksamhetssystemet (Treserva)",
         "Stickprov loggar", "Systemförvaltare",
         "Ej påbörjad", "Skjuts till 2026, loggverktyget har ännu inte levererats.", "", ("EJ_GENOMFORD", "")),
        ("Rapportering", "Ej verkställda beslut rapporteras inte", 2, 3,
         "Rapportering av ej verkställda beslut till IVO",
         "Kvartalsvis avstämning", "Kvalitetsutvecklare",
         "Genomförd utan anmärkning", "Rapporterat varje kvartal.", "", ("GENOMFORD", "nej")),
    ]),
    ("KFN", "Kultur- och fritidsnämnden", "Nämnd: Kultur- och fritidsnämnden", [
        ("Kassahantering", "Kassadifferenser", 2, 2,
         "Kontantkassor i simhall och bibliotek – kassaavstämning",
         "Oanmäld kassainventering", "Enhetschef",
         "Genomförd utan anmärkning", "Oanmäld inventering i mars och oktober. Differens 12 kr i oktober, inom tolerans.",
         "", ("GENOMFORD", "nej")),
        ("Bidrag", "Felaktigt utbetalt aktivitetsstöd", 3, 2,
         "Föreningsbidrag – kontroll av underlag för aktivitetsstöd",
         "Stickprov 10 föreningar", "Föreningshandläggare",
         "Genomförd med anmärkning", "En förening hade rapporterat sammankomster som inte genomförts. Återkrav 8 400 kr.",
         "Återkrav skickat.", ("GENOMFORD", "ja")),
        ("Lokaler", "Uthyrning faktureras inte", 2, 2,
         "Uthyrning av lokaler – fakturering mot bokningssystem",
         "Avstämning Interbook mot kundreskontra", "Bokningsansvarig",
         "Påbörjad", "Avstämning gjord för jan–jun.", "", ("DELVIS", "")),
        ("Tillgångar", "Konstverk saknas", 2, 3,
         "Kontroll av att konstinventariet stämmer med registret",
         "Inventering", "Konstintendent",
         "Utgår", "Utgår enligt beslut KFN 2025-05-20 § 41, ersätts av extern inventering 2026.",
         "", ("UTGAR", "")),
        ("Säkerhet", "Olyckor på anläggningar", 2, 4,
         "Säkerhetsrond på idrottsanläggningar enligt rutin",
         "Protokoll från skyddsronder", "Fritidschef",
         "Genomförd utan anmärkning", "", "", ("GENOMFORD", "nej")),
        ("Personal", "Felaktig lön till timanställda", 2, 2,
         "Lönerapportering timanställda – attest av tidrapporter",
         "Stickprov 20 tidrapporter", "Administrativ chef",
         "Ej påbörjad", "", "", ("EJ_GENOMFORD", "")),
    ]),
]


def build_f1(path):
    wb = new_wb()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Uppföljning av internkontrollplan 2025 – helår", TITLE),
        ("Storåsens kommun, ekonomiavdelningen", None),
        ("", None),
        ("Så här fyller du i", BOLD),
        ("1. Varje nämnd har en egen flik. Fyll i kolumnen \"Status helår\" med rullistan för varje kontrollmoment.", None),
        ("2. Beskriv resultatet av kontrollen i kolumnen \"Kommentar/resultat\". Vid anmärkning ska åtgärd anges.", None),
        ("3. Ändra inte i dolda kolumner eller på fliken Sammanställning – den uppdateras av ekonomiavdelningen.", None),
        ("4. Lämnas till ekonomiavdelningen senast 2026-01-23.", None),
        ("", None),
        ("Statusalternativ i rullistan", BOLD),
    ]
    r = 1
    for text, font in lines:
        ins.cell(r, 1, text)
        if font:
            ins.cell(r, 1).font = font
        r += 1
    for s in DROP:
        ins.cell(r, 1, "• " + s)
        r += 1
    r += 1
    ins.cell(r, 1, "Exempel på ifylld rad").font = BOLD
    r += 1
    ins.cell(r, 1, "Kontrollmoment: Kontroll av att inköp sker från avtalad leverantör")
    r += 1
    ins.cell(r, 1, "Status helår: Genomförd med anmärkning")
    r += 1
    ins.cell(r, 1, "Kommentar: 2 av 25 inköp gjordes utanför avtal. Information till beställare.")
    r += 2
    ins.cell(r, 1, "Riskmatris (riskvärde = sannolikhet × konsekvens)").font = BOLD
    r += 1
    ins.cell(r, 1, "Sannolikhet \\ Konsekvens")
    for k in range(1, 5):
        ins.cell(r, 1 + k, k).font = BOLD
    r += 1
    colors = {1: "FF92D050", 2: "FF92D050", 3: "FFFFFF00", 4: "FFFFFF00", 6: "FFFFC000",
              8: "FFFFC000", 9: "FFFF0000", 12: "FFFF0000", 16: "FFFF0000"}
    for s in range(4, 0, -1):
        ins.cell(r, 1, s).font = BOLD
        for k in range(1, 5):
            c = ins.cell(r, 1 + k, s * k)
            c.fill = PatternFill("solid", fgColor=colors.get(s * k, "FFFFFF00"))
            c.alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    ins.cell(r, 1, "Frågor: Anna Lindqvist, redovisningschef, anna.lindqvist@storasen.se, 0570-123 45")
    ins.column_dimensions["A"].width = 100

    summ = wb.create_sheet("Sammanställning")
    listor = wb.create_sheet("Listor")
    for i, s in enumerate(DROP, 1):
        listor.cell(i, 1, s)
    listor.sheet_state = "hidden"

    heads = ["Nr", "Nyckel", "Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)",
             "Riskvärde", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status helår",
             "Kommentar/resultat", "Åtgärd vid anmärkning", "Statuskod", "Senast ändrad"]
    counts = []
    code = {s: i for i, s in enumerate(DROP, 1)}
    for tab, namnd, title2, rows in F1_SHEETS:
        ws = wb.create_sheet(tab)
        ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
        ws["A1"].font = TITLE
        ws["A2"] = title2
        ws["A2"].font = BOLD
        ws["A3"] = "Status väljs i rullistan. Riskvärde enligt riskmatrisen på fliken Instruktion."
        ws["A3"].font = Font(italic=True, color="FF666666")
        hr = 5
        for j, h in enumerate(heads, 1):
            c = ws.cell(hr, j, h)
            c.font = BOLD
            c.fill = HEAD_FILL
            c.alignment = WRAP
            c.border = BOX
        cnt = {s: 0 for s in DROP}
        cnt[None] = 0
        r = hr + 1
        hidden_rows = []
        for i, row in enumerate(rows, 1):
            (proc, risk, S, K, km, metod, ansv, status, komm, atg, ex) = row
            vals = [i, f"{tab.upper()[:3]}-2025-{i:02d}", proc, risk, S, K, S * K, km, metod, ansv,
                    status, komm or None, atg or None, code.get(status, 0),
                    dt.date(2026, 1, 10 + (i % 9))]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            ws.cell(r, 15).number_format = "yyyy-mm-dd"
            cnt[status] += 1
            if tab == "KFN" and status == "Utgår":
                hidden_rows.append(r)
            exp(F1, namnd, km, ex[0], ex[1])
            r += 1
        last = r - 1
        dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True,
                            showErrorMessage=True, errorTitle="Ogiltig status",
                            error="Välj status i listan.")
        ws.add_data_validation(dv)
        dv.add(f"K{hr + 1}:K{last + 5}")
        ws.auto_filter.ref = f"A{hr}:O{last}"
        if tab == "KFN":
            ws.auto_filter.add_filter_column(10, [s for s in DROP if s != "Utgår"])
            for hrw in hidden_rows:
                ws.row_dimensions[hrw].hidden = True
        for col in ("B", "N", "O"):
            ws.column_dimensions[col].hidden = True
        widths(ws, {"A": 5, "B": 14, "C": 16, "D": 28, "E": 11, "F": 11, "G": 9, "H": 48,
                    "I": 28, "J": 20, "K": 24, "L": 50, "M": 34, "N": 9, "O": 12})
        ws.freeze_panes = f"A{hr + 1}"
        ws.print_title_rows = f"{hr}:{hr}"
        counts.append((namnd, len(rows), cnt))

    summ["A1"] = "Sammanställning internkontroll helår 2025 – antal kontrollmoment per status"
    summ["A1"].font = TITLE
    summ["A2"] = "Värden inklistrade av ekonomiavdelningen 2026-01-20"
    sh = ["Nämnd", "Antal kontrollmoment"] + DROP + ["Ej ifylld", "Andel genomförda"]
    for j, h in enumerate(sh, 1):
        c = summ.cell(4, j, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = WRAP
    r = 5
    tot = [0] * 7
    for namnd, n, cnt in counts:
        vals = [n] + [cnt[s] for s in DROP] + [cnt[None]]
        summ.cell(r, 1, namnd)
        for j, v in enumerate(vals):
            summ.cell(r, 2 + j, v)
            tot[j] += v
        c = summ.cell(r, 9, round((cnt[DROP[0]] + cnt[DROP[1]]) / n, 2))
        c.number_format = "0%"
        r += 1
    summ.cell(r, 1, "Tekniska nämnden")
    summ.cell(r, 10, "Redovisas i egen mall")
    r += 1
    summ.cell(r, 1, "Totalt").font = BOLD
    for j, v in enumerate(tot):
        summ.cell(r, 2 + j, v).font = BOLD
    c = summ.cell(r, 9, round((tot[1] + tot[2]) / tot[0], 2))
    c.number_format = "0%"
    c.font = BOLD
    widths(summ, {"A": 32, "B": 12, "C": 14, "D": 14, "E": 11, "F": 11, "G": 9, "H": 10,
                  "I": 12, "J": 24})
    wb.save(path)
    for _, namnd, _, _ in F1_SHEETS:
        FILES.append((F1, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 2: Tekniska nämnden, plan columns + delår + helår columns
# ---------------------------------------------------------------------------
F2 = "TN_internkontroll_2025_plan_och_uppfoljning.xlsx"
# (process, km, metod, frekvens, ansvarig, tidpunkt, delår status, delår komm,
#  helår status, helår resultat, avvikelse, åtgärd, expected)
F2_ROWS = [
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
     "2 ggr/år", "Ekonomichef TF", "Maj, nov", "Klar", "Inga fel.", "Klar",
     "Stickprov 30 fakturor i november, samtliga korrekt attesterade.", "Nej", "", ("GENOMFORD", "nej")),
    ("Ekonomi",
     "Kontroll av att avslutade investeringsprojekt aktiveras i anläggningsregistret",
     "Avstämning projektlista mot anläggningsregistret", "Årligen", "Controller",
     "December", "Pågår", "", "Delvis klar",
     "12 av 19 avslutade projekt aktiverade. 7 projekt ej aktiverade vilket ger för låga avskrivningar.",
     "Ja", "Resterande projekt aktiveras i bokslutet.", ("DELVIS", "ja")),
    ("Upphandling", "Avrop från ramavtal – kontroll att rätt leverantör anlitas",
     "Stickprov 20 avrop", "Årligen", "Inköpssamordnare", "Oktober", "", "", "Klar",
     "2 av 20 avrop gjordes hos leverantör utanför ramavtalet.", "Ja",
     "Information till beställare.", ("GENOMFORD", "ja")),
    ("Fastighet", "Lagstadgade besiktningar (OVK, hissar)\nutförda enligt plan",
     "Genomgång besiktningsprotokoll", "2 ggr/år", "Driftchef fastighet", "Aug, dec",
     "Pågår", "OVK klar för skolor, förskolor återstår.", "", "", "", "", ("DELVIS", "")),
    ("Fastighet", "Nyckel- och passerkortshantering – kvittens vid utlämning",
     "Stickprov nyckelkvittenser", "Årligen", "Fastighetsförvaltare", "November", "", "",
     "Ej utförd", "Prioriterades bort på grund av omorganisationen under hösten.", "", "",
     ("EJ_GENOMFORD", "")),
    ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
     "Protokoll från funktionskontroll", "2 ggr/år", "Parkchef", "Maj, okt", "Klar", "",
     "Klar", "Samtliga 42 lekplatser kontrollerade.", "Nej", "", ("GENOMFORD", "nej")),
    ("Gata/park", "Vinterväghållning – kontroll av entreprenörens dagböcker mot fakturor",
     "Stickprov 10 fakturor", "Årligen", "Gatuchef", "April", "Klar",
     "Kontroll gjord i april.", "Klar",
     "Felaktigt debiterade timmar för 3 pass, kreditering har begärts.", "Ja",
     "Kreditering begärd, tätare uppföljning säsong 2025/26.", ("GENOMFORD", "ja")),
    ("VA", "Provtagning dricksvatten enligt kontrollprogram", "Avstämning mot kontrollprogram",
     "Löpande", "VA-chef", "Löpande", "Klar", "", "Klar", "Samtliga prover tagna enligt program.",
     "Nej", "", ("GENOMFORD", "nej")),
    ("VA", "Kontroll av VA-anslutningsavgifter mot taxa", "Stickprov 15 debiteringar",
     "Årligen", "VA-ekonom", "Oktober", "", "", "Struken",
     "Ej aktuell – VA-verksamheten överfördes till Storåsen Vatten AB 2025-07-01.", "", "",
     ("UTGAR", "")),
    ("Skolskjuts",
     "Skolskjuts – kontroll av beslut om skolskjuts mot delegationsordningen",
     "Stickprov 20 beslut", "Årligen", "Trafikhandläggare", "November", "Pågår",
     "Ny verksamhet från 1 mars.", "Se bilaga 2", "", "", "", ("OKLAR", "")),
]


def build_f2(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 med uppföljning delår och helår"
    ws["A2"].font = BOLD
    groups = [("A4:G4", "PLAN 2025 (antagen TN 2024-12-10 § 98)", "FFD9E1F2"),
              ("H4:I4", "UPPFÖLJNING DELÅR (jan–aug)", "FFFFF2CC"),
              ("J4:M4", "UPPFÖLJNING HELÅR", "FFE2EFDA")]
    for rng, text, col in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor=col)
    heads = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Tidpunkt", "Status", "Kommentar", "Status", "Resultat", "Avvikelse (Ja/Nej)",
             "Åtgärd"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(5, j, h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
    r = 6
    prev = None
    n = 0
    done = 0
    for row in F2_ROWS:
        proc = row[0]
        if proc != prev:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            c = ws.cell(r, 1, proc.upper())
            c.font = BOLD
            c.fill = GROUP_FILL
            r += 1
            prev = proc
        n += 1
        vals = [f"TN{n}", proc] + list(row[1:12])
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        if row[8] == "Klar":
            done += 1
        exp(F2, "Tekniska nämnden", row[1], row[12][0], row[12][1])
        r += 1
    r += 1
    ws.cell(r, 1, f"Antal klara helår: {done} av {n}").font = BOLD
    r += 2
    ws.cell(r, 1, "Upprättad av: Lina Berg, controller Tekniska förvaltningen, 2026-01-15")
    r += 1
    ws.cell(r, 1, "Bilaga 2: Granskning skolskjutsbeslut (separat dokument)")
    widths(ws, {"A": 7, "B": 13, "C": 46, "D": 28, "E": 10, "F": 20, "G": 11, "H": 11,
                "I": 30, "J": 12, "K": 46, "L": 11, "M": 32})
    ws.freeze_panes = "D6"
    wb.save(path)
    FILES.append((F2, "INLAST", "Tekniska nämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 3: Vård- och omsorgsnämnden, old Excel .xls with status codes + legend
# ---------------------------------------------------------------------------
F3 = "VON IK-uppföljning helår 2025.xls"
CODE_FILL = {"G": "FF92D050", "GA": "FFFFC000", "P": "FFFFFF00", "E": "FFFF0000", "U": "FFBFBFBF"}
F3_ROWS = [
    ("Process: Ekonomi", [
        ("Fakturering av hemtjänstavgifter mot utförd tid", "Avgiftshandläggare", "G",
         "Stickprov 25 brukare, debitering stämmer med utförd tid.", ("GENOMFORD", "nej")),
        ("Hantering av brukares privata medel på särskilt boende", "Enhetschefer SÄBO", "GA",
         "Kvitton saknades för 4 uttag på Björkgårdens boende.", ("GENOMFORD", "ja")),
    ]),
    ("Process: Verksamhet", [
        ("Avvikelserapportering enligt SOSFS 2011:9 – avvikelser analyseras och åtgärdas",
         "MAS/kvalitetsutvecklare", "P", "Analys klar för hemtjänsten, ej för SÄBO.", ("DELVIS", "")),
        ("Läkemedelshantering – signeringslistor kontrolleras månadsvis", "MAS", "GA",
         "Osignerade doser på två enheter. Handlingsplan upprättad.", ("GENOMFORD", "ja")),
        ("Genomförandeplaner upprättade inom 14 dagar från beslut", "Enhetschefer hemtjänst", "E",
         "Ej genomförd, flyttas till 2026.", ("EJ_GENOMFORD", "")),
    ]),
    ("Process: Personal", [
        ("Kontroll av att timanställda har dokumenterad introduktion", "HR-konsult", "G", "",
         ("GENOMFORD", "nej")),
        ("Schemaläggning enligt arbetstidsavtal – kontroll av dygnsvila", "Bemanningsenheten", "U",
         "Ingår i HR-avdelningens centrala kontroll från 2025.", ("UTGAR", "")),
        ("Kontroll av legitimation (HOSP) vid anställning av sjuksköterskor", "HR-konsult", "",
         "Stickprovet påbörjades i december, redovisas i T1 2026.", ("DELVIS", "")),
    ]),
]


def build_f3(path, tmpdir):
    wb = new_wb()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan, helår 2025"
    ws["A2"].font = BOLD
    heads = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Status", "Iakttagelser / kommentar"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
    r = 5
    n = 0
    for group, rows in F3_ROWS:
        ws.cell(r, 1, group).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for km, ansv, code, komm, ex in rows:
            n += 1
            vals = [n, km, ansv, code or None, komm or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
            if code:
                ws.cell(r, 4).fill = PatternFill("solid", fgColor=CODE_FILL[code])
                ws.cell(r, 4).alignment = Alignment(horizontal="center", vertical="top")
            exp(F3, "Vård- och omsorgsnämnden", km, ex[0], ex[1])
            r += 1
    r += 1
    ws.cell(r, 1, "Statuskoder:").font = BOLD
    r += 1
    for code, text in [("G", "Genomförd utan avvikelse"), ("GA", "Genomförd med avvikelse"),
                       ("P", "Påbörjad/delvis genomförd"), ("E", "Ej genomförd"), ("U", "Utgår")]:
        c = ws.cell(r, 2, f"{code} = {text}")
        ws.cell(r, 1, code).fill = PatternFill("solid", fgColor=CODE_FILL[code])
        r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av förvaltningschef: ____________________   Datum: __________")
    widths(ws, {"A": 6, "B": 55, "C": 22, "D": 8, "E": 55})
    tmp_x = os.path.join(tmpdir, os.path.splitext(F3)[0] + ".xlsx")
    wb.save(tmp_x)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round154",
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmpdir, tmp_x],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmpdir, F3), path)
    FILES.append((F3, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: Stratsys-like CSV export, two nämnder, several periods per control
# ---------------------------------------------------------------------------
F4 = "export_internkontroll_20260119.csv"
# (enhet, km, metod, ansvarig, [(period, status, kommentar, avvikelse)], expected)
SBN = "Storåsens kommun > Samhällsbyggnadsnämnden"
MHN = "Storåsens kommun > Miljö- och hälsoskyddsnämnden"
F4_ROWS = [
    (SBN, "Samhällsbyggnadsnämnden",
     "Handläggningstid bygglov – beslut inom 10 veckor enligt PBL", "Stickprov 60 ärenden",
     "Bygglovschef",
     [("Tertial 1 2025", "Pågående", "", ""), ("Tertial 2 2025", "Pågående", "", ""),
      ("Helår 2025", "Slutförd",
       "60 ärenden kontrollerade, 4 överskred tidsfristen och avgiften reducerades.", "Ja")],
     ("GENOMFORD", "ja")),
    (SBN, "Samhällsbyggnadsnämnden", "Debitering av plan- och bygglovsavgifter enligt taxa",
     "Stickprov 20 fakturor", "Controller",
     [("Tertial 2 2025", "Slutförd", "Inga fel.", "Nej"),
      ("Helår 2025", "Slutförd", "Inga fel i andra stickprovet.", "Nej")],
     ("GENOMFORD", "nej")),
    (SBN, "Samhällsbyggnadsnämnden", "Delegationsbeslut anmäls till nämnden",
     "Avstämning beslutslista mot protokoll", "Nämndsekreterare",
     [("Helår 2025", "Pågående", "Avstämning t.o.m. oktober klar.", "")],
     ("DELVIS", "")),
    (SBN, "Samhällsbyggnadsnämnden", "Kontroll av lantmäteriförrättningar – arkivering",
     "Genomgång av akter", "Förrättningslantmätare",
     [("Tertial 1 2025", "Ej påbörjad", "", ""), ("Tertial 2 2025", "Pågående", "", ""),
      ("Helår 2025", "Slutförd", "Samtliga akter arkiverade enligt plan.", "Nej")],
     ("GENOMFORD", "nej")),
    (SBN, "Samhällsbyggnadsnämnden", "Tillsyn ovårdade tomter – uppföljning av förelägganden",
     "Genomgång av ärenden", "Byggnadsinspektör",
     [("Helår 2025", "Avbruten", "Avbruten genom beslut SBN 2025-09-17 § 112.", "")],
     ("UTGAR", "")),
    (SBN, "Samhällsbyggnadsnämnden", "Adressregistret uppdateras vid nybyggnation",
     "Avstämning startbesked mot adressregister", "GIS-ingenjör",
     [("Tertial 1 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Ej påbörjad", "Resursbrist på GIS-enheten.", "")],
     ("EJ_GENOMFORD", "")),
    (MHN, "Miljö- och hälsoskyddsnämnden",
     "Tillsynsplan livsmedel – planerade kontroller genomförda", "Uttag ur Ecos",
     "Miljöchef",
     [("Tertial 2 2025", "Pågående", "", ""),
      ("Helår 2025", "Slutförd", "94 % av planerade kontroller genomförda. Resterande flyttas till 2026.",
       "Ja")],
     ("GENOMFORD", "ja")),
    (MHN, "Miljö- och hälsoskyddsnämnden", "Debitering av timavgift för tillsyn – stickprov",
     "Stickprov 20 ärenden", "Administratör",
     [("Helår 2025", "Slutförd", "", "Nej")],
     ("GENOMFORD", "nej")),
    (MHN, "Miljö- och hälsoskyddsnämnden",
     "Jäv – kontroll av att inspektörer inte handlägger ärenden där jäv föreligger",
     "Genomgång jävsdeklarationer", "Miljöchef",
     [("Tertial 2 2025", "Slutförd", "Samtliga jävsdeklarationer inlämnade och kontrollerade.", "Nej")],
     ("GENOMFORD", "nej")),
    (MHN, "Miljö- och hälsoskyddsnämnden", "Registrering av klagomål i Ecos inom 3 dagar",
     "Stickprov 20 klagomål", "Administratör",
     [("Helår 2025", "", "", "")],
     ("SAKNAS", "")),
    (MHN, "Miljö- och hälsoskyddsnämnden", "Återkoppling av inspektionsrapporter inom 2 veckor",
     "Stickprov 30 inspektioner", "Livsmedelsinspektör",
     [("Helår 2025", "Pågående", "Stickprov för hösten återstår.", "")],
     ("DELVIS", "")),
]


def build_f4(path):
    out = []
    out.append(["Enhet", "Id", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Period",
                "Status", "Kommentar", "Avvikelse", "Senast uppdaterad"])
    n = 0
    for enhet, namnd, km, metod, ansv, periods, ex in F4_ROWS:
        n += 1
        for i, (per, st, komm, avv) in enumerate(periods):
            day = {"Tertial 1 2025": "2025-05-12", "Tertial 2 2025": "2025-09-15",
                   "Helår 2025": "2026-01-16"}[per]
            out.append([enhet, f"IK-{1000 + n}", km, metod, ansv, per, st, komm, avv, day])
        exp(F4, namnd, km, ex[0], ex[1])
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerows(out)
    FILES.append((F4, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))
    FILES.append((F4, "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: Överförmyndarnämnden – nämnd only in print header + file name; tick columns
# ---------------------------------------------------------------------------
F5 = "ÖFN_IK_helår2025.xlsx"
# (km, kontroll, [genomförd, delvis, ej], kommentar, expected)
F5_ROWS = [
    ("Granskning av årsräkningar – inkomna före 1 mars granskas före 30 juni",
     "Uttag ur Wärna", ("", "X", ""), "412 av 447 årsräkningar granskade före 30 juni, övriga klara i september.",
     ("DELVIS", "ja")),
    ("Kontroll av att ställföreträdare har registerutdrag innan förordnande",
     "Samtliga nya förordnanden", ("X", "", ""), "Inga brister.", ("GENOMFORD", "nej")),
    ("Arvodesutbetalningar till ställföreträdare – stickprov mot beslut",
     "Stickprov 25 utbetalningar", ("X", "", ""),
     "En dubbelutbetalning hittades, beloppet är återkrävt.", ("GENOMFORD", "ja")),
    ("Förvaltarkonton – kontroll av överförmyndarspärr", "Stickprov 20 konton",
     ("", "", "X"), "Har inte hunnits med.", ("EJ_GENOMFORD", "")),
    ("Gallring av akter enligt dokumenthanteringsplan", "Genomgång av arkiv",
     ("X", "", "X"), "", ("OKLAR", "")),
    ("Rutin för gode män till ensamkommande barn följs", "Samtliga ärenden",
     ("", "", ""), "Ej aktuellt 2025 – inga ärenden under året.", ("UTGAR", "")),
]


def build_f5(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A1"].font = TITLE
    heads = ["Kontrollmoment", "Kontroll", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(3, j, h)
        c.font = BOLD
        c.border = BOX
        c.fill = HEAD_FILL
    r = 4
    for km, kontroll, ticks, komm, ex in F5_ROWS:
        vals = [km, kontroll] + [t or None for t in ticks] + [komm or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP if j in (1, 2, 6) else Alignment(horizontal="center", vertical="top")
        exp(F5, "Överförmyndarnämnden", km, ex[0], ex[1])
        r += 1
    r += 1
    ws.cell(r, 1, "Markera med X. Sammanställt 2026-01-14 / Maria Ek")
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    widths(ws, {"A": 55, "B": 26, "C": 11, "D": 9, "E": 12, "F": 55})
    wb.save(path)
    FILES.append((F5, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: Storåsens Energi AB – traffic-light fills per tertial, legend at top
# ---------------------------------------------------------------------------
F6 = "Storåsens Energi AB - Internkontroll 2025 uppföljning.xlsx"
GREEN, YELLOW, RED, GREY = "FF00B050", "FFFFFF00", "FFFF0000", "FFA6A6A6"
F6_ROWS = [
    ("Ekonomi", "Avstämning av kundreskontra mot huvudbok", "Redovisningsansvarig",
     (GREEN, GREEN, GREEN), "", ("GENOMFORD", "nej")),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordning", "Ekonomichef",
     (GREEN, RED, GREEN), "T2: 2 fakturor saknade attest, rättat. T3 utan anmärkning.",
     ("GENOMFORD", "nej")),
    ("Mätning", "Kontroll av mätarbyten – rapportering till mätvärdessystemet", "Mätansvarig",
     (None, YELLOW, YELLOW), "Byten i område Norr ej avstämda.", ("DELVIS", "")),
    ("Inköp", "Upphandling enligt LUF – dokumentation av direktupphandlingar", "Inköpsansvarig",
     (None, None, RED), "3 direktupphandlingar saknade dokumentation.", ("GENOMFORD", "ja")),
    ("IT", "Behörighetsgranskning i driftövervakningssystemet (SCADA)", "IT-säkerhetsansvarig",
     (None, None, GREY), "Skjuts till 2026 i samband med systembyte.", ("EJ_GENOMFORD", "")),
    ("Personal", "Kontroll av att förmåner (bil, drivmedel) förmånsbeskattas", "Lönespecialist",
     (None, None, GREEN), "", ("GENOMFORD", "nej")),
    ("Miljö", "Egenkontroll utsläpp från fjärrvärmeverket enligt miljötillstånd", "Miljösamordnare",
     (None, None, None), "Ej aktuell – ansvaret överfört till Storåsen Fjärrvärme AB.", ("UTGAR", "")),
    ("Styrning", "Kontroll av att styrelsebeslut verkställs och protokollförs", "VD-assistent",
     (None, None, None), "", ("SAKNAS", "")),
]


def build_f6(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontroll 2025"
    ws["A1"] = "Storåsens Energi AB"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – årsbokslut"
    ws["A2"].font = BOLD
    ws["A3"] = "Rapporteras till styrelsen 2026-02-12"
    legend = [(GREEN, "Genomförd – inga avvikelser"), (YELLOW, "Delvis genomförd / pågår"),
              (RED, "Genomförd – avvikelse konstaterad (se kommentar)"), (GREY, "Ej genomförd"),
              (None, "Ofylld = ej planerad för perioden")]
    ws["F1"] = "Teckenförklaring"
    ws["F1"].font = BOLD
    for i, (col, text) in enumerate(legend):
        c = ws.cell(2 + i, 6)
        if col:
            c.fill = PatternFill("solid", fgColor=col)
        c.border = BOX
        ws.cell(2 + i, 7, text)
    hr = 8
    heads = ["Område", "Kontrollmoment", "Kontrollant", "T1", "T2", "T3", "Kommentar"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(hr, j, h)
        c.font = BOLD
        c.border = BOX
        c.fill = HEAD_FILL
    r = hr + 1
    for area, km, who, fills, komm, ex in F6_ROWS:
        ws.cell(r, 1, area)
        ws.cell(r, 2, km)
        ws.cell(r, 3, who)
        for k, col in enumerate(fills):
            c = ws.cell(r, 4 + k)
            if col:
                c.fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 7, komm or None)
        for j in range(1, 8):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = WRAP
        exp(F6, "Storåsens Energi AB", km, ex[0], ex[1])
        r += 1
    r += 1
    ws.cell(r, 1, "T3 motsvarar helårsuppföljningen.")
    widths(ws, {"A": 12, "B": 55, "C": 22, "D": 6, "E": 6, "F": 6, "G": 55})
    wb.save(path)
    FILES.append((F6, "INLAST", "Storåsens Energi AB", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 7 (rejected): KFN budget follow-up
# ---------------------------------------------------------------------------
F7 = "Budgetuppföljning helår 2025 KFN.xlsx"


def build_f7(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "Drift"
    ws["A1"] = "Kultur- och fritidsnämnden – budgetuppföljning helår 2025 (tkr)"
    ws["A1"].font = TITLE
    heads = ["Verksamhet", "Budget 2025", "Utfall helår", "Avvikelse", "Kommentar"]
    for j, h in enumerate(heads, 1):
        ws.cell(3, j, h).font = BOLD
    rows = [
        ("Nämnd och administration", 4200, 4105, "Lägre kostnader för konsulter."),
        ("Bibliotek", 18900, 19340, "Genomförd ombyggnad av Storåsens huvudbibliotek, merkostnad."),
        ("Simhall", 12400, 12980, "Högre energikostnader, åtgärd pågår."),
        ("Idrottsanläggningar", 21300, 20750, "Vakanser under våren."),
        ("Föreningsbidrag", 6800, 6800, ""),
        ("Kulturskola", 9700, 9420, "Ej genomförd sommarkurs."),
    ]
    r = 4
    tb = tu = 0
    for v, b, u, k in rows:
        ws.cell(r, 1, v)
        ws.cell(r, 2, b)
        ws.cell(r, 3, u)
        ws.cell(r, 4, b - u)
        ws.cell(r, 5, k or None)
        tb += b
        tu += u
        r += 1
    ws.cell(r, 1, "Summa").font = BOLD
    ws.cell(r, 2, tb).font = BOLD
    ws.cell(r, 3, tu).font = BOLD
    ws.cell(r, 4, tb - tu).font = BOLD
    inv = wb.create_sheet("Investeringar")
    inv["A1"] = "Investeringar 2025 (tkr)"
    inv["A1"].font = TITLE
    for j, h in enumerate(["Projekt", "Budget", "Utfall", "Status", "Kommentar"], 1):
        inv.cell(3, j, h).font = BOLD
    irows = [("Konstgräsplan Storåsvallen", 8500, 8720, "Avslutat", "Genomfört, slutbesiktigat i oktober."),
             ("Ny utrustning gym simhallen", 600, 410, "Pågår", "Leveransförsening."),
             ("Tillgänglighetsanpassning bibliotek", 1200, 0, "Ej påbörjat", "Flyttas till 2026.")]
    for i, row in enumerate(irows, 4):
        for j, v in enumerate(row, 1):
            inv.cell(i, j, v)
    widths(ws, {"A": 30, "B": 12, "C": 12, "D": 10, "E": 60})
    widths(inv, {"A": 36, "B": 10, "C": 10, "D": 12, "E": 40})
    wb.save(path)
    FILES.append((F7, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# File 8: Arbetsmarknadsnämnden – adopted plan 2026, no follow-up
# ---------------------------------------------------------------------------
F8 = "Internkontrollplan 2026 AMN antagen.xlsx"
F8_ROWS = [
    ("Ekonomi", "Felaktig utbetalning av anställningsstöd", 3, 3,
     "Kontroll av att lönebidrag och anställningsstöd betalas ut mot underlag",
     "Stickprov 20 utbetalningar", "2 ggr/år", "Controller", "Delår, helår"),
    ("Ekonomi", "Attest av obehörig", 2, 3,
     "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
     "Årligen", "Ekonomiassistent", "Helår"),
    ("Verksamhet", "Deltagare saknar aktuell planering", 3, 2,
     "Uppföljning av att deltagare i arbetsmarknadsinsatser har individuell handlingsplan",
     "Stickprov 25 deltagare", "Årligen", "Enhetschef", "Helår"),
    ("Verksamhet", "Bristande samverkan med Arbetsförmedlingen", 2, 2,
     "Kontroll av att anvisningar från Arbetsförmedlingen registreras i verksamhetssystemet",
     "Avstämning mot anvisningslista", "2 ggr/år", "Arbetsmarknadssekreterare", "Delår, helår"),
    ("Personal", "Arbetsmiljöbrister på praktikplatser", 2, 3,
     "Arbetsmiljökontroll av praktikplatser innan placering",
     "Genomgång checklistor", "Årligen", "Arbetsmarknadskonsulent", "Helår"),
    ("Informationssäkerhet", "Personuppgifter hanteras felaktigt", 2, 4,
     "Behörighetsgranskning i verksamhetssystemet",
     "Jämförelse behörighetslista mot personalförteckning", "Årligen", "Systemförvaltare", "Helår"),
]


def build_f8(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2026"
    ws["A1"] = "Arbetsmarknadsnämnden – Internkontrollplan 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Antagen av Arbetsmarknadsnämnden 2025-12-09 § 87"
    heads = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
             "Metod", "Frekvens", "Ansvarig", "Rapporteras till nämnd"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = WRAP
    r = 5
    for proc, risk, s, k, km, metod, frek, ansv, rapp in F8_ROWS:
        vals = [proc, risk, s, k, s * k, km, metod, frek, ansv, rapp]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = WRAP
            c.border = BOX
        exp(F8, "Arbetsmarknadsnämnden", km, "SAKNAS", "")
        r += 1
    ws.auto_filter.ref = f"A4:J{r - 1}"
    widths(ws, {"A": 18, "B": 32, "C": 11, "D": 11, "E": 9, "F": 50, "G": 30, "H": 11,
                "I": 22, "J": 16})
    wb.save(path)
    FILES.append((F8, "INLAST", "Arbetsmarknadsnämnden", "2026", ""))


# ---------------------------------------------------------------------------
def main():
    tmpdir = tempfile.mkdtemp(prefix="r154_")
    try:
        build_f1(os.path.join(HERE, F1))
        build_f2(os.path.join(HERE, F2))
        build_f3(os.path.join(HERE, F3), tmpdir)
        build_f4(os.path.join(HERE, F4))
        build_f5(os.path.join(HERE, F5))
        build_f6(os.path.join(HERE, F6))
        build_f7(os.path.join(HERE, F7))
        build_f8(os.path.join(HERE, F8))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
