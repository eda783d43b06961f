#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 93 – Vindträsk kommun, helår 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 make_round.py
"""
import csv
import os

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill(start_color=hex_, end_color=hex_, fill_type="solid")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU|Skolförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VoO|Äldreomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad|Teknik och fastighet"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur & Fritid|Kultur och fritid|Fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö & Bygg|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
]

# ---------------------------------------------------------------------------
# File 1: BUN – two sheets Delår and Helår
# ---------------------------------------------------------------------------
F1 = "IK-uppföljning BUN 2025 (delår+helår).xlsx"
BUN = "Barn- och utbildningsnämnden"
# nr, process, kontrollmoment, metod, frekvens, ansvarig,
# (delår status, delår kommentar), (helår status, helår kommentar, avvikelse-cell), expected status, expected avv
bun_rows = [
    ("1", "Skolskjuts",
     "Kontroll att skolskjutsbeslut fattas enligt gällande riktlinje och delegationsordning",
     "Stickprov 15 beslut", "1 ggr/år", "Skolskjutssamordnare",
     ("Genomförd", "Stickprov gjort inför läsårsstart, inga avvikelser."),
     ("Genomförd", "Kontrollen gjordes inför läsårsstart (se delår). Inga avvikelser.", "Nej"),
     "GENOMFORD", "nej"),
    ("2", "Ekonomi",
     "Stickprov på 20 leverantörsfakturor – korrekt attest och kontering",
     "Stickprov ur Raindance", "2 ggr/år", "Controller",
     ("Genomförd", "Vårens stickprov utan anmärkning."),
     ("Genomförd", "Höstens stickprov: 2 av 20 fakturor saknade attest av behörig attestant (rektor på annan enhet). Rättat och attestlistan uppdaterad.", "Ja"),
     "GENOMFORD", "ja"),
    ("3", "Ekonomi",
     "Kontroll av att inköp sker från upphandlade avtal (avtalstrohet), livsmedel skolmåltider",
     "Analys av leverantörsreskontra", "1 ggr/år", "Kostchef",
     ("Pågår", "Analys påbörjad."),
     ("Delvis genomförd", "Livsmedel kontrollerat: köptrohet 87 % (mål 95 %). Förbrukningsmaterial ej kontrollerat.", "Ja"),
     "DELVIS", "ja"),
    ("4", "Elevhälsa och trygghet",
     "Kränkande behandling – anmälan till huvudman inom 5 arbetsdagar",
     "Genomgång av samtliga anmälningar i DF Respons", "Löpande", "Verksamhetschef grundskola",
     ("Pågår", "Vårterminen genomgången, 1 sen anmälan."),
     ("Genomförd", "Helåret: 3 av 41 anmälningar kom till huvudman efter mer än 5 arbetsdagar. Rektorer påminda på ledningsgrupp.", "Ja"),
     "GENOMFORD", "ja"),
    ("5", "Elevhälsa och trygghet",
     "Uppföljning av elever med hög frånvaro (>15 %) – åtgärdsprogram upprättade",
     "Stickprov i elevregistret", "2 ggr/år", "Elevhälsochef",
     ("Ej påbörjad", "Vakant tjänst som elevhälsochef."),
     ("Ej genomförd", "Kontrollen har inte genomförts p.g.a. vakans. Flyttas till internkontrollplan 2026.", "Nej"),
     "EJ_GENOMFORD", "nej"),
    ("6", "Personal",
     "Kontroll av registerutdrag ur belastningsregistret vid nyanställning",
     "Stickprov HR-akter", "1 ggr/år", "HR-konsult",
     ("Genomförd", "12 nyanställda kontrollerade, utdrag fanns för alla."),
     ("", "Kontrollen slutfördes i samband med delåret och är därmed genomförd för 2025. Inga avvikelser.", "Nej"),
     "GENOMFORD", "nej"),
    ("7", "Personal",
     "Kontroll att lärare som undervisar har legitimation och behörighet i ämnet",
     "Genomgång mot Skolverkets lärarlegitimationsregister", "1 ggr/år", "Rektorer / HR",
     ("", ""),
     ("Genomförd", "64 lärare kontrollerade. 4 saknar behörighet i undervisat ämne – undantag enligt skollagen 2 kap. 17 § dokumenterat för 3 av dem, 1 saknas.", "Ja"),
     "GENOMFORD", "ja"),
    ("8", "IT och dataskydd",
     "Behörigheter i lärplattformen (Unikum) – borttag vid avslutad anställning",
     "Jämförelse behörighetslista mot Heroma", "2 ggr/år", "Systemförvaltare",
     ("Ej genomförd", "Ej hunnit."),
     ("Utgår", "Utgår enligt beslut BUN 2025-10-15 § 87 – ersätts av central behörighetskontroll som IT-enheten utför för hela kommunen.", ""),
     "UTGAR", "nej"),
    ("9", "Ekonomi",
     "Interkommunala ersättningar (IKE) – fakturering för elever från andra kommuner",
     "Avstämning elevlistor mot kundfakturor", "2 ggr/år", "Ekonomiassistent",
     ("Pågår", "VT fakturerad."),
     ("Pågår", "Fakturering för HT 2025 ej klar vid bokslutet, 6 elever från Lycksele och Umeå återstår.", "Nej"),
     "DELVIS", "nej"),
]


def make_bun():
    wb = openpyxl.Workbook()
    hdr = ["Nr", "Process", "Kontrollmomnet", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Kommentar / iakttagelser", "Avvikelse (Ja/Nej)"]
    widths = [5, 18, 46, 28, 11, 22, 16, 60, 12]
    for sheetname, per_title, stat_hdr in (
            ("Delår", "Delårsuppföljning per 2025-08-31", "Status 31/8"),
            ("Helår", "Helårsuppföljning per 2025-12-31", "Status 31/12")):
        ws = wb.active if sheetname == "Delår" else wb.create_sheet(sheetname)
        ws.title = sheetname
        ws["A1"] = "Barn- och utbildningsförvaltningen"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Uppföljning av internkontrollplan 2025"
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = per_title
        ws["A4"] = "Status anges som: Genomförd / Delvis genomförd / Pågår / Ej genomförd / Utgår"
        ws["A4"].font = Font(italic=True, size=9, color="666666")
        h = list(hdr)
        h[6] = stat_hdr
        for c, v in enumerate(h, 1):
            cell = ws.cell(row=6, column=c, value=v)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("1F4E78")
            cell.alignment = WRAP
            cell.border = BORDER
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        r = 7
        for row in bun_rows:
            nr, proc, km, metod, frek, ansv, dl, hl, _, _ = row
            if sheetname == "Delår":
                st, kom, avv = dl[0], dl[1], ("Ja" if "sen anmälan" in dl[1] else ("Nej" if dl[0] == "Genomförd" else ""))
            else:
                st, kom, avv = hl
            vals = [int(nr), proc, km, metod, frek, ansv, st, kom, avv]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            r += 1
        last = r - 1
        if sheetname == "Helår":
            r += 1
            ws.cell(row=r, column=2, value="Antal kontrollmoment").font = BOLD
            ws.cell(row=r, column=3, value=len(bun_rows))
            r += 1
            ws.cell(row=r, column=2, value="varav genomförda").font = BOLD
            ws.cell(row=r, column=3, value='=COUNTIF(G7:G%d,"Genomförd")' % last)
            r += 2
            ws.cell(row=r, column=2, value="Upprättad av: Anna Lindqvist, controller BoU, 2026-01-12")
            ws.cell(row=r + 1, column=2, value="Behandlas i BUN 2026-02-11")
        else:
            r += 1
            ws.cell(row=r, column=2, value="Upprättad 2025-09-18 / AL")
        ws.freeze_panes = "C7"
    wb.active = 1
    wb.save(F1)
    FILES.append((F1, "INLAST", BUN, "2025", "HELAR"))
    for row in bun_rows:
        exp(F1, BUN, row[2], row[8], row[9])


# ---------------------------------------------------------------------------
# File 2: Socialnämnden – colour status with legend to the right of the data
# ---------------------------------------------------------------------------
F2 = "Socialnämnden IKP 2025 helår.xlsx"
SN = "Socialnämnden"
GREEN, YELLOW, ORANGE, RED, GREY, BLUE = "92D050", "FFFF00", "FFC000", "FF0000", "BFBFBF", "00B0F0"
sn_rows = [
    # process, risk, kontrollmoment, metod, utförs av, resultat, colour, exp status, exp avv
    ("Ekonomiskt bistånd", "Beslut fattas utan stöd i delegation",
     "Stickprov 15 akter – beslut om ekonomiskt bistånd fattade enligt delegationsordningen",
     "Stickprov i Viva", "Enhetschef IFO vuxen",
     "15 akter granskade, samtliga beslut fattade av behörig delegat.", GREEN, "GENOMFORD", "nej"),
    (None, "Felaktiga eller dubbla utbetalningar",
     "Kontroll av utbetalningar av ekonomiskt bistånd mot beslut (dubbelutbetalningar)",
     "Avstämning utbetalningsfil mot beslut, 2 månader", "Ekonomiassistent",
     "En dubbelutbetalning (4 200 kr) upptäckt i oktober. Återkrav upprättat, rutin för manuella utbetalningar skärpt.",
     YELLOW, "GENOMFORD", "ja"),
    ("Barn och unga", "Orosanmälningar bedöms inte i tid",
     "Förhandsbedömning av orosanmälan inom 14 dagar",
     "Uttag ur verksamhetssystemet", "1:e socialsekreterare",
     "Kontroll gjord för jan–jun: 88 % inom 14 dagar. Andra halvåret har inte hunnits med.",
     ORANGE, "DELVIS", "ja"),
    (None, "Utredningar överskrider lagstadgad tid",
     "Utredningstid barnavårdsutredningar – högst 4 månader",
     "Uttag ur verksamhetssystemet", "Enhetschef barn och unga",
     "Har inte genomförts på grund av personalbrist på enheten under hösten.", RED, "EJ_GENOMFORD", "nej"),
    ("LSS", "Beslut verkställs inte",
     "LSS-beslut – verkställighet inom 3 månader och rapportering av ej verkställda beslut till IVO",
     "Genomgång av kvartalsrapporter", "Enhetschef LSS",
     "Samtliga ej verkställda beslut rapporterade till IVO och revisorerna i tid.", GREEN, "GENOMFORD", "nej"),
    ("Familjehem", "Barn placeras i ej utredda hem",
     "Kontroll att familjehemsutredning finns för samtliga placerade barn",
     "Genomgång av samtliga akter", "Familjehemssekreterare",
     "Samtliga 23 akter kontrollerade, utredning fanns i alla.", GREEN, "GENOMFORD", "nej"),
    ("Dataskydd", "Obehörig åtkomst till sekretessuppgifter",
     "Loggkontroll i verksamhetssystemet – otillbörlig åtkomst till personakter",
     "Slumpvis loggkontroll 10 akter + skyddade personuppgifter", "Systemförvaltare",
     "Se separat rapport till nämnden (sekretess).", BLUE, "OKLAR", "nej"),
    ("Avgifter", "Avgifter debiteras inte",
     "Kontroll av att avgifter för vård och behandling (missbruk) debiteras",
     "Avstämning placeringar mot kundfakturor", "Ekonom",
     "Verksamheten överförd till vård- och omsorgsnämnden fr.o.m. 2025-05-01.", GREY, "UTGAR", "nej"),
    ("Personal", "Olämplig personal anställs",
     "Kontroll av att utdrag ur belastningsregistret begärts vid anställning inom LSS-boende",
     "Stickprov 10 anställningar", "HR",
     "10 av 10 hade utdrag.", GREEN, "GENOMFORD", "nej"),
    (None, "Representation sker utanför riktlinjen",
     "Attest av representation och personalfester enligt riktlinje",
     "Genomgång konto 7110-7130", "Controller",
     "", None, "SAKNAS", "nej"),
]


def make_sn():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (T3)"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Process", "Risk", "Kontrollmoment", "Metod", "Utförs av", "Resultat / kommentar", "Status"]
    widths = [16, 28, 46, 30, 20, 60, 10, 3, 6, 38]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = BOLD
        cell.fill = fill("D9D9D9")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 5
    starts = []
    for row in sn_rows:
        proc, risk, km, metod, utf, res, col, _, _ = row
        if proc is not None:
            starts.append(r)
        vals = [proc, risk, km, metod, utf, res, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        if col:
            ws.cell(row=r, column=7).fill = fill(col)
        r += 1
    end = r - 1
    # merge process cells
    bounds = starts + [end + 1]
    for a, b in zip(bounds, bounds[1:]):
        if b - 1 > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b - 1, end_column=1)
        ws.cell(row=a, column=1).font = BOLD
    # legend to the right (columns I:J), overlapping the data rows
    ws["I4"] = "Teckenförklaring"
    ws["I4"].font = BOLD
    legend = [(GREEN, "Genomförd utan anmärkning"),
              (YELLOW, "Genomförd – avvikelse/brist noterad"),
              (ORANGE, "Påbörjad / delvis genomförd"),
              (RED, "Ej genomförd"),
              (GREY, "Utgår")]
    for i, (c, t) in enumerate(legend):
        ws.cell(row=5 + i, column=9).fill = fill(c)
        ws.cell(row=5 + i, column=9).border = BORDER
        ws.cell(row=5 + i, column=10, value=t)
    r = end + 2
    ws.cell(row=r, column=1, value="Nämndens samlade bedömning:").font = BOLD
    ws.cell(row=r, column=3, value="Den interna kontrollen bedöms i huvudsak vara tillräcklig. Brister inom barn och unga hanteras i handlingsplan 2026.")
    ws.cell(row=r + 2, column=1, value="Socialförvaltningen, Erik Nordström, 2026-01-09")
    wb.save(F2)
    FILES.append((F2, "INLAST", SN, "2025", "HELAR"))
    for row in sn_rows:
        exp(F2, SN, row[2], row[7], row[8])


# ---------------------------------------------------------------------------
# File 3: VON – own status words Klar / Ej klar / På gång, with a Status 2024 column
# ---------------------------------------------------------------------------
F3 = "VON_internkontroll_uppfoljning_2025.xlsx"
VON = "Vård- och omsorgsnämnden"
von_rows = [
    # id, område, km, hur, ansvarig, status 2024, status 2025, noteringar, avv-cell, exp status, exp avv
    ("VO1", "Hemtjänst", "Utförd tid mot beviljad tid i hemtjänsten (TES) – stickprov 10 brukare",
     "Jämförelse TES mot beslut", "Enhetschef hemtjänst", "Klar", "Klar",
     "2 brukare hade >15 % lägre utförd tid än beviljat. Beslut omprövade.", "Ja", "GENOMFORD", "ja"),
    ("VO2", "Hemtjänst", "Genomförandeplaner upprättade inom 14 dagar efter beslut",
     "Stickprov 20 ärenden", "Enhetschef hemtjänst", "Ej klar", "På gång",
     "Norra området klart, södra kvarstår till februari.", "", "DELVIS", "nej"),
    ("VO3", "Hälso- och sjukvård", "Signeringslistor läkemedel – kontroll av utebliven signering i MCSS",
     "Månadsrapport MCSS", "MAS", "På gång", "Klar",
     "Kontrollerat varje månad. Inga allvarliga avvikelser.", "Nej", "GENOMFORD", "nej"),
    ("VO4", "Ekonomi", "Avgiftsberäkning äldreomsorg – kontroll av årlig inkomstförfrågan",
     "Stickprov 15 avgiftsbeslut", "Avgiftshandläggare", "Klar", "Ej klar",
     "Ej utförd p.g.a. byte av avgiftshandläggare under hösten.", "", "EJ_GENOMFORD", "nej"),
    ("VO5", "Säkerhet", "Brandskyddskontroller (SBA) på särskilda boenden",
     "Egenkontroll enligt checklista, 4 ggr/år", "Boendechefer", "", "Klar",
     "Alla fyra boenden har genomfört egenkontrollerna.", "Nej", "GENOMFORD", "nej"),
    ("VO6", "IT och dataskydd", "Behörigheter i verksamhetssystemet – avslut vid avslutad anställning",
     "Behörighetslista mot personalsystem", "Systemförvaltare", "Klar", "?",
     "Fråga IT", "", "OKLAR", "nej"),
    ("VO7", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom fastställd tid",
     "Genomgång av samtliga rapporter", "Kvalitetsutvecklare", "Klar", "Klar",
     "1 anmälan till IVO gjordes 3 dagar för sent.", "Ja", "GENOMFORD", "ja"),
    ("VO8", "Personal och lön", "Kontroll av timanställdas lönerapportering (Heroma) mot schema",
     "Stickprov 25 timanställda", "Enhetschefer / lönecenter", "Ej klar", "",
     "Kontrollen gjord i november. Inga avvikelser hittades.", "Nej", "GENOMFORD", "nej"),
    ("VO9", "Inköp", "Avtalstrohet inköp av förbrukningsmaterial (inkontinens- och hygienartiklar)",
     "Analys leverantörsreskontra", "Controller", "", "Ej aktuell",
     "Avtalet upphandlas nu centralt, kontrollen flyttad till KS plan.", "", "UTGAR", "nej"),
    ("VO10", "Ekonomi", "Hantering av brukares privata medel (kontanthantering på boende)",
     "Kassainventering oanmäld", "Boendechefer", "Klar", "",
     "", "", "SAKNAS", "nej"),
    ("VO11", "Hemtjänst", "Nyckelkvittenser finns för hemtjänstens nyckelgömmor",
     "Inventering", "Enhetschef hemtjänst", "", "På gång",
     "Kvarstår Tallbackens område.", "", "DELVIS", "nej"),
]


def make_von():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Intern kontroll – uppföljning 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapportperiod: Helår (jan–dec 2025)"
    ws["A4"] = ("Statusförklaring:  Klar = kontrollen utförd enligt plan  |  På gång = kontrollen påbörjad men ej slutförd"
                "  |  Ej klar = kontrollen ej utförd  |  Ej aktuell = kontrollen utgår")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:I4")
    hdr = ["Id", "Område", "Kontrollmoment", "Hur kontrolleras", "Ansvarig",
           "Status helår 2024", "Status helår 2025", "Noteringar", "Avvikelse upptäckt?"]
    widths = [7, 18, 50, 30, 22, 12, 12, 50, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=v)
        cell.font = BOLD
        cell.fill = fill("E2EFDA")
        cell.border = BORDER
        cell.alignment = WRAP
    # instruction / example row (not a control)
    ex = ["Ex.", "(exempel)", "Skriv kontrollmomentet här", "Metod", "Vem", "Klar", "På gång",
          "Fyll i Klar / På gång / Ej klar / Ej aktuell – radera inte exempelraden", ""]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(row=7, column=c, value=v)
        cell.font = Font(italic=True, color="808080")
        cell.border = BORDER
    r = 8
    for row in von_rows:
        vals = list(row[:9])
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(row=r, column=6).font = Font(color="808080")
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Sammanställt av controller Maria Öberg 2026-01-13. Till VON 2026-02-04.")
    wb.save(F3)
    FILES.append((F3, "INLAST", VON, "2025", "HELAR"))
    for row in von_rows:
        exp(F3, VON, row[2], row[9], row[10])


# ---------------------------------------------------------------------------
# File 4: KS – Word, one table per process area
# ---------------------------------------------------------------------------
F4 = "KS uppföljning intern kontroll 2025.docx"
KS = "Kommunstyrelsen"
ks_areas = [
    ("Ekonomi och redovisning", [
        ("Avstämning av balanskonton varje månad (kundfordringar, leverantörsskulder)",
         "Genomgång av avstämningsmallar", "Samtliga månader avstämda och signerade.", "Genomförd", "GENOMFORD", "nej"),
        ("Kontroll av momsredovisning – stickprov 25 verifikationer",
         "Stickprov", "3 felaktiga momsavdrag på representation upptäckta och rättade i december.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Förtroendekänsliga poster: representation, resor och gåvor för förvaltningsledningen",
         "Granskning av samtliga verifikationer", "Representation och gåvor granskade utan anmärkning. Granskning av resor kvarstår.",
         "Delvis genomförd", "DELVIS", "nej"),
    ]),
    ("Upphandling och inköp", [
        ("Direktupphandlingar över 100 tkr dokumenteras enligt LOU 19 kap. 30 §",
         "Stickprov i diariet", "Har inte kunnat genomföras 2025 då upphandlartjänsten varit vakant sedan juni.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Avtalstrohet – analys av leverantörsreskontran mot avtalsdatabasen",
         "Analys i Raindance/avtalsdatabas", "Avtalstrohet 78 %. 12 leverantörer utan avtal identifierade, åtgärdsplan tas fram.",
         "Genomförd", "GENOMFORD", "ja"),
    ]),
    ("Personal och lön", [
        ("Kontroll av löneutbetalningar till nyanställda och avslutade medarbetare",
         "Stickprov 20 personer", "Inga felaktiga utbetalningar.", "Genomförd", "GENOMFORD", "nej"),
        ("Bisysslor – redovisning finns för samtliga chefer",
         "Genomgång i Heroma", "Inventeringen är inte påbörjad, planeras till våren 2026.", "", "EJ_GENOMFORD", "nej"),
    ]),
    ("Informationssäkerhet och IT", [
        ("Behörigheter i ekonomisystemet (Raindance) – årlig genomgång",
         "Behörighetslista mot aktiva anställningar", "4 konton tillhörande avslutade medarbetare fanns kvar och har spärrats.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Dataskydd: registerförteckning enligt GDPR art. 30 är uppdaterad",
         "Genomgång med dataskyddsombud", "Avbruten genom beslut KS 2025-09-02 § 142 – ingår i nytt ledningssystem för informationssäkerhet.",
         "Utgår", "UTGAR", "nej"),
    ]),
    ("Nämndadministration", [
        ("Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Jämförelse diarium mot anmälningslistor", "Kontroll för T1 och T2 utan anmärkning, T3 pågår och slutredovisas i februari 2026.",
         "Pågår", "DELVIS", "nej"),
    ]),
]


def set_cell_bg(cell, hex_):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def make_ks():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph("Vindträsk kommun\nKommunledningsförvaltningen\t\t\t\t\t2026-01-15\nDnr KS 2025/0312")
    doc.add_heading("Kommunstyrelsen – uppföljning av intern kontroll 2025", level=1)
    doc.add_paragraph("Avser: helårsuppföljning (bilaga till verksamhetsberättelse 2025)").runs[0].bold = True
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplan för 2025 den 4 februari 2025 (§ 18). Planen omfattar tio "
        "kontrollmoment fördelade på fem processområden. Nedan redovisas resultatet per processområde. "
        "Bedömningen anges som Genomförd, Delvis genomförd, Pågår, Ej genomförd eller Utgår.")
    for area, rows in ks_areas:
        doc.add_heading("Processområde: " + area, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        hdr = ["Kontrollmoment", "Kontrollmetod", "Resultat och iakttagelser", "Bedömning"]
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            set_cell_bg(c, "DEEAF6")
        for km, metod, res, bed, _, _ in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = res
            cells[3].text = bed
        for row in t.rows:
            for i, w in enumerate((Cm(5.5), Cm(3.5), Cm(6), Cm(2.6))):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_heading("Sammanfattning", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Antal kontrollmoment", "10"), ("Genomförda", "5"), ("Delvis genomförda / pågår", "2"),
                 ("Ej genomförda", "2"), ("Utgår", "1")]:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_paragraph()
    doc.add_paragraph(
        "Kommunledningsförvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig men att "
        "uppföljningen av direktupphandlingar och bisysslor måste prioriteras 2026.")
    doc.add_paragraph("\nJohan Berglund\nKommundirektör")
    doc.save(F4)
    FILES.append((F4, "INLAST", KS, "2025", "HELAR"))
    for area, rows in ks_areas:
        for km, _, _, _, s, a in rows:
            exp(F4, KS, km, s, a)


# ---------------------------------------------------------------------------
# File 5: CSV export from a governance system with three nämnder
# ---------------------------------------------------------------------------
F5 = "Export_Internkontroll_2026-01-14.csv"
SBN, KFN, MBN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Miljö- och byggnämnden"
csv_rows = [
    # org label, process, km, ansvarig, status delår, kommentar delår, status helår, kommentar helår, avvikelse, register, exp status, exp avv
    ("Samhällsbyggnadsnämnden", "Fastighet", "Kontroll av att felanmälningar åtgärdas inom avtalad tid",
     "Fastighetschef", "Pågående", "Uttag för jan–jun klart", "Genomförd", "94 % åtgärdade inom avtalad tid, över målet 90 %.", "Nej",
     SBN, "GENOMFORD", "nej"),
    ("Samhällsbyggnadsnämnden", "Gata/park", "Vinterväghållning – kontroll av entreprenörens utförande mot avtal",
     "Gatuchef", "Genomförd", "Vintersäsong jan–mars kontrollerad", "Genomförd med avvikelse",
     "Plogning i Björkbacken utförd för sent vid 3 tillfällen.\nVite har debiterats entreprenören.", "Ja",
     SBN, "GENOMFORD", "ja"),
    ("Samhällsbyggnadsnämnden", "VA", "Debitering VA-avgifter – avstämning mätarställningar mot fakturering",
     "VA-ingenjör", "Ej påbörjad", "", "Pågående", "Avstämning klar för 70 % av abonnenterna.", "Nej",
     SBN, "DELVIS", "nej"),
    ("Samhällsbyggnadsnämnden", "Ekonomi", "Attest av leverantörsfakturor – jäv och beloppsgränser",
     "Controller", "Genomförd", "", "Genomförd", "Stickprov 30 fakturor, inga avvikelser.", "Nej",
     SBN, "GENOMFORD", "nej"),
    ("Samhällsbyggnadsnämnden", "Investeringar", "Kontroll av att investeringsprojekt aktiveras löpande",
     "Controller", "Ej påbörjad", "", "Ej påbörjad", "Skjuts till 2026 i samband med nytt anläggningsregister.", "Nej",
     SBN, "EJ_GENOMFORD", "nej"),
    ("Samhällsbyggnadsnämnden", "Fordon", "Kontroll av fordonsinnehav och körjournaler",
     "Fordonssamordnare", "", "", "", "", "",
     SBN, "SAKNAS", "nej"),
    ("Kultur & Fritid", "Bidrag", "Föreningsbidrag – kontroll att bidrag betalats ut enligt beslut och regler",
     "Fritidskonsulent", "Pågående", "", "Genomförd",
     "Två föreningar saknade årsredovisning; bidraget har hållits inne tills handlingar kommit in.", "Ja",
     KFN, "GENOMFORD", "ja"),
    ("Kultur & Fritid", "Kassahantering", "Kontanthantering i simhallens kassa – dagliga kassarapporter",
     "Badchef", "Genomförd", "Kontroll genomförd i april, inga kassadifferenser.", "", "", "Nej",
     KFN, "GENOMFORD", "nej"),
    ("Kultur & Fritid", "Uthyrning", "Uthyrning av lokaler och anläggningar – fakturering enligt taxa",
     "Bokningsansvarig", "Ej påbörjad", "", "Ej genomförd", "Ej genomförd, resursbrist.", "Nej",
     KFN, "EJ_GENOMFORD", "nej"),
    ("Kultur & Fritid", "IT", "Biblioteket: behörigheter i bibliotekssystemet",
     "Bibliotekschef", "", "", "Utgår", "Systemet byts ut 2026 (regional upphandling), kontrollen utgår.", "",
     KFN, "UTGAR", "nej"),
    ("Kultur & Fritid", "Avtal", "Avtal med föreningar om drift av fritidsanläggningar följs upp årligen",
     "Fritidschef", "Pågående", "", "Genomförd", "Samtliga 7 driftsavtal följda upp vid dialogmöten.", "Nej",
     KFN, "GENOMFORD", "nej"),
    ("Miljö- och byggnämnden", "Tillsyn", "Tillsynsavgifter – timavgift debiteras efter genomförd tillsyn",
     "Miljöchef", "Pågående", "", "Genomförd med avvikelse",
     "11 av 60 tillsynsbesök var inte fakturerade, efterdebitering gjord.", "Ja",
     MBN, "GENOMFORD", "ja"),
    ("Miljö- och byggnämnden", "Bygglov", "Handläggningstid bygglov – beslut inom 10 veckor enligt PBL",
     "Byggchef", "Genomförd", "", "Genomförd", "Samtliga ärenden inom lagstadgad tid.", "Nej",
     MBN, "GENOMFORD", "nej"),
    ("Miljö- och byggnämnden", "Nämndadministration", "Delegationsbeslut anmäls till nämnden",
     "Nämndsekreterare", "Genomförd", "", "Genomförd", "", "Nej",
     MBN, "GENOMFORD", "nej"),
    ("Miljö- och byggnämnden", "Allmänna handlingar", "Sekretessbedömning vid utlämnande av allmän handling",
     "Registrator", "Ej påbörjad", "", "Pågående", "Stickprov påbörjat i december.", "Nej",
     MBN, "DELVIS", "nej"),
    ("Miljö- och byggnämnden", "Livsmedel", "Kontroll av att kontrollplanen för livsmedelskontroll följs",
     "Miljöchef", "", "", "", "Se bilaga", "",
     MBN, "OKLAR", "nej"),
]


def make_csv():
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig",
           "Status Delår 2025", "Kommentar Delår 2025", "Status Helår 2025", "Kommentar Helår 2025", "Avvikelse"]
    with open(F5, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Uppföljning internkontrollplan;Utskriven: 2026-01-14 08:12;Urval: Alla perioder 2025\r\n")
        f.write("\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for row in csv_rows:
            org, proc, km, ans, sd, kd, sh, kh, av = row[:9]
            plan = "Internkontrollplan 2025 " + {"Samhällsbyggnadsnämnden": "SBN", "Kultur & Fritid": "KFN",
                                                 "Miljö- och byggnämnden": "MBN"}[org]
            w.writerow([org, plan, proc, km, ans, sd, kd, sh, kh, av])
    for n in (SBN, KFN, MBN):
        FILES.append((F5, "INLAST", n, "2025", "HELAR"))
    for row in csv_rows:
        exp(F5, row[9], row[2], row[10], row[11])


# ---------------------------------------------------------------------------
# File 6: Överförmyndarnämnden – real .xls with tick-mark columns
# ---------------------------------------------------------------------------
F6 = "ÖFN uppföljning IKP 2025.xls"
OFN = "Överförmyndarnämnden"
ofn_rows = [
    # område, km, genomförd, delvis, ej, kommentar, exp, avv
    ("Redovisningar", "Granskning av årsräkningar – stickprov 10 % av ställföreträdarnas redovisningar",
     "X", "", "", "Alla granskade före 30 juni.", "GENOMFORD", "nej"),
    ("Arvoden", "Kontroll att arvoden till gode män och förvaltare beslutas enligt riktlinje",
     "x", "", "", "2 arvoden för högt beräknade, rättade före utbetalning.", "GENOMFORD", "ja"),
    ("Lämplighet", "Registerkontroll (belastningsregistret, Kronofogden) innan förordnande av ny ställföreträdare",
     "", "X", "", "Kontrollen påbörjad i oktober, 8 av 19 förordnanden granskade hittills utan anmärkning.", "DELVIS", "nej"),
    ("Förvaltning", "Kontroll av att omyndigas bankmedel står på spärrat konto",
     "X", "", "X", "", "OKLAR", "nej"),
    ("Redovisningar", "Uppföljning av att förteckningar inkommer inom 2 månader från förordnande",
     "", "", "x", "Ej gjort 2025.", "EJ_GENOMFORD", "nej"),
    ("Kompetens", "Introduktionsutbildning för nya ställföreträdare",
     "", "", "", "Utgår – utbildningen ges i länssamverkan från 2025 och följs upp där.", "UTGAR", "nej"),
]


def make_ofn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Överförmyndarnämnden i Vindträsk", title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – årsuppföljning", bold)
    ws.write(2, 0, "Markera med X i den kolumn som stämmer.")
    ws.write_merge(4, 4, 2, 4, "Resultat", head)
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, v in enumerate(hdr):
        ws.write(5, c, v, head)
    for c, w in enumerate([16, 55, 11, 9, 13, 55]):
        ws.col(c).width = 256 * w
    r = 6
    for om, km, g, d, e, kom, _, _ in ofn_rows:
        ws.write(r, 0, om, cellst)
        ws.write(r, 1, km, cellst)
        ws.write(r, 2, g, tick)
        ws.write(r, 3, d, tick)
        ws.write(r, 4, e, tick)
        ws.write(r, 5, kom, cellst)
        r += 1
    ws.write(r + 1, 0, "Vindträsk 2026-01-08")
    ws.write(r + 2, 0, "Lena Håkansson, handläggare överförmyndarenheten")
    wb.save(F6)
    FILES.append((F6, "INLAST", OFN, "2025", "HELAR"))
    for om, km, g, d, e, kom, s, a in ofn_rows:
        exp(F6, OFN, km, s, a)


# ---------------------------------------------------------------------------
# File 7: rejected – Excel owner/lock file left next to the Socialnämnden workbook
# ---------------------------------------------------------------------------
F7 = "~$Socialnämnden IKP 2025 helår.xlsx"


def make_lock():
    user = "Erik Nordström"
    a = user.encode("cp1252")
    data = bytes([len(a)]) + a
    data = data.ljust(54, b" ")
    u = user.encode("utf-16-le")
    data += len(user).to_bytes(2, "little") + u
    data = data.ljust(165, b"\x00")
    with open(F7, "wb") as f:
        f.write(data)
    FILES.append((F7, "AVVISAD", "", "", ""))


def write_meta():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    make_bun()
    make_sn()
    make_von()
    make_ks()
    make_csv()
    make_ofn()
    make_lock()
    write_meta()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
