#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 20 - Älvträsk kommun (Norrbotten), internkontroll 2025, January inbox.

Builds the inbox files plus namnder.csv, files.csv, expected.csv.
Intermediate files are built in /tmp/round20_build and converted with soffice.
"""
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/round20_build"
LO_PROFILE = "file:///tmp/lo-round20"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fill(rgb):
    return PatternFill(start_color=rgb, end_color=rgb, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen: month grid of running controls + sheet of special reviews
# ---------------------------------------------------------------------------
def ks():
    fil = "KS löpande kontroller och granskningar 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Löpande kontroller"
    ws["A1"] = "Älvträsk kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – löpande kontroller inom ekonomienheten, uppföljning helår"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = ("Teckenförklaring: X = kontrollen utförd utan anmärkning, A = kontrollen utförd, avvikelse noterad "
                "(se kommentar), tom ruta = kontrollen ej utförd. Kvartalskontroller markeras i kvartalets sista "
                "månad, tertialkontroller i april, augusti och december.")
    ws.merge_cells("A3:Q3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 32
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    head = ["Nr", "Kontrollmoment", "Frekvens", "Ansvarig"] + months + ["Kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BOX
    allx = ["X"] * 12
    rows = [
        ("L1", "Avstämning av bankkonton mot kontoutdrag i ekonomisystemet", "Månad", "Redovisningsekonom",
         allx, "", "GENOMFORD", "nej"),
        ("L2", "Avstämning av leverantörsreskontra mot huvudbok", "Månad", "Redovisningsekonom",
         ["X", "X", "X", "A", "X", "X", "X", "X", "X", "X", "X", "X"],
         "April: differens 12 400 kr, felaktigt bokförd kreditfaktura. Rättad i maj.", "GENOMFORD", "ja"),
        ("L3", "Kontroll av momsredovisning och ansökan om ersättning för ingående moms (6 %)", "Månad",
         "Redovisningsekonom",
         ["X", "X", "X", "X", "X", "X", "X", "X", "X", "", "", ""],
         "Okt–dec ej utförd p.g.a. sjukskrivning, tas igen i februari 2026.", "DELVIS", "nej"),
        ("L4", "Stickprov av attesterade leverantörsfakturor, 20 fakturor per kvartal", "Kvartal", "Controller",
         ["", "", "X", "", "", "X", "", "", "A", "", "", "X"],
         "September: två fakturor attesterade av person som saknade attesträtt i Raindance.", "GENOMFORD", "ja"),
        ("L5", "Kontroll att nya leverantörer och ändrade bankuppgifter verifierats mot Bolagsverket och bankgirot",
         "Månad", "Ekonomiassistent", allx, "", "GENOMFORD", "nej"),
        ("L6", "Uppföljning av kundfordringar äldre än 60 dagar samt att påminnelse och inkasso skickats", "Kvartal",
         "Ekonomiassistent", [""] * 12, "Ej utförd under 2025, rutinen ses över.", "EJ_GENOMFORD", "nej"),
        ("L7", "Avstämning av anläggningsregister mot huvudbok (aktiveringar och avskrivningar)", "Tertial",
         "Redovisningsekonom",
         ["", "", "", "X", "", "", "", "A", "", "", "", "X"],
         "Augusti: investeringsprojekt Åsgårdens skola aktiverades för sent, rättat.", "GENOMFORD", "ja"),
    ]
    r = 6
    for nr, km, frek, ans, marks, kom, st, av in rows:
        vals = [nr, km, frek, ans] + marks + [kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 5 <= c <= 16 else None)
        exp(fil, nm, km, st, av)
        r += 1
    # totals row
    ws.cell(row=r, column=2, value="Antal utförda kontroller").font = BOLD
    for c in range(5, 17):
        col = ws.cell(row=5, column=c).column_letter
        ws.cell(row=r, column=c, value=f'=COUNTIF({col}6:{col}{r-1},"X")+COUNTIF({col}6:{col}{r-1},"A")')
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 20
    for c in range(5, 17):
        ws.column_dimensions[ws.cell(row=5, column=c).column_letter].width = 5
    ws.column_dimensions["Q"].width = 50
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"

    ws2 = wb.create_sheet("Särskilda granskningar")
    ws2["A1"] = "Särskilda granskningar enligt kommunstyrelsens internkontrollplan 2025"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A2"] = "Helårsuppföljning"
    head2 = ["Område", "Granskning", "Utfall", "Avvikelse", "Status"]
    for c, h in enumerate(head2, 1):
        cell = ws2.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BOX
    rows2 = [
        ("Delegation", "Kontroll att delegationsbeslut anmälts till kommunstyrelsen enligt delegationsordningen",
         "Samtliga 46 beslut i stickprovet var anmälda.", "Nej", "Klar", "GENOMFORD", "nej"),
        ("Upphandling", "Avtalstrohet – stickprov av 30 inköp över 100 000 kr mot avtalsdatabasen",
         "Fyra inköp saknade avtal, direktupphandling utan dokumentation.", "Ja", "Klar", "GENOMFORD", "ja"),
        ("Behörigheter", "Behörigheter i ekonomisystemet Raindance – kontroll mot aktuell personallista",
         "Påbörjad i november, ca 60 % av användarna genomgångna.", "", "Pågår", "DELVIS", "nej"),
        ("Förtroendekänsliga poster",
         "Representation och förtroendekänsliga poster – granskning av kommunledningens kostnader",
         "", "", "", "SAKNAS", "nej"),
        ("Informationssäkerhet", "Genomgång av informationsklassning av kommunstyrelsens verksamhetssystem",
         "Ersätts av kommungemensamt projekt enligt beslut KS 2025-04-08 § 61.", "", "Utgår", "UTGAR", "nej"),
        ("Krisberedskap", "Kontroll att styrdokument för krisberedskap och civilt försvar har uppdaterats",
         "", "", "Ej påbörjad", "EJ_GENOMFORD", "nej"),
    ]
    r = 5
    for omr, km, utf, avv, st_txt, st, av in rows2:
        for c, v in enumerate([omr, km, utf, avv, st_txt], 1):
            cell = ws2.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        exp(fil, nm, km, st, av)
        r += 1
    ws2.cell(row=r + 2, column=1, value="Sammanställt av ekonomienheten 2026-01-12. Redovisas för kommunstyrelsen 2026-02-03.")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 60
    ws2.column_dimensions["C"].width = 50
    ws2.column_dimensions["D"].width = 11
    ws2.column_dimensions["E"].width = 12
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN: Word, one small form table per control with ☒/☐ boxes
# ---------------------------------------------------------------------------
def bun():
    fil = "BUN helårsuppföljning IK 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Älvträsk kommun\tBarn- och utbildningsnämnden"
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph("Förvaltning: Barn- och utbildningsförvaltningen")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025. Nedan redovisas varje kontrollmoment "
        "i ett eget formulär. Markera med kryss om kontrollen genomförts och om avvikelse har konstaterats. "
        "Avvikelser ska kommenteras tillsammans med planerad åtgärd.")

    def box(on):
        return "☒" if on else "☐"

    controls = [
        dict(omr="Skolskjuts", km="Kontroll att beslut om skolskjuts fattats av rätt delegat och diarieförts",
             metod="Stickprov 15 beslut", g=(1, 0, 0), a=(0, 1),
             kom="Samtliga beslut fattade av rätt delegat och diarieförda.", st="GENOMFORD", av="nej"),
        dict(omr="Kränkande behandling",
             km="Kontroll att anmälan om kränkande behandling lämnats till huvudmannen inom en vecka",
             metod="Genomgång av samtliga anmälningar okt–nov", g=(1, 0, 0), a=(1, 0),
             kom="3 av 22 anmälningar kom in efter 10–14 dagar. Rektorerna har påmints om rutinen.",
             st="GENOMFORD", av="ja"),
        dict(omr="Barnpeng",
             km="Stickprov av ersättning till fristående förskolor – rätt antal barn och rätt belopp",
             metod="Två månader per termin", g=(0, 1, 0), a=(0, 1),
             kom="Vårterminen kontrollerad. Höstterminen kontrolleras i februari 2026.", st="DELVIS", av="nej"),
        dict(omr="Rekrytering",
             km="Kontroll att registerutdrag ur belastningsregistret visats vid nyanställning i förskola och skola",
             metod="Samtliga nyanställningar aug–sep", g=(0, 0, 1), a=(0, 0),
             kom="Hann inte genomföras under hösten.", st="EJ_GENOMFORD", av="nej"),
        dict(omr="Frånvaro",
             km="Uppföljning av elevers frånvaro och att vårdnadshavare kontaktas vid upprepad ogiltig frånvaro",
             metod="Rapport från samtliga grundskolor", g=(1, 0, 1), a=(0, 0),
             kom="Se rektorernas rapporter.", st="OKLAR", av="nej"),
        dict(omr="Elevhälsa",
             km="Kontroll av att elevhälsans journaler förs i journalsystemet och att åtkomst loggas",
             metod="Loggkontroll", g=(0, 0, 0), a=(0, 0),
             kom="Kontrollmomentet utgår enligt nämndens beslut 2025-06-11 § 58, ersätts av regional granskning.",
             st="UTGAR", av="nej"),
        dict(omr="Inköp", km="Kontroll av att inköp av läromedel sker från upphandlade leverantörer",
             metod="Fakturagenomgång per skola", g=(1, 0, 0), a=(1, 0),
             kom="Två skolor köpte läromedel utanför avtal för sammanlagt ca 38 000 kr.", st="GENOMFORD", av="ja"),
        dict(omr="IT-behörigheter",
             km="Säkerställa att behörighet till skolplattformen tas bort när en anställning upphör",
             metod="Jämförelse mot personalsystemet", g=(0, 0, 0), a=(0, 0), kom="", st="SAKNAS", av="nej"),
    ]
    for i, c in enumerate(controls, 1):
        doc.add_paragraph()
        p = doc.add_paragraph()
        p.add_run(f"Kontroll {i}").bold = True
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        gj, gd, gn = c["g"]
        aj, an = c["a"]
        rows = [
            ("Kontrollområde", c["omr"]),
            ("Kontrollmoment", c["km"]),
            ("Metod / omfattning", c["metod"]),
            ("Kontrollen genomförd", f"{box(gj)} Ja    {box(gd)} Delvis    {box(gn)} Nej"),
            ("Avvikelse konstaterad", f"{box(aj)} Ja    {box(an)} Nej"),
            ("Kommentar / åtgärd", c["kom"]),
        ]
        for ri, (lab, val) in enumerate(rows):
            t.cell(ri, 0).text = lab
            t.cell(ri, 0).paragraphs[0].runs[0].bold = True
            t.cell(ri, 1).text = val
            t.cell(ri, 0).width = Cm(5)
            t.cell(ri, 1).width = Cm(11)
        exp(fil, nm, c["km"], c["st"], c["av"])
    doc.add_paragraph()
    doc.add_paragraph("Älvträsk 2026-01-14")
    doc.add_paragraph("Linnea Öhman\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden: tertial symbols ● ◐ ○ – U with legend below the table
# ---------------------------------------------------------------------------
def sn():
    fil = "Socialnämnden IK 2025 tertialuppföljning.xlsx"
    nm = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "SOCIALNÄMNDEN – INTERNKONTROLLPLAN 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per tertial (T1 = jan–apr, T2 = maj–aug, T3 = sep–dec). Rapporterad t.o.m. T3."
    head = ["Process", "Kontrollmoment", "Frekvens", "T1", "T2", "T3", "Iakttagelser / avvikelser", "Åtgärd"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("E2EFDA")
        cell.border = BOX
    data = [
        ("GROUP", "Individ- och familjeomsorg"),
        ("Myndighetsutövning", "Kontroll att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Tertial", "●", "●", "◐",
         "T3: sex utredningar överskred fyra månader, beslut om förlängd utredningstid saknades i två fall.",
         "Genomgång med arbetsledare i januari.", "DELVIS", "ja"),
        ("Ekonomiskt bistånd",
         "Stickprov ekonomiskt bistånd: beslut och utbetalning överensstämmer, 10 akter per tertial",
         "Tertial", "●", "●", "●", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
         "Tertial", "●", "○", "●", "T2 ej genomförd p.g.a. semesterperioden.", "", "GENOMFORD", "nej"),
        ("GROUP", "Funktionsstöd (LSS)"),
        ("Verkställighet",
         "Kontroll att beslut om personlig assistans verkställs inom tre månader och att ej verkställda beslut rapporteras till IVO",
         "1 ggr/år (T1)", "●", "–", "–",
         "Ett ej verkställt beslut rapporterades för sent till IVO.", "Bevakning i verksamhetssystemet.",
         "GENOMFORD", "ja"),
        ("Assistansersättning",
         "Kontroll av timredovisning från assistansanordnare mot utbetald assistansersättning",
         "Tertial", "●", "●", None, "", "", "SAKNAS", "nej"),
        ("GROUP", "Ekonomi och administration"),
        ("Placeringar",
         "Kontroll av att fakturor för externa placeringar (HVB, familjehem) stämmer med avtal och beslut",
         "Halvår (T2, T3)", "–", "◐", "○", "Ny controller från januari, kontrollen utfördes inte under hösten.",
         "", "EJ_GENOMFORD", "nej"),
        ("Arvoden",
         "Kontroll att arvoden och omkostnadsersättningar till familjehem följer SKR:s riktlinjer",
         "1 ggr/år (T3)", "–", "–", "U",
         "Ingår i länsgemensam granskning enligt beslut SN 2025-09-24 § 112.", "", "UTGAR", "nej"),
        ("Attest",
         "Attest: kontroll att beslutsattestant inte attesterar egna kostnader (utlägg, resor)",
         "Tertial", "●", "●", "Se bilaga", "", "", "OKLAR", "nej"),
    ]
    r = 5
    for d in data:
        if d[0] == "GROUP":
            ws.cell(row=r, column=1, value=d[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("F2F2F2")
            r += 1
            continue
        proc, km, frek, t1, t2, t3, iak, atg, st, av = d
        for c, v in enumerate([proc, km, frek, t1, t2, t3, iak, atg], 1):
            cell = ws.cell(row=r, column=c, value=v if v not in ("", None) else None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 4 <= c <= 6 else None)
        exp(fil, nm, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring:").font = BOLD
    legend = ["● = genomförd", "◐ = delvis genomförd / pågår", "○ = ej genomförd",
              "– = ingen kontroll planerad denna period", "U = utgår ur planen"]
    for i, l in enumerate(legend):
        ws.cell(row=r + 1 + i, column=1, value=l)
    ws.cell(row=r + 7, column=1, value="Behandlad i socialnämndens arbetsutskott 2026-01-20.")
    for col, w in zip("ABCDEFGH", [22, 60, 15, 6, 6, 9, 55, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Omsorgsnämnden: status only as cell fill, legend on another sheet -> .ods
# ---------------------------------------------------------------------------
def on():
    fil = "Omsorgsnämnden_uppföljning_IKP_2025.ods"
    nm = "Omsorgsnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning intern kontroll 2025 – Omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser: helår 2025"
    head = ["Nr", "Riskområde", "Vad kontrolleras", "Ansvar", "Status", "Iakttagelser", "Åtgärd"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("DDEBF7")
        cell.border = BOX
    rows = [
        (1, "Hemtjänst",
         ["Kontroll att genomförandeplaner i hemtjänsten upprättas inom 14 dagar från verkställighet"],
         "Enhetschefer", GREEN, None, "11 av 40 granskade planer upprättades för sent.",
         "Påminnelse i verksamhetssystemet införs.", "GENOMFORD", "ja"),
        (2, "Hälso- och sjukvård",
         ["Läkemedelshantering: kontroll av signeringslistor och avvikelserapportering på särskilda boenden"],
         "MAS", GREEN, None, "Inga brister noterade.", "", "GENOMFORD", "nej"),
        (3, "Avgifter",
         ["Kontroll av att debiterade omsorgsavgifter (hemtjänst, trygghetslarm,",
          "matdistribution) överensstämmer med beslutad taxa"],
         "Avgiftshandläggare", YELLOW, None, "Hemtjänstavgifterna kontrollerade, övriga avgifter kvarstår.",
         "Slutförs i mars 2026.", "DELVIS", "nej"),
        (4, "Informationssäkerhet",
         ["Kontroll att loggar i verksamhetssystemet Lifecare följs upp avseende otillbörlig åtkomst"],
         "Systemförvaltare", RED, None, "Ej genomförd – systembyte under hösten.", "Görs T1 2026.",
         "EJ_GENOMFORD", "nej"),
        (5, "Kvalitet",
         ["Kontroll att rapporter enligt lex Sarah utreds och anmäls inom fastställd tid"],
         "Kvalitetsutvecklare", GREEN, None, "Två utredningar tog över två månader, längre än rutinen anger.",
         "Rutinen förtydligas.", "GENOMFORD", "ja"),
        (6, "Säkerhet", ["Kontroll av nyckelhantering och kvittenser för nycklar i hemtjänsten"],
         "Enhetschefer", None, None, "", "", "SAKNAS", "nej"),
        (7, "Brukares medel",
         ["Kontroll av hanteringen av brukares privata medel på gruppbostäder och särskilda boenden"],
         "Enhetschefer", GREY, None, "Flyttas till internkontrollplan 2026 enligt nämndens beslut 2025-05-20 § 47.",
         "", "UTGAR", "nej"),
        (8, "Bemanning",
         ["Kontroll att timanställdas arbetade timmar i bemanningssystemet stämmer mot lönesystemet"],
         "HR-konsult", None, "Se bilaga 2", "", "", "OKLAR", "nej"),
    ]
    r = 5
    for nr, omr, kmlines, ans, color, sttext, iak, atg, st, av in rows:
        first = r
        for i, line in enumerate(kmlines):
            vals = [nr, omr, line, ans, sttext, iak, atg] if i == 0 else [None, None, line, None, None, None, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP
            r += 1
        if color:
            for rr in range(first, r):
                ws.cell(row=rr, column=5).fill = fill(color)
        if r - first > 1:
            for c in (1, 2, 4, 5, 6, 7):
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
        exp(fil, nm, " ".join(kmlines), st, av)
    ws.cell(row=r + 1, column=2, value="Antal kontrollmoment")
    ws.cell(row=r + 1, column=3, value=len(rows))
    ws.cell(row=r + 2, column=2, value="Statusfärg enligt flik Anvisning.")
    for col, w in zip("ABCDEFG", [5, 20, 62, 18, 10, 50, 30]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Anvisning")
    ws2["A1"] = "Anvisning för uppföljning"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2["A3"] = "Markera status genom att färglägga cellen i kolumnen Status. Skriv ingen text i cellen."
    legend = [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"),
              (GREY, "Utgår ur planen (beslut ska anges under Iakttagelser)")]
    for i, (col, txt) in enumerate(legend):
        ws2.cell(row=5 + i, column=1).fill = fill(col)
        ws2.cell(row=5 + i, column=2, value=txt)
    ws2["A10"] = "Beskriv konstaterade fel och brister under Iakttagelser och föreslå åtgärd."
    ws2.column_dimensions["A"].width = 8
    ws2.column_dimensions["B"].width = 60
    src = os.path.join(TMP, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    soffice(src, "ods", TMP)
    shutil.move(os.path.join(TMP, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Hypergene export: UTF-16 tab text, three nämnder, one row per control and period
# ---------------------------------------------------------------------------
def hypergene():
    fil = "Hypergene_export_IK_2025.txt"
    SBN, KFN, RN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Räddningsnämnden"
    org = {SBN: "Samhällsbyggnadsförvaltningen", KFN: "Kultur- och fritidsnämnden", RN: "Räddningstjänsten Älvträsk"}
    # (nämnd, process, km, (delår status, avv, kommentar), (helår status, avv, kommentar), exp status, exp avv)
    C = [
        (SBN, "Mark och exploatering",
         "Kontroll att tecknade markanvisningsavtal följer kommunens riktlinjer för markanvisning",
         ("Pågående", "", "Två av fyra avtal granskade."),
         ("Genomförd", "Nej", "Samtliga fyra avtal följer riktlinjerna."), "GENOMFORD", "nej"),
        (SBN, "Planering",
         "Kontroll att planavgifter debiteras enligt plan- och bygglovstaxan vid detaljplaneuppdrag",
         ("Genomförd", "Nej", ""),
         ("Genomförd", "Ja", "Två planavtal saknade debitering av slutavgift, fakturerat i december."),
         "GENOMFORD", "ja"),
        (SBN, "Upphandling",
         "Uppföljning av ramavtal för entreprenader – kontroll av fakturerade timpriser mot avtal",
         ("Ej påbörjad", "", ""),
         ("Pågående", "", "Tre av sex ramavtal kontrollerade."), "DELVIS", "nej"),
        (SBN, "Fastighetsförvaltning",
         "Kontroll att felanmälningar i kommunens fastigheter åtgärdas inom avtalad tid",
         ("Pågående", "", ""),
         ("Avbruten", "", "Ärendesystemet byttes i september, underlag saknas för perioden."),
         "EJ_GENOMFORD", "nej"),
        (SBN, "Gata och park",
         "Kontroll av besiktningsprotokoll för kommunens lekplatser enligt SS-EN 1176",
         ("Genomförd", "Nej", "Vårbesiktning klar."),
         ("", "", "Samtliga 23 lekplatser besiktigade i oktober, kontrollen genomförd utan anmärkning."),
         "GENOMFORD", "nej"),
        (KFN, "Bidrag",
         "Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer och korrekta medlemsuppgifter",
         ("Pågående", "", ""),
         ("Genomförd", "Ja", "En förening hade redovisat fler medlemmar än underlaget visade, bidraget återkrävs."),
         "GENOMFORD", "ja"),
        (KFN, "Kassahantering",
         "Kontroll av kassahantering och dagsavstämning i simhallen och på biblioteket",
         ("Genomförd", "Nej", ""),
         ("Genomförd", "Nej", ""), "GENOMFORD", "nej"),
        (KFN, "Lokaler",
         "Kontroll att hyresavtal för lokaler och anläggningar som hyrs ut till föreningar är aktuella",
         ("Ej påbörjad", "", ""),
         ("Utgår", "", "Utgår enligt beslut KFN 2025-10-02 § 45, hanteras i lokalförsörjningsplanen."),
         "UTGAR", "nej"),
        (KFN, "Avgifter",
         "Kontroll av att kulturskolans avgifter faktureras och att avgiftsbefrielse är beslutad",
         ("Pågående", "", ""),
         ("Pågående", "", "Vårterminen kontrollerad."), "DELVIS", "nej"),
        (RN, "Tillsyn",
         "Kontroll att tillsyn enligt lagen om skydd mot olyckor genomförs enligt tillsynsplanen",
         ("Pågående", "", "41 av 90 tillsyner genomförda."),
         ("Genomförd", "Nej", "Samtliga 90 planerade tillsyner genomförda."), "GENOMFORD", "nej"),
        (RN, "Kompetens",
         "Kontroll av att räddningspersonal i beredskap genomfört föreskrivna övningar och utbildningar",
         ("Genomförd", "Nej", ""),
         ("Genomförd", "Ja", "Fyra deltidsbrandmän saknade årets rökdykarövning, planeras in i mars 2026."),
         "GENOMFORD", "ja"),
        (RN, "Rengöring och brandskyddskontroll",
         "Kontroll av att sotning och brandskyddskontroll utförs enligt fastställda frister",
         ("", "", ""), ("", "", ""), "SAKNAS", "nej"),
    ]
    head = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar",
            "Senast ändrad"]
    lines = ["Rapport: Internkontroll – uppföljning kontrollmoment\t\t\t\t\t\t\t\t",
             "Urval: Plan = Internkontrollplan 2025; Perioder = Delår 2025, Helår 2025\t\t\t\t\t\t\t\t",
             "\t".join(head)]
    for period, idx, date in (("Delår 2025", 3, "2025-09-{:02d}"), ("Helår 2025", 4, "2026-01-{:02d}")):
        for i, c in enumerate(C):
            st, av, kom = c[idx]
            lines.append("\t".join([org[c[0]], "Internkontrollplan 2025", c[1], c[2], period, st, av, kom,
                                    date.format(5 + i % 9)]))
    for c in C:
        exp(fil, c[0], c[2], c[5], c[6])
    with open(os.path.join(OUT, fil), "w", encoding="utf-16", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    for n in (SBN, KFN, RN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. MBN: .xls, nämnd only in file name + print header, Utförd 2024 / 2025 (J/N)
# ---------------------------------------------------------------------------
def mbn():
    fil = "MBN årsuppföljning internkontroll.xls"
    nm = "Miljö- och byggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Årsuppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Jämförelse med föregående år. Utförd anges J (ja) eller N (nej)."
    head = ["Vad kontrolleras", "Hur / urval", "Utförd 2024 (J/N)", "Utförd 2025 (J/N)", "Antal fel 2025",
            "Notering"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.alignment = WRAP
        cell.fill = fill("FCE4D6")
    rows = [
        ("Handläggningstid för bygglov – beslut inom tio veckor från komplett ansökan",
         "Alla beslut i Castor, helår", "J", "J", 3,
         "3 ärenden över tio veckor, avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("Kontroll att avgifter för bygglov och anmälan tas ut enligt gällande taxa",
         "Stickprov 20 ärenden", "J", "J", 0, "", "GENOMFORD", "nej"),
        ("Kontroll att offentlig livsmedelskontroll genomförs enligt fastställd kontrollplan",
         "Jämförelse plan/utfall", "J", "N", None, "Kontrollen inte gjord, personalbrist under hösten.",
         "EJ_GENOMFORD", "nej"),
        ("Uppföljning av förelägganden om enskilda avlopp – att beslutade åtgärder har utförts",
         "Stickprov 10 förelägganden", "J", None, None, "", "SAKNAS", "nej"),
        ("Kontroll att delegationsbeslut inom miljö och bygg redovisas till nämnden varje månad",
         "Protokollgenomgång", "N", "J", 0, "", "GENOMFORD", "nej"),
        ("Stickprov av diarieföring och arkivering av avslutade bygglovsärenden",
         "20 akter", "–", "Delvis, 10 av 20", None, "Resterande akter granskas i februari.", "DELVIS", "nej"),
        ("Kontroll av att årliga tillsynsavgifter för miljöfarlig verksamhet faktureras i tid",
         "Fakturalista", "J", "Utgår", None, "Ny taxemodell (efterhandsdebitering) från 2025.", "UTGAR", "nej"),
    ]
    r = 5
    for km, hur, u24, u25, fel, note, st, av in rows:
        for c, v in enumerate([km, hur, u24, u25, fel, note], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if 3 <= c <= 5 else None)
        exp(fil, nm, km, st, av)
        r += 1
    ws.cell(row=r, column=4, value="Summa fel").font = BOLD
    ws.cell(row=r, column=5, value=f"=SUM(E5:E{r-1})").font = BOLD
    for col, w in zip("ABCDEF", [60, 26, 11, 14, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "Älvträsk kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    src = os.path.join(TMP, "mbn_src.xlsx")
    wb.save(src)
    soffice(src, "xls", TMP)
    shutil.move(os.path.join(TMP, "mbn_src.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Tekniska nämnden: .odt with no table, prose per process, Bedömning 1–3 (delår)
# ---------------------------------------------------------------------------
def tn():
    fil = "TN delårsrapport intern kontroll 2025.odt"
    nm = "Tekniska nämnden"
    doc = Document()
    doc.add_heading("Tekniska nämnden", level=1)
    doc.add_heading("Delårsuppföljning av internkontrollplan 2025 (per 31 augusti)", level=2)
    doc.add_paragraph(
        "Tekniska förvaltningen redovisar här resultatet av de kontroller som ingår i nämndens "
        "internkontrollplan för 2025. Varje kontrollmoment bedöms på en skala från 1 till 3, där 1 betyder "
        "genomförd utan anmärkning, 2 betyder genomförd med anmärkning (avvikelse konstaterad) och 3 betyder "
        "ej genomförd. Kontroller som är påbörjade men inte avslutade anges som ”Pågår”.")
    sections = [
        ("VA-verksamhet", [
            ("Kontroll av att VA-anslutningsavgifter debiteras enligt gällande VA-taxa",
             "14 anslutningar granskades. Två debiteringar var felaktigt beräknade och har korrigerats.", "2",
             "GENOMFORD", "ja"),
            ("Kontroll att provtagning av dricksvatten sker enligt det fastställda kontrollprogrammet",
             "Samtliga prover har tagits enligt programmet.", "1", "GENOMFORD", "nej"),
        ]),
        ("Renhållning", [
            ("Kontroll att avfallsabonnemang och hämtintervall i kundregistret stämmer med faktisk tömning",
             "Två av fyra insamlingsområden är genomgångna.", "Pågår", "DELVIS", "nej"),
        ]),
        ("Gata och trafik", [
            ("Kontroll av att vinterväghållning utförs enligt avtalade insatstider för entreprenörerna",
             "Kontrollen kunde inte genomföras då GPS-data från entreprenörerna inte levererats.", "3",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Kostverksamhet", [
            ("Kontroll av att livsmedel köps från upphandlade leverantörer i kommunens kök",
             "Avtalstroheten uppgick till 98 procent. Inga inköp utanför avtal utan kostchefens godkännande.", "1",
             "GENOMFORD", "nej"),
        ]),
        ("Fordon", [
            ("Kontroll att körjournaler förs för kommunens fordon och att drivmedelskort används korrekt",
             "Kontrollen är inte påbörjad, den planeras till oktober.", None, "EJ_GENOMFORD", "nej"),
        ]),
    ]
    for proc, items in sections:
        doc.add_heading(proc, level=3)
        for km, res, bed, st, av in items:
            p = doc.add_paragraph()
            p.add_run("Kontrollmoment: ").bold = True
            p.add_run(km)
            p = doc.add_paragraph()
            p.add_run("Resultat: ").bold = True
            p.add_run(res)
            if bed is not None:
                p = doc.add_paragraph()
                p.add_run("Bedömning: ").bold = True
                p.add_run(bed)
            exp(fil, nm, km, st, av)
    doc.add_paragraph()
    doc.add_paragraph("Helårsuppföljningen redovisas för nämnden i februari 2026.")
    doc.add_paragraph("Per Nilsson, teknisk chef")
    src = os.path.join(TMP, "tn_src.docx")
    doc.save(src)
    soffice(src, "odt", TMP)
    shutil.move(os.path.join(TMP, "tn_src.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden: cp1252 semicolon CSV, free text only
# ---------------------------------------------------------------------------
def ofn():
    fil = "ÖFN IK 2025.csv"
    nm = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar",
         "Stickprov av 20 granskade årsräkningar – kontroll att verifikat och saldon stämmer",
         "Handläggare", "Genomfört i oktober. Inga fel hittades.", "GENOMFORD", "nej"),
        ("Arvoden",
         "Kontroll att arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Nämndsekreterare",
         "Genomfört. I tre ärenden hade arvode betalats för fel period, återkrav har skickats.",
         "GENOMFORD", "ja"),
        ("Lämplighet",
         "Kontroll att utdrag ur belastnings- och kreditupplysningsregister finns för nya ställföreträdare",
         "Handläggare",
         "Påbörjat, hälften av de nya ställföreträdarna kontrollerade. Resten görs i februari 2026.",
         "DELVIS", "nej"),
        ("Förteckningar",
         "Kontroll att förteckningar över huvudmannens tillgångar inkommer inom två månader",
         "Handläggare", "Inte genomfört p.g.a. vakant tjänst under hösten.", "EJ_GENOMFORD", "nej"),
        ("Dokumenthantering",
         "Kontroll av att akter i avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         "Registrator", "Se bilaga.", "OKLAR", "nej"),
        ("Informationssäkerhet",
         "Kontroll av behörigheter i verksamhetssystemet – endast aktuella användare har åtkomst",
         "Systemförvaltare", "", "SAKNAS", "nej"),
    ]
    lines = ["Överförmyndarnämnden i Älvträsk;;;",
             "Uppföljning av internkontrollplan, helår 2025;;;",
             ";;;",
             "Kontrollområde;Aktivitet;Ansvarig;Utfall"]
    for omr, km, ans, utf, st, av in rows:
        lines.append(";".join([omr, km, ans, utf]))
        exp(fil, nm, km, st, av)
    lines += [";;;", "Godkänd av nämnden 2026-01-21 § 3;;;"]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Broken: truncated xlsx
# ---------------------------------------------------------------------------
def broken():
    fil = "IK uppföljning helår 2025 (2).xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Uppföljning internkontroll helår 2025"
    for i in range(2, 60):
        ws.cell(row=i, column=1, value=f"Kontrollmoment {i} – stickprov av underlag och beslut i verksamheten")
        ws.cell(row=i, column=2, value="Genomförd")
    src = os.path.join(TMP, "broken.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) * 55 // 100])
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    ks()
    bun()
    sn()
    on()
    hypergene()
    mbn()
    tn()
    ofn()
    broken()
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Omsorgsnämnden", "ON|Vård- och omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Räddningsnämnden", "RN|Räddningstjänsten Älvträsk"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in namnder:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
