#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 100 - Viskebro kommun (Halland), helår 2025.

Builds the inbox of the economy office (ekonomienheten, kommunledningsförvaltningen)
on 2026-02-12: four nämnder that filled in the kommun's own Excel template, each in
its own way, one Word report in prose and one CSV export from the bostadsbolag.
Also writes namnder.csv, files.csv and expected.csv.
"""
import csv
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
INFO_FILL = PatternFill("solid", fgColor="DDEBF7")
EX_FILL = PatternFill("solid", fgColor="E7E6E6")
GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="top")

TEMPLATE_COLS = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
                 "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
TEMPLATE_WIDTHS = [6, 22, 45, 35, 14, 18, 18, 12, 60]
STATUS_LIST = '"Genomförd,Delvis genomförd,Ej genomförd,Utgår"'


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def template_head(ws, fields, title="Uppföljning av internkontrollplan"):
    """The kommun's standard title block. fields = list of (label, value)."""
    ws["A1"] = "Viskebro kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E78")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16)
    r = 4
    for label, value in fields:
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c = ws.cell(r, 3, value)
        c.fill = INFO_FILL
        c.border = BOX
        r += 1
    return r + 1  # first free row after a blank row


def header_row(ws, row, cols, widths=None):
    for i, name in enumerate(cols, start=1):
        c = ws.cell(row, i, name)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(row, i).column_letter].width = w
    ws.row_dimensions[row].height = 32


def put_row(ws, row, values, fill=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row, i, v if v != "" else None)
        c.alignment = WRAP
        c.border = BOX
        if fill is not None:
            c.fill = fill


def add_lists_sheet(wb):
    ls = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"], start=1):
        ls.cell(i, 1, v)
    for i, v in enumerate(["Ja", "Nej"], start=1):
        ls.cell(i, 2, v)
    for i, v in enumerate(["Tertial 1", "Delår (31 augusti)", "Helår"], start=1):
        ls.cell(i, 3, v)
    ls.sheet_state = "hidden"


def add_status_validation(ws, rng):
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True)
    dv.error = "Välj status i listan"
    ws.add_data_validation(dv)
    dv.add(rng)


def instructions_sheet(ws):
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 50
    ws.column_dimensions["D"].width = 18
    ws.column_dimensions["E"].width = 40
    ws["B1"] = "Instruktion – uppföljning av internkontrollplan 2025"
    ws["B1"].font = Font(bold=True, size=14)
    lines = [
        "1. Fyll i nämnd, år och uppföljningsperiod överst på fliken Uppföljning.",
        "2. För in samtliga kontrollmoment i nämndens beslutade internkontrollplan, ett moment per rad.",
        "3. Välj status i rullistan. Beskriv resultatet och eventuella åtgärder i kolumnen Kommentar/åtgärd.",
        "4. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister, även om de är åtgärdade.",
        "5. Ändra inte kolumnordningen – sammanställningen till kommunstyrelsen görs maskinellt.",
        "6. Skicka filen till ekonomienheten senast 2026-02-06 (helår) tillsammans med nämndens protokollsutdrag.",
    ]
    r = 3
    for t in lines:
        ws.cell(r, 2, t)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    r += 1
    ws.cell(r, 2, "Förklaring av status").font = Font(bold=True, size=12)
    r += 1
    legend = [
        ("Genomförd", "Kontrollen är utförd enligt planen (även om avvikelser hittades).", GREEN),
        ("Delvis genomförd", "Kontrollen är påbörjad eller utförd för en del av perioden/verksamheten.", YELLOW),
        ("Ej genomförd", "Kontrollen har inte utförts under perioden.", RED),
        ("Utgår", "Kontrollmomentet har strukits genom beslut i nämnden eller är inte längre aktuellt.", GREY),
    ]
    for s, text, fill in legend:
        ws.cell(r, 2, s).fill = fill
        ws.cell(r, 3, text)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        r += 1
    r += 1
    ws.cell(r, 2, "Exempel på ifylld rad").font = Font(bold=True, size=12)
    r += 1
    for i, name in enumerate(["Process/rutin", "Kontrollmoment", "Status", "Kommentar/åtgärd"], start=2):
        c = ws.cell(r, i, name)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
    r += 1
    ex = ["Inköp", "Stickprov av 10 fakturor per tertial avseende avtalstrohet",
          "Genomförd", "8 av 10 inköp mot avtal. Information till beställare på APT i oktober."]
    for i, v in enumerate(ex, start=2):
        c = ws.cell(r, i, v)
        c.fill = EX_FILL
        c.alignment = WRAP
    r += 2
    ws.cell(r, 2, "Frågor: ekonomienheten, internkontroll@viskebro.se, tfn 0340-19 60 00")
    ws.cell(r, 2).font = Font(italic=True)


# ---------------------------------------------------------------------------
# File 1: BUN - kept the instruction sheet, and left the template's example row
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktioner"
    instructions_sheet(ins)
    ws = wb.create_sheet("Uppföljning")
    r = template_head(ws, [
        ("Nämnd:", "BUN"),
        ("Förvaltning:", "Barn- och utbildningsförvaltningen"),
        ("År:", 2025),
        ("Uppföljningsperiod:", "Helår"),
        ("Nämndbeslut (datum, §):", "2026-01-28 § 9"),
        ("Kontaktperson:", "Lena Strandberg, controller"),
    ])
    header_row(ws, r, TEMPLATE_COLS, TEMPLATE_WIDTHS)
    hr = r
    r += 1
    # template example row, never removed by BUN
    put_row(ws, r, ["Ex", "Exempel: Inköp", "Exempel: Stickprov av 10 fakturor per tertial avseende avtalstrohet",
                    "Stickprov", "Per tertial", "Controller", "Genomförd", "Nej",
                    "Exempelrad – skriv över eller ta bort"], fill=EX_FILL)
    for c in range(1, 10):
        ws.cell(r, c).font = Font(italic=True, color="7F7F7F")
    r += 1
    rows = [
        ("1", "Attest", "Attestförteckningen är uppdaterad och beslutsattestanter har rätt behörighet i ekonomisystemet",
         "Jämförelse attestförteckning – behörighetslista Raindance", "2 ggr/år", "Controller",
         "Genomförd", "Nej",
         "Attestförteckningen reviderad 2025-03-12 och 2025-09-02. Inga felaktiga behörigheter hittades.",
         "GENOMFORD", "nej"),
        ("2", "Leverantörsfakturor", "Korrekt kontering och momskod på leverantörsfakturor",
         "Stickprov 20 fakturor per tertial", "Per tertial", "Ekonomiassistent",
         "Genomförd", "Ja",
         "Fel momskod på 3 av 60 fakturor (livsmedel 12 % bokat som 25 %). Rättat, information till skolassistenterna i november.",
         "GENOMFORD", "ja"),
        ("3", "Skolskjuts", "Beslut om skolskjuts fattas av rätt delegat enligt delegationsordningen",
         "Genomgång av samtliga beslut vt och ht", "2 ggr/år", "Skolskjutshandläggare",
         "Delvis genomförd", "Nej",
         "Vårterminens beslut kontrollerade utan anmärkning. Höstterminens kontroll ej klar p.g.a. byte av handläggare, slutförs i februari.",
         "DELVIS", "nej"),
        ("4", "Elevfrånvaro", "Vårdnadshavare informeras samma dag vid ogiltig frånvaro",
         "Stickprov i lärplattformen, 2 veckor per skola", "1 ggr/år", "Rektorer",
         "Genomförd", "Ja",
         "Kontroll gjord v. 41–42. Två av nio skolor (Åsbyskolan, Tvååkers skola) informerade inte samma dag i samtliga fall. Handlingsplan upprättad.",
         "GENOMFORD", "ja"),
        ("5", "Kränkande behandling", "Anmälan om kränkande behandling görs till huvudman utan dröjsmål (6 kap. 10 § skollagen)",
         "Jämförelse datum händelse – datum anmälan i Draftit", "Per tertial", "Kvalitetsstrateg",
         "Genomförd", "Nej",
         "Samtliga 214 anmälningar inkom till huvudmannen inom fem arbetsdagar.",
         "GENOMFORD", "nej"),
        ("6", "Barnomsorgsavgifter", "Kontroll av inkomstuppgifter för maxtaxa i förskola och fritidshem",
         "Stickprov 30 hushåll mot Skatteverkets uppgifter", "1 ggr/år", "Avgiftshandläggare",
         "Ej genomförd", "Nej",
         "Inte genomförd p.g.a. långtidssjukskrivning på avgiftshandläggningen. Kontrollen flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("7", "Rekrytering", "Utdrag ur belastningsregistret har uppvisats före anställning i förskola och skola",
         "Stickprov 25 nyanställningar", "2 ggr/år", "HR-konsult",
         "Genomförd", "Ja",
         "En timvikarie anställdes i augusti utan uppvisat utdrag. Utdrag inhämtat i efterhand, rutin förtydligad till rektorerna.",
         "GENOMFORD", "ja"),
        ("8", "IT-behörigheter", "Behörigheter i elevregistret (IST) avslutas när personal slutar",
         "Jämförelse avslutade anställningar – aktiva konton", "Per tertial", "Systemförvaltare",
         "Utgår", "",
         "Utgår. Hanteras centralt av IT-enheten fr.o.m. 2025-05-01 enligt KS beslut 2025-04-08 § 71.",
         "UTGAR", "nej"),
        ("9", "Representation", "Representation och interna arrangemang följer kommunens riktlinjer (syfte, deltagarlista)",
         "Stickprov av 15 verifikationer", "Per tertial", "Controller",
         "Delvis genomförd", "Ja",
         "T1 och T2 kontrollerade: två fakturor saknade deltagarlista. Stickprovet för sep–dec pågår.",
         "DELVIS", "ja"),
    ]
    for row in rows:
        put_row(ws, r, list(row[:9]))
        exp(fil, namnd, row[2], row[9], row[10])
        r += 1
    add_status_validation(ws, "G%d:G%d" % (hr + 1, r + 20))
    r += 1
    ws.cell(r, 1, "Behandlad i barn- och utbildningsnämnden 2026-01-28. Justerat protokoll bifogas separat.").font = Font(italic=True)
    ws.freeze_panes = ws.cell(hr + 1, 1)
    add_lists_sheet(wb)
    wb.active = 0  # BUN saved the file with the instruction sheet open
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 2: Socialnämnden - renamed every column, own status words, merged Område
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK 2025 bokslut.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "SN 2025"
    ws["A1"] = "Viskebro kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E78")
    ws["A2"] = "Intern kontroll – återrapport till nämnd"
    ws["A2"].font = Font(bold=True, size=16)
    fields = [("Förvaltning:", "Socialförvaltningen (IFO)"),
              ("År:", "2025"),
              ("Period:", "Bokslut 2025 (jan–dec)"),
              ("Beslutad:", "SN 2026-01-21 § 4")]
    r = 4
    for label, value in fields:
        ws.cell(r, 1, label).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        c = ws.cell(r, 3, value)
        c.fill = INFO_FILL
        r += 1
    r += 1
    cols = ["Id", "Område", "Vad kontrolleras?", "Hur?", "Vem", "Resultat helår", "Brister?",
            "Analys och åtgärder"]
    header_row(ws, r, cols, [6, 20, 48, 30, 18, 16, 10, 62])
    hr = r
    r += 1
    groups = [
        ("Ekonomiskt bistånd", [
            ("SN1", "Beslut om ekonomiskt bistånd är fattade av rätt delegat",
             "Stickprov 25 akter", "Enhetschef EKB", "Klar", "Nej",
             "Alla 25 beslut fattade enligt delegationsordningen.", "GENOMFORD", "nej"),
            ("SN2", "Dubbelutbetalningar – kontroll mot Försäkringskassan och CSN via SSBTEK",
             "Månadsvis körning", "Socialsekreterare", "Klar – brister", "Ja",
             "Fyra ärenden med samtidig ersättning från FK, totalt 38 400 kr. Återkrav beslutat i samtliga.",
             "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("SN3", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Uttag ur Lifecare", "Enhetschef BoU", "Påbörjad", "Nej",
             "Uttaget för jan–jun gjort. Hösten analyseras i samband med verksamhetsberättelsen, klart i mars.",
             "DELVIS", "nej"),
            ("SN4", "Utredningar avslutas inom fyra månader (11 kap. 2 § SoL)",
             "Uttag ur Lifecare", "Enhetschef BoU", "Klar", "Ja",
             "11 av 96 utredningar överskred fyra månader utan beslut om förlängning. Ny bevakningsrutin från oktober.",
             "GENOMFORD", "ja"),
            ("SN5", "Köp av HVB-placeringar sker inom ramavtal (avtalstrohet)",
             "Genomgång av samtliga placeringar", "Placeringssamordnare", "Inte gjord", "-",
             "Hanns inte med under året, prioriteras 2026.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("SN6", "Loggkontroll av obehörig åtkomst i verksamhetssystemet",
             "Slumpvis logguttag 10 ärenden/mån", "Systemförvaltare", "Klar", "Nej",
             "Ingen otillbörlig åtkomst upptäckt.", "GENOMFORD", "nej"),
            ("SN7", "Delegationsbeslut anmäls till nämnden varje månad",
             "Jämförelse beslutslista – protokoll", "Nämndsekreterare", "Ej aktuell", "",
             "Kontrollen avförd av nämnden 2025-04-23 § 61 – anmälan sker numera automatiskt från Lifecare.",
             "UTGAR", "nej"),
        ]),
        ("Arbetsmiljö", [
            ("SN8", "Hot- och våldsincidenter rapporteras i KIA och följs upp",
             "Genomgång av KIA-rapporter", "Områdeschef", "?", "",
             "", "OKLAR", "nej"),
        ]),
        ("Uppdragstagare", [
            ("SN9", "Arvoden och omkostnadsersättningar till familjehem och kontaktpersoner stämmer mot avtal",
             "Stickprov 20 utbetalningar", "Ekonom", "Klar", "Ja",
             "Två utbetalningar med för högt omkostnadsbelopp (fel avtalsnivå). Korrigerat i december.",
             "GENOMFORD", "ja"),
        ]),
    ]
    for omr, items in groups:
        start = r
        for (id_, km, hur, vem, res, br, kom, st, avv) in items:
            put_row(ws, r, [id_, omr if r == start else None, km, hur, vem, res, br, kom])
            fill = {"Klar": GREEN, "Klar – brister": GREEN, "Påbörjad": YELLOW,
                    "Inte gjord": RED, "Ej aktuell": GREY}.get(res)
            if fill:
                ws.cell(r, 6).fill = fill
            exp(fil, namnd, km, st, avv)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 2).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(start, 2).font = Font(bold=True)
    r += 1
    ws.cell(r, 2, "Antal kontroller").font = Font(bold=True)
    ws.cell(r, 3, "9, varav 5 klara, 1 påbörjad, 1 inte gjord, 1 ej aktuell, 1 oklart")
    r += 2
    ws.cell(r, 1, "Upprättad av: Johan Ek, kvalitetsutvecklare, 2026-01-12")
    ws.freeze_panes = ws.cell(hr + 1, 1)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 3: KFN - one status column per tertial
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_IK-uppfoljning_T3_2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    r = template_head(ws, [
        ("Nämnd:", "Kultur- och fritidsnämnden"),
        ("År:", 2025),
        ("Uppföljningsperiod:", "Tertial 3 / helår"),
        ("Nämndbeslut (datum, §):", "2026-02-03 § 12"),
    ])
    cols = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
            "Status T1", "Status T2", "Status T3", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    header_row(ws, r, cols, [6, 20, 45, 30, 14, 16, 16, 16, 16, 12, 60])
    hr = r
    r += 1
    fills = {"Genomförd": GREEN, "Delvis genomförd": YELLOW, "Ej genomförd": RED, "Utgår": GREY}
    rows = [
        ("1", "Kontanthantering", "Kassaavstämning i Viskebadets kassa",
         "Avstämning kassarapport – dagskassa – bank", "Månadsvis", "Badchef",
         "Genomförd", "Genomförd", "Genomförd", "Nej",
         "Avstämt varje månad. Differenser under 50 kr.", "GENOMFORD", "nej"),
        ("2", "Föreningsbidrag", "Utbetalt aktivitetsbidrag stämmer mot inrapporterade deltagartillfällen",
         "Stickprov 10 föreningar, närvarokort", "2 ggr/år", "Föreningskonsulent",
         "", "Delvis genomförd", "Genomförd", "Ja",
         "En förening hade rapporterat tillfällen som inte genomförts. Återbetalning 14 200 kr beslutad av KFN 2025-11-11.",
         "GENOMFORD", "ja"),
        ("3", "Inventarier", "Inventering av stöldbegärlig utrustning på bibliotek och fritidsgårdar",
         "Fysisk inventering mot inventarieförteckning", "1 ggr/år", "Enhetschefer",
         "", "Genomförd", "", "Nej",
         "Inventering genomförd i juni. Förteckningen stämde.", "GENOMFORD", "nej"),
        ("4", "Lokaluthyrning", "Fakturerade hyrestider i sporthallarna stämmer mot bokningssystemet",
         "Jämförelse bokningar – kundfakturor", "Per tertial", "Bokningsansvarig",
         "Genomförd", "Genomförd", "Ej genomförd", "Nej",
         "Ej gjort T3 p.g.a. byte av bokningssystem i oktober. Tas upp igen i mars.",
         "EJ_GENOMFORD", "nej"),
        ("5", "Representation", "Representation och personalfester följer kommunens riktlinjer",
         "Genomgång av verifikationer konto 7610–7630", "Per tertial", "Controller",
         "Delvis genomförd", "Delvis genomförd", "Delvis genomförd", "Ja",
         "Underlag saknas för delar av kulturskolans representation. Dialog med rektor pågår.",
         "DELVIS", "ja"),
        ("6", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av samtliga direktupphandlingar", "Per tertial", "Förvaltningschef",
         "Ej genomförd", "Delvis genomförd", "", "Nej",
         "Dokumentationsmallen klar i september. Samtliga direktupphandlingar under T3 är dokumenterade och kontrollerade – genomförd.",
         "GENOMFORD", "nej"),
        ("7", "Bidrag studieförbund", "Studieförbundens verksamhetsredovisning har inkommit före utbetalning",
         "Kontroll av inkomna redovisningar", "2 ggr/år", "Föreningskonsulent",
         "Genomförd", "Genomförd", "Utgår", "Nej",
         "Utgår fr.o.m. hösten – bidraget hanteras av Studieförbunden i Halland enligt nytt avtal.",
         "UTGAR", "nej"),
        ("8", "Dataskydd", "Registerförteckningen (art. 30 GDPR) är uppdaterad för kulturskolans elevregister",
         "Genomgång med dataskyddsombud", "1 ggr/år", "Rektor kulturskolan",
         "", "", "", "",
         "", "SAKNAS", "nej"),
    ]
    for row in rows:
        put_row(ws, r, list(row[:11]))
        for ci in (7, 8, 9):
            f = fills.get(row[ci - 1])
            if f:
                ws.cell(r, ci).fill = f
        exp(fil, namnd, row[2], row[11], row[12])
        r += 1
    dv = DataValidation(type="list", formula1=STATUS_LIST, allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G%d:I%d" % (hr + 1, r + 10))
    r += 1
    ws.cell(r, 1, "T1 = jan–apr, T2 = maj–aug (delår), T3 = sep–dec (helår). Tom ruta = ingen kontroll planerad/rapporterad för tertialet.").font = Font(italic=True)
    ws.freeze_panes = ws.cell(hr + 1, 4)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 4: SBN - status column left empty, status written in the comment
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN uppföljning internkontroll 2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    r = template_head(ws, [
        ("Nämnd:", "Samhällsbyggnadsnämnden"),
        ("Förvaltning:", "Samhällsbyggnadsförvaltningen"),
        ("År:", "2025"),
        ("Uppföljningsperiod:", "Årsbokslut (helår)"),
        ("Nämndbeslut (datum, §):", "Behandlas SBN 2026-02-19"),
    ])
    header_row(ws, r, TEMPLATE_COLS, TEMPLATE_WIDTHS)
    hr = r
    r += 1
    rows = [
        ("1", "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet", "Per tertial", "Bygglovschef", "",
         "Genomförd. 212 beslut, 9 överskred tiden och avgiften reducerades enligt PBL. Avvikelse.",
         "GENOMFORD", "ja"),
        ("2", "Investeringar", "Investeringsprojekt över 5 mnkr följs upp mot budget",
         "Projektrapporter per tertial", "Per tertial", "Controller", "Nej",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("3", "Avtalstrohet", "Inköp inom gata/park görs mot gällande ramavtal",
         "Stickprov 20 inköp", "2 ggr/år", "Enhetschef gata/park", "",
         "Kontrollen är påbörjad men inte slutförd, beräknas klar Q1 2026.", "DELVIS", "nej"),
        ("4", "Markanvisning", "Köpeavtal och markanvisningsavtal följer beslutad markanvisningspolicy",
         "Genomgång av tecknade avtal", "1 ggr/år", "Mark- och exploateringschef", "",
         "Ej aktuell 2025 – inga markanvisningar eller markförsäljningar har gjorts under året.",
         "UTGAR", "nej"),
        ("5", "Leverantörsfakturor", "Fakturor för entreprenader attesteras mot beslutade ÄTA-arbeten",
         "Stickprov 15 fakturor", "Per tertial", "Projektledare", "",
         "Inte genomförd p.g.a. vakant controllertjänst mars–oktober.", "EJ_GENOMFORD", "nej"),
        ("6", "Fordon", "Körjournaler förs korrekt för förvaltningens fordon",
         "Genomgång körjournaler 5 fordon", "2 ggr/år", "Fordonssamordnare", "",
         "Se bilaga 2.", "OKLAR", "nej"),
        ("7", "Bostadsanpassning", "Delegationsbeslut om bostadsanpassningsbidrag anmäls till nämnden",
         "Jämförelse beslut – anmälningslista", "Per tertial", "Handläggare BAB", "",
         "", "SAKNAS", "nej"),
        ("8", "Dataskydd", "Personuppgiftsbiträdesavtal finns för alla system som behandlar personuppgifter",
         "Genomgång av systemförteckning", "1 ggr/år", "Systemförvaltare", "Ja",
         "Klart! Biträdesavtal saknades för två system (felanmälningsappen och en GIS-tjänst) – nu tecknade.",
         "GENOMFORD", "ja"),
        ("9", "Taxor och avgifter", "Anslutningsavgifter för VA debiteras enligt gällande VA-taxa",
         "Stickprov 20 anslutningar", "2 ggr/år", "VA-ekonom", "",
         "Delvis genomförd – stickprov gjort för jan–aug utan fel, sep–dec ej kontrollerat.",
         "DELVIS", "nej"),
    ]
    for (nr, proc, km, met, frek, ans, avv_cell, kom, st, avv) in rows:
        put_row(ws, r, [nr, proc, km, met, frek, ans, "", avv_cell, kom])
        exp(fil, namnd, km, st, avv)
        r += 1
    add_status_validation(ws, "G%d:G%d" % (hr + 1, r + 20))
    r += 1
    ws.cell(r, 1, "Bilagor: 1. Uppföljning bygglovstider 2025, 2. Körjournalskontroll").font = Font(italic=True)
    ws.freeze_panes = ws.cell(hr + 1, 1)
    add_lists_sheet(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 5: Vård- och omsorgsnämnden - Word, prose with a short table at the end
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON Uppföljning internkontrollplan helår 2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    run = p.add_run("Viskebro kommun\nVård- och omsorgsförvaltningen")
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x78)
    p = d.add_paragraph("Tjänsteskrivelse\t\t\t\t\tDnr VON 2025/214\n2026-01-19")
    d.add_heading("Uppföljning av vård- och omsorgsnämndens internkontrollplan 2025", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar sju "
        "kontrollmoment. Denna skrivelse utgör nämndens helårsuppföljning och redovisas tillsammans med "
        "verksamhetsberättelsen. Vid delårsuppföljningen per 31 augusti hade fyra av sju kontroller påbörjats. "
        "Förvaltningen bedömer att den interna kontrollen under året i huvudsak har varit tillräcklig, men att "
        "avvikelserna inom avgiftshantering och verkställighet av LSS-beslut kräver fortsatt uppmärksamhet.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    sections = [
        ("Avgifter inom hemtjänst och särskilt boende debiteras korrekt",
         "Ett stickprov om 40 avgiftsbeslut har jämförts mot beviljade insatser och inkomstuppgifter. I tre fall "
         "hade avgiften beräknats på inaktuella inkomstuppgifter, vilket gav för låg avgift för den enskilde. "
         "Felen har rättats och rutinen för årlig inkomstförfrågan har setts över. Kontrollen är genomförd.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Gynnande beslut enligt LSS verkställs inom tre månader",
         "Samtliga beslut enligt LSS under året har följts upp kvartalsvis. Fyra beslut om bostad med särskild "
         "service (9 § 9 LSS) har inte verkställts inom tre månader och har rapporterats till IVO och "
         "revisorerna. Orsaken är brist på lediga lägenheter; ett nytt gruppboende i Tvååker öppnar hösten 2026.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Signeringslistor för läkemedel är fullständigt ifyllda i särskilt boende",
         "Medicinskt ansvarig sjuksköterska har granskat signeringslistor på fyra av sju särskilda boenden. "
         "Granskningen visade inga brister på de boenden som granskats. Resterande tre boenden granskas under "
         "första kvartalet 2026.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Avrop av bemanningssjuksköterskor görs enligt ramavtal",
         "Kontrollen har inte kunnat genomföras under året då det centrala inköpsstödet saknat resurser. "
         "Förvaltningen föreslår att kontrollen finns kvar i planen för 2026.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Loggkontroll av åtkomst till journalsystemet",
         "Systemförvaltaren har varje månad gjort slumpvisa loggkontroller av tio användare. Ingen otillbörlig "
         "åtkomst har upptäckts under 2025, jämfört med två fall 2024.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Hantering av brukares privata medel på särskilda boenden",
         "Kontrollmomentet har utgått ur planen efter beslut i nämnden 2025-05-21 § 48, eftersom "
         "kommunrevisionen under hösten har genomfört en fördjupad granskning av samma område. Resultatet "
         "av revisionens granskning redovisas i särskilt ärende.",
         "Utgår", "UTGAR", "nej"),
        ("Timlön och OB-ersättning stämmer mot schema i Time Care",
         "Lönekontoret har jämfört utbetald OB-ersättning mot arbetade pass för 30 timavlönade i maj och "
         "oktober. Två felaktiga utbetalningar hittades, båda beroende på sent registrerade passbyten. "
         "Beloppen har reglerats på nästa lön. Kontrollen är genomförd.",
         "Genomförd", "GENOMFORD", "ja"),
    ]
    for title, text, _, stt, avv in sections:
        d.add_heading(title, level=3)
        d.add_paragraph(text)
        exp(fil, namnd, title, stt, avv)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_heading("Sammanställning", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Kontrollmoment"
    t.rows[0].cells[1].text = "Status helår"
    for cell in t.rows[0].cells:
        for pr in cell.paragraphs:
            for rn in pr.runs:
                rn.font.bold = True
    for title, _, status, _, _ in sections:
        row = t.add_row().cells
        row[0].text = title
        row[1].text = status
    d.add_paragraph()
    p = d.add_paragraph("Karin Holmgren\nFörvaltningschef")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# File 6: Viskebro Bostäder AB - Stratsys-like CSV, comma-delimited, all quoted
# ---------------------------------------------------------------------------
def file_vbab():
    fil = "vbab_internkontroll_export_20260128.csv"
    namnd = "Viskebro Bostäder AB"
    org = "Viskebro Bostäder AB"
    head = ["Organisation", "Verksamhetsår", "Period", "Process", "Kontrollmoment", "Ansvarig",
            "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    # (process, kontrollmoment, ansvarig, [(period, status, avv, kommentar, date)], expected, avv)
    controls = [
        ("Hyresintäkter", "Avstämning av hyresreskontra mot huvudbok", "Ekonomichef",
         [("Delår jan-aug", "Klar", "Nej", "Avstämt per april och augusti, inga differenser.", "2025-09-10"),
          ("Helår", "Klar", "Nej", "Avstämt per december, inga differenser.", "2026-01-20")],
         "GENOMFORD", "nej"),
        ("Uthyrning", "Lägenheter fördelas enligt bolagets kö-regler (stickprov 15 kontrakt)", "Uthyrningschef",
         [("Delår jan-aug", "Pågår", "", "Stickprov för våren gjort, 8 kontrakt granskade.", "2025-09-10"),
          ("Helår", "Klar", "Ja", "1 kontrakt tecknat utan kö-ordning (internt byte, saknar beslut). "
           "Rutin för interna byten förtydligad, \"dokumentera alltid beslutet\".", "2026-01-22")],
         "GENOMFORD", "ja"),
        ("Underhåll", "Fakturor för underhåll över 50 tkr attesteras av två personer", "Förvaltningschef",
         [("Delår jan-aug", "Klar", "Nej", "Samtliga 34 fakturor korrekt attesterade.", "2025-09-11"),
          ("Helår", "Klar", "Nej", "Samtliga 71 fakturor, helår, korrekt attesterade.", "2026-01-20")],
         "GENOMFORD", "nej"),
        ("Upphandling", "Avtalstrohet vid köp av hantverkstjänster (el, VVS, måleri)", "Inköpsansvarig",
         [("Delår jan-aug", "Ej påbörjad", "", "", "2025-09-11"),
          ("Helår", "Försenad", "", "Påbörjad i november, genomgång av leverantörsreskontra för el och VVS klar. "
           "Måleri slutförs februari 2026.", "2026-01-23")],
         "DELVIS", "nej"),
        ("Bolagsstyrning", "Styrelsens beslut följer ägardirektivet (protokollgranskning)", "VD",
         [("Delår jan-aug", "Klar", "Nej", "Granskning av protokoll 2024-09 – 2025-06 gjord av styrelsens sekreterare, "
           "inga avvikelser. Kontrollen görs en gång per år.", "2025-09-15")],
         "GENOMFORD", "nej"),
        ("IT och behörigheter", "Behörigheter i fastighetssystemet (Vitec) tas bort för avslutade anställda",
         "IT-samordnare",
         [("Delår jan-aug", "Klar", "Nej", "Tre avslutade, konton borttagna samma vecka.", "2025-09-12"),
          ("Helår", "Ej genomförd", "", "Kontrollen för sep-dec har inte gjorts\npå grund av byte av IT-leverantör.",
           "2026-01-21")],
         "EJ_GENOMFORD", "nej"),
        ("Representation", "Representation och gåvor följer bolagets policy", "Ekonomichef",
         [("Delår jan-aug", "Klar", "Nej", "Stickprov 10 verifikationer, inga avvikelser.", "2025-09-10"),
          ("Helår", "Avbruten", "", "Utgår enligt styrelsebeslut 2025-10-15 § 7, ingår fr.o.m. T3 i "
           "koncernens gemensamma kontroll (Viskebro Stadshus AB).", "2026-01-20")],
         "UTGAR", "nej"),
        ("Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i bostadsområdena", "Säkerhetssamordnare",
         [("Delår jan-aug", "Pågår", "", "Ronderingar gjorda i Centrum och Håsten, övriga områden under hösten.",
           "2025-09-12"),
          ("Helår", "Klar", "Ja", "Samtliga 14 områden ronderade. Brister i Kvarnbacken: blockerade utrymningsvägar, "
           "åtgärdade inom 48 h.", "2026-01-22")],
         "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(head)
        for proc, km, ans, periods, stt, avv in controls:
            for period, status, a, kom, date in periods:
                w.writerow([org, "2025", period, proc, km, ans, status, a, kom, date])
            exp(fil, namnd, km, stt, avv)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


def register():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Viskebro Bostäder AB", "VBAB|Viskebrobostäder|Bostadsbolaget"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, a))


def write_meta():
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    file_bun()
    file_sn()
    file_kfn()
    file_sbn()
    file_von()
    file_vbab()
    register()
    write_meta()
    print("files:", len(FILES), "controls:", len(EXPECTED))
