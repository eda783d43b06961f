#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 24 – Vombsjö kommun (Skåne), internkontroll 2025.

Builds the inbox files plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Vombsjö kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

N_KS = "Kommunstyrelsen"
N_BUN = "Barn- och utbildningsnämnden"
N_VON = "Vård- och omsorgsnämnden"
N_SN = "Socialnämnden"
N_SBN = "Samhällsbyggnadsnämnden"
N_TN = "Tekniska nämnden"
N_KFN = "Kultur- och fritidsnämnden"
N_VBAB = "Vombsjö Bostäder AB"
N_VEAB = "Vombsjö Energi AB"
N_VVAB = "Vombsjö Vatten AB"

REGISTER = [
    (N_KS, "KS|Kommunledningsförvaltningen|KLF"),
    (N_BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (N_VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (N_SN, "SN|Socialförvaltningen|SOF"),
    (N_SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (N_TN, "TN|Tekniska förvaltningen"),
    (N_KFN, "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", ""),
    (N_VBAB, "VBAB|Vombsjöbostäder"),
    (N_VEAB, "VEAB|Vombsjö Energi"),
    (N_VVAB, "VVAB|Vombsjö Vatten"),
]

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "Utförd enl. plan": "C6EFCE",
    "Åtgärd pågår": "FFEB9C",
    "Ej påbörjad": "FFC7CE",
    "Ej utförd – resursbrist": "FFC7CE",
    "Kontroll ersatt": "D9D9D9",
    "Utgår (nämndbeslut)": "D9D9D9",
}
STATUS_WORDS = ["Utförd enl. plan", "Åtgärd pågår", "Ej påbörjad", "Ej utförd – resursbrist",
                "Kontroll ersatt", "Utgår (nämndbeslut)"]


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/lo-round24-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------------------
# Central template (Excel) – used by BUN (.xlsx) and KS (.xls)
# ---------------------------------------------------------------------------
def central_template(namnd_cell, dnr, upprattad, groups, fastst):
    """groups: list of (group heading, [rows]); row = (nr, process, kontrollmoment, metod, ansvarig,
    del_status, del_komm, hel_status, hel_komm, avvikelse, atgard)"""
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion – kommungemensam mall för uppföljning av internkontrollplan"
    ins["A1"].font = Font(bold=True, size=13)
    lines = [
        "Mallen fylls i av respektive nämnd/styrelse och bolag vid delår (per 31 augusti) och helår (per 31 december).",
        "Fyll i nämndens namn i cellen Nämnd på fliken Uppföljning. Ändra inte kolumnernas ordning.",
        "Status väljs i rullistan. Följande statusord används i Vombsjö kommun:",
    ]
    r = 3
    for ln in lines:
        ins.cell(row=r, column=1, value=ln)
        r += 1
    r += 1
    ins.cell(row=r, column=1, value="Status").font = BOLD
    ins.cell(row=r, column=2, value="Innebörd").font = BOLD
    r += 1
    legend = [
        ("Utförd enl. plan", "Kontrollen är genomförd enligt planen (eventuella avvikelser anges i kolumnen Avvikelse)"),
        ("Åtgärd pågår", "Kontrollen är påbörjad men inte slutförd"),
        ("Ej påbörjad", "Kontrollen har inte påbörjats"),
        ("Ej utförd – resursbrist", "Kontrollen har inte genomförts på grund av brist på personal eller tid"),
        ("Kontroll ersatt", "Kontrollen har efter nämndbeslut ersatts av annan kontroll och utgår ur planen"),
        ("Utgår (nämndbeslut)", "Kontrollen har strukits ur planen genom beslut i nämnden"),
    ]
    for w, d in legend:
        c = ins.cell(row=r, column=1, value=w)
        c.fill = PatternFill("solid", fgColor=FILL[w])
        ins.cell(row=r, column=2, value=d)
        r += 1
    r += 1
    ins.cell(row=r, column=1, value="Avvikelse: ange Ja om kontrollen visat fel eller brister, annars Nej.")
    r += 1
    ins.cell(row=r, column=1, value="Frågor om mallen: ekonomiavdelningen, Kommunledningsförvaltningen.")
    ins.column_dimensions["A"].width = 28
    ins.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = KOMMUN
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd:"
    ws["A3"].font = BOLD
    ws["C3"] = namnd_cell
    ws.merge_cells("C3:E3")
    ws["A4"] = "Diarienummer:"
    ws["A4"].font = BOLD
    ws["C4"] = dnr
    ws["A5"] = "Upprättad av:"
    ws["A5"].font = BOLD
    ws["C5"] = upprattad
    ws.merge_cells("C5:E5")
    # two-row header
    hr = 7
    for col, title in [(1, "Nr"), (2, "Process"), (3, "Kontrollmoment"), (4, "Kontrollmetod"), (5, "Ansvarig")]:
        ws.cell(row=hr, column=col, value=title)
        ws.merge_cells(start_row=hr, start_column=col, end_row=hr + 1, end_column=col)
    ws.cell(row=hr, column=6, value="Delår 2025 (jan–aug)")
    ws.merge_cells(start_row=hr, start_column=6, end_row=hr, end_column=7)
    ws.cell(row=hr, column=8, value="Helår 2025 (jan–dec)")
    ws.merge_cells(start_row=hr, start_column=8, end_row=hr, end_column=11)
    for col, title in [(6, "Status"), (7, "Kommentar"), (8, "Status"), (9, "Kommentar"),
                       (10, "Avvikelse (Ja/Nej)"), (11, "Åtgärd vid avvikelse")]:
        ws.cell(row=hr + 1, column=col, value=title)
    for rr in (hr, hr + 1):
        for col in range(1, 12):
            c = ws.cell(row=rr, column=col)
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="BDD7EE")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    dv = DataValidation(type="list", formula1='"' + ",".join(STATUS_WORDS) + '"', allow_blank=True)
    dv.showErrorMessage = False
    ws.add_data_validation(dv)
    r = hr + 2
    n = 0
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for row in rows:
            for col, v in enumerate(row, start=1):
                c = ws.cell(row=r, column=col, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
                if col in (6, 8) and v in FILL:
                    c.fill = PatternFill("solid", fgColor=FILL[v])
            dv.add(ws.cell(row=r, column=6))
            dv.add(ws.cell(row=r, column=8))
            r += 1
            n += 1
    r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    ws.cell(row=r, column=3, value=f"Antal kontrollmoment: {n}")
    r += 1
    for w in STATUS_WORDS:
        cnt = sum(1 for _, rows in groups for row in rows if row[7] == w)
        if cnt:
            ws.cell(row=r, column=3, value=f"varav {w}")
            ws.cell(row=r, column=8, value=cnt)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=fastst)
    r += 2
    ws.cell(row=r, column=1, value="Underskrift förvaltningschef: ______________________")
    widths = [6, 18, 46, 28, 16, 18, 30, 20, 42, 12, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A9"
    wb.active = 1
    return wb


def make_bun():
    fil = "IK-uppföljning 2025 BUN helår.xlsx"
    U, P, E0, ER, KE = "Utförd enl. plan", "Åtgärd pågår", "Ej påbörjad", "Ej utförd – resursbrist", "Kontroll ersatt"
    groups = [
        ("1. Ekonomi och administration", [
            ("1.1", "Fakturahantering", "Kontroll att fakturor attesteras av behörig attestant enligt attestförteckning",
             "Stickprov 30 fakturor per tertial", "Controller", U, "", U, "Inga avvikelser i stickproven.", "Nej", ""),
            ("1.2", "Förtroendekänsliga poster",
             "Stickprov av förtroendekänsliga poster (representation, resor, kurser och konferenser)",
             "Stickprov 20 verifikationer", "Controller", P, "Stickprov påbörjat.", U,
             "3 av 20 poster saknade syfte eller deltagarförteckning.", "Ja",
             "Påminnelse om riktlinjen till samtliga rektorer."),
            ("1.3", "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Jämförelse diarium mot anmälningslistor", "Nämndsekreterare", U, "", U, "", "Nej", ""),
            ("1.4", "Avtal", "Uppföljning av att skolskjutsavtal följs avseende pris och fordonskrav",
             "Genomgång av fakturor och fordonsförteckning", "Skolskjutssamordnare", "", "", ER,
             "Skolskjutssamordnare vakant sedan maj, kontrollen flyttas till 2026.", "", ""),
        ]),
        ("2. Verksamhet", [
            ("2.1", "Barn i behov av skydd",
             "Kontroll att orosanmälningar till socialtjänsten görs utan dröjsmål från förskola och skola",
             "Genomgång av anmälningar mot händelselogg", "Verksamhetschef", P, "", P,
             "Två fall där anmälan dröjt mer än en vecka. Rutinen revideras, utbildning av rektorer vt 2026.",
             "Ja", "Reviderad rutin för orosanmälan."),
            ("2.2", "Särskilt stöd",
             "Kontroll av att elever med beslut om särskilt stöd har ett aktuellt åtgärdsprogram",
             "Stickprov 25 elever", "Elevhälsochef", U, "Klart för vt.", "",
             "Genomförd – samtliga 25 granskade elever hade aktuellt åtgärdsprogram.", "Nej", ""),
            ("2.3", "Kränkande behandling",
             "Kontroll av att anmälan om kränkande behandling görs till huvudman inom fem dagar",
             "Uppföljning i DF Respons", "Kvalitetsstrateg", U, "", KE,
             "Ersatt av kontroll 2.5 enligt BUN 2025-09-17 § 88.", "", ""),
            ("2.4", "Närvaro", "Kontroll av att frånvaro registreras i lärplattformen samma dag för samtliga elever",
             "Rapportuttag en vecka per termin", "Rektor", "", "", "", "", "", ""),
            ("2.5", "Kränkande behandling",
             "Uppföljning av handläggningstid för utredningar av kränkande behandling",
             "Rapportuttag ur DF Respons", "Kvalitetsstrateg", "", "Ny kontroll från hösten.", U,
             "Median 9 dagar, inom riktvärdet.", "Nej", ""),
            ("2.6", "Personal", "Kontroll av registerutdrag ur belastningsregistret vid nyanställning",
             "Stickprov av nyanställningar i HR-systemet", "HR-partner", E0, "", "Se bilaga", "", "", ""),
        ]),
    ]
    wb = central_template(N_BUN, "BUN 2025/0112", "Controller, Barn- och utbildningsförvaltningen", groups,
                          "Behandlad i Barn- och utbildningsnämnden 2026-01-28.")
    wb.save(os.path.join(OUT, fil))
    exp = {
        "1.1": ("GENOMFORD", "nej"), "1.2": ("GENOMFORD", "ja"), "1.3": ("GENOMFORD", "nej"),
        "1.4": ("EJ_GENOMFORD", "nej"), "2.1": ("DELVIS", "ja"), "2.2": ("GENOMFORD", "nej"),
        "2.3": ("UTGAR", "nej"), "2.4": ("SAKNAS", "nej"), "2.5": ("GENOMFORD", "nej"), "2.6": ("OKLAR", "nej"),
    }
    for _, rows in groups:
        for row in rows:
            st, av = exp[row[0]]
            EXPECTED.append((fil, N_BUN, row[2], st, av))
    FILES.append((fil, "INLAST", N_BUN, "2025", "HELAR"))


def make_ks(tmp):
    fil = "KS_Uppfoljning_internkontroll_2025.xls"
    U, P, E0, ER, KE, UT = ("Utförd enl. plan", "Åtgärd pågår", "Ej påbörjad", "Ej utförd – resursbrist",
                           "Kontroll ersatt", "Utgår (nämndbeslut)")
    groups = [
        ("Ekonomi", [
            ("1", "Leverantörsregister",
             "Kontroll att leverantörsregistret inte innehåller dubbletter eller vilande leverantörer med aktiva bankuppgifter",
             "Registeruttag i Raindance", "Redovisningsansvarig", U, "", U,
             "4 dubbletter och 11 vilande leverantörer rensade.", "Ja", "Kvartalsvis rensning införs."),
            ("2", "Inköp", "Kontroll av att avtalstrohet följs vid inköp under 100 tkr (stickprov 40 fakturor)",
             "Stickprov", "Upphandlingschef", P, "", ER, "Upphandlare föräldraledig, ingen ersättare.", "", ""),
            ("3", "Behörigheter",
             "Kontroll att behörigheter i ekonomisystemet Raindance avslutas när anställning upphör",
             "Avstämning mot HR-systemets avslutslista", "Systemförvaltare", U, "", U,
             "2 konton var aktiva efter avslutad anställning, nu spärrade.", "Ja", "Automatisk spärr beställd."),
            ("4", "Löner",
             "Kontroll att lönetillägg och engångsbelopp har beslutsunderlag som följer delegationsordningen",
             "Stickprov 25 lönetillägg", "Lönechef", E0, "", KE,
             "Ersätts av kommungemensam lönekontroll från 2026 (KS 2025-10-08 § 201).", "", ""),
        ]),
        ("Styrning och ledning", [
            ("5", "Verkställighet", "Uppföljning av att beslut i kommunstyrelsen verkställs inom angiven tid",
             "Genomgång av beslutsuppföljningslistan", "Kanslichef", P, "", P,
             "Listan gås igenom, 38 av 52 beslut kontrollerade.", "Nej", ""),
            ("6", "Diarieföring", "Kontroll av att diarieföring av inkommande handlingar sker inom två arbetsdagar",
             "Stickprov 50 handlingar", "Registrator", U, "", U,
             "Brister i 12 % av stickproven, påminnelse skickad till enheterna.", "Ja", "Utbildning i Public 360."),
            ("7", "Krisberedskap", "Kontroll av att kommunens krisledningsplan är uppdaterad och övad under året",
             "Dokumentgranskning och övning", "Säkerhetssamordnare", U, "Planen uppdaterad.", U,
             "Övningen i november ställdes in och planeras till mars 2026.", "Nej", ""),
            ("8", "Bisysslor", "Granskning av att bisysslor för chefer är anmälda och prövade",
             "Enkät och kontroll mot HR-systemet", "HR-chef", "", "", UT,
             "Strukits ur planen, ingår i revisionens granskning.", "", ""),
        ]),
    ]
    wb = central_template(N_KS, "KS 2025/0034", "Ekonomiavdelningen, Kommunledningsförvaltningen", groups,
                          "Behandlad i kommunstyrelsen 2026-02-04.")
    src = os.path.join(tmp, "KS_Uppfoljning_internkontroll_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    exp = {"1": ("GENOMFORD", "ja"), "2": ("EJ_GENOMFORD", "nej"), "3": ("GENOMFORD", "ja"),
           "4": ("UTGAR", "nej"), "5": ("DELVIS", "nej"), "6": ("GENOMFORD", "ja"), "7": ("GENOMFORD", "nej"),
           "8": ("UTGAR", "nej")}
    for _, rows in groups:
        for row in rows:
            st, av = exp[row[0]]
            EXPECTED.append((fil, N_KS, row[2], st, av))
    FILES.append((fil, "INLAST", N_KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# Hypergene export (cp1252 ; CSV) – VON, TN, KFN, Delår + Helår rows (+ 2024 rows)
# ---------------------------------------------------------------------------
def make_export():
    fil = "Hypergene_export_internkontroll_20260114.csv"
    U, P, E0, ER, KE, UT = ("Utförd enl. plan", "Åtgärd pågår", "Ej påbörjad", "Ej utförd – resursbrist",
                           "Kontroll ersatt", "Utgår (nämndbeslut)")
    head = ["Organisation", "Förvaltning", "Planår", "Period", "Kontroll-ID", "Process", "Kontrollmoment",
            "Status", "Avvikelse", "Kommentar", "Ändrad av", "Ändrad"]
    F = {N_VON: "Vård- och omsorgsförvaltningen", N_TN: "Tekniska förvaltningen",
         N_KFN: "Kultur- och fritidsförvaltningen"}
    # controls: (nämnd, id, process, text, [(planår, period, status, avv, komm, av, datum)], exp_status, exp_avv)
    C = [
        (N_VON, "VON-IK-01", "Hemtjänst",
         "Kontroll att genomförandeplan upprättas inom 14 dagar efter verkställt beslut i hemtjänsten",
         [("2025", "Delår 2025", P, "", "Stickprov pågår i två hemtjänstområden.", "anna.l", "2025-09-05"),
          ("2025", "Helår 2025", U, "Nej", "Samtliga 40 stickprov hade plan inom 14 dagar.", "anna.l", "2026-01-09")],
         "GENOMFORD", "nej"),
        (N_VON, "VON-IK-02", "Avgifter",
         "Stickprov av att avgiftsbeslut för hemtjänst och särskilt boende baseras på aktuell inkomstuppgift",
         [("2025", "Delår 2025", U, "Nej", "", "per.o", "2025-09-02"),
          ("2025", "Helår 2025", U, "Ja", "6 av 30 avgifter felaktiga; rättade och återbetalda.\nRutin för årlig inkomstförfrågan skärps.", "per.o", "2026-01-12")],
         "GENOMFORD", "ja"),
        (N_VON, "VON-IK-03", "Kvalitet",
         "Kontroll av att avvikelser enligt Lex Sarah utreds och rapporteras till IVO inom föreskriven tid",
         [("2025", "Delår 2025", P, "", "Genomgång av årets rapporter pågår.", "kvalitet.von", "2025-09-10")],
         "DELVIS", "nej"),
        (N_VON, "VON-IK-04", "Informationssäkerhet",
         "Kontroll av loggar i verksamhetssystemet Lifecare avseende otillåten åtkomst",
         [("2025", "Delår 2025", ER, "", "Systemförvaltare sjukskriven.", "it.von", "2025-09-08"),
          ("2025", "Helår 2025", "", "", "Loggkontroll genomförd i november, ingen otillbörlig åtkomst upptäckt.", "it.von", "2026-01-13")],
         "GENOMFORD", "nej"),
        (N_VON, "VON-IK-05", "LSS",
         "Kontroll av att gynnande beslut om bostad med särskild service enligt LSS verkställs inom tre månader",
         [("2025", "Delår 2025", P, "", "", "lss.chef", "2025-09-11"),
          ("2025", "Helår 2025", P, "Ja", "Fyra beslut ej verkställda inom tre månader, rapporterade till IVO. Ny gruppbostad öppnar 2026.", "lss.chef", "2026-01-13")],
         "DELVIS", "ja"),
        (N_VON, "VON-IK-06", "Hälso- och sjukvård",
         "Kontroll av läkemedelsförråd på särskilda boenden (inventering och kassation)",
         [("2024", "Helår 2024", U, "Nej", "Samtliga förråd inventerade.", "mas.von", "2025-01-10"),
          ("2025", "Helår 2025", "", "", "", "mas.von", "2026-01-14")],
         "SAKNAS", "nej"),
        (N_TN, "TN-IK-01", "Entreprenad",
         "Kontroll av att entreprenader faktureras enligt avtalade à-priser (stickprov)",
         [("2025", "Delår 2025", U, "Nej", "", "ekonom.tf", "2025-09-03"),
          ("2025", "Helår 2025", U, "Nej", "Inga avvikelser i 25 fakturor.", "ekonom.tf", "2026-01-08")],
         "GENOMFORD", "nej"),
        (N_TN, "TN-IK-02", "Park",
         "Kontroll av att egenkontroller utförs på kommunens lekplatser enligt SS-EN 1176",
         [("2025", "Delår 2025", P, "", "", "park.tf", "2025-09-03"),
          ("2025", "Helår 2025", UT, "", "Ansvaret för lekplatser överfört till Kultur- och fritidsnämnden (TN 2025-10-22 § 97).", "park.tf", "2026-01-08")],
         "UTGAR", "nej"),
        (N_TN, "TN-IK-03", "Myndighetsutövning",
         "Kontroll av att dispenser för tung transport handläggs inom lagstadgad tid",
         [("2025", "Delår 2025", P, "", "", "trafik.tf", "2025-09-04"),
          ("2025", "Helår 2025", P, "", "Manuell genomgång, 60 % av ärendena granskade.", "trafik.tf", "2026-01-09")],
         "DELVIS", "nej"),
        (N_TN, "TN-IK-04", "Fordon",
         "Kontroll av att drivmedelskort används enligt riktlinje för fordon och maskiner",
         [("2025", "Helår 2025", U, "Ja", "Tankning av privat bil i ett fall; ärendet överlämnat till HR.", "fordon.tf", "2026-01-09")],
         "GENOMFORD", "ja"),
        (N_TN, "TN-IK-05", "Drift",
         "Kontroll av att vinterväghållningens utryckningar dokumenteras i ruttsystemet",
         [("2025", "Delår 2025", E0, "", "Kontrolleras under säsong.", "drift.tf", "2025-09-04"),
          ("2025", "Helår 2025", ER, "", "Ej genomförd.\nRuttsystemet byttes i november och historik saknas.", "drift.tf", "2026-01-10")],
         "EJ_GENOMFORD", "nej"),
        (N_KFN, "KFN-IK-01", "Bidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt antagna bidragsregler och med fullständig ansökan",
         [("2025", "Delår 2025", U, "Nej", "", "forening.kff", "2025-09-01"),
          ("2025", "Helår 2025", U, "Nej", "Samtliga 32 utbetalningar hade fullständig ansökan.", "forening.kff", "2026-01-07")],
         "GENOMFORD", "nej"),
        (N_KFN, "KFN-IK-02", "Kontanthantering",
         "Kontroll av kassahantering och dagsredovisning i simhallen och på huvudbiblioteket",
         [("2025", "Delår 2025", U, "Nej", "", "ekonom.kff", "2025-09-01"),
          ("2025", "Helår 2025", P, "Ja", "Kassadifferenser vid tre tillfällen i simhallen, utredning pågår.", "ekonom.kff", "2026-01-12")],
         "DELVIS", "ja"),
        (N_KFN, "KFN-IK-03", "Lokalbokning",
         "Kontroll av att lokalbokningar i Interbook Go faktureras korrekt",
         [("2024", "Helår 2024", U, "Nej", "", "bokning.kff", "2025-01-15")],
         "SAKNAS", "nej"),
        (N_KFN, "KFN-IK-04", "Lovverksamhet",
         "Kontroll av att registerutdrag uppvisas av ledare i lovverksamhet med barn",
         [("2025", "Delår 2025", E0, "", "Sommarlovet ej avslutat vid delår.", "fritid.kff", "2025-09-02"),
          ("2025", "Helår 2025", U, "Nej", "", "fritid.kff", "2026-01-07")],
         "GENOMFORD", "nej"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(head)
    for namnd, cid, proc, text, rows, est, eav in C:
        for (ar, per, st, av, komm, who, dt) in rows:
            w.writerow([namnd, F[namnd], ar, per, cid, proc, text, st, av, komm, who, dt])
        EXPECTED.append((fil, namnd, text, est, eav))
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as fh:
        fh.write(buf.getvalue())
    for n in (N_VON, N_TN, N_KFN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# SBN – own template, nämnd only in print header + document properties
# ---------------------------------------------------------------------------
def make_sbn():
    fil = "Intern kontroll helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Uppföljning intern kontroll – helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Underlag till nämndens sammanträde i februari 2026"
    heads = ["Område", "Vad kontrolleras", "Hur och när", "Utfall", "Bedömning (1–3)", "Avvikelse/åtgärd"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
    rows = [
        ("Bygglov", "Kontroll att bygglovsbeslut fattas inom tio veckor från komplett ansökan",
         "Rapport ur Castor, helår", "97 % av besluten inom tio veckor.", 1, "Inga avvikelser"),
        (None, "Stickprov av att avgifter för bygglov debiteras enligt gällande taxa",
         "Stickprov 20 ärenden, oktober", "18 av 20 korrekt debiterade.", 1,
         "Två ärenden feldebiterade, korrigerade och krediterade."),
        ("Detaljplan", "Kontroll av att planavtal tecknas",
         "Genomgång av samtliga planuppdrag", "Avtal saknas i två pågående planer,", 2,
         "Rutin för planuppdrag ses över."),
        (None, "innan planarbete påbörjas", None, "genomgång ej avslutad.", None, None),
        ("Mark och exploatering", "Kontroll av att markanvisningar följer antagen markanvisningspolicy",
         "Granskning av årets markanvisningar", "Ingen granskning under året på grund av vakans.", 3, None),
        ("Kart och mät", "Kontroll av att delegationsbeslut inom kart- och mätverksamheten redovisas till nämnden",
         "Jämförelse delegationslistor mot diarium", "Utförd, samtliga beslut anmälda.", None, None),
        (None, "Uppföljning av att ärenden i Castor arkiveras enligt dokumenthanteringsplanen",
         "Stickprov 15 avslutade ärenden", None, "?", None),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        r += 1
    ws.merge_cells("A5:A6")
    ws.merge_cells("A7:A8")
    ws.merge_cells("A10:A11")
    r += 1
    ws.cell(row=r, column=1, value="Bedömning:").font = BOLD
    ws.cell(row=r, column=2, value="1 = Utförd enl. plan   2 = Åtgärd pågår   3 = Ej utförd – resursbrist")
    r += 2
    ws.cell(row=r, column=1, value="Sammanfattning:")
    ws.cell(row=r, column=2, value="Tre av sex kontroller har genomförts fullt ut. Förvaltningen bedömer att den interna "
                                  "kontrollen i huvudsak är tillräcklig.")
    for col, wdt in zip("ABCDEF", [20, 50, 30, 40, 14, 40]):
        ws.column_dimensions[col].width = wdt
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Internkontrollplan 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    wb.properties.title = "Internkontroll 2025 – Samhällsbyggnadsnämnden"
    wb.properties.subject = "Helårsuppföljning internkontrollplan"
    wb.properties.creator = "Controller SBF"
    wb.properties.keywords = "internkontroll; helår; 2025"
    wb.save(os.path.join(OUT, fil))
    exp = [
        ("Kontroll att bygglovsbeslut fattas inom tio veckor från komplett ansökan", "GENOMFORD", "nej"),
        ("Stickprov av att avgifter för bygglov debiteras enligt gällande taxa", "GENOMFORD", "ja"),
        ("Kontroll av att planavtal tecknas innan planarbete påbörjas", "DELVIS", "ja"),
        ("Kontroll av att markanvisningar följer antagen markanvisningspolicy", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut inom kart- och mätverksamheten redovisas till nämnden", "GENOMFORD", "nej"),
        ("Uppföljning av att ärenden i Castor arkiveras enligt dokumenthanteringsplanen", "OKLAR", "nej"),
    ]
    for t, s, a in exp:
        EXPECTED.append((fil, N_SBN, t, s, a))
    FILES.append((fil, "INLAST", N_SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# Socialförvaltningen – Word, one small form-like table per control (alias only)
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Socialförvaltningen IK-uppföljning helår.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading("Socialförvaltningen", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår")
    d.add_paragraph("Nedan redovisas varje kontrollmoment i planen med status vid delår och helår. Status anges "
                    "med kommunens gemensamma statusord (Utförd enl. plan, Åtgärd pågår, Ej utförd – resursbrist, "
                    "Kontroll ersatt).")
    items = [
        ("1", "Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut och attest",
         "Enhetschef försörjningsstöd", "Åtgärd pågår", "Utförd enl. plan",
         "Stickprov 50 utbetalningar. Samtliga hade beslut och attest.", "Nej", "GENOMFORD", "nej"),
        ("2", "Kontroll av att förhandsbedömning av orosanmälan sker inom 14 dagar",
         "Enhetschef barn och unga", "Åtgärd pågår", "Åtgärd pågår",
         "Uppföljning av helåret avslutas i februari.",
         "Ja – 9 % av anmälningarna bedömdes efter mer än 14 dagar", "DELVIS", "ja"),
        ("3", "Kontroll av att placeringar på HVB sker inom ramavtal eller enligt riktlinje för direktupphandling",
         "Upphandlare/IFO-chef", "Ej påbörjad", "Ej utförd – resursbrist",
         "Kontrollen kunde inte genomföras på grund av vakant upphandlartjänst.", "", "EJ_GENOMFORD", "nej"),
        ("4", "Kontroll av att vårdnadshavare informeras om beslut om insatser enligt SoL inom föreskriven tid",
         "Enhetschef barn och unga", "", "Se kommentar", "", "", "OKLAR", "nej"),
        ("5", "Kontroll av att akter för familjehemsplacerade barn innehåller aktuell vårdplan",
         "Enhetschef familjehem", "Åtgärd pågår", "",
         "Helår: Granskning genomförd, samtliga 18 akter hade aktuell vårdplan.", "Nej", "GENOMFORD", "nej"),
        ("6", "Uppföljning av att hyresgäster i sociala kontrakt får beslut om fortsatt boende varje år",
         "Bostadssamordnare", "Åtgärd pågår", "Kontroll ersatt",
         "Ersatt av ny kontroll om bostadsförsörjning enligt SN 2025-06-11 § 64.", "", "UTGAR", "nej"),
    ]
    for nr, text, ansv, dstat, hstat, komm, avv, est, eav in items:
        d.add_paragraph(f"Kontrollmoment {nr}").runs[0].bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in [("Kontrollmoment:", text), ("Ansvarig:", ansv), ("Status delår 2025:", dstat),
                         ("Status helår 2025:", hstat), ("Kommentar:", komm), ("Avvikelse:", avv)]:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[1].text = val
            cells[0].paragraphs[0].runs[0].bold = True
        d.add_paragraph("")
        EXPECTED.append((fil, N_SN, text, est, eav))
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak varit tillräcklig. "
                    "Brister avseende förhandsbedömningar följs upp i internkontrollplan 2026.")
    d.add_paragraph("Vomby 2026-01-20")
    d.add_paragraph("Maria Lindqvist, socialchef")
    d.core_properties.title = "IK-uppföljning helår 2025"
    d.core_properties.author = "Socialförvaltningen"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N_SN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# Vombsjöbostäder – own template, ODS, J/N column
# ---------------------------------------------------------------------------
def make_vbab(tmp):
    fil = "Vombsjöbostäder internkontroll 2025.ods"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "VBAB – Uppföljning internkontroll 2025 (helår)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteras till styrelsen 2026-02-12 och till kommunstyrelsen enligt ägardirektiv."
    heads = ["Aktivitet", "Frekvens", "Utförd (J/N)", "Avvikelse noterad", "Kommentar"]
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    data = [
        ("Hyresadministration", None),
        (("Kontroll att hyresavier baseras på gällande hyresförhandlingsresultat", "Årligen", "J", "Nej",
          "Kontroll mot förhandlingsprotokoll 2025."), ("GENOMFORD", "nej")),
        (("Kontroll av kundfordringar och att inkassoärenden hanteras enligt kravrutin", "Kvartalsvis", "J", "Ja",
          "Tre ärenden ej överlämnade till inkasso i tid."), ("GENOMFORD", "ja")),
        (("Kontroll av att lägenhetsfördelning sker enligt bostadskön och uthyrningspolicyn", "Halvår", "N", None,
          "Ej hunnit på grund av byte av kösystem."), ("EJ_GENOMFORD", "nej")),
        ("Fastighetsförvaltning", None),
        (("Kontroll av att OVK (obligatorisk ventilationskontroll) är utförd och godkänd i samtliga fastigheter",
          "Årligen", "Delvis", None, "Utförd i 34 av 41 fastigheter, resterande våren 2026."), ("DELVIS", "nej")),
        (("Kontroll av att nyckel- och passerbehörigheter återlämnas vid avslutad anställning", "Löpande", "J",
          "Nej", None), ("GENOMFORD", "nej")),
        ("Inköp och styrning", None),
        (("Kontroll av att inköp över 100 tkr föregås av upphandling enligt LOU", "Årligen", None, None, None),
         ("SAKNAS", "nej")),
        (("Kontroll av att styrelsebeslut protokollförs och justeras inom två veckor", "Löpande", "Ej aktuell",
          None, "Följs upp inom ägardirektivsuppföljningen i stället."), ("UTGAR", "nej")),
    ]
    r = 5
    n = 0
    for item, exp in data:
        if exp is None:
            c = ws.cell(row=r, column=1, value=item)
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        else:
            for i, v in enumerate(item, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            EXPECTED.append((fil, N_VBAB, item[0], exp[0], exp[1]))
            n += 1
        r += 1
    ws.cell(row=r, column=1, value=f"Antal aktiviteter: {n}").font = BOLD
    ws.cell(row=r, column=3, value="J = 3")
    r += 2
    ws.cell(row=r, column=1, value="J = utförd, N = ej utförd. Avvikelse noterad anges Ja/Nej.")
    r += 1
    ws.cell(row=r, column=1, value="Ansvarig: Ekonomichef VBAB")
    for col, wdt in zip("ABCDE", [70, 14, 14, 18, 50]):
        ws.column_dimensions[col].width = wdt
    src = os.path.join(tmp, "Vombsjöbostäder internkontroll 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N_VBAB, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# VEAB – Word table, content is Helår 2024 although the file name says 2025
# ---------------------------------------------------------------------------
def make_veab():
    fil = "VEAB_IK_uppföljning_2025.docx"
    d = Document()
    d.add_heading("Vombsjö Energi AB", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – helår 2024")
    d.add_paragraph("Uppföljningen avser bolagets internkontrollplan för 2024, fastställd av styrelsen "
                    "2023-12-14. Rapporten lämnas till kommunstyrelsen i samband med årsredovisningen.")
    heads = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Iakttagelser", "Åtgärd"]
    rows = [
        ("Fakturering", "Kontroll av att mätarställningar för fjärrvärme läses av och faktureras korrekt",
         "Utförd enl. plan", "Inga avvikelser.", "—", "GENOMFORD", "nej"),
        ("Fakturering", "Kontroll av att elnätsavgifter debiteras enligt gällande tariff",
         "Utförd enl. plan", "Fel tariff tillämpad för 12 kunder.", "Korrigerat, kunder kompenserade.",
         "GENOMFORD", "ja"),
        ("Investeringar", "Kontroll av att attestordning följs vid investeringar i ledningsnät",
         "Åtgärd pågår", "Genomgång av Q3–Q4 återstår.", "Slutförs i januari.", "DELVIS", "nej"),
        ("IT och säkerhet", "Kontroll av behörigheter i styrsystemet (SCADA) genom årlig behörighetsgenomgång",
         "Ej utförd – resursbrist", "Leverantörsbyte under hösten.", "Genomförs 2025.", "EJ_GENOMFORD", "nej"),
        ("Styrning", "Kontroll av att representation och gåvor redovisas enligt bolagets policy",
         "Utförd enl. plan", "Inga anmärkningar.", "—", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = row[i]
        EXPECTED.append((fil, N_VEAB, row[1], row[5], row[6]))
    d.add_paragraph("")
    d.add_paragraph("Vomby i januari 2025")
    d.add_paragraph("Johan Berg, VD Vombsjö Energi AB")
    d.core_properties.title = "Intern kontroll VEAB"
    d.core_properties.author = "VEAB ekonomi"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N_VEAB, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# VVAB – truncated xlsx (must be rejected)
# ---------------------------------------------------------------------------
def make_vvab(tmp):
    fil = "VVAB_internkontroll_helår_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Vombsjö Vatten AB – internkontroll helår 2025"
    ws["A3"] = "Kontrollmoment"
    ws["B3"] = "Status"
    ws["A4"] = "Kontroll av att provtagning av dricksvatten sker enligt provtagningsprogram"
    ws["B4"] = "Utförd enl. plan"
    src = os.path.join(tmp, "vvab_full.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data[: int(len(data) * 0.45)])
    FILES.append((fil, "AVVISAD", N_VVAB, "2025", "HELAR"))


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(header) + "\n")
        for r in rows:
            for v in r:
                assert ";" not in v and "\n" not in v, v
            fh.write(";".join(r) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="round24-")
    try:
        make_bun()
        make_ks(tmp)
        make_export()
        make_sbn()
        make_sn()
        make_vbab(tmp)
        make_veab()
        make_vvab(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], REGISTER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(set(f[0] for f in FILES)), "files,", len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
