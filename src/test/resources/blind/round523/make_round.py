#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r523 - Mariestads kommun, helår 2025 (verksamhetsberättelse).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round523-work"
LO_PROFILE = "file:///tmp/lo-round523"
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert not km.startswith("=")
    EXPECTED.append((fil, namnd, km, status, avv))


def fill(hex6):
    return PatternFill("solid", start_color="FF" + hex6, end_color="FF" + hex6)


THIN = Side(style="thin", color="FF808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Mariestads kommun"
    return wb


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - traffic-light fills, legend at the bottom of the sheet
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Kommunstyrelsen intern kontroll helår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    G, Y, R = "00B050", "FFFF00", "FF0000"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Mariestads kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Uppföljningsperiod: Helår 2025 (januari–december)"
    ws["A4"] = "Status markeras med färg i kolumn G, se förklaring längst ned."
    ws["A4"].font = Font(size=9, italic=True)
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Frekvens", "Status", "Resultat och kommentar", "Åtgärd"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Ekonomi",),
        ("1.1", "Attest", "Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Stickprov 30 fakturor", "Ekonomichef", "Två gånger per år", G,
         "Stickprov på 30 fakturor (maj och november). Samtliga attesterade av behörig attestant. Inga avvikelser.",
         "", "GENOMFORD", "nej"),
        ("1.2", "Representation", "Kontroll att representation och förtroendekänsliga poster följer riktlinjerna (syfte och deltagare anges)",
         "Stickprov 20 verifikationer", "Redovisningsansvarig", "Årligen", Y,
         "20 verifikationer granskade. I 4 fall saknades deltagarförteckning och i 1 fall syfte med representationen.",
         "Påminnelse om riktlinjerna skickad till samtliga chefer i december.", "GENOMFORD", "ja"),
        ("1.3", "Bokslut", "Avstämning av balanskonton inför bokslut",
         "Genomgång av avstämningsbilagor", "Redovisningsansvarig", "Vid bokslut", G,
         "Samtliga balanskonton avstämda och dokumenterade inför bokslut 2025.", "", "GENOMFORD", "nej"),
        ("HR/Personal",),
        ("2.1", "Lön", "Kontroll att löneutbetalningar sker enligt beslut (nyanställda och ändrade löner)",
         "Stickprov 15 lönebeslut", "HR-chef", "Två gånger per år", G,
         "Stickprov 15 lönebeslut mot utbetalning i Heroma – samtliga korrekta.", "", "GENOMFORD", "nej"),
        ("2.2", "Rekrytering", "Uppföljning att utdrag ur belastningsregistret begärs vid anställning där lagkrav finns",
         "Genomgång av rekryteringar", "HR-chef", "Årligen", R,
         "Kontrollen har inte genomförts under året på grund av vakans på HR-avdelningen.",
         "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("2.3", "Rehabilitering", "Rehabiliteringsärenden dokumenteras i Adato",
         "Genomgång av pågående ärenden", "HR-konsult", "Årligen", Y,
         "Genomgång av 12 ärenden. I 5 ärenden saknades uppdaterad rehabiliteringsplan.",
         "Utbildning för chefer i Adato våren 2026.", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet",),
        ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet – avslutade anställningar har tagits bort",
         "Jämförelse behörighetslista/personalregister", "Systemförvaltare ekonomi", "Två gånger per år", R,
         "Ej genomförd. Behörighetslista från leverantören har inte levererats.",
         "Ny beställning lagd, kontroll i februari 2026.", "EJ_GENOMFORD", ""),
        ("3.2", "Systemförvaltning", "Kontroll av att systemförvaltare är utsedda för samtliga verksamhetssystem",
         "Genomgång av systemförteckning", "IT-chef", "Årligen", None,
         "Utgår – kontrollen ingår i den kommungemensamma granskningen av informationssäkerhet, beslut KS 2025-04-09 § 61.",
         "", "UTGAR", ""),
        ("Upphandling",),
        ("4.1", "Inköp", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Spendanalys", "Upphandlingschef", "Årligen", G,
         "Spendanalys för helåret visar 94 % avtalstrohet, i nivå med målet.", "", "GENOMFORD", "nej"),
        ("4.2", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Årligen", None,
         "", "", "SAKNAS", ""),
    ]
    for r in rows:
        if len(r) == 1:
            ws.append([r[0]])
            rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=9)
            ws.cell(rr, 1).font = Font(bold=True)
            ws.cell(rr, 1).fill = fill("DDEBF7")
            continue
        nr, proc, km, met, ans, frek, col, res, atg, st, av = r
        ws.append([nr, proc, km, met, ans, frek, None, res or None, atg or None])
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BORDER
            c.alignment = WRAP
        if col:
            ws.cell(rr, 7).fill = fill(col)
        exp(fil, namnd, km, st, av)
    ws.append([])
    ws.append([])
    ws.append(["Upprättad av: Anna Lindqvist, controller, 2026-01-27"])
    ws.append([])
    ws.append([None, "Förklaring status:"])
    ws.cell(ws.max_row, 2).font = Font(bold=True)
    for col, txt in [(G, "Genomförd – inga avvikelser"),
                     (Y, "Genomförd – avvikelser noterade"),
                     (R, "Ej genomförd")]:
        ws.append([None, None, txt])
        ws.cell(ws.max_row, 2).fill = fill(col)
    widths = [6, 18, 46, 26, 20, 16, 9, 50, 34]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - fills for T2 and Helår, legend on own sheet
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN IKP uppföljning 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    G, Y, R, GR = "C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden"
    ws.oddHeader.right.text = "Intern kontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Sektor utbildning – Intern kontroll 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning T3/helår, avser verksamhetsberättelse 2025"
    ws["A3"] = "Status anges med färg, se flik Teckenförklaring"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Område", "Risk", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår",
           "Avvikelse (Ja/Nej)", "Kommentar helår"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Ekonomi", "Felaktig debitering ger intäktsbortfall",
         "Kontroll av att fakturering av barnomsorgsavgifter sker korrekt (maxtaxa och inkomstuppgifter)",
         "Förskolechef/Avgiftshandläggare", Y, G, "Nej",
         "Samtliga inkomstkontroller klara i november, inga felaktigheter.", "GENOMFORD", "nej"),
        ("", "Felaktig ersättning till/från andra kommuner",
         "Interkommunal ersättning faktureras och betalas enligt avtal",
         "Ekonom sektor utbildning", G, G, "Ja",
         "Två elever felaktigt fakturerade under hösten, rättat i december.", "GENOMFORD", "ja"),
        ("Elevhälsa och trygghet", "Kränkningar utreds inte skyndsamt",
         "Anmälan om kränkande behandling hanteras och utreds inom fastställd tid",
         "Rektorer", Y, Y, "Ja",
         "Utredning startad inom fastställd tid i 78 % av fallen. Arbetet fortsätter 2026.", "DELVIS", "ja"),
        ("", "Elever med hög frånvaro fångas inte upp",
         "Frånvarouppföljning – skolor rapporterar upprepad frånvaro till elevhälsan",
         "Elevhälsochef", R, Y, "",
         "Rutinen införd på 5 av 8 skolor.", "DELVIS", ""),
        ("", "Olämplig person anställs",
         "Registerutdrag för personal i förskola och skola kontrolleras vid nyanställning",
         "Rektorer/HR", G, None, "Nej",
         "", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Felaktiga beslut om skolskjuts",
         "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Skolskjutshandläggare", None, R, "",
         "Ej hunnits med på grund av omorganisation av skolskjutshandläggningen.", "EJ_GENOMFORD", ""),
        ("", "Beslut anmäls inte",
         "Anmälan av delegationsbeslut till nämnden",
         "Nämndsekreterare", G, GR, "",
         "Utgår, ersätts av digital anmälan i ärendesystemet.", "UTGAR", ""),
        ("Informationssäkerhet", "Obehöriga får tillgång till elevuppgifter",
         "Hantering av elevuppgifter i lärplattformen – behörighetskontroll",
         "IT-pedagog", Y, G, "Nej",
         "Behörighetskontroll genomförd för samtliga skolor.", "GENOMFORD", "nej"),
        ("", "Skyddade uppgifter röjs",
         "Skyddade personuppgifter hanteras enligt rutin",
         "Sektorchef", None, None, "",
         "", "SAKNAS", ""),
    ]
    for omr, risk, km, ans, t2, hel, avv, kom, st, av in rows:
        ws.append([omr or None, risk, km, ans, None, None, avv or None, kom or None])
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BORDER
            c.alignment = WRAP
        if t2:
            ws.cell(rr, 5).fill = fill(t2)
        if hel:
            ws.cell(rr, 6).fill = fill(hel)
        exp(fil, namnd, km, st, av)
    # merge the Område cells of each group
    first = hr + 1
    groups = [(first, first + 1), (first + 2, first + 4), (first + 5, first + 6), (first + 7, first + 8)]
    for a, b in groups:
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    widths = [18, 30, 48, 22, 10, 10, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w

    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring status"
    lg["A1"].font = Font(bold=True, size=12)
    for i, (col, txt) in enumerate([(G, "Kontrollen genomförd, inga brister"),
                                    (Y, "Kontrollen påbörjad/delvis genomförd"),
                                    (R, "Kontrollen ej genomförd"),
                                    (GR, "Kontrollen utgår")], start=3):
        lg.cell(i, 1).fill = fill(col)
        lg.cell(i, 2, txt)
    lg["A8"] = "Kolumnen Avvikelse anger om kontrollen visat brister (Ja) eller inte (Nej)."
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 42
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - 2024 columns kept beside 2025, legend in title area
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SN internkontroll helår 2025.xlsx"
    namnd = "Socialnämnden"
    G, Y, R = "92D050", "FFC000", "FF0000"
    wb = new_wb()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning av internkontrollplan – verksamhetsberättelse 2025"
    ws["A3"] = "Sektor stöd och omsorg"
    ws["F1"] = "Teckenförklaring:"
    ws["F1"].font = Font(bold=True, size=9)
    ws["G1"] = "Genomförd"
    ws["G1"].fill = fill(G)
    ws["G2"] = "Delvis genomförd / pågår"
    ws["G2"].fill = fill(Y)
    ws["G3"] = "Ej genomförd"
    ws["G3"].fill = fill(R)
    for a in ("G1", "G2", "G3"):
        ws[a].font = Font(size=9)
    # two header rows
    ws["A5"] = "Process"
    ws["B5"] = "Kontrollmoment"
    ws["C5"] = "Ansvarig"
    ws["D5"] = "Uppföljning 2024"
    ws["F5"] = "Helår 2025"
    ws.merge_cells("D5:E5")
    ws.merge_cells("F5:G5")
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("C5:C6")
    ws["D6"] = "Status"
    ws["E6"] = "Kommentar"
    ws["F6"] = "Status"
    ws["G6"] = "Kommentar"
    for row in ws["A5:G6"]:
        for c in row:
            c.font = Font(bold=True)
            c.fill = fill("D9E1F2")
            c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rows = [
        ("Individ- och familjeomsorg",),
        ("Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd – kontroll mot beslut och underlag",
         "Enhetschef försörjningsstöd", G, "Stickprov 30 ärenden, inga avvikelser.",
         Y, "Stickprov 40 ärenden, i 3 ärenden saknades underlag för hyreskostnad. Genomgång av ytterligare ärenden pågår.",
         "DELVIS", "ja"),
        ("Barn och unga",
         "Ärenden om orosanmälan – förhandsbedömning inom 14 dagar",
         "Enhetschef barn och unga", G, "Samtliga inom 14 dagar.",
         G, "Samtliga förhandsbedömningar gjorda inom 14 dagar under året.",
         "GENOMFORD", "nej"),
        ("Dokumentation",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", Y, "Loggkontroll endast under hösten.",
         G, "Loggkontroll genomförd varje månad. En otillbörlig åtkomst upptäckt och anmäld till IMY.",
         "GENOMFORD", "ja"),
        ("Vård och omsorg",),
        ("Avgifter",
         "Avgifter inom äldreomsorgen debiteras enligt beslut",
         "Avgiftshandläggare", R, "Ej genomförd pga. byte av avgiftssystem.",
         G, "Genomförd, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Arbetsmiljö",
         "Hot och våld – handlingsplan gås igenom på APT i samtliga verksamheter",
         "Enhetschefer", G, "Genomgånget i samtliga arbetsgrupper.",
         None, None,
         "SAKNAS", ""),
        ("Läkemedel",
         "Läkemedelshantering – avvikelser rapporteras i Synergi",
         "MAS", Y, "Rapportering brister på två enheter.",
         None, "Utgår 2025 – hanteras inom ledningssystemet för kvalitet.",
         "UTGAR", ""),
        ("Verkställighet",
         "Verkställighet av beslut enligt SoL och LSS inom tre månader",
         "Biståndschef", G, "Inga ej verkställda beslut.",
         Y, "Sju ej verkställda beslut rapporterade till IVO; arbete med verkställighet pågår.",
         "DELVIS", "ja"),
        ("Funktionsstöd",),
        ("Avtalsuppföljning",
         "Uppföljning av privata utförare inom LSS (avtalsuppföljning)",
         "Kvalitetsutvecklare", None, "Ny kontroll 2025",
         R, "Ej genomförd, flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", G, "Inga avvikelser.",
         G, "Se separat rapport till nämnden 2026-02-10.",
         "GENOMFORD", ""),
    ]
    for r in rows:
        if len(r) == 1:
            ws.append([r[0]])
            rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
            ws.cell(rr, 1).font = Font(bold=True, italic=True)
            continue
        proc, km, ans, s24, k24, s25, k25, st, av = r
        ws.append([proc, km, ans, None, k24, None, k25])
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BORDER
            c.alignment = WRAP
        if s24:
            ws.cell(rr, 4).fill = fill(s24)
        if s25:
            ws.cell(rr, 6).fill = fill(s25)
        exp(fil, namnd, km, st, av)
    widths = [20, 50, 24, 9, 32, 9, 52]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - old .xls (xlwt), status as words
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Tekniska nämnden uppföljning IKP 2025.xls"
    namnd = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ws.write_merge(0, 0, 0, 6, "Tekniska nämnden", title)
    ws.write_merge(1, 1, 0, 6, "Uppföljning av internkontrollplan 2025")
    ws.write(3, 0, "Uppföljningsperiod:")
    ws.write(3, 2, "Bokslut 2025 (helår)")
    ws.write(4, 0, "Ansvarig:")
    ws.write(4, 2, "Lars Bergström, teknisk chef")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Återredovisas"]
    for i, h in enumerate(hdr):
        ws.write(6, i, h, bold)
    rows = [
        ("1", "Fakturering VA", "Fakturering av VA-avgifter sker enligt gällande taxa",
         "Stickprov 25 fakturor, inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        ("2", "Fakturering VA", "Avläsning av vattenmätare – rimlighetsbedömning av förbrukning",
         "12 abonnenter med orimlig förbrukning identifierades och fakturorna rättades.",
         "Automatisk larmgräns i debiteringssystemet.", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        ("3", "Kost", "Livsmedelshantering i kostenheten – egenkontrollprogram följs",
         "Ingen avvikelse.", "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        ("4", "Fordon", "Körjournaler förs för kommunens fordon",
         "Granskning gjord för kvartal 1–3, kvartal 4 återstår. Körjournal saknades för 3 fordon under del av perioden.",
         "Införa elektronisk körjournal.", "Granskning delvis genomförd", "Bokslut",
         "DELVIS", "ja"),
        ("5", "Gata/park", "Besiktning av lekplatser genomförs enligt plan",
         "Besiktning har inte kunnat genomföras då upphandlingen av besiktningsman överprövades.",
         "Ny upphandling klar jan 2026.", "Granskning ej genomförd", "Bokslut",
         "EJ_GENOMFORD", ""),
        ("6", "Investeringar", "Investeringsprojekt över 5 mnkr har slutredovisats till nämnden",
         "Två projekt slutredovisade. Projektet Ekuddens badplats är inte slutredovisat trots att det avslutades i juni.",
         "Slutredovisning till TN i mars 2026.", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "ja"),
        ("7", "Avtal", "Avtalsuppföljning av entreprenader inom vinterväghållning",
         "", "", "Utgår", "",
         "UTGAR", ""),
        ("8", "Fastighet", "Brandskyddskontroller (SBA) dokumenteras i kommunens lokaler",
         "", "", "", "Bokslut",
         "SAKNAS", ""),
        ("9", "Inköp", "Kontroll av att inköp av material sker via e-handel",
         "Kontrollen är genomförd. 85 % av inköpen sker via e-handel, inga felaktigheter konstaterade.",
         "", "", "Bokslut",
         "GENOMFORD", "nej"),
    ]
    r = 7
    for row in rows:
        for i, v in enumerate(row[:7]):
            ws.write(r, i, v, cell)
        exp(fil, namnd, row[2], row[7], row[8])
        r += 1
    ws.write(r + 1, 0, "Kommentar: Kontroll 7 utgår enligt beslut TN 2025-06-12 § 74.")
    ws.write(r + 3, 0, "Mariestad 2026-01-26")
    for i, w in enumerate([5, 16, 44, 50, 34, 24, 13]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - Word, coloured status cells with few words,
#    nämnd only in the page header
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def build_kfn():
    fil = "Uppföljning intern kontroll helår 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    G, Y, R = "00B050", "FFFF00", "FF0000"
    doc = Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.author = "Förvaltningen"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Mariestads kommun\tKultur- och fritidsnämnden\tDnr KFN 2025/18"
    sec.footer.paragraphs[0].text = "Helårsuppföljning intern kontroll 2025"
    doc.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025. Nedan redovisas "
        "resultatet av årets kontroller. Mallen är densamma som vid uppföljningen 2024.")
    doc.add_paragraph(
        "Status anges med färg: grön = genomförd, gul = delvis genomförd, röd = ej genomförd. "
        "Kontroller som inte längre är aktuella markeras med texten Utgår.")
    rows = [
        ("Kassahantering",
         "Kontanthantering i Vänerhallen och på biblioteket – dagskassor stäms av mot kassarapport",
         "Avstämning utförd månadsvis, inga differenser.", G, "Klar", "GENOMFORD", "nej"),
        ("Föreningsbidrag",
         "Föreningsbidrag betalas ut enligt riktlinjer och på korrekta underlag (medlemsantal, aktiviteter)",
         "Kontroll av 10 av 25 föreningar klar. Två föreningar har redovisat felaktigt antal deltagartillfällen, "
         "återkrav skickat.", Y, "Pågår", "DELVIS", "ja"),
        ("Uthyrning",
         "Bokning och fakturering av lokaler och idrottsanläggningar",
         "Stickprov 20 bokningar, samtliga fakturerade korrekt.", G, "", "GENOMFORD", "nej"),
        ("Konst",
         "Inventering av kommunens konstsamling",
         "Skjuts upp till 2026 på grund av långtidssjukskrivning.", R, "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö",
         "Hot och våld – incidentrapportering i KIA på fritidsgårdarna",
         "Se bilaga 2", None, "", "OKLAR", ""),
        ("Bidrag och priser",
         "Kulturstipendium och kulturpris – beslut fattas enligt delegationsordningen",
         "Beslut fattade av nämnden i enlighet med delegationsordningen. Ingen avvikelse.", G, "Klar",
         "GENOMFORD", "nej"),
        ("Lotterier",
         "Registrering av lotterier – tillstånd och kontroll av redovisning",
         "Ej aktuell 2025, inga ansökningar inkom.", None, "Utgår", "UTGAR", ""),
        ("Statsbidrag",
         "Statsbidrag för lovaktiviteter redovisas i tid till bidragsgivaren",
         "Redovisning för sommarlovet klar, höstlovet ej redovisat vid årsskiftet.", Y, "Delvis",
         "DELVIS", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Resultat", "Status"]):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "D9D9D9")
    for omr, km, res, col, word, st, av in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cells[2].text = res
        cells[3].text = word
        if col:
            shade(cells[3], col)
        exp(fil, namnd, km, st, av)
    widths = [Cm(3.2), Cm(6.0), Cm(6.0), Cm(2.3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Bilaga 2: Sammanställning incidentrapporter fritidsgårdar 2025 (separat dokument).")
    doc.add_paragraph("Mariestad 2026-01-30")
    doc.add_paragraph("Karin Sjöberg\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - follow-up 2025 + adopted plan 2026 (two sheets)
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "MBN IKP 2025 uppföljning och plan 2026.xlsx"
    namnd = "Miljö- och byggnadsnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Miljö- och byggnadsnämnden"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A3"] = "Behandlad i nämnden 2026-01-22"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Resultat helår", "Status"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("1", "Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL",
         "Uttag ur ärendesystemet", "Bygglovschef", "Två gånger per år",
         "14 av 212 ärenden överskred tio veckor; avgiften reducerades enligt PBL 12 kap 8 a §.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2", "Bygglov", "Debitering av bygglovsavgift enligt taxa",
         "Stickprov 25 ärenden", "Administratör", "Årligen",
         "Stickprov 25 ärenden – samtliga debiterade enligt taxa.",
         "Genomförd", "GENOMFORD", "nej"),
        ("3", "Miljötillsyn", "Tillsynsplan för miljöbalken följs (planerade inspektioner genomförda)",
         "Jämförelse plan/utfall", "Miljöchef", "Tertialvis",
         "82 % av planerade inspektioner genomförda, resterande flyttas till första kvartalet 2026.",
         "Pågår", "DELVIS", ""),
        ("4", "Livsmedelskontroll", "Livsmedelskontroll – årlig kontrollavgift debiteras samtliga registrerade anläggningar",
         "Avstämning register/fakturering", "Livsmedelsinspektör", "Årligen",
         "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("5", "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Genomgång av protokoll", "Nämndsekreterare", "Årligen",
         "Anmälan sker löpande vid varje sammanträde.", "Genomförd", "GENOMFORD", "nej"),
        ("6", "Arkiv", "Diarieföring och arkivering av ärenden i Castor enligt dokumenthanteringsplan",
         "Stickprov 20 ärenden", "Registrator", "Årligen",
         "Kontrollen har inte genomförts på grund av byte av ärendesystem.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("7", "Strandskydd", "Strandskyddsdispenser – beslut skickas till länsstyrelsen inom en vecka",
         "Genomgång av beslut", "Miljöchef", "Årligen",
         "Kontrollen utgår, ersatt av digital överföring till länsstyrelsen.",
         "Utgår", "UTGAR", ""),
        ("8", "Avgifter", "Avgifter för enskilda avlopp – debitering efter tillsyn",
         "Stickprov 15 ärenden", "Miljöinspektör", "Årligen",
         "", "", "SAKNAS", ""),
    ]
    for nr, proc, km, met, ans, frek, res, stat, st, av in rows:
        ws.append([nr, proc, km, met, ans, frek, res or None, stat or None])
        rr = ws.max_row
        for c in ws[rr]:
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, namnd, km, st, av)
    last = ws.max_row
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H{hr + 1}:H{last}")
    for i, w in enumerate([5, 16, 46, 26, 20, 16, 50, 22]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w

    p = wb.create_sheet("Plan 2026")
    p["A1"] = "Miljö- och byggnadsnämnden"
    p["A1"].font = Font(size=14, bold=True)
    p["A2"] = "Internkontrollplan 2026 – antagen av nämnden 2025-11-20 § 142"
    hdr2 = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde",
            "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    p.append([])
    p.append(hdr2)
    for c in p[p.max_row]:
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    plan = [
        ("1", "Bygglov", "Lagstadgad handläggningstid överskrids", 3, 3,
         "Handläggningstid för bygglov inom tio veckor enligt PBL", "Uttag ur ärendesystemet",
         "Två gånger per år", "Bygglovschef", "Delår, helår"),
        ("2", "Miljötillsyn", "Planerad tillsyn genomförs inte", 3, 2,
         "Tillsynsplan för miljöbalken följs (planerade inspektioner genomförda)", "Jämförelse plan/utfall",
         "Tertialvis", "Miljöchef", "T1, T2, helår"),
        ("3", "Arkiv", "Handlingar kan inte återsökas", 2, 3,
         "Diarieföring och arkivering av ärenden i Castor enligt dokumenthanteringsplan", "Stickprov 20 ärenden",
         "Årligen", "Registrator", "Helår"),
        ("4", "Avgifter", "Intäktsbortfall vid utebliven debitering", 2, 2,
         "Avgifter för enskilda avlopp – debitering efter tillsyn", "Stickprov 15 ärenden",
         "Årligen", "Miljöinspektör", "Helår"),
        ("5", "Förorenade områden", "Otillräcklig tillsyn av förorenad mark", 2, 4,
         "Ärenden om förorenade områden handläggs enligt prioriteringslistan", "Genomgång av ärendelista",
         "Årligen", "Miljöchef", "Helår"),
        ("6", "Informationssäkerhet", "Personuppgifter lämnas ut felaktigt", 2, 3,
         "Utlämnande av allmän handling – sekretessprövning dokumenteras", "Stickprov 10 utlämnanden",
         "Årligen", "Registrator", "Helår"),
        ("7", "Strandskydd", "Felaktiga dispenser överprövas", 1, 3,
         "Strandskyddsdispenser – skäl och fri passage redovisas i beslut", "Stickprov 10 beslut",
         "Årligen", "Miljöchef", "Helår"),
    ]
    for nr, proc, risk, s, k, km, met, frek, ans, rap in plan:
        p.append([nr, proc, risk, s, k, s * k, km, met, frek, ans, rap])
        for c in p[p.max_row]:
            c.border = BORDER
            c.alignment = WRAP
    for i, w in enumerate([5, 18, 30, 11, 11, 10, 46, 26, 16, 18, 14]):
        p.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .ods, Ja/Nej columns, sheet name left from 2024
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "ÖFN uppföljning internkontroll 2025.ods"
    namnd = "Överförmyndarnämnden"
    wb = new_wb()
    ws = wb.active
    ws.title = "IKP 2024"
    ws["A1"] = "Överförmyndarnämnden i Mariestad, Töreboda och Gullspång"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – årsuppföljning (jan–dec)"
    ws["A4"] = "Kontrollmoment"
    ws["B4"] = "Genomförd (Ja/Nej)"
    ws["C4"] = "Avvikelse (Ja/Nej)"
    ws["D4"] = "Kommentar"
    for c in ws[4]:
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("Granskning av årsräkningar inom fastställd tid (senast 30 juni)", "Ja", "Nej",
         "Samtliga 312 årsräkningar granskade före 30 juni.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Ja", "Ja",
         "Två arvoden felberäknade, rättade i efterhand.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har giltigt registerutdrag och kreditupplysning före förordnande",
         "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Uttag från spärrade konton har samtycke från överförmyndaren", "Delvis", "",
         "Stickprov för första halvåret genomfört utan anmärkning, andra halvåret pågår.", "DELVIS", ""),
        ("Förteckningar inkommer inom två månader efter förordnande", "Nej", "",
         "Ej genomförd, prioriterades bort på grund av hög ärendebalans.", "EJ_GENOMFORD", ""),
        ("Digitala årsräkningar – behörighetskontroll i Wärna", "", "", "", "SAKNAS", ""),
        ("Akter gallras enligt dokumenthanteringsplanen", "Utgår", "",
         "Ej aktuell 2025.", "UTGAR", ""),
    ]
    for km, g, a, k, st, av in rows:
        ws.append([km, g or None, a or None, k or None])
        for c in ws[ws.max_row]:
            c.border = BORDER
            c.alignment = WRAP
        exp(fil, namnd, km, st, av)
    ws.append([])
    ws.append(["Sammanställt av överförmyndarenheten 2026-01-20"])
    for i, w in enumerate([60, 14, 14, 55]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    src = os.path.join(TMP, "ÖFN uppföljning internkontroll 2025.xlsx")
    wb.save(src)
    convert(src, "ods")
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: Tekniska nämnden's budget/operating report (no IK follow-up)
# ---------------------------------------------------------------------------
def build_reject():
    fil = "TN Driftredovisning helår 2025.xlsx"
    wb = new_wb()
    ws = wb.active
    ws.title = "Drift helår"
    ws["A1"] = "Tekniska nämnden – driftredovisning helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Underlag till verksamhetsberättelse 2025, belopp i tkr"
    ws.append([])
    ws.append(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024", "Kommentar"])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.border = BORDER
    data = [
        ("Nämnd och förvaltningsledning", 4200, 4050, 3980, "Vakans under våren."),
        ("Gator och vägar", 21500, 23340, 20900, "Högre kostnader för vinterväghållning januari–mars."),
        ("Parker och lekplatser", 8900, 8610, 8450, ""),
        ("Kostenheten", 31200, 31890, 30120, "Ökade livsmedelspriser."),
        ("Lokalförsörjning", -1500, -980, -1320, "Lägre internhyresintäkter efter avyttring."),
        ("Vatten och avlopp (taxefinansierat)", 0, -1150, -420, "Överskott förs till resultatfond."),
        ("Renhållning (taxefinansierat)", 0, -310, 260, ""),
    ]
    tb = tu = tf = 0
    for v, b, u, f, k in data:
        ws.append([v, b, u, b - u, f, k or None])
        tb += b
        tu += u
        tf += f
    ws.append(["Summa", tb, tu, tb - tu, tf, None])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
    ws.append([])
    ws.append(["Positiv avvikelse = överskott mot budget."])
    for i, w in enumerate([36, 13, 13, 12, 13, 50]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def convert(src, fmt):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Sektor ledning"),
        ("Barn- och utbildningsnämnden", "BUN|Sektor utbildning"),
        ("Socialnämnden", "SN|Sektor stöd och omsorg|Socialförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Sektor teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Sektor kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Sektor samhällsbyggnad"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Gemensamma överförmyndarnämnden MTG"),
        ("Valnämnden", "VN"),
        ("Mariehus AB", "Mariehus|Bostadsbolaget"),
        ("Räddningstjänsten Östra Skaraborg", "RÖS|Räddningstjänstförbundet Östra Skaraborg"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(TMP, exist_ok=True)
    build_ks()
    build_bun()
    build_sn()
    build_tn()
    build_kfn()
    build_mbn()
    build_ofn()
    build_reject()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
