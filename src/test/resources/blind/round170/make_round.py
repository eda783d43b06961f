#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 170 - Brålanda kommun, helår 2025: "what went wrong this year".

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, into the folder this script lives in.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import re

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # the follow-up files lie flat in the round folder, next to the CSVs

FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
YEAR = 2025

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    assert ";" not in km
    EXPECTED.append((fil, namnd, norm(km), status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_wb_props(wb):
    wb.properties.creator = "Brålanda kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Brålanda kommun"


def fix_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, T2 + Helår side by side, process group rows
# ---------------------------------------------------------------------------
def make_ks():
    fil = "KS_uppfoljning_IKP_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Brålanda kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Period: Helår (januari–december 2025)    Rapportör: Kommunledningsförvaltningen, ekonomienheten"
    ws.merge_cells("A3:I3")
    ws["A4"] = ("Instruktion: Ange status per kontrollmoment (Genomförd / Delvis genomförd / Ej genomförd / Utgår). "
                "Beskriv avvikelser och vidtagna åtgärder i kommentarsfältet.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:I4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Status T2 (jan–aug)", "Status helår", "Avvikelse (ja/nej)", "Kommentar / åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER

    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Redovisningschef", "Tertialvis", "Genomförd", "Genomförd", "Ja",
             "Stickprov 40 fakturor. 3 fakturor var attesterade av person som saknade behörighet enligt "
             "attestförteckningen. Åtgärd: attestlistan uppdaterad i Raindance 2025-11-12. Åtgärdat.",
             "GENOMFORD", "ja"),
            ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
             "Controller", "Helår", "Ej påbörjad", "Ej genomförd – flyttas till 2026", "",
             "Controllertjänsten har varit vakant sedan maj. Kontrollen förs över till internkontrollplan 2026.",
             "EJ_GENOMFORD", ""),
            ("1.3", "Bokslut", "Avstämning av balanskonton i samband med bokslut",
             "Redovisningsekonom", "Tertialvis", "Genomförd", "Genomförd", "Nej",
             "Samtliga balanskonton avstämda per 2025-12-31 med underlag.",
             "GENOMFORD", "nej"),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Kontroll att löneutbetalningar till avslutade anställningar har upphört\n"
                           "(stickprov 20 avslut per tertial)",
             "Lönechef", "Tertialvis", "Genomförd", "Genomförd", "Ja",
             "Två felaktiga utbetalningar efter avslut (sammanlagt 18 400 kr). Återkrav skickat. "
             "Åtgärd pågår: ny rutin för avslutsblankett i Heroma.",
             "GENOMFORD", "ja"),
            ("2.2", "Rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
             "HR-chef", "Månadsvis", "Delvis genomförd", "Delvis (3 av 12 månader)", "",
             "Personalbrist på HR-enheten – endast januari–mars har följts upp.",
             "DELVIS", ""),
            ("2.3", "Bisysslor", "Kontroll av bisysslor för chefer",
             "HR-chef", "Helår", "", "Utgår",  "",
             "Utgår enligt KS beslut 2025-09-03 § 142; ersätts av kommungemensam enkät 2026.",
             "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("3.1", "Behörigheter", "Behörigheter i ekonomisystemet ses över två gånger per år",
             "Systemförvaltare", "Halvår", "Genomförd", "", "", "",
             "GENOMFORD", ""),
            ("3.2", "Loggkontroll", "Loggkontroll av åtkomst till personakter i Heroma",
             "Systemförvaltare HR", "Tertialvis", "Pausad", "Pausad",  "",
             "Ingen loggkontroll har genomförts under året – byte av HR-system pågår. Återupptas 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Upphandlingschef", "Tertialvis", "Genomförd", "Genomförd", "Ja",
             "Av 12 granskade direktupphandlingar saknade 5 dokumentation. Åtgärd: utbildning för beställare "
             "genomförd i december.",
             "GENOMFORD", "ja"),
            ("4.2", "Avtalstrohet", "Avtalstrohet vid inköp av kontorsmaterial",
             "Inköpssamordnare", "Helår", "", "Flyttad till Tekniska nämnden", "",
             "Tekniska nämnden ansvarar sedan 1 juli för kommunens centrala inköp (KS 2025-06-11 § 98). "
             "Kontrollen redovisas i TN:s uppföljning.",
             "UTGAR", ""),
            ("4.3", "Leverantörskontroll", "Kontroll att leverantörer har F-skatt och inga skulder hos Kronofogden",
             "Upphandlingschef", "Tertialvis", "Genomförd", "Genomförd", "Nej",
             "25 nya leverantörer kontrollerade via Creditsafe, inga anmärkningar.",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 7
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            vals = row[:9]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            exp(fil, N, row[2], row[9], row[10])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 11 kontrollmoment – 6 genomförda (varav 3 med avvikelse), "
                                   "1 delvis, 2 ej genomförda, 2 utgår/flyttade.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Anna Lindqvist, ekonomichef, 2026-01-20")
    widths = [6, 18, 48, 18, 12, 16, 22, 12, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, prose + two tables, status words
# ---------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def make_bun():
    fil = "BUN IK-uppföljning 2025 helår.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Barn- och utbildningsförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Brålanda kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/87"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Handläggare: Johan Berg, controller    Datum: 2026-01-28")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024, § 112. Planen omfattar tio "
        "kontrollmoment fördelade på två områden. Året har präglats av långtidssjukskrivningar på den centrala "
        "administrationen och av bytet av verksamhetssystem, vilket har gjort att flera kontroller inte kunnat "
        "genomföras som planerat. Kontroller som inte genomförts förs över till 2026 års plan.")
    d.add_paragraph(
        "Där avvikelser har konstaterats redovisas vidtagna eller pågående åtgärder i kolumnen Resultat och kommentar.")
    tables = [
        ("Tabell 1. Ekonomi och administration", [
            ("Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutssamordnare",
             "20 beslut granskade. Samtliga fattade enligt delegationsordningen, inga avvikelser.", "Genomförd",
             "GENOMFORD", "nej"),
            ("Fakturering av förskoleavgifter – stickprov på inkomstuppgifter", "Administrativ chef",
             "Avvikelse: 4 av 30 hushåll hade inte lämnat aktuell inkomstuppgift och debiterades för låg avgift.\n"
             "Åtgärd: påminnelse skickad och rutin för årlig inkomstkontroll införd. Åtgärdat.", "Genomförd",
             "GENOMFORD", "ja"),
            ("Interkommunal ersättning faktureras korrekt", "Controller",
             "På grund av långtidssjukskrivning på administrationen har endast januari–mars kontrollerats. "
             "Inga fel hittades för dessa månader.", "Delvis (3 av 12 månader)",
             "DELVIS", "nej"),
            ("Inventarieförteckning finns på varje skolenhet", "Rektorer",
             "Har inte hunnits med under året.", "Ej genomförd – flyttas till 2026",
             "EJ_GENOMFORD", ""),
            ("Kontroll av att åtkomst till elevhälsans journaler loggas", "Verksamhetschef elevhälsa",
             "Loggfunktionen finns inte i nuvarande journalsystem; kontrollen görs efter systembytet 2026.",
             "Inte aktuell i år",
             "UTGAR", ""),
        ]),
        ("Tabell 2. Verksamhet", [
            ("Anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar", "Rektorer",
             "Kontroll av 60 anmälningar: 14 rapporterades senare än fem arbetsdagar (avvikelse).\n"
             "Åtgärd pågår: ny digital anmälningsblankett infördes hösten 2025.", "Genomförd",
             "GENOMFORD", "ja"),
            ("Uppföljning av elevfrånvaro och att hemmet kontaktas vid upprepad ogiltig frånvaro", "Rektorer",
             "Kontrollen startade under vårterminen (stickprov på två av fem skolor, inga avvikelser) men "
             "pausades i augusti i väntan på ny frånvarorutin.", "Pausad",
             "DELVIS", "nej"),
            ("Registerutdrag från belastningsregistret kontrolleras vid nyanställning", "HR-konsult",
             "Samtliga 38 nyanställningar kontrollerade. Inga avvikelser.", "Genomförd",
             "GENOMFORD", "nej"),
            ("Systematiskt brandskyddsarbete – dokumenterade egenkontroller", "Fastighetssamordnare",
             "Egenkontroll genomförd på samtliga enheter. Brister i dokumentationen på Tåstorpsskolan och "
             "Frändefors förskola; åtgärdsplan upprättad.", "Åtgärd pågår",
             "GENOMFORD", "ja"),
            ("Kontroll av att individuella utvecklingsplaner upprättas i förskoleklass", "Rektorer",
             "", "",
             "SAKNAS", ""),
        ]),
    ]
    for caption, rows in tables:
        p = d.add_paragraph()
        p.add_run(caption).bold = True
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Resultat och kommentar", "Status"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
        for km, ans, res, st, es, ea in rows:
            cells = t.add_row().cells
            set_cell(cells[0], km)
            set_cell(cells[1], ans)
            set_cell(cells[2], res)
            set_cell(cells[3], st)
            exp(fil, N, km, es, ea)
        for row in t.rows:
            row.cells[0].width = Cm(5.5)
            row.cells[1].width = Cm(3)
            row.cells[2].width = Cm(6.5)
            row.cells[3].width = Cm(3)
        d.add_paragraph()
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av intern kontroll 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Maria Ek\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - .xls (BIFF8 via xlwt), traffic-light fill only, legend on top
# ---------------------------------------------------------------------------
def make_sn():
    fil = "Socialnämnden_IK_2025_helår.xls"
    N = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    small = xlwt.easyxf("font: italic on, height 180; alignment: wrap on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    txt = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    grp = xlwt.easyxf("font: bold on; alignment: wrap on, vert top; "
                      "borders: left thin, right thin, top thin, bottom thin")
    fills = {
        "G": xlwt.easyxf("pattern: pattern solid, fore_colour bright_green; "
                         "borders: left thin, right thin, top thin, bottom thin"),
        "Y": xlwt.easyxf("pattern: pattern solid, fore_colour yellow; "
                         "borders: left thin, right thin, top thin, bottom thin"),
        "R": xlwt.easyxf("pattern: pattern solid, fore_colour red; "
                         "borders: left thin, right thin, top thin, bottom thin"),
        "S": xlwt.easyxf("pattern: pattern solid, fore_colour gray40; "
                         "borders: left thin, right thin, top thin, bottom thin"),
        "": txt,
    }
    ws.write(0, 0, "Socialnämnden – Internkontrollplan 2025, uppföljning helår", title)
    ws.write(1, 0, "Bedömning anges med färg:", small)
    ws.write(1, 1, "", fills["G"]); ws.write(1, 2, "Genomförd", small)
    ws.write(1, 3, "", fills["Y"]); ws.write(1, 4, "Delvis genomförd", small)
    ws.write(1, 5, "", fills["R"]); ws.write(1, 6, "Ej genomförd", small)
    ws.write(1, 7, "", fills["S"]); ws.write(1, 8, "Utgår / ej aktuell", small)
    ws.write(2, 0, "Konstaterade avvikelser anges med Ja/Nej i kolumn G och beskrivs i kommentar/åtgärd.", small)
    headers = ["Verksamhetsområde", "Risk", "Kontrollmoment", "Metod", "Riskvärde", "Bedömning",
               "Avvikelse", "Kommentar", "Åtgärd"]
    for c, h in enumerate(headers):
        ws.write(4, c, h, hdr)
    areas = [
        ("Individ- och familjeomsorg", [
            ("Felaktiga utbetalningar", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
             "Stickprov 50 utbetalningar", 12, "G", "Ja",
             "Två dubbelutbetalningar upptäcktes (sammanlagt 9 850 kr).", "Återkrav gjort. Åtgärdat.",
             "GENOMFORD", "ja"),
            ("Barn far illa", "Orosanmälningar förhandsbedöms inom 14 dagar",
             "Genomgång i Viva", 16, "Y", "Nej",
             "Kontroll gjord för januari–juni utan anmärkning. Hösten ej kontrollerad p.g.a. hög personalomsättning.",
             "", "DELVIS", "nej"),
            ("Avtalslösa placeringar", "Kontroll av att placeringar i HVB har giltigt avtal",
             "Avstämning mot avtalsdatabas", 9, "R", "",
             "Ej genomförd – flyttas till 2026.", "", "EJ_GENOMFORD", ""),
        ]),
        ("Äldreomsorg", [
            ("Felaktig avgift", "Avgiftsberäkning inom hemtjänst – stickprov",
             "Stickprov 30 beslut", 8, "G", "Nej",
             "30 beslut kontrollerade utan anmärkning.", "", "GENOMFORD", "nej"),
            ("Patientsäkerhet", "Läkemedelshantering – signeringslistor på särskilt boende",
             "Granskning av signeringslistor", 16, "G", "Ja",
             "Osignerade doser på två avdelningar på Brålandagården.",
             "Åtgärd pågår – utbildning av baspersonal januari 2026.", "GENOMFORD", "ja"),
            ("Stöld", "Nyckelhantering i hemtjänsten",
             "Inventering av nyckelskåp", 6, "S", "",
             "Ej aktuell – digitala lås infördes i mars 2025.", "", "UTGAR", ""),
        ]),
        ("Funktionsstöd (LSS)", [
            ("Förskingring", "Hantering av brukarnas privata medel på gruppbostad",
             "Kassagranskning", 12, "R", "",
             "Ej genomförd på grund av personalbrist under hösten.", "", "EJ_GENOMFORD", ""),
            ("Bristande kvalitet", "Kontroll av att genomförandeplaner är upprättade och följs upp",
             "Journalgranskning", 9, "Y", "Ja",
             "3 av 7 gruppbostäder kontrollerade. Genomförandeplan saknades för 4 brukare.",
             "Åtgärd pågår – enhetscheferna upprättar planer under våren.", "DELVIS", "ja"),
            ("Missförhållanden", "Lex Sarah-rapporter utreds och anmäls i tid",
             "Genomgång av rapporter", 12, "", "", "", "", "SAKNAS", ""),
        ]),
        ("Gemensamt", [
            ("Avtalstrohet", "Avtalstrohet vid köp av konsulttjänster (bemanning)",
             "Analys av leverantörsreskontra", 8, "S", "",
             "Struken enligt SN beslut 2025-05-21 § 61 – ingår i kommunstyrelsens kontroll.", "",
             "UTGAR", ""),
        ]),
    ]
    r = 5
    for area, rows in areas:
        start = r
        for risk, km, metod, rv, fill, avv, komm, atg, es, ea in rows:
            ws.write(r, 1, risk, txt)
            ws.write(r, 2, km, txt)
            ws.write(r, 3, metod, txt)
            ws.write(r, 4, rv, txt)
            ws.write(r, 5, "", fills[fill])
            ws.write(r, 6, avv, txt)
            ws.write(r, 7, komm, txt)
            ws.write(r, 8, atg, txt)
            exp(fil, N, km, es, ea)
            r += 1
        if r - 1 > start:
            ws.write_merge(start, r - 1, 0, 0, area, grp)
        else:
            ws.write(start, 0, area, grp)
    r += 1
    ws.write(r, 0, "Sammanställt av: Socialförvaltningen, kvalitetsenheten, 2026-01-15")
    for c, w in enumerate([22, 20, 45, 26, 9, 12, 10, 50, 40]):
        ws.col(c).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export - two nämnder, one row per control and cumulative period
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    P1, P2, P3 = "Jan-apr 2025", "Jan-aug 2025", "Jan-dec 2025"
    data = [
        ("Samhällsbyggnadsnämnden", "Internkontrollplan 2025 SBN", [
            ("Myndighetsutövning", "Bygglovsavgifter debiteras enligt taxa", "Bygglovschef", [
                (P1, "Pågår", "", "", ""),
                (P2, "Genomförd", "Stickprov 25 ärenden, inga fel.", "Nej", ""),
                (P3, "Genomförd", "Ytterligare 20 ärenden kontrollerade sep-dec utan anmärkning.", "Nej", ""),
            ], "GENOMFORD", "nej"),
            ("Myndighetsutövning", "Handläggningstid för bygglov följs (10 veckor)", "Bygglovschef", [
                (P1, "Pågår", "", "", ""),
                (P2, "Pågår", "Kontroll av ärenden jan-aug pågår.", "", ""),
                (P3, "Genomförd", "12 av 45 kontrollerade ärenden överskred tidsfristen, avgiftsreduktion "
                                  "tillämpad i 5 fall.", "Ja", "Ny ärendefördelning införd i oktober."),
            ], "GENOMFORD", "ja"),
            ("Nämndadministration", "Delegationsbeslut anmäls till nämnd", "Nämndsekreterare", [
                (P1, "Genomförd", "Samtliga delegationsbeslut anmälda.", "Nej", ""),
                (P2, "Genomförd", "Samtliga delegationsbeslut anmälda.", "Nej", ""),
                (P3, "", "", "", ""),
            ], "GENOMFORD", "nej"),
            ("Planering", "Kontroll av detaljplaneavtal och plankostnadsavtal", "Planchef", [
                (P1, "Ej påbörjad", "", "", ""),
                (P2, "Ej påbörjad", "", "", ""),
                (P3, "Ej genomförd", "Flyttas till 2026 på grund av vakant planarkitekttjänst.", "", ""),
            ], "EJ_GENOMFORD", ""),
            ("Planering", "Lantmäteriförrättningar faktureras enligt avtal", "Planchef", [
                (P1, "Utgår", "Utgår – förrättningar handläggs av statliga Lantmäteriet, kontrollen var "
                               "felaktigt upptagen. Beslut SBN 2025-04-10 § 33.", "", ""),
                (P2, "Utgår", "", "", ""),
                (P3, "Utgår", "", "", ""),
            ], "UTGAR", ""),
            ("Informationshantering", "Personuppgifter i bygglovsärenden gallras enligt dokumenthanteringsplan",
             "Registrator", [
                (P1, "", "", "", ""),
                (P2, "Pågår", "", "", ""),
                (P3, "Delvis genomförd", "Gallring genomförd för åren 2015-2018, resterande år gallras 2026.",
                 "Nej", ""),
            ], "DELVIS", "nej"),
        ]),
        ("Tekniska nämnden", "Internkontrollplan 2025 TN", [
            ("Upphandling", "Kontroll av att entreprenörer har giltiga försäkringar och skatteregistrering",
             "Upphandlare", [
                (P1, "Genomförd", "", "Nej", ""),
                (P2, "Genomförd", "", "Nej", ""),
                (P3, "Genomförd", "Samtliga 18 entreprenörer kontrollerade.", "Nej", ""),
            ], "GENOMFORD", "nej"),
            ("VA-debitering", "Vattenmätare avläses och debiteras korrekt", "VA-chef", [
                (P1, "Pågår", "", "", ""),
                (P2, "Pågår", "", "", ""),
                (P3, "Åtgärdat", "Felaktigt registrerade mätarbyten i 14 abonnemang gav fel debitering.",
                 "Ja", "Kreditering och ny debitering genomförd i november."),
            ], "GENOMFORD", "ja"),
            ("Inköp", "Avtalstrohet vid inköp av kontorsmaterial", "Inköpssamordnare", [
                (P1, "", "", "", ""),
                (P2, "", "Kontrollen övertas från KS från 1 juli.", "", ""),
                (P3, "Ej genomförd", "Har inte hunnits med efter överflyttningen från KS – flyttas till 2026.",
                 "", ""),
            ], "EJ_GENOMFORD", ""),
            ("Kost", "Egenkontroll enligt livsmedelslagstiftningen i kommunens kök", "Kostchef", [
                (P1, "Genomförd", "", "Nej", ""),
                (P2, "Genomförd", "", "Nej", ""),
                (P3, "Delvis genomförd", "Kontroll sep-dec gjord på 4 av 9 kök p.g.a. personalbrist.", "Nej", ""),
            ], "DELVIS", "nej"),
            ("Gata", "Snöröjningsentreprenader – kontroll av fakturerade timmar mot körjournal", "Gatuchef", [
                (P1, "Genomförd", "Fakturerade timmar översteg körjournal för en entreprenör i februari.", "Ja",
                 "Åtgärd pågår – kreditfaktura begärd."),
                (P2, "Ej aktuell", "Ingen vinterväghållning under perioden.", "", ""),
                (P3, "Genomförd", "Nov-dec kontrollerat utan anmärkning. Avvikelsen från februari är "
                                  "reglerad med kreditfaktura.", "Ja", "Åtgärdat."),
            ], "GENOMFORD", "ja"),
            ("Gata", "Kontroll av gatubelysningens driftavtal", "Gatuchef", [
                (P1, "", "", "", ""),
                (P2, "", "", "", ""),
                (P3, "", "", "", ""),
            ], "SAKNAS", ""),
        ]),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Enhet", "Internkontrollplan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period",
                    "Status", "Kommentar", "Avvikelse", "Åtgärd", "Senast ändrad"])
        for enhet, plan, controls in data:
            for proc, km, ans, periods, es, ea in controls:
                for per, st, komm, avv, atg in periods:
                    changed = {P1: "2025-05-08", P2: "2025-09-12", P3: "2026-01-14"}[per] if (st or komm) else ""
                    w.writerow([enhet, plan, proc, km, ans, per, st, komm, avv, atg, changed])
                exp(fil, enhet, km, es, ea)
            FILES.append((fil, "INLAST", enhet, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - docx, prose only
# ---------------------------------------------------------------------------
def make_kfn():
    fil = "Kultur- och fritidsnämnden - uppföljning intern kontroll helår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_doc_props(d, "Kultur- och fritidsförvaltningen")
    d.add_heading("Uppföljning intern kontroll 2025", level=1)
    p = d.add_paragraph()
    p.add_run("Kultur- och fritidsnämnden – helårsrapport").bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 december 2024, § 88. Planen innehåller sju "
        "kontrollmoment. Året har präglats av vakanser på förvaltningen och av bytet av bokningssystem under "
        "hösten. Tre kontrollmoment har genomförts fullt ut, ett har genomförts delvis, ett har inte genomförts "
        "och ett har utgått efter beslut i nämnden. För kontrollen av behörigheter hänvisas till bilaga.")
    items = [
        ("1. Föreningsbidrag",
         "Kontroll att föreningsbidrag betalas ut enligt gällande bidragsregler och mot inlämnade underlag",
         "Kontrollen är genomförd. Stickprov på 15 av 62 bidragsärenden. I två ärenden saknades närvarokort för "
         "lokalt aktivitetsstöd och bidraget har återkrävts. Åtgärd: handläggarna har fått en checklista.",
         "GENOMFORD", "ja"),
        ("2. Kontanthantering",
         "Kassahantering i simhallen och på biblioteket – dagsavstämning",
         "Kontrollen har genomförts vid fyra oanmälda tillfällen under året. Kassorna stämde vid samtliga "
         "tillfällen; inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3. Lokaluthyrning",
         "Uthyrning av lokaler och anläggningar debiteras enligt taxa",
         "Kontrollen har inte genomförts under 2025. Bokningssystemet byttes i september och historiska "
         "bokningar gick inte att ta fram. Kontrollen flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("4. Konstsamlingen",
         "Inventering av kommunens konstsamling",
         "Inventeringen påbörjades i maj och omfattar hittills kommunhuset och Brålanda bibliotek (cirka 40 "
         "procent av samlingen). Arbetet har pausats under hösten på grund av personalbrist och slutförs 2026.",
         "DELVIS", ""),
        ("5. Campingen",
         "Avtalsuppföljning med entreprenör för drift av Brålanda camping",
         "Nämnden beslutade 2025-06-12 § 41 att avsluta avtalet och campingen har överförts till Brålanda "
         "Bostäder AB. Kontrollmomentet utgår.",
         "UTGAR", ""),
        ("6. Behörigheter",
         "Behörigheter i bibliotekssystemet Book-it följs upp",
         "Se bilaga 2.",
         "OKLAR", ""),
        ("7. Studieförbund",
         "Bidrag till studieförbund följs upp mot verksamhetsberättelse",
         "Kontrollen genomfördes i oktober. Samtliga tre studieförbund har lämnat verksamhetsberättelse. I ett "
         "fall var den redovisade verksamheten väsentligt lägre än ansökt, vilket är en avvikelse mot "
         "bidragsvillkoren. Åtgärd: bidraget för 2026 reduceras.",
         "GENOMFORD", "ja"),
    ]
    for head, km, res, es, ea in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, es, ea)
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 delvis har varit tillräcklig. De kontroller "
        "som inte har kunnat genomföras förs över till internkontrollplanen för 2026.")
    d.add_paragraph("Brålanda 2026-01-22\nLena Håkansson\nKultur- och fritidschef")
    d.add_paragraph("Bilaga 2: Behörighetsgenomgång Book-it (separat dokument)")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljönämnden - xlsx, plan columns T1-T3 + tick columns, nämnd only in print header
# ---------------------------------------------------------------------------
def make_mn():
    fil = "Miljo_IKP_2025_uppfoljning_helar.xlsx"
    N = "Miljönämnden"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Miljönämnden"
    ws.oddHeader.right.text = "Brålanda kommun"
    ws.oddFooter.left.text = "Uppföljning internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Markera med X i kolumnen Genomförd eller Ej genomförd. Planerad kontroll per tertial markeras "
                "med x i T1–T3.")
    ws["A2"].font = Font(italic=True, size=9)
    ws.merge_cells("A2:K2")
    ws["E4"] = "Planerad"
    ws.merge_cells("E4:G4")
    ws["H4"] = "Uppföljning helår"
    ws.merge_cells("H4:K4")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "T1", "T2", "T3",
           "Genomförd", "Ej genomförd", "Avvikelse", "Kommentar"]
    for c in range(1, 12):
        for rr in (4, 5):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c, h in enumerate(hdr, 1):
        ws.cell(row=5, column=c, value=h)
    rows = [
        ("Tillsynsavgifter debiteras enligt fastställd taxa", "Stickprov 20 ärenden", "Tertialvis",
         "Miljöchef", "x", "x", "x", "X", "", "Nej", "Stickprov 20 ärenden utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Tillsynsplanen följs – andel genomförda planerade inspektioner", "Uttag ur Ecos", "Helår",
         "Miljöchef", "", "", "x", "X", "", "Ja",
         "Endast 61 % av planerade livsmedelsinspektioner genomfördes p.g.a. två vakanta inspektörstjänster. "
         "Åtgärd: inhyrd konsult från februari 2026.",
         "GENOMFORD", "ja"),
        ("Handläggning av klagomål inom miljöbalkens område – återkoppling inom 14 dagar", "Stickprov 15 ärenden",
         "Helår", "Enhetschef miljöskydd", "", "x", "", "", "X", "",
         "Ej genomförd – flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att jävsdeklarationer finns för samtliga inspektörer", "Genomgång personalakter", "Helår",
         "Miljöchef", "x", "", "", "X", "", "Nej", "",
         "GENOMFORD", "nej"),
        ("Strandskyddsdispenser – beslut skickas till länsstyrelsen inom tre veckor", "Uttag ur Ecos",
         "Tertialvis", "Handläggare naturvård", "", "x", "x", "", "", "",
         "Delvis (3 av 12 månader) – kontrollen gjordes endast för januari–mars, inga avvikelser.",
         "DELVIS", "nej"),
        ("Diarieföring av inkomna handlingar inom en arbetsdag", "Stickprov", "Tertialvis",
         "Registrator", "x", "", "x", "X", "X", "", "",
         "OKLAR", ""),
        ("Sotningsregister och brandskyddskontroll följs upp", "Avstämning mot register", "Helår",
         "Miljöchef", "", "", "x", "", "", "",
         "Inte aktuell i år – uppgiften överförd till Räddningstjänstförbundet Dal från 2025-01-01.",
         "UTGAR", ""),
        ("Avgifter för enskilda avlopp följs upp mot beslut", "Stickprov 10 beslut", "Helår",
         "Handläggare avlopp", "", "", "x", "", "", "", "",
         "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:11], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP if c in (1, 2, 4, 11) else Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[0], row[11], row[12])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av miljöchef Per Sandberg 2026-01-19")
    for i, w in enumerate([46, 22, 11, 20, 5, 5, 5, 11, 11, 10, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - docx, title lines "Nämnd/enhet:" / "År:", one table
# ---------------------------------------------------------------------------
def make_ofn():
    fil = "ÖFN uppföljning IKP 2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    fix_doc_props(d, "Överförmyndarenheten")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Uppföljning internkontrollplan", level=1)
    d.add_paragraph("Nämnd/enhet: Överförmyndarnämnden")
    d.add_paragraph("År: 2025")
    d.add_paragraph("Uppföljningstillfälle: Helår")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status",
           "Åter-\nredovisas"]
    rows = [
        ("1", "Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov om 25 ärenden, inga avvikelser.", "Ingen åtgärd", "Granskning genomförd", "Bokslut",
         "GENOMFORD", "nej"),
        ("2", "Årsräkningar", "Årsräkningar granskas inom sex månader från inkommen handling",
         "148 av 212 årsräkningar granskades inom sex månader. Handläggarresursen har varit halverad sedan april.",
         "Extra resurs hyrs in från Vänersborgs kommun under första kvartalet 2026.", "Granskning genomförd",
         "Bokslut", "GENOMFORD", "ja"),
        ("3", "Ställföreträdare",
         "Kontroll i belastningsregistret och hos Kronofogden innan förordnande av ny ställföreträdare",
         "Kontrollen har inte kunnat genomföras p.g.a. personalbrist.", "", "Granskning ej genomförd", "Bokslut",
         "EJ_GENOMFORD", ""),
        ("4", "Spärrade konton", "Uttag från spärrade konton sker endast efter nämndens samtycke",
         "Ett uttag utan samtycke (12 000 kr) upptäcktes vid granskningen av bankens underlag.",
         "Ärendet utreds och ställföreträdaren har anmodats att återföra beloppet.", "Åtgärd pågår", "T1 2026",
         "GENOMFORD", "ja"),
        ("5", "Informationssäkerhet", "Behörigheter i Wärna ses över vid personalförändringar",
         "Granskningen omfattar två av årets fyra personalförändringar; inga avvikelser i de granskade fallen.",
         "Resterande granskas i januari 2026.", "Granskning delvis genomförd", "Bokslut",
         "DELVIS", "nej"),
        ("6", "Samverkan", "Avtal om gemensam överförmyndarnämnd med Vänersborg följs upp",
         "", "", "Utgår – kommunfullmäktige beslutade 2025-03-24 att inte bilda gemensam nämnd", "",
         "UTGAR", ""),
        ("7", "Utbildning", "Nya ställföreträdare erbjuds grundutbildning inom tre månader",
         "", "", "", "",
         "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i in range(7):
            set_cell(cells[i], row[i])
        exp(fil, N, row[2], row[7], row[8])
    d.add_paragraph()
    d.add_paragraph("Ansvarig för uppföljningen: Karin Olsson, enhetschef överförmyndarenheten")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 8. Brålanda Bostäder AB - xlsx, instruction sheet, 2024 + 2025 columns, numeric codes with legend below
# ---------------------------------------------------------------------------
def make_bbab():
    fil = "Brålanda Bostäder AB - internkontroll 2025.xlsx"
    N = "Brålanda Bostäder AB"
    wb = openpyxl.Workbook()
    fix_wb_props(wb)
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion för uppföljning av intern kontroll",
        "",
        "1. Fyll i utfall för innevarande år i kolumnen Utfall 2025 på bladet Uppföljning.",
        "2. Använd koderna i förklaringen under tabellen.",
        "3. Kommentera alltid kod 2–5.",
        "4. Kolumnen Utfall 2024 är hämtad från förra årets rapport och ska inte ändras.",
        "",
        "Rapporten behandlas av styrelsen 2026-02-10.",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=l or None)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Brålanda Bostäder AB – uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport till styrelsen, verksamhetsår 2025 (helår)"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Utfall 2024", "Utfall 2025", "Kommentar 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BORDER
    rows = [
        ("Hyresadministration", "Hyresavisering stämmer mot hyreskontrakt (stickprov 30 lägenheter)",
         "Ekonomichef", 1, 2, "Fel hyra i 2 kontrakt efter omförhandling. Rättat i december.",
         "GENOMFORD", "ja"),
        ("Hyresadministration", "Kundfordringar – bevakning och påminnelser enligt inkassorutin",
         "Ekonomichef", 1, 1, "", "GENOMFORD", "nej"),
        ("Inköp", "Attest av fakturor från ramavtalsentreprenörer",
         "Controller", 2, 4, "Ej genomförd – flyttas till 2026 (vakant controllertjänst maj–november).",
         "EJ_GENOMFORD", ""),
        ("Säkerhet", "Nyckel- och taggsystem – spärr av borttappade taggar",
         "Förvaltningschef", 3, 3, "Delvis (3 av 12 månader). Loggen från låssystemet kunde bara tas ut för "
                                   "oktober–december efter systembyte; inga avvikelser.",
         "DELVIS", "nej"),
        ("Fastighetsunderhåll", "Obligatorisk ventilationskontroll (OVK) utförd enligt plan",
         "Teknisk chef", 1, 2, "OVK utförd i Kvarteret Tallen, 9 av 64 lägenheter underkända. Åtgärdat "
                               "och ombesiktigat i november.",
         "GENOMFORD", "ja"),
        ("Camping", "Kassarutiner på Brålanda camping",
         "VD", None, 5, "Campingen övertogs från kommunen i juli; inte aktuell i år, kontrollen startar 2026.",
         "UTGAR", ""),
        ("Uthyrning", "Uthyrning följer bolagets uthyrningspolicy (köordning)",
         "Uthyrningschef", 1, "Pausad", "Pausad i väntan på nytt kösystem; ingen kontroll gjord under 2025.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Leverantörsregister – kontroll av ändrade bankuppgifter",
         "Ekonomichef", 4, 1, "", "GENOMFORD", "nej"),
        ("Styrning", "Bisysslor och jäv – styrelse och ledning",
         "VD", 1, None, "", "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP if c in (1, 2, 6) else Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring:").font = Font(bold=True)
    legend = ["1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning", "3 = Delvis genomförd",
              "4 = Ej genomförd", "5 = Utgår"]
    for i, l in enumerate(legend):
        ws.cell(row=r + i, column=2, value=l)
    r += len(legend) + 1
    ws.cell(row=r, column=1, value="Brålanda 2026-01-30, Erik Nyström, VD")
    for i, w in enumerate([20, 55, 16, 11, 11, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 9. Rejected: Excel owner/lock file left next to the Miljönämnden workbook
# ---------------------------------------------------------------------------
def make_lockfile(target):
    fil = "~$" + target
    user = "Per Sandberg"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljönämnden", "MN|Miljöförvaltningen|Miljöenheten"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Brålanda Bostäder AB", "BBAB|Brålandabostäder|Brålanda Bostäder"),
        ("Räddningstjänstförbundet Dal", "RTD|Räddningstjänsten Dal"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    # consistency
    names = {n for n, _ in namnder}
    inlast = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inlast, e
        assert e[1] in names, e
    for r in FILES:
        assert os.path.exists(os.path.join(OUT, r[0])), r


def main():
    make_ks()
    make_bun()
    make_sn()
    make_stratsys()
    make_kfn()
    mn = make_mn()
    make_ofn()
    make_bbab()
    make_lockfile(mn)
    write_csvs()
    print("files:", len({r[0] for r in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
